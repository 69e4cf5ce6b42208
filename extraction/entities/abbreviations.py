"""Abbreviations defined in the article: "Full Name (ABBR)" and "the ... factory (SemAZ)"."""
from __future__ import annotations

import re

from extraction.entities.names import clean_name, core_end_of
from extraction.entities.tokens import Doc, Hit, Spans
from extraction.reference import COMPANY, NONCO, reference

_PAREN_RE = re.compile(r"\((?:the\s+)?([A-Z][A-Za-z0-9&-]{1,9})\)")
# A short name given in words right after a full name: "X, known as Y", "X (also known as Y)",
# "X (hereinafter Y)", "X, or Y for short", "X (Y for short)". The words say that Y is a name of
# X, so Y needs no second capital as a bracket's abbreviation does ("(hereinafter Qorgan)").
# Not "formerly known as": a former name is a rename (`renames`).
_ALIAS_RE = re.compile(
    r"(?:,\s+|\s+\()(?:(?:also|better|commonly|widely|locally|simply)\s+)?"
    r"(?:known\s+as|referred\s+to\s+as|hereinafter(?:\s+referred\s+to\s+as)?|hereafter|henceforth|or)"
    r"\s+(?:the\s+)?[\"“'‘]?([A-Z][A-Za-z0-9&-]{1,14})[\"”'’]?(?P<short>\s+for\s+short)?(?=[\s,.;:)])")
# "the Semipalatinsk automobile assembly factory (SemAZ)": a described enterprise named by its abbreviation.
SITE_WORDS = frozenset("""
plant factory works company enterprise manufacturer carmaker automaker producer maker assembler holding firm
""".split())


def resolve_abbreviations(doc: Doc, companies: list[Hit], hits: list[Hit]) -> list[Hit]:
    """'Full Name (ABBR)': every other 'ABBR' stands for the full name, or, when ABBR is a known
    company and the full name is not, the full name stands for it. 'the ... factory (SemAZ)': a
    described enterprise is named by its abbreviation."""
    text = doc.text
    if "(" not in text and " as " not in text and " for short" not in text:
        return companies
    ref = reference()
    ends = {h.end: h for h in companies}
    for h in hits:
        if h.entry.kind == NONCO:
            ends.setdefault(h.end, h)
    known_at = {h.start: h for h in companies if h.entry is not None and h.entry.kind == COMPANY}
    defs: dict[str, Hit | None] = {}
    def_spans: list[tuple[int, int]] = []
    sites: dict[int, Hit] = {}
    for m in _definitions(text):
        abbr = m.group(1)
        if abbr in defs or (m.re is _PAREN_RE and sum(c.isupper() for c in abbr) < 2):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        owner = ends.get(m.start() - (len(before) - len(before.rstrip())))
        known_abbr = known_at.get(m.start(1))
        if owner is not None and owner.entry is None and known_abbr is not None:
            # "Samarkand Automobile Plant (SamAuto)" with SamAuto known: the full name is that company.
            owner.name, owner.code = m.group(1), known_abbr.entry.code or owner.code
            continue
        if owner is not None:
            defs[abbr] = owner if owner.entry is None or owner.entry.kind == COMPANY else None
            def_spans.append((m.start(1), m.end(1)))
            continue
        tok = doc.by_start.get(m.start(1))
        words = before.split()
        if m.re is not _PAREN_RE:
            continue                                      # a short name in words needs its full name
        if tok is None or not words or words[-1].lower() not in SITE_WORDS:
            continue
        known = ref.entries.get(tok.norm)
        if known is not None and known.kind != COMPANY:
            continue                                      # "(AKAB)", "(US)"
        site = Hit(tok.start, m.end(1), None, tok, tok, name=abbr,
                   code=known.code if known is not None else None, via="pattern")
        defs[abbr] = site
        sites[tok.start] = site
    if sites:
        companies = [h for h in companies if h.start not in sites] + list(sites.values())
    if not defs:
        return companies
    # Every use of an abbreviation: a token that is one (or its possessive), outside a definition.
    in_def = Spans(def_spans)                             # definitions are disjoint: "contains" = "starts inside"
    uses = []
    for t in doc.toks:
        if t.word not in defs and not (t.poss and t.word[:t.core_end - t.start] in defs):
            continue
        if t.start in sites or in_def.contains(t.start, t.start + 1):
            continue
        uses.append(t)
    # A use replaces whatever named that token alone; a longer name around it wins.
    used = {id(t) for t in uses}
    out = [h for h in companies if not in_def(h) and not (h.first is h.last and id(h.first) in used)]
    inside = Spans([(h.start, h.end) for h in out])
    abbr_hits = []
    for t in uses:
        full = defs[t.word[:t.core_end - t.start]]
        if full is None or inside.contains(t.start, t.end):
            continue
        name = full.name or clean_name(text[full.start:core_end_of(text, full)])
        abbr_hits.append(Hit(t.start, t.pend, None, t, t, name=name, code=full.code, via="abbreviation"))
    return sorted(out + abbr_hits, key=lambda h: h.start)


def _definitions(text: str) -> list[re.Match]:
    """Every place that defines a short name, in text order: a bracket ("(KTZ)") or words
    ("X, known as KTZ"). "or Y" defines Y only with "for short" after it ("X, or KTZ for short")."""
    found = [m for m in _ALIAS_RE.finditer(text) if not m.group(0).lstrip(", (").startswith("or ") or m.group("short")]
    found += _PAREN_RE.finditer(text)
    return sorted(found, key=lambda m: m.start())
