"""Small helpers shared by the fact extractors: clauses, periods, locations."""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from extraction.facts import cues
from extraction.dates import in_year
from extraction.facts.context import Ent, SentenceView
from extraction.periods import in_fiscal_calendar
from extraction.records import FiscalYear, Period, Quantity
from extraction.reference import fiscal_calendar

_BARE_NEXT_OK = frozenset("""
a an per each every annually yearly in by this last next and or to from over since with during
until before after the its their his her that which who while whereas but than compared
""".split())
_WORD = re.compile(r"[\s(]*([A-Za-z][\w-]*)")
# what may come before a period that opens its sentence: a preposition, a lead-in closed by a
# colon ("The growth has been steady: in 2017 the industry exported ..."), a list line's marker ("- 2013: ...")
_EARLY_PERIOD_LEAD = re.compile(r"^(?:[^:;\d]{1,80}:)?\s*(?:[-*\u2022\u2013\u2014]\s*)?(?:(?:in|during|over|for|by|since|between|from|at)\s+)?(?:the\s+)?"
                                # "In the earlier five-month release, ...": a report of other months
                                r"(?:(?:earlier|previous|prior|preceding|latest)\s+)?$",
                                re.I)


@dataclass
class Context:
    """What earlier sentences established (updated in text order)."""
    location: tuple[str | None, str | None] | None = None   # (city, country) of the site being discussed
    company: str | None = None                               # producer/operator being discussed
    company_code: str | None = None
    trade_set: tuple[str | None, str | None] | None = None  # countries of the last trade figure
    trade_paragraph: int = -1
    trade_sentence: int = -1
    trade_flow: str | None = None
    trade_lead_flow: str | None = None                      # of the first figure of the last trade sentence
    trade_topic_sentence: int = -1                          # last sentence naming trade without a figure
    trade_topic_flow: str = "turnover"                      # ... and the flow it named
    trade_period: Period | None = None                      # of the last reported trade figure with one
    trade_period_from_lead: bool = False                    # ... or only named by a lead with no figure
    trade_level_period: Period | None = None                # of the last dated trade level, even one looking back
    total_periods: dict[str, Period] = field(default_factory=dict)   # flow -> period of its last all-partner total
    trade_unit: str | None = None                           # of the last physical trade figure
    reporter: str | None = None                             # the state whose trade the article last reported
    subject: str | None = None                              # the state the last sentence was about
    subject_sentence: int = -1
    partners: dict[str, int] = field(default_factory=dict)   # state -> last sentence giving it as the other side
    pair: tuple[str, str] | None = None                     # last two states named together
    production_sentence: int = -1
    production_period: Period | None = None
    production_period_sentence: int = -1
    production_unit: str | None = None
    production_units: frozenset[str] = frozenset()           # of every figure of the last sentence of output
    report_period: Period | None = None                     # the period a report of output announces it covers
    production_cue_sentence: int = -1
    stated_unit: tuple[int, str] | None = None              # (sentence, unit) of the last output figure, kept or not
    claimed: dict[int, set[int]] = field(default_factory=dict)   # sentence_no -> quantity indexes used


def break_bounds(view: SentenceView, breaks: re.Pattern, pos: int) -> tuple[int, int]:
    """The stretch around `pos` between two matches of `breaks` (the sentence's
    break positions are found once per pattern and kept on the view)."""
    start, end = 0, len(view.text)
    for b_start, b_end in view.spans(breaks):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


def clause_bounds(view: SentenceView, pos: int) -> tuple[int, int]:
    """The clause around `pos`: between hard breaks (; , while , which ...)."""
    return break_bounds(view, cues.CLAUSE_BREAK, pos)


def segment_bounds(view: SentenceView, pos: int) -> tuple[int, int]:
    return break_bounds(view, cues.SEGMENT_BREAK, pos)


