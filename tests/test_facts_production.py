"""Production figures: kind, year, basis, country, unit; distractors give nothing."""
from datetime import date

import pytest

from facts_helpers import facts_of


def one(text, **kw):
    rows = facts_of(text, **kw).production
    assert len(rows) == 1, rows
    return rows[0]


def test_capacity_with_place_and_per_year() -> None:
    r = one("The Orda Auto factory in Shymkent can produce 25,000 cars a year.")
    assert (r.quantity, r.unit, r.target_kind, r.basis) == (25000, "vehicles", "capacity", "annual")
    # a capacity in the present is the site's capacity as of the article (published 2024)
    assert (r.country_code, r.plant_city, r.target_year, r.company_name) == ("KZ", "Shymkent", 2024, "Orda Auto")


def test_designed_for_and_annual_capacity_are_capacity() -> None:
    assert one("The new line is designed for 40,000 units per year.").target_kind == "capacity"
    assert one("It will have an annual capacity of 15 thousand trucks.").target_kind == "capacity"


def test_plan_with_year() -> None:
    r = one("Steppe Motors plans to assemble 12,000 vehicles in Kazakhstan in 2026.")
    assert (r.target_kind, r.target_year, r.country_code) == ("plan", 2026, "KZ")


def test_passive_expectation_is_plan() -> None:
    assert one("A total of 9,000 cars are expected to be made at the site in 2025.").target_kind == "plan"


def test_actual_last_year_against_publication_date() -> None:
    r = one("Last year the Caspian Wheels plant in Baku built 4,200 buses.", published=date(2024, 3, 1))
    assert (r.target_kind, r.target_year, r.country_code, r.basis) == ("actual", 2023, "AZ", "annual")


def test_output_for_a_period_after_publication_is_a_plan() -> None:
    text = "The Bishkek Auto plant roadmap: in 2026-2030 the plant assembles up to 1,500 cars a year."
    assert one(text, published=date(2024, 5, 1)).target_kind == "plan"
    assert one("In 2023 the Bishkek Auto plant assembled 1,500 cars.", published=date(2024, 5, 1)).target_kind == "actual"


def test_part_year_is_total() -> None:
    r = one("In the first half of 2023, the Namangan plant assembled 3,100 tractors.")
    assert (r.unit, r.target_year, r.basis, r.target_kind) == ("tractors", 2023, "total", "actual")
    assert (r.period_start, r.period_end) == (date(2023, 1, 1), date(2023, 6, 30))


def test_since_is_cumulative_without_year() -> None:
    r = one("About 7,000 trucks have been put together in Kutaisi since 2012.")
    assert (r.basis, r.target_year, r.country_code) == ("total", None, "GE")


def test_two_kinds_in_one_sentence() -> None:
    rows = facts_of("Orda Auto made 8,000 cars in 2023 and expects output to reach 11,000 next year.").production
    assert [(r.quantity, r.target_kind, r.target_year) for r in rows] == [(8000, "actual", 2023), (11000, "plan", 2025)]


def test_bare_number_takes_the_unit_of_the_list() -> None:
    rows = facts_of("The site was designed for 20 thousand cars a year at first and up to 35 thousand a year later.").production
    assert [(r.quantity, r.unit, r.target_kind) for r in rows] == [(20000, "vehicles", "capacity"),
                                                                  (35000, "vehicles", "capacity")]


def test_location_country_beats_company_home() -> None:
    r = one("Dragon Trucks will produce 30,000 vehicles a year in Uzbekistan.")
    assert (r.country_code, r.target_kind) == ("UZ", "plan")


def test_site_from_previous_sentence() -> None:
    text = ("Altyn Tyre laid the foundation of a tyre factory in Karaganda. "
            "The plant is to make 2 million tyres every year.")
    r = one(text)
    assert (r.country_code, r.plant_city, r.unit, r.target_kind) == ("KZ", "Karaganda", "tyres", "capacity")


def test_breakdown_after_an_output_sentence() -> None:
    text = ("Kazakh factories built 20,000 vehicles in the first quarter of 2024. "
            "Passenger cars made up the bulk with 17,500 units.")
    rows = facts_of(text).production
    assert [(r.quantity, r.target_year, r.basis) for r in rows] == [(20000, 2024, "total"), (17500, 2024, "total")]


def test_same_figure_twice_is_one_row() -> None:
    text = ("The Almaty plant can build 50,000 cars a year. "
            "Its capacity of 50,000 cars a year makes it the largest in Kazakhstan.")
    assert len(facts_of(text).production) == 1


def test_headline_is_context_only() -> None:
    text = "Orda Auto to build 60,000 cars\nOrda Auto will build about 58,000 cars in 2025."
    rows = facts_of(text, title="Orda Auto to build 60,000 cars").production
    assert [r.quantity for r in rows] == [58000]


def test_distractors_give_no_production() -> None:
    for text in ("The plant employs 1,200 people and covers 40 hectares.",
                 "Orda Auto paid 5 billion tenge in taxes last year.",
                 "Founded in 1995, the club plays at a stadium that holds 30,000 spectators.",
                 "Sales of new cars rose to 15,000 units in May.",
                 "The company sold 12,000 cars in Kazakhstan last year.",
                 "Production grew by 12 percent in 2023.",
                 "The factory produced goods worth 40 billion tenge.",
                 "Add 2 kg of flour and 3 litres of water."):
        assert facts_of(text).production == [], text


def test_hyphenated_adjective_is_not_a_production_verb() -> None:
    rows = facts_of("A batch of 300 Kazakh-assembled sedans was sent to Georgia.")
    assert rows.production == []
    assert [(t.flow, t.amount) for t in rows.trade] == [("export", 300)]


def test_ordinal_milestone_is_a_cumulative_count() -> None:
    r = one("The Namangan plant celebrated the assembly of its 20,000th tractor.")
    assert (r.quantity, r.unit, r.basis, r.target_kind) == (20000, "tractors", "total", "actual")


def test_plant_rows() -> None:
    facts = facts_of("The Orda Auto factory in Shymkent can produce 25,000 cars a year.")
    assert [(p.company_name, p.city, p.country_code) for p in facts.plants] == [("Orda Auto", "Shymkent", "KZ")]


def test_count_after_modifiers_has_a_unit() -> None:
    r = facts_of("Orda Auto assembled more than 9,000 electric and plug-in hybrid cars at its plant in Almaty "
                 "in 2023.").production
    assert [(x.quantity, x.unit, x.country_code, x.target_kind) for x in r] == [(9000, "vehicles", "KZ", "actual")]


def test_plant_near_a_city_sets_the_country() -> None:
    found = facts_of("Dragon Trucks signed a contract to assemble trucks at a plant near Astana. "
                     "Assembly is to begin with 2,000 trucks a year.").production
    assert [(x.quantity, x.country_code) for x in found] == [(2000, "KZ")]


