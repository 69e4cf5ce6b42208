"""Production figures (plan, capacity, actual output) and the plants behind them.

A figure is a physical quantity (vehicles, tonnes, tyres, tractors, units)
in a sentence that talks about producing: a production verb or noun, a
capacity phrase, or the sentence right after one that stated output (the
breakdown "Passenger cars made up 13,725 units"). The cue nearest before the
figure decides plan / capacity / actual; the period after it (else before
it) gives the year; the place in the sentence, else the site under
discussion, else the article's country, gives where production happens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extraction import lexicon
from extraction.facts import cues
from extraction.facts.common import (Context, choose_period, clause_bounds, coordinated_unit, has_scale, is_bare,
                                    is_part_year, last_match, location_countries, misstated_spans, nearest,
                                    percent_spans, period_year, shift_years, spans_years, unit_of)
from extraction.facts.context import ArticleView, SentenceView
from extraction.facts.roles import BASE, CHANGE, figure_role, years_back
from extraction.records import Period, PlantCandidate, ProductionCandidate, Quantity
from extraction.seeds import read_seed

# the number of an ordinal, its thousands grouped by commas or by (thin, no-break) spaces: "30,000th", "30 000th"
# or by a scale word: "200 thousandth"
_ORDINAL_NUMBER = r"\b(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[ \u00a0](?:thousand|million))?)(?:st|nd|rd|th)\s+"
_ORDINAL_COUNT = re.compile(
    _ORDINAL_NUMBER + r"(?:[\w-]+\s+){0,3}?"
    r"(car|vehicle|tractor|truck|bus|unit|engine|tyre|tire)s?\b")
# "the 30,000th Tenet had left the line", "the 10,000th HAVAL built in the country": a milestone
# named by its brand, the verb saying it was made
_ORDINAL_BRAND = re.compile(
    _ORDINAL_NUMBER + r"(?:[A-Z][\w-]*\s+){1,2}(?:[\w-]+\s+){0,2}?"
    r"(?:(?:had|has|was)\s+)?(?:(?:been\s+)?(?:built|made|produced|assembled|manufactured|rolled\s+out)"
    r"|(?:left|came\s+off|rolled\s+off|come\s+off|roll\s+off)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:lines?|conveyors?))\b")
# What every ordinal count contains ("10,000th"); a much cheaper scan than the full pattern.
_ORDINAL_DIGIT = re.compile(r"\d(?:st|nd|rd|th)|\d[ \u00a0](?:thousand|million)th")
_ORDINAL_UNITS = {"car": "vehicles", "vehicle": "vehicles", "truck": "vehicles", "bus": "vehicles",
                  "tractor": "tractors", "unit": "units", "engine": "units", "tyre": "tyres", "tire": "tyres"}
_SPEC_JOIN = re.compile(r"\s*(?:[a-z]+\s+)?(?:and|or|to|,)\s+|\s*[-\u2013]\s*", re.I)
# when a site or a stage of it started or was built: "opened in 2019", "built in 2018-2020"
_STARTS_IN = re.compile(r"\b(?:start|begin|launch|open|commission|built|buil[dt]|construct|complet|erect)\w*\s+"
                        r"(?:\w+\s+)?(?:in|by|from|between)\s+$", re.I)
# a rate for less than a year, which no annual figure states: "1,600 machines a day", "two shifts a week"
_SHORT_RATE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:an?|per|each|every)\s+(?:day|shift|hour|week|month)\b"
                         r"|\s+(?:[\w-]+\s+){0,4}?(?:daily|hourly|weekly|monthly)\b(?!\s+(?:output|production|capacity))",
                         re.I)
_SHORT_RATE_BEFORE = re.compile(r"\b(?:daily|hourly|weekly|monthly)\s+(?:output|production|capacity|rate)\s+"
                                r"(?:\w+\s+){0,3}?$", re.I)
# a verb in the past tense that states output
_PAST_MADE = re.compile(r"(?<![-\w])(?:produced|manufactured|built|assembled|made|turned\s+out|rolled\s+out|put\s+together"
                        r"|mined|dug|extracted|yielded|smelted"
                        # a level told in the past: "fourth-quarter output came to 5,795 tonnes"
                        r"|(?:output|production)\s+(?:came\s+to|amounted\s+to|totall?ed|stood\s+at|reached|was))"
                        r"\s+(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$",
                        re.I)
# the passive that follows its figures: "more than 1,700 tractors and 2,600 units of other machinery,
# trailers included, can be put together in a year"
_CAN_BE_MADE = re.compile(r"\b(?:can|could)\s+(?:\w+\s+)?be\s+(?:produced|built|made|assembled|manufactured"
                          r"|turned\s+out|put\s+together|processed)\b", re.I)
_AT_HOME = re.compile(r"\b(?:at\s+home|domestically|in\s+its\s+home\s+(?:country|market))\b", re.I)
# a part of things named before: "100 of the tractors had been built"
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(cars|vehicles|trucks|buses|vans|sedans|crossovers|SUVs|pickups|tractors|combines|tyres|tires"
                      r"|wagons|locomotives)\b", re.I)
_PART_OF_UNIT = {"tractor": "tractors", "combine": "combines", "tyre": "tyres", "tire": "tyres", "wagon": "wagons",
                 "locomotive": "locomotives"}
# a figure whose noun is left out, the verb saying it was made: "when 282.2 thousand came off the
# lines", "but only 270 left the line", "37,000 of them in 2022", "1.18 million of them"
_MADE_WORDS = r"built|made|produced|assembled|manufactured|turned\s+out|rolled\s+out"
_ELLIPTICAL_AFTER = re.compile(
    rf"\s+(?:of\s+them\b(?=\s*(?:[,.;)]|$|(?:in|during|over|for|last|this|were\s+(?:{_MADE_WORDS})"
    rf"|came\s+off|rolled\s+off|left)\b))|(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:{_MADE_WORDS})\b"
    r"|(?:left|came\s+off|rolled\s+off)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:lines?|conveyors?)\b)", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
_YEAR_LIKE = re.compile(r"1[3-9]\d\d|20\d\d")
_YEAR_LEAD = re.compile(r"\b(?:of|in|since|from|until|by|year)\s+$", re.I)
# "planned to build 1,200 cars in 2016, but only 270 left the line": the contrast is for the same period
_CONTRAST_BEFORE = re.compile(r"\bbut\s+(?:only|just|merely|barely)\s+$", re.I)
# between two figures of one enumeration: the first one's product, then a comma or "and"
_ENUMERATED = re.compile(r"(?:\s+(?:of\s+)?(?!(?:in|by|to|from|and|but|was|were|is|are|will)\b)[A-Za-z][\w-]*){0,4}"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.I)
# a stretch of running time that ends about when the article is written: "in four months of
# operation the plant turned out 206 machines", "during its first six weeks of work"
_RUN_TIME = re.compile(
    rf"\b(?:in|during|over|within)\s+(?:(?:its|their|the)\s+)?(?:first\s+)?(\d{{1,2}}|{lexicon.alternation(lexicon.COUNT_WORDS)})"
    r"\s+(months?|weeks?)\s+(?:of\s+(?:operation|operations|work|production|running)|since\s+(?:the\s+|its\s+)?"
    r"(?:launch|opening|start(?:-up)?|commissioning))\b", re.I)
# the first end of a range before its second: "a payload of [1 to ]1.5 tonnes", "weighing [8-]12 tonnes"
_RANGE_START = re.compile(r"\d[\d.,]*\s*(?:to|and|-|\u2013|\u2014)\s*$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|-|\u2013|\u2014)\s*")
# (a predicate of need opens a clause of its own: "made 1.4 million tonnes and still had to import more")
_NEXT_CLAUSE = re.compile(r",|;|\band\s+(?:[\w-]+\s+){0,3}?(?:exported|sold|shipped|delivered|imported)\b"
                          r"|\band\s+(?:(?:still|also|then|so|yet)\s+)?(?:had|has|have|need|needs|needed)\s+to\b", re.I)
_BY_END = re.compile(r"\bby\s+(?:the\s+)?end(?:\s+of)?\s*(?:the\s+)?$|\bby\s+end-$", re.I)
_BY_POINT = re.compile(r"\bby\s+(?:(?:early|mid|late|the\s+(?:start|beginning|middle)\s+of)[- ]?\s*)?$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$|\bfrom\s+$", re.I)
_SINCE_START = re.compile(r"(?:since|from)\b", re.I)
_PRODUCT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:of\s+)?((?:[A-Za-z][\w-]*\s+){0,3}(?:cars|vehicles|trucks|buses"
                      r"|tractors|tyres|tires|components|gearboxes|castings|units|sedans|SUVs|steel|cement))\b")


_FIGURE_IN_PLACE = re.compile(r"(?:\s+(?!(?:and|but|or|while|which|after|before|than|from|to)\b)[A-Za-z][\w'\u2019-]*)"
                              r"{0,6}?\s+(?:in|at|near)\s+(?:the\s+)?", re.I)


# a model's name right after a bare figure, the end of its item after it
_MODEL_AFTER = re.compile(r"\s+([A-Z][\w-]*)(?:\s+[A-Z0-9][\w-]*)?(?=\s*(?:[,;.)]|$|\s+(?:and|or|in|at|a|per|were|was)\b))")
_NOT_MODEL = {w.lower() for w in (*lexicon.MONTHS, *lexicon.MONTH_ABBREVIATIONS, *lexicon.WEEKDAYS)}


# the goods of a figure, named after it: "3.3 million tonnes of steel", "one billion kWh of electricity",
# "2.5 million tonnes of iron ore concentrate" (every product seeds/product_categories.csv knows)
_KNOWN_GOODS_OF = re.compile(r"(?:[\s-]+[A-Za-z][\w.]*)?\s+of\s+(?:[a-z][\w-]*\s+){0,2}?(?:%s)\b" % "|".join(
    r["pattern"] for r in read_seed("product_categories")), re.I)


def _goods_plan(view: SentenceView) -> bool:
    """A sentence that states a plan by its goods alone (`cues.GOODS_PLAN`), with no word of trade,
    transport, stock or use, and a figure of goods the seeds know."""
    return view.has(cues.GOODS_PLAN) and not view.contains_any(cues.TRADE_STEMS) and not view.has(cues.NOT_MADE) \
        and any(not q.is_money and _KNOWN_GOODS_OF.match(view.text, q.end) for q in view.quantities)


@dataclass
class _Figure:
    q: Quantity
    unit: str
    index: int
    site_size: bool = False     # "a 2.3 million tonnes-per-year plant": what the site can make
    site_for: bool = False      # "an assembly shop for 10,000 engines a year": what the site is built for
    goods: str | None = None    # the goods a verb of making counts, when no unit names them


# A figure that sizes the site named after it: "a 2.3 million tonnes-per-year plant", "a 1.2 million
# tonne plant", "a 10,000-car plant", "a 1 million-tonne second stage", "a 3,000-tonne kiln".
_SITE_SIZE = re.compile(
    r"[\s-]*(?:(tonnes?|tons?)|cars?|vehicles?|trucks?|buses|tyres?|tires?|tractors?|units?)"
    r"(?:[\s-]+(?:per|a)[\s-]+(?:year|annum))?[\s-]+(?:(?!(?:at|in|of|for|by|its|their|the|a|an|to|on|with|from)\b)"
    r"[a-z][\w-]*\s+){0,2}?(?:plant|factory|mill|facility|complex"
    r"|works|(?:production\s+|assembly\s+)?lines?|stage|phase|kiln|smelter|refinery)\b", re.I)
# A power plant's installed capacity in megawatts (cues.POWER_UNITS): no output, and stated so in
# many a passing remark (a project list, a contractor's other work), so read only where a story of
# the plant states it: after "installed capacity", or in the lead as the plant's size ("the 884 MW
# Suki Kinari hydropower plant", "brought the plant to its full 1,320 MW", "a capacity of 100 MW")
_POWER_SITE = re.compile(r"[\s-]*(?:MW|megawatts?|GW|gigawatts?)(?:[\s-]+(?!(?:of|in|at|for|by|and|to|with|from)\b)"
                         r"[\w'\u2019-]+){0,4}?[\s-]+(?:(?:power\s+)?plants?|(?:power\s+)?stations?|projects?|facility"
                         r"|facilities|farms?|parks?|HPP|TPP|CHP|HPS|dam)\b")
_POWER_STEMS = ("megawatt", "gigawatt", "mw", "gw")
_POWER_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity|capacities|rated)\s+(?:(?:of|at|to|is|was|will\s+be|reach(?:es|ed)?|stands?\s+at|has\s+stood\s+at)\s+)?"
    r"(?:(?:about|around|some|up\s+to|more\s+than|over|nearly|almost)\s+)?$"
    r"|\b(?:brought|bring|brings|bringing|raised|raises|took|takes|lifted|lifts)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plant|station|capacity)\s+to\s+(?:its\s+)?(?:full\s+)?$", re.I)
_INSTALLED_BEFORE = re.compile(r"\binstalled\s+(?:[a-z]+\s+){0,2}capacit(?:y|ies)\b[^.;$\d]{0,40}$", re.I)
_MACHINES = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?machines\b")
_SITE_SIZE_ANY = re.compile(r"\d(?:\s+(?:million|thousand|mln))?" + _SITE_SIZE.pattern, re.I)
_SITE_SIZE_UNIT = {"tractor": "tractors", "tyre": "tyres", "tire": "tyres", "unit": "units"}
# a qualifier of a figure: "up to 60,000", "about 5,000"
_APPROX = r"(?:(?:up\s+to|about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?"
# A site built for a yearly number of things: "an assembly shop for 10,000 engines a year", "a plant
# for up to 60,000 cars annually", "lines for about 5,000 tractors per year"
_SITE_FOR = re.compile(
    r"\b(?:plants?|factory|factories|facility|facilities|mill|works|shops?|workshops?|lines?|complex|smelter"
    r"|refinery|enterprise)\s+(?:(?:in|at|near)\s+(?:[\w-]+\s+){1,4}?)?for\s+" + _APPROX + r"$",
    re.I)
_SITE_FOR_ANY = re.compile(_SITE_FOR.pattern[:-1] + r"\d", re.I)
# a site raised to a yearly rate: "should bring the plant to 120 thousand tonnes of ammonia a year",
# "will take the mill to 500,000 tonnes annually", "to expand the factory to 60,000 cars a year"
_SITE_TO = re.compile(
    r"\b(?:bring|brings|brought|bringing|raise[sd]?|raising|take[sn]?|took|taking|expand(?:s|ed|ing)?"
    r"|lift(?:s|ed|ing)?)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:plant|factory|mill|works|facility"
    r"|complex|smelter|refinery|enterprise|line|kiln)(?:['\u2019]s\s+(?:[\w-]+\s+)?capacity)?"
    r"\s+to\s+" + _APPROX + r"$", re.I)
_SITE_TO_ANY = re.compile(_SITE_TO.pattern[:-1] + r"\d", re.I)
# the site was built or designed for the figure: its size, with or without "a year" ("we built the
# plant for 30,000 cars", "the line was designed for 5,000 tractors")
_BUILT_FOR = re.compile(r"\b(?:built|designed|planned|conceived|sized|equipped|laid\s+out|set\s+up)\s+(?:(?:the|a|an|its"
                        r"|our|their|this|that|each)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# the passive: "the plant was built for 60,000 cars", "the line has been equipped for 5,000 tractors"
_SITE_BUILT_FOR = re.compile(
    r"\b(?:plant|factory|facility|mill|works|shop|workshop|line|complex|smelter|refinery)\s+(?:(?:was|were|is|are"
    r"|has\s+been|had\s+been|have\s+been)\s+)(?:(?:originally|initially|first)\s+)?(?:built|set\s+up|equipped|sized"
    r"|planned|laid\s+out)\s+for\s+" + _APPROX + r"$", re.I)


def _power_capacity(text: str, q: Quantity, lead: bool) -> bool:
    """Whether a figure in megawatts states a power plant's capacity where a story of the plant states it."""
    before = text[max(0, q.start - 80):q.start]
    return _INSTALLED_BEFORE.search(before) is not None or lead and (
        _POWER_SITE.match(text, q.end) is not None or _POWER_CAPACITY_BEFORE.search(before) is not None)