def percent_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Spans of the percentages in the sentence (shared: do not modify)."""
    return view.spans(cues.PERCENT)


_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours"})
_TIME_AFTER = re.compile(r"^\s+(?:next|last|this|a|per|every|each|the\s+following)\s", re.I)


def unit_of(text: str, q: Quantity) -> str | None:
    """The quantity's unit, except a period read as one ("11,000 next year" counts no years)."""
    if q.unit in _TIME_UNITS and _TIME_AFTER.match(text[q.end:q.end + 25]):
        return None
    if q.unit is None and not q.is_money:
        return modified_unit(text, q)
    return q.unit


# "14,000 electric and plug-in hybrid cars", "11,200 Granta and Niva cars", "1,800 mini-trucks",
# "300 e-buses": a counted noun (a short prefix joined to it) after a few modifiers (no preposition, article or verb in between)
_MODIFIED_NOUN = re.compile(
    r"\s+(?:(?!(?:of|to|in|at|on|from|by|for|with|a|an|the|were|was|are|is|last|this|next|per|each|every)\b)"
    r"[A-Za-z][\w-]*,?\s+){0,4}?(?:[A-Za-z]{1,5}-)?(cars|vehicles|trucks|buses|minibuses|vans|tractors|combines|sets|kits"
    r"|units)\b")
_MODIFIED_UNIT = {"tractors": "tractors", "combines": "combines", "sets": "units", "kits": "units", "units": "units"}


# "380 freight and 70 passenger locomotives", "135 Haval and 38 Exeed vehicles": a few words, then "and"
_COORDINATED = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:and|or)\s+$|\s*,\s+$")


def coordinated_unit(text: str, q: Quantity, following: Quantity) -> str | None:
    """The unit a figure shares with the next one it is coordinated with."""
    if q.is_money or following.is_money or not _COORDINATED.fullmatch(text, q.end, following.start):
        return None
    return unit_of(text, following)


def modified_unit(text: str, q: Quantity) -> str | None:
    m = _MODIFIED_NOUN.match(text, q.end, q.end + 60)
    if m is None:
        return None
    return _MODIFIED_UNIT.get(m.group(1).lower(), "vehicles")


def is_bare(text: str, q: Quantity) -> bool:
    """A number with no unit and no noun after it ("up to 45 thousand a year", "with 67.")."""
    if q.is_money:
        return False
    if unit_of(text, q) is None and q.unit in _TIME_UNITS:
        return True
    if q.unit is not None or q.unit_noun:
        return False
    m = _WORD.match(text, q.end)
    if not m:
        return True
    return m.group(1).lower() in _BARE_NEXT_OK


def has_scale(q: Quantity) -> bool:
    return bool(re.search(r"thousand|million|billion|mln|bln|\bbn\b", q.surface, re.I))


def period_year(p: Period) -> int | None:
    if p.year:
        return p.year
    if p.start and p.end and p.start.year == p.end.year:
        return p.start.year
    return None


def is_part_year(p: Period) -> bool:
    if not (p.start and p.end):
        return False
    return (p.end - p.start).days < 360         # January-November is part of a year, not a year


def spans_years(p: Period) -> bool:
    """A period over more than one calendar year ("2022-2023", "across 2022 and 2023"): output made in
    it is a total for no one year."""
    return bool(p.start and p.end and p.start.year < p.end.year)


