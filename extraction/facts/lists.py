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
from extraction.facts.common import (Context, in_fiscal_year, is_bare, is_part_year, labels_figure, period_year,
                                     shift_years, spans_years, unit_of)
from extraction.facts.context import ArticleView, Ent, SentenceView
from extraction.facts.production import state_makes
from extraction.facts.roles import BASE, CHANGE, figure_role, years_back
from extraction.facts.sides import partner_codes
from extraction.dates import in_year
from extraction.lexicon import SCALES, alternation
from extraction.periods import year_period
from extraction.quantities import MULTIPLIERS, unit_at
from extraction.records import Period, PlantCandidate, ProductionCandidate, Quantity, TradeCandidate

I = re.I

# A bullet or a number opening the line: "- ", "* ", "• ", "1. ", "2) ", "a) "
_MARKER = re.compile(r"\s*(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25ba>]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
# What ends a label: a dash between spaces, a colon, a bar, a tab, a wide gap, an opening bracket, a
# dot leader ("car tyres ........ 3 million")
# a row of table cells whose label fills its column leaves a gap of two spaces ("Butter, dairy
# products  12,700 t / $62.7 mln      9,800 t / $49.8 mln")
_SEPARATOR = re.compile(r"\s*(?:\.{3,}|\u2026+)\s*|\s+[-\u2013\u2014]+\s+|\s*:\s+|\s*\|\s*|\t+|\s{3,}|\s+\((?=[$\u20ac\u00a3\u20bd\u00a5\d])"
                        r"|\s{2}(?=(?:US\$|[$\u20ac\u00a3\u20bd\u00a5])?\d[^\n]*?\S\s{2,}\S)")
# Unmarked lines need a figure right after the separator ("Tyres: 712,100 units").
_VALUE_START = re.compile(r"\s*(?:(?:turnover|trade|exports?|imports?|output|production)\s+)?"
                          r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|up\s+to)\s+|[~\u2248]\s?)?"
                          r"(?:[$\u20ac\u00a3\u20bd\u00a5]|US\$|USD|EUR|KZT|RUB|CNY)?\s?\d", I)
# two spaces: a row of a table set in plain text ("Tractors  8,000  9,500  11,000"; _SEPARATOR says when)
_UNMARKED_SEPARATORS = (" - ", ": ", "\u2013", "\u2014", "|", "\t", "  ", " -- ", "...", "\u2026")
# the border of a table row written with bars on both sides ("| Exports | 38.1 | 33.8 |"): no cell
_ROW_BORDER = re.compile(r"\s*\|\s*")
_RANK_CELL = re.compile(r"\d{1,3}\.?\s*\|\s*(?=[A-Za-z])")
_EMPTY_CELLS = re.compile(r"(?:\s*(?:[-\u2013\u2014]+|n/?a|\.\.+|\u2026)\s*\|)+", re.I)
_MAX_LABEL_WORDS = 7
# a note in brackets inside a label ("Orda Auto Works of Rubber Goods (Shymkent region, radial)") is no
# part of the name's length
_LABEL_NOTE = re.compile(r"\([^()]{0,80}\)")
_MAX_UNMARKED_LINE = 140
# a finite verb makes the words before a colon a clause of prose, not a label ("Production is
# expected to ramp up gradually: about 1,800 cars ...", "Output will grow: 25,000 in 2018")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|will|would|shall|should|has|have|had|can|could|must)\b", I)


@dataclass(frozen=True)
class Line:
    """A list line: the label's span and where its figures start (offsets into the sentence)."""
    label_start: int
    label_end: int
    value_start: int
    marked: bool                # opened by a bullet or a number


def only_marker(text: str, end: int) -> bool:
    """Whether text[:end] is a list line's marker and nothing else ("1. ", "- ")."""
    return _MARKER.fullmatch(text, 0, end) is not None


def list_line(text: str) -> Line | None:
    """The label and values of a list line, or None for a sentence of prose."""
    marker = _MARKER.match(text)
    if marker is None:
        # prose, unless short and with a separator near its start (cheap tests first: most
        # sentences end here)
        if len(text) > _MAX_UNMARKED_LINE:
            return None
        head = text[:80]
        if not any(s in head for s in _UNMARKED_SEPARATORS):
            return None
    begin = marker.end() if marker else 0
    if marker is None and (border := _ROW_BORDER.match(text)) is not None and border.end() > 0:
        begin = border.end()
        if (rank := _RANK_CELL.match(text, begin)) is not None:
            begin = rank.end()      # "| 1 | China | 476.3 |": a ranking's place, then the row's label
    sep = _SEPARATOR.search(text, begin, begin + 80)
    if sep is None or sep.start() == begin:
        return None
    label = text[begin:sep.start()]
    if len(_LABEL_NOTE.sub("", label).split()) > _MAX_LABEL_WORDS or label.rstrip().endswith((",", ";")) or not _label_ok(label):
        return None
    if marker is None and sep.group().lstrip().startswith("("):
        return None                 # "Kazakhstan took $90 million, followed by Azerbaijan ($40 million)": prose
    if marker is None and _FINITE_VERB.search(label):
        return None                 # "Output is expected to ramp up: about 1,800 cars in 2017, ...": a clause, no label
    rest = text[sep.end():]
    if not any(c.isdigit() for c in rest):
        return None
    if marker is None and not _VALUE_START.match(rest):
        # "| India | - | 1.6 |": a bordered row's first cells may be empty ("-", "n/a", "..")
        empty = _EMPTY_CELLS.match(rest) if begin > 0 and _ROW_BORDER.match(text) else None
        if empty is None or not empty.end() or not _VALUE_START.match(rest, empty.end()):
            return None
    return Line(begin, sep.start(), sep.end() if not sep.group().lstrip().startswith("(") else sep.end() - 1,
                marker is not None)


_YEARISH = re.compile(r"\b(?:(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?|[HQ][1-4]|[1-4][HQ]|\d{1,2}M)\b")


# "Buses over 5 tonnes", "Trucks up to 3.5 t": a class of products, not a figure
_CLASS_BOUND = re.compile(r"\b(?:over|above|under|below|up\s+to|less\s+than|more\s+than)\s+\d+(?:[.,]\d+)?\s*[a-z]+",
                          re.I)


def _label_ok(label: str) -> bool:
    """A label names; it holds no figure ("2026-2030" and "Q1 2024" are names of periods, "Buses
    over 5 tonnes" a class of products)."""
    bare = _CLASS_BOUND.sub("", _YEARISH.sub("", label))
    return not any(c.isdigit() for c in bare) and not any(c in label for c in "$\u20ac\u00a3%")


