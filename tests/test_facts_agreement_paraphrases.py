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
     [("program", "signed", 1, set(), {"KZ", "GE"})]),
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
    # --- an agreement ended is no agreement made, nor is a venture created under it
    ("In 2016 a Kazakh court cancelled the agreement under which the joint venture had been set up.", []),
    ("In 2019 Georgia terminated the contract with Dragon Trucks to build the depot.", []),
    ("The production sharing agreement with Orda Auto was annulled in 2018, the ministry said.", []),
    ("Kazakhstan withdrew from the treaty with Georgia in 2021.", []),
    ("The memorandum signed in 2015 has since been revoked by Georgia.", []),
    # --- what a package told before is made of: its counted parts are no rows of their own; a document
    # named singly in it is one of the listed documents
    ("Kazakhstan and Georgia signed 12 documents. The package consists of 10 agreements and two memorandums.",
     [("agreement", "signed", 12, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia signed 12 documents. The documents, signed in Tbilisi, comprise nine agreements "
     "and a treaty on extradition.",
     [("agreement", "signed", 12, set(), {"KZ", "GE"}), ("treaty", "signed", 1, set(), {"KZ", "GE"})]),
    ("Kazakhstan and Georgia signed 12 documents. These papers are made up of eight agreements and four "
     "memorandums.", [("agreement", "signed", 12, set(), {"KZ", "GE"})]),
    # near-miss: more documents signed apart from the package
    ("Kazakhstan and Georgia signed 12 documents. Separately, the ministries signed two memorandums.",
     [("agreement", "signed", 12, set(), {"KZ", "GE"}), ("memorandum", "signed", 2, set(), {"KZ", "GE"})]),
    # near-miss: a new deal after the old one ended
    ("Georgia scrapped the old contract, and Dragon Trucks signed a new contract with Orda Auto.",
     [("contract", "signed", 1, {"Dragon Trucks", "Orda Auto"}, {"GE", "CN", "KZ"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_agreement_paraphrase(text: str, expected: list[Row]) -> None:
    got = [(a.agreement_type, a.status, a.agreement_count, set(a.party_companies), set(a.party_countries))
           for a in facts_of(text).agreements]
    assert got == expected


# One table across the forms an agreement is reported in: kinds (memorandum, roadmap, contract, joint
# venture, framework agreement, a package of documents), verbs of signing ("inked", "sealed", "struck a
# deal", "put pen to paper", "concluded", passive "were signed"), counts in words, values in other
# currencies, status (planned, negotiated, signed), parties told by a buyer state ("agreed to sell
# Mongolia"), by an office holder introduced before ("Kazakh President X ... X signed"), by the
# article's pair ("Contracts worth $31 million were signed"); and what is no agreement: relations,
# anniversaries, memberships, a refusal. Invented sentences; rows as in CASES, plus the value.
FormRow = tuple[str, str, int, set[str], set[str], float | None, str | None]

_PAIR = "Kazakhstan and Georgia held talks in Astana. "

FORMS: list[tuple[str, list[FormRow]]] = [
    ("Kazakhstan and Georgia signed a memorandum of understanding on transit.",
     [("memorandum", "signed", 1, set(), {"KZ", "GE"}, None, None)]),
    ("Orda Auto and Dragon Trucks inked a contract for 300 trucks.",
     [("contract", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"}, None, None)]),
    ("Orda Auto sealed a deal with Dragon Trucks worth 40 million euros.",
     [("agreement", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"}, 40e6, "EUR")]),
    ("Dragon Trucks struck a deal with Steppe Motors to assemble buses.",
     [("agreement", "signed", 1, {"Dragon Trucks", "Steppe Motors"}, {"CN", "KZ"}, None, None)]),
    ("Uzbekistan and Kazakhstan put pen to paper on a roadmap for industrial cooperation.",
     [("roadmap", "signed", 1, set(), {"UZ", "KZ"}, None, None)]),
    ("A framework agreement was signed between Azerbaijan and Georgia.",
     [("agreement", "signed", 1, set(), {"AZ", "GE"}, None, None)]),
    ("Orda Auto and Dragon Trucks set up a joint venture to make engines.",
     [("joint_venture", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"}, None, None)]),
    ("Kazakhstan and Georgia signed a package of fifteen documents.",
     [("agreement", "signed", 15, set(), {"KZ", "GE"}, None, None)]),
    ("Three memoranda were signed between Uzbekistan and Russia.",
     [("memorandum", "signed", 3, set(), {"UZ", "RU"}, None, None)]),
    ("Orda Auto signed a contract worth 2 billion tenge with Altyn Tyre.",
     [("contract", "signed", 1, {"Orda Auto", "Altyn Tyre"}, {"KZ"}, 2e9, "KZT")]),
    ("Twelve agreements worth $1.2 billion were signed during the visit of the Uzbek president to Kazakhstan.",
     [("agreement", "signed", 12, set(), {"UZ", "KZ"}, 1.2e9, "USD")]),
    ("Russia and Mongolia concluded an agreement on fuel supplies.",
     [("agreement", "signed", 1, set(), {"RU", "MN"}, None, None)]),
    ("Caspian Wheels and Kartli Motors reached an agreement on joint production of wheels.",
     [("agreement", "signed", 1, {"Caspian Wheels", "Kartli Motors"}, {"AZ", "GE"}, None, None)]),
    ("Orda Auto and Dragon Trucks entered into a strategic partnership.",
     [("partnership", "signed", 1, {"Orda Auto", "Dragon Trucks"}, {"KZ", "CN"}, None, None)]),
    # --- planned, negotiated
    ("Kazakhstan and Georgia plan to sign a free trade agreement next year.",
     [("agreement", "proposed", 1, set(), {"KZ", "GE"}, None, None)]),
    ("Uzbekistan and Kyrgyzstan are negotiating a border agreement.",
     [("agreement", "negotiating", 1, set(), {"UZ", "KG"}, None, None)]),
    ("Uzbekistan and Russia held talks on a gas deal.",
     [("agreement", "negotiating", 1, set(), {"UZ", "RU"}, None, None)]),
    # --- a company's promise to a state: the seller's contract with that state's buyer
    ("Orda Auto agreed to sell Mongolia six trucks.", [("contract", "signed", 1, {"Orda Auto"}, {"KZ", "MN"}, None, None)]),
    ("Dragon Trucks has agreed to supply Uzbekistan with 200 buses.",
     [("contract", "signed", 1, {"Dragon Trucks"}, {"CN", "UZ"}, None, None)]),
    ("Silk Road Tractors agrees to deliver 80 tractors to Kyrgyzstan.",
     [("contract", "signed", 1, {"Silk Road Tractors"}, {"UZ", "KG"}, None, None)]),
    # --- the signer an office holder the article introduced with the state
    ("Kazakh President Kassym Tokayev arrived in Tbilisi. Tokayev signed a package of documents with Georgia.",
     [("agreement", "signed", 1, set(), {"GE", "KZ"}, None, None)]),
    ("The President of Azerbaijan, Ilham Aliyev, arrived in Tbilisi. Georgia and Aliyev signed a roadmap.",
     [("roadmap", "signed", 1, set(), {"GE", "AZ"}, None, None)]),
    # --- no party named: the two states the article is about
    (_PAIR + "Contracts worth $31 million were signed at the business forum.",
     [("contract", "signed", 1, set(), {"KZ", "GE"}, 31e6, "USD")]),
    (_PAIR + "Agreements were signed in Tbilisi.", [("agreement", "signed", 1, set(), {"GE", "KZ"}, None, None)]),
    # --- none
    ("Kazakhstan and Georgia marked the 30th anniversary of diplomatic relations.", []),
    ("Kazakhstan and Georgia established diplomatic relations in 1992.", []),
    ("Kazakhstan and Georgia have strong relations.", []),
    ("Kazakhstan joined the Eurasian Economic Union in 2015.", []),
    ("Georgia is a member of the agreement on the Eurasian corridor.", []),
    ("Uzbekistan and Azerbaijan did not sign the agreement.", []),
    ("Dragon Trucks will supply Uzbekistan with 200 buses.", []),               # a forecast, no deal agreed
    ("Kazakhstan agreed to supply Uzbekistan with gas.", []),                   # states' trade, no company
    (_PAIR + "The club signed contracts with two players.", []),              # no sum: not the states' deals
    ("Kazakh President Kassym Tokayev arrived. Tokayev praised the bilateral ties.", []),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_agreement_form(text: str, expected: list[FormRow]) -> None:
    got = [(a.agreement_type, a.status, a.agreement_count, set(a.party_companies), set(a.party_countries),
            a.value_amount, a.value_currency) for a in facts_of(text).agreements]
    assert got == expected
