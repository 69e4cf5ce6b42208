"""Lists and tables (extraction/facts/lists.py) and labelled figures: invented examples."""
from datetime import date

import pytest

from extraction.facts.lists import list_line
from facts_helpers import facts_of


@pytest.mark.parametrize("line, label", [
    ("1. China - $2.13 billion (21.5% of the total)", "China"),
    ("- Cobalt - 16,067 units (2.1 times more)", "Cobalt"),
    ("* Armenia: up 2.5 times, to $654,800", "Armenia"),
    ("Tyres: 712,100 units (-17.5%)", "Tyres"),
    ("Kazakhstan - 26,970", "Kazakhstan"),
    ("• Georgia — 1,204 cars", "Georgia"),
    ("Russia | 1,234.5 | 567.8", "Russia"),
    ("Turkey      845.2", "Turkey"),
    ("b) Mongolia: 12 units", "Mongolia"),
    # a long name with a bracketed note: the note does not count towards the label's length
    ("3. Steppe Works of Building Materials (Karaganda region, dry process) - 1,000 thousand tonnes;",
     "Steppe Works of Building Materials (Karaganda region, dry process)"),
    ("2) Caspian Plant of Reinforced Concrete Goods (Baku, wet line): 640 thousand tonnes",
     "Caspian Plant of Reinforced Concrete Goods (Baku, wet line)"),
])
def test_list_lines_and_their_labels(line: str, label: str) -> None:
    found = list_line(line)
    assert found is not None and line[found.label_start:found.label_end] == label


@pytest.mark.parametrize("sentence", [
    "Kazakhstan - the region's largest economy - reported growth.",
    "Trade between the two countries grew by 12 percent in 2023 to $1.2 billion.",
    "Note: figures for 2023 are preliminary and may change in the final release of the agency.",
    "The plant, which opened in 2019, employs 1,200 people and makes 30,000 cars a year at full capacity.",
])
def test_prose_is_not_a_list_line(sentence: str) -> None:
    assert list_line(sentence) is None


def trade(text, **kw):
    return [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount, r.period_start, r.period_end)
            for r in facts_of(text, **kw).trade]


def test_partner_list_takes_reporter_flow_and_period_from_the_text_before() -> None:
    text = ("Georgia's foreign trade reached $9.1 billion in January-June 2024.\n"
            "The largest export markets were:\n"
            "1. Kazakhstan - $410 million (12%)\n"
            "2. Azerbaijan - $390.5 million\n")
    h1 = (date(2024, 1, 1), date(2024, 6, 30))
    assert trade(text) == [("GE", None, "turnover", 9.1e9, *h1), ("GE", "KZ", "export", 4.1e8, *h1),
                           ("GE", "AZ", "export", 3.905e8, *h1)]


def test_bare_figures_take_the_unit_of_the_list() -> None:
    text = ("In 2023 Kyrgyzstan exported 4,100 cars.\nThe main destinations, in units, were:\n"
            "Kazakhstan - 3,000\nUzbekistan - 900\n")
    assert [(r.partner_country_code, r.amount, r.unit) for r in facts_of(text).trade] == [
        (None, 4100.0, "vehicles"), ("KZ", 3000.0, "vehicles"), ("UZ", 900.0, "vehicles")]


def test_a_table_in_dollar_millions() -> None:
    text = ("Kazakhstan's imports by partner, January-March 2024 ($ million):\n"
            "Russia      2,950.1\nChina       2,400.7\n")
    assert [(r.partner_country_code, r.amount, r.flow) for r in facts_of(text).trade] == [
        ("RU", 2950.1e6, "import"), ("CN", 2400.7e6, "import")]


def test_production_list_by_model_takes_company_and_period() -> None:
    text = ("Orda Auto built 30,000 cars in the first half of 2024. Output by model:\n"
            "- Falcon - 12,000 units\n- Steppe Wagon - 8,500 units (+12%)\n")
    found = facts_of(text).production
    assert [(p.quantity, p.company_name, p.product, p.period_end) for p in found] == [
        (30000.0, "Orda Auto", "cars", date(2024, 6, 30)), (12000.0, "Orda Auto", "Falcon", date(2024, 6, 30)),
        (8500.0, "Orda Auto", "Steppe Wagon", date(2024, 6, 30))]


