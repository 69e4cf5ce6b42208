"""Paraphrases of production and plant sentences: one meaning, many wordings. Each row is an
invented sentence; a row that fails names the mechanism (a class of verbs, nouns or units, a
structure) that is too narrow, not a phrase to add."""
from datetime import date

import pytest

from facts_helpers import facts_of


def _kinds(text: str) -> list[tuple]:
    return [(r.quantity, r.target_kind) for r in facts_of(text).production]


# capacity: the capacity nouns and the "can / is able to / rated" verbs of making, as classes
@pytest.mark.parametrize("sentence", [
    "The Orda Auto plant in Shymkent has a design capacity of 60,000 cars a year.",
    "The Orda Auto plant in Shymkent has a nameplate capacity of 60,000 cars a year.",
    "The plant's rated capacity is 60,000 cars a year.",
    "The plant is able to assemble 60,000 cars a year.",
    "The plant can turn out 60,000 cars a year.",
    "Orda Auto's plant in Shymkent can put out 60,000 cars a year.",
    "The factory can churn out 60,000 cars a year.",
    "The Shymkent plant is rated at 60,000 cars a year.",
    "The plant is equipped to put out 60,000 cars a year.",
])
def test_capacity_paraphrases(sentence: str) -> None:
    assert _kinds(sentence) == [(60_000, "capacity")]


@pytest.mark.parametrize("sentence, quantity", [
    ("The Shymkent plant's throughput is 2 million tonnes of crude a year.", 2_000_000),
    ("The mill will have a throughput of 500,000 tonnes a year.", 500_000),
    ("The refinery processes 6 million tonnes of oil a year.", 6_000_000),
])
def test_throughput_and_processing_of_a_site_are_capacity(sentence: str, quantity: int) -> None:
    assert _kinds(sentence) == [(quantity, "capacity")]


def test_throughput_of_a_route_is_no_output() -> None:
    assert _kinds("The port's throughput reached 2 million tonnes a year.") == []


# actual output: the verbs and nouns of having made, active and passive, figure before or after
@pytest.mark.parametrize("sentence", [
    "In 2023 output at the Shymkent plant reached 42,000 cars.",
    "In 2023, 42,000 cars came off the line at the Shymkent plant.",
    "In 2023, 42,000 cars rolled off the assembly line in Shymkent.",
    "In 2023, 42,000 cars were assembled at the Orda Auto plant in Shymkent.",
    "In 2023 Orda Auto rolled out 42,000 cars.",
    "In 2023 Orda Auto put out 42,000 cars.",
    "Orda Auto turned out 42,000 cars in 2023.",
    "Orda Auto churned out 42,000 cars in 2023.",
    "Orda Auto's output totalled 42,000 cars in 2023.",
    "42,000 cars were produced by Orda Auto in 2023.",
])
def test_actual_paraphrases(sentence: str) -> None:
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(sentence).production] == \
        [(42_000, "actual", 2023)]


# plans: the verbs of aiming at a figure for a year
@pytest.mark.parametrize("sentence", [
    "Orda Auto plans to make 50,000 cars by 2027.",
    "Orda Auto aims for 50,000 cars in 2027.",
    "Orda Auto expects to reach 50,000 cars by 2027.",
    "Orda Auto expects output to reach 50,000 cars by 2027.",
    "Orda Auto targets output of 50,000 cars in 2027.",
    "Orda Auto intends to raise production to 50,000 cars in 2027.",
    "The company hopes to assemble 50,000 cars in 2027.",
])
def test_plan_paraphrases(sentence: str) -> None:
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(sentence).production] == \
        [(50_000, "plan", 2027)]


# units as classes: area as the object of a past verb of making; its short forms
@pytest.mark.parametrize("sentence, unit", [
    ("The plant produced 3 million square metres of tiles in 2023.", "square_meters"),
    ("The plant produced 3 million m2 of glass a year in 2023.", "square_meters"),
    ("The plant produced 2 million pairs of shoes in 2023.", "units"),
    ("The plant turned out 1.2 million pieces in 2023.", "units"),
])
def test_unit_classes(sentence: str, unit: str) -> None:
    assert [r.unit for r in facts_of(sentence).production] == [unit]


def test_an_area_that_sizes_a_shop_is_no_output() -> None:
    assert _kinds("Orda Auto opened a 20,000 square metre shop in 2023.") == []


# two goods of the same size are two rows; the same goods said twice are one
@pytest.mark.parametrize("text, expected", [
    ("In 2023 the Shymkent refinery produced 1.6 million tonnes of jet fuel and 1.6 million tonnes of naphtha.",
     [(1_600_000, "jet fuel"), (1_600_000, "naphtha")]),
    ("Orda Auto's refinery produced in 2023:\njet fuel: 1.6 million tonnes\nnaphtha: 1.6 million tonnes",
     [(1_600_000, "jet fuel"), (1_600_000, "naphtha")]),
    ("In 2023 the plant made 8,000 Nexia sedans and 8,000 Cobalt sedans.",
     [(8000, "Nexia sedans"), (8000, "Cobalt sedans")]),
])
def test_goods_of_the_same_size_are_two_rows(text: str, expected: list) -> None:
    assert [(r.quantity, r.product) for r in facts_of(text).production] == expected