def choose_period(view: SentenceView, q_start: int, q_end: int, prev_end: int, next_start: int,
                  first_q_start: int) -> tuple[int, int, Period] | None:
    """The period a figure is for: after it within its clause (before the next
    figure first), else before it after the previous figure, else a period
    that opens the sentence before every figure."""
    text = view.text
    periods = view.once(own_periods)
    if not periods:
        return None
    labelled = next((p for p in periods if p[1] <= q_start and labels_figure(text, p[1], q_start)), None)
    if labelled is not None:
        return labelled
    glossed = next((p for p in view.periods if p[1] <= q_start and _GLOSS_OPEN.fullmatch(text, p[1], q_start)), None)
    if glossed is not None:
        return glossed              # "the same as in October-December 2022 (5,780 t)": the compared period's figure
    c_start, c_end = clause_bounds(view, q_start)
    # "assembled 84 tractors, and in January 2019 it shipped ...": a period opening the next clause is its own
    after = [p for p in periods if p[0] >= q_end and p[0] < c_end
             and not _OPENS_CLAUSE.search(text, max(q_end, p[0] - 30), p[0])
             and not _aside_figure_period(view, q_end, p[0])]
    near = [p for p in after if p[1] <= next_start]
    before = [p for p in periods if p[1] <= q_start and p[0] >= max(prev_end, c_start)]
    if near and before and _NEXT_STATEMENT.search(text, q_end, near[0][0]):
        # "grew by 41% last year to $3.9 billion, and the trend held in 2024": the year after ", and"
        # ends a statement of its own; the figure keeps the period of its clause
        return before[-1]
    if near:
        return near[0]
    if before:
        return before[-1]
    if after and not any(prev_end < p[0] < next_start for p in periods):
        # "built 48,857 cars and 981 vans last year": a list shares its period, unless the
        # period follows a comparison base ("rose to $862 million, compared with $770 million in 2022",
        # "912 thousand ounces (about 28.4 tonnes), 1 percent below the 925 thousand ounces of 2021")
        between = text[q_end:after[0][0]]
        if not cues.ACTUAL_VERB.search(between) and not cues.PLAN.search(between) \
                and not any(cues.COMPARISON_BEFORE.search(text, max(0, o.start - 30), o.start)
                            for o in _quantities_between(view, q_end, after[0][0])):
            return after[0]
    # (unless another period comes between: "in 2022 it sent $1.68 billion, while in January-August
    # 2023 ... 482,000 cars worth $6.76 billion")
    opening = [p for p in periods if p[1] <= first_q_start and _EARLY_PERIOD_LEAD.match(text[:p[0]])
               and not any(p[1] <= o[0] < q_start for o in periods)]
    if opening:
        return opening[0]
    # "In the first half of 2023, more than 10,000 ..." after a leading clause
    early = [p for p in periods if p[1] <= first_q_start and p[1] <= q_start]
    if early and text[early[-1][1]:first_q_start].count(",") <= 1 and (q_start == first_q_start or _listed_with(
            text, first_q_start, q_start, periods)):
        # "... expects by 2028 to make 400,000 tonnes of copper, 50 tonnes of gold and 270 tonnes of
        # silver": the figures listed after the first share its period
        return early[-1]
    return None


def _quantity_starts(view: SentenceView) -> list[int]:
    return [q.start for q in view.quantities]


def _quantities_between(view: SentenceView, lo: int, hi: int) -> list:
    """The sentence's quantities that start in [lo, hi) (found by bisection: a sentence of many
    figures asks this of each)."""
    starts = view.once(_quantity_starts)
    return view.quantities[bisect_left(starts, lo):bisect_left(starts, hi)]


# a period as the label of the figure after it: "Gold output 2016: 5 t (2015: 4.5 t)", "2022: $1.2
# billion", "Jan-Sep 2023 - 13 bn": the label is the figure's own, whatever period follows it
# what may open a figure after its label: a qualifier, a currency sign
_FIGURE_OPEN = (r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|under|less\s+than)\s+)?"
                r"(?:[$\u20ac\u00a3]\s*)?")
_LABEL_COLON = re.compile(r"\s*(?::|\s[-\u2013\u2014])\s*" + _FIGURE_OPEN, re.I)


# a figure in brackets right after a period: "the same as in October-December 2022 (5,780 t)"
_GLOSS_OPEN = re.compile(r"\s*\(\s*" + _FIGURE_OPEN, re.I)