def test_label_unit_counts_what_the_label_names() -> None:
    text = "Kazakh plants built 80,000 cars in 2023. Component makers reported:\nTyres: 712,100 units\n"
    found = facts_of(text, published=date(2024, 2, 1)).production
    assert [(p.quantity, p.unit) for p in found] == [(80000.0, "vehicles"), (712100.0, "tyres")]


def test_a_list_of_documents_gives_no_figures() -> None:
    text = "The sides signed the following documents:\n1. an agreement on 12 border crossings\n"
    assert facts_of(text).trade == [] and facts_of(text).production == []


def test_enumeration_in_parentheses_pairs_each_figure_with_its_country() -> None:
    text = ("In 2023 Georgia exported wine worth $250 million. Kazakhstan took $90 million, followed by "
            "Azerbaijan ($40 million) and Russia ($35 million).")
    assert [(r.partner_country_code, r.amount) for r in facts_of(text).trade][1:] == [
        ("KZ", 9e7), ("AZ", 4e7), ("RU", 3.5e7)]
    assert {r.reporter_country_code for r in facts_of(text).trade} == {"GE"}


def test_ranked_partners_with_their_figures() -> None:
    text = ("Kyrgyzstan's imports reached $3 billion in 2023. China kept first place with $1.4 billion, "
            "Russia followed with $900 million, then Kazakhstan with $350 million.")
    assert [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount) for r in facts_of(text).trade] == [
        ("KG", None, "import", 3e9), ("KG", "CN", "import", 1.4e9), ("KG", "RU", "import", 9e8),
        ("KG", "KZ", "import", 3.5e8)]


def test_a_table_with_a_period_per_column() -> None:
    text = ("Kyrgyzstan's foreign trade, January-April:\n"
            "                 Jan-Apr 2024    Jan-Apr 2023\n"
            "Exports          $760.6 mln      $635.7 mln\n"
            "Imports          $4.411 bln      $3.415 bln\n")
    found = [(r.flow, r.amount, r.period_start.year, r.period_end.month) for r in facts_of(text.replace(
        "Kyrgyzstan", "Georgia")).trade]
    assert found == [("export", 7.606e8, 2024, 4), ("export", 6.357e8, 2023, 4),
                     ("import", 4.411e9, 2024, 4), ("import", 3.415e9, 2023, 4)]


def test_a_table_of_flow_columns_is_trade_whatever_the_line_before_says() -> None:
    text = ("Georgia's trade rose again. The cumulative figures show how the total built up:\n"
            "Period          Turnover      Exports\n"
            "Jan-Sep 2024    $8.2 bln      $2.7 bln\n"
            "Jan-Oct 2024    $9.3 bln      $3.1 bln\n")
    found = [(r.flow, r.amount, r.period_end.month) for r in facts_of(text).trade]
    assert found == [("turnover", 8.2e9, 9), ("export", 2.7e9, 9), ("turnover", 9.3e9, 10), ("export", 3.1e9, 10)]


def test_a_heading_that_names_no_side_takes_the_sides_of_the_line_before() -> None:
    text = ("Figures of the Georgian embassy in Mongolia show how bilateral turnover has moved:\n"
            "Period            | Turnover, $ million\n"
            "2015              | 93.6\n"
            "January-June 2016 | 44.9\n")
    found = [({r.reporter_country_code, r.partner_country_code}, r.amount, r.period_end) for r in facts_of(text).trade]
    assert found == [({"GE", "MN"}, 93.6e6, date(2015, 12, 31)), ({"GE", "MN"}, 44.9e6, date(2016, 6, 30))]


