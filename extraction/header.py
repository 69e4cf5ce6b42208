"""What a news page prints about its article around the text: meta lines and the dateline,
and the publication date they give.

A meta line is a date, time, section, place, reading time, byline or label and nothing
else: "18.05.2024 09:40 | Auto", "Published: 25.07.2023 | Updated: 26.07.2023", "By Jane
Doe | March 3rd, 2024", "5 min read", "Updated 2 hours ago". `META_FIELDS` names the
fields besides the dates (dates.py reads those). A dateline opens the body: "ASTANA, Sept
5, 2025 (Wire) -", "BAKU, Azerbaijan, Oct. 12.", "DUSHANBE (CAW) -", a press release's
"Tashkent, 12 March 2024 -".

`PageDates` collects the dates of the meta lines by where they stand; its
`publication_date` is, in this order: a feed's leading "date 2023-01-06" token; the
first meta line near the top that is not an "Updated" stamp; a "Published"/"Posted on"
line anywhere; the dateline's date, whose day and month without a year take the year of
a full date found elsewhere on the page ("ALMATY, Nov 29 (CAW) -" alone gives no date);
a date line at the very end; an "Updated" stamp. A date in the body ("on May 3 the sides
signed") is never the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from extraction.dates import DateMatch, find_dates, find_day_months, find_slashed, make_date, numeric_convention
from extraction.lexicon import MONTH_ABBREVIATIONS

# Where neither the date itself, its printed weekday nor another date on the page shows the
# order of an ambiguous "7/10/2021", day first: the convention of the region's news sites.
DEFAULT_NUMERIC_ORDER = "dmy"
HEADER_LINES = 4           # a date line counts as the page's date before this many lines of text
MAX_META_LINE = 160        # longer lines are text
MAX_META_SPACES = 16       # and so are lines of more words

# --- meta lines -----------------------------------------------------------------
# The fields a meta line is made of besides its dates, as named full-field patterns.
# "strong" fields make a line a meta line by themselves; the others only beside a strong one.
_TIME = (r"(?i:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s*(?i:[ap]\.?m\.?))?"
         r"(?:\s*(?:(?:UTC|GMT)\s*)?[+−-]\s*\d{1,2}(?::?\d\d)?|\s*(?:UTC|GMT|Z|[A-Z]{3,4}|(?:local|[A-Z][a-z]+) time))?")
# A time with a dot, as British pages print it ("08.30 BST", "6.15pm"), only with a time zone's name
# or am/pm: "08.30" alone, or "82.30 USD", is a number.
_DOT_TIME = r"\d{1,2}\.\d\d\s*(?:(?i:[ap]\.?m\.?)|(?:UTC|GMT|BST|CES?T|EES?T|MSK|[ECP][SD]T|IST)(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?)"
META_FIELDS: tuple[tuple[str, bool, str], ...] = (
    ("time", True, _TIME + "|" + _DOT_TIME),
    ("reading_time", True, r"(?i:(?:(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*)?(?:about\s+)?\d{1,3}(?:\s*-\s*|\s*)"
                           r"min(?:ute)?s?\.?(?:\s+(?:read|to read|reading|listen))?)"),
    ("relative", True, r"(?i:(?:(?:updated|posted|published)\s+)?(?:(?:\d{1,3}|an?|one|a few)\s+(?:sec(?:ond)?"
                       r"|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago|just now|yesterday|today)(?:\s+at)?)"),
    ("views", True, r"(?i:(?:views?|reads?|seen)\s*:?\s*\d[\d,.]*(?:\s\d{3})*\s*[kK]?|\d[\d,.]*\s*[kK]?\s+(?:views?|reads?))"),
    ("comments", True, r"(?i:\d+\s+comments?|comments?\s*:?\s*\d+|no comments)"),
    ("label", False, r"(?i:(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|edited)|date|dated"
                     r"|release\s+date|released|issued|created|publication\s+date|on|at)(?:\s+(?:on|at))?)"),
    ("zone", False, r"(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?|[+−-]\d\d:?\d\d|(?:local|[A-Z][a-z]+) time|[A-Z]{3,4}"),
    ("count", False, r"\d[\d,.]{0,9}"),
    ("author", False, r"(?i:by|author|written\s+by|posted\s+by|source)\s*:?\s+[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}"),
    # a section, place or kind of page, capitalised: "Auto", "Bishkek", "World News",
    # "Business and Finance", "Foreign policy", "Press release"
    ("section", False, r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|[a-z]{1,12}|&)){0,3}"),
)
_FIELD = re.compile("(?:" + "|".join(f"(?P<{n}>{rx})" for n, _, rx in META_FIELDS) + r")\Z")
_STRONG = frozenset(n for n, strong, _ in META_FIELDS if strong)
# What separates the fields: | / · • and dashes between spaces, commas (not in "1,873"),
# brackets, runs of spaces.
_SEPARATORS = re.compile(r"\s*[|·•/\\()\[\]]\s*|\s+[-–—]+\s+|,(?!\d)\s*|\s{2,}")
_EDGE = " \t:;,.–—-"                        # stripped from each field
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|date|dated|released|issued|created)\b", re.I)
_COLON_AFTER = re.compile(r"\s*:\s*\S")      # "March 8, 2024: Women's Day ..." is a headline
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class MetaLine:
    """A meta line's dates, each with its role: "published", "updated" or "" (unlabelled)."""
    dates: tuple[tuple[DateMatch, str], ...] = ()

    def published(self) -> DateMatch | None:
        return next((m for m, role in self.dates if role != "updated"), None)

    def updated(self) -> DateMatch | None:
        return next((m for m, role in self.dates if role == "updated"), None)

    @property
    def labelled(self) -> bool:
        return any(role == "published" for _, role in self.dates)


