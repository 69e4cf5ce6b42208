"""Which state a trade figure belongs to (extraction/facts/sides.py): every
module-level pattern with a table of invented examples, read the way `sides`
reads it ([brackets] mark the state mentions and the figure; see
tests/pattern_table.py)."""
from __future__ import annotations

import pytest

from extraction.facts import sides
from extraction.facts.context import Ent
from extraction.quantities import find_quantities
from facts_helpers import facts_of
from pattern_table import Rule, cases, module_patterns, reads, view_of

RULES: tuple[Rule, ...] = (
    # between two state mentions: they are listed one after the other
    Rule("LIST_GLUE", "between",
         ["Exports went to [Kazakhstan], [Kyrgyzstan] and Tajikistan.",
          "Most cars went to [Iraq] and [Armenia].",
          "Trade grew with [Uzbekistan], and [Tajikistan].",
          "Buyers in [Russia] or [Belarus] took the rest.",
          "Trade with [Turkey] and the [Russian Federation] grew.",   # a name that takes "the"
          "Exports to [Armenia], the [United Arab Emirates] and Iraq rose."],
         ["Trade of [Kazakhstan] with [China] grew.",
          "The shares of [Russia] (28%), [China] (21%) changed little."]),
    # between a state and the figure right after it: the state labels the figure
    Rule("_LABELS_FIGURE", "between",
         ["Exports were followed by [Afghanistan] ([$1.3 million]).",
          "[Kyrgyzstan] followed with [$19.8 billion].",
          "[Kazakhstan] took [$292 million], more than Russia.",
          "[Ukraine] was a distant second with [$1.5 million].",
          "1. [Turkey] - [$2.46 billion]"],
         ["Trade with [Kazakhstan] reached [$4 billion].",
          "[Kazakhstan] exported goods worth [$1.2 billion]."]),        # the exporter, not a label
    # the 20 characters before a state: it sits inside an appositive, labelling nothing
    Rule("_INSIDE_APPOSITIVE", "bounded", window=20,
         match=["Kazakhstan, the largest partner after [Russia], took $550 million.",
                "Turkey, second only behind [China], took $400 million.",
                "Georgia, well ahead of [Turkey], bought $90 million.",
                "Exports were higher than the [United States] reported."],
         no_match=["Trade with [Russia] reached $5 billion.",
                   "Exports to [China] rose to $2 billion."]),
    # the 6 characters before a state: a gapped clause ("and Kazakhstan 2,374")
    Rule("_GAPPED", "bounded", window=6,
         match=["Russia took 6,253 of them and [Kazakhstan] 2,374.",
                "Russia took 6,253, [Kazakhstan] 2,374.",
                "Georgia bought $40 million and [Armenia] $25 million."],
         no_match=["Exports to [Kazakhstan] reached 2,374 cars.",
                   "In 2023 [Kazakhstan] bought 2,374 cars."]),
    # between a gapped slot's state and its figure: nothing, or a qualifier
    Rule("_GAP_WORDS", "between",
         ["Russia took 6,253 and [Kazakhstan] [2,374].",
          "Afghanistan took 379.1 thousand tonnes and [Kyrgyzstan] just [3.3 thousand tonnes].",
          "Georgia bought $40 million and [Armenia] only [$25 million].",
          "Georgia bought $40 million and [Armenia] some [$25 million]."],
         ["Georgia bought $40 million and [Armenia] bought [$25 million].",
          "Georgia bought $40 million and [Armenia] in 2023 [$25 million]."]),
    # the 70 characters before a figure: "the latter" or "the former" points back to the state it is for
    Rule("_ANAPHOR_LABEL", "before", window=70,
         match=["Egypt ranked second and Algeria fourth, the latter taking [1.448 mln tonnes].",
                "Georgia and Armenia bought most, the former with [$40 million].",
                "Iran and Iraq were next, the latter's buyers accounting for [$12 million].",
                "Turkey and China led; the former took some [$2 billion]."],
         no_match=["Egypt ranked second and Algeria fourth, taking [1.448 mln tonnes].",
                   "The latter was opened in 2020 with [500 jobs] in mind and a plan."]),
    # right after a state: its buyers are who the figure is for
    Rule("_BUYERS", "after",
         ["[Kazakhstan]'s buyers accounted for $82.6 million.",
          "[Uzbekistan]'s importers took $40 million.",
          "[Georgia]\u2019s companies bought 1,200 cars."],
         ["[Kazakhstan]'s exports reached $82.6 million.",
          "[Kazakhstan]'s trade with China grew."]),
    # the 25 characters before a state: it is the other side
    Rule("_PARTNER_BEFORE", "bounded", window=40,
         match=["Trade with [Uzbekistan] reached $4 billion.",
                "Exports to [Russia] fell.",
                "Imports from [China] rose.",
                "Flour was shipped into neighbouring [Afghanistan].",
                "On the import side the ranking was led by [Turkey] again:"],
         no_match=["Exports grew, according to [Kazakhstan]'s statistics bureau.",
                   "Kazakhstan and [Uzbekistan] traded goods worth $4 billion.",
                   "A delegation led by [Uzbekistan]'s prime minister arrived."]),
    # right after a state: it is named as the other side
    Rule("_PARTNER_AFTER", "after",
         ["The [United Kingdom] was the largest export destination.",
          "[China] remained the main supplier of cars.",
          "[Russia] is Kazakhstan's second-largest partner.",
          "[Turkey] ranked third."],
         ["[Kazakhstan] was the largest exporter of wheat.",
          "[Kazakhstan] exported 3,000 cars."]),
    # the 60 characters after a state: it is the one whose trade is reported
    Rule("_REPORTER_AFTER", "after", window=60,
         match=["[Tajikistan]'s trade with China grew.",
                "[Tajik] exports rose by 12 percent.",
                "[Uzbekistan] exported 3,000 cars.",
                "[Chinese] customs reported the figures.",
                "[Georgia]'s foreign trade reached $16 billion."],
         no_match=["[Tajikistan]'s president visited Beijing.",
                   "[Uzbekistan] and Kazakhstan signed a deal."]),
    # from the figure's clause start to the figure: the other side is a group of states
    Rule("_GROUP_PARTNER", "bounded",
         ["China's trade with the five Central Asian republics reached [$89 billion].",
          "Kazakh exports to the EU rose to [$40 billion].",
          "Turnover with the Eurasian Economic Union reached [$30 billion].",
          "Mutual trade within the union rose to [$90 billion].",
          "Georgia's trade with the region reached [$5 billion].",
          "Armenia's turnover with its partners in the Eurasian Economic Union rose to [$7.6 billion]."],
         ["Trade with Kazakhstan reached [$4 billion].",
          "Trade with the two countries reached [$4 billion].",       # a pair, not a group
          "Data from the EU statistics office show Iran sent [9 bcm]."]),   # whose office, no side
    # after the cue, up to the end of the segment: an epithet names the other side
    Rule("_EPITHET_PARTNER", "search",
         ["Turkish exports to the Islamic Republic rose.",
          "Iran delivered gas to its north-western neighbour.",
          "Imports from the neighbouring country grew.",
          "Trade with the Central Asian republic doubled."],
         ["Exports to the Republic of Korea rose.",
          "Exports to its neighbours rose.",
          "The country's exports rose."]),
    # the 60 characters after a state: it holds a share of a figure, it is no side of it
    Rule("_SHARE_AFTER", "after", window=60,
         match=["Turnover reached $7 billion, with [China] accounting for 61 percent of the total.",
                "China took 61 percent and [Russia] for 16 percent.",
                "[China] accounted for 94 percent of the total.",
                "[Turkiye]'s share was 15 percent.",
                "[Russia] supplied 30.4 percent of all imports.",
                "[China] bought about 41% of the exports.",
                "[Kazakhstan] received 19 percent of shipments abroad.",
                "[Iran] accounts for only about half a percent of the total.",
                "[Russia] took a third of the exports."],
         no_match=["[China] accounted for most of the growth.",
                   "[China] took one of the largest shares.",
                   "Exports to [China] rose 20 percent.",
                   "[Kazakhstan]'s exports grew by 5%."]),
    # the 80 characters before a state: a share of the figure went there
    # between a state and a money figure: a verb of receiving ("Uzbekistan received $1.1 billion from
    # cotton yarn exports": with money earned from exports after it, the state is the exporter)
    Rule("_RECEIVED", "search",
         match=["Uzbekistan received $1.1 billion from cotton yarn exports.",
                "Georgia, receiving $40 million from wine sales abroad, led the list.",
                "Tajikistan had received 300,000 tonnes of wheat."],
         no_match=["The receivables of the plant grew.",
                   "Armenia recovered $2 million in unpaid duties."]),
    Rule("_SHARE_BEFORE", "before", window=80,
         match=["It shipped 140,000 tonnes abroad, and 97.8% of that went to [Russian] buyers.",
          "Exports reached 31,000 tonnes, with 60 percent going to [Turkiye].",
          "Of the 9 million tonnes, 45 per cent was shipped to [Uzbekistan].",
          "Imports reached 420,000 tonnes, and 70% of them came from [Russia]."],
         no_match=["Exports to [Russia] rose 12%.",
          "Exports rose 60 percent, and shipments went to [Turkiye].",
          "It shipped 140,000 tonnes, 12% more than in 2022, to [Russia]."]),
    # after a state: a relative clause between commas, then what follows it
    Rule("_RELATIVE_AFTER", "after",
         ["[Switzerland], which buys Tajik gold, remained the main destination.",
          "[Russia], who bought most of the wheat, came first.",
          "[China], that takes most of the ore, paid $5 billion."],
         ["[Russia], the main buyer, took $5 billion.",
          "[China], which took $5.2 billion, came first.",
          "[Russia] which buys gold remained first."]),
    # after a figure: the goods it counts, up to the side they went to or came from
    Rule("_GOODS_THEN", "after",
         ["Kazakhstan shipped [4.1 million] tonnes of wheat and flour (in grain equivalent) to the region.",
          "Kazakhstan traded goods worth [$65.9 billion] with the rest of the world.",
          "Turkmenistan sold [9 bcm] of gas from its eastern fields to China.",
          "Exports of [900,000] tonnes of cotton yarn to the union rose."],
         ["Exports reached [$4 billion], according to customs, with the EU buying most.",
          "Exports reached [$4 billion] in 2023; the EU bought most.",
          "Exports reached [$4 billion] in 2023 because the sanctions on Russia and the war pushed trade to Georgia."]),
    # the group of states a figure is traded with (a _GROUP_PARTNER match): trade inside it
    Rule("_INSIDE_GROUP", "start",
         ["within the union", "among the countries of the region", "across the wider CIS"],
         ["with the union", "to the EU"]),
    # right after the last of two states: they are one side
    Rule("_TOGETHER", "after",
         ["Kyrgyzstan and [Kazakhstan] together took 81 percent.",
          "Russia and [China] combined accounted for half.",
          "Georgia and [Armenia] between them bought 3,000 cars."],
         ["Russia and [China] accounted for half.",
          "[Kazakhstan] alone took 40 percent."]),
    # all the text before a state: the state opens the sentence
    Rule("_OPENING_STATE", "prefix",
         ["[Turkmenistan] is widening its trade with China.",
          "The [Kyrgyz Republic] exported $2 billion.",
          "ASHGABAT - [Turkmenistan] is widening its trade with China."],
         ["Trade with [Turkmenistan] grew.",
          "In 2023 [Kazakhstan] exported $80 billion."]),
    # an interview's first person: the interviewee's side (lower-case "us": "US" is a state)
    Rule("FIRST_PERSON", "search",
         ["Our trade with China reached $1.8 billion.",
          "We sold goods worth $700 million there.",
          "China buys more from us than ever."],
         ["The US bought goods worth $2 billion.",
          "Trade with China reached $1.8 billion."]),
    Rule("_ANSWER", "start",
         ["A: Trade with China grew.", "Answer: We sold more.", "A. Exports rose."],
         ["Azerbaijan: $1.2 billion", "Asked about trade, he smiled."]),
    Rule("_DASH_LINE", "start",
         ["\u2014 Turnover with China came to $1.8 billion.", "- We sold more.", "\u2013 Exports rose."],
         ["Kazakhstan-China trade grew.", "-5% was the change."]),
    # after a state: the office of the person speaking for it
    Rule("_OFFICE_AFTER_STATE", "after", window=60,
         match=["The [Georgian] deputy economy minister spoke.",
                "[Kazakhstan]'s ambassador to China said.",
                "An [Uzbek] trade official said."],
         no_match=["[Georgian] exports rose.",
                   "[Kazakhstan]'s trade with China grew."]),
    # before a state: "the Minister of Economy of [Georgia]"
    Rule("_OFFICE_BEFORE_STATE", "before", window=70,
         match=["The Minister of Economy of [Georgia] said.",
                "the ambassador of [Kazakhstan] spoke.",
                "the Head of the Customs Service of [Uzbekistan] said."],
         no_match=["Trade of [Georgia] grew.",
                   "Exports of [Kazakhstan] rose."]),
    # the text before the figure: "the country" stands for the state just discussed
    Rule("THE_COUNTRY", "bounded",
         ["The country exported [410,000 tonnes] of cotton.",
          "This republic imported goods worth [$2 billion].",
          "The nation's trade reached [$5 billion]."],
         ["The country's main partners bought [$2 billion] worth of goods.",
          "Exports from the countryside reached [$5 million]."]),
)


