"""Trade periods in context, each a table of invented articles: a wire dateline without its year,
a look back inside a paragraph, "the same period of 2019", a comparison base's own period."""
from datetime import date

import pytest

from extraction.facts.context import reference_date
from extraction.sentences import split_sentences
from facts_helpers import facts_of


Y = {y: (date(y, 1, 1), date(y, 12, 31)) for y in range(2015, 2026)}


def period(r):
    return (r.period_start, r.period_end)


def by_amount(text, **kw):
    return {r.amount: period(r) for r in facts_of(text, **kw).trade}


# A dateline's day and month without a year: the year the article's own figures imply.
@pytest.mark.parametrize("text, expected", [
    ("ASTANA, Dec 9 (XYZ) - Kazakhstan's trade reached $60 billion in January-October 2024.", date(2024, 12, 9)),
    ("ASTANA, Feb 2 (XYZ) - Kazakhstan's trade rose to $80 billion in 2023.", date(2024, 2, 2)),
    ("TBILISI, 14 September (XYZ) - Georgia's exports grew 5% in January-June 2021. "
     "A roadmap until 2030 was signed.", date(2021, 9, 14)),
    # a goal's year does not date the article
    ("ASTANA, 3 March (XYZ) - Kazakhstan's trade grew in 2022. The sides want $10 billion by 2030.",
     date(2023, 3, 3)),
    # a year with no figure in its sentence is history, not what the article reports on
    ("TEHRAN, June 19 (XYZ) - Iran was the first to recognise Kazakhstan after the Soviet Union broke up "
     "in 1991. Trade rose to $2 billion in 2021.", date(2022, 6, 19)),
    ("TEHRAN, June 19 (XYZ) - Iran was the first to recognise Kazakhstan after the Soviet Union broke up "
     "in 1991.", None),
    # no figure reported, only a near plan: the last such day before the plan's part of a year ends
    ("MINSK, March 4 (XYZ) - The maker plans to begin assembly in Russia in the first half of 2016, "
     "a minister said on Friday.", date(2016, 3, 4)),
    ("BAKU, November 20 (XYZ) - The plant is expected to open in the second quarter of 2025.", date(2024, 11, 20)),
    # ... a goal's far deadline is no such bound
    ("ASTANA, 3 March (XYZ) - The sides want to reach $10 billion by the end of 2030.", None),
    # negative: no dateline, or a dateline with its year
    ("Kazakhstan's trade rose to $80 billion in 2023.", None),
    ("ASTANA, Feb 2, 2024 (XYZ) - Kazakhstan's trade rose to $80 billion in 2023.", None),
])
def test_a_dateline_without_a_year_takes_the_year_of_the_figures(text: str, expected) -> None:
    assert reference_date(text, split_sentences(text)) == expected


# The lead's one weekday moves the dateline's day to a later year that falls on it: up to the first
# year a plan is for, else the year after the figures'. Never earlier (the lead's weekday may be the
# day before the dateline's), and only when one such year exists.
@pytest.mark.parametrize("text, expected", [
    # figures of 2015, plans from 2017, "on Friday": 17 November is a Friday in 2017
    ("MINSK, 17 November (XYZ) - The tractor works opened a new line on Friday. Building began in March 2015. "
     "Some 900 tractors are planned for the rest of 2017 and 4,000 in 2018.", date(2017, 11, 17)),
    ("ALMATY, May 12 (XYZ) - The smelter said on Friday that output rose 4% in 2021.", date(2023, 5, 12)),
    # the year after the figures' year: Friday 29 June 2012, not Wednesday 29 June 2011
    ("TASHKENT, June 29 (XYZ) - The bus plant will start work in August, an official said on Friday. "
     "Construction began in April 2011.", date(2012, 6, 29)),
    # a state going on since a month bounds the date from below, beside a reported figure
    ("ASHGABAT, 10 March (XYZ) - The mill has been exporting cement since May 2022. Output reached "
     "1.2 million tonnes in 2021.", date(2023, 3, 10)),
    # negative: the weekday already agrees, or no later year up to the bound has it
    ("ASTANA, Feb 2 (XYZ) - Kazakhstan's trade rose to $80 billion in 2023, the ministry said on Friday.",
     date(2024, 2, 2)),
    ("BAKU, 14 October (XYZ) - The refinery resumed work on Monday. Throughput fell 3% in January-August 2024.",
     date(2024, 10, 14)),
    ("BAKU, 15 October (XYZ) - The refinery resumed work on Monday. Throughput fell 3% in January-August 2024.",
     date(2024, 10, 15)),
    # negative: an open period alone dates nothing
    ("TBILISI, 4 April (XYZ) - The winery has exported to China since 2016.", None),
])
def test_a_lead_weekday_picks_a_later_year_the_figures_allow(text: str, expected) -> None:
    assert reference_date(text, split_sentences(text)) == expected