# per-plant figures in running text: the place right after a figure is its own
@pytest.mark.parametrize("text, expected", [
    ("In 2023 Orda Auto made 12,000 cars in Almaty and 8,000 in Shymkent.", [(12_000, "Almaty"), (8000, "Shymkent")]),
    ("In 2023 the Almaty plant made 12,000 cars and the Shymkent plant 8,000.", [(12_000, "Almaty"), (8000, "Shymkent")]),
    ("Orda Auto, based in Almaty, assembled 9,000 trucks at its plant in Shymkent in 2023.", [(9000, "Shymkent")]),
])
def test_a_figure_takes_the_place_right_after_it(text: str, expected: list) -> None:
    assert [(r.quantity, r.plant_city) for r in facts_of(text).production] == expected


# per-model lists in running text: a bare figure before a model's name counts the things made
@pytest.mark.parametrize("text, expected", [
    ("Orda Auto made cars in 2023: 12,000 Nexia, 8,000 Cobalt and 3,000 Damas.", [12_000, 8000, 3000]),
    ("Orda Auto assembled 20,000 vehicles in 2023. The plant built 12,000 Nexia and 8,000 Cobalt.",
     [20_000, 12_000, 8000]),
    # negative: a month, a place or a company after the figure; no unit known at all
    ("Orda Auto's output grew to 12,000 in March 2023.", []),
    ("Output grew in 2023, with 1,500 Orda Auto workers on the line.", []),
    ("Orda Auto's 2023 output: 12,000 Nexia, 8,000 Cobalt and 3,000 Damas.", []),
])
def test_a_count_of_models_in_running_text(text: str, expected: list) -> None:
    assert [r.quantity for r in facts_of(text).production] == expected


def test_a_figure_restated_in_another_unit_word_is_one_row() -> None:
    text = "Car factories in Uzbekistan turned out more than 271.1 thousand cars (271,110 units) in 2019."
    assert [r.quantity for r in facts_of(text).production] == [271_100]


# layouts of online news: an interview, a table set in plain text, a timeline, a correction note
def _rows(text: str) -> list[tuple]:
    return [(r.quantity, r.target_kind, r.company_name, r.target_year) for r in facts_of(text).production]


@pytest.mark.parametrize("text, expected", [
    # an interview's "we" is the firm of its lead
    ("Orda Auto sees growth in 2024.\nQ: How many buses did you make last year?\n"
     "A: We made 12,000 buses last year, and this year we plan to assemble 15,000.",
     [(12_000, "actual", "Orda Auto", 2023), (15_000, "plan", "Orda Auto", 2024)]),
    ("Interview with the head of Silk Road Tractors.\nQ: What is your capacity?\n"
     "\u2014 Our plant in Namangan can build 20,000 tractors a year.",
     [(20_000, "capacity", "Silk Road Tractors", 2024)]),       # a present capacity: the article's year
    # negative: a state's speaker is no firm
    ("The minister met staff of Orda Auto.\n\"We produced 120,000 cars last year,\" the minister said.",
     [(120_000, "actual", None, 2023)]),
    # the agent of a passive, the owner of the site after the figure
    ("A total of 42,000 cars were manufactured by Orda Auto in 2023.", [(42_000, "actual", "Orda Auto", 2023)]),
    ("Some 9,000 trucks were turned out at Steppe Motors' Almaty plant in 2023.",
     [(9000, "actual", "Steppe Motors", 2023)]),
    # a timeline of dated lines
    ("Silk Road Tractors timeline:\n2021: output reached 8,000 tractors\n2022: output reached 9,500 tractors",
     [(8000, "actual", None, 2021), (9500, "actual", None, 2022)]),
    # a correction note: only the corrected figure
    ("Orda Auto made 42,000 cars in 2023.\n"
     "Correction: An earlier version of this article said Orda Auto made 24,000 cars in 2023; it made 42,000.",
     [(42_000, "actual", "Orda Auto", 2023)]),
    ("Orda Auto produced 42,000 cars in 2023, not 24,000.", [(42_000, "actual", "Orda Auto", 2023)]),
    # a correction whose only figure is the one taken back: no row, and no failure
    ("Orda Auto made 42,000 cars in 2023.\n"
     "Correction: an earlier version of this story wrongly gave the plant's capacity as 3,000 tonnes a day.",
     [(42_000, "actual", "Orda Auto", 2023)]),
])
def test_layouts(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # years as columns, rows two spaces apart
    ("Silk Road Tractors output, units\nProduct  2021  2022  2023\nTractors  8,000  9,500  11,000",
     [(8000, "tractors", 2021, "UZ"), (9500, "tractors", 2022, "UZ"), (11_000, "tractors", 2023, "UZ")]),
    # the heading's scale and unit
    ("Car production in Kazakhstan, thousand units:\n         2021    2022\nCars      90      110",
     [(90_000, "vehicles", 2021, "KZ"), (110_000, "vehicles", 2022, "KZ")]),
    ("Output of Orda Auto by plant, cars\nPlant | 2022 | 2023\nAlmaty | 12,000 | 14,000",
     [(12_000, "vehicles", 2022, "KZ"), (14_000, "vehicles", 2023, "KZ")]),
])
def test_tables_of_output(text: str, expected: list) -> None:
    assert [(r.quantity, r.unit, r.target_year, r.country_code) for r in facts_of(text).production] == expected


def test_columns_that_name_kinds() -> None:
    text = "Orda Auto production, cars\nYear    Output    Capacity\n2022    12,000    40,000"
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(text).production] == \
        [(12_000, "actual", 2022), (40_000, "capacity", 2022)]


