"""The loader's rules (loaders/rules.py) restate checks of the marts: each one must still be there."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from loaders.rules import FACT_RULES, PUBLISHED_DATE_MIRRORS, published_date_max, published_date_problem

MARTS_YML = Path(__file__).resolve().parent.parent / "models" / "marts" / "_marts__models.yml"


def _marts() -> dict[str, dict]:
    return {m["name"]: m for m in yaml.safe_load(MARTS_YML.read_text())["models"]}


def test_each_fact_rule_mirrors_a_check_the_marts_state() -> None:
    marts = _marts()
    for rule in FACT_RULES:
        model = marts[rule.mart]
        checks = [c.get("expression") for c in model.get("constraints", [])] + [
            c.get("expression") for col in model["columns"] for c in col.get("constraints", [])]
        assert rule.mirrors in checks, (rule.mart, rule.mirrors)


def test_the_published_date_rule_mirrors_dim_articles_accepted_range() -> None:
    column = next(c for c in _marts()["dim_article"]["columns"] if c["name"] == "published_date")
    (test,) = [t["accepted_range"]["arguments"] for t in column["data_tests"] if "accepted_range" in t]
    assert (test["min_value"], test["max_value"]) == PUBLISHED_DATE_MIRRORS
    assert published_date_problem(date(1990, 1, 1)) is None
    assert published_date_problem(date(1989, 12, 31))
    assert published_date_max(date(2024, 2, 29)) == date(2025, 2, 28)     # as DuckDB adds a year
    assert published_date_problem(date(2026, 3, 1), today=date(2025, 3, 1)) is None
    assert published_date_problem(date(2026, 3, 2), today=date(2025, 3, 1))
