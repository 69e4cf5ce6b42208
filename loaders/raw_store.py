"""Write extracted rows to the `raw` schema in bulk, and optionally to Parquet.

Rows are gathered per batch and inserted as one Arrow table per raw table
(`executemany` costs about a millisecond a row; an Arrow append costs
microseconds). Loading is incremental by `article_id`:
an article already in `raw.articles` is skipped, so loading the same directory
twice changes nothing.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extraction.records import ArticleRows

# Column name -> DuckDB type, per raw table. The single definition of the raw
# layer: DDL, inserts and Parquet files all follow it.
RAW_TABLES: dict[str, dict[str, str]] = {
    "loads": {
        "load_id": "VARCHAR", "started_at": "TIMESTAMP", "finished_at": "TIMESTAMP",
        "input_path": "VARCHAR", "files_seen": "INTEGER", "articles_new": "INTEGER",
        "articles_duplicate": "INTEGER", "errors": "INTEGER",
    },
    # One row per input file, as last read: its content's hash decides
    # whether it changed; the stat columns only spare hashing an untouched
    # file again (a change to a file always moves its changed_ns).
    "files": {
        "path": "VARCHAR", "size_bytes": "BIGINT", "modified_ns": "BIGINT",
        "load_id": "VARCHAR", "articles": "INTEGER", "errors": "INTEGER",
        "content_sha256": "VARCHAR", "changed_ns": "BIGINT", "inode": "UBIGINT",
    },
    # Which articles each file holds in its current version (duplicates
    # included): an article that no file holds any more leaves raw.
    "file_articles": {
        "path": "VARCHAR", "article_id": "VARCHAR", "source_path": "VARCHAR", "load_id": "VARCHAR",
    },
    # Articles a load removed because no file holds them any more. DuckDB
    # deletes them from raw in place; the Parquet copy is append-only, so
    # there they are these rows, and a reader leaves out every row of an
    # article loaded no later than its retirement (macros/spark/register_raw_parquet).
    "retired_articles": {"article_id": "VARCHAR", "load_id": "VARCHAR"},
    "articles": {
        "article_id": "VARCHAR", "file_name": "VARCHAR", "source_path": "VARCHAR",
        "title": "VARCHAR", "published_date": "DATE", "dateline": "VARCHAR",
        "source": "VARCHAR", "url": "VARCHAR", "text": "VARCHAR", "encoding": "VARCHAR",
        "char_count": "INTEGER", "load_id": "VARCHAR", "loaded_at": "TIMESTAMP",
    },
    # Offsets only: the sentence is raw.articles.text[char_start:char_end]
    # (staging.stg_raw__sentences has it). A copy of every article's text
    # made a quarter of the warehouse file.
    "sentences": {
        "article_id": "VARCHAR", "sentence_no": "INTEGER", "char_start": "INTEGER",
        "char_end": "INTEGER",
    },
    "mentions": {
        "article_id": "VARCHAR", "sentence_no": "INTEGER", "entity_type": "VARCHAR",
        "char_start": "INTEGER", "char_end": "INTEGER", "surface": "VARCHAR",
        "name": "VARCHAR", "country_code": "VARCHAR", "via": "VARCHAR",
    },
    "production_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "sentence_no": "INTEGER",
        "evidence": "VARCHAR", "quantity": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR",
        "company_name": "VARCHAR", "plant_city": "VARCHAR", "country_code": "VARCHAR",
        "target_year": "INTEGER", "period_start": "DATE", "period_end": "DATE",
        "basis": "VARCHAR", "target_kind": "VARCHAR", "product": "VARCHAR", "range_bound": "VARCHAR",
    },
    "trade_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "sentence_no": "INTEGER",
        "evidence": "VARCHAR", "reporter_country_code": "VARCHAR",
        "partner_country_code": "VARCHAR", "company_name": "VARCHAR", "flow": "VARCHAR",
        "product": "VARCHAR", "amount": "DOUBLE", "unit": "VARCHAR", "is_money": "BOOLEAN",
        "qualifier": "VARCHAR", "period_start": "DATE", "period_end": "DATE",
        "is_target": "BOOLEAN", "range_bound": "VARCHAR",
    },
    "agreement_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "sentence_no": "INTEGER",
        "evidence": "VARCHAR", "agreement_type": "VARCHAR", "status": "VARCHAR",
        "signed_date": "DATE", "date_precision": "VARCHAR", "agreement_count": "INTEGER",
        "value_amount": "DOUBLE", "value_currency": "VARCHAR", "subject": "VARCHAR",
    },
    "agreement_party_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "party_type": "VARCHAR",
        "company_name": "VARCHAR", "country_code": "VARCHAR",
    },
    "plant_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "sentence_no": "INTEGER",
        "evidence": "VARCHAR", "plant_name": "VARCHAR", "company_name": "VARCHAR",
        "city": "VARCHAR", "country_code": "VARCHAR",
    },
    "load_errors": {
        "load_id": "VARCHAR", "path": "VARCHAR", "reason": "VARCHAR", "detail": "VARCHAR",
        "occurred_at": "TIMESTAMP", "severity": "VARCHAR",
    },
}

# Columns earlier versions wrote, dropped from an existing warehouse when it
# is next loaded (rows are inserted by position).
DROPPED_COLUMNS = {"sentences": ("text",)}
# Columns added since earlier versions come last in their table here: an
# existing warehouse gets them appended when it is next loaded (rows are
# inserted by position), NULL for the rows it already holds, or this value.
ADDED_COLUMN_DEFAULTS = {("load_errors", "severity"): "'error'"}
# The raw tables with a row per article, or per part of one.
ARTICLE_TABLES = ("articles", "sentences", "mentions", "production_candidates", "trade_candidates",
                  "agreement_candidates", "agreement_party_candidates", "plant_candidates")


def create_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create schema `raw` and its tables if they do not exist (idempotent)."""
    con.execute("create schema if not exists raw")
    for table, columns in RAW_TABLES.items():
        cols = ", ".join(f"{name} {typ}" for name, typ in columns.items())
        con.execute(f"create table if not exists raw.{table} ({cols})")
    for table, columns in RAW_TABLES.items():
        existing = {r[0] for r in con.execute(
            "select column_name from duckdb_columns() where schema_name = 'raw' and table_name = ? "
            "and database_name = current_database()", [table]).fetchall()}
        for column in DROPPED_COLUMNS.get(table, ()):
            if column in existing:
                con.execute(f"alter table raw.{table} drop column {column}")
        for column, typ in columns.items():
            if column not in existing:
                default = ADDED_COLUMN_DEFAULTS.get((table, column))
                con.execute(f"alter table raw.{table} add column {column} {typ}"
                            + (f" default {default}" if default else ""))


