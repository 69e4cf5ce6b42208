"""A company known by a former name is one company: every mention of the former name takes the
current one ("SamKochAvto, later renamed SamAuto", "Qorgan Motors (formerly Zarvo Avto)", "SamAuto
grew out of SamKochAvto", "... the company was renamed SamAuto"), and so does a former name of
seeds/company_former_names.csv in a text that names its current company too. A former name
alone keeps its name: the text is about the company as it was then (dbt resolves it to a row
of its own, as written)."""
from __future__ import annotations

import re

from extraction.entities.tokens import Doc, Hit
from extraction.reference import reference

# Between a former name and the current one, right after it.
_RENAMED = re.compile(
    r",?\s+(?:\((?:now|later|renamed)\s+(?:renamed\s+)?(?:as\s+|to\s+)?|(?:(?:which|that)\s+)?(?:was\s+|has\s+been\s+)?"
    r"(?:later\s+|since\s+|subsequently\s+|eventually\s+|then\s+)?(?:renamed|rebranded)\s+(?:as\s+|to\s+)?"
    r"|now\s+(?:called\s+|known\s+as\s+)?|changed\s+its\s+name\s+to\s+)(?:the\s+)?$")
# Between the current name and a former one, right after it.
_FORMERLY = re.compile(
    r",?\s+\(?(?:formerly|previously|originally)(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?$"
    r"|\s+(?:grew|emerged)\s+out\s+of\s+(?:the\s+)?$|,\s+(?:the\s+)?successor\s+(?:to|of)\s+(?:the\s+)?$")
# The current name after "the company was renamed": the former one is the last company found by
# pattern before it (names in the seeds are current).
_ANAPHORIC = re.compile(r"\b(?:the|that|this)\s+(?:company|firm|joint\s+venture|venture|enterprise|plant)\s+was\s+"
                        r"(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:renamed|rebranded)\s+(?:as\s+|to\s+)?"
                        r"(?:the\s+)?$")
_ANAPHORA_REACH = 400
_CUES = ("renamed", "rebranded", "formerly", "previously", "originally", "out of", "successor", "its name", ", now ",
         "(now ")


def link_former_names(doc: Doc, companies: list[Hit]) -> None:
    """Give every mention of a former name the current name (in place)."""
    link_seed_former_names(companies)
    text = doc.text
    if len(companies) < 2 or not any(cue in text for cue in _CUES):
        return                                            # most texts rename nothing
    current: dict[str, str] = {}                          # former name -> current name
    for a, b in zip(companies, companies[1:]):
        gap = text[a.end:b.start]
        if len(gap) > 40 or a.name == b.name or b.last.poss:
            continue                                      # "Kia, now Hyundai's partner": no new name
        if _RENAMED.fullmatch(gap):
            current[a.name] = b.name
        elif _FORMERLY.fullmatch(gap):
            current[b.name] = a.name
    if "renamed" in text or "rebranded" in text:
        for k, b in enumerate(companies):
            if not _ANAPHORIC.search(text, max(0, b.start - 80), b.start):
                continue
            before = next((h for h in reversed(companies[:k]) if h.via == "pattern" and h.name != b.name
                           and b.start - h.end <= _ANAPHORA_REACH), None)
            if before is not None:
                current.setdefault(before.name, b.name)
    if not current:
        return
    for h in companies:
        name = h.name
        seen = 0
        while name in current and seen < 5:               # a chain of renames ends at the last name
            name = current[name]
            seen += 1
        if name != h.name:
            h.name = name
            h.via = "former name"


def link_seed_former_names(companies: list[Hit]) -> None:
    """A seed's former name takes the current company's name as this text writes it, when the
    text names the current company too ("GM Uzbekistan, as UzAuto Motors was called then");
    alone, it keeps its own."""
    ref = reference()
    if not ref.current_name:
        return
    current = {id(h): ref.current_name.get(ref.company_key(h.name)) if h.name else None for h in companies}
    if not any(current.values()):
        return
    # the seed company of every other name, first mention first: looked up once, not once per former name
    seed_of = {c.name: _seed_company(c.name) for c in companies if c.name and not current[id(c)]}
    for h in companies:
        if current[id(h)]:
            named = next((name for name, seed in seed_of.items() if seed == current[id(h)]), None)
            if named is not None:
                h.name = named


def _seed_company(name: str) -> str | None:
    """The seed company a name resolves to, by its key or else its group key (as dbt resolves it)."""
    ref = reference()
    entry = ref.company_by_key.get(ref.company_key(name)) or ref.company_by_group_key.get(ref.group_key(name))
    return entry.label if entry is not None else None
