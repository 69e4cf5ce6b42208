"""Who reports the figures of a table, a list or a ranking when its own line does not say: each
family a table of invented examples (other countries, goods, verbs and orders than the articles
that showed it), negatives included. Countries are those of the test gazetteer (facts_helpers)."""
from datetime import date

import pytest

from facts_helpers import facts_of


def rows(text, published=date(2024, 3, 1)):
    return [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount, r.unit)
            for r in facts_of(text, published).trade]


# A state that supplies or buys a share of another state's flow is a partner of it: it does not
# become the reporter of the table of partners that follows.
@pytest.mark.parametrize("share", [
    "Russia supplied 30.4 percent of all imports, Kazakhstan 21.4 percent and China 17.9 percent.",
    "China bought 41 percent of the exports, ahead of Russia.",
    "Russia provided nearly 28% of the goods brought in.",
    "Kazakhstan received about 19 percent of all shipments abroad.",
])
def test_a_state_holding_a_share_is_no_reporter(share: str) -> None:
    text = ("Tajikistan trade news.\n\nTajikistan's exports totalled $961.3 million in 2023, while imports came "
            "to $2.7 billion. " + share + "\n\nSelected partners, 2023 (USD million):\n\n"
            "  Partner        Exports   Imports\n  Mongolia       224.8     7.7\n  Turkiye        188.0     119.3\n")
    table = [r for r in rows(text) if r[1] in ("MN", "TR")]
    assert len(table) == 4 and all(r[0] == "TJ" for r in table), table


# A table whose header cell is a unit ("Tonnes", "Units", "Cubic metres") gives its bare figures
# that unit; the heading over it says what they are.
@pytest.mark.parametrize("heading, header, unit, flow", [
    ("Top buyers of Georgian walnuts, 2023", "Country          | Tonnes", "tonnes", "export"),
    ("Main suppliers of cars to Georgia, 2023", "Origin           | Units", "vehicles", "import"),
    ("Georgian wine exports by destination, 2023", "Market           | Tonnes", "tonnes", "export"),
    ("Gas buyers, 2023", "Partner          | Cubic metres", "cubic_meters", "export"),
])
def test_a_unit_header_cell_gives_the_unit(heading: str, header: str, unit: str, flow: str) -> None:
    text = ("Georgia trade news.\n\nGeorgia's exports grew in 2023.\n\n" + heading + "\n\n" + header
            + "\nTurkiye          | 7,621\nRussia           | 3,533\nMongolia         |   785\n")
    found = [r for r in rows(text) if r[1] in ("TR", "RU", "MN")]
    assert [(r[0], r[1], r[3]) for r in found] == [("GE", "TR", 7621), ("GE", "RU", 3533), ("GE", "MN", 785)]
    assert {r[4] for r in found} == {unit}
    assert {r[2] for r in found} == {flow}


def test_a_header_without_a_unit_cell_is_no_table_of_figures() -> None:
    text = ("Georgia news.\n\nGeorgia's football league restarts.\n\nTeams\n\nClub             | Founded\n"
            "Dinamo           | 1925\nTorpedo          | 1946\n")
    assert rows(text) == []


# Before any trade figure, a list whose intro names no side is the trade of the two states the
# article is about, not of the last two states named together in a passing remark.
@pytest.mark.parametrize("remark", [
    "They will look at projects with third countries, above all Mongolia, which the Kazakh side proposed.",
    "Both leaders also spoke about Mongolia and about Kazakhstan's transit routes.",
    "The Kazakh president later flew to Mongolia.",
])
def test_a_list_before_any_figure_takes_the_article_pair(remark: str) -> None:
    text = ("Kazakhstan and Georgia sign a partnership.\n\nThe presidents of Kazakhstan and Georgia signed a "
            "strategic partnership in Tbilisi. Georgia and Kazakhstan will widen cooperation. " + remark
            + "\n\nFigures quoted by officials:\n\n  2023 turnover            $37.4 million\n"
            "  January-April 2024       $12.1 million\n")
    found = [r for r in rows(text) if r[3] in (37.4e6, 12.1e6)]
    assert len(found) == 2 and all({r[0], r[1]} == {"KZ", "GE"} for r in found), found


