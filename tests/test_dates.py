"""Calendar dates as news pages print them (extraction/dates.py): one example table per rule."""
from datetime import date

import pytest

from extraction.dates import DATE_RULES, find_dates, find_day_months, numeric_convention, parse_date


@pytest.mark.parametrize("text, rule, expected", [
    ("2024-05-18", "iso", date(2024, 5, 18)),
    ("2024-05-18T09:40:00+05:00", "iso", date(2024, 5, 18)),
    ("2024/5/8", "iso", date(2024, 5, 8)),
    ("18.05.2024", "day_first", date(2024, 5, 18)),
    ("1.5.2024", "day_first", date(2024, 5, 1)),
    ("18-05-2024", "day_first", date(2024, 5, 18)),
    ("23:2107.10.2021", "day_first", date(2021, 10, 7)),       # a time run into the date
    ("07.10.202123:21", "day_first", date(2021, 10, 7)),       # the date run into a time
    ("Mon, 01.04.2024", "day_first", date(2024, 4, 1)),
    ("25/07/2023", "slashed", date(2023, 7, 25)),
    ("12/25/2023", "slashed", date(2023, 12, 25)),
    ("7/10/2021", "slashed", date(2021, 10, 7)),                # ambiguous: day first unless told
    ("Sat 7/10/2021", "slashed", date(2021, 7, 10)),            # 10 July 2021 was a Saturday
    ("13 June 2024", "day_month_year", date(2024, 6, 13)),
    ("3rd of March, 2024", "day_month_year", date(2024, 3, 3)),
    ("the 21st of May 2024", "day_month_year", date(2024, 5, 21)),
    ("Tue, 05 Mar 2024", "day_month_year", date(2024, 3, 5)),
    ("5 Sept. 2025", "day_month_year", date(2025, 9, 5)),
    ("March 3rd, 2024", "month_day_year", date(2024, 3, 3)),
    ("Thu Dec 28 2023", "month_day_year", date(2023, 12, 28)),
    ("Thursday, December 28, 2023", "month_day_year", date(2023, 12, 28)),
    ("Dec. 28, 2023", "month_day_year", date(2023, 12, 28)),
    ("SEPT 5, 2025", "month_day_year", date(2025, 9, 5)),
])
def test_date_rules(text: str, rule: str, expected: date) -> None:
    [m] = find_dates(text)
    assert (m.rule, m.resolve()) == (rule, expected)
    assert parse_date(text) == (expected if (m.start, m.end) == (0, len(text)) else None)


def test_every_rule_has_an_example() -> None:
    names = {name for name, _ in DATE_RULES}
    assert names == {"iso", "day_first", "slashed", "day_month_year", "month_day_year"}


@pytest.mark.parametrize("text", [
    "2024", "May 2024", "in 2023-2024", "31.02.2024", "2024-13-45", "v1.2.2024", "1.5 million", "12.5%",
    "3.5.1850", "version 10/12", "Gentra - 7,361", "the 2024 plan", "may 3, 20245",
])
def test_not_dates(text: str) -> None:
    assert [m.resolve() for m in find_dates(text)] == []


def test_dates_left_to_right_in_a_line() -> None:
    found = find_dates("Published: 03.04.2024 10:15 | Updated: 5 April 2024, 08:00")
    assert [(m.rule, m.resolve()) for m in found] == [("day_first", date(2024, 4, 3)),
                                                      ("day_month_year", date(2024, 4, 5))]


@pytest.mark.parametrize("dates, convention", [
    (["25/07/2023", "7/10/2021"], "dmy"),
    (["7/13/2021", "7/10/2021"], "mdy"),
    (["7/10/2021"], None),
    (["25/07/2023", "12/25/2023"], None),           # contradictory: no convention
])
def test_numeric_convention(dates: list[str], convention: str | None) -> None:
    assert numeric_convention([m for d in dates for m in find_dates(d)]) == convention


def test_ambiguous_slashed_date_by_convention() -> None:
    [m] = find_dates("7/10/2021")
    assert m.ambiguous
    assert (m.resolve("dmy"), m.resolve("mdy"), m.resolve(None)) == (date(2021, 10, 7), date(2021, 7, 10), None)


@pytest.mark.parametrize("text, month_day", [
    ("ASTANA, May 3 (Kazinform)", (5, 3)),
    ("BAKU, Azerbaijan, Oct. 12", (10, 12)),
    ("BAKU, 12 October", (10, 12)),
    ("March 3rd", (3, 3)),
    ("May 2024", None),
    ("at 10:30", None),
    ("Feb 30", None),
])
def test_day_months(text: str, month_day) -> None:
    found = find_day_months(text)
    assert ((found[0].month, found[0].day) if found else None) == month_day
