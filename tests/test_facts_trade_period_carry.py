"""Which period and flow a trade figure takes when its own words do not say, each a table of invented
articles: the level of a "from X in 2022 to Y" comparison, a base "in the same months of" another year,
the lead's period over the lines of a list, a period a figure is only compared with, a shipment's day,
the flow named right after a physical figure, and a figure given from the side whose statistics cite it."""
from datetime import date

import pytest

from facts_helpers import facts_of

Y = {y: (date(y, 1, 1), date(y, 12, 31)) for y in range(2010, 2027)}


def by_amount(text, **kw):
    return {r.amount: (r.period_start, r.period_end) for r in facts_of(text, **kw).trade}


def flows(text, **kw):
    return {r.amount: (r.reporter_country_code, r.partner_country_code, r.flow) for r in facts_of(text, **kw).trade}


# "from $5.4 billion in 2022 to $8.4 billion": the base's period is not the level's; the level takes the
# period named before the base, and the next sentence's figures follow the level, not the base
@pytest.mark.parametrize("text, expected", [
    ("Georgian exports climbed by 20 percent last year, from $5 billion in 2022 to $6 billion.",
     {5e9: Y[2022], 6e9: Y[2023]}),
    ("In 2023 Kazakh wheat shipments to Iran rose from 300,000 tonnes in 2022 to 450,000 tonnes.",
     {300e3: Y[2022], 450e3: Y[2023]}),
    ("Uzbekistan's imports from Korea jumped in 2021, from $1.1 billion in 2020 to $1.9 billion.",
     {1.1e9: Y[2020], 1.9e9: Y[2021]}),
    ("Armenian exports climbed by 50 percent last year, from $4 billion in 2022 to $6 billion. Imports grew "
     "more slowly, reaching $9 billion after $7 billion a year earlier.",
     {6e9: Y[2023], 9e9: Y[2023], 7e9: Y[2022]}),
    ("Last year, exports of Uzbek fruit rose from $1.2 billion in 2022 to $1.5 billion.",
     {1.2e9: Y[2022], 1.5e9: Y[2023]}),
    ("In January-June 2024 Georgian wine exports went up from $90 million in January-June 2023 to $110 million.",
     {90e6: (date(2023, 1, 1), date(2023, 6, 30)), 110e6: (date(2024, 1, 1), date(2024, 6, 30))}),
    # negative: a count of other things is no base ("from 31 countries in 2023")
    ("Uzbekistan brought in passenger cars from 31 countries in 2023, slightly more than 73 thousand units in all.",
     {73e3: Y[2023]}),
    # negative: no period before the base: the one in force
    ("Kyrgyz exports reached $2 billion in 2023. Shipments of gold rose from $600 million in 2022 to $800 million.",
     {600e6: Y[2022], 800e6: Y[2023]}),
])
def test_a_level_after_its_base(text: str, expected) -> None:
    got = by_amount(text, published=date(2024, 3, 1))
    assert {a: got.get(a) for a in expected} == expected


