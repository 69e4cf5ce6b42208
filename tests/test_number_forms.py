"""find_quantities on numbers in every form news about the region prints, one
table of invented phrases per rule of extraction/quantities.py (issue 16,
family 4): digit groupings, scale abbreviations, compound amounts, fractions of
scale words, counts of documents in words and digits, money written every way,
ranges (both ends, flagged), and what none of these is."""
import pytest

from extraction.quantities import find_quantities


def only(sentence):
    """The single quantity found in `sentence`."""
    found = find_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


def summary(sentence):
    """(surface, value, unit, is_money, range_bound) of every quantity."""
    return [(q.surface, q.value, q.unit, q.is_money, q.range_bound) for q in find_quantities(sentence)]


# --- rule "digits": groupings and decimal commas --------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("output reached 109,9 thousand cars", 109_900),                 # decimal comma before a scale
    ("the port handled 2,5 mln tonnes", 2_500_000),
    ("exports of 0,75 mln tonnes", 750_000),
    ("a stock of 1,234,567 tonnes", 1_234_567),
    ("a stock of 1.234.567 tonnes", 1_234_567),                      # European grouping
    ("a stock of 1.234,5 tonnes", 1_234.5),                          # European grouping, decimal comma
    ("a stock of 12.500.000,25 tonnes", 12_500_000.25),
    ("a stock of 1 234,5 tonnes", 1_234.5),                          # space grouping, decimal comma
    ("a stock of 1\u202f234\u202f567 tonnes", 1_234_567),           # thin spaces
    ("a stock of 1\u00a0234\u00a0567 tonnes", 1_234_567),           # no-break spaces
    ("a stock of 4\u2009500 tonnes", 4_500),                         # thin space (U+2009)
    ("the plant made 12 thsd cars", 12_000),
    ("a budget of 2 mlrd rubles", 2e9),
    ("a budget of 3 milliard rubles", 3e9),
])
def test_digit_forms(sentence, value):
    assert only(sentence).value == pytest.approx(value)


# --- rule "scale abbreviations" ---------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("trade hit 1.2 bln dollars", 1.2e9, "USD"),
    ("the fund holds 3.5 trln tenge", 3.5e12, "KZT"),
    ("shipments of 3.5 mln. tonnes of grain", 3.5e6, "tonnes"),     # the abbreviation's dot
    ("worth 4.2 bn euros", 4.2e9, "EUR"),
    ("worth 1.1 trn rubles", 1.1e12, "RUB"),
])
def test_scale_abbreviations(sentence, value, unit):
    q = only(sentence)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


# --- rule "scale glued to a word": "a 1 million-tonne line" -------------------------

@pytest.mark.parametrize("sentence, value", [
    ("a similar 1 million-tonne second stage", 1e6),
    ("a 2.5 million-car market", 2.5e6),
    ("a $1.2 billion-dollar deal", 1.2e9),
])
def test_scale_glued_to_a_word(sentence, value):
    assert only(sentence).value == pytest.approx(value)


def test_abbreviation_dot_is_not_in_the_span():
    assert only("shipments of 3.5 mln. tonnes of grain").surface == "3.5 mln"


# --- rule "compound amount" -------------------------------------------------------

@pytest.mark.parametrize("sentence, surface, value, unit", [
    ("imports were 1 billion 86 million dollars", "1 billion 86 million dollars", 1_086_000_000, "USD"),
    ("China took 1 billion 477 million 4 thousand dollars",
     "1 billion 477 million 4 thousand dollars", 1_477_004_000, "USD"),
    ("the plant made 12 thousand 500 cars", "12 thousand 500", 12_500, "vehicles"),
    ("they harvested 2 million 300 thousand tonnes", "2 million 300 thousand", 2_300_000, "tonnes"),
    ("a fleet of twelve thousand five hundred cars", "twelve thousand five hundred", 12_500, "vehicles"),
    ("sales of 3 trillion 250 billion soums", "3 trillion 250 billion soums", 3.25e12, "UZS"),
])
def test_compound_amounts(sentence, surface, value, unit):
    q = only(sentence)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, values", [
    ("12 thousand, 500 of them new", [12_000, 500]),                # a comma ends the amount
    ("1 billion and 300 million dollars", [1e9, 300e6]),            # two amounts, same scale order
    ("5 million 2 million tonnes", [5e6, 2e6]),                     # no larger scale after a smaller one
    ("12 thousand 5 percent", [12_000]),                            # a percentage is no part
])
def test_not_compound(sentence, values):
    assert [q.value for q in find_quantities(sentence)] == pytest.approx(values)


# --- rule "fraction of a scale word" ------------------------------------------------

