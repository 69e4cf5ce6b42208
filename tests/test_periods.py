"""find_periods: period expressions resolved against the publication date."""
from datetime import date

import pytest

from extraction.periods import find_periods, year_of
from extraction.records import Period

PUB = date(2024, 10, 23)


def only(sentence, published=PUB):
    """The single period found in `sentence`, with its text."""
    found = find_periods(sentence, published)
    assert len(found) == 1, found
    start, end, period = found[0]
    return sentence[start:end], period


def span(period):
    return period.start.isoformat(), period.end.isoformat(), period.year, period.precision


# --- years --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, year", [
    ("trade worth $31.4bn in 2023", 2023),
    ("for 2023, the automaker aims", 2023),
    ("in 2022 it amounted to", 2022),
    ("to start production by 2026", 2026),
    ("6,000 vehicles by the end of 2019", 2019),
    ("$35 billion by 2030", 2030),
    ("raise trade to 2030", 2030),
    ("peaked in mid-2023", 2023),
])
def test_years(sentence, year):
    _, p = only(sentence)
    assert span(p) == (f"{year}-01-01", f"{year}-12-31", year, "year")


@pytest.mark.parametrize("sentence, year", [
    ("made in Kazakhstan last year", 2023),
    ("later this year", 2024),
    ("to climb further next year", 2025),
    ("over the whole of last year", 2023),
    ("For the current year, the bank", 2024),
])
def test_relative_years(sentence, year):
    _, p = only(sentence)
    assert span(p) == (f"{year}-01-01", f"{year}-12-31", year, "year")


def test_whole_of_a_year_keeps_its_words():
    text, p = only("45% over the whole of 2022.")
    assert text == "the whole of 2022" and p.year == 2022


def test_year_range():
    text, p = only("an action plan for 2023-2024.")
    assert text == "2023-2024"
    assert span(p) == ("2023-01-01", "2024-12-31", 2024, "range")


def test_from_year_to_year():
    _, p = only("grew from 2021 to 2023")
    assert span(p) == ("2021-01-01", "2023-12-31", 2023, "range")


def test_since_year_runs_to_publication():
    text, p = only("a regime since 2015 and")
    assert text == "since 2015"
    assert span(p) == ("2015-01-01", "2024-10-23", 2024, "range")


# --- parts of a year ----------------------------------------------------------