# goods of any name after a verb of making: no vocabulary lists every product a plant makes
@pytest.mark.parametrize("sentence, quantity, product", [
    ("Last year Orda Auto made 364,000 vacuum cleaners.", 364_000, "vacuum cleaners"),
    ("The Shymkent factory produced 120,000 gas stoves in 2023.", 120_000, "gas stoves"),
    ("The plant manufactures 2 million smartphones a year.", 2_000_000, "smartphones"),
    ("In 2023 the Almaty plant turned out some 45,000 kitchen cabinets.", 45_000, "kitchen cabinets"),
    ("Steppe Motors assembled over 8,000 electric kettles in 2023.", 8_000, "electric kettles"),
])
def test_goods_of_any_name_after_a_verb_of_making(sentence: str, quantity: int, product: str) -> None:
    assert [(r.quantity, r.unit, r.product) for r in facts_of(sentence).production] == [(quantity, "units", product)]


@pytest.mark.parametrize("sentence", [
    "The company made 15 visits to the plant in 2023.",                 # things done
    "The plant produced 50 models in 2023.",                             # a range, not a count made
    "Orda Auto made 12 investments in Almaty in 2023.",
    "The plant manufactures goods for 30 countries.",                    # no verb right before the figure
])
def test_things_done_or_counted_otherwise_are_no_goods(sentence: str) -> None:
    assert facts_of(sentence).production == []


def test_of_them_after_a_rate_counts_the_rate_s_goods() -> None:
    text = "Orda Auto turns out about 1,300 vacuum cleaners a day. Last year it made some 364,000 of them."
    assert [(r.quantity, r.unit, r.target_year) for r in facts_of(text).production] == [(364_000, "units", 2023)]


# a figure that sizes a stage, a phase or a line of a site is its capacity
@pytest.mark.parametrize("sentence, quantity, unit", [
    ("A similar 1 million-tonne second stage of the Shymkent cement plant will follow.", 1_000_000, "tonnes"),
    ("Orda Auto will build a 50,000-car assembly line in Almaty.", 50_000, "vehicles"),
    ("A 500,000-tonne smelter is planned in Karaganda.", 500_000, "tonnes"),
    ("The company opened a 3,000-tonne kiln in Shymkent.", 3_000, "tonnes"),
])
def test_a_sized_stage_line_or_kiln_is_capacity(sentence: str, quantity: int, unit: str) -> None:
    assert [(r.quantity, r.unit, r.target_kind) for r in facts_of(sentence).production] == [(quantity, unit, "capacity")]


# "in X" after a word of selling or approving is where a product is valued, not where it is made
@pytest.mark.parametrize("middle", [
    "Its quality certificate is recognised in Russia, officials said.",
    "Its cement is popular in Russia.",
    "The grades it makes are certified in Russia.",
    "Its cement is sold in Russia too.",
])
def test_a_country_where_goods_are_valued_is_not_the_site(middle: str) -> None:
    text = f"Kazakhstan opened the second phase of the Orda cement plant. It can make special grades. {middle} " \
           "The plant can now make 2 million tonnes of cement a year."
    assert [(r.quantity, r.country_code) for r in facts_of(text).production] == [(2_000_000, "KZ")]


# the size of what a vehicle carries or lifts is no output, in the singular or the plural
@pytest.mark.parametrize("sentence", [
    "The Samarkand line offers eleven models with payloads of 10 to 36 tonnes.",
    "The plant makes dump trucks with payloads from 90 to 130 tonnes.",
    "The plant makes cranes with lifting capacities between 25 and 50 tonnes.",
    "Its trucks have carrying capacities ranging from 20 to 40 tonnes.",
])
def test_payloads_are_no_output(sentence: str) -> None:
    assert facts_of(sentence).production == []


# a period as the label of the figure after it: "2016: 5 t (2015: 4.5 t)"
@pytest.mark.parametrize("text, rows", [
    ("Gold output 2016: 5 t (2015: 4.5 t)", [(5, 2016), (4.5, 2015)]),
    ("Orda Auto output in 2023: 14,000 cars (2022: 12,000 cars)", [(14_000, 2023), (12_000, 2022)]),
    ("Key figures\nCement output 2023: 2.1 mln t (2022: 1.8 mln t)\nJobs: 250",
     [(2_100_000, 2023), (1_800_000, 2022)]),
])
def test_a_period_labels_the_figure_after_its_colon(text: str, rows: list) -> None:
    assert [(r.quantity, r.target_year) for r in facts_of(text).production] == rows


# a rate "from <year>" starts that year; "from <year>" after a change is the base it is compared with
@pytest.mark.parametrize("sentence, rows", [
    ("The ministry wants annual gold output to reach 17 tonnes from 2022.", [(17, 2022, "plan")]),
    ("Orda Auto plans to make 30,000 cars a year from 2025.", [(30_000, 2025, "plan")]),
    ("From 2026 the Shymkent plant is to turn out 50,000 tractors a year.", [(50_000, 2026, "capacity")]),
    ("Orda Auto made 14,000 cars in 2023, up from 12,000 in 2022.", [(14_000, 2023, "actual"), (12_000, 2022, "actual")]),
])
def test_a_rate_from_a_year_starts_that_year(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_year, r.target_kind) for r in facts_of(sentence).production] == rows


# a state body that sets a goal with no firm named: the figure is national, not the last firm's
@pytest.mark.parametrize("second", [
    "The ministry wants annual gold output to reach 17 tonnes by 2022.",
    "The government plans to raise gold output to 17 tonnes by 2022.",
    "The Kazakh authorities expect gold output to reach 17 tonnes by 2022.",
])
def test_a_state_body_s_goal_has_no_company(second: str) -> None:
    rows = facts_of("Orda Auto produced 3 tonnes of gold in Kazakhstan in 2016. " + second).production
    assert [(r.quantity, r.company_name, r.target_kind) for r in rows] == [(3, "Orda Auto", "actual"), (17, None, "plan")]


