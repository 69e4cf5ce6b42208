"""Countries and places: gazetteer hits outside company names that no other name swallows."""
from __future__ import annotations

from bisect import bisect_right

from extraction.entities.tokens import Doc, Hit
from extraction.entities.vocabulary import NOT_A_NAME
from extraction.reference import COUNTRY, PLACE, reference


class Spans:
    """Is a hit inside any of these spans? A binary search on the starts, with the
    largest end so far, instead of a scan per hit."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def __call__(self, h: Hit) -> bool:
        k = bisect_right(self.starts, h.start)
        return k > 0 and self.max_end[k - 1] >= h.end


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