# a base "in the same months of 2022" takes the level's part of the year, in that year
@pytest.mark.parametrize("text, expected", [
    ("China shipped 80,000 cars to Kazakhstan in January-November 2023, six times more than the 13,000 units "
     "it sent in the same months of 2022.",
     {13e3: (date(2022, 1, 1), date(2022, 11, 30))}),
    ("Turkey sold 5,000 tractors to Uzbekistan in the first half of 2024, against 3,000 in the same period of 2023.",
     {3e3: (date(2023, 1, 1), date(2023, 6, 30))}),
    ("Russia delivered 2 million tonnes of wheat to Azerbaijan in January-September 2023, up from 1.5 million "
     "tonnes in the same months of 2022.",
     {1.5e6: (date(2022, 1, 1), date(2022, 9, 30))}),
    # negative: a level for a whole year keeps its base a whole year
    ("Iran exported 40,000 tonnes of cement to Iraq in 2023, twice the 20,000 tonnes it sold in 2022.",
     {20e3: Y[2022]}),
])
def test_a_base_in_the_same_months_of_another_year(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# a lead that names the period of the trade it reports, with no figure, puts that period in force for
# the figures below it (a list, or the next sentences)
@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan sold more natural gas abroad in 2023 than a year earlier.\n\nThe minister gave the breakdown:\n\n"
     "- Italy: 9.1 billion cubic metres\n- Greece: 2.5 billion cubic metres\n",
     {9.1e9: Y[2023], 2.5e9: Y[2023]}),
    ("Kyrgyz imports from China kept growing in the first half of 2024, customs said.\n\nMain goods:\n\n"
     "- Clothing: $900 million\n- Machinery: $400 million\n",
     {900e6: (date(2024, 1, 1), date(2024, 6, 30)), 400e6: (date(2024, 1, 1), date(2024, 6, 30))}),
    ("Georgia's hazelnut exports hit a record in 2022, the ministry said. Shipments to Italy came to 6,000 tonnes.",
     {6e3: Y[2022]}),
    # negative: a goal's year is no period of reported figures
    ("Uzbekistan plans to export more cotton yarn in 2026.\n\nBuyers:\n\n- Turkey: 100,000 tonnes\n",
     {100e3: None}),
])
def test_the_leads_period_carries_to_figures_below(text: str, expected) -> None:
    got = {a: (p if p != (None, None) else None) for a, p in by_amount(text, published=date(2024, 9, 1)).items()}
    assert {a: got.get(a) for a in expected} == expected