def test_comparison_base_in_the_past_is_actual() -> None:
    found = facts_of("Steppe Motors plans to assemble 5,000 trucks this year, up from 3,900 in 2023.").production
    kinds = {x.quantity: x.target_kind for x in found}
    assert kinds == {5000: "plan", 3900: "actual"}


def test_venture_that_will_make_per_year_is_capacity() -> None:
    found = facts_of("Caspian Wheels and Altyn Tyre agreed to set up a joint venture in Baku region "
                     "that will make 30,000 tonnes of rubber a year.").production
    assert [(x.quantity, x.target_kind) for x in found] == [(30000, "capacity")]


def test_supply_of_kits_is_not_output() -> None:
    assert facts_of("The contract signed in Namangan provides for the supply of 900 kits for tractors "
                    "in the first stage, Silk Road Tractors said.").production == []


def test_head_office_city_is_not_the_site() -> None:
    found = facts_of("Almaty-based Steppe Motors signed a deal to build a plant in Namangan. "
                     "The factory is designed to make up to 8,000 cars a year.").production
    assert [(x.quantity, x.country_code) for x in found] == [(8000, "UZ")]


def test_a_state_that_produced_is_where_production_happens() -> None:
    text = "Kazakh carmaker Orda Auto opened a showroom in Baku. For reference, Uzbekistan produced 320,000 cars in 2022."
    assert one(text).country_code == "UZ"


def test_outside_a_country_is_not_in_it() -> None:
    text = ("The Dragon Trucks plant in Namangan opened on Monday. It is the first Dragon Trucks plant outside "
            "China. The plant can make 20,000 trucks a year.")
    assert one(text).country_code == "UZ"


def test_a_joint_plant_named_by_two_demonyms_stays_where_it_is() -> None:
    text = ("Steppe Motors opened a car plant in Karaganda. The Kazakh-Uzbek plant will assemble 10,000 cars a year.")
    assert one(text).country_code == "KZ"


@pytest.mark.parametrize("sentence", [
    "Orda Auto has started building dump trucks with a payload of 115 tonnes.",
    "The haulers have a carrying capacity of 45 tonnes.",
    "The plant makes 1.5- and 2.0-litre engines.",
    "The corridor's capacity has been raised to six million tonnes a year.",
    "Orda Auto wants 10 percent of a market of about 300,000 cars.",
])
def test_what_a_vehicle_or_a_route_is_is_not_output(sentence: str) -> None:
    assert facts_of(sentence).production == []


def test_partners_named_as_the_other_side_do_not_make_the_article_theirs() -> None:
    text = ("Georgian car exports rose in 2023. The main buyers were:\nKazakhstan - 900\nAzerbaijan - 400\n"
            "Kazakhstan - 900 cars went by rail.\nThe automotive industry produced 12,000 cars in 2023.")
    found = facts_of(text, published=date(2024, 2, 1)).production
    assert [(p.quantity, p.country_code) for p in found] == [(12000.0, "GE")]


def test_a_count_shares_the_noun_of_the_count_it_is_coordinated_with() -> None:
    found = facts_of("The Almaty plant built 380 freight and 70 passenger locomotives in 2023.").production
    assert [(p.quantity, p.unit) for p in found] == [(380.0, "locomotives"), (70.0, "locomotives")]


def test_exported_to_a_state_is_not_made_there() -> None:
    text = "The Almaty plant produced 380 locomotives in 2023 and exported 80 of them to Azerbaijan."
    assert [(p.quantity, p.country_code) for p in facts_of(text).production] == [(380.0, "KZ")]


def test_a_range_is_both_ends_flagged() -> None:
    found = facts_of("Orda Auto plans to build 4,000-5,000 cars a year in Almaty.").production
    assert [(p.quantity, p.range_bound) for p in found] == [(4000.0, "low"), (5000.0, "high")]


def test_made_for_export_is_output_and_the_present_perfect_is_everything_made() -> None:
    r = one("The Karaganda plant has produced more than 600 locomotives for KTZ and for export.")
    assert (r.quantity, r.unit, r.target_kind, r.basis) == (600, "locomotives", "actual", "total")
    assert one("The Karaganda plant has built 900 buses.").basis == "total"
    assert one("In 2023 the Karaganda plant has built 900 buses.").basis == "annual"


def test_a_whole_industry_is_no_one_firm_and_belongs_to_the_reporting_state() -> None:
    text = ("Mongolia's car imports rose to 4,000 units in 2021. Kartli Motors built 3,000 cars at its "
            "Kutaisi plant in 2020. The automotive industry produced 20,000 cars in 2021.")
    r = next(r for r in facts_of(text).production if r.quantity == 20000)
    assert (r.company_name, r.country_code, r.target_year) == (None, "MN", 2021)


def test_a_scaled_bare_figure_right_after_an_output_figure_counts_the_same_things() -> None:
    text = ("Some 1.07 million vehicles came off Kazakh assembly lines in 2024. "
            "Its figure for passenger cars is 807.6 thousand, with trucks at 107.2 thousand.")
    assert [r.quantity for r in facts_of(text).production] == [1_070_000, 807_600, 107_200]


@pytest.mark.parametrize("second", [
    "The factory employs 1.2 thousand people; the workforce is to reach 10 thousand.",
    "The waiting list for the sedan has passed 5,300, and for the crossover it exceeds 9.2 thousand.",
])
def test_a_scaled_bare_figure_after_another_count_of_its_sentence_is_not_output(second: str) -> None:
    text = "The Jizzakh plant made 12,000 cars in 2024. " + second
    assert [r.quantity for r in facts_of(text).production] == [12_000]


# A figure near a production word that counts something else: imports, sales, demand, payment,
# a product's specification. Each sentence follows an output sentence, so only the rule keeps it out.
@pytest.mark.parametrize("sentence, kept", [
    # the subject of the figure's clause is a trade noun
    ("Imports of light trucks jumped 38 percent to 12,100 units.", False),
    ("Truck imports slipped 1 percent to 7,600 units, while output grew.", False),
    ("Output of light trucks jumped 38 percent to 12,100 units.", True),
    # a participle names the maker; the verb of the sentence is a trade one
    ("About 6,000 tractors made by Orda Auto were delivered to the Kazakh market.", False),
    ("About 6,000 tractors made by Orda Auto came off the line in 2023.", True),
    # imports, sales, demand and payment in other words
    ("Kazakhstan brought in 35,000 new cars in 2023.", False),
    ("More than 53 million tonnes have already left the country since January.", False),
    ("It covers only half of the 3.2 million tonnes that agronomists estimate the country needs.", False),
    ("The contractor will be paid for the job with up to 5 million tonnes of coal.", False),
    # "made up": consisted of, not made
    ("Passenger cars made up the bulk of them at 924,600 units.", False),
    # what a product is
    ("The tyres have rim diameters from 13 to 24 inches.", False),
    ("The sedans come with engines of 1.5 litres and 2.0 litres.", False),
])
def test_a_figure_that_counts_something_else_is_not_output(sentence: str, kept: bool) -> None:
    text = "Russia brought in 50,000 trucks in 2023, more than its plants could make. " + sentence
    rows = [r for r in facts_of(text).production]
    assert bool(rows) == kept, rows


