"""Trade figures told in many words, a table of invented paraphrases: flow verbs with the goods between the
verb and the destination, the buyer as the verb's first object, turnover told without the word "trade",
and near misses that are no trade figure."""
from datetime import date

import pytest

from facts_helpers import facts_of

Y23 = (date(2023, 1, 1), date(2023, 12, 31))


def rows(text: str):
    return [(r.flow, r.reporter_country_code, r.partner_country_code, r.amount)
            for r in facts_of(text).trade]


@pytest.mark.parametrize("text, expected", [
    # a flow verb, the goods (with their own figures), then the destination
    ("Kazakhstan supplied 1.5 million tonnes of oil products to Kyrgyzstan in 2023.",
     [("export", "KZ", "KG", 1.5e6)]),
    ("Georgia supplied 300,000 tonnes of mineral water to Azerbaijan last year.", [("export", "GE", "AZ", 3e5)]),
    ("In 2023 Uzbekistan sent fabrics and clothes worth $102 million and 15,300 tonnes of fruit and vegetables "
     "worth $16.8 million to the Russian market.",
     [("export", "UZ", "RU", 1.02e8), ("export", "UZ", "RU", 15300), ("export", "UZ", "RU", 1.68e7)]),
    ("Last year Kazakhstan shipped wheat, flour, barley and sunflower oil worth a combined $1.2 billion and "
     "300,000 tonnes of coal to Uzbekistan.", [("export", "KZ", "UZ", 1.2e9), ("export", "KZ", "UZ", 3e5)]),
    # the buyer as the verb's first object
    ("Russia supplied Kazakhstan with 1.5 million tonnes of petrol in 2023.", [("export", "RU", "KZ", 1.5e6)]),
    ("Turkiye supplied Georgia with goods worth $2.1 billion in 2023.", [("export", "TR", "GE", 2.1e9)]),
    ("China sold Kyrgyzstan goods worth $15 billion in 2023.", [("export", "CN", "KG", 1.5e10)]),
    # received ... from: the receiver's import
    ("Kyrgyzstan received $1.1 billion worth of fuel from Russia in 2023.", [("import", "KG", "RU", 1.1e9)]),
    # turnover in other words
    ("Goods worth more than $2.8 billion crossed the border between Kazakhstan and Uzbekistan in 2023.",
     [("turnover", "KZ", "UZ", 2.8e9)]),
    ("Kazakhstan and Uzbekistan are close partners. Goods worth $2.8 billion crossed the border between the two "
     "neighbours in 2023.", [("turnover", "KZ", "UZ", 2.8e9)]),
    ("Commerce between Uzbekistan and Russia totalled $9.8 billion last year.", [("turnover", "UZ", "RU", 9.8e9)]),
    ("In 2023 Georgia and Azerbaijan exchanged goods worth $1.4 billion.", [("turnover", "GE", "AZ", 1.4e9)]),
    # forms that already held: kept as the table's control rows
    ("Trade between Georgia and Azerbaijan came in at $1.1 billion in 2023.", [("turnover", "GE", "AZ", 1.1e9)]),
    ("The value of goods traded between Kazakhstan and China reached $31 billion in 2023.",
     [("turnover", "KZ", "CN", 3.1e10)]),
    ("Georgia's purchases from Turkiye rose to $2.1 billion in 2023.", [("import", "GE", "TR", 2.1e9)]),
    ("Uzbekistan's outbound shipments to Russia were worth $2.5 billion in 2023.", [("export", "UZ", "RU", 2.5e9)]),
    ("Georgia's re-exports of cars to Kazakhstan reached $600 million in 2023.", [("export", "GE", "KZ", 6e8)]),
    ("Kazakhstan sent 300,000 tonnes of flour to Tajikistan in 2023.", [("export", "KZ", "TJ", 3e5)]),
])
def test_trade_paraphrases(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan supplied the plant with 500 tonnes of steel in 2023.",        # the first object is no state
    "Uzbekistan received 2 million tourists from Russia in 2023.",             # no goods
    "Some 12,000 trucks crossed the border between Kazakhstan and China in 2023.",   # vehicles, not goods' value
    "The commerce ministry said e-commerce sales reached $2 billion in 2023.",
    "Chinese investment in Kazakhstan reached $25 billion in 2023.",
    "The price of Kazakh wheat rose to $250 per tonne in 2023.",
    "China's share of Kazakhstan's trade rose to 21% in 2023.",
    "Kazakhstan's GDP reached $260 billion in 2023.",
    # a state after the figure in the next clause is no destination of the figure
    "Its oil shipments reached 1.2 million tonnes, while crude carried on the Aktau line rose from 246,000 to "
    "431,000 tonnes.",
])
def test_trade_paraphrase_near_misses(text: str) -> None:
    assert rows(text) == []


