"""Trade figures: turnover, exports and imports, in money or physical units.

A figure is an amount governed by a trade cue: the nearest "trade",
"turnover", "exports", "imported", "sold ... to" before it (with no
investment, price, fund or tax noun in between), a trade noun right after
it ("$5.2 billion of trade"), a passive verb after it ("55 sedans were sent
to"), or the figure before it when it is only a comparison base ("from
$410.9 million"). The countries are the states named in its segment of the
sentence, completed from the rest of the sentence and then from the pair
the article was discussing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extraction.facts import cues
from extraction.facts.common import (SAME, Context, choose_period, clause_bounds, is_part_year, last_match,
                                    in_fiscal_year, misstated_spans, own_periods, percent_spans, segment_bounds,
                                    shift_years, unit_of)
from extraction.facts.context import ArticleView, Ent, SentenceView
from extraction.facts.sides import (LIST_GLUE, THE_COUNTRY, epithet_partner, group_partner, intra_group, is_partner_mention,
                                   in_relative_clause, is_share_holder, label_of, names_reporter, opens, reporter_mention,
                                   speaker_state, speaks)
from extraction.facts.lists import is_heading
from extraction.facts.roles import BASE, CHANGE, figure_role, years_back
from extraction.lexicon import COUNT_WORDS
from extraction.quantities import MULTIPLIERS
from extraction.periods import year_period
from extraction.reference import national_currency
from extraction.records import Period, Quantity, TradeCandidate

_FLOW_OF = ((cues.EXPORT, "export"), (cues.IMPORT, "import"), (cues.TURNOVER, "turnover"))
_MAX_CUE_DISTANCE = 170
_PRODUCT_OF = re.compile(r"^\s*(?:of\s+)((?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:from|to|in|into|for|and|worth"
                         r"|with|by|during|over|last|this|between|across|was|were)\b|[,.;]|\s*$)")
_DELIVER = re.compile(r"\bdeliver(?:ed|ies|y)\b", re.I)
# (a figure is one word of the window: "delivered about 1 100 vehicles worth roughly KGS 3.2 billion to")
_DELIVER_TO = re.compile(rf"\bdeliver(?:ed|ies|y)\s+(?:(?:{cues.NUMBER_WORD}|[^\s;]+)\s+){{0,8}}?(?:to|abroad)\b", re.I)
_VERB_END = re.compile(r"\w+")
# "to Iraq, Azerbaijan and Armenia", "mainly to Kazakhstan and Belarus"
_TO_LIST = re.compile(r"\bto\s+(?:the\s+)?$")
_ITS_EXPORT = re.compile(r"\b(?:its|their)\s+(?:total\s+|overall\s+)?exports?$", re.I)
_TO_VERB = re.compile(r"\bto\s+(?:supply|deliver)$", re.I)
# a figure restated in brackets right after another: "25.1 trillion soums ($2 billion)"
_RESTATED = re.compile(r"\s*\(\s*(?:(?:about|around|some|nearly|almost|roughly|over)\s+)?", re.I)
_COST_VERB = re.compile(r"\b(?:cost|costing)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|just|only)\s+)?$",
                        re.I)
# "an imported tonne cost $1,650": the price of one unit, not the value of the flow
_UNIT_COST = re.compile(r"\b(?:a|an|one|each|every|per)\s+(?:[\w-]+\s+)?(?:tonne|ton|unit|car|vehicle|barrel|kg|kilogram"
                        r"|lit(?:re|er)|head|piece|item|cubic\s+met(?:re|er))\s+cost", re.I)
_REVENUE = re.compile(r"\s*(?:revenues?|earnings|proceeds|receipts)\b", re.I)
# a count right after "exported" ("exported 355,000 of them", "exported 1 900 Tucson cars")
_EXPORTED_BARE = re.compile(r"\bexport(?:ed|s)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
                            re.I)
# a count of goods just named, then a passive flow: "2,700 of the vehicles built were shipped abroad", "50,000
# of them were sold abroad", "1,200 of these units were exported"
_OF_THE_GOODS = re.compile(r"\s+of\s+(?:the|them|these|those|this|that)\b", re.I)
_ABROAD_AFTER = re.compile(r"\s*(?:abroad|overseas|to\s+(?:the\s+)?[A-Z])")


def _crossed_border(tail: str) -> bool:
    """Whether a passive flow verb in `tail` moves goods across a border ("were exported", "were shipped
    abroad", "were sold to Russia"), not only to a buyer at home ("28 of them had been delivered by the
    opening day")."""
    m = cues.PASSIVE_TRADE_AFTER.match(tail)
    if m is None:
        return False
    word = m.group().lower()
    return "export" in word or "import" in word or word.endswith("abroad") \
        or _ABROAD_AFTER.match(tail, m.end() - (2 if word.endswith("to") else 0)) is not None


_AND_BEFORE = re.compile(r"\s(?:and|while|but)\s+(?:(?:at|to)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|just)\s+)?$",
                         re.I)
# the firm the text is about, as the subject of a flow: "the company exported", "its exports"
_FIRM_ANAPHOR = re.compile(r"\b(?:(?:the|this)\s+(company|firm|carmaker|automaker|manufacturer|maker|plant|factory"
                           r"|enterprise)|its\s+(?:\w+\s+)?(?:exports?|imports?|shipments|deliveries|sales))\b", re.I)
_FROM_TO = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)
# "the surplus on the trade account", "the deficit in trade with": the balance, not the volume
_BALANCE_OF = re.compile(r"\b(?:surplus|deficit|balance|gap)\s+(?:on|of|in)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?$", re.I)
# "Grain from the new harvest accounted for 2.37 million tons of that": a part of the figure just
# reported, with its flow
# "Passenger cars made up the bulk of them at 924,600 units": the same, the whole named before the figure
_PART_OF_LAST = (re.compile(r"\b(?:accounted|accounting|accounts|made)\s+(?:for|up)\s+(?:(?:about|around|some|nearly|over|almost|roughly)\s+)?$", re.I),
                 re.compile(r"(?:\s+[a-z]+){0,2}?\s+of\s+(?:that|this|it|them|the\s+total)\b", re.I))
_WHOLE_BEFORE_PART = re.compile(r"\b(?:accounted\s+for|accounting\s+for|made\s+up|making\s+up|formed)\s+(?:the\s+bulk|most|"
                                r"the\s+majority|(?:the\s+)?(?:largest|biggest|greater)\s+(?:part|share))\s+of\s+"
                                r"(?:them|it|that|this|the\s+total)\s*,?\s*(?:at|with)\s+(?:(?:about|around|some|nearly|almost|over|roughly)\s+)?$",
                                re.I)
# "Imports of light commercial vehicles jumped 38 percent to 12.1 thousand": a bare count a flow
# changed to counts what the flow carries
_CHANGED_TO = re.compile(r"\b(?:import|export|shipment|deliver|purchase|sale)[a-z]*\b[^.;:]{0,60}?\b(?:rose|grew|jumped|climbed|"
                         r"increased|surged|soared|fell|slipped|dropped|declined|decreased|sank|slid)\s+(?:by\s+)?"
                         r"[\d.,]+\s*(?:%|percent|per\s+cent)\s+to\s+(?:(?:about|around|some|nearly|almost|over|roughly)\s+)?$", re.I)
# "Tashkent city accounted for $25.3 billion of the annual turnover, Tashkent region for $5.8
# billion": a part of the country's trade by city or region, not a trade between states
_AREA = r"(?:city|region|province|oblast|district|governorate|prefecture)"
_SUBNATIONAL_PART = re.compile(r"\b(?:" + _AREA + r"|capital)\s+(?:accounted|accounting|accounts)\s+for\b", re.I)
# "Georgian wine worth $150 million went to Russia": what went to a state was exported there
_WENT_TO = re.compile(r"(?:\s+(?:of|in)\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:went|headed|(?:were|was)\s+(?:sent|shipped))"
                      r"\s+to\s+(?:the\s+)?")
# "products worth 101 million manats went to foreign buyers": what went abroad, to no state named
_FOREIGN_BUYERS = re.compile(r"(?:foreign|overseas|external)\s+(?:buyers|markets?|customers|consumers|clients)\b"
                             rf"|(?:\d+|{cues.NUMBER_WORD}|(?:more\s+than|over|some|about|around|nearly)\s+(?:\d+|{cues.NUMBER_WORD}))"
                             r"\s+(?:countries|markets|destinations)\b", re.I)
_AREA_AFTER = re.compile(r"\s+" + _AREA + r"\b", re.I)
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|while|but|whereas)|;)\s", re.I)
_CONTINUE_NOUN = re.compile(r"\b(?:target|goal|figure|mark)\b", re.I)


@dataclass
class _Trade:
    q: Quantity
    index: int
    flow: str
    reporter: str | None
    partner: str | None
    is_target: bool
    company: str | None
    period: Period | None = None
    base: bool = False              # a comparison base, not the level


def _before_base(view: SentenceView, base: Quantity, lo: int, figures: list[int]) -> tuple[int, int, Period] | None:
    """The period named after `lo` and before the comparison base `base` with no figure between it
    and the base: the period of the level the base is compared with ("Exports grew 40 percent in
    2023, from $2 billion in 2022 to $2.8 billion", "In 2024 shipments rose from 30,000 tonnes in
    2023 to 41,000 tonnes")."""
    found = [p for p in view.periods if lo <= p[0] and p[1] <= base.start and p[2].start is not None
             and not any(p[1] <= f < base.start for f in figures)]
    return found[-1] if found else None


def _bare_unit(view: SentenceView, ctx: Context, q: Quantity) -> Quantity | None:
    """"exported 355,000 of them": the unit of a bare count is the vehicles the
    sentence speaks of, or the unit of the output just reported."""
    if view.has(cues.VEHICLE_WORDS):
        return replace(q, unit="vehicles")
    if ctx.trade_unit and view.no - ctx.trade_sentence <= 1:
        return replace(q, unit=ctx.trade_unit)   # "Russia took 6,253 of them" after "8,733 cars"
    if ctx.production_unit and view.no - ctx.production_sentence <= 1:
        return replace(q, unit=ctx.production_unit)
    return None


def _cue_before(text: str, q: Quantity, view: SentenceView, ctx: Context) -> tuple[str, int] | None:
    """(flow, cue end) of the nearest trade cue governing the amount from before."""
    lo = max(0, q.start - _MAX_CUE_DISTANCE)
    semi = text.rfind(";", 0, q.start)
    lo = max(lo, semi + 1)
    best: tuple[int, int, str] | None = None
    for rx, flow in _FLOW_OF:
        # the sentence is scanned once per cue; each amount reads the matches from `lo` on
        matches = view.matches_from(rx, lo)
        if flow == "turnover":
            matches = [m for m in matches if m.end() <= q.start and cues.is_turnover_cue(m)
                       and not _BALANCE_OF.search(text, max(0, m.start() - 30), m.start())
                       and not _INSTITUTION_AFTER.match(text, m.end())
                       and not _INSTITUTION_BEFORE.search(text, max(0, m.start() - 30), m.start())]
        for m in matches:
            end = m.end()
            if end > q.start:
                # "shipped 150 buses to": the verb governs the figure inside its own match
                if m.start() >= q.start or flow != "export":
                    break
                verb = _VERB_END.match(text, m.start())
                if verb is None or verb.end() > q.start:
                    break
                end = verb.end()
            if flow == "export" and _DELIVER.fullmatch(m.group()) and not _DELIVER_TO.match(text, m.start()) \
                    and not (view.no - ctx.trade_sentence <= 2 and ctx.trade_paragraph == view.paragraph):
                continue
            if flow == "import" and view.inside_company(m.start(), m.end()):
                continue
            if flow != "turnover" and text[m.start()].isupper() and _INSTITUTION_NAMED.match(text, m.end()):
                continue                # "loans from the Export-Import Bank of China ($5 billion)": a name
            if flow == "import" and m.group().lower() == "received" and not _from_a_state(text, m.end(), view):
                continue                # "received $1.1 billion from cotton yarn exports": what exports earned
            if flow == "export" and _OBJECT_FIRST.fullmatch(m.group()) and not any(
                    m.start() < c.start < m.end() and c.via != "demonym" for c in view.state_countries()):
                continue                # "supplied the plant with 500 tonnes": the first object is no state
            if best is None or end > best[1]:
                best = (m.start(), end, flow)
    if best is None:
        return None
    if best[2] != "turnover" and "respectively" not in text \
            and _BOTH_FLOWS.search(text, max(0, best[0] - 16), min(len(text), best[1] + 16)):
        best = (best[0], best[1], "turnover")   # "import and export cargo passed 15 million tonnes"
    between = text[best[1]:q.start]
    if cues.MONEY_BLOCK.search(between):
        # "export revenue came to 28 billion rubles": the value of the exports
        rev = _REVENUE.match(between) if best[2] == "export" else None
        # "Imports weighed 25 million tonnes and cost $26.8 billion": what the goods cost is their value
        cost = _COST_VERB.search(between) if best[2] != "turnover" \
            and not _UNIT_COST.search(text, max(0, best[0] - 12), q.start) else None
        if (rev is None or cues.MONEY_BLOCK.search(between, rev.end())) \
                and (cost is None or cues.MONEY_BLOCK.search(between, 0, cost.start())):
            return None
    return best[2], best[1]


