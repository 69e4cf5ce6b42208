"""Trade error families, each a table of invented sentences: shares of a total, trade inside a
group, balances, two periods in one sentence, the value of a shipment."""
from datetime import date

import pytest

from facts_helpers import facts_of


def rows(text, **kw):
    return facts_of(text, **kw).trade


def sides(r):
    return (r.reporter_country_code, r.partner_country_code)


def period(r):
    return (r.period_start, r.period_end)


Y = {y: (date(y, 1, 1), date(y, 12, 31)) for y in range(2015, 2026)}
H1 = {y: (date(y, 1, 1), date(y, 6, 30)) for y in range(2015, 2026)}


# A state named as holding a share of a figure after it is no side of that figure.
@pytest.mark.parametrize("text, expected", [
    ("Mongolia's foreign trade was weak. In 2023 its turnover reached 9.1 billion dollars, with China accounting "
     "for 64 percent of the total and Russia for 12 percent.", ("MN", None)),
    ("Mongolia's coal sales abroad boomed. In 2022, when coal export earnings rose to 5.2 billion dollars, "
     "China accounted for 91 percent of the total.", ("MN", None)),
    ("Georgia's foreign trade reached $14 billion in 2023, Turkiye's share was 15 percent.", ("GE", None)),
    # negative: the share's own value, stated after it, is the share holder's
    ("In 2023, China accounted for 22% of Kazakhstan's foreign trade, or $21 billion.", ("KZ", "CN")),
    # negative: a partner named before the figure stays the partner
    ("Trade with China rose 20 percent to $9 billion in 2023.", None),
])
def test_a_share_holder_is_no_side_of_the_total(text: str, expected) -> None:
    found = [r for r in rows(text) if r.is_money]
    assert len(found) == 1, found
    if expected is None:
        assert found[0].partner_country_code == "CN"
    else:
        assert {sides(found[0])[0], sides(found[0])[1]} == set(expected)


# Trade inside a group of states is no one state's volume.
@pytest.mark.parametrize("text, count", [
    ("Mutual trade within the union reached a record 6.1 trillion rubles in 2023.", 0),
    ("Between 2017 and 2023, trade among the countries of the region doubled, from $4.1 billion to $9 billion.", 0),
    ("Trade across the wider CIS exceeded 9 trillion rubles last year.", 0),
    ("Trade among the member states grew to $70 billion in 2022.", 0),
    # negative: one state's trade with a group is that state's
    ("Kazakhstan's trade with the Central Asian countries grew to $8 billion in 2023.", 1),
    ("Georgia's exports to the union rose to $700 million in 2023.", 1),
])
def test_trade_inside_a_group_is_no_row(text: str, count: int) -> None:
    assert len(rows(text)) == count


# A trade balance is not a trade volume.
@pytest.mark.parametrize("text, amounts", [
    ("Mongolia's imports reached 3.1 billion dollars, so the surplus on the trade account narrowed to about "
     "600 million dollars.", [3.1e9]),
    ("Georgia's exports rose to $4 billion, and the deficit in its trade with Turkiye widened to $1.5 billion.",
     [4e9]),
    # negative: a volume with no balance word stays
    ("Georgia's trade with Turkiye reached $2.9 billion in 2023.", [2.9e9]),
])
def test_a_balance_is_not_a_volume(text: str, amounts: list[float]) -> None:
    assert [r.amount for r in rows(text)] == amounts


# A period after ", and" opens the next clause: it is the next figure's, not the one before it.
@pytest.mark.parametrize("text, periods", [
    ("In 2022 trade between Kazakhstan and Georgia rose to $1.2 billion, and in the first half of 2023 it "
     "reached $700 million.", [Y[2022], H1[2023]]),
    ("Last year turnover between Kazakhstan and Georgia came to $1.1 billion, and in the first half of this "
     "year it reached $600 million.", [Y[2023], H1[2024]]),
    # negative: a period right after the figure is its own
    ("Trade between Kazakhstan and Georgia came to $1.1 billion in 2022 and to $1.3 billion in 2023.",
     [Y[2022], Y[2023]]),
])
def test_a_period_after_and_is_the_next_figures(text: str, periods: list) -> None:
    assert [period(r) for r in rows(text, published=date(2024, 8, 1))] == periods


# The value of a shipment ("... tonnes worth $X") takes the shipment's period.
@pytest.mark.parametrize("text, periods", [
    ("In 2019 Georgia exported 1.2 million tonnes of cement worth $60 million, and in 2018 900,000 tonnes "
     "worth $45 million.", [Y[2019], Y[2019], Y[2018], Y[2018]]),
    ("Kazakhstan exported 30,000 tonnes of flour worth $9 million to Georgia in 2021.", [Y[2021], Y[2021]]),
])
def test_the_value_of_a_shipment_takes_its_period(text: str, periods: list) -> None:
    assert [period(r) for r in rows(text)] == periods


# A goal the shared cue does not name, and a figure joined to a goal, are goals too.
@pytest.mark.parametrize("text, targets", [
    ("Turkiye and Georgia want annual trade of $5 billion soon and $10 billion further ahead.", [True, True]),
    ("Georgia's president predicted that trade with Turkiye would reach $4 billion by the end of 2025.", [True]),
    ("The agreement provides for annual supplies of at least 4,000 tractors from Kazakhstan to Georgia.", [True]),
    ("The goal is to lift trade between Georgia and Turkiye to $1 billion initially and $2 billion later.",
     [True, True]),
    # negative: reported levels joined by "and" stay reported
    ("Trade between Kazakhstan and Georgia came to $1.1 billion in 2022 and $1.3 billion in 2023.", [False, False]),
])
def test_goals(text: str, targets: list[bool]) -> None:
    assert [r.is_target for r in rows(text)] == targets


# "the same N months" after figures for an N-month span is that span, not the year's first months.
@pytest.mark.parametrize("text, expected", [
    ("Georgian exports to Kazakhstan in October and November 2021 reached $380 million. Sales to Azerbaijan "
     "over the same two months amounted to $120 million.", (date(2021, 10, 1), date(2021, 11, 30))),
    # negative: with its own year it is the first months of that year
    ("Georgian exports to Kazakhstan in October and November 2021 reached $380 million. In the same two months "
     "of 2023 sales to Azerbaijan amounted to $120 million.", (date(2023, 1, 1), date(2023, 2, 28))),
])
def test_the_same_months_are_the_span_just_reported(text: str, expected) -> None:
    assert period(rows(text)[-1]) == expected


# On a list line, a period right after a figure is its own.
def test_a_period_right_after_a_figure_on_a_line_is_its_own() -> None:
    text = ("Turkish figures put trade between Turkiye and Georgia at $3.6 billion in 2021. "
            "Georgian statistics show lower numbers: $3.2 billion in 2022, down 5.4 percent from $3.4 billion in 2021.")
    assert [(r.amount, period(r)) for r in rows(text)][-2:] == [(3.2e9, Y[2022]), (3.4e9, Y[2021])]


# "exports there": the state named last before, else the one the text was just about.
@pytest.mark.parametrize("text, expected", [
    ("Georgia's imports from Kazakhstan totalled $9.6 billion, while Georgian exports there grew 11 percent to "
     "$1 billion.", ("GE", "KZ")),
    ("Azerbaijan, Georgia's eastern neighbour, has seen a similar trend. Georgia's exports there were worth "
     "$95 million in 2022.", ("GE", "AZ")),
    # negative: a state named as the partner stays the partner
    ("Georgia's exports to Azerbaijan were worth $95 million in 2022, the agency said there.", ("GE", "AZ")),
])
def test_exports_there_go_to_the_state_just_named(text: str, expected) -> None:
    assert sides(rows(text)[-1]) == expected


