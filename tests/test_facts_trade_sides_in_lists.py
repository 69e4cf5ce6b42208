"""Who and which flow in lists, tables and enumerations: each family a table of invented examples
(other countries, goods, verbs and orders than the articles that showed it), negatives included.
Countries are those of the test gazetteer (facts_helpers)."""
from datetime import date

import pytest

from facts_helpers import facts_of


def sides(text, published=date(2024, 3, 1)):
    return [(r.reporter_country_code, r.partner_country_code, r.amount) for r in facts_of(text, published).trade]


# A heading that names no side does not take one from the last line of the list before it: that
# line's label is a partner of the other list.
@pytest.mark.parametrize("first, second", [
    ("Main export destinations", "Main import suppliers"),
    ("Leading buyers", "Leading sources of imports"),
    ("Top markets for Georgian goods", "Top suppliers"),
    ("Exports by destination", "Imports by origin"),
])
def test_a_heading_after_a_list_keeps_the_article_reporter(first: str, second: str) -> None:
    text = ("Georgia's foreign trade news.\n\nGeorgia's foreign trade reached $12 billion in 2023.\n\n" + first
            + "\n- China: $310.5 mln\n- Kazakhstan: $290 mln\n\n" + second
            + "\n- Turkiye: $1.7 bln\n- Russia: $940.2 mln\n")
    found = sides(text)
    assert [r for r, _, _ in found] == ["GE"] * 5
    assert [p for _, p, _ in found] == [None, "CN", "KZ", "TR", "RU"]


# After a list of partners, a figure that names no state is the reporter's with all partners (a
# breakdown by product, "the country's" total).
@pytest.mark.parametrize("after", [
    "By product, cotton fibre led exports with $512.3 million, ahead of gold ($401.9 million).",
    "Among goods, machinery was the largest import at $618.4 million.",
    "Most of the goods were re-exported, of which copper brought $233.1 million.",
    "In 2022 the country's turnover had come to $9.8 billion.",
])
def test_a_list_of_partners_leaves_no_partner_in_force(after: str) -> None:
    text = ("Uzbekistan's trade news.\n\nUzbekistan's trade with Turkiye grew to $3.1 billion in 2023, and exports to "
            "Turkiye rose to $1.2 billion.\n\nMain trading partners\n- China: $13.7 bln\n- Russia: $11.2 bln\n\n"
            + after + "\n")
    tail = [(r, p) for r, p, a in sides(text) if a < 1e9 or a == 9.8e9]
    assert tail and all(x == ("UZ", None) for x in tail), tail


def test_a_list_with_one_partner_throughout_keeps_it() -> None:
    text = ("Turkish trade news.\n\nTurkish trade with Georgia fell in 2023. Figures of the statistics office:\n"
            "- Turkish exports to Georgia: $3.2 billion\n- Turkish imports from Georgia: $2.4 billion\n\n"
            "December on its own was stronger, with trade of more than $540 million.\n")
    assert sides(text)[-1] == ("TR", "GE", 5.4e8)


# A state that buys or pays for a figure in a ranking of buyers labels it: it is the partner.
@pytest.mark.parametrize("sentence, partners", [
    ("Kazakhstan ($9 million) and Georgia ($4 million) followed, and Mongolia bought yarn worth only about 187 "
     "thousand dollars.", {"KZ", "GE", "MN"}),
    ("Russia paid $32.8 million for them, Kyrgyzstan $28.7 million and China $17.2 million.", {"RU", "KG", "CN"}),
    ("Mongolia spent $12.5 million on them, ahead of Georgia ($6.1 million).", {"MN", "GE"}),
    ("Kazakhstan bought machinery worth $41 million and Russia $19 million.", {"KZ", "RU"}),
])
def test_a_buyer_in_a_ranking_is_the_partner(sentence: str, partners: set) -> None:
    text = ("Uzbek exports news.\n\nUzbekistan exported knitwear worth $150 million in January-April 2023.\n"
            + sentence + "\n")
    found = sides(text, date(2023, 6, 1))[1:]
    assert {r for r, _, _ in found} == {"UZ"} and {p for _, p, _ in found} == partners, found


def test_a_state_buying_abroad_is_the_reporter() -> None:
    text = "Car news.\n\nImports kept climbing. In 2023 Kazakhstan bought cars worth $2.4 billion abroad.\n"
    assert sides(text) == [("KZ", None, 2.4e9)]