# a second verb of making in its base form shares the first one's "can"
@pytest.mark.parametrize("sentence, kinds", [
    ("The factory can process some 16,600 tonnes of cotton fibre and turn out 14,500 tonnes of yarn a year.",
     [(16_600, "capacity"), (14_500, "capacity")]),
    ("The plant can assemble 20,000 cars and make 5,000 buses a year.", [(20_000, "capacity"), (5_000, "capacity")]),
    # negative: a past verb is what was made
    ("The plant can make 20,000 cars a year and made 12,000 in 2023.", [(20_000, "capacity"), (12_000, "actual")]),
])
def test_a_coordinated_verb_shares_the_modal(sentence: str, kinds: list) -> None:
    assert _kinds(sentence) == kinds


# output across industries: the verbs, nouns and units of each trade, one row each
@pytest.mark.parametrize("sentence, quantity, unit", [
    ("The Navoi plant produced 85,000 tonnes of urea in 2023.", 85_000, "tonnes"),
    ("Copper cathode output at the Almalyk complex reached 150,000 tonnes last year.", 150_000, "tonnes"),
    ("Production at the Almaty tyre plant rose to 1.2 million tyres in 2023.", 1_200_000, "tyres"),
    ("The textile mill produced 25 million square metres of fabric in 2023.", 25_000_000, "square_meters"),
    ("The factory made 3.5 million pairs of shoes last year.", 3_500_000, "units"),
    ("Uzbekistan mined 3.2 million ounces of gold in 2023.", 3_200_000, "ounces"),
    ("The pharmaceutical plant packaged 12 million packs of medicines in 2023.", 12_000_000, "units"),
    ("Tajikistan generated 21.6 billion kWh of electricity in 2023.", 21_600_000_000, "kilowatt_hours"),
    ("The smelter poured 260,000 tonnes of aluminium in 2023.", 260_000, "tonnes"),
    ("In 2023 the mill milled 400,000 tonnes of flour.", 400_000, "tonnes"),
    ("The mill spun 14,000 tonnes of yarn in 2023.", 14_000, "tonnes"),
    ("Some 7,000 combine harvesters left the Kostanay assembly lines last year.", 7_000, "combines"),
])
def test_output_across_industries(sentence: str, quantity: int, unit: str) -> None:
    assert [(r.quantity, r.unit, r.target_year) for r in facts_of(sentence).production] == [(quantity, unit, 2023)]


def test_money_poured_into_a_plant_is_no_output() -> None:
    assert facts_of("Investors poured $2 billion and 300 engineers into the plant in 2023.").production == []


# where a site is: "in western X" is a location like "in X"; a complex, a refinery or a smelter is a
# site, so a list of its parameters is made there, not in the home of a foreign partner named before
@pytest.mark.parametrize("opening, country", [
    ("Work on the Tengiz Gas Chemical Complex in western Kazakhstan is finished, China's Dragon Trucks said in Beijing.",
     "KZ"),
    ("Work on the new cement complex in southern Kyrgyzstan is finished, Russia's Steppe Motors said.", "KG"),
    ("Turkish partners said the complex stands in north-eastern Kazakhstan, near Pavlodar.", "KZ"),
    ("The refinery, built with China's Dragon Trucks, lies in central Uzbekistan.", "UZ"),
    ("The smelter, bought from a Chinese group, sits in the south of Tajikistan.", "TJ"),
])
def test_a_site_s_list_of_parameters_is_made_where_the_site_is(opening: str, country: str) -> None:
    text = f"Industry news\n\n{opening}\n\nKey parameters of the plant:\n- polyethylene: up to 400 thousand tonnes a year;\n"
    rows = facts_of(text).production
    assert [(r.quantity, r.country_code) for r in rows] == [(400_000, country)]


@pytest.mark.parametrize("sentence", [
    "The complex issue of tariffs was discussed in Tashkent.",       # the adjective: no site
    "Officials described a complex situation in western Turkmenistan.",
])
def test_complex_as_an_adjective_is_no_site(sentence: str) -> None:
    from extraction.facts import cues
    assert not cues.PLANT_NOUN.search(sentence)


# a company's report: quarters as adjectives, a compared period's figure in brackets, guidance as a plan
def test_an_operating_update() -> None:
    text = ("Steppe Uranium output edges down\n\n"
            "Orda Auto produced 21,100 tU in 2023, about 1% less than the 21,200 tU mined in 2022. "
            "Fourth-quarter production came to 5,790 tU, roughly the same as in October-December 2022 (5,780 tU). "
            "For 2024, Orda Auto guides output of 21,000-22,500 tU.")
    rows = [(r.quantity, r.target_kind, r.target_year, r.period_start and r.period_start.isoformat())
            for r in facts_of(text, published=date(2024, 2, 6)).production]
    assert rows == [(21_100, "actual", 2023, None), (21_200, "actual", 2022, None),
                    (5_790, "actual", 2023, "2023-10-01"), (5_780, "actual", 2022, "2022-10-01"),
                    (21_000, "plan", 2024, None), (22_500, "plan", 2024, None)]