def item_line(text: str) -> Line | None:
    """A line opened by a bullet or a number, whatever follows ("11. a protocol on metrology;")."""
    marker = _MARKER.match(text)
    if marker is None or marker.end() >= len(text):
        return None
    return Line(marker.end(), marker.end(), marker.end(), True)


def value_first(text: str, item: Line) -> bool:
    """A bullet that opens with its figure ("* 600,000 tonnes of gasoline;", "- about 40,000 cars
    a year"): under an intro, a line of figures with no label."""
    return _VALUE_START.match(text, item.value_start) is not None


def is_heading(view: SentenceView) -> bool:
    """A short line with no final stop that is not a list line ("Main trading partners, 2023")."""
    text = view.text.rstrip()
    return (0 < len(text) <= 90 and not text.endswith((".", "!", "?", ";", ",", ":"))
            and list_line(text) is None)


def introduces(view: SentenceView) -> bool:
    """A line that introduces a list: it ends with a colon, or is a heading."""
    return view.text.rstrip().endswith(":") or is_heading(view)


# --- the frame ---------------------------------------------------------------

# states that bought what the list gives: "Four countries took almost all of the ore in 2019:"
_TAKERS = re.compile(r"\b(?:countries|states|nations|buyers|customers)\s+(?:[a-z]+\s+)?(?:took|bought|received"
                     r"|purchased|absorbed)\b", I)
_TRADE_WORDS = re.compile(r"\b(?:trade|trading|turnover|exports?|imports?|partners?|destinations?|markets?|buyers?"
                          r"|suppliers?|purchases|shipments|deliveries|customs)\b", I)
_PRODUCTION_WORDS = re.compile(r"\b(?:production|output|capacity|capacities|design(?:ed)?\s+(?:figures|parameters|indicators)"
                               r"|produced|made|built(?!\s+up\b)|assembled|manufactur\w*|makers?"
                               r"|plants?|factories|by\s+model|models"
                               # a site's parameters: "Its main parameters:", "Key specifications of the mill:"
                               r"|parameters|specifications|characteristics)\b", I)
_SPEC_HEADING = re.compile(r"\b(?:parameters|specifications|characteristics)\b", I)
# a list of deals or projects: "Other projects signed or presented at the forum:"
_PROJECT_LIST = re.compile(r"\b(?:projects?|investments?|investors?|deals?|memorand\w*|contracts?|agreements?"
                           r"|documents|initiatives)\b", I)
_PARTNER_LIST = re.compile(r"\b(?:partners?|destinations?|markets?|countries|states|suppliers?|buyers?|origins?"
                           r"|by\s+country)\b", I)
_EXPORT_WORDS = re.compile(r"\b(?:exports?|exported|destinations?|buyers?|markets?|shipments|deliveries|sold)\b", I)
_IMPORT_WORDS = re.compile(r"\b(?:imports?|imported|suppliers?|origins?|purchases|bought|sources)\b", I)
_TURNOVER_WORDS = re.compile(r"\b(?:trade|trading|turnover|partners?)\b", I)
# "in units", "(units)", "thousand tonnes", "$ million", "in million dollars"
# (a scale right after a number is that figure's own: "to 10 billion US dollars." is no unit slot;
# after a caption's comma it is the slot: "Foreign trade, billion US dollars")
_MONEY_SCALE = re.compile(r"(?:\$|US\$|USD|dollars?)\s*(?:mln|million|m\b|bn|bln|billion)"
                          r"|(?<![\d.,])(?<!\d\s)(?:mln|million|bn|bln|billion)\s*(?:US\s*)?(?:\$|USD|dollars)", I)
# "(same period of 2023 in brackets)", "figures for 2022 in parentheses"
_BRACKETED = re.compile(r"\bin\s+(?:brackets|parenthes[ie]s)\b", I)
_SCALE_WORD = re.compile(r"\b(?:mln|million|bn|bln|billion)\b", I)
# "Trade with Iran (USD)", "in US dollars": the currency of figures written with a bare scale word
# ("(USD)", "in US dollars", a heading's unit slot after a comma: "Kyrgyz trade with Kazakhstan, USD")
_CURRENCY = re.compile(r"\(\s*(?:US\s*)?(?:\$|USD|US\s+dollars|dollars)\s*\)|\bin\s+(?:US\s+)?(?:dollars|USD)\b"
                       r"|,\s*(?:US\s*)?(?:\$|USD|US\s+dollars|dollars)\s*:?"
                       r"(?!\s*(?:[\d$]|mln|million|bn|bln|billion|thousand|m\b))(?:\s|$)", I)
# "Coal exports, tonnes", "(thousand tonnes)", "in mln cubic metres": a unit slot, scaled or not
_UNIT_SLOT = re.compile(r"(?:,|\(|\bin\b)\s*(?:(?P<scale>" + alternation(SCALES) + r")\.?\s+)?(?:of\s+)?(?=[a-z])", I)


def physical_heading(text: str, units: frozenset[str] = cues.TRADE_PHYSICAL_UNITS) -> tuple[str | None, float]:
    """The unit and scale a heading gives bare figures in ("million tonnes": tonnes, 1e6; of
    output, "Car production, thousand units": vehicles, 1e3)."""
    for m in _UNIT_SLOT.finditer(text):
        unit = unit_at(text, m.end())
        if unit in units:
            return unit, float(SCALES[m.group("scale").lower()]) if m.group("scale") else 1.0
    return None, 1


@dataclass
class Frame:
    """What the figures of a list are, from the line that introduces it and the text before."""
    kind: str                            # 'trade' | 'production'
    flow: str | None = None
    reporter: str | None = None
    partner: str | None = None           # "Georgia-China trade, 2016": every line is with China
    period: Period | None = None
    is_target: bool = False
    unit: str | None = None              # of a bare figure ("Kazakhstan - 26,970")
    unit_scale: float = 1                # "Coal exports, million tonnes": a bare 31.7 is 31.7 million
    money_scale: float | None = None     # "in $ million": bare figures are that many dollars
    currency: bool = False               # "(USD)": a figure with a scale word ("2.315 bln") is money
    base_period: Period | None = None    # "(2023 in brackets)": the period of a bracketed figure
    stated_period: Period | None = None  # the one the intro itself names ("First-half trade, $ million")
    company: str | None = None
    country: str | None = None
    target_kind: str = "actual"
    by_source: bool = False              # the reporter is only named as the source of the figures ("Turkish statistics show:")


