"""Period expressions in a sentence, resolved against the publication date.

`find_periods(sentence, published)` returns `(start, end, Period)` for every
period the sentence names, in text order, offsets into the sentence:

- dates: "July 21, 2021", "on August 6, 2016", "21 October 2025", "25.07.2023",
  "2024-01-26", "March 29" (year from publication), "April 18-19", "on Sunday";
- months: "June 2022", "in April 2017", "December 2018", "in February", "by the
  end of December";
- parts of a year: "the first eight months (of 2023 | of this year)",
  "January-September 2023", "between January and November", "after eleven months,", "9M 2023", "H1",
  "H1 2023", "first half of 2023", "the first half of the year", "Q1",
  "first quarter of 2021";
- years: "in 2023", "for 2023", "by 2026", "by the end of 2019", "to 2030",
  "mid-2023", "last year", "this year", "next year", "the whole of last year";
- ranges: "2023-2024", "from 2021 to 2023", "since January", "since 2015",
  "since the start of the year" (ending on the publication date).

Resolution rules:
- a part of a year without a year ("the first eight months", "H1",
  "January-June") is in the publication year; if it starts in January and had
  not ended by the publication date, the previous year (statistics are
  reported after the period closes);
- a day or month without a year is in the publication year, or the previous
  year when that would put it more than six months after publication;
- "by"/"to"/"by the end of" do not change the period: "by 2026" is the year
  2026, "by the end of December" is that December;
- with no publication date, expressions that carry their own year are still
  resolved; relative ones ("last year", "the first eight months", "March 29")
  come back as Period(None, None, None, None), so callers know a period was
  named but not which.

Precision is 'day', 'month', 'quarter', 'half', 'year' or 'range' (any other
span, and spans across years). `year` is the year the period lies in; for a
range, the year it ends in.

Not periods: durations without an anchor ("over the six months", "18
years"), "a year earlier", "the previous year", model names and codes
("Euro-5", "JAC S3", "100M", "Hyundai H1 minibuses"), times ("08:34"), "24/7",
and four-digit numbers that count something ("2000 cars").

Speed: a sentence is scanned with str.find and a few character-class searches
for heads (digits, month names, "year", "month", "half", "quarter", weekdays);
small anchored patterns run only there, and only after cheap character tests
say they can match.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from extraction.calendars import iranian_periods
from extraction.dates import YEARISH, in_year
from extraction.lexicon import (COUNT_WORDS, MONTH_ABBREVIATIONS, MONTHS, OF_THAT_YEAR, PART_ORDINALS,
                               RELATIVE_YEAR_OFFSET, WEEKDAYS, alternation, capitalised)
from extraction.quantities import has_digit, unit_at
from extraction.records import FiscalYear, Period

__all__ = ["find_periods", "in_fiscal_calendar", "year_of", "year_period"]

_UNRESOLVED = Period(None, None, None, None)

_MONTH_NUM = {name: n for table in (MONTHS, MONTH_ABBREVIATIONS) for name, n in
              zip(capitalised(table), table.values())}
# capitalised only ("may", "march"); only abbreviations take a dot ("Sept. 5")
_MONTH = ("(?:(?:" + alternation(capitalised(MONTHS)) + r")\b|(?:"
          + alternation(capitalised(MONTH_ABBREVIATIONS)) + r")\b\.?)")
_WEEKDAY_HEAD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAYS = dict(zip(capitalised(WEEKDAYS), WEEKDAYS.values()))
_COUNT = COUNT_WORDS
_ORDINAL = PART_ORDINALS

_YEAR = r"(?:19|20)\d\d(?![\d%])(?![.,]\d)"
_S = r"[ \u00a0]+"
# what may follow a part of a year to say which year: "of 2023", "2023", "of this year"
_YSPEC = (
    rf"(?:(?:,?{_S}(?:of|in){_S}|{_S}|,{_S}?)(?P<y>{_YEAR})"
    rf"|{_S}(?:of|in){_S}(?:the{_S})?(?P<rel>this|last|next|current|previous){_S}year\b"
    rf"|{_S}(?:of{_S})?(?P<this>this{_S}year)\b"
    rf"|{_S}of{_S}the{_S}year\b"
    r"|[ \u00a0]?['\u2019](?P<yy>\d\d)(?![\d%]))?"      # "Q3'23", "H1 ’24"
)
_COUNT_WORD = "(?:" + "|".join(_COUNT) + r"|\d{1,2})"

# --- patterns anchored at a head ---------------------------------------------

_AT_DIGIT = re.compile(
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?!\d)"
    r"|(?P<dot>(?P<dd>\d{1,2})[./](?P<dm>\d{1,2})[./](?P<dy>(?:19|20)\d\d))(?!\d)"
    rf"|(?P<yrange>(?P<ya>{_YEAR})[ \u00a0]?[-\u2013\u2014/][ \u00a0]?(?P<yb>{_YEAR}|\d\d(?![\d%])))"
    rf"|(?P<dmy>(?P<xd>\d{{1,2}})(?:st|nd|rd|th)?{_S}(?:of{_S})?(?P<xm>{_MONTH})(?:,?{_S}(?P<xy>{_YEAR}))?)"
    rf"|(?P<nm>(?P<n>[1-9]|1[0-2])M[ \u00a0]?'?(?P<ny>{_YEAR}))"
    r"|(?P<nh>(?P<h>[12])H(?:(?P<hy>[12]\d)(?!\w)|(?!\w)))"
    r"|(?P<nq>(?P<q>[1-4])Q(?:(?P<qy>[12]\d)(?!\w)|(?!\w)))"
    rf"|(?P<year>{_YEAR})(?!\w)"
)
_AT_HQ = re.compile(rf"(?P<k>[HQ])(?P<i>[1-4])(?!\w){_YSPEC}")
_AT_MONTH = re.compile(
    rf"(?P<mrange>(?P<ma>{_MONTH})[ \u00a0]?(?:[-\u2013\u2014/]|{_S}(?:to|through|until|and){_S}"
    rf"(?:the{_S}end{_S}of{_S})?)"
    rf"[ \u00a0]?(?P<mb>{_MONTH})(?:,?{_S}(?:of{_S})?(?P<ry>{_YEAR}))?)"
    rf"|(?P<ddrange>(?P<dma>{_MONTH}){_S}(?P<da>\d{{1,2}})(?:st|nd|rd|th)?[ \u00a0]?(?:[-\u2013\u2014]|{_S}(?:to|through|until|and){_S})"
    rf"[ \u00a0]?(?P<dmb>{_MONTH}){_S}(?P<db>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?{_S}(?P<ddy>{_YEAR}))?)"
    rf"|(?P<drange>(?P<dm>{_MONTH}){_S}(?P<d1>\d{{1,2}})[ \u00a0]?(?:[-\u2013]|{_S}(?:to|through){_S})"
    rf"[ \u00a0]?(?P<d2>\d{{1,2}})(?![\d:])(?:,?{_S}(?P<dy>{_YEAR}))?)"
    rf"|(?P<mdy>(?P<m>{_MONTH}){_S}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?{_S}(?P<y>{_YEAR}))?)"
    rf"|(?P<my>(?P<mm>{_MONTH}),?{_S}(?:of{_S})?(?P<my_y>{_YEAR}))"
    rf"|(?P<mo>(?P<mo_m>{_MONTH}))"
)
# words before a month name that make a bare "May" or "March" a month
_MONTH_PREP = re.compile(
    r"(?:\b(?:in|for|since|by|until|till|from|during|of|early|late|mid|between|before|after|"
    rf"through|throughout|last|next|this){_S}|\bmid-)$", re.I)
# "December alone", "March on its own", "October by itself"; a line "* December: $3.1 billion" labelled by its month
_MONTH_ALONE = re.compile(rf"{_S}(?:alone|on{_S}its{_S}own|by{_S}itself)\b", re.I)
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013][ \t]+)?$")
_LABEL_END = re.compile(r"[ \t]*(?:alone[ \t]*)?:")
_BEFORE_RANGE = re.compile(rf"\b(?P<w>between|from){_S}$", re.I)
_SINCE = re.compile(rf"\bsince{_S}$", re.I)
_SINCE_START = re.compile(rf"\bsince{_S}the{_S}(?:start|beginning|opening){_S}of{_S}$", re.I)
_WHOLE = re.compile(rf"\b(?:the{_S})?(?:whole|entire|full){_S}(?:of{_S})?$", re.I)
_YEAR_PREFIX = re.compile(r"\b(?:mid|early|late|end)-$", re.I)
_YEAR_FOLLOW = re.compile(rf"{_S}(?:to|and|through|until){_S}(?P<y2>{_YEAR})")
_TEMPORAL_BEFORE = re.compile(
    rf"(?:\b(?:in|since|by|until|till|from|to|during|before|after|of|for|early|late|the|"
    rf"between|through){_S}|\b{_MONTH}{_S}(?:\d{{1,2}},?{_S})?|,{_S}?)$", re.I)
_HQ_PREP = re.compile(rf"\b(?:in|for|during|of|over|the|by|since|through){_S}$", re.I)
# "H1 exports rose", "Q3 turnover": a bare half or quarter opening a sentence or line names the
# period of the figure it labels (not "Hyundai H1 minibuses")
_HQ_LABELS = re.compile(rf"{_S}(?:exports?|imports?|trade|turnover|shipments|sales|output|production|deliveries"
                        rf"|revenues?|volumes?)\b", re.I)

# patterns that END at a keyword head (searched with endpos = end of the keyword)
_REL_YEAR = re.compile(
    rf"(?:\b(?:the{_S})?(?:whole|entire|full){_S}(?:of{_S})?)?"
    rf"\b(?P<how>(?:the{_S})?(?:this|last|next|current)|since{_S}the{_S}(?:start|beginning){_S}of{_S}(?:the|this)"
    rf"|(?:the{_S})?end{_S}of{_S}(?:the|this)){_S}year$", re.I)
_REL_YEAR_WORD = re.compile(r"(?:this|last|next|current|the)$", re.I)   # how _REL_YEAR's match ends before "year"
_FIRST_MONTHS = re.compile(
    rf"\b(?:(?:the{_S})?(?:first|past|last|opening){_S}(?P<n>{_COUNT_WORD})|(?P<the>the{_S}(?:same{_S})?)(?P<n3>{_COUNT_WORD})"
    rf"|(?P<after>after{_S})?(?P<n2>{_COUNT_WORD})){_S}months$", re.I)
# "After eleven months, trade stood at ...": a year-to-date total, once a comma sets the months apart
_AFTER_MONTHS_COMMA = re.compile(r"\s*,")
# "eight-month trade", "its nine-month output": a year-to-date figure named by its length
_MONTH_ADJECTIVE = re.compile(rf"\b(?P<n>{_COUNT_WORD})-month{_S}(?:[\w-]+{_S})?(?:trade|turnover|exports?|imports?"
                              r"|output|production|figures?|results?|data|totals?|volumes?|shipments|sales|statistics"
                              # "the earlier five-month release": what a statistics office published for them
                              r"|releases?|reports?|bulletins?|reviews?|summary|update)\b",
                              re.I)
_HALF_YEAR = re.compile(rf"\bthe{_S}half[- ]year\b", re.I)
_REL_MONTH = re.compile(rf"\b(?P<how>this|last|next){_S}month$", re.I)
# "the first half", and as an adjective: "first-half output", "fourth-quarter production"
_HALF = re.compile(rf"\b(?:the{_S})?(?P<o>first|second|1st|2nd)(?:{_S}|-)half$", re.I)
_QUARTER = re.compile(
    rf"\b(?:the{_S})?(?P<o>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:{_S}|-)quarter$", re.I)
_QUARTERS = re.compile(rf"\b(?:the{_S})?first{_S}(?P<n>two|three){_S}quarters$", re.I)
_YSPEC_AT = re.compile(_YSPEC)
# a year named relative to publication after months: "January-February of last year", "in May last year"
_REL_SPEC = re.compile(rf"(?:{_S}of|{_S}in)?{_S}(?:the{_S})?(?P<rel>this|last|next|current|previous|past){_S}year\b(?![-'\u2019])",
                       re.I)
_WEEKDAY_BEFORE = re.compile(rf"\b(?:on|last){_S}$", re.I)


# --- calendar helpers --------------------------------------------------------

def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, m1: int, m2: int, y2: int | None = None) -> Period:
    """Months m1..m2 (of y2 when the span crosses a year), with its precision."""
    y2 = y2 or year
    start, end = date(year, m1, 1), _month_end(y2, m2)
    if y2 != year:
        precision = "range"
    elif m1 == m2:
        precision = "month"
    elif (m1, m2) == (1, 12):
        precision = "year"
    elif m2 - m1 == 2 and m1 % 3 == 1:
        precision = "quarter"
    elif m2 - m1 == 5 and m1 in (1, 7):
        precision = "half"
    else:
        precision = "range"
    return Period(start, end, y2, precision)


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), year, "year")


def _day(year: int | None, month: int, day: int, published: date | None) -> Period | None:
    """A day, with the year from publication when not written; None if impossible."""
    if year is None:
        if published is None:
            return _UNRESOLVED
        year = _near_year(published, month, day)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return Period(d, d, year, "day")


def _near_year(published: date, month: int, day: int = 1) -> int:
    """The year of a month/day written without one: the publication year,
    unless that would be more than six months after publication."""
    try:
        candidate = date(published.year, month, min(day, 28 if month == 2 else day))
    except ValueError:
        candidate = date(published.year, month, 1)
    return published.year - 1 if candidate > published + timedelta(days=183) else published.year


def _part_year(published: date | None, m1: int, m2: int) -> int | None:
    """The year of a part of a year written without one ("the first eight
    months", "H1", "January-June"): publication year, or the previous one when
    a year-to-date period had not closed by publication."""
    if published is None:
        return None
    y = published.year
    if m1 == 1 and _month_end(y, m2) >= published:
        return y - 1
    return y


def _spec_year(m: re.Match, published: date | None) -> tuple[bool, int | None]:
    """(whether a year was written, that year) from a _YSPEC match."""
    if m.group("y"):
        return True, int(m.group("y"))
    if m.group("yy"):
        return True, 2000 + int(m.group("yy"))
    rel = m.group("rel")
    if rel or m.group("this"):
        if published is None:
            return True, None
        offset = RELATIVE_YEAR_OFFSET.get((rel or "").lower(), 0)
        return True, published.year + offset
    return False, None


def _part(m: re.Match, published: date | None, m1: int, m2: int) -> Period:
    explicit, year = _spec_year(m, published)
    if not explicit:
        year = _part_year(published, m1, m2)
    return _span(year, m1, m2) if year else _UNRESOLVED


# --- handlers: each returns (start, end, Period) or None ----------------------

# what may follow one or two digits in _AT_DIGIT: "25.07", "25/07", "21st", "2nd",
# "3rd", "5th", "21 October", "9M", "1H", "3Q" (an empty string is not in it)
_AFTER_DAY = frozenset("./snrt \u00a0MHQ")
_DAY_MONTH_START = frozenset("JFMASOND o\u00a0")      # after "21 ": a month (_MONTH), "of" or more spaces


# The words of a farm season around a split year: "the 2022/23 marketing year", "in the 2023/24 season",
# "marketing year 2021/22", "the 2022/23 crop year"
_SEASON_AFTER = re.compile(r"[ \u00a0]+(?:(?:marketing|crop|agricultural|grain|harvest|farming)[ \u00a0]+(?:year|season)"
                           r"|season)\b", re.I)
_SEASON_BEFORE = re.compile(r"\b(?:marketing|crop|agricultural|grain|harvest)[ \u00a0]+(?:year|season)[ \u00a0]+(?:of[ \u00a0]+)?$",
                            re.I)


def _crop_season(s: str, start: int, end: int) -> bool:
    return bool(_SEASON_AFTER.match(s, end) or _SEASON_BEFORE.search(s, max(0, start - 30), start))


def _at_digit(s: str, i: int, run_end: int, published: date | None):
    """A period starting at the digits s[i:run_end]."""
    prev = s[i - 1] if i else " "
    if prev in "HQ" and (i < 2 or not s[i - 2].isalnum()):
        return _at_hq(s, i - 1, published)
    if prev == "Y" and s[i - 2:i] == "FY" and (i < 3 or not s[i - 3].isalnum()) and run_end - i == 4 \
            and s.startswith(("19", "20"), i):
        # "FY2023": read as that year, as "fiscal 2023" is (a fiscal calendar is the reporter's own)
        y = int(s[i:run_end])
        return i - 2, run_end, year_period(y)
    if prev.isalnum() or prev in "_.,:/+#$\u20ac\u00a3\u20bd\u20b8":
        return None
    if prev == "-" and not _YEAR_PREFIX.search(s, max(0, i - 8), i):
        return None
    # What the digits alone allow (most numbers are no period: skip the big pattern):
    # four digits are a year only from 19xx/20xx; one or two digits start a date,
    # "9M", "1H" or "3Q" only with one of _AFTER_DAY right after them; others never.
    n = run_end - i
    if n == 4:
        if not s.startswith(("19", "20"), i):
            return None
    elif n > 2:
        return None
    else:
        c = s[run_end:run_end + 1]
        if c not in _AFTER_DAY:
            return None
        if c in " \u00a0" and s[run_end + 1:run_end + 2] not in _DAY_MONTH_START:
            return None                               # "21 October", "1st of May" need a month
    m = _AT_DIGIT.match(s, i)
    if not m:
        return None
    kind = m.lastgroup
    if kind == "iso":
        p = _day(int(m["iy"]), int(m["im"]), int(m["id"]), published)
    elif kind == "dot":
        p = _day(int(m["dy"]), int(m["dm"]), int(m["dd"]), published)
    elif kind == "yrange":
        a, b = int(m["ya"]), m["yb"]
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if not a < b <= a + 50:
            return None
        if b == a + 1 and "/" in m["yrange"] and _crop_season(s, i, m.end()):
            # "the 2022/23 marketing year": a grain season, July to June (the convention of grain
            # balances: USDA, IGC, the ministries of the region)
            p = Period(date(a, 7, 1), date(b, 6, 30), b, "range")
        else:
            p = Period(date(a, 1, 1), date(b, 12, 31), b, "range")
    elif kind == "dmy":
        p = _day(int(m["xy"]) if m["xy"] else None, _MONTH_NUM[m["xm"].rstrip(".")], int(m["xd"]), published)
    elif kind == "nm":
        p = _span(int(m["ny"]), 1, int(m["n"]))
    elif kind in ("nh", "nq"):                      # "1H 2023", "in 3Q"
        k = int(m["h"] or m["q"])
        m1, m2 = ((k - 1) * 6 + 1, k * 6) if kind == "nh" else ((k - 1) * 3 + 1, k * 3)
        if m["hy"] or m["qy"]:                       # "1H24", "3Q23"
            return i, m.end(), _span(2000 + int(m["hy"] or m["qy"]), m1, m2)
        spec = _YSPEC_AT.match(s, m.end())
        if not _spec_year(spec, published)[0] and not _HQ_PREP.search(s, max(0, i - 12), i):
            return None
        return i, spec.end(), _part(spec, published, m1, m2)
    else:
        return _year(s, m, published)
    return (i, m.end(), p) if p else None


def _year(s: str, m: re.Match, published: date | None):
    """A four-digit year, with what surrounds it ("since 2015", "from 2021 to 2023")."""
    i, end = m.start(), m.end()
    year = int(m["year"])
    temporal = _temporal_before(s, i)
    if not temporal and unit_at(s, end):
        return None                                   # "2000 cars"
    start = i
    follow = _YEAR_FOLLOW.match(s, end)
    if follow and int(follow["y2"]) > year:
        rng = _BEFORE_RANGE.search(s, max(0, i - 12), i)
        if rng:
            y2 = int(follow["y2"])
            return rng.start(), follow.end(), Period(date(year, 1, 1), date(y2, 12, 31), y2, "range")
    # _SINCE and _WHOLE end in spaces after "since" / "of", "whole", "entire", "full":
    # test the letter before the spaces before searching (case-insensitively).
    if _letter_before_spaces(s, i, max(0, i - 8)) in _SINCE_LAST:
        since = _SINCE.search(s, max(0, i - 8), i)
        if since:
            return since.start(), end, _since(date(year, 1, 1), published)
    if _letter_before_spaces(s, i, max(0, i - 30)) in "fF":
        since = _SINCE_START.search(s, max(0, i - 30), i)
        if since:                                     # "since the beginning of 2022"
            return since.start(), end, _since(date(year, 1, 1), published)
    whole = None
    if _letter_before_spaces(s, i, max(0, i - 20)) in _WHOLE_LAST:
        whole = _WHOLE.search(s, max(0, i - 20), i)
    if whole:
        start = whole.start()
    elif i and s[i - 1] == "-":
        start = _YEAR_PREFIX.search(s, max(0, i - 8), i).start()
    return start, end, year_period(year)


_SINCE_LAST = frozenset("eE")                         # since
_WHOLE_LAST = frozenset("fFeElL")                     # of, whole, entire, full


def _letter_before_spaces(s: str, i: int, lo: int) -> str:
    """The character before the run of spaces that ends at i, or '' when there are no
    spaces there or nothing but spaces from lo."""
    j = _spaces_before(s, i, lo)
    return s[j - 1] if lo < j < i else ""


def _spaces_before(s: str, i: int, lo: int) -> int:
    """Start of the run of spaces ([ \u00a0], as _S) that ends at i, not before lo."""
    while i > lo and s[i - 1] in " \u00a0":
        i -= 1
    return i


def _temporal_before(s: str, i: int) -> bool:
    """bool(_TEMPORAL_BEFORE.search(s, max(0, i - 30), i)), at a fraction of the cost.
    Every alternative ends in spaces after a comma, a day number or one word (a
    preposition, or a month name of at most 9 letters and a dot), so unless a digit
    comes before the spaces only the last 10 characters can hold the match."""
    lo = max(0, i - 30)
    j = _spaces_before(s, i, lo)
    if j == i or j == lo:
        return False                                  # no spaces, or nothing before them
    c = s[j - 1]
    if c == ",":
        return True                                   # ",{_S}"
    if c.isdigit():                                   # "May 15 " (str.isdigit is wider than \d)
        return _TEMPORAL_BEFORE.search(s, lo, i) is not None
    return _TEMPORAL_BEFORE.search(s, max(lo, j - 10), i) is not None


def _since(start: date, published: date | None) -> Period:
    if published is None or start > published:
        return Period(start, None, None, "range")
    return Period(start, published, published.year, "range")


def _at_hq(s: str, i: int, published: date | None):
    """H1, H2, Q1..Q4: a period only with a year or after "in"/"for"/... ("Hyundai H1" is a van)."""
    m = _AT_HQ.match(s, i)
    if not m or (m["k"] == "H" and int(m["i"]) > 2):
        return None
    if not _spec_year(m, published)[0] and not _HQ_PREP.search(s, max(0, i - 12), i) \
            and not ((i == 0 or s[i - 1] == "\n") and _HQ_LABELS.match(s, m.end())):
        return None
    k = int(m["i"])
    m1, m2 = ((k - 1) * 6 + 1, k * 6) if m["k"] == "H" else ((k - 1) * 3 + 1, k * 3)
    return i, m.end(), _part(m, published, m1, m2)


def _at_month(s: str, i: int, published: date | None):
    if i and (s[i - 1].isalnum() or s[i - 1] == "-" and not s[max(0, i - 4):i].lower() == "mid-"):
        return None
    m = _AT_MONTH.match(s, i)
    if not m:
        return None
    kind = m.lastgroup
    start, end = i, m.end()
    if kind == "mrange":
        a, b = _MONTH_NUM[m["ma"].rstrip(".")], _MONTH_NUM[m["mb"].rstrip(".")]
        joiner = s[m.end("ma"):m.start("mb")].strip().lower()
        rng = _BEFORE_RANGE.search(s, max(0, i - 12), i)
        if joiner == "and" and not (rng and rng["w"].lower() == "between") and b != a + 1:
            # "in March and May (2023)": two months, the year written once for both ("in October
            # and November 2021", two months in a row, is one span)
            if m["ry"] and _MONTH_PREP.search(s, max(0, i - 16), i):
                y = int(m["ry"])
                return i, m.end("ma"), Period(date(y, a, 1), _month_end(y, a), y, "month")
            return _single_month(s, i, a, published, m.end("ma"))
        if rng:
            start = rng.start()
        rel = None if m["ry"] or published is None else _REL_SPEC.match(s, end)
        if rel is not None and a <= b:
            y = published.year + RELATIVE_YEAR_OFFSET[rel["rel"].lower()]
            return start, rel.end(), _span(y, a, b)
        if m["ry"]:
            y = int(m["ry"])
            p = _span(y, a, b) if a <= b else _span(y - 1, a, b, y)
        elif a <= b:
            y = _part_year(published, a, b)
            p = _span(y, a, b) if y else _UNRESOLVED
        else:
            return None
        return start, end, p
    if kind == "ddrange":
        # "from March 21 to April 20, 2023", "March 21 - June 21, 2022": one span of days
        ma, mb = _MONTH_NUM[m["dma"].rstrip(".")], _MONTH_NUM[m["dmb"].rstrip(".")]
        last = _day(int(m["ddy"]) if m["ddy"] else None, mb, int(m["db"]), published)
        if last is None:
            return None
        if _BEFORE_RANGE.search(s, max(0, i - 12), i):
            start = _BEFORE_RANGE.search(s, max(0, i - 12), i).start()
        if last.start is None:
            return start, end, last
        try:
            first = date(last.start.year - (1 if ma > mb else 0), ma, int(m["da"]))
        except ValueError:
            return None
        if first >= last.start:
            return None
        return start, end, Period(first, last.start, last.start.year, "range")
    if kind == "drange":
        mo, d1, d2 = _MONTH_NUM[m["dm"].rstrip(".")], int(m["d1"]), int(m["d2"])
        if not 1 <= d1 < d2 <= 31:
            return None
        first = _day(int(m["dy"]) if m["dy"] else None, mo, d1, published)
        if first is None or first.start is None:
            return (start, end, first) if first else None
        try:
            last = date(first.start.year, mo, d2)
        except ValueError:
            return None
        return start, end, Period(first.start, last, last.year, "range")
    if kind == "mdy":
        d = int(m["d"])
        if not 1 <= d <= 31:
            return _single_month(s, i, _MONTH_NUM[m["m"].rstrip(".")], published, m.end("m"))
        p = _day(int(m["y"]) if m["y"] else None, _MONTH_NUM[m["m"].rstrip(".")], d, published)
        return (start, end, p) if p else None
    if kind == "my":
        mo = _MONTH_NUM[m["mm"].rstrip(".")]
        y = int(m["my_y"])
        if (since := _SINCE.search(s, max(0, i - 8), i)) is not None:
            return since.start(), end, _since(date(y, mo, 1), published)     # "since January 2022"
        return _to_date(s, (start, end, Period(date(y, mo, 1), _month_end(y, mo), y, "month")))
    return _to_date(s, _single_month(s, i, _MONTH_NUM[m["mo_m"].rstrip(".")], published, m.end()))


# "at the end of October", "as of the end of September": a running total since January
_AT_END_OF = re.compile(rf"\b(?:at|as{_S}of){_S}the{_S}end{_S}of{_S}$", re.I)


def _to_date(s: str, found):
    """A month read after "at the end of" is the year to that month's end ("at the end of October,
    China was first with $10.2 billion": January-October)."""
    if found is None or not _AT_END_OF.search(s, max(0, found[0] - 24), found[0]):
        return found
    start, end, p = found
    if p.start is None or p.end is None or p.precision != "month":
        return found
    return start, end, Period(date(p.end.year, 1, 1), p.end, p.year, "range")


def _single_month(s: str, i: int, month: int, published: date | None, end: int):
    """A month name alone: needs "in"/"since"/"by the end of"... before it, or to label a line
    ("* December: $3.1 billion") or be set apart ("December alone")."""
    if not _MONTH_PREP.search(s, max(0, i - 16), i) and not _MONTH_ALONE.match(s, end) \
            and not (_LINE_OPEN.search(s, max(0, i - 4), i) and _LABEL_END.match(s, end)):
        return None
    since = _SINCE.search(s, max(0, i - 8), i)
    if published is None:
        return (since.start() if since else i), end, _UNRESOLVED
    if since:
        y = published.year if date(published.year, month, 1) <= published else published.year - 1
        return since.start(), end, _since(date(y, month, 1), published)
    rel = _REL_SPEC.match(s, end)
    if rel is not None:
        y = published.year + RELATIVE_YEAR_OFFSET[rel["rel"].lower()]     # "in September last year"
        return i, rel.end(), Period(date(y, month, 1), _month_end(y, month), y, "month")
    y = _near_year(published, month)
    word = _LAST_NEXT.search(s, max(0, i - 6), i)
    if word is not None:
        # "last September": the latest September before publication; "next February": the first after it
        last = word.group(1).lower() == "last"
        y = published.year - (month >= published.month) if last else published.year + (month <= published.month)
    return i, end, Period(date(y, month, 1), _month_end(y, month), y, "month")


_LAST_NEXT = re.compile(rf"\b(last|next){_S}$", re.I)


# "year to date", "year-to-date", "YTD": January to publication
_TO_DATE = re.compile(r"[- \u00a0]to[- \u00a0]date\b", re.I)
# "so far this year", "this year so far", "this year to date": a running total, not the whole year
_SO_FAR_BEFORE = re.compile(rf"\bso{_S}far{_S}(?:in{_S})?$", re.I)
_SO_FAR_AFTER = re.compile(rf"{_S}(?:so{_S}far|to{_S}date)\b", re.I)
# "the year to June", "the twelve months to March 2024", "the year ended 31 March 2024": a window
# of months that ends with a named month
# ("the fiscal year that ended on June 30", "the financial year ending in March": the relative word and
# the preposition before the month are optional)
_TO_MONTH = re.compile(
    rf"{_S}(?:(?:that|which){_S})?(?:to|ending|ended|through)(?:{_S}(?:on|in))?{_S}(?:(?:the{_S})?end{_S}of{_S})?(?:\d{{1,2}}(?:st|nd|rd|th)?{_S})?"
    rf"(?P<m>{_MONTH})(?:{_S}\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?{_S}(?P<y>{_YEAR}))?")


def _window_to(s: str, at: int, n: int, published: date | None):
    """n months ending with the month named at s[at:] ("to March 2024"), as (end, Period) or None;
    without a year, the latest such month that had ended by publication."""
    m = _TO_MONTH.match(s, at)
    if m is None:
        return None
    month = _MONTH_NUM[m["m"].rstrip(".")]
    if m["y"]:
        y = int(m["y"])
    elif published is None:
        return m.end(), _UNRESOLVED
    else:
        y = published.year if _month_end(published.year, month) <= published else published.year - 1
    last = y * 12 + month - 1
    y0, m0 = divmod(last - n + 1, 12)
    start, end = date(y0, m0 + 1, 1), _month_end(y, month)
    return m.end(), Period(start, end, y, _span(y0, m0 + 1, month, y).precision if y0 == y else "range")


def _rel_year(s: str, k: int, published: date | None):
    """Ends at 'year': 'last year', 'this year', 'the whole of last year',
    'since the start of the year', 'by the end of the year'."""
    end = k + 4
    if s[end:end + 1] in (" ", "-", "\u00a0") and s[end + 1:end + 3].lower() in ("to", "en", "th", "wh"):
        if _TO_DATE.match(s, end):                    # "year to date"
            if published is None:
                return k, end + 8, _UNRESOLVED
            return k, end + 8, _since(date(published.year, 1, 1), published)
        if k >= 4 and s[k - 4:k].lower() in ("the ", "cal ", "ial "):   # "the year to June", "fiscal/financial year ended"
            w = _window_to(s, end, 12, published)    # "the year to June"
            if w is not None:
                return k - (4 if s[k - 4:k].lower() == "the " else 0), w[0], w[1]
    if s[end:end + 1].isalpha() or s[end:end + 1] == "-":
        return None                                  # "years", "yearly", "year-on-year"
    # Every match ends "<this|last|next|current|the> year": test that word (a short,
    # cheap search) before the long case-insensitive pattern (several microseconds).
    j = _spaces_before(s, k, 0)
    if j == k or not _REL_YEAR_WORD.search(s, max(0, j - 7), j):
        return None
    m = _REL_YEAR.search(s, max(0, k - 45), end)
    if not m:
        return None
    if published is None:
        return m.start(), end, _UNRESOLVED
    how = " ".join(m["how"].lower().split())
    if how.startswith("since"):
        return m.start(), end, _since(date(published.year, 1, 1), published)
    if how.endswith("this") and (_SO_FAR_BEFORE.search(s, max(0, m.start() - 12), m.start())
                                 or _SO_FAR_AFTER.match(s, end)):
        return m.start(), end, _since(date(published.year, 1, 1), published)
    offset = -1 if how.endswith("last") else 1 if how.endswith("next") else 0
    return m.start(), end, year_period(published.year + offset)


def _months(s: str, k: int, published: date | None):
    """Ends at 'month(s)': 'the first eight months (of 2023)', 'seven months of
    2023', 'last month'."""
    if s.startswith("months", k):
        m = _FIRST_MONTHS.search(s, max(0, k - 30), k + 6)
        if not m:
            return None
        word = (m["n"] or m["n3"] or m["n2"]).lower()
        n = _COUNT.get(word) or int(word)
        if not 1 <= n <= 12:
            return None
        if s[k + 6:k + 7] in (" ", "\u00a0") and s[k + 7:k + 10].lower() in ("to ", "end", "thr"):
            w = _window_to(s, k + 6, n, published)   # "the twelve months to March 2024"
            if w is not None:
                return m.start(), w[0], w[1]
        spec = _YSPEC_AT.match(s, k + 6)
        explicit = _spec_year(spec, published)[0]
        if m["n2"] and not explicit and not (m["after"] and _AFTER_MONTHS_COMMA.match(s, k + 6)):
            return None                              # "over the six months": no anchor
        if m["n"] and m.group(0).lower().lstrip().startswith(("past", "last", "the past", "the last")):
            # "the past 12 months": a rolling window, unless it is just the months of this year
            # that have closed ("in the past ten months", published in November)
            if published is None or explicit or n != published.month - 1:
                return None
            return m.start(), k + 6, _span(published.year, 1, n)
        return m.start(), spec.end(), _part(spec, published, 1, n)
    if s[k - 1:k] == "-":
        m = _MONTH_ADJECTIVE.search(s, max(0, k - 10), k + 60)
        if m is None or m.end("n") != k - 1:
            return None
        word = m["n"].lower()
        n = _COUNT.get(word) or int(word)
        if not 1 <= n <= 11:
            return None
        spec = _YSPEC_AT.match(s, k + 5)
        return m.start(), k + 5, _part(spec, published, 1, n)
    if s[k + 5:k + 6].isalpha():
        return None
    m = _REL_MONTH.search(s, max(0, k - 6), k + 5)
    if not m:
        return None
    if published is None:
        return m.start(), k + 5, _UNRESOLVED
    offset = {"last": -1, "next": 1}.get(m["how"].lower(), 0)
    y, mo = divmod(published.year * 12 + published.month - 1 + offset, 12)
    return m.start(), k + 5, Period(date(y, mo + 1, 1), _month_end(y, mo + 1), y, "month")


def _half_or_quarter(s: str, k: int, published: date | None):
    """Ends at 'half' / 'quarter(s)': 'the first half of 2023', 'first quarter of
    2021', 'the first half of the year', 'the first three quarters'."""
    if s.startswith("half", k) and _HALF_YEAR.match(s, max(0, k - 4)):
        # "in the half-year": the first half, of the year the article reports on
        spec = _YSPEC_AT.match(s, k + 9)
        return k - 4, spec.end(), _part(spec, published, 1, 6)
    if s.startswith("half", k):
        m, word_end = _HALF.search(s, max(0, k - 16), k + 4), k + 4
        size = 6
    elif s.startswith("quarters", k):
        m, word_end = _QUARTERS.search(s, max(0, k - 22), k + 8), k + 8
        size = 0
    else:
        m, word_end = _QUARTER.search(s, max(0, k - 16), k + 7), k + 7
        size = 3
    if not m or s[word_end:word_end + 1].isalpha() or s[word_end:word_end + 1] == "-":
        return None
    if size == 0:
        m1, m2 = 1, {"two": 6, "three": 9}[m["n"].lower()]
    else:
        o = _ORDINAL[m["o"].lower()]
        if o > 12 // size:
            return None
        m1, m2 = (o - 1) * size + 1, o * size
    spec = _YSPEC_AT.match(s, word_end)
    return m.start(), spec.end(), _part(spec, published, m1, m2)


def _weekday(s: str, k: int, name: str, published: date | None):
    """'on Sunday' -> the latest such day on or before publication."""
    if not _WEEKDAY_BEFORE.search(s, max(0, k - 6), k):
        return None
    end = k + len(name)
    if published is None:
        return k, end, _UNRESOLVED
    back = (published.weekday() - _WEEKDAYS[name]) % 7
    if s[max(0, k - 6):k].strip().lower() == "last" and back == 0:
        back = 7
    d = published - timedelta(days=back)
    return k, end, Period(d, d, d.year, "day")


# --- heads -------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_ASCII_DIGIT_RUN = re.compile(r"[0-9][0-9]*")
# Only these can start a month name (_MONTH); loose, the anchored patterns confirm.
_MONTH_HEAD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WORD_HEADS = (("year", "year"), ("Year", "year"), ("month", "month"), ("half", "hq"), ("quarter", "hq"))


def _heads(s: str) -> list[tuple[int, str, int]]:
    """Where a period expression can be anchored, in text order, as (start, kind,
    end of the digits for a "digit" head, else 0)."""
    heads: list[tuple[int, str, int]] = []
    append = heads.append
    # One head per run of digits (str.isdigit, a little wider than \d).
    if has_digit(s):
        if s.isascii():
            # On ASCII text both are [0-9]: one search finds a whole run. (The pattern
            # opens with a character class so the regex engine scans for it quickly.)
            for d in _ASCII_DIGIT_RUN.finditer(s):
                append((d.start(), "digit", d.end()))
        else:
            pos = 0
            while True:
                d = _DIGIT.search(s, pos)
                if d is None:
                    break
                i = pos = d.start() + 1
                while pos < len(s) and s[pos].isdigit():
                    pos += 1
                append((i - 1, "digit", pos))
    for word, kind in _WORD_HEADS:
        i = s.find(word)
        while i >= 0:
            if i == 0 or not s[i - 1].isalpha():
                append((i, kind, 0))
            i = s.find(word, i + 1)
    for m in _MONTH_HEAD.finditer(s):
        append((m.start(), "monthname", 0))
    if "day" in s:
        for m in _WEEKDAY_HEAD.finditer(s):
            append((m.start(), m.group(), 0))
    heads.sort()
    return heads


def find_periods(sentence: str, published: date | None) -> list[tuple[int, int, Period]]:
    """Every period named in `sentence`, as (start, end, Period), in text order."""
    out: list[tuple[int, int, Period]] = []
    for i, kind, run_end in _heads(sentence):
        if out and i < out[-1][1]:
            continue                                   # inside what was already read
        if kind == "digit":
            hit = _at_digit(sentence, i, run_end, published)
        elif kind == "monthname":
            hit = _at_month(sentence, i, published)
        elif kind == "year":
            hit = _rel_year(sentence, i, published)
        elif kind == "month":
            hit = _months(sentence, i, published)
        elif kind == "hq":
            hit = _half_or_quarter(sentence, i, published)
        else:
            hit = _weekday(sentence, i, kind, published)
        if hit:
            while out and hit[0] < out[-1][1]:
                out.pop()                              # a longer expression reaching back wins
            out.append(hit)
    if len(out) > 1:
        out = _day_ranges(sentence, out)
    if len(out) > 1 and ("as of" in sentence or "through" in sentence or "until" in sentence or " to " in sentence):
        out = _since_until(sentence, out)
    if len(out) > 1 and "(" in sentence:
        out = _glossed(sentence, out)
    if "(" in sentence:
        out = _season_months(sentence, out)
    if any(w in sentence for w in _SOLAR_CALENDAR_WORDS):
        out = _calendar_periods(sentence, published, out)
    if len(out) > 1 and " year" in sentence:
        out = _of_that_year(sentence, out)
    if len(out) > 1 and " and " in sentence:
        out = _years_across(sentence, out)
    if "FY" in sentence or "iscal" in sentence or "inancial year" in sentence or _YEAR_PAIR.search(sentence):
        out = _fiscal_periods(sentence, out)
    return out


# A fiscal year as written: "FY2021-22", "FY 2022/23", "FY23", "fiscal year 2023", "fiscal 2022-23",
# "financial year 2023/24", "the 2022/23 fiscal year"; months of one before it ("July-March of FY2022-23")
_FISCAL = re.compile(
    rf"\bFY[ \u00a0]?(?P<a>(?:19|20)?\d\d)(?:[-/\u2013](?P<b>(?:19|20)?\d\d))?(?![\d%])"
    rf"|\b(?:fiscal|financial){_S}(?:year{_S})?(?P<c>{_YEAR})(?:[-/\u2013](?P<d>(?:19|20)?\d\d))?(?![\d%])"
    rf"|\b(?P<e>{_YEAR})[-/\u2013](?P<f>(?:19|20)?\d\d){_S}(?:fiscal|financial){_S}year\b"
    # a bare pair of a year and the next one's last two digits ("in 2021-22", "2019/20") labels one
    # fiscal or season year, not two calendar years (a fiscal calendar places it; "2021-2022" stays a span)
    # (a farm or school season, or months in brackets after the pair, say which year it is: not fiscal)
    rf"|(?<![\w/.-])(?P<g>(?:19|20)\d\d)[-/\u2013](?P<h>\d\d)(?![\w%/-]|\.\d)"
    rf"(?![ \u00a0]*\(|{_S}(?:marketing|crop|season|academic|school|harvest|agricultural|sowing|heating)\b)", re.I)
_YEAR_PAIR = re.compile(r"(?:19|20)\d\d[-/\u2013]\d\d(?!\d)")
# Words of calendars.py's years ("Iranian year", "Afghan solar year", "Solar Hijri year"): only a
# sentence with one of them is read for them
_SOLAR_CALENDAR_WORDS = ("Iranian", "Persian", "Afghan", "olar ", "Hijri")
# ("July-June 2019-20": the months right before the pair are of it too)
_FISCAL_MONTHS = re.compile(rf"(?P<m1>{_MONTH})[ \u00a0]?[-\u2013\u2014][ \u00a0]?(?P<m2>{_MONTH}){_S}"
                            rf"(?:(?:of|in){_S}(?:the{_S})?)?$")


# two years joined after a word of a stretch of time: "across 2022 and 2023", "over 2021 and 2022
# combined", "throughout 2019 and 2020" are one span, as "2022-2023" is ("in 2022 and 2023" may be
# each year's, "respectively": two)
_ACROSS = re.compile(r"\b(?:across|over|throughout|spanning|covering)\s+(?:both\s+)?$", re.I)
_JOINED = re.compile(r"\s+and\s+")


def _years_across(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    merged: list[tuple[int, int, Period]] = []
    for hit in out:
        if merged:
            a0, a1, a = merged[-1]
            if a.precision == hit[2].precision == "year" and a.year is not None and hit[2].year is not None \
                    and a.year < hit[2].year and _JOINED.fullmatch(sentence, a1, hit[0]) \
                    and _ACROSS.search(sentence, max(0, a0 - 20), a0):
                merged[-1] = (a0, hit[1], Period(a.start, hit[2].end, hit[2].year, "range"))
                continue
        merged.append(hit)
    return merged


def _full_year(first: int | None, two_or_four: str) -> int:
    """The year a label's second part names: "22" after 2021 is 2022; "23" alone is 2023."""
    n = int(two_or_four)
    if len(two_or_four) == 4:
        return n
    century = first // 100 * 100 if first is not None else 2000
    return century + n


def _fiscal_periods(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    """Fiscal years replace what the scan read in their words ("FY2021-22" is no calendar year 2021): read
    as calendar years until the reporter's calendar places them (in_fiscal_calendar)."""
    for m in _FISCAL.finditer(sentence):
        a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"]) if m["c"] else (m["e"], m["f"]) if m["e"] \
            else (m["g"], m["h"])
        first = _full_year(None, a)
        last = _full_year(first, b) if b else first
        if b and not (last == first + 1):
            continue                                   # "2021-2025": a span of years, not one fiscal year
        fiscal = FiscalYear(first if b else None, last)
        start = m.start()
        months = _FISCAL_MONTHS.search(sentence, max(0, start - 40), start)
        if months is not None:
            fiscal = FiscalYear(fiscal.first, last, (_MONTH_NUM[months["m1"].rstrip(".")],
                                                     _MONTH_NUM[months["m2"].rstrip(".")]))
            start = months.start()
        elif m["g"] and _read_as_season(out, m.start(), m.end(), first):
            continue                                   # "marketing year 2021/22": the season it was read as
        hit = (start, m.end(), _calendar_reading(fiscal))
        out = [o for o in out if o[1] <= hit[0] or o[0] >= hit[1]] + [hit]
        out.sort(key=lambda o: o[0])
    return out


def _read_as_season(out: list[tuple[int, int, Period]], start: int, end: int, first: int) -> bool:
    """A bare year pair the scan already read as something other than its two calendar years (a
    season's months, "marketing year 2021/22" as July-June)."""
    return any(s < end and e > start and p.start is not None and p.start != date(first, 1, 1) for s, e, p in out)


def _calendar_reading(f: FiscalYear) -> Period:
    """A fiscal year read before its calendar is known: the calendar years it names."""
    first = f.first if f.first is not None else f.last
    if f.months is None:
        if f.first is None:
            return replace(year_period(f.last), fiscal=f)
        return Period(date(first, 1, 1), _month_end(f.last, 12), f.last, "range", f)
    m1, m2 = f.months
    y2 = f.last if m2 < m1 else first
    y1 = y2 - 1 if m2 < m1 else y2
    return replace(_span(y1, m1, m2, y2), fiscal=f)


def in_fiscal_calendar(p: Period, first_month: int, named_by: str = "end") -> Period:
    """A fiscal period placed in a fiscal calendar that starts in `first_month`: "FY2021-22" of a
    July-June year is July 2021 - June 2022, "July-March of FY2022-23" July 2022 - March 2023; a one-year
    label names the year the fiscal year ends in, or (`named_by` 'start') the one it starts in."""
    f = p.fiscal
    if f is None or first_month == 1:
        return p
    start_year = f.first if f.first is not None else f.last - 1 if named_by == "end" else f.last
    if f.months is None:
        return Period(date(start_year, first_month, 1), _month_end(start_year + 1, first_month - 1),
                      start_year + 1, "range")
    m1, m2 = f.months
    y1 = start_year if m1 >= first_month else start_year + 1
    y2 = start_year if m2 >= first_month else start_year + 1
    if y2 < y1:
        return p
    return _span(y1, m1, m2, y2)


# "on July 23, 2019, he put trade for January-May of that year at $900 million": a period without a
# year of its own, followed by "of that year" / "of the same year", is in the year written last before it
_OF_THAT_YEAR = re.compile(OF_THAT_YEAR, re.I)


def _of_that_year(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    fixed = []
    for k, (start, end, p) in enumerate(out):
        m = _OF_THAT_YEAR.match(sentence, end)
        if m and p.start is not None and p.end is not None and p.start.year == p.end.year \
                and not YEARISH.search(sentence, start, end):
            written = [q.year for s, e, q in out[:k] if q.start is not None and YEARISH.search(sentence, s, e)
                       and q.start.year == q.end.year]
            if written and written[-1] != p.start.year:
                y = written[-1]
                p = Period(in_year(p.start, y), _month_end(y, p.end.month) if p.end.day >= 28 else in_year(p.end, y),
                           y, p.precision)
            end = m.end()
        fixed.append((start, end, p))
    return fixed


def _read(text: str, published: date | None) -> list[Period]:
    return [p for _, _, p in find_periods(text, published)]


def _calendar_periods(sentence: str, published: date | None,
                      out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    """Iranian-calendar periods replace the Gregorian readings they overlap ("the first
    eight months" of the Iranian year is not January-August)."""
    other = iranian_periods(sentence, published, _read)
    if not other:
        return out
    kept = [hit for hit in out if not any(hit[0] < end and start < hit[1] for start, end, _ in other)]
    return sorted(kept + other, key=lambda hit: hit[0])


# "21 March - 21 November 2023", "from 1 January to 30 June 2024", "September 2015 - May 2016": two
# days, or two months, that bound one span
_DAY_RANGE_GAP = re.compile(r"\s*(?:-{1,2}|\u2013|\u2014)\s*|\s+(?:to|through|until|till)\s+")
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


# "since the beginning of 2022, as of October 20", "since January, up to 20 October": a running total
# whose last day is written, not the day of publication
_UNTIL_GAP = re.compile(rf",?{_S}(?:as{_S}of|up{_S}to|to|through|until|till){_S}", re.I)
_MONTH_DAY = re.compile(rf"(?P<m>{_MONTH}){_S}(?P<d>\d{{1,2}})\b|(?P<d2>\d{{1,2}}){_S}(?P<m2>{_MONTH})")


def _since_until(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    joined: list[tuple[int, int, Period]] = []
    for hit in out:
        if joined and joined[-1][2].precision == "range" and joined[-1][2].start is not None \
                and _SINCE.search(sentence, joined[-1][0], joined[-1][0] + 6) \
                and _UNTIL_GAP.fullmatch(sentence, joined[-1][1], hit[0]):
            s0, _, since = joined[-1]
            last = hit[2].start if hit[2].precision == "day" else _day_in(sentence, hit, since.start)
            if last is not None and last > since.start:
                joined[-1] = (s0, hit[1], Period(since.start, last, last.year, "range"))
                continue
        joined.append(hit)
    return joined


def _day_in(sentence: str, hit: tuple[int, int, Period], after: date) -> date | None:
    """The day a period's words name, in the first year from `after` on, when its own year is
    unknown ("October 20" in a text with no date of publication)."""
    m = _MONTH_DAY.fullmatch(sentence, hit[0], hit[1])
    if m is None or hit[2].start is not None:
        return None
    month = _MONTH_NUM[(m["m"] or m["m2"]).rstrip(".")]
    try:
        d = date(after.year, month, int(m["d"] or m["d2"]))
    except ValueError:
        return None
    return d if d > after else None


def _day_ranges(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    joined: list[tuple[int, int, Period]] = []
    for hit in out:
        if joined:
            s0, e0, first = joined[-1]
            s1, e1, last = hit
            if first.precision == last.precision and first.precision in ("day", "month") and first.start and last.start \
                    and (_DAY_RANGE_GAP.fullmatch(sentence, e0, s1)
                         or (_AND_GAP.fullmatch(sentence, e0, s1) and _BETWEEN_BEFORE.search(sentence, 0, s0))):
                start = first.start
                if not YEARISH.search(sentence, s0, e0):
                    # the first day takes the year written with the last ("21 March - 21 November 2023")
                    start = in_year(start, last.start.year - (1 if (start.month, start.day) >
                                                                  (last.start.month, last.start.day) else 0))
                # "From September 2015 through May 2016": two months bound the span of whole months
                end = last.end if last.precision == "month" else last.start
                if start < last.start:
                    joined[-1] = (s0, e1, Period(start, end, last.start.year if start.year == last.start.year
                                                 else None, "range"))
                    continue
        joined.append(hit)
    return joined


# "the first quarter of the Iranian year 1401 (March 21 - June 21, 2022)": a period glossed in
# brackets right after it is what it means in the calendar everyone else reads
_GLOSS_OPEN = re.compile(r"[^().;]{0,40}\(\s*$")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _glossed(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    keep = []
    for k, hit in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and nxt[2].start is not None and _GLOSS_OPEN.fullmatch(sentence, hit[1], nxt[0]) \
                and _GLOSS_CLOSE.match(sentence, nxt[1]):
            continue
        keep.append(hit)
    return keep


# "the 2014/15 season (September-August)", "2022/23 (July-June)": the months in brackets after a
# split year say where it starts and ends
_SEASON_MONTHS = re.compile(rf"\s*\(\s*(?P<m1>{_MONTH})[ \u00a0]?[-\u2013\u2014/][ \u00a0]?(?P<m2>{_MONTH})\s*\)")
_SEASON_WORD = re.compile(r"\s+(?:(?:marketing|crop|agricultural|grain|harvest|farming)\s+)?(?:year|season)", re.I)


def _season_months(sentence: str, out: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    fixed = []
    for start, end, p in out:
        after = _SEASON_WORD.match(sentence, end)
        months = _SEASON_MONTHS.match(sentence, after.end() if after else end)
        if months is not None and p.precision == "range" and p.start and p.end and p.end.year == p.start.year + 1:
            m1, m2 = _MONTH_NUM[months["m1"].rstrip(".")], _MONTH_NUM[months["m2"].rstrip(".")]
            if m2 == m1 - 1:        # twelve months across the split: September-August
                p = _span(p.start.year, m1, m2, p.end.year)
        fixed.append((start, end, p))
    return fixed


def year_of(sentence: str, published: date | None) -> int | None:
    """The year of the first period in `sentence` that resolves to one."""
    for _, _, period in find_periods(sentence, published):
        if period.year is not None:
            return period.year
    return None