# "The country" after a ranking of partners is the reporting state, unless a partner opens a
# sentence of its own again afterwards.
@pytest.mark.parametrize("middle, reporter", [
    ("Turkiye and Kyrgyzstan came next.\n\nMain markets, 2023\n1. Turkiye - $179 million\n2. Kyrgyzstan - $136 million\n\n",
     "UZ"),
    ("Kazakhstan ($16 million) and Georgia ($7 million) followed.\n", "UZ"),
    # negative: the partner is the subject again ("Kyrgyzstan is also ...")
    ("Kyrgyzstan took $136 million.\nKyrgyzstan is also widening its own sales of garments.\n", "KG"),
])
def test_the_country_after_a_partner_ranking(middle: str, reporter: str) -> None:
    text = ("Textile news.\n\nUzbekistan shipped textiles worth $1.2 billion abroad in 2023.\n" + middle
            + "Over the year the country sold 21,800 tonnes of knitwear abroad.\n")
    found = [r for r in facts_of(text, date(2024, 2, 1)).trade if not r.is_money]
    assert [(r.reporter_country_code, r.partner_country_code) for r in found] == [(reporter, None)]


# A line ending with a colon that names nothing takes its sense from the sentence before it; a
# table row whose label fills its column is a row; two goods of the same size are two facts.
def test_a_product_table_under_a_colon_line() -> None:
    text = ("Trade news.\n\nAzerbaijan's foreign trade fell in 2020.\n\n"
            "The customs committee also gave figures on imports of selected goods. Several items grew:\n\n"
            "Product                 Jan-Sep 2020               Jan-Sep 2019\n"
            "Coffee                  4,100 t / $22.2 mln        3,900 t / $20.6 mln\n"
            "Cheese, dairy products  8,300 t / $41.7 mln        3,900 t / $35.8 mln\n")
    found = [(r.reporter_country_code, r.partner_country_code, r.flow, r.product, r.amount, r.period_start.year)
             for r in facts_of(text, date(2020, 11, 20)).trade]
    assert ("AZ", None, "import", "Coffee", 3900.0, 2019) in found
    assert ("AZ", None, "import", "Cheese, dairy products", 3900.0, 2019) in found
    assert ("AZ", None, "import", "Cheese, dairy products", 4.17e7, 2020) in found
    assert len(found) == 8, found


@pytest.mark.parametrize("line", [
    "Exports rose to  $5 billion in 2023.",         # a double space in prose, no cells after it
    "The plan  2024 was approved.",
])
def test_a_double_space_in_prose_is_no_table_row(line: str) -> None:
    from extraction.facts.lists import list_line
    assert list_line(line) is None


# Which flow: the role a ranking gives its states, "sales to", what goods "brought in".
@pytest.mark.parametrize("sentence, flows", [
    ("China stayed the country's leading trading partner with $4.2 billion, followed by Russia ($3.6 billion).",
     ["turnover", "turnover"]),
    ("Russia remained the main supplier with $2.1 billion, ahead of China ($1.7 billion).", ["import", "import"]),
    ("China was the largest buyer with $900 million, followed by Kazakhstan ($450 million).", ["export", "export"]),
])
def test_the_role_a_ranking_names_gives_the_flow(sentence: str, flows: list) -> None:
    text = "Trade news.\n\nGeorgia's exports fell to $4 billion in 2023, while imports reached $9 billion.\n" + sentence + "\n"
    assert [r.flow for r in facts_of(text, date(2024, 2, 1)).trade][2:] == flows


# The role given after the figures, by the states' predicate: "Russia ($80 million) and Kazakhstan
# ($71 million) were again the leading partners".
@pytest.mark.parametrize("sentence, flows", [
    ("China ($1.1 billion) and Russia ($0.9 billion) were again the leading partners.", ["turnover", "turnover"]),
    ("China ($1.1 billion) and Russia ($0.9 billion) remained the country's main trading partners.",
     ["turnover", "turnover"]),
    ("Turkiye ($1.4 billion) and Russia ($1.1 billion) were Georgia's two largest suppliers.", ["import", "import"]),
    ("Kazakhstan ($500 million) and China ($300 million) were the biggest buyers.", ["export", "export"]),
    # near misses: no predicate naming a role keeps the flow in force
    ("China ($1.1 billion) and Russia ($0.9 billion) followed, with partners in Europe far behind.",
     ["import", "import"]),
    ("China ($1.1 billion) and Russia ($0.9 billion) were the main sources of cars.", ["import", "import"]),
])
def test_the_role_named_after_the_figures_gives_the_flow(sentence: str, flows: list) -> None:
    text = "Trade news.\n\nGeorgia's exports fell to $4 billion in 2023, while imports reached $9 billion.\n" + sentence + "\n"
    assert [r.flow for r in facts_of(text, date(2024, 2, 1)).trade][2:] == flows


