"""Production figures on list lines: what each line's own words say of its figure."""
from datetime import date

import pytest

from facts_helpers import facts_of

_INTRO = "Orda Auto's Almaty plant turned out 9,000 tonnes of steel in 2023.\nKey figures:\n"


@pytest.mark.parametrize("line, kind", [
    # a capacity word in the line's own label, whatever the heading says
    ("- press shop capacity: 40,000 tonnes a year", "capacity"),
    ("- annual design capacity of the smelter: 60,000 tonnes", "capacity"),
    ("* the plant can produce 25,000 tonnes a year", "capacity"),
    # a plan word in the label or before the figure
    ("- output planned for 2025: 18,000 tonnes", "plan"),
    ("- 2026: the mill's target is 30,000 tonnes", "plan"),
    ("- production expected in 2025: 9,000 tonnes", "plan"),
    ("- 2025: the works scheduled output of 12,500 tonnes", "plan"),
    # a site named with a yearly rate, no year: what the site can make
    ("- second line, due next: 50,000 tonnes a year", "capacity"),
    ("- cold-rolling mill, under construction: 75,000 tonnes per year", "capacity"),
    ("- paint shop, to be commissioned later: 20,000 tonnes annually", "capacity"),
    # a past verb of making: what was made
    ("- 2022: the plant produced 14,800 tonnes", "actual"),
    ("- 2023: the factory turned out 16,100 tonnes", "actual"),
])
def test_a_list_line_takes_its_kind_from_its_own_words(line: str, kind: str) -> None:
    found = [p for p in facts_of(_INTRO + line + "\n", published=date(2024, 3, 1)).production if p.sentence_no == 2]
    assert [p.target_kind for p in found] == [kind]


@pytest.mark.parametrize("line", [
    "- steel shop capacity: 40,000 tonnes a year, four product lines and 19 grades",
    "- tyre plant capacity: 90,000 tonnes a year in 12 sizes",
    "- glass line capacity: 30,000 tonnes a year, 7 colours",
])
def test_a_figure_with_a_noun_of_its_own_is_no_output_on_a_list_line(line: str) -> None:
    found = facts_of(_INTRO + line + "\n", published=date(2024, 3, 1)).production
    assert [p.unit for p in found if p.sentence_no == 2] == ["tonnes"]


@pytest.mark.parametrize("line, company", [
    ("- 2013: Kazakhstan produced 53,300 tonnes of copper", None),
    ("- 2020: Uzbekistan's output reached 28,000 tonnes", None),
    ("- 2021: Azerbaijan smelted 51,000 tonnes", None),
    ("- 2022: the plant produced 14,800 tonnes", "Orda Auto"),
])
def test_a_state_that_makes_a_lines_figure_is_no_company(line: str, company: str | None) -> None:
    found = facts_of(_INTRO + line + "\n", published=date(2024, 3, 1)).production
    assert [p.company_name for p in found if p.sentence_no == 2] == [company]


@pytest.mark.parametrize("line, city", [
    ("  Shymkent region      330", None),
    ("- Karaganda oblast: 210 units", None),
    ("- Almaty: 330 units", "Almaty"),
    ("- Karaganda region (Steppe Motors): 242 units", "Karaganda"),
])
def test_a_region_in_a_label_is_no_site_unless_an_operator_is_named(line: str, city: str | None) -> None:
    text = "Kazakh plants turned out 2,400 tractors in January-June 2024. By region:\n" + line + "\n"
    found = facts_of(text, published=date(2024, 8, 1)).production
    assert [p.plant_city for p in found if p.sentence_no == 2] == [city]


@pytest.mark.parametrize("first", [
    "Kazakh plants doubled their output, according to a review by the analytical service Orda Auto.",
    "Kazakh plants doubled their output, data from the consultancy Orda Auto show.",
    "A survey by the research firm Orda Auto found that Kazakh plants doubled their output.",
    "Kazakh plants doubled their output, Orda Auto estimates.",
])
def test_a_firm_named_as_the_source_of_the_figures_is_not_their_maker(first: str) -> None:
    text = first + " In January-June they turned out 2,360 units of farm machinery."
    found = facts_of(text, published=date(2024, 8, 1)).production
    assert [(p.quantity, p.company_name) for p in found] == [(2360.0, None)]


@pytest.mark.parametrize("sentence, unit", [
    ("Tractor production reached 788 units in 2023.", "units"),
    ("Combine harvester output rose to 310 units in 2023.", "units"),
    ("Refrigerator makers turned out 41,000 units in 2023.", "units"),
    ("Car production reached 78,800 units in 2023.", "vehicles"),
])
def test_units_of_goods_that_are_no_vehicles_stay_units(sentence: str, unit: str) -> None:
    found = facts_of("Steppe Motors reported. " + sentence, published=date(2024, 3, 1)).production
    assert [p.unit for p in found] == [unit]


@pytest.mark.parametrize("sentence", [
    "Combine output rose to 310 units, worth 14.3 billion tenge, up from 150 in January-June 2023.",
    "Tractor assembly grew to 310 units worth $9 million, compared with 150 in January-June 2023.",
    "Engine production climbed to 310 units ($2.1 million), against 150 in January-June 2023.",
])
def test_a_base_after_money_keeps_the_unit_and_its_own_period(sentence: str) -> None:
    text = "Kazakh plants turned out 2,400 machines in January-June 2024. " + sentence
    found = facts_of(text, published=date(2024, 8, 1)).production
    assert [(p.quantity, p.unit, p.target_year) for p in found if p.sentence_no == 1] == [
        (310.0, "units", 2024), (150.0, "units", 2023)]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan produced 50,000 vehicles in 2023.",
    "In 2023 Uzbekistan's output reached 50,000 vehicles.",
    "Last year Azerbaijan's factories built 50,000 vehicles.",
])
def test_a_state_as_the_maker_of_a_figure_is_no_firms(sentence: str) -> None:
    text = "Orda Auto opened a car plant in Almaty in 2022. " + sentence
    found = facts_of(text, published=date(2024, 3, 1)).production
    assert [(p.quantity, p.company_name) for p in found] == [(50000.0, None)]


