"""Lists and tables: figures on lines that lean on the line introducing them.

Statistics releases give one figure per line under a line that says what
the figures are:

    Uzbekistan's trade reached $9.89 billion in January-February.
    The five largest partners were:
    1. China - $2.13 billion (21.5% of the total)
    2. Russia - $1.76 billion

    Component makers reported mixed results:
    Tyres: 712,100 units (-17.5%)

A list line (`list_line`) is a label, a separator and the figures: the label
says whose figure it is (a country is the partner of a trade figure, a
company the producer, a period the period; any other words name the
product), and everything else comes from the frame (`Frame`): what the
introducing line says (trade or production, flow, period, unit, plan), and
what the sentences before it established (the reporting country, the
company, the period, the unit of the figures). A heading line with no
final stop ("Main trading partners, January-October 2023") introduces the
lines under it the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extraction.facts import cues
from extraction.facts.common import Context, is_part_year, period_year, unit_of
from extraction.facts.context import ArticleView, Ent, SentenceView
from extraction.facts.roles import CHANGE, figure_role
from extraction.records import Period, ProductionCandidate, Quantity, TradeCandidate

I = re.I

# A bullet or a number opening the line: "- ", "* ", "• ", "1. ", "2) ", "a) "
_MARKER = re.compile(r"\s*(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25ba>]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
# What ends a label: a dash between spaces, a colon, a bar, a tab, a wide gap, an opening bracket
_SEPARATOR = re.compile(r"\s+[-\u2013\u2014]+\s+|\s*:\s+|\s*\|\s*|\t+|\s{3,}|\s+\((?=[$\u20ac\u00a3\u20bd\u00a5\d])")
# Unmarked lines need a figure right after the separator ("Tyres: 712,100 units").
_VALUE_START = re.compile(r"\s*(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|up\s+to)\s+)?"
                          r"(?:[$\u20ac\u00a3\u20bd\u00a5]|US\$|USD|EUR|KZT|RUB|CNY)?\s?\d", I)
_MAX_LABEL_WORDS = 7
_MAX_UNMARKED_LINE = 140


@dataclass(frozen=True)
class Line:
    """A list line: the label's span and where its figures start (offsets into the sentence)."""
    label_start: int
    label_end: int
    value_start: int
    marked: bool                # opened by a bullet or a number


def list_line(text: str) -> Line | None:
    """The label and values of a list line, or None for a sentence of prose."""
    marker = _MARKER.match(text)
    begin = marker.end() if marker else 0
    sep = _SEPARATOR.search(text, begin, begin + 80)
    if sep is None or sep.start() == begin:
        return None
    label = text[begin:sep.start()]
    if len(label.split()) > _MAX_LABEL_WORDS or label.rstrip().endswith((",", ";")) or not _label_ok(label):
        return None
    if marker is None and sep.group().lstrip().startswith("("):
        return None                 # "Kazakhstan took $90 million, followed by Azerbaijan ($40 million)": prose
    rest = text[sep.end():]
    if not any(c.isdigit() for c in rest):
        return None
    if marker is None and (len(text) > _MAX_UNMARKED_LINE or not _VALUE_START.match(rest)):
        return None
    return Line(begin, sep.start(), sep.end() if not sep.group().lstrip().startswith("(") else sep.end() - 1,
                marker is not None)


_YEARISH = re.compile(r"\b(?:(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?|[HQ][1-4]|[1-4][HQ]|\d{1,2}M)\b")


def _label_ok(label: str) -> bool:
    """A label names; it holds no figure ("2026-2030" and "Q1 2024" are names of periods)."""
    return not any(c.isdigit() for c in _YEARISH.sub("", label)) and not any(c in label for c in "$\u20ac\u00a3%")


def item_line(text: str) -> Line | None:
    """A line opened by a bullet or a number, whatever follows ("11. a protocol on metrology;")."""
    marker = _MARKER.match(text)
    if marker is None or marker.end() >= len(text):
        return None
    return Line(marker.end(), marker.end(), marker.end(), True)


def is_heading(view: SentenceView) -> bool:
    """A short line with no final stop that is not a list line ("Main trading partners, 2023")."""
    text = view.text.rstrip()
    return (0 < len(text) <= 90 and not text.endswith((".", "!", "?", ";", ",", ":"))
            and list_line(text) is None)


def introduces(view: SentenceView) -> bool:
    """A line that introduces a list: it ends with a colon, or is a heading."""
    return view.text.rstrip().endswith(":") or is_heading(view)


# --- the frame ---------------------------------------------------------------

_TRADE_WORDS = re.compile(r"\b(?:trade|trading|turnover|exports?|imports?|partners?|destinations?|markets?|buyers?"
                          r"|suppliers?|purchases|shipments|deliveries|customs)\b", I)
