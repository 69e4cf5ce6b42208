"""Write extracted rows to the `raw` schema in bulk, and optionally to Parquet.

Rows are gathered per batch and inserted as one Arrow table per raw table
(`executemany` costs about a millisecond a row; an Arrow append costs
microseconds). Loading is incremental by `article_id`:
an article already in `raw.articles` is skipped, so loading the same directory
twice changes nothing.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

import duckdb
import pyarrow as pa

from loaders.records import ArticleRows, LoadError

# Column name -> DuckDB type, per raw table. The single definition of the raw
# layer: DDL, inserts and Parquet files all follow it.
RAW_TABLES: dict[str, dict[str, str]] = {
    "loads": {
        "load_id": "VARCHAR", "started_at": "TIMESTAMP", "finished_at": "TIMESTAMP",
        "input_path": "VARCHAR", "files_seen": "INTEGER", "articles_new": "INTEGER",
        "articles_duplicate": "INTEGER", "errors": "INTEGER",
    },
    "files": {
        "path": "VARCHAR", "size_bytes": "BIGINT", "modified_ns": "BIGINT",
        "load_id": "VARCHAR", "articles": "INTEGER", "errors": "INTEGER",
    },
    "articles": {
        "article_id": "VARCHAR", "file_name": "VARCHAR", "source_path": "VARCHAR",
        "title": "VARCHAR", "published_date": "DATE", "dateline": "VARCHAR",
        "source": "VARCHAR", "url": "VARCHAR", "text": "VARCHAR", "encoding": "VARCHAR",
        "char_count": "INTEGER", "load_id": "VARCHAR", "loaded_at": "TIMESTAMP",
    },
    "sentences": {
        "article_id": "VARCHAR", "sentence_no": "INTEGER", "char_start": "INTEGER",
        "char_end": "INTEGER", "text": "VARCHAR",
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
        "basis": "VARCHAR", "target_kind": "VARCHAR", "product": "VARCHAR",
    },
    "trade_candidates": {
        "article_id": "VARCHAR", "fact_no": "INTEGER", "sentence_no": "INTEGER",
        "evidence": "VARCHAR", "reporter_country_code": "VARCHAR",
        "partner_country_code": "VARCHAR", "company_name": "VARCHAR", "flow": "VARCHAR",
        "product": "VARCHAR", "amount": "DOUBLE", "unit": "VARCHAR", "is_money": "BOOLEAN",
        "qualifier": "VARCHAR", "period_start": "DATE", "period_end": "DATE",
        "is_target": "BOOLEAN",
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
        "occurred_at": "TIMESTAMP",
    },
}

def create_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create schema `raw` and its tables if they do not exist (idempotent)."""
    con.execute("create schema if not exists raw")
    for table, columns in RAW_TABLES.items():
        cols = ", ".join(f"{name} {typ}" for name, typ in columns.items())
        con.execute(f"create table if not exists raw.{table} ({cols})")


def known_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("select article_id from raw.articles").fetchall()}


class Batch:
    """Columnar buffers for one batch of articles, flushed in one insert per table."""

    def __init__(self, load_id: str) -> None:
        self.load_id = load_id
        self.rows: dict[str, list[tuple]] = {t: [] for t in RAW_TABLES if t != "loads"}
        self.articles = 0

    def add(self, rows: ArticleRows, loaded_at: datetime) -> None:
        a, doc = rows.article, rows.source
        aid = a.article_id
        self.articles += 1
        self.rows["articles"].append((
            aid, doc.file_name, doc.path, a.title, a.published_date, a.dateline,
            a.source, doc.url, a.text, doc.encoding, len(a.text), self.load_id, loaded_at,
        ))
        self.rows["sentences"].extend(
            (aid, s.sentence_no, s.start, s.end, s.text) for s in rows.sentences)
        self.rows["mentions"].extend(
            (aid, m.sentence_no, m.entity_type, m.start, m.end, m.surface, m.name,
             m.country_code, m.via) for m in rows.mentions)
        facts = rows.facts
        for table, items in (("production_candidates", facts.production),
                             ("trade_candidates", facts.trade),
                             ("agreement_candidates", facts.agreements),
                             ("plant_candidates", facts.plants)):
            cols = list(RAW_TABLES[table])[2:]   # after article_id, fact_no
            for no, item in enumerate(items):
                self.rows[table].append((aid, no, *(getattr(item, c) for c in cols)))
        for no, ag in enumerate(facts.agreements):
            self.rows["agreement_party_candidates"].extend(
                (aid, no, "company", name, None) for name in dict.fromkeys(ag.party_companies))
            self.rows["agreement_party_candidates"].extend(
                (aid, no, "country", None, code) for code in dict.fromkeys(ag.party_countries))

    def add_error(self, error: LoadError, at: datetime) -> None:
        self.rows["load_errors"].append((self.load_id, error.path, error.reason, error.detail, at))

    def flush(self, con: duckdb.DuckDBPyConnection, parquet_dir: Path | None = None,
              part: int = 0) -> None:
        """Insert every buffered row in one transaction, then clear the buffers."""
        con.execute("begin transaction")
        try:
            for table, rows in self.rows.items():
                if rows:
                    _append(con, table, rows)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        if parquet_dir is not None:
            write_parquet(con, self.rows, parquet_dir, self.load_id, part)
        for rows in self.rows.values():
            rows.clear()
        self.articles = 0


def _append(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    con.from_arrow(_to_arrow(table, rows)).insert_into(f"raw.{table}")


_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
}


def _to_arrow(table: str, rows: Sequence[tuple]) -> pa.Table:
    columns = RAW_TABLES[table]
    arrays = [pa.array([r[i] for r in rows], type=_ARROW_TYPES[typ])
              for i, typ in enumerate(columns.values())]
    return pa.table(arrays, names=list(columns))


def write_parquet(con: duckdb.DuckDBPyConnection, rows: dict[str, Sequence[tuple]],
                  parquet_dir: Path, load_id: str, part: int) -> None:
    """Write one batch as Parquet files: <dir>/<table>/load_id=<id>/part-<n>.parquet.

    Hive-style partitioning by load, so Spark, Trino or DuckDB read the raw
    layer without this project's code.
    """
    for table, table_rows in rows.items():
        if table_rows:
            out = parquet_dir / table / f"load_id={load_id}"
            out.mkdir(parents=True, exist_ok=True)
            con.from_arrow(_to_arrow(table, table_rows)).write_parquet(
                str(out / f"part-{part:05d}.parquet"))


def record_load(con: duckdb.DuckDBPyConnection, load_id: str, started_at: datetime,
                input_path: str, files_seen: int, new: int, duplicate: int, errors: int) -> None:
    con.execute(
        "insert into raw.loads values (?, ?, ?, ?, ?, ?, ?, ?)",
        [load_id, started_at, now(), input_path, files_seen, new, duplicate, errors],
    )


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def column_names(table: str) -> Iterable[str]:
    return RAW_TABLES[table].keys()
