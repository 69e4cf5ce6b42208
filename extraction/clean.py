"""Strip web debris from an article and read its metadata from the text.

Pure: `clean_article(doc)` takes the decoded text and returns the cleaned text
(all later offsets point into it) with title, publication date, dateline city
and source. Debris is what pages wrap around news: share-icon text, "No time
to read? Get a summary", view counters, bylines, "Read also" lists, and the
unrelated headlines after "Previous Article" / "Next Article".
"""
from __future__ import annotations

import hashlib
import re
from datetime import date

from extraction.lexicon import month_number
from extraction.records import CleanArticle, SourceDocument

_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
             r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DOW_RE = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_TIME_TAIL = r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\((?:UTC|GMT)[^)]*\))?(?:\s+\d+)?"

# A line that is only a date (with optional weekday, time, time zone, counter).
_DATE_LINES = [
    (re.compile(rf"^(?:Published:?\s*|Updated:?\s*)?(?:{_DOW_RE}\s+)?(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME_TAIL}$", re.I), "mdy"),
    (re.compile(rf"^(?:Published:?\s*|Updated:?\s*)?(?:{_DOW_RE}\s+)?(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_RE}),?\s+(?P<year>\d{{4}}){_TIME_TAIL}$", re.I), "dmy"),
    (re.compile(rf"^(?:Published:?\s*|Updated:?\s*)?(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME_TAIL}$", re.I), "dmy_num"),
    (re.compile(rf"^(?:Published:?\s*|Updated:?\s*|date\s+)?(?P<year>\d{{4}})-(?P<mon>\d{{2}})-(?P<day>\d{{2}}){_TIME_TAIL}$", re.I), "iso"),
]
_LEADING_DATE_TOKEN = re.compile(r"^\s*date\s+(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\s+")

# Lines that are page furniture, not article text.
_DEBRIS = re.compile(
    r"^(?:(?:icon-[\w-]+\s*)+"
    r"|No time to read\??|Get a summary"
    r"|\d[\d,.]*\s+views?\b.*"
    r"|Found an error in the text\?.*"
    r"|Tags?:.*|Author:.*|By [A-Z][\w.'-]*(?: [\w.'-]+){0,4}"
    r"|Print recipe.*|Share(?: this)?(?: article)?:?.*|Subscribe\b.*|Advertisement"
    r"|Related (?:articles|recipes|news|stories):.*"
    r"|\((?:Editing|Reporting|Writing) by [^)]*\))$", re.I)
_FOLLOWED_BY_HEADLINE = re.compile(r"^(?:Previous|Next) (?:Article|Post|Story)$", re.I)
_READ_ALSO = re.compile(r"^(?:Read also|Read more|See also|Also read|More on this topic):?$", re.I)
_SOURCE_LINE = re.compile(r"^\((?P<src>[A-Z][\w&.' -]{1,40})\)$")

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2})"
    r"(?:,\s+(?P<rest>[^.:\n–—-]{0,60}?))?"
    r"(?:\s+\((?P<src>[^)]{2,40})\))?"
    r"\s*(?:[.:]\s|\s[-–—]\s)")
_DATELINE_DATE = re.compile(rf"(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})")
_REPORTS = re.compile(r"\b(?P<src>[A-Z][\w-]+(?: [A-Z0-9][\w-]*)?) reports\b")


def clean_article(doc: SourceDocument) -> CleanArticle:
    lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    published = doc.published_date
    header_date: date | None = None
    source = doc.source

    # A leading " date 2023-01-06 " token (feed exports) is metadata, not text.
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    if first is not None:
        m = _LEADING_DATE_TOKEN.match(lines[first])
        if m:
            header_date = _ymd(m["year"], m["mon"], m["day"])
            lines[first] = lines[first][m.end():]

    kept: list[str] = []
    skip_next_headline = skip_block = False
    nonempty_seen = 0
    trailing_date: date | None = None
    for raw in lines:
        line = raw.strip()
        if skip_block:
            if line:
                continue
            skip_block = False
        if not line:
            kept.append("")
            continue
        if skip_next_headline:
            skip_next_headline = False
            if not _FOLLOWED_BY_HEADLINE.match(line):
                continue
        if _FOLLOWED_BY_HEADLINE.match(line):
            skip_next_headline = True
            continue
        if _READ_ALSO.match(line):
            skip_block = True
            continue
        if _DEBRIS.match(line):
            continue
        m = _SOURCE_LINE.match(line)
        if m:
            source = source or m["src"]
            continue
        d = parse_date_line(line)
        if d is not None:
            # A date near the top is the publication date; one further down
            # counts only if no text follows it (a trailer like "October 23, 2024").
            if nonempty_seen < 4:
                header_date = header_date or d
            else:
                trailing_date = d
            continue
        nonempty_seen += 1
        trailing_date = None
        kept.append(raw.rstrip())

    text = _join(kept)
    title = _title(text)
    dateline, dateline_date, dateline_source = _dateline(text, title)
    source = source or dateline_source or _reports_source(text, title)
    published = published or header_date or dateline_date or trailing_date
    return CleanArticle(
        article_id=article_id(text), text=text, title=title or doc.title,
        published_date=published, dateline=dateline, source=source,
    )