def read_meta_line(line: str) -> MetaLine | None:
    """The line's dates when it is a meta line (see the module docstring), else None."""
    spaces = line.count(" ")                            # a sentence is not (the cheap tests first)
    if spaces > MAX_META_SPACES or (spaces >= 7 and line.endswith((".", "!", "?", '"', "”"))):
        return None
    if len(line) > MAX_META_LINE or _DIGIT.search(line) is None:   # every meta line has a digit
        return None
    found = find_dates(line)
    dates: list[tuple[DateMatch, str]] = []
    kinds: set[str] = set()
    pos = 0
    for m in (*found, None):
        gap = line[pos:m.start] if m is not None else line[pos:]
        if gap.strip():
            for piece in _SEPARATORS.split(gap):
                piece = piece.strip(_EDGE)
                if piece:
                    f = _FIELD.match(piece)
                    if f is None:
                        return None
                    kinds.add(f.lastgroup)
        if m is not None:
            if _COLON_AFTER.match(line, m.end):
                return None
            role = "updated" if _UPDATED.search(gap) else "published" if _PUBLISHED.search(gap) else ""
            dates.append((m, role))
            pos = m.end
    if not found and not kinds & _STRONG:
        return None
    if "count" in kinds and "time" not in kinds:      # a bare number only as a view counter after a time:
        return None                                   # "Gentra - 7,361", "01.03.2024 | 12,500" are data
    return MetaLine(tuple(dates))


# --- a headline strip --------------------------------------------------------------
# A headline printed with its kicker and date between pipes: "LIVE | 17 April 2019 | Talks in
# Ashgabat", "Economy | 12.03.2024 | Wheat exports climb". The headline is text (the line
# stays), the field that is a date alone is the page's date.
_STRIP_SEPARATOR = re.compile(r"\s+\|\s+")
_LETTER = re.compile(r"[^\W\d_]")


def headline_strip_date(line: str) -> DateMatch | None:
    """The date of a headline strip, a line of pipe-separated fields one of which is a full
    date and nothing else, the others words (a kicker, the headline), else None."""
    if "|" not in line or len(line) > MAX_META_LINE:
        return None
    fields = _STRIP_SEPARATOR.split(line.strip())
    if len(fields) < 2:
        return None
    dates = [_date_alone(f) for f in fields]
    dated = [m for m in dates if m is not None]
    words = all(m is not None or _LETTER.search(f) for f, m in zip(fields, dates))
    return dated[0] if len(dated) == 1 and words else None      # "01.03.2024 | 12,500": a data row