def test_a_label_may_name_a_class_of_products_by_a_bound() -> None:
    assert list_line("Buses over 5 tonnes          15,500      +12.5%") is not None
    assert list_line("Trucks up to 3.5 t: 19,900") is not None
    assert list_line("Line 5 - 15,500") is None                   # a figure in the label


def test_flow_labels_under_a_heading_that_names_both_sides() -> None:
    text = "Georgia's trade with China, 2016\n  Turnover:  $717 mln\n  Exports:   $170 mln (+30%)\n  Imports:   $547 mln\n"
    assert trade(text) == [("GE", "CN", "turnover", 7.17e8, date(2016, 1, 1), date(2016, 12, 31)),
                           ("GE", "CN", "export", 1.7e8, date(2016, 1, 1), date(2016, 12, 31)),
                           ("GE", "CN", "import", 5.47e8, date(2016, 1, 1), date(2016, 12, 31))]


def test_partner_lines_with_flows_and_a_comparison_period() -> None:
    text = ("Georgia expanded its trade.\nTrade with Kazakhstan and Russia, January-November 2021\n"
            "  Kazakhstan: turnover $4.1 bln (Jan-Nov 2020: $3.9 bln); exports $2.5 bln, imports $1.6 bln\n")
    found = [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount, r.period_start.year)
             for r in facts_of(text).trade]
    assert found == [("GE", "KZ", "turnover", 4.1e9, 2021), ("GE", "KZ", "turnover", 3.9e9, 2020),
                     ("GE", "KZ", "export", 2.5e9, 2021), ("GE", "KZ", "import", 1.6e9, 2021)]


def test_money_that_is_not_trade_on_a_list_line() -> None:
    text = ("Russian-Kazakh trade reached $28 billion in 2023. Joint projects:\n"
            "- completed so far: 93 projects worth $18.3 billion;\n")
    assert [r.amount for r in facts_of(text).trade] == [2.8e10]


def test_a_line_labelled_by_a_place_and_its_operators_gives_the_sites() -> None:
    text = ("Kazakh plants built 30,000 cars in 2023. Output by plant:\n"
            "- Almaty (Orda Auto): 12,738 units\n- Shymkent (Steppe Motors, Altyn Tyre): 907 vehicles\n")
    facts = facts_of(text, published=date(2024, 2, 1))
    assert [(p.quantity, p.company_name, p.plant_city) for p in facts.production] == [
        (30000.0, None, None), (12738.0, "Orda Auto", "Almaty"), (907.0, None, "Shymkent")]
    assert sorted((p.company_name, p.city) for p in facts.plants) == [
        ("Altyn Tyre", "Shymkent"), ("Orda Auto", "Almaty"), ("Steppe Motors", "Shymkent")]




@pytest.mark.parametrize("lines, sides", [
    # a label that names both sides: the one after to/from/with is the partner, the other reports
    ("Turkiye's exports to Kyrgyzstan      $900 million\nTurkiye's imports from Kyrgyzstan     $120 million\n",
     [("TR", "KG"), ("TR", "KG")]),
    ("China's trade with Mongolia: $410 million\n", [("CN", "MN")]),
    # not both sides: the reporter stays the frame's
    ("Exports from Mongolia to China - $6.1 billion\n", [("UZ", "MN")]),     # two partner words: unsure
    ("Kazakhstan - $1.2 billion\n", [("UZ", "KZ")]),
])
def test_a_label_naming_both_sides_gives_reporter_and_partner(lines: str, sides: list) -> None:
    text = "Uzbekistan's exports grew in 2022. The breakdown:\n" + lines
    assert [(r.reporter_country_code, r.partner_country_code) for r in facts_of(text).trade] == sides


def test_year_columns_under_a_heading_that_names_the_months() -> None:
    text = ("Kazakhstan's trade with Georgia shrank.\n"
            "Kazakhstan - Georgia trade, January-June, $ mln\n"
            "                          2024       2023      change\n"
            "Turnover                  512.0      610.5      -16%\n"
            "Exports to Georgia        301.2      400.9      -25%\n")
    found = [(r.flow, r.amount, str(r.period_start), str(r.period_end)) for r in facts_of(text).trade]
    assert found == [("turnover", 5.12e8, "2024-01-01", "2024-06-30"), ("turnover", 6.105e8, "2023-01-01", "2023-06-30"),
                     ("export", 3.012e8, "2024-01-01", "2024-06-30"), ("export", 4.009e8, "2023-01-01", "2023-06-30")]


