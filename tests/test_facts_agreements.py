"""Agreements: type, status, date, count, value, parties, merging; generic talk gives nothing."""
from datetime import date

import pytest

from facts_helpers import facts_of


def agreements(text, **kw):
    return facts_of(text, **kw).agreements


def one(text, **kw):
    found = agreements(text, **kw)
    assert len(found) == 1, found
    return found[0]


def test_memorandum_signed_on_a_day_with_both_companies() -> None:
    a = one("On March 3, 2024, Orda Auto and Caspian Wheels signed a memorandum of understanding on engine supplies.")
    assert (a.agreement_type, a.status, a.signed_date, a.date_precision) == ("memorandum", "signed", date(2024, 3, 3), "day")
    assert set(a.party_companies) == {"Orda Auto", "Caspian Wheels"}
    assert set(a.party_countries) == {"KZ", "AZ"}
    assert a.subject == "engine supplies"


def test_month_date_is_first_of_month() -> None:
    a = one("In June 2023 Kazakhstan and Georgia signed a roadmap for transit cooperation.")
    assert (a.agreement_type, a.signed_date, a.date_precision) == ("roadmap", date(2023, 6, 1), "month")


def test_proposed_joint_venture() -> None:
    a = one("Steppe Motors plans to set up a joint venture with a Turkish partner.")
    assert (a.agreement_type, a.status) == ("joint_venture", "proposed")
    assert "Steppe Motors" in a.party_companies and "TR" in a.party_countries


def test_talks_are_negotiating() -> None:
    a = one("Orda Auto is in talks with Dragon Trucks on a supply contract.")
    assert (a.agreement_type, a.status) == ("contract", "negotiating")


def test_count_and_value() -> None:
    a = one("During the forum, 25 agreements worth $400 million were signed between Kazakhstan and Georgia.")
    assert (a.agreement_count, a.value_amount, a.value_currency, a.status) == (25, 4e8, "USD", "signed")
    assert set(a.party_countries) == {"KZ", "GE"}


def test_later_mentions_merge_into_one_agreement() -> None:
    text = ("Dragon Trucks and Silk Road Tractors formed a joint venture in Namangan. "
            "The venture will assemble trucks for Central Asia. "
            "The partners said the joint venture between Dragon Trucks and Silk Road Tractors would export.")
    a = one(text)
    assert (a.agreement_type, a.status) == ("joint_venture", "signed")
    assert set(a.party_companies) == {"Dragon Trucks", "Silk Road Tractors"}


def test_two_dated_agreements_stay_apart() -> None:
    text = ("In October 2006 a bilateral agreement between Kazakhstan and Georgia was concluded. "
            "A new agreement between Kazakhstan and Georgia was signed in May 2024.")
    assert [a.signed_date for a in agreements(text)] == [date(2006, 10, 1), date(2024, 5, 1)]


def test_the_two_countries_are_the_article_pair() -> None:
    text = ("Kazakhstan and Georgia discussed transit. Georgia wants more cargo. "
            "The foreign ministries of the two countries signed an action plan for 2024-2025.")
    a = one(text)
    assert a.agreement_type == "action_plan"
    assert set(a.party_countries) == {"KZ", "GE"}
    assert a.signed_date is None            # "for 2024-2025" is what the plan covers


def test_agreement_to_set_up_a_joint_company_is_a_joint_venture() -> None:
    a = one("Orda Auto and Dragon Trucks signed an agreement to set up a joint assembly company in Almaty.")
    assert a.agreement_type == "joint_venture"


def test_every_agreement_has_a_party() -> None:
    for a in agreements("Officials signed several documents. The deal was also signed."):
        assert a.party_companies or a.party_countries


def test_generic_cooperation_and_diplomacy_give_nothing() -> None:
    for text in ("Kazakhstan and Georgia discussed cooperation in transport and energy.",
                 "The president praised the strategic partnership between Kazakhstan and Georgia.",
                 "Orda Auto is not pursuing a partnership at this time.",
                 "Both countries are members of the Collective Security Treaty Organization.",
                 "Growing economic and trade partnerships in the region benefit everyone.",
                 "The striker signed a three-year contract with the club on Monday."):
        assert agreements(text) == [], text


def test_negated_agreement_in_talks_is_negotiating() -> None:
    text = ("Orda Auto is seeking to reach a deal with Dragon Trucks. "
            "While talks continue, no binding agreement has been announced.")
    found = agreements(text)
    assert len(found) == 1 and found[0].status == "negotiating"


def test_media_attribution_is_not_a_party() -> None:
    a = one("Caspian Wheels and Orda Auto signed a contract for 500 engines, Kartli Motors reported.")
    assert "Kartli Motors" not in a.party_companies


def test_signing_still_to_come_is_proposed() -> None:
    found = facts_of("Kazakhstan and Georgia agreed that a roadmap for machine building should be drafted "
                     "and signed at the next meeting of the commission.").agreements
    assert [(a.agreement_type, a.status) for a in found] == [("roadmap", "proposed")]
    found = facts_of("Orda Auto and Kartli Motors are preparing a roadmap, which is expected to be signed in "
                     "autumn.").agreements
    assert [a.status for a in found] == ["proposed"]


def test_exploring_a_joint_venture_is_proposed() -> None:
    found = facts_of("Orda Auto and Dragon Trucks are exploring a joint venture to assemble vans in Almaty.").agreements
    assert [(a.agreement_type, a.status) for a in found] == [("joint_venture", "proposed")]


def test_hedged_talks_with_no_named_deal_are_not_an_agreement() -> None:
    assert facts_of("The sides are still exploring options, but no binding agreement has been announced, "
                    "a Kazakh official said.").agreements == []


def test_company_history_is_not_an_agreement() -> None:
    assert facts_of("Steppe Motors, which traces its history to the Almaty venture founded in 1994, "
                    "employs 3,000 people.").agreements == []


def test_contract_beats_a_venture_that_describes_a_party() -> None:
    found = facts_of("Caspian Wheels is in talks with Dragon Trucks on supplying wheels to Dragon Trucks's joint "
                     "ventures in Kazakhstan, but no contract has been signed.").agreements
    assert [(a.agreement_type, a.status) for a in found] == [("contract", "negotiating")]


def test_local_supplier_takes_the_article_country() -> None:
    found = facts_of("Trade between Turkiye and Mongolia grew. Kartli Motors signed a contract worth $5 million "
                     "with Anadolu Parts A.S., a local supplier, for seats.").agreements
    assert found and "MN" not in found[-1].party_countries


@pytest.mark.parametrize("sentence, count", [
    ("Kazakhstan and Georgia signed 24 documents in Tbilisi.", 24),
    ("Seventy-six agreements were signed by Kazakhstan and Georgia.", 76),
    ("Kazakhstan and Georgia signed a dozen intergovernmental and interagency documents.", 12),
    ("In June 2022 a memorandum was signed by Kazakhstan and Georgia.", 1),
    ("The two leaders of Kazakhstan and Georgia signed the Treaty on Strategic Partnership.", 1),
    ("Kazakhstan and Georgia signed 10 cooperation documents, including a memorandum on trade.", 10),
    ("A forum of Kazakhstan and Georgia produced 58 deals worth $133 million: 52 export contracts and six "
     "loan agreements.", 58),
])
def test_agreement_count_comes_from_a_count(sentence: str, count: int) -> None:
    found = facts_of(sentence).agreements
    assert [a.agreement_count for a in found] == [count]


def test_items_after_including_are_part_of_the_package() -> None:
    found = facts_of("Kazakhstan and Georgia signed 10 documents, including a memorandum on trade.").agreements
    assert [(a.agreement_type, a.agreement_count) for a in found] == [("agreement", 10)]


@pytest.mark.parametrize("sentence", [
    "Over 500 joint ventures with Chinese capital have been registered in Kazakhstan.",
    "More than 370 joint ventures of Kazakhstan and Georgia now operate in the two countries.",
    "Kazakhstan and Georgia marked the 30th anniversary of their strategic partnership agreement.",
])
def test_statistics_and_history_are_not_agreements(sentence: str) -> None:
    assert facts_of(sentence).agreements == []


def test_a_joint_declaration_is_an_agreement_of_its_own_type() -> None:
    found = facts_of("Kazakhstan and Georgia signed a joint declaration on Friday.").agreements
    assert [(a.agreement_type, sorted(a.party_countries)) for a in found] == [("declaration", ["GE", "KZ"])]


def test_an_organisation_acting_signs_for_its_member_states() -> None:
    found = facts_of("Heads of state of the Organization of Turkic States signed twelve documents in Astana.",
                     published=date(2023, 11, 3)).agreements
    assert [(a.agreement_count, sorted(a.party_countries)) for a in found] == [(12, ["AZ", "KG", "KZ", "TR", "UZ"])]


def test_the_member_states_are_those_of_the_union_named_before() -> None:
    text = ("The Eurasian Economic Union held a summit in Moscow. In December the member states signed a free "
            "trade agreement with Mongolia.")
    found = facts_of(text, published=date(2024, 5, 8)).agreements
    assert sorted(found[0].party_countries) == ["AM", "BY", "KG", "KZ", "MN", "RU"]


def test_a_level_of_relations_is_not_an_agreement_but_the_statement_signed_is() -> None:
    text = ("Kazakhstan and China raised their relations to a comprehensive strategic partnership on Wednesday, "
            "when the presidents signed a joint statement.")
    assert [a.agreement_type for a in facts_of(text).agreements] == ["declaration"]
    text = "The relationship of Kazakhstan and China has evolved into a comprehensive strategic partnership."
    assert facts_of(text).agreements == []
    text = "The documents of Kazakhstan and China also included a strategic partnership in the nuclear industry."
    assert [a.agreement_type for a in facts_of(text).agreements] == ["partnership"]