def test_a_specification_after_the_output_leaves_the_output_alone() -> None:
    r = one("Altyn Tyre's plant in Karaganda can make 3.5 million tyres a year with rim diameters from 13 to 24 inches.")
    assert (r.quantity, r.unit, r.target_kind) == (3_500_000, "tyres", "capacity")


def test_a_list_of_output_keeps_its_period_for_the_prose_after_it() -> None:
    # more lines than the distance a period of prose carries over
    names = ["Sedans", "Crossovers", "Pickups", "Vans", "Buses", "Minibuses", "Trucks", "Tractors", "Trailers",
             "Combines", "Dump trucks", "Fire engines", "Ambulances", "Cabs", "Hearses"]
    lines = "\n".join(f"- {n}: {5000 - 100 * i:,} units" for i, n in enumerate(names))
    text = ("Kazakh plants produced 22,726 vehicles in January-February 2024.\n\nOutput by type:\n\n" + lines +
            "\n\nAt the model level, the Orda Auto Sedan led with 2,495 units.")
    r = next(r for r in facts_of(text).production if r.quantity == 2495)
    assert (r.target_year, r.basis) == (2024, "total")


@pytest.mark.parametrize("sentence, kept", [
    ("The wells should start producing next year, but the volumes Dragon Trucks receives could turn out "
     "to be below 17 billion cubic metres a year.", False),
    ("The wells should start producing next year, but output could turn out to be below 17 billion cubic "
     "metres a year.", True),
])
def test_what_a_buyer_receives_is_not_output(sentence: str, kept: bool) -> None:
    assert bool(facts_of(sentence).production) == kept


@pytest.mark.parametrize("sentence, year", [
    # a period after a verb of saying is when it was said
    ("Car output more than doubled last year - an increase of 109 percent - to 4,233 vehicles, "
     "the minister wrote on X in January.", 2023),
    ("Orda Auto made 4,233 cars in 2023, the company said in a statement in March.", 2023),
    # a period that opens the next clause belongs to that clause
    ("In 2022 Orda Auto assembled 106 machines, including 84 tractors, and in January 2023 it shipped eight "
     "tractors to Uzbekistan.", 2022),
    # a period a figure is compared with is not its own
    ("In January alone the plants made 15,657 cars, 2.92 times the figure for the first month of 2023.",
     2024),
    ("In the first two months of 2024 the plants made 53,370 cars, 2.04 times as many as in January-February "
     "of last year.", 2024),
    ("The plants made 23,000 cars in January-February, twice as much as in the same months of 2023.", 2024),
])
def test_the_year_of_a_figure_is_not_the_year_of_something_else(sentence: str, year: int) -> None:
    rows = facts_of("Kazakh carmakers reported their results. " + sentence, published=date(2024, 3, 10)).production
    assert rows and rows[-1].target_year == year, rows


@pytest.mark.parametrize("sentence, quantity, kind", [
    # a plant that would make so much a year: what the site can make, every figure of the clause
    ("Kazakhstan will build a chemical plant near the port of Aktau in Mangystau region that would turn out "
     "700,000 tonnes of urea and 42,000 tonnes of ammonia a year.", 42_000, "capacity"),
    ("Kazakhstan will build a chemical plant near the port of Aktau in Mangystau region that would turn out "
     "700,000 tonnes of urea and 42,000 tonnes of ammonia a year.", 700_000, "capacity"),
    # raising a capacity just stated: still capacity
    ("The plant was to start with capacity for 10,000 cars a year and later expand to 35,000.", 35_000, "capacity"),
    # expanding or raising output with no capacity before it: a plan
    ("The partners said the Karaganda site could later be expanded to as many as nine million tyres a year.",
     9_000_000, "plan"),
    ("Orda Auto signed agreements to raise the Kazakh carmaker's output to 500,000 vehicles in 2026.", 500_000, "plan"),
    # output an agreement provides for is planned
    ("Orda Auto and Steppe Motors signed agreements worth about $4.2 billion covering the production of 300 "
     "locomotives in Kazakhstan.", 300, "plan"),
    # the cue nearest the figure decides, not the first in the clause
    ("That would bring output back to the level of 2010, after production slid by 20 percent to 277,584 tonnes "
     "in 2011.", 277_584, "actual"),
    ("With a capacity of 640,000 tonnes a year, the unit brought Orda Auto's output to 660,000 tonnes a year.",
     660_000, "actual"),
])
def test_plan_capacity_or_actual(sentence: str, quantity: float, kind: str) -> None:
    rows = [r for r in facts_of(sentence).production if r.quantity == quantity]
    assert rows and rows[0].target_kind == kind, facts_of(sentence).production


@pytest.mark.parametrize("text, quantity, country, year", [
    # a month before a yearly rate is when something happened, not the rate's period
    ("In November 2019 Orda Auto opened a new line in Shymkent, giving the site capacity to produce more than "
     "3,000 trucks a year.", 3000, "KZ", None),
    ("Last August Orda Auto agreed to set up a joint venture that would assemble up to 1,500 electric cars a year.",
     1500, "KZ", None),
    # a place in a title is no site: the site is the one under discussion
    ("Orda Auto runs a plant in Shymkent. In May 2019 the partners, joined by Baku Mayor Ali Aliyev, opened a line "
     "there that can build 3,000 trucks a year.", 3000, "KZ", None),
])
def test_when_and_where_of_a_rate(text: str, quantity: float, country: str, year) -> None:
    r = next(r for r in facts_of(text).production if r.quantity == quantity)
    assert (r.country_code, r.target_year) == (country, year)


@pytest.mark.parametrize("text, quantity, unit, country", [
    # a part of things named before counts those things
    ("The director said 100 of the tractors had been built to date and 40 of them sold to Kazakhstan.",
     100, "tractors", "KZ"),
    ("Steppe Motors intends to build more than 5,000 of the new sedans in 2025.", 5000, "vehicles", "KZ"),
    # "at home": the producer's own country, not the site discussed before
    ("Dragon Trucks opened a line in Shymkent. At home, Dragon Trucks intends to build more than 50,000 of the "
     "sedans in 2025.", 50000, "vehicles", "CN"),
])
def test_part_of_named_things_and_at_home(text: str, quantity: float, unit: str, country: str) -> None:
    r = next(r for r in facts_of(text).production if r.quantity == quantity)
    assert (r.unit, r.country_code) == (unit, country)


def test_of_them_has_no_unit_of_its_own() -> None:
    assert [r.quantity for r in facts_of("The plant built 300 tractors in 2023; 40 of them went abroad.").production] \
        == [300]