@pytest.mark.parametrize("sentence, published, expected", [
    ("In the first eight months, trade", date(2024, 10, 23), ("2024-01-01", "2024-08-31", 2024, "range")),
    # had not ended by publication: the previous year
    ("In the first eight months, trade", date(2024, 8, 15), ("2023-01-01", "2023-08-31", 2023, "range")),
    ("during the first seven months of 2023", PUB, ("2023-01-01", "2023-07-31", 2023, "range")),
    ("in the first eleven months of 2022", PUB, ("2022-01-01", "2022-11-30", 2022, "range")),
    ("in the first ten months of this year", date(2023, 12, 9), ("2023-01-01", "2023-10-31", 2023, "range")),
    # a part of a year named by its length, as statistics releases do
    ("over the six months, 123 percent more", date(2023, 8, 1), ("2023-01-01", "2023-06-30", 2023, "half")),
    ("In the same eleven months imports grew", date(2023, 12, 28), ("2023-01-01", "2023-11-30", 2023, "range")),
    ("After eleven months, trade stood at", date(2022, 12, 20), ("2022-01-01", "2022-11-30", 2022, "range")),
    ("after nine months of 2021 sales were", PUB, ("2021-01-01", "2021-09-30", 2021, "range")),
    ("puts eight-month trade with Iran at", date(2023, 10, 5), ("2023-01-01", "2023-08-31", 2023, "range")),
    ("the nine-month output of the plant", date(2023, 10, 5), ("2023-01-01", "2023-09-30", 2023, "range")),
    ("$5.2 billion of trade in the half-year", date(2023, 8, 1), ("2023-01-01", "2023-06-30", 2023, "half")),
    ("in January-September 2023", PUB, ("2023-01-01", "2023-09-30", 2023, "range")),
    ("topped 1.5 trillion rubles in January-July 2023", PUB, ("2023-01-01", "2023-07-31", 2023, "range")),
    ("Between January and November roughly", date(2022, 12, 8), ("2022-01-01", "2022-11-30", 2022, "range")),
    ("its output in January-June, the", date(2018, 7, 17), ("2018-01-01", "2018-06-30", 2018, "half")),
    ("rose in January-April, to", date(2023, 9, 25), ("2023-01-01", "2023-04-30", 2023, "range")),
    ("In 9M 2023, China accounted", PUB, ("2023-01-01", "2023-09-30", 2023, "range")),
    ("in 8M 2023", PUB, ("2023-01-01", "2023-08-31", 2023, "range")),
    ("output in H1 rose", PUB, ("2024-01-01", "2024-06-30", 2024, "half")),
    ("H1 2023 output", PUB, ("2023-01-01", "2023-06-30", 2023, "half")),
    ("In the first half of 2023, more", PUB, ("2023-01-01", "2023-06-30", 2023, "half")),
    ("in the first half of the year.", date(2018, 7, 17), ("2018-01-01", "2018-06-30", 2018, "half")),
    ("sales in Q1 rose", PUB, ("2024-01-01", "2024-03-31", 2024, "quarter")),
    ("in the first quarter of 2021", PUB, ("2021-01-01", "2021-03-31", 2021, "quarter")),
    ("in Q3 2023", PUB, ("2023-07-01", "2023-09-30", 2023, "quarter")),
    ("in August-September 2018", PUB, ("2018-08-01", "2018-09-30", 2018, "range")),
    # the part as an adjective
    ("third-quarter output came to", PUB, ("2024-07-01", "2024-09-30", 2024, "quarter")),
    ("first-half 2023 exports", PUB, ("2023-01-01", "2023-06-30", 2023, "half")),
    ("its second-quarter results", PUB, ("2024-04-01", "2024-06-30", 2024, "quarter")),
])
def test_parts_of_a_year(sentence, published, expected):
    _, p = only(sentence, published)
    assert span(p) == expected


def test_part_keeps_its_words():
    text, _ = only("trade in the first seven months of 2023 rose")
    assert text == "the first seven months of 2023"


# --- months and days ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("back in June 2022 a memorandum", ("2022-06-01", "2022-06-30", 2022, "month")),
    ("In April 2017 AllurGroup signed", ("2017-04-01", "2017-04-30", 2017, "month")),
    ("In December 2018 an agreement", ("2018-12-01", "2018-12-31", 2018, "month")),
    ("signed on August 6, 2016.", ("2016-08-06", "2016-08-06", 2016, "day")),
    ("signed on July 21, 2021.", ("2021-07-21", "2021-07-21", 2021, "day")),
    ("21 October 2025, 16:40", ("2025-10-21", "2025-10-21", 2025, "day")),
    ("Sept 5, 2025 (CentralAsiaWire)", ("2025-09-05", "2025-09-05", 2025, "day")),
    ("Wed Aug 13 2025", ("2025-08-13", "2025-08-13", 2025, "day")),
    ("Published: 25.07.2023 08:34", ("2023-07-25", "2023-07-25", 2023, "day")),
    ("date 2024-01-26 ASTANA", ("2024-01-26", "2024-01-26", 2024, "day")),
])
def test_months_and_days_with_their_year(sentence, expected):
    _, p = only(sentence)
    assert span(p) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    ("On March 29, Nurtleu", date(2024, 4, 1), ("2024-03-29", "2024-03-29", 2024, "day")),
    ("by the end of December, the", date(2022, 12, 8), ("2022-12-01", "2022-12-31", 2022, "month")),
    ("In February, at the forum", date(2023, 5, 1), ("2023-02-01", "2023-02-28", 2023, "month")),
    # "at the end of October": the running total since January
    ("At the end of October, China led", date(2025, 1, 9), ("2024-01-01", "2024-10-31", 2024, "range")),
    ("as of the end of September 2023 the", date(2025, 1, 9), ("2023-01-01", "2023-09-30", 2023, "range")),
    # more than six months ahead of publication: last year's
    ("in December the plant", date(2024, 1, 10), ("2023-12-01", "2023-12-31", 2023, "month")),
    ("on April 18-19, the leaders", date(2024, 5, 24), ("2024-04-18", "2024-04-19", 2024, "range")),
    ("since January.", date(2025, 10, 21), ("2025-01-01", "2025-10-21", 2025, "range")),
    ("in force since November.", date(2024, 4, 1), ("2023-11-01", "2024-04-01", 2024, "range")),
    ("since the start of the year.", date(2022, 12, 8), ("2022-01-01", "2022-12-08", 2022, "range")),
    ("talks in Kostanay on Sunday and", date(2020, 9, 28), ("2020-09-27", "2020-09-27", 2020, "day")),
    ("Production starts this month", date(2025, 10, 21), ("2025-10-01", "2025-10-31", 2025, "month")),
    # "last <month>": the latest one before publication; "next <month>": the first one after it
    ("put into production only last September, it", date(2013, 7, 29), ("2012-09-01", "2012-09-30", 2012, "month")),
    ("the line opened last March and", date(2024, 5, 15), ("2024-03-01", "2024-03-31", 2024, "month")),
    ("assembly is to start next February", date(2024, 5, 15), ("2025-02-01", "2025-02-28", 2025, "month")),
    ("assembly is to start next October", date(2024, 5, 15), ("2024-10-01", "2024-10-31", 2024, "month")),
])
def test_months_and_days_from_publication(sentence, published, expected):
    _, p = only(sentence, published)
    assert span(p) == expected