# "from" and at most one word before a state: "from Kazakhstan", "from the Russian side", "from neighbouring Russia"
_FROM_BEFORE_STATE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_RECEIVED_REACH = 70


def _from_a_state(text: str, start: int, view: SentenceView) -> bool:
    """Whether "received" at `start` is followed by "from <a state>": "received 2 million tonnes of grain
    from Kazakhstan" is an import; "received $1.1 billion from cotton yarn exports" (what the exports earned)
    and "received $2 billion from foreign investors" are not."""
    return any(start < c.start <= start + _RECEIVED_REACH
               and _FROM_BEFORE_STATE.search(text, max(start, c.start - 30), c.start)
               and ";" not in text[start:c.start]
               for c in view.state_countries())


# The branch of cues.EXPORT whose verb takes the buyer first: verb, at most two words, no "to" after.
_OBJECT_FIRST = re.compile(rf"(?:{cues.OBJECT_FIRST_VERBS})\s+(?:the\s+)?\S+(?:\s+\S+)?(?<!\sto)(?<!\sabroad)", re.I)
# A state right after such a verb is the buyer: the other side of the export.
_OBJECT_STATE_BEFORE = re.compile(rf"\b(?:{cues.OBJECT_FIRST_VERBS})\s+(?:the\s+)?$", re.I)


_ENTERED = re.compile(r"^[^.;]{0,70}?\b(?:entered|came\s+into|(?:were|was)\s+brought\s+into)\s+the\s+country\b", re.I)
# "6,253 of them for $52.5 million", "2,374 worth $10.8 million", "9,000 tonnes of dried apricots for $14
# million": the value of the shipment just named
# "5.2 million units, up 57 percent, with a value of $101.6 billion"
_VALUE_OF_PREVIOUS = re.compile(r"(?:(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:cars|vehicles|units|tonnes|tractors|buses|trucks))?"
                                r"(?:\s+of\s+them|\s+of\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?"
                                r"(?:\s+(?:for|worth|valued\s+at)"
                                r"|(?:,\s+(?:up|down)\s+[\d.,]+\s*(?:percent|per\s+cent|%))?,?\s+with\s+a\s+(?:total\s+|combined\s+)?value"
                                r"\s+of)\s+"
                                r"(?:(?:about|around|nearly|almost|over|some|roughly|just)\s+)?$", re.I)


# a flow named right after its figure: "$2.9 billion in exports", "$3.6 billion of Kazakh imports", "35.5
# million tonnes of exports"
# million tonnes of exports"; a copula names it too ("68 million tonnes were exports"), and so does the
# flow word alone closing an elliptic part ("... and 2 million tonnes imports.")
_NAMED_FLOW_AFTER = re.compile(r"\s+(?:(?:(?:worth\s+)?(?:of|in)|were|was|are|is|went\s+(?:to|for|on))\s+(?:[A-Z][\w-]*\s+)?"
                               r"(?P<flow>exports|imports)\b"
                               r"|(?P<bare>exports|imports)(?=\s*(?:[.,;)]|$|and\b)))")


def _past_unit_noun(text: str, q: Quantity) -> int:
    """Where the figure's words end: past its unit noun when the amount stops before it ("35.5
    million| tonnes of exports", "12,000| cars in imports")."""
    noun = q.unit_noun
    if noun and text.startswith(noun, q.end + 1) and text[q.end:q.end + 1].isspace():
        return q.end + 1 + len(noun)
    return q.end


def _cue_after(text: str, q: Quantity, next_figure: int | None = None) -> str | None:
    """The flow a cue after the figure names; a passive verb ("were shipped abroad") only for the
    last figure before it: "output of 50,000 units, and 2,700 of the vehicles were shipped abroad"
    exported the 2,700."""
    tail = text[q.end:]
    m = cues.TRADE_AFTER.match(tail)
    if m:
        word = m.group().lower()
        if "export" in word or "deliver" in word or "shipment" in word or "sales" in word:
            return "export"
        if "import" in word or "purchase" in word:
            return "import"
        return "turnover"
    if q.is_money and (m := cues.EARNED_FROM_EXPORTS.match(tail)) is not None:
        return "export"             # "earned $538 million from tomato exports": what the exports brought in
    if _ENTERED.match(tail):
        return "import"             # "184,789 cars worth $2.7 billion entered the country"
    if q.is_money and cues.CROSSED_BORDER_AFTER.match(tail):
        return "turnover"           # "goods worth $2.8 billion crossed the border between the two neighbours"
    if q.is_money:
        m = cues.PASSIVE_MONEY_AFTER.match(tail)
        if m:
            return "export"             # the goods named before are the seller's ("Uzbek goods ... bought by Russia")
    else:
        m = cues.PASSIVE_TRADE_AFTER.match(tail)
        if m and (next_figure is None or q.end + m.end() <= next_figure):
            return "import" if "import" in m.group().lower() else "export"
    return None


_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s)?\s*")


def _states(view: SentenceView, start: int, end: int, figure: int = -1, taken: frozenset[int] = frozenset()) -> list[Ent]:
    """The states named between `start` and `end`, once each; past the figure at `figure`, not a
    state named as holding a share of it ("..., with China accounting for 61 percent of the total"),
    nor a state a venue names ("at talks in Astana"), nor one at the start of `taken` (the partner of
    another figure)."""
    seen: set[str] = set()
    out = []
    for c in view.state_countries():
        if start <= c.start and c.end <= end and c.code not in seen and c.start not in taken \
                and not (0 <= figure < c.start and is_share_holder(view.text, c)) and not _venue(view.text, c) \
                and not in_relative_clause(view, c):
            seen.add(c.code)
            out.append(c)
    return out


# "At a meeting in Budapest, the minister said ...", "talks held at Astana": where something was said
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+$", re.I)


def _venue(text: str, c: Ent) -> bool:
    """Whether the state is named by its capital as the place where something happened."""
    return c.via == "capital" and _VENUE_BEFORE.search(text, max(0, c.start - 4), c.start) is not None


# A figure's own other side, right after it: "3.4 bcm to Turkiye", "1,258 from Hong Kong", "$5
# million of cotton going to Russia", "120,000 tonnes bound for Georgia", "2,000 cars were sent to"
_OWN_SIDE_AFTER = re.compile(
    r"(?:\s+(?!(?:to|for|into|from|and|or|with|while|but)\b)[a-z][\w-]*){0,3}?,?\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:going|went|goes|sent|shipped|delivered|exported|sold|headed|bound|destined|supplied|coming|came|imported)\s+)?"
    r"(?:to|for|into|from)\s+(?:the\s+)?", re.I)


def _enumerated_way(view: SentenceView, q: Quantity) -> str | None:
    """The flow an enumeration of figures each with its own state says by its preposition: "from"
    origins are imports, "to"/"for" destinations exports; None for a figure of no enumeration."""
    sides = _own_sides(view)
    if len(set(sides.values())) < 2:
        return None
    mine = next((c for c in view.state_countries() if sides.get(c.start) == q.start), None)
    if mine is None:
        return None
    word = _SLOT_WORD.search(view.text, max(q.end, mine.start - 14), mine.start)
    if word is None:
        return None
    return "import" if word.group(1).lower() == "from" else "export"


def _enumerated(view: SentenceView, q: Quantity) -> bool:
    """Whether `q` is one figure of an enumeration each with its own state ("..., with 600,000
    tonnes going to Uzbekistan, 300,000 tonnes to Tajikistan and 150,000 tonnes to Kyrgyzstan")."""
    sides = _own_sides(view)
    if len(set(sides.values())) >= 2 and q.start in sides.values():
        return True
    # the state first: "..., with Uzbekistan taking 600,000 tonnes, Tajikistan 300,000 tonnes and ..."
    return label_of(view, q) is not None and sum(label_of(view, o) is not None for o in view.quantities) >= 2


_SLOT_WORD = re.compile(r"\b(from|to|for|into)\s+(?:the\s+)?$", re.I)


def _own_sides(view: SentenceView) -> dict[int, int]:
    """{start of a state: start of the figure it is the other side of}, for each state named right
    after a figure ("with 3.9 bcm going to Georgia, 3.4 bcm to Turkiye and 1.1 bcm to Russia"):
    each figure of an enumeration takes its own state, none of the others does."""
    out: dict[int, int] = {}
    qs = view.quantities
    states = view.state_countries()
    if len(qs) < 2 or len(states) < 2:
        return out                  # an enumeration needs two figures and two states
    for c in states:
        before = [q for q in qs if q.end <= c.start]
        if before and c.start - before[-1].end <= 45 and _OWN_SIDE_AFTER.fullmatch(view.text, before[-1].end, c.start):
            out[c.start] = before[-1].start
    return out


def _possessives(view: SentenceView) -> list[str]:
    return [c.code for c in view.state_countries() if c.possessive]


def _order(view: SentenceView, ents: list[Ent], flow: str, cue_end: int | None) -> tuple[str, str]:
    """Reporter and partner among two or more states of one segment."""
    text = view.text
    codes = [e.code for e in ents]
    if flow == "export" and cue_end is not None:
        buyer = next((e for e in ents if e.end <= cue_end and _OBJECT_STATE_BEFORE.search(text, max(0, e.start - 25),
                                                                                         e.start)), None)
        if buyer is not None and any(c != buyer.code for c in codes):
            # "Russia supplied Kazakhstan with 1.5 million tonnes": the verb's first object is the buyer
            return next(c for c in codes if c != buyer.code), buyer.code
    if flow in ("export", "import") and cue_end is not None:
        partners = [e for e in ents if e.start >= cue_end and _FROM_TO.search(text[max(0, e.start - 12):e.start])]
        if not partners:
            partners = [e for e in ents if e.start >= cue_end]
        if partners:
            partner = partners[0].code
            reporter = next((c for c in codes if c != partner), None)
            return reporter, partner
        before = [e for e in ents if e.end <= cue_end]
        if before:
            reporter = before[-1].code
            return reporter, next(c for c in codes if c != reporter)
    poss = [c for c in _possessives(view) if c in codes]
    reporter = poss[0] if poss else codes[0]
    return reporter, next(c for c in codes if c != reporter)


def _reporter_in_force(av: ArticleView, view: SentenceView, ctx: Context, partner: str | None,
                       labels: frozenset[str] = frozenset()) -> str | None:
    """Whose trade a figure is when the sentence names only the other side: a reporting state of the
    sentence that labels no figure of its own, else the one the article's trade figures were last
    reported for, else its main country."""
    own = reporter_mention(view)
    if own is not None and own.code in labels:
        own = None                  # "Turkey supplied goods worth $868.4 million and China $777.1 million"
    # "Our trade with China came to $1.8 billion": in an interview or a quote, the speaker's state
    speaker = speaker_state(av) if speaks(av, view) else None
    for code in (own.code if own else None, speaker, _new_subject(ctx), ctx.reporter, av.main_country):
        if code and code != partner:
            return code
    return _other_side(av, view, ctx, partner) if partner else None


# the same flow seen from the other side
_OTHER_SIDE = {"import": "export", "export": "import"}


def _sides_swapped(view: SentenceView, ctx: Context, reporter: str | None) -> bool:
    """Whether the state that reported the flow carried over is now the other side: a label of the
    ranking, for another reporter ("China shipped 83,800 cars to Uzbekistan. ... Kazakhstan's
    market is bigger. China came first with 45,984 cars, followed by Georgia": China's exports
    were the figures before, these are Kazakhstan's imports)."""
    before = ctx.trade_set[0] if ctx.trade_set else None
    if before is None or reporter is None or reporter == before:
        return False
    return any(e.code == before for q in view.quantities if (e := label_of(view, q)) is not None)


def _new_subject(ctx: Context) -> str | None:
    """A state that opened a sentence after the last trade figures, and was no partner of them:
    the text has turned to it, and the figures that follow without a reporter of their own are its
    ("Uzbekistan's figures ... Kazakhstan's market is bigger. China came first with 45,984 cars,
    followed by Georgia (39,984)")."""
    if ctx.subject and 0 <= ctx.trade_sentence < ctx.subject_sentence and ctx.subject not in ctx.partners:
        return ctx.subject
    return None