@pytest.mark.parametrize("sentence, value, qualifier", [
    ("sold over a quarter of a million cars", 250_000, "over"),
    ("nearly half a million tyres", 500_000, "about"),
    ("a third of a billion dollars", 1e9 / 3, None),
    ("three quarters of a million tonnes", 750_000, None),
    ("two-thirds of a billion dollars", 2e9 / 3, None),
    ("a tenth of a trillion tenge", 1e11, None),
    ("a quarter million cars", 250_000, None),
    ("a half million cars", 500_000, None),
])
def test_fractions_of_scale_words(sentence, value, qualifier):
    q = only(sentence)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


# --- rule "counted in words" (documents) ---------------------------------------------

@pytest.mark.parametrize("sentence, surface, value, noun", [
    ("Seventy-six agreements were signed at the forum.", "Seventy-six", 76, "agreements"),
    ("Seventy six agreements were signed.", "Seventy six", 76, "agreements"),
    ("Seventy-Six Agreements Signed At Forum", "Seventy-Six", 76, "Agreements"),   # a headline
    ("The ministers signed twelve documents on Monday.", "twelve", 12, "documents"),
    ("The companies struck a dozen deals.", "a dozen", 12, "deals"),
    ("They also concluded two dozen contracts.", "two dozen", 24, "contracts"),
    ("Some one dozen MoUs were initialled.", "one dozen", 12, "MoUs"),
    ("They adopted twenty-one memoranda.", "twenty-one", 21, "memoranda"),
    ("Eleven intergovernmental agreements were ratified.", "Eleven", 11, "agreements"),
    ("Forty-two cooperation documents were initialled.", "Forty-two", 42, "documents"),
    ("The states have fifteen treaties in force.", "fifteen", 15, "treaties"),
    ("Officials exchanged three protocols.", "three", 3, "protocols"),
    ("The two agreements were signed in June.", "two", 2, "agreements"),
    ("The sides signed (twelve documents) in all.", "twelve", 12, "documents"),
])
def test_counted_in_words(sentence, surface, value, noun):
    q = only(sentence)
    assert (q.surface, q.value, q.unit, q.unit_noun, q.is_money) == (surface, value, "documents", noun, False)


# --- rule "counted in digits" (documents) ---------------------------------------------

@pytest.mark.parametrize("sentence, value, noun, qualifier", [
    ("Delegations signed 76 agreements.", 76, "agreements", None),
    ("The sides signed 12 intergovernmental documents.", 12, "documents", None),
    ("Firms sealed more than 20 deals worth $3 billion.", 20, "deals", "over"),
    ("Regions signed 45 memoranda.", 45, "memoranda", None),
    ("Banks signed 30 MoUs.", 30, "MoUs", None),
    ("Exporters won 8 contracts.", 8, "contracts", None),
    ("Ministers approved 3 road maps.", 3, "road maps", None),
])
def test_counted_in_digits(sentence, value, noun, qualifier):
    q = find_quantities(sentence)[0]
    assert (q.value, q.unit, q.unit_noun, q.qualifier) == (value, "documents", noun, qualifier)


# --- not counts -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Hundreds of cars were exported.",
    "Dozens of agreements were signed.",
    "Thousands of jobs were created.",
    "It is one of the largest plants.",
    "A number of plants opened.",
    "The first two agreements were signed.",           # ordinal before the number
    "The other three agreements wait.",
    "Kazakhstan buys nine in ten cars sold abroad.",   # a share
    "Two out of three deals fell through.",
    "The two countries signed agreements.",            # counts countries, not agreements
    "The two sides signed the agreement.",
    "One agreement was signed.",                       # "one" never counts alone
    "The plant put nine buses on trial.",              # goods in words: deliveries, not volumes
    "the 2022 agreement on transit",                   # a year, never a count
    "In June 2022 memoranda were signed.",
    "They worked for two years.",
])
def test_not_counts(sentence):
    assert find_quantities(sentence) == []


