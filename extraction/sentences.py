"""Split article text into sentences that keep their character offsets.

Rules, not a model: a sentence ends at a line break, or at . ! ? (and any
closing quotes or brackets) followed by white space and a capital, digit or
opening quote — unless the period ends a known abbreviation ("Co.", "Ltd.",
"Sept.", "U.S.") or an initial ("A. Morozov").

A sentence is at most MAX_SENTENCE characters: a longer run is cut at its last
"; " or ", " (else white space, else anywhere) before the limit. The longest
sentence in the annotated corpora has 463 characters; the cap is what keeps the
later steps, which may look at every pair of things in a sentence, linear in
the article (a 2 MB "sentence" of figures took minutes).
"""
from __future__ import annotations

import re
from dataclasses import fields

from extraction.lexicon import MONTH_ABBREVIATIONS
from extraction.records import Sentence

_ABBREVIATIONS = frozenset("""
co bros no nos vs etc approx est dept govt
mr mrs ms dr prof gen sen rep st mt ft jr sr
e.g i.e u.s u.k u.n u.s.a
""".split()) | MONTH_ABBREVIATIONS.keys()

# Candidate boundary: a run of terminal punctuation, optional closers, white space. The
# quantifiers are possessive: a run that is not followed by a boundary fails at once instead
# of being retried one character shorter, and _boundaries tries the pattern only where a run
# starts, so the work is linear in the line (a backtracking "[.!?]+" took hours on 2 MB of dots).
_BOUNDARY = re.compile(r"[.!?]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])")
_TERMINAL = re.compile(r"[.!?]")
_RUN_END = re.compile(r"[.!?]*+[\"'”’)\]]*+")
_SPACES = re.compile(r"\s*")                              # \s is exactly str.isspace()
# The word before a period: no white space, opening bracket or quote in it. Only a word
# of at most _WORD_WINDOW - 1 characters can be an abbreviation or an initial, so the
# search looks no further back than _WORD_WINDOW characters.
_WORD_BEFORE = re.compile(r"[^\s(\"'“]*\Z")
# "Ltd.", "Inc.", "Corp.": they end a company's name, so a capital after them starts a
# sentence ("... Engineering Co. Ltd. Osh's mayor agreed ..."); a bracket after them
# holds the company's short name ("Turkish Aerospace Industries Inc. (TUSAS) are ...")
_NAME_ENDS = frozenset("ltd inc corp jsc llc llp plc".split())
_WORD_WINDOW = max(map(len, _ABBREVIATIONS)) + 1
# The number or letter opening a list line ("1. China - $2.13 billion", "b. Turkey"): not a sentence.
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[A-Za-z])\.$")
# A dot leader between a table row's label and its figure ("car tyres ........ 3 million"): no
# sentence ends in it.
_DOT_LEADER = re.compile(r"\.{4,}+\s++\d")


MAX_SENTENCE = 1000
_CUTS = ("; ", ", ", " ")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    append = sentences.append
    pos = 0
    for line in text.split("\n"):                       # faster than a regex for the lines
        if line:
            for start, end in _split_line(line, pos):
                append(_sentence(len(sentences), start, end, text[start:end]))
        pos += len(line) + 1
    return sentences


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    out = []
    start = 0
    for dot, end in _boundaries(line):
        if _is_abbreviation(line, dot) or (start == 0 and _ENUMERATOR.match(line, 0, dot + 1)) \
                or _DOT_LEADER.match(line, dot):
            continue
        _trimmed(line, start, end, offset, out)
        start = end
    _trimmed(line, start, len(line), offset, out)
    return out


def _boundaries(line: str) -> list[tuple[int, int]]:
    """(start, end) of each boundary: a run of . ! ? (with its closers) followed by white
    space and a capital, digit or opening quote. Each run is looked at once: str.find (or
    a one-character search) finds where it starts, and a run that is not a boundary is
    skipped whole, so no character is matched twice."""
    out = []
    match = _BOUNDARY.match
    if "!" in line or "?" in line:                        # rare: any terminal mark
        find = _TERMINAL.search
        m = find(line)
        while m is not None:
            i = m.start()
            b = match(line, i)
            if b is not None:
                out.append((i, b.end()))
                m = find(line, b.end())
            else:
                m = find(line, _RUN_END.match(line, i).end())
        return out
    i = line.find(".")
    while i >= 0:
        m = match(line, i)
        if m is None:
            i = line.find(".", _RUN_END.match(line, i).end())
        else:
            out.append((i, m.end()))
            i = line.find(".", m.end())
    return out


def _trimmed(line: str, s: int, e: int, offset: int, out: list[tuple[int, int]]) -> None:
    """Add line[s:e] without white space at either end (so text[start:end] is the sentence
    exactly), unless nothing is left."""
    if s < e and line[s].isspace():
        s = _SPACES.match(line, s, e).end()
    while e > s and line[e - 1].isspace():                # rare: boundaries end in punctuation
        e -= 1
    while e - s > MAX_SENTENCE:                          # rare: see MAX_SENTENCE
        cut = _cut(line, s, s + MAX_SENTENCE)
        _trimmed(line, s, cut, offset, out)
        s = _SPACES.match(line, cut, e).end()
    if s < e:
        out.append((offset + s, offset + e))


def _cut(line: str, s: int, limit: int) -> int:
    """Where to end an over-long sentence line[s:...] at or before `limit`: after the
    last clause mark, else the last white space, in the second half of the window."""
    for mark in _CUTS:
        i = line.rfind(mark, s + MAX_SENTENCE // 2, limit)
        if i >= 0:
            return i + len(mark.rstrip())
    return limit


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word_start = _WORD_BEFORE.search(line, max(0, dot - _WORD_WINDOW), dot).start()
    word = line[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    if word in _NAME_ENDS:
        after = _SPACES.match(line, dot + 1).end()
        return line[after:after + 1] == "("
    # A single capital initial ("A. Morozov"), not a sentence-final "I."
    return len(word) == 1 and word.isalpha() and line[word_start].isupper() and word != "i"


# Sentence(...) without the frozen-dataclass __init__ (object.__setattr__ per field, about
# twice the cost); the objects are the same (equal, same repr, hash and pickle).
_new_object = object.__new__
assert tuple(f.name for f in fields(Sentence)) == ("sentence_no", "start", "end", "text")


def _sentence(sentence_no: int, start: int, end: int, text: str) -> Sentence:
    s = _new_object(Sentence)
    s.__dict__.update(sentence_no=sentence_no, start=start, end=end, text=text)
    return s