def test_since_includes_its_word():
    text, _ = only("put into the sector since January.", date(2025, 10, 21))
    assert text == "since January"


# --- undated articles ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "made last year", "later this year", "in the first eight months", "On March 29, they", "in H1 output",
])
def test_relative_periods_without_publication_are_unresolved(sentence):
    _, p = only(sentence, None)
    assert p == Period(None, None, None, None)


@pytest.mark.parametrize("sentence, year", [
    ("in 2022", 2022), ("on August 6, 2016", 2016), ("first seven months of 2023", 2023), ("June 2022", 2022),
])
def test_periods_with_their_own_year_resolve_without_publication(sentence, year):
    _, p = only(sentence, None)
    assert p.year == year and p.start is not None


# --- not periods --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "for 18 years",
    "50% more than a year earlier",
    "up 34.2% year-on-year",
    "the past 12 months",
    "a six-month contract",
    "for six months",
    "within six months of the signing",
    "After six months of talks the deal",
    "the Euro-5 emission standard",
    "the JAC S3 sedan",
    "100M users",
    "open 24/7",
    "at 08:34 (UTC+04:00)",
    "Hyundai H1 minibuses",
    "the Kia Sportage May be",
    "built 2000 cars",
    "in the first two years of working",
    "spent $2023 on it",
])
def test_not_periods(sentence):
    assert find_periods(sentence, PUB) == []


def test_several_periods_in_text_order():
    s = "Kazakhstan expects to build 110,000 cars this year and 135,000 in 2023"
    found = find_periods(s, date(2022, 12, 8))
    assert [(s[a:b], p.year) for a, b, p in found] == [("this year", 2022), ("2023", 2023)]


def test_year_of():
    assert year_of("exports reached $14.7 billion last year.", date(2024, 4, 1)) == 2023
    assert year_of("no period here", PUB) is None


# --- spans of days across months, two months in a row, glossed periods -----------

@pytest.mark.parametrize("sentence, expected", [
    ("in the month from March 21 to April 20, 2023, exports", ("2023-03-21", "2023-04-20", 2023, "range")),
    ("the quarter (March 21 - June 21, 2022) saw", ("2022-03-21", "2022-06-21", 2022, "range")),
    ("between March 21 and April 20, 2023 trade", ("2023-03-21", "2023-04-20", 2023, "range")),
    ("from December 22 to January 20, 2024 sales", ("2023-12-22", "2024-01-20", 2024, "range")),
    ("exports in October and November 2021 alone", ("2021-10-01", "2021-11-30", 2021, "range")),
])
def test_spans_across_months(sentence, expected):
    _, period = only(sentence)
    assert span(period) == expected


