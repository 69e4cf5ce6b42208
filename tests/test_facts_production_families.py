"""Families of production sentences (session 28): each table is one mechanism, in invented
sentences (other products, countries, firms), with the near-misses that must not fire."""
from datetime import date

import pytest

from extraction.pipeline import extract_article
from extraction.records import SourceDocument
from facts_helpers import facts_of


def _rows(text: str, published: date = date(2024, 7, 20)) -> list[tuple]:
    return [(r.quantity, r.target_kind, r.target_year, r.basis) for r in facts_of(text, published).production]


# A period inside a participial apposition of the subject is when that event happened ("The Cobalt,
# put into production last September, came second with 29,750 cars"), not the figure's period: the
# figure keeps the period of the output under discussion.
@pytest.mark.parametrize("second", [
    "The Tenet, put into series production only last September, came a close second with 29,750 cars.",
    "The Tenet, launched in March 2023, came second with 29,750 cars.",
    "The Tenet crossover, first assembled in 2021, followed with 29,750 cars.",
    "The new Shymkent line, opened in 2019, turned out 29,750 cars.",
])
def test_a_period_in_an_apposition_is_not_the_figures(second: str) -> None:
    text = "Orda Auto built 120,218 vehicles in January-June 2024. " + second
    assert (29_750, "actual", 2024, "total") in _rows(text)


@pytest.mark.parametrize("sentence, expected", [
    # the period after the figure is its own, an apposition before it or not
    ("The Tenet, launched in 2021, came second with 29,750 cars in 2023.", (29_750, "actual", 2023, "annual")),
    # not an apposition: the period opens the sentence
    ("In 2023, Orda Auto built 29,750 cars.", (29_750, "actual", 2023, "annual")),
    # the period after the participle is the figure's own when no comma closes it before the figure
    ("Orda Auto, which built 29,750 cars in 2023, plans more.", (29_750, "actual", 2023, "annual")),
])
def test_periods_outside_an_apposition_stay(sentence: str, expected: tuple) -> None:
    assert expected in _rows(sentence)


# A compound adjective of selling ("the best-selling model", "top-selling", "after-sales") ranks a
# product; it does not make the figure after it a sales figure. A sales word of its own still does.
@pytest.mark.parametrize("sentence, expected", [
    ("The Tenet remained the best-selling model but lost ground: 30,431 units left the lines in 2023.",
     [(30_431, "actual", 2023, "annual")]),
    ("Orda Auto's top-selling pickup came second: 12,500 units were assembled in 2023.", [(12_500, "actual", 2023, "annual")]),
    ("The best-selling Tenet sold 30,431 units in 2023.", []),
    ("Sales of the best-selling Tenet reached 30,431 cars in 2023.", []),
    ("Orda Auto sold 30,431 after-sales kits in 2023.", []),
])
def test_a_compound_of_selling_is_no_sales_figure(sentence: str, expected: list) -> None:
    assert _rows(sentence) == expected


