"""The English vocabulary the extraction steps share: months, weekdays, number
words, scale words, ordinals and temporal cues.

One owner (like dateutil's `parserinfo`): every step that needs a month name or
a number word takes it from here, and builds its own patterns from these
tables. Reference knowledge about the world (countries, companies, units,
currencies) is not vocabulary and lives in the dbt seeds.
"""
from __future__ import annotations

# --- calendar ---------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations as news prints them ("Sept. 5", "Jan 2024"); "may" is its own.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}

# A year named relative to another: "last year" is the one before the reference year.
RELATIVE_YEAR_OFFSET: dict[str, int] = {"last": -1, "previous": -1, "past": -1, "next": 1, "this": 0, "current": 0}
# "for January-May of that year", "ended on March 20 of the same year": the year written before
OF_THAT_YEAR = r"\s+of\s+(?:that|the\s+same)\s+year\b"


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept." included), else None."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)


def alternation(words) -> str:
    """A regex alternation of `words`, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(sorted(words, key=len, reverse=True))


def capitalised(words) -> list[str]:
    return [w[:1].upper() + w[1:] for w in words]


# --- numbers ------------------------------------------------------------------

CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Small counts as an article spells them ("signed twelve documents", "a dozen deals").
COUNT_WORDS: dict[str, int] = {w: n for w, n in CARDINALS.items() if n <= 12} | {"dozen": 12}
# Words that multiply the number before them.
# ("thsd", "mlrd" and "milliard" as translations from Russian print them.)
# Abbreviations that are a scale and a unit at once ("8.4 bcm" is 8.4 billion cubic metres); not
# "mcm", which is a thousand cubic metres in some texts and a million in others
SCALED_UNITS: dict[str, tuple[int, str]] = {"bcm": (10**9, "cubic_meters"), "tcm": (10**12, "cubic_meters")}
SCALES: dict[str, int] = {
    "hundred": 10**2, "thousand": 10**3, "thsd": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "milliard": 10**9, "mlrd": 10**9,
    "trillion": 10**12, "trln": 10**12, "trn": 10**12, "tln": 10**12, "tn": 10**12,
}
# A fraction word and what it divides by ("a quarter of a million", "three
# quarters of a billion", "a tenth of a trillion"); plurals are read by the caller.
DENOMINATORS: dict[str, int] = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
FRACTIONS: dict[str, float] = {w: 1 / d for w, d in DENOMINATORS.items()}
# Ordinals of the parts of a year ("the first quarter", "the 2nd half", "the final quarter").
PART_ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                 "fourth": 4, "4th": 4, "final": 4}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
# Every word that can be part of a spelled-out number: the cheap test for "may
# this sentence hold a number?" before any pattern runs.
NUMBER_WORDS: tuple[str, ...] = tuple(CARDINALS) + ("hundred", "thousand", "million", "billion", "trillion",
                                                   "half", "dozen", "quarter")
# "3rd", "21st": what follows a day of the month or an ordinal in digits.
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

# Nouns for signed documents, each form -> its singular, counted in "signed 76
# agreements" or "a dozen memoranda" (quantities marks such counts).
_DOCUMENTS = {
    "agreement": "agreements", "document": "documents", "memorandum": ("memoranda", "memorandums"),
    "mou": "mous", "deal": "deals", "contract": "contracts", "treaty": "treaties",
    "protocol": "protocols", "accord": "accords", "roadmap": "roadmaps", "road map": "road maps",
    "declaration": "declarations", "letter of intent": "letters of intent",
}
DOCUMENT_NOUNS: dict[str, str] = {
    form: singular
    for singular, plurals in _DOCUMENTS.items()
    for form in (singular, *((plurals,) if isinstance(plurals, str) else plurals))
}