def _other_side(av: ArticleView, view: SentenceView, ctx: Context, code: str) -> str | None:
    others = [c.code for c in view.state_countries() if c.code != code]
    if others:
        poss = [c for c in _possessives(view) if c != code]
        return poss[0] if poss else others[0]
    pairs = (av.main_pair, ctx.trade_set, ctx.pair) if view.has(cues.TWO_SIDES) else (ctx.trade_set, ctx.pair)
    for pair in pairs:
        if pair and code in pair:
            other = pair[1] if pair[0] == code else pair[0]
            if other:
                return other
    if av.main_country and av.main_country != code:
        return av.main_country
    return None


def extract_trade(av: ArticleView, view: SentenceView, ctx: Context) -> list[TradeCandidate]:
    text = view.text
    quantities = view.quantities
    if not quantities:
        return []
    trades: list[_Trade] = []
    amounts = [(i, q) for i, q in enumerate(quantities)
               if q.is_money or (q.unit in cues.TRADE_PHYSICAL_UNITS and (q.unit_noun or "").lower() not in _KINDS)
               or (q.unit is None and (_EXPORTED_BARE.search(text, max(0, q.start - 30), q.start)
                                       or (_OF_THE_GOODS.match(text, q.end) and _crossed_border(text[q.end:]))
                                       or _CHANGED_TO.search(text, max(0, q.start - 120), q.start)
                                       or (continues_trade(view, ctx) and (label_of(view, q)
                                                                            or _enumerated_way(view, q)))))]
    if len(amounts) == 1 and not amounts[0][1].is_money:
        # "40,000 cars in 2025, up from just over 30,000 last year": the base counts the same
        # things; so does a figure for another period joined by "and" ("7,352 cars in 2022 and
        # 39,896 in 2023"); "five times as many" is a ratio, no count
        first = amounts[0]
        periods = view.periods
        for i, q in enumerate(quantities[first[0] + 1:], first[0] + 1):
            if q.is_money or unit_of(text, q) is not None or q.unit_noun in MULTIPLIERS:
                continue
            if cues.COMPARISON_BEFORE.search(text, max(0, q.start - 30), q.start) \
                    or (_AND_BEFORE.search(text, max(0, q.start - 30), q.start)
                        and any(0 <= s - q.end <= 6 and text[q.end:s].strip() in ("", "in", "for") for s, _, _ in periods)):
                amounts.append((i, replace(q, unit=first[1].unit)))
    if any(q.unit is None and not q.is_money for _, q in amounts):
        amounts = [(i, q if q.is_money or q.unit else _bare_unit(view, ctx, q)) for i, q in amounts]
        amounts = [(i, q) for i, q in amounts if q is not None]
    if not amounts:
        return []
    bounds = sorted([(q.start, q.end) for _, q in amounts] + percent_spans(view))
    first_start = amounts[0][1].start
    out: list[TradeCandidate] = []
    opening_bases: list[int] = []       # indexes (in trades and out) of bases opening "from X to Y"
    prev: _Trade | None = None
    prev_level: _Trade | None = None        # the last figure that is not a comparison base
    last_turnover: _Trade | None = None
    # a correction note: "An earlier version said trade reached $4.1 billion; it was $4.4 billion"
    wrong = misstated_spans(view)
    for i, q in amounts:
        if any(a <= q.start < b for a, b in wrong):
            continue                    # the figure the note takes back is no fact
        if cues.MONEY_BLOCK_AFTER.match(text[q.end:q.end + 40]) and not (
                _WORTH_OF.match(text, q.end) and any(m.start() < q.start < m.end() for m in view.matches(cues.EXPORT))):
            continue                    # "shipped $24.7 billion worth of products to" is shipped, not made
        if not q.is_money and _MAKES_BEFORE.search(text, max(0, q.start - 40), q.start):
            continue                    # "gained facilities able to make 2.8 million fridges a year": output
        if not q.is_money and _NEEDS_BEFORE.search(text, max(0, q.start - 40), q.start):
            continue                    # "the country needs 400,000 tons of sugar a year": demand, not trade
        if not q.is_money and _output_clause(view, q):
            continue                    # "exported 8.4 million tonnes, while its output exceeded 10 million tonnes"
        role, rule = figure_role(text, q)
        if role == CHANGE and not (rule == "by_amount" and cues.TARGET.search(text, segment_bounds(view, q.start)[0],
                                                                               q.start)):
            # a goal stated only as an increase ("ready to raise exports by $550 million") is the
            # goal the article gives; a change that happened is not a volume
            continue
        restated = next((o for o in quantities if o.end <= q.start and _RESTATED.fullmatch(text, o.end, q.start)), None)
        if restated is not None and (prev is None or prev.q.start != restated.start):
            continue                    # "investment reached 25.1 trillion soums ($2 billion)": the same no-trade figure
        cue = _cue_before(text, q, view, ctx)
        if (sub := _SUBNATIONAL_PART.search(text, 0, q.start)) is not None \
                and not any(sub.end() <= c.start < q.start and not _AREA_AFTER.match(text, c.end)
                            for c in view.state_countries()):
            continue
        flow = cue[0] if cue else None
        cue_end = cue[1] if cue else None
        if flow == "import" and q.is_money and _bought_a_company(view, cue_end, q):
            continue                    # "the Azerbaijani company bought the Turkish group Petkim for $2 billion"
        if flow == "turnover" and _firm_turnover(view, ctx, cue_end):
            continue                    # "pushed annual turnover above $1.2 billion, according to the company"
        if flow == "import" and _domestic_purchase(view, cue_end, q):
            continue                    # "Pakistanis bought 1,000 cars", "bought 16 tonnes of gold from miners"
        if _carrier_count(text, q):
            continue                    # "a train of 62 wagons", "moved by 8,228 trucks": carriers, not goods
        named = _NAMED_FLOW_AFTER.match(text, _past_unit_noun(text, q))
        part = None                     # the turnover this figure is a flow of
        if named is not None and (named.group("flow") or named.group("bare"))[:-1] != flow:
            # "made up of $2.87 billion of Uzbek exports and $3.56 billion of imports from China": the
            # flow named right after the figure is its own
            flow, cue_end = (named.group("flow") or named.group("bare"))[:-1], named.end()
            part = last_turnover if last_turnover is not None and last_turnover.q.is_money == q.is_money else None
        if flow is None:
            flow = _cue_after(text, q, next((o.start for o in quantities if o.start >= q.end), None))
        comparison = prev is not None and role == BASE and prev.q.is_money == q.is_money
        # "to Georgia ..., while shipments to China rose, from 16.3 thousand to 26.7 thousand tonnes":
        # a base after another state is that state's; it keeps the comparison's flow and period
        new_side = comparison and any(prev.q.end <= c.start < q.start and c.code not in (prev.reporter, prev.partner)
                                      for c in view.state_countries())
        # "$82.6 million of the $87.4 million worth of cars Uzbekistan exported": the whole the part was of
        whole = not comparison and prev is not None and prev.q.is_money == q.is_money \
            and _PART_OF.fullmatch(text, prev.q.end, q.start) is not None
        if comparison or whole:
            flow = prev.flow
        continued = False
        carried = False                 # the flow is the one of the figures before, not named here
        if flow is None and q.is_money and view.no - ctx.trade_topic_sentence == 1 \
                and cues.TRADE_PRONOUN.search(text[:q.start]) and not prev:
            # "Trade ... is modest. In 2022 it amounted to $181.9 million"; "Q: What did Uzbek exports to
            # Russia reach in 2023? - They came to $3.2 billion": the flow the question named
            flow = ctx.trade_topic_flow
        if flow is None and q.is_money and view.no - ctx.trade_sentence == 1 and ctx.trade_flow and not prev \
                and (cues.TRADE_PRONOUN.search(text[:q.start]) or _A_FIGURE.search(text, 0, q.start)) \
                and not cues.MONEY_BLOCK.search(text, max(0, q.start - 60), q.start):
            # "... totalled $854 million in 2024. That is 24 percent less than in 2023, when it exceeded
            # $1.1 billion", "Kazakh statistics showed a smaller figure for last year - just over $4.1 billion"
            flow = ctx.trade_flow
        if flow is None and q.is_money and view.no - ctx.trade_sentence == 1 and ctx.trade_flow \
                and _CONTINUE_NOUN.search(text[:q.start]) and cues.TARGET.search(text[:q.start]):
            flow, continued = ctx.trade_flow, True
        if flow is None and not prev and view.no - ctx.trade_sentence == 1 and ctx.trade_flow \
                and ((_PART_OF_LAST[0].search(text, max(0, q.start - 40), q.start)
                      and _PART_OF_LAST[1].match(text, q.end))
                     or _WHOLE_BEFORE_PART.search(text, max(0, q.start - 70), q.start)):
            flow = ctx.trade_flow
        holder = None                   # a state whose share of the figures before this amount states
        if flow is None and not prev and q.is_money and view.no - ctx.trade_sentence == 1 and ctx.trade_flow \
                and (holder := _share_holder_of(view, q)) is not None:
            flow = ctx.trade_flow       # "... trade reached $140 billion. China's share was 21%, or $29 billion"
        if flow is None and (went := _WENT_TO.match(text, _past_unit_noun(text, q))) is not None \
                and (any(went.end() <= c.start <= went.end() + 2 for c in view.state_countries())
                     or _FOREIGN_BUYERS.match(text, went.end())) \
                and not cues.MONEY_BLOCK.search(text, 0, q.start):
            flow, cue_end = "export", went.end()
        if flow is None and prev is not None and q.is_money and not prev.q.is_money \
                and _VALUE_OF_PREVIOUS.match(text, prev.q.end, q.start):
            flow = prev.flow
        if flow is None and continues_trade(view, ctx) and (way := _enumerated_way(view, q)) is not None:
            # "Of these, 20,640 came from China, 1,258 from Turkiye and 147 from Georgia" after
            # import figures: an enumeration of origins is imports, of destinations exports
            flow = way
        label = label_of(view, q) if flow is None and continues_trade(view, ctx) and ctx.trade_flow else None
        paid = _BUYER_PAID.match(text, label.end) if label is not None else None
        if flow is None and continues_trade(view, ctx) and ctx.trade_flow and (
                label or any(c.end <= q.start and is_partner_mention(text, c) for c in view.state_countries())
                or _PLACE_AMONG.search(text, max(0, q.start - 80), q.start)) \
                and not cues.MONEY_BLOCK.search(text, max([e for _, e in bounds if e <= q.start]
                                                          + [0, paid.end() if paid else 0]), q.start) \
                and not (paid and cues.MONEY_BLOCK_AFTER.match(text, q.end)):
            # "... exported $250 million. Kazakhstan took $90 million, ...", "Kazakhstan remained
            # Beijing's largest partner with $43.8 billion", "Russia paid $32.8 million for them" (the
            # buyer's verb is its label's); not "a visit to Uzbekistan produced 58 deals worth $133
            # million": the value of deals, contracts, investment
            flow = ctx.trade_flow
            carried = True
            role = last_match(_ROLE_NOUN.finditer(text, 0, q.start)) or _role_after(text, q)
            if role is not None:
                carried = False
                # "Italy stayed the leading trading partner with $4.2 billion" after import figures:
                # the role the sentence gives the states names the flow
                flow = "turnover" if role.group("trade") else "import" if role.group("imp") else "export"
            elif label is not None and ctx.trade_lead_flow and _RANKED.search(text, label.end, q.start):
                flow = ctx.trade_lead_flow  # "Russia led with turnover of $823 million ... China was second at $726.8 million
        if flow is None:
            continue
        if not q.is_money and cue_end is not None and q.start - cue_end > 90 \
                and not _enumerated(view, q):
            continue                    # (a figure of an enumeration of sides goes on with the cue before it)
        if intra_group(view, clause_bounds(view, q.start)[0], q):
            continue                    # "mutual trade within the union reached 7.4 trillion rubles": no one state's

        seg_start, seg_end = segment_bounds(view, q.start)
        local_start = max([e for s, e in bounds if e <= q.start] + [seg_start])
        local = text[local_start:q.start]
        next_start = min([s for s, e in bounds if s >= q.end] + [len(text)])
        goal_before = last_match(cues.TARGET.finditer(local))
        if goal_before is not None and (colon := local.find(":", goal_before.end())) >= 0 \
                and cues.ACTUAL_VERB.search(local, colon):
            goal_before = None          # "officials were aiming for a first billion: in 2013 turnover stood at $425 million"
        is_target = bool(goal_before or cues.TARGET_AFTER.match(text[q.end:min(next_start, q.end + 60)]))
        if cue_end is not None and _TO_VERB.search(text, max(0, cue_end - 12), cue_end):
            is_target = True                # "a contract to supply 40,000 tonnes to ..."
        if not is_target and _GOAL_VERB.search(local):
            is_target = True                # "the two countries want annual trade of $5 billion"
        coordinated = prev is not None and prev.is_target and _COORDINATED_GOAL.fullmatch(local) is not None
        if coordinated:
            is_target = True                # "... of $1 billion initially and $2 billion at the next stage"
        if comparison:
            is_target = prev.is_target
        if continued:
            is_target = True

        # countries
        company = None
        if not comparison and not coordinated and prev is not None and prev.flow == flow == "export" \
                and cue_end is not None \
                and _ITS_EXPORT.search(text, max(0, cue_end - 40), cue_end):
            # "..., and its export revenue came to 28 billion rubles": the same exporter, all markets
            reporter, partner = prev.reporter, None
        elif (comparison and not new_side) or (prev is not None and prev.flow == flow and prev.q.is_money != q.is_money
                                               and not _states(view, prev.q.end, q.start)):
            # "delivered 1,100 vans worth KGS 3.2 billion": the value of the same shipment
            reporter, partner = prev.reporter, prev.partner
        elif whole:
            reporter, partner = prev.reporter, None
        elif continued and ctx.trade_set:
            reporter, partner = ctx.trade_set
        elif coordinated and prev.partner is not None and not _states(view, prev.q.end, q.start):
            reporter, partner = prev.reporter, prev.partner   # "... to $1 billion first and to $3 billion later"
        elif flow in _OTHER_SIDE and last_turnover is not None and last_turnover.partner is None \
                and last_turnover.reporter is not None and last_turnover.q.is_money == q.is_money \
                and _breakdown_of(view, last_turnover.q, q):
            # "Total turnover stood at $12.9 billion, of which exports were $5.1 billion": the total's
            # flows, with all partners too
            reporter, partner = last_turnover.reporter, None
        elif part is not None and part.partner is not None:
            # a flow of the turnover just given, between its sides: "of Uzbek exports" is Uzbekistan's,
            # "of imports from China" has China for partner
            reporter, partner = part.reporter, part.partner
            own = next((c.code for c in view.state_countries() if named.start() <= c.start < named.end()), None)
            other = next((c.code for c in view.state_countries() if named.end() <= c.start <= named.end() + 12
                          and _FROM_TO.search(text, named.end(), c.start)), None)
            if own == partner or other == reporter:
                reporter, partner = partner, reporter
        else:
            reporter, partner, company = _countries(av, view, ctx, q, flow, cue_end, seg_start, seg_end)
            if flow == "import" and cue_end is not None and partner is not None \
                    and _BUYER_NOUN.search(text, max(0, cue_end - 12), cue_end) \
                    and (label := label_of(view, q)) is not None and label.code == partner:
                flow = "export"         # "Among wheat buyers Algeria took 1.4 mln tonnes": the buyer is the other side
            if flow != "turnover" and (owner := _goods_owner(view, q)) is not None:
                other = next((c.code for c in view.state_countries() if c.code != owner[0] and c.end <= q.start), None)
                if other is not None:
                    reporter, partner, flow = owner[0], other, owner[1]
            if holder is not None and ctx.trade_set and ctx.trade_set[0] and ctx.trade_set[0] != holder:
                # the share's amount is the trade of the reporter in force with the share's holder
                reporter, partner = ctx.trade_set[0], holder
            if flow == "import" and cue_end is not None and (
                    _EARNED.search(text, max(0, cue_end - 40), cue_end)
                    or (q.is_money and _BROUGHT_IN.search(text, max(0, cue_end - 12), cue_end)
                        and not _GOODS_AFTER.match(text, q.end)
                        # "... and spirits $155.7 million": the same verb, gapped
                        and (text[cue_end:q.start].strip() == "" or (prev is not None and prev.q.start >= cue_end
                                                                      and prev.flow == "export")))):
                flow = "export"         # "the shipments brought in $3.7 million": what the exports earned
            elif flow == "import" and partner and reporter and _partner_buys(view, cue_end, partner):
                flow = "export"         # "Kazakh buyers accounted for $82.6 million of the cars Uzbekistan exported"
            if flow in _OTHER_SIDE and partner and reporter and _data_source(view) == partner \
                    and _subject_of_verb(view, cue_end, reporter):
                # "China bought Iranian goods worth $12.6 billion, according to Iran's customs": the figure is
                # reported by the state whose statistics give it, from its side (Iran's export to China)
                reporter, partner, flow = partner, reporter, _OTHER_SIDE[flow]
            if carried and flow in _OTHER_SIDE and _sides_swapped(view, ctx, reporter):
                flow = _OTHER_SIDE[flow]
            if flow in _OTHER_SIDE and partner and reporter and last_turnover is not None \
                    and _told_by_partner(view, last_turnover.q, q, ctx, partner):
                # "trade rose to $355 million, of which Kyrgyz deliveries to Turkey accounted for $50
                # million" among Turkey's figures: a part of the turnover, told from the side in force
                reporter, partner, flow = partner, reporter, _OTHER_SIDE[flow]
        chosen = choose_period(view, q.start, q.end, local_start, next_start, first_start)
        if chosen is not None and chosen[1] <= q.start and (earlier := _YEARS_EARLIER.search(text, chosen[1], q.start)):
            # "The figure for 2023 builds on a result a year earlier, when trade grew to $460 million": 2022
            n = earlier.group(1).lower()
            shifted = shift_years(chosen[2], -(_YEAR_COUNT.get(n) or int(n)))
            if shifted is not None:
                chosen = (chosen[0], chosen[1], shifted)
        if chosen is not None and ctx.trade_period is not None and _SAME_SPAN.match(text, chosen[0]) \
                and _months(chosen[2]) == _months(ctx.trade_period) is not None:
            # "Iranian exports in October and November 2021 ... Sales over the same two months":
            # the span of the figures just reported, not the first months of a year
            chosen = (chosen[0], chosen[1], ctx.trade_period)
        if chosen is not None and chosen[0] >= q.end and _counted_months_after(text, q, ctx.trade_period):
            chosen = (q.end, q.end, ctx.trade_period)
        if chosen is None and (month := _month_named_before(av, view, q.end)) is not None:
            chosen = (q.end, q.end, month)      # "The picture for September alone ... during the month"
        if chosen is not None and chosen[0] >= next_start and next_start < len(text) \
                and _base_at(view, next_start):
            chosen = None               # "$3.7 million, 33 percent less than the $5.6 million earned in 2023": the base's
        if chosen is not None and not comparison and chosen[1] <= q.start and (base_q := next(
                (b for _, b in amounts if b.end <= chosen[0] and _BASE_PERIOD_GAP.fullmatch(text, b.end, chosen[0])
                 and figure_role(text, b)[0] == BASE), None)) is not None:
            # "doubled from 6.6 thousand tonnes in January 2023 to 13 thousand tonnes": the base's
            # period; the level's is one named before the base ("grew 55 percent last year, from $5.4
            # billion in 2022 to $8.4 billion"), else the one in force. (A base is a traded amount: "from
            # 31 countries in 2023, 73,000 cars in all" counts no goods.)
            chosen = _before_base(view, base_q, prev_level.q.end if prev_level is not None else 0,
                                  [a.start for _, a in amounts])
        # "in the same period of 2019" after January-July 2020 figures: January-July 2019; "83,800 cars in
        # January-November 2023, six times the 10,400 of the same months of 2022": the level's span
        span = prev_level.period if prev_level is not None and prev_level.period is not None \
            and is_part_year(prev_level.period) else ctx.trade_period
        if chosen is not None and chosen[2].precision == "year" and span is not None \
                and is_part_year(span) and chosen[2].year and span.start \
                and _SAME_PART_OF.search(text, max(0, chosen[0] - 40), chosen[0]):
            moved = shift_years(span, chosen[2].year - span.start.year)
            if moved is not None:
                chosen = (chosen[0], chosen[1], moved)
        if prev is not None and prev.q.is_money != q.is_money and prev.period is not None \
                and _VALUE_OF_PREVIOUS.match(text, prev.q.end, q.start):
            # "in 2017 970,100 tonnes worth $49.5 million": the value of the shipment just named, its period
            chosen = (prev.q.start, prev.q.end, prev.period)
        if comparison and chosen is not None and chosen[0] < q.end:
            chosen = None               # the level's own period, named before the base
        if comparison and chosen is not None and prev is not None and _same_months_as(text, chosen[0], prev.period):
            chosen = None               # "from $36.56 million in the same nine months a year before": shifted below
        if not comparison and chosen is not None and prev is not None and prev is not prev_level \
                and prev_level is not None and prev.q.end <= chosen[0] \
                and _NEXT_CLAUSE.search(text, chosen[1], q.start):
            # "less than half of the $456 million it sold there in September 2016, and it imported
            # $681 million": the base's period ends with its clause; the next level is the first level's
            chosen = (chosen[0], chosen[1], prev_level.period) if prev_level.period is not None else None
        if not comparison:
            # "plans to ship 120,000 tonnes in August and keeps its forecast for the full year at 1.5
            # million tonnes": the words nearer the figure than the period chosen say which it is for
            lo, hi = local_start, next_start
            if chosen is not None:
                lo, hi = (max(lo, chosen[1]), hi) if chosen[1] <= q.start else (lo, min(hi, chosen[0]))
            whole = _whole_year(text, lo, hi, prev_level, ctx)
            if whole is not None:
                chosen = (q.start, q.end, whole)
        period = chosen[2] if chosen else None
        if comparison and period is None:
            # "to $94.8 billion, up from $89.4 billion a year earlier": the level's period, shifted
            # (a new side's base: the last level's, not the other side's base before it)
            level = prev_level if new_side and prev_level is not None else prev
            period = shift_years(level.period, -years_back(text[q.end:next_start]))
        if period is None and not comparison and not is_target:
            period = _share_of_total_period(text, q, ctx)
        if period is None and not comparison and not is_target:
            period = _shipment_day(view)
        if period is None and not comparison:
            period = _period_from_context(view, ctx, prev_level, is_target)
        if comparison and is_target and period is not None and period.end and av.reference \
                and period.end < av.reference:
            is_target = False           # "... in 2025, up from 30,000 last year": the base was reached
        if period is not None and not is_target and av.reference and period.start \
                and period.start > av.reference:
            is_target = True
        period = in_fiscal_year(period, reporter, partner)
        if role == BASE and not comparison and chosen is None:
            opening_bases.append(len(trades))  # "rose from $9.38 billion to $9.88 billion": dated by its level, below
        t = _Trade(q, i, flow, reporter, partner, is_target, company, period, comparison or role == BASE)
        trades.append(t)
        prev = t
        if flow == "turnover":
            last_turnover = t
        if not comparison and role != BASE:
            prev_level = t              # a base opening the sentence ("from 6.6 thousand tonnes ... to") is none
        out.append(TradeCandidate(
            sentence_no=view.no, evidence=text, reporter_country_code=reporter,
            partner_country_code=partner, company_name=company, flow=flow,
            product=_product(text, q), amount=q.value, unit=national_currency(q, reporter) or q.unit or "units",
            is_money=q.is_money,
            qualifier=q.qualifier, period_start=period.start if period else None,
            period_end=period.end if period else None, is_target=is_target,
            range_bound=q.range_bound))
    for k in opening_bases:
        # a base that opens "from X to Y" and names no period is the year before its level's
        level = next((t for t in trades[k + 1:] if not t.base), None)
        if level is not None and level.period is not None and level.flow == trades[k].flow:
            period = shift_years(level.period, -years_back(text[trades[k].q.end:level.q.start]))
            if period is not None:
                trades[k].period = period
                out[k] = replace(out[k], period_start=period.start, period_end=period.end)
    if trades:
        ctx.claimed.setdefault(view.no, set()).update(t.index for t in trades)
        last = trades[-1]
        ctx.trade_set = (last.reporter, last.partner)
        ctx.partners.update((t.partner, view.no) for t in trades if t.partner)
        ctx.trade_sentence = view.no
        ctx.trade_paragraph = view.paragraph
        ctx.trade_flow = last.flow
        ctx.trade_lead_flow = trades[0].flow
        physical = [t for t in trades if not t.q.is_money and t.q.unit]
        if physical:
            ctx.trade_unit = physical[-1].q.unit
        # the level leads, not a base before it ("from $5.4 billion in 2022 to $8.4 billion")
        dated = [t for t in trades if t.period is not None and not t.is_target]
        lead = next((t for t in dated if not t.base), dated[0] if dated else None)
        for t in dated:
            if t.partner is None and not t.base:
                ctx.total_periods[t.flow] = t.period    # "foreign trade turnover amounted to $8.6 billion"
        if lead is not None:
            ctx.trade_level_period = lead.period
        if lead is not None and (ctx.trade_period_from_lead or _opens_paragraph_with(av, view, lead.period)
                                 or _opens_story(av, view) or not _looks_back(lead.period, ctx.trade_period)):
            # (a period a lead only named gives way to the first figures that state theirs)
            ctx.trade_period, ctx.trade_period_from_lead = lead.period, False
    return out