_PRODUCTION_WORDS = re.compile(r"\b(?:production|output|produced|made|built|assembled|manufactur\w*|makers?"
                               r"|plants?|factories|by\s+model|models)\b", I)
_EXPORT_WORDS = re.compile(r"\b(?:exports?|exported|destinations?|buyers?|markets?|shipments|deliveries|sold)\b", I)
_IMPORT_WORDS = re.compile(r"\b(?:imports?|imported|suppliers?|origins?|purchases|bought|sources)\b", I)
_TURNOVER_WORDS = re.compile(r"\b(?:trade|trading|turnover|partners?)\b", I)
# "in units", "(units)", "thousand tonnes", "$ million", "in million dollars"
_MONEY_SCALE = re.compile(r"(?:\$|US\$|USD|dollars?)\s*(?:mln|million|m\b|bn|billion)|(?:mln|million|bn|billion)\s*"
                          r"(?:US\s*)?(?:\$|USD|dollars)", I)
_SCALE_WORD = re.compile(r"\b(?:mln|million|bn|billion)\b", I)


@dataclass
class Frame:
    """What the figures of a list are, from the line that introduces it and the text before."""
    kind: str                            # 'trade' | 'production'
    flow: str | None = None
    reporter: str | None = None
    period: Period | None = None
    is_target: bool = False
    unit: str | None = None              # of a bare figure ("Kazakhstan - 26,970")
    money_scale: float | None = None     # "in $ million": bare figures are that many dollars
    company: str | None = None
    country: str | None = None
    target_kind: str = "actual"


def frame_for(av: ArticleView, intro: SentenceView, ctx: Context) -> Frame | None:
    """The frame of the list that `intro` introduces, or None when it is about neither trade nor
    production (a list of documents, of names)."""
    text = intro.text
    trade = bool(_TRADE_WORDS.search(text))
    production = bool(_PRODUCTION_WORDS.search(text))
    if trade == production:
        # neither or both: what the text just before was about
        last_trade, last_prod = ctx.trade_sentence, ctx.production_sentence
        if max(last_trade, last_prod) < intro.no - 3:
            return None
        trade, production = last_trade >= last_prod, last_prod > last_trade
    own_period = next((p for _, _, p in intro.periods if p.start is not None), None)
    money_scale = 1e6 if _MONEY_SCALE.search(text) and re.search(r"mln|million|\bm\b", text, I) else \
        1e9 if _MONEY_SCALE.search(text) else None
    if trade:
        flow = ("export" if _EXPORT_WORDS.search(text) else "import" if _IMPORT_WORDS.search(text)
                else "turnover" if _TURNOVER_WORDS.search(text) else ctx.trade_flow)
        states = intro.state_countries()
        reporter = (next((c.code for c in states if c.possessive), None)
                    or (states[0].code if len(states) == 1 else None)
                    or (ctx.trade_set[0] if ctx.trade_set else None) or av.main_country)
        unit = "vehicles" if cues.VEHICLE_WORDS.search(text) else None
        if unit is None and re.search(r"\bin\s+units\b|\(units\)", text, I):
            unit = ctx.trade_unit or "units"
        if unit is None and money_scale is None:
            unit = ctx.trade_unit
        return Frame("trade", flow=flow or "turnover", reporter=reporter,
                     period=own_period or ctx.trade_period, is_target=bool(cues.TARGET.search(text)),
                     unit=unit, money_scale=money_scale)
    kind = ("capacity" if cues.CAPACITY.search(text) else
            "plan" if cues.PLAN.search(text) or re.search(r"\b(?:roadmap|stages?|phases?)\b", text, I) else "actual")
    company = next((c.name for c in intro.companies), None) or ctx.company
    country = ctx.location[1] if ctx.location else None
    return Frame("production", period=own_period or ctx.production_period, unit=ctx.production_unit,
                 company=company, country=country or av.main_country, target_kind=kind)


# --- the lines ----------------------------------------------------------------

_LABEL_NOISE = re.compile(r"^(?:the|a|an)\s+|[\s:;,.-]+$", I)
# A label that names a unit: "Tyres: 712,100", "Buses - 776"
_LABEL_UNITS = (("tyre", "tyres"), ("tire", "tyres"), ("tractor", "tractors"), ("combine", "combines"),
                ("wagon", "wagons"), ("locomotive", "locomotives"), ("car", "vehicles"), ("truck", "vehicles"),
                ("bus", "vehicles"), ("vehicle", "vehicles"), ("van", "vehicles"))


def _label_unit(label: str) -> str | None:
    low = label.lower()
    for stem, unit in _LABEL_UNITS:
        if re.search(rf"\b{stem}s?\b", low):
            return unit
    return None