def test_a_label_with_a_clause_after_it_stays_a_label() -> None:
    # "Kyrgyzstan followed with $19.8 billion, and trade with Uzbekistan ...": the state of the next
    # clause is not the figure's destination; the figure stays the labelled state's
    found = facts_of("China's trade with Kazakhstan reached $41 billion in 2023. Kyrgyzstan followed with $19.8 "
                     "billion (+28.8 percent), and trade with Uzbekistan rose by 45 percent to $14 billion.").trade
    by_amount = {r.amount: (r.reporter_country_code, r.partner_country_code) for r in found}
    assert by_amount[1.98e10] == ("CN", "KG")


# A share given with its amount, after the figures it is a share of: the amount is the trade of the reporter
# in force with the share's holder.
@pytest.mark.parametrize("text, expected", [
    ("In 2023, Kazakhstan's foreign trade reached $140 billion. China's share was 21%, or $29 billion.",
     ("turnover", "KZ", "CN", 2.9e10)),
    ("In 2023, Kazakhstan's exports reached $80 billion. The share of China was 15 percent, or about $12 billion.",
     ("export", "KZ", "CN", 1.2e10)),
    ("Georgia's imports rose to $15 billion in 2023. Turkiye's share stood at 17%, or $2.6 billion.",
     ("import", "GE", "TR", 2.6e9)),
])
def test_a_share_with_its_amount(text: str, expected: tuple) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    "In 2023, Kazakhstan's foreign trade reached $140 billion. China's share rose to 21%.",      # no amount
    "In 2023, Kazakhstan's foreign trade reached $140 billion. China's share of investment was 30%, and "
    "Turkiye invested $2 billion.",
])
def test_a_share_without_its_amount_adds_no_row(text: str) -> None:
    assert len(rows(text)) == 1


def test_a_restated_figure_of_no_trade_is_no_row() -> None:
    # "investment reached 25.1 trillion soums ($2 billion)" after trade figures: the bracketed dollars restate
    # the investment; a bracketed value of a traded quantity stays a row
    assert rows("In 2023 Uzbekistan sent goods worth $100 million to Russia. Russian investment and loans "
                "reached 25.1 trillion soums ($2 billion) last year.") == [("export", "UZ", "RU", 1e8)]
    assert ("export", "KZ", "RU", 1.68e7) in rows("Kazakhstan exported 15,300 tonnes ($16.8 million) of fruit to "
                                                  "Russia in 2023.")


# "received ... from": goods received from a state are the receiver's import; money a state received from its
# own exports is what the exports earned, its export value; money received from people, loans, remittances or
# aid is no trade.
@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan received $1.1 billion from cotton yarn exports in 2023.", [("export", "UZ", None, 1.1e9)]),
    ("In 2023 Mongolia received some $4 billion from coal exports, the statistics office said.",
     [("export", "MN", None, 4e9)]),
    ("Kyrgyzstan received $300 million from its gold exports in 2023.", [("export", "KG", None, 3e8)]),
    ("Kazakhstan has received $2.3 billion from the export of wheat since January 2023.",
     [("export", "KZ", None, 2.3e9)]),
    ("Tajikistan received $500 million from aluminium sales abroad in 2023.", [("export", "TJ", None, 5e8)]),
    ("Pakistan received $1.5 billion from rice exports to China in 2023.", [("export", "PK", "CN", 1.5e9)]),
    ("Uzbekistan earned $1.1 billion from cotton yarn exports in 2023.", [("export", "UZ", None, 1.1e9)]),
    # goods received from a state
    ("Uzbekistan received 2 million tonnes of grain from Kazakhstan in 2023.", [("import", "UZ", "KZ", 2e6)]),
    ("Georgia received 300,000 tonnes of wheat from Russia last year.", [("import", "GE", "RU", 3e5)]),
    ("Mongolia received $800 million worth of petrol from Russia in 2023.", [("import", "MN", "RU", 8e8)]),
    ("Uzbekistan received 40,000 cars from Chinese manufacturers in 2023.", [("import", "UZ", "CN", 4e4)]),
])
def test_received_from(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan received $2 billion from foreign investors in 2023.",
    "Uzbekistan received $500 million from export duties in 2023.",
    "Kazakhstan received $3 billion in remittances from Russia in 2023.",
    "Georgia received $120 million in aid from Japan in 2023.",
    "Uzbekistan received $20 million in grants from China in 2023.",
    "Kyrgyzstan received a $200 million loan from China in 2023.",
    "Uzbekistan received $3 billion in remittances from migrants in Russia in 2023.",
])
def test_received_money_of_no_trade(text: str) -> None:
    assert rows(text) == []