def _figures(view: SentenceView, ctx: Context, claimed: set[int], has_prod_cue: bool,
             lead: bool = False) -> list[_Figure]:
    text = view.text
    out: list[_Figure] = []
    last_unit: str | None = None
    made_unit: str | None = None        # the unit of the last production figure, across money
    money_since = False                 # money came between it and this figure
    spec_end: int | None = None         # end of the last figure that described a product
    for i, q in enumerate(view.quantities):
        if q.is_money:
            last_unit = None
            money_since = True
            continue
        if cues.PRODUCT_SPEC.search(text[max(0, q.start - 45):q.start]) \
                or cues.PRODUCT_LABEL.search(text, max(0, q.start - 12), q.start) or (
                spec_end is not None and _SPEC_JOIN.fullmatch(text, spec_end, q.start)):
            # "engines of 1.5 litres and 2.0 litres": what a product is; no unit for a bare figure after it
            last_unit, spec_end = None, q.end
            continue
        spec_end = None
        if q.unit in cues.POWER_UNITS:
            if i not in claimed and _power_capacity(text, q, lead):
                out.append(_Figure(q, q.unit, i, True))
            last_unit = None
            continue
        size = _SITE_SIZE.match(text, q.end)
        if size is not None:
            noun = size.group().strip(" -").split()[0].split("-")[0].lower().rstrip("s")
            unit = "tonnes" if size.group(1) else _SITE_SIZE_UNIT.get(noun, "vehicles")
            last_unit = unit
            if i not in claimed:
                out.append(_Figure(q, unit, i, True))
            continue
        unit = unit_of(text, q)
        if unit is None and not q.unit and _MACHINES.match(text, q.end):
            unit = "units"          # "200 agricultural machines a year" (a plant's word for its tractors)
        goods = made_goods(text, q) if unit is None else None
        if goods is None and unit is None and out and out[-1].goods:
            goods = _listed_goods(text, out[-1].q, q)
        if goods is not None:
            unit = "units"          # "turns out about 1,300 vacuum cleaners a day": goods of any name
        if unit is None and i + 1 < len(view.quantities):
            following = view.quantities[i + 1]
            unit = coordinated_unit(text, q, following)
            if unit is None and _RANGE_JOIN.fullmatch(text, q.end, following.start):
                unit = unit_of(text, following) or "range"     # "from 13 to 24 inches": both ends are inches
        if unit is None and not q.unit and not q.unit_noun:
            m = _PART_OF.match(text, q.end)
            if m is not None:       # "100 of the tractors", "50,000 of the sedans"
                unit = _PART_OF_UNIT.get(m.group(1).lower().rstrip("s"), "vehicles")
        if unit is None and _YEAR_LIKE.fullmatch(q.surface) and _YEAR_LEAD.search(text, max(0, q.start - 12), q.start):
            continue                # "in the same period of 1401": a year of another calendar, no count
        elliptical = not q.unit and not q.unit_noun and _ELLIPTICAL_AFTER.match(text, q.end) is not None
        if unit is None and (elliptical or is_bare(text, q)):
            if last_unit:
                unit = last_unit
            elif _OF_THEM.match(text, q.end) and ctx.stated_unit and view.no - ctx.stated_unit[0] == 1:
                unit = ctx.stated_unit[1]   # "... 1,300 vacuum cleaners a day. Last year we made 364,000 of them."
            elif money_since and made_unit and (cues.PER_YEAR.match(text, q.end + 1) or figure_role(text, q)[0] == BASE):
                # "rose to 310 units, worth 14.3 billion tenge, up from 150 in 2019": the base after the
                # money counts the same things
                # "to 200,000 electric vehicles a year, and the third, requiring another $500 million, to
                # 500,000 a year": a rate after money still counts the things made before it
                unit = made_unit
            elif has_scale(q) and ctx.production_unit \
                    and view.no - ctx.production_sentence <= (2 if has_prod_cue else 1) \
                    and all(p.is_money for p in view.quantities[:i]):
                # "Its figure for passenger cars is 807.6 thousand" right after an output figure; not
                # after a count of something else in its own sentence ("employs 1.2 thousand people;
                # the workforce is to reach 10 thousand", "the queue passed 5,300, and 9.2 thousand")
                unit = ctx.production_unit
        if unit is None and has_prod_cue and not q.unit and not q.unit_noun and q.value >= 100 \
                and not _YEAR_LIKE.fullmatch(q.surface):
            m = _MODEL_AFTER.match(text, q.end)
            if m is not None and m.group(1).lower() not in _NOT_MODEL and not any(
                    e.start == m.start(1) for e in (*view.places, *view.companies)):
                # a count of models in running text: "12,000 Nexia, 8,000 Cobalt and 3,000 Damas", the
                # things the article makes (a vehicle word in the sentence, else its last output unit)
                unit = "vehicles" if cues.VEHICLE_WORDS.search(text) else ctx.production_unit
        if unit in cues.RATE_ONLY_UNITS and not _rate_follows(text, q, view.quantities, i) \
                and not _PAST_MADE.search(text, max(0, q.start - 40), q.start):
            # an area is output as a rate, or as the object of a past verb of making ("produced 3
            # million square metres of tiles in 2023"); else it sizes a shop
            unit = None
        if unit is None or unit not in cues.PRODUCTION_UNITS and unit not in cues.RATE_ONLY_UNITS:
            last_unit = unit if unit in cues.PRODUCTION_UNITS else None
            continue
        last_unit = made_unit = unit
        ctx.stated_unit = (view.no, unit)
        money_since = False
        if i in claimed:
            continue
        site_for = _site_for(text, q) or bool(
            # "bring the plant to 120 thousand tonnes of ammonia and 200 thousand tonnes of urea a year":
            # an enumeration after a site's rate rates the same site
            out and out[-1].site_for and _ENUMERATED.fullmatch(text, out[-1].q.end, q.start))
        out.append(_Figure(q, unit, i, site_for=site_for, goods=goods))
    if _ORDINAL_DIGIT.search(text):
        out.extend(_ordinal_figures(text))
    out.sort(key=lambda f: f.q.start)
    return out


