"""Groups of countries: named as one side of trade ("trade with the Eurasian Economic Union"),
or acting together ("the SCO heads of state adopted 25 documents", "Heads of state of the
Organization of Turkic States signed twelve documents", "the member states signed a free trade
agreement with Iran", the union named before).

Which groups there are, their names and members are reference knowledge (seeds
`country_groups`, `country_group_aliases`, `country_group_members`); how the text says that a
group acts is English, here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extraction.seeds import read_seed

# The organisation acts when its leaders or members do, or it signs, adopts, approves.
_ACTORS = r"(?:heads\s+of\s+(?:state|government)|leaders|presidents|member\s+(?:states|countries)|members|summit)"
_ACTING_BEFORE = re.compile(rf"\b{_ACTORS}\s+of\s+(?:the\s+)?$", re.I)
_ACTING_AFTER = re.compile(
    rf"(?:\s*\([A-Z+]+\))?\s*(?:{_ACTORS}\b|(?:has\s+|have\s+)?(?:signed|adopted|approved|concluded|agreed)\b)", re.I)
# "the member states", "the organisation", "the union", "the bloc": the organisation named before
_BACK_REFERENCE = re.compile(r"\bthe\s+(?:member\s+(?:states|countries)|organi[sz]ation|union|bloc)\b", re.I)


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, dict[str, str], dict[str, list[tuple[str, int, int | None]]]]:
    aliases = {r["alias"]: r["group_code"] for r in read_seed("country_group_aliases")}
    members: dict[str, list[tuple[str, int, int | None]]] = {}
    for r in read_seed("country_group_members"):
        members.setdefault(r["group_code"], []).append(
            (r["country_code"], int(r["joined_year"]), int(r["left_year"]) if r["left_year"] else None))
    names = sorted(aliases, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, aliases, members


@lru_cache(maxsize=1)
def _first_words() -> re.Pattern:
    """The first word of every alias: a sentence without one names no group (one scan for a
    few words instead of the alternation of every alias)."""
    words = sorted({alias.split()[0].split("-")[0] for alias in _tables()[1]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def named(text: str) -> list[tuple[int, int, str]]:
    """(start, end, group code) of each group of countries the text names."""
    if _first_words().search(text) is None:
        return []
    pattern, aliases, _ = _tables()
    return [(m.start(), m.end(), aliases[m.group()]) for m in pattern.finditer(text)]


def acting(text: str, last_named: str | None) -> str | None:
    """The organisation whose member states act in this sentence, if any: one named as acting
    ("SCO heads of state", "heads of state of the OTS", "the EAEU signed"), or, for "the member
    states", the one named last before it."""
    for start, end, org in named(text):
        if _ACTING_BEFORE.search(text, max(0, start - 40), start) or _ACTING_AFTER.match(text, end):
            return org
    if last_named and _BACK_REFERENCE.search(text):
        return last_named
    return None


def members(organization: str, year: int | None) -> list[str]:
    """Member states of the organisation in `year` (today's members when the year is unknown)."""
    _, _, table = _tables()
    return [code for code, joined, left in table.get(organization, [])
            if (year is None and left is None) or (year is not None and joined <= year and (left is None or year < left))]
