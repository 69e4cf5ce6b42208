"""Trade figures in the layouts online news uses besides running text: a table whose columns are
periods, a key-figures box, an interview's answers, a timeline of dated lines, an enumeration of
destinations, a correction note. Invented examples, with the countries of the test gazetteer
(facts_helpers)."""
from datetime import date

import pytest

from facts_helpers import facts_of

PUB = date(2024, 9, 1)


def rows(text, published=PUB):
    return [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount,
             r.period_start.isoformat()[:7] if r.period_start else None,
             r.period_end.isoformat()[:7] if r.period_end else None)
            for r in facts_of(text, published).trade]


# A table whose columns are years: each figure takes its column's year; the row label is the
# partner; the heading gives the unit and the flow; the corner cell over the labels may give them too.
@pytest.mark.parametrize("heading, header, flow", [
    ("Uzbekistan's trade with neighbours, $ million", "Partner        2021      2022      2023", "turnover"),
    ("Uzbek exports to neighbours, $ million", "Country | 2021 | 2022 | 2023", "export"),
    ("Uzbekistan's imports by origin (USD million)", "               2021      2022      2023", "import"),
    ("Uzbekistan's foreign trade by partner", "Imports, $ million    2021    2022    2023", "import"),
    ("Uzbekistan's foreign trade by partner", "Exports, $ mln | 2021 | 2022 | 2023", "export"),
])
def test_a_table_whose_columns_are_years(heading: str, header: str, flow: str) -> None:
    sep = " | " if "|" in header else "     "
    text = ("Uzbekistan's trade grew again last year, the statistics agency said on Monday.\n\n" + heading + "\n"
            + header + "\n" + sep.join(["Kazakhstan", "3,982", "4,521", "4,834"]) + "\n"
            + sep.join(["Tajikistan", "387", "528", "627"]) + "\n")
    found = rows(text)
    assert [(r, p, f) for r, p, f, _, _, _ in found] == [("UZ", "KZ", flow)] * 3 + [("UZ", "TJ", flow)] * 3
    assert [a for _, _, _, a, _, _ in found] == [3.982e9, 4.521e9, 4.834e9, 3.87e8, 5.28e8, 6.27e8]
    assert [s for _, _, _, _, s, _ in found] == ["2021-01", "2022-01", "2023-01"] * 2


def test_a_table_of_flows_by_year_between_two_states() -> None:
    text = ("Kazakhstan and China discussed trade on Tuesday.\n\nKazakhstan's trade with China, $ million\n"
            "              2022      2023\nExports       13,150    15,010\nImports       10,840    16,130\n")
    assert [(r, p, f, a, s) for r, p, f, a, s, _ in rows(text)] == [
        ("KZ", "CN", "export", 1.315e10, "2022-01"), ("KZ", "CN", "export", 1.501e10, "2023-01"),
        ("KZ", "CN", "import", 1.084e10, "2022-01"), ("KZ", "CN", "import", 1.613e10, "2023-01")]


@pytest.mark.parametrize("heading", ["Kazakhstan's trade with China, USD", "Kazakhstan's trade with China, US$:"])
def test_a_heading_whose_unit_slot_is_a_currency(heading: str) -> None:
    # figures with a bare scale word ("13.15 bln") under a heading that ends with its currency are money
    text = ("Kazakhstan and China discussed trade on Tuesday.\n\n" + heading + "\n"
            "Flow | 2022 | 2023 | change\nExports to China | 13.15 bln | 15.01 bln | +14%\n")
    assert [(r, p, f, a, s) for r, p, f, a, s, _ in rows(text)] == [
        ("KZ", "CN", "export", 1.315e10, "2022-01"), ("KZ", "CN", "export", 1.501e10, "2023-01")]


def test_a_ranking_table_with_a_partner_column_per_flow() -> None:
    # "| Rank | Export partner | Exports | Import partner | Imports |": each figure's partner is the
    # label cell before it, its flow its column's; the rank is no figure
    text = ("Kazakhstan's trade fell in 2023, the statistics bureau said.\n\n"
            "Largest partners by exports and imports, 2023 (USD million):\n\n"
            "| Rank | Export partner | Exports | Import partner | Imports |\n|---|---|---|---|---|\n"
            "| 1 | China | 476.3 | Russia | 1 407.0 |\n| 2 | Uzbekistan | 441.3 | China | 887.2 |\n")
    assert [(r, p, f, a) for r, p, f, a, _, _ in rows(text)] == [
        ("KZ", "CN", "export", 4.763e8), ("KZ", "RU", "import", 1.407e9),
        ("KZ", "UZ", "export", 4.413e8), ("KZ", "CN", "import", 8.872e8)]


