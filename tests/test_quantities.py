"""find_quantities: numbers, scales, units, money, qualifiers, and what is not an amount."""
import pytest

from extraction.quantities import find_quantities, unit_at


def only(sentence):
    """The single quantity found in `sentence`."""
    found = find_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


# --- number forms -------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("built 30,000 cars", 30_000),
    ("built 30 000 cars", 30_000),
    ("built 30\u202f000 cars", 30_000),              # thin space
    ("built 30\u00a0000 cars", 30_000),              # no-break space
    ("with 13 725 units", 13_725),
    ("designed for 30 thousand cars", 30_000),
    ("reached 1.5 mln", 1_500_000),
    ("reached 1,5 mln", 1_500_000),                  # decimal comma, not 15 million
    ("stored 1 000 000 tonnes", 1_000_000),          # not 1
    ("stored 1.000.000 liters", 1_000_000),
    ("imported 3.88 mln tonnes of wheat", 3_880_000),
    ("bought $1,496.2 million worth", 1_496_200_000),
    ("climbed to $455.702 million", 455_702_000),
    ("one million", 1_000_000),
    ("half a million tyres", 500_000),
    ("three million tonnes", 3_000_000),
    ("two thousand people", 2_000),
    ("a million tonnes", 1_000_000),
    ("two hundred thousand cars", 200_000),
    ("one and a half million tonnes", 1_500_000),
])
def test_values(sentence, value):
    assert only(sentence).value == pytest.approx(value)


def test_offsets_index_the_sentence():
    s = "Trade reached $31.4bn in 2023."
    q = only(s)
    assert (q.start, q.end, q.surface) == (14, 21, "$31.4bn")
    assert s[q.start:q.end] == q.surface


# --- money --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, currency", [
    ("worth $1.2bn", 1.2e9, "USD"),
    ("worth $31.4bn", 31.4e9, "USD"),
    ("worth $2.5 billion", 2.5e9, "USD"),
    ("a USD 500 million fund", 500e6, "USD"),
    ("worth 2.5 billion dollars", 2.5e9, "USD"),
    ("to 15 billion dollars", 15e9, "USD"),
    ("cost KZT 45 billion", 45e9, "KZT"),
    ("totals KZT 131.5 billion", 131.5e9, "KZT"),
    ("transferred 140 billion tenge", 140e9, "KZT"),
    ("topped 1.5 trillion rubles", 1.5e12, "RUB"),
    ("to almost 716 billion rubles", 716e9, "RUB"),
    ("worth €120 million", 120e6, "EUR"),
    ("earned EUR 4.29 million", 4.29e6, "EUR"),
    ("put at 88 million manat", 88e6, "AZN"),
    ("worth about $530 mln", 530e6, "USD"),
    ("worth US$5 million", 5e6, "USD"),
    ("raised $100M", 100e6, "USD"),
    ("sold for 2 billion US dollars", 2e9, "USD"),
    ("worth 1 trillion Kazakh tenge", 1e12, "KZT"),
    ("worth one trillion tenge", 1e12, "KZT"),
    ("paid 5 billion soums", 5e9, "UZS"),
    ("paid 300 million yuan", 300e6, "CNY"),
    ("paid 2 billion som", 2e9, "KGS"),
    ("paid 10 million somoni", 10e6, "TJS"),
    ("paid 40 billion lira", 40e9, "TRY"),
    ("paid 900 billion rials", 900e9, "IRR"),
    ("paid 50 billion won", 50e9, "KRW"),
])
def test_money(sentence, value, currency):
    q = only(sentence)
    assert q.is_money and q.unit == currency
    assert q.value == pytest.approx(value)


def test_money_in_two_currencies():
    found = find_quantities("The sedan costs 16,000 manats ($9,384), the LD more.")
    assert [(q.value, q.unit, q.is_money) for q in found] == [(16_000, "AZN", True), (9_384, "USD", True)]


def test_money_span_includes_code_and_currency_word():
    assert only("cost KZT 45 billion in total").surface == "KZT 45 billion"
    assert only("cost 140 billion tenge in total").surface == "140 billion tenge"


def test_currency_word_after_lower_case_words_is_not_money():
    q = only("about 1,000 people earning dollars")
    assert not q.is_money