@pytest.mark.parametrize("sentence, expected", [
    # two months not in a row stay two months
    ("in March and May 2023 sales", [("2023-03-01", "2023-03-31", 2023, "month"),
                                      ("2023-05-01", "2023-05-31", 2023, "month")]),
    # a day range inside one month is still one range
    ("on April 18-19, 2023 talks", [("2023-04-18", "2023-04-19", 2023, "range")]),
])
def test_spans_across_months_counter_examples(sentence, expected):
    assert [span(p) for _, _, p in find_periods(sentence, PUB)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("in the first quarter of the Iranian year 1401 (March 21 - June 21, 2022), exports",
     [("2022-03-21", "2022-06-21", 2022, "range")]),
    ("in the first half (January-June 2023) output", [("2023-01-01", "2023-06-30", 2023, "half")]),
    # not a gloss: a figure for another period in brackets
    ("$5 billion in 2023 (2022: $4 billion)", [("2023-01-01", "2023-12-31", 2023, "year"),
                                                ("2022-01-01", "2022-12-31", 2022, "year")]),
])
def test_a_period_glossed_in_brackets_is_read_as_the_gloss(sentence, expected):
    assert [span(p) for _, _, p in find_periods(sentence, PUB)] == expected


@pytest.mark.parametrize("sentence, start, end", [
    ("Breakdown, 21 March - 21 November 2023:", "2023-03-21", "2023-11-21"),
    ("from 21 March to 21 November 2023", "2023-03-21", "2023-11-21"),
    ("in the period 1 January - 30 June 2024", "2024-01-01", "2024-06-30"),
    ("from 1 December to 15 February 2024", "2023-12-01", "2024-02-15"),     # across a new year
    ("between 3 May 2022 and 5 June 2023", "2022-05-03", "2023-06-05"),
    # two months
    ("From September 2015 through May 2016 millers shipped", "2015-09-01", "2016-05-31"),
    ("Destinations, October 2022 - June 2023:", "2022-10-01", "2023-06-30"),
    ("from March 2021 to February 2022 exports rose", "2021-03-01", "2022-02-28"),
    ("between November 2022 and April 2023 the mill sold", "2022-11-01", "2023-04-30"),
    ("over July 2023 until January 2024", "2023-07-01", "2024-01-31"),
])
def test_two_days_or_months_that_bound_one_span(sentence, start, end):
    _, p = only(sentence)
    assert (str(p.start), str(p.end), p.precision) == (start, end, "range")


def test_two_days_joined_by_and_stay_two_days():
    found = find_periods("talks on 21 March and 21 November 2023", PUB)
    assert [(str(p.start), p.precision) for _, _, p in found] == [("2024-03-21", "day"), ("2023-11-21", "day")]
    found = find_periods("sales in May 2022 and June 2023 were weak", PUB)
    assert [(str(p.start), p.precision) for _, _, p in found] == [("2022-05-01", "month"), ("2023-06-01", "month")]


@pytest.mark.parametrize("sentence, text, expected", [
    ("In January-February of last year, turnover reached $9 million", "January-February of last year",
     ("2023-01-01", "2023-02-28", 2023, "range")),
    ("exports for April-June last year came to", "April-June last year", ("2023-04-01", "2023-06-30", 2023, "quarter")),
    ("in September last year sales fell", "September last year", ("2023-09-01", "2023-09-30", 2023, "month")),
    ("in March of the previous year", "March of the previous year", ("2023-03-01", "2023-03-31", 2023, "month")),
    ("in March this year", "March this year", ("2024-03-01", "2024-03-31", 2024, "month")),
    ("January-May of next year", "January-May of next year", ("2025-01-01", "2025-05-31", 2025, "range")),
])
def test_months_of_a_year_named_relative_to_publication(sentence, text, expected):
    found, p = only(sentence)
    assert (found, span(p)) == (text, expected)