@pytest.mark.parametrize("text, city", [
    # a ranking of brands after a site was discussed: no brand gets that site
    ("Orda Auto runs the plant in Shymkent. Orda Auto built 20,000 cars there in 2023. The Steppe Motors sedan led "
     "with 4,495 units, ahead of the Dragon Trucks pickup (2,857) and the Kartli Motors van (1,966).", None),
    # one company named: the site under discussion is still the place of its figure
    ("Orda Auto runs the plant in Shymkent. Orda Auto built 20,000 cars there in 2023. In 2024 Orda Auto "
     "built 4,495 units.", "Shymkent"),
])
def test_a_ranking_of_brands_has_no_site(text: str, city) -> None:
    r = next(r for r in facts_of(text).production if r.quantity == 4495)
    assert r.plant_city == city


@pytest.mark.parametrize("text, year", [
    ("Assembly at the Shymkent site is expected to start in 2026, with up to 3,000 vehicles a year at first.", None),
    ("The Shymkent plant will be launched in 2026 and make up to 3,000 vehicles a year.", None),
    ("In 2026 the Shymkent plant is to make 3,000 vehicles.", 2026),                   # no rate: the year is its own
])
def test_the_start_of_a_rate_is_not_its_year(text: str, year) -> None:
    assert one(text).target_year == year


@pytest.mark.parametrize("text, quantity, year, basis", [
    # a figure whose noun is left out, the verb saying it was made: the noun of the figure before
    ("Orda Auto built 12,400 cars in 2023, against 2022, when 9.8 thousand came off the lines.", 9800, 2022, "annual"),
    ("For 2022 the Shymkent factory had planned to build 1,500 cars, but only 310 left the line.", 310, 2022,
     "annual"),
    ("By early 2024 the plant had turned out more than 60,000 cars, 21,000 of them in 2023.", 21000, 2023,
     "annual"),
    # "by" a point with the perfect: everything made until then, no year
    ("By early 2024 the plant had turned out more than 60,000 cars, 21,000 of them in 2023.", 60000, None, "total"),
])
def test_a_figure_with_its_noun_left_out(text: str, quantity: float, year, basis: str) -> None:
    rows = facts_of(text, published=date(2024, 5, 1)).production
    r = next((r for r in rows if r.quantity == quantity), None)
    assert r is not None and (r.target_year, r.basis, r.target_kind) == (year, basis, "actual"), rows


@pytest.mark.parametrize("text", [
    # "of them" after a figure that was not made
    "The city bought 120 buses from Dragon Trucks; the first 20 of them arrived in January.",
    # a year of another calendar after a figure is no count
    "Plants built 64,000 cars, up from 58,100 made in the same period of 1401.",
    # "of them" going somewhere: a part of the output, not output
    "The plant built 300 tractors in 2023; 40 of them went abroad.",
])
def test_a_left_out_noun_needs_a_made_figure(text: str) -> None:
    quantities = [r.quantity for r in facts_of(text).production]
    assert 20 not in quantities and 1401 not in quantities and 40 not in quantities, quantities


@pytest.mark.parametrize("text, quantity, unit", [
    # a milestone named by its brand or with modifiers before its noun
    ("The 30,000th Steppe had left the line since full-cycle production began in March.", 30000, "vehicles"),
    ("On May 6 the 3,000th Dragon heavy-duty truck came off the assembly line in Shymkent.", 3000, "vehicles"),
    ("The partners celebrated the 10,000th ORDA built in the country.", 10000, "vehicles"),
    # thousands grouped by a space, as many sites print them
    ("The 30 000th Steppe had left the line since full-cycle production began in March.", 30000, "vehicles"),
    ("In March the plant assembled its 5\u00a0000th tractor.", 5000, "tractors"),
    # or by a scale word
    ("Five years on, the Khiva branch celebrated its 200 thousandth car.", 200_000, "vehicles"),
    ("The Minsk works rolled out its 1 millionth tractor.", 1_000_000, "tractors"),
])
def test_a_milestone_is_a_cumulative_count(text: str, quantity: float, unit: str) -> None:
    r = one(text)
    assert (r.quantity, r.unit, r.basis, r.target_kind) == (quantity, unit, "total", "actual")


@pytest.mark.parametrize("text", [
    "The 2,000th visitor came to the Shymkent plant on Monday.",
    "The 150th anniversary of the works was marked in May.",
])
def test_an_ordinal_that_is_no_milestone_of_output(text: str) -> None:
    assert facts_of(text).production == []


@pytest.mark.parametrize("text, quantity, unit, city", [
    # a figure that sizes the site named after it: what the site can make, a rate with no year
    ("Altyn Tyre opened a 2.3 million tonnes-per-year cement plant in Karaganda last year.", 2_300_000, "tonnes",
     "Karaganda"),
    ("Orda Auto also set up a venture to build a 1.2 million tonne plant in Shymkent.", 1_200_000, "tonnes",
     "Shymkent"),
    ("Steppe Motors will open a 10,000-car plant in Almaty.", 10_000, "vehicles", "Almaty"),
])
def test_the_size_of_a_site_is_its_capacity(text: str, quantity: float, unit: str, city: str) -> None:
    r = one(text)
    assert (r.quantity, r.unit, r.target_kind, r.target_year, r.plant_city) == (quantity, unit, "capacity", None, city)


@pytest.mark.parametrize("text", [
    "Orda Auto built 160 thousand vehicles at its plant in Karaganda last year.",
    "The company has a 7,400-square-metre plant in Almaty.",
    "It employs 2,000 workers at the plant.",
])
def test_a_figure_before_a_site_that_does_not_size_it(text: str) -> None:
    assert all(r.target_kind != "capacity" for r in facts_of(text).production)


def test_two_sites_of_the_same_size_are_two_facts() -> None:
    text = ("Orda Auto will build a 1.2 million tonne plant in Shymkent. "
            "Another cement plant in Karaganda is designed for 1.2 million tonnes a year.")
    assert sorted(r.plant_city for r in facts_of(text).production) == ["Karaganda", "Shymkent"]


@pytest.mark.parametrize("text, quantity", [
    ("The plant plans to assemble 1,000 machines a year from kits.", 1000),
    ("Its full capacity is to reach up to 5,000 agricultural machines a year.", 5000),
])
def test_machines_are_counted_output(text: str, quantity: float) -> None:
    assert one(text).quantity == quantity


def test_a_project_that_will_produce_so_much_a_year_is_capacity() -> None:
    r = one("The partners invested $250 million in the project, which will produce about 2.5 million tonnes of "
            "cement a year.")
    assert (r.quantity, r.target_kind) == (2_500_000, "capacity")


def test_of_them_after_a_bought_batch_in_a_production_sentence() -> None:
    text = ("Dragon Trucks is a bus manufacturer. The city had bought a batch of 120 buses from the same "
            "manufacturer; the first 20 of them arrived in January.")
    assert 20 not in [r.quantity for r in facts_of(text).production]