# The sentence after an output figure that takes it up with a pronoun and a verb of its level ("In
# 2014 it had already dropped 8%, to 18.7 million litres") states output in the same unit. Not a
# figure of another unit, nor a pronoun after a sentence of no output.
@pytest.mark.parametrize("text, expected", [
    ("In 2023 Georgian wineries produced 16.9 million litres of brandy. In 2022 it had already dropped 8%, "
     "to 18.7 million litres.", (18_700_000, "actual", 2022, "annual")),
    ("Kazakhstan produced 12.1 million tonnes of cement in 2023. In 2022 it stood at 11.4 million tonnes.",
     (11_400_000, "actual", 2022, "annual")),
    ("Uzbekistan mined 4.1 million barrels of oil in 2023. In 2021 it had risen to 4.5 million barrels.",
     (4_500_000, "actual", 2021, "annual")),
    # "the figure", in any unit the sentence before stated output in
    ("Karachaganak yielded 2.9 million tonnes of oil, or 21.4 million barrels, in 2023. In 2022 the figure was "
     "2.7 million tonnes.", (2_700_000, "actual", 2022, "annual")),
])
def test_a_pronoun_takes_up_the_output_before(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


@pytest.mark.parametrize("text", [
    # another unit: not the same output
    "In 2023 Georgian wineries produced 16.9 million litres of brandy. In 2022 it had dropped to 8,000 tonnes.",
    # no output sentence before it
    "Georgian exports of brandy were weak in 2023. In 2022 it had dropped to 18.7 million litres.",
])
def test_a_pronoun_takes_up_no_other_figure(text: str) -> None:
    assert [r for r in _rows(text) if r[0] in (8_000, 18_700_000)] == []


# A place after "from" is an origin, also with a possessive state between ("a company from China's
# Xinjiang region"); the site stays the one under discussion.
@pytest.mark.parametrize("text", [
    "Orda Auto opened a plant in Shymkent. The investor, a trading firm from Kazakhstan's Karaganda region, "
    "put its capacity at 500,000 tonnes a year.",
    "Orda Auto opened a plant in Shymkent. The investor, a trading firm from Karaganda, put its capacity at "
    "500,000 tonnes a year.",
])
def test_a_place_of_origin_is_no_site(text: str) -> None:
    rows = facts_of(text).production
    assert [(r.quantity, r.plant_city) for r in rows] == [(500_000, "Shymkent")]


# A present participle's clause after the figure (", ending five years of growth from 2009 to 2013",
# ", marking the lowest level since 2015") dates its own statement: the figure keeps its clause's period.
@pytest.mark.parametrize("text, expected", [
    ("In 2014 Georgian wineries produced 18.7 million litres of brandy, ending five years of steady growth "
     "from 2009 to 2013.", (18_700_000, "actual", 2014)),
    ("In 2020 Orda Auto built 12,000 cars, marking its best year since 2013.", (12_000, "actual", 2020)),
    # a preposition of that form goes on with the figure; a clause closed before the period too
    ("Orda Auto built more than 12,000 vehicles, including kits for assembly abroad, in 2020, 12 percent more.",
     (12_000, "actual", 2020)),
    ("Orda Auto built 12,000 cars, beating its own forecast, in 2020.", (12_000, "actual", 2020)),
    # no comma, no participle: the period after the figure is its own
    ("Orda Auto built 12,000 cars in 2020.", (12_000, "actual", 2020)),
])
def test_a_participle_clause_keeps_its_period(text: str, expected: tuple) -> None:
    assert expected in [r[:3] for r in _rows(text)]


def _countries(text: str, published: date = date(2024, 7, 20)) -> list[tuple]:
    return [(r.quantity, r.country_code) for r in facts_of(text, published).production]


# The site under discussion is not moved by a sentence that names the group's plants in several
# countries (a comparison of sites) or a plant that supplies the site ("kits come from its plant in
# India"): a later figure with no place of its own stays at the site the article is about.
@pytest.mark.parametrize("aside", [
    "By comparison, the group's plants in Japan ran at 96%, its Chinese factory at 91% and its Indian plant at 88%.",
    "Its plants in China and in India are older.",
    "Part of the kits come from Russia and part from the group's engine plant in India.",
    "Engines are shipped from Dragon Trucks' factory in China.",
    "Some components are supplied by its plant in Turkiye.",
    "Gearboxes arrive from the partner's works in Japan.",
])
def test_other_sites_named_in_passing_keep_the_site(aside: str) -> None:
    text = ("Steppe Motors opened its truck plant in Shymkent on Monday. " + aside
            + " Working two shifts, the plant will be able to assemble up to 5,000 trucks a year.")
    assert (5_000, "KZ") in _countries(text)


@pytest.mark.parametrize("aside, country", [
    # one other site, named as where the company makes things: the discussion moves there
    ("Steppe Motors also runs a truck plant in Russia.", "RU"),
    ("The company is building a second plant in China.", "CN"),
])
def test_a_single_other_site_still_moves_the_site(aside: str, country: str) -> None:
    text = "Steppe Motors opened its truck plant in Shymkent on Monday. " + aside + \
        " The plant will be able to assemble up to 5,000 trucks a year."
    assert (5_000, country) in _countries(text)


# A capacity stated in the present ("has an annual capacity of", "is designed for", "can turn out")
# is the site's capacity at the time of the article: analysts date it with the article's year. A
# future, a condition, a plan or a past state of the site is not dated so.
@pytest.mark.parametrize("sentence, quantity", [
    ("The Shymkent plant has an annual capacity of 45,000 vehicles.", 45_000),
    ("The new factory is designed for 60,000 tractors a year at the first stage.", 60_000),
    ("The Karaganda mill can turn out 20,000 tonnes of cement a year.", 20_000),
    ("Orda Auto's assembly line in Almaty has a capacity of 12,500 cars per year.", 12_500),
    ("The Baku works can produce up to 90,000 tyres a year.", 90_000),
])
def test_a_capacity_stated_in_the_present_takes_the_articles_year(sentence: str, quantity: int) -> None:
    assert (quantity, "capacity", 2024, "annual") in _rows(sentence)


@pytest.mark.parametrize("sentence, quantity", [
    ("Working two shifts, the Shymkent plant will be able to assemble up to 6,000 trucks a year.", 6_000),
    ("The partners are considering a capacity of 20,000 vehicles a year for the Almaty plant.", 20_000),
    ("The Baku plant had a capacity of 10,000 cars a year.", 10_000),
    ("When complete, the Karaganda plant will have a capacity of 30,000 tonnes a year.", 30_000),
    ("The Namangan plant could later reach a capacity of 15,000 tractors a year.", 15_000),
    ("Its second line is to turn out up to 40,000 tonnes of glass a year.", 40_000),
    ("The two kilns are to make 1.2 million tonnes of clinker a year.", 1_200_000),
])
def test_a_capacity_not_stated_as_current_stays_undated(sentence: str, quantity: int) -> None:
    rows = [r for r in _rows(sentence) if r[0] == quantity]
    assert rows and all(r[2] is None for r in rows), rows


# Words before a colon that hold a finite verb are a clause of prose, not a list's label: each
# figure of "Output is expected to ramp up: 1,800 cars in 2024, 25,000 in 2025 and 35,000 in 2026"
# takes its own year.
@pytest.mark.parametrize("second, expected", [
    ("Production is expected to ramp up gradually: about 1,800 cars are planned for the rest of 2024, "
     "25,000 in 2025 and 35,000 in 2026.", [(1_800, 2024), (25_000, 2025), (35_000, 2026)]),
    ("Output will grow step by step: 2,000 tractors are to be built in 2025, 6,000 in 2026 and 9,000 in 2027.",
     [(2_000, 2025), (6_000, 2026), (9_000, 2027)]),
    ("Assembly will start slowly: 500 buses are to be assembled in 2025 and 1,500 in 2026.", [(500, 2025), (1_500, 2026)]),
])
def test_a_clause_before_a_colon_is_no_label(second: str, expected: list) -> None:
    text = "Steppe Motors opened its plant in Shymkent on Monday. " + second
    got = {(r[0], r[2]) for r in _rows(text)}
    assert set(expected) <= got, got


@pytest.mark.parametrize("sentence, quantity", [
    ("Steppe Chrome intends to smelt 226.5 thousand tonnes of alloy before the end of this year.", 226_500),
    ("Steppe Chrome smelts about 90,000 tonnes of ferrochrome a year.", 90_000),
])
def test_smelting_is_output(sentence: str, quantity: int) -> None:
    assert [r.quantity for r in facts_of(sentence).production] == [quantity]


@pytest.mark.parametrize("sentence", [
    "The Orda Auto complex consists of 11 production units covering almost 50 hectares.",
    "The new Orda Auto plant will have three assembly lines and 40 workshops.",
])
def test_the_parts_of_a_site_are_no_output(sentence: str) -> None:
    assert facts_of(sentence).production == []


@pytest.mark.parametrize("sentence, rows", [
    # goods listed after goods of a verb of making are made too
    ("The Orda Auto plant is designed to turn out 50,000 rifles and 150 million cartridges a year.",
     [(50_000, "rifles"), (150_000_000, "cartridges")]),
    ("Orda Auto produces 2,000 boilers and 40 employees run the line.", [(2_000, "boilers")]),
])
def test_goods_listed_after_made_goods(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.product) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # one item's size of several is no figure of the site
    ("Orda Auto will run four lines of 60,000 cars each, a capacity of 240,000 cars a year.", [(240_000, "capacity")]),
    ("Orda Auto makes 5,000 cars each year.", [(5000, "actual")]),
])
def test_the_size_of_one_item_of_several(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind) for r in facts_of(sentence).production] == rows