# Both flows named as one are turnover.
@pytest.mark.parametrize("text, flow", [
    ("The border port's import and export cargo passed 15 million tonnes between Mongolia and China in 2023.",
     "turnover"),
    ("Georgia's exports and imports with Turkiye totalled $2.9 billion in 2023.", "turnover"),
    # negative: one flow
    ("Georgia's exports to Turkiye totalled $2.9 billion in 2023.", "export"),
])
def test_both_flows_as_one_are_turnover(text: str, flow: str) -> None:
    assert [r.flow for r in rows(text)] == [flow]


# How many kinds of goods is no volume.
@pytest.mark.parametrize("text, amounts", [
    ("Kazakhstan wants to expand its exports to Georgia by about $200 million across 85 commodity items.", [2e8]),
    # negative: a count of goods is a volume
    ("Kazakhstan exported 850 units of equipment to Georgia in 2023.", [850]),
])
def test_kinds_of_goods_are_no_volume(text: str, amounts: list[float]) -> None:
    assert [r.amount for r in rows(text)] == amounts


# A figure carried on from a trade sentence is not the value of deals or contracts.
@pytest.mark.parametrize("text, amounts", [
    ("In 2016, trade between the neighbours came to only about $70 million. The turning point was a visit to "
     "Georgia in 2018, when a forum produced 58 deals worth $133 million: 52 export contracts ($89 million).", [7e7]),
    # negative: a partner's share carried on is a trade figure
    ("In 2023 Georgia exported goods worth $250 million. Kazakhstan took $90 million.", [2.5e8, 9e7]),
])
def test_carried_flow_is_not_the_value_of_deals(text: str, amounts: list[float]) -> None:
    assert [r.amount for r in rows(text)] == amounts


# "its partners in the union" is a group.
def test_partners_in_a_union_are_a_group() -> None:
    r = rows("Georgia's turnover with its partners in the union rose to $7.6 billion in 2023.")[0]
    assert sides(r) == ("GE", None)


# The value of a shipment: "sent N cars worth $X to", "N units, up 5 percent, with a value of $X".
@pytest.mark.parametrize("text, expected", [
    ("In 2022 Kazakhstan sent 15,300 cars worth $168 million to Georgia.",
     [("export", 15300, Y[2022]), ("export", 1.68e8, Y[2022])]),
    ("Customs put Georgia's 2023 vehicle exports at 52,210 units, up 57.4 percent, with a value of $1.01 billion.",
     [("export", 52210, Y[2023]), ("export", 1.01e9, Y[2023])]),
    # negative: the value of something else is no trade figure
    ("Georgia's vehicle exports reached 52,210 units in 2023; the plant has a value of $1 billion.",
     [("export", 52210, Y[2023])]),
])
def test_the_value_of_a_shipment(text: str, expected: list) -> None:
    assert [(r.flow, r.amount, period(r)) for r in rows(text)] == expected


# A figure joined by "and at" for another period counts the same things; "with a combined value of".
@pytest.mark.parametrize("text, expected", [
    ("The ministry put Georgia's imports of electric cars at 767 units for 2022 and at around 1,500 for 2023.",
     [(767, Y[2022]), (1500, Y[2023])]),
    ("In 2023 Georgia imported 3,316 electric vehicles with a combined value of $59 million.",
     [(3316, Y[2023]), (5.9e7, Y[2023])]),
    # negative: a bare number with no period after "and" is no second volume
    ("Georgia imported 767 electric cars in 2022 and 12 of them were buses.", [(767, Y[2022])]),
])
def test_coordinated_counts_and_combined_values(text: str, expected: list) -> None:
    assert [(r.amount, period(r)) for r in rows(text)] == expected


# A ranked partner continues the ranking of the figure that led the sentence before, not its last flow.
@pytest.mark.parametrize("text, flow", [
    ("In 2023 Russia was Georgia's leading partner with turnover of $823 million, imports of $770 million and "
     "exports of $53 million. China was second at $727 million.", "turnover"),
    # negative: a state that took a share continues the last flow
    ("In 2023 Georgia's turnover reached $2 billion and its exports $900 million. Kazakhstan took $90 million.",
     "export"),
])
def test_a_ranked_partner_takes_the_leading_flow(text: str, flow: str) -> None:
    assert rows(text)[-1].flow == flow


# When the buyer a cue names is the partner, the figure is the reporter's export.
@pytest.mark.parametrize("text, flow", [
    ("Azerbaijan was again the biggest market, buying Georgian wine worth $48 million in 2023.",
     "export"),
    ("In the first quarter of 2023 Kazakh buyers accounted for $82 million of the cars Georgia exported.", "export"),
    ("In value terms Georgia's cement shipments brought in $3.7 million in 2023.", "export"),
    # negative: the reporter buying is an import
    ("In 2023 Georgia bought Kazakh wheat worth $48 million.", "import"),
])
def test_a_partner_buying_is_an_export(text: str, flow: str) -> None:
    assert rows(text)[0].flow == flow


# "..., with Russia buying goods worth $285 million from Pakistan": the subject of an absolute clause
# after "with" is the buyer (the goods go from the seller to it, whichever side reports them).
@pytest.mark.parametrize("text, seller, buyer", [
    ("Pakistan's trade with Russia fell in 2015, with Russia buying goods worth $285 million from Pakistan.",
     "PK", "RU"),
    ("Kazakhstan's trade with China grew in 2023, with China purchasing $9 billion of Kazakh metals.", "KZ", "CN"),
    ("Georgia's trade with Azerbaijan rose in 2022, with Azerbaijan buying $400 million of goods.", "GE", "AZ"),
    # negatives: the reporter is the buyer; a state after "with" that buys nothing is no subject
    ("Georgia's trade with Azerbaijan rose in 2022, with Georgia buying $400 million of goods.", "AZ", "GE"),
    ("Georgia's imports grew in 2022, with purchases from Azerbaijan reaching $400 million.", "AZ", "GE"),
])
def test_a_partner_buying_in_a_with_clause(text: str, seller: str, buyer: str) -> None:
    r = rows(text)[-1]
    sides = (r.reporter_country_code, r.partner_country_code)
    assert (sides if r.flow == "export" else sides[::-1]) == (seller, buyer)


# A second verb of the same subject turns the flow: "shipped X to Y and bought Z" is the subject's import.
@pytest.mark.parametrize("text, flows", [
    ("In 2023 Georgia shipped 27,000 tonnes of goods worth $18 million to Mongolia and bought 3,500 tonnes "
     "worth $5 million.", ["export", "export", "import", "import"]),
    ("Georgia sold goods worth $18 million to Mongolia and purchased goods worth $5 million from it in 2023.",
     ["export", "import"]),
    ("Georgia imported goods worth $5 million from Mongolia and exported $18 million there in 2023.",
     ["import", "export"]),
])
def test_a_second_verb_of_the_same_subject_turns_the_flow(text: str, flows: list) -> None:
    assert [r.flow for r in rows(text)] == flows