def labels_figure(text: str, period_end: int, q_start: int) -> bool:
    """Whether a period ending at `period_end` is the label of the figure at `q_start` ("2016: 5 t")."""
    return _LABEL_COLON.fullmatch(text, period_end, q_start) is not None


_CLAUSE_TURN = re.compile(r"\b(?:while|whereas|but|although|though|when|which|who)\b|[;:()]", re.I)


def _listed_with(text: str, first: int, q_start: int, periods: list[tuple[int, int, Period]]) -> bool:
    """Whether the figure at `q_start` is listed with the sentence's first figure: nothing between
    them names a period, a verb or a turn of the clause."""
    between = text[first:q_start]
    return not any(first < p[0] < q_start for p in periods) and not cues.ACTUAL_VERB.search(between) \
        and not cues.PLAN.search(between) and not _CLAUSE_TURN.search(between)


# ", and that the upward trend had held in", ", but the pace has slowed in": a conjunction opening a
# statement with its own finite verb before the period it names
_NEXT_STATEMENT = re.compile(r",\s+(?:and|but)\s+(?:that\s+)?[^,;\d]{0,60}?\b(?:ha[sd]|have|is|are|was|were|will)\b"
                             r"[^,;\d]{0,40}$", re.I)


def _aside_figure_period(view: SentenceView, q_end: int, p_start: int) -> bool:
    """The period at `p_start` is in a bracketed aside after the figure that holds a figure of its own:
    "to make 60,000 tractors a year (22,754 employees in 2020)", "5,000 cars (4,100 in 2022)", "rose to
    201.5 koz (2018: 183.4 koz)": the aside's figure's period, not the one of the figure before the bracket."""
    text = view.text
    opened = text.rfind("(", q_end, p_start)
    if opened < 0 or ")" in text[opened:p_start]:
        return False
    closed = text.find(")", p_start)
    closed = len(text) if closed < 0 else closed
    return any(opened < o.start < closed for o in view.quantities)


# "rose to $1.4 billion, and in the first half of 2023 it reached ...": a period after ", and"
# opens the next clause; it is not the period of the figure before it
_OPENS_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:(?:in|on|during|over|for|by|from|since)\s+)?(?:the\s+)?$", re.I)


def own_periods(view: SentenceView) -> list[tuple[int, int, Period]]:
    """The periods of the sentence a figure can be for: not the day something was said,
    not a period a figure is compared with."""
    text = view.text
    return [p for p in view.periods if not _when_said(text, p) and not _compared_with(text, p)]


# "9.2 percent less than in 2022", "compared with January-November 2022", "up 5% on 2022",
# "well above last year's level", "below 2022",
# "twice as many as in January-February of last year",
# "over the same period of 2023", "up 28 percent on the same period last year": the period a figure is
# compared with, not its own
# "the same period", "the corresponding months", "the like period": one span in another year
SAME = r"(?:same|corresponding|comparable|equivalent|like)"
_COMPARED = re.compile(r"\b(?:(?:than|compared\s+(?:with|to)|against|versus|vs\.?|on|from|as\s+(?:many|much)\s+as"
                       # "practically the same as in October-December 2022", "similar to 2022", "on a par with"
                       r"|(?:the\s+)?same\s+as|similar\s+to|level\s+with|on\s+a\s+par\s+with|in\s+line\s+with"
                       r"|(?:well\s+|far\s+|just\s+)?(?:above|below))"
                       r"\s+(?:in\s+|during\s+)?"
                       # "8 percent above the level of the same period in 2023"
                       r"(?:the\s+(?:level|figure|volume|amount|total|result)\s+(?:of|for|in)\s+(?=the\s))?"
                       rf"|over\s+)(?:the\s+{SAME}\s+(?:period|months?|quarter|half|time)\s+(?:(?:of|in)\s+)?)?$"
                       # "2.92 times the figure for the first month of 2023", "twice the volume of the 2019/2020 season"
                       r"|\b(?:times|twice|double|triple|thrice)\s+(?:the\s+|that\s+of\s+)?(?:\w+\s+)?(?:for|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)


# "from 2022" is a base only after a change ("up 5% from 2022"); else it is when something starts
# ("to reach 17 tonnes a year from 2022")
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|r[io]se|risen|rising|gr[eo]w\w*|increas\w*|decreas\w*|f[ae]ll\w*|declin\w*"
                            r"|drop\w*|jump\w*|climb\w*|surg\w*|soar\w*|slid|slip\w*|gain\w*|los[st]\w*|higher|lower"
                            r"|more|less|doubl\w*|tripl\w*|chang\w*|percent|times)\b|%", re.I)


