"""What a figure is in its sentence: a level, a change, or a comparison base.

News states a level and, beside it, how it moved: "rose by $5.4 billion to
$94.8 billion", "43,413 fewer than a year earlier", "10.5 percent (about $940
million) more". A change is not a volume or an output, so it never becomes a
fact. A comparison base ("up from $89.4 billion in 2023", "compared with 3,686
in January-November 2022", "to 74,200 units from 80,500") is the level of an
earlier period: a fact of its own, for that period.

Each rule is a named pattern read right before or right after the figure;
the first rule that matches decides (`ROLE_RULES`, in order). A figure no rule
matches is a level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.lexicon import MONTHS, alternation, capitalised
from extraction.records import Quantity

LEVEL, CHANGE, BASE = "level", "change", "base"
_MONTH = alternation(capitalised(MONTHS))

I = re.I
# What may sit between a cue and its figure: qualifiers and a little colour.
_Q = r"(?:(?:about|around|almost|nearly|over|(?:more|less)\s+than|some|just|roughly|under|only|a\s+modest|a\s+mere|a\s+further|another|an\s+extra|a\s+record)\s+){0,2}"


@dataclass(frozen=True)
class RoleRule:
    name: str
    role: str
    where: str                 # 'before': matched on the text ending at the figure; 'after': from its end
    pattern: re.Pattern
    before_too: re.Pattern | None = None    # an 'after' rule that also needs these words before the figure


ROLE_RULES: tuple[RoleRule, ...] = (
    # "rose by $5.4 billion", "or by $12 billion", "fell by almost $260 million"
    RoleRule("by_amount", CHANGE, "before", re.compile(rf"(?<![\w-])by\s+{_Q}$", I)),
    # "(+$2.9 billion)", "+12,000 units", "(-17.5%)"
    # ("Turkey - $2.46 billion" is a list line: a minus sign is glued to its number)
    RoleRule("signed_amount", CHANGE, "before", re.compile(rf"(?:^|[\s(\[])[+\u2212]\s*{_Q}$|\(\s*-\s*$|(?:^|[\s\[,])-$")),
    # ", up $5 million", "exports were down $260 million" (not "up to", not "made up $1 billion")
    RoleRule("up_down_amount", CHANGE, "before", re.compile(
        rf"(?:^|[,(;:]\s*|\b(?:or|and|were|was|is|are|been|being|figure|trade|turnover|exports?|imports?|output"
        rf"|production)\s+)(?:up|down)\s+{_Q}$", I)),
    # "an increase of 5,000", "a decline of $260 million", "a gain of"
    RoleRule("change_noun_of", CHANGE, "before", re.compile(
        rf"\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|reduction|contraction|loss|surplus"
        rf"|deficit|shortfall|difference)\s+of\s+{_Q}$", I)),
    # "added 12,000", "lost $300 million", "is designed to add 10 billion cubic metres"
    RoleRule("gained_amount", CHANGE, "before", re.compile(rf"\b(?:add|adds|adding|added|gained|lost|shed)\s+{_Q}$", I)),
    # "rose 10.5 percent (about $940 million)": a percentage change restated as an amount
    # (a share restated stays a level: "Russia's share was 18.6%, or $18.9 billion")
    RoleRule("percent_change_restated", CHANGE, "before", re.compile(
        rf"\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased|slipped|up|down|growth|increase"
        rf"|decrease|rise|decline|drop)\s+(?:by\s+)?(?:\w+\s+)?[\d.,]+\s*(?:%|per\s?cent\b|pct\b)"
        rf"\s*(?:,\s*or\s+|\(\s*(?:or\s+)?){_Q}$", I)),
    # "43,413 fewer than", "10,401 units more than in 2020", "5,000 more cars than"
    RoleRule("more_than_after", CHANGE, "after", re.compile(
        r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:more|fewer|less|higher|lower)\b"
        r"(?!\s+(?:than\s+)?(?:\d|half|double|twice))(?:\s+\w+){0,3}?\s+(?:than|on|compared|from|year|over|against)\b"
        r"|^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:more|fewer|less)\s+than\s+(?:a|the|in|last|during|for|over)\b", I)),
    # "came to $443 million, 75.6 percent, or $190.7 million, more than a year earlier": a percentage
    # restated as an amount, then compared (a restated share with no comparison after it stays a level)
    RoleRule("percent_restated_more_after", CHANGE, "after", re.compile(
        r"^\s*,?\s*(?:more|less|fewer|higher|lower)\b(?!\s+(?:than\s+)?(?:half|double|twice))", I),
        re.compile(rf"\d\s*(?:%|per\s?cent\b|pct\b)\s*(?:,\s*or\s+|\(\s*(?:or\s+)?){_Q}$", I)),
    # "$940 million) more", "(about $940 million more)": closing a parenthetical change
    RoleRule("paren_more_after", CHANGE, "after", re.compile(
        r"^\s*(?:\([^()]{1,20}\)\s*)?\)?\s*(?:more|less|fewer|higher|lower)\b", I)),
    # "turnover reached $19.5 billion in 2020, $4.6 billion or 19.3% less than a year earlier": an
    # amount set after a comma with no verb of its own, then restated as a percentage compared; an
    # amount a verb states stays the level it restates ("reached $3.1 billion, or 14% more than in 2022")
    RoleRule("appositive_amount_percent_more", CHANGE, "after", re.compile(
        r"^(?:\s+[a-z][\w-]*)?\s*,?\s*(?:\(\s*)?(?:or\s+)?(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent\b|percent\b|pct\b)\s*\)?\s*,?\s*"
        r"(?:more|less|fewer|higher|lower|up|down)\b", I),
        # (or after "which is": "reached $748.8 million, which is $123.8 million, or 19.8%, more than")
        re.compile(rf"\d[^,;:\d]{{0,40}},\s*(?:(?:which|that)\s+(?:is|was|means|meant|makes|made)\s+)?{_Q}$")),
    # "up from $89.4 billion", "compared with 3,686", "against 1,125", "versus", "from 80,500"
    RoleRule("comparison_base", BASE, "before", re.compile(
        rf"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bas\s+against|\bcomparing\s+with"
        rf"|\bafter|\bon\s+the"
        # "less than half of the $456 million it sold a year before": a ratio to a base
        rf"|\b(?:less|more)\s+than\s+(?:half|a\s+third|a\s+quarter|twice|double|three\s+times)(?:\s+of)?)"
        rf"\s+{_Q}(?:the\s+)?$", I)),
    # "12 percent less than the 291.4 thousand tonnes of a year earlier", "1 percent below the 925
    # thousand ounces of 2021": the figure a percentage compares with
    RoleRule("percent_than_base", BASE, "before", re.compile(
        rf"\d\s*(?:%|per\s?cent\b|pct\b)\s+(?:more|less|fewer|higher|lower|below|above)\s+(?:than\s+)?"
        rf"{_Q}(?:the\s+)?$", I)),
    # "31% more than a year before ($2.9 billion)", "up 12 percent on 2022 (3,100 units)": the base
    # restated in brackets right after the comparison
    RoleRule("bracketed_base", BASE, "before", re.compile(
        r"\b(?:than|on|compared\s+(?:with|to)|against|over)\s+(?:(?:in|during)\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?"
        r"(?:(?:a|one|two|the\s+previous|the\s+prior)\s+years?(?:\s+(?:earlier|before|ago))?|last\s+year|(?:19|20)\d\d"
        rf"|(?:{_MONTH})(?:-(?:{_MONTH}))?(?:\s+(?:19|20)\d\d)?)\s*\(\s*$")),
)

_BEFORE_WINDOW = 60
_AFTER_WINDOW = 60


def figure_role(text: str, q: Quantity) -> tuple[str, str | None]:
    """(role, name of the rule that decided it) of the quantity `q` of sentence `text`."""
    before = text[max(0, q.start - _BEFORE_WINDOW):q.start]
    after = text[q.end:q.end + _AFTER_WINDOW]
    for rule in ROLE_RULES:
        window = before if rule.where == "before" else after
        if rule.pattern.search(window) is not None and (rule.before_too is None or rule.before_too.search(before)):
            return rule.role, rule.name
    return LEVEL, None


_YEARS_BACK = re.compile(
    r"^[^;]{0,40}?\b(?:(?P<n>a|one|two|three|[1-3])\s+years?\s+(?:earlier|ago|before|previously)"
    r"|(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+year)\b", I)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3}


def years_back(after: str) -> int:
    """How many years before the level a comparison base lies, from the words after it
    ("a year earlier", "two years ago", "last year"); a base with no such words is a
    year-on-year comparison, the way statistics are reported: 1."""
    m = _YEARS_BACK.match(after)
    if m is None or m.group("n") is None:
        return 1
    n = m.group("n").lower()
    return _NUMBER.get(n) or int(n)
