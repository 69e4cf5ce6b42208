"""Parity: the same dbt project builds on Spark, and every mart equals DuckDB's.

One corpus, the sample plus generated articles, goes through both pipelines
in two loads:

  DuckDB: loaders.load (raw in DuckDB, and the loader's Parquet copy) -> dbt
  Spark:  loaders.spark_extract (raw Parquet) -> register_raw_parquet -> dbt --target spark
          (local session, 2 cores, driver memory 2 GB: profiles.yml)

  load A  full build (seeds, models, every data test)
  load B  the next articles, and one file of load A edited (its old article
          leaves raw: DuckDB deletes it, the Parquet copy records it in
          retired_articles and the registered views leave it out);
          an incremental run stopped before the ledger (every per-article
          model and what it reads written, dim_article and the cross-article
          marts not), then the retry, an incremental run of load B over tables
          that have its rows
  (none)  an incremental run of the per-article models with nothing new: no
          mart may lose a row

After each load the raw layers (loader's Parquet against the Spark job's),
and after load A and at the end every table and view of the marts (and of
any schema beside them) and, once, the seeds are compared both ways with
EXCEPT ALL, which counts duplicates too, leaving out only the columns a load
sets (its id and times).
Last, rows written into a Spark mart that break its constraints (a duplicate
key, a NULL, a failed check) must fail its contract_constraints test: Spark
enforces no constraint, so that test must.

What each comparison guards (issue 14's "found on the way"):
  1 string types        every model, seed and contract builds on Spark at all
  2 seed values         reference.* equal: apostrophes load, empty cells are NULL
  3 constraints         broken keys, NULLs and checks caught by a data test on Spark
  4 incremental design  marts equal after B's retry and after nothing new
  5 listagg, position   agreement ids (sorted party sets); evidence tests pass
  6 backslashes         company ids and keys equal (regex classes intact)
  7 numbers in keys     production and trade ids equal
  8 raw Parquet         every raw table registers; raw rows equal both ways

Runs when Java >= 17 and the Spark requirements are installed; otherwise it
is skipped with what to install. PARITY_REPORT=<file> writes the step times,
peak memory and CPU time of each engine as JSON.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from loaders.build import MARTS  # noqa: E402
from loaders.load import load  # noqa: E402
from loaders.raw_store import ARTICLE_TABLES, RAW_TABLES  # noqa: E402

SAMPLE = ROOT / "corpus" / "sample" / "articles"
SESSION = Path(__file__).with_name("dbt_session.py")
REPLY = "@@dbt-session-reply@@ "
# Generated articles per load (the sample's five real ones join load A).
LOADS = {"A": 200, "B": 60}
SEEDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.csv"))
# Set by the load, not by the text: the two pipelines load at different times.
LOAD_COLUMNS = {"load_id", "loaded_at", "started_at", "finished_at", "occurred_at"}
# What loaders.build leaves out of an incremental build (loaders.build.dbt_args).
INCREMENTAL = ["--exclude", "resource_type:seed", "tag:seed_only", "config.materialized:view"]
# The per-article (incremental) models and the tables they read: a run of
# these alone is one stopped before the ledger and the cross-article marts.
PER_ARTICLE = ["--select", "+config.materialized:incremental", *INCREMENTAL]
INSTALL = ("install a JDK (apt-get install openjdk-17-jre-headless) and the Spark packages "
           "(make setup-spark)")


def java_major() -> int | None:
    java = shutil.which("java")
    if not java:
        return None
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2)) if major == 1 and m.group(2) else major


def spark_missing() -> str | None:
    major = java_major()
    if major is None or major < 17:
        return f"Java >= 17 not found (found: {major or 'none'})"
    try:
        import dbt.adapters.spark  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as e:
        return f"{e.name} not installed"
    return None


MISSING = spark_missing()
pytestmark = pytest.mark.skipif(MISSING is not None,
                                reason=f"Spark parity test skipped: {MISSING}; to run it, {INSTALL}")


class Session:
    """A tests/dbt_session.py process for one engine."""

    def __init__(self, target: str, env: dict, log: Path, target_dir: Path, append: bool = False) -> None:
        self.target, self.log, self.target_dir = target, log, target_dir
        self.stderr = open(log, "a" if append else "w")
        self.proc = subprocess.Popen([sys.executable, str(SESSION)], cwd=ROOT, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)
        self.seconds: dict[str, float] = {}

    def __call__(self, step: str, kind: str, arg, *, ok: bool = True) -> dict:
        self.proc.stdin.write(json.dumps({kind: arg}) + "\n")
        self.proc.stdin.flush()
        tail: list[str] = []
        for line in self.proc.stdout:
            if line.startswith(REPLY):
                reply = json.loads(line[len(REPLY):])
                break
            tail = (tail + [line.rstrip()])[-40:]
        else:
            pytest.fail(f"{self.target}: {step}: the session ended ({self.log}):\n" + "\n".join(tail))
        self.seconds[step] = self.seconds.get(step, 0) + reply["seconds"]
        if ok and not reply["ok"]:
            pytest.fail(f"{self.target}: {step} failed:\n" + "\n".join(reply.get("failed", []) + tail[-15:]),
                        pytrace=False)
        return reply

    def dbt(self, step: str, *args: str, ok: bool = True) -> dict:
        target = self.target_dir
        return self(step, "dbt", [*args, "--project-dir", str(ROOT), "--profiles-dir", str(ROOT),
                                  "--target", self.target, "--target-path", str(target),
                                  "--log-path", str(target / "logs")], ok=ok)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.stderr.close()


def table_columns(path: Path) -> list[str]:
    """The columns stored in a Parquet file (not those DuckDB would read from a key=value folder)."""
    return [r[0] for r in duckdb.sql(
        f"describe select * from read_parquet('{path}', hive_partitioning = false)").fetchall()]


def differences(a: str, b: str, columns: list[str]) -> tuple[int, int, int, int]:
    """(rows of a, rows of b, rows only in a, rows only in b) as multisets (EXCEPT ALL)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    qa, qb = f"select {cols} from {a}", f"select {cols} from {b}"
    count = lambda q: duckdb.sql(f"select count(*) from ({q})").fetchone()[0]
    return count(qa), count(qb), count(f"{qa} except all {qb}"), count(f"{qb} except all {qa}")


