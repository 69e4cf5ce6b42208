"""The named company rules (extraction/entities/company_rules.py), each with a table of invented
sentences: the companies it finds (and the country it gives them), and sentences where it must
find none. Names are invented so that only the rule, not the gazetteer, can find them."""
from __future__ import annotations

import pytest

from extraction.entities.analysis import analyse
from extraction.entities.company_rules import LEGAL_FORM_RULE, RULES
from extraction.sentences import split_sentences


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(name, country, rule) of every company found by a rule, in text order."""
    starts = tuple(s.start for s in split_sentences(text))
    companies, _, _ = analyse(text, starts)
    return [(h.name, h.code, h.rule) for h in companies if h.rule]


# rule -> [(sentence, [(name, country)] found by that rule)]
FOUND: dict[str, list[tuple[str, list[tuple[str, str | None]]]]] = {
    LEGAL_FORM_RULE: [
        ("Zarmed Invest LLC opened a line.", [("Zarmed Invest LLC", None)]),
        ("A deal between Uzbekistan's Zarmed Invest LLC and Azerbaijan's Qala Insaat LLC.",
         [("Zarmed Invest LLC", "UZ"), ("Qala Insaat LLC", "AZ")]),
        ("PJSC Qorgan Avto raised output.", [("PJSC Qorgan Avto", None)]),
        ("Loans went to Tengri Leasing JSC and Sayram Agro LLP.",
         [("Tengri Leasing JSC", None), ("Sayram Agro LLP", None)]),
        ("Hunan Qiaolin Motor Co., Ltd. will supply kits.", [("Hunan Qiaolin Motor Co., Ltd.", "CN")]),
        ("The Tajik Aluminium Company cut output.", [("Tajik Aluminium Company", "TJ")]),
        ("Holding Asia Group Tajikistan bought a stake.", [("Holding Asia Group Tajikistan", "TJ")]),
        ("Qorgan Tashkent LLC signed.", [("Qorgan Tashkent LLC", "UZ")]),
    ],
    "local company": [
        ("Geely Tajikistan will assemble cars.", [("Geely Tajikistan", "TJ")]),
        ("Changan Qazaqstan sold more cars.", [("Changan Qazaqstan", "KZ")]),
        ("Hyundai Almaty opened a showroom.", [("Hyundai Almaty", "KZ")]),
    ],
    "head word": [
        ("Fujiyama Hengshan Investment is building a mill.", [("Fujiyama Hengshan Investment", None)]),
        ("Loulan Group plans a park.", [("Loulan Group", None)]),
        ("Orzu Motors opened a dealership.", [("Orzu Motors", None)]),
        ("Qorgan Tractor Works made 500 tractors.", [("Qorgan Tractor Works", None)]),
        ("Tashkent Cable Plant", []),                     # a headline-like line: legal forms only
        ("Output at Sayram Automobile Plant rose.", [("Sayram Automobile Plant", None)]),
        ("Loulan Group Kazakhstan opened an office.", [("Loulan Group Kazakhstan", "KZ")]),
    ],
    "described before": [
        ("The Chinese carmaker Zhaoyang will open a plant.", [("Zhaoyang", "CN")]),
        ("He met the company Qorgan last year.", [("Qorgan", None)]),
        ("The Kazakh manufacturer Sarybel Trans said so.", [("Sarybel Trans", "KZ")]),
    ],
    "described after": [
        ("Qorgan Trans, a subsidiary of the group, agreed.", [("Qorgan Trans", None)]),
        ("Zhaoyang, a Chinese maker of buses, agreed.", [("Zhaoyang", "CN")]),
        ("Qorgan is the largest company in the region.", [("Qorgan", None)]),
    ],
}

# rule -> sentences in which it must find no company
NOT_FOUND: dict[str, list[str]] = {
    LEGAL_FORM_RULE: [
        "The Kazakh National Company said so.",             # only a nationality and generic words
        "President Company of the year.",                   # a title in the name
        "Company officials agreed.",                        # a legal form alone
    ],
    "local company": [
        "Kia Tashkent Qorgan Samarkand Bukhara said so.",  # more than a place after the known name
    ],
    "person": [
        "President Alim Qorgan met Deputy Chairman Sardor Tali.",
        "CEO Anvar Tali said so.",
    ],
    "head word": [
        "The Working Group met.",                           # no distinctive word
        "Chinese Investment grew.",
        "The Automobile Plant opened.",
        "The Economic Zones Development Agency said.",      # an organisation head
    ],
    "described before": [
        "The company Kazakhstan grew.",                     # only a country
        "The firm National said so.",                       # nothing distinctive
    ],
    "described after": [
        "Almaty, the largest company town, grew.",          # a place
        "Tashkent is the largest producer in the region.",
    ],
}


def test_every_rule_has_examples() -> None:
    rules = {LEGAL_FORM_RULE} | {name for name, _ in RULES}
    assert set(FOUND) | {"person"} == rules
    assert set(NOT_FOUND) == rules


@pytest.mark.parametrize("rule, sentence, expected",
                         [(rule, s, e) for rule, rows in FOUND.items() for s, e in rows])
def test_rule_finds(rule: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    got = found(sentence)
    assert [(name, code) for name, code, _ in got] == expected
    assert all(r == rule for _, _, r in got)


@pytest.mark.parametrize("rule, sentence", [(rule, s) for rule, rows in NOT_FOUND.items() for s in rows])
def test_rule_finds_nothing(rule: str, sentence: str) -> None:
    assert found(sentence) == []