def test_a_figure_for_each_named_item_stays() -> None:
    rows = facts_of("Annual capacity for both the Cobalt and the Damas at Orda Auto was to be raised to "
                    "150,000 units each.").production
    assert [r.quantity for r in rows] == [150_000]


# A plan told by its goods alone, with no verb of making ("the plan: 4.1 million tonnes of steel this
# year", "wants the group to reach six million tonnes of steel a year by 2030"): output planned. Not
# goods that are traded, held in the ground, carried or used, nor goods with no plan word.
@pytest.mark.parametrize("sentence, rows", [
    ("Karagandy Metal is working towards its plan: 4.1 million tonnes of steel this year and 1.5 million "
     "tonnes of iron ore concentrate.", [(4_100_000, "plan", 2024, "annual"), (1_500_000, "plan", 2024, "annual")]),
    ("The chief executive wants the group to reach six million tonnes of steel, eight million tonnes of coal "
     "and 4 mln tonnes of concentrate a year by 2030.",
     [(6_000_000, "plan", 2030, "annual"), (8_000_000, "plan", 2030, "annual"), (4_000_000, "plan", 2030, "annual")]),
    ("Officials expect the new station to give Kyrgyzstan about 1.5 billion kWh of electricity a year.",
     [(1_500_000_000, "plan", None, "annual")]),
    ("The target for 2026 is 450,000 tonnes of cement.", [(450_000, "plan", 2026, "annual")]),
])
def test_a_plan_told_by_its_goods(sentence: str, rows: list) -> None:
    assert _rows(sentence) == rows