# a site's design: what it makes once it runs, a line sized "for" a rate, a timeline of lines by year
@pytest.mark.parametrize("text, rows", [
    ("The refinery is designed to process 1.5 million tonnes of crude oil a year. Once running, it should "
     "produce annually:\n* 560,000 tonnes of gasoline;\n* 670,000 tonnes of diesel fuel.",
     [(1_500_000, "capacity", 2024), (560_000, "capacity", None), (670_000, "capacity", None)]),  # design, stated now
    ("When fully operational, the Orda Auto plant will assemble 50,000 cars a year.", [(50_000, "capacity", None)]),
    ("The first phase comprises:\n* an MDF line with a capacity of 475 thousand cubic metres a year;\n"
     "* a laminate flooring line for 20 million square metres a year.",
     [(475_000, "capacity", None), (20_000_000, "capacity", None)]),
    ("Orda Auto's new mill can make 400,000 cubic metres of MDF a year.\nNext steps, according to the company:\n"
     "* 2026 - a particle board line of 725,000 cubic metres a year;\n"
     "* 2027-2028 - an OSB line of 575,000 cubic metres a year.",
     [(400_000, "capacity", 2024), (725_000, "capacity", 2026), (575_000, "capacity", None)]),
])
def test_a_site_s_design(text: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(text).production] == rows


# numbers that name a kind of product, not a count: grades, models, classes, types; a figure after
# the label and the ones coordinated with it are no output, the real figure beside them stays
@pytest.mark.parametrize("sentence, rows", [
    ("The Shymkent mill can make 1.2 million tonnes of cement a year and turns out grades 400, 500 and 600.",
     [(1_200_000, "capacity")]),
    ("The kiln is rated at 900,000 tonnes a year; it makes grades 300 and 400 of cement.", [(900_000, "capacity")]),
    ("Orda Auto built 42,000 cars in 2023, mostly the model 2107 and model 2121.", [(42_000, "actual")]),
    ("The Karaganda works produced 2 million tonnes of rebar of class 500 and 600.", [(2_000_000, "actual")]),
    ("Altyn Tyre makes 3 million tyres a year in sizes 13 to 17 inches, type 1 and type 2.", [(3_000_000, "actual")]),
])
def test_a_number_that_names_a_grade_or_model_is_no_output(sentence: str, rows: list) -> None:
    assert _kinds(sentence) == rows


def test_a_count_after_a_grade_word_and_other_words_stays() -> None:
    assert _kinds("Across all grades the mill produced 800,000 tonnes of cement in 2023.") == [(800_000, "actual")]


# an enumeration of figures after a sales or delivery verb: every item is sold, none made, though the
# sentence speaks of production; a made enumeration after it is output again
@pytest.mark.parametrize("sentence, rows", [
    ("Sales lagged production: Orda Auto delivered 7,400 Tenet cars, 7,800 Cobalts, 4,800 Nexias and 960 Damas.", []),
    ("Orda Auto's production grew, and dealers sold 5,100 Lacettis, 3,200 Sparks and 900 Onix.", []),
    ("Besides output, Kartli Motors shipped 2,000 sedans, 1,500 pickups and 700 vans to dealers.", []),
    ("Orda Auto produced 12,000 Nexia cars, 8,000 Cobalts and 3,000 Damas in 2023.",
     [(12_000, "actual"), (8_000, "actual"), (3_000, "actual")]),
    ("Orda Auto sold 9,000 cars and produced 12,000 Nexia cars and 8,000 Cobalts in 2023.",
     [(12_000, "actual"), (8_000, "actual")]),
])
def test_an_enumeration_shares_the_sales_verb_of_its_first_figure(sentence: str, rows: list) -> None:
    assert _kinds(sentence) == rows


# the capacity of a mine, a concentrator, a smelter or a refinery, by the verb of its trade; two
# figures coordinated after one "able to"/"can" are both capacity
@pytest.mark.parametrize("sentence, rows", [
    ("The Karaganda pit is now able to mine about 37 million tonnes and treat 32 million tonnes a year.",
     [(37_000_000, "capacity"), (32_000_000, "capacity")]),
    ("After the upgrade the mine can extract 12 million tonnes of ore a year.", [(12_000_000, "capacity")]),
    ("The Almaty concentrator can treat 20 million tonnes of ore a year.", [(20_000_000, "capacity")]),
    ("The Baku refinery could refine 6 million tonnes of crude a year.", [(6_000_000, "capacity")]),
    ("The Shymkent smelter can smelt 400,000 tonnes of copper a year.", [(400_000, "capacity")]),
    ("In 2023 the Karaganda pit mined 30 million tonnes of ore.", [(30_000_000, "actual")]),
])
def test_capacity_by_the_verb_of_an_extracting_trade(sentence: str, rows: list) -> None:
    assert _kinds(sentence) == rows


def test_no_site_no_output_for_a_count_of_treated_people() -> None:
    assert _kinds("The clinic can treat 500 patients a day.") == []


# a site built or designed for a number of things is sized by it, with or without "a year"
@pytest.mark.parametrize("sentence, rows", [
    ("We built the plant for 30,000 cars.", [(30_000, "capacity")]),
    ("Orda Auto designed the Shymkent factory for 45,000 vehicles.", [(45_000, "capacity")]),
    ("The company set up a new assembly line for 5,000 tractors.", [(5_000, "capacity")]),
    ("Kartli Motors planned its Kutaisi plant for 20,000 cars a year.", [(20_000, "capacity")]),
    ("The plant was built for 60,000 cars.", [(60_000, "capacity")]),
])
def test_a_site_built_for_a_number_is_its_capacity(sentence: str, rows: list) -> None:
    assert _kinds(sentence) == rows


@pytest.mark.parametrize("sentence", [
    "Orda Auto bought the plant for 30,000 cars' worth of debt.",
    "We built the plant for 300 workers and their families.",
])
def test_a_site_bought_or_staffed_is_not_sized(sentence: str) -> None:
    assert _kinds(sentence) == []