# The lines of a counted package's list are documents of their own (one row each, besides the
# counted row), signed with the package, between its parties unless a line names its own.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Georgia signed twelve documents:\n1. an agreement on air services;\n"
     "2. a memorandum on trade;\n3. a memorandum on tourism.\n",
     [("agreement", 12, "signed", [], ["GE", "KZ"]), ("agreement", 1, "signed", [], ["GE", "KZ"]),
      ("memorandum", 1, "signed", [], ["GE", "KZ"]), ("memorandum", 1, "signed", [], ["GE", "KZ"])]),
    ("Kazakhstan and Georgia signed twelve documents in Tbilisi on Friday.\nWhat was signed\n"
     "The package includes:\n1. a protocol on cooperation between metrology institutions;\n"
     "2. an investment agreement between Orda Auto and Kartli Motors.\n",
     [("agreement", 12, "signed", [], ["GE", "KZ"]), ("protocol", 1, "signed", [], ["GE", "KZ"]),
      ("agreement", 1, "signed", ["Kartli Motors", "Orda Auto"], None)]),
    ("Heads of state of the Organization of Turkic States signed 14 documents in Astana.\n"
     "Ministers, for their part, signed:\n- a joint action plan for implementing the transport programme;\n"
     "- a memorandum on a green finance council.\n",
     [("agreement", 14, "signed", [], ["AZ", "KG", "KZ", "TR", "UZ"]),
      ("action_plan", 1, "signed", [], ["AZ", "KG", "KZ", "TR", "UZ"]),
      ("memorandum", 1, "signed", [], ["AZ", "KG", "KZ", "TR", "UZ"])]),
])
def test_the_lines_of_a_counted_package_are_documents_of_its_parties(text: str, expected: list) -> None:
    found = facts_of(text, published=date(2023, 11, 3)).agreements
    got = [(a.agreement_type, a.agreement_count, a.status, sorted(a.party_companies),
            sorted(a.party_countries) if e[4] is not None else None) for a, e in zip(found, expected)]
    assert len(found) == len(expected) and got == expected, found


def test_a_list_with_no_package_before_it_is_read_line_by_line() -> None:
    text = ("Trade between Kazakhstan and Georgia grew.\nAlso in the news:\n"
            "1. Orda Auto and Kartli Motors signed a memorandum on engines;\n2. a bridge was opened.\n")
    found = facts_of(text).agreements
    assert [(a.agreement_type, sorted(a.party_companies)) for a in found] == [
        ("memorandum", ["Kartli Motors", "Orda Auto"])]


# One sentence can coordinate several agreements of their own: each part with its own company,
# count, value or signing verb is one row; an item after "including" or a clause that only
# refers back is not.
@pytest.mark.parametrize("text, expected", [
    ("The ministry signed an agreement with Orda Auto on engines, as well as a memorandum with Dragon Trucks "
     "on buses.", [("agreement", ["Orda Auto"]), ("memorandum", ["Dragon Trucks"])]),
    ("The city agreed with Altyn Tyre to build a depot, and Steppe Motors and Kartli Motors signed an agreement "
     "on trucks.", [("agreement", ["Altyn Tyre"]), ("agreement", ["Kartli Motors", "Steppe Motors"])]),
    ("Kazakhstan and Georgia signed 15 documents, and agreements on investment worth $2 billion were concluded.",
     [("agreement", []), ("agreement", [])]),
    ("Kazakhstan and Georgia signed 10 documents, including a memorandum on trade.", [("agreement", [])]),
    ("The presidents of Kazakhstan and Georgia signed a joint statement and witnessed the signing of ten "
     "memoranda.", [("declaration", []), ("memorandum", [])]),
    ("Orda Auto and Kartli Motors signed a memorandum, and the deal will double output.",
     [("memorandum", ["Kartli Motors", "Orda Auto"])]),
])
def test_a_sentence_coordinating_agreements_gives_one_row_each(text: str, expected: list) -> None:
    found = facts_of(text).agreements
    assert [(a.agreement_type, sorted(a.party_companies)) for a in found] == expected, found


def test_coordinated_agreements_keep_the_date_of_the_sentence_opening_and_stay_apart_from_earlier_ones() -> None:
    text = ("Kazakhstan and Georgia signed an agreement on transit in 2021.\n"
            "In May 2023, in Tbilisi, the two leaders signed 15 documents, and agreements on investment worth "
            "$2 billion were concluded.\n")
    found = facts_of(text).agreements
    assert [(a.agreement_count, a.signed_date) for a in found] == [
        (1, date(2021, 1, 1)), (15, date(2023, 5, 1)), (1, date(2023, 5, 1))]


@pytest.mark.parametrize("text, expected", [
    # two deals that share one party are two deals
    ("Orda Auto and Kartli Motors signed an agreement on engines. Dragon Trucks and Kartli Motors signed an "
     "agreement on axles.", [["Kartli Motors", "Orda Auto"], ["Dragon Trucks", "Kartli Motors"]]),
    # the same two companies named again: one deal
    ("Orda Auto and Kartli Motors signed an agreement on engines. The agreement between Orda Auto and Kartli "
     "Motors runs to 2030.", [["Kartli Motors", "Orda Auto"]]),
    # "they": the parties of the deal just reported
    ("Orda Auto and Kartli Motors signed an agreement on engines in May 2024. At the same time they amended a "
     "2012 supply contract.", [["Kartli Motors", "Orda Auto"], ["Kartli Motors", "Orda Auto"]]),
])
def test_parties_tell_deals_apart_and_pronouns_name_the_parties_again(text: str, expected: list) -> None:
    found = facts_of(text).agreements
    assert [sorted(a.party_companies) for a in found] == expected, found


@pytest.mark.parametrize("text, expected", [
    ("Dragon Trucks has agreed to lend Orda Auto $50 million. The loan agreement was signed last week.",
     [["Dragon Trucks", "Orda Auto"]]),
    ("Dragon Trucks has agreed to lend Orda Auto $50 million. The supply contract was signed last week.",
     [["Dragon Trucks", "Orda Auto"]]),
    # a party of its own, or no company told just before: nothing borrowed
    ("Dragon Trucks has agreed to lend Orda Auto $50 million. The loan agreement with Kartli Motors was signed.",
     [["Kartli Motors"]]),
    ("Kazakhstan and Georgia met. Trade grew. The transit agreement was signed last week.", [[]]),
    # a new noun about what the sentence before named: "An agreement to set up the plant"
    ("Dragon Trucks plans to build a bus plant in Georgia. An agreement to set up the plant was signed during a "
     "visit to Kazakhstan.", [["Dragon Trucks"]]),
    ("Dragon Trucks plans to build a bus plant in Georgia. A memorandum on transit was signed during a visit to "
     "Kazakhstan.", [[]]),
])
def test_a_definite_agreement_with_no_party_is_the_deal_told_just_before(text: str, expected: list) -> None:
    found = facts_of(text).agreements
    assert [sorted(a.party_companies) for a in found] == expected, found


@pytest.mark.parametrize("sentence, status", [
    ("The presidents of Kazakhstan and Georgia are due on Friday to sign a treaty on strategic partnership.",
     "proposed"),
    ("The presidents of Kazakhstan and Georgia told their governments to speed up the signing of a roadmap.",
     "proposed"),
    ("Ministries were told to submit a draft investment agreement with Orda Auto within two weeks.", "proposed"),
    ("A joint venture of Orda Auto and Kartli Motors to assemble trucks is being prepared.", "negotiating"),
    ("Kazakhstan and Georgia signed a treaty on strategic partnership on Friday.", "signed"),
    ("The roadmap of Kazakhstan and Georgia was signed in the presence of the presidents.", "signed"),
])
def test_status_of_a_signing_ahead_or_a_text_in_preparation(sentence: str, status: str) -> None:
    assert [a.status for a in facts_of(sentence).agreements] == [status]


@pytest.mark.parametrize("sentence, expected", [
    ("Orda Auto signed a $215 million contract with Kartli Motors to upgrade a highway.", ("contract", 1)),
    ("Orda Auto signed a 40 million euro contract with Kartli Motors.", ("contract", 1)),
    ("Orda Auto signed a purchase agreement with Kartli Motors for the plant.", ("contract", 1)),
    ("Orda Auto and Kartli Motors signed a strategic partnership agreement.", ("partnership", 1)),
    ("Kazakhstan and Georgia signed a strategic partnership agreement in 2009.", ("agreement", 1)),
    ("Kazakhstan and Georgia signed 12 supply contracts.", ("contract", 12)),
])
def test_type_from_the_head_word_and_no_count_from_money(sentence: str, expected: tuple) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(sentence).agreements] == [expected]


@pytest.mark.parametrize("sentence", [
    "Orda Auto's chairman called the venture a combination of skills rather than a mere technology deal.",
    "In December Orda Auto stopped signing new sales contracts for its vans.",
    "The market is dominated by three Kazakh-Georgian joint ventures, Orda Auto, Steppe Motors and Altyn Tyre.",
])
def test_what_is_not_an_agreement_reported(sentence: str) -> None:
    assert facts_of(sentence).agreements == []


@pytest.mark.parametrize("sentence, expected", [
    ("Orda Auto and Kartli Motors set up three joint ventures in 2023.", [("joint_venture", 3)]),
])
def test_ventures_set_up_still_count(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(sentence).agreements] == expected


def test_an_agreement_to_create_the_venture_is_that_venture() -> None:
    text = ("Dragon Trucks and Silk Road Tractors will set up a joint venture in Namangan. "
            "An agreement to create the venture was reached on Friday.")
    assert [a.agreement_type for a in facts_of(text).agreements] == ["joint_venture"]


def test_the_parts_of_one_sentence_share_its_subject() -> None:
    text = ("The Eurasian Economic Union held a summit in Moscow. In December the member states signed a free "
            "trade agreement with Mongolia and adopted a declaration on integration.")
    found = facts_of(text, published=date(2024, 5, 8)).agreements
    assert [(a.agreement_type, sorted(a.party_countries)) for a in found] == [
        ("agreement", ["AM", "BY", "KG", "KZ", "MN", "RU"]), ("declaration", ["AM", "BY", "KG", "KZ", "MN", "RU"])]