# --- units --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, unit, noun", [
    ("built 60,000 cars", "vehicles", "cars"),
    ("built 48,857 passenger cars", "vehicles", "passenger cars"),
    ("and 981 commercial vehicles", "vehicles", "commercial vehicles"),
    ("produced 280 trucks", "vehicles", "trucks"),
    ("fell to 153 units.", "vehicles", "units"),
    ("turn out 40,000 units of cast components", "units", "components"),
    ("and 86,000 final-drive gearboxes", "units", "gearboxes"),
    ("make 3 million tyres for passenger cars", "tyres", "tyres"),
    ("assemble 2,500 tractors a year", "tractors", "tractors"),
    ("exported 1.18 million liters of beer", "liters", "liters"),
    ("importing 774,000 liters of Kyrgyz beer", "liters", "liters"),
    ("up to 1.35 million tons of jet fuel", "tonnes", "tons"),
    ("more than 10,000 JAC vehicles", "vehicles", "vehicles"),
    ("a batch of 55 Kazakh-assembled JAC S3 sedans", "vehicles", "sedans"),
    ("assembled 5,297 cars, trucks and buses", "vehicles", "cars"),
    ("export roughly 20,000 Lada units", "vehicles", "units"),
    ("delivered 86 units of other special-purpose machinery", "units", "units"),
    ("on a 30,000-car plant", "vehicles", "car"),
    ("delivered 210 trailers", "units", "trailers"),
    # household appliances, lifts and precious metals are counted or weighed in their own words
    ("to turn out 400,000 washing machines", "units", "washing machines"),
    ("built 70,000 refrigerators in its first year", "units", "refrigerators"),
    ("assembles 1,200 air conditioners a day", "units", "air conditioners"),
    ("installed 350 elevators", "units", "elevators"),
    ("yielded 14.3 million ounces of gold", "ounces", "ounces"),
    ("poured 2,504 kilograms of gold", "kg", "kilograms"),
])
def test_units(sentence, unit, noun):
    q = only(sentence)
    assert (q.unit, q.unit_noun, q.is_money) == (unit, noun, False)


def test_unknown_noun_has_no_unit():
    q = only("up to 45 thousand a year")
    assert q.value == 45_000 and q.unit is None


def test_noun_used_as_adjective_is_not_the_unit():
    assert only("opened 3 car plants").unit is None


@pytest.mark.parametrize("sentence", ["the 21,227 tU mined in 2022", "some 5,800 t mined last year",
                                      "than the 4,100 tU produced in 2021"])
def test_a_unit_symbol_before_a_verb_is_the_unit(sentence: str) -> None:
    assert only(sentence).unit == "tonnes"          # a symbol is never an adjective


def test_range_shares_its_unit():
    found = find_quantities("assembles between 700 and 800 tractors a year")
    assert [(q.value, q.unit, q.range_bound) for q in found] == [(700, "tractors", "low"), (800, "tractors", "high")]


def test_dash_range_shares_unit_and_scale():
    found = find_quantities("worth $2-3 billion")
    assert [(q.value, q.unit, q.range_bound) for q in found] == [(2e9, "USD", "low"), (3e9, "USD", "high")]


@pytest.mark.parametrize("text, expected", [
    ("hopes to ship 450 thousand-500 thousand tonnes a year", [(450e3, "tonnes", "low"), (500e3, "tonnes", "high")]),
    ("a budget of 5 million-10 million dollars", [(5e6, "USD", "low"), (10e6, "USD", "high")]),
    ("between 2 bln-3 bln dollars", [(2e9, "USD", "low"), (3e9, "USD", "high")]),
    ("fill 5 thousand-7 thousand tractors", [(5e3, "tractors", "low"), (7e3, "tractors", "high")]),
])
def test_range_whose_ends_each_carry_their_scale(text, expected):
    found = find_quantities(text)
    assert [(q.value, q.unit, q.range_bound) for q in found] == expected


@pytest.mark.parametrize("text, value, unit", [
    ("Six hundred and fifty cars came off the line.", 650, "vehicles"),
    ("some two hundred and fifty thousand tonnes", 250_000, "tonnes"),
    ("nine hundred and ninety-nine tractors", 999, "tractors"),
    ("Four hundred and twelve documents were signed", 412, "documents"),
    ("three hundred buses", 300, "vehicles"),
    ("six hundred and the rest", 600, None),            # no number word after "and": "hundred" ends it
    # "a" counts one before "hundred" (and only there: "a million" has its own rule)
    ("should turn out a hundred and fifty thousand cars a year", 150_000, "vehicles"),
    ("A hundred and twenty tractors were made.", 120, "tractors"),
    ("a hundred thousand tonnes", 100_000, "tonnes"),
])
def test_spelled_out_hundreds_take_the_words_after_hundred(text, value, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


def test_a_single_amount_is_no_range_bound():
    assert only("built 60,000 cars").range_bound is None


@pytest.mark.parametrize("sentence, value", [
    ("two and a half times the level", 2.5),
    ("copper concentrates (4.8 times)", 4.8),
    ("beef (4.1-fold)", 4.1),
])
def test_multipliers_have_no_unit(sentence, value):
    q = only(sentence)
    assert (q.value, q.unit, q.is_money) == (value, None, False)
    assert q.unit_noun in ("times", "fold")


def test_unit_at():
    assert unit_at("2000 cars", 4) == "vehicles"
    assert unit_at("2000 Kazakh cars", 4) is None      # only the word right after


# --- qualifiers ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, qualifier", [
    ("more than 145,000 vehicles", "over"),
    ("over 60,000 cars", "over"),
    ("just over 90,000 units", "over"),
    ("exceeded 290 billion tenge", "over"),
    ("topped 70 000 vehicles", "over"),
    ("in excess of 5,000 cars", "over"),
    ("above 2,000 tonnes", "over"),
    ("up to 50,000 vehicles", "up_to"),
    ("as many as 5,000 units", "up_to"),
    ("about $1.1 billion", "about"),
    ("around $100 million", "about"),
    ("roughly 100,000 motor vehicles", "about"),
    ("approximately 300 trucks", "about"),
    ("nearly 500 buses", "about"),
    ("almost 716 billion rubles", "about"),
    ("some 2,000 cars", "about"),
    ("close to 3,000 tractors", "about"),
    ("estimated at $14.11 million", "about"),
    ("(about KZT 2.69 billion)", "about"),
    ("under 1,000 cars", "under"),
    ("less than 500 tonnes", "under"),
    ("below 200 units", "under"),
    ("built 60,000 cars", None),
])
def test_qualifiers(sentence, qualifier):
    assert only(sentence).qualifier == qualifier