# what a ranking calls its states: partners trade both ways, suppliers sell to the reporter, buyers buy
_ROLE_NOUN = re.compile(r"\b(?:(?P<trade>(?:trad(?:e|ing)\s+)?partners?)|(?P<imp>suppliers?|sources?\s+of\s+imports)"
                        r"|(?:buyers?|customers?|(?:export\s+)?(?:markets?|destinations?)))\b", re.I)
# "Russia ($80 million) and Kazakhstan ($71 million) were again the leading partners": the role the
# states' predicate gives them after their figures
_ROLE_PREDICATE = re.compile(r"(?:[^.;:]|\.\d){0,80}?\b(?:were|was|are|is|remained|remain|remains|stayed|stay|stays)\s+"
                             r"(?:(?:again|still|also|once\s+more)\s+)?(?:the\s+(?:country|nation|republic)['\u2019]s|the|its|their"
                             r"|[A-Z]\w+['\u2019]s)\s+"
                             r"(?:(?:leading|main|largest|biggest|top|key|principal|chief|major|two|three)\s+){0,2}"
                             r"(?=[a-z])")


def _role_after(text: str, q: Quantity) -> re.Match | None:
    predicate = _ROLE_PREDICATE.match(text, q.end)
    if predicate is None:
        return None
    role = _ROLE_NOUN.match(text, predicate.end())
    return role