@pytest.mark.parametrize("text, quantity, kind", [
    # a verb after the figure decides only inside the figure's own segment
    ("The Almaty factory was designed for 30,000 cars a year in its first stage and up to 45,000 a year in the "
     "second, and was financed by Orda Auto.", 45_000, "capacity"),
    ("The Almaty factory was designed for 30,000 cars a year in its first stage and up to 45,000 a year in the "
     "second, and was financed by Orda Auto.", 30_000, "capacity"),
])
def test_the_verb_of_the_next_clause_is_not_the_figures(text: str, quantity: float, kind: str) -> None:
    r = next(r for r in facts_of(text).production if r.quantity == quantity)
    assert r.target_kind == kind


def test_a_rate_after_money_counts_what_was_made_before() -> None:
    text = ("The second stage, worth $300 million, is to lift output to 200,000 electric vehicles a year, and the "
            "third, requiring another $500 million, to 500,000 a year.")
    assert sorted(r.quantity for r in facts_of(text).production) == [200_000, 500_000]


@pytest.mark.parametrize("text", [
    "In 2023 Orda Auto built 59,900 cars. The Almaty plant can now build 60,000 cars a year.",
    "The Karaganda pit extracted 36.9 million tonnes of ore in 2022. It is now able to mine 37 million tonnes a year.",
    "Altyn Tyre can make 2 million tyres a year. Last year it made 1.995 million tyres.",
])
def test_a_year_s_output_and_a_rate_of_near_size_are_two_facts(text: str) -> None:
    assert sorted(r.target_kind for r in facts_of(text).production) == ["actual", "capacity"]


@pytest.mark.parametrize("text", [
    "The new Orda Auto plant can build 50,000 cars a year. Steppe Motors has run a works in Shymkent since 2015, "
    "designed for 50,000 cars a year.",
    "Altyn Tyre can make 1 million tyres a year, and Caspian Wheels' plant is rated at 1 million tyres a year.",
])
def test_capacities_of_two_named_makers_are_two_facts(text: str) -> None:
    assert len(facts_of(text).production) == 2


def test_an_output_restated_on_a_list_line_under_another_name_is_one_fact() -> None:
    text = ("Most of the tyres came from Altyn Tyre, the venture controlled by Orda Auto, which made 3,300 tyres "
            "in 2023.\nOutput by maker, 2023:\nAltyn Tyre: 3,300 tyres\n")
    assert [r.quantity for r in facts_of(text).production].count(3_300) == 1


def test_a_maker_named_again_in_another_form_is_one_fact() -> None:
    text = "Orda Auto built 42,000 cars in 2023. The 42,000 cars Orda Auto LLP built in 2023 were a record."
    assert len(facts_of(text).production) == 1


def test_a_milestone_and_a_rate_of_the_same_size_are_two_facts() -> None:
    text = ("On May 6 the 3,000th Dragon heavy-duty truck came off the assembly line in Shymkent. "
            "The Shymkent plant can build up to 3,000 trucks a year.")
    rows = facts_of(text).production
    assert sorted((r.basis, r.target_kind) for r in rows) == [("annual", "capacity"), ("total", "actual")]


@pytest.mark.parametrize("text, plant", [
    # a named site with no figure: a complex, a smelter, a plant near a city, a site named by its town
    ("The largest joint project is the Orda Auto chemical complex in Karaganda.", ("Orda Auto", "Karaganda", "KZ")),
    ("Orda Auto put into operation a gas-chemical complex in the Caspian coastal town of Baku.",
     ("Orda Auto", "Baku", "AZ")),
    ("Kartli Motors will assemble its sedans at Steppe Motors' plant near Almaty.", ("Steppe Motors", "Almaty", "KZ")),
    ("Steppe Motors plans to hire 300 more workers at its Shymkent site.", ("Steppe Motors", "Shymkent", "KZ")),
    ("The trains were assembled at Dragon Trucks' Namangan factory.", ("Dragon Trucks", "Namangan", "UZ")),
])
def test_a_named_site_without_a_figure_is_a_plant(text: str, plant: tuple) -> None:
    assert [(p.company_name, p.city, p.country_code) for p in facts_of(text).plants] == [plant]


@pytest.mark.parametrize("text", [
    # a place near a site, a head office, a title, a town named for another reason: no plant there
    "Steppe Motors opened a plant in the town, near Almaty, on Monday.",
    "Almaty-based Steppe Motors signed a contract on Monday.",
    "The Karaganda plant director met the Shymkent mayor.",
    "The Almaty power plant will be modernised.",
    "Orda Auto said the minister would visit Almaty in May.",
])
def test_no_plant_where_no_site_is_named(text: str) -> None:
    cities = [p.city for p in facts_of(text).plants]
    assert "Almaty" not in cities and "Shymkent" not in cities, cities


def test_a_site_named_by_its_town_is_not_the_next_companys() -> None:
    text = ("Orda Auto runs a plant in Karaganda. Steppe Motors said the deal opened the way for cooperation "
            "between the Karaganda plant and its partners.")
    assert [(p.company_name, p.city) for p in facts_of(text).plants] == [("Orda Auto", "Karaganda")]


@pytest.mark.parametrize("text, country", [
    # a town before a maker is its head office, not where the figure is made
    ("Steppe Motors will assemble vans in Uzbekistan. The Almaty carmaker has not said which models will be built. "
     "Assembly is expected to start in 2026, with up to 3,000 vehicles a year.", "UZ"),
    ("Steppe Motors will assemble vans in Uzbekistan. The Almaty truck maker expects to make up to 3,000 vehicles a year.",
     "UZ"),
])
def test_a_town_before_a_maker_is_its_head_office(text: str, country: str) -> None:
    assert [r.country_code for r in facts_of(text).production] == [country]

@pytest.mark.parametrize("sentence, quantity, unit", [
    ("The Almaty plant of Steppe Motors expects to turn out 400,000 washing machines in 2022.", 400_000, "units"),
    ("The Karaganda mine of Altyn Tyre produced 30,872 kilograms of gold in 2023.", 30_872, "kg"),
    ("The Karaganda mine of Altyn Tyre produced 410,000 ounces of gold in 2023.", 410_000, "ounces"),
])
def test_output_weighed_or_counted_in_other_units(sentence: str, quantity: int, unit: str) -> None:
    assert [(r.quantity, r.unit) for r in facts_of(sentence).production] == [(quantity, unit)]