def _compared_with(text: str, found: tuple[int, int, Period]) -> bool:
    start, end, p = found
    m = _COMPARED.search(text, max(0, start - 45), start)
    if m is None or p.precision == "day" or _WHEN_AFTER.match(text, end):
        return False                 # "than in 2022, when turnover stood at $24.2 billion": 2022's figure
    if m.group().lower().startswith("from") and not _CHANGE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return False
    return not m.group().lower().startswith("over") or "same" in m.group().lower()


_ON_DAY = re.compile(r"\b(?:on|last)\s+$", re.I)


# "the minister wrote on X in January", "the ministry said in a statement in May"
_SAYING = r"\b(?:said|says|wrote|writes|told|announced|reported|posted|stated|tweeted|noted|recalled|remarked)\b"
_SAID_BEFORE = re.compile(_SAYING + r"(?:\s+(?:on|in|to)\s+(?:[\w.-]+\s+){1,3}?|\s+)(?:in|on|last)\s+$", re.I)
# "..., the ambassador noted last year": a relative year right after the verb is when it was said
_SAID_RIGHT_BEFORE = re.compile(_SAYING + r"\s+$", re.I)
_RELATIVE_WORD = re.compile(r"(?:last|this|earlier|past)\b", re.I)


def _when_said(text: str, found: tuple[int, int, Period]) -> bool:
    """A day introduced by "on" ("said on Tuesday", "on March 3") is when something happened
    or was said, not the period a figure covers; so is any period right after a verb of saying
    ("wrote on X in January")."""
    start, end, p = found
    if p.precision == "day" and _ON_DAY.search(text, max(0, start - 6), start) is not None:
        return True
    if _SAID_RIGHT_BEFORE.search(text, max(0, start - 12), start) and _RELATIVE_WORD.match(text, start) \
            and not text.startswith(("'s", "\u2019s"), end):     # "reported last year's exports"
        return True
    return _SAID_BEFORE.search(text, max(0, start - 40), start) is not None


# A correction note takes back the figures it says were wrong, from its opening words to where the right
# figure is given: "An earlier version of this article said Orda Auto made 24,000 cars; it made 42,000",
# "incorrectly stated the capacity as 40,000 (it is 60,000)", "A previous version misstated exports as X.
# They were Y", "..., the correct figure is Y"
_MISSTATED = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version|(?:earlier|previous|original|prior)\s+version"
    r"|incorrectly|wrongly|erroneously|mistakenly|misstat\w*|misreport\w*|misquot\w*)\b"
    r"[^;()]*?(?=;|\(|\.\s|\bbut\b|,?\s*\b(?:it|they|this|that|the\s+(?:correct|right|actual)\s+\w+)"
    r"\s+(?:is|was|were|are|made|produced|has|had|stood)\b|\bshould\s+have\b|$)", re.I)
_MISSTATED_GATE = ("version", "incorrect", "wrongly", "erroneous", "mistaken", "misstat", "misreport", "misquot")


def misstated_spans(view: SentenceView) -> list[tuple[int, int]]:
    """The spans of a sentence whose figures a correction note takes back (none in most sentences)."""
    if not any(w in view.low for w in _MISSTATED_GATE):
        return []
    return [m.span() for m in _MISSTATED.finditer(view.text)]


