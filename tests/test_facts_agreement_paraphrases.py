"""Agreements told in other words than the ones their rules were made for: without the word
"agreement" (agreed on, chosen for a job, a supply promised, a tender won), counts (digits, words,
"two dozen", "more than ten", two nouns), status (signed at a place and day; expected, set, planned
to sign, shared by coordinated nouns), kinds (partnership, cooperation programme, roadmap, plan of
action), and layouts (a key-figures box). Invented sentences; (type, status, count, companies,
countries) expected, or [] when no agreement is told."""
from __future__ import annotations

import pytest

from facts_helpers import facts_of

Row = tuple[str, str, int, set[str], set[str]]

CASES: list[tuple[str, list[Row]]] = [
    # --- agreed on what, two parties named before the verb
    ("Orda Auto and Dragon Trucks agreed on supplies of 500 engines a year.",
     [("contract", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"})]),
    ("Caspian Wheels and Kartli Motors have agreed upon the joint production of wheels.",
     [("agreement", "signed", 1, {"Caspian Wheels", "Kartli Motors"}, {"AZ", "GE"})]),
    # --- a supply promised by one company to another
    ("Dragon Trucks will supply Orda Auto with 2,000 truck chassis.",
     [("contract", "signed", 1, {"Dragon Trucks", "Orda Auto"}, {"CN", "KZ"})]),
    ("Caspian Wheels is to deliver 300 wheel sets to Kartli Motors.",
     [("contract", "signed", 1, {"Caspian Wheels", "Kartli Motors"}, {"AZ", "GE"})]),
    ("Altyn Tyre has agreed to provide Steppe Motors with tyres.",
     [("contract", "signed", 1, {"Altyn Tyre", "Steppe Motors"}, {"KZ"})]),
    # --- chosen for a job, a tender won
    ("Dragon Trucks was chosen to build a truck plant in Shymkent.",
     [("contract", "signed", 1, {"Dragon Trucks"}, {"CN", "KZ"})]),
    ("Caspian Wheels has been selected as the general contractor for the Baku depot.",
     [("contract", "signed", 1, {"Caspian Wheels"}, {"AZ"})]),
    ("Steppe Motors picked Dragon Trucks to supply engines.",
     [("contract", "signed", 1, {"Steppe Motors", "Dragon Trucks"}, {"KZ", "CN"})]),
    ("Dragon Trucks won a tender to build a plant in Almaty.",
     [("contract", "signed", 1, {"Dragon Trucks"}, {"CN", "KZ"})]),
    # --- counts
    ("Kazakhstan and Georgia signed 12 documents.", [("agreement", "signed", 12, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia signed a package of two dozen agreements.",
     [("agreement", "signed", 24, set(), {"KZ", "GE"})]),
    ("Half a dozen documents were signed by Kazakhstan and Georgia.",
     [("agreement", "signed", 6, set(), {"KZ", "GE"})]),
    ("More than ten documents were signed between Kazakhstan and Georgia.",
     [("agreement", "signed", 10, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia signed an agreement and a memorandum.",
     [("agreement", "signed", 1, set(), {"KZ", "GE"}), ("memorandum", "signed", 1, set(), {"KZ", "GE"})]),
    # --- status
    ("The roadmap between Kazakhstan and Georgia was signed in Tbilisi on 21 January.",
     [("roadmap", "signed", 1, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia are expected to sign a roadmap.", [("roadmap", "proposed", 1, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia are expected to sign an agreement and a memorandum during the visit.",
     [("agreement", "proposed", 1, set(), {"KZ", "GE"}), ("memorandum", "proposed", 1, set(), {"KZ", "GE"})]),
    ("A package of two dozen agreements is expected to be signed during the visit to Georgia by Kazakhstan.",
     [("agreement", "proposed", 24, set(), {"KZ", "GE"})]),
    # --- kinds
    ("Orda Auto and Dragon Trucks signed a partnership agreement.",
     [("partnership", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"})]),
    ("Kazakhstan and Georgia adopted a cooperation programme for 2024-2026.",
     [("action_plan", "signed", 1, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia signed a plan of action for 2025.", [("action_plan", "signed", 1, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia approved a road map on trade.", [("roadmap", "signed", 1, set(), {"KZ", "GE"})]),
    # --- a key-figures box: a short line with no stop that tells a count signed
    ("Kazakhstan and Georgia held talks in Tbilisi.\nKey figures:\n- 17 documents signed\n- $5 billion in deals",
     [("agreement", "signed", 17, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia held talks in Tbilisi.\nIn numbers\n17 documents signed\n",
     [("agreement", "signed", 17, set(), {"KZ", "GE"})]),
    # --- none: no agreement told
    ("Dragon Trucks supplies engines to many carmakers.", []),
    ("Orda Auto will supply the market with 2,000 cars.", []),                 # one company, no buyer
    ("The ministry selected ten sites for new plants.", []),                   # no company chosen
    ("Kazakhstan and Georgia agreed on the need to expand trade.", []),        # agreed on no deal
    ("Key figures\nAgreements signed", []),                                   # a heading, no count
]


@pytest.mark.parametrize("text,expected", CASES)
def test_agreement_paraphrase(text: str, expected: list[Row]) -> None:
    got = [(a.agreement_type, a.status, a.agreement_count, set(a.party_companies), set(a.party_countries))
           for a in facts_of(text).agreements]
    assert got == expected