@pytest.mark.parametrize("sentence, texts", [
    # a comma or a possessive keeps "last year" a period of its own
    ("in May, last year's figure was higher", ["May", "last year"]),
    ("in May, last year", ["May", "last year"]),
])
def test_a_month_and_a_separate_last_year(sentence, texts):
    assert [sentence[s:e] for s, e, _ in find_periods(sentence, PUB)] == texts


@pytest.mark.parametrize("sentence, text, expected", [
    ("From January to the end of September, exporters shipped", "From January to the end of September",
     ("2024-01-01", "2024-09-30", 2024, "range")),
    ("from March through the end of June 2023", "from March through the end of June 2023",
     ("2023-03-01", "2023-06-30", 2023, "range")),
])
def test_a_span_of_months_to_the_end_of_a_month(sentence, text, expected):
    found, p = only(sentence)
    assert (found, span(p)) == (text, expected)


@pytest.mark.parametrize("sentence, text", [
    ("The picture for September alone was much the same.", "September"),
    ("figures for March show a decline", "March"),
])
def test_a_month_after_for(sentence, text):
    assert only(sentence)[0] == text


# "of that year" / "of the same year": a period without a year of its own is in the year the
# sentence wrote last before it, not the publication year
@pytest.mark.parametrize("sentence, expected", [
    ("On July 23, 2019, he put bilateral trade for January-May of that year at $900 million.",
     ("January-May of that year", "2019-01-01", "2019-05-31")),
    ("In 2019 exports doubled; in March of that year they reached $5 million.",
     ("March of that year", "2019-03-01", "2019-03-31")),
    ("In 2018 trade rose, and in the first half of the same year it hit $2 billion.",
     ("the first half of the same year", "2018-01-01", "2018-06-30")),
    ("The deal was signed in 2020, and on May 11 of that year the plant opened.",
     ("May 11 of that year", "2020-05-11", "2020-05-11")),
    ("In 2020 trade fell; in February of that year it was $1 million.",
     ("February of that year", "2020-02-01", "2020-02-29")),
    # negative: no year written before it, the publication date decides as before
    ("In March of that year trade reached $5 million.", ("March", "2024-03-01", "2024-03-31")),
    # negative: a period with its own year keeps it
    ("In 2019 exports doubled, and in March 2020 of that decade they fell.", ("March 2020", "2020-03-01", "2020-03-31")),
])
def test_of_that_year(sentence, expected):
    start, end, p = find_periods(sentence, PUB)[-1]
    assert (sentence[start:end], p.start.isoformat(), p.end.isoformat()) == expected


# A month name alone is a period when it labels a line or is set apart by "alone"
@pytest.mark.parametrize("sentence, expected", [
    ("* December: $3.1 billion (+1.1%)", ("December", "2024-12-01", "2024-12-31")),
    ("- December alone: $3.1 billion", ("December", "2024-12-01", "2024-12-31")),
    ("December alone brought $3 billion of orders.", ("December", "2024-12-01", "2024-12-31")),
    ("March on its own was weaker, with sales of $40 million.", ("March", "2024-03-01", "2024-03-31")),
    ("October by itself brought 2,000 cars.", ("October", "2024-10-01", "2024-10-31")),
    ("March: 12,400 cars", ("March", "2024-03-01", "2024-03-31")),
])
def test_a_month_labelling_a_line(sentence, expected):
    text, p = only(sentence)
    assert (text, p.start.isoformat(), p.end.isoformat()) == expected


@pytest.mark.parametrize("sentence", [
    "Prices May: rise, analysts warn.",
    "The fund, March Holdings: a profile of its managers.",
    "We may see 3,000 units.",
])
def test_a_month_word_without_a_label_is_no_period(sentence):
    assert find_periods(sentence, PUB) == []


