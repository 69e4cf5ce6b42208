"""Every seed alias (countries, places, companies, non-companies) matched at once, leftmost-longest."""
from __future__ import annotations

import re

from extraction.entities.tokens import Doc, Hit, Tok
from extraction.reference import Entry, reference


def match_gazetteer(doc: Doc) -> list[Hit]:
    """Leftmost-longest matches of every alias (countries, places, companies, non-companies)."""
    ref = reference()
    entries, prefixes, extendable = ref.entries, ref.prefixes, ref.extendable
    # Only a word made of "_" and apostrophes has an empty key and so extends a
    # match without lengthening its key; without "_" in the text, a key that no
    # longer key starts with ends the match at once (no need to read the next word).
    any_key_extends = "_" in doc.text
    hits: list[Hit] = []
    covered = -1
    for t in doc.toks:
        if t.start < covered or t.norm not in prefixes:
            continue
        seq = [t]
        key, best = t.norm, None
        while True:
            entry = entries.get(key)
            if entry is not None and ((len(seq) == 1 and not entry.exact) or _case_ok(seq, entry)):
                best = (len(seq), entry)                  # (one word, any case: _case_ok's first rule)
            if key not in extendable and not any_key_extends:
                break
            nxt = doc.after(seq[-1], key=key)
            if nxt is None:
                break
            key2 = key + nxt[1].norm
            if key2 not in prefixes:
                break
            key = key2
            seq.append(nxt[1])
        if best is not None:
            n, entry = best
            hits.append(Hit(t.start, seq[n - 1].pend, entry, t, seq[n - 1]))
            covered = seq[n - 1].pend
    return hits


def _case_ok(seq: list[Tok], entry: Entry) -> bool:
    if not entry.exact and len(seq) == 1:
        return True                                       # a match always starts with a capital
    # A possessive ends a name unless the alias has one ("China's FAW" is China's, not "China FAW";
    # "People's Bank of China" is one name).
    if any(t.poss for t in seq[:-1]) and "'" not in entry.alias and "’" not in entry.alias:
        return False
    if entry.exact:
        surface = "".join(t.word[:-2] if t.poss and t.word[-1] in "sS" else t.word for t in seq)
        return re.sub(r"[\W_]", "", surface) == re.sub(r"[\W_]", "", entry.alias)
    if len(entry.caps) == len(seq):
        # "Kazakh export" is not "Kazakh Export": capitalised alias words must be capitalised.
        return all(t.cap or not c for t, c in zip(seq, entry.caps))
    # Written in other words than the alias ("Saryarka AvtoProm" for "SaryarkaAutoProm"): every
    # word is capitalised ("Turkmenistan is" is not "Turkmenistanis").
    return all(t.cap for t in seq[1:])