# a participial apposition of the subject, opened by a comma: ", put into series production only last
# September,", ", launched in 2021,", ", first assembled in 2019,"; what it dates is that event
_APPOSITION_OPEN = re.compile(
    r",\s+(?:(?:first|only|originally|initially|newly|just|recently)\s+)?(?:[a-z]+ed|built|put|set|made|begun|run"
    r"|founded|bought|sold|taken|shown|won|held|brought)\s[^,;()\d]*$", re.I)
# a clause of a present participle after the figure: ", ending five years of growth", ", marking the
# highest level since"
# (not a preposition of that form, which goes on with the figure: ", including kits for assembly abroad,")
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?!(?:including|excluding|counting|according|following|regarding|concerning|beginning|starting)\b)"
    r"[a-z]+ing\b(?!\s+(?:in|on|at|during|over|for)\b)")


def _participle_dates(text: str, q_end: int, p_start: int) -> bool:
    """Whether a present participle's clause opens between the figure and the period at `p_start`
    and is still open there (no comma closes it before the period)."""
    m = last_match(_PARTICIPLE_CLAUSE.finditer(text, q_end, p_start))
    return m is not None and "," not in text[m.end():p_start]


_APPOSITION_CLOSE = re.compile(r"[^,;()\d]*,")


def _in_apposition(text: str, p_start: int, p_end: int, q_start: int) -> bool:
    """Whether the period at (p_start, p_end) is inside a participial apposition that closes before
    the figure at `q_start`: the apposition dates its own event, not the figure."""
    if p_end > q_start:
        return False
    opened = text.rfind(",", 0, p_start)
    if opened < 0 or _APPOSITION_OPEN.match(text, opened, p_start) is None:
        return False
    close = _APPOSITION_CLOSE.match(text, p_end, q_start)
    return close is not None and close.end() <= q_start


def _site_for(text: str, q: Quantity) -> bool:
    """A site for a number of things: a yearly rate ("a plant for 60,000 cars a year"), or with no
    rate when a verb of building the site says the number is its size ("we built the plant for
    30,000 cars"; not "bought the plant for 30,000 ..." nor "a plant for 300 workers": no unit)."""
    if _SITE_BUILT_FOR.search(text, max(0, q.start - 60), q.start):
        return True
    if _SITE_TO.search(text, max(0, q.start - 80), q.start):
        return cues.PER_YEAR.search(text, q.end, q.end + 80) is not None
    m = _SITE_FOR.search(text, max(0, q.start - 40), q.start)
    if m is None:
        return False
    return cues.PER_YEAR.search(text, q.end, q.end + 50) is not None \
        or _BUILT_FOR.search(text, max(0, m.start() - 40), m.start()) is not None


# A verb of making right before a count ("turns out about 1,300", "made some 364,000"), and the
# plural goods after it, of any name ("vacuum cleaners", "gas stoves", "smartphones"): output
# whose noun no vocabulary lists. Not things done or dealt in ("made 15 visits", "produced 3 models").
_MAKES_COUNT = re.compile(
    r"\b(?:makes?|made|making|produc(?:es|ed|ing|e)|manufactur(?:es|ed|ing|e)|assembl(?:es|ed|ing|e)"
    r"|(?:turn|roll|put|churn)(?:s|ed|ing)?\s+out)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than"
    r"|up\s+to|roughly|approximately|close\s+to|just\s+over|just\s+under|only)\s+)?$", re.I)
_GOODS_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)\b(?!\s+(?:of|per\s+cent|percent)\b)")
_NOT_GOODS = frozenset((
    "people", "workers", "employees", "jobs", "staff", "specialists", "times", "years", "months", "weeks", "days",
    "hours", "minutes", "models", "types", "kinds", "varieties", "grades", "brands", "versions", "modifications",
    "products", "names", "positions", "deals", "agreements", "contracts", "investments", "decisions", "changes",
    "visits", "trips", "attempts", "steps", "statements", "announcements", "commitments", "payments", "loans",
    "shipments", "calls", "offers", "proposals", "mistakes", "efforts", "sales", "profits", "losses", "points",
    "goals", "records", "tests", "films", "episodes", "rounds", "percents", "units", "countries", "markets",
    "regions", "cities", "districts", "projects", "plants", "factories", "lines", "shifts", "batches",
))


def made_goods(text: str, q: Quantity) -> str | None:
    """The goods a verb of making counts with figure `q`, when no unit names them."""
    if q.is_money or q.unit or q.unit_noun or not _MAKES_COUNT.search(text, max(0, q.start - 60), q.start):
        return None
    m = _GOODS_AFTER.match(text, q.end)
    if m is None or m.group(1).split()[-1].lower() in _NOT_GOODS:
        return None
    return m.group(1)


def _listed_goods(text: str, before: Quantity, q: Quantity) -> str | None:
    """The goods of figure `q` when it is listed right after a figure of made goods: "to turn out
    50,000 automatic rifles and 150 million cartridges a year"."""
    if q.unit or q.unit_noun:
        return None
    prev, m = _GOODS_AFTER.match(text, before.end), _GOODS_AFTER.match(text, q.end)
    if prev is None or m is None or m.group(1).split()[-1].lower() in _NOT_GOODS \
            or not _ENUMERATED.fullmatch(text, prev.end(), q.start):
        return None
    return m.group(1)


def _rate_follows(text: str, q: Quantity, quantities: list[Quantity], i: int) -> bool:
    """"7.2 million square metres of glass a year": "a year" follows before the next figure (the
    area of "a 20,000 square metre shop to make 5,000 tonnes a year" is the shop's)."""
    end = min(q.end + 80, quantities[i + 1].start if i + 1 < len(quantities) else len(text))
    return cues.PER_YEAR.search(text, q.end, end) is not None


def _ordinal_figures(text: str) -> list[_Figure]:
    """"the assembly of its 10,000th tractor", "the 3,000th Sinotruk heavy-duty truck", "the
    30,000th Tenet left the line": a cumulative count."""
    out: list[_Figure] = []
    for m in _ORDINAL_COUNT.finditer(text):
        out.append(_ordinal(m, _ORDINAL_UNITS[m.group(2).lower()], m.group(2)))
    taken = {f.q.start for f in out}
    for m in _ORDINAL_BRAND.finditer(text):
        if m.start(1) not in taken:
            out.append(_ordinal(m, "vehicles", None))
    return [f for f in out if f.q.value >= 100]


def _ordinal(m: re.Match, unit: str, noun: str | None) -> _Figure:
    number = m.group(1)
    value = float(re.sub(r"\D", "", number)) * lexicon.SCALES.get(number.rsplit(None, 1)[-1], 1)
    q = Quantity(m.start(1), m.end(1), number, value, unit, False, None, noun)
    return _Figure(q, unit, -1 - m.start())


def _run_time(text: str, start: int, end: int, published: date) -> tuple[int, int, Period] | None:
    """"In four months of operation the plant turned out 206 machines": the months up to the
    article's date, a part of its year."""
    m = _RUN_TIME.search(text, start, end)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else lexicon.COUNT_WORDS.get(m.group(1).lower(), 0)
    days = n * (30 if m.group(2).lower().startswith("month") else 7)
    if not 0 < days < 360:
        return None
    return m.start(), m.end(), Period(date.fromordinal(published.toordinal() - days), published, published.year, "range")


def _kind(before: str, after: str) -> str | None:
    for rx, kind in ((cues.CAPACITY, "capacity"), (cues.PLAN, "plan")):
        if rx.search(before):
            return kind
    if cues.ACTUAL_VERB.search(before) or cues.PROD_VERB.search(before):
        return "actual"
    # after the figure, only its own segment: "designed for 30,000 cars a year and up to 45,000 a year in
    # the second, and was financed by ..." ("was" is the next clause's verb)
    own = _NEXT_CLAUSE.split(after, 1)[0]
    for rx, kind in ((cues.CAPACITY, "capacity"), (cues.PLAN, "plan"), (cues.ACTUAL_VERB, "actual")):
        if rx.search(own):
            return kind
    return None


def _passive_kind(text: str, end: int, c_end: int) -> str | None:
    """"More than 1,700 tractors and 2,600 other machines can be put together a year": the passive
    after coordinated figures sizes each of them, if no other verb comes between."""
    m = _CAN_BE_MADE.search(text, end, c_end)
    if m is None:
        return None
    between = text[end:m.start()]
    if cues.ACTUAL_VERB.search(between) or cues.PLAN.search(between) or cues.PROD_VERB.search(between):
        return None
    return "capacity"


def _nearest_kind(span: str) -> str | None:
    """The kind of the cue nearest before the figure in its clause: "That would bring output
    back, after production slid to 277,584 tonnes" is what was made. Cues are ordered by where they
    end, so a verb inside a capacity phrase is that phrase ("can make 5,000 tonnes of clinker a day
    and 2 million tonnes of cement a year": "make" ends with "can make", which wins)."""
    best: tuple[int, str] | None = None
    for rx, kind in ((cues.CAPACITY, "capacity"), (cues.PLAN, "plan"), (cues.ACTUAL_VERB, "actual"),
                     (cues.PROD_VERB, "actual")):
        m = last_match(rx.finditer(span))
        if m is not None and (best is None or m.end() > best[0]):
            best = (m.end(), kind)
    return best[1] if best else None