# "X of the Y": Y is the whole the part was of, with no partner.
@pytest.mark.parametrize("text, expected", [
    ("In the first quarter of 2023 Kazakh buyers accounted for $82 million of the $87 million worth of cars "
     "Georgia exported.", [("GE", "KZ", 8.2e7), ("GE", None, 8.7e7)]),
    # negative: two figures joined otherwise are two partners' figures
    ("In 2023 Georgia's exports to Kazakhstan reached $82 million and exports to Azerbaijan $87 million.",
     [("GE", "KZ", 8.2e7), ("GE", "AZ", 8.7e7)]),
])
def test_the_whole_a_part_was_of(text: str, expected: list) -> None:
    assert [(*sides(r), r.amount) for r in rows(text)] == expected


# "a year earlier, when ..." after a named period: the year before it.
@pytest.mark.parametrize("text, expected", [
    ("Trade between Kazakhstan and Georgia reached $529 million in 2023. The figure for 2023 builds on a strong "
     "result a year earlier, when bilateral trade grew to $460 million.", [Y[2023], Y[2022]]),
    ("In 2023 trade between Kazakhstan and Georgia, two years before when it grew to $300 million, was small.",
     [Y[2021]]),
    # negative: "a year earlier" as a comparison after the figure keeps the figure's own period
    ("In 2023 trade between Kazakhstan and Georgia rose 14% to $529 million, up from a year earlier.", [Y[2023]]),
])
def test_a_year_earlier_when(text: str, expected: list) -> None:
    assert [period(r) for r in rows(text)] == expected


# A figure restated by pronoun or "a figure for" right after a trade figure continues its flow.
@pytest.mark.parametrize("text, expected", [
    ("Trade between Georgia and Armenia totalled $854 million in 2024. That is 24 percent less than in 2023, "
     "when it exceeded $1.1 billion.", [8.54e8, 1.1e9]),
    ("Bilateral trade between Kazakhstan and Georgia reached $5.3 billion in 2023. Georgian statistics showed a "
     "smaller figure for last year - just over $4.1 billion.", [5.3e9, 4.1e9]),
    # negative: an investment after a trade sentence is no trade figure
    ("Trade between Georgia and Armenia totalled $854 million in 2024. In 2023 it invested $300 million in roads.",
     [8.54e8]),
])
def test_a_restated_figure_continues_the_flow(text: str, expected: list) -> None:
    assert [r.amount for r in rows(text)] == expected


# "Foreign Trade Minister" is an institution, not trade with all partners.
def test_a_trade_institution_is_not_total_trade() -> None:
    text = ("Georgia and Azerbaijan held talks in Baku. Georgia's Foreign Trade Minister said mutual trade had "
            "exceeded $900 million in 2023.")
    assert sides(rows(text)[0]) == ("GE", "AZ")


# "shipped $X worth of products to" is a shipment, not the value of output.
@pytest.mark.parametrize("text, expected", [
    ("In 2023 China bought Kazakh goods worth $16.3 billion and shipped $24.7 billion worth of products to "
     "its northern neighbour Kazakhstan.", [("import", 1.63e10), ("export", 2.47e10)]),
    # negative: output value is no trade figure
    ("In 2023 the Kazakh plant turned out $2 billion worth of products.", []),
])
def test_shipped_worth_of_products(text: str, expected: list) -> None:
    assert [(r.flow, r.amount) for r in rows(text)] == expected


def test_a_wish_that_is_not_about_trade_is_no_goal() -> None:
    text = ("In April 2017 a Kazakh carmaker met a Georgian firm which wanted to renew its taxi fleet, and in June 2017 "
            "a first batch of 55 Kazakh-assembled sedans was sent to Georgia.")
    assert [r.is_target for r in rows(text)] == [False]


# The other side named by an epithet is the other state of the pair in force; a group named as
# the maker of the statistics is no side.
@pytest.mark.parametrize("text, amount, expected", [
    ("Trade between Kazakhstan and Georgia grew in 2023. Kazakh exports to the South Caucasus republic rose to "
     "$90 million.", 90e6, ("KZ", "GE")),
    ("Trade between Kazakhstan and Russia grew in 2023. Data from the EU statistics office show that Kazakhstan "
     "delivered 2 million tonnes of grain to its northern neighbour in 2023.", 2e6, ("KZ", "RU")),
    ("Kazakhstan's trade with China rose in 2023. Kazakh imports from the neighbouring country reached "
     "$12 billion.", 12e9, ("KZ", "CN")),
    # negative: a name is no epithet, and "its neighbours" are many states
    ("Trade between Kazakhstan and Russia grew in 2023. Kazakh exports to its neighbours rose to $5 billion.",
     5e9, ("KZ", None)),
])
def test_an_epithet_names_the_other_side(text: str, amount: float, expected) -> None:
    found = {r.amount: sides(r) for r in rows(text)}
    assert found[amount] == expected


# A state that labels a figure of its own is no reporter of the figures after it ("Turkiye
# supplied goods worth ... and China ..."); a language is no state ("Russian-speaking").
@pytest.mark.parametrize("text, amount, expected", [
    ("Georgia's imports reached $9 billion in 2023. On the import side, Turkiye supplied goods worth $1.5 billion "
     "and China $1.1 billion.", 1.1e9, ("GE", "CN")),
    ("Georgia's imports reached $9 billion in 2023. Turkiye supplied goods worth $1.5 billion and China "
     "$1.1 billion. Imports from Kazakhstan came to $0.2 billion.", 0.2e9, ("GE", "KZ")),
    ("Georgia's trade reached $14 billion in 2023. Among Russian-speaking countries, Kazakhstan stood out, with "
     "turnover of $0.9 billion.", 0.9e9, ("GE", "KZ")),
    # negative: a reporter that labels no figure stays the reporter
    ("Georgian exports reached $5 billion in 2023, with Kazakhstan taking $0.3 billion.", 0.3e9, ("GE", "KZ")),
])
def test_a_labelling_state_is_no_reporter(text: str, amount: float, expected) -> None:
    found = {r.amount: sides(r) for r in rows(text)}
    assert set(found[amount]) == set(expected)    # turnover has no direction


# A ranking of states a few sentences after trade figures (a list included) goes on with them.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's trade reached $80 billion in 2023.\n\nMain partners, 2023\n\n1. China - $20 billion\n"
     "2. Russia - $19 billion\n\nThe order has not changed. In the first half of 2023 China was already in first "
     "place with $9 billion, ahead of Russia ($8 billion).", {9e9: "CN", 8e9: "RU"}),
    ("Georgia exported 20,000 cars in 2023. Most went by road. The pattern held in the spring. In January-May "
     "Kazakhstan took 6,000 cars, followed by Russia (4,000) and Mongolia (1,000).",
     {6000: "KZ", 4000: "RU", 1000: "MN"}),
    # negative: a ranking after production figures, or far from any trade figure, is no trade
    ("The Almaty plant built 20,000 cars in 2023. Orda Auto was in first place with 9,000 cars, ahead of "
     "Steppe Motors (8,000).", {}),
    ("Georgia exported 20,000 cars in 2023. The road is long. The weather was bad. Prices rose. Wages fell. "
     "Kazakhstan was in first place with 6,000 tourists, ahead of Russia (4,000).", {}),
])
def test_a_ranking_goes_on_with_the_trade_figures(text: str, expected: dict) -> None:
    found = {r.amount: r.partner_country_code for r in rows(text) if r.amount in (9e9, 8e9, 6000, 4000, 1000)}
    assert found == expected


