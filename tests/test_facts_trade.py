"""Trade figures: flow, countries, target, period, money vs physical; distractors give nothing."""
from datetime import date

import pytest

from facts_helpers import facts_of


def rows(text, **kw):
    return facts_of(text, **kw).trade


def one(text, **kw):
    found = rows(text, **kw)
    assert len(found) == 1, found
    return found[0]


def pair(r):
    return {r.reporter_country_code, r.partner_country_code} - {None}


def test_turnover_between_two_named_states() -> None:
    r = one("Trade between Kazakhstan and Georgia reached $1.2 billion in 2023.")
    assert (r.flow, r.amount, r.unit, r.is_money, r.is_target) == ("turnover", 1.2e9, "USD", True, False)
    assert pair(r) == {"KZ", "GE"}
    assert (r.period_start, r.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_export_in_tonnes_with_reporter_and_partner() -> None:
    r = one("Georgia exported 40,000 tonnes of wine to Kazakhstan in January-May 2024.")
    assert (r.flow, r.reporter_country_code, r.partner_country_code) == ("export", "GE", "KZ")
    assert (r.unit, r.is_money, r.product) == ("tonnes", False, "wine")
    assert (r.period_start, r.period_end) == (date(2024, 1, 1), date(2024, 5, 31))


def test_import_from_names_the_partner() -> None:
    r = one("Last year Kyrgyzstan imported fuel worth $300 million from Russia.", published=date(2024, 2, 1))
    assert (r.flow, r.reporter_country_code, r.partner_country_code) == ("import", "KG", "RU")
    assert r.period_start == date(2023, 1, 1)


def test_target_with_pair_from_the_article() -> None:
    text = ("Kazakhstan and Georgia held business talks in Tbilisi. "
            "The two countries aim to raise bilateral trade to $5 billion by 2030.")
    r = one(text)
    assert (r.flow, r.is_target, r.amount) == ("turnover", True, 5e9)
    assert pair(r) == {"KZ", "GE"}


def test_comparison_base_is_the_same_flow() -> None:
    found = rows("Georgian exports to Azerbaijan rose to $900 million from $750 million a year earlier.")
    assert [(r.flow, r.amount) for r in found] == [("export", 9e8), ("export", 7.5e8)]
    assert all(pair(r) == {"GE", "AZ"} for r in found)


def test_total_foreign_trade_has_no_partner() -> None:
    r = one("Georgia's overall foreign trade reached $15 billion in 2023.")
    assert (r.reporter_country_code, r.partner_country_code) == ("GE", None)


def test_figure_without_countries_continues_the_previous_one() -> None:
    text = ("Uzbekistan and Kazakhstan traded goods worth $4 billion in 2023. "
            "In 2022, turnover stood at $3.5 billion.")
    found = rows(text)
    assert [r.amount for r in found] == [4e9, 3.5e9]
    assert pair(found[1]) == {"UZ", "KZ"}


def test_segments_keep_their_own_partner() -> None:
    text = ("China remained Georgia's largest partner with $2 billion of trade, followed by Russia with "
            "$1.5 billion, while Georgia's total foreign trade reached $15 billion.")
    found = rows(text)
    assert [(r.amount, frozenset(pair(r))) for r in found] == [
        (2e9, frozenset({"CN", "GE"})), (1.5e9, frozenset({"RU", "GE"})), (1.5e10, frozenset({"GE"}))]


def test_exports_and_imports_in_one_clause() -> None:
    found = rows("In 2023 trade came to $500 million, with Uzbek exports to Azerbaijan of $300 million "
                 "and imports of $200 million.")
    assert [(r.flow, r.amount) for r in found] == [("turnover", 5e8), ("export", 3e8), ("import", 2e8)]
    assert all(pair(r) == {"UZ", "AZ"} for r in found[1:])


def test_company_exports_abroad_have_no_partner() -> None:
    r = one("Orda Auto exported goods worth 20 billion tenge abroad last year.")
    assert (r.flow, r.reporter_country_code, r.partner_country_code, r.unit) == ("export", "KZ", None, "KZT")


def test_passive_shipment_after_the_figure() -> None:
    r = one("A first batch of 120 Orda Auto sedans was shipped to Mongolia in March 2024.")
    assert (r.flow, r.amount, r.unit, r.partner_country_code) == ("export", 120, "vehicles", "MN")


def test_plan_wording_marks_target() -> None:
    assert one("Kazakhstan is ready to increase exports to Uzbekistan to $4 billion.").is_target is True
    assert one("Kazakhstan is ready to increase exports to Uzbekistan by $400 million.").is_target is True
    assert rows("Kazakhstan increased exports to Uzbekistan by $400 million last year.") == []   # a change
    assert one("Kazakhstan plans to buy up to 2 million tonnes of grain from Russia.").is_target is True
    assert one("Kazakh exports to China reached $14 billion last year.").is_target is False


def test_same_figure_twice_is_one_row() -> None:
    text = ("Trade between Kazakhstan and Georgia reached $1.2 billion in 2023. "
            "The $1.2 billion of trade between Kazakhstan and Georgia was a record.")
    assert len(rows(text)) == 1


def test_distractors_give_no_trade() -> None:
    for text in ("Investment in the Kazakh-Georgian project totals $2 billion.",
                 "Trade ministers of Kazakhstan and Georgia met in Astana to discuss a $1 billion investment fund.",
                 "Kazakhstan's GDP grew by 5% in 2023, and trade rose by 12%.",
                 "The club earned EUR 4 million in prize money.",
                 "The sedan costs 16,000 manats in Azerbaijan.",
                 "The Ministry of Trade and Integration of Kazakhstan employs 900 people.",
                 "Orda Auto sold 12,000 cars in Kazakhstan last year."):
        assert rows(text) == [], text


def test_shipped_count_inside_the_verb_phrase() -> None:
    r = one("In March Silk Road Tractors shipped 240 trucks to Kazakhstan, where they serve mines.")
    assert (r.flow, r.reporter_country_code, r.partner_country_code, r.amount, r.unit) == \
        ("export", "UZ", "KZ", 240, "vehicles")


def test_company_export_to_many_destinations_has_no_partner() -> None:
    r = one("Silk Road Tractors exported about 2,300 tractors last year, most of them to Kazakhstan, Russia and China.")
    assert (r.reporter_country_code, r.partner_country_code, r.amount) == ("UZ", None, 2300)


def test_attribution_state_is_not_a_destination() -> None:
    r = one("The plant shipped about 900 cars to Russia, according to Uzbek customs data.")
    assert (r.reporter_country_code, r.partner_country_code) == ("UZ", "RU")


def test_value_of_the_same_shipment_is_a_second_row() -> None:
    found = rows("Last year Dragon Trucks delivered about 600 trucks worth roughly $40 million to Mongolia.")
    assert sorted((r.is_money, r.amount) for r in found) == [(False, 600), (True, 4e7)]
    assert all((r.reporter_country_code, r.partner_country_code) == ("CN", "MN") for r in found)


def test_bare_count_after_exported() -> None:
    r = one("Steppe Motors built 52,000 cars in Almaty last year and exported 9,000 of them.")
    assert (r.flow, r.amount, r.unit, r.reporter_country_code, r.partner_country_code) == \
        ("export", 9000, "vehicles", "KZ", None)


def test_export_revenue_is_export_value() -> None:
    r = one("Kazakhstan shipped grain abroad, and its export revenue came to $2.1 billion in 2023.")
    assert (r.flow, r.amount, r.is_money, r.reporter_country_code) == ("export", 2.1e9, True, "KZ")


def test_dateline_before_capitalised_trade() -> None:
    r = one("ASTANA \u2013 Trade between Kazakhstan and Mongolia reached $640 million in 2023.")
    assert (r.flow, pair(r)) == ("turnover", {"KZ", "MN"})


def test_passive_sale_of_goods_worth() -> None:
    r = one("Georgian goods worth $75 million were sold to Kazakhstan in January-June.")
    assert (r.flow, r.reporter_country_code, r.partner_country_code) == ("export", "GE", "KZ")


def test_contract_to_supply_is_a_target() -> None:
    r = one("Silk Road Tractors signed a contract to supply 800 tractors to Mongolia by the end of the year.")
    assert (r.flow, r.is_target, r.partner_country_code, r.reporter_country_code) == ("export", True, "MN", "UZ")


def test_its_export_revenue_follows_the_exporter() -> None:
    found = rows("Silk Road Tractors shipped 2,000 tractors abroad in 2023, mainly to Kazakhstan and Mongolia, "
                 "and its export revenue came to $50 million.")
    assert sorted((r.is_money, r.amount, r.reporter_country_code, r.partner_country_code) for r in found) == \
        [(False, 2000, "UZ", None), (True, 5e7, "UZ", None)]


def test_comparison_base_without_a_unit_counts_the_same_things() -> None:
    found = rows("Steppe Motors plans to export about 9,000 cars in 2025, up from just over 7,000 last year.")
    assert sorted((r.amount, r.unit, r.is_target) for r in found) == \
        [(7000, "vehicles", False), (9000, "vehicles", True)]


def test_breakdown_shares_the_period_of_its_total() -> None:
    found = rows("Trade between Kazakhstan and Georgia grew last year to $1.6 billion, of which Kazakh exports "
                 "made up $1.1 billion.", published=date(2024, 3, 1))
    assert [(r.amount, r.period_start) for r in found] == [(1.6e9, date(2023, 1, 1)), (1.1e9, date(2023, 1, 1))]


def test_figure_without_period_takes_the_paragraph_period() -> None:
    found = rows("In the first half of 2023 trade between Georgia and Azerbaijan reached $900 million. "
                 "Georgian exports to Azerbaijan came to $300 million.")
    assert [(r.amount, r.period_start, r.period_end) for r in found] == [
        (9e8, date(2023, 1, 1), date(2023, 6, 30)), (3e8, date(2023, 1, 1), date(2023, 6, 30))]


def test_goal_does_not_take_the_period_of_a_reported_figure() -> None:
    found = rows("Trade between Georgia and Azerbaijan reached $900 million in 2023. "
                 "The two countries aim to raise trade to $2 billion.")
    assert [(r.amount, r.is_target, r.period_start) for r in found] == [(9e8, False, date(2023, 1, 1)),
                                                                       (2e9, True, None)]


def test_a_day_something_was_said_is_not_the_period() -> None:
    r = one("Georgia exported wine worth $5 million to Kazakhstan, the ministry said on Tuesday.")
    assert r.period_start is None


def test_base_after_a_breakdown_keeps_its_own_period() -> None:
    found = rows("In 2023 Georgian exports to Azerbaijan rose to $455 million from $410 million a year earlier, "
                 "while imports from Azerbaijan rose to $862 million, compared with $770 million in 2022.",
                 published=date(2024, 2, 1))
    assert [(r.amount, r.period_start.year) for r in found] == [(4.55e8, 2023), (4.1e8, 2022), (8.62e8, 2023),
                                                                (7.7e8, 2022)]


def test_a_group_of_states_is_no_one_partner() -> None:
    found = rows("China's trade with the five Central Asian republics reached $94 billion in 2024.")
    assert [(r.reporter_country_code, r.partner_country_code) for r in found] == [("CN", "CA5")]   # a known group
    found = rows("China's trade with the region reached $94 billion in 2024.")
    assert [(r.reporter_country_code, r.partner_country_code) for r in found] == [("CN", None)]
    found = rows("Georgia's trade with the Eurasian Economic Union reached $2 billion in 2024.")
    assert [(r.reporter_country_code, r.partner_country_code) for r in found] == [("GE", "EAEU")]
    found = rows("China's trade with Kazakhstan, Kyrgyzstan, Uzbekistan and Georgia rose to $90 billion.")
    assert [(r.reporter_country_code, r.partner_country_code) for r in found] == [("CN", None)]
    found = rows("Trade between the two countries reached $2 billion, Kazakhstan and Georgia said.")
    assert [pair(r) for r in found] == [{"KZ", "GE"}]


def test_each_figure_is_its_nearest_partners_for_the_reporting_state() -> None:
    text = ("Tajik trade reached $7 billion in 2023. Turnover with Uzbekistan exceeded $500 million, and trade "
            "with Kyrgyzstan dropped to $11.7 million.")
    facts = facts_of(text.replace("Tajik", "Kazakh"), published=date(2024, 2, 1)).trade
    assert [(r.reporter_country_code, r.partner_country_code, r.amount) for r in facts] == [
        ("KZ", None, 7e9), ("KZ", "UZ", 5e8), ("KZ", "KG", 1.17e7)]


def test_a_state_named_as_destination_is_the_partner() -> None:
    text = ("Kyrgyzstan's exports reached $1.2 billion in 2023. China was the largest export destination, "
            "taking goods worth $386 million.")
    assert [(r.reporter_country_code, r.partner_country_code, r.amount) for r in rows(text)] == [
        ("KG", None, 1.2e9), ("KG", "CN", 3.86e8)]


def test_the_period_a_figure_is_compared_with_is_not_its_own() -> None:
    r = rows("In 2023 turnover with Georgia exceeded $500 million, 9.2 percent less than in 2022.",
             published=date(2024, 2, 1))[0]
    assert r.period_start == date(2023, 1, 1)
    found = rows("Kazakh trade with China rose 30 percent on 2022, when turnover stood at $24.2 billion.")
    assert found[0].period_start == date(2022, 1, 1)


def test_the_country_is_the_state_just_talked_about() -> None:
    text = ("China's trade with Georgia reached $1.6 billion in 2023. Georgia is also widening its customer base. "
            "The country exported 410,000 tonnes of wine to Mongolia last year.")
    found = rows(text)
    assert [(r.reporter_country_code, r.partner_country_code) for r in found][-1] == ("GE", "MN")


def test_counts_and_values_given_by_state_after_a_total() -> None:
    text = ("Georgia re-exported 8,733 cars worth $69.6 million in 2023. Russia took 6,253 of them for "
            "$52.5 million and Kazakhstan 2,374 worth $10.8 million.")
    assert [(r.partner_country_code, r.flow, r.amount) for r in rows(text)] == [
        (None, "export", 8733.0), (None, "export", 6.96e7), ("RU", "export", 6253.0), ("RU", "export", 5.25e7),
        ("KZ", "export", 2374.0), ("KZ", "export", 1.08e7)]


def test_goods_that_entered_the_country_are_imports() -> None:
    r = rows("In total, 184,789 cars worth $2.7 billion entered Georgia's market... ")  # no cue: nothing
    assert r == []
    found = rows("Georgia's car market grew. In total, 184,789 cars entered the country last year.",
                 published=date(2024, 2, 1))
    assert [(r.reporter_country_code, r.flow, r.amount) for r in found] == [("GE", "import", 184789.0)]


def test_a_partner_named_as_such_takes_the_flow_of_the_text_before() -> None:
    text = ("China's trade with the five Central Asian republics reached $94.8 billion last year. "
            "Kazakhstan remained Beijing's largest partner in the region with $43.8 billion.")
    assert [(r.reporter_country_code, r.partner_country_code, r.amount) for r in rows(text)] == [
        ("CN", "CA5", 9.48e10), ("CN", "KZ", 4.38e10)]


@pytest.mark.parametrize("sentence, partner", [
    ("China was second at $726.8 million.", "CN"),
    ("Kazakhstan, the largest partner among CIS countries after Russia, third at $550 million.", "KZ"),
    ("Kyrgyzstan came second with $22.7 billion, ahead of Uzbekistan ($13.7 billion).", "UZ"),
])
def test_ranked_partners(sentence: str, partner: str) -> None:
    text = "Georgia's trade reached $9 billion in 2023. " + sentence
    assert rows(text)[-1].partner_country_code == partner


def test_two_states_together_are_no_one_partner() -> None:
    text = ("Georgia re-exported cars worth $1.2 billion in 2025. Kyrgyzstan and Kazakhstan together took "
            "81 percent of the cars re-exported, worth $981 million.")
    assert [(r.partner_country_code, r.amount) for r in rows(text)] == [(None, 1.2e9), (None, 9.81e8)]


def test_an_average_price_is_not_a_volume() -> None:
    assert rows("A re-exported car from Georgia was worth $7,600 on average in 2021.") == []


def test_a_count_for_another_period_joined_by_and_counts_the_same_things() -> None:
    found = rows("Georgia shipped 1,250 used cars to Mongolia in 2022 and 4,310 in 2023, more than three times as many.")
    assert [(r.amount, r.unit, r.period_start.year) for r in found] == [(1250, "vehicles", 2022), (4310, "vehicles", 2023)]
    assert {frozenset(pair(r)) for r in found} == {frozenset({"GE", "MN"})}


def test_a_count_joined_by_and_without_a_period_is_not_a_second_volume() -> None:
    assert [r.amount for r in rows("Georgia exported 700 cars to Mongolia in 2023, and 12 of them were electric.")] == [700]


def test_the_company_exporting_ships_from_its_home_country() -> None:
    text = ("Orda Auto opened an assembly line in Georgia last year. Georgia and Mongolia are its main "
            "foreign markets. In 2021 the company exported 3,500 cars, but shipments fell after 2022.")
    r = one(text)
    assert (r.reporter_country_code, r.partner_country_code, r.flow, r.amount) == ("KZ", None, "export", 3500)


def test_a_figure_without_a_period_takes_the_last_stated_trade_period_however_far_back() -> None:
    text = ("Kazakhstan's foreign trade reached $9.1 billion in January-March 2024, the statistics bureau said.\n\n"
            "Officials praised the result. Logistics improved. The railway added trains.\n\n"
            "Exports to Mongolia came to $61 million.")
    found = rows(text)
    assert [(r.amount, r.period_start, r.period_end) for r in found] == [
        (9.1e9, date(2024, 1, 1), date(2024, 3, 31)), (61e6, date(2024, 1, 1), date(2024, 3, 31))]


def test_the_country_of_a_source_is_no_side() -> None:
    # the whole pipeline: the invented gazetteer of facts_helpers knows no Polish
    from extraction.pipeline import extract_article
    from extraction.records import SourceDocument
    text = ("Belarus buys more coal\n\nAccording to Polish industry media, Belarus almost doubled its imports "
            "of Kazakh coal in 2022 to around 2 million tonnes.\n")
    rows = extract_article(SourceDocument(path="x.txt", file_name="x.txt", text=text)).facts.trade
    assert [(r.reporter_country_code, r.partner_country_code) for r in rows] == [("BY", "KZ")]


@pytest.mark.parametrize("sentence, period", [
    ("ASTANA, March 4, 2022 (Kazakh Business Wire) - Trade between Kazakhstan and Turkiye grew by 33% last year "
     "to $4.1 billion, the prime minister said.", "2021-01-01"),
    ("BAKU, 12.05.2021 - Trade between Kazakhstan and Turkiye reached $4.1 billion in 2020.", "2020-01-01"),
    ("ASTANA, March 4 (Kazinform) - Trade between Kazakhstan and Turkiye grew to $4.1 billion last year.", "2021-01-01"),
    # the dateline's date is when the story was filed, never the figure's period
    ("ASTANA, March 4, 2022 (Kazinform) - Trade between Kazakhstan and Turkiye reached $4.1 billion.", None),
])
def test_a_wire_dateline_with_a_date_opens_the_sentence(sentence: str, period: str | None) -> None:
    rows = facts_of(sentence, published=date(2022, 3, 4)).trade
    assert [(r.partner_country_code, r.amount, r.period_start and str(r.period_start)) for r in rows] == [
        ("TR", 4.1e9, period)]


@pytest.mark.parametrize("sentence, expected", [
    ("Turnover between Kazakhstan and Georgia totalled $6.43 billion in 2018, made up of $2.87 billion of Kazakh "
     "exports and $3.56 billion of imports from Georgia.",
     [("KZ", "GE", "turnover"), ("KZ", "GE", "export"), ("KZ", "GE", "import")]),
    ("Kazakhstan's turnover with Georgia totalled $6.43 billion in 2018, made up of $2.87 billion of exports and "
     "$3.56 billion of imports.", [("KZ", "GE", "turnover"), ("KZ", "GE", "export"), ("KZ", "GE", "import")]),
    # the flows are the other side's
    ("Trade between Kazakhstan and Georgia reached $6.4 billion in 2018, including $2.9 billion of Georgian exports "
     "and $3.5 billion of imports from Kazakhstan.",
     [("KZ", "GE", "turnover"), ("GE", "KZ", "export"), ("GE", "KZ", "import")]),
    # a change with its percentage in brackets is no volume
    ("Kazakhstan's turnover with Georgia stood at $29.2 billion in 2023, $4.7 billion (19.4%) more than in 2022.",
     [("KZ", "GE", "turnover")]),
])
def test_the_flows_of_a_turnover_named_after_their_figures(sentence: str, expected: list) -> None:
    assert [(r.reporter_country_code, r.partner_country_code, r.flow) for r in rows(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kazakhstan wants to take its exports to neighbouring Georgia to $1 billion a year as a first step and to "
     "$3 billion in the longer term.", [("KZ", "GE", 1e9, True), ("KZ", "GE", 3e9, True)]),
    ("Kazakhstan and Georgia set the goal of bringing bilateral trade to $3 billion a year and the volume of goods "
     "exchanged to 5 million tonnes.", [("KZ", "GE", 3e9, True), ("KZ", "GE", 5e6, True)]),
    # an actual figure after a goal is not a goal
    ("Kazakhstan wants exports to Georgia of $1 billion by 2030, and last year exports to Georgia reached "
     "$400 million.", [("KZ", "GE", 1e9, True), ("KZ", "GE", 4e8, False)]),
])
def test_a_second_goal_coordinated_with_the_first(sentence: str, expected: list) -> None:
    assert [(*sorted(pair(r)), r.amount, r.is_target) for r in rows(sentence)] == [
        (*sorted((a, b)), amount, target) for a, b, amount, target in expected]