@dataclass(frozen=True)
class _Label:
    country: Ent | None
    company: Ent | None
    period: Period | None
    text: str | None                     # the product, when the label names neither


def _label(view: SentenceView, line: Line) -> _Label:
    inside = lambda e: line.label_start <= e.start and e.end <= line.label_end
    country = next((c for c in view.state_countries() if inside(c)), None)
    company = next((c for c in view.companies if inside(c)), None)
    period = next((p for s, e, p in view.periods if line.label_start <= s and e <= line.label_end), None)
    text = _LABEL_NOISE.sub("", view.text[line.label_start:line.label_end].strip()) or None
    if country or company or period:
        text = None
    return _Label(country, company, period, text)


def _figures(view: SentenceView, line: Line, frame: Frame) -> list[Quantity]:
    """The levels on the line: changes, shares and multipliers are not figures."""
    text = view.text
    out = []
    for q in view.quantities:
        if q.start < line.value_start or q.unit_noun in ("times", "fold"):
            continue
        if figure_role(text, q)[0] == CHANGE:
            continue
        out.append(q)
    return out


def _scaled(q: Quantity, frame: Frame, unit: str | None) -> Quantity | None:
    """A bare figure in the frame's unit: "26,970" of cars, "386.7" of "$ million"."""
    if q.is_money or q.unit:
        return q
    if frame.money_scale and not _SCALE_WORD.search(q.surface):
        return replace(q, value=q.value * frame.money_scale, unit="USD", is_money=True)
    if unit:
        return replace(q, unit=unit)
    return None


def trade_on_line(av: ArticleView, view: SentenceView, line: Line, frame: Frame,
                  flow_of) -> list[TradeCandidate]:
    """Trade figures of one list line under `frame`. `flow_of(text, q)` reads a flow cue on the
    line itself ("imports from Moldova came to $230,000"), which wins over the frame's."""
    label = _label(view, line)
    text = view.text
    out = []
    for q in _figures(view, line, frame):
        q = _scaled(q, frame, frame.unit)
        if q is None or not (q.is_money or q.unit in cues.TRADE_PHYSICAL_UNITS):
            continue
        flow = flow_of(text, q) or frame.flow
        partner = label.country.code if label.country else None
        reporter = frame.reporter
        if partner == reporter:
            partner = None
        period = label.period or frame.period
        own = next((p for s, e, p in view.periods if s >= line.value_start and p.start is not None), None)
        period = own or period
        out.append(TradeCandidate(
            sentence_no=view.no, evidence=text, reporter_country_code=reporter, partner_country_code=partner,
            company_name=label.company.name if label.company else None, flow=flow,
            product=None if label.country else label.text, amount=q.value, unit=q.unit or "units",
            is_money=q.is_money, qualifier=q.qualifier,
            period_start=period.start if period else None, period_end=period.end if period else None,
            is_target=frame.is_target))
    return out


def production_on_line(av: ArticleView, view: SentenceView, line: Line, frame: Frame) -> list[ProductionCandidate]:
    """Production figures of one list line under `frame`."""
    label = _label(view, line)
    text = view.text
    unit = _label_unit(view.text[line.label_start:line.label_end]) or frame.unit
    out = []
    for q in _figures(view, line, frame):
        if q.is_money:
            continue
        q = _scaled(q, replace(frame, money_scale=None), unit)
        if q is None:
            continue
        q_unit = unit_of(text, q) or q.unit
        if q_unit not in cues.PRODUCTION_UNITS:
            continue
        if unit and (q.unit_noun or "").lower() in ("unit", "units"):
            q_unit = unit                   # "Tyres: 712,100 units" counts tyres
        own = next((p for s, e, p in view.periods if s >= line.value_start and p.start is not None), None)
        period = own or label.period or frame.period
        kind = frame.target_kind
        if period is not None and period.start and av.published and period.start > av.published:
            kind = "plan" if kind == "actual" else kind
        per_year = bool(cues.PER_YEAR.search(text, line.value_start))
        year = period_year(period) if period and not per_year else None
        part = period is not None and is_part_year(period) and not per_year
        basis = "total" if part or (period is not None and year is None and not per_year) else "annual"
        company = label.company.name if label.company else frame.company
        country = label.country.code if label.country else frame.country
        out.append(ProductionCandidate(
            sentence_no=view.no, evidence=text, quantity=q.value, unit=q_unit, qualifier=q.qualifier,
            company_name=company, plant_city=None, country_code=country, target_year=year,
            period_start=period.start if period and basis == "total" else None,
            period_end=period.end if period and basis == "total" else None,
            basis=basis, target_kind=kind, product=label.text))
    return out