# A bare "turnover" with a firm in focus and no state or trade figures near is the firm's sales.
@pytest.mark.parametrize("text, count", [
    ("Orda Auto opened a second line in Almaty. The expansion pushed annual turnover above $1.2 billion, "
     "according to the company.", 0),
    ("Orda Auto opened a second line in Almaty. It expects turnover to double to $2 billion by 2027, and the "
     "workforce to grow.", 0),
    # negative: a trade turnover, a state in the sentence, or trade figures just before
    ("Orda Auto opened a second line in Almaty. Kazakhstan's turnover with China reached $41 billion in 2023.", 1),
    ("Kazakhstan's trade with China reached $41 billion in 2023. Turnover is expected to double to $80 billion "
     "by 2030, the company's chairman said.", 2),
])
def test_a_firms_turnover_is_no_trade(text: str, count: int) -> None:
    assert len(rows(text)) == count


# A state's customs or statistics speak for their own sentence; the reporter in force stays.
@pytest.mark.parametrize("text, amount, expected", [
    ("Kyrgyzstan's trade with China fell in 2023. Chinese customs put bilateral turnover at $19 billion. "
     "Trade with Russia reached $3 billion.", 3e9, ("KG", "RU")),
    ("Georgia's exports grew in 2023. Turkish statistics put the total at $2 billion. Exports to Russia reached "
     "$0.7 billion.", 0.7e9, ("GE", "RU")),
    # negative: a reporter named as the trading state stays in force
    ("Kyrgyzstan's trade with China fell in 2023. Chinese exports to Kyrgyzstan reached $19 billion. "
     "Trade with Russia reached $3 billion.", 3e9, ("CN", "RU")),
])
def test_a_data_source_is_the_reporter_of_its_sentence_only(text: str, amount: float, expected) -> None:
    found = {r.amount: sides(r) for r in rows(text)}
    assert found[amount] == expected


# A goal named before a colon does not govern a figure reported with a past verb after it.
@pytest.mark.parametrize("text, expected", [
    ("A decade ago officials were aiming for a first billion: in 2013 trade between Georgia and Kazakhstan stood "
     "at $425 million.", False),
    ("Planners hoped for more: in 2015 Kazakh exports to Georgia reached $90 million.", False),
    # negative: the goal itself after the colon
    ("The goal is clear: trade between Georgia and Kazakhstan of $1 billion by 2030.", True),
])
def test_a_goal_before_a_colon_does_not_govern_a_reported_figure(text: str, expected: bool) -> None:
    assert [r.is_target for r in rows(text)] == [expected]


# What a market needs or consumes is demand, not trade; a ministry named for trade is no trade cue.
@pytest.mark.parametrize("text, amounts", [
    ("Trade and Integration Minister Aibek Nurov has said the country needs 400,000-500,000 tons of sugar a year.", []),
    ("Georgia consumes about 90,000 tonnes of wheat flour a year, the Ministry of Trade said.", []),
    ("The Ministry of Foreign Trade said demand for 30,000 tonnes of rice had been met.", []),
    ("Domestic consumption stands at 1.2 million tonnes, while imports from Russia reached 800,000 tonnes.", [800000]),
    ("Georgia imported 90,000 tonnes of wheat flour, the Trade Minister said.", [90000]),
    ("Kazakhstan needs to export 2 million tonnes of wheat this year.", [2e6]),
])
def test_demand_and_trade_ministries_give_no_trade(text: str, amounts: list) -> None:
    assert [r.amount for r in rows(text)] == amounts


# What a site can make is its capacity, not a flow, whatever verb of buying names the site.
@pytest.mark.parametrize("text, amounts", [
    ("Orda Auto also bought a cement plant in Shymkent with a capacity of 100,000 tonnes a year.", []),
    ("Georgia bought a mill with an annual capacity of about 50,000 tonnes from a Turkish group.", []),
    ("Georgia bought 50,000 tonnes of Turkish cement in 2023.", [50000]),
])
def test_a_capacity_is_no_trade(text: str, amounts: list) -> None:
    assert [r.amount for r in rows(text)] == amounts


# "during the month" is the one month named just before, not the year-to-date in force.
@pytest.mark.parametrize("text, expected", [
    ("Georgia's trade with Mongolia reached $90 million in January-September 2023. The picture for September "
     "alone was similar. The two countries traded goods worth $9.9 million during the month.",
     (date(2023, 9, 1), date(2023, 9, 30))),
    ("In August 2023 Georgia exported goods worth $4 million to Mongolia, and it imported $2 million "
     "in the same month.", (date(2023, 8, 1), date(2023, 8, 31))),
    # no month named before: the period in force
    ("Georgia's trade with Mongolia reached $90 million in January-September 2023. Trade during the month "
     "of Ramadan was slow, and turnover came to $3 million.", (date(2023, 1, 1), date(2023, 9, 30))),
])
def test_during_the_month_is_the_month_named_before(text: str, expected: tuple) -> None:
    assert period(rows(text, published=date(2023, 11, 5))[-1]) == expected


# "X accounted for N of that": a part of the figure the sentence before reported, with its flow and
# period; a city's or region's part of the country's trade is no trade between states.
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan's exports reached $9 billion in 2023. Gold accounted for $3.1 billion of that.",
     [("UZ", None, "export", 9e9), ("UZ", None, "export", 3.1e9)]),
    ("Kazakhstan's wheat exports came to 4.1 million tonnes in 2023. Durum wheat accounted for about "
     "1.2 million tonnes of the total.", [("KZ", None, "export", 4.1e6), ("KZ", None, "export", 1.2e6)]),
    # negative: no figure the sentence before to be a part of
    ("Gold accounted for $3.1 billion of that, the ministry said.", []),
    # regions and cities
    ("Uzbekistan's foreign trade reached $60 billion in 2023, with Kazakhstan third at $4 billion. Tashkent city "
     "accounted for $25 billion of the annual turnover, Samarkand region for $3 billion.",
     [("UZ", None, "turnover", 6e10), ("UZ", "KZ", "turnover", 4e9)]),
    ("Uzbekistan's foreign trade reached $60 billion in 2023, with Kazakhstan third at $4 billion. Tashkent city "
     "accounted for $25 billion of the annual turnover, Tashkent region for $5 billion.",
     [("UZ", None, "turnover", 6e10), ("UZ", "KZ", "turnover", 4e9)]),
    ("Kyrgyzstan's exports rose to $3 billion in 2023. The capital accounted for $1.1 billion of the exports.",
     [("KG", None, "export", 3e9)]),
    # the whole named before the part
    ("Russia imported 1.1 million vehicles in 2023. Passenger cars made up the bulk of them at 950,000 units.",
     [("RU", None, "import", 1.1e6), ("RU", None, "import", 9.5e5)]),
    ("Georgia exported $2 billion of wine in 2022. Red wines formed the largest part of that, with $1.2 billion.",
     [("GE", None, "export", 2e9), ("GE", None, "export", 1.2e9)]),
    # negative: the bulk of something no figure before counted
    ("Passenger cars made up the bulk of them at 950,000 units, dealers said.", []),
    # negative: a state after the region's part has its own figure
    ("Bishkek city accounted for most of the turnover, while exports to Russia rose to $700 million in 2023.",
     [(None, "RU", "export", 7e8)]),
])
def test_a_part_of_the_last_figure(text: str, expected) -> None:
    got = [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount) for r in rows(text)]
    assert got == expected