@pytest.mark.parametrize("text, amount, expected", [
    ("ASTANA, Jan 20 (XYZ) - Kazakhstan's trade with China rose in 2023 to $41 billion.\n\n"
     "Kazakh exports to China reached $15 billion last year.", 15e9, (date(2023, 1, 1), date(2023, 12, 31))),
    ("BAKU, Dec 10 (XYZ) - Azerbaijan's exports reached $20 billion in January-November 2024.\n\n"
     "Exports by destination in November:\n\n- Italy: $1.1 billion\n- Turkiye: $0.3 billion\n",
     1.1e9, (date(2024, 11, 1), date(2024, 11, 30))),
])
def test_relative_periods_resolve_against_the_dateline(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=None)[amount] == expected


# A look back inside a paragraph does not change the period the later figures are for.
@pytest.mark.parametrize("text, amount, expected", [
    ("Kazakhstan's trade with Russia reached $28 billion in 2023. In 2022 it had exceeded $26 billion. "
     "Kazakh exports to Russia totalled $9 billion.", 9e9, (date(2023, 1, 1), date(2023, 12, 31))),
    ("Kazakhstan's trade came to $40 billion in January-June 2024. Trade with Russia grew: in the first half "
     "of 2023 it had stood at $12 billion. Turnover with China rose to $14 billion.", 14e9,
     (date(2024, 1, 1), date(2024, 6, 30))),
    # negative: a paragraph that opens with the earlier period is about it
    ("Kazakhstan's trade with Russia reached $13 billion in January-June 2024.\n\n"
     "Last year, trade with Russia grew to $26 billion. Kazakh exports to Russia rose to $9 billion.", 9e9,
     (date(2023, 1, 1), date(2023, 12, 31))),
])
def test_a_look_back_keeps_the_period_in_force(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=date(2024, 8, 1))[amount] == expected


# "the same period of 2019": the span of the figures in force, in that year.
@pytest.mark.parametrize("text, amount, expected", [
    ("Georgia's trade reached $9 billion in January-July 2020. In the same period of 2019 trade with Turkiye "
     "had come to $1.1 billion.", 1.1e9, (date(2019, 1, 1), date(2019, 7, 31))),
    ("Georgia's exports reached $3 billion in January-April 2024. Exports to Russia brought in $0.4 billion, "
     "less than the $0.5 billion earned in the same months of 2023.", 0.5e9, (date(2023, 1, 1), date(2023, 4, 30))),
    # negative: after a whole year, "the same period of 2019" is that year
    ("Georgia's trade reached $14 billion in 2020. In the same period of 2019 trade with Turkiye had come to "
     "$1.9 billion.", 1.9e9, (date(2019, 1, 1), date(2019, 12, 31))),
])
def test_the_same_period_of_a_year_is_the_span_in_force(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=date(2024, 8, 1))[amount] == expected


