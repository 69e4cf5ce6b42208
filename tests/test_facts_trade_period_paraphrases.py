"""Paraphrases of the trade period/flow rules (tests/test_facts_trade_period_carry.py) in other words,
orders and voices, and period expressions and layouts of real online news: 'year to date', 'Q3'23',
a timeline of dated lines, a table whose columns are years, a Q&A question that names the year."""
from datetime import date

import pytest

from facts_helpers import facts_of

Y = {y: (date(y, 1, 1), date(y, 12, 31)) for y in range(2010, 2027)}
PUB = date(2024, 9, 16)


def by_amount(text, published=PUB):
    return {r.amount: (r.period_start, r.period_end) for r in facts_of(text, published=published).trade}


def flow_of(text, published=PUB):
    return {r.amount: r.flow for r in facts_of(text, published=published).trade}


# the level after its base, paraphrased: other verbs, the base's year before its figure, passive
@pytest.mark.parametrize("text, expected", [
    ("Tajik exports to Russia grew last year, going from $700 million in 2022 to $900 million.",
     {700e6: Y[2022], 900e6: Y[2023]}),
    ("In 2023, Turkmen gas deliveries to China increased from 30 billion cubic metres in 2022 to 32 billion "
     "cubic metres.", {30e9: Y[2022], 32e9: Y[2023]}),
    ("Last year Azerbaijan's imports from Turkiye were increased from $2.1 billion in 2022 to $2.6 billion.",
     {2.1e9: Y[2022], 2.6e9: Y[2023]}),
    ("Kazakhstan's exports to Uzbekistan fell in 2023 from $3.1 billion a year earlier to $2.8 billion.",
     {2.8e9: Y[2023]}),
])
def test_level_after_base_paraphrased(text, expected):
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# 'in the same months of', paraphrased: 'the corresponding period of', 'in the like period of'
@pytest.mark.parametrize("text, expected", [
    ("Belarus sold 9,000 tractors to Russia in January-August 2024, against 7,000 in the corresponding "
     "period of 2023.", {7e3: (date(2023, 1, 1), date(2023, 8, 31))}),
    ("Georgian wine exports to China reached $20 million in the first half of 2024, compared with $15 million "
     "in the same half of 2023.", {15e6: (date(2023, 1, 1), date(2023, 6, 30))}),
    # "the same N months a year before" after a span of months: the level's months (of any calendar), a year back
    ("In July-March of FY2022-23 Pakistan's exports to Uzbekistan doubled to $73.1 million from $36.6 million "
     "in the same nine months a year before.", {36.6e6: (date(2021, 7, 1), date(2022, 3, 31))}),
    ("Between April and June 2024 Kazakh exports to China rose to $4.1 billion, against $3.5 billion in the "
     "same three months a year earlier.", {3.5e9: (date(2023, 4, 1), date(2023, 6, 30))}),
])
def test_same_months_paraphrased(text, expected):
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# the lead's period over the figures below, and compared-with periods, paraphrased
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan's trade with its neighbours grew in January-June 2024, statistics show.\n\nBy partner:\n\n"
     "* Kazakhstan - $2.1 billion\n* Kyrgyzstan - $700 million\n",
     {2.1e9: (date(2024, 1, 1), date(2024, 6, 30)), 700e6: (date(2024, 1, 1), date(2024, 6, 30))}),
    ("Armenia's brandy exports reached $120 million in January-July 2024. Shipments to Russia made up "
     "$90 million, 8 percent above the level of the same period in 2023.",
     {90e6: (date(2024, 1, 1), date(2024, 7, 31))}),
    ("Kyrgyz imports from Kazakhstan totalled $900 million in the first half of 2024. Fuel imports came to "
     "$300 million, a fifth less than a year earlier.", {300e6: (date(2024, 1, 1), date(2024, 6, 30))}),
])
def test_lead_and_comparisons_paraphrased(text, expected):
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# flow after a physical unit, passive flow verbs, buyer verbs cited from the seller's statistics
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's oil trade came to 70 million tonnes, of which 68 million tonnes were exports and "
     "2 million tonnes imports.", {68e6: "export"}),
    ("Turkey made 1.4 million cars in 2023, and 900,000 of them were shipped abroad.", {900e3: "export"}),
    ("Of the 60,000 tonnes of cotton Uzbekistan harvested, 20,000 tonnes were sold to China.", {20e3: "export"}),
    ("Uzbek goods worth $3 billion were bought by Russia last year, Uzbekistan's statistics agency said.",
     {3e9: "export"}),
])
def test_flows_paraphrased(text, expected):
    got = flow_of(text)
    assert {a: got.get(a) for a in expected} == expected


