"""A mention's surface as a name: white space, a leading "the", a trailing possessive."""
from __future__ import annotations

import re

from extraction.entities.tokens import Hit


# a company's status in brackets inside its legal form, as Pakistan and India write it: "Al-Haj FAW
# Motors (Private) Limited", "Sazgar Engineering Works (Pvt) Ltd"
_BRACKETED_STATUS = re.compile(r" \((?:Private|Pvt\.?|Pte\.?)\)(?= \w)")


def clean_name(s: str) -> str:
    """A surface as a name: white space collapsed, no leading "the", no bracketed status inside a
    legal form, no trailing apostrophe (cached: the same surfaces come back, "Kazakhstan's", "China")."""
    name = _CLEAN_NAMES.get(s)
    if name is None:
        name = " ".join(s.split())
        if name.lower().startswith("the "):
            name = name[4:]
        if "(" in name:
            name = _BRACKETED_STATUS.sub("", name)
        name = name.rstrip("'’")
        if len(_CLEAN_NAMES) > 100_000:                   # bound memory on endless streams
            _CLEAN_NAMES.clear()
        _CLEAN_NAMES[s] = name
    return name


_CLEAN_NAMES: dict[str, str] = {}


def core_end_of(text: str, h: Hit) -> int:
    end = h.end
    if text[end - 2:end] in ("'s", "’s", "'S", "’S"):
        return end - 2
    if text[end - 1:end] in ("'", "’"):
        return end - 1
    return end