_BUYER_PAID = re.compile(r"\s+(?:paid|spent)\b", re.I)
# "China regained first place among partners with $2.3 billion", "ranked second among suppliers at": a
# state's place in a ranking named by its role, right before its figure
_PLACE_AMONG = re.compile(r"\b(?:place|position|spot|rank(?:ed)?)\s+(?:among|of)\s+(?:(?:its|the|all|[A-Z]\w+['\u2019]s)\s+)?"
                          r"(?:(?:foreign|trad(?:e|ing)|main|leading|largest)\s+)*(?:partners?|suppliers?|buyers?|customers?|markets?"
                          r"|destinations?)\b[^.;:$]{0,20}?\s+(?:with|at|on)\s+(?:(?:about|around|some|nearly|over|almost)\s+)?$", re.I)
# a rank between a state and its figure: it continues the ranking of the figure that led
_RANKED = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|followed|next|then)\b", re.I)
# "exports there", "imports from there": the place just named
_THERE = re.compile(r"\s+(?:(?:to|from)\s+)?there\b", re.I)
# (or after the goods: "shipped 31,082 tonnes of water worth $17.7 million there")
_THERE_AFTER = re.compile(r"(?:[^;:,]|,(?=\d)){0,60}?\s(?:(?:to|from)\s+)?there\b(?!\s+(?:is|are|was|were|has|have|had|will)\b)", re.I)
# both flows named as one: "import and export cargo", "exports and imports totalled", "export-import"
_BOTH_FLOWS = re.compile(r"\b(?:imports?|exports?)(?:\s+and\s+|\s*[-/]\s*)(?:exports?|imports?)\b", re.I)
# "across 85 commodity items", "40 tariff lines": how many kinds of goods, not how many goods
_KINDS = frozenset({"items", "item", "positions", "lines", "types", "kinds", "categories", "varieties", "names"})
# goals the shared TARGET cue does not name: a wish, a forecast, what an agreement provides for
_GOAL_VERB = re.compile(r"\b(?:want(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?(?:trade|turnover|exports?|imports?|supplies)|predict(?:s|ed)?|forecasts?|provides?\s+for|provided\s+for"
                        r"|would\s+(?:reach|exceed|hit|top|grow|rise|climb|double|amount|total))\b", re.I)
# a second figure joined to a goal: "$5 billion soon and $10 billion further ahead"
# a verb of making right before a physical figure: what a site makes, not what is traded
_MAKES_BEFORE = re.compile(r"\b(?:(?:able\s+to|to|will|can|could|would)\s+(?:make|produce|turn\s+out|manufacture|assemble"
                           r"|process)|(?:design|production|annual|rated)?\s*capacity\s+(?:of|to\s+\w+))"
                           r"\s+(?:(?:about|around|up\s+to|some|over|more\s+than)\s+)?$", re.I)
# a verb of needing or using right before a physical figure: what a market consumes
_NEEDS_BEFORE = re.compile(rf"\b(?:{cues.USED_UP}|used\s+up|consumption\s+(?:at|is|was|stands\s+at))\s+"
                           r"(?:(?:about|around|up\s+to|some|over|more\s+than|nearly|almost|roughly)\s+)?$", re.I)
_COORDINATED_GOAL = re.compile(r"\s*(?:[\w-]+\s+){0,6}?(?:and|or)\s+(?:[\w-]+\s+){0,5}?"
                               r"(?:then\s+|later\s+|eventually\s+|up\s+to\s+|to\s+)?"
                               r"(?:(?:about|around|some|nearly|over|more\s+than)\s+)?", re.I)
_YEARS_EARLIER = re.compile(r"\b(a|one|two|three|four|five|\d)\s+years?\s+(?:earlier|before)\b(?=[^.;]{0,20}\bwhen\b)", re.I)
_YEAR_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "Foreign Trade Minister", "the Foreign Trade Bank": an institution, not trade with all partners
_INSTITUTION_AFTER = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s*(?:Minister|Ministry|Committee|Bank|Agency|Department"
                                r"|Service|Council|Centre|Center)\b")
# a flow word naming an institution: "the Export-Import Bank of China", "Export Credit Agency", "Import Department"
_INSTITUTION_NAMED = re.compile(r"(?:-(?:Import|Export)|\s+Credit)?" + _INSTITUTION_AFTER.pattern)
# "the Ministry of Trade", "Minister for Foreign Trade": a name, not trade
_INSTITUTION_BEFORE = re.compile(r"\b(?:Ministry|Minister|Department|Committee)\s+(?:of|for)\s+(?:Foreign\s+|External\s+)?$")
# "a smaller figure for last year - just over $4.1 billion": the figure just reported, restated
_A_FIGURE = re.compile(r"\b(?:a|the)\s+(?:(?:smaller|larger|lower|higher|different|similar|comparable)\s+)?figure\s+"
                       r"(?:for|of)\b[^.;$]{0,40}$", re.I)
_WORTH_OF = re.compile(r"\s*worth\s+of\s+(?:products|goods)\b", re.I)
# "the same period of 2019", "the same months of 2023", "the same period last year": the span in force, that year
_SAME_PART_OF = re.compile(rf"\bthe\s+{SAME}\s+(?:period|months|time|(?:\w+\s+)?months|quarter|half)\s+(?:of\s+|in\s+)?$",
                           re.I)
_SAME_SPAN = re.compile(rf"the\s+{SAME}\s+(?P<n>\w+)\s+months\b(?!\s+(?:of|in)\b)", re.I)


def _same_months_as(text: str, at: int, period: Period | None) -> bool:
    """Whether "the same nine months" at `at` names as many months as `period`, the level's: a base "in
    the same nine months a year before" is for the level's months, years back (whatever calendar they
    lie in: "July-March of FY2022-23"), not the first nine months of a year."""
    m = _SAME_SPAN.match(text, at)
    if m is None or period is None or (n := _months(period)) is None:
        return False
    word = m.group("n").lower()
    return (COUNT_WORDS.get(word) or (int(word) if word.isdigit() else None)) == n



# "with $11.9 billion over seven months, including $1.7 billion in July": a span counted in months
# right after the figure, as long as the span in force
_MONTHS_AFTER = re.compile(r"(?:\s+of\s+(?:them|these|it|this))?,?\s+(?:over|in|during|for|within)\s+(?:the\s+)?(?:(?:first|past|last)\s+)?"
                           r"(?P<n>\w+)\s+months\b(?!\s+(?:of|in|to|since|from|before|after|ago)\b)", re.I)


def _counted_months_after(text: str, q: Quantity, period: Period | None) -> bool:
    """Whether "over seven months" right after the figure counts as many months as `period`, the span
    in force: the figure is for that span, not for a month named later in the sentence."""
    m = _MONTHS_AFTER.match(text, _past_unit_noun(text, q))
    if m is None or period is None or (n := _months(period)) is None:
        return False
    word = m.group("n").lower()
    return (COUNT_WORDS.get(word) or (int(word) if word.isdigit() else None)) == n

# between a comparison base and its own period: "from $2 billion in 2022", "from 6.6 thousand tonnes in January"
_BASE_PERIOD_GAP = re.compile(r"(?:\s+[a-z]+){0,3}?,?\s+(?:in|for|during|over)\s+(?:the\s+)?", re.I)


# "during the month", "in the month": the one month named just before
_THE_MONTH = re.compile(r"\b(?:during|in|for|over|within)\s+the\s+(?:same\s+)?month\b", re.I)


def _month_named_before(av: ArticleView, view: SentenceView, q_end: int) -> Period | None:
    """The month "during the month" after a figure stands for: the last single month named in
    the sentence before it or in the one or two sentences before ("The picture for September
    alone was much the same. The two countries traded goods worth $899 million during the month.")."""
    m = _THE_MONTH.search(view.text, q_end, q_end + 60)
    if m is None:
        return None
    own = [p for s, _, p in view.periods if s < m.start() and p.precision == "month"]
    if own:
        return own[-1]
    for back in (1, 2):
        if view.no - back < 0:
            break
        months = [p for _, _, p in av.sentences[view.no - back].periods if p.precision == "month"]
        if months:
            return months[-1]
    return None


def _base_at(view: SentenceView, start: int) -> bool:
    """Whether the figure starting at `start` is a comparison base ("less than the $5.6 million")."""
    q = next((q for q in view.quantities if q.start == start), None)
    return q is not None and figure_role(view.text, q)[0] == BASE


# "Last year, ...", "In 2022 ...": a period that opens its sentence
_PERIOD_OPENING = re.compile(r"^\W{0,3}(?:(?:in|during|over|for|throughout)\s+)?(?:the\s+)?$", re.I)


def _opens_paragraph_with(av: ArticleView, view: SentenceView, p: Period) -> bool:
    """Whether the sentence opens its paragraph with the period `p` ("Last year, trade ... grew")."""
    if view.no > 0 and av.sentences[view.no - 1].paragraph == view.paragraph:
        return False
    return any(found == p and _PERIOD_OPENING.match(view.text[:s]) for s, _, found in view.periods)


def _opens_story(av: ArticleView, view: SentenceView) -> bool:
    """Whether the sentence opens the first paragraph under a heading ("Turkish tomato exports up 42.8%
    in 2023" in a digest of briefs): a story of its own, whose figures' period is the one in force."""
    return view.no > 0 and av.sentences[view.no - 1].paragraph != view.paragraph \
        and is_heading(av.sentences[view.no - 1]) and not av.sentences[view.no - 1].is_title


def _looks_back(p: Period, in_force: Period | None) -> bool:
    """Whether figures for `p` look back from the period the article reports on ("In 2022 the
    two countries' turnover had exceeded $1.6 billion" after 2023 figures): inside a paragraph,
    the figures after them that name no period are still for the period in force (a paragraph
    that opens with an earlier period is about that period)."""
    return in_force is not None and in_force.start is not None and p.end is not None and p.end < in_force.start


def _months(p: Period) -> int | None:
    """How many calendar months the period spans (None when open or unresolved)."""
    if p.start is None or p.end is None:
        return None
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def _period_from_context(view: SentenceView, ctx: Context, prev: _Trade | None,
                         is_target: bool) -> Period | None:
    """The period of a figure that names none: the figure before it in the sentence ("$1.6 billion
    last year, of which exports made up $1.1 billion"), else the period of the article's last
    trade figures that stated one, however far back ("In the first half ... . Exports to
    Kazakhstan came to $699 million."): a statistics release states its period once, in the lead.
    Goals do not lean on reported figures, nor reported figures on goals."""
    if prev is not None:
        return prev.period if prev.is_target == is_target else None
    if is_target or ctx.trade_period is None:
        return None
    return ctx.trade_period


_DESTINATION_BEFORE = re.compile(r"\b(?:to|from|into)\s+(?:the\s+)?$", re.I)