# a counted set of makers is the industry's sum, no one firm's, even when the firms are named beside it
@pytest.mark.parametrize("sentence", [
    "Over 2023 the three manufacturers turned out 96,000 cars, Orda Auto among them.",
    "The two listed carmakers - Orda Auto and Steppe Motors - together built 46,000 vehicles in 2023.",
    "In 2023 all four producers, led by Altyn Tyre, made 2 million tyres.",
    "The country's five assemblers built 80,000 cars in 2023, said Orda Auto's chief.",
])
def test_a_counted_set_of_makers_is_no_one_firm(sentence: str) -> None:
    assert [r.company_name for r in facts_of(sentence).production] == [None]


@pytest.mark.parametrize("sentence, company", [
    ("Orda Auto, one of the three manufacturers, turned out 42,000 cars in 2023.", "Orda Auto"),
    ("Orda Auto built 42,000 cars in 2023 at the two plants it runs.", "Orda Auto"),
])
def test_one_maker_among_several_keeps_its_figure(sentence: str, company: str) -> None:
    assert [r.company_name for r in facts_of(sentence).production] == [company]


# a year named by reference to one written before it, in the figure's paragraph
def _years(text: str) -> list[tuple]:
    return [(r.quantity, r.target_year) for r in facts_of(text).production]


@pytest.mark.parametrize("text, expected", [
    ("In May 2019 Steppe Motors began assembling pickups in Kostanay. By the end of that year "
     "4,200 pickups had rolled off the line.", [(4200, 2019)]),
    ("The Navoi smelter was relaunched in 2018 and produced 35,000 tonnes of copper that same year.",
     [(35_000, 2018)]),
    ("Altyn Tyre opened its Jizzakh works in March 2020. The works made 600,000 tyres the same year, "
     "the company said.", [(600_000, 2020)]),
    ("The Mary fertiliser complex was commissioned in 2015. It turned out 290,000 tonnes of urea "
     "in its first year.", [(290_000, 2015)]),
    ("Production in Brest started in 2017; the plant built some 9,000 buses in its first year, "
     "according to the ministry.", [(9000, 2017)]),
])
def test_that_year_and_its_first_year_take_the_year_written_before(text: str, expected: list) -> None:
    assert _years(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a first year still to come is no known year
    ("The plant opens in 2026. In its first year of operation it is to produce 12,000 cars.",
     [(12_000, None)]),
    # no year written before in the paragraph
    ("Output rose sharply. By the end of that year the mill had made 80,000 tonnes of steel.",
     [(80_000, None)]),
    # a year in another paragraph is another topic
    ("Orda Auto was founded in 2009.\n\nBy the end of that year the plant had assembled 5,000 cars.",
     [(5000, None)]),
    # a year of the figure's own wins
    ("Steppe Motors started in 2019 and in 2021 made 7,000 trucks, more than that year.",
     [(7000, 2021)]),
])
def test_a_year_referred_to_needs_one_written_in_the_paragraph(text: str, expected: list) -> None:
    assert _years(text) == expected


# a range's low end is for the period of its high end, not for one named before the range
@pytest.mark.parametrize("text, expected", [
    ("Under the city's transport programme for 2022-2028, the firm intends to build 150 to 200 "
     "electric buses in 2023, its analyst said.", [(150, 2023), (200, 2023)]),
    ("For 2022-2026 the works expects to turn out 3 to 4 million tyres in 2024, its director said.",
     [(3_000_000, 2024), (4_000_000, 2024)]),
    ("Orda Auto made 12,000 cars in 2022 and 15,000 to 16,000 cars in 2023.",
     [(12_000, 2022), (15_000, 2023), (16_000, 2023)]),
    # near-miss: two figures that are no range keep their own periods
    ("Orda Auto made 12,000 cars in 2022 and 16,000 cars in 2023.", [(12_000, 2022), (16_000, 2023)]),
    ("In 2021 the mill made 650-660 thousand tonnes of steel.", [(650_000, 2021), (660_000, 2021)]),
])
def test_a_range_s_low_end_takes_the_period_of_its_high_end(text: str, expected: list) -> None:
    assert _years(text) == expected


# a period in a bracketed aside that holds a figure of its own is that figure's: the figure before
# the bracket keeps the period of its own clause ("by 2030")
@pytest.mark.parametrize("sentence, year", [
    ("By 2030 Orda Auto intends to make 60,000 cars a year with a smaller workforce (12,754 employees in 2020).", 2030),
    ("By 2028 the Shymkent plant is to turn out 45,000 trucks a year (31,200 in 2023).", 2028),
    ("In 2027 Steppe Motors plans to assemble 20,000 buses (against 14,500 in 2024).", 2027),
    ("Orda Auto expects to build 80,000 cars in 2026 (its staff numbered 3,100 in 2024).", 2026),
    # near-misses: an aside with no figure of its own, or a figure whose own period is in the bracket
    ("Orda Auto intends to make 60,000 cars a year (from 2030).", 2030),
    ("Orda Auto made 60,000 cars (in 2023), its best year.", 2023),
])
def test_a_period_in_an_aside_with_its_own_figure_is_not_the_figures(sentence: str, year: int) -> None:
    rows = facts_of(sentence).production
    assert [r.target_year for r in rows][:1] == [year]