def known_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("select article_id from raw.articles").fetchall()}


class RowBuffer:
    """The raw rows of some articles, table by table; built where the articles are extracted.

    Extraction workers fill one per chunk of articles and send it back as Arrow
    tables, so the single writer process only concatenates and inserts.
    """

    def __init__(self, load_id: str) -> None:
        self.load_id = load_id
        self.rows: dict[str, list[tuple]] = {t: [] for t in RAW_TABLES if t != "loads"}

    def add(self, rows: ArticleRows, loaded_at: datetime) -> None:
        a, doc = rows.article, rows.source
        aid = a.article_id
        self.rows["articles"].append((
            aid, doc.file_name, doc.path, a.title, a.published_date, a.dateline,
            a.source, doc.url, a.text, doc.encoding, len(a.text), self.load_id, loaded_at,
        ))
        self.rows["sentences"].extend(
            (aid, s.sentence_no, s.start, s.end) for s in rows.sentences)
        self.rows["mentions"].extend(
            (aid, m.sentence_no, m.entity_type, m.start, m.end, m.surface, m.name,
             m.country_code, m.via) for m in rows.mentions)
        facts = rows.facts
        for table, items in (("production_candidates", facts.production),
                             ("trade_candidates", facts.trade),
                             ("agreement_candidates", facts.agreements),
                             ("plant_candidates", facts.plants)):
            getters = _GETTERS[table]
            self.rows[table].extend((aid, no, *[g(item) for g in getters])
                                    for no, item in enumerate(items))
        for no, ag in enumerate(facts.agreements):
            self.rows["agreement_party_candidates"].extend(
                (aid, no, "company", name, None) for name in dict.fromkeys(ag.party_companies))
            self.rows["agreement_party_candidates"].extend(
                (aid, no, "country", None, code) for code in dict.fromkeys(ag.party_countries))

    def to_arrow(self) -> dict[str, pa.Table]:
        return {t: arrow_table(t, rows) for t, rows in self.rows.items() if rows}


