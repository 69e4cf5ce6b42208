"""Former names (extraction/entities/renames.py): a table of invented sentences and the name every
company mention gets (a former name takes the current one)."""
from __future__ import annotations

import pytest

from extraction.entities import find_mentions
from extraction.sentences import split_sentences


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_mentions(text, split_sentences(text)) if m.entity_type == "company"]


CASES = [
    # the current name after the former one
    ("Zarvo Avto LLC, later renamed Qorgan Motors, made buses.",
     [("Zarvo Avto LLC", "Qorgan Motors"), ("Qorgan Motors", "Qorgan Motors")]),
    ("Zarvo Avto LLC was renamed Qorgan Motors LLC in 2010.",
     [("Zarvo Avto LLC", "Qorgan Motors LLC"), ("Qorgan Motors LLC", "Qorgan Motors LLC")]),
    # the former name after the current one; its later mentions too
    ("Qorgan Motors (formerly Zarvo Avto LLC) makes buses. Zarvo Avto LLC made 50.",
     [("Qorgan Motors", "Qorgan Motors"), ("Zarvo Avto LLC", "Qorgan Motors"), ("Zarvo Avto LLC", "Qorgan Motors")]),
    ("SamAuto grew out of Zarvokoch, a joint venture set up in 1996.",
     [("SamAuto", "SamAuto"), ("Zarvokoch", "SamAuto")]),
    # "the company was renamed": the last company found by pattern before it
    ("It opened as Zarvokoch, a joint venture between UzAvtoSanoat and Koc Holding. UzAvtoSanoat bought out "
     "the partners, and the company was renamed SamAuto.",
     [("Zarvokoch", "SamAuto"), ("UzAvtoSanoat", "UzAvtoSanoat"), ("Koc Holding", "Koc Holding"),
      ("UzAvtoSanoat", "UzAvtoSanoat"), ("SamAuto", "SamAuto")]),
    # no rename
    ("Kia, now Hyundai's partner, grew.", [("Kia", "Kia"), ("Hyundai's", "Hyundai")]),
    ("Qorgan Motors LLC previously sold cars to Zarvo Avto LLC.",
     [("Qorgan Motors LLC", "Qorgan Motors LLC"), ("Zarvo Avto LLC", "Zarvo Avto LLC")]),
    ("Zarvo Avto LLC and Qorgan Motors LLC signed.",
     [("Zarvo Avto LLC", "Zarvo Avto LLC"), ("Qorgan Motors LLC", "Qorgan Motors LLC")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_former_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected
