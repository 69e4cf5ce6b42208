"""Iranian-calendar periods: Nowruz from the equinox rule, and the expressions
news uses for Iranian statistics, resolved against the publication date."""
from datetime import date

import pytest

from extraction.calendars import iranian_year_start, nowruz
from extraction.periods import find_periods

PUB = date(2024, 2, 12)


# Nowruz falls on 20 March in these years and on 21 March in the others from 2010 to
# 2030 (1 Farvardin 1391 = 20 March 2012, 1403 = 20 March 2024, 1408 = 20 March 2029).
@pytest.mark.parametrize("year", range(2010, 2031))
def test_nowruz(year):
    assert nowruz(year) == date(year, 3, 20 if year in (2012, 2016, 2020, 2024, 2028, 2029) else 21)


def test_the_iranian_year_of_a_day():
    assert iranian_year_start(date(2024, 3, 19)) == date(2023, 3, 21)
    assert iranian_year_start(date(2024, 3, 20)) == date(2024, 3, 20)


def only(sentence, published=PUB):
    found = find_periods(sentence, published)
    assert len(found) == 1, found
    start, end, p = found[0]
    return sentence[start:end], (p.start and p.start.isoformat(), p.end and p.end.isoformat(), p.year)


@pytest.mark.parametrize("sentence, text, span", [
    # parts of the current year: month boundaries follow the calendar (31-day months first)
    ("Steel exports grew 9% in the first eight months of the current Iranian year, officials said.",
     "the first eight months of the current Iranian year", ("2023-03-21", "2023-11-21", 2023)),
    ("Output reached 410,000 cars in the first six months of the Iranian year, the ministry said.",
     "the first six months of the Iranian year", ("2023-03-21", "2023-09-22", 2023)),
    ("Non-oil shipments rose in the first month of the current Persian year.",
     "the first month of the current Persian year", ("2023-03-21", "2023-04-20", 2023)),
    ("in the first quarter of the current Iranian year", "the first quarter of the current Iranian year",
     ("2023-03-21", "2023-06-21", 2023)),
    # a year-to-date span that has not closed by publication is last year's
    ("Exports hit $1bn in the first eleven months of the Iranian year.",
     "the first eleven months of the Iranian year", ("2022-03-21", "2023-02-19", None)),
    # whole years: stated, relative, or fixed by the day they ended or began on
    ("Imports from Iran came to $90 million in the Iranian year 1401, customs said.",
     "the Iranian year 1401", ("2022-03-21", "2023-03-20", None)),
    ("Trade fell to $700 million in the last Iranian year, which ended on March 20.",
     "the last Iranian year, which ended on March 20", ("2022-03-21", "2023-03-20", None)),
    ("Trade fell to $700 million in the Iranian calendar year that ended on March 20, 2024.",
     "the Iranian calendar year that ended on March 20, 2024", ("2023-03-21", "2024-03-19", None)),
    ("Exports rose in the current Iranian year, which began on March 21, officials said.",
     "the current Iranian year, which began on March 21", ("2023-03-21", "2024-03-19", None)),
    # Afghanistan's solar year is the same calendar's
    ("Exports came to $1.4 billion in the first nine months of the solar year 1402, officials said.",
     "the first nine months of the solar year 1402", ("2023-03-21", "2023-12-21", 2023)),
    ("Imports from Pakistan rose in the Afghan solar year 1401.",
     "the Afghan solar year 1401", ("2022-03-21", "2023-03-20", None)),
    # a gloss in the Gregorian calendar is what the writer means, and is part of the expression
    ("in the first half of the Iranian year 1402 (March 21 - September 22, 2023) exports rose",
     "the first half of the Iranian year 1402 (March 21 - September 22, 2023)", ("2023-03-21", "2023-09-22", 2023)),
    ("over the whole of the last Iranian year (March 21, 2022 - March 20, 2023) the ministry counted",
     "the whole of the last Iranian year (March 21, 2022 - March 20, 2023)", ("2022-03-21", "2023-03-20", None)),
])
def test_iranian_periods(sentence, text, span):
    assert only(sentence) == (text, span)


def test_without_a_publication_date_only_a_stated_year_resolves():
    assert only("in the Iranian year 1400", None)[1] == ("2021-03-21", "2022-03-20", None)
    assert only("in the first eight months of the current Iranian year", None)[1] == (None, None, None)


@pytest.mark.parametrize("sentence, spans", [
    # the Gregorian "first eight months" is read only where no Iranian year follows
    ("in the first eight months of 2023 and the first eight months of the Iranian year",
     [("2023-01-01", "2023-08-31"), ("2023-03-21", "2023-11-21")]),
    # the Iranian year as a subject, not a period of a figure, is still a period; other years stay
    ("Iranian year 1403 starts on March 20, 2024.", [("2024-03-20", "2025-03-20"), ("2024-03-20", "2024-03-20")]),
    # no Iranian or Persian year: nothing changes
    ("Iranian exports rose in the first eight months of the year.", [("2023-01-01", "2023-08-31")]),
])
def test_other_periods_beside_them(sentence, spans):
    got = [(p.start.isoformat(), p.end.isoformat()) for _, _, p in find_periods(sentence, PUB)]
    assert got == spans


@pytest.mark.parametrize("sentence, text, span", [
    # "of that year" / "of the same year" in the edge clause / "of the same year": the year the sentence wrote before the expression
    ("In 2022 the envoy said trade grew to $503 million in the Iranian year that ended on March 20 of that year.",
     "the Iranian year that ended on March 20 of that year", ("2021-03-21", "2022-03-20", None)),
    ("Speaking in May 2019, he put exports at $40 million for the Iranian year which began on March 21 of the same year.",
     "the Iranian year which began on March 21 of the same year", ("2019-03-21", "2020-03-19", None)),
    # no year written before it: the publication date decides, as for a bare edge
    ("Trade fell to $700 million in the Iranian year that ended on March 20 of that year.",
     "the Iranian year that ended on March 20 of that year", ("2022-03-21", "2023-03-20", None)),
])
def test_an_edge_of_that_year(sentence, text, span):
    start, end, p = find_periods(sentence, PUB)[-1]
    assert (sentence[start:end], (p.start.isoformat(), p.end.isoformat(), p.year)) == (text, span)
