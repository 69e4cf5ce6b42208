"""Lists and tables (extraction/facts/lists.py): every module-level pattern with a
table of invented examples, read the way `lists` reads it (see
tests/pattern_table.py; a [bracketed] span is the separator after a label)."""
from __future__ import annotations

import pytest

from extraction.facts import lists
from pattern_table import Rule, bug, cases, module_patterns, reads

RULES: tuple[Rule, ...] = (
    # at the start of a line: a bullet or a number
    Rule("_MARKER", "start",
         ["- Cobalt - 16,067 units",
          "1. China - $2.13 billion",
          "\u2022 Georgia \u2014 1,204 cars",
          "b) Mongolia: 12 units",
          "(3) Turkey: $1 billion"],
         ["-17.5% on the year",                                  # a minus sign, glued to its number
          "2023 was a record year for the plant."]),            # a year, not a list number
    # at the start of a line: the outer bar of a table row written with bars on both sides
    Rule("_ROW_BORDER", "start",
         ["| Exports | 38.1 | 33.8 |", "|Turnover|52.7|", "  | 2021 | 7,500 |"],
         ["Exports | 38.1 | 33.8", "- Exports: $38.1 bn"]),
    # after a bordered row's label: its first value cells left empty
    Rule("_EMPTY_CELLS", "start",
         ["- | 1.6 |", " n/a   | 2.4 |", "..  | — | 7.1 |"],
         ["1.6 | - |", "-1.6 |", "no data"]),
    # what ends a label
    Rule("_SEPARATOR", "search",
         ["China - $2.13 billion",
          "Tyres: 712,100 units",
          "Russia | 1,234.5",
          "Turkey      845.2",
          "Afghanistan ($1.3 million)"],
         ["Kazakh-Chinese trade grew.",                          # a hyphen inside a word
          "Orda Auto (Kazakhstan) built cars."]),               # a bracket that opens no figure
    # a bracketed note inside a label, left out of the label's length
    Rule("_LABEL_NOTE", "search",
         ["Steppe Works of Building Materials (Karaganda region, dry process)",
          "Altyn Cement (Almaty, wet line)",
          "Caspian Plant (2 kilns)"],
         ["Altyn Cement, Almaty region, wet line",               # no bracket
          "Kazakh cement (dry and wet"]),                         # one not closed
    # right after the separator of an unmarked line: the figure comes first
    Rule("_VALUE_START", "after",
         ["China[ - ]$2.13 billion",
          "Tyres[: ]712,100 units",
          "Kazakhstan[ - ]about 26,970",
          "Russia[: ]exports $170 mln",
          "Russia[   ]~900        42        858"],
         ["Kazakhstan[ - ]the region's largest economy - grew 5%.",
          "Armenia[: ]up 2.5 times, to $654,800"]),
    # inside the words before an unmarked line's separator: a finite verb makes them a clause of prose
    Rule("_FINITE_VERB", "search",
         ["Production is expected to ramp up gradually",
          "Output will grow step by step",
          "Exports were strong",
          "The plant has two lines"],
         ["Tyres", "Cars produced", "Exports to Russia", "2026-2030", "Islands of Kazakhstan"]),
    # inside a label: names of periods, which a label may hold (any other digit makes it no label)
    Rule("_YEARISH", "search",
         ["2026-2030", "Q1 2024", "H1", "9M 2023"],
         ["Cobalt", "Damas 2"]),
    # before a state in a label that names two: the side the flow goes to or comes from
    Rule("_PARTNER_BEFORE", "search",
         ["'s exports to ", "'s imports from ", "trade with the ", "ments to "],
         ["'s exports ", "Imports of ", "'s trade, "]),
    # a state named as the owner of a label's flow (read right after the state's name)
    Rule("_OWN_FLOW_AFTER", "start", [" exports", "'s imports", " total exports"], [" - exports", " trade", ", imports"]),
    # an intro that dates the bracketed figures of its lines
    Rule("_BRACKETED", "search",
         ["same point of 2023 in brackets", "with 2022 in parentheses", "(2021 figures in parenthesis)"],
         ["by destination (2023)", "brackets of income"]),
    # a line or heading about the reporter's trade with the whole world: no partner
    Rule("_ALL_PARTNERS", "search",
         ["Total trade turnover: about $4.7 bln", "Foreign trade - $9.1 billion", "Overall exports: $1.3 bn",
          "External merchandise trade, 2023"],
         ["Trade with Russia: $620 mln", "exports to Russia: $160 mln", "Total investment: $2 bln"]),
    # a heading that names the currency of figures written with a bare scale word
    Rule("_CURRENCY", "search", ["TRADE WITH IRAN (USD)", "Exports, in US dollars", "Turnover ($)",
                                 "Kyrgyz trade with Kazakhstan, USD", "Exports by partner, US$:"],
         ["Exports, $ million", "US dollar exchange rate", "Exports rose, USD 400 million"]),
    # a ranking's place opening a bordered row, before its label
    Rule("_RANK_CELL", "start", ["1 | China | 476.3 |", "12. | Russia | 41.1 |", "3|Turkey|1.2|"],
         ["2021 | 7,500 |", "1 | 2.4 |"]),
    # a header cell over labels, not figures
    Rule("_LABEL_CELL", "search", ["Export partner", "Country", "Main destinations", "Commodity"],
         ["Exports", "2023", "Share, %"]),
    # an intro naming deals or projects: no trade list
    Rule("_PROJECT_LIST", "search",
         ["Other projects signed at the forum:", "The investment deals agreed:", "Memorandums signed:"],
         ["Exports by destination:", "Main trading partners:"]),
    Rule("_CLASS_BOUND", "search",
         ["Buses over 5 tonnes", "Trucks up to 3.5 t", "Vans less than 2 tonnes"],
         ["Line 5", "Over the year"]),
    # the line introducing a list: what its figures are
    Rule("_PART_OF_YEAR", "search",
         ["First-half trade, $ million", "H1 exports by year:", "Nine-month output, tonnes",
          "First quarter turnover, by year"],
         ["Trade by year, $ million", "Halfway through the year:"]),
    Rule("_OUR_TRADE", "search",
         ['"Our trade has been growing fast," the minister said.',
          "Our bilateral turnover doubled, he said.",
          "He said our mutual trade could reach $2 billion."],
         ["Our foreign trade grew.", "Our trade with Japan grew.", "Their trade grew."]),
    Rule("_TAKERS", "search",
         ["Four countries took almost all of the ore in 2019:",
          "Three buyers bought the bulk:",
          "The main customers also received:"],
         ["Four plants took part:", "The countries agreed:"]),
    Rule("_TRADE_WORDS", "search",
         ["Main trading partners, January-October 2023",
          "Exports by destination:",
          "Imports from the largest suppliers were:"],
         ["Output by model:",
          "The plant's main models were:"]),
    Rule("_PRODUCTION_WORDS", "search",
         ["Output by model:",
          "Production by plant, 2023",
          "Component makers reported:",
          "Cars assembled in January-May:"],
         ["Main trading partners, 2023",
          "The largest export markets were:"]),
    Rule("_EXPORT_WORDS", "search",
         ["The largest export markets were:",
          "Main destinations:",
          "Cars sold, by country:"],
         ["Imports by supplier:",
          "Main trading partners:"]),
    Rule("_IMPORT_WORDS", "search",
         ["Imports by supplier:",
          "Main sources of cars, 2023",
          "Purchases by origin:"],
         ["Exports by destination:",
          "Output by model:"]),
    Rule("_TURNOVER_WORDS", "search",
         ["Main trading partners, 2023",
          "Trade with CIS countries:",
          "Turnover by country:"],
         ["Exports by destination:",
          "Output by model:"]),
    # a table column that holds a part of each row's figure (matched on the lower-cased cell)
    Rule("_PART_CELL", "start",
         ["of which frozen",
          "incl. to china",
          "including processed",
          "of them by rail",
          "among them new cars"],
         ["volume",
          "offices",
          "income",
          "share of which"]),
    # the scale of bare figures in a money table
    Rule("_MONEY_SCALE", "search",
         ["Kazakhstan's imports by partner ($ million):",
          "Exports to CIS countries, in million dollars:",
          "Exports, USD mln:",
          "Trade by partner, 2023 ($ billion):",
          "Imports by partner, January-March 2024 (USD bln):",
          "Foreign trade of Georgia, billion US dollars"],        # after a caption's comma
         ["Output by model, in units:",
          "Exports, thousand tonnes:",
          "The sides want trade of 10 billion US dollars.",      # a figure's own scale, not a slot
          "Exports reached 1.5 bln dollars:"]),
    # on a figure's own words: it carries its own scale
    Rule("_SCALE_WORD", "search",
         ["$1.2 billion", "386 mln", "5 bn"],
         ["26,970", "1.5 thousand"]),
    # what a label sheds: a leading article, trailing punctuation
    Rule("_LABEL_NOISE", "search",
         ["The Cobalt", "Damas -", "Spark:", "a Nexia,"],
         ["Cobalt", "Nexia 3"]),
    # between a figure on a line and the period right after it: the figure's own period
    Rule("_PERIOD_RIGHT_AFTER", "between",
         ["Uzbek figures: [$3.2 billion] in [2022], down from $3.4 billion in 2021",
          "Turkey: [$4.1 bln] ([2020])",
          "- Russia: [13,700] in [November]",
          "Georgia - [$90 million], [2023]"],
         ["Turkey: [$4.1 bln] (up 5% on [2020])",
          "Russia - [$2 billion], against 2022's [$1.8 billion]"]),
    # between the cells of a table line
    # a figure read across a table's cell gap ("1,200,000      $"): the next cell's sign is not its own
    Rule("_WIDE_GAP", "search",
         ["1,200,000      $", "800,000\t$", "12  $"],
         ["$96 million", "1,200,000 $"]),
    Rule("_CELL_GAP", "search",
         ["Jan-Apr 2024    Jan-Apr 2023",
          "Country | Exports | Imports",
          "Russia\t1,234"],
         ["Jan-Apr 2024 compared with Jan-Apr 2023",
          "Kazakh-Chinese trade"]),
    # a table header cell that is a year ("            2024      2023      change")
    Rule("_YEAR_CELL", "start", ["2024", "1998", "2030"], ["Jan 2024", "Value"]),
    # a header cell over figures that says nothing more
    Rule("_VALUE_CELL", "start", ["Value", "Amount, $ mln", "volume"], ["Flow", "Change y/y", "Share"]),
    # a heading's unit slot: "Coal exports, million tonnes", "(thousand tonnes)", "in units"
    Rule("_UNIT_SLOT", "search",
         ["Coal exports, million tonnes", "Grain exports (thousand tonnes)", "Car exports, in thousand units"],
         ["Coal exports 2023", "Output rose sharply"]),
    # a list of partners names its own: no pair of the text before
    Rule("_PARTNER_LIST", "search",
         ["China's main partners in 2023:", "Top destinations:", "Exports by country:"],
         ["The monthly releases show how it grew:", "Breakdown, January-June:"]),
    # an intro about the trade of the pair in force, by no names
    Rule("_BETWEEN_THEM", "search",
         ["Trade between the neighbours has grown for years.", "Turnover between them rose:",
          "Figures on trade between the two countries:"],
         ["Trade between Russia and Mongolia:", "The gap between the figures narrowed."]),
    # goods sent to the state a label names, read up to that state
    Rule("_SENT_TO", "before",
         ["Russian deliveries to [Turkiye]", "Kazakh supplies of wheat to [Georgia]", "Uzbek shipments to the [Kyrgyz Republic]",
          "Chinese sales to [Mongolia]"],
         ["Russian deliveries from [Turkiye]", "Exports to [Georgia]", "Deliveries to Russia and [China]"]),
    # a label naming a goal or forecast
    Rule("_TARGET_LABEL", "search", ["2024, revised target", "Plan for 2025", "Forecast"], ["2023", "January-June"]),
    # an intro that heads a site's parameters: its yearly rates are capacity
    Rule("_SPEC_HEADING", "search",
         ["Its main parameters:", "Key specifications of the mill:", "Technical characteristics of the line:"],
         ["Main trading partners, 2023:", "The plant's output in 2023:"]),
    # a list line's own words before its figure say what it is
    Rule("_LINE_PLAN", "search",
         ["output planned for 2025", "second line, due next", "target for the year", "expected output",
          "the shop to be commissioned in 2026"],
         ["output in 2023", "the plant produced", "capacity of the line"]),
    Rule("_LINE_ACTUAL", "search",
         ["2022: the plant produced", "the mill turned out", "copper mined in 2021", "actual output"],
         ["planned output", "capacity", "made-to-order"]),
    # a word of making on a line, against a word of trade (line_topic)
    Rule("_LINE_MADE", "search",
         ["2019: 40,000 tractors produced", "59,000 machines made and sold", "output of 8,300 trucks",
          "the works turned out"],
         ["exports grew to 36,000 tractors", "sales rose to 9,500", "made-to-order", "capacity of the line"]),
    Rule("_LINE_SITE", "search",
         ["second line, due next", "cold-rolling mill", "paint shop", "the smelter's second stage"],
         ["output planned for 2025", "exports to China"]),
    # a noun of its own right after a bare figure, on a line
    Rule("_OWN_NOUN", "after",
         ["[19] grades", "[7] colours", "[12] sizes", "[3] product types"],
         ["[19], up 4%", "[19] (2023)"]),
    # a place in a label named as an area, not a town
    Rule("_REGION_AFTER", "after",
         ["[Kostanay] region 330", "[Navoi] oblast: 210", "[Sughd] province", "[Karkaraly] district"],
         ["[Almaty]: 330", "[Semey] (SemAZ): 907"]),
    # a site sized by the figure right after it, on a dated line: its capacity, whatever the year
    Rule("_SITE_SIZED", "search",
         ["2016 - a chipboard line of ", "a kiln of up to ", "the third stage, a smelter for ",
          "a flooring line with a capacity of "],
         ["2016 - the plant produced ", "a line of credit worth ", "exports to China of "]),
    Rule("_YEAR_IN", "search",
         ["- 2019: the plant", "output planned for 2025", "1998 figures"],
         ["second line, due next", "12,500 tonnes"]),
    # on a trade line, words that make a physical figure what a site makes
    Rule("_SITE_BEFORE", "search",
         ["a $30 million plant that will turn slag into insulation", "with a capacity of", "to make pipes"],
         ["exports to China", "imports from Russia"]),
)


@pytest.mark.parametrize("name, example", cases(RULES, positive=True))
def test_pattern_matches_its_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert reads(getattr(lists, name), rule, example)


@pytest.mark.parametrize("name, example", cases(RULES, positive=False))
def test_pattern_leaves_out_its_counter_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert not reads(getattr(lists, name), rule, example)


def test_every_pattern_has_a_table() -> None:
    assert module_patterns(lists, public_only=False) == {r.name for r in RULES}
    assert all(len(r.match) >= 3 and len(r.no_match) >= 2 for r in RULES)
