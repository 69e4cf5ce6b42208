"""Sentence splitting keeps offsets so evidence is a verbatim slice."""
from extraction.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_slice_the_text() -> None:
    text = "First one. Second one!\n\nThird “quoted.” Fourth?"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert texts(text) == ["First one.", "Second one!", "Third “quoted.”", "Fourth?"]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    assert texts("Chery Automobile Co. and A. Morozov met. Trade rose 1.5 times in Sept. 2023 to $2.5 bn.") == [
        "Chery Automobile Co. and A. Morozov met.",
        "Trade rose 1.5 times in Sept. 2023 to $2.5 bn.",
    ]


def test_line_breaks_end_sentences() -> None:
    assert texts("Headline without period\nBody starts here. Ends.") == [
        "Headline without period", "Body starts here.", "Ends."]
    assert [s.sentence_no for s in split_sentences("A. B.\nC.")] == [0, 1]


def test_a_list_line_keeps_its_number() -> None:
    text = "The largest partners were:\n1. China - $2.1 billion.\n12. Georgia - $5 million\nb. Turkey: $3 million"
    assert [s.text for s in split_sentences(text)] == [
        "The largest partners were:", "1. China - $2.1 billion.", "12. Georgia - $5 million", "b. Turkey: $3 million"]