# things counted in "units" that are no vehicles: "Tractor production reached 788 units", "combine
# output rose to 310 units", "2,360 units of agricultural machinery", "engine output: 40,000 units"
_NOT_VEHICLE_GOODS = re.compile(r"\b(?:tractors?|combines?|harvesters?|machinery|machines?|engines?|locomotives?"
                                r"|wagons?|appliances?|refrigerators?|fridges?|freezers?|televisions?|TV\s+sets?"
                                r"|air\s+conditioners?|motors?|pumps?|transformers?|elevators?|lifts?|boilers?"
                                r"|compressors?|generators?|turbines?)\b", re.I)


def _unit_for(view: SentenceView, f: _Figure) -> str:
    if f.unit == "vehicles" and (f.q.unit_noun or "units").lower() in ("unit", "units") \
            and view.has(_NOT_VEHICLE_GOODS) and not view.has(cues.VEHICLE_WORDS):
        return "units"
    if f.unit == "units" and (f.q.unit_noun or "").lower() in ("unit", "units"):
        # "90,000 units per year" of a car plant are vehicles; "units of components" stay units
        tail = view.text[f.q.end:f.q.end + 30]
        if not re.match(r"\s*units?\s+of\b", tail, re.I) and view.has(cues.VEHICLE_WORDS):
            return "vehicles"
    return f.unit


# the output of the sentence before, taken up by a pronoun with a verb of its level: "In 2014 it had
# already dropped 8%, to 18.7 million litres", "a year earlier it stood at 16.9 million"
_IT_MOVED = re.compile(
    r"\b(?:it|this|the\s+figure|that\s+figure|the\s+total)\s+(?:(?:had|has)\s+)?(?:(?:already|also|then|again|only|even|still)\s+)?"
    r"(?:rose|risen|fell|fallen|dropped|declined|grew|grown|increased|decreased|reached|totall?ed|amounted|stood"
    r"|climbed|jumped|slid|slipped|shrank|shrunk|came\s+to|was|had\s+been)\b", re.I)


