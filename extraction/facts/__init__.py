"""Facts of one article: production figures, trade figures, agreements, plants.

`extract_facts` reads the sentences in order, keeping a small context (the
site and company being discussed, the pair of countries, the last trade
figure) so that "the factory", "the sides" or "turnover" without countries
are resolved from what came before. Each kind of fact has its own module:

- `facts_trade`      turnover / exports / imports
- `facts_production` plan / capacity / actual output, and plants
- `facts_agreements` memoranda, joint ventures, partnerships, deals ...
- `cues`             the trigger lexicons they share

The headline is read for context only: its figures are restated (often
rounded) in the body. The same fact stated twice in one article is one row.
Pure: text in, records out.
"""
from __future__ import annotations

import math
from operator import itemgetter

from extraction.facts import cues, lists
from extraction.facts.agreements import AgreementCollector, counted_signing
from extraction.facts.common import Context
from extraction.facts.context import ArticleView, SentenceView
from extraction.facts.production import (dedup_plants, extract_production, note_report_period, plants_in_sentence,
                                         site_delivered, update_site_context)
from extraction.facts.trade import continues_trade, extract_trade, line_flow, update_pair, update_trade_topic
from extraction.quantities import unit_at
from extraction.reference import company_key
from extraction.records import (CleanArticle, Facts, Mention, Place, PlantCandidate, ProductionCandidate,
                             Sentence, TradeCandidate)

__all__ = ["extract_facts"]

_TOLERANCE = 0.005


def _agreement_words(view: SentenceView, deal_kind: str | None) -> bool:
    """Whether the sentence has the words of an agreement: its nouns, or (outside a list of deals,
    whose lines are read as deals) the verbs of one made without a noun ("agreed on supplies")."""
    return view.contains_any(cues.AGREEMENT_STEMS) or (deal_kind is None and view.contains_any(cues.AGREEMENT_VERB_STEMS))


