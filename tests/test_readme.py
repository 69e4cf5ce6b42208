"""The README's answers are the saved analyses' answers on the reconciliation fixture.

Each table under a `<!-- answer: NAME (columns) -->` line of README.md is compared, cell
by cell, with analyses/NAME.sql run on tests/fixtures/reconcile.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

PROJECT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!-- answer: (\w+) \(([^)]*)\) -->$")


def readme_answers() -> dict[str, tuple[list[str], list[list[str]]]]:
    lines = (PROJECT / "README.md").read_text(encoding="utf-8").splitlines()
    answers = {}
    for i, line in enumerate(lines):
        m = MARKER.match(line.strip())
        if not m:
            continue
        columns = [c.strip() for c in m[2].split(",")]
        table = []
        for row in lines[i + 1:]:
            if not row.startswith("|"):
                break
            table.append([c.strip() for c in row.strip().strip("|").split("|")])
        assert table[0] == columns, f"README table of {m[1]}: header {table[0]} is not {columns}"
        answers[m[1]] = (columns, table[2:])
    return answers


def cell(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_readme_shows_the_three_answers() -> None:
    assert set(readme_answers()) == {"output_by_country_and_year", "turnover_between_countries",
                                     "agreements_per_company"}


@pytest.mark.parametrize("name", sorted(readme_answers()))
def test_readme_answer_is_what_the_analysis_gives(reconcile_warehouse: Path, name: str) -> None:
    columns, rows = readme_answers()[name]
    con = duckdb.connect(str(reconcile_warehouse), read_only=True)
    try:
        cur = con.execute((PROJECT / "analyses" / f"{name}.sql").read_text(encoding="utf-8"))
        names = [d[0] for d in cur.description]
        actual = [[cell(dict(zip(names, r))[c]) for c in columns] for r in cur.fetchall()]
    finally:
        con.close()
    assert actual == rows
