"""Families of production sentences (session 28): each table is one mechanism, in invented
sentences (other products, countries, firms), with the near-misses that must not fire."""
from datetime import date

import pytest

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
