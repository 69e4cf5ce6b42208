"""Countries and places: gazetteer hits outside company names that no other name swallows."""
from __future__ import annotations

from extraction.entities.tokens import Doc, Hit
from extraction.entities.vocabulary import NOT_A_NAME
from extraction.reference import COUNTRY, PLACE, reference


def named_before(doc: Doc, h: Hit) -> bool:
    """A one-word country name right after an unexplained capitalised word is part of another
    name ("New Jersey", "Michael Jordan"). Capitals are not tested: gold treats a capital inside a
    name ("Baku-Tbilisi-Ceyhan") as optional, so counting it costs nothing."""
    if h.first is not h.last or h.entry.sub != "name" or h.first.idx <= 0:
        return False
    prev = doc.toks[h.first.idx - 1]
    if doc.text[prev.end:h.start] != " " or prev.poss or doc.title(prev.start):
        return False
    w = prev.norm
    if w in NOT_A_NAME or w.isdigit() or (w != "new" and doc.initial(prev.start)):
        return False                                      # "Neighbouring Kazakhstan ..." opens a sentence
    entry = reference().entries.get(w)
    return entry is None or entry.kind not in (COUNTRY, PLACE)
