"""Extraction as a Spark job: the raw layer as Parquet, from the articles, with no DuckDB.

    python -m loaders.spark_extract --articles DIR --parquet OUT [--master local[2]] [--partitions N]
    (or through spark-submit, which supplies the master)

The same work as `make build PARQUET=OUT` does before dbt, spread over a Spark
cluster: the driver lists the input (and splits .jsonl files into lines), each
task runs the loader's own per-chunk step (`loaders.load.extract_chunk`: read,
`extraction.pipeline.extract_article`, tabulate with `raw_store.RowBuffer`)
over its partition, and the driver settles duplicates in input order with the
loader's `Tally`. Tasks then write their rows with `raw_store.write_parquet`,
so OUT gets the files the loader writes - <table>/load_id=<id>/part-*.parquet,
every raw table - with the same rows (only the load's id and times differ).
Register OUT for dbt with the `register_raw_parquet` operation.

Incremental like the loader: files already in OUT's `files` table with the
same size and time are not read, and articles already in OUT are not written
again. OUT must be a directory that every executor can write (any directory in
local mode; a shared mount on a cluster).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds

from loaders.load import (CHUNK, LoadResult, Tally, changed_files, chunks_of, extract_chunk, new_load_id,
                          summary, tasks)
from loaders.raw_store import RAW_TABLES, arrow_table, load_row, now, without_articles, write_parquet
from loaders.sources import DEFAULT_MAX_BYTES, discover


def extract(spark, articles: Path, parquet_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
            partitions: int | None = None, log=print) -> LoadResult:
    """Extract every new article under `articles` with `spark` into the raw Parquet under `parquet_dir`."""
    from pyspark import StorageLevel

    started, t0 = now(), time.perf_counter()
    result = LoadResult(load_id=new_load_id(started))
    load_id = result.load_id
    parquet_dir = parquet_dir.resolve()
    files = discover(articles)
    result.files_seen = len(files)
    todo = changed_files(files, _rows(parquet_dir, "files", ["path", "size_bytes", "modified_ns"]))
    result.files_skipped = len(files) - len(todo)
    tally = Tally(result, {r[0] for r in _rows(parquet_dir, "articles", ["article_id"])})

    chunks = list(chunks_of(tasks([f for f, _, _ in todo], max_bytes), CHUNK))
    sc = spark.sparkContext
    slices = max(1, min(len(chunks), partitions or sc.defaultParallelism))

    def extract_partition(index, items):
        # One partition: its chunks in input order, extracted as the loader's
        # workers do. The outcomes go to the driver, the tables stay here.
        outcomes, tables = [], {}
        for chunk in items:
            part = extract_chunk(chunk, load_id, max_bytes)
            outcomes.append(part.outcomes)
            for table, data in part.tables.items():
                tables.setdefault(table, []).append(data)
        yield index, outcomes, tables

    extracted = sc.parallelize(chunks, slices).mapPartitionsWithIndex(extract_partition)
    extracted.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        drops = {}
        for index, outcomes in sorted(extracted.map(lambda r: (r[0], r[1])).collect()):
            drops[index] = set()
            for chunk_outcomes in outcomes:
                drops[index] |= tally.add(chunk_outcomes, log)
        dropped = sc.broadcast(drops)
        out = str(parquet_dir)

        def write_partition(record):
            import pyarrow as pa
            index, _, tables = record
            merged = {t: without_articles(pa.concat_tables(parts), dropped.value[index])
                      for t, parts in tables.items()}
            merged = {t: data for t, data in merged.items() if data.num_rows}
            write_parquet(merged, Path(out), load_id, index)
            return list(merged)

        written = set(extracted.flatMap(write_partition).collect())
    finally:
        extracted.unpersist()

    # The load's own records, written by the driver as the loader writes them last.
    result.seconds = time.perf_counter() - t0
    last = {
        "load_errors": tally.error_rows,
        "files": tally.files_rows(todo),
        "loads": [load_row(load_id, started, str(articles), result.files_seen, result.articles_new,
                           result.articles_duplicate, len(result.errors))],
    }
    tables = {t: arrow_table(t, rows) for t, rows in last.items() if rows}
    tables.update({t: arrow_table(t, []) for t in RAW_TABLES if t not in written and t not in tables})
    write_parquet(tables, parquet_dir, load_id, slices)
    return result


def _rows(parquet_dir: Path, table: str, columns: list[str]) -> set[tuple]:
    """Distinct rows of `columns` of one raw table already in the Parquet directory."""
    path = parquet_dir / table
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return set()
    data = ds.dataset(path, format="parquet", partitioning="hive").to_table(columns=columns)
    return set(zip(*(data[c].to_pylist() for c in columns)))


def session(master: str | None = None, app: str = "news-warehouse extraction"):
    """The active Spark session, or a new one (local on every core unless a master is configured).

    On a cluster, ship this project's packages with spark-submit --py-files.
    """
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    local_workers_find_this_project()
    builder = SparkSession.builder.appName(app)
    if master or not SparkConf().contains("spark.master"):
        builder = builder.master(master or "local[*]")
    return builder.getOrCreate()


def local_workers_find_this_project() -> None:
    """Make the Python workers of a local Spark session (started after this) run
    this interpreter, with this project's packages on their path. Spark starts
    its workers with `python3` from PATH otherwise, which may lack them."""
    root = str(Path(__file__).resolve().parent.parent)
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders.spark_extract", description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=Path, required=True, help="directory (searched recursively) or file")
    p.add_argument("--parquet", type=Path, required=True, help="the raw layer's Parquet directory (created or added to)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, help="Spark partitions of the input (default: the default parallelism)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="size limit of one article")
    a = p.parse_args(argv)
    try:
        r = extract(session(a.master), a.articles, a.parquet, max_bytes=a.max_bytes, partitions=a.partitions)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(summary(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