# A split year named as a farm season is July to June (the grain balances' convention); any other split
# year stays the span of both years.
@pytest.mark.parametrize("sentence, expected", [
    ("Kazakhstan exported 9 million tonnes of grain in the 2022/23 marketing year.", ("2022-07-01", "2023-06-30")),
    ("Exports in marketing year 2021/22 reached 8 million tonnes.", ("2021-07-01", "2022-06-30")),
    ("Wheat shipments in the 2023/24 season rose.", ("2023-07-01", "2024-06-30")),
    ("The 2020/2021 crop year was a record.", ("2020-07-01", "2021-06-30")),
    # near misses: no season word, or not one year apart
    ("Trade in 2022/23 rose.", ("2022-01-01", "2023-12-31")),
    ("The 2022-23 plan covers roads.", ("2022-01-01", "2023-12-31")),
    ("The 2021/24 season plan.", ("2021-01-01", "2024-12-31")),
])
def test_a_farm_season_runs_july_to_june(sentence, expected):
    (_, _, p), = find_periods(sentence, date(2024, 5, 15))
    assert (p.start.isoformat(), p.end.isoformat()) == expected


# --- fiscal years ---------------------------------------------------------------
# A fiscal year as written is read as the calendar years it names until the reporter's fiscal
# calendar (seeds/fiscal_years.csv) places it: in_fiscal_calendar.

@pytest.mark.parametrize("sentence, words, first, last, months", [
    ("For FY2021-22 the ministry recorded trade of $91 million", "FY2021-22", 2021, 2022, None),
    ("exports in FY 2022/23 rose", "FY 2022/23", 2022, 2023, None),
    ("FY23 exports rose", "FY23", None, 2023, None),
    ("in fiscal year 2023 exports rose", "fiscal year 2023", None, 2023, None),
    ("in fiscal 2022-23 exports rose", "fiscal 2022-23", 2022, 2023, None),
    ("during the financial year 2023/24 imports fell", "financial year 2023/24", 2023, 2024, None),
    ("in the 2022/23 fiscal year imports fell", "2022/23 fiscal year", 2022, 2023, None),
    ("In July-March of FY2022-23 exports doubled", "July-March of FY2022-23", 2022, 2023, (7, 3)),
    ("in April-December of fiscal year 2024 imports fell", "April-December of fiscal year 2024", None, 2024, (4, 12)),
    ("trade climbed to $342 million in 2021-22", "2021-22", 2021, 2022, None),
    ("exports in 2019/20 fell.", "2019/20", 2019, 2020, None),
    ("In April-June of 2023-24 exports doubled", "April-June of 2023-24", 2023, 2024, (4, 6)),
    # the months right before the pair, with no "of"
    ("exports came to $888.9 million in July-June 2019-20, against", "July-June 2019-20", 2019, 2020, (7, 6)),
])
def test_fiscal_years_as_written(sentence, words, first, last, months):
    text, period = only(sentence)
    assert text == words
    assert (period.fiscal.first, period.fiscal.last, period.fiscal.months) == (first, last, months)


@pytest.mark.parametrize("sentence", [
    "the FY2021-2025 plan",                      # a span of years, one label each end
    "the 2022/23 marketing year",                # a farm season, July to June in every state
    "the FYI desk reported",
    "in 2021-2022 trade grew",                   # four digits: a span of two years
    "in 2019-21 trade grew",                     # three years
    "on 2023-06-30 trade grew",                  # a date
    "the 2019/20 season",                        # a season, not a fiscal year
    "exports in marketing year 2021/22",
])
def test_not_fiscal_years(sentence):
    assert all(p.fiscal is None for _, _, p in find_periods(sentence, PUB))


@pytest.mark.parametrize("sentence, first_month, named_by, expected", [
    ("For FY2021-22", 7, "end", ("2021-07-01", "2022-06-30")),        # July-June (Pakistan)
    ("For FY2021-22", 4, "end", ("2021-04-01", "2022-03-31")),        # April-March (India)
    ("in fiscal year 2023", 7, "end", ("2022-07-01", "2023-06-30")),  # named by the year it ends in
    ("in fiscal 2023", 4, "start", ("2023-04-01", "2024-03-31")),     # named by the year it starts in (Japan)
    ("in FY2024", 10, "end", ("2023-10-01", "2024-09-30")),           # October-September
    ("In July-March of FY2022-23", 7, "end", ("2022-07-01", "2023-03-31")),
    ("In April-June of FY2023-24", 4, "end", ("2023-04-01", "2023-06-30")),
    ("In January-March of FY2023-24", 4, "end", ("2024-01-01", "2024-03-31")),
    ("In July-December of fiscal year 2024", 7, "end", ("2023-07-01", "2023-12-31")),
    ("in July-June 2019-20", 7, "end", ("2019-07-01", "2020-06-30")),
    ("in fiscal year 2023", 1, "end", ("2023-01-01", "2023-12-31")),  # a calendar fiscal year
])
def test_fiscal_years_in_a_calendar(sentence, first_month, named_by, expected):
    from extraction.periods import in_fiscal_calendar
    _, period = only(sentence)
    placed = in_fiscal_calendar(period, first_month, named_by)
    assert (placed.start.isoformat(), placed.end.isoformat()) == expected