# a part of a year named with no year ("First-half trade, $ million"): the part in force
_PART_OF_YEAR = re.compile(r"\b(?:first|second)[- ]half\b|\bH[12]\b|\b(?:first|second|third|fourth)[- ]quarter\b"
                           r"|\bQ[1-4]\b|\b(?:nine|six|three)[- ]month\b", I)


def _breakdown_period(intro: SentenceView, ctx: Context) -> Period | None:
    """The period of the trade figure right before an intro that states none, in its paragraph: the
    lines break that figure down ("For comparison, full-year 2022 trade amounted to $39.9 bn. Of
    that:" keeps 2022, though the article's figures are for January-November 2023)."""
    if ctx.trade_paragraph == intro.paragraph and 0 <= intro.no - ctx.trade_sentence <= 1:
        return ctx.trade_level_period
    return None


def intro_period(intro: SentenceView) -> Period | None:
    """The one period a line that introduces a list states ("In January-May 2024:", "Trade in the
    last Iranian year (20 March 2020 - 18 February 2021):"), when it gives no figure of its own."""
    if not intro.text.rstrip().endswith(":") or intro.quantities:
        return None
    found = {p for _, _, p in intro.periods if p.start is not None and p.precision != "day"}
    return found.pop() if len(found) == 1 else None


# a line or heading about the reporter's trade with the whole world: "Total trade turnover", "overall
# exports", "foreign trade", "external trade"
_ALL_PARTNERS = re.compile(r"\b(?:total|overall|foreign|external)\s+(?:merchandise\s+|goods\s+)?(?:trade|turnover"
                           r"|exports?|imports?)\b", I)


def frame_for(av: ArticleView, intro: SentenceView, ctx: Context, columns: list[Column] | None = None,
              first_label: str | None = None) -> Frame | None:
    """The frame of the list that `intro` introduces, or None when it is about neither trade nor
    production (a list of documents, of names). A table whose columns are flows ("Turnover
    Exports Imports") is trade whatever the line before it says."""
    text = intro.text
    flow_columns = bool(columns) and any(c.flow for c in columns)
    borrowed = False
    trade = flow_columns or bool(_TRADE_WORDS.search(text) or _TAKERS.search(text))
    # "STAR is to turn out each year:", "it will process gas and make:": a production verb also says it
    production = not flow_columns and bool(_PRODUCTION_WORDS.search(text) or cues.PROD_VERB.search(text))
    if not trade and not production and first_label:
        # "the figures for 2023 were as follows:" over "- trade with Kazakhstan: $1.3 bn": the
        # first line's label says what the list is about
        trade = bool(_TRADE_WORDS.search(first_label))
        production = not trade and bool(_PRODUCTION_WORDS.search(first_label))
    if not trade and not production and intro.no > 0 and text.rstrip().endswith(":") \
            and (before := av.sentences[intro.no - 1]).paragraph == intro.paragraph \
            and not before.quantities and _TRADE_WORDS.search(before.text) \
            and not _PRODUCTION_WORDS.search(before.text):
        # "The committee also gave figures on imports of selected goods. Several items grew:": the
        # sentence before the colon's says what the figures are: a flow of its own, with all partners
        text = before.text + " " + text
        trade = borrowed = True
    if not trade and not production and _PROJECT_LIST.search(text):
        return None                 # "Other projects signed at the forum:": what deals cost, not trade
    if trade == production:
        # neither or both: what the text just before was about
        last_trade, last_prod = ctx.trade_sentence, ctx.production_sentence
        if max(last_trade, last_prod) < intro.no - 3:
            return None
        trade, production = last_trade >= last_prod, last_prod > last_trade
    own_period = next((p for _, _, p in intro.periods if p.start is not None), None)
    base_period = None
    if own_period is not None and _BRACKETED.search(text):
        # "(same point of 2023 in brackets)": the period names the bracketed bases; the figures
        # themselves are for the period in force, and the bases for its span in that year
        in_force = ctx.trade_period
        base_period = own_period
        if in_force is not None and in_force.start is not None and own_period.precision == "year" and own_period.year:
            base_period = shift_years(in_force, own_period.year - in_force.start.year) or own_period
        own_period = in_force
    # a table's header line (right after the intro) may give the scale ("2022, $ bln") and the
    # sides ("Uzbekistan - Kazakhstan | Jan-Aug 2024 | Jan-Aug 2023")
    header = av.sentences[intro.no + 1] if columns and intro.no + 1 < len(av.sentences) else None
    scaled = text + " " + header.text if header is not None else text
    money_scale = 1e6 if _MONEY_SCALE.search(scaled) and re.search(r"mln|million|\bm\b", scaled, I) else \
        1e9 if _MONEY_SCALE.search(scaled) else None
    currency = money_scale is not None or bool(_CURRENCY.search(scaled))
    if trade:
        flow = ("export" if _EXPORT_WORDS.search(text) else "import" if _IMPORT_WORDS.search(text)
                else "turnover" if _TURNOVER_WORDS.search(text) else ctx.trade_flow)
        # "Trade with Turkey and Russia, 2021": the lines are with them, for the reporting state;
        # "Georgia-China trade, 2016", "Georgia's trade with China": one side each
        sides = intro
        if header is not None and len({c.code for c in header.state_countries()}) >= 2:
            sides = header              # the header's first cell names both sides of the table
        elif not intro.state_countries() and intro.no > 0 and is_heading(intro) \
                and av.sentences[intro.no - 1].text.rstrip().endswith(":"):
            # "Period | Turnover, $ million" under "Figures of the Belarusian embassy in Ashgabat
            # show how turnover has moved:": the sides are in the line that introduces the heading;
            # not in a line of prose or of a list before it ("- Ukraine: $307 mln" over "Main import
            # suppliers", "Turkey and Kyrgyzstan came next." over "Main markets, 2023": partners)
            sides = av.sentences[intro.no - 1]
        states = sides.state_countries()
        partners = partner_codes(sides)
        owners = list(dict.fromkeys(c.code for c in states if c.code not in partners))
        reporter = (next((c.code for c in states if c.possessive and c.code not in partners), None)
                    or (owners[0] if len(owners) in (1, 2) else None)
                    or ctx.reporter or (ctx.trade_set[0] if ctx.trade_set else None) or av.main_country)
        others = [c for c in partners + owners if c != reporter]
        partner = others[0] if len(others) == 1 else None
        # "Figures of the Turkish statistical institute show:": a state named only as the source of the
        # figures is no side of them; the lines are the trade of the pair in force
        sources_only = all(cues.DATA_SOURCE_AFTER.match(sides.text, c.end) for c in states)
        # "Headline figures, Q1:" over "Total trade turnover: $4.7 bln": the reporter's trade with all partners
        world = not states and bool(_ALL_PARTNERS.search(first_label or text))
        if partner is None and not world and (_of_the_pair(av, intro, text)
                                or (sources_only and not _PARTNER_LIST.search(text) and not borrowed)):
            # "The monthly releases show how the trade grew:" goes on with the pair of the text before
            # (of its last figure, else the last two states named together); a list of partners
            # names its own. Trade "between the neighbours", "of the two countries" is that pair's
            # whoever else the intro names ("Trade between the neighbours has grown. Russian data show:")
            pair = ctx.trade_set if ctx.trade_set and ctx.trade_set[0] == reporter else ctx.pair
            if ctx.trade_set is None and av.main_pair and reporter in av.main_pair:
                # before any trade figure, the last two states named together are those of some
                # passing remark ("projects with third countries, above all Afghanistan"): the
                # figures are the trade of the two states the article is about
                pair = av.main_pair
            if pair and reporter in pair:
                partner = next((c for c in pair if c != reporter), None)
        unit = "vehicles" if cues.VEHICLE_WORDS.search(text) else None
        if unit is None and re.search(r"\bin\s+units\b|\(units\)", text, I):
            unit = ctx.trade_unit or "units"
        heading_unit, unit_scale = physical_heading(text) if money_scale is None else (None, 1)
        unit = heading_unit or unit
        if unit is None and money_scale is None:
            unit = ctx.trade_unit
        return Frame("trade", flow=flow or "turnover", reporter=reporter, partner=partner,
                     period=own_period or _breakdown_period(intro, ctx) or ctx.trade_period, base_period=base_period,
                     stated_period=own_period or (ctx.trade_period if _PART_OF_YEAR.search(text) else None),
                     is_target=bool(cues.TARGET.search(text)),
                     unit=unit, money_scale=money_scale, unit_scale=unit_scale, currency=currency,
                     by_source=bool(states) and sources_only)
    return production_frame(av, intro, ctx, text, own_period)


