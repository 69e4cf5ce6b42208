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


# (rewrite, as written, rewritten): what each rewrite must change and what it must leave alone
CASES = [
    ("header_dates_day_first", "May 3, 2024 09:40 | Auto", "03.05.2024 09:40 | Auto"),
    ("header_dates_day_first", "Published: 2 March 2023, Updated: 3 March 2023", "Published: 02.03.2023, Updated: 03.03.2023"),
    ("header_dates_day_first", "18.05.2024 09:40 | Auto", "18.05.2024 09:40 | Auto"),
    ("decimal_comma", "1,250 million", "1,250 million"),          # a thousands separator, not a decimal
    ("decimal_comma", "in 2023.5", "in 2023.5"),
    ("decimal_comma", "2.75 billion", "2,75 billion"),
    ("counts_as_words", "signed 21 agreements", "signed 21 agreements"),   # no word for it in the table
    ("counts_as_words", "signed 12 cooperation documents", "signed twelve cooperation documents"),
    ("counts_as_words", "in 12 months", "in 12 months"),
    ("long_state_names", "trade between Kazakhstan and Iran",
     "trade between the Republic of Kazakhstan and the Islamic Republic of Iran"),
    ("long_state_names", "a contract with Stadler Kazakhstan for trains", "a contract with Stadler Kazakhstan for trains"),
    ("long_state_names", "Kazakhstan Temir Zholy carried it", "Kazakhstan Temir Zholy carried it"),
    ("long_state_names", "the Uzbekistan-Tajikistan Investment Company", "the Uzbekistan-Tajikistan Investment Company"),
    ("long_state_names", "the Russia-Iran corridor", "the Russia-Iran corridor"),
]


@pytest.mark.parametrize("name, written, rewritten", CASES)
def test_rewrite_cases(name, written, rewritten) -> None:
    from evaluation.rewrites import BY_NAME
    assert BY_NAME[name].apply(written) == rewritten