# --- session 20: gates, plural memoranda, packages, history, merging ------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "agreed" alone opens the gate: an agreement stated by its verb
    ("- $25 million: a film, agreed by the same ministry with Orda Auto.", [("agreement", ["Orda Auto"])]),
    # plural memoranda in both spellings
    ("Kazakhstan and Georgia signed memorandums on transport and on banking.", [("memorandum", [])]),
    ("Orda Auto and Kartli Motors signed memoranda of understanding on engines.",
     [("memorandum", ["Kartli Motors", "Orda Auto"])]),
])
def test_agreed_and_plural_memoranda(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, sorted(a.party_companies)) for a in facts_of(sentence).agreements] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The president of Kazakhstan ended his visit to Georgia with a package of nine documents, including a roadmap.",
     [("agreement", 9)]),
    ("Kazakhstan and Georgia had documents on the table.", []),
])
def test_a_counted_package_is_reported_without_a_verb(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(sentence).agreements] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The project goes back to an intergovernmental agreement on truck assembly, signed by Kazakhstan and Georgia "
     "in May 2021.", ["agreement"]),
    ("Orda Auto traces its history to the joint venture founded by Kazakhstan and Georgia in 1996.", []),
])
def test_goes_back_to_an_agreement_signed_is_an_agreement(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in facts_of(sentence).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a signed agreement and the talks on another one: two rows
    ("Kazakhstan and Georgia signed a preferential trade agreement in March 2022. "
     "Talks on a full free trade agreement are continuing.", [("agreement", "signed"), ("agreement", "negotiating")]),
    # the talks first, then a signed loan agreement between banks
    ("Talks between Kazakhstan and Georgia on a gas pipeline deal continue, but no agreement has been reached. "
     "Orda Auto and Kartli Motors signed a loan agreement for new trucks.",
     [("agreement", "negotiating"), ("agreement", "signed")]),
    # "Separately," introduces another agreement
    ("Kazakhstan and Georgia signed an agreement on transit in May. "
     "Separately, agreements on tourism worth $40 million were signed.", [("agreement", "signed"), ("agreement", "signed")]),
    # the same agreement named again by its kind merges
    ("Orda Auto and Kartli Motors signed an investment agreement in May. "
     "Officials said the investment agreement ended long negotiations.", [("agreement", "signed")]),
    # talks, then the signing of the same deal: one row
    ("Kazakhstan and Georgia are negotiating a transit agreement. The agreement was signed in May.",
     [("agreement", "signed")]),
])
def test_another_agreement_or_the_same_one(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(text).agreements] == expected


def test_the_other_documents_are_the_package_not_the_roadmap() -> None:
    text = ("Kazakhstan and Georgia ended the visit with a package of eight documents, including a roadmap. "
            "The roadmap covers all areas. The other documents, signed by ministers, concern trade and transport.")
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(text).agreements] == [("agreement", 8),
                                                                                          ("roadmap", 1)]


@pytest.mark.parametrize("sentence, expected", [
    # an anniversary elsewhere in the sentence does not make the contract history
    ("In 2020 Orda Auto signed a contract with Kartli Motors to supply 400 buses in time for the 25th "
     "anniversary of the city.", ["contract"]),
    ("Kazakhstan and Georgia marked the 10th anniversary of the treaty on strategic partnership.", []),
])
def test_an_anniversary_concerns_the_noun_after_it(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in facts_of(sentence).agreements] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The leaders of Kazakhstan and Georgia agreed to look at joint ventures in flour milling and textiles.", []),
    ("Kazakhstan is looking at partnerships with ports in Georgia.", []),
    ("Orda Auto and Kartli Motors are exploring a joint venture to assemble vans.", [("joint_venture", "proposed")]),
    ("Kazakhstan and Georgia agreed to set up three joint ventures in textiles.", [("joint_venture", "signed")]),
])
def test_options_to_study_are_not_agreements(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # the deal of the same companies, mentioned with no signing of its own
    ("In 2020 Orda Auto signed a contract with Kartli Motors to supply 400 buses. "
     "It was Orda Auto's largest deal in Georgia: it had delivered 500 buses in 2016.", [("contract", 1)]),
    # "a 2012 supply contract" is another one, even between the same companies
    ("Orda Auto and Kartli Motors signed an agreement in November 2024. "
     "At the same time they amended a 2012 supply contract.", [("agreement", 1), ("contract", 1)]),
])
def test_a_mention_of_the_same_companies_deal(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(text).agreements] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In June 2022 the presidents of Kazakhstan and Georgia signed a declaration on eternal friendship, "
     "together with seven other documents.", [("declaration", 1), ("agreement", 7)]),
    ("Orda Auto signed a memorandum with Kartli Motors, together with its Georgian dealer.", [("memorandum", 1)]),
])
def test_together_with_other_documents_is_a_second_agreement(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in facts_of(sentence).agreements] == expected


def test_a_company_named_as_a_site_is_no_party_of_the_deal_told_before() -> None:
    found = agreements("Caspian Wheels will supply 300 axles to Dragon Trucks under a contract signed on Monday. "
                       "The new contract follows an order that the two companies finalised last year for engines, "
                       "also to be built at Orda Auto, which employs 700 people.")
    assert "Orda Auto" not in {c for a in found for c in a.party_companies}


@pytest.mark.parametrize("text, expected", [
    # an uncounted list of documents: one row per line, the lead's plural no row of its own
    ("Armenia and Georgia signed agreements on transit and energy on Friday.\n\nDocuments signed after the talks:\n"
     "* an agreement on road transit;\n* an agreement on power exchanges;\n* a memorandum on customs data.",
     ["agreement", "agreement", "memorandum"]),
    ("Uzbekistan and Azerbaijan held talks in Baku.\n\nThe following agreements were signed:\n"
     "- an agreement on air services;\n- a protocol on veterinary checks.",
     ["agreement", "protocol"]),
    # no list intro: the lines stay one agreement as before
    ("Armenia and Georgia signed agreements on transit on Friday.\n\nThe talks also covered:\n"
     "* an agreement on road transit;\n* an agreement on power exchanges.",
     ["agreement"]),
])
def test_an_uncounted_document_list_gives_one_row_per_line(text: str, expected: list) -> None:
    assert sorted(a.agreement_type for a in agreements(text)) == sorted(expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Steppe Motors, a Kazakh carmaker, has partnerships with Ford, Volkswagen and Mazda.", []),
    ("Dragon Trucks maintains long-standing alliances with Volvo and Scania.", []),
    ("Steppe Motors signed partnerships with Ford and Mazda on Monday.", ["partnership"]),
    ("A trilateral protocol confirming Dragon Trucks as a shareholder was signed in Astana.", ["protocol"]),
])
def test_ties_a_company_has_are_not_agreements_and_protocols_are_their_own_type(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in agreements(sentence)] == expected


def test_a_definite_declaration_refers_to_the_listed_one_and_a_described_treaty_is_new() -> None:
    text = ("The leaders of Kazakhstan and Kyrgyzstan ended their summit in Astana on 5 May 2023.\n\n"
            "Documents adopted at the summit include:\n- the Astana Declaration;\n- an agreement on border crossings.\n\n"
            "In the declaration they voiced support for peace in Afghanistan.\n\n"
            "The leaders recalled the treaty on eternal friendship that the two countries signed in 1997.")
    types = sorted(a.agreement_type for a in agreements(text))
    assert types == ["agreement", "declaration", "treaty"], types


# --- session 22 families ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a consortium named as the builder: the builders' contract, one with all the parties
    ("The plant was built for Altyn Tyre by a consortium of Orda Auto and Dragon Trucks.", ["contract"]),
    ("The depot was built by a consortium of Orda Auto and Caspian Wheels, together with Dragon Trucks, "
     "under a three-party contract concluded in 2019.", ["contract"]),
    # a consortium that is formed is a partnership as before
    ("Orda Auto and Dragon Trucks formed a consortium to bid for the Almaty metro.", ["partnership"]),
    # a consortium named as an owner: a shareholding, no agreement
    ("The other half is owned by a Turkish consortium: Orda Auto (30%) and Dragon Trucks (20%).", []),
    ("A 40% stake is held by a consortium of Orda Auto and Caspian Wheels.", []),
    ("The plant belongs to the consortium of Orda Auto and Dragon Trucks.", []),
])
def test_a_consortium_that_built_is_the_builders_contract(text: str, expected: list) -> None:
    found = agreements(text)
    assert [a.agreement_type for a in found] == expected
    if "three-party" in text:
        assert set(found[0].party_companies) == {"Orda Auto", "Caspian Wheels", "Dragon Trucks"}


@pytest.mark.parametrize("sentence, expected", [
    # one count over two nouns: one package, named by its first noun
    ("Kazakhstan and Georgia signed nine cooperation documents and memoranda on Sunday.", [("agreement", 9)]),
    ("Kazakh and Georgian firms signed five commercial memorandums and contracts in Tbilisi.", [("memorandum", 5)]),
    # a second noun with a count of its own: two agreements
    ("The presidents of Kazakhstan and Georgia signed a joint declaration of nine articles and eight "
     "intergovernmental agreements on Saturday.", [("declaration", 1), ("agreement", 8)]),
    ("Kazakhstan and Georgia signed a memorandum and two agreements on transit.", [("memorandum", 1), ("agreement", 2)]),
    # two nouns each with its own article: two agreements
    ("Cooperation between Kazakhstan and Georgia rests on an interstate agreement on trade until 2026 "
     "and a bilateral roadmap for 2024-2025.", [("agreement", 1), ("roadmap", 1)]),
    # one noun with two subjects is one agreement
    ("Kazakhstan and Georgia signed an agreement on transit and customs.", [("agreement", 1)]),
])
def test_coordinated_nouns_one_package_or_two_agreements(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in agreements(sentence)] == expected