def test_a_table_with_part_year_columns_in_the_corner_cell() -> None:
    text = ("Uzbekistan's imports grew in the first half.\n\nImports, $ million    H1 2023    H1 2024\n"
            "China                 4,120      5,030\n")
    assert [(p, f, s, e) for _, p, f, _, s, e in rows(text)] == [("CN", "import", "2023-01", "2023-06"),
                                                                  ("CN", "import", "2024-01", "2024-06")]


# A timeline of dated lines: a capitalised trade word opens the line after its date, as after a dateline.
@pytest.mark.parametrize("line, start", [
    ("2017 - Trade between the two countries reached $2 billion.", "2017-01"),
    ("2019: Trade between the neighbours passed $2 billion.", "2019-01"),
    ("March 2021 \u2013 Turnover between the two countries hit $2 billion.", "2021-03"),
    ("Q3 2022: Trade between the two countries came to $2 billion.", "2022-07"),
])
def test_a_timeline_line(line: str, start: str) -> None:
    text = "Trade between Kazakhstan and Uzbekistan has grown fast.\n\n" + line + "\n"
    assert [(r, p, f, a, s) for r, p, f, a, s, _ in rows(text)] == [("KZ", "UZ", "turnover", 2e9, start)]


# An interview: the interviewee's "we", "our" and answer lines are their state's.
@pytest.mark.parametrize("lead, answer", [
    ("The Georgian deputy economy minister spoke to us about trade.", "A: Our trade with China reached $1.8 billion in 2023."),
    ("Georgia's ambassador answered our questions.", "\u2014 Turnover with China came to $1.8 billion in 2023."),
    ("An interview with the Minister of Economy of Georgia.", "Answer: We traded goods worth $1.8 billion with China in 2023."),
])
def test_an_interview_answer_is_the_interviewees_state(lead: str, answer: str) -> None:
    text = lead + "\n\nQ: What about China?\n" + answer + "\n"
    assert [(r, p, a) for r, p, _, a, _, _ in rows(text)] == [("GE", "CN", 1.8e9)]


def test_a_plain_sentence_is_no_answer() -> None:
    text = ("The Georgian deputy economy minister spoke about trade.\n\nChina has a big market.\n"
            "Turnover of Kazakhstan with China came to $1.8 billion in 2023.\n")
    assert [(r, p) for r, p, _, _, _, _ in rows(text)] == [("KZ", "CN")]


# An enumeration of destinations: each figure takes its own state, and the cue before the total
# however far the figure is from it; the state before or after its figure.
@pytest.mark.parametrize("sentence", [
    "Kazakhstan exported 1.2 million tonnes of wheat in January, with 600,000 tonnes going to Uzbekistan, "
    "300,000 tonnes to Tajikistan and 150,000 tonnes to Kyrgyzstan.",
    "Kazakhstan exported 1.2 million tonnes of wheat in January, with Uzbekistan taking 600,000 tonnes, "
    "Tajikistan 300,000 tonnes and Kyrgyzstan 150,000 tonnes.",
    "Kazakhstan shipped 1.2 million tonnes of flour abroad in January: 600,000 tonnes were sent to Uzbekistan, "
    "300,000 tonnes to Tajikistan and 150,000 tonnes to Kyrgyzstan.",
])
def test_an_enumeration_of_destinations(sentence: str) -> None:
    found = rows("Grain news.\n\n" + sentence + "\n")
    assert [(r, p, f, a) for r, p, f, a, _, _ in found][1:] == [
        ("KZ", "UZ", "export", 6e5), ("KZ", "TJ", "export", 3e5), ("KZ", "KG", "export", 1.5e5)]