# period expressions of online news
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's exports to China reached $10 billion year to date, customs said.",
     {10e9: (date(2024, 1, 1), PUB)}),
    ("Year-to-date exports of Uzbek cotton to Turkey came to $200 million.", {200e6: (date(2024, 1, 1), PUB)}),
    ("Georgian exports to Armenia came to $300 million so far this year.", {300e6: (date(2024, 1, 1), PUB)}),
    ("Azerbaijan exported $2 billion of gas to Italy in Q3'23.", {2e9: (date(2023, 7, 1), date(2023, 9, 30))}),
    ("Kyrgyz imports from China hit $5 billion in 1H24.", {5e9: (date(2024, 1, 1), date(2024, 6, 30))}),
    ("In FY2023 Kazakhstan exported $4 billion of uranium to China.", {4e9: Y[2023]}),
    ("H1 exports of Georgian wine to Poland came to $8 million.", {8e6: (date(2024, 1, 1), date(2024, 6, 30))}),
    ("Over January-May, Turkmenistan sold $1 billion of gas to China.", {1e9: (date(2024, 1, 1), date(2024, 5, 31))}),
    ("Last August Russia exported 1 million tonnes of wheat to Turkey.", {1e6: (date(2024, 8, 1), date(2024, 8, 31))}),
    ("Uzbekistan exported $1.5 billion of gold to Switzerland in the first quarter of this year.",
     {1.5e9: (date(2024, 1, 1), date(2024, 3, 31))}),
    ("In the twelve months to March 2024 Georgia exported $500 million of wine to Russia.",
     {500e6: (date(2023, 4, 1), date(2024, 3, 31))}),
])
def test_period_expressions(text, expected):
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# layouts: a timeline of dated lines, a table whose columns are years, a Q&A question naming the year
@pytest.mark.parametrize("text, expected", [
    ("Georgia-Armenia trade, a timeline.\n\nMarch 2021: Georgia's exports to Armenia reach $40 million.\n"
     "2022 - exports to Armenia climb to $55 million.\n",
     {40e6: (date(2021, 3, 1), date(2021, 3, 31)), 55e6: Y[2022]}),
    ("Kazakhstan's exports to partners, $ million:\n\nPartner  2022  2023\nChina  1,200  1,500\n"
     "Russia  900  950\n", {1.2e9: Y[2022], 1.5e9: Y[2023], 0.9e9: Y[2022], 0.95e9: Y[2023]}),
    ("Q: What did Uzbekistan's exports to Russia reach in 2023?\n\nA: They came to $3.2 billion, a record.\n",
     {3.2e9: Y[2023]}),
])
def test_layouts(text, expected):
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# the period expressions themselves, published on 16 September 2024 (None: no period read)
@pytest.mark.parametrize("text, expected", [
    ("exports year to date", (date(2024, 1, 1), PUB)),
    ("Year-to-date exports", (date(2024, 1, 1), PUB)),
    ("exports so far this year", (date(2024, 1, 1), PUB)),
    ("exports this year so far", (date(2024, 1, 1), PUB)),
    ("exports this year", Y[2024]),
    ("in Q3'23", (date(2023, 7, 1), date(2023, 9, 30))),
    ("in H1 \u201924", (date(2024, 1, 1), date(2024, 6, 30))),
    ("in 1H24", (date(2024, 1, 1), date(2024, 6, 30))),
    ("in 3Q23", (date(2023, 7, 1), date(2023, 9, 30))),
    ("in FY2023", Y[2023]),
    ("H1 exports rose", (date(2024, 1, 1), date(2024, 6, 30))),
    ("Q2 turnover fell", (date(2024, 4, 1), date(2024, 6, 30))),
    ("in the year to June", (date(2023, 7, 1), date(2024, 6, 30))),
    ("in the twelve months to March 2024", (date(2023, 4, 1), date(2024, 3, 31))),
    ("in the fiscal year ended 31 March 2024", (date(2023, 4, 1), date(2024, 3, 31))),
    # the year that ended on a day: twelve months to it, with or without "that", "on", "in"
    ("in the fiscal year that ended on June 30", (date(2023, 7, 1), date(2024, 6, 30))),
    ("for the financial year ended March 31, 2023", (date(2022, 4, 1), date(2023, 3, 31))),
    ("in the financial year ending in March", (date(2023, 4, 1), date(2024, 3, 31))),
    ("during the year which ended in September", (date(2022, 10, 1), date(2023, 9, 30))),
    ("in the 11 months to November", (date(2023, 1, 1), date(2023, 11, 30))),
    ("in the past eight months", (date(2024, 1, 1), date(2024, 8, 31))),
    # negatives: a van, a rolling window that is not this year's closed months
    ("Hyundai H1 minibuses", None),
    ("over the past 12 months", None),
    ("in the past ten months", None),
])
def test_period_expressions_read(text, expected):
    from extraction.periods import find_periods
    found = [(p.start, p.end) for _, _, p in find_periods(text, PUB)]
    assert (found[0] if found else None) == expected