@pytest.mark.parametrize("text, expected", [
    # an amended agreement is a signing of its own, even with "their"
    ("Kazakhstan and Georgia signed 12 documents in 2017. In April 2019 the two countries amended their "
     "agreement on investment protection and their treaty on double taxation.",
     [("agreement", 12), ("agreement", 1), ("treaty", 1)]),
    # a later mention of the same agreement is no new one
    ("Kazakhstan and Georgia signed an agreement on investment protection in 2017. "
     "Their agreement covers banks as well.", [("agreement", 1)]),
])
def test_an_amended_agreement_is_a_new_row(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in agreements(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a contract told by its verb, with a named company
    ("Its entire output until 2030 has been contracted by Orda Auto.", ["contract"]),
    ("Caspian Wheels has contracted Dragon Trucks to supply 200 axles.", ["contract"]),
    # the economy contracting is no contract
    ("Kazakh car output contracted by 5% in 2023.", []),
])
def test_a_contract_told_by_its_verb(text: str, expected: list) -> None:
    assert [a.agreement_type for a in agreements(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # documents with no signing, count or package of their own are no agreement
    ("Kazakhstan and Georgia signed a roadmap on farming. The roadmap adds to a growing list of bilateral documents.",
     ["roadmap"]),
    ("Orda Auto signed a contract with Dragon Trucks in 2013. Earlier project documents had quoted 300 buses.",
     ["contract"]),
    # "one of the deals" is an item of the package told before, typed by what it is later called
    ("Investors signed eight memorandums worth $5 billion at the forum in Almaty. One of the headline deals came "
     "from Turkiye. Steppe Motors agreed to build a plant. The governor and the founder signed the memorandum.",
     [("memorandum", 8), ("memorandum", 1)]),
])
def test_documents_without_a_signing_and_items_of_a_package(text: str, expected: list) -> None:
    found = agreements(text)
    if expected and isinstance(expected[0], tuple):
        assert [(a.agreement_type, a.agreement_count) for a in found] == expected
    else:
        assert [a.agreement_type for a in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a new memorandum with a past date of its own is an earlier signing, not the news
    ("Orda Auto and Dragon Trucks have signed a memorandum on joint production of winches. "
     "The partners have worked together for years. In June 2018 they signed a memorandum on joint assembly.",
     2),
    # the same memorandum dated later in the article stays one
    ("Orda Auto and Dragon Trucks have signed a memorandum on joint production of winches. "
     "The memorandum was signed in May 2024.", 1),
])
def test_an_earlier_signing_of_the_same_partners_is_another_agreement(text: str, expected: int) -> None:
    assert len(agreements(text)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a company's supply "under an agreement" is its contract
    ("Dragon Trucks will supply 320 buses to Baku in 2025 under an agreement signed during the visit.",
     ("contract", "signed")),
    ("Orda Auto delivers engines to Caspian Wheels under a deal reached in May.", ("contract", "signed")),
    # states supplying under an agreement: the intergovernmental agreement
    ("Kazakhstan will supply grain to Georgia under an agreement signed in May.", ("agreement", "signed")),
    # a signing hoped for is proposed
    ("Officials in Astana hope to sign a free trade agreement with Georgia soon; the sides agreed in 2019 "
     "to carry out a study.", ("agreement", "proposed")),
])
def test_supply_under_an_agreement_and_hoped_signing(sentence: str, expected: tuple) -> None:
    a = one(sentence)
    assert (a.agreement_type, a.status) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a bare "under contract" is how a plant works, no deal told
    ("Most cars are assembled by Orda Auto in Almaty, which builds several brands under contract.", []),
    # with its party named it is a contract
    ("Orda Auto builds vans under contract with Dragon Trucks.", ["contract"]),
    ("Orda Auto builds vans under a contract signed in May.", ["contract"]),
])
def test_a_bare_under_contract_is_a_way_of_working(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in agreements(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a counted package in a clause of its own, after a singular agreement: two agreements
    ("Kazakhstan and Georgia signed a preferential trade agreement on March 29, 2022, during the visit to Tbilisi, "
     "when a total of ten agreements were concluded.", [("agreement", 1), ("agreement", 10)]),
    # "when" with no counted package: one agreement
    ("Kazakhstan and Georgia signed a trade agreement in 2022, when the president visited Tbilisi.",
     [("agreement", 1)]),
    # a signed portfolio of projects is an agreement; one to be formed is none
    ("Kazakhstan and Georgia praised the business forum, at which a portfolio of promising projects worth "
     "more than $2 billion was signed.", [("agreement", 1)]),
    ("Kazakhstan and Georgia said a portfolio of projects worth $2 billion is being studied.", []),
])
def test_a_package_in_its_own_clause_and_a_signed_portfolio(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count) for a in agreements(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # key terms agreed are an agreement, with no noun
    ("Dragon Trucks first agreed key terms for its entry with Orda Auto in May 2023.", ["agreement"]),
    ("Orda Auto and Dragon Trucks agreed the main terms of the deal in Almaty.", ["agreement"]),
    ("The ministers agreed on the terms of reference.", []),
    # two new agreements of one kind, coordinated: two rows
    ("In October 2023 Orda Auto and Dragon Trucks signed an equity agreement under which Dragon Trucks takes "
     "a 30% stake, together with a joint development agreement to study a PET plant.", ["agreement", "agreement"]),
    # the second one referring back stays one
    ("Orda Auto and Dragon Trucks signed an equity agreement, together with the agreement's annex.", ["agreement"]),
])
def test_terms_agreed_and_two_agreements_of_one_kind(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in agreements(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # one company buying another or its business
    ("Orda Auto, which acquired the Russian business of Dragon Trucks earlier this year, opened a new line.",
     ["acquisition"]),
    ("In 2019 Steppe Motors bought out Dragon Trucks' stake in the Almaty venture.", ["acquisition"]),
    ("Caspian Wheels takes over Altyn Tyre's Shymkent plants.", ["acquisition"]),
    ("Orda Auto acquired a stake in Kartli Motors, a Georgian dealer.", ["acquisition"]),
    # goods bought, a partner not named, a chairmanship: no acquisition
    ("Kazakhstan bought 500 buses from Dragon Trucks.", []),
    ("Orda Auto later bought out the Turkish partners.", []),
    ("Kazakhstan took over the chairmanship from Georgia.", []),
    ("Orda Auto acquired Dragon Trucks buses for its fleet.", []),
])
def test_an_acquisition_told_by_its_verb(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in agreements(sentence)] == expected


@pytest.mark.parametrize("sentence, count", [
    # a plural noun whose subjects each have their own "on": one agreement each
    ("Kazakhstan and Georgia signed agreements on customs cooperation and on road transport.", 2),
    ("Kazakhstan and Georgia signed agreements on customs, on road transport and on tourism in Astana.", 3),
    ("Kazakhstan and Russia concluded memoranda on veterinary control as well as on digital services.", 2),
    ("Kazakhstan and Georgia signed agreements on fuel supplies and on the rebuilding of a power plant on Tuesday.", 2),
    # one "on" for the whole list: no count told (one document may cover it all)
    ("Kazakhstan and Georgia signed memoranda on transport, energy and tourism.", 1),
    ("Kazakhstan and Georgia signed agreements on trade and investment on Monday.", 1),
    # a singular noun stays one; a date or an occasion is no subject
    ("Kazakhstan and Georgia signed an agreement on customs and on road transport.", 1),
    ("Kazakhstan and Georgia signed agreements on energy, and on the same day the presidents met.", 1),
])
def test_a_count_told_by_subjects_each_with_its_own_on(sentence: str, count: int) -> None:
    assert one(sentence).agreement_count == count


def test_subjects_with_their_own_on_before_a_list_of_documents_give_the_documents() -> None:
    text = ("Kazakhstan and Georgia signed agreements on fuel supplies and on road transport on Tuesday.\n\n"
            "Documents signed after the talks:\n"
            "* an intergovernmental agreement on the supply of petroleum products;\n"
            "* an intergovernmental agreement on international road transport.\n")
    assert [a.agreement_count for a in agreements(text)] == [1, 1]


@pytest.mark.parametrize("line, expected", [
    # a list line with a figure still reports its document
    ("- Dragon Trucks (China) - a memorandum with Altyn Tyre on a logistics hub, starting with a 10,000 square "
     "metre terminal;", [("memorandum", ["Dragon Trucks", "Altyn Tyre"])]),
    ("- Steppe Motors - a memorandum with Altyn Tyre on a logistics hub;", [("memorandum", ["Steppe Motors", "Altyn Tyre"])]),
    # a line with a figure and no document: none
    ("- Orda Auto - a plant for railway wheels, to cost $278.6 million, with 5,000 jobs;", []),
])
def test_a_list_line_with_a_figure_still_reports_its_document(line: str, expected: list) -> None:
    text = ("Investors signed eight memorandums at the forum in Almaty on Tuesday.\n\n"
            "Other projects signed or presented at the forum:\n\n" + line + "\n")
    found = [(a.agreement_type, a.party_companies) for a in agreements(text) if a.agreement_count == 1]
    assert found == expected


_DEALS = "Orda Auto has signed a package of agreements with Chinese companies at a forum in Almaty.\n\n{intro}\n\n{line}\n"


@pytest.mark.parametrize("intro, line, expected", [
    # a list of deals under an intro that names them: each line opening on its partner is one deal,
    # between that partner and the company the intro names
    ("The Orda Auto deals:", "1. Dragon Trucks Co. - a plant in Shymkent to make truck frames; project cost $161 million.",
     [("agreement", ["Dragon Trucks", "Orda Auto"])]),
    ("Contracts signed at the forum:", "- Dragon Trucks (China) - 300 trucks for the city fleet;",
     [("contract", ["Dragon Trucks"])]),
    ("Memoranda signed in Almaty:", "2) Caspian Wheels: a wheel plant in Shymkent, 40,000 wheels a year.",
     [("memorandum", ["Caspian Wheels"])]),
    # an intro that names them by what was agreed: its projects or investments, and an agreeing verb
    ("Among the biggest projects agreed at the forum:", "- Dragon Trucks (China): a truck plant in Shymkent, $1 billion;",
     [("agreement", ["Dragon Trucks"])]),
    ("Investments signed during the visit:", "1. Caspian Wheels - a wheel plant in Karaganda, $200 million.",
     [("agreement", ["Caspian Wheels"])]),
    ("The largest ventures the sides sealed include:", "* Altyn Tyre: tyre recycling in Almaty.",
     [("agreement", ["Altyn Tyre"])]),
    ("Initiatives concluded by the delegation:", "- Kartli Motors (Georgia) - bus assembly, $30 million;",
     [("agreement", ["Kartli Motors"])]),
    # a line that does not open on a company, or a list that is no list of deals: none
    ("Projects discussed at the forum:", "- Dragon Trucks (China): a truck plant in Shymkent, $1 billion;", []),
    ("Investments expected next year:", "1. Caspian Wheels - a wheel plant in Karaganda, $200 million.", []),
    ("The Orda Auto deals:", "1. A plant in Shymkent to make truck frames for Dragon Trucks; cost $161 million.", []),
    ("Orda Auto's main suppliers:", "1. Dragon Trucks Co. - truck frames, 20,000 a year.", []),
    ("Other projects presented at the forum:", "- Dragon Trucks - a plant in Shymkent, $161 million;", []),
])
def test_a_list_of_deals_with_no_agreement_noun(intro: str, line: str, expected: list) -> None:
    found = [a for a in agreements(_DEALS.format(intro=intro, line=line)) if a.evidence.startswith(line[:6])]
    assert [(a.agreement_type, a.party_companies) for a in found] == expected


def test_a_memorandum_with_its_partner_first_keeps_its_subject() -> None:
    a = one("Orda Auto signed a memorandum with Altyn Tyre on a logistics hub in Almaty.")
    assert a.subject == "a logistics hub in Almaty"