@pytest.mark.parametrize("sentence, start, end", [
    ("in the entire 2014/15 season (September-August)", "2014-09-01", "2015-08-31"),
    ("the 2022/23 marketing year (July-June)", "2022-07-01", "2023-06-30"),
    ("exports in 2021/22 (October-September) reached", "2021-10-01", "2022-09-30"),
    # negative: months in brackets that are no twelve-month year leave the split year as it was read
    ("in the 2022/23 season (September-May)", "2022-07-01", "2023-06-30"),
])
def test_the_months_in_brackets_after_a_split_year(sentence, start, end):
    found = find_periods(sentence, PUB)
    assert (str(found[0][2].start), str(found[0][2].end)) == (start, end)


# A running total "since" a start: to publication, or to the last day written after it ("as of October
# 20", "up to 20 October", "through May 15"); the start may be a year's beginning or a month of a year.
@pytest.mark.parametrize("sentence, published, expected", [
    ("exports since the beginning of 2022, as of October 20:", date(2022, 10, 24),
     ("2022-01-01", "2022-10-20", 2022, "range")),
    ("exports since the start of the year, as of October 20, reached", date(2022, 10, 24),
     ("2022-01-01", "2022-10-20", 2022, "range")),
    ("Since January, up to 20 October, shipments reached", date(2023, 11, 2), ("2023-01-01", "2023-10-20", 2023, "range")),
    ("sales since March 2023 through May 15, 2024 came to", date(2024, 6, 1), ("2023-03-01", "2024-05-15", 2024, "range")),
    ("output since the beginning of 2021 reached", date(2021, 9, 1), ("2021-01-01", "2021-09-01", 2021, "range")),
    ("exports since January 2024 reached", date(2024, 6, 1), ("2024-01-01", "2024-06-01", 2024, "range")),
    # no date of publication: the written last day takes the start's year
    ("exports since the beginning of 2022, as of October 20:", None, ("2022-01-01", "2022-10-20", 2022, "range")),
])
def test_since_runs_to_the_day_written(sentence, published, expected):
    _, p = only(sentence, published)
    assert span(p) == expected


@pytest.mark.parametrize("sentence", [
    # negative: a day that is not the end of the running total
    "exports since the beginning of 2022 rose, and on October 20 the ministry said",
    "in January 2024, as in May 2023, the plant stopped",
])
def test_a_later_day_alone_does_not_close_a_since(sentence):
    found = find_periods(sentence, date(2024, 10, 23))
    assert len(found) == 2, found


@pytest.mark.parametrize("sentence, spans", [
    # two years after a word of a stretch of time are one span, as "2022-2023" is
    ("delivered 30,872 kg of gold across 2022 and 2023, he said", [((2022, 1, 1), (2023, 12, 31))]),
    ("output over 2021 and 2022 combined", [((2021, 1, 1), (2022, 12, 31))]),
    # "in 2022 and 2023" may be each year's: two periods
    ("output in 2022 and 2023 was 5 t and 6 t", [((2022, 1, 1), (2022, 12, 31)), ((2023, 1, 1), (2023, 12, 31))]),
])
def test_years_joined_across_a_stretch(sentence, spans):
    assert [(p.start.timetuple()[:3], p.end.timetuple()[:3]) for _, _, p in find_periods(sentence, date(2024, 6, 1))] \
        == spans