# Candidate tables: the dataclass field for each column after (article_id, fact_no).
_GETTERS = {t: [operator.attrgetter(c) for c in list(RAW_TABLES[t])[2:]]
            for t in ("production_candidates", "trade_candidates", "agreement_candidates",
                      "plant_candidates")}


class Writer:
    """Gathers Arrow tables from the workers and inserts them in batches, one transaction each."""

    def __init__(self, con: duckdb.DuckDBPyConnection, parquet_dir: Path | None, load_id: str) -> None:
        self.con, self.parquet_dir, self.load_id = con, parquet_dir, load_id
        self.tables: dict[str, list[pa.Table]] = {}
        self.articles = 0
        self.part = 0
        self.written: set[str] = set()      # raw tables with a Parquet file for this load

    def add(self, tables: dict[str, pa.Table], drop_ids: set[str] = frozenset()) -> None:
        """Buffer one chunk's tables, leaving out every row of the articles in `drop_ids`."""
        for table, data in tables.items():
            data = without_articles(data, drop_ids)
            if data.num_rows:
                self.tables.setdefault(table, []).append(data)
                if table == "articles":
                    self.articles += data.num_rows

    def add_rows(self, table: str, rows: Sequence[tuple]) -> None:
        if rows:
            self.tables.setdefault(table, []).append(arrow_table(table, rows))

    def flush(self, then: Callable[[duckdb.DuckDBPyConnection], dict[str, list[tuple]]] | None = None) -> None:
        """Insert every buffered row in one transaction, then clear the buffers.

        `then`, if given, runs last in the transaction and returns the rows it
        wrote itself (table -> rows), for the Parquet copy.
        """
        merged = {t: pa.concat_tables(parts) for t, parts in self.tables.items()}
        self.con.execute("begin transaction")
        try:
            for table, data in merged.items():
                self.con.from_arrow(data).insert_into(f"raw.{table}")
            if then is not None:
                merged.update({t: arrow_table(t, rows) for t, rows in then(self.con).items() if rows})
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise
        if self.parquet_dir is not None and merged:
            write_parquet(merged, self.parquet_dir, self.load_id, self.part)
            self.written.update(merged)
        self.part += 1
        self.tables.clear()
        self.articles = 0

    def close(self) -> None:
        """Flush, then give every raw table a Parquet file for this load, empty if it has no rows.

        Every table then exists in the Parquet copy with its schema, even one
        that no load has filled yet (load_errors of a clean corpus), so an
        engine that registers the directory finds the whole raw layer.
        """
        self.flush()
        if self.parquet_dir is not None:
            empty = empty_tables(self.written)
            write_parquet(empty, self.parquet_dir, self.load_id, self.part)
            self.written.update(empty)


_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "UBIGINT": pa.uint64(),
}
_SCHEMAS = {t: pa.schema([(c, _ARROW_TYPES[typ]) for c, typ in cols.items()])
            for t, cols in RAW_TABLES.items()}