@pytest.mark.parametrize("sentence, amounts", [
    ("With the purchase of Dragon Trucks, Kazakhstan gained facilities in Almaty able to make 2.8 million "
     "refrigerators a year.", []),
    ("Georgia's imports of Kazakh grain will rise to 300,000 tonnes, and a mill there will process up to "
     "100,000 tonnes a year.", [3e5]),
    ("Kazakhstan exported 2.8 million tonnes of grain to Georgia in 2023.", [2.8e6]),
])
def test_what_a_site_can_make_is_no_trade(sentence: str, amounts: list) -> None:
    assert [r.amount for r in rows(sentence)] == amounts


@pytest.mark.parametrize("sentence, amount, unit", [
    ("Tajikistan exported 1.5 billion kWh of electricity to Uzbekistan in 2023.", 1_500_000_000, "kilowatt_hours"),
    ("Kyrgyzstan imported 2.1 TWh of electricity from Kazakhstan in 2023.", 2.1, "terawatt_hours"),
])
def test_electricity_is_traded_in_energy_units(sentence: str, amount: float, unit: str) -> None:
    rows = facts_of(sentence).trade
    assert [(r.amount, r.unit, r.is_money, r.period_start) for r in rows] == [(amount, unit, False, date(2023, 1, 1))]


# "push/bring/lift trade up to $X": a goal, whatever the verb of the push, also with no period
@pytest.mark.parametrize("text, amount, is_target", [
    ("The presidents of Kazakhstan and Georgia agreed on Monday to push bilateral trade up to $1 billion.", 1e9, True),
    ("Kazakhstan and Georgia are pushing to take trade to $2 billion.", 2e9, True),
    ("Uzbekistan and Azerbaijan want to push mutual trade to $1.5 billion in the coming years.", 1.5e9, True),
    ("The sides agreed to bring trade between Kazakhstan and Russia up to $5 billion.", 5e9, True),
    # near miss: what pushed trade up in the past is reported, not sought
    ("Record grain sales pushed Kazakh exports to Georgia to $1.2 billion last year.", 1.2e9, False),
])
def test_a_push_to_a_figure_is_a_target(text: str, amount: float, is_target: bool) -> None:
    assert {r.amount: r.is_target for r in facts_of(text).trade}[amount] is is_target