# a capacity whose sentence names only the year its site is to go into service: the capacity is the
# site's from that year (one that went into service before the article has no year: see
# test_facts_production.test_what_a_site_or_stage_can_make)
@pytest.mark.parametrize("sentence, year", [
    ("Orda Auto is building a plant with a capacity of 60,000 cars a year, which the government expects "
     "to commission in 2029.", 2029),
    ("Orda Auto's new plant, to be commissioned in 2029, will have a capacity of 60,000 cars a year.", 2029),
    ("Steppe Motors plans a bus plant able to make 6,000 buses a year that is due to open in 2027.", 2027),
    ("A cement kiln with a capacity of 900,000 tonnes a year will be launched by 2026 in Shymkent.", 2026),
    ("The second stage, able to produce 40,000 tonnes a year, should come on stream in 2028.", 2028),
    # near-misses: no service year (a year of something else, or none), two service years
    ("Orda Auto is building a plant with a capacity of 60,000 cars a year; talks began in 2021.", None),
    ("Steppe Motors plans a bus plant able to make 6,000 buses a year.", None),
    ("The first stage opened in 2025 and the second is to open in 2028; together they can make 60,000 cars a year.",
     None),
    ("The second line, opened in 2022, is to produce 40,000 tractors a year.", None),     # published in 2024
])
def test_a_capacity_takes_the_year_its_site_goes_into_service(sentence: str, year: int | None) -> None:
    rows = [r for r in facts_of(sentence).production if r.target_kind == "capacity"]
    assert [r.target_year for r in rows] == [year]


# a plan for "the full year" is for the year the text reports on (a first-quarter report's year), else,
# with no period in force, the year of publication
@pytest.mark.parametrize("text, year", [
    ("Orda Auto built 30,000 cars in the first quarter of 2023. The company expects output for the full year "
     "to reach 120,000 cars.", 2023),
    ("Steppe Motors made 2,100 buses in January-June 2022. Full-year production is forecast at 4,500 buses.", 2022),
    ("Orda Auto built 30,000 cars in January-March 2023. Output for the year as a whole is to reach 120,000 cars.",
     2023),
    ("Orda Auto expects full-year output of 120,000 cars.", 2024),       # published in 2024
    # near-misses: no word for the whole year, no period in force; a year's worth, no calendar year
    ("Orda Auto expects output to reach 120,000 cars.", None),
    ("Over a full year, Orda Auto expects to build 120,000 cars.", None),
])
def test_a_full_year_plan_takes_the_year_of_the_period_reported(text: str, year: int | None) -> None:
    rows = [r for r in facts_of(text).production if r.target_kind == "plan"]
    assert [r.target_year for r in rows] == [year]


# a yearly figure after a daily one, both objects of one modal of making: the modal sizes both (the
# daily rate is no annual figure); the verb inside "can make" / "is able to produce" is no cue of its own
@pytest.mark.parametrize("sentence", [
    "The Shymkent plant can make 5,000 tonnes of clinker a day and 2 million tonnes of cement a year.",
    "The Shymkent plant is able to produce 5,000 tonnes of clinker a day and 2 million tonnes of cement a year.",
    "The Karaganda mill can turn out 6,000 tonnes of clinker a day and 2 million tonnes of cement annually.",
    "The Shymkent works could produce 5,500 tonnes of clinker per day and 2 million tonnes of cement per year.",
    "The kiln in Almaty will be able to make 5,000 tonnes of clinker a day and 2 million tonnes of cement a year.",
])
def test_a_modal_of_making_sizes_a_yearly_figure_after_a_daily_one(sentence: str) -> None:
    assert _kinds(sentence) == [(2_000_000, "capacity")]


@pytest.mark.parametrize("sentence", [
    # near-misses: a past verb states output, the modal is in another clause
    "The Shymkent plant made 5,000 tonnes of clinker a day and 2 million tonnes of cement in 2023.",
    "The Shymkent plant, which can make 9,000 tonnes a day, produced 2 million tonnes of cement in 2023.",
])
def test_a_modal_of_another_clause_leaves_output_actual(sentence: str) -> None:
    assert _kinds(sentence) == [(2_000_000, "actual")]


# a figure for a whole firm, over all its sites, is no site's: it is not placed at the site under
# discussion (its country is the one the article is about)
_ABROAD_SITE = "Orda Auto, the Kazakhstan carmaker, reported results. Its plant in Kutaisi made 8,000 cars in 2023. "


@pytest.mark.parametrize("sentence, country", [
    ("For the group as a whole, output came to 52,000 cars in 2023.", "KZ"),
    ("Group-wide production reached 52,000 cars in 2023.", "KZ"),
    ("Across all its plants, Orda Auto built 52,000 cars in 2023.", "KZ"),
    ("For the company as a whole, 52,000 cars were made in 2023.", "KZ"),
    # near-misses: the site under discussion goes on
    ("It also built 52,000 trucks there in 2023.", "GE"),
    ("The group's plant made 52,000 engines in 2023.", "GE"),
])
def test_a_figure_for_the_whole_group_is_at_no_one_site(sentence: str, country: str) -> None:
    rows = [r for r in facts_of(_ABROAD_SITE + sentence).production if r.quantity == 52_000]
    assert [(r.country_code, r.plant_city) for r in rows] == [(country, None if country == "KZ" else "Kutaisi")]


# a site raised to a yearly rate is what the site can make; a figure listed after it rates the same site
@pytest.mark.parametrize("sentence, quantities", [
    ("The first stage should bring the Shymkent plant to 120 thousand tonnes of ammonia and 200 thousand "
     "tonnes of urea a year.", [120_000, 200_000]),
    ("The upgrade will take the Karaganda mill to 500,000 tonnes of steel annually.", [500_000]),
    ("Orda Auto plans to expand the factory to 60,000 cars a year.", [60_000]),
    ("The investor is to lift the smelter to 90,000 tonnes of zinc per year.", [90_000]),
])
def test_a_site_raised_to_a_yearly_rate_is_capacity(sentence: str, quantities: list[int]) -> None:
    rows = facts_of(sentence).production
    assert [(r.quantity, r.target_kind, r.basis) for r in rows] == [(q, "capacity", "annual") for q in quantities]


