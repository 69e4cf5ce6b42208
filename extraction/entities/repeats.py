"""A name found by pattern is found again without its legal form; a bare name and the same name
with its country are one company."""
from __future__ import annotations

import re

from extraction.entities.company_rules import LOCAL_COMPANY_RULE
from extraction.entities.lookup import country_code_for
from extraction.entities.names import core_end_of
from extraction.entities.tokens import Doc, Hit, Spans
from extraction.entities.vocabulary import CARMAKER_HEADS, DESIGNATORS
from extraction.reference import TOKEN_RE, reference


def _core_key(text: str) -> str:
    """Key of a name without trailing legal forms (cached: names repeat)."""
    key = _CORE_KEYS.get(text)
    if key is None:
        ref = reference()
        words = [m.group() for m in TOKEN_RE.finditer(text)]
        while len(words) > 1 and ref.norm_token(words[-1]) in ref.legal:
            words.pop()
        key = "".join(ref.norm_token(w) for w in words)
        if len(_CORE_KEYS) > 100_000:                     # bound memory on endless streams
            _CORE_KEYS.clear()
        _CORE_KEYS[text] = key
    return key


_CORE_KEYS: dict[str, str] = {}

# No company name is longer than this (keys of the longest in the seeds: about 60 letters).
# The bound keeps the prefixes of the names (and the walk through them) linear in the text:
# a run of thousands of capitalised words found as one "name" is not looked for again.
MAX_KEY = 120


def repeat_found_names(doc: Doc, companies: list[Hit]) -> list[Hit]:
    """A name found by pattern ("SamAvto JV LLC") is found again without its legal form ("SamAvto")."""
    ref = reference()
    cores: dict[str, Hit] = {}
    for h in companies:
        if h.via == "pattern":
            key = _core_key(doc.text[h.start:core_end_of(doc.text, h)])
            if 4 <= len(key) <= MAX_KEY and key not in ref.entries:
                cores[key] = h
    if not cores:
        return companies
    prefixes = {k[:n] for k in cores for n in range(1, len(k) + 1)}
    taken = Spans([(h.start, h.end) for h in companies if h.via == "pattern"])
    extra: list[Hit] = []
    covered = -1
    for t in doc.toks:
        if t.start < covered or t.norm not in prefixes:
            continue
        key, last, best = t.norm, t, None
        while True:
            if key in cores:
                best = last
            nxt = doc.after(last)
            if nxt is None or key + nxt[1].norm not in prefixes:
                break
            key, last = key + nxt[1].norm, nxt[1]
        if best is None:
            continue
        covered = best.pend
        nxt = doc.after(best)
        longer = nxt is not None and nxt[0] == " " and nxt[1].cap and not best.poss
        if not longer and not taken.contains(t.start, best.pend):
            src = cores[_core_key(doc.text[t.start:best.core_end])]
            extra.append(Hit(t.start, best.pend, None, t, best, code=src.code, via="pattern"))
    if not extra:
        return companies
    inside = Spans([(x.start, x.end) for x in extra])
    kept = [h for h in companies if not inside(h)]
    return sorted(kept + extra, key=lambda h: h.start)


def _bare_forms(name: str) -> list[str]:
    """The name without one or more trailing head words and legal forms ("Kumtor Gold Company" ->
    "Kumtor Gold", "Kumtor"; "Sazgar Engineering Works Limited" -> ... "Sazgar"), down to its first word."""
    words = name.split()
    legal = reference().legal
    out = []
    while len(words) > 1 and (w := words[-1].strip(".,()").lower()):
        if w in DESIGNATORS or w in legal or w == "works":
            out.append(" ".join(words[:-1]))
        elif not (out and w in ("&", "and")):        # "Engineering & Construction": two head words
            break
        words = words[:-1]
    return out


