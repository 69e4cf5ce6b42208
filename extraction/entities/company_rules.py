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
from extraction.entities.vocabulary import (AFFILIATE_HEADS, AND_CONTINUES, COMPASS, COMPOUND_HEADS, DESIGNATORS, ENTERPRISE_HEADS, ENTERPRISE_LEAD, FUNCTION,
                                            GENERIC, GEO_HEADS, NOT_AFTER_COMPANY, NOT_NAMES, OFFICER_TITLES,
                                            PLACE_NOUNS, SITE_HEADS, SITE_INDUSTRY, SITE_NOUNS, TITLES, TRIGGERS)
from extraction.lexicon import COUNT_WORDS, alternation
from extraction.reference import COMPANY, COUNTRY, NONCO, PLACE, reference

if TYPE_CHECKING:
    from extraction.entities.companies import Scanner

# A unit of a run is a gazetteer hit (`Hit`) or a lone capitalised token (`Tok`): both have
# start, end, first, last, hit (None for a token), entry, kind and norm ('' for a hit).
Unit = Tok | Hit

_TRIGGER_ALT = "|".join(sorted(TRIGGERS, key=len, reverse=True))
# An appositive after a comma or a dash ("X - a joint venture that ..."), or a copula.
_AFTER_STARTS = (", a ", ", an ", ", the ", ", one ", ", another ", " - a ", " - an ", " – a ", " – an ", " — a ", " — an ",
                 " is ", " was ", " remains ", " became ", " has become ")
# ", a Chinese maker of buses", ", Azerbaijan's largest bus operator" (a possessive name as determiner)
_APPOSITIVE = re.compile(
    r"(?:,|\s[-–—])\s+(?:a|an|the|another|one\s+of\s+the|one\s+of|(?P<owner>[A-Z][\w-]*)['’]s)\s+((?:[\w’'&-]+\s+){0,6}?)(?:"
    + _TRIGGER_ALT + r")\b(?!['’])")
# Belonging to a group: ", part of the Hanjin Group", ", now part of Russia's Orbis holding".
_PART_OF = re.compile(r", (?:now )?part of (?:the )?(?:[A-Z][\w-]*['’]s )?(?:[\w’'&-]+ ){0,4}?"
                      r"(?:[Gg]roup|[Hh]olding|[Cc]oncern|[Cc]onglomerate|[Cc]orporation|company)\b(?!['’])")
