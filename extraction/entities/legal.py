"""Legal forms ("LLC", "PJSC", "Co., Ltd.") as written, and their attachment to known names."""
from __future__ import annotations

import re
from functools import lru_cache

from extraction.entities.tokens import Doc, Hit, Tok, word_info
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


# A quoted name with an upper-case legal form before or after it, the way CIS registers and
# press releases write companies: 'CJSC "Agrotechservice"', 'LLC «Volga Parts»', '"Kazakh Motors" LLP'.
QUOTED_LEGAL_NAME_RULE = "quoted legal name"
# A quoted name with an upper-case legal form before or after it, the way CIS registers and
# press releases write companies: 'CJSC "Agrotechservice"', 'LLC «Volga Parts»', '"Kazakh Motors" LLP'.
# The quotes are found first (a pattern that opens with a character class scans fast); the
# legal form is then looked for only in the few characters beside them.
_QUOTED = re.compile(r"[\"“«](?P<name>[A-Z\u0400-\u042F][^\"”»\n]{1,50}?)[\"”»]")
_WORD = re.compile(r"[\w'’.&-]+")


@lru_cache(maxsize=1)
def _form_beside() -> tuple[re.Pattern, re.Pattern]:
    """An upper-case legal form right before the quotes, and right after them."""
    forms = sorted((f.form for f in _legal_forms().values() if f.form.isupper() and len(f.form) > 1),
                   key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"\b(?:{alt})\s+$"), re.compile(rf"\s+(?:{alt})\b")


def quoted_legal_names(doc: Doc) -> list[Hit]:
    """Companies named in quotes beside an upper-case legal form, as pattern hits over the name."""
    text = doc.text
    if '"' not in text and "“" not in text and "«" not in text:
        return []
    before, after = _form_beside()
    out = []
    for m in _QUOTED.finditer(text):
        if not (before.search(text, max(0, m.start() - 12), m.start()) or after.match(text, m.end(), m.end() + 12)):
            continue
        start, end = m.span("name")
        words = list(_WORD.finditer(text, start, end))
        if not words or len(words) > 6:
            continue
        first, last = words[0], words[-1]
        out.append(Hit(start, end, None, Tok(first.start(), first.group(), word_info(first.group())),
                       Tok(last.start(), last.group(), word_info(last.group())),
                       name=text[start:end], via="pattern", rule=QUOTED_LEGAL_NAME_RULE))
    return out