def extract_facts(article: CleanArticle, sentences: list[Sentence], mentions: list[Mention],
                  places: list[Place]) -> Facts:
    av = ArticleView(article, sentences, mentions, places)
    ctx = Context()
    agreements = AgreementCollector(av)
    production: list[ProductionCandidate] = []
    trade: list[TradeCandidate] = []
    plants: list[tuple[PlantCandidate, bool]] = []
    frame: lists.Frame | None = None
    columns: list[lists.Column] | None = None        # of the table whose header was the last line
    header_no = -2                                    # the last line of that header (its rule, if ruled)
    header_at = -2                                    # the header line itself
    in_list = in_package = False
    list_start = 0
    intro: SentenceView | None = None                 # the line that introduced the list
    list_topic: str | None = None                     # what the last line's own words said (lists.line_topic)
    deal_kind: str | None = None                      # each line of the list is a deal of this kind
    for view in av.sentences:
        if av.story_headline(view):
            # a digest's next story ("TAJIKISTAN TO SEND MORE POWER TO AFGHANISTAN"): its headline
            # restates the figures below it, and nothing said of the story before carries over
            ctx = Context()
            av.enter_story(view)
            frame = columns = None
            in_list = in_package = False
            deal_kind = None
            continue
        if header_no == view.no - 1 and lists.is_table_rule(view.text):
            header_no = view.no         # the rule under a table's header: the rows below are the header's
            continue
        line = lists.list_line(view.text) if not view.is_title else None
        item = line or (lists.item_line(view.text) if not view.is_title else None)
        if item is None or (line is not None and not line.marked and not view.quantities):
            # a table's header may read like a line ("            2024      2023      change")
            header = lists.table_columns(view) if not view.is_title else None
            if header is not None:
                in_list = in_package = False
                columns, header_no = header, view.no
                header_at = view.no
                continue
        if item is None:
            in_list = in_package = False
            deal_kind = None
        else:
            if not in_list and view.no > 0:
                # the list starts: the line before it (before the table's header) says what its
                # figures are
                intro_no = header_at - 1 if header_no == view.no - 1 else view.no - 1
                if header_no != view.no - 1:
                    columns = None
                first_label = view.text[line.label_start:line.label_end] if line is not None else None
                intro = av.sentences[max(0, intro_no)]
                frame = lists.frame_for(av, intro, ctx, columns, first_label)
                list_topic = None
                if (stated := lists.intro_period(av.sentences[max(0, intro_no)])) is not None:
                    # "In the first eleven months of 2020:" over "- Iran exported 22,300 tonnes ...;": the
                    # lines' figures that name no period of their own are for the one the intro states
                    ctx.trade_period, ctx.trade_period_from_lead = stated, True
                list_start = len(trade)
                # "signed twelve documents: 1. an agreement on ...": the items of a package
                in_package = agreements.counted_package(av.sentences[view.no - 1])
                # "The Qarmet deals: 1. Dragon Trucks - a truck plant": deals with no agreement noun
                deal_kind = agreements.deal_list(av.sentences[view.no - 1])
            in_list = True
            if line is None and frame is not None and frame.kind == "production" and view.has_number \
                    and lists.value_first(view.text, item):
                line = item         # "turn out:" over "* 600,000 tonnes of gasoline;": figures with no label
            if line is not None and frame is not None and view.has_number:
                # the line's own words say what its figures are, over the list's frame ("- 2019: 40,000
                # tractors produced" under a list of exports); a line with none goes on with the last one's
                list_topic = lists.line_topic(view.text, line.value_start) or list_topic
                line_frame = frame
                if frame.kind == "trade" and list_topic == "production":
                    line_frame = lists.production_frame(av, intro, ctx)
                if line_frame.kind == "trade":
                    on_line = [lists.sum_of_flows(r, trade[list_start:])
                               for r in lists.trade_on_line(av, view, line, frame, line_flow, columns)]
                    trade.extend(on_line)
                    if on_line:                # a ranking after the list goes on with it
                        ctx.trade_sentence, ctx.trade_flow = view.no, on_line[-1].flow
                        ctx.trade_set = lists.pair_in_force(trade[list_start:])
                        ctx.partners.update((r.partner_country_code, view.no) for r in on_line
                                            if r.partner_country_code)
                else:
                    found = [] if list_topic == "trade" else lists.production_on_line(av, view, line, line_frame,
                                                                                        columns)
                    production.extend(found)
                    if view.contains_any(cues.TRADE_STEMS):
                        # "- 2013: Azerbaijan produced 53,300 tonnes; exports fell 13% to $82.8 million": a line
                        # of a production list that also reports trade, in its own words
                        trade.extend(extract_trade(av, view, ctx))
                    plants.extend((p, False) for p in lists.plants_on_line(view, line))
                    if found:
                        ctx.production_sentence = view.no
                        if line_frame.period is not None and line_frame.target_kind == "actual":
                            # a list of output for a period keeps that period under discussion
                            ctx.production_period, ctx.production_period_sentence = line_frame.period, view.no
                if _agreement_words(view, deal_kind):
                    # "- Dragon Trucks - a memorandum on a hub with a 10,000 m2 terminal;": a figure on
                    # the line does not make its document a figure only
                    agreements.add_sentence(view, ctx, package_item=in_package)
                elif deal_kind is not None:
                    agreements.add_listed_deal(view, ctx, deal_kind)
                update_pair(view, ctx)
                continue
        if view.is_title and view.contains_any(cues.PRODUCTION_STEMS):
            note_report_period(av, view, ctx)       # "Zinc output falls 12% in 2022": the period reported
        if not view.is_title:
            # Cheap gates first (substrings of the lower-cased sentence, all
            # found in one pass); the figure extractors, and even the number
            # test, run only where a cue can fire.
            trade_words = view.contains_any(cues.TRADE_STEMS)
            prod_words = view.contains_any(cues.PRODUCTION_STEMS)
            plant_words = view.contains_any(cues.PLANT_STEMS)
            traded: list[TradeCandidate] = []
            found: list[ProductionCandidate] = []
            wants_trade = trade_words or (
                view.no - max(ctx.trade_sentence, ctx.trade_topic_sentence) == 1
                and (view.contains_any(cues.CONTINUATION_STEMS) or bool(view.countries))) or (
                view.contains_any(cues.RANKING_STEMS) and continues_trade(view, ctx))
            wants_production = prod_words or plant_words or view.no - max(ctx.production_sentence, ctx.production_cue_sentence) == 1 \
                or (not trade_words and view.contains_any(cues.GOODS_PLAN_STEMS)) or site_delivered(view)
            if (wants_trade or wants_production) and view.has_number:
                if wants_trade:
                    traded = extract_trade(av, view, ctx)
                    trade.extend(traded)
                if wants_production:
                    found = extract_production(av, view, ctx, prod_words)
                    production.extend(found)
            if trade_words or view.contains_any(cues.TRADE_TOPIC_STEMS):
                update_trade_topic(view, ctx, traded)
            if _agreement_words(view, deal_kind) and (not lists.is_heading(view) or counted_signing(view)):
                # a line of a package's list is a document of its own, between the package's parties
                agreements.add_sentence(view, ctx, package_item=in_package)
            elif deal_kind is not None:
                agreements.add_listed_deal(view, ctx, deal_kind)
            agreements.note_organizations(view)
            if plant_words or found:
                plants.extend(plants_in_sentence(av, view, ctx, found))
            if prod_words or plant_words or view.companies:
                update_site_context(view, ctx, prod_words, plant_words)
            if prod_words:
                note_report_period(av, view, ctx)
        update_pair(view, ctx)
    return Facts(production=_dedup_production(production), trade=_dedup_trade(trade),
                 agreements=agreements.results(), plants=dedup_plants(plants))


def _same_amount(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b))