def _date_alone(field_: str) -> DateMatch | None:
    """The full date a field is, with nothing but edge punctuation around it."""
    f = field_.strip(_EDGE)
    found = find_dates(f) if _DIGIT.search(f) else []
    return found[0] if len(found) == 1 and found[0].start == 0 and found[0].end == len(f) else None


# --- datelines ------------------------------------------------------------------

@dataclass(frozen=True)
class Dateline:
    city: str
    when: DateMatch | None          # a full date, or a day and month without a year
    source: str | None


_CAPS_CITY = re.compile(r"(?P<city>[A-Z][A-Z'’-]{2,}+(?: [A-Z][A-Z'’-]{2,}+){0,2})(?:\s*/\s*[A-Z][A-Z'’-]{2,}+)*")
_TITLE_CITY = re.compile(r"(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?=,)")
# The end of a dateline: a dash between spaces, "--", or a colon or period before a space.
_DATELINE_END = re.compile(r"\s+[-–—]{1,2}\s+|\s*--\s*|[.:](?=\s)")
_DATELINE_SOURCE = re.compile(r"\((?P<a>[^()]{2,40})\)|/(?P<b>[^/]{2,40})/")
_ABBREVIATED = frozenset(MONTH_ABBREVIATIONS) | {"st", "mt", "ft"}
MAX_DATELINE = 90               # the text between the city and the dash


def read_dateline(line: str) -> Dateline | None:
    """'ASTANA, Sept 5, 2025 (Wire) - ...', 'BAKU, Azerbaijan, Oct. 12. ...', 'DUSHANBE (CAW) - ...',
    'KOSTANAY. ...', or a press release's 'Tashkent, 12 March 2024 – ...' or 'TASHKENT, Uzbekistan -
    November 15, 2011 - ...'."""
    m = _CAPS_CITY.match(line)
    titled = False
    if m is None:
        m = _TITLE_CITY.match(line)
        titled = True
        if m is None:
            return None
    after = m.end()
    if after < len(line) and line[after] not in " ,(/.:-–—":
        return None
    window = line[after:after + MAX_DATELINE + 4]
    end = None
    for e in _DATELINE_END.finditer(window):
        if e.group().startswith(".") and _abbreviation_before(window, e.start()):
            continue
        end = e.start()
        break
    if end is None:
        if len(line) - after > MAX_DATELINE + 4 or not window.rstrip().endswith((".", ":")):
            return None
        end = len(window.rstrip()) - 1
    rest = window[:end]
    if rest and not rest.lstrip().startswith((",", "(", "/")):
        return None
    source = None
    s = _DATELINE_SOURCE.search(rest)
    if s:
        source = (s["a"] or s["b"]).strip()
    full = find_dates(rest)
    when = full[0] if full else next(iter(find_day_months(rest)), None)
    if when is None:
        when = _date_between_dashes(window, end)
    if titled and when is None:
        return None
    return Dateline(m["city"].title(), when, source)


# A press release's date set off by dashes after its place: "TASHKENT, Uzbekistan - November 15, 2011 - ..."
_DASHED_DATE_END = re.compile(r"\s+[-–—]{1,2}\s+")


def _date_between_dashes(window: str, end: int) -> DateMatch | None:
    """The full date that stands alone between the dash ending a dateline's place ("CITY, Country")
    and a second dash, else None: the date a release prints after its place, not one in its text."""
    dash = _DASHED_DATE_END.match(window, end)
    if dash is None or not _DIGIT.search(window, dash.end(), dash.end() + 30):
        return None
    found = find_dates(window[dash.end():dash.end() + 30])
    if not found or found[0].start != 0 or found[0].year is None:
        return None
    return found[0] if _DASHED_DATE_END.match(window, dash.end() + found[0].end) else None