# A state that opens a sentence after the last trade figures, and was no partner of them, is the
# reporter of a ranking that follows with no reporter of its own; when the state that reported the
# flow before is now a label of the ranking, the flow is seen from the other side.
@pytest.mark.parametrize("turn, ranking, flow", [
    ("Kazakhstan's market is bigger.", "China again came first with 45,984 cars, followed by Georgia (39,984) "
     "and Mongolia (20,320).", "import"),
    ("Kazakhstan is a larger buyer.", "China ranked first with 45,984 cars, followed by Georgia (39,984) and "
     "Mongolia (20,320).", "import"),
    ("Kazakhstan's customs data look different.", "Georgia came first with 45,984 cars, followed by China "
     "(39,984) and Mongolia (20,320).", "import"),
])
def test_a_new_subject_reports_the_ranking(turn: str, ranking: str, flow: str) -> None:
    text = ("Car imports news.\n\nUzbekistan's imports of cars rose in 2023. China reports that it shipped 83,800 "
            "cars to Uzbekistan in 2023.\n\n" + turn + " The committee gave the figures for the year. "
            + ranking + "\n")
    found = [r for r in rows(text) if r[3] in (45984, 39984, 20320)]
    assert len(found) == 3 and all(r[0] == "KZ" for r in found), found
    assert {r[2] for r in found} == {flow}


def test_a_partner_opening_a_sentence_stays_a_partner() -> None:
    # Mongolia was a partner of the figures before: it does not become their reporter
    text = ("Uzbekistan trade news.\n\nUzbekistan's exports to Mongolia rose to $90 million in 2023. Mongolia is "
            "a small market. Russia came first with $410 million, followed by China ($380 million).\n")
    found = [r for r in rows(text) if r[3] in (410e6, 380e6)]
    assert found and all(r[0] == "UZ" for r in found), found


# Each figure of an enumeration of destinations or origins takes the state right after it; the
# total before the enumeration has none; a state named by its capital as a venue is no side.
@pytest.mark.parametrize("sentence", [
    "Exports rose 10 percent to 8.4 bcm, with 3.9 bcm going to Europe, 3.4 bcm to Turkiye and 1.1 bcm to Georgia.",
    "Exports rose to 8.4 bcm, including 3.9 bcm to Europe, 3.4 bcm to Turkiye and 1.1 bcm to Georgia.",
    "At talks in Astana the minister said the country would export 8.4 bcm, including 3.9 bcm for Europe, "
    "3.4 bcm for Turkiye and 1.1 bcm for Georgia.",
    "Sales abroad came to 8.4 bcm, of which 3.9 bcm were sent to Europe, 3.4 bcm were sent to Turkiye and "
    "1.1 bcm to Georgia.",
])
def test_each_figure_of_an_enumeration_takes_its_own_state(sentence: str) -> None:
    text = "Azerbaijan gas news.\n\nAzerbaijan sold more gas abroad in 2023.\n\n" + sentence + "\n"
    found = {r[3]: (r[0], r[1]) for r in rows(text)}
    assert found[8.4e9] == ("AZ", None)
    assert found[3.9e9] == ("AZ", None)
    assert found[3.4e9] == ("AZ", "TR")
    assert found[1.1e9] == ("AZ", "GE")


@pytest.mark.parametrize("sentence, partners", [
    ("Uzbekistan sold 900 tonnes of fruit to Russia, 400 tonnes to Kazakhstan.", {900: "RU", 400: "KZ"}),
    ("Uzbekistan shipped 5,000 tonnes of cotton to Russia and 3,000 tonnes to China.", {5000: "RU", 3000: "CN"}),
    ("Uzbekistan exported 700 tonnes to Russia, 500 tonnes to Kazakhstan and 200 tonnes to China.",
     {700: "RU", 500: "KZ", 200: "CN"}),
])
def test_an_enumeration_of_exports_by_destination(sentence: str, partners) -> None:
    text = "Uzbek trade news.\n\nUzbekistan's exports grew in 2023.\n\n" + sentence + "\n"
    found = {r[3]: (r[0], r[1]) for r in rows(text)}
    for amount, partner in (partners or {}).items():
        assert found[amount] == ("UZ", partner), found


def test_one_shipment_and_its_value_share_the_state() -> None:
    text = "Truck news.\n\nLast year Uzbekistan delivered about 600 trucks worth roughly $40 million to Mongolia.\n"
    assert {(r[0], r[1]) for r in rows(text)} == {("UZ", "MN")}


@pytest.mark.parametrize("phrase, value", [
    ("8.4 bcm", 8.4e9), ("1.2 tcm", 1.2e12), ("8.4 billion cubic metres", 8.4e9),
])
def test_scaled_gas_units(phrase: str, value: float) -> None:
    text = "Gas news.\n\nAzerbaijan exported " + phrase + " of gas to Turkiye in 2023.\n"
    assert [(r[0], r[1], r[3], r[4]) for r in rows(text)] == [("AZ", "TR", value, "cubic_meters")]