def assert_same_tables(duck_dir: Path, spark_dir: Path, tables: list[str], what: str,
                       duckdb_columns: bool = False) -> None:
    """Each table equal both ways; with `duckdb_columns`, on DuckDB's columns only (raw on Spark
    has every table's load as its partition column, DuckDB's raw only some)."""
    problems = []
    for table in tables:
        a, b = duck_dir / f"{table}.parquet", spark_dir / f"{table}.parquet"
        cols_a, cols_b = table_columns(a), table_columns(b)
        if duckdb_columns:
            cols_b = [c for c in cols_b if c in cols_a]
        if sorted(cols_a) != sorted(cols_b):
            problems.append(f"{table}: columns differ: DuckDB {cols_a}, Spark {cols_b}")
            continue
        n_a, n_b, only_a, only_b = differences(f"read_parquet('{a}')", f"read_parquet('{b}')",
                                               [c for c in cols_a if c not in LOAD_COLUMNS])
        if n_a == 0 and table.removeprefix("marts.") in MARTS:
            problems.append(f"{table}: empty")
        if only_a or only_b or n_a != n_b:
            problems.append(f"{table}: DuckDB {n_a} rows, Spark {n_b}; "
                            f"{only_a} only in DuckDB, {only_b} only in Spark")
    assert not problems, f"{what}:\n  " + "\n  ".join(problems)


