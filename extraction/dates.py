"""Calendar dates as news pages print them: "13 June 2024", "Thu Dec 28 2023",
"March 3rd, 2024", "2024-05-18T09:40", "18.05.2024", "7/10/2021", and the
squashed stamp "23:2107.10.2021" (a time run into the date).

Rules as named data: `DATE_RULES` lists each printed form with the pattern that
reads it; `find_dates(s)` returns every date a short string states, left to
right. Numeric dates with a slash are ambiguous when both numbers are 12 or less
("7/10/2021"): the match keeps both readings and `DateMatch.resolve` picks one by
the weekday printed beside it or by the page's convention (`numeric_convention`).
`find_day_months(s)` reads dates without a year ("May 3", "12 October"), which a
wire dateline gives. Only the header and dateline readers use this module; the
period expressions of the body are periods.py's.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from extraction.lexicon import (MONTH_ABBREVIATIONS, MONTHS, ORDINAL_SUFFIXES, WEEKDAY_ABBREVIATIONS,
                                WEEKDAYS, alternation, month_number)

FIRST_YEAR, LAST_YEAR = 1990, 2100        # a page date outside these years is a misreading

# Month names as pages print them: "March", "MARCH", "Mar", "Mar." (not "march": a header
# capitalises its month, and a pattern that opens with capitals is fast to search for).
_MONTH_WORDS = [v for w in (*MONTHS, *MONTH_ABBREVIATIONS) for v in (w.capitalize(), w.upper())]
_MONTH = rf"(?P<mon>(?:{alternation(_MONTH_WORDS)})\b\.?)"
# A weekday printed before a date ("Thu Dec 28 2023", "Mon, 01.04.2024"), looked for only
# in front of a date found (a weekday prefix on every rule would be tried at every position).
_WEEKDAY_BEFORE = re.compile(
    rf"(?P<wd>\b(?:{alternation(WEEKDAYS)}|{alternation(WEEKDAY_ABBREVIATIONS)}))\.?,?\s+\Z", re.I)
_WEEKDAY_SPAN = 16
_ORD = rf"(?:{alternation(ORDINAL_SUFFIXES)})?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A numeric date's day: one or two digits not preceded by a letter, digit or dot, unless a
# squashed time precedes ("23:2107.10.2021"). (Each rule opens with a digit or a capital
# and tests what precedes with a lookbehind after it, so the regex engine can skip ahead
# to the next digit or capital instead of trying every position.)
_NUM_DAY = r"(?P<day>\d(?:(?<![\w.]\d)|(?<=\d:\d\d\d))\d?)"
# After a numeric date: no further digit, unless a squashed time follows ("07.10.202123:21").
_NUM_END = r"(?:(?!\d)|(?=\d\d?:\d\d))"

# name -> pattern. Every rule has the groups day, mon and year (no year in DAY_MONTH_RULES).
DATE_RULES: tuple[tuple[str, str], ...] = (
    # "2024-05-18", "2024-05-18T09:40:00+05:00", "2024/05/18", "2024.05.18"
    ("iso", rf"{_YEAR}(?<![\w.]\d\d\d\d)(?P<sep>[-/.])(?P<mon>\d\d?)(?P=sep)(?P<day>\d\d?)(?!\d)"
            r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"),
    # "18.05.2024", "18-05-2024", "23:2107.10.2021": day first (where dots and dashes are used, always)
    ("day_first", rf"{_NUM_DAY}(?P<sep>[.-])(?P<mon>\d\d?)(?P=sep){_YEAR}{_NUM_END}"),
    # "7/10/2021", "25/07/2023", "12/25/2023": either order; see DateMatch.resolve
    ("slashed", rf"{_NUM_DAY}/(?P<mon>\d\d?)/{_YEAR}{_NUM_END}"),
    # "13 June 2024", "3rd of March, 2024", "Tue, 05 Mar 2024 09:40:00 +0500"
    ("day_month_year", rf"(?P<day>\d(?<!\d\d)\d?){_ORD}\s++(?:of\s++)?{_MONTH},?\s++{_YEAR}(?!\d)"),
    # "March 3rd, 2024", "Thu Dec 28 2023", "Thursday, December 28, 2023", "Dec. 28, 2023"
    ("month_day_year", rf"{_MONTH}\s++(?P<day>\d\d?){_ORD}(?!\d),?\s++(?:of\s++)?{_YEAR}(?!\d)"),
)

# Dates without a year, as a wire dateline gives them: "May 3", "Oct. 12", "12 October".
DAY_MONTH_RULES: tuple[tuple[str, str], ...] = (
    ("month_day", rf"{_MONTH}\s++(?P<day>\d\d?){_ORD}(?![\d:])"),
    ("day_month", rf"(?P<day>\d(?<![\d.:]\d)\d?){_ORD}\s++(?:of\s++)?{_MONTH}"),
)

_GROUP = re.compile(r"\(\?P(?P<ref>=|<)(?P<name>\w+)")


def _one_pattern(rules: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """All `rules` in one pattern, each in a group named after it and with its own groups
    prefixed by its name ("iso_day"), so that a string is scanned once."""
    return re.compile("|".join(
        f"(?P<{name}>" + _GROUP.sub(lambda g: f"(?P{g['ref']}{name}_{g['name']}", rx) + ")" for name, rx in rules))


_DATES = _one_pattern(DATE_RULES)
_SLASHED = _one_pattern(tuple(r for r in DATE_RULES if r[0] == "slashed"))
_DAY_MONTHS = _one_pattern(DAY_MONTH_RULES)
_DIGIT = re.compile(r"\d")
YEARISH = re.compile(r"(?:19|20)\d\d")       # every full date has one: the cheap test first


class DateMatch(NamedTuple):
    """A date found in a string: where, which rule, and its parts as printed."""
    start: int
    end: int
    rule: str
    year: int | None
    month: int                       # for a "slashed" date: the second number
    day: int                         # for a "slashed" date: the first number
    weekday: int | None = None       # 0 = Monday, when printed

    @property
    def ambiguous(self) -> bool:
        """A slashed date that reads as a date both day-first and month-first."""
        return self.rule == "slashed" and self.day <= 12 and self.month <= 12 and self.day != self.month

    @property
    def order(self) -> str | None:
        """The order a slashed date proves by itself: "dmy" (25/07/2023), "mdy" (12/25/2023)."""
        if self.rule != "slashed" or self.ambiguous:
            return None
        return "mdy" if self.month > 12 else "dmy"

    def resolve(self, convention: str | None = "dmy") -> date | None:
        """The date, reading an ambiguous slashed date by its printed weekday, else by
        `convention` ("dmy" or "mdy"; None leaves it unread)."""
        if self.year is None:
            return None
        dmy = make_date(self.year, self.month, self.day)
        if self.rule != "slashed":
            return dmy
        mdy = make_date(self.year, self.day, self.month)
        if dmy is None or mdy is None or dmy == mdy:
            return dmy or mdy
        if self.weekday is not None:
            fits = [d for d in (dmy, mdy) if d.weekday() == self.weekday]
            if len(fits) == 1:
                return fits[0]
        return {"dmy": dmy, "mdy": mdy}.get(convention or "")


def in_year(d: date, year: int) -> date:
    """The same day in `year` (29 February becomes the 28th where the year has none)."""
    return d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))


def make_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day) when it exists and falls in the years a news page dates."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(s: str) -> list[DateMatch]:
    """Every full date (day, month and year) stated in `s`, left to right (where rules
    could read the same text, the first in DATE_RULES). Meant for short strings (a
    header line, a dateline); the work is linear in len(s)."""
    if YEARISH.search(s) is None:
        return []
    return [f for f in map(_match, _DATES.finditer(s)) if f is not None]


def find_slashed(s: str) -> list[DateMatch]:
    """The slashed dates ("7/10/2021") anywhere in `s`, a whole page: the evidence of its
    numeric convention."""
    if "/" not in s:
        return []
    return [f for f in map(_match, _SLASHED.finditer(s)) if f is not None]


def find_day_months(s: str) -> list[DateMatch]:
    """Dates printed without a year ("May 3", "12 October"), left to right (year None)."""
    if _DIGIT.search(s) is None:
        return []
    return [f for f in map(_match, _DAY_MONTHS.finditer(s)) if f is not None]


def parse_date(s: str, convention: str | None = "dmy") -> date | None:
    """The date when `s` (stripped) is exactly one date, else None."""
    s = s.strip()
    found = find_dates(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].resolve(convention)
    return None


def numeric_convention(matches) -> str | None:
    """"dmy" or "mdy" when the slashed dates among `matches` that prove an order all
    prove the same one, else None."""
    orders = {m.order for m in matches} - {None}
    return orders.pop() if len(orders) == 1 else None


def _match(m: re.Match[str]) -> DateMatch | None:
    rule = m.lastgroup
    mon = m[rule + "_mon"]
    month = int(mon) if mon.isdigit() else month_number(mon) or 0
    day = int(m[rule + "_day"])
    year = m[rule + "_year"] if rule + "_year" in m.re.groupindex else None
    year = int(year) if year else None
    start, weekday = m.start(), None
    w = _WEEKDAY_BEFORE.search(m.string, max(0, start - _WEEKDAY_SPAN), start)
    if w:
        start = w.start()
        name = w["wd"].lower()
        weekday = WEEKDAYS.get(name, WEEKDAY_ABBREVIATIONS.get(name))
    if year is None:
        ok = make_date(2000, month, day)
    elif rule == "slashed":
        ok = make_date(year, month, day) or make_date(year, day, month)
    else:
        ok = make_date(year, month, day)
    return DateMatch(start, m.end(), rule, year, month, day, weekday) if ok else None
