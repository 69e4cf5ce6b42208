"""Organisations whose member states act together (extraction/facts/organizations.py):
every module-level pattern with a table of invented examples, read the way
`organizations.acting` reads it ([brackets] mark the organisation's name; see
tests/pattern_table.py)."""
from __future__ import annotations

import pytest

from extraction.facts import groups as organizations
from pattern_table import Rule, cases, module_patterns, reads

RULES: tuple[Rule, ...] = (
    # the 40 characters before the organisation's name: its leaders or members act
    Rule("_ACTING_BEFORE", "bounded", window=40,
         match=["Heads of state of the [Organization of Turkic States] signed twelve documents.",
                "The leaders of the [SCO] adopted a declaration.",
                "Member states of the [EAEU] agreed on common tariffs.",
                "At the summit of the [CIS] in Ashgabat, 14 documents were signed."],
         no_match=["The secretary general of the [SCO] visited Astana.",
                   "Turkmenistan holds observer status in the [OTS]."]),
    # right after the name: its leaders or members act, or it signs
    Rule("_ACTING_AFTER", "after",
         ["The [SCO] heads of state adopted 25 documents.",
          "The [EAEU] member states signed a deal with Iran.",
          "The [Organization of Turkic States] (OTS) leaders met in Astana.",
          "The [EAEU] has signed a free trade agreement with Iran."],
         ["The [SCO] secretariat is in Beijing.",
          "The [EAEU] market is open to Uzbek cars."]),
    # anywhere in the sentence: the organisation named before
    Rule("_BACK_REFERENCE", "search",
         ["The member states signed a free trade agreement with Iran.",
          "The organisation adopted 12 documents.",
          "The bloc signed a deal with Vietnam.",
          "Trade within the union grew by 9 percent."],
         ["The Soviet Union collapsed in 1991.",
          "Kazakhstan joined a customs union in 2010."]),
)


@pytest.mark.parametrize("name, example", cases(RULES, positive=True))
def test_pattern_matches_its_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert reads(getattr(organizations, name), rule, example)


@pytest.mark.parametrize("name, example", cases(RULES, positive=False))
def test_pattern_leaves_out_its_counter_examples(name: str, example: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert not reads(getattr(organizations, name), rule, example)


def test_every_pattern_has_a_table() -> None:
    assert module_patterns(organizations, public_only=False) == {r.name for r in RULES}
    assert all(len(r.match) >= 3 and len(r.no_match) >= 2 for r in RULES)