class _ByAmount:
    """Rows indexed by amount so that the rows within _TOLERANCE of a new one are found
    among a few buckets, not by reading every row kept (an article of thousands of
    figures made the deduplication quadratic)."""

    def __init__(self) -> None:
        self.buckets: dict[tuple, list] = {}
        self.count = 0

    @staticmethod
    def _bucket(amount: float) -> int:
        return 0 if amount == 0 else round(math.log(abs(amount)) / _LOG_STEP)

    def near(self, kind: tuple, amount: float) -> list:
        """The rows kept that may be within the tolerance of `amount`, in the order they were kept."""
        b = self._bucket(amount)
        found = [x for k in (b - 1, b, b + 1) for x in self.buckets.get((kind, k), ())]
        return [row for _, row in sorted(found, key=itemgetter(0))]

    def add(self, kind: tuple, amount: float, row) -> None:
        self.buckets.setdefault((kind, self._bucket(amount)), []).append((self.count, row))
        self.count += 1


# buckets as wide as the tolerance: two amounts within it are in the same or adjacent buckets
_LOG_STEP = math.log1p(_TOLERANCE) * 2


def _dedup_production(rows: list[ProductionCandidate]) -> list[ProductionCandidate]:
    out: list[ProductionCandidate] = []
    index = _ByAmount()
    for r in rows:
        dup = next((o for o in index.near((r.unit,), r.quantity) if _same_amount(o.quantity, r.quantity)
                    and (o.country_code == r.country_code or not o.country_code or not r.country_code)
                    and (o.target_year == r.target_year or o.target_year is None or r.target_year is None)
                    # two sites of the same size are two facts: "a 1.2 million tonne plant in Kitab, and one
                    # in Jizzakh designed for 1.2 million tonnes"
                    and (o.plant_city == r.plant_city or not o.plant_city or not r.plant_city)
                    # "the 3,000th truck" and "can build up to 3,000 trucks a year": a count and a rate
                    and (o.basis == r.basis or o.target_kind == r.target_kind)
                    and not _rate_and_output(o, r) and not _two_makers(o, r)
                    # "jet fuel: 1.6 Mt", "naphtha: 1.6 Mt": two goods of the same size are two facts
                    and not _other_goods(o.product, r.product)), None)
        if dup is None:
            out.append(r)
            index.add((r.unit,), r.quantity, r)
            continue
        if dup.target_year is None and r.target_year is not None:
            dup.target_year, dup.period_start, dup.period_end = r.target_year, r.period_start, r.period_end
        dup.country_code = dup.country_code or r.country_code
        dup.company_name = dup.company_name or r.company_name
        dup.plant_city = dup.plant_city or r.plant_city
    return out


def _rate_and_output(a: ProductionCandidate, b: ProductionCandidate) -> bool:
    """What a site can make and what it made in a stated year are two facts, however close in size
    ("mined 36.9 million tonnes in 2020; it can now mine 37 million tonnes a year")."""
    kinds = {a.target_kind: a, b.target_kind: b}
    return kinds.keys() == {"capacity", "actual"} and kinds["actual"].target_year is not None


def _two_makers(a: ProductionCandidate, b: ProductionCandidate) -> bool:
    """The capacities of two named makers are two sites ("the new plant is rated at one million
    tonnes", "the partner's older works, designed for one million tonnes"). Output figures are not
    split so: a list line often restates a figure whose sentence named the maker's owner."""
    return a.target_kind == b.target_kind == "capacity" and bool(a.company_name and b.company_name) \
        and company_key(a.company_name) != company_key(b.company_name)


def _unit_word(product: str) -> bool:
    return " " not in product and unit_at("1 " + product, 1) is not None


def _other_goods(a: str | None, b: str | None) -> bool:
    """Two named goods, neither the other's head ("Cobalt sedans" / "sedans" is one; "jet fuel" /
    "naphtha" and "Cobalt sedans" / "Nexia sedans" are two)."""
    if not a or not b or _unit_word(a) or _unit_word(b):
        return False            # "271.1 thousand cars (271,110 units)": a unit's noun names no goods
    x, y = a.lower().split(), b.lower().split()
    n = min(len(x), len(y))
    return x[-n:] != y[-n:]


def _dedup_trade(rows: list[TradeCandidate]) -> list[TradeCandidate]:
    out: list[TradeCandidate] = []
    index = _ByAmount()
    for r in rows:
        countries = frozenset({r.reporter_country_code, r.partner_country_code} - {None})
        kind = (r.is_money, r.unit, countries)
        dup = next((o for o in index.near(kind, r.amount) if _same_amount(o.amount, r.amount)
                    and (o.period_start == r.period_start or o.period_start is None or r.period_start is None)
                    # "Tea 9,800 t", "Butter 9,800 t": two goods of the same size are two facts
                    and (o.product == r.product or o.product is None or r.product is None)),
                   None)
        if dup is None:
            out.append(r)
            index.add(kind, r.amount, r)
        elif dup.period_start is None and r.period_start is not None:
            dup.period_start, dup.period_end = r.period_start, r.period_end
    return out