# "..., the ambassador noted last year": a relative year right after a verb of saying is when the
# words were said, not the figure's period; the period the sentence opens with stays the figure's
@pytest.mark.parametrize("text, expected", [
    ("For 2022, Kazakh data put exports to China at $13 billion, the minister said last year.",
     {13e9: (date(2022, 1, 1), date(2022, 12, 31))}),
    ("In 2021 trade with Iran reached $700 million, the envoy noted last year.",
     {7e8: (date(2021, 1, 1), date(2021, 12, 31))}),
    ("In 2021 trade with Iran reached $700 million, the envoy recalled this year.",
     {7e8: (date(2021, 1, 1), date(2021, 12, 31))}),
    # negative: a figure whose own period is last year keeps it
    ("Trade with Iran reached $700 million last year, the envoy said.",
     {7e8: (date(2023, 1, 1), date(2023, 12, 31))}),
    ("The ministry reported last year's exports to China at $13 billion.",
     {13e9: (date(2023, 1, 1), date(2023, 12, 31))}),
])
def test_a_year_a_thing_was_said_in_is_no_figure_period(text: str, expected) -> None:
    assert by_amount(text) == expected


# A comparison base's own period ends with its clause: the level in the next clause is for the
# period of the first level, and its own base a year before that
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan's exports to China fell in September 2023. Kazakhstan exported $218 million of goods to China "
     "in September 2023, less than half of the $456 million it sold there in September 2022, and it imported "
     "$681 million worth from China, up from $358 million.",
     {218e6: (date(2023, 9, 1), date(2023, 9, 30)), 456e6: (date(2022, 9, 1), date(2022, 9, 30)),
      681e6: (date(2023, 9, 1), date(2023, 9, 30)), 358e6: (date(2022, 9, 1), date(2022, 9, 30))}),
    # negative: a period that opens the next clause is that clause's own
    ("Kazakhstan exported $2 billion of grain to China in 2023, against $1.5 billion in 2022, and in 2021 it "
     "imported $900 million of goods from China.",
     {2e9: Y[2023], 1.5e9: Y[2022], 9e8: Y[2021]}),
])
def test_a_base_period_stays_in_its_clause(text: str, expected) -> None:
    assert by_amount(text) == expected


# A table's heading or rows name the period of its figures, so they date a dateline without a year
@pytest.mark.parametrize("text, expected", [
    ("MINSK, March 3 (XYZ) - Ministers met.\n\nPeriod 2023   | Turnover   | Exports\n"
     "January-June  | $2 billion | $1 billion\n\nThe embassy opened on May 5, 1995.", date(2024, 3, 3)),
    ("TASHKENT, 12 May (XYZ) - Talks went well.\n\nYear | Exports\n2022 | $5 billion\n", date(2023, 5, 12)),
    # negative: a year in prose with no figure is history
    ("MINSK, March 3 (XYZ) - Ministers met. Relations were set up in 1995.", None),
])
def test_a_table_dates_a_dateline_without_a_year(text: str, expected) -> None:
    assert reference_date(text, split_sentences(text)) == expected