def extract_production(av: ArticleView, view: SentenceView, ctx: Context,
                       maybe_cue: bool = True) -> list[ProductionCandidate]:
    text = view.text
    has_prod_cue = maybe_cue and view.production_cue() or site_delivered(view)
    continuation = (not has_prod_cue and view.no - ctx.production_sentence == 1) or \
                   (not has_prod_cue and view.no - ctx.production_cue_sentence == 1
                    and av.sentences[view.no - 1].has(cues.PLANT_NOUN))
    goods_plan = not has_prod_cue and _goods_plan(view)
    sized_only = not (has_prod_cue or continuation or goods_plan)
    # a site sized by its rate needs no verb: "a 1.2 million tonne plant", "a flooring line for 20 million m2 a year"
    lead = view.paragraph == av.lead_paragraph
    if sized_only and not (view.has(cues.PLANT_NOUN) and (_SITE_SIZE_ANY.search(text) or _SITE_TO_ANY.search(text))
                           or _SITE_FOR_ANY.search(text) or view.contains_any(_POWER_STEMS)):
        return []
    figures = _figures(view, ctx, ctx.claimed.get(view.no, set()), has_prod_cue, lead)
    if sized_only:
        figures = [f for f in figures if f.site_size or f.site_for]     # (a power plant's size is one)
    # the figures a plan states by their goods alone (`_goods_plan`)
    planned = {f.q.start for f in figures if goods_plan and _KNOWN_GOODS_OF.match(text, f.q.end)}
    if continuation and not all(f.site_size or f.site_for or f.unit in ("vehicles", "tractors", "tyres", "units")
                                for f in figures) \
            and not (view.has(_IT_MOVED) and all(f.unit in ctx.production_units for f in figures)):
        if not goods_plan:
            return []
        continuation = False
    if goods_plan and not continuation:
        figures = [f for f in figures if f.q.start in planned]
    if not figures:
        return []
    if wrong := misstated_spans(view):
        # a correction note: what an earlier version said is no fact, only the corrected figure is
        figures = [f for f in figures if not any(a <= f.q.start < b for a, b in wrong)]
        if not figures:
            return []
    pct = percent_spans(view)
    bounds = sorted([(f.q.start, f.q.end) for f in figures] + pct)
    first_start = figures[0].q.start
    loc_countries = view.once(location_countries)
    out: list[ProductionCandidate] = []
    prev_kind: str | None = None
    kind_of = -1                           # start of the figure that set prev_kind
    prev_period: Period | None = None      # of the last level figure, for the base after it
    prev_chosen = None                     # the period chosen for the figure before
    period_set = False
    emitted: set[int] = set()               # starts of the figures that became rows
    traded_end: int | None = None           # end of the last figure a sales or trade word counts
    for n, f in enumerate(figures):
        q = f.q
        if traded_end is not None and _ENUMERATED.fullmatch(text, traded_end, q.start):
            # "delivered 7,400 Tenet cars, 7,800 Cobalts and 960 Damas": an enumeration shares the
            # trade verb of its first figure
            traded_end = q.end
            continue
        traded_end = None
        if _OF_THEM.match(text, q.end):
            earlier = [o.start for o in view.quantities if o.end <= q.start]
            if earlier and earlier[-1] not in emitted:
                continue            # "bought 120 buses; the first 20 of them arrived": a part of what was not made
        if _DENIED.search(text, max(0, q.start - 10), q.start):
            continue                # "produced 42,000 cars, not 24,000": the figure denied is no fact
        role, _ = figure_role(text, q)
        if role == CHANGE:
            continue
        if _SHORT_RATE.match(text, q.end, q.end + 60) or _SHORT_RATE_BEFORE.search(text, max(0, q.start - 60), q.start):
            continue                # "a capacity of 1,600 machines a day": not an annual or a total figure
        c_start, c_end = clause_bounds(view, q.start)
        prev_end = max([e for s, e in bounds if e <= q.start] + [c_start])
        next_start = min([s for s, e in bounds if s >= q.end] + [c_end])
        before, after = text[prev_end:q.start], text[q.end:next_start]
        # what the figure counts, up to the next coordinated clause ("built 380 and exported 80")
        if _trade_word_before(before[-60:], text[max(0, q.start - 120):q.start], f.unit):
            traded_end = q.end
            continue
        if cues.not_output(f.unit).search(_NEXT_CLAUSE.split(after[:60], 1)[0]):
            continue
        if _counts_something_else(text, c_start, q, f.unit) or _taken_in(before[-60:], _NEXT_CLAUSE.split(after[:60], 1)[0]) \
                or _TOOK_BEFORE.search(text, max(0, q.start - 40), q.start):
            continue
        if _PER_ITEM_AFTER.match(text, q.end, q.end + 80):
            continue                # "the 7,700 components that go into one of its cars": what one product holds
        if _FACILITIES_AFTER.match(text, q.end):
            continue                # "the complex consists of 11 production units": parts of a site, not output
        if _EACH_AFTER.match(text, q.end) and _SIZE_OF.search(text, max(0, q.start - 30), q.start):
            # "four furnaces of 60,000 tonnes each": the size of one of them (not "capacity for both
            # models was raised to 150,000 units each": a figure for each named item)
            continue
        if not f.site_size and (text.startswith("-", q.end) and text[q.end + 1:q.end + 2].isalpha()) \
                or cues.TRANSPORT_CAPACITY.search(text, max(0, q.start - 90), q.start) \
                or cues.SPEC_BEFORE.search(_RANGE_START.sub("", text[max(0, q.start - 60):q.start])):
            continue                # "a 2.0-litre engine", "a 7,400-square-metre building": what a thing is
        if continuation and not has_prod_cue and re.search(r"\b(?:people|jobs|employees|workers)\b", after[:20]):
            continue
        if not q.unit_noun and _STAFF_BEFORE.search(before[-40:]):
            continue                # "and will employ 900": people, though the noun is left out
        if q.range_bound == "high" and n > 0 and figures[n - 1].q.range_bound == "low" \
                and kind_of == figures[n - 1].q.start:
            kind = prev_kind            # "650-660 thousand tonnes": both ends are one figure of one kind
        else:
            kind = "capacity" if f.site_size or f.site_for else _kind(before, after) \
                or _passive_kind(text, q.end, c_end) \
                or prev_kind
        if kind == "actual" and prev_kind == "capacity" and _SHARED_MODAL.search(before):
            kind = "capacity"           # "can process 16,600 tonnes of fibre and turn out 14,500 tonnes of yarn"
        if kind == "plan" and prev_kind == "capacity" and _RAISE_TO.search(before):
            kind = "capacity"           # "to start with capacity for 10,000 cars and later expand to 35,000"
        if kind is None:
            kind = _nearest_kind(text[c_start:q.start]) or "actual"
        if kind == "actual" and _AGREED_OUTPUT.search(text, max(0, q.start - 150), q.start):
            kind = "plan"               # "signed agreements covering the production of 300 locomotives"
        if not has_prod_cue and kind == "capacity" and not (f.site_size or f.site_for):
            kind = "actual"
        if q.start in planned and not continuation and kind != "plan":
            continue                    # goods with no verb of making are output only as a plan
        prev_kind, kind_of = kind, q.start

        # period and year
        high = _range_high(figures, n, text)
        if high is not None:
            # "to produce 150 to 200 buses in 2023": a range's low end is for the period of its high end
            h_end = min([s for s, e in bounds if s >= high.end] + [clause_bounds(view, high.start)[1]])
            chosen = choose_period(view, high.start, high.end, prev_end, h_end, first_start)
        else:
            chosen = choose_period(view, q.start, q.end, prev_end, next_start, first_start)
        if chosen is not None and _in_apposition(text, chosen[0], chosen[1], q.start):
            chosen = None               # "The Cobalt, put into production last September, came second with 29,750"
        if chosen is not None and chosen[0] >= q.end and _participle_dates(text, q.end, chosen[0]):
            # "In 2014 it dropped to 18.7 million litres, ending five years of growth from 2009 to 2013":
            # the participle's clause dates its own statement; the figure keeps the period before it
            chosen = next((p for p in reversed(view.periods) if p[1] <= q.start and p[0] >= c_start), None)
        if chosen is not None and chosen[1] <= q.start and cues.PER_YEAR.search(after[:30]) \
                and (is_part_year(chosen[2]) or _STARTS_IN.search(text, max(0, chosen[0] - 30), chosen[0])):
            # "In November 2019 they opened a line able to make 3,000 trucks a year", "assembly is to
            # start in 2021, with up to 3,000 vehicles a year": a rate is for no month; the period is
            # when something happened or starts
            chosen = None
        if chosen is None and kind == "actual" and av.published is not None:
            chosen = _run_time(text, c_start, q.start, av.published)
        if chosen is None and prev_chosen is not None and _CONTRAST_BEFORE.search(text, max(0, q.start - 25), q.start):
            chosen = prev_chosen
        if chosen is None and prev_chosen is not None and n > 0 and prev_chosen[1] <= figures[n - 1].q.start \
                and _ENUMERATED.fullmatch(text, figures[n - 1].q.end, q.start):
            # "by 2028 to produce 400 thousand tonnes of copper, 50 tonnes of gold and 270 tonnes of
            # silver a year": an enumeration shares the period named before its first figure
            chosen = prev_chosen
        if chosen is not None and kind == "actual" and av.published is not None and chosen[2].start is not None \
                and chosen[2].start > av.published and _PAST_MADE.search(before) \
                and not _YEAR_LIKE.search(text, chosen[0], chosen[1]):
            # "mined 66 thousand tonnes in October-December" in a February article: a past verb puts
            # a period named without its year in the year before
            chosen = (chosen[0], chosen[1], shift_years(chosen[2], -1))
        prev_chosen = chosen
        if f.site_size or f.site_for:
            chosen = None               # "opened a 2.3 million tonnes-per-year plant last year": a rate, no year
        base = role == BASE and n > 0 and prev_period is not None
        if base and chosen is not None and chosen[0] < q.end:
            chosen = None               # the level's own period, named before the base
        if base and chosen is None:
            # "raised Cobalt production to 104.57 thousand from 90.2 thousand a year earlier"
            shifted = shift_years(prev_period, -years_back(text[q.end:next_start]))
            chosen = (q.end, q.end, shifted) if shifted is not None else None
        if chosen is None and not (f.site_size or f.site_for):
            chosen = _year_referred(av, view, c_start, c_end, kind)
        year = None
        start = end = None
        basis = "annual"
        if chosen is not None:
            p_start, p_end, period = chosen
            lead = text[max(0, p_start - 20):p_start]
            if _BY_POINT.search(lead) and _HAS_MADE.search(before):
                basis = "total"         # "By early 2023 it had turned out 105,000 cars": all made until then
            elif (_SINCE.search(lead) or _SINCE_START.match(text[p_start:p_end])) and kind != "actual" \
                    and period.start and cues.PER_YEAR.search(text, c_start, c_end):
                year = period.start.year    # "to reach 17 tonnes a year from 2022": the rate from its first year
            elif _SINCE.search(lead) or _SINCE_START.match(text[p_start:p_end]):
                basis = "total"         # cumulative: a year only for "since the start of the year"
                if period.start and period.end and period.start.year == period.end.year:
                    year, start, end = period.start.year, period.start, period.end
            else:
                year = period_year(period)
                start, end = period.start, period.end
                if _BY_END.search(lead):
                    start = end = None
                elif is_part_year(period):
                    basis = "total"
                elif kind == "actual" and spans_years(period):
                    basis, year = "total", None     # "30,872 kg across 2022 and 2023": made over both years
        elif _FULL_YEAR.search(text, c_start, c_end) is not None \
                and (fy := _full_year(av, view, ctx, kind)) is not None:
            year = fy                   # "expects output for the full year to reach 486,000 tonnes"
        elif kind == "actual" and av.published is not None and _NOW_MAKES.search(before):
            year = av.published.year   # "at present it turns out about 14 thousand": this year's rate
        elif kind == "actual" and (period := _period_in_force(view, ctx)) is not None:
            year = period_year(period)
            start, end = period.start, period.end
            if is_part_year(period):
                basis = "total"
        if year is None and start is None and kind == "capacity":
            year = _commissioning_year(av, view)    # "a plant of 1 million tonnes a year, to open in 2029"
        if year is not None or start is not None:
            prev_period = Period(start, end, year, None) if start is not None else Period(
                date(year, 1, 1), date(year, 12, 31), year, "year")
        if year is None and start is None and kind == "capacity" and av.published is not None \
                and not (f.site_size or f.site_for) and not view.periods \
                and _states_current_capacity(text, c_start, q.start):
            year = av.published.year    # "has an annual capacity of 245,000 vehicles": the capacity as of the article
                                        # (no period for a base after it: "up from 30,000"); a sentence that names
                                        # a year ("the second is to open in 2028; together they can make") dates
                                        # its site by it or not at all
        if kind != "actual" and chosen is not None and cues.COMPARISON_BEFORE.search(before) \
                and chosen[2].end is not None and av.published is not None and chosen[2].end < av.published:
            kind = "actual"             # "3,000 trucks this year, up from 2,170 in 2023": the base was made
        elif kind == "actual" and chosen is not None and chosen[2].start is not None and av.published is not None \
                and chosen[2].start > av.published:
            kind = "plan"               # "2026-2030: up to 1,500 cars a year" in a 2024 article: not made yet
        elif kind == "plan" and basis == "annual" and year is None and cues.PER_YEAR.search(text, q.end, c_end) \
                and _SITE_WILL_MAKE.search(text, max(0, q.start - 90), q.start):
            kind = prev_kind = "capacity"   # "a joint venture that will make 25,000 tonnes a year": what the site can make
        window = text[max(c_start, prev_end - 40):next_start]
        if cues.CUMULATIVE.search(window) and not cues.PER_YEAR.search(after[:25]) and not (f.site_size or f.site_for):
            basis = "total"
        elif chosen is None and kind == "actual" and _HAS_MADE.search(before) and not cues.PER_YEAR.search(after[:25]):
            basis = "total"             # "the site, which has produced 600 locomotives": all it has made
        if f.index < 0:
            basis = "total"

        # where, and who
        sites = site_places(view)
        if f.site_size:     # "a 1.2 million tonne plant in Kitab district": the site is named after its size
            sites = [p for p in sites if p.start > q.end]
        # the place right after the figure is its own: "12,000 cars in Almaty and 8,000 in Shymkent",
        # "8,000 tractors at the Jizzakh plant"; else the nearest one, preferring one before it
        place = next((p for p in sites if p.start >= q.end and _FIGURE_IN_PLACE.fullmatch(text, q.end, p.start)),
                     None) or nearest(sites, q.start)
        city = country = None
        if place is not None:
            city, country = place.name, place.code
        else:
            loc = nearest(loc_countries, q.start)
            if loc is not None:
                country = loc.code
        makers = [c for c in view.companies if c.end <= q.start and not is_source(text, c)]
        company_ent = nearest([c for c in makers if c.start >= c_start], q.start) or nearest(makers, q.start)
        if company_ent is None and len(view.companies) > len(makers):
            # the agent of a passive or the site's owner after the figure: "42,000 cars were made by
            # Orda Auto", "cars turned out at Orda Auto's Shymkent plant"
            company_ent = next((c for c in view.companies if q.end <= c.start <= q.end + 60
                                and _AGENT_BEFORE.search(text, max(q.end, c.start - 12), c.start)
                                and not is_source(text, c)), None)
        if company_ent is None and ("we" in view.low or "our" in view.low):
            company_ent = _speaker(av, view, ctx, q.start)
        company = company_ent.name if company_ent else ctx.company
        national = company_ent is None and (_INDUSTRY_SUBJECT.search(text, c_start, q.start) is not None
                                            or state_makes(view, q)
                                            or _STATE_BODY_WANTS.search(text, c_start, q.start) is not None) \
            or _maker_set_subject(view, q)
        if national:
            company = None              # "The automotive industry produced 236,667 cars": no one firm's
        if country is None and company_ent is not None and company_ent.code \
                and _AT_HOME.search(text, 0, q.start) is not None:
            country = company_ent.code  # "At home, UzAuto Motors intends to build 50,000": in its own country
        if country is None and _WHOLE_GROUP.search(text, c_start, q.start):
            # "For the Group as a whole, silver output came to 3.38 million ounces": no one site's
            country = av.main_country or (company_ent.code if company_ent else ctx.company_code)
        if country is None:
            country, city = _where(av, ctx, company_ent)
            if city is not None and company_ent is not None and company_ent.name != ctx.company \
                    and len({c.name for c in view.companies}) >= 3:
                city = None             # a ranking of brands says nothing of the site under discussion
            if national and place is None and ctx.reporter:
                country, city = ctx.reporter, None      # the state whose figures the text reports

        out.append(ProductionCandidate(
            sentence_no=view.no, evidence=text, quantity=q.value, unit=_unit_for(view, f),
            qualifier=q.qualifier, company_name=company, plant_city=city, country_code=country,
            target_year=year, period_start=start if basis == "total" else None,
            period_end=end if basis == "total" else None, basis=basis, target_kind=kind,
            product=f.goods or _product(text, q), range_bound=q.range_bound))
        emitted.add(q.start)
        if kind == "actual" and chosen is not None and year is not None and role != BASE \
                and not period_set:
            # the sentence's first level sets the period later figures lean on; a comparison
            # with an earlier period after it does not
            ctx.production_period = chosen[2]
            ctx.production_period_sentence = view.no
            period_set = True
        ctx.production_unit = out[-1].unit
    if out:
        ctx.production_sentence = view.no
        ctx.production_units = frozenset(o.unit for o in out)
    return out


# the whole of the year under discussion: "expects output for the full year to reach", "full-year
# production is forecast at", "for the whole year"
# (not "over a full year": a year's worth, no calendar year)
_FULL_YEAR = re.compile(r"(?<!\ba\s)\b(?:full|whole|entire)[- ]year\b|\b(?:whole|entire)\s+of\s+the\s+year\b"
                        r"|\bthe\s+year\s+as\s+a\s+whole\b", re.I)


def _full_year(av: ArticleView, view: SentenceView, ctx: Context, kind: str) -> int | None:
    """The year of "the full year": the one of the period the text reports (a first-quarter report's
    year), else, for what is not made yet, the year of publication."""
    period = ctx.production_period
    if period is not None and view.no - ctx.production_period_sentence <= 12 and period.start is not None \
            and period.end is not None and period.start.year == period.end.year:
        return period.start.year
    if kind != "actual" and av.published is not None:
        return av.published.year
    return None


# a verb of putting a site into service right before the period it names: "which the government expects
# to commission in 2029", "due to open in 2027", "was finished in November 2017", "to be launched by 2026"
_COMMISSIONED_IN = re.compile(
    r"\b(?:commission\w*|launch\w*|open(?:s|ed|ing)?|start(?:s|ed)?\s+(?:up|operations|work)|complet\w*|finish\w*"
    r"|inaugurat\w*|put\s+into\s+(?:operation|service)|(?:come|comes|came|go|goes|went)\s+on\s+(?:stream|line))"
    # (its object between: "opened its first solar power plant on Friday", "declared complete on Monday")
    r"(?:\s+(?!(?:in|by|at|on)\b)[\w'\u2019-]+){0,8}?"
    r"\s+(?:(?:in|by|at|on)\s+)(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$", re.I)