def production_frame(av: ArticleView, intro: SentenceView, ctx: Context, text: str | None = None,
                     own_period: Period | None = None) -> Frame:
    """The frame of a list of output that `intro` introduces (`text`: its words, else the intro's
    own). A line of another list whose own words say it is output reads under it too (`line_topic`)."""
    text = intro.text if text is None else text
    kind = ("capacity" if cues.CAPACITY.search(text) or _SPEC_HEADING.search(text) else
            "plan" if cues.PLAN.search(text) or re.search(r"\b(?:roadmap|stages?|phases?)\b", text, I) else "actual")
    named = next(iter(intro.companies), None)
    company = named.name if named else ctx.company
    # where the figures are made: the site in force, else the named maker's home ("Silk Road
    # Tractors output, units" over a table)
    country = ctx.location[1] if ctx.location else av.main_country or (named.code if named else ctx.company_code)
    # "STAR is to turn out each year:": the lines are yearly rates, of no one period
    period = None if cues.PER_YEAR.search(text) else own_period or ctx.production_period
    # "Car production in Kazakhstan, thousand units:", "Output by plant, cars": the heading's unit
    # and scale are those of the bare figures under it
    unit, unit_scale = physical_heading(text, cues.PRODUCTION_UNITS)
    return Frame("production", period=period, unit=unit or ctx.production_unit, unit_scale=unit_scale,
                 company=company, country=country, target_kind=kind)


# --- the lines ----------------------------------------------------------------

_LABEL_NOISE = re.compile(r"^(?:the|a|an)\s+|[\s:;,.-]+$", I)
# A label that names a unit: "Tyres: 712,100", "Buses - 776"
_LABEL_UNITS = (("tyre", "tyres"), ("tire", "tyres"), ("tractor", "tractors"), ("combine", "combines"),
                ("wagon", "wagons"), ("locomotive", "locomotives"), ("car", "vehicles"), ("truck", "vehicles"),
                ("bus", "vehicles"), ("vehicle", "vehicles"), ("van", "vehicles"))


# goods sent to the state a label names: "Russian deliveries to Turkey", "Kazakh supplies of wheat to Iran"
_SENT_TO = re.compile(r"\b(?:deliveries|supplies|shipments|sales)\s+(?:of\s+[a-z]+\s+)?to\s+(?:the\s+)?$", I)
_OTHER_FLOW = {"export": "import", "import": "export"}
_FLOW_LABELS = (("export", "export"), ("import", "import"), ("turnover", "turnover"), ("trade", "turnover"))


def _flow_label(label: str) -> str | None:
    """ "Exports: $170 mln", "Turnover  $5.171 bln": the label names the flow."""
    low = label.lower()
    return next((flow for stem, flow in _FLOW_LABELS if stem in low), None)


@dataclass(frozen=True)
class Column:
    """What the figures of one column of a table are: a period, a flow, or a share/change."""
    period: Period | None = None
    flow: str | None = None
    skip: bool = False                   # shares, changes: not figures
    unit: str | None = None              # "Tonnes", "Cubic metres": the unit of the column's bare figures
    kind: str | None = None              # "Year  Output  Capacity": the kind of the column's output figures
    # "2017    2019    Jan-Sep 2023": the header names the part of a year where a column is one, so
    # its year columns are whole years, whatever part of a year the heading or the text is on
    spans_stated: bool = False


_WIDE_GAP = re.compile(r"\d\s{2,}|\d\t")
_CELL_GAP = re.compile(r"\s{2,}|\t+|\s*\|\s*")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_VALUE_CELL = re.compile(r"(?:value|amount|volume|sum)\b[^|]{0,20}", I)


def in_column_year(column: Period | None, heading: Period | None) -> Period | None:
    """A column headed by a year under a heading that names part of a year ("January-November, $ mln"
    over "2023   2022"): those months of the column's year."""
    if column is None or heading is None or column.precision != "year" or not is_part_year(heading) \
            or heading.start.year != heading.end.year:
        return column
    y = column.year
    return Period(in_year(heading.start, y), in_year(heading.end, y), y, heading.precision)


def column_period(column: Column | None, heading: Period | None) -> Period | None:
    """The period of a table figure in `column` under a table whose heading (or the text before) is
    on `heading`: see in_column_year, unless the header states the columns' spans itself."""
    if column is None:
        return None
    return in_column_year(column.period, None if column.spans_stated else heading)