# A share given with its amount, of a total: "accounting for 61.7% of total trade, or $5.8 billion", "took
# 40 percent of all exports, or about $2 billion", "with a share of 30% in the country's turnover, i.e. $9 billion"
_SHARE_OF_TOTAL = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)\s+(?:of|in)\s+(?:the\s+|its\s+|all\s+|the\s+country['\u2019]s\s+|[A-Z][a-z]+['\u2019]s\s+)?"
    r"(?:(?:total|overall|foreign|external)\s+){0,2}(?P<flow>trade(?:\s+turnover)?|turnover|exports|imports)\s*,?\s+"
    r"(?:or|i\.e\.|that\s+is|equal\s+to|worth)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
    re.I)


def _share_of_total_period(text: str, q: Quantity, ctx: Context) -> Period | None:
    """The period of a share's amount that names none: the period of the total it is a share of
    (the article's last all-partner figure of that flow), not that of the figures just before it
    ("... in July alone exports were $630 million. China accounted for 61.7% of total trade, or $5.8
    billion": the turnover of January-July)."""
    share = _SHARE_OF_TOTAL.search(text, max(0, q.start - 90), q.start)
    if share is None:
        return None
    word = share.group("flow").lower()
    flow = "export" if word == "exports" else "import" if word == "imports" else "turnover"
    return ctx.total_periods.get(flow)


# A share given with its amount: "China's share was 21%, or $29 billion", "the share of Russia stood at 18
# percent, or about $25 billion"
_SHARE_AMOUNT = re.compile(r"\bshare\b[^.;$]{0,40}?\d\s*(?:%|per\s?cent|percent)\s*,?\s+or\s+"
                           r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$", re.I)
_SHARE_OF = re.compile(r"(?:['\u2019]s)?\s+share\b", re.I)


def _share_holder_of(view: SentenceView, q: Quantity) -> str | None:
    """The state whose share of the figures before is the amount `q` ("China's share was 21%, or $29
    billion": China), or None."""
    text = view.text
    share = _SHARE_AMOUNT.search(text, max(0, q.start - 90), q.start)
    if share is None:
        return None
    for c in view.state_countries():
        if ((of := _SHARE_OF.match(text, c.end)) is not None and of.end() == share.start() + len("share")) \
                or share.start() < c.start < share.start() + 20:
            return c.code           # "China's share", "the share of China"
    return None


def _destination_after(view: SentenceView, q: Quantity, seg: list[Ent], label: Ent) -> bool:
    """Whether the figure's own clause names the other side after it ("Kazakhstan supplied 1.5 million
    tonnes of oil products to Kyrgyzstan"): the state before the verb is then its subject, the
    reporter, not the label of one line of a ranking ("Kazakhstan took $292 million")."""
    text = view.text
    nxt = min([o.start for o in view.quantities if o.start >= q.end] + [len(text)])
    if (clause := _NEXT_CLAUSE.search(text, q.end, nxt)) is not None:
        nxt = clause.start()        # "Kyrgyzstan followed with $19.8 billion, and trade with Uzbekistan ..."
    return any(q.end <= c.start < nxt and c.code != label.code and not c.possessive
               and _DESTINATION_BEFORE.search(text, max(0, c.start - 12), c.start) for c in seg)


# "Iran traded 110 million tonnes of goods worth $52 billion": one state the subject of trading, no other
# side named ("with China", "between"): its trade with all partners
_TRADED_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:has|have|had|also)\s+)?traded\b")
_WITH_SIDE = re.compile(r"\b(?:with|between|among|within)\b", re.I)


def _trades_alone(view: SentenceView, state: Ent, seg_end: int) -> bool:
    """Whether a mention of `state` (any of its names: "TEHRAN - Iran traded") is the subject of
    "traded" with no other side named after it."""
    return any(c.code == state.code and not c.possessive and _TRADED_AFTER.match(view.text, c.end) is not None
               and _WITH_SIDE.search(view.text, c.end, seg_end) is None for c in view.state_countries())


# whose goods a buyer buys or a supplier serves: "the largest buyer of Turkish goods", "the main
# customer for Kazakh grain", "the top supplier to the Turkish market": that state is the seller (it
# exports to the buyer) or the buyer (it imports from the supplier), whichever state names the role
_ROLE_OF_STATE = re.compile(r"\b(?:(?P<buy>buyers?|customers?|importers?|consumers?|purchasers?)"
                            r"|(?P<sell>suppliers?|providers?|sources?))\s+(?:of|for|to)\s+(?:the\s+)?$", re.I)
_GOODS_OF_STATE = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+)?(?:goods|products|exports|imports|produce|market"
                             r"|economy|wares|grain|oil|gas|cars|vehicles|crude|coal|fruit)\b")
_ROLE_REACH = 120


def _goods_owner(view: SentenceView, q: Quantity) -> tuple[str, str] | None:
    """(state, flow) when a state before the figure is named as whose goods a buyer buys ("Germany
    remained the largest buyer of Turkish goods with $11.9 billion": Turkey, export) or whose
    market a supplier serves ("the main supplier of Turkish imports": Turkey, import)."""
    text = view.text
    for c in reversed(view.state_countries()):
        if c.end > q.start or q.start - c.end > _ROLE_REACH:
            continue
        role = _ROLE_OF_STATE.search(text, max(0, c.start - 30), c.start)
        if role is not None and _GOODS_OF_STATE.match(text, c.end):
            return c.code, "export" if role.group("buy") else "import"
    return None


# the output of a maker or a state as the subject of a figure's clause
_OUTPUT_SUBJECT = re.compile(r"\b(?:output|production)\b(?!\s+(?:for|of)\s+(?:the\s+)?export)", re.I)