def assert_same_raw(loader_parquet: Path, spark_parquet: Path, load: str) -> None:
    problems = []
    for table, columns in RAW_TABLES.items():
        for root in (loader_parquet, spark_parquet):
            folders = sorted(p.name for p in (root / table).iterdir())
            files = list((root / table).rglob("*.parquet"))
            if not files or not all(f.startswith("load_id=") for f in folders):
                problems.append(f"{root.name}/{table}: partitions {folders}")
            elif any("load_id" in table_columns(f) for f in files):
                problems.append(f"{root.name}/{table}: load_id is a column of the files as well")
        scan = lambda root: (f"read_parquet('{root}/{table}/*/*.parquet', hive_partitioning = true, "
                             f"union_by_name = true)")
        n_a, n_b, only_a, only_b = differences(scan(loader_parquet), scan(spark_parquet),
                                               [c for c in columns if c not in LOAD_COLUMNS])
        if only_a or only_b or n_a != n_b:
            problems.append(f"raw.{table}: loader {n_a} rows, Spark job {n_b}; "
                            f"{only_a} only from the loader, {only_b} only from Spark")
    assert not problems, f"raw after load {load}:\n  " + "\n  ".join(problems)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("parity-corpus")
    dirs, start = {}, 0
    for name, n in LOADS.items():
        dirs[name] = root / name
        generate(n, dirs[name], seed=14, start=start)
        start += n
    for f in SAMPLE.iterdir():
        shutil.copyfile(f, dirs["A"] / f.name)
    dirs["all"] = root
    return dirs


def edit_one_file(corpus: dict[str, Path]) -> None:
    """Give one file of load A the text of an article no load has."""
    new = generate(1, corpus["all"] / "edit", seed=15)[0]
    target = sorted(corpus["A"].glob("bench-*.txt"))[0]
    target.write_bytes(new.read_bytes())
    shutil.rmtree(new.parent)