@pytest.mark.parametrize("name, example", cases(RULES, positive=True))
def test_pattern_matches_its_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert reads(getattr(sides, name), rule, example)


@pytest.mark.parametrize("name, example", cases(RULES, positive=False))
def test_pattern_leaves_out_its_counter_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert not reads(getattr(sides, name), rule, example)


def test_every_pattern_has_a_table() -> None:
    assert module_patterns(sides, public_only=False) == {r.name for r in RULES}
    assert all(len(r.match) >= 3 and len(r.no_match) >= 2 for r in RULES)


def test_all_partners_named_right_after_the_figure() -> None:
    text = ("Kazakhstan's trade edges up, China far ahead\n\n"
            "Kazakhstan traded goods worth $65.9 billion with the rest of the world in 2024.")
    r = facts_of(text, title="Kazakhstan's trade edges up, China far ahead").trade[0]
    assert (r.reporter_country_code, r.partner_country_code) == ("KZ", None)


def test_the_countries_of_a_region_are_a_group() -> None:
    r = facts_of("Between 2018 and 2023, Kazakhstan's trade with the countries of the region almost doubled, "
                 "to $11 billion, Georgia said.").trade[0]
    assert r.partner_country_code is None
    # trade among them is no one state's (tests/test_facts_trade_families.py)
    assert facts_of("Between 2018 and 2023, trade among the countries of the region almost doubled, "
                    "to $11 billion, Kazakhstan and Georgia said.").trade == []


@pytest.mark.parametrize("text, label", [
    ("Among wheat buyers Egypt ranked second and Algeria fourth, the latter taking 1.448 mln tonnes.", "Algeria"),
    ("Georgia and Armenia bought most, the former with $40 million.", "Georgia"),
    ("Afghanistan took 379.1 thousand tonnes and Kyrgyzstan just 3.3 thousand tonnes.", "Kyrgyzstan"),
])
def test_the_state_a_figure_is_for_when_named_back_or_gapped(text: str, label: str) -> None:
    view = view_of(text)
    for name, code in (("Egypt", "EG"), ("Algeria", "DZ"), ("Georgia", "GE"), ("Armenia", "AM"),
                       ("Afghanistan", "AF"), ("Kyrgyzstan", "KG")):
        at = text.find(name)
        if at >= 0:
            view.countries.append(Ent(at, at + len(name), "country", name, code, "name"))
    view.countries.sort(key=lambda e: e.start)
    q = find_quantities(text)[-1]
    assert sides.label_of(view, q).name == label
