"""Periods stated in the Iranian (Solar Hijri) calendar, as Gregorian spans.

Iranian statistics count from Nowruz, so "the first eight months of the current
Iranian year" ends in late November, and "the Iranian year 1402" runs from
March 2023 to March 2024. `iranian_periods(sentence, published)` finds these
expressions and returns `(start, end, Period)` like `periods.find_periods`,
with `end` reaching over a gloss that restates the span ("(March 21 - June 21,
2022)") or its edge (", which ended on March 19"), since both mean the same
period.

The calendar: a year starts on the day of the March equinox in Tehran when the
equinox falls before noon there, else the day after (the official rule);
months 1-6 have 31 days, 7-11 have 30, the last 29 or 30. The equinox comes
from Meeus's mean-equinox polynomial (Astronomical Algorithms, ch. 27), which
is minutes off the true one: enough, since no year from 1950 to 2100 has an
equinox within half an hour of Tehran noon.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from extraction.dates import YEARISH, in_year
from extraction.lexicon import COUNT_WORDS, OF_THAT_YEAR, PART_ORDINALS, alternation
from extraction.records import Period

__all__ = ["iranian_periods", "nowruz", "iranian_year_start"]

_TEHRAN_NOON_UTC = 8.5            # 12:00 at UTC+3:30, in hours
_J2000 = 2451545.0                # Julian day of 2000-01-01 12:00 UTC
_GREGORIAN_OFFSET = 621           # Solar Hijri year + 621 = the Gregorian year it starts in


def _march_equinox_jd(gregorian_year: int) -> float:
    y = (gregorian_year - 2000) / 1000
    return 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4


def nowruz(gregorian_year: int) -> date:
    """The first day of the Iranian year that starts in `gregorian_year`."""
    moment = datetime(2000, 1, 1, 12) + timedelta(days=_march_equinox_jd(gregorian_year) - _J2000)
    day = moment.date()
    return day if moment.hour + moment.minute / 60 < _TEHRAN_NOON_UTC else day + timedelta(days=1)


def iranian_year_start(day: date) -> date:
    """Nowruz of the Iranian year `day` falls in."""
    start = nowruz(day.year)
    return start if day >= start else nowruz(day.year - 1)


def _month_start(new_year: date, month: int) -> date:
    """The first day of Iranian month `month` (1-13, 13 being next Nowruz)."""
    if month == 13:
        return nowruz(new_year.year + 1)
    return new_year + timedelta(days=31 * min(month - 1, 6) + 30 * max(month - 7, 0))


def _months(new_year: date, first: int, last: int) -> Period:
    start, end = _month_start(new_year, first), _month_start(new_year, last + 1) - timedelta(days=1)
    return Period(start, end, end.year, "range")


# --- the expressions ------------------------------------------------------------

_N = alternation(COUNT_WORDS) + r"|\d{1,2}"
_ORDINALS = PART_ORDINALS | {"last": 4}
_ORD = "|".join(_ORDINALS)
# "the first eight months of", "the first month of", "the second quarter of", "the first half of"
_PART = (rf"(?:the\s+)?(?:(?:first\s+(?P<n>{_N})\s+months)|(?P<one>first\s+month)"
         rf"|(?P<ord>{_ORD})\s+(?P<unit>quarter|half))\s+of\s+")
# (Afghanistan counts in the same solar years: "the first nine months of the solar year 1402")
_YEAR_WORDS = (r"(?:(?:Iranian|Persian|Afghan)(?:\s+(?:solar|calendar|fiscal))?|solar(?:\s+Hijri)?|Hijri\s+solar)"
               r"\s+year")
_EXPRESSION = re.compile(
    rf"(?:{_PART})?(?:the\s+)?(?:(?:whole|entire|full)\s+(?:of\s+the\s+)?)?"
    rf"(?:(?P<rel>current|this|ongoing|last|previous|past)\s+)?{_YEAR_WORDS}"
    rf"(?:\s+(?:of\s+)?(?P<y>1[34]\d\d)\b)?", re.I)
# what restates the same span right after it: "(March 21 - June 21, 2022)", ", which ended on March 19"
_GLOSS = re.compile(r"\s*\([^()]{0,60}\)")
_EDGE = re.compile(r",?\s+(?:which|that)\s+(?P<verb>began|begun|started|ended|finished|ends|begins|starts)"
                   r"(?:\s+on)?\s+(?P<date>[^,;.()]{0,30}?(?:\d{1,2}(?:,\s*(?:19|20)\d\d)?))"
                   r"(?P<that>" + OF_THAT_YEAR + r")?(?=[,;.)\s]|$)")
# "in 2022 ... the Iranian year that ended on March 20 of that year": the year written last before
_LAST_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!.*\b(?:19|20)\d\d\b)", re.S)


def _new_year(m: re.Match, edge: tuple[str, date] | None, published: date | None) -> date | None:
    """Nowruz of the year the expression names."""
    if m.group("y"):
        return nowruz(int(m.group("y")) + _GREGORIAN_OFFSET)
    if edge is not None:
        verb, day = edge
        if verb.startswith(("b", "s")):
            return iranian_year_start(day)
        return iranian_year_start(day - timedelta(days=1))
    if published is None:
        return None
    current = iranian_year_start(published)
    if (m.group("rel") or "").lower() in ("last", "previous", "past"):
        return nowruz(current.year - 1)
    return current


def _span(m: re.Match, new_year: date, published: date | None, fixed: bool) -> Period:
    """The months the expression names; `fixed` when the text pins the year down."""
    if m.group("n") or m.group("one"):
        n = 1 if m.group("one") else int(COUNT_WORDS.get(m.group("n").lower(), m.group("n")))
        first, last = 1, min(n, 12)
    elif m.group("ord"):
        k = _ORDINALS[m.group("ord").lower()]
        size = 3 if m.group("unit").lower() == "quarter" else 6
        k = min(k, 12 // size)
        first, last = size * (k - 1) + 1, size * k
    else:
        first, last = 1, 12
    period = _months(new_year, first, last)
    if not fixed and published is not None and last < 12 and period.end >= published:
        # a year-to-date figure is reported after its months close: the year before
        period = _months(nowruz(new_year.year - 1), first, last)
    return period


def _gloss_span(periods: list[Period]) -> Period | None:
    """The span a gloss states: one period, or a first and a last day."""
    if not periods or any(p.start is None for p in periods):
        return None
    return _crossing(Period(periods[0].start, periods[-1].end, None, "range"))


def _crossing(period: Period) -> Period:
    """A span inside one Gregorian year has that year; one across two has none."""
    same = period.start.year == period.end.year
    return Period(period.start, period.end, period.end.year if same else None,
                  period.precision if same else "range")


def iranian_periods(sentence: str, published: date | None, read) -> list[tuple[int, int, Period]]:
    """Every Iranian-calendar period in `sentence`, as (start, end, Period).
    `read(text, published)` gives the Gregorian periods of a gloss or an edge clause
    ("(March 21 - June 21, 2022)", "which ended on March 19"); a gloss, being explicit,
    wins over the computed span."""
    out = []
    for m in _EXPRESSION.finditer(sentence):
        end, edge, stated = m.end(), None, None
        g = _GLOSS.match(sentence, end)
        if g:
            stated = _gloss_span(read(g.group().strip(" ()"), published))
            end = g.end()
        e = _EDGE.match(sentence, end)
        if e:
            day = next((p.start for p in read(e.group("date"), published) if p.precision == "day"), None)
            written = _LAST_YEAR.search(sentence, 0, m.start()) if e.group("that") else None
            if day is not None:
                verb = e.group("verb").lower()
                if written:
                    day = in_year(day, int(written.group()))   # "of that year": the one written before it
                elif published is not None and day > published and not verb.endswith("s") \
                        and not YEARISH.search(e.group("date")):
                    day = in_year(day, day.year - 1)   # "ended on March 20", written in February
                edge, end = (verb, day), e.end()
        if stated is not None:
            out.append((m.start(), end, stated))
            continue
        new_year = _new_year(m, edge, published)
        fixed = bool(m.group("y") or edge or m.group("rel"))
        period = _span(m, new_year, published, fixed) if new_year else Period(None, None, None, None)
        out.append((m.start(), end, _crossing(period) if new_year else period))
    return out