# a period a figure is only set against is not its own: "up 28 percent on the same period last year",
# "twice the volume of the 2019/2020 season"; a value "for" a named shipment shares its period
@pytest.mark.parametrize("text, expected", [
    ("Iran's exports reached $10 billion in January-March 2024. Exports of steel came to 3 million tonnes, "
     "up 12 percent on the same period last year.", {3e6: (date(2024, 1, 1), date(2024, 3, 31))}),
    ("Kazakh grain exports reached 5 million tonnes in January-June 2024. Flour exports came to 900,000 "
     "tonnes, down 4 percent from the same period a year ago.", {900e3: (date(2024, 1, 1), date(2024, 6, 30))}),
    ("Between 1 September 2022 and 31 January 2023 Moldova exported 40,000 tonnes of walnuts for $90 million, "
     "twice the volume of the 2021/2022 season.",
     {40e3: (date(2022, 9, 1), date(2023, 1, 31)), 90e6: (date(2022, 9, 1), date(2023, 1, 31))}),
    ("In 2023 Turkey sold 12,000 tonnes of dried apricots for $60 million to Russia, double the amount of 2021.",
     {60e6: Y[2023]}),
    ("Kazakh grain exports reached 5 million tonnes in January-June 2024. Flour exports totalled 900,000 "
     "tonnes, 10 percent more than in the same period of last year.", {900e3: (date(2024, 1, 1), date(2024, 6, 30))}),
])
def test_a_period_compared_with_is_not_the_figures(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# the day a shipment moved is its period; the day something was said is not
@pytest.mark.parametrize("text, expected", [
    ("The Navoi plant began exporting on Monday, with a first lot of 300 tonnes bound for Afghanistan.",
     {300.0: (date(2024, 5, 13), date(2024, 5, 13))}),
    ("Kazakhstan shipped a first lot of 1,200 tonnes of wheat to Georgia on 3 May, the railway said.",
     {1200.0: (date(2024, 5, 3), date(2024, 5, 3))}),
    ("The first 50 Chery cars assembled in Samsun were shipped on 10 May to Georgia.",
     {50.0: (date(2024, 5, 10), date(2024, 5, 10))}),
    ("Russia delivered its first consignment of 500 buses to Kazakhstan on 2 April.",
     {500.0: (date(2024, 4, 2), date(2024, 4, 2))}),
    # negative: the day of saying
    ("Georgia exported 2,000 tonnes of hazelnuts to Italy in 2023, the ministry said on Monday.",
     {2000.0: Y[2023]}),
])
def test_a_shipment_day(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# "35.5 million tonnes of exports worth $12.5 billion and 8.6 million tonnes of imports": each physical
# figure takes the flow named right after its unit
@pytest.mark.parametrize("text, expected", [
    ("Iran's non-oil trade reached $26 billion, consisting of 35 million tonnes of exports worth $12 billion "
     "and 8 million tonnes of imports worth $14 billion.",
     {35e6: "export", 12e9: "export", 8e6: "import", 14e9: "import"}),
    ("Kazakhstan's grain trade came to 11 million tonnes, made up of 10 million tonnes of exports and "
     "1 million tonnes of imports.", {10e6: "export", 1e6: "import"}),
    ("Turkmen gas trade totalled 40 billion cubic metres in 2023: 38 billion cubic metres in exports and "
     "2 billion cubic metres in imports.", {38e9: "export", 2e9: "import"}),
])
def test_the_flow_named_after_a_physical_figure(text: str, expected) -> None:
    got = {a: f for a, (_, _, f) in flows(text).items()}
    assert {a: got.get(a) for a in expected} == expected


# a figure the buyer's verb gives, cited from the seller's statistics, is the seller's export
@pytest.mark.parametrize("text, expected", [
    ("China bought Kazakh goods worth $12 billion last year, according to Kazakhstan's customs service.",
     {12e9: ("KZ", "CN", "export")}),
    ("Russia purchased Uzbek fruit worth $400 million in 2023, Uzbek statistics show.",
     {400e6: ("UZ", "RU", "export")}),
    ("Turkiye sold goods worth $2 billion to Azerbaijan in 2023, according to Azerbaijani customs data.",
     {2e9: ("AZ", "TR", "import")}),
    # negative: the statistics are the buyer's own
    ("China bought Kazakh goods worth $12 billion last year, according to Chinese customs.",
     {12e9: ("CN", "KZ", "import")}),
])
def test_a_figure_takes_the_side_of_the_statistics_it_cites(text: str, expected) -> None:
    got = flows(text)
    assert {a: got.get(a) for a in expected} == expected


# a goal or forecast "for the full year" is for the whole of the year of the figures in force; a goal
# with a month of its own keeps it
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan exported 837,000 tonnes of crude to Georgia in January-July. The operator plans to ship a "
     "further 120,000 tonnes to Georgia in August and keeps its export forecast for the full year at up to "
     "1.5 million tonnes.",
     {120e3: (date(2024, 8, 1), date(2024, 8, 31)), 1.5e6: Y[2024]}),
    ("Uzbek cotton exports came to $400 million in January-March 2024. Over the whole year exports are "
     "expected to reach $1.5 billion.", {1.5e9: Y[2024]}),
    ("Georgia exported wine worth $100 million in the first half of 2023. Full-year exports were forecast at "
     "$250 million.", {250e6: Y[2023]}),
    ("Kazakhstan shipped 136,000 tonnes of oil to Azerbaijan in July. Exports to Azerbaijan should reach "
     "1.5 million tonnes this year.", {1.5e6: Y[2024]}),
    # negative: a year written with it is its own
    ("Georgia exported wine worth $100 million in the first half of 2023. Exports for the full year 2022 "
     "were $180 million.", {180e6: Y[2022]}),
])
def test_a_figure_for_the_full_year(text: str, expected) -> None:
    got = by_amount(text, published=date(2024, 8, 14))
    assert {a: got.get(a) for a in expected} == expected


# a passive flow verb after figures ("were shipped abroad") names the flow of the last figure before it
# (its subject), not of an output figure further back
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's assembly industry closed 2019 with output of more than fifty thousand units, and 2,700 "
     "of the vehicles built last year were shipped abroad.", {2700.0: "export"}),
    ("Uzbekistan made 300,000 cars in 2023; 50,000 of them were sold abroad.", {50e3: "export"}),
    ("The Almaty plant assembled 20,000 buses in 2022, and 1,200 of these were delivered to Kyrgyzstan.",
     {1200.0: "export"}),
    ("Georgia produced 40,000 tonnes of hazelnuts in 2023, and 30,000 tonnes of the crop were exported.",
     {30e3: "export"}),
])
def test_a_passive_flow_verb_governs_the_figure_before_it(text: str, expected) -> None:
    got = flows(text, published=date(2020, 2, 1))
    assert {a: f for a, (_, _, f) in got.items()} == expected