# A correction note takes back the figure it names; the body's figure stays.
@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article said trade reached $4.1 billion; the figure was $4.4 billion.",
    "A previous version of this story misstated the value of Kazakh exports to Uzbekistan as $2.1 billion.",
    "This article incorrectly reported that turnover between the two countries was $4.1 billion.",
])
def test_a_correction_note_takes_its_figure_back(note: str) -> None:
    text = ("Kazakhstan's trade with Uzbekistan reached $4.4 billion in 2023, the ministry said.\n\n" + note + "\n")
    assert [a for _, _, _, a, _, _ in rows(text)] == [4.4e9]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan exported 8.4 million tonnes of grain in 2023, of which 3.9 million tonnes went to Uzbekistan, "
    "3.4 million tonnes to Tajikistan and 1.1 million tonnes to Kyrgyzstan.",
    "Uzbekistan bought 25,000 tonnes of sugar in 2023, of which 20,640 tonnes came from Kazakhstan, 3,258 tonnes "
    "from Russia and 1,102 tonnes from China.",
])
def test_the_total_of_an_enumeration_has_no_partner(sentence: str) -> None:
    found = rows("Trade news.\n\n" + sentence + "\n")
    assert [p for _, p, _, _, _, _ in found][0] is None
    assert len({p for _, p, _, _, _, _ in found[1:]}) == 3 and None not in {p for _, p, _, _, _, _ in found[1:]}


def test_a_unit_column_before_a_value_column() -> None:
    text = ("Kazakhstan's coal exports by destination, 2023:\nCountry        Tonnes         Value\n"
            "Uzbekistan     1,200,000      $96 million\nKyrgyzstan     800,000        $64 million\n")
    assert [(p, a, u) for _, p, _, a, _, _, u in
            [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount, 0, 0, r.unit)
             for r in facts_of(text, PUB).trade]] == [
        ("UZ", 1.2e6, "tonnes"), ("UZ", 9.6e7, "USD"), ("KG", 8e5, "tonnes"), ("KG", 6.4e7, "USD")]


# A column that holds a part of each row's figure ("of which ...", "incl. ...") is no figure of
# its own, and the table around it is still a table: its rows take the heading's unit and scale.
@pytest.mark.parametrize("header", [
    "Year      | Volume  | of which frozen",
    "Year        Volume    incl. to China",
    "Period  |  Exports  |  including processed",
    "Year      | Volume  | of them by rail",
])
def test_a_column_of_parts_leaves_the_table_a_table(header: str) -> None:
    text = ("Kazakhstan shipped more wheat abroad in 2023.\n\nWheat exports, thousand tonnes\n" + header + "\n"
            "2022      | 8,2     | 1,1\n2023      | 10,4    | 2,3\n")
    assert [(a, s) for _, _, _, a, s, _ in rows(text)] == [(8200.0, "2022-01"), (10400.0, "2023-01")]


# A table written with bars on both sides of each row (as a Markdown table): the outer bar is a
# border, not an empty first cell. Flows as rows and periods as columns, or the other way round; the
# caption gives the unit of the bare cells; a change, share or balance row or column is no volume.
_BORDERED_FLOWS_BY_YEAR = [
    ("Foreign trade of Kazakhstan, USD billion", "Indicator | 2022 | 2023 | Change",
     ["Turnover | 52.7 | 51.0 | -3.2%", "Exports | 38.1 | 33.8 | -11.3%", "Imports | 14.5 | 17.2 | +18.6%",
      "Balance | 23.6 | 16.6 | -29.7%"]),
    ("Kazakhstan's external trade ($ bln)", "Flow | 2022 | 2023 | y/y, %",
     ["Foreign trade turnover | 52.7 | 51.0 | -3.2", "Exports | 38.1 | 33.8 | -11.3",
      "Imports | 14.5 | 17.2 | 18.6", "Trade surplus | 23.6 | 16.6 | -29.7"]),
    ("Kazakhstan: trade in goods, billion US dollars", "| 2022 | 2023 | Growth",
     ["Trade | 52.7 | 51.0 | -3.2%", "Exports | 38.1 | 33.8 | -11.3%", "Imports | 14.5 | 17.2 | 18.6%"]),
]