@pytest.mark.parametrize("text, expected", [
    # an order of goods with their count is the buyer's contract (with the maker where named)
    ("In May 2015 Orda Auto ordered five double-deck trains from Dragon Trucks, worth 70 million euros.",
     [("contract", ["Orda Auto", "Dragon Trucks"])]),
    ("Orda Auto has placed an order for 10 more wagons of that type.", [("contract", ["Orda Auto"])]),
    # the seller's side of it
    ("Dragon Trucks won an order in August 2021 from Orda Auto, Almaty's largest bus operator, for 50 buses.",
     [("contract", ["Dragon Trucks", "Orda Auto"])]),
    ("Orda Auto ordered 10 trains to be delivered by 2025 from Dragon Trucks.",
     [("contract", ["Orda Auto", "Dragon Trucks"])]),
    # the buyer named just before, by a pronoun
    ("Orda Auto has been a Dragon Trucks customer for a decade. In May 2015 it ordered five double-deck trains, "
     "worth 70 million euros, for the Almaty line.", [("contract", ["Orda Auto", "Dragon Trucks"])]),
    # an instruction, no count of goods, a share: no order
    ("The president ordered three ministries to review the Orda Auto project.", []),
    ("Iranian authorities ordered all schools in Almaty to close.", []),
    ("Orda Auto ordered 20% more steel.", []),
    ("The court ordered Orda Auto to pay damages.", []),
])
def test_an_order_of_goods_is_a_contract(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.party_companies) for a in agreements(text)] == expected


def test_an_earlier_order_is_not_the_contract_told_before() -> None:
    text = ("Orda Auto has signed a contract with Dragon Trucks for four trains, the company said.\n\n"
            "Orda Auto has been a Dragon Trucks customer for a decade. In May 2015 it ordered five double-deck "
            "trains, worth 70 million euros, for the Almaty line.")
    found = agreements(text, published=date(2023, 11, 17))
    assert [(a.agreement_type, a.signed_date) for a in found] == [("contract", None), ("contract", date(2015, 5, 1))]


@pytest.mark.parametrize("text, companies", [
    # "the two companies" of the sentence before are the parties
    ("Orda Auto and Dragon Trucks will build a truck plant in Almaty. The two companies signed an equity agreement "
     "on Monday.", ["Orda Auto", "Dragon Trucks"]),
    ("Dragon Trucks is entering Kazakhstan with Orda Auto. Both firms signed a memorandum on Monday.",
     ["Dragon Trucks", "Orda Auto"]),
    # one company before, or no words naming them again: none taken over
    ("Orda Auto makes trucks in Almaty. The two companies signed an equity agreement on Monday.", []),
    ("Orda Auto and Dragon Trucks will build a truck plant in Almaty. Officials signed an equity agreement on "
     "Monday.", []),
])
def test_the_two_companies_of_the_sentence_before_are_the_parties(text: str, companies: list) -> None:
    assert one(text).party_companies == companies


@pytest.mark.parametrize("text, expected", [
    # a company named before by its name, again by its home and what it is
    ("Dragon Trucks, a Chinese truck maker from Hefei, delivered ten trucks to Almaty. The trucks came by rail. "
     "More will follow under the supply contract with the Chinese manufacturer, the city said.", ["Dragon Trucks"]),
    ("Orda Auto had opened a plant in Aktau. A year later the company signed an agreement with Georgia on exports.",
     ["Orda Auto"]),
    # the partners of a venture told just before, named by their number
    ("The plant is run by Steppe Motors, a venture of Orda Auto, Kartli Motors and Caspian Wheels. The three "
     "partners agreed on the plant in a memorandum signed in Baku.",
     ["Caspian Wheels", "Kartli Motors", "Orda Auto", "Steppe Motors"]),
    # a name follows the description: the sentence's own party
    ("Orda Auto opened a plant in Aktau. Georgia signed a contract with the Kazakh company Kartli Motors.",
     ["Kartli Motors"]),
])
def test_a_party_named_by_what_it_is_is_the_company_named_before(text: str, expected: list) -> None:
    found = facts_of(text).agreements
    assert sorted(found[-1].party_companies) == expected, found


@pytest.mark.parametrize("sentence, status", [
    ("Orda Auto is preparing to sign a deal with Kartli Motors on engines.", "proposed"),
    ("The government told the ministry to draw up a joint roadmap with Kartli Motors.", "proposed"),
    ("Kazakhstan and Georgia agreed to conclude a full investment agreement with Orda Auto.", "proposed"),
    ("The ministers agreed to negotiate a transit agreement between Kazakhstan and Georgia.", "negotiating"),
    ("Kazakhstan and Georgia noted the implementation of the Action Plan for the Development of Trade.", "signed"),
    ("Orda Auto went on to sign a contract with Kartli Motors.", "signed"),
])
def test_status_from_the_verb_that_governs_the_noun(sentence: str, status: str) -> None:
    assert [a.status for a in facts_of(sentence).agreements] == [status]


@pytest.mark.parametrize("sentence, expected", [
    # one row each for the agreements of a plural noun told one by one
    ("Georgia signed two contracts in May: one with Orda Auto for buses, and one with Kartli Motors for trucks.",
     [(["Orda Auto"], 1), (["Kartli Motors"], 1)]),
    ("The railway placed three contracts - one with Orda Auto, another with Kartli Motors and a third with "
     "Caspian Wheels.", [(["Orda Auto"], 1), (["Kartli Motors"], 1), (["Caspian Wheels"], 1)]),
    # a count that the parts do not add up to: one package
    ("Georgia signed three contracts in May: one with Orda Auto for buses, and one with Kartli Motors for trucks.",
     [(["Kartli Motors", "Orda Auto"], 3)]),
    # what the documents cover gives their count
    ("Kazakhstan and Georgia signed documents covering some 30 projects worth $2 billion.", [([], 30)]),
    ("Kazakhstan and Georgia signed agreements on 12 investment projects.", [([], 12)]),
])
def test_a_plural_noun_told_one_by_one_and_its_count(sentence: str, expected: list) -> None:
    found = facts_of(sentence).agreements
    assert [(sorted(a.party_companies), a.agreement_count) for a in found] == expected, found


@pytest.mark.parametrize("sentence, expected", [
    # the ties many treaties make are no package: the one named is the agreement
    ("More than 40 treaties now link Astana and Tbilisi, the main one being the Treaty of Friendship of 1996.",
     [("treaty", 1)]),
    ("Some 30 agreements govern relations between Kazakhstan and Georgia.", []),
    # a political party's name, a company said to be a conglomerate, a country's own plan
    ("The Civil Contract party of Georgia won the election.", []),
    ("Orda Auto, a private conglomerate based in Almaty, ranks among the largest car makers of Kazakhstan.", []),
    ("The government has approved a road map for the textile industry.", []),
    ("The cabinet adopted an action plan for the development of the chemical sector.", []),
    ("Kazakhstan and Georgia adopted a joint road map for the textile industry.", [("roadmap", 1)]),
])
def test_ties_names_and_own_plans_are_not_agreements(sentence: str, expected: list) -> None:
    found = facts_of(sentence).agreements
    assert [(a.agreement_type, a.agreement_count) for a in found] == expected, found


@pytest.mark.parametrize("sentence, expected", [
    ("In 2008 Orda Auto bought the Georgian tyre maker Kartli Motors for $2 billion.",
     ("acquisition", ["Kartli Motors", "Orda Auto"])),
    ("Orda Auto purchased the Kazakh group Kartli Motors last year.", ("acquisition", ["Kartli Motors", "Orda Auto"])),
])
def test_a_company_bought_is_an_acquisition(sentence: str, expected: tuple) -> None:
    found = facts_of(sentence).agreements
    assert [(a.agreement_type, sorted(a.party_companies)) for a in found] == [expected], found


# Paraphrases of the agreements of the annotated corpora, in other words and names: every
# document noun and its other names, every signing verb, the parties before, after "with", in a
# relative clause, "between X and Y", or by a passive.
@pytest.mark.parametrize("sentence, kind", [
    ("Orda Auto and Caspian Wheels signed a pact on engine supplies in March 2024.", "agreement"),
    ("Kazakhstan and Georgia inked a transit pact on Tuesday.", "agreement"),
    ("Orda Auto put pen to paper on a supply deal with Caspian Wheels.", "contract"),
    ("Orda Auto has entered into a partnership with Caspian Wheels.", "partnership"),
    ("Orda Auto entered into an offtake arrangement with Caspian Wheels.", "agreement"),
    ("Orda Auto signed a letter of intent with Caspian Wheels to build a plant.", "memorandum"),
    ("Orda Auto and Caspian Wheels signed an LOI on a joint plant.", "memorandum"),
    ("Orda Auto and Caspian Wheels signed a term sheet for a truck plant.", "agreement"),
    ("Caspian Wheels won a concession from the government of Kazakhstan to run the port.", "contract"),
    ("Orda Auto was awarded an EPC contract by Caspian Wheels.", "contract"),
    ("Orda Auto won a tender from Caspian Wheels to supply 200 buses.", "contract"),
    ("Uzbekistan and Kazakhstan approved a programme of cooperation for 2024-2026.", "program"),
    ("Uzbekistan and Kazakhstan adopted a plan of measures to expand industrial cooperation.", "action_plan"),
    ("Georgia and Azerbaijan signed a joint cooperation programme in transport.", "program"),
    ("Uzbekistan and Tajikistan signed a Cooperation Program between their governments for 2025-2030.", "program"),
    ("Kazakhstan and Georgia signed a programme of economic cooperation for 2024-2027.", "program"),
    ("Georgia and Azerbaijan signed a bilateral program on tourism exchanges.", "program"),
    ("An agreement was signed by Orda Auto and Caspian Wheels in May.", "agreement"),
    ("A memorandum between Orda Auto and Caspian Wheels was initialled in Astana.", "memorandum"),
    ("The accord, which Orda Auto struck with Caspian Wheels last week, covers buses.", "agreement"),
    ("Orda Auto and Caspian Wheels sealed a deal to assemble buses.", "agreement"),
    ("Orda Auto reached an agreement with Caspian Wheels to assemble buses.", "agreement"),
    ("Orda Auto signed a PSA with Caspian Wheels.", "agreement"),
    ("Kazakhstan and Georgia exchanged notes on visa-free travel.", "agreement"),
    ("Caspian Wheels and the Kazakh government ratified a cooperation accord.", "agreement"),
    ("Orda Auto signed an agreement with a Turkish state-controlled engineering company, Caspian Wheels, "
     "to build a plant.", "agreement"),
    # a partnership told by its verb, its partner named
    ("Orda Auto teamed up with Caspian Wheels to build a plant.", "partnership"),
    ("Orda Auto joined forces with Azerbaijan's Caspian Wheels to build a plant.", "partnership"),
    ("Orda Auto has tied up with Caspian Wheels to produce buses.", "partnership"),
    ("Orda Auto partnered with Caspian Wheels to produce buses.", "partnership"),
    ("Orda Auto and Caspian Wheels have agreed to jointly build a bus plant in Almaty.", "partnership"),
    ("Orda Auto and Caspian Wheels agreed to set up a joint company.", "partnership"),
])
def test_agreement_nouns_and_verbs_by_their_other_names(sentence: str, kind: str) -> None:
    a = one(sentence)
    assert a.agreement_type == kind
    assert a.party_companies or len(a.party_countries) >= 2


