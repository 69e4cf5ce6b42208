"""The all-corpora summary: which directories are corpora, and how a run reads against an earlier one."""
from pathlib import Path

from evaluation.corpora import annotated_corpora, format_summary


def _figures(prod: float, period: tuple[int, int]) -> dict:
    return {"articles": 3, "duplicate_companies": 0, "production_targets.f1": prod, "trade_volumes.f1": 1.0,
            "agreements.f1": 1.0, "companies.f1": 1.0, "countries.f1": 1.0,
            "trade_volumes.period": list(period), "agreements.agreement_count": [2, 2], "published_date": [3, 3]}


def test_a_corpus_is_a_directory_with_articles_and_gold(tmp_path: Path) -> None:
    for name in ("dev10", "dev2", "holdout", "notes"):
        (tmp_path / "tests" / "fixtures" / name / "articles").mkdir(parents=True)
        if name != "notes":
            (tmp_path / "tests" / "fixtures" / name / "gold").mkdir()
    assert list(annotated_corpora(tmp_path)) == ["sample", "dev2", "dev10", "holdout"]


def test_the_summary_has_a_line_per_corpus() -> None:
    lines = format_summary({"dev": _figures(0.9, (4, 5))}).splitlines()
    assert lines[0].split() == ["corpus", "prod", "trade", "agree", "comp", "ctry", "period", "count", "pub", "dup"]
    assert lines[1].split() == ["dev", "0.900", "1.000", "1.000", "1.000", "1.000", "4/5", "2/2", "3/3", "0"]


def test_against_an_earlier_run_shows_what_changed() -> None:
    text = format_summary({"dev": _figures(0.95, (5, 5)), "dev2": _figures(1.0, (1, 1))},
                          against={"dev": _figures(0.9, (4, 5))})
    dev, dev2 = text.splitlines()[1:]
    assert "0.950 (+0.050)" in dev and "5/5 (4/5)" in dev and "1.000 (" not in dev
    assert "(new)" in dev2