# a column headed by a kind of output figure: "Output", "Production", "Capacity", "Plan", "Target"
_COLUMN_KINDS = (("capacity", re.compile(r"(?:design\s+|annual\s+|installed\s+)?capacity", I)),
                 ("plan", re.compile(r"(?:plan(?:ned)?|targets?|forecast|goal)(?:\s+output|\s+production)?", I)),
                 ("actual", re.compile(r"(?:actual\s+)?(?:output|production|produced|made|assembled)", I)))


def _column_kind(cell: str) -> str | None:
    return next((kind for kind, rx in _COLUMN_KINDS if rx.fullmatch(cell.strip())), None)


_PART_CELL = re.compile(r"(?:of\s+which|of\s+them|among\s+them|incl(?:uding|\.)?)\b")


_RULE_CHARS = frozenset("|-:+ \t")


def is_table_rule(text: str) -> bool:
    """A ruled line under a table's header ("|---|---|", "+-----+-----+", "---------  ------"): no
    row of its own; the header above it heads the rows below it."""
    return "---" in text and set(text.strip()) <= _RULE_CHARS


# a header cell over labels: the partner, country or goods each row names
_LABEL_CELL = re.compile(r"\b(?:partners?|country|countries|destinations?|origins?|suppliers?|buyers?|markets?"
                         r"|commodit(?:y|ies)|products?|goods)\b", I)


def table_columns(view: SentenceView) -> list[Column] | None:
    """The value columns of a table header line ("           Jan-Apr 2024    Jan-Apr 2023",
    "Country | Exports | Imports"), or None when the line is not one."""
    text = view.text
    if "  " not in text and "|" not in text and "\t" not in text:
        return None
    cells = [c for c in _CELL_GAP.split(text.strip()) if c]
    if len(cells) < 2 or any(c.isdigit() and len(c) != 4 for c in cells) or view.quantities:
        return None
    columns: list[Column] = []
    pos = 0
    last_is_column = False
    corner = False                       # the first cell, over the row labels, is a column
    for n, cell in enumerate(cells):
        start = text.find(cell, pos)
        pos = start + len(cell)
        period = next((p for s, e, p in view.periods if start <= s and e <= pos and p.start is not None), None)
        if period is None and _YEAR_CELL.fullmatch(cell):
            period = year_period(int(cell))     # "            2024      2023      change"
        low = cell.lower()
        if _LABEL_CELL.search(cell):
            # "Country", "Export partner": the cell heads labels, not figures; after a value column it
            # is a row's second label ("| Rank | Export partner | Exports | Import partner | Imports |")
            if columns:
                columns.append(Column(skip=True))
            last_is_column = False
            continue
        flow = _flow_label(cell)
        # shares and changes are not figures; nor, as the row's own figure, a part of it ("of which
        # heat-treated", "incl. exports to the EU"); nor is a balance ("Belarusian surplus", "Trade deficit")
        skip = bool(re.search(r"share|%|change|growth|y/y|yoy|surplus|deficit|balance", low) or _PART_CELL.match(low))
        # "Country | Tonnes", "Partner    Cubic metres    Value": a cell that is a unit heads figures in it
        unit = unit_at(cell, 0) if not (period or flow or skip) and len(cell.split()) <= 3 else None
        if unit in ("years", "months"):
            unit = None             # "Year    Output    Capacity": the cell heads the labels, not figures
        kind = _column_kind(cell) if not (period or flow or skip or unit) else None
        if kind:
            columns.append(Column(kind=kind))
            last_is_column = True
        elif period or flow or skip or unit or _VALUE_CELL.fullmatch(cell) or _MONEY_SCALE.fullmatch(cell.strip("() ")):
            columns.append(Column(period, flow, skip, unit))   # "Value", "Amount, $ mln": figures, nothing more
            last_is_column = True
            corner = corner or (n == 0 and not text[:1].isspace())
        else:
            last_is_column = False
    if corner and len(columns) >= 2 and columns[0].period is None and not columns[0].skip \
            and all(c.period is not None or c.skip for c in columns[1:]):
        # "Imports, $ million    H1 2023    H1 2024", "Tonnes | 2022 | 2023": the corner cell over the
        # row labels says what every period column holds (its flow, its unit); it is no column itself
        head = columns.pop(0)
        columns = [replace(c, flow=c.flow or head.flow, unit=c.unit or head.unit) for c in columns]
    if any(c.period is not None and is_part_year(c.period) for c in columns):
        columns = [replace(c, spans_stated=True) for c in columns]
    # one value column: over the values alone ("          2023"), or after the labels' own cell
    # ("Product      Value", "Partner | Amount, $ mln")
    if len(columns) < 2 and not (len(columns) == 1 and (len(cells) == 1 and text[:1].isspace()
                                                         or len(cells) == 2 and last_is_column)):
        return None
    return columns


def _label_unit(label: str) -> str | None:
    low = label.lower()
    for stem, unit in _LABEL_UNITS:
        if re.search(rf"\b{stem}s?\b", low):
            return unit
    return None


@dataclass(frozen=True)
class _Label:
    country: Ent | None
    company: Ent | None                  # the one company the label names
    period: Period | None
    text: str | None                     # the product, when the label names neither
    place: Ent | None = None             # "Kostanay (Allur): 12,738 units": the site
    companies: tuple[Ent, ...] = ()
    reporter: Ent | None = None          # "Turkey's exports to Kyrgyzstan": Turkey (the country is the partner)


# the side a label's flow goes to or comes from: "exports to X", "imports from X", "trade with X"
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?\Z", I)
# a state named as the owner of the flow: "Uzbek exports", "Russia's imports"
_OWN_FLOW_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:total\s+|overall\s+)?(?:exports?|imports?|purchases|sales|shipments"
                             r"|deliveries|supplies)\b", I)


def _label(view: SentenceView, line: Line) -> _Label:
    inside = lambda e: line.label_start <= e.start and e.end <= line.label_end
    states = [c for c in view.state_countries() if inside(c)]
    country, reporter = (states[0] if states else None), None
    if len(states) == 2:
        # "China's imports from Iran  $4.58 billion": two sides, the one after to/from/with is the partner
        partners = [c for c in states
                    if _PARTNER_BEFORE.search(view.text, max(line.label_start, c.start - 12), c.start)]
        if len(partners) == 1:
            country = partners[0]
            reporter = next(c for c in states if c is not country)
    if len(states) == 1 and not _PARTNER_BEFORE.search(view.text, max(line.label_start, country.start - 12), country.start) \
            and _OWN_FLOW_AFTER.match(view.text, country.end):
        country, reporter = None, country   # "Uzbek exports | $872.5 mln": the flow is the named state's
    companies = tuple(c for c in view.companies if inside(c))
    place = next((p for p in view.places if inside(p)), None)
    in_label = [p for s, e, p in view.periods if line.label_start <= s and e <= line.label_end]
    period = in_label[0] if in_label else None
    if len(in_label) == 2:
        period = in_column_year(in_label[0], in_label[1])     # "2024, January-October"
    text = _LABEL_NOISE.sub("", view.text[line.label_start:line.label_end].strip()) or None
    if country or companies or period or place:
        text = None
    return _Label(country, companies[0] if len(companies) == 1 else None, period, text, place, companies,
                  reporter)