@pytest.mark.parametrize("caption, header, lines", _BORDERED_FLOWS_BY_YEAR)
def test_a_bordered_table_of_flows_by_year(caption: str, header: str, lines: list[str]) -> None:
    table = "\n".join("| " + row + " |" for row in [header] + lines)
    text = "Kazakhstan's trade shrank last year, the customs service said.\n\n" + caption + "\n" + table + "\n"
    assert [(r, p, f, round(a / 1e9, 3), s) for r, p, f, a, s, _ in rows(text)] == [
        ("KZ", None, "turnover", 52.7, "2022-01"), ("KZ", None, "turnover", 51.0, "2023-01"),
        ("KZ", None, "export", 38.1, "2022-01"), ("KZ", None, "export", 33.8, "2023-01"),
        ("KZ", None, "import", 14.5, "2022-01"), ("KZ", None, "import", 17.2, "2023-01")]


@pytest.mark.parametrize("caption", ["Trade between Uzbekistan and Russia, USD million",
                                     "Uzbekistan's trade with Russia ($ mln)"])
def test_a_bordered_table_of_years_by_flow(caption: str) -> None:
    text = ("Uzbekistan's trade with Russia grew again.\n\n" + caption + "\n"
            "| Year | Turnover | Exports | Imports | Balance |\n"
            "| 2021 | 7,500 | 2,100 | 5,400 | -3,300 |\n"
            "| 2022 | 9,300 | 2,900 | 6,400 | -3,500 |\n"
            "| Change | 24% | 38% | 18% | - |\n")
    assert [(r, p, f, round(a), s) for r, p, f, a, s, _ in rows(text)] == [
        ("UZ", "RU", "turnover", 7.5e9, "2021-01"), ("UZ", "RU", "export", 2.1e9, "2021-01"),
        ("UZ", "RU", "import", 5.4e9, "2021-01"), ("UZ", "RU", "turnover", 9.3e9, "2022-01"),
        ("UZ", "RU", "export", 2.9e9, "2022-01"), ("UZ", "RU", "import", 6.4e9, "2022-01")]


def test_a_bordered_table_of_shares_gives_no_volume() -> None:
    text = ("Georgia's imports grew in 2023.\n\nMain import suppliers, share of total imports:\n"
            "| Country | Share, % | Main goods |\n| Turkiye | 17,9 | textiles |\n| Russia | 12,4 | wheat |\n")
    assert rows(text) == []


# A Markdown table ruled under its header ("|---|---|"): the rule is no row; the line before the
# header says whose figures they are and their scale; a balance column ("surplus", "deficit") is no volume.
@pytest.mark.parametrize("rule", ["|---|---|---|---|---|", "| :--- | ---: | ---: | ---: | ---: |",
                                  "+--------+--------+--------+--------+--------+"])
def test_a_ruled_table_of_flows_between_two_states(rule: str) -> None:
    text = ("Uzbekistan's president met his Kazakh counterpart on Monday.\n\n"
            "Trade between the two countries keeps growing. Uzbek statistics show the following (USD million):\n"
            "| Period | Turnover | Uzbek exports | Uzbek imports | Uzbek deficit |\n" + rule + "\n"
            "| 2022 | 4,521 | 1,480 | 3,041 | 1,561 |\n"
            "| January-June 2023 | 2,310 | 790 | 1,520 | 730 |\n")
    assert [(r, p, f, round(a / 1e6), s, e) for r, p, f, a, s, e in rows(text)] == [
        ("UZ", "KZ", "turnover", 4521, "2022-01", "2022-12"), ("UZ", "KZ", "export", 1480, "2022-01", "2022-12"),
        ("UZ", "KZ", "import", 3041, "2022-01", "2022-12"), ("UZ", "KZ", "turnover", 2310, "2023-01", "2023-06"),
        ("UZ", "KZ", "export", 790, "2023-01", "2023-06"), ("UZ", "KZ", "import", 1520, "2023-01", "2023-06")]


def test_a_rule_line_after_prose_is_nothing() -> None:
    text = "Uzbekistan exported $2.1 billion of goods to Kazakhstan in 2023.\n---\nRead also: cotton prices rise\n"
    assert [(r, p, f, a) for r, p, f, a, _, _ in rows(text)] == [("UZ", "KZ", "export", 2.1e9)]