def _output_clause(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's own clause is about output, with no word of trade in it: "exported 8.4
    million tonnes to China, while its output for the year exceeded 10 million tonnes"."""
    if "output" not in view.low and "production" not in view.low:
        return False
    c_start = clause_bounds(view, q.start)[0]
    if c_start == 0:
        return False                # the sentence's first clause: its trade words are the figure's
    head = view.text[max(c_start, q.start - 200):q.start]
    return _OUTPUT_SUBJECT.search(head) is not None and not any(
        rx.search(head) for rx in (cues.EXPORT, cues.IMPORT, cues.TURNOVER))


def _countries(av: ArticleView, view: SentenceView, ctx: Context, q: Quantity, flow: str,
               cue_end: int | None, seg_start: int, seg_end: int) -> tuple[str | None, str | None, str | None]:
    text = view.text
    own_sides = _own_sides(view) if flow != "turnover" else {}
    if len(set(own_sides.values())) < 2:
        own_sides = {}              # "600 trucks worth $40 million to Mongolia": one shipment, no enumeration
    taken = frozenset(c for c, f in own_sides.items() if f != q.start)
    seg = _states(view, seg_start, seg_end, q.start, taken)
    seg_text = text[seg_start:seg_end]
    # (not "total trade between the two countries": the pair's)
    total = flow == "turnover" and len(seg) <= 1 and not (not seg and view.has(cues.TWO_SIDES)) and any(
        not _INSTITUTION_AFTER.match(text, m.end()) for m in cues.TOTAL_TRADE.finditer(text, seg_start, q.start))
    total = total or (flow == "turnover" and len(seg) == 1 and _trades_alone(view, seg[0], seg_end))
    abroad = flow != "turnover" and bool(cues.ABROAD.search(seg_text))
    bilateral = flow == "turnover" or view.has(cues.BILATERAL)
    company_ent = next((c for c in reversed(view.companies) if c.end <= (cue_end or q.end)
                        and c.start >= seg_start and not cues.ATTRIBUTION_AFTER.match(text[c.end:c.end + 15])), None)
    company = company_ent.name if company_ent else None
    if cue_end is not None and flow != "turnover" and (_THERE.match(text, cue_end)
                                                     or _THERE_AFTER.match(text, q.end, seg_end)):
        # "China's imports from Turkmenistan ..., while Chinese exports there grew to $1 billion":
        # the state named last before, else the one the text was just about
        own = reporter_mention(view)
        reporter = own.code if own else _reporter_in_force(av, view, ctx, None)
        earlier = [c.code for c in view.state_countries() if c.end <= cue_end and c.code != reporter]
        # (else the buyer just named: "Russia remained the biggest buyer. Producers shipped ... there")
        recent = [c for c, n in ctx.partners.items() if view.no - n <= 2 and c != reporter]
        partner = earlier[-1] if earlier else ctx.subject if ctx.subject not in (None, reporter) else \
            max(recent, key=ctx.partners.get) if recent else None
        if partner:
            return reporter, partner, company
    own_side = next((c for c in seg if own_sides.get(c.start) == q.start), None)
    if own_side is not None and taken:
        # one figure of an enumeration of destinations or origins ("exports rose to 8.4 bcm, with
        # 3.9 bcm going to Georgia, 3.4 bcm to Turkiye"): its own state is the other side; the
        # reporter is the one the sentence names, else "the country", else the one in force
        if company_ent is not None and company_ent.code and company_ent.code != own_side.code:
            return _exporter(av, view, ctx, company_ent), own_side.code, company
        mention = reporter_mention(view)
        reporter = (mention.code if mention is not None and mention.code != own_side.code else None) \
            or _the_country(view, ctx, q) or _reporter_in_force(av, view, ctx, own_side.code)
        return reporter, own_side.code, company
    label = label_of(view, q)
    # "Uzbekistan bought 25,000 tonnes, of which 20,640 tonnes came from Kazakhstan, ...": the state
    # that bought or sold the total of an enumeration of sides is the reporter, not a buyer's label
    whole_enumerated = bool(taken) and all(e.start in taken or e.code == label.code
                                           for e in view.state_countries()) if label is not None else False
    if label is not None and not total and not abroad and not whole_enumerated \
            and not _destination_after(view, q, seg, label) \
            and not _OBJECT_STATE_BEFORE.search(text, max(0, label.start - 25), label.start):
        # "followed by Afghanistan ($1.3 million)": the figure is the labelled state's; not "Uzbekistan
        # bought cars worth $1.56 billion abroad" (the buyer is the reporter)
        labels = frozenset(e.code for x in view.quantities if (e := label_of(view, x)) is not None)
        return _reporter_in_force(av, view, ctx, label.code, labels), label.code, company
    group = group_partner(view, clause_bounds(view, q.start)[0], q)
    if group is not None:
        # "China's trade with the five Central Asian republics": no one state is the other side;
        # a group the seeds know is the partner by its code ("CA5", "EAEU")
        own = reporter_mention(view)
        return (own.code if own else ctx.reporter or av.main_country), group or None, company
    partners = [c for c in seg if c.end <= q.start and is_partner_mention(text, c)]
    if partners and not any(c for c in seg if c.start < q.start and c not in partners
                            and (c.possessive or names_reporter(text, c))):
        # "Turnover with Uzbekistan exceeded $500 million, and trade with Kyrgyzstan dropped to
        # $11.7 million": each figure is the nearest partner's, for the reporting state in force
        partner = partners[-1].code
        if company_ent is not None and company_ent.code and company_ent.code != partner:
            return _exporter(av, view, ctx, company_ent), partner, company
        return _reporter_in_force(av, view, ctx, partner), partner, company
    owner = next((c for c in reversed(seg) if c.possessive and c.end <= (cue_end or q.start)), None) if abroad else None
    if owner is not None and len(seg) >= 2 and cues.ABROAD.match(text, _POSSESSIVE_GAP.match(text, owner.end).end()):
        # "..., unlike the Afghan trade: Pakistan's total exports climbed to $31.1 billion": the flows
        # of the state whose total they are, with all partners
        return owner.code, None, company
    if len(seg) >= 2:
        if flow == "export" and cue_end is not None and (company_ent is not None or ctx.location or ctx.company_code) \
                and seg[0].start >= cue_end and _TO_LIST.search(text, cue_end, seg[0].start) \
                and all(LIST_GLUE.fullmatch(text, a.end, b.start) for a, b in zip(seg, seg[1:])):
            # "IKCO exported 4,800 cars, most of them to Iraq, Azerbaijan and Armenia": many destinations, no partner
            return _exporter(av, view, ctx, company_ent), None, company
        r, p = _order(view, seg, flow, cue_end)
        return r, p, company
    if len(seg) == 1 and flow == "turnover" and not total and is_partner_mention(text, seg[0]):
        # "Turnover with Uzbekistan exceeded $500 million": the reporting state is the one in force
        return _reporter_in_force(av, view, ctx, seg[0].code), seg[0].code, company
    if len(seg) == 1:
        c = seg[0].code
        partner_role = flow in ("export", "import") and (
            (cue_end is not None and seg[0].start >= cue_end and not seg[0].possessive)
            or _FROM_TO.search(text[max(0, seg[0].start - 12):seg[0].start]) is not None)
        if partner_role:
            # "imports from Kazakhstan", "shipped to Mongolia": the named state is the partner
            if company_ent is not None and company_ent.code:
                home = _exporter(av, view, ctx, company_ent)
                if home != c:
                    return home, c, company
            other = _the_country(view, ctx, q) or _other_side(av, view, ctx, c)
            if other == c:
                other = _other_side(av, view, ctx, c)
            if other is None and ctx.company_code != c and flow == "export":
                other = ctx.company_code    # "it delivered 1,100 vans to Kyrgyzstan": the firm being discussed
            return other, c, company
        if flow in ("export", "import") and cue_end is not None and not seg[0].start >= cue_end \
                and epithet_partner(text, cue_end, seg_end):
            # "Turkish exports to the Islamic Republic": the other state of the pair in force
            return c, _other_side(av, view, ctx, c), company
        if total or abroad or not bilateral or (taken and all(e.start in taken or e.code == c
                                                              for e in view.state_countries())):
            # (the total of an enumeration of destinations: "exported 8.4 bcm, of which 3.9 bcm went to China, ...")
            return c, None, company
        return c, _other_side(av, view, ctx, c), company
    # no state in the segment: the rest of the sentence, then the article's pair
    if abroad:
        return _home(av, ctx, company_ent, text, q.start), None, company or ctx.company
    sent = _states(view, 0, len(text), q.start, taken)
    if not sent and any(c.start > q.start and is_share_holder(text, c) for c in view.state_countries()):
        # "turnover of $7.38 billion, with China accounting for 61 percent of the total": a total
        # broken down by partner is the trade with all partners
        return _reporter_in_force(av, view, ctx, None), None, company
    if not sent and taken:
        # "exported 8.4 bcm of gas, of which 3.9 bcm went to China, 3.4 bcm to Russia": the total
        # of an enumeration of destinations or origins is the trade with all of them
        return _reporter_in_force(av, view, ctx, None), None, company
    if total:
        # "Overall turnover came to $130 billion, with exports to Russia at $8 billion": a state named
        # after the total as a partner of its parts is not whose total it is
        own = [c for c in sent if c.start < q.start or not is_partner_mention(text, c)]
        if sent and not own:
            return _reporter_in_force(av, view, ctx, sent[0].code), None, company
        return (own[0].code if own else av.main_country), None, company
    if len(sent) >= 2:
        r, p = _order(view, sent, flow, cue_end)
        return r, p, company
    recent = view.no - ctx.trade_sentence <= 2 and ctx.trade_paragraph == view.paragraph
    if not sent and flow != "turnover" and company_ent is None and (ctx.company_code or ctx.location) \
            and not any(p.code for p in view.places) \
            and (firm := last_match(_FIRM_ANAPHOR.finditer(text, 0, cue_end or q.start))):
        # "In 2021 the company exported 35.8 thousand cars": the firm being discussed ships from
        # its home country; "the plant exported": from the site being discussed
        site = firm.group(1) is not None and firm.group(1).lower() in ("plant", "factory")
        home = None if site else ctx.company_code
        return home or _home(av, ctx, None, text, q.start), None, ctx.company
    if len(sent) == 1 and sent[0].end <= q.start and is_partner_mention(text, sent[0]):
        # "Switzerland, which buys Tajik gold, remained the main destination of exports: $455.9
        # million": a state named as the other side in a clause of its own is the partner
        return _reporter_in_force(av, view, ctx, sent[0].code), sent[0].code, company
    if len(sent) == 1:
        c = sent[0].code
        if abroad or not (bilateral or recent):
            return c, None, company
        return c, _other_side(av, view, ctx, c), company
    if bilateral or recent:
        if recent and ctx.trade_set and ctx.trade_set[0]:
            return ctx.trade_set[0], ctx.trade_set[1], company
        if ctx.trade_set and ctx.trade_set[0] and ctx.trade_set[1] is None and not view.has(cues.TWO_SIDES):
            # the figures in force are one state's with all partners (a total, a list of partners,
            # a breakdown by product): "copper ores led exports with $815 million", "Wine earned
            # $239 million", "the country's turnover had been $11.3 billion" go on with them
            return ctx.trade_set[0], None, company
        pair = av.main_pair if view.has(cues.TWO_SIDES) else None
        if pair is None and ctx.trade_set and ctx.trade_set[0] and ctx.trade_set[1]:
            pair = ctx.trade_set
        if pair is None and ctx.trade_set is None and av.main_pair:
            # before any trade figure, the last two states named together are those of a passing
            # remark ("his tour had taken him to Malaysia and Indonesia"): a goal "to reach $5 billion
            # in trade volume" at a visit is the trade of the two states the article is about
            pair = av.main_pair
        pair = pair or ctx.pair or av.main_pair
        if pair:
            return pair[0], pair[1], company
    return _home(av, ctx, company_ent, text, q.start), None, company or ctx.company


# a part of the turnover just given as goods sent to a side: "..., of which Kyrgyz deliveries to Turkey
# accounted for", "..., of this Georgian shipments to Turkiye were worth", "..., with Uzbek supplies to
# China making up"; not a flow the text names as a state's ("of which Kazakh exports made up"): that
# state's own
# a total split into its flows right after it: "..., of which exports were", "..., with exports at"
_BREAKDOWN = re.compile(r"[^;:$\d]{0,40}?,?\s+(?:of\s+which|with|including|comprising)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:exports?|imports?)\b", re.I)


def _breakdown_of(view: SentenceView, total: Quantity, q: Quantity) -> bool:
    """Whether `q` is a flow of the total figure before it, split right after it, no state named
    between them ("Total turnover stood at $12.9 billion, of which exports were 5.1 billion and
    imports 7.8 billion")."""
    return total.end <= q.start and _BREAKDOWN.match(view.text, total.end) is not None \
        and not any(total.end <= c.start < q.start for c in view.state_countries())


_PART_OF_TURNOVER = re.compile(r"^[^;$]{0,40}?,?\s+(?:of\s+which|of\s+this|of\s+that|including|with)\s+[^;$]*?"
                               r"\b(?:deliveries|supplies|shipments|sales)\s+to\b[^;$]*$", re.I)


def _told_by_partner(view: SentenceView, turnover: Quantity, q: Quantity, ctx: Context, partner: str) -> bool:
    """Whether `q`, a part of the turnover figure before it in the sentence, is one side's flow
    while the figures in force are reported by the other side (`partner`): then it is that side's
    opposite flow ("Kyrgyz deliveries to Turkey" among Turkish figures are Turkey's imports). Only
    for a turnover that names no side of its own: "Islamabad recorded trade of $91 million, of which
    Pakistani exports made $57 million" is told by Pakistan."""
    text = view.text
    if turnover.end > q.start or not _PART_OF_TURNOVER.match(text[turnover.end:q.start]) \
            or any(c.start < turnover.end for c in view.countries):
        return False
    in_force = ctx.reporter or (ctx.trade_set[0] if ctx.trade_set else None)
    return in_force == partner


_PART_OF = re.compile(r"\s+of\s+(?:the|a|its|their)\s+(?:total\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|over)\s+)?",
                      re.I)
_EARNED = re.compile(r"\b(?:shipments|deliveries|supplies|sales)\s+brought\s+in$", re.I)
# "Wine brought in $239 million": what the goods earned; not "brought in $2 billion of machinery"
_BROUGHT_IN = re.compile(r"\bbrought\s+in$", re.I)
_GOODS_AFTER = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+[a-z]", re.I)
_BUY_END = re.compile(r"\b(?:buyers|buying|bought|buys|buy|purchased|purchasing)$", re.I)


# "the forecast for the full year", "over the whole year", "full-year exports": the year of the figures in
# force, not a year of its own ("the full year 2023" names one, and periods.py reads it)
_WHOLE_YEAR = re.compile(r"\b(?:the\s+)?(?:full|whole|entire)[\s-]+year\b(?!\s+(?:19|20)\d\d)", re.I)


def _whole_year(text: str, lo: int, hi: int, prev_level: _Trade | None, ctx: Context) -> Period | None:
    """The year a figure "for the full year" is for: the year of the last figure of the sentence, else
    of the figures in force ("837,000 tonnes in January-July ... forecast for the full year at 1.5
    million tonnes": the whole of that year)."""
    if "year" not in text[lo:hi] or not _WHOLE_YEAR.search(text, lo, hi):
        return None
    for p in (prev_level.period if prev_level is not None else None, ctx.trade_period):
        if p is not None and p.start is not None and p.end is not None and p.start.year == p.end.year:
            return year_period(p.start.year)
    return None


def _data_source(view: SentenceView) -> str | None:
    """The state whose statistics the sentence cites ("according to Iran's customs administration",
    "Kazakh statistics show", "Chinese customs data")."""
    text = view.text
    # (all country mentions: a source's adjective is no state of the figure, so not in state_countries)
    return next((c.code for c in view.countries if c.code and _DATA_SOURCE_AFTER.match(text, c.end)), None)


# a verb of trading that ends a flow cue, its subject right before it: "China bought", "Turkey also sold"
_FLOW_VERB_END = re.compile(r"\b(?:bought|buys|purchased|purchases|imported|imports|sold|sells|shipped|ships|exported|exports"
                            r"|supplied|supplies|delivered|delivers|sent|sends)$", re.I)
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _subject_of_verb(view: SentenceView, cue_end: int | None, code: str) -> bool:
    """Whether the flow cue ending at `cue_end` is a verb whose subject is the state `code` ("China
    bought Iranian goods", "Turkiye also sold goods"): the figure is told from that state's side."""
    if cue_end is None:
        return False
    verb = _FLOW_VERB_END.search(view.text, max(0, cue_end - 12), cue_end)
    if verb is None:
        return False
    return any(c.code == code and _SUBJECT_GAP.fullmatch(view.text, c.end, verb.start())
               for c in view.state_countries() if c.end <= verb.start())


# a day a shipment moved on: "began exporting on Friday", "the first train left Astana on 3 May",
# "was loaded on Monday", "shipped 1,200 tonnes to Georgia on 3 May" (the verb in the day's clause)
_MOVED = re.compile(r"\b(?:export|import|ship|dispatch|sen[dt]|deliver|load|unload|arriv|depart|left\b|leav|cross|transport)",
                    re.I)
_ON_DAY = re.compile(r"\bon\s+$", re.I)


def _shipment_day(view: SentenceView) -> Period | None:
    """The day ("on Friday") of a clause that moves goods, for a figure that names no period of its
    own: the day of that shipment (the day something was said is not)."""
    text = view.text
    for s, _, p in view.periods:
        if p.precision == "day" and p.start is not None and _ON_DAY.search(text, max(0, s - 4), s):
            clause = max(text.rfind(", ", 0, s), text.rfind("; ", 0, s)) + 1      # not "1,200"
            if _MOVED.search(text, clause, s):
                return p
    return None


def _partner_buys(view: SentenceView, cue_end: int | None, partner: str) -> bool:
    """Whether the buying the import cue names is the partner's ("Germany was the biggest market,
    buying Turkish products worth $4.8 billion"): then the figure is the reporter's export."""
    if cue_end is None:
        return False
    word = _BUY_END.search(view.text, max(0, cue_end - 12), cue_end)
    if word is None:
        return False
    before = [c for c in view.state_countries() if c.end <= word.start() and word.start() - c.end <= 60]
    if not before or before[-1].code != partner:
        return False
    # "Iran shipped goods to Uzbekistan and bought ...": a state after to/from is an object, not the buyer
    # ("trade fell, with Russia buying goods worth $285 million": the subject of an absolute clause is)
    prep = _FROM_TO.search(view.text, max(0, before[-1].start - 12), before[-1].start)
    return prep is None or (prep.group().lower().startswith("with") and word.group().lower().endswith("ing")
                            and _SUBJECT_GAP.fullmatch(view.text, before[-1].end, word.start()) is not None)


def _exporter(av: ArticleView, view: SentenceView, ctx: Context, company_ent: Ent | None) -> str | None:
    """Where an exporting firm produces: a place named in the sentence ("Tula-built
    cars"), the site being discussed when the sentence speaks of it ("the plant
    shipped") or names no firm, else the firm's home country."""
    site = ctx.location[1] if ctx.location is not None else None
    if company_ent is None:
        return site or ctx.company_code or av.main_country
    place = next((p for p in view.places if p.code), None)
    if place is not None:
        return place.code
    if site and view.has(cues.PLANT_NOUN) and ctx.company \
            and ctx.company.split()[0].lower() == company_ent.name.split()[0].lower():
        return site
    return company_ent.code or site or av.main_country


def _the_country(view: SentenceView, ctx: Context, q: Quantity) -> str | None:
    """The state "the country" before the figure stands for: the one the text was just about."""
    return _country_meant(ctx) if THE_COUNTRY.search(view.text, 0, q.start) else None


def _country_meant(ctx: Context) -> str | None:
    """The state "the country" is: the one the text was just about, unless the figures so far were
    traded with it since ("Turkey came next. [a list with Turkey] ... the country sold 21,800 tonnes
    abroad", "Poland ($16 million) followed. ... the country's exports"): then the state reporting
    them. A partner that opens a sentence later is the subject again ("Turkmenistan is also widening
    its customer base. The country exported ...")."""
    if ctx.subject and ctx.partners.get(ctx.subject, -1) >= ctx.subject_sentence and ctx.reporter \
            and ctx.reporter != ctx.subject:
        return ctx.reporter
    return ctx.subject


def _home(av: ArticleView, ctx: Context, company_ent: Ent | None, text: str = "", q_start: int = 0) -> str | None:
    if company_ent is not None and company_ent.code:
        return company_ent.code
    if company_ent is None and ctx.company is None:
        if ctx.subject and THE_COUNTRY.search(text[:q_start]):
            return _country_meant(ctx)  # "Turkmenistan is widening ... The country exported 410,000 tonnes"
        if ctx.reporter:
            return ctx.reporter         # "In 2021 the country shipped 28,952 cars abroad" (after "Uzbekistan's exports")
    if ctx.location is not None and ctx.location[1]:
        return ctx.location[1]
    if ctx.company_code:
        return ctx.company_code
    if ctx.trade_set and ctx.trade_set[0] and ctx.trade_set[1] is None and ctx.trade_set[0] not in ctx.partners:
        # the state whose trade with all partners came last, none of its partners' since: "Georgia
        # earned $42.8 million from exports ... Russia remained the biggest buyer ... exports reached"
        return ctx.trade_set[0]
    return av.main_country


def _product(text: str, q: Quantity) -> str | None:
    if q.is_money:
        return None
    tail = text[q.end:q.end + 60]
    if q.unit_noun:
        idx = tail.find(q.unit_noun)
        if idx >= 0:
            m = _PRODUCT_OF.match(tail[idx + len(q.unit_noun):])
            if m:
                return m.group(1).strip()
    return q.unit_noun


def line_flow(text: str, q: Quantity, start: int = 0) -> str | None:
    """The flow a cue between `start` and the figure names, on a line of a list ("imports from
    Moldova came to $230,000"); None when it names none."""
    best: tuple[int, str] | None = None
    for rx, flow in _FLOW_OF:
        for m in rx.finditer(text, start, q.start):
            if flow == "turnover" and not cues.is_turnover_cue(m):
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), flow)
    return best[1] if best else None