def _figures(view: SentenceView, line: Line, columns: list[Column] | None) -> list[tuple[Quantity, Column | None]]:
    """The levels on the line, each with its table column: changes, shares and multipliers are
    not figures (in a table, the column says which are)."""
    text = view.text
    out = []
    cells = _value_cells(text, line.value_start) if columns else []
    by_cell = len(cells) == len(columns or ())
    for q in view.quantities:
        if q.start < line.value_start or q.unit_noun in MULTIPLIERS:
            continue
        if columns:
            # "2019 | 695 | - | -": a figure belongs to the column of its cell, empty cells
            # ("-", "n/a") included; without cells that line up, to the columns in order
            n = next((k for k, (s, e) in enumerate(cells) if s <= q.start < e), len(out)) if by_cell else len(out)
            column = columns[n] if n < len(columns) else None
            out.append((q, column))
        elif figure_role(text, q)[0] != CHANGE:
            out.append((q, None))
    return [(q, c) for q, c in out if not (c and c.skip) and (c or figure_role(text, q)[0] != CHANGE)]


def _value_cells(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of a table line's cells after its label."""
    out, pos = [], start
    for gap in _CELL_GAP.finditer(text, start):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(text.rstrip()):
        out.append((pos, len(text.rstrip())))
    return out


def _scaled(q: Quantity, frame: Frame, unit: str | None) -> Quantity | None:
    """A bare figure in the frame's unit: "26,970" of cars, "386.7" of "$ million"."""
    if q.is_money or q.unit:
        return q
    if frame.money_scale and not _SCALE_WORD.search(q.surface):
        return replace(q, value=q.value * frame.money_scale, unit="USD", is_money=True)
    if frame.currency and _SCALE_WORD.search(q.surface):
        return replace(q, unit="USD", is_money=True)        # "2.315 bln" under "(USD)"
    if unit:
        scale = frame.unit_scale if unit == frame.unit and not _SCALE_WORD.search(q.surface) else 1
        return replace(q, unit=unit, value=round(q.value * scale, 6))
    return None


_SITE_BEFORE = re.compile(r"\b(?:plant|factory|works|mill|capacity|to\s+(?:make|produce)|will\s+(?:make|produce|turn))\b",
                          I)
_TARGET_LABEL = re.compile(r"\b(?:targets?|goals?|plan(?:ned)?|forecasts?|projections?|projected|expected)\b", I)
# between a figure and its own period: "$3.2 billion in 2022", "$4.1 bln (2020)", "13,700 in November"
_PERIOD_RIGHT_AFTER = re.compile(r"\s*(?:\(\s*|,\s*)?(?:(?:in|during|for|over)\s+)?(?:the\s+)?", I)


def trade_on_line(av: ArticleView, view: SentenceView, line: Line, frame: Frame, flow_of,
                  columns: list[Column] | None = None) -> list[TradeCandidate]:
    """Trade figures of one list line under `frame`. `flow_of(text, q, offset)` reads a flow cue on
    the line itself ("imports from Moldova came to $230,000"), which wins over the frame's; a
    table's `columns` give each figure its period or flow."""
    label = _label(view, line)
    text = view.text
    label_flow = _flow_label(text[line.label_start:line.label_end])
    if label_flow is None and label.country is not None and _SENT_TO.search(text, line.label_start, label.country.start):
        label_flow = "export"       # "Russian deliveries to Turkey in August: $6.3 bln"
    # "2024, revised target    75.0", "Plan for 2025: $2 bln"
    label_is_target = bool(_TARGET_LABEL.search(text, line.label_start, line.label_end))
    out = []
    prev_end = line.value_start
    for q, column in _figures(view, line, columns):
        if column is not None and q.is_money and _WIDE_GAP.search(q.surface):
            # "1,200,000      $96 million": the next cell's currency sign is not this figure's
            q = replace(q, is_money=False, unit=None)
        q = _scaled(q, frame, (column.unit if column else None) or frame.unit)
        if q is None or not (q.is_money or q.unit in cues.TRADE_PHYSICAL_UNITS) \
                or cues.MONEY_BLOCK.search(text, line.label_start, q.start) \
                or (q.is_money and cues.MONEY_BLOCK_AFTER.match(text[q.end:q.end + 40])) \
                or (not q.is_money and _SITE_BEFORE.search(text, line.value_start, q.start)):
            # "a $649 million project", "a plant ... about 100,000 tonnes a year": what a deal
            # costs or a site makes, not trade
            prev_end = q.end if q is not None else prev_end
            continue
        own_flow = (column.flow if column and column.flow else None) or flow_of(text, q, line.value_start) or label_flow
        flow = own_flow or frame.flow
        partner = label.country.code if label.country else frame.partner
        if columns and (cell := next((c for c in reversed(view.state_countries())
                                      if prev_end <= c.start and c.end <= q.start), None)) is not None:
            partner = cell.code     # "| China | 476.3 | Turkey | 1 407.0 |": the label cell before the figure
        reporter = label.reporter.code if label.reporter else frame.reporter
        if label.reporter and not label.country and partner == reporter:
            partner = frame.reporter        # "Kazakh imports" under "Uzbekistan - Kazakhstan"
        if label.country and not label.reporter and partner == reporter and frame.partner:
            reporter = frame.partner        # "Imports from China" under a China - Belarus list: Belarus's
        if partner == reporter:
            partner = None
        if label.reporter and label.country and flow in _OTHER_FLOW and frame.reporter == partner \
                and frame.by_source:
            # "- Russian deliveries to Turkey: $6.3 bln" among Turkish statistics: told from the side of the
            # state the list reports, Turkey's imports from Russia
            reporter, partner, flow = partner, reporter, _OTHER_FLOW[flow]
        # "Turkey: turnover $4.1 bln (Jan-Nov 2020: $3.9 bln)": a period right before a figure is its own
        # "Uzbek figures: $3.2 billion in 2022, down from $3.4 billion in 2021": right after it
        own = next((p for s, e, p in view.periods if _PERIOD_RIGHT_AFTER.fullmatch(text, q.end, s)
                    and p.start is not None and not text.startswith(":", e)), None)
        if own is None:
            own = next((p for s, e, p in view.periods if prev_end <= s and e <= q.start and p.start is not None),
                       None)
        # ("2022    364.4" under "First-half trade, $ million": the first half of the label's year)
        period = own or column_period(column, frame.period) or in_column_year(label.period, frame.stated_period) \
            or frame.period
        if own is None and out and frame.base_period is not None and text[:q.start].rstrip().endswith("("):
            period = frame.base_period      # "- China - 355,000 tons (304,000)" under "(2023 in brackets)"
        elif own is None and out and column is None and figure_role(text, q)[0] == BASE:
            # "- exports: $455.7 million, against $410.9 million a year earlier": the base is the
            # level's period, years back
            level = out[-1]
            period = shift_years(Period(level.period_start, level.period_end, None, None),
                                 -years_back(text[q.end:])) or period
        period = in_fiscal_year(period, reporter, partner)
        prev_end = q.end
        out.append(TradeCandidate(
            sentence_no=view.no, evidence=text, reporter_country_code=reporter, partner_country_code=partner,
            company_name=label.company.name if label.company else None, flow=flow,
            product=None if label.country or label_flow else label.text, amount=q.value, unit=q.unit or "units",
            is_money=q.is_money, qualifier=q.qualifier,
            period_start=period.start if period else None, period_end=period.end if period else None,
            is_target=frame.is_target or label_is_target, range_bound=q.range_bound))
    return out


# "Trade between the neighbours", "turnover between them": the pair of the text before
_BETWEEN_THEM = re.compile(r"\bbetween\s+(?:the\s+(?:two\s+)?(?:neighbou?rs|partners|countries|states|nations|sides)"
                           r"|them|both)\b", I)


# a speaker's "our trade" at a meeting of two states: the pair's ("Our trade has been growing fast,"
# the deputy prime minister said); not "our foreign trade", nor "our trade with Japan" (a side named)
_OUR_TRADE = re.compile(r"\bour\s+(?:(?:mutual|bilateral|two-way)\s+)?(?:trade|turnover)\b(?!\s+with\b)", I)


def _of_the_pair(av: ArticleView, intro: SentenceView, text: str) -> bool:
    """The intro, or the figure-less sentence right before it in its paragraph, says the trade is
    between the two sides in force ("Trade between the neighbours has grown. Russian data show:")."""
    if cues.TWO_SIDES.search(text) or _BETWEEN_THEM.search(text) or _OUR_TRADE.search(text):
        return True
    if intro.no == 0 or not text.rstrip().endswith(":"):
        return False
    before = av.sentences[intro.no - 1]
    return before.paragraph == intro.paragraph and not before.quantities \
        and bool(cues.TWO_SIDES.search(before.text) or _BETWEEN_THEM.search(before.text)
                 or _OUR_TRADE.search(before.text))


def sum_of_flows(row: TradeCandidate, earlier: list[TradeCandidate]) -> TradeCandidate:
    """A turnover line with no partner of its own, under lines of exports to and imports from one
    same partner, is that pair's total ("- exports to Iran: $3 bln", "- imports from Iran: $2 bln",
    "- total turnover: $5 bln"); a list of partners, or of one flow only, leaves it alone."""
    if row.partner_country_code is not None or row.flow != "turnover" or not earlier:
        return row
    same = [r for r in earlier if r.reporter_country_code == row.reporter_country_code]
    partners = {r.partner_country_code for r in earlier}
    if len(partners) == 1 and None not in partners and len(same) == len(earlier) \
            and {"export", "import"} <= {r.flow for r in same}:
        return replace(row, partner_country_code=partners.pop())
    return row


def pair_in_force(rows: list[TradeCandidate]) -> tuple[str | None, str | None]:
    """The sides a list of trade figures leaves in force for the text after it: its reporter, and
    its partner only when every line has the same one ("- exports to Iran: $3 bln", "- imports
    from Iran: $2 bln", "- total: $5 bln"); a list of partners ("- China: $615 mln", "- Russia: $610 mln") leaves the
    reporter's trade with all of them."""
    partners = {r.partner_country_code for r in rows} - {None}
    return rows[-1].reporter_country_code, partners.pop() if len(partners) == 1 else None


def plants_on_line(view: SentenceView, line: Line) -> list[PlantCandidate]:
    """ "Semey (SemAZ, Daewoo Bus Kazakhstan): 907 vehicles": a site of each company named with its place."""
    label = _label(view, line)
    if label.place is None:
        return []
    return [PlantCandidate(view.no, view.text, None, c.name, label.place.name, label.place.code)
            for c in label.companies]


# What a line's own words before its figure say the figure is, over what its heading says ("Project in
# figures" over "- plant capacity: 180,000 tonnes a year", "- output planned for 2018: 70,000 tonnes",
# "- 2019: the plant planned output of 52,447 tonnes", "- 2017: the mill produced 40,000 tonnes").
_LINE_PLAN = re.compile(r"\b(?:due|scheduled|slated|planned|plans?|targets?|targeted|goals?|forecasts?|projected"
                        r"|projections?|expected|envisaged|intended|to\s+be\s+(?:built|launched|commissioned|opened))\b", I)
_MADE_VERBS = r"produced|manufactured|built|assembled|made|turned\s+out|rolled\s+out|mined|dug|smelted|extracted"
_LINE_ACTUAL = re.compile(rf"(?<![-\w])(?:{_MADE_VERBS}|actual(?:ly)?)\b(?!-)", I)
# A verb or noun of making on a list line, against a word of trade (cues.NOT_OUTPUT): "- 2019: 40,000
# tractors produced", "- 2011: 59,000 machines made and sold" against "- 2021: exports grew to 36,000
# tractors", "- 2020: 12,000 buses shipped abroad"
_LINE_MADE = re.compile(rf"(?<![-\w])(?:{_MADE_VERBS}|output|production)\b(?!-)", I)


def line_topic(text: str, start: int) -> str | None:
    """What a list line's own words after its label (from `start`) say its figures are: 'production'
    or 'trade', whichever word comes first ("made and sold" is output; "exports grew by 24% to 36,000
    tractors" is not), else None (the list's frame says)."""
    made = _LINE_MADE.search(text, start)
    traded = cues.NOT_OUTPUT.search(text, start)
    if made is None and traded is None:
        return None
    if traded is None or (made is not None and made.start() < traded.start()):
        return "production"
    return "trade"


# a line naming a site, its figure a yearly rate: "- second line, due in 2026: 60,000 cars a year",
# "- rolling mill: 105,000 tonnes per year": what the site can make
_LINE_SITE = re.compile(r"\b(?:plants?|factory|factories|mills?|lines?|shops?|workshops?|units?|complex|smelter"
                        r"|refinery|facility|facilities|works|stage|phase)\b", I)
# a figure that counts its own noun, not the heading's unit: "three product types and 19 grades",
# "12 models", "4 shifts" (a generic count noun is still the things made: "1,200 machines")
_OWN_NOUN = re.compile(r"\s+([a-z][a-z-]*)")
_COUNT_NOUNS = frozenset("machines pieces pcs items sets units copies kits".split())


def line_kind(text: str, q: Quantity, frame_kind: str) -> str:
    """The kind of figure `q` on a list line from the line's own words before it: a capacity
    word, then a plan word, then a past verb of making; a site named with a yearly rate after
    the figure is what the site can make; else the heading's kind."""
    lead = text[:q.start]
    if cues.CAPACITY.search(lead):
        return "capacity"
    if _LINE_SITE.search(lead) and not _YEAR_IN.search(lead) and cues.PER_YEAR.search(text, q.end, q.end + 40):
        return "capacity"
    if _SITE_SIZED.search(lead) and cues.PER_YEAR.search(text, q.end, q.end + 40):
        return "capacity"           # "2016 - a chipboard line of 725,000 m3 a year": the site's rate, from that year
    if _LINE_PLAN.search(lead) or cues.PLAN.search(lead):
        return "plan"
    if _LINE_ACTUAL.search(lead):
        return "actual"
    return frame_kind


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SITE_SIZED = re.compile(r"\b(?:plant|factory|mill|line|shop|workshop|unit|complex|smelter|refinery|facility|kiln"
                         r"|stage|phase)\s+(?:of|for|with\s+a\s+(?:capacity|throughput)\s+of)\s+"
                         r"(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over)\s+)?$", I)
# a place named as an administrative area, not a town: "Kostanay region", "Navoi oblast", "Sughd province"
_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|district|governorate|county|prefecture|territory"
                           r"|velayat|viloyat|marz|rayon|area)\b", I)


