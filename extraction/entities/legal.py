"""Legal forms ("LLC", "PJSC", "Co., Ltd.") as written, and their attachment to known names."""
from __future__ import annotations

from extraction.entities.tokens import Doc, Hit, Tok
from extraction.reference import reference


def legal_form(t: Tok):
    """The legal form token t is, as written (case rules of the seed), else None."""
    form = (_LEGAL_FORMS or _legal_forms()).get(t.norm)
    if form is None or not t.cap or (form.exact and not t.word.isupper()):
        return None
    return form


_LEGAL_FORMS: dict = {}                                   # reference().legal, once loaded


def _legal_forms() -> dict:
    _LEGAL_FORMS.update(reference().legal)
    return _LEGAL_FORMS


def extend_legal(doc: Doc, hit: Hit) -> None:
    """Attach legal forms written right before or after a company name ("PJSC KAMAZ", "Co., Ltd.")."""
    last = hit.last
    while not last.poss:
        nxt = doc.after(last, legal_gap=legal_form(last) is not None)
        if nxt is None or nxt[1].idx < 0 or legal_form(nxt[1]) is None or \
                (nxt[0] != " " and legal_form(last) is None):
            break
        last = nxt[1]
    if last is not hit.last:
        hit.last, hit.end = last, last.pend
    if last.norm in ("co", "ltd", "inc", "corp") and not last.poss and doc.text[hit.end:hit.end + 1] == ".":
        hit.end += 1                                      # "Co." keeps its dot
    first = hit.first
    while first.idx > 0:
        prev = doc.toks[first.idx - 1]
        form = legal_form(prev)
        if form is None or not form.form.isupper() or prev.poss or doc.text[prev.end:first.start] != " ":
            break
        first = prev
    if first is not hit.first:
        hit.first, hit.start = first, first.start