def article_id(text: str) -> str:
    """Stable id: SHA-256 of the text with whitespace collapsed and case folded."""
    norm = _collapse_spaces(text).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


# What str.isspace() accepts besides " " and "\n" (the set has not changed since Unicode 6.3).
_RARE_SPACES = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_RARE_ASCII_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _collapse_spaces(text: str) -> str:
    """" ".join(text.split()): white-space runs as one space, none at the ends. Splitting
    makes an object per word; cleaned text has only spaces and newlines (\r and no-break
    spaces are gone), where a few replace() calls give the same string several times faster."""
    for ch in _RARE_ASCII_SPACES if text.isascii() else _RARE_SPACES:
        if ch in text:
            return " ".join(text.split())
    text = " ".join(filter(None, text.split("\n")))     # a few lines, not hundreds of words
    while "  " in text:                                   # rare: several spaces in a line
        text = text.replace("  ", " ")
    return text.strip(" ")


_DIGIT = re.compile(r"\d")


def parse_date_line(line: str) -> date | None:
    """The date a whole line states ("Fri Oct 06 2023", "25.07.2023 08:34"), else None."""
    # Every date pattern needs decimal digits (\d): a regex test, not a loop over characters.
    if len(line) > 60 or _DIGIT.search(line) is None:
        return None
    for rx, kind in _DATE_LINES:
        m = rx.match(line)
        if m:
            return _ymd(m["year"], m["mon"], m["day"])
    return None


def _ymd(year: str, mon: str, day: str) -> date | None:
    month = int(mon) if mon.isdigit() else month_number(mon)
    try:
        d = date(int(year), month or 0, int(day))
    except (ValueError, TypeError):
        return None
    return d if 1990 <= d.year <= 2100 else None


def _join(lines: list[str]) -> str:
    """The kept lines ('' for a blank one; none holds a newline) as text: no blank lines at
    the ends, at most one between paragraphs. (Done on the list: the same as
    re.sub(r"\n{3,}", "\n\n", ...) on the joined text, without scanning it.)"""
    out: list[str] = []
    blank = True                                          # drop leading blank lines
    for line in lines:
        if line:
            out.append(line)
            blank = False
        elif not blank:
            out.append(line)
            blank = True
    if blank and out:
        out.pop()                                         # a trailing blank line
    return "\n".join(out).strip()


def _title(text: str) -> str | None:
    """The first line when it reads like a headline: short, own paragraph, no final period."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if not first or not rest or len(first) > 160 or first.endswith((".", ":", ";", ",")):
        return None
    if _DATELINE.match(first + " "):
        return None
    words = first.split()
    return first if 2 <= len(words) <= 25 else None


def _dateline(text: str, title: str | None) -> tuple[str | None, date | None, str | None]:
    """City, date and source of an opening like 'ASTANA, Sept 5, 2025 (Wire) - ...'."""
    body = text[len(title):].lstrip() if title and text.startswith(title) else text
    m = _DATELINE.match(body)
    if not m:
        return None, None, None
    city = m["city"].title()
    when = None
    if m["rest"]:
        dm = _DATELINE_DATE.search(m["rest"])
        if dm:
            when = _ymd(dm["year"], dm["mon"], dm["day"])
    return city, when, m["src"]


def _reports_source(text: str, title: str | None) -> str | None:
    body = text[len(title):] if title and text.startswith(title) else text
    first_para = body.strip().split("\n", 1)[0]
    m = _REPORTS.search(first_para)
    return m["src"] if m else None