# "turnover" alone, not "trade turnover", "foreign turnover", "turnover with ..."
_BARE_TURNOVER = re.compile(r"(?<!trade\s)(?<!foreign\s)(?<!bilateral\s)(?<!mutual\s)(?<!external\s)(?<!goods\s)"
                            r"\bturnover(?!\s+(?:with|between|of\s+(?:goods|trade)))", re.I)
_FIRM_IN_FOCUS = re.compile(r"\b(?:company|firm|plant|factory|site|workforce|employs|employees|group|holding"
                            r"|carmaker|manufacturer|revenue|profit)\b", re.I)


def _firm_turnover(view: SentenceView, ctx: Context, cue_end: int | None) -> bool:
    """Whether a bare "turnover" is a firm's (its sales), not a state's trade: no state in the
    sentence, no trade figures just before, and a firm in focus ("pushed annual turnover above
    $1.2 billion, according to the company", "It expects turnover to quadruple to $4.7 billion")."""
    if cue_end is None or not _BARE_TURNOVER.match(view.text, max(0, cue_end - 8), cue_end) \
            or view.state_countries() or (ctx.trade_sentence >= 0 and view.no - ctx.trade_sentence <= 2):
        return False
    return bool(view.companies) or ctx.company is not None or _FIRM_IN_FOCUS.search(view.text) is not None


_RANKING_REACH = 4


def continues_trade(view: SentenceView, ctx: Context) -> bool:
    """Whether the sentence goes on with the trade figures before it: the next sentence, or a
    ranking of states a few sentences on ("The ranking has not changed. In October China was in
    first place with $10.2 billion, ahead of Russia ($9.6 billion)") when the last figures were trade."""
    gap = view.no - ctx.trade_sentence
    return gap == 1 or (1 < gap <= _RANKING_REACH and ctx.trade_sentence > ctx.production_sentence
                        and view.has(cues.RANKING))


# "Chinese customs put turnover at ...": a state's statistics speak for this sentence only; the
# article's own reporter stays in force after it
_DATA_SOURCE_AFTER = cues.DATA_SOURCE_AFTER


# how far into the article a lead can be: the title, a dateline line and the first sentences
_LEAD_SENTENCES = 4


# "Turkiye stayed Georgia's biggest trading partner in 2022": a lead on the trade of that period
_TRADING_PARTNER = re.compile(r"\btrad(?:e|ing)\s+partners?\b", re.I)


def _lead_period(view: SentenceView) -> Period | None:
    """The period a lead states for the trade it reports before any figure ("Azerbaijan sold more gas
    abroad in 2023 than a year earlier. ... - Turkiye: 9.5 bcm", "Kyrgyz imports from China kept
    growing in the first half of 2024, customs said.") : one reported period, no goal, no purchase of
    a company; only at the top of the article (later, a year named without a figure is history)."""
    if view.no > _LEAD_SENTENCES or not (view.has(cues.EXPORT) or view.has(cues.IMPORT) or view.has(cues.TURNOVER)
                                         or view.has(_TRADING_PARTNER)) \
            or cues.PLAN.search(view.text) or cues.TARGET.search(view.text) \
            or (view.companies and cues.ACQUIRED.search(view.text)):
        return None
    found = {p for _, _, p in view.once(own_periods) if p.start is not None and p.precision != "day"}
    return found.pop() if len(found) == 1 else None


def update_trade_topic(view: SentenceView, ctx: Context, found: list[TradeCandidate]) -> None:
    """Remember a sentence about trade that gives no figure ("Trade ... is still modest."), and
    the state whose trade the sentence reports ("Uzbekistan's car exports grew ...")."""
    if not found and any(cues.is_turnover_cue(m) for m in view.matches(cues.TURNOVER)):
        ctx.trade_topic_sentence, ctx.trade_topic_flow = view.no, "turnover"
    elif not found and view.text.rstrip().endswith("?") and (view.has(cues.EXPORT) != view.has(cues.IMPORT)):
        # a question about one flow ("What did Uzbek exports to Russia reach in 2023?"): its answer's
        # "they"/"it" is that flow
        ctx.trade_topic_sentence, ctx.trade_topic_flow = view.no, "export" if view.has(cues.EXPORT) else "import"
    if not found and ctx.trade_period is None and (lead := _lead_period(view)) is not None:
        ctx.trade_period, ctx.trade_period_from_lead = lead, True
    reporter = reporter_mention(view)
    if reporter is not None and (not found or any(r.reporter_country_code == reporter.code for r in found)) \
            and not _DATA_SOURCE_AFTER.match(view.text, reporter.end):
        # not a state the figures were not reported for ("Turkey supplied goods worth $868 million"
        # is Azerbaijan's import): the reporter in force stays
        ctx.reporter = reporter.code




# Who buys at home: people of a country or its consumers ("Pakistanis bought", "Kazakh households
# purchased", "motorists bought"), or a buyer whose seller is a producer at home ("bought gold from
# miners", "purchased wheat from local farmers"). Neither is a purchase across a border.
_CONSUMERS = (r"(?:consumers|households|motorists|drivers|residents|citizens|shoppers|customers|people|families"
              r"|car\s+buyers|buyers|users)")
_PEOPLE_BUY = re.compile(rf"(?:\b[A-Z][a-z]+s|\b(?i:{_CONSUMERS})(?:\s+in\s+[A-Z][a-z]+)?)\s+(?:(?:only|also|just|alone|have|had|together)\s+){{0,2}}"
                         r"(?:bought|buy|purchased|purchase)$")
_HOME_SELLER = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:local|domestic|national|its\s+own|private|small|artisanal)\s+)*"
                          r"(?:miners|mines|mining\s+companies|producers|farmers|growers|refiners|refineries|mills"
                          r"|the\s+population|households|domestic\s+market)\b")
_ABROAD_WORD = re.compile(r"\b(?:[Aa]broad|[Oo]verseas|[Ff]oreign|[Ii]mport(?:ed|s)?|from\s+(?:the\s+)?[A-Z])")


def _domestic_purchase(view: SentenceView, cue_end: int | None, q: Quantity) -> bool:
    """The buying verb before the figure is a purchase at home: its buyers are a country's people or
    consumers, or its seller a producer at home ("from miners"), and nothing in the sentence crosses
    a border (no other state, no "abroad", "imported", "from China")."""
    if cue_end is None:
        return False
    text = view.text
    verb = _BUY_END.search(text, max(0, cue_end - 12), cue_end)
    if verb is None:
        return False
    clause_end = min([i for i in (text.find(";", q.end), text.find(", and ", q.end)) if i >= 0] + [len(text)])
    home_seller = _HOME_SELLER.search(text, q.end, clause_end) is not None
    people = _PEOPLE_BUY.search(text, max(0, verb.start() - 40), verb.end()) is not None
    if not (home_seller or people):
        return False
    buyer = [c.code for c in view.state_countries() if c.end <= verb.start() and verb.start() - c.end <= 40]
    others = [c for c in view.state_countries() if c.code not in buyer[-1:]]
    return not others and _ABROAD_WORD.search(text) is None


# Carriers counted, not goods: "a train of 62 wagons", "moved by 8,228 trucks", "in 1,250 containers",
# "40 wagons carrying 2,600 tonnes of grain". Wagons or trucks sold abroad stay goods ("exported 500
# freight wagons to Uzbekistan").
_CARRIER_NOUN = re.compile(r"(?:wagons?|railcars?|rail\s+cars|trucks?|lorries|containers?|vessels?|ships?|tankers?"
                           r"|trains?|flights?|platforms?)$", re.I)
_CARRIER_BEFORE = re.compile(r"(?:\b(?:trains?|convoys?|caravans?|columns?|consists?|fleet|queues?)\s+of"
                             r"|\b(?:by|in|on|aboard|using|via|into)|\bloaded\s+(?:on|onto|into))\s+"
                             r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_CARRYING_AFTER = re.compile(r"\s*,?\s*(?:carrying|loaded\s+with|laden\s+with|holding|filled\s+with)\b", re.I)


def _carrier_count(text: str, q: Quantity) -> bool:
    """Whether the figure counts the wagons, trucks or containers a shipment moved in."""
    if q.is_money or not q.unit_noun or _CARRIER_NOUN.search(q.unit_noun) is None:
        return False
    return _CARRIER_BEFORE.search(text, max(0, q.start - 30), q.start) is not None \
        or _CARRYING_AFTER.match(text, q.end) is not None


def _bought_a_company(view: SentenceView, cue_end: int | None, q: Quantity) -> bool:
    """The buying verb's object, before the figure, is a company: the price of an acquisition
    ("acquired the Kazakh miner Steppe Copper for $300 million"), not goods bought abroad."""
    if cue_end is None or not view.companies:
        return False
    text = view.text
    m = last_match(cues.ACQUIRED.finditer(text, max(0, cue_end - 16), min(q.start, cue_end + 12)))
    return m is not None and any(m.end() <= c.start and c.end <= q.start and c.start - m.end() <= 60
                                 and cues.ACQUIRED_OBJECT.match(text, m.end(), c.start) for c in view.companies)


_BUYER_NOUN = re.compile(r"\b(?:buyers|customers|importers)$", re.I)
# a state named as the buyer: "Russia remained by far the biggest buyer", "Russian customers had paid"
_BUYER_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:buyers|customers|importers|consumers)\b"
                          r"|\s+(?:remained|remains|was|is|became|stayed)\s+(?:by\s+far\s+)?(?:the|its)\s+"
                          r"(?:(?:single|second|third)\s+)?(?:biggest|largest|main|top|leading|principal|chief|key)\s+"
                          r"(?:[a-z]+\s+)?(?:buyer|customer|importer|destination|market)s?\b", re.I)


def update_pair(view: SentenceView, ctx: Context) -> None:
    states = view.state_countries()
    if states and opens(view, states[0]):
        if _BUYER_AFTER.match(view.text, states[0].end):
            # "Russia remained by far the biggest buyer", "Russian customers had paid": the other
            # side of the trade in force
            ctx.partners[states[0].code] = view.no
        else:
            ctx.subject = states[0].code      # "Turkmenistan is also widening ...", "China's trade ..."
            ctx.subject_sentence = view.no
    codes: list[str] = []
    for c in view.state_countries():
        if c.code not in codes:
            codes.append(c.code)
    if len(codes) >= 2:
        ctx.pair = (codes[0], codes[1])