# A header that states one column's part of a year ("Jan-Sep 2023") states every column's span: its
# bare year columns are whole years, whatever part of a year the text or the heading is on.
@pytest.mark.parametrize("lead, heading, header, row, expected", [
    ("Trade with China kept growing in January-September 2023.", "Kazakhstan-China trade, $ billion",
     "Year         2017    2019    Jan-Sep 2023", "Turnover     6.7     8.1      13",
     [("2017-01-01", "2017-12-31"), ("2019-01-01", "2019-12-31"), ("2023-01-01", "2023-09-30")]),
    ("Exports grew in the first half of 2024.", "Georgian exports to Azerbaijan, $ mln",
     "                2022      2023      H1 2024", "Exports         410.5     455.0     250.3",
     [("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-06-30")]),
    ("Turnover rose.", "Uzbekistan - Russia trade, $ million",
     "Period | 2021 | January-May 2024", "Turnover | 7,500 | 4,100",
     [("2021-01-01", "2021-12-31"), ("2024-01-01", "2024-05-31")]),
    # near miss: year columns alone under a part-year heading take its months
    ("Trade shrank.", "Kazakhstan - Georgia trade, January-June, $ mln",
     "                2024       2023", "Turnover        512.0      610.5",
     [("2024-01-01", "2024-06-30"), ("2023-01-01", "2023-06-30")]),
])
def test_a_part_year_column_leaves_the_year_columns_whole(lead, heading, header, row, expected) -> None:
    text = f"{lead}\n{heading}\n{header}\n{row}\n"
    assert [(str(r.period_start), str(r.period_end)) for r in facts_of(text).trade] == expected


@pytest.mark.parametrize("heading, unit, scale", [
    ("Coal exports, million tonnes", "tonnes", 1e6),
    ("Grain exports (thousand tonnes)", "tonnes", 1e3),
    ("Car exports, in thousand units", "vehicles", 1e3),   # units of cars are vehicles
    ("Coal exports, tonnes", "tonnes", 1),              # no scale word: the figures are tonnes
])
def test_a_heading_gives_bare_figures_their_unit_and_scale(heading: str, unit: str, scale: float) -> None:
    text = (f"Mongolia sold more abroad than ever.\n{heading}\n"
            "  2022                          31.7\n"
            "  2023, January-June            30.2\n"
            "  2024, revised target          75.0\n")
    found = [(r.unit, r.amount, str(r.period_start), str(r.period_end), r.is_target) for r in facts_of(text).trade]
    assert found == [(unit, round(31.7 * scale, 6), "2022-01-01", "2022-12-31", False),
                     (unit, round(30.2 * scale, 6), "2023-01-01", "2023-06-30", False),
                     (unit, round(75.0 * scale, 6), "2024-01-01", "2024-12-31", True)]


def test_a_heading_in_dollars_keeps_its_money_scale() -> None:
    text = "Mongolia's exports grew.\nExports, $ million\n  2022     31.7\n"
    assert [(r.unit, r.amount) for r in facts_of(text).trade] == [("USD", 3.17e7)]


@pytest.mark.parametrize("intro, lines, partners", [
    # a list that goes on with the pair of the text before
    ("The monthly releases show how quickly it grew:", ["- January-March: $52.4 bln", "- January-June: $110.6 bln"],
     ["RU", "RU"]),
    # a list of partners names its own: a line without one has none
    ("China's main partners in 2023:", ["- Kazakhstan: $41 bln", "- Others: $52.4 bln"], ["KZ", None]),
    ("Top destinations:", ["- Kazakhstan: $41 bln", "- the rest: $52.4 bln"], ["KZ", None]),
])
def test_a_list_that_names_no_side_goes_on_with_the_pair_before(intro: str, lines: list, partners: list) -> None:
    text = "Trade between China and Russia reached $240 bln in 2023.\n" + intro + "\n" + "\n".join(lines) + "\n"
    assert [r.partner_country_code for r in facts_of(text, date(2024, 2, 1)).trade][1:] == partners


