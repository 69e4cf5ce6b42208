"""Countries, companies and places named in an article (rules + seed gazetteers, no model).

Only capitalised words can start a name, so the scan looks at those (one cheap
regex) and reads the words around them lazily. Every gazetteer is matched at
once, leftmost-longest: countries, places, companies and non-companies share
one dict keyed by concatenated token keys (see `extraction.reference`), so
"Saryarka AvtoProm", "SaryarkaAutoProm" and "SARYARKA AVTOPROM" meet. Then runs
of capitalised words (joined by spaces, hyphens, "&", "of", "for", "and") are
read for companies nobody listed:

- a legal form before or after a name: "Avtosanoat Invest LLC", "PJSC KAMAZ";
- a company head word at the end: "Fujian Hengwang Investment", "East Hope
  Group", "Minsk Tractor Works" (the name needs one distinctive word, so
  "Working Group" or "Chinese Investment" are not companies);
- a known company followed by a country or place: "Kia Qazaqstan";
- context: "the Chinese automaker X", "X, a subsidiary of ...", "X is the
  largest company ...";
- a name found this way is found again without its legal form
  ("SamAvto JV LLC" ... "SamAvto buses");
- "Full Name (ABBR)" defines ABBR: other "ABBR"s get name = the full name
  (via 'abbreviation'); "the ... factory (SemAZ)" names a company "SemAZ".

Decisions (documented because gold depends on them):

- A country counts when named by name, demonym or capital (via 'name',
  'demonym', 'capital'). Cities and regions give a `Place`, not a country.
- A country word inside an organisation's name counts for nothing: "Iran
  Khodro", "Development Bank of Kazakhstan", "Uzbekistan 24". A one-word country
  name right after an unexplained capitalised word is another name too ("New
  Jersey", "Michael Jordan"); capitals are not held to that ("Pakhtakor
  Tashkent" names Uzbekistan's capital, and gold treats such cases as optional).
- Non-companies (seed `non_companies`: media, associations, government,
  universities, events, sports, projects, brands, multi-country regions) are
  recognised so that they block both company and country readings; a brand
  yields no mention (`brand_maker` tells its maker).
- Persons: runs holding a title (President, Minister, CEO, chairman ...) are
  not companies, and "Chairman of X" keeps only X.
- Headline-like lines (title case, no final stop) only yield companies by legal
  form: every word is capitalised there.
- Company head words that are not legal forms (Motors, Group, Holding,
  Investment ...) and the other word lists below are English grammar, kept
  here; facts about entities live in the seeds.
- A mention's span includes a trailing possessive; `name` drops it and a
  leading "the". A company's `country_code` comes from the gazetteer, else from
  a country in its name ("Geely Tajikistan"), else from context ("China's X",
  "the Kazakh company X", "X, a Chinese carmaker").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter

from extraction.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from extraction.records import Mention, Place, Sentence
from extraction.reference import COMPANY, COUNTRY, NONCO, PLACE, TOKEN_RE, Entry, company_key, reference

__all__ = ["find_mentions", "find_places", "company_key", "country_code_for", "country_name",
           "country_region", "resolve_company", "brand_maker", "non_company_kind", "place_for"]

# ---------------------------------------------------------------------------- grammar word lists
# Lower-case token keys. These are properties of English news prose, not facts
# about entities, so they live here rather than in the seeds.

_FUNCTION = frozenset("""
the a an in on at as by for from with of to into onto and or but nor so yet if while when where whereas
after before since until during under over above below between among amongst through via per than
this that these those its it their his her our my your we they he she i you there here who which what why how
all both each every some many most more less several other another such any no not only even also still
however meanwhile moreover furthermore besides additionally separately overall previously earlier later
currently recently initially finally eventually today yesterday tomorrow now then thus hence therefore
according despite following including unlike like speaking citing around about nearly almost roughly
last next first second third new former late early read related tags tag author published source photo
previous see watch click share print save subscribe follow editing reporting writing
mr mrs ms dr sir
""".split()) | MONTHS.keys() | MONTH_ABBREVIATIONS.keys() | WEEKDAYS.keys()

_TITLES = frozenset("""
president presidents vice premier prime minister ministers deputy deputies chairman chairwoman chairperson
chair ceo cfo coo cto founder cofounder director directors governor governors ambassador ambassadors
mayor akim head heads chief executive officer manager spokesman spokeswoman spokesperson secretary
senator general king queen prince princess sheikh emir sultan professor academician coach captain
commissioner envoy consul adviser advisor counsellor minister-counsellor board honored honoured artist
mr mrs ms dr sir lord madam his her excellency
""".split())

# Words that make no name distinctive on their own ("National Bank", "Working Group").
_GENERIC = frozenset("""
national state international central development investment investments invest foreign direct joint
working business economic economy trade trading industrial industry financial finance strategic world
global regional asian eurasian european islamic arab union federal republic republican public private
main general united special free zone zones new first second third north south east west northern
southern eastern western big great grand royal social sovereign wealth fund commercial technical
technology technologies energy power infrastructure construction engineering agency
steering task contact expert advisory coordination intergovernmental interdepartmental parliamentary
friendship high level council committee commission organisation organization
""".split())

# Head words that end a company name without being a legal form.
_DESIGNATORS = frozenset("""
group holding holdings motors motor automobile automotive auto autos investment investments international
industries manufacturing engineering machinery leasing bank petroleum airlines airways steel mining
metals minerals resources electric electronics technologies telecom logistics trading pharma
pharmaceuticals chemicals cement ventures enterprises
""".split())
_SOFT_DESIGNATORS = frozenset({"group", "holding", "holdings"})   # also lead a name: "Holding Asia Group"
# "X Automobile Plant", "X Tractor Works": a named enterprise.
_SITE_HEADS = frozenset({"plant", "works", "factory", "combine"})
_SITE_INDUSTRY = frozenset("""
automobile automotive auto car cars tractor tractors truck trucks bus buses motor engine engines machine
machinebuilding mechanical metallurgical aluminium aluminum tyre tire wagon locomotive assembly
""".split())

# Heads of organisations that are not companies.
_ORG_HEADS = frozenset("""
ministry ministries agency agencies association associations union university universities institute
academy center centre council committee commission chamber federation parliament senate assembly
administration office service department bureau school college foundation club stadium league cup
championship embassy consulate court party army police network forum festival summit conference expo
exhibition fair salon organization organisation alliance society program programme initiative project
corridor pipeline railway highway airport port station park district region province oblast city
government cabinet presidency secretariat inspectorate treasury prize award museum theatre theater
hospital clinic church mosque trio band orchestra choir team contest competition games olympics day
week year strategy plan agreement treaty memorandum declaration dialogue
""".split())

# Nouns that introduce or describe a company ("the carmaker X", "X, a subsidiary of").
_TRIGGERS = frozenset("""
carmaker carmakers automaker automakers maker makers manufacturer manufacturers producer producers
assembler assemblers company companies firm firms corporation conglomerate holding subsidiary giant
concern startup supplier suppliers distributor dealer operator operators contractor developer
lender bank enterprise
""".split())

_STRIP = _FUNCTION | _TITLES
# Words that continue a name across 'and' ("Import and Export Corporation", "Oil and Gas Company").
_AND_CONTINUES = frozenset("""
export exports import imports gas oil metallurgical metallurgy mining construction trade trading investment
investments development engineering technology technologies industry industries industrial commerce
commercial finance financial services logistics transport transportation shipping energy power chemical
chemicals machinery manufacturing production exploration refining marketing equipment steel metals
""".split())
_COMPASS = frozenset("north south east west northern southern eastern western central latin upper lower".split())
# Capitalised words that may stand right before a country name without making it part of
# another name ("Neighbouring" is not here: sentence-initial words are never held against it).
_NOT_A_NAME = (_FUNCTION - {"new", "grand", "great", "royal"}) | _TITLES | _COMPASS
_JOIN_GAPS = frozenset({" ", "-", "‑", " & ", "&", "'", "’", "/", "."})
_GAP_CHARS = frozenset("-‑&'’/.,")

_TRIGGER_ALT = "|".join(sorted(_TRIGGERS, key=len, reverse=True))
_AFTER_STARTS = (", a ", ", an ", ", the ", ", one ", " is ", " was ", " remains ", " became ", " has become ")
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|one\s+of\s+the|one\s+of)\s+((?:[\w’'&-]+\s+){0,6}?)(?:" + _TRIGGER_ALT + r")\b(?!['’])")
_COPULA = re.compile(
    r"\s+(?:is|was|remains|became|has\s+become)\s+(?:a|an|the|one\s+of\s+the)\s+((?:[\w’'-]+\s+){0,5}?)(?:"
    + _TRIGGER_ALT + r")\b(?!['’])")
_PAREN_RE = re.compile(r"\((?:the\s+)?([A-Z][A-Za-z0-9&-]{1,9})\)")
# "the Semipalatinsk automobile assembly factory (SemAZ)": a described enterprise named by its abbreviation.
_SITE_WORDS = frozenset("""
plant factory works company enterprise manufacturer carmaker automaker producer maker assembler holding firm
""".split())


# ---------------------------------------------------------------------------- small helpers (public)

def country_code_for(alias: str) -> str | None:
    """ISO code for a country name, demonym, capital, city or region, or an upper-case code
    ("Kazakh" -> "KZ", "Kostanai" -> "KZ", "UZ" -> "UZ")."""
    ref = reference()
    a = alias.strip()
    if len(a) == 2 and a.isupper() and a in ref.countries:
        return a
    entry = ref.entries.get(_alias_key(alias))
    return entry.code if entry is not None and entry.kind in (COUNTRY, PLACE) else None


def country_name(code: str | None) -> str | None:
    row = reference().countries.get((code or "").upper())
    return row["country_name"] if row else None


def country_region(code: str | None) -> str | None:
    row = reference().countries.get((code or "").upper())
    return (row["region"] or None) if row else None


def place_for(alias: str) -> tuple[str, str] | None:
    """(canonical place name, country code) of a city, capital or region ("Kostanai" -> ("Kostanay", "KZ"))."""
    entry = reference().entries.get(_alias_key(alias))
    if entry is None or entry.code is None:
        return None
    if entry.kind == PLACE or (entry.kind == COUNTRY and entry.sub == "capital"):
        return entry.label, entry.code
    return None


def resolve_company(name: str) -> tuple[str, str | None] | None:
    """(canonical company name, home country) when the gazetteer knows the name."""
    entry = reference().company_by_key.get(company_key(name))
    return (entry.label, entry.code) if entry else None


def non_company_kind(name: str) -> str | None:
    """'media', 'brand', 'government', ... when the name is a listed non-company."""
    if resolve_company(name):
        return None
    entry = reference().nonco_by_key.get(company_key(name))
    return entry.sub if entry else None


def brand_maker(name: str) -> str | None:
    """The company that makes a brand ("Lada" -> "AvtoVAZ"), when known."""
    entry = reference().nonco_by_key.get(company_key(name))
    return (entry.maker or None) if entry and entry.sub == "brand" else None


def _alias_key(alias: str) -> str:
    return reference().match_key(alias, strip_legal=False)[0]


# ---------------------------------------------------------------------------- tokens

# Capitalised words start every name; everything else is read lazily around them.
_CAP_RE = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F\u0400-\u042F][\w'’]*")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){2,}")            # "U.S.", "U.A.E."
# The word after a name token and the gap before it ("Republic| of| Korea", "Co|., |Ltd").
_NEXT_RE = re.compile(r"([ \-‑&/.,'’]{1,3})((?:[A-Z]\.){2,}|\w[\w'’]*)")
_LINE_END_OK = (".", "!", "?", '"', "”", ":", ";", ")")
_WORD4_RE = re.compile(r"[A-Za-z]{4,}")


class _Tok:
    """One word: offsets, key and the flags the rules read.

    A capitalised token also serves as a unit of a run in `_Scanner` (as does a gazetteer
    `_Hit`), so it answers the unit questions too: no gazetteer entry, first and last word
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
    def first(self) -> _Tok:
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