def join_local_names(companies: list[Hit]) -> None:
    """Found by pattern in one article, a bare name and the same name with a country or place
    after it are one company, named the longer way ("Kazakhstan's Orbis group" ... "the chairman
    of Orbis Kazakhstan"); a name with a head word of its own stays apart ("Loulan Group" and
    "Loulan Group Kazakhstan" may be a parent and its subsidiary). So are a bare name and the
    one longer name that only adds head words and legal forms to it ("Kyrgyzstan's Orbis mine"
    ... "Orbis Gold Company"); two such longer names leave the bare one alone."""
    local: dict[str, str] = {}
    longer: dict[str, set[str]] = {}
    for h in companies:
        if h.entry is None and " " in h.name:
            bare, last = h.name.rsplit(" ", 1)
            if bare.split()[-1].lower() not in DESIGNATORS and country_code_for(last):
                local.setdefault(bare, h.name)
            for b in _bare_forms(h.name):
                longer.setdefault(b, set()).add(h.name)
    if longer:
        found = {h.name for h in companies if h.entry is None}
        starts: dict[str, set[str]] = {}                 # every longer name a bare name opens
        for name in found:
            words = name.split()
            for k in range(1, len(words)):
                starts.setdefault(" ".join(words[:k]), set()).add(name)
        for bare, names in longer.items():
            if bare in found and bare not in local and len(names) == 1 and len(starts[bare]) == 1:
                local[bare] = next(iter(names))
    if local:
        for h in companies:
            if h.entry is None and h.name in local:
                h.name = local[h.name]


def join_plural_forms(doc: Doc, companies: list[Hit]) -> None:
    """Two names found by pattern in one article that differ only by a plural head word, legal forms
    aside ("Mega Motor Company" ... "Mega Motors", "Orbis Holding" ... "Orbis Holdings"), are one
    company, named as the article first names it (`companies` is in text order)."""
    first: dict[str, str] = {}                    # core key -> the first name with that key
    keys: list[tuple[Hit, str]] = []
    for h in companies:
        if h.entry is None:
            key = _core_key(doc.text[h.start:core_end_of(doc.text, h)])
            first.setdefault(key, h.name)
            keys.append((h, key))
    rename: dict[str, str] = {}
    for h, key in keys:
        if key.endswith("s") and len(key) > 4 and key[:-1] in first and h.name.split()[-1].lower() in DESIGNATORS:
            one, other = first[key[:-1]], first[key]
            earlier = next(n for n in (x.name for x, _ in keys) if n in (one, other))
            rename[one] = rename[other] = earlier
    for h, _ in keys:
        h.name = rename.get(h.name, h.name)


def join_group_short_forms(doc: Doc, companies: list[Hit]) -> None:
    """A known group's bare name after the article named one company of that group in full, by its
    name and head words ("Daewoo Engineering & Construction (Daewoo E&C) ... Daewoo had been chosen"),
    is that company's short form: the article's company, not the group. Not when the article names the
    group bare before ("SOCAR ... SOCAR Trading ... SOCAR") or defines its short name ("SOCAR Trading,
    the arm of the State Oil Company of Azerbaijan (SOCAR)"), nor when two longer names could be meant."""
    longer: dict[str, list[Hit]] = {}
    for h in companies:
        if h.entry is None and " " in h.name:
            for b in _bare_forms(h.name):
                longer.setdefault(b, []).append(h)
    if not longer:
        return
    first_bare: dict[str, int] = {}
    for h in companies:
        if h.entry is not None:
            first_bare.setdefault(h.name, h.start)
            paren = doc.text.rfind("(", max(0, h.start - 2), h.start)
            if paren >= 0 and not any(doc.text[f.end:paren].strip() == "" for f in longer.get(h.name, ())):
                # "... of the State Oil Company of Azerbaijan (SOCAR)": the group named in its own right
                # (not "Daewoo Engineering & Construction (Daewoo E&C)": the company's own short name)
                first_bare[h.name] = -1
    for i, h in enumerate(companies):
        full = longer.get(h.name) if h.entry is not None else None
        if full and len({f.name for f in full}) == 1 and full[0].start < first_bare[h.name]:
            # a new hit: the gazetteer's hit also stands in the article's list of every name found
            companies[i] = Hit(h.start, h.end, None, h.first, h.last, name=full[0].name,
                               code=full[0].code or h.code, via=full[0].via, rule=full[0].rule)