# A block of headline figures for the reporter's whole trade ("Total trade turnover", "Foreign trade",
# "Overall exports") has no partner, though the title names a partner pair and partner lines follow.
@pytest.mark.parametrize("heading, lines", [
    ("Headline figures, January-March 2024:",
     ["  Total trade turnover: about $4.7 bln (-6.5%)", "      exports: over $1.3 bln (-9.3%)",
      "      imports: over $3.4 bln (-5.3%)"]),
    ("Key numbers for January-March 2024:",
     ["- Foreign trade: $4.7 billion", "- exports: $1.3 billion", "- imports: $3.4 billion"]),
    ("At a glance, January-March 2024",
     ["Overall turnover - $4.7 billion", "Exports - $1.3 billion", "Imports - $3.4 billion"]),
])
def test_a_block_of_total_trade_has_no_partner(heading: str, lines: list[str]) -> None:
    text = ("Georgia's trade shrank in the first quarter of 2024, Geostat said.\n\n" + heading + "\n"
            + "\n".join(lines) + "\n\nMain partners, January-March 2024:\n  1. Turkiye: $722 mln\n"
            "  2. Russia: $620 mln\n      exports to Russia: $160 mln\n")
    found = [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount)
             for r in facts_of(text, PUB, title="Georgia's trade with Russia and Turkiye slows").trade]
    assert found[:3] == [("GE", None, "turnover", 4.7e9), ("GE", None, "export", 1.3e9), ("GE", None, "import", 3.4e9)]
    assert ("GE", "RU", "export", 1.6e8) in found


def test_a_block_of_the_pairs_trade_keeps_the_pair() -> None:
    # negative: lines with no "total" under a heading about the two sides are the pair's
    text = ("Georgia's trade with Russia slowed in 2023.\n\nTrade between the two countries, 2023:\n"
            "- turnover: $2.5 billion\n- exports: $0.7 billion\n")
    assert [(r, p) for r, p, _, _, _, _ in rows(text)] == [("GE", "RU"), ("GE", "RU")]


# A bordered table row whose first value cells are empty ("-", "n/a", "..") still carries its later
# cells, each under its own column.
@pytest.mark.parametrize("empty", ["-", "n/a", "..", "\u2014"])
def test_a_table_row_may_open_with_empty_cells(empty: str) -> None:
    text = ("Kazakhstan's trade news.\n\nKazakhstan's main partners in 2023, $ billion:\n\n"
            "| Partner | Exports | Imports |\n|---------|---------|---------|\n"
            "| China   | 15.2    | 17.9    |\n"
            f"| Georgia | 1.1     | {empty}       |\n"
            f"| Japan   | {empty}       | 2.4     |\n")
    found = {(p, f, a) for r, p, f, a, _, _ in rows(text)}
    assert ("JP", "import", 2.4e9) in found and ("GE", "export", 1.1e9) in found, found
    assert not any(p == "JP" and f == "export" for p, f, _ in found), found


def test_a_row_of_empty_cells_only_is_no_line() -> None:
    text = ("Kazakhstan's trade news.\n\nKazakhstan's main partners in 2023, $ billion:\n\n"
            "| Partner | Exports | Imports |\n|---------|---------|---------|\n"
            "| China   | 15.2    | 17.9    |\n| Others  | -       | -       |\n")
    assert len(rows(text)) == 2, rows(text)


# A line of a trade list that names output and no flow of its own is no trade figure; a line that names
# its flow stays one.
@pytest.mark.parametrize("line", [
    "* 2019: 40,000 tractors produced.",
    "* 2011: 59,000 tractors made and sold, 4,500 more than a year earlier.",
    "- 2020: output of 12,000 buses",
    "- 2022: the plant assembled 8,000 trucks",
])
def test_an_output_line_in_a_trade_list_is_no_trade(line: str) -> None:
    text = ("Silk Road Tractors exports grew. Uzbekistan's tractor exports reached 9,000 units in 2023.\n\n"
            "The company in figures\n\n" + line + "\n* 2023: exports of 9,500 tractors.\n")
    found = [a for _, _, f, a, _, _ in rows(text)]
    assert 9500 in found and not any(a in (40000, 59000, 12000, 8000) for a in found), rows(text)
