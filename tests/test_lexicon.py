"""The shared vocabulary (extraction/lexicon.py)."""
import pytest

from extraction.lexicon import alternation, month_number


@pytest.mark.parametrize("word, n", [("January", 1), ("jan", 1), ("Sept.", 9), ("sep", 9), ("May", 5),
                                     ("DECEMBER", 12), ("Mayor", None), ("", None)])
def test_month_number(word: str, n: int | None) -> None:
    assert month_number(word) == n


def test_alternation_tries_longer_words_first() -> None:
    assert alternation(["Sep", "Sept", "September"]) == "September|Sept|Sep"
