"""The meaning-preserving rewrites (evaluation/rewrites.py): each one's own example, and what
every one of them must leave alone."""
import pytest

from evaluation.rewrites import REWRITES, rewrite_article

BODY_REWRITES = [r for r in REWRITES if r.where == "body"]


@pytest.mark.parametrize("rewrite", REWRITES, ids=lambda r: r.name)
def test_a_rewrite_does_what_its_example_says(rewrite) -> None:
    before, after = rewrite.example
    assert rewrite.apply(before) == after


@pytest.mark.parametrize("rewrite", BODY_REWRITES, ids=lambda r: r.name)
def test_the_headline_and_header_stay_as_written(rewrite) -> None:
    before, after = rewrite.example
    text = f"{before}\n\n17 May 2023 | Economy\n{before}"
    assert rewrite_article(text, rewrite) == f"{before}\n\n17 May 2023 | Economy\n{after}"


@pytest.mark.parametrize("rewrite", BODY_REWRITES, ids=lambda r: r.name)
def test_company_names_years_and_dates_are_kept(rewrite) -> None:
    text = "Kazakhstan Temir Zholy and Uzbekistan Airways signed it on 12 May 2023 in 2023."
    assert rewrite.apply(text) == text


@pytest.mark.parametrize("rewrite", [r for r in REWRITES if r.where == "header"], ids=lambda r: r.name)
def test_a_header_rewrite_changes_the_date_line_only(rewrite) -> None:
    before, after = rewrite.example
    body = "Trade reached $1.2 billion on 12 May 2023."
    text = f"Headline of 12 May 2023\n\n{before}\n{body}"
    assert rewrite_article(text, rewrite) == f"Headline of 12 May 2023\n\n{after}\n{body}"


@pytest.mark.parametrize("written, day_first", [
    ("May 3, 2024 09:40 | Auto", "03.05.2024 09:40 | Auto"),
    ("Published: 2 March 2023, Updated: 3 March 2023", "Published: 02.03.2023, Updated: 03.03.2023"),
    ("18.05.2024 09:40 | Auto", "18.05.2024 09:40 | Auto"),
])
def test_header_dates_day_first(written, day_first) -> None:
    from evaluation.rewrites import BY_NAME
    assert BY_NAME["header_dates_day_first"].apply(written) == day_first


@pytest.mark.parametrize("written, rewritten", [
    ("1,250 million", "1,250 million"),          # a thousands separator, not a decimal
    ("in 2023.5", "in 2023.5"),
    ("2.75 billion", "2,75 billion"),
])
def test_decimal_comma_leaves_what_would_change_meaning(written, rewritten) -> None:
    from evaluation.rewrites import BY_NAME
    assert BY_NAME["decimal_comma"].apply(written) == rewritten


@pytest.mark.parametrize("written, rewritten", [
    ("signed 21 agreements", "signed 21 agreements"),       # no word for it in the table: kept
    ("signed 12 cooperation documents", "signed twelve cooperation documents"),
    ("in 12 months", "in 12 months"),
])
def test_counts_as_words(written, rewritten) -> None:
    from evaluation.rewrites import BY_NAME
    assert BY_NAME["counts_as_words"].apply(written) == rewritten


@pytest.mark.parametrize("written, rewritten", [
    ("trade between Kazakhstan and Iran", "trade between the Republic of Kazakhstan and the Islamic Republic of Iran"),
    ("a contract with Stadler Kazakhstan for trains", "a contract with Stadler Kazakhstan for trains"),
    ("Kazakhstan Temir Zholy carried it", "Kazakhstan Temir Zholy carried it"),
])
def test_long_state_names_leave_company_names(written, rewritten) -> None:
    from evaluation.rewrites import BY_NAME
    assert BY_NAME["long_state_names"].apply(written) == rewritten