# "Imports of trucks rose 5 percent to 12.1 thousand": a bare count a flow changed to is that flow's
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan imported 120,000 cars in 2023. Imports of trucks rose 5 percent to 12.1 thousand.",
     [120000, 12100]),
    ("Russia imported 900,000 cars in 2023, while truck imports slipped 1 percent to 76.2 thousand.",
     [900000, 76200]),
    ("Uzbekistan exported 60,000 vehicles in 2023; bus exports jumped 40% to about 2,300.", [60000, 2300]),
    # negative: no flow changed, or the count is an age or a rank
    ("Kazakhstan imported 120,000 cars in 2023. The fleet grew 5 percent to 12.1 thousand.", [120000]),
    ("Kazakhstan imported 120,000 cars in 2023, and the average age rose 3 percent to 14.", [120000]),
])
def test_a_bare_count_a_flow_changed_to(text: str, expected) -> None:
    assert [r.amount for r in rows(text)] == expected


# "Georgian wine worth $150 million went to Russia": what went to a state was exported there
@pytest.mark.parametrize("text, expected", [
    ("Wine exports grew. In 2022 Georgian wine worth $150 million went to Russia.", [("GE", "RU", 1.5e8)]),
    ("Exports rose in 2023: Kazakh wheat worth $400 million was shipped to China.", [("KZ", "CN", 4e8)]),
    ("Uzbekistan's exports reached $9 billion in 2023. Some $2 billion of that went to Russia.",
     [("UZ", None, 9e9), ("UZ", "RU", 2e9)]),
    # negative: money that went to a state as investment or a loan is no export
    ("Uzbekistan's exports reached $9 billion in 2023. Of the new investment, $2 billion went to Russia.",
     [("UZ", None, 9e9)]),
    # negative: no state after it
    ("Uzbekistan's exports reached $9 billion in 2023. A prize worth $2 million went to the winning team.",
     [("UZ", None, 9e9)]),
])
def test_what_went_to_a_state(text: str, expected) -> None:
    got = [(r.reporter_country_code, r.partner_country_code, r.amount) for r in rows(text) if r.flow == "export"]
    assert got == expected


# A goal stated at a visit before any trade figure ("agreed to reach $5 billion in trade volume") is the
# trade of the two states of the headline and lead, not of a third state named in passing.
@pytest.mark.parametrize("passing", [
    "Astana was the last stop of the president's tour, which had taken him to Mongolia and Japan.",
    "The visit came a week after talks with Russia and China.",
    "Before Astana, the minister had been to India and Japan.",
])
@pytest.mark.parametrize("goal", [
    '"We agreed to step up efforts to reach $5 billion in trade volume," the president said.',
    "The leaders set a goal of $5 billion in annual turnover.",
])
def test_a_goal_at_a_visit_is_the_visits_pair(passing: str, goal: str) -> None:
    text = ("Pakistan and Kazakhstan sign 12 deals.\n\nASTANA - Pakistan and Kazakhstan signed 12 agreements on Thursday "
            "during a state visit.\n\n" + passing + " " + goal)
    found = [r for r in rows(text) if r.amount == 5e9]
    assert found and all({r.reporter_country_code, r.partner_country_code} == {"PK", "KZ"} for r in found), \
        [sides(r) for r in found]


# A flow word in an institution's name is no trade cue: a loan from "the Export-Import Bank of China
# ($5 billion)" is no trade; nor is a credit line "from the Export Credit Agency".
@pytest.mark.parametrize("sentence", [
    "The deal provides for loans from the Export-Import Bank of China ($5 billion) to finance industrial projects.",
    "Georgia will borrow $300 million from the Export-Import Bank of Korea for a highway.",
    "Kazakhstan received a credit line of $200 million from the Japanese Export Credit Agency.",
    "The Import Department of Uzbekistan approved $40 million for new equipment.",
])
def test_a_flow_word_in_an_institutions_name_is_no_trade(sentence: str) -> None:
    assert rows("Kazakhstan and China sign deals.\n\n" + sentence) == []


@pytest.mark.parametrize("sentence", [
    "Exports to China rose to $5 billion.",
    "Export volumes to China reached $5 billion, the central bank said.",
])
def test_a_capitalised_flow_word_before_no_institution_stays_a_cue(sentence: str) -> None:
    assert [r.flow for r in rows("Kazakhstan's trade news.\n\n" + sentence)] == ["export"]


# A ranking of buyers a few sentences after an export figure goes on with it, in any countable unit
# (bottles are a unit of their own), and a state before its ordinal labels the bracketed figure.
@pytest.mark.parametrize("text, expected", [
    ("Georgia exported 86 million bottles of wine in 2021. Sales abroad were strong. Prices held up.\n\n"
     "Russia remained by far the largest buyer, taking 50 million bottles. Kazakhstan came second "
     "(11 million bottles) and China third (7 million bottles).",
     {86e6: None, 50e6: "RU", 11e6: "KZ", 7e6: "CN"}),
    ("Uzbekistan shipped 900,000 tonnes of cotton yarn abroad in 2022. Demand was firm.\n\n"
     "China was the main market, buying 400,000 tonnes. Russia came a distant second (90,000 tonnes).",
     {900_000: None, 400_000: "CN", 90_000: "RU"}),
    ("Kazakhstan exported 12 million bottles of mineral water in 2020. The brand is well known.\n\n"
     "Its biggest customer was Kyrgyzstan at 5 million bottles, ahead of Tajikistan (3 million bottles).",
     {12e6: None, 5e6: "KG", 3e6: "TJ"}),
    # negative: a ranking after output figures, or far from the trade figure, is no trade
    ("The Almaty winery bottled 9 million bottles in 2021. Russia remained the largest buyer of its brandy, "
     "taking 2 million bottles.", {}),
])
def test_a_ranking_of_buyers_goes_on_with_the_exports(text: str, expected: dict) -> None:
    found = {r.amount: r.partner_country_code for r in rows(text, published=date(2023, 1, 10))}
    assert found == expected


# The goods a figure counts may carry an aside in brackets before the side they went to; a group
# named after the figure, even with a state added ("the Central Asian countries and Mongolia"), is no
# one state; two states that "together" hold a share of the figure are neither of its sides.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan shipped 4.1 million tonnes of wheat and flour (in grain equivalent) to Uzbekistan in 2023.",
     ("KZ", "UZ")),
    ("Uzbekistan supplied 90,000 tonnes of cotton yarn (by weight) to China in 2022.", ("UZ", "CN")),
    ("Russia shipped 3 million tonnes of grain (wheat and barley) to the Central Asian countries and Mongolia "
     "in 2023.", ("RU", None)),
    ("In 2022 Kazakhstan exported 7.7 million tonnes of wheat, and Uzbekistan and Tajikistan together accounted "
     "for 80 percent of that.", ("KZ", None)),
    ("In 2021 Georgia exported 90 million bottles of wine, and Russia and Kazakhstan combined took 70% of them.",
     ("GE", None)),
    # negative: a state that received the goods is the partner; two states that bought together are a group
    ("Kazakhstan shipped 1.1 million tonnes of flour (in grain equivalent) to Mongolia in 2023, and Uzbekistan "
     "bought more.", ("KZ", "MN")),
])
def test_goods_in_brackets_groups_and_joint_shares(text: str, expected) -> None:
    found = rows(text)
    assert sides(found[0]) == expected, found