@pytest.mark.parametrize("sentence", [
    "Orda Auto celebrates the 20th anniversary of its partnership with Caspian Wheels.",
    "Kazakhstan and Georgia enjoy a strategic partnership.",
    "The government approved a state programme for the development of the automotive industry.",
    "The government adopted a plan for the development of the automotive industry.",
    "Orda Auto joined forces with its dealers to cut prices.",
    "The ministry has a plan of measures to reduce unemployment.",
    "Kazakhstan granted tax concessions to carmakers.",
    "The PSA group sells Peugeot cars in Kazakhstan.",
    "Orda Auto partners with dealers across the country.",
    "The region agreed to jointly fund roads with the city.",
    "A letter of intent is not binding.",
    "Workers have agreed to work together to meet the target.",
    "Orda Auto announced a tender for the supply of 200 buses.",
])
def test_other_names_of_agreements_need_a_deal(sentence: str) -> None:
    assert agreements(sentence) == []


# The parties of a deal told just before, named by a sentence of their own.
@pytest.mark.parametrize("text, parties", [
    ("Orda Auto signed an agreement on Monday with a Turkish engineering company to build a smelter. It brings "
     "together three parties: Steppe Motors; Dragon Trucks, which will design the plant; and its local unit "
     "Altyn Tyre, which will build it.", {"Orda Auto", "Steppe Motors", "Dragon Trucks", "Altyn Tyre"}),
    ("Orda Auto signed a contract with a Turkish builder last week. The parties to the contract are Steppe Motors, "
     "Dragon Trucks and Altyn Tyre.", {"Orda Auto", "Steppe Motors", "Dragon Trucks", "Altyn Tyre"}),
    ("Orda Auto signed a memorandum with a Turkish builder. The signatories were Steppe Motors and Dragon Trucks.",
     {"Orda Auto", "Steppe Motors", "Dragon Trucks"}),
    ("Orda Auto signed a memorandum with a Turkish builder. Steppe Motors and Dragon Trucks attended the ceremony.",
     {"Orda Auto"}),
])
def test_a_sentence_naming_the_parties_adds_them_to_the_deal_before(text: str, parties: set) -> None:
    assert set(one(text).party_companies) == parties


# Words of an agreement where no deal is reported: a plan one side owns, an idiom, crime news.
@pytest.mark.parametrize("text", [
    "Kazakhstan met the target in the government's 2016-2020 action plan a year early.",
    "Exports of meat to China already exceed the level set in the ministry's road map.",
    "Uzbekistan's cabinet says the region's new action plan will cut red tape.",
    "Cooperation with Russia matters a great deal to Kyrgyzstan, the minister said.",
    "Georgia has gained a good deal from its transit role, the ministry said.",
    "Prosecutors in Georgia seized flats bought with money stolen from mining deals.",
    "The former minister is accused of taking bribes in exchange for road contracts in Kazakhstan.",
    "Investigators say kickbacks on state contracts cost Kyrgyzstan $30 million.",
])
def test_agreement_words_with_no_deal_give_nothing(text: str) -> None:
    assert agreements(text) == [], text


@pytest.mark.parametrize("text, expected", [
    # a plan of two sides stays an agreement
    ("Kazakhstan and Uzbekistan's action plan for 2024-2026 was signed in Tashkent.", "action_plan"),
    ("The two countries' action plan for 2024-2026 was signed in Tashkent by Kazakhstan and Georgia.",
     "action_plan"),
    ("Kazakhstan's action plan with China was signed in Beijing on Monday.", "action_plan"),
    # a deal in the same sentence as a good word
    ("Orda Auto signed a deal with Caspian Wheels, which analysts called a good result.", "agreement"),
])
def test_near_misses_of_no_deal_are_agreements(text: str, expected: str) -> None:
    assert [a.agreement_type for a in agreements(text)] == [expected], text


# The present tense of a dated line or a headline tells a signing: "September 2013 - X signs
# contracts", "2014 - A and B sign a contract"; a signing and a proposal in one line: the signing
# is signed. Modal or infinitive forms stay a signing to come.
@pytest.mark.parametrize("text, expected", [
    ("March 2014 - Orda Auto signs a contract with Caspian Wheels for 42 buses.", [("contract", "signed")]),
    ("2014 - Orda Auto and Caspian Wheels sign a contract for 42 dump trucks.", [("contract", "signed")]),
    ("May 2019 - Kazakhstan and Georgia sign 12 documents on trade.", [("agreement", "signed")]),
    ("December 2019 - On a visit to Astana, the Georgian president signs a package of documents and proposes "
     "joint assembly plants.", [("agreement", "signed")]),
    ("June 2021 - Orda Auto and Caspian Wheels agree to set up joint ventures to assemble buses in Georgia.",
     [("joint_venture", "signed")]),
    ("Orda Auto and Caspian Wheels will sign a contract for 42 buses in June.", [("contract", "proposed")]),
    ("Orda Auto and Caspian Wheels hope to sign a contract for 42 buses.", [("contract", "proposed")]),
    ("Orda Auto and Caspian Wheels did not sign a contract, but talks on one continue.",
     [("contract", "negotiating")]),
])
def test_present_tense_signing_of_a_dated_line(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in agreements(text)] == expected, text


# A contract not yet awarded, its likely winner named, is proposed.
@pytest.mark.parametrize("text", [
    "The president said the $2 billion contract would very likely go to Dragon Trucks.",
    "The $500 million contract is expected to be awarded to Orda Auto, officials in Kazakhstan said.",
    "Caspian Wheels is tipped to win the contract for 300 buses in Azerbaijan.",
    "The Georgian road contract would probably go to Altyn Tyre, the ministry said.",
])
def test_a_contract_likely_to_be_awarded_is_proposed(text: str) -> None:
    assert [(a.agreement_type, a.status) for a in agreements(text)] == [("contract", "proposed")], text


# A list of documents after a summit, introduced by its verb ("the sides exchanged several more
# documents:", "The ministers also signed these agreements:"), with no signing told just before:
# one row per line, its type from the line's own head noun, between the states of the talks unless
# a line names its companies; a line is no mention of the package told earlier in the article.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Georgia signed agreements worth $2 billion in Tbilisi on Monday.\n"
     "Trade grew by a fifth last year.\nTourism is another priority.\n"
     "On Tuesday the presidents went on to Batumi. There the sides exchanged several more documents:\n"
     "1. an agreement to set up a joint investment company;\n2. a memorandum on port logistics;\n"
     "3. a programme of cooperation in agriculture.",
     [("agreement", [], ["GE", "KZ"]), ("agreement", [], ["GE", "KZ"]), ("memorandum", [], ["GE", "KZ"]),
      ("program", [], ["GE", "KZ"])]),
    ("Mongolia and Pakistan held talks in Islamabad.\n"
     "The ministers also signed these agreements:\n"
     "- an agreement on road transit;\n- a contract between Orda Auto and Kartli Motors on trucks.",
     [("agreement", [], ["MN", "PK"]), ("contract", ["Kartli Motors", "Orda Auto"], None)]),
])
def test_a_document_list_opened_by_its_verb_gives_one_row_per_line(text: str, expected: list) -> None:
    found = agreements(text, published=date(2023, 5, 3))
    got = [(a.agreement_type, sorted(a.party_companies), sorted(a.party_countries) if e[2] is not None else None)
           for a, e in zip(found, expected)]
    assert len(found) == len(expected) and got == expected, found


# An agreement to set up a joint venture or plant is a joint venture; one to set up a joint
# investment company, fund or platform founds a vehicle to finance projects: an agreement on it.
@pytest.mark.parametrize("sentence, expected", [
    ("Kazakhstan and Georgia signed an agreement to set up a joint investment company.", "agreement"),
    ("Armenia and Georgia signed an agreement to create a joint investment fund of $500 million.", "agreement"),
    ("Orda Auto and Kartli Motors signed an agreement to establish a joint financing platform.", "agreement"),
    ("Orda Auto and Kartli Motors signed an agreement to set up a joint venture for trucks.", "joint_venture"),
    ("Orda Auto and Kartli Motors signed an agreement to set up the joint car factory in Batumi.", "joint_venture"),
])
def test_a_joint_investment_vehicle_is_the_subject_of_an_agreement(sentence: str, expected: str) -> None:
    assert [a.agreement_type for a in agreements(sentence)] == [expected]


# A package counted by an estimate ("almost four dozen documents", "some 40 documents", "more than
# 50 deals") and then counted exactly by kind, each signed ("In total 30 agreements were signed,
# plus about eight contracts"): the exact counts are what was signed, the estimate their round sum;
# its row becomes the first part (keeping the value only it told). An exact total with a breakdown
# stays the package; "plus" coordinates two counted kinds.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and China signed almost four dozen documents worth about $2 billion on Friday. "
     "In total 30 agreements were signed, plus about eight commercial contracts.",
     [("agreement", 30, 2e9), ("contract", 8, None)]),
    ("Georgia and Uzbekistan signed some 40 documents during the visit. Of these, 25 intergovernmental "
     "agreements were concluded, plus six contracts.",
     [("agreement", 25, None), ("contract", 6, None)]),
    ("Mongolia and China signed two dozen documents. Twelve memoranda were signed by the ministries.",
     [("memorandum", 12, None)]),
    # an exact total: the breakdown is of the package, not instead of it
    ("Kazakhstan and Georgia signed 24 documents worth $600 million. 15 agreements were signed by "
     "ministries.", [("agreement", 24, 6e8), ("agreement", 15, None)]),
    # no signing of its own: what the package holds
    ("Kazakhstan and China signed about 40 documents. The package includes 12 agreements on trade.",
     [("agreement", 40, None), ("agreement", 12, None)]),
    ("Kazakhstan and Georgia signed 12 agreements, plus about five commercial contracts.",
     [("agreement", 12, None), ("contract", 5, None)]),
])
def test_an_estimated_total_counted_exactly_by_kind(text: str, expected: list) -> None:
    found = agreements(text, published=date(2023, 3, 2))
    assert [(a.agreement_type, a.agreement_count, a.value_amount) for a in found] == expected, found



