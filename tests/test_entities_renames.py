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




# A former name of seeds/company_former_names.csv: alone, the text is about the company as it was
# then and keeps the name; with its current company named anywhere in the text (any spelling), one
# company under the current name as written.
SEED_CASES = [
    ("UzDaewooAuto assembled 180,000 Nexia sedans in 2007 at its Asaka plant.",
     [("UzDaewooAuto", "UzDaewooAuto")]),
    ("Exports by UzDaewoo rose in 2006, and the carmaker plans a new model.",
     [("UzDaewoo", "UzDaewoo")]),
    ("UzAuto Motors exported 20,000 cars last year. Back in 2005, UzDaewooAuto made 90,000.",
     [("UzAuto Motors", "UzAuto Motors"), ("UzDaewooAuto", "UzAuto Motors")]),
    ("In 2012 General Motors Uzbekistan built 250,000 cars; UzAutoMotors now builds fewer.",
     [("General Motors Uzbekistan", "UzAutoMotors"), ("UzAutoMotors", "UzAutoMotors")]),
    ("The engines of GM Powertrain Uzbekistan go to UzAuto Motors Powertrain's buyers.",
     [("GM Powertrain Uzbekistan", "UzAuto Motors Powertrain"),
      ("UzAuto Motors Powertrain's", "UzAuto Motors Powertrain")]),
    # near misses: another company of the text is not the current one
    ("GM Powertrain Uzbekistan sold engines to UzAuto Motors in 2013.",
     [("GM Powertrain Uzbekistan", "GM Powertrain Uzbekistan"), ("UzAuto Motors", "UzAuto Motors")]),
    ("UzDaewooAuto bought kits from Daewoo in 1998.",
     [("UzDaewooAuto", "UzDaewooAuto"), ("Daewoo", "Daewoo")]),
]


@pytest.mark.parametrize("text, expected", CASES + SEED_CASES)
def test_former_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected
