"""Reconciliation on a corpus of overlapping claims (tests/fixtures/reconcile, its README
gives the expected answers): summed as claims the numbers are wrong; through the reconciled
marts and the saved analyses they are right."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from warehouse_helpers import query

PROJECT = Path(__file__).resolve().parent.parent
ANALYSES = PROJECT / "analyses"

# Actual vehicle output by country and year: the fixture README's answers.
OUTPUT = {("KZ", 2022): 110_000, ("KZ", 2023): 121_000, ("UZ", 2023): 380_000}
# What a BI tool shows when it sums the statements.
NAIVE_OUTPUT = {("KZ", 2022): 160_000, ("KZ", 2023): 394_000, ("UZ", 2023): 730_000}


def analysis(warehouse: Path, name: str) -> list[dict]:
    """A saved analysis run as it is on disk (its dbt depends_on line is a comment)."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cur = con.execute((ANALYSES / f"{name}.sql").read_text(encoding="utf-8"))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    finally:
        con.close()


def test_summing_claims_gives_the_wrong_output(reconcile_warehouse: Path) -> None:
    naive = dict(((c, y), q) for c, y, q in query(reconcile_warehouse, """
        select country_code, target_year, sum(quantity) from marts.fct_production_target
        where target_kind = 'actual' and unit = 'vehicles' group by all"""))
    assert naive == NAIVE_OUTPUT
    assert naive != OUTPUT


def test_summing_the_reconciled_mart_by_country_and_year_gives_the_right_output(reconcile_warehouse: Path) -> None:
    reconciled = dict(((c, y), q) for c, y, q in query(reconcile_warehouse, """
        select country_code, target_year, sum(quantity) from marts.fct_production_reconciled
        where subject_level = 'country' and target_kind = 'actual' and unit = 'vehicles'
        group by all"""))
    assert reconciled == OUTPUT


def test_production_rules(reconcile_warehouse: Path) -> None:
    rows = {(lvl, c, y): (q, whole, label, n, conflict) for lvl, c, y, q, whole, label, n, conflict in query(
        reconcile_warehouse, """
        select subject_level, country_code, target_year, quantity, is_whole_year, period_label,
               statement_count, has_conflict
        from marts.fct_production_reconciled where target_kind = 'actual'""")}
    # a whole year beats a part of a year published later (first half of 2022: 50,000)
    assert rows[("country", "KZ", 2022)] == (110_000, True, "2022", 2, False)
    # the latest whole-year figure; 120,000 and 121,000 are within 1 %: no conflict
    assert rows[("country", "KZ", 2023)] == (121_000, True, "2023", 3, False)
    # 350,000 and 380,000 are 8.6 % apart: a conflict; the latest wins
    assert rows[("country", "UZ", 2023)] == (380_000, True, "2023", 2, True)
    # the company and its plant keep their own rows and never add into the country
    assert rows[("company", "KZ", 2023)][0] == 40_000
    assert rows[("plant", "KZ", 2023)][0] == 25_000


def test_every_production_statement_is_behind_exactly_one_reconciled_row(reconcile_warehouse: Path) -> None:
    behind = query(reconcile_warehouse, """
        select id, count(*) from marts.fct_production_reconciled, unnest(production_target_ids) as t(id)
        group by id""")
    facts = {r[0] for r in query(reconcile_warehouse, "select production_target_id from marts.fct_production_target")}
    assert {i for i, _ in behind} == facts
    assert all(n == 1 for _, n in behind)


def test_turnover_stated_from_both_sides_is_one_pair_and_a_part_year_its_own_row(reconcile_warehouse: Path) -> None:
    claims = query(reconcile_warehouse, """
        select reporter_country_code, partner_country_code, amount from marts.fct_trade_volume
        where flow = 'turnover' order by period_end, amount""")
    assert {(r, p) for r, p, _ in claims} == {("KZ", "RU"), ("RU", "KZ")}      # both sides
    rows = query(reconcile_warehouse, """
        select reporter_country_code, partner_country_code, period_label, period_months, is_whole_year,
               amount, statement_count, sides_stated, has_conflict
        from marts.fct_trade_reconciled where flow = 'turnover' order by period_end, period_months""")
    assert rows == [
        ("KZ", "RU", "2022", 12, True, 26e9, 1, 1, False),
        ("KZ", "RU", "Jan-Apr 2023", 4, False, 8e9, 1, 1, False),
        ("KZ", "RU", "2023", 12, True, 27.2e9, 2, 2, False),
    ]


def test_one_deal_in_three_articles_is_one_agreement(reconcile_warehouse: Path) -> None:
    events = query(reconcile_warehouse, """
        select agreement_type, signed_date, report_count, article_count, first_reported_date, last_reported_date
        from marts.fct_agreement_event order by signed_date""")
    assert events == [
        ("agreement", date(2019, 1, 1), 1, 1, date(2024, 3, 22), date(2024, 3, 22)),
        ("memorandum", date(2024, 3, 4), 3, 3, date(2024, 3, 5), date(2024, 3, 22)),
    ]
    reports = query(reconcile_warehouse, "select count(*) from marts.fct_agreement")[0][0]
    assert reports == 4


# ---------------------------------------------------------------------------
# The saved analyses (analyses/*.sql) give the README's answers
# ---------------------------------------------------------------------------

def test_analysis_output_by_country_and_year(reconcile_warehouse: Path) -> None:
    rows = analysis(reconcile_warehouse, "output_by_country_and_year")
    assert [(r["country_name"], r["year"], r["vehicles"], r["period_label"], r["has_conflict"]) for r in rows] == [
        ("Kazakhstan", 2022, 110_000, "2022", False),
        ("Kazakhstan", 2023, 121_000, "2023", False),
        ("Uzbekistan", 2023, 380_000, "2023", True),
    ]


def test_analysis_turnover_between_countries(reconcile_warehouse: Path) -> None:
    rows = analysis(reconcile_warehouse, "turnover_between_countries")
    assert [(r["country_a"], r["country_b"], r["period_label"], r["months"], r["turnover_usd"], r["statements"])
            for r in rows] == [
        ("Kazakhstan", "Russia", "2022", 12, 26e9, 1),
        ("Kazakhstan", "Russia", "Jan-Apr 2023", 4, 8e9, 1),
        ("Kazakhstan", "Russia", "2023", 12, 27.2e9, 2),
    ]


def test_analysis_agreements_per_company(reconcile_warehouse: Path) -> None:
    rows = analysis(reconcile_warehouse, "agreements_per_company")
    assert [(r["company_name"], r["agreements"], r["reports"], r["articles"]) for r in rows] == [
        ("Allur", 2, 4, 3),
        ("JAC Motors", 1, 1, 1),     # as the articles write it (dim_company.reference_name: "JAC")
        ("KAMAZ", 1, 3, 3),
    ]


@pytest.mark.parametrize("view", ["production_statements", "trade_statements", "agreement_statements",
                                  "production_output", "trade_flows", "agreement_events", "mentions"])
def test_analyst_views_carry_names_and_articles(reconcile_warehouse: Path, view: str) -> None:
    cols = {c for (c,) in query(reconcile_warehouse, """
        select column_name from information_schema.columns where table_schema = 'analyst' and table_name = ?""",
                               [view])}
    assert {"title", "url"} <= cols or {"first_title", "first_url"} <= cols
    dated = "first_reported_date" if view == "agreement_events" else "published_date"
    n, named = query(reconcile_warehouse, f"select count(*), count({dated}) from analyst.{view}")[0]
    assert n > 0 and named == n