# A document named again by another word is the same document: "called the programme a roadmap"
# (not "called for a roadmap", "called on the sides to sign a roadmap": asked for)
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan and Tajikistan signed a cooperation programme for 2025-2030. President Rahmon called the "
     "five-year programme a roadmap for bilateral ties.", [("program", "signed")]),
    ("Kazakhstan and Georgia signed a memorandum on transit. The minister described the document as a roadmap "
     "for the corridor.", [("memorandum", "signed")]),
    ("Kazakhstan and Georgia signed a memorandum on transit. Officials dubbed it the pact of the decade.",
     [("memorandum", "signed")]),
    # near-misses: a new roadmap asked for
    ("Kazakhstan and Georgia called for a roadmap on transit.", ["roadmap"]),
    ("The ministers called on Kazakhstan and Georgia to sign a roadmap on transit.", ["roadmap"]),
])
def test_a_document_named_again_by_another_word(text: str, expected: list) -> None:
    assert [a.agreement_type if isinstance(e, str) else (a.agreement_type, a.status)
            for a, e in zip(facts_of(text).agreements, expected)] == expected


# A list of documents under a signing ("Signing ceremony. Among the documents:") after a package
# said to be in the works: the lines are signed documents of their own, not the package's.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Georgia said about 20 documents were being prepared for the visit.\n"
     "11:30  Signing ceremony.\nAmong the documents:\n- an agreement on road transport;\n"
     "- a memorandum on tourism.\n",
     [("agreement", "negotiating"), ("agreement", "signed"), ("memorandum", "signed")]),
    ("Uzbekistan and Tajikistan are negotiating a dozen agreements on trade and energy.\n"
     "On Tuesday the ministers signed the following:\n- an agreement on air services;\n"
     "- a programme of cultural cooperation for 2025-2027.\n",
     [("agreement", "negotiating"), ("agreement", "signed"), ("program", "signed")]),
    # near-miss: the list under a package still to be signed is the package's (not signed)
    ("Kazakhstan and Georgia said about 20 documents were being prepared for the visit.\nAmong the documents:\n"
     "- an agreement on road transport;\n- a memorandum on tourism.\n",
     [("agreement", "negotiating"), ("agreement", "negotiating"), ("memorandum", "negotiating")]),
])
def test_a_list_signed_after_a_package_in_the_works(text: str, expected: list) -> None:
    found = facts_of(text, published=date(2024, 5, 3)).agreements
    assert [(a.agreement_type, a.status) for a in found] == expected, found


# A count told as the number of documents signed
@pytest.mark.parametrize("sentence, count", [
    ("Officials put the number of memorandums signed between Kazakhstan and Georgia today at six.", 6),
    ("The visit brought the number of agreements signed by Uzbekistan and Tajikistan to 20.", 20),
    ("The number of contracts signed by Orda Auto with Caspian Wheels reached twelve.", 12),
    # near-misses: a share, or no number of documents
    ("Kazakhstan and Georgia signed a memorandum that would raise the number of flights to 14 a week.", 1),
])
def test_a_count_told_as_the_number_of_documents(sentence: str, count: int) -> None:
    assert [a.agreement_count for a in facts_of(sentence).agreements] == [count]


# The papers of hosting a sports event are no deal for the warehouse
@pytest.mark.parametrize("sentence, expected", [
    ("The host-city documents had been signed in Doha in May 2015.", []),
    ("Almaty signed the host city contract for the Asian Winter Games in 2018.", []),
    ("The Olympic host contract was signed in Lausanne in 2019.", []),
    ("Georgia signed a hosting agreement for the European Games in Tbilisi.", []),
    # near-miss: a pipeline's host government agreement is one
    ("Georgia and Azerbaijan signed a host government agreement for the gas pipeline.", ["agreement"]),
])
def test_the_papers_of_hosting_a_sports_event_are_no_deal(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in facts_of(sentence).agreements] == expected


# A consortium named as the other party of the agreement told before it is who signed, not a
# partnership of its own; a consortium formed is one.
@pytest.mark.parametrize("sentence, expected", [
    ("Tajikistan's government signed an investment agreement with a consortium of Pamir Stroy LLC and "
     "Vahdat Build LLC to build a cement plant.", ["agreement"]),
    ("Georgia's transport ministry signed a contract with a Turkish-led consortium to rebuild the port.", ["contract"]),
    ("The road deal went to a consortium of Orda Auto and Caspian Wheels.", ["agreement"]),
    # near-misses: the consortium formed is the partnership
    ("Orda Auto and Caspian Wheels formed a consortium to bid for the port.", ["partnership"]),
])
def test_a_consortium_that_signs_is_a_party_not_a_partnership(sentence: str, expected: list) -> None:
    assert [a.agreement_type for a in facts_of(sentence).agreements] == expected


