"""Split article text into sentences that keep their character offsets.

Rules, not a model: a sentence ends at a line break, or at . ! ? (and any
closing quotes or brackets) followed by white space and a capital, digit or
opening quote — unless the period ends a known abbreviation ("Co.", "Ltd.",
"Sept.", "U.S.") or an initial ("A. Morozov").
"""
from __future__ import annotations

import re

from loaders.records import Sentence

_ABBREVIATIONS = frozenset("""
co ltd inc corp jsc llc llp plc bros no nos vs etc approx est dept govt
mr mrs ms dr prof gen sen rep st mt ft jr sr
jan feb mar apr jun jul aug sep sept oct nov dec
e.g i.e u.s u.k u.n u.s.a
""".split())

# Candidate boundary: terminal punctuation, optional closers, white space.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        for start, end in _split_line(line.group(), line.start()):
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        if _is_abbreviation(line, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        # Trim white space so text[start:end] is the sentence exactly.
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((offset + s, offset + e))
    return out


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not line[word_start - 1].isspace() and line[word_start - 1] not in "(\"'“":
        word_start -= 1
    word = line[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # A single capital initial ("A. Morozov"), not a sentence-final "I."
    return len(word) == 1 and word.isalpha() and line[word_start].isupper() and word != "i"