_WORD_INFO: dict[str, tuple[str, bool, bool]] = {}


def _word_info(word: str) -> tuple[str, bool, bool]:
    """(key, capitalised, possessive) of a word, cached: the vocabulary of news repeats."""
    info = _WORD_INFO.get(word)
    if info is None:
        poss = len(word) > 2 and (word[-1] in "'’" and word[-2] in "sS" or word[-2] in "'’" and word[-1] in "sS")
        info = (reference().norm_token(word), word[0].isupper(), poss)   # "Kazakhstan's", "Motors'"
        if len(_WORD_INFO) > 500_000:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


# Word (two letters or more) -> its _word_info when it may start or join a name, None when
# it is no token: it does not start with a capital ("ā", "ſ": _CAP_RE's ranges are loose) or
# it is a function word that no gazetteer key starts with ("The", "However").
_START_INFO: dict[str, tuple[str, bool, bool] | None] = {}
_UNSEEN = object()


def _start_info(word: str, prefixes: set[str]) -> tuple[str, bool, bool] | None:
    if not word[0].isupper():
        info = None
    else:
        info = _WORD_INFO.get(word) or _word_info(word)
        if info[0] in _FUNCTION and info[0] not in prefixes:
            info = None
    if len(_START_INFO) > 500_000:                       # bound memory on endless streams
        _START_INFO.clear()
    _START_INFO[word] = info
    return info