# A fiscal year is the reporter's (else its partner's) fiscal calendar (seeds/fiscal_years.csv): July-June
# for Pakistan, April-March for India; a state whose fiscal year is the calendar year keeps the years written.
@pytest.mark.parametrize("text, expected", [
    ("For FY2021-22 Islamabad recorded trade with Kazakhstan of $91 million.",
     {91e6: (date(2021, 7, 1), date(2022, 6, 30))}),
    ("Pakistan's exports to Uzbekistan reached $57 million in fiscal year 2022.",
     {57e6: (date(2021, 7, 1), date(2022, 6, 30))}),
    ("Indian imports from Kazakhstan came to $620 million in FY2023-24.",
     {620e6: (date(2023, 4, 1), date(2024, 3, 31))}),
    ("Kazakhstan's exports to India rose to $410 million in the 2022/23 fiscal year, Indian data show.",
     {410e6: (date(2022, 4, 1), date(2023, 3, 31))}),
    ("In July-March of FY2023-24 Pakistani exports to Tajikistan rose to $41.3 million.",
     {41.3e6: (date(2023, 7, 1), date(2024, 3, 31))}),
    ("Japan's imports from Kazakhstan reached $1.2 billion in fiscal 2023.",
     {1.2e9: (date(2023, 4, 1), date(2024, 3, 31))}),
    ("Kazakhstan's exports to Uzbekistan came to $3.1 billion in fiscal year 2023.", {3.1e9: Y[2023]}),
    # a bare pair of a year and the next one's last two digits is one fiscal year ("in 2021-22")
    ("Trade between India and Kazakhstan climbed to $510 million in 2022-23 from $380 million in 2020-21.",
     {510e6: (date(2022, 4, 1), date(2023, 3, 31)), 380e6: (date(2020, 4, 1), date(2021, 3, 31))}),
    ("Pakistani exports to Uzbekistan were $48 million in 2021/22, up from $30 million in 2020/21.",
     {48e6: (date(2021, 7, 1), date(2022, 6, 30)), 30e6: (date(2020, 7, 1), date(2021, 6, 30))}),
    ("Japan's exports to Mongolia rose to $900 million in 2019-20.", {900e6: (date(2019, 4, 1), date(2020, 3, 31))}),
    # near misses: a calendar-year state keeps both years; four digits are a span of years
    ("Kazakhstan's trade with China reached $30 billion in 2022-23.",
     {30e9: (date(2022, 1, 1), date(2023, 12, 31))}),
    ("Trade between India and Georgia totalled $1.1 billion in 2021-2023.",
     {1.1e9: (date(2021, 1, 1), date(2023, 12, 31))}),
])
def test_a_fiscal_year_in_the_reporters_calendar(text, expected):
    assert by_amount(text) == expected



# A paragraph that turns to an earlier release ("In the earlier five-month release, ...", "The previous
# quarterly report showed ...", "Six-month statistics had ...") sets the period of its figures, and of the
# figures that follow it, instead of the span the article leads with.
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan's foreign trade turnover reached $19.5 billion in January-July 2020. In the earlier "
     "five-month release, Uzbekistan had exported goods worth $668.7 million to China. Russia followed with "
     "$2.1 billion.", {19.5e9: (date(2020, 1, 1), date(2020, 7, 31)), 668.7e6: (date(2020, 1, 1), date(2020, 5, 31)),
                       2.1e9: (date(2020, 1, 1), date(2020, 5, 31))}),
    ("Kazakh exports came to $50 billion in January-September 2020. In the previous six-month report, sales "
     "to China stood at $5 billion.", {50e9: (date(2020, 1, 1), date(2020, 9, 30)),
                                        5e9: (date(2020, 1, 1), date(2020, 6, 30))}),
    ("Georgia's imports reached $9 billion in January-August 2020. The latest seven-month bulletin puts "
     "imports from Turkiye at $1.3 billion.", {1.3e9: (date(2020, 1, 1), date(2020, 7, 31))}),
    # negative: a span named without a release keeps the period in force
    ("Georgia's imports reached $9 billion in January-August 2020. In the earlier months, imports from "
     "Turkiye were $1.3 billion.", {1.3e9: (date(2020, 1, 1), date(2020, 8, 31))}),
])
def test_an_earlier_release_sets_its_own_period(text, expected):
    found = by_amount(text, published=date(2020, 9, 20))
    assert {a: found.get(a) for a in expected} == expected, found