@pytest.mark.parametrize("sentence", [
    "Kazakhstan plans to export 1.2 million tonnes of steel this year.",
    "The field is expected to hold 80 million barrels of oil.",
    "The corridor is meant to carry 10 million tonnes of coal a year by 2030.",
    "Analysts expect demand for 2 million tonnes of cement this year.",
    "Traders expect prices of 500 dollars per tonne of steel this year.",
    "The smelter received 300,000 tonnes of concentrate in 2023.",
])
def test_goods_not_made_are_no_plan(sentence: str) -> None:
    assert _rows(sentence) == []


# The verbs of the metal and mining trades, and a mine as the subject of delivering: output.
@pytest.mark.parametrize("sentence, rows", [
    ("The Kazakh smelter cast 41,200 tonnes of primary aluminium in January-June.",
     [(41_200, "actual", 2024, "total")]),
    ("Kazakh mines dug 118.2 million tonnes of coal last year.", [(118_200_000, "actual", 2023, "annual")]),
    ("The Jerooy open-pit mine in Kyrgyzstan's Talas region delivered 4,100 kilograms of gold in 2023.",
     [(4_100, "actual", 2023, "annual")]),
    ("Turkmenistan pumped just 12,000 tonnes of oil last year.", [(12_000, "actual", 2023, "annual")]),
    # "cast" and "delivered" count nothing else; a pipeline pumps no output
    ("Voters cast 3.2 million ballots in 2023.", []),
    ("Kazakhstan pumped 20 million tonnes of oil through the CPC pipeline in 2023.", []),
    ("The trader delivered 4,100 tonnes of coal to China in 2023.", []),
])
def test_metal_and_mining_verbs_state_output(sentence: str, rows: list) -> None:
    assert _rows(sentence) == rows