# What a company does, in a relative clause: ", which (already) makes ...", ", which launched ...".
_WHICH_MAKES = re.compile(r", which (?:also |already |now |still )?(?:makes|produces|manufactures|builds|assembles|"
                          r"develops|sells|employs|exports|designs|launched|opened)\b")
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
    known: int | None              # index of its first known company or brand
    venture: bool = False          # its run follows "a joint venture of/between" ("... of X and Y")


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
    countries and nationalities ("Kazakhstan JSC"). After a word-like legal form ("Company",
    "Limited": `strict`) nationalities and generic words are not enough ("Kazakh National
    Company"; a country's name with them is a name: "China Power International Development
    Limited"): it needs a distinctive word or a nationality plus a trade ("Tajik Aluminium
    Company")."""
    if not core or any(u.hit is None and u.norm in TITLES for u in core):
        return None
    if len(core) == 1 and core[0].hit is None and _LABEL.fullmatch(core[0].first.word):
        return None                                       # a draw's or a list's label: "Group F", "Holding 2"
    if len(core) == 1 and core[0].kind == COMPANY:
        return None                                       # a known name: the gazetteer has it
    if all(is_geo(u) or is_demonym(u) for u in core):
        return None                                       # "Kazakhstan JSC"
    if strict and all(is_geo(u) or is_demonym(u) or (u.hit is None and u.norm in GENERIC) for u in core) and \
            (len(core) == 1 or not any(is_country_name(u) for u in core)):
        return None
    national = len(core) >= 2 and any(is_geo(u) or is_demonym(u) for u in core)
    if strict and not distinctive(core) and not national:
        return None
    trailing = next((u.entry.code for u in reversed(core) if is_geo(u)), None)
    return Name(name_units, trailing or context_code)


def local_company(scanner: Scanner, seg: Segment) -> Name | None:
    """A known company or a brand and a country or place: its local company ("Kia Qazaqstan",
    "Geely Tajikistan", "Lada Kazakhstan"). Otherwise a segment holding a known company or a brand
    names nothing else, unless a head word ends it and other words name it with the brand or the
    company ("Exeed International", "Yibin Kaiyi Automobile": the head word rule decides)."""
    if seg.known is None:
        return None
    units, gaps, k0 = seg.units, seg.gaps, seg.known
    if len(units) == 2 and gaps[0] in ("-", "‑") and units[1].kind == COMPANY and \
            _called_venture(scanner, units[0].start, units[1].end):
        return Name(units, None)                          # "the joint venture MAZ-Weichai"
    tail = units[k0 + 1:]
    if 1 <= len(tail) <= 3 and is_geo(tail[-1]) and not tail[-1].last.poss and \
            all(g == " " for g in gaps[k0:-1]) and _local_gap(scanner.doc.text, gaps[-1], tail[-1].end) and \
            all(u.hit is None and u.norm not in FUNCTION for u in tail[:-1]):
        return Name(units[k0:], tail[-1].entry.code or seg.context_code)
    core, trailing = _without_trailing_geo(units)
    affiliate = core[k0 + 1:]
    # (a designator closes it, or one or two heads of a line of business alone: "Qorgan Polymer's plant")
    if 1 <= len(affiliate) <= 3 and units[k0].kind == COMPANY and (
            affiliate[-1].norm in DESIGNATORS or (len(affiliate) <= 2 and all(u.norm in AFFILIATE_HEADS for u in affiliate))) and \
            all(u.hit is None and (u.norm in DESIGNATORS or u.norm in AFFILIATE_HEADS) for u in affiliate) and \
            any(u.norm in AFFILIATE_HEADS for u in affiliate) and \
            all(g in _AFFILIATE_GAPS for g in gaps[k0:k0 + len(affiliate)]):
        # Another company of the known one's group ("Samsung Engineering"), at home where the group is
        # unless a place follows ("... Kazakhstan"); "of <country>" only says where it is from.
        n = k0 + len(affiliate) + 1
        return Name(units[k0:n] if n < len(units) and gaps[n - 1] == " of " else units[k0:],
                    trailing or units[k0].entry.code)
    if core[-1].hit is None and is_head(core):
        others = [u for u in core[:-1] if u.kind != COMPANY]
        if others and (len(others) < len(core) - 1 or distinctive(others)):
            return None                                   # a brand with its head word, or a longer name
    if k0 == 0 and units[0].kind == COMPANY and len(tail) <= 3 and all(g == " " for g in gaps) and \
            all(u.hit is None and distinctive([u]) and not scanner.place_or_model(u.first.word) for u in tail):
        return None                                       # "Qorgan Ziyang": a unit of a group, if context says so
    if k0 == 0 and units[0].kind == COMPANY and unit_of_known(units[1:], gaps):
        return Name(units, units[0].entry.code)           # "BelAZ Kavkaz Trans Service": one name
    return NO_NAME


# What a pair joined by a hyphen modifies when it names two sides, not one company: "the
# Rosatom-Uzbekistan talks", "a Gazprom-Turkey deal".
_SIDES_NOUN = re.compile(r" (?:relations|talks|trade|deal|deals|agreement|cooperation|co-operation|pipeline|"
                         r"route|summit|forum|commission|council|turnover|contract|dispute|negotiations|ties)\b")


def _local_gap(text: str, gap: str, end: int) -> bool:
    """The gap before the country or place that closes a local company's name: a space ("Kia
    Qazaqstan"), or a hyphen as Russian-style names of subsidiaries and joint ventures have it
    ("MAN Auto-Uzbekistan", "Isuzu Motors-Kazakhstan", "Geely Auto-Belarus"), unless the pair
    modifies a noun of two sides ("the Rosatom-Uzbekistan talks")."""
    if gap == " ":
        return True
    return gap in ("-", "\u2011") and _SIDES_NOUN.match(text, end) is None


# Head words that close a known company's unit named with more words: "BelAZ Kavkaz Trans Service",
# "KAMAZ Volga Trade Centre" (a dealer, a service or trade unit of the maker).
_UNIT_HEADS = DESIGNATORS | frozenset({"service", "services", "centre", "center", "trade", "house"})


def unit_of_known(tail: list[Unit], gaps: list[str]) -> bool:
    """Do two or three more capitalised words after a known company make one name with it: a
    distinctive word (the unit's own: a region, a founder) and a head word at the end ("BelAZ Kavkaz
    Trans Service"), no country, place or other known name among them ("KAMAZ Kazakhstan" is a local
    company; "Lada Granta Sport" ends with no head word)?"""
    return 2 <= len(tail) <= 3 and all(g == " " for g in gaps) and all(u.hit is None for u in tail) \
        and tail[-1].norm in _UNIT_HEADS and distinctive(tail[:-1])


_AFFILIATE_GAPS = frozenset({" ", " & ", " and "})
_NOUN_COMMA_BEFORE = re.compile(r"\b(?:company|venture|enterprise|firm|partnership),\s$")


def _called_venture(scanner: Scanner, start: int, end: int) -> bool:
    """Does the text call two known companies joined by a hyphen one company: a company noun before
    ("the joint venture Qorgan-Zarvo", "The company, Qorgan-Zarvo, ...") or a description after
    ("Qorgan-Zarvo, a joint venture of ...")? Without one the pair is a brand, a plant's or a
    deal's modifier ("NAZ-Lifan cars", "the Tatneft-Allur plant")."""
    text = scanner.doc.text
    return scanner.context_before(start) is not False or context_after(text, end) or \
        _NOUN_COMMA_BEFORE.search(text, max(0, start - 14), start) is not None


# A title with the place or body it serves, set off by commas before a name: "Georgia's ambassador
# to China, Archil Tali,", "the governor of Sayram region, Alim Qorgan," (the name is a person's).
# One title, one person: after a plural ("the heads of KAMAZ, Ferghana Power, ...") the commas list
# the bodies.
_ONE_TITLE = sorted((t for t in TITLES if not (t.endswith("s") and (t[:-1] in TITLES or t[:-3] + "y" in TITLES))),
                    key=len, reverse=True)
_OFFICE_OF_PLACE = re.compile(r"\b(?:" + "|".join(_ONE_TITLE) +
                              r")\s+(?:to|of|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3},\s$")


def person(scanner: Scanner, seg: Segment) -> Name | None:
    """A title names a person or an office, not a company ("President Alim Qorgan"), and so does
    a title with its place before a name in commas ("the ambassador to China, Alim Qorgan, said")."""
    if seg.titled:
        return NO_NAME
    units, text = seg.units, scanner.doc.text
    start, end = units[0].start, units[-1].end
    if text.startswith(", ", start - 2) and text.startswith(",", end) and len(units) <= 3 \
            and _OFFICE_OF_PLACE.search(text, max(0, start - 60), start):
        return NO_NAME
    return None


def head_word(scanner: Scanner, seg: Segment) -> Name | None:
    """A company head word at the end: "Fujiyama Hengshan Investment", "Loulan Group", "Qorgan
    Tractor Works" (a plant named for its industry is an enterprise, as is a "Production Union").
    The name needs one distinctive word, or a country's name in front ("Kazakhstan Engineering",
    "Turkmenistan Airlines"): "Working Group", "Chinese Investment" are not companies. A country
    or place after the head word stays in the name and gives its country ("Loulan Group
    Kazakhstan"), as does a description before it ("the Chinese carmaker Zhaoyang Motors"), and
    "of <country>" only says where it is from ("Qorgan Logistika of Turkmenistan"). A plant named
    after an operator's possessive is the operator's plant, not a company ("Qorgan's Sayram
    Automobile Plant")."""
    core, trailing_geo = _without_trailing_geo(seg.units)
    if len(core) > 2 and core[-1].hit is None and _COUNTRY_CODE.fullmatch(core[-1].first.word) and \
            core[-2].hit is None and is_head(core[:-1]):
        trailing_geo = country_code_for(core[-1].first.word)   # "Qorgan Systems KZ": a country's code
        if trailing_geo:
            core = core[:-1]
    if core[-1].hit is not None or not is_head(core):
        return None
    if not distinctive(core[:-1]) and not (len(core) > 1 and is_country_name(core[0])) and \
            not _industry_named(scanner, core):
        if _named_by_its_country(seg, core):
            return Name(seg.units, trailing_geo or seg.context_code)
        return NO_NAME
    if core[-1].norm in SITE_HEADS and scanner.operator_before(seg.units[0]):
        return NO_NAME
    described = scanner.context_before(seg.units[0].start)   # "the Chinese carmaker Zhaoyang Motors"
    return Name(_without_of_country(seg), trailing_geo or seg.context_code or (described or None))


_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
# The words of a central bank's name, a government body rather than a company ("National Bank of X").
_CENTRAL_BANK = frozenset({"national", "central", "reserve", "state"})


def _named_by_its_country(seg: Segment, core: list[Unit]) -> bool:
    """Generic words and a head word, then "of <country>": the country completes the name of a
    state's bank or company ("Export-Import Bank of Qazaria", "Development Bank of Qazaria",
    "Investment Fund of Qazaria"); a bare "Export-Import Bank" is no name. Not a central bank
    ("National Bank of Qazaria", "Central Bank of Qazaria")."""
    units, gaps = seg.units, seg.gaps
    n = len(core)
    if n < 2 or n >= len(units) or gaps[n - 1] != " of " or not is_country_name(units[n]):
        return False
    return not (core[-1].norm == "bank" and any(u.hit is None and u.norm in _CENTRAL_BANK for u in core[:-1]))


def _industry_named(scanner: Scanner, core: list[Unit]) -> bool:
    """A plant named only by its industry, in three capitalised words or more after "the" inside
    a sentence, is a proper name: "supplied by the Electric Locomotive Assembly Plant" ("The
    Automobile Plant" opening a sentence is not)."""
    if len(core) < 4 or core[-1].norm not in SITE_HEADS:
        return False
    return scanner.doc.text.endswith(" the ", 0, core[0].start)


def compound_name(scanner: Scanner, seg: Segment) -> Name | None:
    """One word that ends with an enterprise's trade, the Soviet way of naming a works:
    "Qorgantransmash", "Sayramvagon", "Zarvobank", "Tilavagonzavod" (a stem of three letters or
    more before the ending; not a word the article uses as a place or a model), with up to two
    words of its name before it ("Turk Eximbank", "Qorgan Agroprombank")."""
    units = seg.units
    if len(units) > 3 or not is_compound_name(units[-1]) or scanner.place_or_model(units[-1].first.word):
        return None
    if len(units) > 1 and not (all(g == " " for g in seg.gaps) and all(
            u.hit is None and u.first is u.last and u.norm not in FUNCTION for u in units[:-1])):
        return None                                       # one or two words before it: "Turk Eximbank"
    return _described(scanner, seg, None)


def is_compound_name(u: Unit) -> bool:
    w = u.norm
    return u.hit is None and len(w) >= 7 and w.endswith(COMPOUND_HEADS) and \
        any(len(w) - len(h) >= 3 for h in COMPOUND_HEADS if w.endswith(h))


def described_before(scanner: Scanner, seg: Segment) -> Name | None:
    """A noun for a company right before the name: "the Chinese carmaker Zhaoyang" (the country
    before the noun is its home), "the company Qorgan"."""
    code = scanner.context_before(seg.units[0].start)
    if code is False:
        return None
    return _described(scanner, seg, code)


def named_after_noun(scanner: Scanner, seg: Segment) -> Name | None:
    """A name set off by commas after a noun phrase for a company: "a company from neighbouring
    Uzbekistan, Zarvo Glass Sale, which ...", "with a Turkish firm, Ozon Yapi." (the place in
    the phrase is its home; the name must close the appositive: "the firm, Ivanov said" names
    no company)."""
    units, text = seg.units, scanner.doc.text
    end = units[-1].end
    if not text.endswith(", ", 0, units[0].start) or text[end:end + 1] not in _APPOSITIVE_CLOSE:
        return None
    code = noun_comma_code(text, units[0].start)
    if code is False:
        return None
    return _described(scanner, seg, code or None)


_APPOSITIVE_CLOSE = frozenset(",.;(")
_NOUN_COMMA = re.compile(
    r"\b(?:a|an|the|its|their|another)\s+(?:[\w-]+\s+){0,3}?(?:" + _TRIGGER_ALT + r")"
    r"(?:\s+(?:from|in|based\s+in)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?,\s$")


def noun_comma_code(text: str, start: int) -> str | None | bool:
    """The country of a noun phrase for a company and a comma right before `start` ("a firm from
    Turkey, " -> TR, "a Chinese company, " -> CN, None without a country), or False without one."""
    m = _NOUN_COMMA.search(text, max(0, start - 80), start)
    if m is None:
        return False
    for w in (m.group("place") or "").split() + text[m.start():m.start("place") if m.group("place") else m.end()].split():
        code = country_code_for(w.strip(",")) if w[:1].isupper() else None
        if code:
            return code
    return None


def described_after(scanner: Scanner, seg: Segment) -> Name | None:
    """A description right after the name: "Qorgan Trans, a subsidiary of ...", "Zhaoyang, a
    Chinese maker of buses" (the country in it is its home), "Qorgan is the largest company"."""
    if not scanner.context_after(seg.units[-1].end):
        return None
    return _described(scanner, seg, None)


def noun_after(scanner: Scanner, seg: Segment) -> Name | None:
    """A noun for a company or a site right after the name: "the Qorgan plant", "Qorgan's new
    factory" (the site's operator), "the Sayram Capital investment fund", "Kazakhstan's Orbis
    group". A site's operator named after it makes the name a place ("the Mary plant of Qorgan
    LLC"). Needs "the", "its" or a country's possessive in front (a company's names a place:
    "Qorgan's Zilina plant"), or the name's own possessive before a site noun;
    not a place's ("the Tashkent plant") nor a brand's ("the Lada plant"), nor a word the
    article uses as a place ("in Gemlik") or a model ("Damas vehicles")."""
    units, text = seg.units, scanner.doc.text
    noun = noun_after_name(text, units[-1].end)
    if noun is None:
        return None
    if noun == "group" and _SITES_OF_BEFORE.search(text, max(0, units[0].start - 40), units[0].start):
        return NO_NAME                                    # "fields of the Kandym group": a group of fields
    if noun in SITE_NOUNS and _OPERATOR_AFTER.match(text, text.find(noun, units[-1].end) + len(noun)):
        return NO_NAME                                    # "the Mary plant of Qorgan LLC": a place
    before = text[max(0, units[0].start - 5):units[0].start].lower()
    if not (before.endswith(("the ", "its ")) or scanner.country_possessive_before(units[0])
            or (units[-1].last.poss and noun in SITE_NOUNS)):
        return None                                       # "Kia's Zilina plant": a place
    if len(units) == 1 and units[0].hit is None and scanner.place_or_model(units[0].first.word):
        return NO_NAME
    return _described(scanner, seg, None)


def officer_of(scanner: Scanner, seg: Segment) -> Name | None:
    """What a company officer heads: "the chairman of Orbis Kazakhstan", "founder of Qorgan"
    (one word, or up to three ending with a country, place or head word: persons follow titles
    too, "chairman of Qorgan Sardor Tali" names no company)."""
    units = seg.units
    if len(units) > 3 or not officer_before(scanner.doc.text, units[0].start):
        return None
    if len(units) > 1 and not (is_geo(units[-1]) or (units[-1].hit is None and units[-1].norm in DESIGNATORS)):
        return NO_NAME
    return _described(scanner, seg, None)


def joint_venture(scanner: Scanner, seg: Segment) -> Name | None:
    """The partners of a joint venture: "a joint venture of Qorgan and Zhaoyang", "a joint venture
    between Uzbekistan's Qorgan and Sayram Trans"."""
    return _described(scanner, seg, None) if seg.venture else None


def made_by(scanner: Scanner, seg: Segment) -> Name | None:
    """The agent of making or supplying is its maker, the party of an agreement a company:
    "a contract with Qorvex", "signed a memorandum with Sayram Trans"; "the buses are made by Zhonglin", "kits
    supplied by Qorgan Avto", "built by the Sayram Trans", and a licensor or a seller: "technology
    licensed from Denmark's Haldex Qorsoe" (not a country or place: "parts supplied by Uzbekistan",
    "bought from China"; not a person: "owned by" is not read)."""
    text, start = scanner.doc.text, seg.units[0].start
    if made_by_before(text, start) or site_run_by(text, seg.units):
        return _described(scanner, seg, None)
    if party_before(text, start) and distinctive(seg.units) and not _AND_NAME.match(text, seg.units[-1].end) and not (
            len(seg.units) == 1 and scanner.named_as_person(seg.units[0].first)):
        # (generic words only are a part of a longer name: "the Power Planning and Design Institute")
        return _described(scanner, seg, None)
    return None


# What a company does as the subject of a clause: invest, build, manufacture, assemble, open a plant
# ("Qorvex invested", "Qorvex will build", "Sayram Trans has opened a new assembly line"); not "signed"
# or "said" (people do both).
_ACTS_AFTER = re.compile(
    r" (?:(?:has|have|had) (?:also |already )?(?:invested|built|manufactured|assembled)"
    r"|(?:also |will |would |plans to |intends to |is to |is set to |agreed to |is going to )?(?:also )?"
    r"(?:invest(?:s|ed)?|build|builds|manufactures?|assembles?|built (?=a |an |its |the |\d)|"
    r"(?:(?:has |have |had )?(?:open(?:s|ed)?|launch(?:es|ed)?|commission(?:s|ed)?)) (?:a|an|its) (?:[\w-]+ ){0,2}?"
    r"(?:plant|factory|line|facility|workshop|mill|smelter|refinery)))\b")
_ACTS_FIRST = frozenset("hawpiimbo")


def acts_after(text: str, end: int) -> bool:
    """Does a verb of what companies do follow `end` ("... will build", "... invested")?"""
    return text[end:end + 1] == " " and text[end + 1:end + 2] in _ACTS_FIRST and \
        _ACTS_AFTER.match(text, end, end + 80) is not None


def company_verb(scanner: Scanner, seg: Segment) -> Name | None:
    """The subject of investing, building, making or opening a plant is a company: "Qorvex invested
    $20 million", "Sayram Trans will build a plant" (not a person named elsewhere in the text, nor a
    word the article uses as a place or a model)."""
    units, text = seg.units, scanner.doc.text
    if not acts_after(text, units[-1].end):
        return None
    lo = text.rfind(" ", max(0, units[0].start - 20), units[0].start - 1) + 1
    if text[lo:units[0].start - 1] in TITLES:
        return NO_NAME                                    # "the chairman Tan Yuxiang opened a line"
    if len(units) == 1 and units[0].hit is None and (scanner.named_as_person(units[0].first)
                                                      or scanner.place_or_model(units[0].first.word)):
        return NO_NAME
    if not (distinctive(units) or place_industry(units)):
        return None
    return _described(scanner, seg, None)


def bracket_after_place(scanner: Scanner, seg: Segment) -> Name | None:
    """Names in brackets after a place, in a line of a list, are the makers there: "- Karaganda
    region (Qorgantekh): 242 buses", "- Semey (Zarvo, Daewoo Bus Kazakhstan): 907 units" (not
    another place or a country: "Astana (Kazakhstan)")."""
    units = seg.units
    if not scanner.place_bracket_before(units[0].start) or \
            scanner.doc.text[units[-1].end:units[-1].end + 1] not in (",", ")"):
        return None
    return _described(scanner, seg, None)


def country_possessive(scanner: Scanner, seg: Segment) -> Name | None:
    """A lone unknown word after a country's possessive names its company: "Turkey's Akia", "an
    agreement with China's Jinchuan" (the country is its home). Not a word the article uses as a
    place or a model, nor a person it names with a first name or a title elsewhere ("Russia's
    Volkov" after "Igor Volkov"), nor a word of economics ("Uzbekistan's GDP"), nor the modifier of
    a noun ("Turkmenistan's Galkyn gas field"), nor the possessive inside a longer name
    ("Turkmenistan's People's Council")."""
    units = seg.units
    if 2 <= len(units) <= 3 and _acronym_name(scanner, seg):
        return _described(scanner, seg, None)           # "Russia's Inter RAO UES", "China's CRRC Zhuzhou"
    if len(units) != 1 or units[0].hit is not None or not scanner.country_possessive_before(units[0]):
        return None
    tok, text = units[0], scanner.doc.text
    if tok.norm in NOT_NAMES or scanner.place_or_model(tok.word) or scanner.named_as_person(tok):
        return NO_NAME
    if (_AND_NAME.match(text, tok.end) and not _and_compound_name(text, tok.end)) or \
            (tok.poss and text[tok.end:tok.end + 1] == " " and text[tok.end + 1:tok.end + 2].isupper()):
        return NO_NAME                                    # "Iran's Ports and Maritime Organization"
    if modifies_noun(text, tok.end):
        return NO_NAME
    return _described(scanner, seg, None)


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _acronym_name(scanner: Scanner, seg: Segment) -> bool:
    """Two or three unknown words after a country's possessive, one of them an acronym: a company's
    name ("Russia's Inter RAO UES"); a person's name has none ("Russia's Vladimir Putin"), and no
    word may be a place noun or a word of economics ("Uzbekistan's IT Park", "China's GDP Growth")."""
    units = seg.units
    if not scanner.country_possessive_before(units[0]) or any(u.hit is not None for u in units) \
            or units[-1].last.poss or not all(g == " " for g in seg.gaps):
        return False
    if any(u.norm in NOT_NAMES or u.norm in PLACE_NOUNS or u.norm in TITLES for u in units):
        return False
    return any(_ACRONYM.fullmatch(u.first.word) for u in units) and distinctive(units) \
        and not modifies_noun(scanner.doc.text, units[-1].end)


_AND_WORD = re.compile(r" (?:and|&) ([A-Z][\w-]*)(?![\w'’-])(?! [A-Z])")


def _and_compound_name(text: str, end: int) -> bool:
    """Is the name after "and" a company's compound name that ends the run, so that the two are
    two companies ("Tajikistan's Qorganbonk and Zarvobank concluded ...", not "Iran's Ports and
    Maritime Organization")?"""
    m = _AND_WORD.match(text, end)
    if m is None:
        return False
    w = m.group(1).lower()
    return len(w) >= 7 and any(w.endswith(h) and len(w) - len(h) >= 3 for h in COMPOUND_HEADS)


def based_before(scanner: Scanner, seg: Segment) -> Name | None:
    """A name right after "<place>-based" is a company's, at home there: "US-based Qorgan", "the
    Shanghai-based Zhaoyang Motors" (not a description in between: "London-based analyst Ann Lee")."""
    code = based_code(scanner.doc.text, seg.units[0].start)
    if code is False:
        return None
    return _described(scanner, seg, code or None)


# A name's country in brackets right after it, or after the names coordinated with it: "Nil Qand
# (Egypt)", "Zarvo and Sarbon (China)", "Qorgan, Tengri Soft (Hungary)".
_COUNTRY_BRACKET = re.compile(r"(?:(?:,| and| &) [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})? \(([A-Z][\w'’. -]{1,30}?)\)")
# a figure right after the bracket: a label of a table or a list of figures ("- Lada (Russia): 5,000")
_FIGURE_AFTER = re.compile(r"\s*(?::|[-–—])?\s*[\d$€£]")


def country_bracket_code(text: str, end: int) -> str | None:
    """The country in brackets after the name ending at `end` (or after the names coordinated
    with it), with no figure after the bracket; else None."""
    if text[end:end + 2] not in (" (", ", ", " a", " &"):
        return None
    m = _COUNTRY_BRACKET.match(text, end)
    if m is None or _FIGURE_AFTER.match(text, m.end()):
        return None
    return country_code_for(m.group(1))


def country_bracket(scanner: Scanner, seg: Segment) -> Name | None:
    """A name with a country in brackets after it is a company at home there, the way lists of
    deals and investors write them: "- Nil Qand (Egypt): a sugar plant", "deals with Sarbon
    Invest (Hungary), Zarvo and Qortex (China)" (not a place or a person: "Astana (Kazakhstan)",
    "Igor Volkov (Russia)"; not a label with a figure: "- Zarvo (Russia): 5,000 units")."""
    units, text = seg.units, scanner.doc.text
    code = country_bracket_code(text, units[-1].end)
    if code is None or seg.titled or any(is_geo(u) or is_demonym(u) for u in units) \
            or _PERSON_BEFORE.search(text, max(0, units[0].start - 30), units[0].start):
        return None
    if len(units) == 1 and units[0].hit is None and (scanner.place_or_model(units[0].word)
                                                    or scanner.named_as_person(units[0])):
        return None
    return _described(scanner, seg, code)


def bracket_after_noun(scanner: Scanner, seg: Segment) -> Name | None:
    """Names in brackets after a noun for companies are those companies: "two contractors (Qorgan
    and Zarvo)", "licensors in Denmark (Haldex, for ammonia) and the Netherlands (Zarvo, for urea)"
    (the place before the bracket is their home; not a country: "partners (China and Russia)")."""
    code = noun_bracket_code(scanner.doc.text, seg.units[0].start)
    if code is False:
        return None
    return _described(scanner, seg, code or None)


def list_investor(scanner: Scanner, seg: Segment) -> Name | None:
    """A name opening a line of a list, before a dash and the project it brings, is the investor:
    "- Qorgantekh - a plant for railway wheels", "- Ege Dal (Türkiye) - a memorandum on a hub"
    (not a model or a country with a figure: "- Damas - 11,752 units", "- Kazakhstan - $43 bn")."""
    units = seg.units
    if not list_item_project(scanner.doc.text, units[0].start, units[-1].end):
        return None
    return _described(scanner, seg, None)


# A plural noun for companies and a list opener right before a list of names: "companies such as
# X and Y", "two firms: X, Y and Z" (each name of the list; the words between are names or gaps).
_LISTED_AFTER = re.compile(
    r"\b(?:companies|firms|carmakers|automakers|manufacturers|producers|contractors|investors)"
    r"(?:,? (?:such as|including|like|namely)|:) "
    r"(?:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}(?:,| and|, and) )*$")


def listed_after_noun(scanner: Scanner, seg: Segment) -> Name | None:
    """A name in a list right after a plural noun for companies and "such as", "including" or a
    colon: "Russian companies such as Qorgan Energo and Sarbon Machines", "two contractors: Qorgan
    Energo and Sarbon Machines" (not after other words: "companies want to work there: ...")."""
    start = seg.units[0].start
    if not _LISTED_AFTER.search(scanner.doc.text, max(0, start - 200), start):
        return None
    return _described(scanner, seg, None)


LEGAL_FORM_RULE = "legal form"
LOCAL_COMPANY_RULE = "local company"
RULES: tuple[tuple[str, Rule], ...] = (
    (LOCAL_COMPANY_RULE, local_company),
    ("person", person),
    ("head word", head_word),
    ("described before", described_before),
    ("described after", described_after),
    ("named after noun", named_after_noun),
    ("noun after", noun_after),
    ("officer of", officer_of),
    ("joint venture", joint_venture),
    ("country possessive", country_possessive),
    ("made by", made_by),
    ("based before", based_before),
    ("bracket after place", bracket_after_place),
    ("list investor", list_investor),
    ("listed after noun", listed_after_noun),
    ("bracket after noun", bracket_after_noun),
    ("country bracket", country_bracket),
    ("compound name", compound_name),
    ("company verb", company_verb),
)


# ---------------------------------------------------------------------------- what the rules read

def _described(scanner: Scanner, seg: Segment, code: str | None) -> Name:
    """A segment that the context says is a company, if it names one: a distinctive word, not
    only countries and places, not only brands, not the modifier of a noun ("the giant Qorgan
    field")."""
    units = seg.units
    if not (distinctive(units) or place_industry(units)) or all(is_geo(u) or is_brand(u) for u in units):
        return NO_NAME
    if _NOUN_AFTER.match(scanner.doc.text, units[-1].end) and not units[-1].last.poss:
        return NO_NAME
    _, trailing_geo = _without_trailing_geo(units)
    return Name(_without_of_country(seg), trailing_geo or seg.context_code or code
                or scanner.appositive_code(units[-1].end))


def _without_of_country(seg: Segment) -> list[Unit]:
    """The units of a name without an "of <country or place>" that only says where it is from
    ("Ege Logistika of Turkmenistan"); kept when the rest names nothing on its own
    ("Development Bank of Kazakhstan")."""
    units, gaps = seg.units, seg.gaps
    j = len(units) - 1
    while j > 0 and is_geo(units[j]) and gaps[j - 1] == " ":
        j -= 1
    if j > 0 and is_geo(units[j]) and gaps[j - 1] == " of " and distinctive(units[:j]):
        return units[:j]
    return units


def _without_trailing_geo(units: list[Unit]) -> tuple[list[Unit], str | None]:
    """The units without the countries and places that end them, and the first such country."""
    core, code = units, None
    while len(core) > 1 and is_geo(core[-1]):
        code = core[-1].entry.code
        core = core[:-1]
    return core, code


# The second half of an industry written with a hyphen: "Machine-Building", "Wagon-Repair", "Instrument-Making".
_BUILDING = frozenset({"building", "making", "repair"})


def is_head(core: list[Unit]) -> bool:
    """Does the last unit end a company name: a head word ("Group", "Motors") after another word,
    "Oil and Gas" after a name, "Plant", "Works" after an industry word ("Tractor Works"), or "Union", "Association" after
    "Production" ("Automobile Production Union")?"""
    head = core[-1].norm
    if head in DESIGNATORS:
        return len(core) > 1
    if head == "gas":               # "Watan Oil and Gas": the industry's pair ends a name (not "Gas" alone)
        return len(core) > 2 and core[-2].hit is None and core[-2].norm == "oil"
    if head in SITE_HEADS and len(core) > 2:
        if core[-2].hit is None and core[-2].norm in _BUILDING and len(core) > 3:
            return core[-3].hit is None and core[-3].norm in SITE_INDUSTRY   # "Machine-Building Plant"
        return core[-2].hit is None and core[-2].norm in SITE_INDUSTRY
    if head in ENTERPRISE_HEADS and len(core) > 2:
        return core[-2].hit is None and core[-2].norm == ENTERPRISE_LEAD
    return False


def distinctive(units: list[Unit]) -> bool:
    """At least one word that names something: not generic, not a country, not a head word."""
    legal = reference().legal
    for u in units:
        e = u.entry
        if u.hit is not None:
            if e is None or e.kind in (COMPANY, PLACE) or (e.kind == COUNTRY and e.sub == "capital") \
                    or (e.kind == NONCO and e.sub == "brand"):
                return True
            continue
        w = u.norm
        if w in FUNCTION or w in GENERIC or w in DESIGNATORS or w in TITLES or w in SITE_HEADS \
                or w in SITE_INDUSTRY or w in legal or w.isdigit():
            continue
        return True
    return compass_region(units)


# Industry words that name a company after a place when the context already says it is one ("China
# Power", "Adjara Textile"): a trade, not an organisation's head ("Georgia Ministry") nor a site's.
_PLACE_INDUSTRY = SITE_INDUSTRY | frozenset({"power", "energy", "oil", "gas", "petroleum", "mining", "metals",
                                             "telecom", "airlines", "shipping", "logistics", "cement", "textiles"})


def place_industry(units: list[Unit]) -> bool:
    """A place or a country and one industry word: a company's name where a rule's context says it
    is one ("a factory run by Adjara Textile", "China Power will build", "Ferghana Cement LLC"),
    generic as its words are."""
    return len(units) == 2 and is_geo(units[0]) and units[1].hit is None and units[1].norm in _PLACE_INDUSTRY


def compass_region(units: list[Unit]) -> bool:
    """A compass word joined by a hyphen to a demonym or a place is one distinctive word, as
    regional companies are named ("South-Kyrgyz Cement", "North-Caspian Steel", "West-Kazakh
    Power"): the region written as one word is the name, not a generic direction."""
    return any(u.hit is None and u.norm in COMPASS and v.start - u.end == 1 and (is_demonym(v) or is_geo(v))
               for u, v in zip(units, units[1:]))


def is_demonym(u: Unit) -> bool:
    e = u.entry
    return e is not None and e.kind == COUNTRY and e.sub == "demonym"


def is_geo(u: Unit) -> bool:
    """A country (by name or capital), a place, or a region of several countries ("Central Asia")."""
    e = u.entry
    if e is None:
        return False
    if e.kind == NONCO:
        return e.sub == "region"
    return e.kind in (COUNTRY, PLACE) and (e.kind == PLACE or e.sub in ("name", "capital"))


def is_country_name(u: Unit) -> bool:
    e = u.entry
    return e is not None and e.kind == COUNTRY and e.sub == "name"


def is_brand(u: Unit) -> bool:
    e = u.entry
    return e is not None and e.kind == NONCO and e.sub == "brand"


# A company's role in a project, right after its name (or after "and" another name): "X acted as
# general contractor", "X and Y supplied the technology", "X won the tender".
_ROLE_AFTER = re.compile(
    r"(?: and (?:[A-Z][\w-]*\s?){1,4})?\s(?:"
    r"(?:acted|acts|served|serves|will\s+act|will\s+serve)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:contractor|licensor|supplier|operator|investor|integrator|subcontractor)s?"
    r"|(?:supplied|supplies|provided|provides|licensed|licenses)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:technology|technologies|equipment|licen[cs]es?)"
    r"|won\s+the\s+(?:[\w-]+\s+){0,2}?(?:tender|contract|bid))\b")


def context_after(text: str, end: int) -> bool:
    """Does an appositive or a copula describing a company follow `end`, or a relative clause
    saying what it makes ("X, which makes seats", "X, which launched a plant"), or its role in a
    project ("X acted as general contractor", "X and Y supplied the technology")?"""
    if text.startswith((" acted", " acts", " served", " serves", " will", " supplied", " supplies", " provided",
                        " provides", " licensed", " licenses", " won", " and "), end) and \
            _ROLE_AFTER.match(text, end, end + 100):
        return True
    if text.startswith(", which ", end):
        return _WHICH_MAKES.match(text, end) is not None
    if text.startswith((", part of ", ", now part of "), end):
        return _PART_OF.match(text, end, end + 80) is not None
    if not text.startswith(_AFTER_STARTS, end) and not _owner_follows(text, end):
        return False
    m = _APPOSITIVE.match(text, end, end + 90) or _COPULA.match(text, end, end + 90)
    return m is not None and not _heads_one(m.group(m.lastindex))


# Nouns that say a company, not another organisation, in an appositive after a name that ends with an
# organisation's head ("X Industry Park, an enterprise that ...", "X Railway - a joint venture").
_COMPANY_NOUNS = ("company", "enterprise", "firm", "corporation", "venture", "subsidiary", "manufacturer",
                  "producer", "carmaker", "automaker", "operator", "contractor")
_CALLED_COMPANY = re.compile(r"(?:,|\s[-–—])\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:"
                             + "|".join(_COMPANY_NOUNS) + r")\b(?!['’])")


def called_company(text: str, end: int) -> bool:
    """Does an appositive right after `end` call the name a company ("..., an enterprise that", "... - a
    joint venture")? It outweighs an organisation's head word at the end of the name."""
    return text.startswith(_AFTER_STARTS[:11], end) and _CALLED_COMPANY.match(text, end, end + 60) is not None


def _heads_one(words: str) -> bool:
    """Do the words before the company noun make the name a person who heads one ("the head of
    state concern", "the chief executive of the carmaker")?"""
    if " of " not in f" {words}":
        return False
    ws = words.lower().split()
    return any(w in TITLES and nxt == "of" for w, nxt in zip(ws, ws[1:]))


def appositive_code(text: str, end: int) -> str | None:
    """The country in the description after `end` ("X, a Chinese carmaker", "X, Azerbaijan's
    largest bus operator")."""
    m = _APPOSITIVE.match(text, end, end + 90)
    words = [m.group("owner"), *m.group(2).split()] if m else None
    if m is None:
        m = _COPULA.match(text, end, end + 90)
        words = m.group(1).split() if m else None
    for w in words or []:
        code = country_code_for(w.strip(",.-")) if w else None
        if code:
            return code
    return None


# A letter or a number that labels a group of a draw or an item of a list ("Group F", "Group 3").
_LABEL = re.compile(r"[A-Z]|\d+|[IVX]{1,4}")
_MODIFIERS = SITE_INDUSTRY | GENERIC | AND_CONTINUES | frozenset("""
new main own third local existing planned future vehicle vehicles component components parts electric full-cycle
private equity sovereign
""".split())
_DESCRIBING_NOUNS = SITE_NOUNS | TRIGGERS
# Sites and "of the" before "X group": the group is one of sites, not companies ("six gas fields of the
# Qorgan group", "the deposits in the Sayram group").
_SITES_OF_BEFORE = re.compile(r"\b(?:fields?|deposits?|wells?|mines?|lakes?|islands?|blocks?|licen[cs]e\s+areas?)"
                              r"\s+(?:of|in)\s+the\s+$")
_OPERATOR_AFTER = re.compile(r" (?:of|owned by|operated by|run by) (?:the )?[A-Z]")
# "and" and a capitalised word, not a possessive: a name may go on ("Ports and Maritime Organization").
_AND_NAME = re.compile(r" (?:and|&) [A-Z][\w-]*(?!['’\w-])")
_LOWER_WORD = re.compile(r" ([a-z][a-z-]*)(?![\w'’-])")
_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(NOT_AFTER_COMPANY, key=len, reverse=True)) + r")\b")
_OFFICER_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(OFFICER_TITLES, key=len, reverse=True))
                             + r"|chief\s+executive|general\s+director|managing\s+director)\s+(?:of|at)\s+(?:the\s+)?$")
