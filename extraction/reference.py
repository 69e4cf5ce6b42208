"""Lookup structures built once per process from the seed CSVs.

Reference knowledge (countries, places, companies, non-companies, legal forms,
spelling variants) lives only in `seeds/*.csv`; this module turns it into the
dictionaries the entity recogniser scans with. Everything is built lazily on
first use and cached, so a worker process pays for it once.

Keys. Text and aliases are cut into the same tokens (`TOKEN_RE`); a token's
key is `norm_token`: lower case, `name_variants` applied, possessive and
punctuation dropped. An alias is looked up by the concatenation of its token
keys, so "Saryarka AvtoProm", "SaryarkaAutoProm" and "SARYARKA AVTOPROM" all
meet at "saryarkaautoprom".

Resolution keys. dbt resolves company names to rows (macros/company_names.sql);
Python recognises, and where it must know the same key (is this name a known
company, a non-company, the same party twice?) it computes it here by the same
steps, in the same order, from the same seeds:

- `company_words`: lower case; `name_variants` applied as the macro
  `name_variants_sql` applies them (one-character patterns with a replacement of
  at most one character first, at once; then the other patterns, longest first,
  those with the same replacement at once); runs of non-alphanumerics become one
  space; `legal_forms` removed where they stand as whole words (twice: "x jsc llc").
- `company_key`: those words with everything but letters and digits removed
  ("UzAvtoSanoat JSC" -> "uzautosanoat"). A name made only of legal forms gets ''.
- `group_key`: the company key without `group_words` at its end ("Koc Group",
  "Koc Holding" -> "koc"): names that differ only there are one company. A group word counts
  only after its `min_words_before` words ("Asaka Motors International" -> "asakamotors", while
  "LG International" keeps its own key: one word before it names a subsidiary).

tests/test_company_keys.py runs the dbt macros in DuckDB on every seed alias and
every company name of the annotated corpora and checks that both sides agree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.records import Quantity
from extraction.seeds import read_seed

# Words of a name: dotted acronyms ("U.S."), else a letter or digit followed by letters,
# digits and apostrophes ("Kazakhstan's", "Chang'an", "Motors'"). Hyphens split words.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w[\w'’]*")
_NON_ALNUM = re.compile(r"[\W_]+")

# Entry kinds, in precedence order when two entries share a key.
COUNTRY, COMPANY, NONCO, PLACE = "country", "company", "nonco", "place"
FORMER = "former"                                         # Entry.sub of a company's former name
_PRECEDENCE = {COUNTRY: 0, COMPANY: 1, NONCO: 2, PLACE: 3}


@dataclass(frozen=True)
class Entry:
    """One alias of a country, place, company or non-company."""
    kind: str                  # COUNTRY | COMPANY | NONCO | PLACE
    alias: str                 # as written in the seed
    label: str                 # canonical: country name, place name, company name, non-company name
    code: str | None           # country code (country, place, company home)
    sub: str                   # alias_kind for countries/places; non-company kind; '' for companies
                               # (FORMER for a former name, seeds/company_former_names.csv)
    maker: str = ""            # brands: the company that makes them
    exact: bool = False        # acronyms of <= 4 letters: match case-sensitively
    caps: tuple[bool, ...] = ()  # which alias tokens start with a capital


@dataclass(frozen=True)
class LegalForm:
    form: str                  # as written in the seed
    exact: bool                # written all upper case: match only upper case ("TOO", "AO", "SA")
    strict: bool               # a word ("Company", "Limited"): needs a distinctive name before it


class Reference:
    """All lookups, built from the seeds."""

    def __init__(self) -> None:
        variant_rows = _variant_rows()
        self._translate, self._variant_res = _variant_plan(variant_rows)
        # Two-letter openings that a spelling variant may rewrite ("av" of "avto"): a scan that
        # peeks at the next letters must not trust them.
        self.variant_starts = {p[:2] for p, _ in variant_rows if len(p) >= 2}
        self._norm_cache: dict[str, str] = {}
        self._words_cache: dict[str, str] = {}
        self.legal = self._load_legal_forms()
        legal_words = _seed_words("legal_forms", "legal_form", variant_rows)
        self._legal_words_re = re.compile(" (?:" + "|".join(re.escape(w) for w in legal_words) + ") ")
        # One pattern per min_words_before, fewest first, as the macro `group_key_of_words`.
        self._group_words_res: list[tuple[re.Pattern[str], str]] = []
        rows = read_seed("group_words")
        for n in sorted({int(r.get("min_words_before") or 1) for r in rows}):
            words = _seed_words("group_words", "group_word", variant_rows,
                                [r for r in rows if int(r.get("min_words_before") or 1) == n])
            alt = "(?: (?:" + "|".join(re.escape(w) for w in words) + "))+ $"
            if n <= 1:
                self._group_words_res.append((re.compile(alt), " "))
            else:
                self._group_words_res.append((re.compile("^((?: [^ ]+){%d,}?)" % n + alt), r"\1 "))
        self.entries: dict[str, Entry] = {}
        self.prefixes: set[str] = set()
        self.extendable: set[str] = set()               # proper prefixes: a longer key starts with them
        self.countries = {r["country_code"]: r for r in read_seed("countries")}
        self._load_countries()
        self._load_companies()
        self._load_non_companies()
        self.company_by_key: dict[str, Entry] = {}
        self.nonco_by_key: dict[str, Entry] = {}
        for e in self._companies:
            self.company_by_key.setdefault(self.company_key(e.alias), e)
        # A name found by its group key only ("Koc Group" for "Koc Holding"), as dbt resolves it.
        self.company_by_group_key: dict[str, Entry] = {}
        for e in self._companies:
            self.company_by_group_key.setdefault(self.group_key(e.alias), e)
        for e in self._noncos:
            self.nonco_by_key.setdefault(self.company_key(e.alias), e)

    # ------------------------------------------------------------------ keys

    def apply_variants(self, s: str) -> str:
        """`name_variants` applied to a lower-cased string, as the macro `name_variants_sql` does."""
        s = s.translate(self._translate)
        for pattern, replacement in self._variant_res:
            s = pattern.sub(replacement, s)
        return s

    def company_words(self, name: str) -> str:
        """The words of a name that count for its keys (" saryarka autoprom "), as the macro
        `company_words` (cached: every rule that compares two names asks for their keys)."""
        cached = self._words_cache.get(name)
        if cached is not None:
            return cached
        s = " " + _NON_ALNUM.sub(" ", self.apply_variants(name.strip(" ").lower())) + " "
        for _ in range(2):                              # a match eats its trailing space: "x jsc llc"
            s = self._legal_words_re.sub(" ", s)
        if len(self._words_cache) > 100_000:           # bound memory on endless streams
            self._words_cache.clear()
        self._words_cache[name] = s
        return s

    def company_key(self, name: str) -> str:
        """Resolution key of a company name, as the macro `company_key`."""
        return _NON_ALNUM.sub("", self.company_words(name))

    def group_key(self, name: str) -> str:
        """The company key without group words at its end, as the macro `group_key`."""
        words = stripped = self.company_words(name)
        for pattern, replacement in self._group_words_res:
            stripped = pattern.sub(replacement, stripped)
        return _NON_ALNUM.sub("", stripped) or _NON_ALNUM.sub("", words)

    def norm_token(self, token: str) -> str:
        """Key of one token (cached: the vocabulary of news repeats)."""
        cached = self._norm_cache.get(token)
        if cached is not None:
            return cached
        s = token
        if len(s) > 2 and s[-2] in "'’" and s[-1] in "sS":
            s = s[:-2]                                  # possessive
        s = _NON_ALNUM.sub("", self.apply_variants(s.lower()))
        if len(self._norm_cache) > 500_000:   # bound memory on endless streams
            self._norm_cache.clear()
        self._norm_cache[token] = s
        return s

    def alias_tokens(self, alias: str) -> list[str]:
        return [m.group() for m in TOKEN_RE.finditer(alias)]

    def match_key(self, alias: str, strip_legal: bool) -> tuple[str, tuple[bool, ...]]:
        """Concatenated token keys of an alias; company aliases lose legal forms at either end,
        because the scanner attaches legal forms to a match by itself."""
        toks = self.alias_tokens(alias)
        if len(toks) > 1 and toks[0].lower() == "the":
            toks = toks[1:]                             # "The Hague", "The Astana Times": matched from the name
        if strip_legal:
            core = list(toks)
            while len(core) > 1 and self.norm_token(core[-1]) in self.legal:
                core.pop()
            while len(core) > 1 and self.norm_token(core[0]) in self.legal:
                core.pop(0)
            toks = core
        return "".join(self.norm_token(t) for t in toks), tuple(t[:1].isupper() for t in toks)

    # ------------------------------------------------------------------ loading

    def _load_legal_forms(self) -> dict[str, LegalForm]:
        """Legal forms by the key a token of them gets ("A.Ş." -> "as", as the word "A.S.")."""
        forms: dict[str, LegalForm] = {}
        for r in read_seed("legal_forms"):
            form = r["legal_form"]
            key = self.norm_token(form)
            exact = form.isupper()
            strict = len(key) > 4 and not form.isupper()
            forms.setdefault(key, LegalForm(form, exact, strict))
        return forms

    def _add(self, key: str, entry: Entry) -> None:
        if not key:
            return
        old = self.entries.get(key)
        if old is None or _PRECEDENCE[entry.kind] < _PRECEDENCE[old.kind]:
            self.entries[key] = entry
        for i in range(1, len(key) + 1):
            self.prefixes.add(key[:i])
        for i in range(1, len(key)):
            self.extendable.add(key[:i])

    def _load_countries(self) -> None:
        for r in read_seed("country_aliases"):
            code = r["country_code"]
            kind = COUNTRY if r["alias_kind"] in ("name", "demonym", "capital") else PLACE
            canonical = r.get("canonical") or (self.countries.get(code, {}).get("country_name")
                                               if kind == COUNTRY else r["alias"])
            key, caps = self.match_key(r["alias"], strip_legal=False)
            entry = Entry(kind, r["alias"], canonical or r["alias"], code, r["alias_kind"],
                          exact=_is_acronym(r["alias"]), caps=caps)
            self._add(key, entry)
            # Plural demonyms ("Kazakhs", "Uzbeks") are the same country.
            if r["alias_kind"] == "demonym" and not key.endswith(("s", "sh", "ch", "e", "x", "z")) \
                    and " " not in r["alias"]:
                self._add(key + "s", entry)

    def _load_companies(self) -> None:
        self._companies: list[Entry] = []
        for r in read_seed("company_aliases"):
            key, caps = self.match_key(r["alias"], strip_legal=True)
            entry = Entry(COMPANY, r["alias"], r["company_name"], r["country_code"] or None, "",
                          exact=_is_acronym(r["alias"]), caps=caps)
            self._companies.append(entry)
            self._add(key, entry)
        # A former name is a company of its own under that name (its label is itself, its kind
        # "former"); `current_name` says which company it became, for an article naming both.
        self.current_name: dict[str, str] = {}            # former name's company key -> current company_name
        for r in read_seed("company_former_names"):
            key, caps = self.match_key(r["former_name"], strip_legal=True)
            entry = Entry(COMPANY, r["former_name"], r["former_name"], r["country_code"] or None, FORMER,
                          exact=_is_acronym(r["former_name"]), caps=caps)
            self._companies.append(entry)
            self._add(key, entry)
            self.current_name[self.company_key(r["former_name"])] = r["company_name"]

    def _load_non_companies(self) -> None:
        self._noncos: list[Entry] = []
        for r in read_seed("non_companies"):
            key, caps = self.match_key(r["name"], strip_legal=False)
            entry = Entry(NONCO, r["name"], r["name"], None, r["kind"], r.get("maker", ""),
                          exact=_is_acronym(r["name"]), caps=caps)
            self._noncos.append(entry)
            self._add(key, entry)


def _is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("GM", "MAZ", "CMC", "US") are matched case-sensitively:
    as lower-case words they are something else."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 4 and sum(c.isupper() for c in letters) >= 2


_METACHARS = ".^$*+?()[]{}|\\"


def _variant_rows() -> list[tuple[str, str]]:
    """(pattern, replacement) of `name_variants`, in the macros' order (longest pattern first)."""
    rows = [(r["pattern"], r["replacement"]) for r in read_seed("name_variants") if r["pattern"]]
    return sorted(rows, key=lambda r: (-len(r[0]), r[0]))