@pytest.mark.parametrize("line, level, base", [
    ("- Georgian exports to Kazakhstan: $455.7 million (+10.9%), against $410.9 million a year earlier;",
     "2023", "2022"),
    ("- Georgian imports from Kazakhstan: $862.2 million (+11.9%), up from $770.2 million.", "2023", "2022"),
    ("- trade with Kazakhstan: $1.3 billion, up from $1.0 billion two years before;", "2023", "2021"),
    ("- trade with Kazakhstan: $1.3 billion, against $1.2 billion in 2020;", "2023", "2020"),
])
def test_a_list_whose_intro_names_only_figures_and_its_comparison_bases(line: str, level: str, base: str) -> None:
    # the intro names no trade word: the first line's label says the list is about trade
    text = ("The ministers met in Tbilisi.\nThey discussed transit.\nThe inflation rate fell.\nRains were heavy.\n"
            "The figures for 2023 were as follows:\n" + line + "\n")
    assert [str(r.period_start.year) for r in facts_of(text).trade] == [level, base]


def test_a_breakdown_table_with_no_side_goes_on_with_the_pair_named_before() -> None:
    # no trade figure yet, only the pair named together; the table's rows name flows, one names none
    text = ("Kazakhstan's trade with Georgia rose by 18 percent in value.\n"
            "Breakdown, 21 March - 21 November 2023:\n"
            "Flow                    Value            Change y/y\n"
            "Exports to Georgia      $616.3 mln       +32%\n"
            "Total                   $1.756 bln       +18%\n")
    found = [(r.reporter_country_code, r.partner_country_code, r.flow, str(r.period_start), str(r.period_end))
             for r in facts_of(text, date(2023, 12, 5)).trade]
    assert found == [("KZ", "GE", "export", "2023-03-21", "2023-11-21"), ("KZ", "GE", "turnover", "2023-03-21", "2023-11-21")]


@pytest.mark.parametrize("line", [
    "3. Dragon Trucks - a $649 million project to modernise coke production.",
    "4. Dragon Trucks - a $30 million plant in Almaty that will turn slag into insulation, about 100,000 tonnes a year.",
    "- Dragon Trucks: $120 million of investment in a new line",
])
def test_what_a_deal_costs_or_a_site_makes_is_no_trade_on_a_list(line: str) -> None:
    text = "Kazakhstan's exports to China rose to $2 billion in 2023.\nThe deals signed with Chinese firms:\n" + line + "\n"
    assert [r.amount for r in facts_of(text).trade] == [2e9]


@pytest.mark.parametrize("header, lines, expected", [
    # the scale in a column's header cell; a "-" cell keeps the figures after it in their columns
    ("Period          | Turnover, $ mln | Exports | Imports",
     ["2021            | 410             | -       | -", "Jan-Jun 2022    | 230             | 150     | 80"],
     [("turnover", 4.1e8, 2021), ("turnover", 2.3e8, 2022), ("export", 1.5e8, 2022), ("import", 8e7, 2022)]),
    ("Indicator        2023, $ bln    2022, $ bln    Change",
     ["Exports          12.5           10.1           +23.8%", "Imports          7.2            6.9            +4.3%"],
     [("export", 12.5e9, 2023), ("export", 10.1e9, 2022), ("import", 7.2e9, 2023), ("import", 6.9e9, 2022)]),
    # a money column headed by its unit, then a column of changes and one of shares
    ("Flow                  | $ million | change, % | share, %",
     ["Exports to Mongolia   |   61.9    |   -14.4   | 11.2", "Imports from Mongolia |   45.8    |   -11.2   |  3.4"],
     [("export", 6.19e7, 2023), ("import", 4.58e7, 2023)]),
])
def test_table_cells_give_each_figure_its_column_and_scale(header: str, lines: list, expected: list) -> None:
    text = "Georgia's trade with Mongolia, 2023:\n" + header + "\n" + "\n".join(lines) + "\n"
    found = [(r.flow, r.amount, r.period_start.year) for r in facts_of(text).trade]
    assert [(f, pytest.approx(a), y) for f, a, y in expected] == found