# A currency word several states share ("manat", "som") is the reporting state's own, when the currencies
# seed names that state's ("Turkmen manat", "Uzbek som"); a named currency stays what it is named.
@pytest.mark.parametrize("text, unit", [
    ("Uzbekistan exported cotton yarn worth 950 million som to Russia in 2022.", "UZS"),
    ("Kyrgyzstan exported cotton yarn worth 950 million som to Russia in 2022.", "KGS"),
    ("Azerbaijan exported wine worth 12 million manats to Russia in 2023.", "AZN"),
    ("Uzbekistan exported cotton yarn worth 950 million Kyrgyz soms to Russia in 2022.", "KGS"),
    ("Kazakhstan exported wheat worth 4 billion tenge to Georgia in 2023.", "KZT"),
])
def test_a_shared_currency_word_is_the_reporters_currency(text: str, unit: str) -> None:
    assert [r.unit for r in facts_of(text).trade] == [unit]


# "of which products worth X went to foreign buyers": exports, to no state named
@pytest.mark.parametrize("text, flow, partner", [
    ("Kazakh spinning mills sold yarn worth $19 million in 2022, of which products worth $10 million went to "
     "foreign buyers.", "export", None),
    ("Uzbek wineries made wine worth $40 million in 2023; wine worth $12 million went to overseas markets.",
     "export", None),
    ("Georgian wine worth $150 million went to Russia in 2023.", "export", "RU"),
])
def test_what_went_to_foreign_buyers_is_exported(text: str, flow: str, partner) -> None:
    found = [(r.flow, r.partner_country_code) for r in facts_of(text).trade if r.amount in (10e6, 12e6, 150e6)]
    assert found == [(flow, partner)]