@pytest.mark.parametrize("sentence", [
    # near-misses: no yearly rate (a level reached in a year), a head count
    "The new owner brought the plant to 40,000 cars in 2023.",
    "The new owner will bring the plant's workforce to 1,200 people a year from now.",
])
def test_a_site_raised_to_no_yearly_rate_is_no_capacity(sentence: str) -> None:
    assert [r.target_kind for r in facts_of(sentence).production if r.target_kind == "capacity"] == []


# "and (still) had to import": a predicate of need after the figure opens a clause of its own; its
# trade verb says nothing of the figure before it
@pytest.mark.parametrize("sentence", [
    "In 2015 Kazakhstan made 1.4 million tonnes of cement and still had to import.",
    "In 2015 Kazakhstan made just 1.4 million tonnes of cement for the whole year and still had to import from abroad.",
    "In 2015 Orda Auto built 1.4 million tyres and needed to buy more abroad.",
    "In 2015 Kazakhstan produced 1.4 million tonnes of steel and also had to import some from Russia.",
])
def test_a_need_to_import_after_output_leaves_the_output(sentence: str) -> None:
    assert [(r.quantity, r.target_year) for r in facts_of(sentence).production] == [(1_400_000, 2015)]


@pytest.mark.parametrize("sentence", [
    # near-misses: the figure's own verb is trade
    "In 2015 Kazakhstan exported 1.4 million tonnes of cement and had to cut output.",
    "In 2015, 1.4 million tonnes of cement were imported.",
])
def test_traded_figures_before_a_need_clause_are_no_output(sentence: str) -> None:
    assert facts_of(sentence).production == []


# a text that announces a report of output for a period ("published its output figures for 2019"):
# its later figures that name no period of their own are for that period
@pytest.mark.parametrize("text, year", [
    ("Steppe Metals today published its output figures for 2022. Nickel production reached 41,000 tonnes.", 2022),
    ("Orda Auto released production results for the year 2021. The company built 58,000 cars.", 2021),
    ("Steppe Metals issued its production update for 2020. Several sites were upgraded. "
     "Zinc output came to 12,500 tonnes.", 2020),
    ("Orda Auto has published its production data covering 2019. Output of buses was 3,400 units.", 2019),
    # near-misses: a plan for a year reports nothing made; figures of another kind; no period after "for"
    ("Steppe Metals approved a production plan for 2030. Nickel production reached 41,000 tonnes.", None),
    ("Steppe Metals published its export figures for 2022. Nickel production reached 41,000 tonnes.", None),
    ("Steppe Metals published its output figures for the nickel division. Nickel production reached 41,000 tonnes.",
     None),
])
def test_a_report_of_output_gives_its_period_to_figures_without_one(text: str, year: int | None) -> None:
    rows = [r for r in facts_of(text).production if r.target_kind == "actual"]
    assert [r.target_year for r in rows] == [year]


@pytest.mark.parametrize("text, year", [
    # a figure's own period wins over the report's; a yearly rate is no figure of the report's period
    ("Steppe Metals today published its output figures for 2022. In 2021 nickel production reached 39,000 tonnes.",
     2021),
])
def test_a_figure_with_its_own_period_keeps_it_in_a_report(text: str, year: int) -> None:
    rows = [r for r in facts_of(text).production if r.target_kind == "actual"]
    assert [r.target_year for r in rows] == [year]


# a headline or lead that states output for one past period ("zinc output falls 12% in 2022", "produced
# less zinc last year"): a later output figure that names no period of its own is for it
@pytest.mark.parametrize("title, lead, year", [
    ("Steppe Metals' zinc output falls 12% in 2022", "Steppe Metals published a short note.", 2022),
    ("Steppe Metals cuts costs", "Steppe Metals produced less zinc last year, its owner said.", 2023),
    ("Orda Auto output at a record in January-April", "Orda Auto built more cars than ever.", 2024),
    # near-misses: a future period is no report; two periods name none; a period of another subject
    ("Orda Auto to produce more cars in 2026", "The company is hiring.", None),
    ("Orda Auto output up in 2023 after a weak 2022", "The company is hiring.", None),
    ("Orda Auto opened an office in 2022", "The company is hiring.", None),
])
def test_a_headline_or_lead_of_output_gives_its_period(title: str, lead: str, year: int | None) -> None:
    text = f"{title}\n\n{lead}\n\nTotal output of the company was 41,000 units, the report says."
    rows = [r for r in facts_of(text, title=title).production if r.quantity == 41_000]
    assert [r.target_year for r in rows] == [year]


def test_a_figure_after_a_level_compared_keeps_the_level_period() -> None:
    # "912 thousand ounces (about 28.4 tonnes), only 1 percent below the 925 thousand ounces of 2021":
    # the year after the base is the base's, not the level's
    text = ("Steppe Metals said gold output fell slightly in 2022.\n\nSteppe Metals produced 912 thousand ounces "
            "(about 28.4 tonnes) of gold, only 1 percent below the 925 thousand ounces of 2021.")
    rows = {r.quantity: r.target_year for r in facts_of(text, published=date(2023, 2, 2)).production}
    assert rows == {912_000: 2022, 28.4: 2022, 925_000: 2021}