# The agent of making, supplying or building ("supplied by", "constructed by", "delivered by") and a
# seller ("bought from"); not a source ("came from" names people and funds as often as companies).
_MADE_BY = re.compile(r"\b(?:made|built|assembled|produced|manufactured|supplied|developed|operated|constructed|"
                      r"designed|installed|delivered|engineered|fabricated)\s+by\s+"
                      r"(?:the\s+)?$"
                      r"|\b(?:licensed|bought|ordered|purchased|sourced|leased)\s+from\s+(?:the\s+)?"
                      r"(?:[A-Z][\w-]*['’]s\s+)?$")
# A site and who runs it: "a clothing factory run by", "the mine, owned by" (people own and run
# sites too: `site_run_by` takes only a name that ends like a company's).
_SITE_RUN_BY = re.compile(r"\b(?:plant|factory|mill|works|mine|refinery|smelter|facility|terminal|workshop)s?,?\s+"
                          r"(?:(?:is|are|was|were)\s+)?(?:run|owned|managed|operated)\s+by\s+(?:the\s+)?$")
# The party an agreement is made with: "a contract with", "signed a memorandum with", "the deal
# signed on Monday with" (not "between": places and states are parties there as often).
_PARTY_BEFORE = re.compile(r"\b(?:agreements?|deals?|contracts?|memorand(?:um|a)|MoUs?|accords?|signed)"
                           r"(?:(?:\s+[\w-]+){0,4}?\s+with|(?:\s+(?:signed|concluded|reached))?\s+between)"
                           r"\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
_VENTURE_BEFORE = re.compile(r"\b[Jj]oint\s+venture\s+(?:of|between|with|by|formed\s+by|set\s+up\s+by)\s+"
                             r"(?:the\s+|[A-Z][\w-]*['’]s\s+)?$")


# After a list line's name: a bracket (its country), a dash and the project, within four words.
_LIST_PROJECT = re.compile(
    r"(?: \([^()\n]{1,40}\))? [-–—] (?:[a-z][\w-]* |[\d.,$]+ ){0,4}?(?:plants?|factory|factories|facilit(?:y|ies)|"
    r"projects?|memorandum|agreement|contract|complex|hub|terminal|workshop|mine|farm|park)\b"
    r"|\. (?:The|This) (?:[\w-]+ ){0,3}?(?:company|firm|enterprise|venture|manufacturer|maker|producer)\b")
_MARK_CHARS = frozenset("-•–—*.)")
_LIST_MARK = re.compile(r"(?:^|\n)(?:[-•–—*]|\d{1,2}[.)]) $")


_PLACE_WORDS = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
# A company noun, perhaps "in <place>", and a bracket; earlier brackets of a list of places may
# stand between ("licensors in Denmark (...) and the Netherlands (").
_NOUN_BRACKET = re.compile(
    r"\b(?:" + _TRIGGER_ALT + r")(?:\s+(?:in|from)\s+" + _PLACE_WORDS
    + r"(?:\s+\([^()]{1,60}\)(?:,|\s+and)\s+" + _PLACE_WORDS + r")*)?\s+\($")
_LAST_PLACE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+\($")


def noun_bracket_code(text: str, start: int) -> str | None | bool:
    """The country of the place right before a bracket that follows a noun for companies ("licensors
    in Denmark (" -> DK; None without a place: "two contractors ("), or False when no such bracket
    opens right before `start`."""
    if text.endswith((" and ", ", "), 0, start):      # a later item: "contractors (Qorgan and Zarvo)"
        k = text.rfind("(", max(0, start - 60), start)
        if k < 0 or ")" in text[k:start]:
            return False
        start = k + 1
    elif not text.endswith("(", 0, start):
        return False
    m = _NOUN_BRACKET.search(text, max(0, start - 160), start)
    if m is None:
        return False
    p = _LAST_PLACE.search(text, m.start(), start)
    return (country_code_for(p.group(1)) if p else None) or None


def list_item_project(text: str, start: int, end: int) -> bool:
    """Does `start` open a line of a list ("- ", "• ", "4. ") whose name, ending at `end`, is followed
    by a dash and the project it brings ("- Qorgantekh - a plant for ...") or by a sentence calling
    it a company ("- Qorgantekh. The Tajik company ...")?"""
    mark = text[start - 2:start - 1]                      # most words follow a lower-case word
    if not (mark in _MARK_CHARS or mark.isdigit()) or text[start - 1:start] != " " or \
            _LIST_MARK.search(text, max(0, start - 5), start) is None:
        return False
    return _LIST_PROJECT.match(text, end, end + 90) is not None


def _owner_follows(text: str, end: int) -> bool:
    """Does ", <Name>'s " follow `end` (", Azerbaijan's largest ...")? Cheap tests before the regex."""
    if not text.startswith(", ", end) or not text[end + 2:end + 3].isupper():
        return False
    j = text.find(" ", end + 2, end + 40)
    return j > 0 and text[j - 2:j] in ("'s", "’s")


def noun_after_name(text: str, end: int) -> str | None:
    """The noun for a company or a site that follows `end`, after at most two describing words
    ("... plant", "...'s new assembly factory", "... investment fund"), else None."""
    pos = end
    for _ in range(3):
        if text[pos:pos + 1] != " " or not text[pos + 1:pos + 2].islower():
            return None
        m = _LOWER_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        if word in _DESCRIBING_NOUNS:
            return word
        if word not in _MODIFIERS:
            return None
        pos = m.end()
    return None


def modifies_noun(text: str, end: int) -> bool:
    """Does a noun that a name only modifies follow `end`, after at most two lower-case words
    ("... gas field", "... region", "... brand")?"""
    pos = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos)
        if m is None:
            return False
        if m.group(1) in NOT_AFTER_COMPANY or m.group(1) in GEO_HEADS or m.group(1) in PLACE_NOUNS:
            return True
        pos = m.end()
    return False


def noun_follows(text: str, end: int) -> bool:
    return noun_after_name(text, end) is not None


def officer_before(text: str, start: int) -> bool:
    """Does a company officer's title and "of" precede `start` ("the chairman of ...")?"""
    if not text.endswith(("of ", "at ", "of the ", "at the "), 0, start):
        return False
    return _OFFICER_BEFORE.search(text, max(0, start - 40), start) is not None


def made_by_before(text: str, start: int) -> bool:
    """Does "made by", "supplied by", "licensed from (Denmark's)" (and the like) precede `start`?"""
    if not text.endswith(("by ", "by the ", "from ", "from the ", "'s ", "’s "), 0, start):
        return False
    return _MADE_BY.search(text, max(0, start - 40), start) is not None


def site_run_by(text: str, units: list[Unit]) -> bool:
    """Does a site "run by" or "owned by" precede a name that ends with an industry word or a
    company's head word ("a factory run by Adjara Textile", "the mine owned by Qorvex Group"; not
    "a factory owned by Ali Khan")?"""
    last = units[-1]
    if last.hit is not None or not (last.norm in _PLACE_INDUSTRY or last.norm in DESIGNATORS):
        return False
    start = units[0].start
    return text.endswith(("by ", "by the "), 0, start) and \
        _SITE_RUN_BY.search(text, max(0, start - 50), start) is not None


def party_before(text: str, start: int) -> bool:
    """Does an agreement noun (or "signed") and "with" precede `start` ("a contract with ...")?"""
    if not text.endswith(("with ", "with the ", "between ", "between the ", "'s ", "’s "), 0, start):
        return False
    return _PARTY_BEFORE.search(text, max(0, start - 60), start) is not None


_BASED_BEFORE = re.compile(r"\b([A-Z][\w.]*)[-‑]based\s+(?:the\s+)?$")


def based_code(text: str, start: int) -> str | None | bool:
    """The country of "<place>-based" right before `start` (None when the place is no country's
    name), or False when none stands there."""
    if not text.endswith(("based ", "based the "), 0, start):
        return False
    m = _BASED_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return country_code_for(m.group(1)) or None


def venture_before(text: str, start: int) -> bool:
    """Does "a joint venture of/between" precede `start`?"""
    if text.find("venture", start - 50 if start > 50 else 0, start) < 0:
        return False
    return _VENTURE_BEFORE.search(text, max(0, start - 50), start) is not None


# Separators of a list of names, longest first ("A, B, and C", "A and B, as well as C").
_LIST_SEPS = (", as well as ", " as well as ", ", and ", "; and ", ", ", "; ", " and ")
LISTED_RULE = "listed with companies"


def _sep_after(text: str, end: int) -> tuple[str, int] | None:
    """The list separator right after `end` and where the next item starts (after a "the")."""
    for sep in _LIST_SEPS:
        if text.startswith(sep, end):
            j = end + len(sep)
            return sep, j + 4 if text.startswith("the ", j) else j
    return None


def _sep_before(text: str, start: int) -> tuple[str, int] | None:
    """The list separator right before `start` (after a "the") and where the item before it ends."""
    i = start - 4 if text.endswith(" the ", 0, start) else start
    for sep in _LIST_SEPS:
        if text.endswith(sep, 0, i):
            return sep, i - len(sep)
    return None


def coordinated(text: str, start: int, end: int, starts: dict[int, int], ends: dict[int, int],
                geo_ends: set[int]) -> bool:
    """Does the name at start..end stand in a list next to a company (`starts`: company start ->
    end; `ends`: end -> start)? A list means a comma between the two ("Qorgantrans, Uralvagon"),
    or "and" inside a longer list ("Zarvo, Qorgantrans and Uralvagon"); "X and Y" alone may pair
    a person with a company ("Ivanov and Qorgantrans"); two names and a comma need a third name
    ("Meanwhile, Qorgantrans said", "Talco, the Tajik Aluminium Company, fell" list nothing); not
    the officer after a company's name ("the head of Qorgan, Li Wen"). `geo_ends`: where
    countries and places end (a place before a comma opens a clause: "In Tashkent, Qorgan and
    ...")."""
    before = _sep_before(text, start)
    if before is not None and before[1] in ends and ("," in before[0] or ";" in before[0]) and \
            officer_named_after(text, ends[before[1]]):
        return False
    after = _sep_after(text, end)
    if after is not None and after[1] in starts:
        sep, j = after
        k = starts[j]                                     # the company's end
        if text[k - 2:k] not in ("'s", "’s"):             # "Ivanov, Qorgan's chief": no list
            if "," in sep or ";" in sep:
                if _continues(text, k):
                    return True
            elif _item_before(text, start, geo_ends):
                return True
    if before is not None and before[1] in ends:
        sep, i = before
        if "," in sep or ";" in sep:
            return _continues(text, end) or _item_before(text, ends[i], geo_ends)
        return _item_before(text, ends[i], geo_ends)      # "Zarvo, Qorgantrans and Uralvagon"
    return False


def _continues(text: str, end: int) -> bool:
    """Does the list go on after `end` with another name ("..., Qorgan and Zarvo")? Two names and a
    comma alone are a name and its appositive ("Talco, the Tajik Aluminium Company, fell")."""
    after = _sep_after(text, end)
    return after is not None and text[after[1]:after[1] + 1].isupper()


def _item_before(text: str, start: int, geo_ends: set[int]) -> bool:
    """Does a name and a comma stand right before `start` ("Zarvo, " in "Zarvo, Qorgan and ...";
    not a clause's comma: "Beyond energy, the Qorgan Bank and ...", "On Monday, ...", "In
    Tashkent, ...")?"""
    b = _sep_before(text, start)
    if b is None or "," not in b[0] or b[1] in geo_ends:
        return False
    k = text.rfind(" ", 0, b[1]) + 1
    word = text[k:b[1]]
    return word[:1].isupper() and word.lower() not in FUNCTION


# A company's officer named before it: its name after a comma is the officer's ("the head of
# Qorgan Group, Li Wen").
_TITLE_ALT = alternation(TITLES)
_OFFICER_OF = re.compile(r"\b(" + _TITLE_ALT + r")\s+(?:of|at)\s+(?:the\s+)?$")
# Officers in the plural head a list of companies, each of them ("the heads of Qorgan, Zarvo Power
# and Erlim"): no one officer's name follows.
_PLURAL_TITLE = re.compile(r"(?i).*(?:[^s]s|men)")


def officer_named_after(text: str, end: int) -> bool:
    """Does one officer's title and "of" end before the company ending at `end` ("the head of Qorgan,
    Li Wen"), so that the name after its comma is the officer's?"""
    m = _OFFICER_OF.search(text, max(0, end - 30), end)
    return m is not None and _PLURAL_TITLE.fullmatch(m.group(1)) is None


# A title right before a name ("director general Li Wen", "vice-governor Li Wen") or after it
# (", Qorgan's President", ", the chairman", ", who") makes the name a person's.
_PERSON_BEFORE = re.compile(r"\b(?:" + _TITLE_ALT + r")\s+$", re.I)
_PERSON_AFTER = re.compile(r",\s+(?:who\b|(?:the\s+|its\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,2}?(?:"
                           + _TITLE_ALT + r")\b)", re.I)


def listed_with_companies(scanner: Scanner, seg: Segment) -> Name:
    """A name that `coordinated` finds in a list next to a company: "with Transmashholding,
    Qorgantrans and Sarbonvagon", "three firms - Zarvo Biotech, Qorgan Corporation and Erlim"
    (not a place or a model the article names, not a person: a title before or after it, an
    initial; nor a name with "of" or after it: "Sales of Cobalt, Qorgan and ...", "the Ministry of
    Education, Qorgan LLC")."""
    units, text = seg.units, scanner.doc.text
    u = units[0]
    if len(units) == 1 and u.hit is None and (
            u.norm in NOT_NAMES or scanner.place_or_model(u.first.word) or scanner.named_as_person(u.first)):
        return NO_NAME
    if _PERSON_BEFORE.search(text, max(0, u.start - 40), u.start) or _PERSON_AFTER.match(text, units[-1].end) \
            or ". " in seg.gaps or " of " in seg.gaps or text.endswith((" of ", " of the "), 0, u.start):
        return NO_NAME
    return _described(scanner, seg, None)


LIST_HEADING_RULE = "listed under a heading"
# A heading line that announces companies or sites: "The sector consists of four refineries:",
# "Main contractors are:" (a plural noun for them among its last words, then a colon).
_HEADING_NOUNS = frozenset("""
companies firms carmakers automakers manufacturers producers makers contractors subcontractors investors
partners suppliers exporters importers banks lenders refineries plants factories enterprises operators
shareholders developers builders distributors dealers assemblers ventures subsidiaries affiliates
""".split())
# Words that close a heading after its noun without changing what it announces: "joint ventures
# with foreign partners, among them:", "our suppliers, including:", "three banks, namely:".
_HEADING_TAIL = re.compile(r"[,;]?\s*(?:among\s+them|among\s+others|including|such\s+as|namely|in\s+particular"
                           r"|for\s+example|notably|chief\s+among\s+them)$")
# A count of companies or sites in the heading's last sentence, not inside a prepositional phrase
# (the subject or the object: the list's lines are its members): "According to the review, four
# plants make cement, with a combined capacity of 3 Mt a year:", "The sector has 12 large producers,
# by output in 2023:"; not "Output of the three plants by product:".
_COUNTED_HEADING = re.compile(
    r"(?:^|(?<=\s))(?:(\w+)\s+)?(?:the\s+)?(?:\d{1,3}|" + alternation(COUNT_WORDS) + r")\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:" + alternation(_HEADING_NOUNS) + r")\b", re.I)
_PREPOSITIONS = frozenset({"of", "from", "at", "in", "by", "for", "to", "with", "on", "between", "among", "across"})


def counted_heading(heading: str) -> bool:
    """Does the heading's last sentence count companies or sites ("four plants make cement ... :"),
    outside a prepositional phrase? Its list's lines name them, whatever words end the heading."""
    k = heading.rfind(". ")
    return any((m.group(1) or "").lower() not in _PREPOSITIONS
               for m in _COUNTED_HEADING.finditer(heading, max(0, k)))


# Names before a name in a list line, coordinated with it: "- Qorgan and Zarvo, with ...",
# "- Qorgan, Zarvo and Erlim - ...".
# A partner named after the name that opens the line: "- Qorgan, with France's Zarvo;",
# "- Qorgan (with Zarvo of Korea)" (a country's possessive or nothing between "with" and the name).
_ITEM_PARTNER_BEFORE = re.compile(r"[,(]\s*(?:together\s+)?with\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
_ITEM_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}(?:, | and | & |, and ))+$")
_ITEM_MARK = re.compile(r"(?:[-•*–—]|\d{1,2}[.)]) $")
_ITEM_START = re.compile(r"(?:[-•*–—]|\d{1,2}[.)]) ")
_ITEM_END = (" - ", " – ", " — ", ": ", " (", ";", ",", ".\n", "\n")