# Goods sold "on European markets", "in foreign markets", "to the world market" went abroad: an export
# of the seller's state to no one partner.
@pytest.mark.parametrize("text, amounts", [
    ("In 2022 Georgian firms sold goods worth $640 million on European markets, more than double the "
     "$290 million of 2020.", [6.4e8, 2.9e8]),
    ("Kazakh mills sold 2 million tonnes of flour in foreign markets in 2023.", [2e6]),
    ("In 2021 Uzbekistan sold cotton worth $300 million on the world market.", [3e8]),
    # negative: what is sold at home is no trade
    ("In 2023 Georgian firms sold goods worth $640 million on the domestic market.", []),
    ("Kazakh mills sold 2 million tonnes of flour in local markets in 2023.", []),
])
def test_goods_sold_on_foreign_markets_are_exports(text: str, amounts: list) -> None:
    found = rows(text)
    assert [r.amount for r in found] == amounts
    assert all(r.flow == "export" and r.partner_country_code is None for r in found)


# A rate between a goal and the trade it counts ("$3 billion a year in bilateral trade") leaves the
# figure a trade figure; a passive change "be raised to" names a level, not money raised as funds.
@pytest.mark.parametrize("text, target", [
    ("Kazakhstan and Pakistan agreed to work towards $3 billion a year in bilateral trade.", True),
    ("Georgia and China want $2 billion a year in mutual trade by 2030.", True),
    ("Uzbekistan and Japan aim for $900 million per year in trade.", True),
    ("Tajikistan and India hope to reach $500 million annually in bilateral trade.", True),
    ("Trade between Georgia and China reached $1.4 billion last year, and the sides said it could be raised to "
     "$2 billion in the near future.", True),
    ("Trade between Mongolia and Japan came to $400 million in 2022, and officials say it could be raised to $1 billion.", True),
])
def test_a_rate_or_a_passive_rise_keeps_the_trade_goal(text: str, target: bool) -> None:
    goals = [r for r in rows(text) if r.is_target]
    assert len(goals) == 1, rows(text)
    assert goals[0].flow == "turnover"


@pytest.mark.parametrize("text", [
    # near-misses: money raised as funds, a rate of investment, a yearly price
    "Kazakhstan's start-up raised $3 million a year in funding from Pakistan.",
    "Georgia and China plan $2 billion a year in investments in new plants.",
    "The Uzbek carmaker raised $900 million from Japanese banks.",
])
def test_money_raised_or_invested_at_a_rate_is_no_trade(text: str) -> None:
    assert rows(text) == []


# A purchase at home is no import: a country's people or consumers buying, or a buyer whose seller is
# a producer at home ("from miners", "from local farmers"); carriers counted are no volume.
@pytest.mark.parametrize("text", [
    "Kazakhs bought only about 2,500 electric cars in 2023, and dealers expect the market to double.",
    "Georgian households purchased some 40,000 tonnes of sugar in 2022, the statistics office said.",
    "Uzbek motorists bought 310,000 new vehicles last year, most of them made at home.",
    "Consumers in Azerbaijan purchased 12,000 tractors in 2023.",
    "The central bank has bought 21 tonnes of gold from miners since the start of the year.",
    "The state grain company purchased 1.2 million tonnes of wheat from local farmers in 2023.",
    "In 2022 the refinery bought 300,000 tonnes of crude from domestic producers.",
])
def test_a_purchase_at_home_is_no_import(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize("text, partner", [
    # negative: a state sells, or the goods come from abroad
    ("Kazakhstan bought 2,500 cars from China in 2023.", "CN"),
    ("Georgian households purchased 40,000 tonnes of imported sugar from Russia in 2022.", "RU"),
    ("In 2023 Uzbekistan bought 21 tonnes of gold from Russia.", "RU"),
    ("Turkish buyers purchased 90,000 tonnes of Kazakh wheat in 2023.", None),
])
def test_a_purchase_across_a_border_stays_trade(text: str, partner) -> None:
    found = rows(text)
    assert found, text
    if partner:
        assert any(partner in sides(r) for r in found), found


@pytest.mark.parametrize("text", [
    "The first export train of 62 wagons carrying 1,500 tonnes of sulphur left the site in May 2023.",
    "Kazakhstan exported 1.2 million tonnes of wheat to Uzbekistan in 2023, moved by 8,200 trucks.",
    "In 2023 Georgia shipped 40,000 tonnes of hazelnuts to Russia in 1,900 containers.",
    "A convoy of 45 trucks loaded with 900 tonnes of flour crossed into Kyrgyzstan in 2023.",
    "Some 120 wagons, carrying 7,000 tonnes of coal, left Mongolia for China in 2023.",
])
def test_carriers_counted_are_no_volume(text: str) -> None:
    units = {r.unit for r in rows(text)}
    assert "wagons" not in units and "vehicles" not in units, rows(text)


@pytest.mark.parametrize("text, unit", [
    # negative: wagons and trucks sold abroad are goods
    ("Kazakhstan exported 500 freight wagons to Uzbekistan in 2023.", "wagons"),
    ("In 2023 Turkiye exported 1,200 trucks to Georgia.", "vehicles"),
])
def test_carriers_sold_are_goods(text: str, unit: str) -> None:
    assert any(r.unit == unit for r in rows(text)), rows(text)


# A share sent to a state, told after the whole ("and 97.8% of that went to Russia"), makes that state
# no side of the whole figure.
@pytest.mark.parametrize("text", [
    "In 2023 Azerbaijan shipped 140,000 tonnes of tomatoes abroad for $162 million, and 97.8% of that went "
    "to Russian buyers.",
    "Georgia exported 31,000 tonnes of hazelnuts in 2022, with 60 percent going to Turkiye.",
    "Kazakhstan sold 9 million tonnes of wheat abroad in 2023, of which 45% was shipped to Uzbekistan.",
    "In 2023 Uzbekistan imported 420,000 tonnes of sugar, and 70 per cent of it came from Russia.",
])
def test_a_share_sent_to_a_state_leaves_the_whole_without_partner(text: str) -> None:
    found = rows(text)
    assert found and all(r.partner_country_code is None for r in found), found


@pytest.mark.parametrize("text, partner", [
    # negative: the state named as the destination of the whole stays its partner
    ("In 2023 Azerbaijan shipped 140,000 tonnes of tomatoes to Russia, 12% more than in 2022.", "RU"),
    ("Georgia exported 31,000 tonnes of hazelnuts to Turkiye in 2022, or 60 percent of the total.", "TR"),
])
def test_a_destination_of_the_whole_stays_its_partner(text: str, partner: str) -> None:
    found = rows(text)
    assert found and all(r.partner_country_code == partner for r in found), found


# A relative clause hung on a state ("Russia, which buys Kazakh wheat, ...") hides nothing of that state's
# role, and the state it names is no side of the figure.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's exports reached $60 billion in 2023. China, which buys Kazakh copper, remained the main "
     "destination of exports: $15.2 billion, or 25 percent of the total.", ("KZ", "CN")),
    ("Georgia's exports reached $5.6 billion in 2023. Russia, which buys Georgian wine, was the largest market, "
     "with $650 million.", ("GE", "RU")),
    ("Uzbekistan's imports reached $38 billion in 2023. China, which sells Uzbek buyers most of their cars, "
     "remained the main supplier: $10.6 billion.", ("UZ", "CN")),
    # negative: a state named as the other side without a relative clause
    ("Kazakhstan's exports reached $60 billion in 2023. China remained the main destination of exports: "
     "$15.2 billion.", ("KZ", "CN")),
])
def test_a_relative_clause_keeps_the_partner(text: str, expected) -> None:
    found = rows(text)
    assert len(found) == 2 and sides(found[-1]) == expected, found