def test_spark_builds_the_marts_duckdb_builds(corpus, tmp_path) -> None:
    warehouse = tmp_path / "parity.duckdb"
    loader_parquet, spark_parquet = tmp_path / "raw-loader", tmp_path / "raw-spark"
    base = {k: v for k, v in os.environ.items() if not k.startswith("DBT_")}
    base["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    duck_env = {**base, "WAREHOUSE_PATH": str(warehouse), "DBT_TARGET": "dev"}
    spark = Session("spark", {**base, "DBT_TARGET": "spark", "SPARK_WAREHOUSE_DIR": str(tmp_path / "spark-warehouse"),
                              "PYSPARK_PYTHON": sys.executable, "PYTHONPATH": str(ROOT)},
                    tmp_path / "spark.log", tmp_path / "target-spark")
    duck_seconds: dict[str, float] = {}
    duck_peak = {"python_mb": 0, "python_cpu_s": 0.0}
    dumps = 0

    def duck(step: str, *args: str) -> None:
        # A process per command, as loaders.build runs dbt: DuckDB keeps the
        # file locked while the process that opened it lives, and the loads
        # between commands write it from this one.
        session = Session("dev", duck_env, tmp_path / "duckdb.log", tmp_path / "target-duckdb", append=True)
        try:
            session.dbt(step, *args)
            peak = session("peak", "peak", None)
            duck_peak["python_mb"] = max(duck_peak["python_mb"], peak["python_mb"])
            duck_peak["python_cpu_s"] += peak["python_cpu_s"]
        finally:
            session.close()
        duck_seconds[step] = duck_seconds.get(step, 0) + session.seconds[step]

    def compare(what: str, seeds: bool = False) -> None:
        nonlocal dumps
        dumps += 1
        d, s = tmp_path / f"duckdb-{dumps}", tmp_path / f"spark-{dumps}"
        d.mkdir()
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            # every table and view a user reads: the marts (and any schema added
            # beside them), the seeds; not raw and the dbt-internal layers
            tables = [f"{schema}.{name}" for schema, name in con.execute(
                "select table_schema, table_name from information_schema.tables "
                "where table_catalog = current_database() "
                "and table_schema not in ('raw', 'staging', 'intermediate', 'main') "
                "order by all").fetchall()]
            assert {f"marts.{m}" for m in MARTS} | {f"reference.{s}" for s in SEEDS} <= set(tables), tables
            if not seeds:   # loaded once, by the first build
                tables = [t for t in tables if not t.startswith("reference.")]
            for table in tables:
                con.execute(f"copy (select * from {table}) to '{d / table}.parquet' (format parquet)")
        finally:
            con.close()
        spark("dump", "dump", [str(s), tables])
        assert_same_tables(d, s, tables, what)

    def compare_raw(what: str) -> None:
        """raw as the models read it: DuckDB's tables against Spark's views of the Parquet copy."""
        d, s = tmp_path / "duckdb-raw", tmp_path / "spark-raw"
        d.mkdir()
        tables = [f"raw.{t}" for t in ARTICLE_TABLES]
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            for table in tables:
                con.execute(f"copy (select * from {table}) to '{d / table}.parquet' (format parquet)")
        finally:
            con.close()
        spark("dump raw", "dump", [str(s), tables])
        assert_same_tables(d, s, tables, what, duckdb_columns=True)

    def load_both(name: str, source: Path) -> None:
        load(source, warehouse, parquet_dir=loader_parquet, workers=2, progress=False,
                 log=lambda *a, **k: None)
        spark(f"extract {name}", "extract", [str(source), str(spark_parquet)])
        assert_same_raw(loader_parquet, spark_parquet, name)
        spark("register raw", "dbt", ["run-operation", "register_raw_parquet", "--args",
                                      json.dumps({"path": str(spark_parquet)})])
    try:
        # A: a first build of everything, with every data test.
        spark.dbt("seed", "seed")
        load_both("A", corpus["A"])
        duck("build A", "build")
        spark.dbt("build A", "build", "--exclude", "resource_type:seed")
        compare("after a full build of load A", seeds=True)

        # B, incrementally: a run that stops before the ledger (every
        # per-article model has B's rows, dim_article not), then its retry.
        # A wrong strategy shows here: append doubles B's rows, an overwrite
        # of the whole table loses A's.
        edit_one_file(corpus)
        load_both("B", corpus["all"])
        retired = duckdb.sql(f"select count(*) from read_parquet('{spark_parquet}/retired_articles/*/*.parquet')")
        assert retired.fetchone()[0] == 1
        compare_raw("raw after load B, whose edited file retired an article")
        for engine in (duck, spark.dbt):
            engine("failed run B", "run", *PER_ARTICLE, "dim_article")
            engine("retry B", "run", *INCREMENTAL)

        # Nothing new: an incremental run must leave every mart as it was
        # (an overwrite without partitions empties them). One comparison for
        # both runs: duplicates from the retry or rows lost now both show.
        for engine in (duck, spark.dbt):
            engine("incremental, nothing new", "run", *PER_ARTICLE)
        compare("after a failed incremental run of load B, its retry and a run with nothing new")

        # Spark enforces no constraint: rows that break three of dim_country's
        # (a duplicate key; a code of three letters with no name) must fail
        # its contract_constraints test, once per broken rule.
        spark("broken rows", "sql", "insert into marts.dim_country "
              "select * from (select * from marts.dim_country limit 1) "
              "union all select 'XYZ', cast(null as string), cast(null as string)")
        failed = spark.dbt("constraints", "test", "--select", "dim_country", ok=False)
        assert any("contract_constraints_dim_country" in f and "Got 3 results" in f
                   for f in failed["failed"]), failed

        if os.environ.get("PARITY_REPORT"):
            report = {"seconds": {"duckdb": duck_seconds, "spark": spark.seconds},
                      "peak_mb": {"duckdb": duck_peak, "spark": spark("peak", "peak", None)},
                      "articles": {k: v + (5 if k == "A" else 0) for k, v in LOADS.items()}}
            Path(os.environ["PARITY_REPORT"]).write_text(json.dumps(report, indent=2))
    finally:
        spark.close()
