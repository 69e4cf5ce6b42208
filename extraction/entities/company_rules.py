"""The named rules that read a company nobody listed from a segment of capitalised words.

A segment is a stretch of a capitalised run that may name one company ("Zarmed Invest LLC",
"the Chinese carmaker Zhaoyang"). `by_legal_form` reads names closed by a legal form, left to right
(the scanner reads the rest of the segment again after each one). A segment without a legal form
goes through `RULES` in order; the first rule that applies decides: it names a company
(`Name`), or says that the segment names none (`NO_NAME`), or does not apply (None).

Each rule's docstring gives examples; tests/test_company_rules.py holds a table of invented
sentences per rule, found and not found; a found company records the rule (`Hit.rule`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extraction.entities.lookup import country_code_for
from extraction.entities.tokens import Hit, Tok
from extraction.entities.vocabulary import (DESIGNATORS, FUNCTION, GENERIC, SITE_HEADS, SITE_INDUSTRY, TITLES,
                                            TRIGGERS)
from extraction.reference import COMPANY, COUNTRY, PLACE, reference

if TYPE_CHECKING:
    from extraction.entities.companies import Scanner

# A unit of a run is a gazetteer hit (`Hit`) or a lone capitalised token (`Tok`): both have
# start, end, first, last, hit (None for a token), entry, kind and norm ('' for a hit).
Unit = Tok | Hit

_TRIGGER_ALT = "|".join(sorted(TRIGGERS, key=len, reverse=True))
_AFTER_STARTS = (", a ", ", an ", ", the ", ", one ", " is ", " was ", " remains ", " became ", " has become ")
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|one\s+of\s+the|one\s+of)\s+((?:[\w’'&-]+\s+){0,6}?)(?:" + _TRIGGER_ALT + r")\b(?!['’])")
_COPULA = re.compile(
    r"\s+(?:is|was|remains|became|has\s+become)\s+(?:a|an|the|one\s+of\s+the)\s+((?:[\w’'-]+\s+){0,5}?)(?:"
    + _TRIGGER_ALT + r")\b(?!['’])")


@dataclass(slots=True)
class Segment:
    """A segment without legal forms, as the rules read it."""
    units: list[Unit]
    gaps: list[str]                # gaps[k] lies between units[k] and units[k + 1]
    context_code: str | None       # a leading demonym's country ("Tajik Aluminium ...")
    titled: bool                   # it holds a title ("President", "CEO")
    known: int | None              # index of its first known company


@dataclass(frozen=True, slots=True)
class Name:
    """A company a rule found: its units and the country the rule read for it."""
    units: list[Unit]
    code: str | None


NO_NAME = Name([], None)           # the rule decides: this segment names no company

Rule = Callable[["Scanner", Segment], Name | None]


# ---------------------------------------------------------------------------- the rules

def by_legal_form(scanner: Scanner, name_units: list[Unit], core: list[Unit], strict: bool,
                  context_code: str | None) -> Name | None:
    """A legal form before or after a name: "Zarmed Invest LLC", "PJSC Qorgan", "Holding Asia Group".

    `core` is the name without its legal forms; it must name something: not a title, not only
    countries and generic words ("Kazakh National Company"), and after a word-like legal form
    ("Company", "Limited": `strict`) it needs a distinctive word or a nationality plus a trade
    ("Tajik Aluminium Company")."""
    if not core or any(u.hit is None and u.norm in TITLES for u in core):
        return None
    if len(core) == 1 and core[0].kind == COMPANY:
        return None                                       # a known name: the gazetteer has it
    if all(is_geo(u) or is_demonym(u) or (u.hit is None and u.norm in GENERIC) for u in core):
        return None
    national = len(core) >= 2 and any(is_geo(u) or is_demonym(u) for u in core)
    if strict and not distinctive(core) and not national:
        return None
    trailing = next((u.entry.code for u in reversed(core) if is_geo(u)), None)
    return Name(name_units, trailing or context_code)


def local_company(scanner: Scanner, seg: Segment) -> Name | None:
    """A known company and a country or place: its local company ("Kia Qazaqstan", "Geely
    Tajikistan"). A segment holding a known company names nothing else."""
    if seg.known is None:
        return None
    units, gaps, k0 = seg.units, seg.gaps, seg.known
    tail = units[k0 + 1:]
    if 1 <= len(tail) <= 3 and is_geo(tail[-1]) and not tail[-1].last.poss and \
            all(g == " " for g in gaps[k0:]) and \
            all(u.hit is None and u.norm not in FUNCTION for u in tail[:-1]):
        return Name(units[k0:], tail[-1].entry.code or seg.context_code)
    return NO_NAME


def person(scanner: Scanner, seg: Segment) -> Name | None:
    """A title names a person or an office, not a company ("President Alim Qorgan")."""
    return NO_NAME if seg.titled else None


def head_word(scanner: Scanner, seg: Segment) -> Name | None:
    """A company head word at the end: "Fujiyama Hengshan Investment", "Loulan Group", "Qorgan
    Tractor Works" (a plant named for its industry is an enterprise). The name needs one distinctive
    word: "Working Group", "Chinese Investment" are not companies. A country or place after the
    head word stays in the name and gives its country ("Loulan Group Kazakhstan")."""
    core, trailing_geo = _without_trailing_geo(seg.units)
    if core[-1].hit is not None or not is_head(core):
        return None
    return Name(seg.units, trailing_geo or seg.context_code) if distinctive(core[:-1]) else NO_NAME


def described_before(scanner: Scanner, seg: Segment) -> Name | None:
    """A noun for a company right before the name: "the Chinese carmaker Zhaoyang" (the country
    before the noun is its home), "the company Qorgan"."""
    code = scanner.context_before(seg.units[0].start)
    if code is False:
        return None
    return _described(scanner, seg, code)


def described_after(scanner: Scanner, seg: Segment) -> Name | None:
    """A description right after the name: "Qorgan Trans, a subsidiary of ...", "Zhaoyang, a
    Chinese maker of buses" (the country in it is its home), "Qorgan is the largest company"."""
    if not scanner.context_after(seg.units[-1].end):
        return None
    return _described(scanner, seg, None)


LEGAL_FORM_RULE = "legal form"
RULES: tuple[tuple[str, Rule], ...] = (
    ("local company", local_company),
    ("person", person),
    ("head word", head_word),
    ("described before", described_before),
    ("described after", described_after),
)


# ---------------------------------------------------------------------------- what the rules read

def _described(scanner: Scanner, seg: Segment, code: str | None) -> Name:
    units = seg.units
    if not distinctive(units) or all(is_geo(u) for u in units):
        return NO_NAME
    _, trailing_geo = _without_trailing_geo(units)
    return Name(units, trailing_geo or seg.context_code or code or scanner.appositive_code(units[-1].end))


def _without_trailing_geo(units: list[Unit]) -> tuple[list[Unit], str | None]:
    """The units without the countries and places that end them, and the first such country."""
    core, code = units, None
    while len(core) > 1 and is_geo(core[-1]):
        code = core[-1].entry.code
        core = core[:-1]
    return core, code


def is_head(core: list[Unit]) -> bool:
    """Does the last unit end a company name: a head word ("Group", "Motors") after another word,
    or "Plant", "Works" after an industry word ("Tractor Works")?"""
    head = core[-1].norm
    if head in DESIGNATORS:
        return len(core) > 1
    if head in SITE_HEADS and len(core) > 2:
        return core[-2].hit is None and core[-2].norm in SITE_INDUSTRY
    return False


def distinctive(units: list[Unit]) -> bool:
    """At least one word that names something: not generic, not a country, not a head word."""
    legal = reference().legal
    for u in units:
        e = u.entry
        if u.hit is not None:
            if e is None or e.kind in (COMPANY, PLACE) or (e.kind == COUNTRY and e.sub == "capital"):
                return True
            continue
        w = u.norm
        if w in FUNCTION or w in GENERIC or w in DESIGNATORS or w in TITLES or w in SITE_HEADS \
                or w in SITE_INDUSTRY or w in legal or w.isdigit():
            continue
        return True
    return False


def is_demonym(u: Unit) -> bool:
    e = u.entry
    return e is not None and e.kind == COUNTRY and e.sub == "demonym"


def is_geo(u: Unit) -> bool:
    e = u.entry
    return e is not None and e.kind in (COUNTRY, PLACE) and (e.kind == PLACE or e.sub in ("name", "capital"))


def context_after(text: str, end: int) -> bool:
    """Does an appositive or a copula describing a company follow `end`?"""
    if not text.startswith(_AFTER_STARTS, end):
        return False
    return bool(_APPOSITIVE.match(text, end, end + 90) or _COPULA.match(text, end, end + 90))


def appositive_code(text: str, end: int) -> str | None:
    """The country in the description after `end` ("X, a Chinese carmaker")."""
    m = _APPOSITIVE.match(text, end, end + 90) or _COPULA.match(text, end, end + 90)
    if m is None:
        return None
    for w in m.group(1).split():
        code = country_code_for(w.strip(",.-"))
        if code:
            return code
    return None