def _period_in_force(view: SentenceView, ctx: Context) -> Period | None:
    """The period of output under discussion, for a figure made that names none and is no yearly
    rate: the last output figure's within a few sentences, else the period a report of output
    announced it covers."""
    if view.has(cues.PER_YEAR):
        return None
    if ctx.production_period is not None and view.no - ctx.production_period_sentence <= 12:
        return ctx.production_period
    return ctx.report_period


# A text that announces a report of output for a period: "published its output figures for 2019",
# "released production results for the first half of 2024", "the production update for the year 2023",
# "reported production data for the nine months". Not "figures for exports" (no output word) nor "a
# production plan for 2030" (a plan reports nothing made).
_REPORT_OF_OUTPUT = re.compile(
    r"\b(?:output|production)\s+(?:figures|results|report|data|statistics|update|review)"
    r"\s+(?:for|covering)\s+(?:the\s+(?:year|period)\s+)?", re.I)


def note_report_period(av: ArticleView, view: SentenceView, ctx: Context) -> None:
    """Keep the period a report of output announces it covers ("today published its output figures
    for 2019"), else the one past period a headline or lead of output names ("Kazzinc's zinc output
    falls 12% in 2022", "produced less zinc last year"): the figures that name no period of their
    own are for it."""
    m = view.first(_REPORT_OF_OUTPUT)
    if m is None:
        if ctx.report_period is None and (view.is_title or view.paragraph == av.lead_paragraph) \
                and av.published is not None and len(view.periods) == 1 and view.production_cue():
            period = view.periods[0][2]
            if period.start is not None and period.end is not None and period.end < av.published:
                ctx.report_period = period
        return
    for p_start, _, period in view.periods:
        if p_start >= m.end() and period.start is not None and period.end is not None:
            if p_start - m.end() <= 20:    # the period the report is "for", not one named later
                ctx.report_period = period
            return


def _commissioning_year(av: ArticleView, view: SentenceView) -> int | None:
    """The year a capacity figure's site is to go into service, when its sentence says so and names
    no other period for it ("a plant with a capacity of 1.25 million tonnes a year, which is to be
    commissioned in 2029"): the capacity is planned for that year. A site that went into service
    before the article ("the second line, opened in 2022, is to produce") has its capacity for no
    one year."""
    years = [p.start.year for s, e, p in view.periods
             if p.start is not None and p.end is not None and p.start.year == p.end.year
             and (av.published is None or p.start.year >= av.published.year)
             and _COMMISSIONED_IN.search(view.text, max(0, s - 50), s)]
    return years[0] if len(set(years)) == 1 else None


# what makes a capacity no current one: a future, a condition, a plan or a past state ("will be able to
# produce", "is to make up to", "is building a plant with", "with room to raise capacity to", "are considering a capacity of", "had a capacity of")
_NOT_CURRENT_CAPACITY = re.compile(
    r"\b(?:will|would|could|shall|might|may|was|were|had|used\s+to|to\s+be|(?:is|are)\s+to|plan(?:s|ned)?|expect(?:s|ed)?"
    r"|intends?|aims?|consider(?:s|ing|ed)?|envisag\w+|projected|eventually|later|future|once|until|before"
    r"|originally|initially|formerly|previously|when\s+(?:complete\w*|finished|fully)|after"
    r"|building|constructing|being\s+built|under\s+construction"
    r"|to\s+(?:raise|reach|increase|expand|double|triple|boost|lift|bring|take))\b|['\u2019]ll\b", re.I)
# a present verb that states what a site can make now: "has an annual capacity of", "is designed
# for", "can turn out", "equals ... an annual capacity of", "is rated at"
_CURRENT_CAPACITY = re.compile(r"\b(?:has|have|is|are|can|equals?|stands?|runs?|operates?|totals?|amounts?)\b", re.I)


def _states_current_capacity(text: str, c_start: int, q_start: int) -> bool:
    """Whether the clause before a capacity figure states it in the present, as the site's capacity
    at the time of the article (analysts date it with the article's year)."""
    span = text[c_start:q_start]
    return _CURRENT_CAPACITY.search(span) is not None and _NOT_CURRENT_CAPACITY.search(span) is None


def _range_high(figures: list[_Figure], n: int, text: str) -> Quantity | None:
    """The high end of the range whose low end is figure n ("150 to 200", "650-660"), else None."""
    q = figures[n].q
    if q.range_bound != "low" or n + 1 >= len(figures):
        return None
    high = figures[n + 1].q
    return high if high.range_bound == "high" and _RANGE_JOIN.fullmatch(text, q.end, high.start) else None


# A year named by reference to one written before it: "650 cars came off the line by the end of that
# year", "turned out 40,000 tonnes the same year"; and, of what was made, "built 70,000 fridges in its
# first year" (of a plant opened in a year named before), in the figure's paragraph.
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+year\b(?!\s*'s)"
                        r"|\b(?P<first>(?:its|their|the)\s+first\s+year)\b(?!\s+(?:after|since|from)\b)", re.I)
_REFERRED_BACK = 3      # sentences before the figure's where the year referred to may be written


def _written_year(periods: list[tuple[int, int, Period]], text: str, before: int) -> int | None:
    """The year of the last one-year period written (with its digits) before `before`."""
    years = [p.start.year for s, e, p in periods
             if e <= before and p.start is not None and p.end is not None and p.start.year == p.end.year
             and _YEAR_LIKE.search(text, s, e)]
    return years[-1] if years else None


def _year_referred(av: ArticleView, view: SentenceView, c_start: int, c_end: int,
                   kind: str) -> tuple[int, int, Period] | None:
    """(span, period) of the year a phrase in the figure's clause refers back to, else None."""
    m = _THAT_YEAR.search(view.text, c_start, c_end)
    if m is None or (m.group("first") and kind != "actual"):
        return None                 # "in its first year of operation the plant is to make": a year not yet known
    year = _written_year(view.periods, view.text, m.start())
    for prior in reversed(av.sentences[max(0, view.no - _REFERRED_BACK):view.no]):
        if year is not None or prior.paragraph != view.paragraph:
            break
        year = _written_year(prior.periods, prior.text, len(prior.text))
    if year is None:
        return None
    return m.start(), m.end(), Period(date(year, 1, 1), date(year, 12, 31), year, "year")


# a second verb of making in its base form, coordinated with the first: it shares the first one's
# "can" ("can process 16,600 tonnes of fibre and turn out 14,500 tonnes of yarn a year")
_SHARED_MODAL = re.compile(
    r"^[^,;.]*?\band\s+(?:also\s+|then\s+)?(?:make|produce|turn\s+out|assemble|build|manufacture|roll\s+out|put\s+out"
    r"|process|smelt|mine|refine|generate)\s+(?:(?:some|about|around|up\s+to|nearly|almost|over|more\s+than)\s+)?$", re.I)
# output an agreement provides for is planned: "signed agreements worth $4.2 billion covering the
# production of 300 locomotives"
_RAISE_TO = re.compile(r"\b(?:lift|raise|increase|boost|bring|expand)\w*\s+(?:[\w'\u2019]+\s+){0,4}?to\s+(?:\w+\s+){0,3}$",
                       re.I)
_AGREED_OUTPUT = re.compile(
    r"\b(?:agreements?|contracts?|deals?|memorand\w+|orders?)\b[^;]{0,80}?\b(?:covering|for|on|providing\s+for"
    r"|envisaging)\s+(?:the\s+)?(?:production|manufacture|manufacturing|assembly|construction)\s+of\s+"
    r"(?:(?:up\s+to|about|around|some|more\s+than)\s+)?$", re.I)
# "6,000 tractors made by MTZ were delivered": the figure's own verb comes later; a participle
# right after it only says where the things come from
_MADE_BY_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:made|produced|built|assembled|manufactured)\s+(?:by|at|in)\b",
                            re.I)


_PARTICIPLE_BY = re.compile(r"\s*(?:(?!(?:were|was|are|is|had|has|have|been|being|be|will|would|can|could)\b)[\w-]+\s+)"
                            r"{0,3}?(?:made|produced|built|assembled|manufactured)\s+by\b", re.I)


# what a buyer or a partner gets: "the volumes CNPC actually receives could be below 17 bcm"; what a
# plant or a market takes in (cues.USED_UP)
_TAKEN_IN = re.compile(rf"\b(?:receiv(?:e|es|ed|ing)|obtain(?:s|ed)?|demand|{cues.USED_UP})\b", re.I)
# a market or a buyer that took them: "the largest market after Russia, which took 14.6 million bottles"
_TOOK_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:took|takes|bought|buys)\s+(?:(?:about|some|over|more\s+than"
                          r"|nearly|almost|around)\s+)?$", re.I)
# what one product is made of: "the 7,700 components that go into one of its cars", "some 400 parts
# in each tractor", "30,000 parts per vehicle"
_PER_ITEM_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+)?(?:(?:go|goes|went|are\s+fitted|are\s+built|are\s+used)\s+into"
    r"|in|per|for)\s+(?:each|every|one|a\s+single)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:cars?|vehicles?|units?|tractors?|trucks?|bus|engines?|machines?|aircraft|locomotives?|wagons?)\b", re.I)
_USED_UP_BEFORE = re.compile(rf"\b(?:{cues.USED_UP})\b", re.I)
# "435 million cubic metres of natural gas as feedstock": what goes in, named after the figure
_AS_INPUT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,5}?as\s+(?:a\s+|its\s+)?(?:feedstock|raw\s+materials?|fuel)\b", re.I)


_DENIED = re.compile(r"[,;(]\s*not\s+(?:the\s+)?$", re.I)
_AGENT_BEFORE = re.compile(r"\b(?:by|at)\s+(?:the\s+)?$", re.I)
# a speaker's own company as the maker: "We made 12,000 buses last year", "Our plant can build 60,000 cars"
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# a state's speaker: "we" is the country, not a firm ("'We produced 120,000 cars,' the minister said")
_STATE_SPEAKER = re.compile(r"\b(?:minist\w+|president|government|governor|akim|hokim|mayor|parliament|deput\w+"
                            r"|officials?|country|nation|republic|region)\b", re.I)


