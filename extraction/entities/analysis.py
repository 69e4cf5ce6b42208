"""One text's companies, countries and places, computed once for every public function."""
from __future__ import annotations

import re
from functools import lru_cache

from extraction.entities.abbreviations import resolve_abbreviations
from extraction.entities.companies import Countries, Scanner, possessive_code
from extraction.entities.gazetteer import match_gazetteer
from extraction.entities.legal import extend_legal, quoted_legal_names
from extraction.entities.names import clean_name, core_end_of
from extraction.entities.places import named_before
from extraction.entities.renames import link_former_names
from extraction.entities.repeats import (join_acronyms, join_carmaker_locals, join_group_short_forms, join_local_names,
                                        join_plural_forms, join_short_forms, repeat_found_names)
from extraction.entities.tokens import Doc, Hit, Spans
from extraction.reference import COMPANY, COUNTRY, PLACE


# A country word before these names a currency ("16 billion US dollars") or a language
# ("Spanish-speaking countries"), not the country.
_CURRENCY_OR_LANGUAGE = re.compile(r"(?: dollars?\b|-speaking\b)")


@lru_cache(maxsize=8)
def analyse(text: str, sentence_starts: tuple[int, ...]) -> tuple[tuple[Hit, ...], tuple[Hit, ...], tuple[Hit, ...]]:
    """(companies, countries, places) of one text, computed once for both public functions."""
    doc = Doc(text, sentence_starts)
    hits = match_gazetteer(doc)
    for h in hits:
        if h.entry.kind == COMPANY:
            extend_legal(doc, h)
    country_index = Countries(hits)
    found = Scanner(doc, hits, country_index).scan() + quoted_legal_names(doc)
    companies = [h for h in hits if h.entry.kind == COMPANY]
    for h in companies:
        h.code = h.entry.code or possessive_code(doc, country_index, h.first)
        h.via = "gazetteer"
    companies = resolve_overlaps(companies + found, len(text))
    companies = repeat_found_names(doc, companies)
    companies = resolve_abbreviations(doc, companies, hits)
    for h in companies:
        if not h.name:
            h.name = clean_name(text[h.start:core_end_of(text, h)])
    join_local_names(companies)
    join_plural_forms(doc, companies)
    join_short_forms(doc, companies)
    join_group_short_forms(doc, companies)
    join_acronyms(companies)
    join_carmaker_locals(companies)
    link_former_names(doc, companies)

    inside = Spans([(h.start, h.end) for h in companies])
    countries, places = [], []
    for h in hits:
        e = h.entry
        if e.kind not in (COUNTRY, PLACE) or not e.code or inside(h):
            continue
        if named_before(doc, h):
            continue                                      # "New Jersey", "Michael Jordan"
        if text.startswith("$", h.end) or _CURRENCY_OR_LANGUAGE.match(text, h.end):
            continue                                      # "US$", "US dollars": a currency; "Spanish-speaking"
        if e.kind == COUNTRY:
            countries.append(h)
        if e.kind == PLACE or e.sub == "capital":
            places.append(h)
    return tuple(companies), tuple(countries), tuple(places)


def resolve_overlaps(cands: list[Hit], size: int) -> list[Hit]:
    """Keep the longest of overlapping company candidates (a pattern name contains the known name in it).

    Kept spans are marked in a bytearray over the text (`size` characters): testing a candidate
    reads its own span, so the work is the candidates' total length (each source's candidates are
    disjoint: at most twice the text), not candidates times kept names."""
    taken = bytearray(size)
    kept: list[Hit] = []
    for h in sorted(cands, key=lambda h: (-(h.end - h.start), h.start)):
        if taken.find(1, h.start, h.end) < 0:
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)