_ACRONYM = re.compile(r"[A-Z]{3,6}")
_WORD_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_SKIP_WORDS = frozenset({"and", "of", "the", "&", "for"})


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the words' initials, each word giving one to three of its first letters
    in order ("TALCO": Tajik Aluminium Company; "KMG": KazMunayGas; "NMMC": Navoi Mining and
    Metallurgical Company)."""
    def match(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(acronym)
        word = words[w].upper()
        return any(acronym.startswith(word[:k], a) and match(a + k, w + 1) for k in range(1, min(3, len(word)) + 1))
    return bool(words) and len(words) <= len(acronym) and match(0, 0)


def join_acronyms(companies: list[Hit]) -> None:
    """An acronym and the name whose initials it spells, both in one article, are one company: "the
    Tajik Aluminium Company" ... "TALCO" though no bracket defines it. The acronym's known company
    names both, else the full name does."""
    acronyms = {h.name: h for h in companies if _ACRONYM.fullmatch(h.name)}
    if not acronyms:
        return
    full_names: dict[str, str] = {}             # acronym -> the full name it spells
    for h in companies:
        if h.entry is None and (" " in h.name or any(c.islower() for c in h.name)):
            words = [w for part in h.name.replace("-", " ").split() if part.lower() not in _SKIP_WORDS
                     for w in _WORD_PARTS.findall(part)]
            for a in acronyms:
                if a != h.name and _spells(a, words):
                    full_names.setdefault(a, h.name)
    acronym_of: dict[str, str] = {}
    for a, full in full_names.items():
        acronym_of.setdefault(full, a)
    for h in companies:
        if h.entry is not None:
            continue
        if h.name in full_names:
            h.name = full_names[h.name]
        elif h.name in acronym_of and (known := acronyms[acronym_of[h.name]]).entry is not None:
            h.name, h.code = known.name, known.code or h.code


def join_short_forms(doc: Doc, companies: list[Hit]) -> None:
    """A name found by pattern that is a known company's name found in the same text less its
    head words and legal forms is that company ("Zarvo Motor Co., Ltd." ... "Zarvo has invested"):
    the short form of a name the article gave in full, not a second company."""
    known: dict[str, Hit] = {}
    for h in companies:
        if h.entry is not None:
            for b in _bare_forms(doc.text[h.start:h.end]):
                known.setdefault(b, h)
    if not known:
        return
    for h in companies:
        if h.entry is None and h.via == "pattern":
            g = known.get(h.name)
            if g is not None:
                h.entry, h.name, h.code = g.entry, g.name, g.code


_WORDS = re.compile(r"[^\s\-\u2011]+")


def _carmaker_local_key(h: Hit) -> tuple[str, str] | None:
    """(the known name's first word, the country) of a local company of a carmaker named with a
    carmaker's head before its country ("MG Motors Pakistan", "Chery Auto-Uzbekistan"), else None."""
    words = _WORDS.findall(h.name)
    if h.rule != LOCAL_COMPANY_RULE or h.code is None or len(words) < 3 or words[-2].lower() not in CARMAKER_HEADS:
        return None
    return words[0].lower(), h.code


def join_carmaker_locals(companies: list[Hit]) -> None:
    """Two local companies of one carmaker in one country, both named with a carmaker's head word
    ("MG Motors Pakistan" ... "MG JW Automobile Pakistan", "Chery Auto Kazakhstan" ... "Chery Motors
    Kazakhstan"), are one company written two ways in one article: a carmaker has one local
    assembler per country, and the article names it as it first named it. Another line of business
    ("Hyundai Engineering Kazakhstan"), another country or no head word ("Kia Qazaqstan") stays apart."""
    first: dict[tuple[str, str], str] = {}
    for h in companies:
        if h.entry is None and (key := _carmaker_local_key(h)) is not None:
            h.name = first.setdefault(key, h.name)
