"""Run dbt commands, one JSON line at a time, in one process (the parity test's engine driver).

    python tests/dbt_session.py        (commands on stdin, replies on stdout)

Every command of a session runs in this process, so on Spark they share one
Spark session: one JVM start (tens of seconds) instead of one per command.
A command is one JSON object per line:

    {"dbt": [args...]}                       dbt, as the `dbt` command line takes them
    {"extract": [articles_dir, parquet_dir]} the Spark extraction job (loaders.spark_extract)
    {"sql": "statement"}                     one Spark SQL statement
    {"dump": [dir, [schema.table, ...]]}     each table as <dir>/<schema.table>.parquet
                                             (DuckDB: read from WAREHOUSE_PATH)
    {"peak": null}                           peak resident memory (MB) and CPU time
                                             (s) of this process and of Spark's JVM

Each reply is one line, REPLY followed by JSON: {"ok": bool, "seconds": s, ...};
everything else on stdout is dbt's and Spark's own output.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
import traceback
from pathlib import Path

REPLY = "@@dbt-session-reply@@ "
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def spark():
    from pyspark.sql import SparkSession
    return SparkSession.builder.getOrCreate()


def run_dbt(args: list[str]) -> dict:
    from dbt.cli.main import dbtRunner
    result = dbtRunner().invoke(args)
    failed = []
    if result.result is not None and hasattr(result.result, "results"):
        failed = [f"{r.node.unique_id}: {r.status}: {' '.join(str(r.message or '').split())[:300]}"
                  for r in result.result.results if str(r.status) in ("error", "fail")]
    if result.exception is not None:
        failed.append(f"dbt: {result.exception}")
    return {"ok": result.success, "failed": failed}


def extract(articles: str, parquet: str) -> dict:
    from loaders.spark_extract import extract as spark_extract
    r = spark_extract(spark(), Path(articles), Path(parquet), log=lambda *a, **k: None)
    return {"ok": True, "articles_new": r.articles_new, "load_id": r.load_id}


def dump(directory: str, tables: list[str]) -> dict:
    import pyarrow.parquet as pq
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("DBT_TARGET", "dev") == "spark":
        session = spark()
        for table in tables:
            pq.write_table(session.table(table).toArrow(), out / f"{table}.parquet")
    else:
        import duckdb
        con = duckdb.connect(os.environ["WAREHOUSE_PATH"])   # dbt-duckdb's instance, if it is open
        try:
            for table in tables:
                pq.write_table(con.execute(f"select * from {table}").fetch_arrow_table(),
                               out / f"{table}.parquet")
        finally:
            con.close()
    return {"ok": True}


def peak() -> dict:
    """Peak resident memory (MB) and CPU time (s) of this process and, on Spark,
    of the JVM it drives (VmHWM and utime + stime from /proc)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so it would
    # count the test process this one was started from.
    reply = {"ok": True, "python_mb": round(_hwm_kb("self") / 1024),
             "python_cpu_s": round(usage.ru_utime + usage.ru_stime, 1)}
    try:
        from pyspark import SparkContext
    except ImportError:
        return reply
    gateway = SparkContext._gateway
    proc = getattr(gateway, "proc", None) if gateway is not None else None
    if proc is not None:
        hwm = _hwm_kb(proc.pid)
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        reply.update(jvm_mb=round(hwm / 1024), jvm_cpu_s=round((int(fields[11]) + int(fields[12])) / ticks, 1))
    return reply


def _hwm_kb(pid) -> int:
    """Peak resident memory (kB) of a process since it started its program."""
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)


def handle(command: dict) -> dict:
    (kind, arg), = command.items()
    if kind == "dbt":
        return run_dbt(arg)
    if kind == "extract":
        return extract(*arg)
    if kind == "sql":
        spark().sql(arg).collect()
        return {"ok": True}
    if kind == "dump":
        return dump(*arg)
    if kind == "peak":
        return peak()
    raise ValueError(f"unknown command {kind!r}")


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        t = time.perf_counter()
        try:
            reply = handle(json.loads(line))
        except Exception as e:     # reported to the test, which fails with it
            reply = {"ok": False, "failed": [f"{type(e).__name__}: {e}", traceback.format_exc()[-2000:]]}
        reply["seconds"] = round(time.perf_counter() - t, 2)
        sys.stdout.write(REPLY + json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