@pytest.mark.parametrize("heading, lines, amounts", [
    ("GEORGIA'S TRADE WITH MONGOLIA (USD)", ["Exports to Mongolia    2.315 bln    3.814 bln"], [2.315e9, 3.814e9]),
    ("Georgia's trade with Mongolia, in US dollars", ["Imports from Mongolia    1.2 mln    0.9 mln"], [1.2e6, 0.9e6]),
    # no currency named: a bare scaled figure is no money
    ("Georgia's trade with Mongolia", ["Exports to Mongolia    2.315 bln    3.814 bln"], []),
])
def test_a_heading_that_names_the_currency_makes_scaled_figures_money(heading: str, lines: list, amounts: list) -> None:
    text = heading + "\n" + "                       Jan-Sep 2023    Jan-Sep 2022\n" + "\n".join(lines) + "\n"
    assert [r.amount for r in facts_of(text).trade if r.is_money] == pytest.approx(amounts)


@pytest.mark.parametrize("stub, label, sides", [
    ("Georgia - Mongolia", "Turnover", ("GE", "MN")),
    ("Georgia - Mongolia", "Georgian exports", ("GE", "MN")),
    ("Georgia - Mongolia", "Georgian imports", ("GE", "MN")),
    ("Mongolia - Georgia", "Georgian exports", ("GE", "MN")),
])
def test_a_table_header_whose_first_cell_names_both_sides(stub: str, label: str, sides: tuple) -> None:
    text = ("Trade with Kyrgyzstan keeps growing. The agency's breakdown shows a decline:\n"
            f"{stub:24}| Jan-Aug 2024 | Jan-Aug 2023 | change\n"
            f"{label:24}| $2.6 bln     | $2.8 bln     | -7.6%\n")
    found = {(r.reporter_country_code, r.partner_country_code) for r in facts_of(text).trade}
    assert found == {sides}


@pytest.mark.parametrize("intro", [
    "Deliveries by destination (same period of 2023 in brackets):",
    "Exports by destination, with the figures for 2023 in parentheses:",
])
def test_bracketed_bases_under_an_intro_that_names_their_period(intro: str) -> None:
    # the figures are for the period in force; the bracketed ones for the same months of the named year
    text = ("From January to the end of April, Kazakhstan exported 2.1 million tons of wheat.\n" + intro + "\n"
            "- Mongolia - 94,000 tons (66,500), +42%\n- China - 35,500 tons (30,400), +17%\n")
    found = [(r.partner_country_code, r.amount, str(r.period_start), str(r.period_end)) for r in facts_of(text).trade]
    assert found[1:] == [("MN", 94000, "2024-01-01", "2024-04-30"), ("MN", 66500, "2023-01-01", "2023-04-30"),
                         ("CN", 35500, "2024-01-01", "2024-04-30"), ("CN", 30400, "2023-01-01", "2023-04-30")]


def test_bracketed_figures_without_a_note_keep_the_lists_period() -> None:
    text = ("Kazakhstan's wheat exports, January-April 2024:\n- Mongolia - 94,000 tons (66,500)\n")
    assert {str(r.period_start) for r in facts_of(text).trade} == {"2024-01-01"}


