"""Extraction as a Spark job: the raw layer as Parquet, from the articles, with no DuckDB.

    python -m loaders.spark_extract --articles DIR --parquet OUT [--master local[2]] [--partitions N]
    (or through spark-submit, which supplies the master)

The same work as `make build PARQUET=OUT` does before dbt, spread over a Spark
cluster: the driver lists the input (and splits .jsonl files into lines), each
task runs the loader's own per-chunk step (`loaders.load.extract_chunk`: read,
`extraction.pipeline.extract_article`, tabulate with `raw_store.RowBuffer`)
over its partition, and the driver settles duplicates in input order with the
loader's `Ledger`. Tasks then write their rows with `raw_store.write_parquet`,
so OUT gets the files the loader writes - <table>/load_id=<id>/part-*.parquet,
every raw table - with the same rows (only the load's id and times differ).
Register OUT for dbt with the `register_raw_parquet` operation.

Incremental like the loader: a file is read again only when its size, times
or inode moved, and extracted again only when its content hash did; articles
already in OUT are not written again; an article that no file holds any more
(its file was edited) is written to OUT's `retired_articles`, which the
registered views read. OUT must be a directory that every executor can write
(any directory in local mode; a shared mount on a cluster).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds

from loaders.load import (CHUNK, LoadResult, Ledger, changed_files, chunks_of, extract_chunk, new_load_id,
                          summary, tasks)
from loaders.raw_store import FileState, arrow_table, empty_tables, load_row, now, without_articles, write_parquet
from loaders.sources import DEFAULT_MAX_BYTES, printable_path, scan


def extract(spark, articles: Path, parquet_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
            partitions: int | None = None, log=print) -> LoadResult:
    """Extract every new article under `articles` with `spark` into the raw Parquet under `parquet_dir`."""
    from pyspark import StorageLevel

    started, t0 = now(), time.perf_counter()
    result = LoadResult(load_id=new_load_id(started))
    load_id = result.load_id
    parquet_dir = parquet_dir.resolve()
    found = scan(articles)
    result.files_seen, result.ignored = len(found.files), found.ignored
    before = ParquetRaw(parquet_dir)
    todo = changed_files(before.files, found.files, result)
    ledger = Ledger(result, before.article_ids(), log)

    chunks = list(chunks_of(tasks([f for f, _ in todo], max_bytes), CHUNK))
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
    holds: list[tuple] = []
    try:
        drops = {}
        for index, outcomes in sorted(extracted.map(lambda r: (r[0], r[1])).collect()):
            drops[index] = set()
            for chunk_outcomes in outcomes:
                dropped, held = ledger.add(chunk_outcomes)
                drops[index] |= dropped
                holds += held
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
    done = ledger.settle(todo, before.files, found.notices, before.recorded_errors())
    retired = before.retired_by(done.changed, holds)
    result.articles_retired = len(retired)
    result.seconds = time.perf_counter() - t0
    last = {
        "file_articles": holds,
        "load_errors": done.error_rows,
        "files": done.files_rows,
        "retired_articles": [(a, load_id) for a in retired],
        "loads": [load_row(load_id, started, printable_path(str(articles)), result.files_seen,
                           result.articles_new, result.articles_duplicate, len(result.errors))],
    }
    tables = {t: arrow_table(t, rows) for t, rows in last.items() if rows}
    tables.update(empty_tables(written | set(tables)))
    write_parquet(tables, parquet_dir, load_id, slices)
    return result


class ParquetRaw:
    """What a raw Parquet directory holds before a load, as the loader reads it from DuckDB's raw.

    The directory is append-only, so the current state is derived: a file is
    its latest row of `files`; the articles it holds are its `file_articles`
    rows of the load that last changed its content; an article retired no
    earlier than it was written is gone.
    """

    def __init__(self, parquet_dir: Path) -> None:
        self.dir = parquet_dir
        rows = sorted(_rows(parquet_dir, "files", ["load_id", "path", "size_bytes", "modified_ns", "changed_ns",
                                                    "inode", "content_sha256", "articles", "errors"]))
        self.files: dict[str, FileState] = {}
        self.content_load: dict[str, str] = {}      # path -> load that last changed its content
        for load, path, size, mtime, ctime, inode, sha, articles, errors in rows:   # by load
            old = self.files.get(path)
            if old is None or old.sha256 != sha:
                self.content_load[path] = load
            self.files[path] = FileState((size, mtime, ctime, inode), sha, articles, errors, load)
        self.retired: dict[str, str] = {}           # article -> its latest retirement
        for load, aid in sorted(_rows(parquet_dir, "retired_articles", ["load_id", "article_id"])):
            self.retired[aid] = load

    def article_ids(self) -> set[str]:
        """The articles loaded and not retired since."""
        return {aid for load, aid in _rows(self.dir, "articles", ["load_id", "article_id"])
                if self.retired.get(aid, "") < load}

    def recorded_errors(self) -> set[tuple[str, str]]:
        """(path, reason) of every problem recorded so far."""
        return _rows(self.dir, "load_errors", ["path", "reason"])

    def retired_by(self, changed: list[str], holds: list[tuple]) -> list[str]:
        """The articles no file holds once the `changed` files hold what this load found in them (`holds`)."""
        changed_set = set(changed)
        held_before, held_now = set(), {h[1] for h in holds}
        for load, path, aid in _rows(self.dir, "file_articles", ["load_id", "path", "article_id"]):
            if self.content_load.get(path) != load:
                continue                # a version the file no longer has
            (held_before if path in changed_set else held_now).add(aid)
        return sorted(held_before - held_now)


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