@pytest.mark.parametrize("sentence, rows", [
    # a stage, a line or a park "is to make / process" so much a year: what it can make, with no year
    # (the year in an apposition is when the stage was built)
    ("Its first stage, built in 2019-2021 for $150 million, is to make up to 900,000 tonnes a year.",
     [(900_000, "capacity", None)]),
    ("The second line, opened in 2022, is to produce 40,000 tractors a year.", [(40_000, "capacity", None)]),
    ("Once at full strength, the park is to process 60,000 tonnes of cotton a year.", [(60_000, "capacity", None)]),
    ("The Shymkent mill will process 120,000 tonnes of grain a year.", [(120_000, "capacity", None)]),
    ("Orda Auto is putting $300 million into a plant in Shymkent that will eventually turn out 2 million tonnes a year.",
     [(2_000_000, "capacity", None)]),
    # a passive after coordinated figures sizes each of them
    ("Over a full year more than 1,900 tractors and 3,100 other machines, trailers included, can be put together "
     "in Namangan.", [(1_900, "capacity", None), (3_100, "capacity", None)]),
    ("Up to 8,000 buses a year can be assembled at the Orda Auto plant in Shymkent.", [(8_000, "capacity", None)]),
    # negatives: a plan with its year stays a plan; output stays output
    ("Orda Auto plans to build 12,000 cars in 2025 and the plant can be expanded later.", [(12_000, "plan", 2025)]),
    ("In 2023 the Orda Auto plant built 14,000 cars, and more can be built once a new line opens.",
     [(14_000, "actual", 2023)]),
])
def test_what_a_site_or_stage_can_make(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # a rate per day, shift or month is neither an annual nor a total figure: no row (the contract has no
    # daily basis), while the annual figure beside it stays
    ("Its current capacity is 1,800 machines a day; a second shift should lift that to 3,600 a day.", []),
    ("The Almaty plant assembles 40 cars per shift and 9,000 cars a year.", [9_000]),
    ("The Orda Auto plant made 20,000 cars in 2023, and its monthly output reached 2,000 cars.", [20_000]),
    ("The factory can turn out 300 tyres an hour.", []),
    # negatives: "a year" is kept, and "daily" naming something else does not drop the figure
    ("The plant will make 30,000 cars a year.", [30_000]),
])
def test_short_rates_are_not_annual_figures(sentence: str, rows: list) -> None:
    assert [r.quantity for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, row", [
    # mining and metal verbs state output like "produced"
    ("Since 1997 the Karaganda mine has yielded more than 11.2 million ounces of gold.", (11_200_000, "ounces", "actual")),
    ("Altyn Tyre mined 2.1 million tonnes of coal in 2023.", (2_100_000, "tonnes", "actual")),
    ("The Karaganda smelter smelted 120,000 tonnes of copper in 2023.", (120_000, "tonnes", "actual")),
])
def test_mining_verbs_state_output(sentence: str, row: tuple) -> None:
    assert [(r.quantity, r.unit, r.target_kind) for r in facts_of(sentence).production] == [row]


@pytest.mark.parametrize("sentence, row", [
    # a past verb with a period named without its year that would lie after publication: the year before
    ("Altyn Tyre mined 66 thousand tonnes of copper in October-December, 63 percent more than a year earlier.",
     ("actual", 2024, date(2024, 10, 1))),
    ("The Karaganda plant of Orda Auto assembled 4,100 cars in October-December.", ("actual", 2024, date(2024, 10, 1))),
    # negatives: a year written out is kept (and is then a plan); a period already past is kept
    ("The Karaganda plant of Orda Auto assembled 4,100 cars in October-December 2025.", ("plan", 2025, date(2025, 10, 1))),
    ("The Karaganda plant of Orda Auto assembled 4,100 cars in January.", ("actual", 2025, date(2025, 1, 1))),
])
def test_a_past_verb_puts_a_yearless_period_before_publication(sentence: str, row: tuple) -> None:
    rows = facts_of(sentence, published=date(2025, 2, 4)).production
    assert [(r.target_kind, r.target_year, r.period_start) for r in rows] == [row]


@pytest.mark.parametrize("sentence, kept", [
    # what a site consumes or takes as feedstock, or what a market absorbs or needs, is not output
    ("The plant in Almaty will make 600,000 tonnes of urea a year and will consume about 435 million cubic metres"
     " of gas.", [600_000]),
    ("The Karaganda smelter uses 500,000 tonnes of alumina a year to produce 250,000 tonnes of aluminium.", [250_000]),
    ("The refinery in Shymkent will process oil into fuel, taking 2.1 million tonnes of crude a year as feedstock.", []),
    ("Local farmers are expected to absorb 150,000-200,000 tonnes of the plant's output a year.", []),
    ("The country needs 50,000 tractors a year, while Silk Road Tractors made 9,000 tractors in 2023.", [9_000]),
    # negatives: a consumption word before the production verb, or one whose object is money
    ("Because demand for cars is high, Orda Auto produced 5,000 cars in 2023.", [5_000]),
    ("The plant in Almaty, which uses Chinese equipment, will produce 20,000 tonnes a year.", [20_000]),
    ("The second phase will lift output to 200,000 cars a year, and the third, requiring another $500 million,"
     " to 500,000 a year.", [200_000, 500_000]),
])
def test_what_a_site_or_market_takes_in_is_not_output(sentence: str, kept: list) -> None:
    assert [r.quantity for r in facts_of(sentence).production] == kept


@pytest.mark.parametrize("sentence, quantity, kind", [
    # a site built for a yearly number of things: what it can make, whatever the verb before
    ("The first plan foresaw an assembly shop for 10,000 engines a year.", 10_000, "capacity"),
    ("Orda Auto will open a plant in Almaty for 60,000 cars a year.", 60_000, "capacity"),
    ("Silk Road Tractors plans two lines for about 5,000 tractors per year.", 5_000, "capacity"),
    # negatives: with no yearly rate, what is planned stays a plan
    ("Orda Auto will open a plant in Almaty for 60,000 cars.", 60_000, "plan"),
    ("Orda Auto plans to build 60,000 cars a year at its plant in Almaty.", 60_000, "plan"),
])
def test_a_site_for_a_yearly_number_is_capacity(sentence: str, quantity: float, kind: str) -> None:
    rows = [r for r in facts_of(sentence).production if r.quantity == quantity]
    assert [r.target_kind for r in rows] == [kind], rows


@pytest.mark.parametrize("sentence, kinds", [
    # both ends of a range are one figure of one kind, whatever the words after the upper end
    ("The facility in Almaty is designed to turn out 650-660 thousand tonnes of urea a year and will employ 900.",
     ["capacity", "capacity"]),
    ("Orda Auto expects to build 5,000-7,000 cars next year using spare capacity.", ["plan", "plan"]),
])
def test_both_ends_of_a_range_share_their_kind(sentence: str, kinds: list) -> None:
    assert [r.target_kind for r in facts_of(sentence).production] == kinds


