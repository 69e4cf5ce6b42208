"""Which rows, of which articles, broke a dbt build.

dbt says which test failed or which model broke a constraint, not which row.
After a failed build the work file still holds everything the failing node
read, so the rows are found by running its compiled SQL again: a test's query
returns its failing rows; a model's query, filtered by the negation of the
CHECK (or NOT NULL) constraint DuckDB reported, returns the rows it refused.
Rows with an `article_id` are shown with the file the article came from.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

ROWS_SHOWN = 3
_CHECK = re.compile(r"CHECK constraint failed on table \w+ with expression CHECK\((?P<expr>.*)\)\s*$", re.S)
_NOT_NULL = re.compile(r"NOT NULL constraint failed: \w+\.(?P<column>\w+)")


def offending_rows(work: Path, target: Path, failed: dict[str, tuple[dict, str]]) -> dict[str, list[str]]:
    """For each failed node (unique_id -> (dbt's node_info, dbt's message)), lines naming its bad rows."""
    out: dict[str, list[str]] = {}
    if not failed:
        return out
    try:
        con = duckdb.connect(str(work), read_only=True)
    except duckdb.Error:
        return out
    try:
        for uid, (node, message) in failed.items():
            sql = _rows_query(target, node, message)
            if sql is None:
                continue
            try:
                cur = con.execute(f"select * from ({sql}) limit {ROWS_SHOWN}")
                columns = [d[0] for d in cur.description]
                rows = cur.fetchall()
            except duckdb.Error:
                continue
            out[uid] = _describe(con, columns, rows)
    finally:
        con.close()
    return out


def _rows_query(target: Path, node: dict, message: str) -> str | None:
    compiled = target / "compiled"
    if node.get("resource_type") == "test":
        path = next(compiled.rglob(node.get("node_path", "-")), None)
        return path.read_text() if path else None
    if node.get("resource_type") == "model":
        path = next((p for p in compiled.glob(f"*/models/{node.get('node_path', '-')}")), None)
        m, n = _CHECK.search(message), _NOT_NULL.search(message)
        if path is None or not (m or n):
            return None
        refused = f"not coalesce({m['expr']}, true)" if m else f"{n['column']} is null"
        return f"select * from ({path.read_text()}) where {refused}"
    return None


def _describe(con: duckdb.DuckDBPyConnection, columns: list[str], rows: list[tuple]) -> list[str]:
    sources: dict[str, str] = {}
    if "article_id" in columns:
        ids = list({r[columns.index("article_id")] for r in rows})
        sources = dict(con.execute("select article_id, source_path from raw.articles "
                                   "where article_id in (select unnest(?::varchar[]))", [ids]).fetchall())
    lines = []
    for row in rows:
        values = dict(zip(columns, row))
        aid = values.pop("article_id", None)
        shown = ", ".join(f"{c}={v!r}" for c, v in values.items() if v is not None)[:300]
        head = f"article {aid} ({sources.get(aid, 'not in raw.articles')})" if aid else "row"
        lines.append(f"    {head}: {shown}")
    return lines