@pytest.mark.parametrize("sentence", [
    "Orda Auto will build 1,800 mini-trucks a year with a payload of 1 to 1.5 tonnes.",
    "Orda Auto will build 1,800 light trucks a year, each weighing 3-5 tonnes.",
    "Orda Auto will assemble 1,800 e-buses a year with a load capacity of 2 to 4 tonnes.",
])
def test_a_range_that_says_what_a_product_is_is_no_output(sentence: str) -> None:
    found = facts_of(sentence, published=date(2024, 3, 1)).production
    assert [(p.quantity, p.unit) for p in found] == [(1800.0, "vehicles")]


@pytest.mark.parametrize("sentence", [
    "Orda Auto will raise output to 60,000 cars this year, and 52,000 of its cars are already on Kazakh roads.",
    "Orda Auto built 60,000 cars in 2023; 52,000 of its vehicles are on the roads today.",
    "Orda Auto built 60,000 cars in 2023, and 52,000 of its buses are in service.",
])
def test_a_fleet_in_use_is_no_output(sentence: str) -> None:
    found = facts_of(sentence, published=date(2024, 3, 1)).production
    assert [p.quantity for p in found] == [60000.0]


# a list of sites under a heading about capacity: every line, however long its name (a bracketed note
# of region and process does not make it prose), is a site's capacity
def test_every_line_under_a_capacity_heading_is_capacity_whatever_its_label_length() -> None:
    text = ("Three plants make cement in the country, with a combined capacity of about 3,000 thousand tonnes a year:\n"
            "1. Altyn Cement (Almaty region, wet process) - 1,200 thousand tonnes;\n"
            "2. Steppe Works of Building Materials (Karaganda region, dry process) - 900 thousand tonnes;\n"
            "3. Caspian Plant of Reinforced Concrete Goods (Shymkent region, dry process) - 800 thousand tonnes.\n")
    assert [(r.quantity, r.target_kind) for r in facts_of(text).production] == [
        (3_000_000, "capacity"), (1_200_000, "capacity"), (900_000, "capacity"), (800_000, "capacity")]


# A list of a firm's yearly facts under a heading that names neither trade nor output, after text
# about exports: each line's own words say whether its figure is output or exports; a line with no
# such word goes on with the line before it.
_FACTS_INTRO = ("Steppe Motors exported goods worth $120 million in 2023, its press office said.\n\n"
                "Steppe Motors at a glance\n\n")


@pytest.mark.parametrize("lines, expected", [
    (["* 2019: 40,000 trucks produced."], [(40_000, 2019, "actual")]),
    (["- 2018: the works turned out 31,500 buses."], [(31_500, 2018, "actual")]),
    (["* 2015: 12,400 tractors assembled and sold, 2,100 more than a year earlier."], [(12_400, 2015, "actual")]),
    (["* 2016 - output of 8,300 trucks."], [(8_300, 2016, "actual")]),
    # a line with no word of its own after an output line: output too; a "plan" label makes it a plan
    (["* 2011: 59,000 trucks built and sold.", "* 2012 plan: no fewer than 65,000 trucks."],
     [(59_000, 2011, "actual"), (65_000, 2012, "plan")]),
    (["- 2020: 22,000 buses made.", "- 2021 target: 25,000 buses."],
     [(22_000, 2020, "actual"), (25_000, 2021, "plan")]),
])
def test_a_line_whose_own_words_say_output_is_output_under_any_frame(lines: list[str], expected: list) -> None:
    facts = facts_of(_FACTS_INTRO + "\n".join(lines) + "\n", published=date(2024, 3, 1))
    assert [(p.quantity, p.target_year, p.target_kind) for p in facts.production] == expected
    assert not [t for t in facts.trade if not t.is_money]


@pytest.mark.parametrize("line", [
    "* 2021: exports grew by 24 per cent to 36,000 trucks.",
    "- 2022: 14,000 buses shipped abroad.",
    "* 2020: sales rose to 9,500 tractors.",
    "- 2019: 18,000 trucks exported, mostly to Kazakhstan.",
])
def test_a_line_whose_own_words_say_trade_is_no_output(line: str) -> None:
    # under a list of output too: "Steppe Motors turned out, by year:" over an export line
    for intro in (_FACTS_INTRO, "Steppe Motors turned out 30,000 trucks in 2023.\nOutput by year:\n"):
        facts = facts_of(intro + line + "\n", published=date(2024, 3, 1))
        assert [p.quantity for p in facts.production if p.sentence_no > 1] == []


# A compared figure on a line ("vs", "against") is the base: the level's period, a year back.
@pytest.mark.parametrize("line, rows", [
    ("- Zinc, total: 256,900 tonnes vs 291,400 tonnes", [(256_900, 2023), (291_400, 2022)]),
    ("- Steel: 9,500 tonnes against 8,100 tonnes", [(9_500, 2023), (8_100, 2022)]),
])
def test_a_compared_figure_on_a_line_is_the_year_before(line: str, rows: list) -> None:
    text = _INTRO + line + "\n"
    found = [(p.quantity, p.target_year) for p in facts_of(text, published=date(2024, 3, 1)).production
             if p.sentence_no == 2]
    assert found == rows