# --- not amounts --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "up by 34.2% year-on-year",
    "30 percent more than in 2022",
    "a rise of 11.6 per cent",
    "localisation of 60-70%",
    "cut by 7-15 percent",
    "between 60 and 70 percent",
    "flat at (-0.2%)",
    "in 2017",
    "In 2023 Astana Motors transferred",
    "in 2022 cars were made",
    "on July 21, 2021",
    "Published: 25.07.2023 08:34",
    "21 October 2025, 16:40",
    "17 July 2018 15:10 (UTC+04:00)",
    "Wed Aug 13 2025",
    "from October 14 to 28",
    "the 20th anniversary",
    "its 10,000th Belarus tractor",
    "an action plan for 2023-2024",
    "the JAC S3 model",
    "the Euro-5 emission standard",
    "won it 4-3",
    "a 1:0 lead",
    "open 24/7",
    "In 9M 2023, China",
    "100M users",
    "one of the priorities",
    "three new plants",
    "plant No. 5",
])
def test_not_amounts(sentence):
    assert find_quantities(sentence) == []


def test_four_digit_count_before_a_unit_is_an_amount():
    q = only("built 2000 cars")
    assert (q.value, q.unit) == (2000, "vehicles")


def test_sentence_with_amount_year_and_percent():
    found = find_quantities("Exports rose 10.9 percent to $455.702 million in 2023.")
    assert [(q.value, q.unit) for q in found] == [(455_702_000, "USD")]


def test_superscript_digit_after_a_dash_is_not_a_range() -> None:
    # "²" passes str.isdigit() but is no number: this used to raise.
    found = find_quantities("The site covers 31-² plots and 5,000 cars.")
    assert [(q.value, q.unit) for q in found][-1] == (5000, "vehicles")


def test_a_run_of_digits_longer_than_any_figure_is_no_number() -> None:
    assert find_quantities("the code 1234567890123456789012345678901234 was shown") == []
    assert only("reserves of 1 000 000 000 000 cubic metres").value == 10**12


@pytest.mark.parametrize("sentence", [
    "The plant assembles the Tiggo 8 Pro Max crossovers.",
    "It builds the Jetour 7 Plus and the Haval 6 Max SUVs.",
])
def test_a_small_number_inside_a_model_name_is_no_amount(sentence):
    assert find_quantities(sentence) == []


def test_a_table_row_after_its_label_keeps_its_figures() -> None:
    assert [q.value for q in find_quantities("Kazakhstan 26,970 vehicles")] == [26970]


@pytest.mark.parametrize("sentence, unit", [
    # two capitalised names joined by "and"/"or" before the counted noun: the noun still counts
    ("The line was designed for 60 Belarus-82.1 and Belarus-92.1 tractors a year.", "tractors"),
    ("The plant made 300 Lada Granta and Lada Vesta cars in May.", "vehicles"),
    ("The site turned out 5,000 Orda or Steppe buses.", "vehicles"),
    # negatives: a number after the join, or a lower-case word before it, ends the search as before
    ("The plant made 50 Kazakh and 30 Uzbek cars.", None),
    ("The plant made 50 new and Uzbek cars.", None),
])
def test_coordinated_names_before_the_noun(sentence: str, unit: str | None) -> None:
    assert find_quantities(sentence)[0].unit == unit


@pytest.mark.parametrize("sentence, unit", [
    # a series of lower-case modifiers joined by commas and "and"/"or": the plural noun after it counts
    ("The plant is to make half a million seat and harness sets a year.", "units"),
    ("Plants built 50 passenger, baggage and special-purpose railway cars.", "vehicles"),
    ("The depot bought 40 city, intercity or tourist buses.", "vehicles"),
    ("The line assembled 1,000 tractor and combine harvesters.", "tractors"),
    # negatives: a plural before the join counts itself; a number after the join ends the search
    ("The plant hired 300 workers and engineers.", "people"),
    ("The plant made 50 seat and 30 door sets.", None),
])
def test_a_series_of_modifiers_before_the_noun(sentence: str, unit: str | None) -> None:
    assert find_quantities(sentence)[0].unit == unit