# Output over a stretch of more than one year is a total for no one year: "across 2022 and 2023",
# "in 2021-2023". "In 2022 and 2023" (each year's, or both) and a plan for a span keep their year.
@pytest.mark.parametrize("sentence, rows", [
    ("The mine produced 30,872 kilograms of gold across 2022 and 2023.", [(30_872, "actual", None, "total")]),
    ("The plant made 5,000 tonnes of yarn in 2021-2023.", [(5_000, "actual", None, "total")]),
    ("The mine produced 15,000 kilograms of gold in 2023.", [(15_000, "actual", 2023, "annual")]),
])
def test_output_over_several_years_is_a_total(sentence: str, rows: list) -> None:
    assert _rows(sentence) == rows


def test_a_plant_able_to_handle_a_rate_states_its_capacity() -> None:
    assert _rows("Fufeng Group is building a corn-processing plant able to handle 1 million tonnes of corn "
                 "per year.") == [(1_000_000, "capacity", None, "annual")]


# A place as the actor of a state's act is a government named by its seat, not where output is made.
@pytest.mark.parametrize("aside, country", [
    ("without the extra duties Brussels has placed on cars from China", "TR"),
    ("whatever tariffs Moscow imposed last year", "TR"),
])
def test_a_place_as_an_actor_is_no_site(aside: str, country: str) -> None:
    # the whole pipeline: the places are the gazetteer's
    text = f"Plant news\n\nBYD is building a plant in Manisa. It will turn out 150,000 cars a year, {aside}."
    doc = SourceDocument(path="x.txt", file_name="x.txt", text=text, published_date=date(2024, 7, 9))
    assert [r.country_code for r in extract_article(doc).facts.production] == [country]


# A power plant's installed capacity in megawatts: after "installed capacity" anywhere, or as the
# plant's size in the lead; not a project in passing further down (a list, a contractor's other work).
@pytest.mark.parametrize("text, rows", [
    ("The 884-megawatt Karot hydropower project in Punjab has passed its reliability test.",
     [(884, "capacity", None, "annual")]),
    ("The station was declared complete on Monday when its second unit brought the plant to its full 1,320 MW.",
     [(1_320, "capacity", 2024, "annual")]),
    ("Mary opened a 100-megawatt solar plant on Friday.\n\nSince 2016 the station's installed electric capacity "
     "has stood at 400 MW.", [(100, "capacity", 2024, "annual"), (400, "capacity", None, "annual")]),
    # not in the lead and no "installed capacity": a project in passing
    ("Mary signed eleven deals on Friday.\n\nThey include a 1,000-megawatt solar plant to be built by a Chinese "
     "firm.", []),
    # what a plant generates is energy, not capacity
    ("The 884-megawatt plant will generate 3.2 billion kWh a year.", [(884, "capacity", None, "annual"),
                                                                      (3_200_000_000, "plan", None, "annual")]),
])
def test_a_power_plants_capacity(text: str, rows: list) -> None:
    assert _rows(text, date(2024, 7, 5)) == rows


# Bottles are made goods ("can produce up to 90 million bottles a year"); those a market took are not.
@pytest.mark.parametrize("text, rows", [
    ("The Sumgait glass plant can produce up to 90 million bottles a year.", [(90_000_000, "capacity", 2024, "annual")]),
    ("That made China the second market for Georgian wine after Russia, which took 14.6 million bottles in 2023.", []),
])
def test_bottles_made_and_bottles_taken(text: str, rows: list) -> None:
    assert _rows(text) == rows