@pytest.mark.parametrize("sentence, flow", [
    ("Georgian sales to Kazakhstan rose to $120 million in 2023.", "export"),
    ("Uzbek sales to the Russian market reached $2 billion in 2023.", "export"),
    ("Hazelnuts brought in $180 million and tea $12 million in 2023.", "export"),
    # negative: goods brought in are imports
    ("Georgia brought in $2 billion of machinery in 2023.", "import"),
])
def test_sales_to_and_what_goods_brought_in(sentence: str, flow: str) -> None:
    found = facts_of("Trade news.\n\n" + sentence + "\n", date(2024, 2, 1)).trade
    assert found and {r.flow for r in found} == {flow}, found


def last_flow(text: str) -> tuple:
    r = facts_of(text, date(2024, 3, 1)).trade[-1]
    return r.reporter_country_code, r.partner_country_code, r.flow


# An intro naming a state only as the source of the figures ("Figures of the Turkish statistical
# institute show:") is no side of them: its lines stay with the pair in force.
@pytest.mark.parametrize("intro", [
    "Figures of the Turkish statistical institute show how uneven it is:",
    "Turkish statistics give the details:",
    "According to Turkish customs data:",
    "Data from the Turkish statistical office, quoted at the meeting:",
])
def test_a_data_source_intro_keeps_the_pair(intro: str) -> None:
    text = ("Turkiye and Georgia met in Tbilisi.\n\nTurkiye and Georgia want to lift trade between the two countries "
            "to $5 billion.\n\n" + intro + "\n- trade in 2023: $2.1 billion, up 12%;\n- exports in 2023: $1.6 billion.\n")
    found = [r for r in facts_of(text, date(2024, 3, 1)).trade if r.amount < 5e9]
    assert {(r.reporter_country_code, r.partner_country_code) for r in found} <= {("TR", "GE"), ("GE", "TR")}
    assert [r.flow for r in found] == ["turnover", "export"]


# A line labelled "X deliveries to Y" is X's export to Y; under figures reported from Y's side (the
# frame's reporter is Y) it is told as Y's import from X.
@pytest.mark.parametrize("line, expected", [
    ("- Russian deliveries to Turkiye in August: $6.3 billion.", ("TR", "RU", "import")),
    ("- Russian supplies to Turkiye in 2023: $44 billion.", ("TR", "RU", "import")),
    ("- Russian shipments to Turkiye, first half: $21.5 billion.", ("TR", "RU", "import")),
])
def test_deliveries_to_the_reporter_are_its_imports(line: str, expected: tuple) -> None:
    text = ("Trade news.\n\nTurkish statistics show the other side:\n- Turkish exports to Russia in 2023: $10.9 billion;\n"
            + line + "\n")
    assert last_flow(text) == expected


def test_deliveries_to_another_state_stay_exports() -> None:
    text = ("Trade news.\n\nKazakh figures for 2023:\n- Kazakh exports to China: $15.2 billion;\n"
            "- Kazakh deliveries to Georgia: $0.9 billion.\n")
    assert last_flow(text) == ("KZ", "GE", "export")


# A list of a pair's figures whose intro names no statistics source: a line's own reporter and partner
# ("Kazakh exports to China") are its sides, and a line naming one of the pair as the partner ("Imports
# from China") is the other one's.
@pytest.mark.parametrize("lead", [
    "Chinese leaders met Kazakh ones. China sees Kazakhstan as a friend, and China backs it.",
    "China and Kazakhstan held talks. Beijing praised China's ties with Kazakhstan, a Chinese envoy said.",
])
def test_lines_of_a_pair_list_keep_their_own_sides(lead: str) -> None:
    # the article is mostly about China; the lines name their own sides
    text = ("Talks in Astana.\n\n" + lead + "\n\nFigures quoted ahead of the meeting:\n\n- 2023, trade turnover - $41 bn\n"
            "- Kazakh exports to China, January-June 2024 - $7,5 bn\n- Imports from China, January-June 2024 - $6,2 bn\n")
    found = {a: (r, p, f) for r, p, f, a in ((x.reporter_country_code, x.partner_country_code, x.flow, x.amount)
                                             for x in facts_of(text, date(2024, 8, 1)).trade)}
    assert found[7.5e9] == ("KZ", "CN", "export"), found
    assert found[6.2e9] == ("KZ", "CN", "import"), found


def test_a_line_told_by_a_source_keeps_the_source_side() -> None:
    # negative: under one state's statistics, another state's deliveries are that state's imports
    text = ("Georgia and Turkiye trade.\n\nTurkish statistics show the other side:\n"
            "- Georgian deliveries to Turkiye in 2023: $0.5 bln\n- Turkish exports to Georgia in 2023: $1.9 bln\n")
    found = {x.amount: (x.reporter_country_code, x.partner_country_code, x.flow) for x in facts_of(text).trade}
    assert found[5e8] == ("TR", "GE", "import"), found