def _variant_plan(rows: list[tuple[str, str]]) -> tuple[dict[int, str | None], list[tuple[re.Pattern[str], str]]]:
    """The steps of the macro `name_variants_sql`: one translation of the one-character literal
    patterns with a replacement of at most one character, then one regular expression per
    replacement (its patterns as an alternation, longest first), in order of first appearance."""
    src, dst, dropped = "", "", ""
    groups: dict[str, list[str]] = {}
    for pattern, replacement in rows:
        if len(pattern) == 1 and pattern not in _METACHARS and len(replacement) <= 1 \
                and pattern not in src and pattern not in dropped:
            if replacement:
                src, dst = src + pattern, dst + replacement
            else:
                dropped += pattern
        else:
            groups.setdefault(replacement, []).append(pattern)
    res = [(re.compile(ps[0] if len(ps) == 1 else "(?:" + "|".join(ps) + ")"), r) for r, ps in groups.items()]
    return str.maketrans(src, dst, dropped), res


def _seed_words(seed: str, column: str, variant_rows: list[tuple[str, str]],
                rows: list[dict[str, str]] | None = None) -> list[str]:
    """A seed's words as the macro `seed_words` normalises them ("Co., Ltd." -> "co ltd", "A.Ş."
    -> "a s"): lower case, the literal name variants replaced in order, non-alphanumerics -> one
    space; longest first."""
    words = set()
    for r in (read_seed(seed) if rows is None else rows):
        w = r[column].lower()
        for pattern, replacement in variant_rows:
            if not any(c in _METACHARS for c in pattern):
                w = w.replace(pattern, replacement)
        w = _NON_ALNUM.sub(" ", w).strip()
        if w:
            words.add(w)
    return sorted(words, key=lambda w: (-len(w), w))