# --- rule "money" -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, currency", [
    ("a loan of USD 1.5bn", 1.5e9, "USD"),
    ("a loan of USD1.5bn", 1.5e9, "USD"),
    ("a loan of $1.5bn", 1.5e9, "USD"),
    ("a loan of 1.5 billion US dollars", 1.5e9, "USD"),
    ("a loan of 1.5 bln USD", 1.5e9, "USD"),
    ("a budget of KZT 45 billion", 45e9, "KZT"),
    ("a budget of KZT45bn", 45e9, "KZT"),
    ("a budget of 45 billion tenge", 45e9, "KZT"),
    ("a grant of \u20ac300m", 300e6, "EUR"),
    ("a grant of 300m euros", 300e6, "EUR"),
    ("a grant of 300 million euros", 300e6, "EUR"),
    ("a deal worth \u20bd5 billion", 5e9, "RUB"),
    ("a deal worth 5 billion \u20bd", 5e9, "RUB"),
    ("a deal worth \u00a52 billion", 2e9, "CNY"),
    ("a deal worth CNY 5 billion", 5e9, "CNY"),
    ("a deal worth RMB 5 billion", 5e9, "CNY"),
    ("a deal worth 5 billion yuan", 5e9, "CNY"),
    ("a deal worth AZN 50 million", 50e6, "AZN"),
    ("a deal worth 50 million manats", 50e6, "AZN"),
    ("a deal worth 5 billion som", 5e9, "KGS"),
    ("a deal worth 5 billion soums", 5e9, "UZS"),
])
def test_money_forms(sentence, value, currency):
    q = only(sentence)
    assert (q.value, q.unit, q.is_money) == (pytest.approx(value), currency, True)


# --- rule "range": both ends, flagged ----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("to assemble 700-800 cars a year",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("to assemble 700\u2013800 cars a year",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("to assemble 700 - 800 cars a year",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("to assemble 700 to 800 cars a year",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("to assemble between 700 and 800 cars",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("to assemble between 700 and 800",
     [("700", 700, None, False, "low"), ("800", 800, None, False, "high")]),
    ("capacity ranging from 700 to 800 cars",
     [("700", 700, "vehicles", False, "low"), ("800", 800, "vehicles", False, "high")]),
    ("a project worth $1.2-1.5 billion",
     [("$1.2", 1.2e9, "USD", True, "low"), ("1.5 billion", 1.5e9, "USD", True, "high")]),
    ("a project worth $1.2bn-1.5bn",
     [("$1.2bn", 1.2e9, "USD", True, "low"), ("1.5bn", 1.5e9, "USD", True, "high")]),
    ("a contract worth $5m-6m",
     [("$5m", 5e6, "USD", True, "low"), ("6m", 6e6, "USD", True, "high")]),
    ("a project worth between $1 billion and $1.5 billion",
     [("$1 billion", 1e9, "USD", True, "low"), ("$1.5 billion", 1.5e9, "USD", True, "high")]),
    ("output could reach 4,000-5,000 cars",
     [("4,000", 4000, "vehicles", False, "low"), ("5,000", 5000, "vehicles", False, "high")]),
    ("a harvest of 10-15 thousand tonnes",
     [("10", 10_000, "tonnes", False, "low"), ("15 thousand", 15_000, "tonnes", False, "high")]),
    ("haulers rated between 30 and 220 tonnes",
     [("30", 30, "tonnes", False, "low"), ("220", 220, "tonnes", False, "high")]),
])
def test_ranges(sentence, expected):
    assert summary(sentence) == [(s, pytest.approx(v), u, m, b) for s, v, u, m, b in expected]


def test_range_ends_have_their_own_spans():
    s = "a project worth $1.2-1.5 billion"
    low, high = find_quantities(s)
    assert s[low.start:low.end] == "$1.2" and s[high.start:high.end] == "1.5 billion"


def test_multiplier_range():
    found = find_quantities("exports grew 2-3 times")
    assert [(q.value, q.unit_noun, q.range_bound) for q in found] == [(2, "times", "low"), (3, "times", "high")]


@pytest.mark.parametrize("sentence, values", [
    ("capacity rose from 700 to 800 cars", [700, 800]),                     # two levels
    ("output rose by 100 to 800 cars", [100, 800]),                         # a change, then a level
    ("trade increased from $1.2 billion to $1.5 billion", [1.2e9, 1.5e9]),
    ("trade rose by $5.4 billion to $94.8 billion", [5.4e9, 94.8e9]),
    ("it makes 700 and 800 tractors in two shifts", [700, 800]),            # "and" without "between"
    ("prices were cut 800 to 700", [800, 700]),                             # larger number first
    ("it sold 700 cars and 800 trucks", [700, 800]),
])
def test_not_ranges(sentence, values):
    found = find_quantities(sentence)
    assert [q.value for q in found] == pytest.approx(values)
    assert all(q.range_bound is None for q in found)


# --- not amounts (new forms) --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "the Euro-5 emission standard",
    "the Lada 4x4 off-roader",
    "call +998 71 238-50-00 for details",
    "call (727) 123-45-67 for details",
    "call 8 800 555 35 35 for details",
    "tel. +7 727 244 50 00",
    "delivered model 15-9872 tank cars",                 # a model code, not a range
    "a 5m-6m long trailer",                              # letters are scales only in money
    "the first two",
    "a number of",
])
def test_new_forms_that_are_not_amounts(sentence):
    assert find_quantities(sentence) == []