class _Hit:
    """A name found in the text (a plain class with slots: tens are made per article).
    A gazetteer hit also serves as a unit of a run in `_Scanner` (see `_Tok`)."""
    __slots__ = ("start", "end", "entry", "kind", "first", "last", "name", "code", "via")
    norm = ""                                             # as a unit: no word key

    def __init__(self, start: int, end: int, entry: Entry | None, first: _Tok, last: _Tok,
                 name: str = "", code: str | None = None, via: str = "") -> None:
        self.start = start
        self.end = end             # char end, possessive included
        self.entry = entry         # None: a company found by pattern
        self.kind = entry.kind if entry is not None else None
        self.first = first         # first token
        self.last = last           # last token
        self.name = name
        self.code = code
        self.via = via

    @property
    def hit(self) -> _Hit:
        """As a unit: the gazetteer hit it is."""
        return self


class _Doc:
    """The capitalised tokens of one text, with sentence and headline context."""

    def __init__(self, text: str, sentence_starts: tuple[int, ...]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        ref = reference()
        self.prefixes = prefixes = ref.prefixes
        self.variant_starts = ref.variant_starts
        winfo = _WORD_INFO
        start_info = _START_INFO
        toks: list[_Tok] = []
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
                info = winfo.get(word) or _word_info(word)
                if info[0] in _FUNCTION and info[0] not in prefixes:
                    continue
            append(_Tok(s, word, info, len(toks)))
        self.toks = toks
        self.by_start = {t.start: t for t in toks}
        self._titles = self._title_lines()

    def after(self, t: _Tok, legal_gap: bool = False, key: str | None = None) -> tuple[str, _Tok] | None:
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
        elif ch not in _GAP_CHARS or t.word[-1] in "'’":
            return None                                   # "Motors' own", "Kazakhstan, China"
        m = _NEXT_RE.match(text, end)
        if m is None:
            return None
        gap = m.group(1)
        if gap not in _JOIN_GAPS and not (gap == ". " and len(t.word) <= 3 and t.cap) and \
                not (legal_gap and gap in (". ", ", ", "., ")):
            return None
        if gap in ("'", "’") and t.poss:
            return None
        start = m.start(2)
        nxt = self.by_start.get(start)
        if nxt is None:
            word = m.group(2)
            nxt = _Tok(start, word, _WORD_INFO.get(word) or _word_info(word))
        return gap, nxt

    def initial(self, pos: int) -> bool:
        """Does the word at pos open a sentence or a line?"""
        if pos == 0 or self.text[pos - 1] == "\n":
            return True
        k = bisect_right(self.sentence_starts, pos) - 1
        s0 = self.sentence_starts[k] if k >= 0 else 0
        return not self.text[s0:pos].strip(" \t\"'“‘([«")

    def title(self, pos: int) -> bool:
        for s, e in self._titles:
            if s <= pos < e:
                return True
        return False

    def _title_lines(self) -> list[tuple[int, int]]:
        """Headline-like lines (title case, no final stop): patterns are unreliable there."""
        out = []
        pos = 0
        for line in self.text.split("\n"):
            stripped = line.rstrip()
            if stripped and not stripped.endswith(_LINE_END_OK) and len(stripped) < 200:
                words = _WORD4_RE.findall(stripped)
                if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
                    out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out


# ---------------------------------------------------------------------------- gazetteer

def _gazetteer(doc: _Doc) -> list[_Hit]:
    """Leftmost-longest matches of every alias (countries, places, companies, non-companies)."""
    ref = reference()
    entries, prefixes, extendable = ref.entries, ref.prefixes, ref.extendable
    # Only a word made of "_" and apostrophes has an empty key and so extends a
    # match without lengthening its key; without "_" in the text, a key that no
    # longer key starts with ends the match at once (no need to read the next word).
    any_key_extends = "_" in doc.text
    hits: list[_Hit] = []
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
            hits.append(_Hit(t.start, seq[n - 1].pend, entry, t, seq[n - 1]))
            covered = seq[n - 1].pend
    return hits


def _case_ok(seq: list[_Tok], entry: Entry) -> bool:
    if not entry.exact and len(seq) == 1:
        return True                                       # a match always starts with a capital
    if entry.exact:
        surface = "".join(t.word[:-2] if t.poss and t.word[-1] in "sS" else t.word for t in seq)
        return re.sub(r"[\W_]", "", surface) == re.sub(r"[\W_]", "", entry.alias)
    if len(entry.caps) == len(seq):
        # "Kazakh export" is not "Kazakh Export": capitalised alias words must be capitalised.
        return all(t.cap or not c for t, c in zip(seq, entry.caps))
    return True


def _legal(t: _Tok):
    """The legal form token t is, as written (case rules of the seed), else None."""
    form = (_LEGAL_FORMS or _legal_forms()).get(t.norm)
    if form is None or not t.cap or (form.exact and not t.word.isupper()):
        return None
    return form


_LEGAL_FORMS: dict = {}                                   # reference().legal, once loaded


def _legal_forms() -> dict:
    _LEGAL_FORMS.update(reference().legal)
    return _LEGAL_FORMS


def _extend_legal(doc: _Doc, hit: _Hit) -> None:
    """Attach legal forms written right before or after a company name ("PJSC KAMAZ", "Co., Ltd.")."""
    last = hit.last
    while not last.poss:
        nxt = doc.after(last, legal_gap=_legal(last) is not None)
        if nxt is None or nxt[1].idx < 0 or _legal(nxt[1]) is None or \
                (nxt[0] != " " and _legal(last) is None):
            break
        last = nxt[1]
    if last is not hit.last:
        hit.last, hit.end = last, last.pend
    if last.norm in ("co", "ltd", "inc", "corp") and not last.poss and doc.text[hit.end:hit.end + 1] == ".":
        hit.end += 1                                      # "Co." keeps its dot
    first = hit.first
    while first.idx > 0:
        prev = doc.toks[first.idx - 1]
        form = _legal(prev)
        if form is None or not form.form.isupper() or prev.poss or doc.text[prev.end:first.start] != " ":
            break
        first = prev
    if first is not hit.first:
        hit.first, hit.start = first, first.start


# ---------------------------------------------------------------------------- unknown companies

# A unit of a run is a gazetteer hit (`_Hit`) or a lone capitalised token (`_Tok`): both have
# start, end, first, last, hit (None for a token), entry, kind and norm ('' for a hit).
_Unit = _Tok | _Hit


_RUN_GAPS = frozenset({" ", "-", "‑", " & ", "&", " of ", " for ", " de ", " and "})


class _Scanner:
    """Finds companies in capitalised runs, given the gazetteer hits."""

    def __init__(self, doc: _Doc, hits: list[_Hit]) -> None:
        self.doc = doc
        self.hits = hits
        self.found: list[_Hit] = []
        units: list[_Unit] = []
        append = units.append
        hi, covered, nh = 0, -1, len(hits)
        for t in doc.toks:
            while hi < nh and hits[hi].start <= t.start:
                h = hits[hi]
                append(h)
                if h.end > covered:
                    covered = h.end
                hi += 1
            if t.start >= covered:
                append(t)
        units.extend(hits[hi:])
        self.units = units
        self.country_hits = [h for h in hits if h.entry.kind == COUNTRY]

    def runs(self) -> list[tuple[list[_Unit], list[str]]]:
        """Units joined by spaces, hyphens, '&' or a connector (of, for, de, and): (units, gaps)."""
        text = self.doc.text
        runs = []
        cur: list[_Unit] = []
        gaps: list[str] = []
        for u in self.units:
            if cur:
                prev = cur[-1]
                # No joining gap is longer than 5 characters (" and "): most units stand
                # far apart, and slicing what lies between them would cost for nothing.
                if u.start - prev.end <= 5 and not prev.last.poss:
                    g = text[prev.end:u.start]
                    if g in _RUN_GAPS or (g[:1] in ".," and self._abbrev_gap(prev, u, g)):
                        cur.append(u)
                        gaps.append(g)
                        continue
                runs.append((cur, gaps))
            cur, gaps = [u], []
        if cur:
            runs.append((cur, gaps))
        return runs

    def _abbrev_gap(self, prev: _Unit, u: _Unit, g: str) -> bool:
        if g in (". ", ", ", "., ") and prev.hit is None and u.hit is None and _legal(prev.first) and _legal(u.first):
            return True                                   # "Co., Ltd."
        return g == ". " and prev.hit is None and len(prev.first.word) == 1   # initials "A. Morozov"

    def scan(self) -> list[_Hit]:
        doc, text = self.doc, self.doc.text
        for units, gaps in self.runs():
            if len(units) == 1:
                u = units[0]
                if u.hit is not None or u.norm in _STRIP:
                    continue                              # nothing to learn from a lone known word
                if not (self._context_before(u.start) is not False or self._context_after(u.end)):
                    continue                              # a lone unknown word needs context
            end = units[-1].end
            if text[end:end + 1] in ("-", "‑") and text[end + 1:end + 2].islower():
                continue                                  # "Chinese-backed", "Changan-branded"
            legal_only = doc.title(units[0].start)
            for seg_units, seg_gaps in self._segments(units, gaps):
                self._segment(seg_units, seg_gaps, legal_only)
        return self.found

    def _segments(self, units, gaps):
        """Split a run at 'and' unless the right part needs the left ("Import and Export Corporation")."""
        if " and " not in gaps:
            return [(units, gaps)]                        # most runs (segments never change the lists)
        segs = [([units[0]], [])]
        for u, g in zip(units[1:], gaps):
            if g == " and ":
                segs.append(([u], []))
            else:
                segs[-1][0].append(u)
                segs[-1][1].append(g)
        merged = [segs[0]]
        for seg in segs[1:]:
            left = merged[-1]
            if not self._standalone(left[0]) and self._ends_company(seg[0]) and \
                    seg[0][0].hit is None and seg[0][0].norm in _AND_CONTINUES:
                merged[-1] = (left[0] + seg[0], left[1] + [" and "] + seg[1])
            else:
                merged.append(seg)
        return merged

    def _standalone(self, units) -> bool:
        """Does the left part of "X and Y" end like a complete company name?"""
        u = units[-1]
        return u.kind == COMPANY or (u.hit is None and (_legal(u.first) is not None or u.norm in _DESIGNATORS))

    def _ends_company(self, units) -> bool:
        u = units[-1]
        return u.hit is None and (_legal(u.first) is not None or u.norm in _DESIGNATORS)

    # ------------------------------------------------------------------ one segment

    def _segment(self, units: list[_Unit], gaps: list[str], legal_only: bool) -> None:
        # Drop a leading "X of" when X holds a title or an organisation head ("Chairman of ...").
        if " of " in gaps:
            for k in range(len(gaps) - 1, -1, -1):
                if gaps[k] == " of " and any(u.hit is None and (u.norm in _TITLES or u.norm in _ORG_HEADS)
                                            for u in units[:k + 1]):
                    units, gaps = units[k + 1:], gaps[k + 1:]
                    break
        # Drop leading function words and titles; a leading demonym is context (and stays in
        # the name: "Tajik Aluminium Company", "Turkish Airlines").
        while units and units[0].hit is None and units[0].norm in _STRIP and not _legal(units[0].first):
            units, gaps = units[1:], gaps[1:]
        if not units:
            return
        context_code = units[0].entry.code if len(units) > 1 and _is_demonym(units[0]) else None
        # One pass over the words: kinds, titles, legal forms, and the two reasons to stop.
        kinds: list[str | None] = []
        legal_idx: list[int] = []
        titled = False
        for k, u in enumerate(units):
            if u.hit is None:
                if u.norm in _ORG_HEADS:
                    return                                # "Ministry of ...", "... Agency"
                if u.norm in _TITLES:
                    titled = True
                if _legal(u) is not None:                 # a token is its own first word
                    legal_idx.append(k)
            elif u.kind == NONCO:
                return                                    # part of a media, association, event ... name
            kinds.append(u.kind)

        # (1) legal forms, or a soft head word in front ("Holding Asia Group Tajikistan")
        if legal_idx or (len(units) > 1 and units[0].hit is None and units[0].norm in _SOFT_DESIGNATORS):
            self._by_legal(units, gaps, legal_idx, context_code, titled, legal_only)
            return
        if legal_only:
            return
        # (2) known company + country/place: a local subsidiary ("Kia Qazaqstan")
        if COMPANY in kinds:
            k0 = kinds.index(COMPANY)
            tail = units[k0 + 1:]
            if 1 <= len(tail) <= 3 and _is_geo(tail[-1]) and not tail[-1].last.poss and \
                    all(g == " " for g in gaps[k0:]) and \
                    all(u.hit is None and u.norm not in _FUNCTION for u in tail[:-1]):
                self._emit(units[k0:], context_code, tail[-1].entry.code)
            return
        if titled:
            return
        # (3) head word at the end ("... Investment", "... Group", "... Automobile Plant")
        core = units
        trailing_geo = None
        while len(core) > 1 and _is_geo(core[-1]):
            trailing_geo = core[-1].entry.code
            core = core[:-1]
        if core[-1].hit is None and self._is_head(core):
            if self._distinctive(core[:-1]):
                self._emit(units, context_code, trailing_geo)
            return
        # (4) context: "the carmaker X", "X, a subsidiary of", "X is the largest company"
        code = self._context_before(units[0].start)
        if code is not False or self._context_after(units[-1].end):
            if self._distinctive(units) and not all(_is_geo(u) for u in units):
                self._emit(units, context_code or code or self._appositive_code(units[-1].end), trailing_geo)

    def _by_legal(self, units, gaps, legal_idx, context_code, titled, legal_only) -> None:
        if legal_idx and legal_idx[0] > 0:
            end = legal_idx[0]
            while end + 1 < len(units) and end + 1 in legal_idx:
                end += 1
            name_units, core, rest = units[:end + 1], units[:legal_idx[0]], units[end + 1:]
            rest_gaps = gaps[end + 1:]
            strict = all(_legal(units[k].first).strict for k in range(legal_idx[0], end + 1))
        else:
            start = 0
            while start < len(units) and units[start].hit is None and \
                    (_legal(units[start].first) or units[start].norm in _SOFT_DESIGNATORS):
                start += 1
            name_units, core, rest, rest_gaps = units, units[start:], [], []
            strict = not legal_idx
        ok = bool(core) and not (titled and any(u.hit is None and u.norm in _TITLES for u in core))
        if ok and not (len(core) == 1 and core[0].kind == COMPANY):
            geo_only = all(_is_geo(u) or _is_demonym(u) or (u.hit is None and u.norm in _GENERIC) for u in core)
            # "Tajik Aluminium Company": a nationality plus a trade also names a company.
            national = len(core) >= 2 and any(_is_geo(u) or _is_demonym(u) for u in core)
            if not geo_only and (not strict or self._distinctive(core) or national):
                trailing = next((u.entry.code for u in reversed(core) if _is_geo(u)), None)
                self._emit(name_units, context_code, trailing)
        if rest:
            self._segment(rest, rest_gaps, legal_only)

    # ------------------------------------------------------------------ tests

    def _is_head(self, core) -> bool:
        head = core[-1].norm
        if head in _DESIGNATORS:
            return len(core) > 1
        if head in _SITE_HEADS and len(core) > 2:
            return core[-2].hit is None and core[-2].norm in _SITE_INDUSTRY
        return False

    def _distinctive(self, units) -> bool:
        """At least one word that names something: not generic, not a country, not a head word."""
        legal = reference().legal
        for u in units:
            e = u.entry
            if u.hit is not None:
                if e is None or e.kind in (COMPANY, PLACE) or (e.kind == COUNTRY and e.sub == "capital"):
                    return True
                continue
            w = u.norm
            if w in _FUNCTION or w in _GENERIC or w in _DESIGNATORS or w in _TITLES or w in _SITE_HEADS \
                    or w in _SITE_INDUSTRY or w in legal or w.isdigit():
                continue
            return True
        return False

    def _context_before(self, start: int):
        """Country code (or None) when a trigger noun precedes `start`; False when none does."""
        text = self.doc.text
        if start < 2 or text[start - 1] != " ":
            return False
        lo = text.rfind(" ", max(0, start - 30), start - 1) + 1
        if text[lo:start - 1] not in _TRIGGERS:
            return False
        for h in self.country_hits:                       # "the Chinese carmaker X"
            if lo - 45 <= h.start and h.end <= lo and not any(c in text[h.end:lo] for c in ".,;:()"):
                return h.entry.code
        return None

    def _context_after(self, end: int) -> bool:
        text = self.doc.text
        if not text.startswith(_AFTER_STARTS, end):
            return False
        return bool(_APPOSITIVE.match(text, end, end + 90) or _COPULA.match(text, end, end + 90))

    def _appositive_code(self, end: int) -> str | None:
        text = self.doc.text
        m = _APPOSITIVE.match(text, end, end + 90) or _COPULA.match(text, end, end + 90)
        if m is None:
            return None
        for w in m.group(1).split():
            code = country_code_for(w.strip(",.-"))
            if code:
                return code
        return None

    def _emit(self, units: list[_Unit], context_code, geo_code) -> None:
        first, last = units[0].first, units[-1].last
        end = units[-1].end
        if last.norm in ("co", "ltd", "inc", "corp") and not last.poss and self.doc.text[end:end + 1] == ".":
            end += 1
        hit = _Hit(units[0].start, end, None, first, last)
        # A place leading the name is its home more often than not ("Fujian Hengwang Investment").
        lead_code = units[0].entry.code if _is_geo(units[0]) else None
        hit.code = geo_code or context_code or _possessive_code(self.doc, self.hits, first) or lead_code
        hit.via = "pattern"
        self.found.append(hit)


def _is_demonym(u: _Unit) -> bool:
    e = u.entry
    return e is not None and e.kind == COUNTRY and e.sub == "demonym"


def _is_geo(u: _Unit) -> bool:
    e = u.entry
    return e is not None and e.kind in (COUNTRY, PLACE) and (e.kind == PLACE or e.sub in ("name", "capital"))


def _possessive_code(doc: _Doc, hits: list[_Hit], first: _Tok) -> str | None:
    """"China's BYD": the country whose possessive stands right before the name."""
    if first.idx <= 0:
        return None
    prev = doc.toks[first.idx - 1]
    if not prev.poss or doc.text[prev.pend:first.start] != " ":
        return None
    for h in hits:
        if h.last is prev and h.entry is not None and h.entry.kind == COUNTRY:
            return h.entry.code
    return None


# ---------------------------------------------------------------------------- assembly

@lru_cache(maxsize=8)
def _analyse(text: str, sentence_starts: tuple[int, ...]) -> tuple[tuple[_Hit, ...], tuple[_Hit, ...], tuple[_Hit, ...]]:
    """(companies, countries, places) of one text, computed once for both public functions."""
    doc = _Doc(text, sentence_starts)
    hits = _gazetteer(doc)
    for h in hits:
        if h.entry.kind == COMPANY:
            _extend_legal(doc, h)
    scanner = _Scanner(doc, hits)
    found = scanner.scan()
    companies = [h for h in hits if h.entry.kind == COMPANY]
    for h in companies:
        h.code = h.entry.code or _possessive_code(doc, hits, h.first)
        h.via = "gazetteer"
    companies = _resolve_overlaps(companies + found)
    companies = _repeat_found_names(doc, companies)
    companies = _abbreviations(doc, companies, hits)
    for h in companies:
        if not h.name:
            h.name = _clean_name(text[h.start:_core_end(text, h)])

    inside = _Spans([(h.start, h.end) for h in companies])
    countries, places = [], []
    for h in hits:
        e = h.entry
        if e.kind not in (COUNTRY, PLACE) or not e.code or inside(h):
            continue
        if _named_before(doc, h):
            continue                                      # "New Jersey", "Michael Jordan"
        if e.kind == COUNTRY:
            countries.append(h)
        if e.kind == PLACE or e.sub == "capital":
            places.append(h)
    return tuple(companies), tuple(countries), tuple(places)


class _Spans:
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

    def __call__(self, h: _Hit) -> bool:
        k = bisect_right(self.starts, h.start)
        return k > 0 and self.max_end[k - 1] >= h.end


def _named_before(doc: _Doc, h: _Hit) -> bool:
    """A one-word country name right after an unexplained capitalised word is part of another
    name ("New Jersey", "Michael Jordan"). Capitals are not tested: gold treats a capital inside a
    name ("Baku-Tbilisi-Ceyhan") as optional, so counting it costs nothing."""
    if h.first is not h.last or h.entry.sub != "name" or h.first.idx <= 0:
        return False
    prev = doc.toks[h.first.idx - 1]
    if doc.text[prev.end:h.start] != " " or prev.poss or doc.title(prev.start):
        return False
    w = prev.norm
    if w in _NOT_A_NAME or w.isdigit() or (w != "new" and doc.initial(prev.start)):
        return False                                      # "Neighbouring Kazakhstan ..." opens a sentence
    entry = reference().entries.get(w)
    return entry is None or entry.kind not in (COUNTRY, PLACE)


def _resolve_overlaps(cands: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping company candidates (a pattern name contains the known name in it)."""
    kept: list[_Hit] = []
    for h in sorted(cands, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _core_key(text: str) -> str:
    """Key of a name without trailing legal forms (cached: names repeat)."""
    key = _CORE_KEYS.get(text)
    if key is None:
        ref = reference()
        words = [m.group() for m in TOKEN_RE.finditer(text)]
        while len(words) > 1 and ref.norm_token(words[-1]) in ref.legal:
            words.pop()
        key = "".join(ref.norm_token(w) for w in words)
        if len(_CORE_KEYS) > 100_000:                     # bound memory on endless streams
            _CORE_KEYS.clear()
        _CORE_KEYS[text] = key
    return key


_CORE_KEYS: dict[str, str] = {}


def _repeat_found_names(doc: _Doc, companies: list[_Hit]) -> list[_Hit]:
    """A name found by pattern ("SamAvto JV LLC") is found again without its legal form ("SamAvto")."""
    ref = reference()
    cores: dict[str, _Hit] = {}
    for h in companies:
        if h.via == "pattern":
            key = _core_key(doc.text[h.start:_core_end(doc.text, h)])
            if len(key) >= 4 and key not in ref.entries:
                cores[key] = h
    if not cores:
        return companies
    prefixes = {k[:n] for k in cores for n in range(1, len(k) + 1)}
    taken = [(h.start, h.end) for h in companies if h.via == "pattern"]
    extra: list[_Hit] = []
    covered = -1
    for t in doc.toks:
        if t.start < covered or t.norm not in prefixes:
            continue
        key, last, best = t.norm, t, None
        while True:
            if key in cores:
                best = last
            nxt = doc.after(last)
            if nxt is None or key + nxt[1].norm not in prefixes:
                break
            key, last = key + nxt[1].norm, nxt[1]
        if best is None:
            continue
        covered = best.pend
        nxt = doc.after(best)
        longer = nxt is not None and nxt[0] == " " and nxt[1].cap and not best.poss
        if not longer and not any(s <= t.start and best.pend <= e for s, e in taken):
            src = cores[_core_key(doc.text[t.start:best.core_end])]
            extra.append(_Hit(t.start, best.pend, None, t, best, code=src.code, via="pattern"))
    if not extra:
        return companies
    kept = [h for h in companies if not any(x.start <= h.start and h.end <= x.end for x in extra)]
    return sorted(kept + extra, key=lambda h: h.start)


def _abbreviations(doc: _Doc, companies: list[_Hit], hits: list[_Hit]) -> list[_Hit]:
    """'Full Name (ABBR)': every other 'ABBR' stands for the full name. 'the ... factory (SemAZ)':
    a described enterprise is named by its abbreviation."""
    text = doc.text
    if "(" not in text:
        return companies
    ref = reference()
    ends = {h.end: h for h in companies}
    for h in hits:
        if h.entry.kind == NONCO:
            ends.setdefault(h.end, h)
    defs: dict[str, _Hit | None] = {}
    def_spans: list[tuple[int, int]] = []
    sites: set[int] = set()
    for m in _PAREN_RE.finditer(text):
        abbr = m.group(1)
        if abbr in defs or sum(c.isupper() for c in abbr) < 2:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        owner = ends.get(m.start() - (len(before) - len(before.rstrip())))
        if owner is not None:
            defs[abbr] = owner if owner.entry is None or owner.entry.kind == COMPANY else None
            def_spans.append((m.start(1), m.end(1)))
            continue
        tok = doc.by_start.get(m.start(1))
        words = before.split()
        if tok is None or not words or words[-1].lower() not in _SITE_WORDS:
            continue
        known = ref.entries.get(tok.norm)
        if known is not None and known.kind != COMPANY:
            continue                                      # "(AKAB)", "(US)"
        site = _Hit(tok.start, m.end(1), None, tok, tok, name=abbr,
                    code=known.code if known is not None else None, via="pattern")
        companies = [h for h in companies if h.start != site.start] + [site]
        defs[abbr] = site
        sites.add(tok.start)
    if not defs:
        return companies
    out = [h for h in companies if not any(s <= h.start and h.end <= e for s, e in def_spans)]
    abbr_hits = []
    for t in doc.toks:
        if t.word not in defs and not (t.poss and t.word[:t.core_end - t.start] in defs):
            continue
        base = t.word[:t.core_end - t.start]
        if t.start in sites or any(s <= t.start < e for s, e in def_spans):
            continue
        full = defs[base]
        out = [h for h in out if not (h.first is t and h.last is t)]
        if full is None or any(h.start <= t.start and t.end <= h.end for h in out):
            continue
        name = full.name or _clean_name(text[full.start:_core_end(text, full)])
        abbr_hits.append(_Hit(t.start, t.pend, None, t, t, name=name, code=full.code, via="abbreviation"))
    return sorted(out + abbr_hits, key=lambda h: h.start)


def _clean_name(s: str) -> str:
    """A surface as a name: white space collapsed, no leading "the", no trailing apostrophe
    (cached: the same surfaces come back, "Kazakhstan's", "China")."""
    name = _CLEAN_NAMES.get(s)
    if name is None:
        name = " ".join(s.split())
        if name.lower().startswith("the "):
            name = name[4:]
        name = name.rstrip("'’")
        if len(_CLEAN_NAMES) > 100_000:                   # bound memory on endless streams
            _CLEAN_NAMES.clear()
        _CLEAN_NAMES[s] = name
    return name


_CLEAN_NAMES: dict[str, str] = {}


def _sentence_no(starts: tuple[int, ...], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _core_end(text: str, h: _Hit) -> int:
    end = h.end
    if text[end - 2:end] in ("'s", "’s", "'S", "’S"):
        return end - 2
    if text[end - 1:end] in ("'", "’"):
        return end - 1
    return end


# ---------------------------------------------------------------------------- public API

def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    """Country and company mentions, in text order."""
    starts = tuple(s.start for s in sentences)
    companies, countries, _ = _analyse(text, starts)
    out: list[Mention] = []
    for h in countries:
        out.append(_mention("country", _sentence_no(starts, h.start), h.start, h.end, text[h.start:h.end],
                            _clean_name(text[h.start:_core_end(text, h)]), h.entry.code, h.entry.sub))
    for h in companies:
        out.append(_mention("company", _sentence_no(starts, h.start), h.start, h.end, text[h.start:h.end],
                            h.name, h.code, h.via))
    out.sort(key=_BY_SPAN)
    return out


_BY_SPAN = attrgetter("start", "end")


def find_places(text: str, sentences: list[Sentence]) -> list[Place]:
    """Cities, capitals and regions, with canonical name and country."""
    starts = tuple(s.start for s in sentences)
    _, _, places = _analyse(text, starts)
    return [_place(_sentence_no(starts, h.start), h.start, h.end, h.entry.label, h.entry.code) for h in places]


# Mention(...) and Place(...) without the frozen-dataclass __init__, which sets each field
# through object.__setattr__ and costs about twice as much; the objects are the same
# (equal, same repr, hash and pickle). The asserts keep the field lists in step.
_new_object = object.__new__
assert tuple(f.name for f in fields(Mention)) == (
    "entity_type", "sentence_no", "start", "end", "surface", "name", "country_code", "via")
assert tuple(f.name for f in fields(Place)) == ("sentence_no", "start", "end", "name", "country_code")


def _mention(entity_type, sentence_no, start, end, surface, name, country_code, via) -> Mention:
    m = _new_object(Mention)
    m.__dict__.update(entity_type=entity_type, sentence_no=sentence_no, start=start, end=end,
                      surface=surface, name=name, country_code=country_code, via=via)
    return m


def _place(sentence_no, start, end, name, country_code) -> Place:
    p = _new_object(Place)
    p.__dict__.update(sentence_no=sentence_no, start=start, end=end, name=name, country_code=country_code)
    return p