@pytest.mark.parametrize("sentence, row", [
    # output of a named product, and the present tense with "now": the year of publication
    ("Orda Auto made 14,000 winches in 2023.", (14_000, "units", "actual", 2023)),
    ("The plant in Almaty can build 24,000 winches a year, but at present it turns out about 14 thousand.",
     (14_000, "units", "actual", 2024)),
    ("Silk Road Tractors currently makes 9,000 tractors a year.", (9_000, "tractors", "actual", 2024)),
    ("The joint operation in Almaty was expected to reach a capacity of 10,000 lifts a year.",
     (10_000, "units", "capacity", None)),
    # negative: the present tense alone names no year
    ("Silk Road Tractors makes 9,000 tractors a year.", (9_000, "tractors", "actual", None)),
])
def test_named_products_and_the_output_of_now(sentence: str, row: tuple) -> None:
    rows = [r for r in facts_of(sentence).production if r.quantity == row[0]]
    assert [(r.quantity, r.unit, r.target_kind, r.target_year) for r in rows] == [row], rows


@pytest.mark.parametrize("sentence, kept", [
    # a capacity phrase after a trade verb sizes the site bought or sold (production only; the trade
    # table may still read the figure first)
    ("Orda Auto sold 5,000 cars in 2023.", []),
])
def test_a_trade_verb_still_counts_its_own_figure(sentence: str, kept: list) -> None:
    assert [r.quantity for r in facts_of(sentence).production] == kept


@pytest.mark.parametrize("text, rows", [
    # a list of staged or per-product design figures under a heading that names capacity
    ("The plant in Almaty will make steel structures.\nCapacity is to grow in three steps:\n"
     "1. first stage - 12,000 tonnes of products a year;\n2. second stage - 24,000 tonnes a year;\n"
     "3. third stage - up to 30,000 tonnes a year.",
     [(12_000, "capacity"), (24_000, "capacity"), (30_000, "capacity")]),
    ("Orda Auto opened its chemical complex in Almaty.\nDesign figures, per year:\n"
     "- high-density polyethylene: 381,000 tonnes\n- polypropylene: 81,000 tonnes",
     [(381_000, "capacity"), (81_000, "capacity")]),
    # negative: a list of head counts or money under such a heading gives no output
    ("Orda Auto opened its plant in Almaty.\nCapacity is to grow in two steps:\n"
     "1. first stage - $10 million;\n2. second stage - $20 million.", []),
])
def test_a_list_of_design_capacities(text: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind) for r in facts_of(text).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # turning a material into a product is making it; a site that will do so a year sizes the site
    ("A $30 million plant in Karaganda that will turn blast-furnace slag into mineral insulation, about 100,000 tonnes"
     " a year.", [(100_000, "capacity")]),
    ("The Karaganda plant turns raw cotton into yarn and made 12,000 tonnes in 2023.", [(12_000, "actual")]),
    # negative: turning a place into something is no production
    ("The project will turn the region into a hub for 10 million tonnes of cargo a year.", []),
])
def test_turning_a_material_into_a_product(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # a site as the subject of "delivered": what it hands over is what it made
    ("Under an earlier contract from 2018, the Karaganda plant has delivered 18 shunting locomotives.",
     [(18, "actual")]),
    # negatives: a firm that delivered, a maker named "... Works" (a supplier), a site that shipped (trade)
    ("Orda Auto delivered 300 buses to Almaty.", []),
    ("A decade ago Dragon Locomotive Works delivered 15 electric locomotives to the railway.", []),
])
def test_what_a_site_delivered_is_what_it_made(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, year, basis", [
    # a stretch of running time up to the article's date: a part of the year of publication, all made in it
    ("In four months of operation the Almaty plant turned out 206 machines.", 2024, "total"),
    ("During its first six weeks of work the Orda Auto line assembled 1,200 cars.", 2024, "total"),
    ("In 3 months since the launch the Namangan plant has built 900 tractors.", 2024, "total"),
    # negative: a stretch with no running ("in four months") is no time since a start
    ("The Almaty plant turned out 206 machines in four months.", None, "annual"),
])
def test_a_stretch_of_running_time_ends_at_the_article_date(sentence: str, year, basis: str) -> None:
    r = one(sentence, published=date(2024, 5, 15))
    assert (r.target_year, r.basis) == (year, basis)


@pytest.mark.parametrize("sentence, rows", [
    # "seat" naming what a part is for is no count of seats
    ("Orda Auto plans to make half a million seat and harness sets a year by 2026.", [(500_000, "plan")]),
    # negative: seats counted are no output
    ("The Almaty plant built a hall with 3,000 seats in 2023.", []),
])
def test_a_part_for_seats_is_output(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # gigawatt-hours a year: what a battery plant makes
    ("Its first factory in Almaty has an annual capacity of 3 GWh and employs more than 300 people.",
     [(3, "gigawatt_hours", "capacity")]),
    ("The Almaty battery plant made 1.2 gigawatt-hours of cells in 2023.", [(1.2, "gigawatt_hours", "actual")]),
])
def test_gigawatt_hours_of_a_battery_plant(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.unit, r.target_kind) for r in facts_of(sentence).production] == rows


# electricity a power plant generates is output, in the energy unit the text gives
@pytest.mark.parametrize("sentence, row", [
    ("The Almaty hydropower plant generated 1,500 GWh in 2023.", (1_500, "gigawatt_hours", "actual", 2023)),
    ("The Almaty plant produced 900 GWh of electricity last year.", (900, "gigawatt_hours", "actual", 2023)),
    ("The station generated 875.4 million kWh of electricity in January-May 2015.",
     (875_400_000, "kilowatt_hours", "actual", 2015)),
    ("Power plants in Kazakhstan produced 112.8 billion kilowatt-hours in 2023.",
     (112_800_000_000, "kilowatt_hours", "actual", 2023)),
    ("The wind farm near Shymkent will generate about 300,000 MWh a year.", (300_000, "megawatt_hours", "plan", None)),
    ("Kazakhstan generated 112.8 TWh of electricity in 2023.", (112.8, "terawatt_hours", "actual", 2023)),
])
def test_electricity_generated_is_output(sentence: str, row: tuple) -> None:
    assert [(r.quantity, r.unit, r.target_kind, r.target_year) for r in facts_of(sentence).production] == [row]


# a power or heat station is the maker of its electricity and heat, wherever the station word
# stands (an apposition with its place, "station near X"); heat counts in gigacalories
@pytest.mark.parametrize("sentence, rows", [
    ("The Almaty heat and power plant, the biggest thermal station in Kazakhstan, generated about 2.6 billion "
     "kilowatt-hours of electricity in 2023 and supplied 950,000 gigacalories of heat.",
     [(2_600_000_000, "kilowatt_hours", 2023), (950_000, "gigacalories", 2023)]),
    ("The station in Kyrgyzstan generated 3.1 billion kWh in 2022.", [(3_100_000_000, "kilowatt_hours", 2022)]),
    ("Last year the hydropower station near Shymkent produced 2.1 billion kilowatt-hours.",
     [(2_100_000_000, "kilowatt_hours", 2023)]),
    ("In 2021 the coal-fired station generated 4.4 TWh and 1.3 million Gcal of heat.",
     [(4.4, "terawatt_hours", 2021), (1_300_000, "gigacalories", 2021)]),
    # near misses: stations counted are charging or filling stations, not makers
    ("The company installed 500 charging stations in Kazakhstan in 2023.", []),
    ("The city's 40 filling stations sold 2 million litres of fuel in 2023.", []),
    ("The charging stations in Almaty consumed 5 GWh in 2023.", []),
])
def test_a_power_or_heat_station_makes_its_energy(sentence: str, rows: list) -> None:
    assert [(r.quantity, r.unit, r.target_year) for r in facts_of(sentence).production] == rows