@lru_cache(maxsize=1)
def reference() -> Reference:
    return Reference()


def company_key(name: str) -> str:
    """Resolution key of a company name (the rule dbt applies in SQL)."""
    return reference().company_key(name)


def group_key(name: str) -> str:
    """The company key without group words at its end (the rule dbt applies in SQL)."""
    return reference().group_key(name)


@lru_cache(maxsize=1)
def _national_currencies() -> tuple[dict[tuple[str, str], str], frozenset[str]]:
    """(currency word, country code) -> currency code, from the seed's qualified names ("Turkmen
    manat,TMT": ("manat", "TM") -> TMT), and the demonyms that qualify a currency word."""
    demonyms = {r["alias"].lower(): r["country_code"] for r in read_seed("country_aliases")
                if r["alias_kind"] == "demonym"}
    out: dict[tuple[str, str], str] = {}
    for r in read_seed("currencies"):
        first, _, word = r["alias"].partition(" ")
        code = demonyms.get(first.lower())
        if word and code:
            out[(word.lower(), code)] = r["currency_code"]
    return out, frozenset(demonyms)


def national_currency(q: Quantity, country: str | None) -> str | None:
    """The currency a bare currency word that several states share means in `country`'s figures
    ("101 million manats" reported by Turkmenistan: TMT, not the seed's default AZN), when the
    currencies seed names that state's own ("Turkmen manat"); None otherwise."""
    if not q.is_money or country is None:
        return None
    words = q.surface.lower().split()
    table, demonyms = _national_currencies()
    if len(words) < 2 or words[-2] in demonyms:
        return None                 # "45 million Azerbaijani manats": the currency is named
    return table.get((words[-1], country))


@lru_cache(maxsize=1)
def _fiscal_calendars() -> dict[str, tuple[int, str]]:
    return {r["country_code"]: (int(r["first_month"]), r["named_by"]) for r in read_seed("fiscal_years")}


def fiscal_calendar(country: str | None) -> tuple[int, str] | None:
    """(first month, which year a one-year label names) of `country`'s fiscal year, from the
    fiscal_years seed; None for a state whose fiscal year is the calendar year."""
    return _fiscal_calendars().get(country) if country else None