def last_match(matches: Iterator[re.Match]) -> re.Match | None:
    """The last of `matches` (None when there is none)."""
    m = None
    for m in matches:
        pass
    return m


def words_before(text: str, pos: int, n: int = 4) -> str:
    return " ".join(text[:pos].split()[-n:])


def location_countries(view: SentenceView) -> list[Ent]:
    """Country mentions used as a location of production: "in Kazakhstan",
    "Kazakhstan's car industry", "the Turkish site", "Kazakh assembly lines"."""
    out = []
    text = view.text
    for c in view.countries:
        if not c.code or c.via in ("city", "region"):
            continue
        before = text[max(0, c.start - 30):c.start]
        after = text[c.end:c.end + 40]
        if c.via == "demonym" and (before.endswith("-") or after.startswith("-")):
            continue                # "the Kyrgyz-Uzbek plant": who owns it, not where it is
        if cues.LOCATION_BEFORE.search(before) and not cues.NOT_SITE_IN.search(text, max(0, c.start - 40), c.start) \
                and not cues.SUPPLYING_SITE_BEFORE.search(text, max(0, c.start - 60), c.start) \
                or (c.via == "name" and cues.LOCATION_SUBJECT.match(after)):
            out.append(c)
        elif c.possessive and cues.LOCATION_AFTER_DEMONYM.match(after.removeprefix("'s").removeprefix("\u2019s")):
            out.append(c)
        elif c.via == "demonym" and cues.LOCATION_AFTER_DEMONYM.match(after):
            out.append(c)
    return out


def nearest(ents: list[Ent], pos: int, window_start: int = 0, window_end: int | None = None) -> Ent | None:
    """The entity closest to `pos`, preferring one before it."""
    if window_end is None:
        window_end = 10**9
    cands = [e for e in ents if e.start >= window_start and e.end <= window_end]
    if not cands:
        return None
    before = [e for e in cands if e.end <= pos]
    if before:
        return before[-1]
    return min(cands, key=lambda e: abs(e.start - pos))


def iso_first_day(p: Period) -> tuple[date | None, str | None]:
    """signed_date and its precision from a period."""
    if p.start is None:
        return None, None
    prec = p.precision
    if prec == "day":
        return p.start, "day"
    if prec == "month":
        return p.start.replace(day=1), "month"
    if prec in ("year",):
        return p.start.replace(month=1, day=1), "year"
    if prec in ("quarter", "half") and p.start:
        return p.start, "month"
    return None, None


def shift_years(p: Period | None, years: int) -> Period | None:
    """The same period `years` earlier (negative) or later ("January-November 2023" -> 2022)."""
    if p is None or (p.start is None and p.end is None):
        return None

    def move(d: date | None) -> date | None:
        if d is None:
            return None
        return in_year(d, d.year + years)

    start, end = move(p.start), move(p.end)
    if end is not None and p.end is not None and p.end.month == 2 and p.end.day >= 28:
        end = end.replace(day=calendar.monthrange(end.year, 2)[1])
    fiscal = p.fiscal and FiscalYear(p.fiscal.first + years if p.fiscal.first else None, p.fiscal.last + years,
                                     p.fiscal.months)
    return Period(start, end, p.year + years if p.year else None, p.precision, fiscal)


def in_fiscal_year(period: Period | None, reporter: str | None, partner: str | None) -> Period | None:
    """A fiscal year as written ("FY2021-22", "July-March of FY2022-23") in the fiscal calendar of the
    state reporting the figure, else of its partner (only a state whose fiscal year is not the
    calendar year counts in fiscal years); as written when neither has one."""
    if period is None or period.fiscal is None:
        return period
    found = fiscal_calendar(reporter) or fiscal_calendar(partner)
    return in_fiscal_calendar(period, *found) if found else period