@pytest.mark.parametrize("sentence", [
    "The smelter consumed 8 billion kWh of electricity in 2023.",         # used up, not made
    "The project will generate 2,000 jobs.",                             # jobs are no goods
    "The deal is expected to generate $50 million in revenue.",          # money
])
def test_energy_used_and_other_things_generated_are_no_output(sentence: str) -> None:
    assert facts_of(sentence).production == []


@pytest.mark.parametrize("text, rows", [
    # a table with dot leaders between a row's label and its figure
    ("Orda Auto opened a tyre plant in Almaty.\nDesign capacity of the plant, per year:\n"
     "  car tyres ................. 3 million\n  agricultural tyres ........ 200,000\nIt employs 300 people.",
     [(3_000_000, "tyres"), (200_000, "tyres")]),
    # negative: an ellipsis in prose ends its sentence as before
    ("Orda Auto waited... Then it hired 300 people.", []),
])
def test_a_table_with_dot_leaders(text: str, rows: list) -> None:
    assert [(r.quantity, r.unit) for r in facts_of(text).production] == rows


@pytest.mark.parametrize("text, rows", [
    # a list introduced by a production verb ("the refinery is to turn out": what the site can make)
    ("The Orda refinery opened in Atyrau.\nThe refinery is to turn out each year:\n- jet fuel: 1.6 million tonnes\n"
     "- bitumen: 400 thousand tonnes\nIt employs 900 people.",
     [(1_600_000, "capacity", None), (400_000, "capacity", None)]),
    # value-first bullets under an intro that names the site's design
    ("The Navoi complex was opened in Uzbekistan.\nUnder the project design, the complex will every year make:\n"
     "* 300,000 tonnes of polyethylene;\n* 80,000 tonnes of polypropylene.",
     [(300_000, "capacity", None), (80_000, "capacity", None)]),
    # a site's parameter list: its yearly rates are capacity
    ("The Balkhash mill will process ore from a new pit. Its main parameters:\n"
     "* first stage: up to 20 million tonnes of ore a year\n* jobs: about 1,200",
     [(20_000_000, "capacity", None)]),
    # area as output only as a rate: glass, tiles (stated in the present: the article's year)
    ("The Mary works in Turkmenistan is designed to turn out some 5 million square metres of tiles a year.",
     [(5_000_000, "capacity", 2024)]),
    ("The Kokand plant in Uzbekistan can make 2 million square metres of glass per year.",
     [(2_000_000, "capacity", 2024)]),
    # negative: the area of a site is no output
    ("The Aktobe plant covers 20,000 square metres and will produce 5,000 tonnes of pipes a year.",
     [(5_000, "plan", None)]),
    # an enumeration shares the period named before its first figure
    ("By 2027 the Balkhash smelter expects to be able to produce 300 thousand tonnes of copper, 20 tonnes of gold "
     "and 90 tonnes of silver a year.",
     [(300_000, "capacity", 2027), (20, "capacity", 2027), (90, "capacity", 2027)]),
])
def test_lists_under_a_production_intro_and_rates(text: str, rows: list) -> None:
    assert [(r.quantity, r.target_kind, r.target_year) for r in facts_of(text).production] == rows


@pytest.mark.parametrize("sentence, rows", [
    # not output: demand, what one product holds, a count whose participle names the maker
    ("The country's plants can make 4 million tonnes of cement a year, while domestic demand is put at 3 million tonnes.",
     [4_000_000]),
    ("Kia's Almaty plant makes 30,000 cars a year, and some 9,000 parts go into each car.", [30_000]),
    ("Roughly 400 parts per tractor are made at the Kostanay plant.", []),
    ("A convoy of 25 trucks built by KAMAZ arrived at the Almaty plant on Monday.", []),
    ("Some 40 buses made by Yutong were delivered to the Tashkent bus plant.", []),
    # positive: the passive is the sentence's own verb
    ("In 2023, more than 12,000 vehicles were built in Kazakhstan at the Kostanay plant.", [12_000]),
    # built or set up for a rate is capacity
    ("The Samarkand venture, built to make 240 thousand tonnes of fertiliser a year, opened in 2020.", [240_000]),
    # tablets, capsules, packs, bicycles count as units
    ("The Baku pharmaceutical plant will produce 250 million tablets and capsules a year.", [250_000_000]),
    ("The Namangan plant will make 150,000 bicycles a year.", [150_000]),
])
def test_not_output_and_unit_classes(sentence: str, rows: list) -> None:
    assert [r.quantity for r in facts_of(sentence).production] == rows


def test_built_to_make_is_capacity() -> None:
    assert one("The Samarkand venture, built to make 240 thousand tonnes of fertiliser a year, opened in 2020."
               ).target_kind == "capacity"


def test_a_trade_line_among_key_figures_is_no_output() -> None:
    text = ("Turkey's appliance makers produced a record in 2021.\nKey figures at a glance\n"
            "- Output, 2021: 34.4 mln units (+17%)\n- Exports, 2021: 25.9 mln units (+18%)")
    assert [r.quantity for r in facts_of(text).production] == [34_400_000]


# Figures listed after the first share the period that came before them all
@pytest.mark.parametrize("sentence, expected", [
    ("Once the expansion is done, the group expects by 2028 to be able to produce 400,000 tonnes of copper, "
     "50 tonnes of gold and 270 tonnes of silver a year.", {400_000: 2028, 50: 2028, 270: 2028}),
    ("After the upgrade, the smelter hopes in 2027 to turn out 90,000 tonnes of zinc and 12,000 tonnes of lead "
     "a year.", {90_000: 2027, 12_000: 2027}),
    # negative: a figure after a turn of the clause is not listed with the first
    ("The group expects by 2028 to produce 400,000 tonnes of copper a year, while its partner makes 50 tonnes "
     "of gold.", {400_000: 2028, 50: None}),
])
def test_figures_listed_after_the_first_share_its_year(sentence: str, expected: dict) -> None:
    rows = facts_of("Almalyk Mining and Metallurgical Complex is building a plant. " + sentence,
                    published=date(2024, 3, 10)).production
    assert {r.quantity: r.target_year for r in rows if r.quantity in expected} == expected
