"""Companies named only by their role in the sentence (invented names, so only the mechanism can find
them): the party of an agreement ("a contract with X"), the maker or builder ("constructed by X"), the
subject of investing, building or making ("X will build"), and a short form of a known company's
name given in full in the same text."""
from __future__ import annotations

import pytest

from extraction.entities.analysis import analyse
from extraction.sentences import split_sentences


def names(text: str) -> list[str]:
    starts = tuple(s.start for s in split_sentences(text))
    companies, _, _ = analyse(text, starts)
    return [h.name for h in companies]


FOUND = [
    # party of an agreement
    ("The ministry signed an agreement with Quorvex.", "Quorvex"),
    ("A memorandum was signed on Monday with Quorvex Energy.", "Quorvex Energy"),
    ("The deal with Pelvaro covers 100 locomotives.", "Pelvaro"),
    ("The region has a contract with Italy's Pelvaro.", "Pelvaro"),
    ("Uzbekistan signed with Tarvelo Rail for 40 wagons.", "Tarvelo Rail"),
    # maker, builder, supplier
    ("The equipment was supplied by Moravik.", "Moravik"),
    ("The terminal was constructed by Brentolo.", "Brentolo"),
    ("The turbines were delivered by Velkaro of Denmark.", "Velkaro"),
    ("The line was designed by the Ostrava Kelmo.", "Ostrava Kelmo"),
    # subject of investing, building, making
    ("Mirvalta invested $50 million in the project.", "Mirvalta"),
    ("Mirvalta will build a plant in Samarkand.", "Mirvalta"),
    ("Mirvalta built a plant in Samarkand in 2019.", "Mirvalta"),
    ("Dovrena plans to invest $20 million.", "Dovrena"),
    ("Kestrava has opened a new assembly line.", "Kestrava"),
    ("Sarvo Tekstil manufactures yarn for export.", "Sarvo Tekstil"),
    ("Kestrava assembles tractors in Jizzakh.", "Kestrava"),
]
NOT_FOUND = [
    ("Locally assembled models now lead sales.", "Locally"),
    ("The plant supplies the T10X electric SUV assembled at the campus.", "SUV"),
    ("Mamin and Yutong chairman Tan Varo opened a CKD line at the plant.", "Tan Varo"),
    ("They signed a memorandum with the Electric Power Planning and Design Institute.", "Electric Power Planning"),
    ("The initiative came from Hasan Varoglu, a native of the town.", "Hasan Varoglu"),
    ("A memorandum on cooperation between Meghrit and the Aras zone was signed.", "Meghrit"),
    ("President Volkar said Volkar invested in the region.", "Volkar"),
    ("The deal was signed in Samarkand with the ministry.", "Samarkand"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_found_by_role(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_not_a_company(text: str, name: str) -> None:
    assert name not in names(text)


def test_short_form_of_known_company_is_that_company() -> None:
    text = "Great Wall Motor Co., Ltd. built a plant. Great Wall has invested $500 million in it."
    found = names(text)
    assert len(set(found)) == 1
