"""The public API of fact extraction: pure, verbatim evidence, empty in, empty out."""
from datetime import date

from facts_helpers import facts_of
from extraction.facts import extract_facts
from extraction.records import CleanArticle, Facts

TEXT = ("Trade between Kazakhstan and Georgia reached $1.2 billion in 2023. "
        "The Orda Auto factory in Shymkent can produce 25,000 cars a year. "
        "Orda Auto and Caspian Wheels signed a memorandum on engine supplies.")


def test_empty_article_gives_empty_facts() -> None:
    assert extract_facts(CleanArticle("x", "", None, None, None, None), [], [], []) == Facts()


def test_evidence_is_the_verbatim_sentence() -> None:
    facts = facts_of(TEXT)
    rows = facts.trade + facts.production + facts.agreements + facts.plants
    assert len(rows) == 4
    for row in rows:
        assert row.evidence in TEXT and row.evidence.endswith(".")


def test_pure_same_input_same_output() -> None:
    assert facts_of(TEXT) == facts_of(TEXT)


def test_no_publication_date_leaves_relative_years_open() -> None:
    rows = facts_of("Last year the Almaty plant built 9,000 cars.", published=None).production
    assert [(r.quantity, r.target_year) for r in rows] == [(9000, None)]


def test_text_without_figures_or_agreements_gives_nothing() -> None:
    assert facts_of("Roll the dough thinly and serve the broth in small bowls.", published=date(2024, 1, 1)) == Facts()