def _counts_own_noun(text: str, q: Quantity) -> bool:
    """"19 grades" after "180,000 tonnes a year": a bare number with a noun of its own."""
    if q.unit or q.unit_noun or q.is_money:
        return False
    m = _OWN_NOUN.match(text, q.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in _COUNT_NOUNS and not is_bare(text, q) and word.lower() not in SCALES


def line_value_period(view: SentenceView, value_start: int, q: Quantity) -> Period | None:
    """The period a list line's value part gives figure `q`: the one labelling it ("5 t (2015: 4.5 t)":
    2015 is the 4.5's), else the first that labels no other figure ("5 t in 2016")."""
    periods = [(s, e, p) for s, e, p in view.periods if s >= value_start and p.start is not None]
    own = next((p for s, e, p in periods if e <= q.start and labels_figure(view.text, e, q.start)), None)
    if own is not None:
        return own
    return next((p for s, e, p in periods if not any(
        labels_figure(view.text, e, o.start) for o in view.quantities if o.start >= e)), None)


def production_on_line(av: ArticleView, view: SentenceView, line: Line, frame: Frame,
                       columns: list[Column] | None = None) -> list[ProductionCandidate]:
    """Production figures of one list line under `frame` (and a table's `columns`)."""
    label = _label(view, line)
    text = view.text
    if _flow_label(text[line.label_start:line.label_end]):
        return []                   # "- Exports, 2021: 25.9 mln units" among key figures: not output
    unit = _label_unit(view.text[line.label_start:line.label_end]) or frame.unit
    out = []
    for q, column in _figures(view, line, columns):
        if q.is_money or _counts_own_noun(text, q):
            continue
        # the heading's scale goes with the line's own unit ("Tractors  8  9.5" under "thousand units")
        q = _scaled(q, replace(frame, money_scale=None, unit=unit), unit)
        if q is None:
            continue
        q_unit = unit_of(text, q) or q.unit
        if q_unit not in cues.PRODUCTION_UNITS and not (
                q_unit in cues.RATE_ONLY_UNITS and (frame.target_kind == "capacity" or cues.PER_YEAR.search(text))):
            continue
        if unit and (q.unit_noun or "").lower() in ("unit", "units"):
            q_unit = unit                   # "Tyres: 712,100 units" counts tyres
        own = line_value_period(view, line.value_start, q)
        # ("2022    364.4" under "First-half trade, $ million": the first half of the label's year)
        period = own or column_period(column, frame.period) or in_column_year(label.period, frame.stated_period) \
            or frame.period
        if own is None and out and column is None and period is not None and figure_role(text, q)[0] == BASE:
            # "- Zinc, total: 256.9 kt vs 291.4 kt" under "Key figures, 2022 vs 2021": the base is the
            # level's period, years back
            level = out[-1]
            period = shift_years(Period(level.period_start, level.period_end, None, None) if level.period_start
                                 else period, -years_back(text[q.end:])) or period
        kind = column.kind if column and column.kind else line_kind(text, q, frame.target_kind)
        if period is not None and period.start and av.published and period.start > av.published:
            kind = "plan" if kind == "actual" else kind
        per_year = bool(cues.PER_YEAR.search(text, line.value_start))
        year = period_year(period) if period and not per_year and not (kind == "actual" and spans_years(period)) \
            else None
        if year is None and per_year and kind != "actual" and label.period is not None \
                and label.period.precision == "year":
            year = label.period.year    # "2016 - a line of 725,000 m3 a year": the rate from the year the line says
        part = period is not None and is_part_year(period) and not per_year
        basis = "total" if part or (period is not None and year is None and not per_year) else "annual"
        # "Kostanay region   330": a region's total, no site in it ("Karaganda region (QazTehna): 242
        # buses" is the named operator's site there)
        site = label.place if label.place and (label.companies or not _REGION_AFTER.match(text, label.place.end)) \
            else None
        company = label.company.name if label.company else (
            None if label.companies or state_makes(view, q) else frame.company)
        country = (label.country.code if label.country else label.place.code if label.place else frame.country)
        out.append(ProductionCandidate(
            sentence_no=view.no, evidence=text, quantity=q.value, unit=q_unit, qualifier=q.qualifier,
            company_name=company, plant_city=site.name if site else None, country_code=country,
            target_year=year,
            period_start=period.start if period and basis == "total" else None,
            period_end=period.end if period and basis == "total" else None,
            basis=basis, target_kind=kind, product=label.text, range_bound=q.range_bound))
    return out