# a line of a production list that also reports trade gives its trade figure, for the line's period
@pytest.mark.parametrize("text, expected", [
    ("Key figures for the sector:\n- 2013: Azerbaijan produced 50,000 tonnes of aluminium; exports of aluminium "
     "fell 13% to $80 million\n- 2018: the Ganja plant produced 52,000 tonnes\n", {80e6: Y[2013]}),
    ("Milestones of the plant:\n* 2021: the plant made 9,000 tractors; exports to Kazakhstan reached $40 million\n"
     "* 2022: the plant made 11,000 tractors\n", {40e6: Y[2021]}),
])
def test_a_trade_figure_on_a_production_line(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# A period stated once above figures that name none: by a line that introduces a list (with or without
# a trade word of its own), or by a lead that names the trading partner of a year.
@pytest.mark.parametrize("text, amount, expected", [
    ("Trade between Georgia and Kazakhstan is small. In the first eleven months of 2020:\n"
     "- Kazakhstan exported 22,300 tonnes of goods worth $38.1 million to Georgia;\n"
     "- Kazakhstan imported 10,000 tonnes worth $5.2 million from Georgia.\n", 5.2e6,
     (date(2020, 1, 1), date(2020, 11, 30))),
    ("The ministers met in Baku on Monday. Customs gave the picture for January-June 2023:\n"
     "- Azerbaijan exported goods worth $61 million to Uzbekistan;\n"
     "- Azerbaijan imported $80 million of Uzbek goods.\n", 61e6, (date(2023, 1, 1), date(2023, 6, 30))),
    ("Kazakhstan kept its place as Georgia's biggest trading partner in 2022, full-year data show. "
     "Imports from Kazakhstan made up $2.4 billion, while Georgian exports to the Kazakh market came to "
     "$435.5 million.", 435.5e6, Y[2022]),
    ("China remained Mongolia's top trading partner in 2021. Mongolian exports to China came to $6.1 billion.",
     6.1e9, Y[2021]),
    # near misses: an intro with two periods, or none, says nothing of the lines
    ("Trade with Georgia grew. Compare 2019 and 2020:\n"
     "- Kazakhstan exported goods worth $38.1 million to Georgia;\n", 38.1e6, (None, None)),
])
def test_a_period_stated_above_the_figures(text: str, amount: float, expected) -> None:
    assert by_amount(text)[amount] == expected


JAN_JUL_23 = (date(2023, 1, 1), date(2023, 7, 31))


# A share given with its amount takes the period of the total it is a share of, not the month the
# figures just before it were for.
@pytest.mark.parametrize("share, amount", [
    ("China remained the largest partner, accounting for 61.7% of total trade, or $5.8 billion.", 5.8e9),
    ("Russia's share was 18 percent of the total turnover, or about $1.5 billion.", 1.5e9),
    ("Kazakhstan's share was 30% of the country's foreign trade, i.e. $2.6 billion.", 2.6e9),
    ("China made up 45% of Mongolia's trade turnover, or $3.9 billion.", 3.9e9),
])
def test_a_share_of_a_total_takes_the_totals_period(share: str, amount: float) -> None:
    text = ("Mongolia's foreign trade news.\n\nMongolia's foreign trade turnover amounted to $8.6 billion in "
            "January-July 2023. Exports came to $4.7 billion and imports to $3.8 billion.\n\nIn July 2023 alone, "
            "Mongolia exported goods worth $630 million and imported $577 million.\n\n" + share)
    assert by_amount(text, published=date(2023, 8, 11))[amount] == JAN_JUL_23


def test_a_share_without_a_total_keeps_the_period_in_force() -> None:
    text = ("Mongolia's trade news.\n\nIn July 2023 Mongolia's exports to Russia came to $630 million. China "
            "accounted for 45% of total trade, or $1.3 billion.")
    assert by_amount(text, published=date(2023, 8, 11))[1.3e9] == (date(2023, 7, 1), date(2023, 7, 31))


# The lines under an intro that states no period break down the figure right before it in its
# paragraph: they keep that figure's year, even when the article's figures are for a later span.
@pytest.mark.parametrize("intro", ["Of that:", "Of this:", "It breaks down as follows:", "The split:"])
def test_a_breakdown_list_keeps_its_paragraphs_year(intro: str) -> None:
    text = ("Kazakhstan's trade with China grows.\n\nTrade between Kazakhstan and China grew by 5% in January-November "
            "2023 to around $38 billion.\n\nFor comparison, full-year 2022 trade with China amounted to $31.1 billion. "
            + intro + "\n- Kazakh exports to China: $13.2 billion;\n- imports from China: $17.9 billion.\n")
    found = by_amount(text, published=date(2024, 1, 15))
    assert found[13.2e9] == Y[2022] and found[17.9e9] == Y[2022]


def test_a_list_in_a_new_paragraph_keeps_the_period_in_force() -> None:
    text = ("Kazakhstan's trade with China grows.\n\nTrade between Kazakhstan and China grew in January-November 2023 "
            "to around $38 billion. In 2022 it had amounted to $31.1 billion.\n\nThe main flows:\n"
            "- Kazakh exports to China: $16.2 billion;\n- imports from China: $21.8 billion.\n")
    found = by_amount(text, published=date(2024, 1, 15))
    assert found[16.2e9] == (date(2023, 1, 1), date(2023, 11, 30))


def test_a_digest_story_starts_afresh_under_its_capitalised_headline() -> None:
    # the second story's figures are its own country's, not the first story's; a headline in
    # capitals restates a figure below it and is no fact itself
    text = ("Trade in brief\n\nKYRGYZSTAN SOLD 20 TONNES OF GOLD ABROAD LAST YEAR\n\n"
            "Kyrgyzstan exported 20.2 tonnes of gold in 2023.\n\n"
            "TAJIKISTAN TO SEND MORE POWER TO THE NORTH\n\n"
            "The state utility exported 2.7 billion kWh of electricity in 2023, its head said.\n\n"
            "Uzbekistan bought 907.5 million kWh.")
    rows = [(r.reporter_country_code, r.partner_country_code, r.amount)
            for r in facts_of(text, published=date(2024, 2, 16), title="Trade in brief").trade]
    assert rows == [("KG", None, 20.2), ("TJ", None, 2.7e9), ("TJ", "UZ", 907.5e6)]


@pytest.mark.parametrize("sentence, periods", [
    # a base opening "from X to Y" with no period of its own is the year before its level's
    ("Trade with Russia rose by 5.3 percent, from $9.38 billion to $9.88 billion.",
     {9.38e9: 2022, 9.88e9: 2023}),
    ("Exports to Russia fell from $2.1 billion to $1.9 billion.", {2.1e9: 2022, 1.9e9: 2023}),
    # a base with its own period keeps it
    ("Exports to Russia rose from 40,000 tonnes in 2021 to 52,000 tonnes.", {40_000: 2021, 52_000: 2023}),
    # a period after a compared base is the base's: the level keeps the period in force
    ("Gold exports were worth $8.1 billion, almost double the $4.1 billion of 2022.",
     {8.1e9: 2023, 4.1e9: 2022}),
    ("Exports to Russia reached $3.1 billion, 5 percent above the $2.95 billion of 2022.",
     {3.1e9: 2023, 2.95e9: 2022}),
])
def test_a_compared_base_and_its_level_each_have_their_year(sentence: str, periods: dict) -> None:
    text = "Uzbekistan's foreign trade grew in 2023. " + sentence
    rows = facts_of(text, published=date(2024, 2, 10)).trade
    assert {r.amount: r.period_start.year for r in rows if r.period_start} == periods