# A state that "traded" a figure with no other side named traded it with all partners, whatever pair
# the article is about.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and China met. ASTANA - Kazakhstan traded 95 million tonnes of goods worth $140 billion in 2023, "
     "the customs committee said.", ("KZ", None)),
    ("Talks between Georgia and Turkiye went on. Georgia has traded goods worth $21 billion in 2023.", ("GE", None)),
    ("Russia and Mongolia agreed on coal. In 2023 Mongolia traded $24 billion of goods, a record.", ("MN", None)),
    # negative: a side named after the verb
    ("Kazakhstan and China met. In 2023 Kazakhstan traded goods worth $41 billion with China.", ("KZ", "CN")),
    ("Georgia and Turkiye traded goods worth $2.5 billion in 2023.", ("GE", "TR")),
])
def test_a_state_that_traded_alone_has_no_partner(text: str, expected) -> None:
    found = [r for r in rows(text) if r.is_money]
    assert found and all(sides(r) == expected for r in found), found


# What traded goods cost is their value: "imports ... cost $26.8 billion".
@pytest.mark.parametrize("text, flow, amount", [
    ("In 2023 Kazakhstan's imports weighed about 25 million tonnes and cost $26.8 billion.", "import", 26.8e9),
    ("Georgian imports of cars cost $1.2 billion in 2023.", "import", 1.2e9),
    ("In 2023 Kazakh wheat exports to Uzbekistan cost about $1.1 billion.", "export", 1.1e9),
])
def test_what_goods_cost_is_their_value(text: str, flow: str, amount: float) -> None:
    assert any(r.is_money and r.flow == flow and r.amount == amount for r in rows(text)), rows(text)


@pytest.mark.parametrize("text", [
    # negative: the cost of something else, or a cost named before the verb
    "Kazakhstan imported 300 buses in 2023, which cost the city $90 million.",
    "Kazakhstan's imports grew in 2023. The cost of the new plant was $300 million.",
    "Georgia's imports grew in 2023, and the investment project's equipment cost $40 million.",
    "In 2023 an exported tonne fetched $348 on average, while an imported tonne cost $1,650.",
    "Kazakhstan's imported cars cost $21,000 apiece in 2023, and an imported vehicle cost more in 2024.",
])
def test_other_costs_are_no_trade_value(text: str) -> None:
    assert not any(r.is_money for r in rows(text)), rows(text)


# What exports brought in is their value ("earned $538 million from tomato exports"); goods that "went to
# 52 countries" went abroad.
@pytest.mark.parametrize("text, amount", [
    ("Turkiye earned $538 million from tomato exports in 2023, 42.8% more than a year before.", 538e6),
    ("In 2023 Georgia made 250 million dollars from its wine exports.", 250e6),
    ("Uzbekistan's cotton sector made $1.1 billion from cotton yarn exports in 2022.", 1.1e9),
    ("Georgia's wine exports rose in 2023. A total of 94,000 tonnes went to 52 countries.", 94000),
    ("In 2023 Kazakhstan's flour exports rose: 2.1 million tonnes were shipped to some 30 countries.", 2.1e6),
])
def test_export_earnings_and_many_destinations_are_exports(text: str, amount: float) -> None:
    assert any(r.flow == "export" and r.amount == amount and r.partner_country_code is None for r in rows(text)), rows(text)


@pytest.mark.parametrize("text", [
    # negative: taxes or duties on exports, and a count of countries with no goods
    "The state earned $40 million from taxes on exports in 2023.",
    "Kazakhstan collected $300 million from export duties in 2023.",
    "In 2023, 40 delegates went to 52 countries.",
])
def test_duties_and_taxes_on_exports_are_no_exports(text: str) -> None:
    assert rows(text) == []


def test_a_brief_under_its_own_heading_sets_the_period_in_force() -> None:
    # a digest: the second brief's figures after its lead take the lead's year, not the first brief's months
    text = ("TRADE BRIEFS\n\nGeorgian wine exports up in early 2024\n\nGeorgia exported 12,000 tonnes of wine in "
            "January-February, the statistics office said.\n\nTurkish hazelnut exports up in 2023\n\n"
            "Turkiye earned $2.1 billion from hazelnut exports in 2023. A total of 300,000 tonnes went to 100 "
            "countries. Russia was the biggest buyer with $250 million.\n")
    found = {r.amount: period(r) for r in rows(text)}
    assert found[300000] == Y[2023] and found[250e6] == Y[2023], found


# An amount set after a comma with no verb of its own and restated as a percentage compared is the
# change ("..., $4.6 billion or 19.3% less than a year earlier"); the level a verb states and then
# restates as a change stays a level ("reached $3.1 billion, or 14% more than in 2022").
@pytest.mark.parametrize("text, levels", [
    ("Kazakhstan's foreign trade turnover reached $19.5 billion in January-July 2020, $4.6 billion or 19.3% "
     "less than a year earlier, the statistics committee said.", [19.5e9]),
    ("Georgia's exports came to $3.1 billion in 2023, $400 million or 14% more than in 2022.", [3.1e9]),
    ("Mongolia's coal exports totalled 70 million tonnes in 2023, 38 million tonnes (117%) more than in 2022.", [70e6]),
    ("Uzbekistan imported 40,000 cars in 2023, 12,000 units or 43 percent more than a year earlier.", [40000]),
    ("Pakistan's exports to China stood at $2.4 billion in 2023, $300 million, or 11 per cent, lower than in 2022.",
     [2.4e9]),
    # negative: the level restated as a change, and an amount restated as a share, stay levels
    ("Georgia's exports came to $3.1 billion in 2023, or 14% more than in 2022.", [3.1e9]),
    ("In 2023, Georgia's exports came to $3.1 billion, 14% more than in 2022.", [3.1e9]),
    ("Georgia's wine exports grew in 2023. Sales to Russia, $300 million or 62% of the total, led.", [300e6]),
])
def test_an_appositive_amount_restated_as_a_percentage_change_is_a_change(text: str, levels: list) -> None:
    assert sorted(r.amount for r in rows(text)) == levels, rows(text)


# A state named as whose goods a buyer buys is the seller, the buyer its partner ("Germany remained the
# largest buyer of Turkish goods": Turkey's exports to Germany); a state whose market or imports a
# supplier serves is the buyer ("the main supplier to the Turkish market": Turkey's imports).
@pytest.mark.parametrize("text, expected", [
    ("Turkiye's exports reached $255 billion in 2023. Japan remained the largest buyer of Turkish goods with "
     "$11.9 billion.",
     ("TR", "JP", "export")),
    ("Kazakhstan exported goods worth $5 billion in 2023. India was the biggest customer for Kazakh grain, "
     "at $1.2 billion.", ("KZ", "IN", "export")),
    ("The largest buyers of Georgian products in 2023 were Russia with $700 million and China.",
     ("GE", "RU", "export")),
    ("Turkiye imported goods worth $60 billion in 2023. Russia was the main supplier to the Turkish market "
     "with $20 billion.", ("TR", "RU", "import")),
    ("In 2023 China stayed the top supplier of Uzbek imports, with $6.4 billion.", ("UZ", "CN", "import")),
    # negative: a buyer with no state's goods named keeps the sides the sentence gives
    ("Kazakhstan exported $5 billion of goods in 2023, and Japan was the biggest buyer with $1.2 billion.",
     ("KZ", "JP", "export")),
])
def test_whose_goods_a_buyer_buys_is_the_seller(text: str, expected: tuple) -> None:
    found = [(r.reporter_country_code, r.partner_country_code, r.flow) for r in rows(text) if r.partner_country_code]
    assert found and found[0] == expected, rows(text)


