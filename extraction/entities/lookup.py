"""Gazetteer look-ups by name: country codes, places, known companies, non-companies, brands."""
from __future__ import annotations

from extraction.reference import COUNTRY, PLACE, company_key, reference


def country_code_for(alias: str) -> str | None:
    """ISO code for a country name, demonym, capital, city or region, or an upper-case code
    ("Kazakh" -> "KZ", "Kostanai" -> "KZ", "UZ" -> "UZ")."""
    ref = reference()
    a = alias.strip()
    if len(a) == 2 and a.isupper() and a in ref.countries:
        return a
    entry = ref.entries.get(alias_key(alias))
    return entry.code if entry is not None and entry.kind in (COUNTRY, PLACE) else None


def country_name(code: str | None) -> str | None:
    row = reference().countries.get((code or "").upper())
    return row["country_name"] if row else None


def country_region(code: str | None) -> str | None:
    row = reference().countries.get((code or "").upper())
    return (row["region"] or None) if row else None


def place_for(alias: str) -> tuple[str, str] | None:
    """(canonical place name, country code) of a city, capital or region ("Kostanai" -> ("Kostanay", "KZ"))."""
    entry = reference().entries.get(alias_key(alias))
    if entry is None or entry.code is None:
        return None
    if entry.kind == PLACE or (entry.kind == COUNTRY and entry.sub == "capital"):
        return entry.label, entry.code
    return None


def resolve_company(name: str) -> tuple[str, str | None] | None:
    """(canonical company name, home country) when the gazetteer knows the name: by its key, else
    by its group key ("Koc Group" -> Koc Holding), as dbt resolves it (int_company_names_resolved)."""
    ref = reference()
    key = company_key(name)
    entry = ref.company_by_key.get(key) or ref.company_by_group_key.get(ref.group_key(name))
    if entry is None or (key in ref.nonco_by_key and key not in ref.company_by_key):
        return None                                       # a listed non-company, not named as a company
    return entry.label, entry.code


def non_company_kind(name: str) -> str | None:
    """'media', 'brand', 'government', ... when the name is a listed non-company (and company_aliases
    does not list it)."""
    ref = reference()
    key = company_key(name)
    if key in ref.company_by_key:
        return None
    entry = ref.nonco_by_key.get(key)
    return entry.sub if entry else None


def brand_maker(name: str) -> str | None:
    """The company that makes a brand ("Lada" -> "AvtoVAZ"), when known."""
    entry = reference().nonco_by_key.get(company_key(name))
    return (entry.maker or None) if entry and entry.sub == "brand" else None


def alias_key(alias: str) -> str:
    return reference().match_key(alias, strip_legal=False)[0]
