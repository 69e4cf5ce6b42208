"""The meaning-preserving rewrites (evaluation/rewrites.py): each one's own example, and what
every one of them must leave alone."""
import pytest

from evaluation.rewrites import REWRITES, rewrite_article


@pytest.mark.parametrize("rewrite", REWRITES, ids=lambda r: r.name)
def test_a_rewrite_does_what_its_example_says(rewrite) -> None:
    before, after = rewrite.example
    assert rewrite.apply(before) == after


@pytest.mark.parametrize("rewrite", REWRITES, ids=lambda r: r.name)
def test_the_headline_and_header_stay_as_written(rewrite) -> None:
    before, after = rewrite.example
    text = f"{before}\n\n17 May 2023 | Economy\n{before}"
    assert rewrite_article(text, rewrite) == f"{before}\n\n17 May 2023 | Economy\n{after}"


@pytest.mark.parametrize("rewrite", REWRITES, ids=lambda r: r.name)
def test_company_names_years_and_dates_are_kept(rewrite) -> None:
    text = "Kazakhstan Temir Zholy and Uzbekistan Airways signed it on 12 May 2023 in 2023."
    assert rewrite.apply(text) == text