# A deal told as background, not reported: an earlier or existing one, the deals a party holds, the
# form a project has so far. Gold keeps such deals, if at all, as optional rows.
BACKGROUND = [
    "Under an earlier contract from 2019, the Karaganda plant has delivered 24 shunting locomotives.",
    "Under a previous agreement with Georgia, Kazakhstan shipped 300,000 tonnes of wheat a year.",
    "Steppe Motors has so far assembled 4,000 trucks under its existing contract with Dragon Trucks.",
    "Orda Auto had planned to lift output to 95% of the volumes in its long-term supply contracts.",
    "Deliveries under their offtake agreements fell by a tenth last year, Silk Road Tractors said.",
    "The biggest project so far exists only as a memorandum.",
    "The tyre plant in Shymkent is still only a memorandum of intent.",
    "The Georgian rail link has not gone beyond a memorandum of understanding.",
    "The Kutaisi assembly project remains at the memorandum stage.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_deal_is_no_row(text: str) -> None:
    assert agreements(text) == []


# near misses: a deal signed now, even one that replaces an earlier one or is called a memorandum
BACKGROUND_NEAR_MISSES = [
    ("Orda Auto and Dragon Trucks signed a new contract on Monday, replacing an expired one from 2019.", "contract"),
    ("Kazakhstan and Georgia signed their transit agreements in Tbilisi on Tuesday.", "agreement"),
    ("The plant exists only as a memorandum signed in March by Orda Auto and Caspian Wheels.", "memorandum"),
    ("Silk Road Tractors signed a supply contract with Altyn Tyre for 5,000 tyres.", "contract"),
]


@pytest.mark.parametrize("text,kind", BACKGROUND_NEAR_MISSES)
def test_deal_signed_now_is_a_row(text: str, kind: str) -> None:
    assert [a.agreement_type for a in agreements(text)] == [kind]


# A joint venture being founded still makes a row (and, by the gold, so does one named as what a
# firm is: "the Tajik-Chinese joint venture X")
VENTURE_CREATED = [
    "Orda Auto and Dragon Trucks set up the joint venture Steppe Motors in Almaty in March 2024.",
    "Steppe Motors, a joint venture established last year by Orda Auto and Dragon Trucks, will make trucks.",
    "Orda Auto and Dragon Trucks signed an agreement to create the joint venture Steppe Motors.",
]


@pytest.mark.parametrize("text", VENTURE_CREATED)
def test_joint_venture_being_created_is_a_row(text: str) -> None:
    assert len(agreements(text)) == 1


@pytest.mark.parametrize("text", [
    "Kazakhstan and Pakistan signed 18 agreements on Tuesday. The leaders adopted a joint statement and witnessed "
    "the signing of documents covering, among other things:\n- a memorandum on rail transit;\n- an agreement on customs.",
    "Georgia and Azerbaijan signed 12 documents in Baku. The presidents issued a declaration and also signed "
    "agreements on, among other things:\n- road transport;\n- a memorandum on tourism.",
])
def test_uncounted_documents_after_a_package_are_that_package(text: str) -> None:
    found = agreements(text)
    package = [a for a in found if (a.agreement_count or 0) > 1]
    assert len(package) == 1 and len(package[0].party_countries) == 2
    assert not [a for a in found if a.evidence.startswith(("witnessed", "also signed"))]

# --- relationships, holdings and intentions that are no signed document (session 28) -----------

NO_DOCUMENT = [
    # who owns a venture that exists, told as background: the shares its owners hold
    "The joint venture is 75% owned by Orda Auto, while Dragon Trucks holds the remaining quarter.",
    "Orda Auto holds 51% of the venture and Dragon Trucks the remaining 49%.",
    "It is owned by two groups: Orda Auto holds 60 percent, and the engine conglomerate Dragon Trucks holds the rest.",
    "The Almaty joint venture is jointly owned by Orda Auto and Dragon Trucks.",
    "Dragon Trucks controls a majority stake in the joint venture, with Orda Auto holding the balance.",
    # a venture named as the form a company has or had, no founding told
    "Steppe Motors began as a joint venture with Dragon Trucks and is now fully Kazakh.",
    "The Almaty plant started production in 1998, then as a venture with Dragon Trucks.",
    "Kartli Motors operates as a joint venture of Orda Auto and Caspian Wheels.",
    # a partnership hoped for, a tone of relations
    '"Our talks have set the stage for a brighter economic partnership," the Georgian minister said in Kazakhstan.',
    "Kazakhstan and Georgia discussed how to pave the way for a stronger partnership.",
    "The visit laid the groundwork for a deeper partnership between Kazakhstan and Georgia, the ministers said.",
    "Kazakhstan and Georgia want a closer and more balanced partnership, the Kazakh envoy said.",
    # an agreement whose first step is a study of it: an idea, not yet a document signed or proposed
    "The leaders of Kazakhstan and Georgia agreed to pursue a bilateral economic partnership agreement, starting with "
    "a joint feasibility study.",
    "Kazakhstan and Georgia agreed to launch a joint study on a possible free trade agreement.",
    "Kazakhstan and Georgia will begin work on a free trade agreement with a joint feasibility study.",
    "The ministers of Kazakhstan and Georgia ordered a feasibility study of a future free trade agreement.",
]


@pytest.mark.parametrize("text", NO_DOCUMENT)
def test_holdings_company_forms_hopes_and_studies_are_no_agreement(text: str) -> None:
    assert agreements(text) == []


# near misses: a venture set up or agreed whatever its shares, founded as such, a partnership agreement
# signed, a signing hoped for, a memorandum signed on the study
DOCUMENT_AFTER_ALL = [
    ("Orda Auto and Dragon Trucks set up a joint venture in which Orda Auto holds 51%.", [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks signed an agreement to form a joint venture, 60% owned by Orda Auto.",
     [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks will establish a joint venture, with Orda Auto holding 51 percent.",
     [("joint_venture", "proposed")]),
    ("Steppe Motors was founded in 1996 as a joint venture with Dragon Trucks.", [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks set up Steppe Motors as a joint venture in 2024.", [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks signed a partnership agreement that paves the way for a stronger partnership in "
     "trucks.", [("partnership", "signed")]),
    ("Officials in Astana hope to sign a free trade agreement with Georgia in the near future; the two sides agreed "
     "in 2019 to carry out a joint feasibility study.", [("agreement", "proposed")]),
    ("Kazakhstan and Georgia signed a memorandum on a joint feasibility study of a free trade agreement.",
     [("memorandum", "signed")]),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_AFTER_ALL)
def test_near_misses_of_no_document_are_rows(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in agreements(text)] == expected


# What is done under a deal told before (deliveries, purchases): the deal again, whatever the sum of
# that work; never a new row. A forecast of more deals, uncounted, is no deal either.
TOLD_BEFORE = [
    ("Kazakhstan and Georgia signed 24 contracts worth $54 million in Tbilisi. Under the deals, Kazakh firms will "
     "deliver goods worth $43 million to Georgia and buy goods for $11 million.", [("contract", 24, 54e6)]),
    ("Kazakhstan and Georgia signed 12 agreements worth $300 million. As part of the agreements, Kazakh firms will "
     "ship 300 trucks worth $25 million to Georgia.", [("agreement", 12, 3e8)]),
    ("Orda Auto signed a supply contract with Dragon Trucks worth $30 million in May. Under the contract, Dragon "
     "Trucks will ship engines worth $12 million this year.", [("contract", 1, 3e7)]),
    ("Uzbekistan and Pakistan signed documents worth $1 billion. In line with these agreements, Pakistani companies "
     "are to supply textiles for $200 million.", [("agreement", 1, 1e9)]),
    ('Kazakhstan and Georgia signed 12 agreements. "I think more agreements will be signed," the minister said.',
     [("agreement", 12, None)]),
    ("Kazakhstan and Georgia signed 12 agreements. Further deals could be concluded later this year, officials said.",
     [("agreement", 12, None)]),
    ("Kazakhstan and Georgia signed 12 agreements. Additional contracts are likely to be signed at the next forum.",
     [("agreement", 12, None)]),
    ("Kazakhstan and Georgia signed 12 agreements. The minister hopes more memorandums will follow in the autumn.",
     [("agreement", 12, None)]),
    # near misses: a new agreement under which work is done, more deals counted
    ("Under an agreement signed on Tuesday, Orda Auto will supply Kartli Motors with 300 trucks.",
     [("agreement", 1, None)]),
    ("Kazakhstan and Georgia will sign two more agreements on Friday.", [("agreement", 2, None)]),
    ("More than 20 agreements will be signed during the visit of the Kazakh president to Georgia.",
     [("agreement", 20, None)]),
]


@pytest.mark.parametrize("text, expected", TOLD_BEFORE)
def test_work_under_deals_told_before_and_forecasts_are_no_new_agreement(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.agreement_count, a.value_amount) for a in agreements(text)] == expected


# A company bought by taking control of it: the acquisition, which "the agreement" then names again.
@pytest.mark.parametrize("text", [
    "Orda Auto has taken full control of Kartli Motors, Georgia's largest dealer. When the two sides signed the "
    "agreement in July, the deal had been valued at $258 million.",
    "Dragon Trucks took majority control of Altyn Tyre in March.",
])
def test_control_taken_of_a_company_is_an_acquisition(text: str) -> None:
    assert [a.agreement_type for a in agreements(text)] == ["acquisition"]


# The lines of an uncounted list of documents signed are between the sides the article is about,
# not those of an aside told just before (a third country's agreement).
def test_list_lines_are_of_the_visit_not_of_an_aside_before() -> None:
    text = ("Kazakhstan and Georgia agreed to deepen trade during the visit of the Kazakh president to Georgia. "
            "Such a deal would be Georgia's second after its agreement with Japan, which entered into force last "
            "month.\nDocuments signed during the visit:\n1. an agreement on cooperation in 14 projects;\n"
            "2. 20 memorandums of understanding on trade and transport.")
    lines = [a for a in agreements(text) if a.evidence.startswith(("1.", "2."))]
    assert [(a.agreement_type, a.agreement_count, sorted(a.party_countries)) for a in lines] == [
        ("agreement", 1, ["GE", "KZ"]), ("memorandum", 20, ["GE", "KZ"])]


# A plant of a venture that exists, opened or working: the venture is its owner, not a deal told
# (a venture set up, or one signed, at the opening still is).
@pytest.mark.parametrize("sentence, expected", [
    ("Orda Auto and its joint-venture partner Dragon Trucks today inaugurated a new engine factory in Almaty.", []),
    ("Kazakhstan on Friday put into operation a truck plant of the Kazakh-Chinese joint venture Steppe Motors, "
     "with executives of Dragon Trucks present.", []),
    ("The factory, a joint venture with Georgia's Kartli Motors, started mass production in March 2009.", []),
    ("The Namangan plant of the Orda Auto and Dragon Trucks joint venture was commissioned in 2015.", []),
    ("Kartli Motors, a joint venture with Dragon Trucks, opened its second assembly line in Kutaisi.", []),
    # near misses: a venture created or signed at the opening is one, and so is one whose two
    # partners are named after it (gold records that deal)
    ("Steppe Motors, a joint venture of Orda Auto and Dragon Trucks, opened its second assembly line in Karaganda.",
     [("joint_venture", "signed")]),
    ("The joint venture between Orda Auto and Dragon Trucks began production of buses in Shymkent last year.",
     [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks opened a joint venture in Almaty on Monday.", [("joint_venture", "signed")]),
    ("At the inauguration of the plant Orda Auto and Dragon Trucks signed an agreement to set up a joint venture.",
     [("joint_venture", "signed")]),
    ("Orda Auto and Dragon Trucks set up a joint venture that started production in Almaty in May.",
     [("joint_venture", "signed")]),
])
def test_a_venture_whose_plant_opens_or_works_is_no_deal(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected


# A deal that runs out is one that ends: no signing told (a new one signed to replace it is one).
@pytest.mark.parametrize("sentence, expected", [
    ("The supply contract with Dragon Trucks runs out at the end of 2019.", []),
    ("Orda Auto's engine contract with Caspian Wheels expires in March, and talks on its future have not begun.", []),
    ("The memorandum between Orda Auto and Kartli Motors lapsed last year.", []),
    ("The old agreement with Dragon Trucks ran out in 2021, leaving Orda Auto without engines.", []),
    ("Orda Auto's licence agreement with Dragon Trucks will expire in 2026.", []),
    # near misses
    ("Orda Auto signed a supply contract with Dragon Trucks that expires in 2030.", [("contract", "signed")]),
    ("Orda Auto and Dragon Trucks signed a new contract after the old one ran out.", [("contract", "signed")]),
])
def test_a_deal_that_runs_out_is_no_signing(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected


# A declaration filed with customs or the tax office is a form, not a document between parties.
@pytest.mark.parametrize("sentence, expected", [
    ("Kyrgyz customs extend electronic declaration to all border posts.", []),
    ("Uzbekistan will require a customs declaration for every parcel from China.", []),
    ("Officials in Kazakhstan must file asset declarations by April.", []),
    ("Importers from Russia now submit goods declarations online in Kazakhstan.", []),
    ("Georgia simplified the tax declaration for small exporters to Turkiye.", []),
    ("Kazakhstan introduced a declaration of goods for transit cargo from China.", []),
    # near misses: a declaration of states is one
    ("Kazakhstan and Uzbekistan signed a joint declaration on strategic partnership.", [("declaration", "signed")]),
    ("Georgia and Azerbaijan adopted a declaration on the Middle Corridor.", [("declaration", "signed")]),
])
def test_a_declaration_filed_with_an_office_is_no_agreement(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected


# Documents still to be written, named by no subject, count or party: a hope for the next visit, no
# agreement proposed ("the documents should be ready for signing by April"). Named or counted ones are.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Georgia signed a memorandum on transit. The documents for the next stage should be ready "
     "for signing by the beginning of April, the minister said.", [("memorandum", "signed")]),
    ("Uzbekistan and Pakistan signed an agreement on rail transit. Officials said the documents are expected "
     "to be signed during the president's visit in May.", [("agreement", "signed")]),
    ("Azerbaijan and Kazakhstan signed a memorandum on energy. These documents would be ready for signing when "
     "the prime minister visits Baku.", [("memorandum", "signed")]),
    # near misses: named by a subject or a count, the documents are proposed
    ("Kazakhstan and Georgia signed a memorandum on transit. Documents on a joint railway company should be "
     "ready for signing by April.", [("memorandum", "signed"), ("agreement", "proposed")]),
    ("Kazakhstan and Georgia signed a memorandum on transit. Five more documents are expected to be signed "
     "in April.", [("memorandum", "signed"), ("agreement", "proposed")]),
])
def test_unnamed_documents_hoped_for_are_no_proposed_agreement(text: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(text).agreements] == expected


# A venture named as a producer or as what it makes is a firm that exists, no deal.
@pytest.mark.parametrize("sentence, expected", [
    ("The state-owned Altyn Tyre produced 570 kilograms and the Kazakh-Chinese joint venture Steppe Motors "
     "590 kilograms.", []),
    ("Last year the Kazakh-Chinese joint venture Steppe Motors produced 4,000 trucks in Almaty.", []),
    ("Kartli Motors, a joint venture with Dragon Trucks, turned out 12,000 buses in 2023.", []),
    # near miss: a venture set up to produce
    ("Orda Auto and Dragon Trucks set up a joint venture that produced its first trucks in May.",
     [("joint_venture", "signed")]),
])
def test_a_venture_named_as_a_producer_is_no_deal(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected


# A document that amends or refers to another is of its own kind: the document it is "to" or
# "under" is named only as its frame ("Amendment Agreement No. 1 to the framework agreement on the
# sale and purchase of LNG under the master sale and purchase agreement" is an agreement).
@pytest.mark.parametrize("sentence, expected", [
    ("Orda Auto and Dragon Trucks signed Amendment Agreement No. 2 to the framework agreement on the sale "
     "and purchase of engines under the master supply agreement.", [("agreement", "signed")]),
    ("Orda Auto and Caspian Wheels signed a supplementary agreement to their 2019 supply contract.",
     [("agreement", "signed")]),
    ("Kazakhstan and Georgia signed a memorandum under the purchase agreement concluded last year.",
     [("memorandum", "signed")]),
    # near misses: the contract is the document signed
    ("Orda Auto signed a supply contract with Dragon Trucks under the intergovernmental agreement.",
     [("contract", "signed")]),
    ("Orda Auto and Dragon Trucks signed an engine purchase agreement.", [("contract", "signed")]),
])
def test_the_document_amended_or_referred_to_is_not_the_one_signed(sentence: str, expected: list) -> None:
    assert [(a.agreement_type, a.status) for a in facts_of(sentence).agreements] == expected
