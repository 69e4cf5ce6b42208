"""What the report shows, read from a published warehouse (read-only).

The three answers come from the saved analyses (analyses/*.sql), run as they
are, so the report and the README's examples give the same numbers. The
conflicts and the coverage are read from the reconciled marts and the facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ANALYSES_DIR = Path(__file__).resolve().parent.parent / "analyses"
ANALYSES = ("output_by_country_and_year", "turnover_between_countries", "agreements_per_company")

CONFLICTS_SQL = """
select
    'production' as kind,
    subject_name as subject,
    subject_level || ', ' || target_kind || ', ' || unit as measure,
    case
        when target_year is null or period_label = cast(target_year as varchar) then period_label
        else cast(target_year as varchar) || ' (' || period_label || ')'
    end as period,
    quantity as chosen,
    min_quantity as lowest,
    max_quantity as highest,
    period_statement_count as statements
from analyst.production_output
where has_conflict
union all
select
    'trade',
    reporter_name || ' - ' || partner_name,
    flow || ', ' || product_category || ', ' || unit || case when is_target then ', target' else '' end,
    period_label,
    amount,
    min_amount,
    max_amount,
    statement_count
from analyst.trade_flows
where has_conflict
order by kind, subject, period
"""

COVERAGE_SQL = """
select
    (select count(*) from marts.dim_article) as articles,
    (select count(published_date) from marts.dim_article) as dated_articles,
    (select min(published_date) from marts.dim_article) as first_published,
    (select max(published_date) from marts.dim_article) as last_published,
    (select count(*) from marts.fct_production_target) as production_statements,
    (select count(*) from marts.fct_production_reconciled) as production_rows,
    (select count(*) from marts.fct_trade_volume) as trade_statements,
    (select count(*) from marts.fct_trade_reconciled) as trade_rows,
    (select count(*) from marts.fct_agreement) as agreement_reports,
    (select count(*) from marts.fct_agreement_event) as agreement_events,
    (select count(*) filter (where has_conflict) from marts.fct_production_reconciled)
      + (select count(*) filter (where has_conflict) from marts.fct_trade_reconciled) as conflicts
"""


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, r)) for r in self.rows]


@dataclass
class ReportData:
    warehouse: str
    answers: dict[str, Table] = field(default_factory=dict)
    conflicts: Table | None = None
    coverage: dict = field(default_factory=dict)


def analysis_sql(name: str, analyses_dir: Path = ANALYSES_DIR) -> str:
    """The saved analysis as it is on disk (its dbt '-- depends_on' line is a SQL comment)."""
    return (analyses_dir / f"{name}.sql").read_text(encoding="utf-8")


def _table(con: duckdb.DuckDBPyConnection, sql: str) -> Table:
    cur = con.execute(sql)
    return Table([d[0] for d in cur.description], cur.fetchall())


def read(warehouse: Path | str) -> ReportData:
    """Every table the report shows, from `warehouse` opened read-only."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        data = ReportData(warehouse=str(warehouse))
        for name in ANALYSES:
            data.answers[name] = _table(con, analysis_sql(name))
        data.conflicts = _table(con, CONFLICTS_SQL)
        data.coverage = _table(con, COVERAGE_SQL).dicts()[0]
        return data
    finally:
        con.close()
