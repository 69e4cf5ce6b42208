"""Numbers in a sentence: value, scale, unit, money flag, qualifier and range bound.

`find_quantities(sentence)` returns the amounts a fact can be built from. Each
kind below is a named rule of this module; its examples are the test tables of
tests/test_quantities.py and tests/test_number_forms.py.

- digits: "48,857", "30 000" (also thin and no-break spaces), "1,234,567",
  "1.234.567" and "1.234,5" (European grouping), "1,5 mln" and "109,9
  thousand" (a comma before one or two digits is a decimal comma);
- scale words and abbreviations: "3.88 mln tonnes", "1.2 bln", "3.5 trln
  tenge", "12 thsd", "2 mlrd"; compound amounts, one part per scale: "1 billion
  86 million dollars" (1.086e9), "1 billion 477 million 4 thousand dollars",
  "12 thousand 500 cars";
- spelled-out numbers before a scale word or "times": "two thousand", "half a
  million", "a quarter of a million", "three quarters of a billion", "a tenth of
  a trillion", "two and a half times";
- spelled-out COUNTS of documents: "Seventy-six agreements", "twelve
  documents", "a dozen deals" (a word number with no scale word is an amount
  only before a document noun; "nine buses" and "one" are not, see
  _COUNTED_IN_WORDS);
- money: "$1.5bn", "USD 1.5bn", "USD1.5bn", "1.5 billion US dollars", "KZT 45
  billion", "45 billion tenge", "\u20ac300m", "300m euros", "300 million euros",
  "\u20bd", "\u00a5", "CNY", "RMB", "yuan", "AZN", "manats", "som", "soums";
- multipliers: "4.8 times", "4.1-fold" (unit None, unit_noun 'times'/'fold');
- ranges: "700-800 cars", "700 to 800 cars", "between 700 and 800", "$1.2-1.5
  billion", "4,000-5,000 cars" give BOTH ends, each its own Quantity and span,
  with `range_bound` 'low' and 'high'; the unit, money flag and scale stated once
  apply to both ("$1.2-1.5 billion" is 1.2e9 and 1.5e9). "from 700 to 800" and
  "rose by 100 to 800" are a change between two levels, not a range.

Units: the unit is the seed unit of the counted noun ("6,489 people" ->
'people', "25-hectare" -> 'hectares'), None when no known noun follows ("up to
45 thousand a year", "1,615 of them"). COUNTS OF SIGNED DOCUMENTS are marked
unit 'documents' with `unit_noun` the noun as written: "76 agreements",
"twelve intergovernmental documents", "a dozen memoranda" (nouns in
lexicon.DOCUMENT_NOUNS). A fact layer takes an agreement count from such a
quantity; 'documents' is no volume or output unit, so production and trade
pass over it. A year is never a document count ("the 2022 agreement").

It returns NONE of these, so a caller can treat every result as an amount:
percentages ("34.2%", "30 percent", "60-70%", "between 60 and 70 percent"),
years ("in 2017", "In 2023 Astana Motors..."), year ranges ("2023-2024"),
dates ("July 21, 2021", "25.07.2023", "October 14 to 28"), times ("08:34",
"UTC+04:00"), scores and ratios ("4-3", "1:0", "24/7"), ordinals ("20th",
"10,000th", "the first two"), numbers glued to letters (model names "JAC S3",
"Euro-5", "Lada 4x4", period codes "9M", "H1"; "100M" unless money: "$100M"),
model codes ("15-9872 tank cars"), phone numbers ("+998 71 238-50-00", "(727)
123-45-67", "8 800 555 35 35"), "No. 5", indefinite amounts ("hundreds of cars",
"dozens of deals", "a number of") and number words that count nothing ("one
of the largest", "three new plants", "two countries").

Offsets index the sentence. The span covers currency symbol or code, number,
scale word and a currency word ("$1.2bn", "KZT 45 billion", "140 billion
tenge"), but not a unit noun ("48,857" in "48,857 passenger cars"), because
adjectives may sit between number and noun. `unit_noun` is the unit or
currency word as written ("passenger cars", "tenge"), None after "$" or "KZT".

Unit and currency aliases are reference knowledge and live only in
seeds/units.csv and seeds/currencies.csv, read once on first use. English
vocabulary (number, scale, fraction and document words, months) comes from
extraction.lexicon.

Cost: this runs on every sentence with a digit or a number word, so each rule
sits behind a cheap test (a digit, a cue word found with `in`, a set of words)
before any pattern runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache

from extraction.lexicon import (CARDINALS, DENOMINATORS, DOCUMENT_NOUNS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS,
                                SCALED_UNITS, SCALES, alternation, capitalised)
from extraction.records import Quantity
from extraction.seeds import read_seed

__all__ = ["find_quantities", "unit_at", "has_digit"]

# --- number grammar --------------------------------------------------------

_SP = "[ \u00a0\u202f\u2009]"          # spaces used as thousands separators

# One number as written. Order matters: the first alternative that fits wins.
# A comma before exactly three digits groups thousands ("30,000"); before one
# or two digits it is a decimal comma ("1,5 mln" is 1.5 million, never 15).
# "1.000.000" needs two dot groups, so "$455.702 million" stays a decimal;
# a dot group before a decimal comma is European grouping ("1.234,5").
_NUM = (
    r"(?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"
    r"|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)(?:\.\d+|,\d{{1,2}}(?!\d))?"
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)"
    r"|\d+,\d{1,2}(?!\d)"
    r"|\d+(?:\.\d+)?)"
)

_SMALL = CARDINALS
_W = "|".join(sorted(_SMALL, key=len, reverse=True))
_WORDNUM = (
    # ("a hundred and fifty thousand": "a" counts one only before "hundred")
    rf"(?:(?:{_W})(?:[-\s](?:{_W}))?|an?(?=\s+hundred\b))"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:{_W})(?:[-\s](?:{_W}))?)?)?"
    r"(?:\s+and\s+a\s+half)?"
)
# "a quarter of a", "three quarters of a", "two-thirds of a", "a tenth of a" (before a scale word)
_DENOMINATOR = {**DENOMINATORS, **{w + "s": d for w, d in DENOMINATORS.items() if w != "half"}}
_FRACTION = rf"(?:an?|{_W})[-\s]+(?:{alternation(_DENOMINATOR)})(?:\s+of)?(?:\s+an?)?"

_DIGIT = re.compile(r"\d")


def has_digit(s: str) -> bool:
    """Is there a digit (\\d) in s? Most sentences are ASCII, and ten one-character
    `in` tests (memchr) are several times faster than a regex scan."""
    if s.isascii():
        return ("0" in s or "1" in s or "2" in s or "3" in s or "4" in s or "5" in s
                or "6" in s or "7" in s or "8" in s or "9" in s)
    return _DIGIT.search(s) is not None

_NUM_AT = re.compile(_NUM)
# what a number may be part of, checked right where it ends ("25.07.2023",
# "08:34", "60-70%", "between 60 and 70 percent", "4-3", "2023-2024", "24/7")
_DATE_AT = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")
_COLON_AT = re.compile(r"\d+(?::\d+)+")
_PCT_AFTER = re.compile(
    rf"[ \u00a0]*(?:(?:[-\u2013]|to|and)[ \u00a0]*{_NUM}[ \u00a0]*)?"
    r"(?:%|(?i:per\s?cent|pct|percentage\s+points?)\b|p\.p\.)")
_PCT_FIRST = "%pPtaT-\u2013"                   # how what follows a percentage starts
_JOINED_AT = re.compile(rf"{_NUM}(?:[-\u2013/]{_NUM})+")
_RANGE_PARTS = re.compile(rf"{_NUM}|[-\u2013/]")

# Rule "phone number": "+998 71 238-50-00", "(727) 123-45-67", "8 800 555 35 35".
_PHONE_PLUS = re.compile(r"\+\d{1,3}(?:[ \u00a0.-]?\(?\d{1,5}\)?){2,}")
_PHONE_PAREN = re.compile(r"\(\d{2,5}\)[ \u00a0]?\d{2,4}(?:[ \u00a0-]\d{2}){2}(?!\d)")
_PHONE_TAIL = re.compile(r"[ \u00a0]\d{2}[ \u00a0-]\d{2}(?!\d)")     # after "8 800 555"
_PHONE_DIGITS = 8                                                   # fewest digits of a phone number

# Spelled-out numbers before a scale word or as a multiplier ("two thousand",
# "half a million", "two and a half times"): the scan looks for those cue
# words and reads the number words just before them.
_CUE_PARTS = ("hundred", "thousand", "illion", "times", "fold")
_WORD_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?i:half\s+an?|an?(?:\s+half)?|{_WORDNUM})[ \u00a0]+$")
_WORDNUM_AT = re.compile(rf"(?i:{_WORDNUM})(?![\w'\u2019-])")
# Rule "fraction of a scale word": "a quarter of a million", "two-thirds of a
# billion"; tried only where _WORD_BEFORE finds no number or a bare "a", as it costs a scan.
_FRACTION_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?i:{_FRACTION})[ \u00a0]+$")

# Rule "counted in words": a spelled-out number with no scale word is an amount
# only when a document noun follows ("Seventy-six agreements", "a dozen deals");
# "one", "two countries", "nine buses", "the first two" and "dozens of" are not.
_TENS = [w for w, n in _SMALL.items() if n >= 20]
_UNITS = [w for w, n in _SMALL.items() if n < 10]
# Gates, cheapest and most selective first. A count above one takes the plural,
# so one of these occurs in the sentence: a plural document noun without its
# first letter (so "Agreements" passes too; "memorand" for memoranda and
# memorandums), or "MoUs" as written ...
_DOCUMENT_STEMS = tuple(sorted(
    {("memorand" if f.startswith("memorand") else f)[1:]
     for f, singular in DOCUMENT_NOUNS.items() if f != singular and f != "mous"} | {"MoUs", "MOUs"}))
# ... and a word of the sentence, as str.split() gives it, may start a count
# ("one" never counts alone; "one dozen" passes on "dozen").
_COUNT_FORMS = ({*_SMALL, "dozen"} - {"one"}) | {f"{t}-{u}" for t in _TENS for u in _UNITS}
_COUNT_WORDS = (_COUNT_FORMS | set(capitalised(_COUNT_FORMS))
                | {"-".join(capitalised(f.split("-"))) for f in _COUNT_FORMS})          # "Seventy-Six"
_COUNT_GATE = frozenset(_COUNT_WORDS | {o + w for o in "(\"\u201c" for w in _COUNT_WORDS})  # "(twelve"
_A_BEFORE = re.compile(r"(?<![\w'\u2019-])(?i:an?|one)[ \u00a0]+$")      # "a dozen", "one dozen"
_COUNT_AT = re.compile(
    rf"(?<![\w'\u2019-])(?i:(?:(?:an?|{_WORDNUM})\s+)?dozen|{_WORDNUM})(?![\w'\u2019-])")
# "the first two", "the other three"; "nine in ten cars", "two out of three" (a share)
_NOT_A_COUNT_BEFORE = re.compile(
    rf"\b(?i:{alternation(ORDINALS)}|last|next|other|another|top|past|previous|coming|remaining|final|every"
    rf"|(?:{_W}|\d+)[ \u00a0]+(?:in|out[ \u00a0]+of))[ \u00a0]+$")
DOCUMENTS = "documents"                        # the unit of a count of signed documents
# What a spelled-out number with no scale word may count. News spells out small
# numbers (one to nine) and numbers that open a sentence: agreements are counted
# so ("signed twelve documents"), while goods that few ("shipped eight tractors",
# "two MAZ buses on trial") are deliveries, not volumes or output, and were
# false facts when read (dev2: one production and one trade row).
_COUNTED_IN_WORDS = frozenset({DOCUMENTS})

_SCALE_VALUES = SCALES
# Single letters are scales only in money: right after a money amount ("$100M",
# "$5b") or before a currency word ("300m euros"); alone, "9M" is a period and
# "100M" too ambiguous.
_MONEY_LETTER_SCALE = {"k": 10**3, "m": 10**6, "b": 10**9}
# Rule "compound amount": "1 billion 86 million", "12 thousand five hundred":
# each further part has a smaller scale; "12 thousand 500" ends in a bare number.
_COMPOUND_PART = re.compile(
    rf"[ \u00a0]+({_NUM}|(?i:{_WORDNUM}))[ \u00a0]+((?i:{alternation(SCALES)}))(?![\w-])")
_COMPOUND_FIRST = frozenset("0123456789") | {w[0] for w in _SMALL} | {w[0].upper() for w in _SMALL}
_COMPOUND_TAIL = re.compile(r"[ \u00a0]+(\d{1,3})(?![\d\w]|[.,]\d)")
_SCALE_ORDINALS = frozenset(w + "th" for w in ("hundred", "thousand", "million", "billion"))
MULTIPLIERS = frozenset({"times", "fold"})     # "4.8 times", "4.1-fold": a ratio, no count
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
_GLUED_WORD = re.compile(r"[A-Za-z]+(?!\w)")
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)(?![\w-])")
_CLOCK = re.compile(r" ?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)", re.I)
_CLOCK_FIRST = frozenset("aApPgGuU")            # what _CLOCK's first letter can be (re.I included)

_MONTHS = "(?:" + alternation(capitalised([*MONTHS, *MONTH_ABBREVIATIONS])) + ")"
# "July 21", "October 14 to 28", "21 October", "1st of May": days, not amounts
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}\s*(?:to|and|-|\u2013)\s*)?$")
_MONTH_HINT = re.compile(r"[ADFJMNOS][a-z]")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")
# words after which a four-digit number is a year even before a noun ("in 2022 cars were")
_TEMPORAL_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|to|during|before|after|of|for|early|late|mid|"
    r"year|the|and|or|between|through)\s+|-)$", re.I)

# Rule "range": two amounts joined by a dash, "to", or "and" after "between".
_RANGE_JOIN = re.compile(r"[ \u00a0]*([-\u2013\u2014])[ \u00a0]*|[ \u00a0]+(to|and)[ \u00a0]+", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+$", re.I)
# "X to Y" after these is a change from one level to another ("rose by 100 to
# 800", "from $1.2 billion to $1.5 billion"), unless "ranging from".
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|by|up|down|plus|minus|ro[sw]e|risen|rising|fell|fallen|falling|grew|grown|growing"
    r"|(?:increas|decreas|declin|reduc)(?:ed|ing)|(?:add|cut|gain|los|jump|climb|slipp|dropp|surg|soar|plung"
    r"|doubl|tripl|boost|rais|lower)\w*)[ \u00a0]+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just|over|more[ \u00a0]+than|less[ \u00a0]+than)"
    r"[ \u00a0]+)?$", re.I)
_RANGING_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|var(?:y|ies|ied|ying))[ \u00a0]+from[ \u00a0]+$", re.I)

_QUALIFIERS = {
    "over": ("more than", "over", "above", "exceeded", "exceeding", "exceeds", "topped",
             "topping", "in excess of", "upwards of", "at least", "not less than",
             "no less than", "surpassed", "just over", "well over"),
    "up_to": ("up to", "as many as", "as much as", "at most", "no more than", "not more than"),
    "about": ("about", "around", "roughly", "approximately", "approx.", "nearly", "almost",
              "some", "close to", "estimated at", "an estimated", "circa"),
    "under": ("under", "less than", "fewer than", "below", "just under"),
}
# phrase (tuple of lower-case words) -> qualifier; longest phrase wins
_QUALIFIER_OF = {tuple(p.split()): q for q, phrases in _QUALIFIERS.items() for p in phrases}
# last word -> [(phrase, qualifier)], longest phrase first
_QUALIFIER_ENDING: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _q in sorted(_QUALIFIER_OF.items(), key=lambda kv: -len(kv[0])):
    _QUALIFIER_ENDING.setdefault(_phrase[-1], []).append((_phrase, _q))
_OPENERS = "([\"'\u201c"                       # stripped from the first word of a phrase

# Words that end the search for a unit noun after a number ("1,615 of them",
# "45 thousand a year"): a counted noun never hides behind them.
_STOP = frozenset("""
a an the and or but nor of in on at to for from by with per each as than that which who whom
whose were was is are be been being will would can could should may might must shall have has
had do does did its it their his her our your my this these those they we he she you i more
less most least annually yearly monthly daily also into over under up down about after before
since until while when where out off so not no only all some such other another against
between within without across through during among via plus minus versus vs respectively
""".split())
_COUNTERS = frozenset({"unit", "units", "piece", "pieces", "pcs", "item", "items", "sets"})
_BRAND_JOIN = frozenset({"and", "or", "&"})     # between two capitalised names of one counted noun
_MAX_SKIP = 3                              # adjectives/brand words between number and noun
_MAX_STRICT_SKIP = 2                       # the same after a number in words
_JOIN = re.compile(r"\s*(?:and/or|and|or|to|[-\u2013\u2014])\s*", re.I)
_MAX_JOIN = 10                             # longer than any join of _JOIN or _RANGE_JOIN with its spaces


# --- seed-driven lookup tables (built once, on first use) ------------------

@dataclass(frozen=True)
class _Tables:
    unit_of: dict                 # lower-cased alias -> unit
    cur_word: dict                # lower-cased currency word ("tenge", "us dollars") -> ISO code
    cur_code: dict                # symbol or code, exact case ("$", "US$", "KZT") -> ISO code
    prefix_re: re.Pattern         # symbol or code right before a number
    prefix_last: frozenset        # last characters of those, to skip the regex cheaply
    token_re: re.Pattern          # one word (or currency symbol) after a number
    first_len: dict               # first word of a multi-word alias -> most words after it
    starters: frozenset           # lower-cased words an alias (code aside) can start with
    glued_codes: frozenset        # three-letter codes that may touch the number ("USD1.5bn")


def _is_code(alias: str) -> bool:
    """Symbols and upper-case codes ("$", "US$", "KZT", "RMB") match case-
    sensitively and may stand before the number; words only after it."""
    return not any(ch.islower() for ch in alias)


def _key(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    unit_of = {_key(r["alias"]).lower(): r["unit"] for r in read_seed("units") if r["alias"]}
    unit_of.update(dict.fromkeys(DOCUMENT_NOUNS, DOCUMENTS))
    cur_word: dict[str, str] = {}
    cur_code: dict[str, str] = {}
    for row in read_seed("currencies"):
        alias, code = _key(row["alias"]), row["currency_code"]
        if alias:
            if _is_code(alias):
                cur_code[alias] = code
            else:
                cur_word[alias.lower()] = code
    codes = sorted(cur_code, key=len, reverse=True)
    prefix_re = re.compile(
        r"(?<![\w$])(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in codes)
        + r")[ \u00a0]?$")
    symbols = "".join(sorted({ch for c in codes for ch in c if not ch.isalnum() and not ch.isspace()}))
    token_re = re.compile(r"[ \t\u00a0\u202f\u2009]*([^\W\d_][\w'\u2019.-]*|[" + re.escape(symbols) + "])")
    first_len: dict[str, int] = {}
    for alias in list(unit_of) + list(cur_word) + [c.lower() for c in cur_code]:
        words = alias.split()
        if len(words) > 1:
            first_len[words[0]] = max(first_len.get(words[0], 1), len(words))
    return _Tables(unit_of, cur_word, cur_code, prefix_re,
                   frozenset(c[-1] for c in codes), token_re, first_len,
                   frozenset(unit_of) | frozenset(cur_word) | frozenset(first_len),
                   frozenset(c for c in codes if len(c) == 3 and c.isalpha()))


# --- words after a number ---------------------------------------------------

_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


class _After:
    """The words that follow a number, read lazily: most numbers need one or two."""
    __slots__ = ("s", "pos", "tokens", "re", "done")

    def __init__(self, s: str, pos: int, token_re: re.Pattern):
        self.s, self.pos, self.tokens, self.re, self.done = s, pos, [], token_re, False

    def get(self, i: int) -> tuple[str, int, int] | None:
        """Token i as (text without a closing full stop, start, end)."""
        tokens = self.tokens
        if i < len(tokens):
            return tokens[i]
        while not self.done and len(tokens) <= i:
            m = self.re.match(self.s, self.pos)
            # tokens chain only across spaces: "cars, trucks" stops at the comma
            if not m or (tokens and m.start(1) == self.pos):
                self.done = True
                break
            text, start, end = m.group(1), m.start(1), m.end(1)
            self.pos = end
            if text[-1] == "." and len(text) > 1:
                if text[:-1].lower() in _SCALE_VALUES and self.s[end + 1:end + 2].islower():
                    text, end = text[:-1], end - 1   # "3.5 mln. tonnes": an abbreviation's dot
                else:
                    self.done = True           # a full stop ends the phrase
                    if not _INITIALS.fullmatch(text):  # but "U.S." keeps its dot
                        text, end = text[:-1], end - 1
            tokens.append((text, start, end))
        return tokens[i] if i < len(tokens) else None

    def phrase(self, i: int, n: int) -> tuple[str, int] | None:
        """Words i..i+n-1 joined by one space, and where they end."""
        last = self.get(i + n - 1)
        if last is None:
            return None
        return " ".join(self.tokens[k][0] for k in range(i, i + n)), last[2]


def _lookup(after: _After, i: int, tables: _Tables, money: bool):
    """Longest alias starting at word i: ('cur'|'unit', value, written, end, words) or None."""
    tok = after.get(i)
    if tok is None:
        return None
    text, _, end = tok
    low = text.lower()
    if low not in tables.starters and text not in tables.cur_code:
        return None                                 # most words start no alias
    for n in range(tables.first_len.get(low, 1), 1, -1):   # "passenger cars", "South Korean won"
        ph = after.phrase(i, n)
        if ph is None:
            continue
        hit = _alias(ph[0], tables, money)
        if hit:
            return hit[0], hit[1], ph[0], ph[1], n
    hit = _alias(text, tables, money)
    return (hit[0], hit[1], text, end, 1) if hit else None


def _alias(text: str, tables: _Tables, money: bool) -> tuple[str, str] | None:
    low = text.lower()
    if money:
        code = tables.cur_code.get(text) or tables.cur_word.get(low)
        if code:
            return "cur", code
    unit = tables.unit_of.get(low)
    return ("unit", unit) if unit else None


def _is_modifier(after: _After, i: int, written: str, tables: _Tables) -> bool:
    """'3 car plants': a singular unit noun followed by another noun is an
    adjective, not what is counted."""
    low = written.lower()
    if (low.endswith("s") and not low.endswith(("ss", "us"))) or low in _PLURAL_DOCUMENTS:
        return False
    if len(written) <= 2 or any(ch.isupper() or ch.isdigit() for ch in written):
        return False                # a symbol is no adjective: "21,227 tU mined", "5 t produced", "40 kWh used"
    nxt = after.get(i)
    if nxt is None or not nxt[0][:1].islower():
        return False
    word = nxt[0].lower()
    return word not in _STOP and word not in tables.unit_of


_PLURAL_DOCUMENTS = frozenset(form for form, singular in DOCUMENT_NOUNS.items() if form != singular)


def _looks_plural(word: str) -> bool:
    """'countries', 'sides': a lower-case noun in the plural is what a number counts."""
    return word[:1].islower() and word.endswith("s") and not word.endswith(("ss", "us"))


def _find_noun(after: _After, i: int, tables: _Tables, money: bool, depth: int = 0, strict: bool = False):
    """The unit or currency among the next words, skipping up to _MAX_SKIP
    adjective or brand words ("55 Kazakh-assembled JAC S3 sedans"); a number
    word ends the search ("2 countries signed five agreements").
    `strict` (a count in words): at most two words skipped, never a plural noun
    ("two countries signed agreements" counts countries, not agreements).
    Returns (unit, noun as written, is_money, end, words skipped) or None."""
    max_skip = _MAX_STRICT_SKIP if strict else _MAX_SKIP
    skipped = 0
    lower_skipped = False
    joined = False
    while True:
        hit = _lookup(after, i, tables, money and not lower_skipped)
        if hit:
            kind, value, written, end, n = hit
            if kind == "cur":
                return value, written, True, end, skipped
            if not _is_modifier(after, i + n, written, tables):
                if written.lower() in _COUNTERS and depth == 0:
                    of = after.get(i + n)
                    if of and of[0].lower() == "of":
                        # "40,000 units of cast components": count what follows "of"
                        inner = _find_noun(after, i + n + 1, tables, False, depth + 1)
                        if inner:
                            return inner[0], inner[1], False, end, skipped
                        return "units", written, False, end, skipped
                return value, written, False, end, skipped
        tok = after.get(i)
        if skipped and not strict and depth == 0 and (tok is None or tok[0].lower() in _BRAND_JOIN):
            series = _modifier_series(after, i, tables, skipped)
            if series is not None:
                return series
        if tok is None or skipped >= max_skip:
            return None
        low = tok[0].lower()
        if low in _BRAND_JOIN and not strict and skipped and not joined and after.tokens[i - 1][0][:1].isupper():
            nxt = after.get(i + 1)
            if nxt is not None and nxt[0][:1].isupper():
                # "50 Belarus-80.1 and Belarus-80.2 tractors", "100 Lada Granta and Lada Vesta cars": two
                # names of what is counted; the join is no word of its own
                joined, max_skip = True, max_skip + 2
                i += 1
                continue
        if low in _STOP or low in _SMALL or (strict and _looks_plural(tok[0])):
            return None
        # currency words may follow only capitalised words ("Kazakh tenge"),
        # so "1,000 people earning dollars" is not money
        lower_skipped = lower_skipped or tok[0][:1].islower()
        skipped += 1
        i += 1


# a series of modifiers of one counted noun: "seat and harness sets", "passenger, baggage and
# special-purpose railway cars" (after the first modifier)
_MODIFIER_SERIES = re.compile(r"(?:,[ \t]+[a-z][\w-]*(?=,|[ \t]+(?:and|or)\b))*,?[ \t]+(?:and|or)[ \t]+(?=[a-z])")


def _modifier_series(after: _After, i: int, tables: _Tables, skipped: int):
    """The counted noun after a series of modifiers joined by commas and "and"/"or": the
    modifier before the join is a singular lower-case word ("seat", "passenger"), the noun
    after it a plural ("300 workers and cars" counts workers, so gives nothing here)."""
    prev = after.tokens[i - 1]
    word = prev[0]
    if not word[:1].islower() or _looks_plural(word) or word.lower() in _STOP or word.lower() in tables.unit_of:
        return None
    m = _MODIFIER_SERIES.match(after.s, prev[2])
    if m is None:
        return None
    inner = _find_noun(_After(after.s, m.end(), after.re), 0, tables, False, 1)
    if inner is None or inner[2] or not _looks_plural(inner[1].split()[-1]):
        return None
    return inner[0], inner[1], False, inner[3], skipped + inner[4]


def unit_at(sentence: str, pos: int) -> str | None:
    """The unit or currency named right after `pos` ("2000 cars" -> 'vehicles'),
    without skipping words. Lets `periods` tell a count from a year."""
    tables = _tables()
    found = _find_noun(_After(sentence, pos, tables.token_re), 0, tables, True)
    # a count of documents is never year-sized: "the 2022 agreement" names a year
    return found[0] if found and found[4] == 0 and found[0] != DOCUMENTS else None


# --- one number -------------------------------------------------------------

@dataclass
class _Found:
    """A quantity under construction; frozen into `Quantity` at the end."""
    start: int
    end: int
    value: Decimal
    scale: int
    unit: str | None
    is_money: bool
    unit_noun: str | None
    multiplier: bool
    range_bound: str | None = None


_NO_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")


def _parse_digits(text: str) -> Decimal:
    """'30,000' / '30 000' / '1.000.000' / '1.234,5' / '1,5' (decimal comma) -> Decimal."""
    if text.isdigit():
        return Decimal(text)
    text = text.translate(_NO_SPACES)
    if "," in text and "." in text and text.rfind(",") > text.rfind("."):    # "1.234,5"
        return Decimal(text.replace(".", "").replace(",", "."))
    if text.count(".") > 1:                        # "1.000.000"
        return Decimal(text.replace(".", ""))
    if text.count(",") == 1 and len(text) - text.index(",") <= 3:   # "1,5 mln"
        return Decimal(text.replace(",", "."))
    return Decimal(text.replace(",", ""))


def _parse_words(text: str) -> Decimal:
    """'two and a half' -> 2.5, 'half a' -> 0.5, 'a' -> 1, 'one hundred and fifty' -> 150,
    'Seventy-six' -> 76, 'a dozen' -> 12, 'two dozen' -> 24, 'a quarter of a' -> 0.25,
    'three quarters of a' -> 0.75, 'two-thirds of a' -> 2/3."""
    words = re.findall(r"[a-z]+", text.lower())
    if words[0] == "half" or words == ["a", "half"]:
        return Decimal("0.5")
    half = Decimal(0)
    if words[-3:] == ["and", "a", "half"]:
        half, words = Decimal("0.5"), words[:-3]
    for k in range(1, len(words)):                # "a quarter of a", "three quarters"
        denominator = _DENOMINATOR.get(words[k])
        if denominator:
            return _cardinal(words[:k]) / denominator
    if words[-1] == "dozen":
        return _cardinal(words[:-1]) * 12
    return _cardinal(words) + half


def _cardinal(words: list[str]) -> Decimal:
    """['a'] -> 1, [] -> 1 ('dozen'), ['one', 'hundred', 'and', 'fifty'] -> 150."""
    if words in ([], ["a"], ["an"]):
        return Decimal(1)
    total = 0
    for w in words:
        if w == "hundred":
            total = max(total, 1) * 100
        elif w in _SMALL:
            total += _SMALL[w]
    return Decimal(total)


def _compound(s: str, pos: int, scale: int) -> tuple[Decimal, int]:
    """Rule "compound amount": what the parts after a scaled number add, and where
    they end: " 86 million" after "1 billion", " 500" after "12 thousand"."""
    extra = Decimal(0)
    last = scale
    while (m := _COMPOUND_PART.match(s, pos)) is not None:
        part_scale = _SCALE_VALUES[m.group(2).lower()]
        if part_scale >= last:
            break
        number = m.group(1)
        extra += (_parse_digits(number) if number[0].isdigit() else _parse_words(number)) * part_scale
        last, pos = part_scale, m.end()
    if last == 1000 and (m := _COMPOUND_TAIL.match(s, pos)) is not None \
            and not _PCT_AFTER.match(s, m.end()) and not _MONTH_AFTER.match(s, m.end()):
        extra += int(m.group(1))
        pos = m.end()
    return extra, pos


def _prefix_currency(s: str, start: int, tables: _Tables) -> tuple[str, int] | None:
    """('USD', where '$' starts) for '$1.2bn', 'US$5', 'KZT 45 billion'."""
    prev = s[start - 1] if start else ""
    if prev in " \u00a0" and start > 1:
        prev = s[start - 2]                        # "KZT 45 billion", "US$ 5 million"
    if prev not in tables.prefix_last:
        return None
    p = tables.prefix_re.search(s, max(0, start - 8), start)
    if not p:
        return None
    return tables.cur_code[_key(p.group())], p.start()


def _is_date_part(s: str, start: int, end: int, raw: str, unit: str | None, skipped: int) -> bool:
    """A year ("in 2017", "2023", "July 21, 2021") or a day next to a month name."""
    if len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099:
        # only a noun right after it, and no "in"/"since"/... before it, makes "2000 cars" a count
        # a document count is never year-sized ("the 2022 agreement", "June 2022 memoranda")
        return unit is None or unit == DOCUMENTS or skipped > 0 \
            or bool(_TEMPORAL_BEFORE.search(s, max(0, start - 16), start))
    if raw.isdigit() and len(raw) <= 2 and 1 <= int(raw) <= 31:
        lo = max(0, start - 20)
        # _MONTH_HINT (capital + lower-case letter, as every month name starts) is a
        # fast scan; the full month pattern tries every month at every position.
        return bool((_MONTH_HINT.search(s, lo, start) and _MONTH_BEFORE.search(s, lo, start))
                    or _MONTH_AFTER.match(s, end))
    return False


def _attached(s: str, end: int, money: bool, tables: _Tables):
    """What is glued to the number: (scale, unit, noun, multiplier, end), or
    None when the glued letters make it no amount ("20th", "9M", "5G", "S3"-like codes)."""
    nxt = s[end:end + 1]
    if nxt.isalpha():                              # "1.2bn", "$100M", "5t"
        suffix = _GLUED_WORD.match(s, end)
        low = suffix.group().lower() if suffix else ""
        if low in _SCALE_VALUES:
            return _SCALE_VALUES[low], None, None, False, suffix.end()
        if low in _MONEY_LETTER_SCALE and (money or _currency_word_at(s, suffix.end(), tables)):
            return _MONEY_LETTER_SCALE[low], None, None, False, suffix.end()   # "$100M", "300m euros"
        if low in tables.unit_of and low not in _ORDINAL:
            return 1, tables.unit_of[low], suffix.group(), False, end
        return None
    if nxt == "-":                                 # "30,000-car plant", "4.1-fold", "$1.2-billion"
        h = _HYPHEN_WORD.match(s, end)
        low = h.group(1).lower() if h else ""
        if low in _SCALE_VALUES:
            return _SCALE_VALUES[low], None, None, False, h.end()
        if low in MULTIPLIERS:
            return 1, None, low, True, end
        if low in tables.unit_of:
            return 1, tables.unit_of[low], h.group(1), False, end
    return 1, None, None, False, end


# what may follow a number when no word does (s[pos:pos + 1] is "" at the end)
_CLOSERS = frozenset({"", ",", ";", ":", ".", ")", "]", "!", "?", '"', "'", "\u201d", "\u2019"})


def _currency_word_at(s: str, pos: int, tables: _Tables) -> bool:
    """Does a currency word or code follow `pos` ("300m euros", "5m USD")?"""
    m = tables.token_re.match(s, pos)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    return word in tables.cur_code or word.lower() in tables.cur_word


# "1 000 000 000 000 000 000" (a trillion times a million) and a little more: no figure in
# the news is written longer, and a run of thousands of digits is no number to scale
_LONGEST_NUMERAL = 30


# A model's name: a capitalised word, a small number, a capitalised word ("Tiggo 8 Pro Max",
# "Jetour X70 Plus"); a table row ("China 964 177") has figures after its label, not words.
# (a determiner is no model's word: "The 884 MW Suki Kinari plant"; nor a unit's symbol: "Sinopec 100 MW")
_MODEL_BEFORE = re.compile(r"(?<![.!?:]\s)\b(?!(?:The|This|That|These|Those|Its|Their|Our|Some|About|Around|Over"
                           r"|Nearly|Almost|Only|Each|Every|All|Then|And|With|For|By|Of|In|At|To) )[A-Z][a-z]+ $")
_MODEL_AFTER = re.compile(r" (?:Pro|Max|Plus|Sport|Premium|Classic|Prime|Ultra|Lux|(?!(?:MW|GW|KW|MWh|GWh)\b)[A-Z]{1,3}\b)")


def _read_number(s: str, start: int, end: int, word: bool, tables: _Tables) -> _Found | None:
    """One quantity from the number written at s[start:end], or None when it
    is a year, a day, an ordinal, a code such as "9M", or a number word that
    counts nothing."""
    raw = s[start:end]
    if not word and (len(raw) > _LONGEST_NUMERAL or (len(raw) <= 4 and _MODEL_AFTER.match(s, end)
                                                     and _MODEL_BEFORE.search(s, max(0, start - 20), start))):
        return None
    span_start = start
    currency = None
    if not word:
        pre = _prefix_currency(s, start, tables)
        if pre:
            currency, span_start = pre
    nxt = s[end:end + 1]
    if nxt.isalpha() or nxt == "-":                # only then can anything be glued to it
        attached = _attached(s, end, currency is not None or _after_money_letter(s, start, tables), tables)
        if attached is None:
            return None
        scale, unit, noun, multiplier, pos = attached
    else:
        scale, unit, noun, multiplier, pos = 1, None, None, False, end
    skipped = 0
    extra: Decimal | int = 0                       # what the parts of a compound amount add

    if unit is None and not multiplier and s[pos:pos + 1] in _CLOSERS:
        # "in 2021,", "8 (", "$5.": no word follows, so no scale, unit or currency word
        if currency is None and len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099:
            return None
    elif unit is None and not multiplier:
        after = _After(s, pos, tables.token_re)
        if currency is None and len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099:
            # a year unless a unit or scale follows at once ("2000 cars"): no need to look further
            first = _lookup(after, 0, tables, True)
            tok = after.get(0)
            if not first and not (tok and tok[0].lower() in _SCALE_VALUES):
                return None
        i = 0
        tok = after.get(0)
        while tok and tok[0].lower() in _SCALE_VALUES:   # "30 thousand", "a hundred thousand"
            scale *= _SCALE_VALUES[tok[0].lower()]
            pos, i = tok[2], i + 1
            tok = after.get(i)
        if tok and tok[0].lower() in _SCALE_ORDINALS:
            return None                           # "its 200 thousandth car": an ordinal, no amount
        ends_range = bool(tok) and _scale_before_dash(tok[0])
        if tok and not ends_range and _scale_dash_word(tok[0]):
            # "a 1 million-tonne line", "a 2.5 billion-dollar deal": the scale, then the unit after the dash
            scale *= _SCALE_VALUES[tok[0].partition("-")[0].lower()]
            pos, i = tok[1] + tok[0].index("-") + 1, 0
            after = _After(s, pos, tables.token_re)
            tok = after.get(0)
        if ends_range:                            # "450 thousand-500 thousand tonnes": the unit comes after the range
            scale *= _SCALE_VALUES[tok[0].partition("-")[0].lower()]
            pos = tok[1] + tok[0].index("-")
        if scale > 1 and s[pos:pos + 1] == " " and s[pos + 1:pos + 2] in _COMPOUND_FIRST:
            extra, compound_end = _compound(s, pos, scale)
            if compound_end != pos:                # "1 billion 86 million dollars"
                pos, i = compound_end, 0
                after = _After(s, pos, tables.token_re)
                tok = after.get(0)
        if tok and tok[0].lower() in MULTIPLIERS:
            multiplier, noun = True, tok[0].lower()
        elif tok and currency is None and tok[0].lower() in SCALED_UNITS:
            # "8.4 bcm", "1.2 tcm": an abbreviation that is a scale and a unit at once
            factor, unit = SCALED_UNITS[tok[0].lower()]
            scale, noun, pos = scale * factor, tok[0], tok[2]
        elif currency is None and not ends_range:  # a currency before the number ends the search
            found = _find_noun(after, i, tables, True, strict=word and scale == 1)
            if found:
                unit, noun, is_money, noun_end, skipped = found
                if is_money:
                    currency, pos = unit, noun_end

    bare = currency is None and scale == 1 and not multiplier
    if word:
        value = _parse_words(raw)
        # Rule "counted in words": "twelve documents", "a dozen deals"; not "one of
        # the priorities", "three plants", "two years", "eight tractors" (see _COUNTED_IN_WORDS)
        if bare and (unit not in _COUNTED_IN_WORDS or value <= 1) and "hundred" not in raw.lower():
            return None
    else:
        if bare and _is_date_part(s, start, end, raw, unit, skipped):
            return None
        if "No." in s[max(0, start - 4):start] or "#" in s[max(0, start - 2):start] \
                or (currency is None and _clock_after(s, end)):
            return None
        # Parsed last: most numbers read turn out to be years or days and need no value.
        value = _parse_digits(raw)
    return _Found(span_start, pos, value * scale + extra if extra else value * scale, scale, currency or unit,
                  currency is not None, noun, multiplier)


def _scale_dash_word(word: str) -> bool:
    """"million-tonne": a scale word glued by a dash to a word."""
    head, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isalpha() and head.lower() in _SCALE_VALUES


def _scale_before_dash(word: str) -> bool:
    """"thousand-500": a scale word glued by a dash to the next end of a range."""
    head, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isdigit() and head.lower() in _SCALE_VALUES


def _clock_after(s: str, end: int) -> bool:
    """"08:34 am", "10 GMT": a time, not an amount."""
    c = s[end:end + 1]
    if c == " ":
        c = s[end + 1:end + 2]
    # _CLOCK's first letter (after an optional space), checked before running it
    return c in _CLOCK_FIRST and _CLOCK.match(s, end) is not None


def _share(found: list[_Found], s: str) -> None:
    """'700 and 800 tractors', '$2-3 billion', '2.5 to 3 litres', '2-3 times': a pair
    joined by and/or/to/dash shares the unit, scale or "times" that only one of them states."""
    for a, b in zip(found, found[1:]):
        if b.start - a.end > _MAX_JOIN or not _JOIN.fullmatch(s, a.end, b.start):
            continue
        if a.unit is None and not a.multiplier and b.unit is not None:
            a.unit, a.is_money, a.unit_noun = b.unit, b.is_money, b.unit_noun
        elif a.unit is None and not a.multiplier and b.multiplier and a.scale == 1 and not a.is_money:
            a.multiplier, a.unit_noun = True, b.unit_noun           # "2-3 times"
        elif b.unit is None and not b.multiplier and a.is_money:
            b.unit, b.is_money = a.unit, True
        if a.scale == 1 and b.scale > 1 and a.value < 1000 and a.unit in (None, b.unit):
            a.value *= b.scale
            a.scale = b.scale


def _mark_ranges(found: list[_Found], s: str) -> None:
    """Rule "range": 'low' and 'high' on two amounts of one kind joined by a dash
    ("700-800 cars", "$1.2-1.5 billion", "700 - 800"), by "to" ("700 to 800
    cars", "ranging from 700 to 800") or by "and" after "between". Not a range:
    "from 700 to 800" and "rose by 100 to 800" (a change between levels), "700
    and 800" without "between", a larger number first."""
    for a, b in zip(found, found[1:]):
        if b.start - a.end > _MAX_JOIN or a.range_bound or a.is_money != b.is_money or a.unit != b.unit \
                or a.multiplier != b.multiplier or not a.value < b.value:
            continue
        join = _RANGE_JOIN.fullmatch(s, a.end, b.start)
        if join is None:
            continue
        word = (join.group(2) or "").lower()
        lo = max(0, a.start - 40)
        if word == "and" and not _BETWEEN_BEFORE.search(s, lo, a.start):
            continue
        if word == "to" and _CHANGE_BEFORE.search(s, lo, a.start) and not _RANGING_FROM.search(s, lo, a.start):
            continue
        a.range_bound, b.range_bound = "low", "high"


def _qualifier(s: str, start: int) -> str | None:
    """'over' | 'up_to' | 'about' | 'under' from the words right before the amount:
    the longest phrase of _QUALIFIERS the last words spell (lower case; the first
    word of the phrase may open with a bracket or quote)."""
    words = s[max(0, start - 24):start].split()
    if start > 24 and words:
        words = words[1:]                          # the first word may be cut
    if not words:
        return None
    last = words[-1].lower()
    # Most amounts have no qualifier, so only the phrases ending in the last word
    # are tried, longest first.
    phrases = _QUALIFIER_ENDING.get(last)
    if phrases is None:
        return _QUALIFIER_OF.get((last.lstrip(_OPENERS),))     # "(about"
    for phrase, q in phrases:
        n = len(phrase)
        if n > len(words):
            continue
        k = 2                                      # compare backwards from the second-last word
        while k <= n:
            w = words[-k].lower()
            if k == n:
                w = w.lstrip(_OPENERS)
            if w != phrase[-k]:
                break
            k += 1
        else:
            return q
    return None


# --- tokens -----------------------------------------------------------------

_BLOCKING = frozenset("_.,+/:")
_DIGIT_RUN = re.compile(r"\d\d*")                   # opens with a class: a fast scan
_ASCII_DIGIT_RUN = re.compile(r"[0-9][0-9]*")
# Only a separator followed by a digit can make a number longer than its first
# run of digits ("30,000", "30 000", "1.000.000", "1,5", "3.88").
_NUM_SEPARATORS = frozenset(",. \u00a0\u202f\u2009")
# what may end a sentence or clause right after a year (c empty: its end)
_AFTER_YEAR = frozenset({"", ",", ";", ":", ")", "!", "?"})


def _digit_tokens(s: str, tables: _Tables) -> list[tuple[str, int, int]]:
    """(kind, start, end) for every token that starts with a digit: 'num' and
    'range' are read; 'skip' (dates, times, scores, percentages, phone numbers)
    are not amounts."""
    out = []
    pos = 0
    # Find the next run of digits (a fast character-set scan), then the number
    # written there. Searching with the number pattern itself is several times
    # slower (it tries every alternative at every position), and so is matching it
    # where a plain run of digits is the whole number, as in most text.
    # On ASCII text \d is [0-9], which the regex engine tests much faster.
    run_search = (_ASCII_DIGIT_RUN if s.isascii() else _DIGIT_RUN).search
    num_at = _NUM_AT.match
    while True:
        d = run_search(s, pos)
        if d is None:
            return out
        i, e = d.span()
        if i:
            # A digit inside a word or number ("S3", "COVID-19", "Euro-5"), after a
            # sign or time zone ("+32.3%", "UTC+04:00") or after a separator. The
            # rest of the run follows a digit, so it is blocked too.
            prev = s[i - 1]
            if prev.isalnum() or prev in _BLOCKING or (prev == "-" and i >= 2 and s[i - 2].isalpha()):
                if prev == "+":
                    phone = _PHONE_PLUS.match(s, i - 1)
                    if phone and _digit_count(phone.group()) >= _PHONE_DIGITS:
                        pos = phone.end()          # "+998 71 238-50-00"
                        continue
                if not ((prev == "-" or "A" <= prev <= "Z") and _glued_start(s, i, prev, tables)):
                    pos = e
                    continue
            elif prev == "(" and (phone := _PHONE_PAREN.match(s, i - 1)):
                pos = phone.end()                  # "(727) 123-45-67"
                continue
        c, c2 = s[e:e + 1], s[e + 1:e + 2]
        if c in _NUM_SEPARATORS and c2.isdigit():   # c2 empty: "".isdigit() is False
            e = num_at(s, i).end()                  # "30,000", "30 000", "1.5", "1,5"
            c, c2 = s[e:e + 1], s[e + 1:e + 2]
            if c == " " and c2.isdigit() and (phone := _PHONE_TAIL.match(s, e)):
                pos = phone.end()                  # "8 800 555 35 35"
                continue
        kind, end = "num", e
        if e - i == 4 and (c in _AFTER_YEAR or (c == "." and not c2.isdigit())) \
                and "1900" <= s[i:e] <= "2099" and s[i:e].isdigit() and _prefix_currency(s, i, tables) is None:
            pos = e                                 # "in 2023," "(2021)": a year, nothing follows
            continue
        if c2.isdigit() and c in ".:":
            m = (_DATE_AT if c == "." else _COLON_AT).match(s, i)
            if m:
                kind, end = "skip", m.end()
        if kind == "num":
            nxt = s[e + 1:e + 2] if c == " " else c
            pct = _PCT_AFTER.match(s, e) if nxt and nxt in _PCT_FIRST else None
            if pct:
                kind, end = "skip", pct.end()
            elif c2.isdigit() and c in "-\u2013/" and (joined := _JOINED_AT.match(s, i)):
                # (str.isdigit accepts "²", which \d does not: hence the match test.)
                kind, end = "range", joined.end()
                if c == "/" and _DATE_AT.match(s, i):
                    kind = "skip"
        out.append((kind, i, end))
        pos = end


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _glued_start(s: str, i: int, prev: str, tables: _Tables) -> bool:
    """May a number start at i although it touches what comes before? Yes after
    a currency code ("USD1.5bn", "KZT45bn") and after a scale glued to the first
    end of a range ("$1.2bn-1.5bn")."""
    if prev != "-":
        return s[i - 3:i] in tables.glued_codes and (i == 3 or not s[i - 4].isalnum())
    if prev == "-":
        j = i - 1
        while j > 0 and s[j - 1].isalpha():
            j -= 1
        if j > 1 and s[j - 1] == " " and s[j - 2].isdigit():
            return s[j:i - 1].lower() in _SCALE_VALUES  # "450 thousand-500 thousand tonnes"
        return j > 0 and s[j - 1].isdigit() and (s[j:i - 1].lower() in _SCALE_VALUES
                                                 or _after_money_letter(s, i, tables))
    return False


def _after_money_letter(s: str, start: int, tables: _Tables) -> bool:
    """'$5m-6m': the number at `start` ends a range whose first end is money with
    a letter scale ('$5m'), so its own letter is a scale too ('a 5m-6m truck' is not)."""
    if not (start >= 3 and s[start - 1] in "-\u2013" and s[start - 2] in "mMbBkK" and s[start - 3].isdigit()):
        return False
    first = start - 3
    while first > 0 and (s[first - 1].isdigit() or s[first - 1] in ".,"):
        first -= 1
    return _prefix_currency(s, first, tables) is not None


def _cues(s: str) -> list[int]:
    """Where the cue words (scale words, 'times', 'fold') start, in order."""
    starts = []
    for part in _CUE_PARTS:
        i = s.find(part)
        while i >= 0:
            starts.append(i)
            i = s.find(part, i + 1)
    return sorted(starts)


def _word_tokens(s: str) -> list[tuple[str, int, int]]:
    """('word', start, end) for spelled-out numbers right before a cue word."""
    out: list[tuple[str, int, int]] = []
    for c in _cues(s):
        if c >= 1 and s[c - 1] in "mbMBrtR":
            c -= 1                                   # "illion" -> "million", "billion", "trillion"
            if s[c - 1:c] in "tT" and s[c:c + 1] in "rR":
                c -= 1
        if c < 2 or not s[c - 2].isalpha() or s[c - 1] not in " \u00a0":
            continue                                 # "140 billion": digits, read elsewhere; "sometimes"
        lo = max(0, c - 40)
        m = _WORD_BEFORE.search(s, lo, c)
        if m is None or m.end() - m.start() <= 3:    # "a quarter million", "a quarter of a million"
            m = _FRACTION_BEFORE.search(s, lo, c) or m
        # "two hundred thousand": the second cue finds the same number again
        if m and not (out and m.start() <= out[-1][1]):
            end = m.start() + len(m.group().rstrip())
            if s[c:c + 7].lower() == "hundred" and (whole := _WORDNUM_AT.match(s, m.start())) and whole.end() > c:
                end = whole.end()                    # "Six hundred and fifty cars": the words after "hundred" too
            out.append(("word", m.start(), end))
    return out


def _count_tokens(s: str) -> list[tuple[str, int, int]]:
    """('word', start, end) for spelled-out numbers that may count a document
    ("Seventy-six agreements", "a dozen deals"); `_read_number` keeps those
    followed by a document noun. Gates: a word of the sentence is a number word,
    and a document noun occurs in it."""
    for stem in _DOCUMENT_STEMS:
        if stem in s:
            break
    else:
        return []
    words = s.split()
    if _COUNT_GATE.isdisjoint(words):
        return []
    out = []
    pos = 0
    for word in words:
        start = s.find(word, pos)
        pos = start + len(word)
        if word not in _COUNT_GATE or (out and start < out[-1][2]):
            continue
        if not word[0].isalpha():
            start += 1                               # "(twelve documents)"
        m = _COUNT_AT.match(s, start)
        if m is None:
            continue
        end = m.end()
        if word in ("dozen", "Dozen") and (a := _A_BEFORE.search(s, max(0, start - 4), start)):
            start = a.start()                        # "a dozen deals"
        if _NOT_A_COUNT_BEFORE.search(s, max(0, start - 20), start):
            continue                                 # "the first two", "nine in ten"
        out.append(("word", start, end))
    return out


def _read_range(s: str, start: int, end: int, tables: _Tables) -> list[_Found]:
    """'700-800 tractors' and '$2-3 billion' are ranges; '4-3', '2023-2024',
    '24/7', 'April 18-19' and model codes ('15-9872 tank cars': the ends two
    orders of magnitude apart) are not amounts at all."""
    parts = [(p.start(), p.end()) for p in _RANGE_PARTS.finditer(s, start, end)]
    if len(parts) != 3 or s[parts[1][0]] == "/":
        return []
    (a0, a1), _, (b0, b1) = parts
    second = _read_number(s, b0, b1, False, tables)
    if second is None or (second.unit is None and second.scale == 1 and not second.multiplier):
        return []
    first = _read_number(s, a0, a1, False, tables)
    if first is None:
        return []
    if second.scale == 1 and not first.is_money and _int_digits(s, b0, b1) - _int_digits(s, a0, a1) >= 2:
        return []
    return [first, second]


def _int_digits(s: str, start: int, end: int) -> int:
    """Digits before the decimal point of the number at s[start:end]."""
    return len(str(int(_parse_digits(s[start:end]))))


def find_quantities(sentence: str) -> list[Quantity]:
    """Every amount in `sentence`, in text order (see the module docstring for
    what is and is not an amount)."""
    digits = has_digit(sentence)
    words = _word_tokens(sentence)                 # cheap without a scale word or "times"
    counts = _count_tokens(sentence)
    if not (digits or words or counts):
        return []                                  # no digit, number word or count: nothing to read
    tables = _tables()
    tokens = _digit_tokens(sentence, tables) if digits else []
    if counts:
        words = _longest(words + counts)
    if words:
        tokens = sorted(tokens + words, key=lambda t: t[1])
    found: list[_Found] = []
    for kind, start, end in tokens:
        if found and start < found[-1].end:
            continue                               # inside the scale words of the last amount
        if kind in ("num", "word"):
            f = _read_number(sentence, start, end, kind == "word", tables)
            if f:
                found.append(f)
        elif kind == "range":
            found.extend(_read_range(sentence, start, end, tables))
    if not found:
        return []
    if len(found) > 1:
        _share(found, sentence)
        _mark_ranges(found, sentence)
    return [
        _quantity(f.start, f.end, sentence[f.start:f.end], float(f.value), f.unit, f.is_money,
                  _qualifier(sentence, f.start), f.unit_noun, f.range_bound)
        for f in found
    ]


def _longest(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """One token per start, the longest ("two hundred" over "two")."""
    best: dict[int, tuple[str, int, int]] = {}
    for t in tokens:
        if t[1] not in best or t[2] > best[t[1]][2]:
            best[t[1]] = t
    return list(best.values())


_QUANTITY_FIELDS = ("start", "end", "surface", "value", "unit", "is_money", "qualifier", "unit_noun",
                    "range_bound")
assert tuple(f.name for f in fields(Quantity)) == _QUANTITY_FIELDS, "update _quantity"


def _quantity(start, end, surface, value, unit, is_money, qualifier, unit_noun, range_bound) -> Quantity:
    """Quantity(...) without the frozen-dataclass __init__, which sets each field
    through object.__setattr__ and costs three times as much; the result is the
    same object (equal, same repr, hash and pickle)."""
    q = _new_object(Quantity)
    q.__dict__.update(start=start, end=end, surface=surface, value=value, unit=unit,
                      is_money=is_money, qualifier=qualifier, unit_noun=unit_noun, range_bound=range_bound)
    return q


_new_object = object.__new__