# After trade figures, an enumeration of figures each with its own state names its flow by the
# preposition: origins ("from") are imports, destinations ("to") exports.
@pytest.mark.parametrize("sentence, flow", [
    ("Of these, 20,640 came from China, 1,258 from Turkiye and 147 from Georgia.", "import"),
    ("Some 20,640 arrived from China, 1,258 from Turkiye and 147 from Georgia.", "import"),
    ("Of them, 20,640 went to China, 1,258 to Turkiye and 147 to Georgia.", "export"),
    ("Of the total, 20,640 originated from China, 1,258 from Turkiye and 147 from Georgia.", "import"),
])
def test_an_enumeration_of_origins_names_the_flow(sentence: str, flow) -> None:
    text = ("Car trade news.\n\nUzbekistan traded 22,400 electric cars in 2023.\n\n"
            "Uzbekistan traded 22,400 electric cars with other countries in January-October 2023. " + sentence + "\n")
    found = {r[3]: (r[0], r[1], r[2]) for r in rows(text)}
    assert found[1258] == ("UZ", "TR", flow), found
    assert found[147] == ("UZ", "GE", flow), found



# A part of a turnover given as one side's flow ("..., of which Georgian deliveries to Turkiye
# accounted for $0.5 billion") is told from the side whose figures are in force: among Turkish
# figures, Turkiye's imports from Georgia; with no reporter in force, for a turnover naming its own
# sides, or for a flow named as the seller's ("of which Georgian exports made up"), the seller's
# exports; a flow in a sentence of its own is no part.
_FIGURES_OF_TURKIYE = "Trade news.\n\nTurkish statistics give the details:\n- Turkish exports to Georgia in 2023: $1.6 billion.\n\n"


@pytest.mark.parametrize("before, sentence, expected", [
    (_FIGURES_OF_TURKIYE, "In January-October 2024, trade rose to $2.2 billion, of which Georgian deliveries to Turkiye "
     "accounted for about $0.5 billion.", ("TR", "GE", "import")),
    (_FIGURES_OF_TURKIYE, "Turnover reached $2.2 billion in January-October 2024, of this Georgian shipments to Turkiye "
     "were worth $0.5 billion.", ("TR", "GE", "import")),
    (_FIGURES_OF_TURKIYE, "In January-October 2024 trade grew to $2.2 billion, with Georgian supplies to Turkiye making "
     "up $0.5 billion.", ("TR", "GE", "import")),
    (_FIGURES_OF_TURKIYE, "In January-October 2024 trade grew to $2.2 billion, of which Georgian exports made up $0.5 "
     "billion.", ("GE", "TR", "export")),
    (_FIGURES_OF_TURKIYE, "In January-October 2024 trade grew to $2.2 billion, of which Turkish exports to Georgia came "
     "to $1.7 billion.", ("TR", "GE", "export")),
    ("", "In January-October 2024, trade between Turkiye and Georgia rose to $2.2 billion, of which Georgian deliveries "
     "to Turkiye accounted for about $0.5 billion.", ("GE", "TR", "export")),
    ("", "Trade between Georgia and Turkiye reached $2.2 billion in 2023, with Georgian exports to Turkiye accounting "
     "for $0.5 billion.", ("GE", "TR", "export")),
    (_FIGURES_OF_TURKIYE, "In January-October 2024 trade rose to $2.2 billion. Georgian deliveries to Turkiye "
     "accounted for about $0.5 billion.", ("GE", "TR", "export")),
])
def test_a_part_of_a_turnover_is_told_by_the_reporter_in_force(before: str, sentence: str, expected: tuple) -> None:
    assert rows(before + sentence)[-1][:3] == expected


@pytest.mark.parametrize("middle", [
    "Russia remained by far the biggest buyer.",
    "Russian customers had paid less.",
])
def test_a_buyer_named_between_keeps_the_exporter_in_force(middle: str) -> None:
    # the state named as the buyer is the other side, not the state the text turns to; figures
    # with no state after it are the exporter's whose total came last
    text = (f"Georgia earned $42.8 million from exports of water in January-May 2020. {middle} "
            "Before Russia's 2006 embargo, most of the water went to the Russian market; Russia lifted the ban in 2013. "
            "In January-May of last year exports reached 86.9 million litres.")
    rows = facts_of(text, published=date(2020, 6, 19)).trade
    assert [(r.reporter_country_code, r.amount) for r in rows] == [("GE", 42.8e6), ("GE", 86.9e6)]


def test_a_buyer_pointed_back_to_takes_the_exporters_goods() -> None:
    text = ("Russia exported 47.5 mln tonnes of wheat in 2023. Among wheat buyers Egypt ranked second and "
            "Algeria fourth, the latter taking 1.448 mln tonnes.")
    rows = facts_of(text, published=date(2024, 2, 1)).trade
    assert [(r.reporter_country_code, r.partner_country_code, r.flow, r.amount) for r in rows] == [
        ("RU", None, "export", 47.5e6), ("RU", "DZ", "export", 1.448e6)]
