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

`company_key` is the rule the dbt macro `company_key` implements in SQL for
resolving company names: lower-case, apply the name variants, turn runs of
non-alphanumerics into one space, drop legal-form words where they stand as
whole words, drop everything that is not a letter or digit. A name made only
of legal forms gets the key ''.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.seeds import read_seed

# Words of a name: dotted acronyms ("U.S."), else a letter or digit followed by letters,
# digits and apostrophes ("Kazakhstan's", "Chang'an", "Motors'"). Hyphens split words.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w[\w'’]*")
_NON_ALNUM = re.compile(r"[\W_]+")

# Entry kinds, in precedence order when two entries share a key.
COUNTRY, COMPANY, NONCO, PLACE = "country", "company", "nonco", "place"
_PRECEDENCE = {COUNTRY: 0, COMPANY: 1, NONCO: 2, PLACE: 3}


@dataclass(frozen=True)
class Entry:
    """One alias of a country, place, company or non-company."""
    kind: str                  # COUNTRY | COMPANY | NONCO | PLACE
    alias: str                 # as written in the seed
    label: str                 # canonical: country name, place name, company name, non-company name
    code: str | None           # country code (country, place, company home)
    sub: str                   # alias_kind for countries/places; non-company kind; '' for companies
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
        self.variants = _load_variants()
        # Two-letter openings that a spelling variant may rewrite ("av" of "avto"): a scan that
        # peeks at the next letters must not trust them.
        self.variant_starts = {r["pattern"][:2] for r in read_seed("name_variants") if len(r["pattern"]) >= 2}
        self.legal = _load_legal_forms()
        words = sorted({_NON_ALNUM.sub(" ", r["legal_form"].lower()).strip() for r in read_seed("legal_forms")} - {""},
                       key=lambda w: (-len(w), w))
        self._legal_words_re = re.compile(" (?:" + "|".join(re.escape(w) for w in words) + ") ")
        self.entries: dict[str, Entry] = {}
        self.prefixes: set[str] = set()
        self.extendable: set[str] = set()               # proper prefixes: a longer key starts with them
        self.countries = {r["country_code"]: r for r in read_seed("countries")}
        self._norm_cache: dict[str, str] = {}
        self._load_countries()
        self._load_companies()
        self._load_non_companies()
        self.company_by_key: dict[str, Entry] = {}
        self.nonco_by_key: dict[str, Entry] = {}
        for e in self._companies:
            self.company_by_key.setdefault(self.company_key(e.alias), e)
        for e in self._noncos:
            self.nonco_by_key.setdefault(self.company_key(e.alias), e)

    # ------------------------------------------------------------------ keys

    def company_key(self, name: str) -> str:
        """See `company_key` (module level); kept identical to the dbt macro `company_key`."""
        s = name.strip().lower()
        for pattern, replacement in self.variants:
            s = pattern.sub(replacement, s)
        s = " " + _NON_ALNUM.sub(" ", s) + " "
        for _ in range(2):                              # a match eats its trailing space: "x jsc llc"
            s = self._legal_words_re.sub(" ", s)
        return _NON_ALNUM.sub("", s)

    def norm_token(self, token: str) -> str:
        """Key of one token (cached: the vocabulary of news repeats)."""
        cached = self._norm_cache.get(token)
        if cached is not None:
            return cached
        s = token
        if len(s) > 2 and s[-2] in "'’" and s[-1] in "sS":
            s = s[:-2]                                  # possessive
        s = s.lower()
        for pattern, replacement in self.variants:
            s = pattern.sub(replacement, s)
        s = _NON_ALNUM.sub("", s)
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


def _load_variants() -> list[tuple[re.Pattern[str], str]]:
    rows = read_seed("name_variants")
    ordered = sorted(rows, key=lambda r: -len(r["pattern"]))   # as dbt: longest pattern first
    return [(re.compile(r["pattern"]), r["replacement"]) for r in ordered]


def _load_legal_forms() -> dict[str, LegalForm]:
    forms: dict[str, LegalForm] = {}
    for r in read_seed("legal_forms"):
        form = r["legal_form"]
        key = _NON_ALNUM.sub("", form.lower())
        exact = form.isupper()
        strict = len(key) > 4 and not form.isupper()
        forms.setdefault(key, LegalForm(form, exact, strict))
    return forms


@lru_cache(maxsize=1)
def reference() -> Reference:
    return Reference()


def company_key(name: str) -> str:
    """Resolution key of a company name (the rule dbt applies in SQL)."""
    return reference().company_key(name)