@pytest.mark.parametrize("intro, partners", [
    ("Other projects signed or presented at the forum:", set()),
    ("The investment deals agreed during the visit:", set()),
    # a list about trade is read, whatever deals came before
    ("Exports by destination in 2023:", {"MN", "CN"}),
])
def test_a_list_of_projects_gives_no_trade(intro: str, partners: set) -> None:
    text = ("Kazakhstan's trade with Turkiye grew. Orda Auto signed a memorandum.\n" + intro + "\n"
            "- Steppe Motors - a processing complex in Shymkent worth 1.5 trillion tenge ($3.2 billion);\n"
            "- Altyn Tyre - a welding facility for 16 billion tenge ($34 million).\n")
    if partners:
        text = text.replace("Steppe Motors - a processing complex in Shymkent worth", "Mongolia -").replace(
            "Altyn Tyre - a welding facility for", "China -")
    assert {r.partner_country_code for r in facts_of(text).trade if r.partner_country_code != "TR"} == partners


# A header of a label cell and one value cell ("Product    Value") is the table's header: the line
# before it says what the figures are, and for which period
@pytest.mark.parametrize("header", [
    "Product                          Value",
    "Commodity | Amount, $ mln",
    "Item          Volume",
])
def test_a_header_with_one_value_column_leaves_the_intro_before_it(header: str) -> None:
    text = ("Georgia's trade with Turkey rose to $2 billion in January-June 2024.\n"
            "Georgian customs recorded the following exports to Turkey in 2023:\n"
            + header + "\n"
            "Copper ores                      $300 mln\n"
            "Wine                             $90 mln\n")
    found = {r.amount: (str(r.period_start), str(r.period_end), r.flow)
             for r in facts_of(text, date(2024, 8, 1)).trade}
    assert found[300e6] == ("2023-01-01", "2023-12-31", "export")
    assert found[90e6] == ("2023-01-01", "2023-12-31", "export")


def test_a_line_whose_label_is_long_without_its_note_is_prose() -> None:
    assert list_line("- the plant that the two sides agreed to build near the border (Almaty region) - 2025") is None


def test_a_speakers_our_trade_over_a_list_is_the_pairs() -> None:
    text = ("Russia-Mongolia trade heads for $2 billion\n\n"
            "MOSCOW - Trade between Russia and Mongolia is growing, Russian officials told a forum with Mongolia.\n\n"
            '"Our trade has been growing fast," the deputy prime minister said. According to the figures he cited:\n\n'
            "- 2018: turnover rose 21% to $1.65 billion;\n"
            "- January-August 2019: up 15% to more than $1.1 billion.\n")
    rows = facts_of(text, published=date(2019, 12, 4), title="Russia-Mongolia trade heads for $2 billion").trade
    assert {(r.reporter_country_code, r.partner_country_code, r.amount) for r in rows if r.amount != 2e9} == {
        ("RU", "MN", 1.65e9), ("RU", "MN", 1.1e9)}


def test_year_rows_under_a_heading_of_part_of_a_year_are_that_part() -> None:
    text = ("Uzbek sales to Afghanistan jump\n\n"
            "Trade between Uzbekistan and Afghanistan totalled $461.4 million in January-June 2024.\n\n"
            "First-half trade, $ million (Uzbek statistics)\n"
            "Year    Exports   Imports\n"
            "2022    364.4     4.4\n"
            "2023    368.5     3.3\n")
    rows = facts_of(text, published=None, title="Uzbek sales to Afghanistan jump").trade
    assert {(r.amount, r.period_start.isoformat(), r.period_end.isoformat()) for r in rows if r.flow == "export"} == {
        (364.4e6, "2022-01-01", "2022-06-30"), (368.5e6, "2023-01-01", "2023-06-30")}


def test_year_rows_under_a_plain_heading_are_whole_years() -> None:
    text = ("Trade between Uzbekistan and Afghanistan totalled $461.4 million in January-June 2024.\n\n"
            "Trade by year, $ million (Uzbek statistics)\n"
            "Year    Exports   Imports\n"
            "2022    864.4     4.4\n")
    rows = facts_of(text, published=None).trade
    assert {(r.amount, r.period_start.isoformat(), r.period_end.isoformat()) for r in rows if r.flow == "export"} == {
        (864.4e6, "2022-01-01", "2022-12-31")}
