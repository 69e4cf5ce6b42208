"""Words of a text as the rules see them: capitalised tokens, gazetteer hits and the document."""
from __future__ import annotations

import re
from bisect import bisect_right

from extraction.entities.vocabulary import FUNCTION, GAP_CHARS, JOIN_GAPS
from extraction.reference import Entry, reference

# Capitalised words start every name; everything else is read lazily around them.
_CAP_RE = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F\u0400-\u042F][\w'’]*")
_DOTTED_RE = re.compile(r"(?:[A-Z\u00C0-\u00DE\u0100-\u017F]\.){2,}")   # "U.S.", "U.A.E.", "A.Ş."
# The word after a name token and the gap before it ("Republic| of| Korea", "Co|., |Ltd").
_NEXT_RE = re.compile(r"([ \-‑&/.,'’]{1,3})((?:[A-Z\u00C0-\u00DE\u0100-\u017F]\.){2,}|\w[\w'’]*)")
_LINE_END_OK = (".", "!", "?", '"', "”", ":", ";", ")")
_WORD4_RE = re.compile(r"[A-Za-z]{4,}")
_LIST_OPENERS = ("- ", "• ", "* ", "– ", "— ")
_OPENERS = frozenset(" \t\"'“‘([«")


class Tok:
    """One word: offsets, key and the flags the rules read.

    A capitalised token also serves as a unit of a run in `Scanner` (as does a gazetteer
    `Hit`), so it answers the unit questions too: no gazetteer entry, first and last word
    itself."""
    __slots__ = ("start", "end", "word", "norm", "cap", "poss", "pend", "idx")
    hit = entry = kind = None                             # as a unit: not a gazetteer hit

    def __init__(self, start: int, word: str, info: tuple[str, bool, bool], idx: int = -1) -> None:
        self.start = start
        self.end = self.pend = start + len(word)
        self.idx = idx                                    # position among capitalised tokens, -1 otherwise
        self.word = word
        self.norm, self.cap, self.poss = info

    @property
    def first(self) -> Tok:
        return self

    last = first

    @property
    def core_end(self) -> int:
        """End without possessive or trailing apostrophe."""
        w = self.word
        if w[-1] in "'’":
            return self.end - 1
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            return self.end - 2
        return self.end


WORD_INFO: dict[str, tuple[str, bool, bool]] = {}


def word_info(word: str) -> tuple[str, bool, bool]:
    """(key, capitalised, possessive) of a word, cached: the vocabulary of news repeats."""
    info = WORD_INFO.get(word)
    if info is None:
        poss = len(word) > 2 and (word[-1] in "'’" and word[-2] in "sS" or word[-2] in "'’" and word[-1] in "sS")
        info = (reference().norm_token(word), word[0].isupper(), poss)   # "Kazakhstan's", "Motors'"
        if len(WORD_INFO) > 500_000:
            WORD_INFO.clear()
        WORD_INFO[word] = info
    return info


# Word (two letters or more) -> its word_info when it may start or join a name, None when
# it is no token: it does not start with a capital ("ā", "ſ": _CAP_RE's ranges are loose) or
# it is a function word that no gazetteer key starts with ("The", "However").
_START_INFO: dict[str, tuple[str, bool, bool] | None] = {}
_UNSEEN = object()


def _start_info(word: str, prefixes: set[str]) -> tuple[str, bool, bool] | None:
    if not word[0].isupper():
        info = None
    else:
        info = WORD_INFO.get(word) or word_info(word)
        if info[0] in FUNCTION and info[0] not in prefixes:
            info = None
    if len(_START_INFO) > 500_000:                       # bound memory on endless streams
        _START_INFO.clear()
    _START_INFO[word] = info
    return info


class Hit:
    """A name found in the text (a plain class with slots: tens are made per article).
    A gazetteer hit also serves as a unit of a run in `Scanner` (see `Tok`)."""
    __slots__ = ("start", "end", "entry", "kind", "first", "last", "name", "code", "via", "rule")
    norm = ""                                             # as a unit: no word key

    def __init__(self, start: int, end: int, entry: Entry | None, first: Tok, last: Tok,
                 name: str = "", code: str | None = None, via: str = "", rule: str = "") -> None:
        self.start = start
        self.end = end             # char end, possessive included
        self.entry = entry         # None: a company found by pattern
        self.kind = entry.kind if entry is not None else None
        self.first = first         # first token
        self.last = last           # last token
        self.name = name
        self.code = code
        self.via = via
        self.rule = rule           # the company rule that found it (company_rules), "" otherwise

    @property
    def hit(self) -> Hit:
        """As a unit: the gazetteer hit it is."""
        return self


class Spans:
    """Does any of these spans contain [start, end)? A binary search on the starts, with the
    largest end so far: O(log n) a question, where a scan of the spans would make a text with
    many names quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def contains(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return k > 0 and self.max_end[k - 1] >= end

    def __call__(self, h: Hit) -> bool:
        return self.contains(h.start, h.end)


class Doc:
    """The capitalised tokens of one text, with sentence and headline context."""

    def __init__(self, text: str, sentence_starts: tuple[int, ...]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        ref = reference()
        self.prefixes = prefixes = ref.prefixes
        self.variant_starts = ref.variant_starts
        winfo = WORD_INFO
        start_info = _START_INFO
        toks: list[Tok] = []
        append = toks.append
        for m in _CAP_RE.finditer(text):
            s = m.start()
            if s and text[s - 1].isalnum():
                continue                                  # "iPhone": not a word start
            word = m.group()
            if len(word) > 1:
                # What follows depends on the word alone: cached (None: no token).
                info = start_info.get(word, _UNSEEN)
                if info is _UNSEEN:
                    info = _start_info(word, prefixes)
                if info is None:
                    continue
            else:
                if not word.isupper():
                    continue
                if text[s + 1:s + 2] == ".":
                    d = _DOTTED_RE.match(text, s)
                    if d is not None:
                        word = d.group()
                info = winfo.get(word) or word_info(word)
                if info[0] in FUNCTION and info[0] not in prefixes:
                    continue
            append(Tok(s, word, info, len(toks)))
        self.toks = toks
        self.by_start = {t.start: t for t in toks}
        self._titles = self._title_lines()
        self._title_starts = [s for s, _ in self._titles]

    def after(self, t: Tok, legal_gap: bool = False, key: str | None = None) -> tuple[str, Tok] | None:
        """The word right after token t and the gap before it, if the gap may sit inside a name.
        With `key`, give up early unless key + that word can still be a gazetteer key."""
        text = self.text
        end = t.end
        ch = text[end:end + 1]
        if ch == " ":
            if key is not None:
                # Cheap test before the regex: can key + the next two letters still be a key?
                c = text[end + 1:end + 3].lower()
                if c.isascii() and c.isalpha() and len(c) == 2 and c not in self.variant_starts and \
                        key + c not in self.prefixes:
                    return None
        elif ch not in GAP_CHARS or t.word[-1] in "'’":
            return None                                   # "Motors' own", "Kazakhstan, China"
        m = _NEXT_RE.match(text, end)
        if m is None:
            return None
        gap = m.group(1)
        if gap not in JOIN_GAPS and not (gap == ". " and len(t.word) <= 3 and t.cap) and \
                not (legal_gap and gap in (". ", ", ", "., ")):
            return None
        if gap in ("'", "’") and t.poss:
            return None
        start = m.start(2)
        nxt = self.by_start.get(start)
        if nxt is None:
            word = m.group(2)
            nxt = Tok(start, word, WORD_INFO.get(word) or word_info(word))
        return gap, nxt

    def initial(self, pos: int) -> bool:
        """Does the word at pos open a sentence or a line?"""
        if pos == 0 or self.text[pos - 1] == "\n":
            return True
        k = bisect_right(self.sentence_starts, pos) - 1
        s0 = self.sentence_starts[k] if k >= 0 else 0
        # Only opening quotes, brackets and blanks between the sentence start and pos; read
        # backwards from pos, so the cost is the length of that stretch, not of the sentence.
        text, i = self.text, pos - 1
        while i >= s0 and text[i] in _OPENERS:
            i -= 1
        return i < s0

    def title(self, pos: int) -> bool:
        k = bisect_right(self._title_starts, pos) - 1
        return k >= 0 and pos < self._titles[k][1]

    def _title_lines(self) -> list[tuple[int, int]]:
        """Headline-like lines (title case, no final stop): patterns are unreliable there."""
        out = []
        pos = 0
        for line in self.text.split("\n"):
            stripped = line.rstrip()
            # A line of a list ("- Semey (Zarvo, Qorgan): 907 units") is no headline.
            if stripped and not stripped.endswith(_LINE_END_OK) and len(stripped) < 200 and \
                    not stripped.startswith(_LIST_OPENERS):
                words = _WORD4_RE.findall(stripped)
                if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
                    out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out