# "with $11.9 billion over seven months, including $1.7 billion in July": a span counted in months after
# the figure, as long as the span in force, is that span, not the month named later
@pytest.mark.parametrize("text, expected", [
    ("Turkiye's exports reached $150 billion in January-July 2024. Japan remained the largest buyer with "
     "$11.9 billion over seven months, including $1.7 billion in July.",
     {11.9e9: (date(2024, 1, 1), date(2024, 7, 31)), 1.7e9: (date(2024, 7, 1), date(2024, 7, 31))}),
    ("Georgia's imports came to $9 billion in January-July 2024. Turkiye supplied $1.6 billion of them "
     "in the seven months.", {1.6e9: (date(2024, 1, 1), date(2024, 7, 31))}),
    # negative: a count of months that is not the span in force decides nothing
    ("Georgia's imports came to $9 billion in January-July 2024. Turkiye supplied $1.6 billion over "
     "three months, in July.", {1.6e9: (date(2024, 7, 1), date(2024, 7, 31))}),
])
def test_months_counted_after_a_figure_are_the_span_in_force(text: str, expected: dict) -> None:
    found = {r.amount: period(r) for r in rows(text, published=date(2024, 9, 1))}
    assert {a: found.get(a) for a in expected} == expected, found


# A total of the reporter's trade ("Total turnover", "Overall turnover") is with all partners, whatever
# partner the figures before had; its flows split right after it ("of which exports were ...") are too,
# and a state named after it as a partner of its parts does not make it that state's total.
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan's trade with China reached $2.3 billion in January-May. Russia followed with $2.1 billion. "
     "Total turnover for January-May stood at $12.9 billion, of which exports were $5.1 billion and imports "
     "$7.8 billion.", {12.9e9: ("UZ", None, "turnover"), 5.1e9: ("UZ", None, "export"), 7.8e9: ("UZ", None, "import")}),
    ("Kazakhstan's trade with China reached $2.3 billion in 2023. Overall turnover came to $130 billion, with "
     "exports at $80 billion and imports at $50 billion.",
     {130e9: ("KZ", None, "turnover"), 80e9: ("KZ", None, "export"), 50e9: ("KZ", None, "import")}),
    ("Georgia's trade with Turkiye grew in 2023 to $2.9 billion. Foreign trade came to $20 billion, including "
     "imports of $15 billion.", {20e9: ("GE", None, "turnover"), 15e9: ("GE", None, "import")}),
    ("Kazakhstan's trade with China reached $2.3 billion in 2023. Overall turnover came to $130 billion, with "
     "exports to Russia at $8 billion.", {130e9: ("KZ", None, "turnover"), 8e9: ("KZ", "RU", "export")}),
    # negative: the two countries' total is the pair's; a total with one partner named is that partner's
    ("Kazakhstan's trade with Russia rose in 2023. Total turnover between the two countries reached $27 billion.",
     {27e9: ("KZ", "RU", "turnover")}),
    ("Kazakhstan's trade with Russia rose in 2023. Total trade between the two countries reached $27 billion.",
     {27e9: ("KZ", "RU", "turnover")}),
    ("In 2023 Kazakhstan's total turnover with Russia reached $27 billion.", {27e9: ("KZ", "RU", "turnover")}),
])
def test_a_total_and_its_flows_are_with_all_partners(text: str, expected: dict) -> None:
    found = {r.amount: (r.reporter_country_code, r.partner_country_code, r.flow) for r in rows(text)}
    assert {a: found.get(a) for a in expected} == expected, found


# A state's place in a ranking named by its role ("took first place among partners with $2.3 billion",
# "ranked second among suppliers with ...") is the reporter's trade with it, of the role's flow; the
# states that follow in the ranking go on with it.
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan's foreign trade turnover reached $19.5 billion in 2019. China took first place among partners "
     "with $2.3 billion. Russia followed with $2.1 billion.",
     {2.3e9: ("UZ", "CN", "turnover"), 2.1e9: ("UZ", "RU", "turnover")}),
    ("Georgia's foreign trade reached $14 billion in 2019. Turkiye had regained first place among trading "
     "partners with $1.9 billion.", {1.9e9: ("GE", "TR", "turnover")}),
    ("Kazakhstan's imports reached $19.5 billion in 2019. China held first place among suppliers, with "
     "$5.3 billion.", {5.3e9: ("KZ", "CN", "import")}),
    ("Kazakhstan's exports reached $19.5 billion in 2019. Japan kept the top spot among buyers at $5.3 billion.",
     {5.3e9: ("KZ", "JP", "export")}),
    # negative: a place in another ranking is no trade
    ("Kazakhstan's exports reached $19.5 billion in 2019. Japan took first place among investors with "
     "$5.3 billion.", {5.3e9: None}),
])
def test_a_place_among_partners_is_the_trade_with_that_state(text: str, expected: dict) -> None:
    found = {r.amount: (r.reporter_country_code, r.partner_country_code, r.flow) for r in rows(text)}
    assert {a: found.get(a) for a in expected} == expected, found


@pytest.mark.parametrize("sentence, traded, made", [
    ("Steppe Coal exported 8.4 million tonnes of coal to China in 2017, while its output for the year exceeded "
     "10 million tonnes.", 8.4e6, 10e6),
    ("Kazakhstan sold 2 million tonnes of wheat abroad in 2023; its production reached 16 million tonnes.",
     2e6, 16e6),
])
def test_output_in_a_clause_of_its_own_is_no_trade(sentence: str, traded: float, made: float) -> None:
    facts = facts_of(sentence, published=date(2024, 2, 1))
    assert [r.amount for r in facts.trade] == [traded]
    assert [r.quantity for r in facts.production] == [made]


def test_a_clause_of_output_that_trades_is_trade() -> None:
    facts = facts_of("Kazakhstan exported 2 million tonnes of wheat in 2023, while exports of its flour production "
                     "reached 500,000 tonnes.", published=date(2024, 2, 1))
    assert [r.amount for r in facts.trade] == [2e6, 500_000]


# A state's total or overall exports and imports are its flows with all partners, even in an article
# on its trade with one neighbour; its exports to that neighbour keep the pair.
def test_total_exports_are_with_all_partners() -> None:
    text = ("Trade between Pakistan and China fell in 2023. Pakistan's exports to China came to "
            "$544 million. Pakistan's total exports climbed 11.5 percent to $31.09 billion, while overall "
            "imports edged up to $53.17 billion.")
    got = {r.amount: sides(r) for r in rows(text, published=date(2024, 3, 1))}
    assert got == {544e6: ("PK", "CN"), 31.09e9: ("PK", None), 53.17e9: ("PK", None)}


def test_a_states_total_exports_after_another_states_trade() -> None:
    text = ("The wider picture was brighter than for the Chinese trade: Pakistan's total exports climbed "
            "11.5 percent to $31.09 billion.")
    assert [sides(r) for r in rows(text, published=date(2024, 8, 1))] == [("PK", None)]


# "there" after the goods points back to the buyer just named; "Georgian producers shipped" names the
# exporter, not a state holding a share.
def test_goods_shipped_there_go_to_the_buyer_just_named() -> None:
    text = ("Georgia earned $42.8 million from exports of water in January-May 2020. Russia remained by far the "
            "biggest buyer. Georgian producers shipped 31,082 tonnes of water worth $17.7 million there in the five "
            "months, which gives Russia a 41.3% share of the country's water exports.")
    got = {r.amount: sides(r) for r in rows(text, published=date(2020, 6, 19))}
    assert got[31_082] == ("GE", "RU") and got[17.7e6] == ("GE", "RU")
