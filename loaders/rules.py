"""What the marts refuse, checked at load, so that one bad row never fails a build.

A value that a test or contract check of `models/marts/_marts__models.yml`
would refuse fails `dbt build`, and with it every build after it, since raw
keeps the row. The loader refuses it first, with the file (and line) and the
reason, in `raw.load_errors`:

- an article whose publication date (from a JSON line's `published_date` or
  from the text's header) lies outside what `dim_article` accepts is refused;
- a figure the fact tables would refuse ("$0 million" is an amount of 0) is
  left out, and the article loads without it.

Each rule names the marts' check it mirrors (`mirrors`);
tests/test_rules.py checks that the marts still state each one.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Callable

from extraction.records import ArticleRows, Facts, LoadError

# dim_article.published_date, test accepted_range: from this date to a year
# after the day of the build (dbt's current_date: the same local day as here).
PUBLISHED_DATE_MIN = date(1990, 1, 1)
PUBLISHED_DATE_MIRRORS = ("date '1990-01-01'", "current_date + interval 1 year")


def published_date_max(today: date | None = None) -> date:
    """Today + 1 year, as DuckDB adds an interval (29 February -> 28 February)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def published_date_problem(d: date, today: date | None = None) -> str | None:
    """Why dim_article would refuse publication date `d`, or None when it accepts it."""
    if d < PUBLISHED_DATE_MIN:
        return f"{d.isoformat()} is before {PUBLISHED_DATE_MIN.isoformat()}, the earliest date the warehouse accepts"
    latest = published_date_max(today)
    if d > latest:
        return f"{d.isoformat()} is after {latest.isoformat()} (a year from today), the latest date the warehouse accepts"
    return None


@dataclass(frozen=True)
class FactRule:
    """A check a fact table applies to every row, restated for one kind of candidate."""
    kind: str                           # field of Facts: production, trade, agreements
    mart: str                           # the table whose check it mirrors
    mirrors: str                        # the check's expression in _marts__models.yml
    holds: Callable[[object], bool]
    value: Callable[[object], str]      # the offending value, for the message


def _ordered(c) -> bool:
    return c.period_start is None or c.period_end is None or c.period_start <= c.period_end


def _period(c) -> str:
    return f"period {c.period_start} to {c.period_end}"


FACT_RULES: tuple[FactRule, ...] = (
    FactRule("production", "fct_production_target", "quantity > 0",
             lambda c: c.quantity > 0, lambda c: f"quantity {c.quantity:g}"),
    FactRule("production", "fct_production_target", "target_year between 1990 and 2100",
             lambda c: c.target_year is None or 1990 <= c.target_year <= 2100,
             lambda c: f"target_year {c.target_year}"),
    FactRule("production", "fct_production_target",
             "period_start is null or period_end is null or period_start <= period_end", _ordered, _period),
    FactRule("trade", "fct_trade_volume", "amount > 0",
             lambda c: c.amount > 0, lambda c: f"amount {c.amount:g}"),
    FactRule("trade", "fct_trade_volume",
             "period_start is null or period_end is null or period_start <= period_end", _ordered, _period),
    FactRule("agreements", "fct_agreement", "agreement_count >= 1",
             lambda c: c.agreement_count >= 1, lambda c: f"agreement_count {c.agreement_count}"),
    # value_usd = value_amount x a rate > 0
    FactRule("agreements", "fct_agreement", "value_usd > 0",
             lambda c: c.value_amount is None or c.value_amount > 0, lambda c: f"value {c.value_amount:g}"),
)


def check_article(rows: ArticleRows, where: str,
                  today: date | None = None) -> tuple[ArticleRows | None, list[LoadError]]:
    """The article as the marts accept it (None when refused whole), and why anything was refused."""
    published = rows.article.published_date
    if published is not None:
        problem = published_date_problem(published, today)
        if problem:
            return None, [LoadError(where, "bad_date", f"{where}: publication date {problem}")]
    errors: list[LoadError] = []
    kept: dict[str, list] = {}
    for kind in ("production", "trade", "agreements"):
        items = getattr(rows.facts, kind)
        rules = [r for r in FACT_RULES if r.kind == kind]
        keep = []
        for c in items:
            broken = next((r for r in rules if not r.holds(c)), None)
            if broken is None:
                keep.append(c)
            else:
                errors.append(LoadError(where, "out_of_range", (
                    f"{where}: a {kind} figure with {broken.value(c)} left out ({broken.mart} requires "
                    f"{broken.mirrors}); the article loads without it. Sentence: {c.evidence[:120]!r}")))
        kept[kind] = keep
    if not errors:
        return rows, []
    facts = Facts(production=kept["production"], trade=kept["trade"], agreements=kept["agreements"],
                  plants=rows.facts.plants)
    return dataclasses.replace(rows, facts=facts), errors