def _speaker(av: ArticleView, view: SentenceView, ctx: Context, q_start: int):
    """The company a first-person maker before the figure speaks for: one named in the sentence
    ("..., said Orda Auto's chief"), else the one under discussion, else the first the article
    names (an interview's "Q: ... A: We made ..." is with the firm of its title or lead)."""
    text = view.text
    if not _FIRST_PERSON.search(text, 0, q_start) or _STATE_SPEAKER.search(text):
        return None
    named = next((c for c in view.companies if not is_source(text, c)), None)
    if named is not None or ctx.company:
        return named
    return next((c for v in av.sentences[:view.no] for c in v.companies if not is_source(v.text, c)), None)


def _taken_in(before: str, after: str) -> bool:
    """The figure is what a site or a market takes in, not what is made: the last verb before it
    consumes, absorbs, uses or needs ("will consume about 435 million cubic metres"), or the words
    after it say so ("... of natural gas as feedstock")."""
    if _AS_INPUT_AFTER.match(after):
        return True
    m = last_match(_USED_UP_BEFORE.finditer(before))
    if m is None:
        return False
    rest = before[m.end():]
    # "requiring another $500 million, to 500,000 a year": the verb took the money as its object
    return not (cues.PROD_ANY.search(rest) or cues.CAPACITY.search(rest) or any(c.isdigit() for c in rest))


# a site as the subject of "delivered": what it hands over is what it made ("the Astana plant has
# delivered 18 shunting locomotives"); a maker named "... Locomotive Works" that delivered is a
# supplier, and "shipped" is trade
_SITE_DELIVERED = re.compile(
    r"\b(?-i:plant|factory|works|mill|mines?|pits?|fields?)(?:,[^,;]{1,60},|\s+(?:in|at|near)(?:\s+[\w'\u2019-]+){1,4}?)?\s+(?:(?:has|have|had|already|earlier|so\s+far|also)\s+){0,2}"
    r"(?:delivered|handed\s+over)\s+(?:(?:more\s+than|over|about|some|nearly|almost)\s+)?$", re.I)

_SITE_DELIVERED_ANY = re.compile(_SITE_DELIVERED.pattern[:-1] + r"\d", re.I)


def site_delivered(view: SentenceView) -> bool:
    """A site or a mine as the subject of delivering a figure: "the mine in Issyk-Kul region delivered
    30,872 kilograms of gold", "the plant has delivered 1,200 wagons": what it made."""
    return view.contains_any(_DELIVERED_STEMS) and _SITE_DELIVERED_ANY.search(view.text) is not None


_DELIVERED_STEMS = ("deliver", "handed")


def _trade_word_before(before: str, lead: str, unit: str | None) -> bool:
    """A sales, trade or fleet word counts the figure, unless a capacity phrase comes between: "It
    also bought a cement plant with a capacity of 100,000 tonnes a year" sizes the plant bought; or
    a site delivered it (`lead`: the text before the figure, up to 120 characters)."""
    m = last_match(cues.not_output(unit).finditer(before))
    return m is not None and not cues.CAPACITY.search(before, m.end()) and not _SITE_DELIVERED.search(lead)


# a figure for one item of several: "four furnaces of 60,000 tonnes each", "lines for 5,000 cars each"
_SIZE_OF = re.compile(r"\bof\s+(?:(?:about|around|some|up\s+to|nearly|almost|over)\s+)?$", re.I)
_EACH_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+each\b(?!\s+(?:year|month|week|day|quarter|season)\b)", re.I)
# what counts the parts of a site, not what it makes: "11 production units", "three assembly lines", "40 workshops"
_FACILITIES_AFTER = re.compile(r"\s+(?:(?:production|processing|assembly|manufacturing|technological)\s+"
                               r"(?:units|lines|shops|sites|facilities|halls|buildings)"
                               r"|workshops|furnaces|kilns|production\s+sites)\b", re.I)


def _counts_something_else(text: str, c_start: int, q: Quantity, unit: str | None) -> bool:
    """The figure counts imports, sales or deliveries, though a production word is near it:
    the subject of its clause is a trade noun with no production word beside it ("Imports of
    light trucks jumped 38 percent to 12.1 thousand"), or a participle names the maker while
    the sentence's verb is a trade one ("6,000 tractors made by MTZ were delivered")."""
    subject = text[c_start:q.start]
    if _SITE_DELIVERED.search(text, max(0, q.start - 120), q.start):
        return False
    if (cues.not_output(unit).search(subject) or _TAKEN_IN.search(subject)) and not cues.PROD_ANY.search(subject) \
            and not cues.CAPACITY.search(subject):
        return True
    if _MADE_BY_AFTER.match(text, q.end) is None:
        return False
    # "A convoy of 18 buses built by Ankai arrived", "6,000 tractors made by MTZ were delivered": the
    # participle names the maker; the figure counts what the sentence's own verb says ("10,000
    # vehicles were built in Kazakhstan" is that verb)
    if cues.not_output(unit).search(text, q.end):
        return True
    m = _PARTICIPLE_BY.match(text, q.end)
    return m is not None and not cues.PROD_ANY.search(subject) and not cues.PROD_ANY.search(text, m.end())


def _where(av: ArticleView, ctx: Context, company_ent) -> tuple[str | None, str | None]:
    """(country, city) of a figure whose sentence names no place: the site under discussion,
    else the country the article is about. (The home of a company named in the sentence is no
    guide: that company is often a brand or a partner, "Astana Motors' Hyundai sites".)"""
    if ctx.location is not None and ctx.location[1]:
        return ctx.location[1], ctx.location[0]
    return av.main_country or (company_ent.code if company_ent else ctx.company_code), None


# a figure for the whole of a firm, over all its sites: "for the Group as a whole", "group-wide",
# "across the group", "company-wide", "at all its mines", "across all operations"
_WHOLE_GROUP = re.compile(
    r"\b(?:for|across|throughout)\s+the\s+(?:group|company|holding)(?:\s+as\s+a\s+whole)?\b"
    r"|\b(?:the\s+)?(?:group|company|holding)\s+as\s+a\s+whole\b|\b(?:group|company|holding)[- ]wide\b"
    r"|\b(?:at|across|for)\s+all\s+(?:(?:its|their|the\s+group['\u2019]s|the\s+company['\u2019]s)\s+)?"
    r"(?:mines|sites|plants|operations|assets|divisions|factories)\b", re.I)


# the goods a measure counts, after "of": "1.6 million tonnes of jet fuel and ...", "3 million m2 of glass a year"
_GOODS_OF = re.compile(r"\s*of\s+((?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:from|to|in|at|for|and|or|a|per|each"
                       r"|annually|worth|with|by|during|over|last|this|between|was|were|is|are|will|could|can)\b|[,.;:)]|\s*$)")


def _product(text: str, q: Quantity) -> str | None:
    if q.unit_noun:
        # a measure of goods: "1.6 million tonnes of jet fuel" is jet fuel, not "tonnes"
        idx = text.find(q.unit_noun, q.end, q.end + 40)
        m = _GOODS_OF.match(text, idx + len(q.unit_noun)) if idx >= 0 else None
        if m is not None and m.group(1).split()[0].lower() not in ("the", "its", "their", "which", "them"):
            return m.group(1)
    m = _PRODUCT.match(text[q.end:q.end + 60])
    return m.group(1).strip() if m else (q.unit_noun or None)


def update_site_context(view: SentenceView, ctx: Context, maybe_prod: bool = True, maybe_plant: bool = True) -> None:
    """Remember the site and operator a production or plant sentence talks about."""
    text = view.text
    prod = maybe_prod and view.production_cue()
    plant = maybe_plant and not prod and view.has(cues.PLANT_NOUN)     # only read as `prod or plant`
    if prod:
        ctx.production_cue_sentence = view.no
    sites = site_places(view)
    place = sites[0] if sites and (prod or plant) else None
    for c in view.companies:
        # "SaryarkaAvtoProm LLP in Kostanay": the operator and its site
        m = next((p for p in sites if p.start > c.end and _COMPANY_IN_PLACE.match(text[c.end:p.start])), None)
        if m is not None:
            ctx.location = (m.name, m.code)
            ctx.company, ctx.company_code = c.name, c.code
            return
    if not (prod or plant):
        return
    if place is not None:
        ctx.location = (place.name, place.code)
    else:
        locs = view.once(location_countries)
        if locs and (prod or len({loc.code for loc in locs}) == 1):
            # a sentence of plants, no output, in two countries compares or lists the group's sites ("its
            # plants in Korea ran at 109%, its Indian plant at 98%"), not the one site the article is about
            ctx.location = (None, locs[-1].code)
    producers = [c for c in view.companies if not is_source(text, c)]
    if producers:
        ctx.company, ctx.company_code = producers[0].name, producers[0].code


# a firm named as the source of the figures, not their maker: "according to a review by the analytical
# service X", "data from the consultancy X", "a survey by the research firm X", "citing X", "X estimates"
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|compiled\s+by|published\s+by)"
    r"|\b(?:reviews?|surveys?|study|studies|reports?|data|figures|statistics|estimates|analysis|research|rankings?"
    r"|ratings?|calculations|monitoring)\s+(?:by|from|of)|\banalysts?\s+(?:at|of|from))"
    r"\s+(?:(?!(?:and|but|while|which|who)\b)[\w.-]+\s+){0,5}?$", re.I)
_SOURCE_AFTER = re.compile(r"\s*(?:\.\w+\s+)?(?:estimates?|estimated|calculated|calculates"
                           r"|counted|counts|data|figures|analysts?|researchers)\b", re.I)


def is_source(text: str, c) -> bool:
    """Whether company mention `c` is where the figures come from (an analyst, an agency), not a maker."""
    return bool(cues.ATTRIBUTION_AFTER.match(text[c.end:c.end + 20]) or _SOURCE_AFTER.match(text, c.end)
                or _SOURCE_BEFORE.search(text, max(0, c.start - 70), c.start))


# the site nouns of a plant, a complex, a smelter or a refinery (not a power plant: see cues.POWER_PLANT)
_SITE_NOUNS = r"plant|factory|works|assembly\s+(?:plant|site|facility)|facility|mill|site|complex|smelter|refinery"
# "the plant in Karaganda", "a complex in the Caspian coastal town of Garabogaz", "Unison's plant near Minsk"
_PLANT_IN_PLACE = re.compile(
    rf"\b(?:{_SITE_NOUNS})\s+(?:\w+\s+){{0,2}}?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|district|region|province)\s+of\s+)?$", re.I)
_PLANT_NEAR = re.compile(rf"\b(?:{_SITE_NOUNS})\s+near\s+(?:the\s+)?$", re.I)
# "its Aktau site", "Stadler's Fanipol factory", "the Gemlik facility": the site named by its town
_PLACE_PLANT = re.compile(
    r"\s+(?:(?:car|automobile|auto|assembly|tractor|tyre|tire|truck|bus|cement|battery|chemical|steel)\s+)?"
    r"(?:plant|factory|site|facility|works|complex|smelter)\b(?!\s+(?:President|Governor|Mayor))")
