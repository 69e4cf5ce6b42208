"""Figure roles (extraction/facts/roles.py): each rule with invented examples.
The figure under test is the quantity inside [brackets]."""
import pytest

from extraction.facts.roles import BASE, CHANGE, LEVEL, ROLE_RULES, figure_role, years_back
from extraction.quantities import find_quantities


def role_of(marked: str) -> tuple[str, str | None]:
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    q = next(q for q in find_quantities(text) if q.start <= start < q.end or q.start == start)
    return figure_role(text, q)


EXAMPLES = [
    # (rule that decides, sentence) -- changes
    ("by_amount", "Trade rose by [$5.4 billion] to $94.8 billion."),
    ("by_amount", "Exports grew 23.9 percent, or by [$12 billion], on 2022."),
    ("by_amount", "Truck output fell by almost [185 units] to 3,979."),
    ("signed_amount", "Trade grew with Kazakhstan (+[$2.8 billion]) and Kyrgyzstan."),
    ("signed_amount", "Tyres: 712,100 units, -[40,000] on the year."),
    ("up_down_amount", "Exports to Georgia were up [$300 million] on the year."),
    ("up_down_amount", "Trade with Tajikistan slipped, down [$65 million]."),
    ("change_noun_of", "Output showed an increase of [5,000 cars] over 2022."),
    ("change_noun_of", "The trade surplus of [$2 billion] was a record."),
    ("gained_amount", "The plant added [12,000 units] to its output."),
    ("gained_amount", "The new phase is designed to add [10 billion cubic metres] of annual production."),
    ("gained_amount", "The order was extended, adding [17 locomotives] to the 100 ordered earlier."),
    ("percent_change_restated", "Turnover rose 10.5 percent (about [$940 million]) on the year."),
    ("more_than_after", "The industry made 236,667 cars, [43,413] fewer than a year earlier."),
    ("more_than_after", "It shipped 28,952 cars, which is [10,401 units] more than in 2020."),
    ("percent_restated_more_after", "Trade came to $443 million, 75.6 percent, or [$190.7 million], more than a year earlier."),
    ("percent_restated_more_after", "Exports stood at $2.1 billion, 12%, or [$230 million], lower than in 2022."),
    ("percent_restated_more_after", "Imports were 9 per cent, or some [$80 million], higher than planned."),
    ("paren_more_after", "Turnover reached $9.9 billion, 10 percent (about [$900 million]) more."),
    ("paren_more_after", "Turnover stood at $29.2 billion, [$4.7 billion] (19.4%) more than a year before."),
    ("appositive_amount_percent_more", "Trade reached $8.1 billion in 2021, [$1.2 billion] or 17% more than in 2020."),
    ("appositive_amount_percent_more", "Output came to 61,000 cars in 2022, [9,000 cars], or 13 percent, lower than planned."),
    ("appositive_amount_percent_more", "Turnover reached $748.8 million, which is [$123.8 million], or 19.8%, more than a year earlier."),
    # comparison bases
    ("comparison_base", "Trade reached $94.8 billion, up from [$89.4 billion] in 2023."),
    ("comparison_base", "Plants built 3,015 trucks, compared with [3,686] in 2022."),
    ("comparison_base", "Production fell to 74,200 units from [80,500]."),
    ("comparison_base", "Exports reached $3 billion, up from more than [$2.8 billion] a year earlier."),
    ("comparison_base", "Wheat sales dropped to 90,000 tonnes, down from less than [120,000 tonnes]."),
    ("bracketed_base", "Trade reached $3.8 billion, 31% more than a year before ([$2.9 billion]), and grew."),
    ("bracketed_base", "Bus output rose 12 percent on 2022 ([3,100 units])."),
    ("bracketed_base", "Exports were 8% higher than in January-March ([$410 million])."),
    ("comparison_base", "Bus output was 776 units against [1,125] a year earlier."),
    ("comparison_base", "Exports were $218 million, less than half of the [$456 million] sold a year before."),
    ("comparison_base", "Imports came to $9 million, more than twice the [$4 million] of 2022."),
    ("percent_than_base", "Output was 256.9 thousand tonnes, 12 percent less than the [291.4 thousand tonnes] of 2021."),
    ("percent_than_base", "The mine produced 912 thousand ounces, only 1 percent below the [925 thousand ounces] of 2021."),
    ("percent_than_base", "Exports reached $3.1 billion, 14% higher than [$2.7 billion] a year before."),
    ("percent_than_base", "Tractor sales came to 4,100 units, 9 per cent above the [3,760] of 2022."),
]

LEVELS = [
    "Trade rose by 26 percent to [$1.6 billion].",
    "Kazakh exports made up [$1.1 billion] of the total.",
    "Russia's share was 18.6%, or [$18.9 billion].",
    "Imports reached [$6.28 billion], up 8.7 percent.",
    "The plant can build up to [30,000 cars] a year.",
    "It exported more than [10,000 cars] to Russia.",
    "Exports grew to more than [$2 billion] in 2023.",
    "Exports rose by 13.6 percent to [$3.63 billion].",
    "The sides set up [two] plants.",
    "The additional line makes [5,000 cars] a year.",
    "In addition, [3,000 trucks] were built.",
    "Exports to Kazakhstan grew faster than to Russia ([$2 billion]).",
    "Trade was 5% higher than planned ([$1.2 billion]).",
    # a restated share compared to nothing, an amount compared with no percentage before it
    "Russia's share was 18.6%, or [$18.9 billion], down from 20%.",
    "China's share was 21%, or [$29 billion], more than twice Russia's.",
    "Exports reached [$5 billion], more than in any year before.",
    # a percentage above or below no figure: the level it qualifies
    "Output was 12 percent below plan at [256.9 thousand tonnes].",
    "Prices were 5% above the average, at [$400] a tonne.",
]


@pytest.mark.parametrize("rule, sentence", EXAMPLES)
def test_rule_decides_its_examples(rule: str, sentence: str) -> None:
    expected = next(r.role for r in ROLE_RULES if r.name == rule)
    assert role_of(sentence) == (expected, rule)


@pytest.mark.parametrize("sentence", [s for s in LEVELS if "[two]" not in s])
def test_levels(sentence: str) -> None:
    assert role_of(sentence) == (LEVEL, None)


def test_every_rule_has_an_example() -> None:
    assert {r.name for r in ROLE_RULES} == {rule for rule, _ in EXAMPLES}


@pytest.mark.parametrize("after, years", [(" a year earlier", 1), (" two years ago", 2), (" last year", 1),
                                          (" in the same period", 1), ("", 1), (" 3 years before", 3)])
def test_years_back(after: str, years: int) -> None:
    assert years_back(after) == years


def test_roles_are_the_three_kinds() -> None:
    assert {r.role for r in ROLE_RULES} == {CHANGE, BASE}