def _abbreviation_before(s: str, dot: int) -> bool:
    """The period at `dot` ends "Oct", "St" or an initial, not the dateline."""
    i = dot
    while i > 0 and s[i - 1].isalpha():
        i -= 1
    word = s[i:dot]
    return len(word) == 1 or word.lower() in _ABBREVIATED


# --- the publication date -------------------------------------------------------

@dataclass
class PageDates:
    """The dates a page prints about itself, by where they were found."""
    feed: DateMatch | None = None
    header: DateMatch | None = None           # first meta line near the top
    labelled: DateMatch | None = None         # "Published: ..." anywhere
    trailing: DateMatch | None = None         # a date line with no text after it
    updated: DateMatch | None = None
    all: list[DateMatch] = field(default_factory=list)
    _trailing_after: int = 0

    def add(self, meta: MetaLine, text_lines: int) -> None:
        """A meta line's dates, found after `text_lines` lines of text."""
        self.all.extend(m for m, _ in meta.dates)
        pub, upd = meta.published(), meta.updated()
        self.updated = self.updated or upd
        if pub is None:
            return
        if text_lines < HEADER_LINES:
            self.header = self.header or pub
        elif meta.labelled:
            self.labelled = self.labelled or pub
        else:
            self.trailing, self._trailing_after = pub, text_lines

    def add_strip(self, line: str, text_lines: int) -> None:
        """A text line near the top that is a headline strip (`headline_strip_date`) dates the page,
        unless a header line already did."""
        if text_lines >= HEADER_LINES or self.header is not None:
            return
        when = headline_strip_date(line)
        if when is not None:
            self.header = when
            self.all.append(when)

    def end(self, text_lines: int) -> None:
        """The page had `text_lines` lines of text: a date line with text after it is not
        a trailer."""
        if self.trailing is not None and self._trailing_after < text_lines:
            self.trailing = None

    def publication_date(self, dateline: Dateline | None, page: str) -> date | None:
        """The page's publication date (see the module docstring); `page` is the whole
        text, searched only for the order of an ambiguous slashed date."""
        return _publication_date(self, dateline, page)


def _publication_date(dates: PageDates, dateline: Dateline | None, page: str) -> date | None:
    when = dateline.when if dateline else None
    found = dates.all + ([when] if when else [])
    if any(m.ambiguous for m in found):
        convention = numeric_convention(found) or numeric_convention(find_slashed(page))
        order = convention or _order_from_dateline(found, when) or DEFAULT_NUMERIC_ORDER
    else:
        order = DEFAULT_NUMERIC_ORDER
    for m in (dates.feed, dates.header, dates.labelled):
        if m is not None and m.resolve(order):
            return m.resolve(order)
    if when is not None:
        if when.year is not None:
            return when.resolve(order)
        reference = next((d for d in (m.resolve(order) for m in (dates.trailing, dates.updated) if m) if d), None)
        if reference is not None:
            return _with_year(when.month, when.day, reference)
    for m in (dates.trailing, dates.updated):
        if m is not None and m.resolve(order):
            return m.resolve(order)
    return None


def _order_from_dateline(found: list[DateMatch], when: DateMatch | None) -> str | None:
    """The reading of an ambiguous "3/5/2024" that agrees with a dateline's "May 3"."""
    if when is None:
        return None
    for m in found:
        if m.ambiguous:
            if (m.month, m.day) == (when.month, when.day):
                return "dmy"
            if (m.day, m.month) == (when.month, when.day):
                return "mdy"
    return None


def _with_year(month: int, day: int, reference: date) -> date | None:
    """A dateline's day and month in the year of the page's `reference` date; the year
    before when that would put it more than a month after the reference ("Dec 30"
    on a page updated on 2 January)."""
    d = make_date(reference.year, month, day)
    if d is not None and d > reference + timedelta(days=31):
        d = make_date(reference.year - 1, month, day)
    return d


def parse_date_line(line: str) -> date | None:
    """The publication date a whole line states ("Fri Oct 06 2023", "25.07.2023 08:34 | Auto"),
    else None."""
    meta = read_meta_line(line.strip())
    m = meta.published() if meta else None
    return m.resolve(DEFAULT_NUMERIC_ORDER) if m else None