# "SamAuto, the Samarkand automobile plant that builds ...": an apposition naming the operator's site,
# which the figure's own row already gives
_PLACE_PLANT_THAT = re.compile(_PLACE_PLANT.pattern + r",?\s+(?:that|which)\b")
_ITS = re.compile(r"\b(?:its|their)\s+$", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
_PLANT_LEAD = re.compile(r"(?:\b(?:the|its|their)|['\u2019]s?)\s+$", re.I)
_COMPANY_IN_PLACE = re.compile(r"^\s*(?:LLP|LLC|JSC|OJSC|PJSC|Ltd\.?)?\s*(?:in|at)\s+(?:the\s+)?$")
# a whole industry as the subject of a figure: "the automotive industry produced", "truck production",
# "the country's carmakers"
_INDUSTRY_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:(?:country|nation|republic)['\u2019]s\s+)?(?:automotive|car|auto|vehicle|motor|truck|bus|tractor"
    r"|passenger[- ]car)\s+(?:industry|sector|production|output|makers|manufacturers|producers|assemblers)\b"
    r"|\b(?:national|nationwide|industry-wide)\s+(?:output|production)\b", re.I)
# a counted set of makers as the subject: "the three manufacturers turned out", "all four listed
# carmakers", "the country's five producers together": their sum, no one firm's (the firms named
# after it are its members)
_MAKER_SET = re.compile(
    rf"\b(?:the|all|these|those)\s+(?:(?:country|nation|republic)['\u2019]s\s+)?(?:\d{{1,2}}|{lexicon.alternation(lexicon.COUNT_WORDS)})"
    r"\s+(?:[\w-]+\s+)?(?:carmakers|automakers|makers|manufacturers|producers|assemblers|companies)\b", re.I)
# a state body setting a goal, no firm named: "The ministry wants annual gold output to reach 17
# tonnes", "the government plans to raise cement output to": a national figure, not the last firm's
_STATE_BODY_WANTS = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|authorities|state|president|parliament|minister)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:wants?|plans?|expects?|aims?|intends?|seeks?|hopes?|targets?|envisages?|projects?"
    r"|has\s+set|set\s+a\s+(?:target|goal))\b", re.I)
# a state as the subject of making: "Azerbaijan produced", "Uzbekistan's output", "Kazakhstan's
# carmakers built", "the Kyrgyz industry turned out"
_STATE_MAKES = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:produc\w*|output|made|built|assembled"
                          r"|manufactur\w*|mined|dug|smelted|extracted|turned\s+out|industry|factories|plants)\b", re.I)


def _maker_set_subject(view: SentenceView, q: Quantity) -> bool:
    """A counted set of makers before the figure, with no firm named before the set ("Orda Auto,
    one of the three manufacturers, built" is Orda Auto's)."""
    m = _MAKER_SET.search(view.text, 0, q.start)
    return m is not None and not any(c.end <= m.start() for c in view.companies)


def state_makes(view: SentenceView, q: Quantity) -> bool:
    """"2013: Azerbaijan produced 53,300 tonnes", "Uzbekistan's output reached 280,000 cars": a
    state, not a firm, is the maker of the figure (the last state before it, with no firm between)."""
    states = [c for c in view.state_countries() if c.end <= q.start]
    if not states:
        return False
    last = states[-1]
    return _STATE_MAKES.match(view.text, last.end) is not None \
        and not any(last.end <= c.start < q.start for c in view.companies)


# a head count whose noun is left out: "will employ 900", "a workforce of about 1,300"
_STAFF_BEFORE = re.compile(r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|staff\s+of|workforce\s+of)\s+"
                           r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?$", re.I)
# the present tense with "now": the rate of the year of publication ("at present it turns out about
# 14 thousand", "the plant currently makes 9,000 tractors")
_NOW_MAKES = re.compile(r"\b(?:at\s+present|currently|now|presently|these\s+days|today)\b[^.;]{0,40}?"
                        r"\b(?:produces|makes|builds|assembles|manufactures|turns\s+out|rolls\s+out|puts\s+together"
                        r"|(?:is|are)\s+(?:producing|making|building|assembling|manufacturing|turning\s+out))\s+"
                        r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?$", re.I)
# the present perfect with no period: everything made so far
_HAS_MADE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:produced|built|assembled|made|manufactured|turned\s+out"
                       r"|rolled\s+out)\s+(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$", re.I)
_SITE_WILL_MAKE = re.compile(
    r"\b(?:plant|factory|facility|venture|enterprise|mill|works|line|project)\s*"
    r"(?:(?:in|at|near)\s+(?:[\w-]+\s+){1,7}?)?"
    r",?\s*(?:that|which)\s+(?:will|would)\s+(?:eventually\s+|ultimately\s+|then\s+|soon\s+)?"
    r"(?:be\s+able\s+to\s+)?(?:make|produce|manufacture|turn\s+out|assemble|process"
    # "that will turn blast-furnace slag into mineral insulation, about 100,000 tonnes a year"
    r"|(?:turn|convert)\s+(?:[a-z][\w-]*\s+){1,3}?into\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,)\s+"
    r"(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over)\s+)?$", re.I)
# A place in these roles is not where something is produced.
# ("a company from China's Xinjiang region": a possessive state between "from" and the place)
_NOT_SITE = re.compile(r"(?:\bfrom(?:\s+[A-Z][\w-]*['\u2019]s)?|\breporters\s+in|\bsaid\s+in|\bspeaking\s+in|\bvisit\s+to|\btrip\s+to|\bsigned\s+in"
                       r"|\bheld\s+in|\bmet\s+in|\btold\s+\w+\s+in|\bnear|\bembassy\s+in|\bto)\s+(?:the\s+)?$", re.I)


# a town before a maker names its head office: "the Nizhny Novgorod carmaker", "a Tashkent tractor maker"
_HEAD_OFFICE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:carmaker|automaker|maker|manufacturer|producer|company"
                                r"|firm|group|holding|concern|corporation)\b")
_TITLE_AFTER = re.compile(r"\s+(?:President|Governor|Mayor|Prime\s+Minister|Minister|Head|Akim|Khokim|Leader|officials"
                          r"|authorities|delegation|government|administration)\b")
# a place as the actor of a state's act, a government named by its seat: "the duties Brussels has placed on
# vehicles", "Moscow imposed", "Beijing says"
_ACTOR_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+(?:(?:already|now|also)\s+)?)?(?:placed|imposed|introduced|announced|said"
                          r"|says|decided|banned|demanded|insist(?:s|ed)|threatened|retaliated|levied)\b")


def site_places(view: SentenceView) -> list:
    """Places of the sentence that can be a production site (computed once per sentence)."""
    return view.once(_site_places)


def _site_places(view: SentenceView) -> list:
    text = view.text
    return [p for p in view.places if not _NOT_SITE.search(text[max(0, p.start - 25):p.start])
            and not (p.start == 0 and text[p.start:p.end].isupper())       # a dateline ("AGHDAM -")
            and not cues.SUPPLYING_SITE_BEFORE.search(text, max(0, p.start - 60), p.start)  # "kits from its plant in Pune"
            and not text.startswith("-based", p.end)                         # "Istanbul-based": a head office
            and not _HEAD_OFFICE_AFTER.match(text, p.end)                    # "the Nizhny Novgorod carmaker"
            and not _TITLE_AFTER.match(text, p.end)                          # "Tatarstan President X": a title
            and not _ACTOR_AFTER.match(text, p.end)]                         # "duties Brussels has placed"


def plants_in_sentence(av: ArticleView, view: SentenceView, ctx: Context,
                       production: list[ProductionCandidate]) -> list[tuple[PlantCandidate, bool]]:
    """Production sites: the site of each figure with a city, and "plant in <city>".
    Each comes with `weak`: its operator was inferred from an earlier sentence."""
    text = view.text
    out: list[tuple[PlantCandidate, bool]] = []
    in_sentence = {c.name for c in view.companies}
    for p in production:
        if p.plant_city:
            row = PlantCandidate(view.no, text, view.once(_plant_name), p.company_name, p.plant_city,
                                 p.country_code)
            out.append((row, p.company_name not in in_sentence))
    sites = site_places(view)
    if not view.places or view.has(cues.POWER_PLANT):
        return out
    for place in view.places:
        before = text[max(0, place.start - 80):place.start]
        in_place = _PLANT_IN_PLACE.search(before) is not None
        if not (in_place or (_PLACE_PLANT.match(text, place.end) and _PLANT_LEAD.search(before)
                             and not _PLACE_PLANT_THAT.match(text, place.end))):
            continue
        if place not in sites and not (in_place and _PLANT_NEAR.search(before)):
            continue            # "Tursunzoda, near the border", a dateline, a head office: no site
        company = nearest([c for c in view.companies if c.end <= place.start], place.start)
        if not in_place and (company is None or not (_POSSESSIVE.fullmatch(text, company.end, place.start)
                                                     or _ITS.search(before))):
            continue            # "between the Ganja plant and X": a site talked about, its operator not named here
        row = PlantCandidate(view.no, text, view.once(_plant_name), company.name if company else ctx.company,
                             place.name, place.code)
        out.append((row, company is None))
    return out


def dedup_plants(rows: list[tuple[PlantCandidate, bool]]) -> list[PlantCandidate]:
    """One row per site: same city, and the same operator unless one was only inferred."""
    out: list[list] = []            # [row, weak]
    for r, weak in rows:
        city = (r.city or "")[:5].lower()
        dup = next((o for o in out if (o[0].city or "")[:5].lower() == city
                    and (o[0].company_name == r.company_name or not o[0].company_name or not r.company_name
                         or weak or o[1])), None)
        if dup is None:
            out.append([r, weak])
            continue
        d = dup[0]
        if r.company_name and (not d.company_name or (dup[1] and not weak)):
            d.company_name, dup[1] = r.company_name, weak
        d.plant_name = d.plant_name or r.plant_name
        d.country_code = d.country_code or r.country_code
    return [o[0] for o in out]


def _plant_name(view: SentenceView) -> str | None:
    """The named site of the sentence ("the Hyundai Trans Kazakhstan plant"); asked for only
    when the sentence yields a plant row."""
    m = view.first(cues.PLANT_NAME)
    if not m:
        return None
    name = m.group(1)
    words = name.split()
    while words and words[0] in ("The", "A", "An", "Its", "This", "In", "At", "Our", "Their", "Your"):
        words.pop(0)
    return " ".join(words) or None