def arrow_table(table: str, rows: Sequence[tuple]) -> pa.Table:
    """Rows of raw table `table` (tuples in RAW_TABLES column order) as an Arrow table of its schema."""
    schema = _SCHEMAS[table]
    columns = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.table([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)


def without_articles(data: pa.Table, article_ids: set[str]) -> pa.Table:
    """The rows of `data` that belong to none of `article_ids` (all rows of a table without article_id)."""
    if not article_ids or "article_id" not in data.column_names:
        return data
    return data.filter(pc.invert(pc.is_in(data["article_id"], value_set=pa.array(list(article_ids)))))


def empty_tables(written: Iterable[str]) -> dict[str, pa.Table]:
    """An empty table of every raw table not in `written`: each gets a file per load, rows or not."""
    done = set(written)
    return {t: arrow_table(t, []) for t in RAW_TABLES if t not in done}


def write_parquet(tables: dict[str, pa.Table], parquet_dir: Path, load_id: str, part: int) -> None:
    """Write one batch as Parquet files: <dir>/<table>/load_id=<id>/part-<n>.parquet.

    Hive-style partitioning by load, so Spark, Trino or DuckDB read the raw
    layer without this project's code. The load is in the folder name only:
    a `load_id` column in the files as well would be a second, conflicting
    definition of the partition column, and Spark then stops treating the
    folders as partitions. Readers get `load_id` from the folder, on every table.
    """
    for table, data in tables.items():
        if "load_id" in data.column_names:
            data = data.drop_columns(["load_id"])
        out = parquet_dir / table / f"load_id={load_id}"
        out.mkdir(parents=True, exist_ok=True)
        pq.write_table(data, out / f"part-{part:05d}.parquet")


@dataclass(slots=True)
class FileState:
    """An input file as last read (raw.files)."""
    stat: tuple[int, int, int, int]     # size, mtime_ns, ctime_ns, inode
    sha256: str | None                  # None: read by a version that kept no hash
    articles: int
    errors: int
    load_id: str


def current_files(con: duckdb.DuckDBPyConnection) -> dict[str, FileState]:
    """Every input file as last read. (Earlier versions appended a row per read:
    the row with a hash, then the latest load, stands.)"""
    rows = con.execute("""
        select path, size_bytes, modified_ns, changed_ns, inode, content_sha256, articles, errors, load_id
        from raw.files
        qualify row_number() over (partition by path order by content_sha256 is not null desc,
                                   load_id desc) = 1""").fetchall()
    return {r[0]: FileState((r[1], r[2], r[3], r[4]), r[5], r[6], r[7], r[8]) for r in rows}


def replace_file_versions(con: duckdb.DuckDBPyConnection, load_id: str, read: Sequence[str],
                          changed: Sequence[str]) -> list[str]:
    """After a load (in its transaction): the files it read replace their rows of
    raw.files, and the files whose content changed (`changed`) hold only the
    articles this load found in them. An article that no file holds any more
    leaves raw; one whose first file no longer holds it is credited to a file
    that does. Returns the ids of the articles that left (also recorded in raw.retired_articles).
    """
    temp_paths(con, "_read", read)
    temp_paths(con, "_changed", changed)
    con.execute("delete from raw.files where path in (select path from _read) and load_id <> ?", [load_id])
    con.execute("""
        create or replace temp table _held_before as
        select distinct article_id from raw.file_articles
        where path in (select path from _changed) and load_id <> ?""", [load_id])
    con.execute("delete from raw.file_articles where path in (select path from _changed) and load_id <> ?",
                [load_id])
    con.execute("""
        create or replace temp table _retired as
        select article_id from _held_before
        where article_id not in (select article_id from raw.file_articles)""")
    retired = [r[0] for r in con.execute("select article_id from _retired order by 1").fetchall()]
    if retired:
        con.execute("insert into raw.retired_articles select article_id, ? from _retired", [load_id])
        for table in ARTICLE_TABLES:
            con.execute(f"delete from raw.{table} where article_id in (select article_id from _retired)")
    con.execute("""
        update raw.articles as a
        set source_path = h.source_path, file_name = regexp_extract(h.path, '[^/]+$')
        from (
            select article_id, min(source_path) as source_path, arg_min(path, source_path) as path
            from raw.file_articles
            where article_id in (select article_id from _held_before)
            group by article_id
        ) as h
        where a.article_id = h.article_id
          and not exists (select 1 from raw.file_articles as f
                          where f.article_id = a.article_id and f.source_path = a.source_path)""")
    for temp in ("_read", "_changed", "_held_before", "_retired"):
        con.execute(f"drop table {temp}")
    return retired


def temp_paths(con: duckdb.DuckDBPyConnection, name: str, paths: Sequence[str]) -> None:
    """A temporary table `name` of the given paths (one column, path).

    Through Arrow: a Python list as a query parameter costs DuckDB a few
    failed imports per element (2 s for 2,000 paths)."""
    con.register("_paths", pa.table({"path": pa.array(list(paths), pa.string())}))
    try:
        con.execute(f"create or replace temp table {name} as select path from _paths")
    finally:
        con.unregister("_paths")


def load_row(load_id: str, started_at: datetime, input_path: str, files_seen: int, new: int,
             duplicate: int, errors: int) -> tuple:
    """The raw.loads row of a load that ends now."""
    return (load_id, started_at, now(), input_path, files_seen, new, duplicate, errors)


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)