# "from X in <period> to Y": the period named after a base is the base's; the level after "to" is
# for the period in force (and a base that opens the sentence is no level the next figures follow)
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan exported 50,000 tonnes of cotton in March 2024. Sales to Russia rose from 6,000 tonnes in "
     "March 2023 to 9,000 tonnes, and sales to China from 10,000 to 12,000 tonnes.",
     {6000: (date(2023, 3, 1), date(2023, 3, 31)), 9000: (date(2024, 3, 1), date(2024, 3, 31)),
      10000: (date(2023, 3, 1), date(2023, 3, 31)), 12000: (date(2024, 3, 1), date(2024, 3, 31))}),
    ("Georgia's exports reached $4 billion in 2023. Wine exports grew from $200 million in 2022 to "
     "$250 million.", {200e6: Y[2022], 250e6: Y[2023]}),
    # negative: a period that is the level's own stays with it
    ("Georgia's exports reached $4 billion in 2023. In 2023 wine exports grew to $250 million from "
     "$200 million.", {250e6: Y[2023], 200e6: Y[2022]}),
])
def test_a_period_after_a_base_is_the_bases(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# A period right after a lead-in closed by a colon opens the statement: every figure of the sentence
# is for it, unless another period comes between
@pytest.mark.parametrize("text, expected", [
    ("Georgia's exports reached $4 billion in January-June 2024. The trend is long: in 2019 the country "
     "made 20,000 barrels of wine and exported 15,000 barrels worth $90 million.", {90e6: Y[2019]}),
    ("Kazakhstan's exports reached $30 billion in January-June 2024. One comparison stands out: last year "
     "the country shipped grain and, according to customs, sold $2 billion of it to China.", {2e9: Y[2023]}),
    # negative: a later period in between is the figure's
    ("Kazakhstan's exports reached $30 billion in January-June 2024. Growth was quick: in 2022 it sold "
     "$1 billion of grain to China, while in January-May 2023 alone 400,000 tonnes were sold, worth $0.2 billion.",
     {1e9: Y[2022], 0.2e9: (date(2023, 1, 1), date(2023, 5, 31))}),
])
def test_a_period_after_a_colon_opens_the_statement(text: str, expected) -> None:
    got = by_amount(text)
    assert {a: got.get(a) for a in expected} == expected


# "November on its own", "March by itself": a month set apart is the figure's period
@pytest.mark.parametrize("text, amount, expected", [
    ("Trade between Iran and Armenia reached $600 million in January-November 2023. November on its own was "
     "stronger, with trade of $70 million, up 18 percent on November 2022.", 70e6, (date(2023, 11, 1), date(2023, 11, 30))),
    ("Kazakh exports to Russia came to $8 billion in January-October 2023. October by itself brought "
     "exports of $900 million.", 900e6, (date(2023, 10, 1), date(2023, 10, 31))),
])
def test_a_month_set_apart(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=date(2024, 1, 20))[amount] == expected


# "well above last year's level", "below 2022": a period a goal or figure is measured against is not its own
@pytest.mark.parametrize("text, amount, expected", [
    ("Belarus and Azerbaijan traded more. By the end of this year, he said, trade was expected to exceed "
     "$500 million, well above last year's level.", 500e6, Y[2024]),
    ("Georgian wine exports slowed. This year wine exports to Russia should reach $300 million, just below 2023.", 300e6, Y[2024]),
])
def test_a_period_measured_against_is_not_the_figures(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=date(2024, 5, 15))[amount] == expected


# A period after ", and (that) <a statement with its own verb> in <period>" is that statement's: the
# figure before keeps the period of its own clause.
@pytest.mark.parametrize("text, amount, expected", [
    ("The minister said trade between Kazakhstan and China grew by 30% last year to $41 billion, and that "
     "the growth had continued in 2024, with $20 billion in the first half.", 41e9, Y[2023]),
    ("Trade between Georgia and Turkiye hit a record last year, nearly reaching $3 billion, and the rise has "
     "gone on in 2024.", 3e9, Y[2023]),
    ("In 2022 Uzbek exports to Russia rose to $4.1 billion, but the pace has slowed in 2023.", 4.1e9, Y[2022]),
    ("Last year Mongolia's coal exports to China came to $7 billion, and shipments have grown again in 2024.",
     7e9, Y[2023]),
    # near misses: no period of its own before the figure, or no new statement before the period
    ("Kazakh exports to China rose to $15 billion, and the growth was strongest in 2023.", 15e9, Y[2023]),
    ("Trade between Azerbaijan and Russia reached $4 billion last year and $1.5 billion in January-April 2024.",
     1.5e9, (date(2024, 1, 1), date(2024, 4, 30))),
    ("Trade between Azerbaijan and Russia grew last year to $4 billion, and in 2024 it reached $1.5 billion by April.",
     4e9, Y[2023]),
])
def test_a_later_statement_keeps_its_period(text: str, amount: float, expected) -> None:
    assert by_amount(text, published=date(2024, 5, 15))[amount] == expected