def list_heading_item(text: str, start: int, end: int) -> bool:
    """Is start..end the whole name opening a line of a list under a heading that announces
    companies or sites ("Four refineries:" then "* Zarvo Petrol Company Junda - in Kant;")? The
    name runs from the marker to a dash, a colon, a bracket or the end of the line."""
    line0 = text.rfind("\n", 0, start) + 1
    head = start
    if not _ITEM_MARK.fullmatch(text, line0, start):
        # a name coordinated with the one that opens the line ("- Qorgan and Zarvo, with ...")
        m = _ITEM_NAMES_BEFORE.search(text, line0, start)
        if m is not None and _ITEM_MARK.fullmatch(text, line0, m.start()):
            head = m.start()
        elif (m := _ITEM_PARTNER_BEFORE.search(text, line0, start)) is not None and \
                _ITEM_START.match(text, line0) and not text.startswith((" (", " - ", " and "), end):
            head = _ITEM_START.match(text, line0).end()  # "- Qorgan, with France's Zarvo;": its partner
        else:
            return False
    mark = text[head - 2:head - 1]
    if not (mark in _MARK_CHARS or mark.isdigit()) or text[head - 1:head] != " ":
        return False
    if not (text.startswith(_ITEM_END, end) or end == len(text) or text[end:].strip() in (".", "")
            or (head != start and text.startswith(")", end))
            or _AND_NAME.match(text, end) is not None):
            # (another name coordinated with it: "- Qorgan and Zarvo, with ...")
        return False
    pos = line0 - 1
    while pos > 0:                                        # up over blank lines and other items
        prev0 = text.rfind("\n", 0, pos) + 1
        line = text[prev0:pos].strip()
        if line and not _ITEM_START.match(line):
            if not line.endswith(":"):
                return False
            heading = _HEADING_TAIL.sub("", line[:-1].rstrip())
            words = [w.strip(",;") for w in heading.lower().split()[-4:]]
            return any(w in _HEADING_NOUNS for w in words) or counted_heading(heading)
        pos = prev0 - 1
    return False


def under_list_heading(scanner: Scanner, seg: Segment) -> Name | None:
    """A name heading a line of a list under a heading that announces companies or sites is a
    company, the whole name to the dash ("Four refineries:" then "- Qorgan Petrol Company Junda -
    in Kant", "- Sayram Business Refinery - in Tokmok", "- ZarvoLTD.")."""
    units = seg.units
    if not list_heading_item(scanner.doc.text, units[0].start, units[-1].end):
        return None
    return _described(scanner, seg, None)
