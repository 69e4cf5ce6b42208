"""Agreements: memoranda, joint ventures, partnerships, action plans, treaties, deals.

One agreement noun per sentence is read (the one a status verb is attached
to); its status comes from the verbs of its clause (signed / proposed /
negotiating, default signed for a reported agreement), its date from the
period nearest to it, its parties from the companies and states of the
sentence. A later mention of the same agreement ("the venture", "the
deal", the same partners named again) is merged into the first one, so an
article yields one row per agreement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from extraction.facts import cues, groups
from extraction.facts.lists import only_marker
from extraction.facts.common import Context, iso_first_day
from extraction.entities import company_key, resolve_company
from extraction.facts.context import ArticleView, SentenceView
from extraction.lexicon import CARDINALS
from extraction.records import AgreementCandidate, Sentence

_SPECIFIC = frozenset({"memorandum", "joint_venture", "action_plan", "program", "roadmap", "treaty", "contract",
                       "partnership", "declaration"})
_PLANS = ("roadmap", "action_plan", "program")      # a plan of joint work, or one side's own
_CHUNK_BREAK = re.compile(r",\s+|;\s*|\s+-\s+|\s+[\u2013\u2014]\s+|\bwhile\b|\bwhereas\b")
_DATE_LEAD_BAD = re.compile(r"\b(?:for|until|till|through|by|since|within|before)\s+(?:the\s+)?$", re.I)
_PLURAL = re.compile(r"(?:s|memoranda|treaties)$", re.I)
_CONTINUES = re.compile(r"^(?:when|where|after|as|under\s+which|at\s+which)\b", re.I)
_GENERIC_ANAPHOR = re.compile(r"deal|agreement|arrangement|document|accord", re.I)


# What kind of agreement its head word names: "a purchase agreement" is a contract; a "strategic
# partnership agreement" between companies a partnership (between states, the agreement that sets
# a level of relations; in capitals, "the Digital Economy Partnership Agreement", a named one).
_KIND_BEFORE = re.compile(r"\b(?:(partnership)|purchase|sales?|supply|delivery|procurement|offtake)\s+$")
# A company's supply under an agreement is its contract: "BMC will supply 320 buses to Baku under an
# agreement signed during the visit" (not "under an intergovernmental agreement": the states').
_SUPPLY_UNDER = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|sell(?:s|ing)?|sold|ship(?:s|ped|ping)?"
                           r"|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\b[^.;]{0,120}?\bunder\s+(?:a|an|the)\s+"
                           r"(?!(?:[\w-]+\s+){0,2}?(?:intergovernmental|interstate|bilateral|framework|trade|cooperation)\b)"
                           r"(?:[\w-]+\s+){0,2}$", re.I)
# "assembles several brands under contract": a way of working (bare noun), unless the deal's
# party or signing follows ("under contract with KTZ")
_MODE_BEFORE = re.compile(r"\b(?:under|on)\s+$", re.I)
_MODE_PARTY_AFTER = re.compile(r"\s+(?:with|to|from|signed|concluded)\b", re.I)
# A consortium named as who built: "built for X by a consortium of A and B" -- the builders'
# contract, not a partnership of its own.
_BUILT_BY = re.compile(r"\b(?:built|constructed|erected|carried\s+out|implemented|executed|delivered|supplied"
                       r"|installed|designed)\b[^.;]{0,80}?\bby\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)

# A consortium named as an owner: "the other half is owned by a Korean consortium: A (24.5%), B
# (22.5%)", "a stake held by a consortium of A and B" -- a shareholding, no agreement.
_OWNED_BY = re.compile(r"\b(?:owned|held|controlled|bought|acquired)\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
                       r"|\bbelongs?\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)

# what may stand between "contracted by" and the company: "the national railway company KTZ"
_CONTRACTED_PARTY = re.compile(r"(?:[\w-]+\s+){0,4}$")
# A noun that names again what was told before: "called the five-year programme a roadmap for
# bilateral cooperation", "described the accord as a framework" (a name given, no new agreement;
# not "called for a roadmap", "called on the sides to sign a pact": asked for)
_NAMED_AS = re.compile(r"\b(?:call(?:s|ed|ing)?|term(?:s|ed)|dubb?(?:s|ed)|describ(?:es|ed|ing)|hail(?:s|ed|ing)"
                       r"|labell?(?:s|ed)|branded)\s+(?:the|this|that|these|those|it|them|their|its)\b"
                       r"(?:\s+(?!to\b|sign\w*\b)[\w-]+){0,3}?\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "One of the headline deals came from Turkiye": one item of the package told before
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


@dataclass
class _Noun:
    type: str
    start: int
    end: int
    anaphor: str | None = None      # None | 'generic' | 'venture' | 'partnership' | type
    plural: bool = False
    score: float = 0.0
    order: bool = False             # told by an order of goods: "ordered five trains"


@dataclass
class _Agreement:
    cand: AgreementCandidate
    status_explicit: bool
    count_explicit: int | None
    singular: bool
    anaphor: str | None
    company_keys: set[str] = field(default_factory=set)
    package_item: bool = False      # a line of a counted package's list: a document of its own
    another: bool = False           # said to be one more: "Separately, ...", "another agreement"
    indefinite: bool = False        # "a 2012 supply contract": introduced as one not named before
    estimated: bool = False         # its count an estimate: "almost four dozen documents", "some 30 deals"


_DEAL_SUBJECT = re.compile(r"\s+(?:on|for)\s+(?!the\s+(?:sides|issue|matter)\b)[a-z]")


# a name's last word: "the Civil Contract party" (no agreement)
_PARTY_NAME_AFTER = re.compile(r"\s+(?:party|Party|movement|Movement|bloc|Bloc|faction|Faction)\b")
# "X, a private conglomerate", "X, the Chinese-led consortium": a company said to be one
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
_APPOSITIVE_BEFORE = re.compile(r"(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}|['\u2019]s\s+(?:[\w-]+\s+)?)$")
_OF_AFTER = re.compile(r"\s+(?:of|between)\s")


def _describes_company(view: SentenceView, n: _Noun) -> bool:
    """A joint venture named as what a company is: "the joint venture UzKamaz",
    "Ford Otosan, the joint venture of Koç and Ford", "KAMAZ's joint ventures"."""
    text = view.text
    if any(0 <= c.start - n.end <= 2 for c in view.companies):
        return True
    before = text[max(0, n.start - 40):n.start]
    if _APPOSITIVE_BEFORE.search(before) and (before.rstrip().endswith(("'s", "\u2019s"))
                                               or _OF_AFTER.match(text, n.end)):
        return True
    return bool(re.search(r"['\u2019]s\s+$", before))


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """One key per company, whatever the spelling ("BYD Auto" = "BYD").
    Cached: names repeat across articles, and a key runs every name-variant regex."""
    resolved = resolve_company(name)
    return company_key(resolved[0] if resolved else name)


def _chunk(view: SentenceView, start: int, end: int) -> tuple[int, int]:
    lo, hi = 0, len(view.text)
    for b_start, b_end in view.spans(_CHUNK_BREAK):
        if b_end <= start:
            lo = b_end
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


# after the company bought, right after the verb: its possessive, or the clause goes on with no goods
_BOUGHT_AFTER = re.compile(r"(?:['\u2019]s?\s|\s*[,.;]|\s*$|\s+(?:for|in|from|earlier|last|this|and)\b)")


def _acquired(view: SentenceView, pos: int, company) -> bool:
    """Whether `company` is what the verb ending at `pos` bought: right after it ("bought out
    General Motors' stake"), or after its business or stake ("the Russian business of Whirlpool")."""
    if company.start < pos:
        return False
    if company.start == pos:
        return bool(_BOUGHT_AFTER.match(view.text, company.end))
    return company.start - pos <= 60 and bool(cues.ACQUIRED_OBJECT.match(view.text, pos, company.start))


def _is_plural(word: str) -> bool:
    """"agreements", "memoranda", "memorandums of understanding", "MoUs"; not "memorandum of
    understanding" (its last word is not its head)."""
    head = word.split()[0] if word.lower().startswith(("memorand", "mou")) else word.split()[-1]
    return head.lower() not in ("memorandum", "mou") and bool(_PLURAL.search(head))


# what may stand between "teamed up with" and the partner: "China's", "the Turkish carmaker"
_PARTNER_LEAD = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,4}?$")


def _partner_verb_parties(view: SentenceView, m: re.Match) -> bool:
    """A partnership told by its verb needs its partners named: after "with" ("teamed up with
    Caspian Wheels", "joined forces with China's X"), or two of them for "agreed to jointly ..."
    ("X and Y agreed to jointly build"; not "joined forces with its dealers")."""
    word = m.group().lower()
    if word.startswith("bec"):
        return True
    if word.endswith("with"):
        return any(c.start >= m.end() and c.start - m.end() <= 50 and _PARTNER_LEAD.match(view.text, m.end(), c.start)
                   for c in view.companies)
    keys = {_key(c.name) for c in view.companies if not cues.ATTRIBUTION_AFTER.match(view.text[c.end:c.end + 20])}
    return len(keys) + len({c.code for c in view.state_countries()}) >= 2


def _subject_parties(view: SentenceView, pos: int) -> int:
    """How many parties (companies, states) are named in the clause before `pos`: the subjects of
    "X and Y agreed on ..."."""
    lo, _ = _chunk(view, pos, pos)
    keys = {_key(c.name) for c in view.companies if lo <= c.start and c.end <= pos}
    return len(keys) + len({c.code for c in view.state_countries() if lo <= c.start and c.end <= pos})


# what may stand between a chosen company and its verb: "X, a Chinese firm, was chosen", "X has
# now been selected" (the clause's own words, no second clause)
_CHOSEN_GAP = re.compile(r"(?:\s*,\s+(?:a|an|the)\s+[^,;.]{0,60},)?\s*(?:\([^)]{0,40}\)\s*)?$")


def _chosen(view: SentenceView) -> re.Match | None:
    """The choosing verb whose company is its object: before a passive verb ("X was selected as the
    contractor") or right after an active one ("the ministry picked X to supply")."""
    for m in view.matches(cues.CHOSEN):
        if m.group().lower().startswith(("was", "were", "has", "have", "had", "is", "are", "been", "being")):
            if any(c.end <= m.start() and _CHOSEN_GAP.match(view.text, c.end, m.start()) for c in view.companies):
                return m
        elif any(c.start == m.end() for c in view.companies) and view.text[m.end():m.end() + 1].isupper():
            return m
    return None


# between the supply verb and its buyer: "supply Orda Auto", "deliver 300 buses to Orda Auto"
_SUPPLY_BUYER = re.compile(r"(?:(?:the\s+)?|[^.;,]{0,60}?\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)$")


# a promise made by agreeing: the buyer may then be a state ("X agreed to sell Mongolia six trucks")
_AGREED_PROMISE = re.compile(r"agree|undert|contracted", re.I)


def _supply_promised(view: SentenceView) -> re.Match | None:
    """A supply one company promises another: the supplier right before the verb, the buyer
    right after it or after "to"/"for". A company that agreed to supply a state ("agrees to sell
    Mongolia six dump trucks", "agreed to supply Uzbekistan with 200 buses") has its contract with
    that state's buyer; "X will supply Uzbekistan" alone is a trade forecast, not a deal."""
    for m in view.matches(cues.WILL_SUPPLY):
        lo, hi = _chunk(view, m.start(), m.end())
        supplier = [c for c in view.companies if lo <= c.start and c.end <= m.start()
                    and len(view.text[c.end:m.start()].split()) <= 3]
        if not supplier:
            continue
        buyers = view.companies + (view.state_countries() if _AGREED_PROMISE.search(m.group()) else [])
        buyer = [c for c in buyers if m.end() <= c.start <= m.end() + 80
                 and _SUPPLY_BUYER.match(view.text, m.end(), c.start)]
        if buyer and {_key(c.name) for c in supplier} != {_key(c.name) for c in buyer}:
            return m
    return None


# after a person's name: they sign ("Tokayev signs", "Putin, Japarov sign", "Mirziyoyev and Abe
# signed"), or the signing is their visit's ("during Tokayev's state visit")
_SIGNER_AFTER = re.compile(r"(?:(?:,|\s+and)\s+(?:[A-Z][\w'\u2019-]+\s+){0,3}?[A-Z][\w'\u2019-]+)?\s+(?:\w+\s+)?"
                           r"(?:signs?|signed|inks?|inked|seal(?:s|ed)?|conclude[sd]?|exchange[sd]?|put\s+pen|witnesse[sd])\b"
                           r"|['\u2019]s?\s+(?:\w+\s+)?visit\b")


def _signers_states(view: SentenceView, holders: dict[str, str]) -> list[str]:
    """The states of the office holders who sign in the sentence (or on whose visit it is signed),
    known by the name the article introduced them with ("Belarusian President Alexander Lukashenko
    ... Lukashenko signs a package of documents": Belarus a party)."""
    text = view.text
    found: list[str] = []
    for name, code in holders.items():
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not text[pos - 1].isalnum()) and _SIGNER_AFTER.match(text, end) and code not in found:
                found.append(code)
                break
            pos = text.find(name, end)
    return found


# the words without which cues.ACQUIRED cannot match (a cheap gate before its scan)
_ACQUIRED_STEMS = ("acquir", " out ", " over ", "bought", "buy", "purchased", "control of")


def _nouns(view: SentenceView) -> list[_Noun]:
    text = view.text
    found: list[_Noun] = []
    taken: list[tuple[int, int]] = []
    for type_, stems, rx in cues.AGREEMENT_NOUNS:
        if not view.mentions_any(stems):        # the noun's pattern cannot match: skip the scan
            continue
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or view.inside_company(m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            word = m.group()
            if _NAMED_AS.search(text, max(0, m.start() - 80), m.start()):
                continue                # "called the programme a roadmap": the same document, named again
            if text[m.start()].isupper() and _PARTY_NAME_AFTER.match(text, m.end()):
                continue                # "the Civil Contract party", "the Alliance bloc": a political party's name
            if type_ == "partnership" and word.lower() != "partnership" \
                    and (ap := _APPOSED.search(text, max(0, m.start() - 50), m.start())) \
                    and any(0 <= ap.start() - c.end <= 1 for c in view.companies):
                continue                # "East Hope Group, a private conglomerate based in Shanghai": what it is
            noun = _Noun(type_, m.start(), m.end(), plural=_is_plural(word))
            if type_ == "agreement" and cues.JV_PURPOSE.match(text[m.end():m.end() + 60]):
                noun.type = "joint_venture"
            elif type_ == "agreement" and (kind := _KIND_BEFORE.search(text, max(0, m.start() - 20), m.start())) \
                    and (view.companies or not kind.group(1)):
                noun.type = "partnership" if kind.group(1) else "contract"
                if kind.group(1):       # one noun: "a strategic partnership agreement"
                    found = [n for n in found if not (n.type == "partnership" and n.end == kind.end(1))]
            if type_ == "agreement" and not noun.plural and view.companies \
                    and _SUPPLY_UNDER.search(text, max(0, m.start() - 160), m.start()):
                noun.type = "contract"  # "BMC will supply 320 buses ... under an agreement signed during the visit"
            if type_ == "partnership" and word.lower() == "consortium" \
                    and _BUILT_BY.search(text, max(0, m.start() - 120), m.start()):
                noun.type = "contract"
            if type_ == "partnership" and word.lower() == "consortium" \
                    and _OWNED_BY.search(text, max(0, m.start() - 60), m.start()):
                continue                # "owned by a Korean consortium": who holds the shares
            found.append(noun)
    for m in view.matches(cues.AGREEMENT_ANAPHOR):
        head = m.group().split()[-1].lower()
        for n in found:
            if n.start >= m.start() and n.end <= m.end() + 1:
                if n.anaphor is None:
                    # "the investment agreement" names its kind: it refers to one of that kind only
                    described = len(m.group().split()) > 2 and m.group().split()[-2].lower() != "new"
                    n.anaphor = "generic" if _GENERIC_ANAPHOR.match(head) and not described else n.type
        if head.startswith("venture") and not any(n.start <= m.end() - 1 < n.end for n in found):
            found.append(_Noun("joint_venture", m.start(), m.end(), anaphor="joint_venture", plural=head.endswith("s")))
    for n in found:
        if n.anaphor is None and n.plural and _ONE_OF.search(text, max(0, n.start - 40), n.start):
            n.anaphor = "generic" if n.type == "agreement" else n.type   # an item of the package told before
    for m in view.matches(cues.VENTURE_ONLY):
        if not any(n.start <= m.start() < n.end + 1 for n in found) and not view.inside_company(m.start(), m.end()):
            found.append(_Noun("joint_venture", m.start(), m.end(), anaphor="joint_venture"))
    m = view.first(cues.BECAME_PARTNER)
    if m and _partner_verb_parties(view, m):
        found.append(_Noun("partnership", m.start(), m.end(), score=-1.5))
    if not found:
        m = view.first(cues.AGREED_WITH)
        if m and any(c.start >= m.end() or m.group().endswith("terms") for c in view.companies):
            # "the mayor's office agreed with Hunan Junxin to build a plant": an agreement with no noun
            found.append(_Noun("agreement", m.start(), m.end(), score=-0.5))
        elif "contracted" in view.low:
            m = next((m for m in view.matches(cues.CONTRACTED)
                      if any(c.start >= m.end() and _CONTRACTED_PARTY.match(text, m.end(), c.start)
                             for c in view.companies)), None)
            if m:
                found.append(_Noun("contract", m.start(), m.end(), score=-0.5))
    if not found and len(view.companies) >= 2 and (m := view.first(cues.AGREED_ON)) is not None \
            and _subject_parties(view, m.start()) >= 2:
        # "Orda Auto and Dragon Trucks agreed on supplies of engines": the agreement by what was agreed
        found.append(_Noun("contract" if m.group(1) else "agreement", m.start(), m.end(), score=-0.5))
    if not found and view.companies and (m := _chosen(view)) is not None:
        # "Dragon Trucks was chosen to build the plant": the contract for the job
        found.append(_Noun("contract", m.start(), m.end(), score=-0.5))
    if not found and view.companies and (m := _supply_promised(view)) is not None:
        # "Dragon Trucks will supply Orda Auto with 2,000 chassis": the supply contract
        found.append(_Noun("contract", m.start(), m.end(), score=-0.5))
    if not found and "order" in view.low and (m := view.first(cues.ORDERED)) is not None \
            and (_party_companies(view) or _PRONOUN_BUYER.match(text, 0, m.start())):
        # "In May 2015 it ordered five double-deck trains": the buyer's contract for them
        found.append(_Noun("contract", m.start(), m.end(), score=-0.5, order=True))
    if view.companies and any(w in view.low for w in _ACQUIRED_STEMS) and not any(n.anaphor is None for n in found):
        # "Arcelik, which acquired the Russian business of Whirlpool": a company bought, by the verb
        m = next((m for m in view.matches(cues.ACQUIRED) if any(_acquired(view, m.end(), c) for c in view.companies)),
                 None)
        if m:
            found.append(_Noun("acquisition", m.start(), m.end(), score=-0.5))
    if len(found) > 1:
        found = [n for n in found if not _party_consortium(text, n, found)]
    return sorted(found, key=lambda n: n.start)


# A consortium named as who the agreement told before it is with: "signed an investment agreement
# with a consortium of A and B", "the deal went to a consortium led by X" (a party, no partnership)
_PARTY_CONSORTIUM_BEFORE = re.compile(r"\b(?:with|to|by|from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _party_consortium(text: str, n: _Noun, found: list[_Noun]) -> bool:
    return n.type == "partnership" and text[n.start:n.end].lower() == "consortium" \
        and _PARTY_CONSORTIUM_BEFORE.search(text, max(0, n.start - 40), n.start) is not None \
        and any(o is not n and o.end <= n.start for o in found)


# the buyer of an order named by a pronoun, the company told just before: "ADY has been a Stadler
# customer for a decade. In May 2015 it ordered five trains"
_PRONOUN_BUYER = re.compile(r"^(?:[^,;]{0,40},\s+|In\s+[^,;]{0,30}?\s+)?(?:it|they|the\s+company)\s+(?:\w+\s+)?$", re.I)


# A signing still to come, said with the verb active or the noun: "are due on Friday to sign",
# "speed up the signing of a roadmap", "submit a draft investment agreement".
_SIGNING_AHEAD = re.compile(r"\b(?:due|set|scheduled|expected|going)\s+(?:\w+\s+){0,2}?to\s+(?:sign|conclude|ink)\b"
                            r"|\b(?:speed\s+up|accelerat\w+|prepar\w+\s+for|ready\s+for)\s+(?:the\s+)?signing\b"
                            r"|\bdraft\b|\byet\s+to\s+be\s+(?:signed|concluded)\b"
                            # a contract not yet awarded: "would very likely go to X", "is expected to be
                            # awarded to X", "X is tipped to win the contract"
                            r"|\bwould\s+(?:\w+\s+){0,2}?go\s+to\b|\b(?:expected|likely|set|tipped|poised|due)\s+to\s+"
                            r"(?:be\s+awarded|go\s+to|win)\b", re.I)
# Work on a text under way: "a joint venture ... was being prepared"
_IN_PREPARATION = re.compile(r"\b(?:(?:is|are|was|were)\s+being\s+(?:prepared|drafted|negotiated|worked\s+out)"
                             r"|in\s+preparation)\b", re.I)


def _status(text: str, lo: int, hi: int) -> str | None:
    chunk = text[lo:hi]
    low = chunk.lower()
    if ("signed" in low and cues.FUTURE_SIGNING.search(chunk)) \
            or ("explor" in low and cues.EXPLORING_DEAL.search(chunk)) or _SIGNING_AHEAD.search(chunk):
        return "proposed"               # "should be drafted and signed", "are exploring a joint venture"
    if cues.SIGNED.search(chunk):
        return "signed"
    if cues.PROPOSED.search(chunk):
        return "proposed"
    if cues.NEGOTIATING.search(chunk) or _IN_PREPARATION.search(chunk):
        return "negotiating"
    return None


# The verb that governs the noun is still to act: "is preparing to sign a deal", "told the ministry
# to draw up a joint roadmap", "agreed to conclude a full investment agreement" (not "went on to sign").
_TO_SIGN_BEFORE = re.compile(r"(?<!went on )(?<!managed )\bto\s+(?:(sign|conclude|draw\s+up|draft|prepare|work\s+out|ink"
                             r"|seal|finali[sz]e)|(negotiate))\s+(?:[\w-]+\s+){0,4}?$", re.I)


def _noun_status(view: SentenceView, n: _Noun) -> str | None:
    lo, hi = _chunk(view, n.start, n.end)
    ahead = _TO_SIGN_BEFORE.search(view.text, max(lo, n.start - 60), n.start)
    if ahead and not cues.SIGNED.search(view.text, ahead.end(), n.start):
        return "proposed" if ahead.group(1) else "negotiating"
    text = view.text
    st = _status(text, lo, hi)
    if st:
        return st
    # the neighbouring chunks ("The joint ventures, set up by X and Y, are ...")
    lo2, _ = _chunk(view, max(0, lo - 2), max(0, lo - 2)) if lo > 0 else (lo, hi)
    _, hi2 = _chunk(view, min(len(text), hi + 2), min(len(text), hi + 2)) if hi < len(text) else (lo, hi)
    for a, b in ((hi, hi2), (lo2, lo)):
        if a < b:
            st = _status(text, a, b)
            if st:
                return st
    return None


_AMONG_DOCUMENTS = re.compile(r"\b(?:documents?|agreements|package)\b[^.;]{0,40}?\b(?:includ\w*|cover\w*|such\s+as)\b",
                              re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:in|under|according\s+to|through)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?$",
                            re.I)


# A partnership hoped for, a tone of relations: "set the stage for a brighter partnership", "pave the
# way for a stronger partnership", "a closer and more balanced partnership" (the bare word: not "a
# partnership agreement")
_HOPED_BEFORE = re.compile(r"\b(?:stage|way|ground(?:work)?|foundations?|basis)\s+for\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,3}$|\b(?:brighter|stronger|closer|deeper|broader|better|greater|warmer)\s+"
                           r"(?:(?:and\s+)?[\w-]+\s+){0,3}$", re.I)
_BARE_PARTNERSHIP = re.compile(r"partnerships?$", re.I)


def _relationship(view: SentenceView, n: _Noun) -> bool:
    """A partnership that is a level of relations ("comprehensive strategic partnership") or one
    hoped for ("set the stage for a brighter partnership"), unless the sentence lists it among
    documents ("the documents also included a strategic partnership in the nuclear industry")."""
    level = any(m.start() <= n.start and n.end <= m.end() for m in view.matches(cues.RELATIONSHIP)) or (
        _BARE_PARTNERSHIP.match(view.text, n.start, n.end) is not None
        and _HOPED_BEFORE.search(view.text, max(0, n.start - 60), n.start) is not None)
    return level and not _AMONG_DOCUMENTS.search(view.text, 0, n.start)


def count_before(text: str, pos: int) -> int | None:
    """The count right before the agreement noun at `pos` ("signed 24 documents" -> 24)."""
    m = cues.NUMBER_BEFORE.search(text, max(0, pos - 70), pos)
    if not m:
        return None
    word = " ".join(m.group(1).lower().replace("-", " ").split())
    if word[0].isdigit():
        n = int(word.replace(",", ""))
        if 1900 <= n <= 2099 and "," not in m.group(1):
            return None                 # a year: "in June 2022 a memorandum"
        return n if n >= 1 else None
    if word in ("several", "dozens", "dozen", "hundred"):
        return None                     # no exact count
    if word == "a dozen":
        return 12
    if word.endswith(" dozen"):         # "two dozen agreements", "half a dozen documents"
        return 6 if word.startswith("half") else CARDINALS[word.split()[0]] * 12
    return sum(CARDINALS[w] for w in word.split())


# A signing that took place, told by its verb or its ceremony: "Signing ceremony.", "documents signed:"
_SIGNING_TOLD = re.compile(r"\b(?:signing\s+ceremony|(?<!to\sbe\s)signed|inked|exchanged)\b|^(?:\d{1,2}[:.]\d\d\s+)?Signing\b", re.I)
# A count told as the number of documents: "puts the number of memorandums signed today at six",
# "brought the number of agreements signed to 20", "the number of contracts signed reached 15"
# (not "the number of flights under the agreement": the noun right after "number of")
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_NUMBER_OF_AFTER = re.compile(r"[^.;:]{0,70}?\b(?:at|to|reached|reaching|stood\s+at|(?:is|was|were)(?:\s+now)?)\s+"
                              r"(\d{1,3}|" + cues.COUNT_WORD + r")\b(?!\s*(?:%|per\s*cent|percent|million|billion|thousand))", re.I)


def _number_of(text: str, noun: _Noun) -> int | None:
    """The count a sentence gives as "the number of <documents> ... at six", else None."""
    if not noun.plural or not _NUMBER_OF_BEFORE.search(text, max(0, noun.start - 40), noun.start):
        return None
    m = _NUMBER_OF_AFTER.match(text, noun.end)
    return count_before(m.group(1) + " documents", len(m.group(1)) + 1) if m else None


# "an intergovernmental agreement on organising car production, signed in January 2023": the
# noun's own signing, right after it (its subject in between)
_SIGNED_AFTER = re.compile(r"[^.;]{0,90}?,?\s+(?:signed|concluded|reached)\b", re.I)
# A signing told in so many words (not "under the deal"): talks told before have ended in it
_SIGNED_NOW = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:signed|concluded|sealed|inked)\b", re.I)
# Options to study, not agreements: "agreed to look at joint ventures", "is looking at partnerships"
_STUDY_BEFORE = re.compile(r"\b(?:look(?:s|ed|ing)?\s+(?:at|into)|stud(?:y|ies|ying)|explor(?:e|es|ed|ing)"
                           r"|consider(?:s|ed|ing)?)\s+(?:possible\s+|potential\s+|new\s+)?(?:[\w-]+\s+)?$", re.I)
# A deal told as the frame of what was done, not as news: "Under an earlier contract from 2018, the
# plant has delivered 18 locomotives", "the previous agreement, concluded in 2011", "their existing
# supply contracts" (gold keeps such a deal, if at all, as an optional row; a new row for it is noise)
_BACKGROUND_BEFORE = re.compile(r"\b(?:an?|the|its|their|this|that|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+)?"
                                r"(?:earlier|previous|prior|former|original|existing|current|expired|expiring)\s+"
                                r"(?:[\w-]+\s+){0,2}$", re.I)
# Deals a party holds, told by the possessive of a plural with no count: "the levels in its subsoil
# use contracts", "under their long-term supply agreements" (not when the sentence signs them)
_HELD_BEFORE = re.compile(r"\b(?:its|their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
# What a project amounts to so far, its document the predicate: "The largest project so far exists
# only as a memorandum", "the plan is still just a memorandum of intent", "has not gone beyond a
# memorandum", "remains at the memorandum stage" (the deal itself, if any, is told elsewhere)
_FORM_ONLY_BEFORE = re.compile(
    r"\b(?:exists?|existed|remains?|remained|stays?|stayed|is|was|are|were)\s+(?:still\s+|so\s+far\s+|only\s+|just"
    r"\s+|merely\s+|largely\s+|no\s+more\s+than\s+)+(?:as\s+|at\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:gone|got|gotten|moved|progressed|advanced|go|get|move|progress|advance)\s+(?:any\s+)?(?:further\s+)?"
    r"(?:beyond|past)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)
_STAGE_AFTER = re.compile(r"\s+stage\b", re.I)


# Who holds the shares of an existing venture: "is 75% owned by X", "Y holds the remaining quarter",
# "X holds 51% of the venture", "is jointly owned by X and Y", "controls a majority stake in it"
_SHARES_HELD = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|half|(?:a|one)[- ](?:quarter|third)|two[- ]thirds"
    r"|three[- ]quarters|jointly|equally|wholly|majority[- ]|minority[- ])\s*owned\s+by\b"
    r"|\b(?:holds?|holding|held|owns?|owning|controls?|controlling)\s+(?:an?\s+|the\s+)?(?:(?:remaining|other)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|half\b|quarter\b|third\b|rest\b|balance\b|remainder\b"
    r"|(?:majority|minority|controlling)\s+stake\b)", re.I)


# A venture named as the form a company has or had: "began as a joint venture with X", "then as a
# venture with X", "operates as a joint venture of A and B" (not "founded in 1996 as a joint venture")
_AS_VENTURE_BEFORE = re.compile(r"\bas\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)


def _company_form(view: SentenceView, noun: _Noun) -> bool:
    return noun.type == "joint_venture" and _AS_VENTURE_BEFORE.search(view.text, max(0, noun.start - 30), noun.start) \
        is not None and not _CREATED.search(view.text) and not cues.SIGNED.search(view.text) \
        and not cues.PROPOSED.search(view.text)


def _holdings(view: SentenceView, noun: _Noun) -> bool:
    """Whether the sentence tells who owns a venture or consortium that exists, with no creation
    or signing of it ("The joint venture is 75% owned by X, while Y holds the remaining quarter"):
    a shareholding told as background, no agreement. Not "X and Y set up a venture in which X holds
    51%", nor "agreed to form a venture, 60% owned by X"."""
    return noun.type in ("joint_venture", "partnership") and _SHARES_HELD.search(view.text) is not None \
        and not _CREATED.search(view.text) and not cues.SIGNED.search(view.text) \
        and not cues.PROPOSED.search(view.text)


# A plant opened or at work: "today inaugurated a new engine factory", "put into operation a car plant
# of the joint venture X", "started mass production in 1997", "was commissioned in 2015", "the joint
# venture X produced 590 kilograms"
_PLANT_AT_WORK = re.compile(r"\b(?:inaugurat(?:ed|es|e|ing)|commission(?:ed|s|ing)|opened|opens|produc(?:ed|es)"
                            r"|turn(?:ed|s)\s+out|put\s+into\s+(?:operation"
                            r"|service)|(?:start(?:ed|s)?|began|begins|launch(?:ed|es))\s+(?:[\w-]+\s+)?(?:production"
                            r"|output|operations|assembly)|(?:went|goes|came|comes)\s+on\s*stream)\b", re.I)
_PLANT_AT_WORK_STEMS = ("inaugur", "commission", "open", "operation", "service", "produc", "output",
                        "assembly", "stream", "turn")
# the verb's object the venture itself: "opened a joint venture in Almaty" (a venture created)
_VENTURE_OBJECT = re.compile(r"\s+(?:an?|the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+)?$", re.I)


def _partners_named(view: SentenceView, noun: _Noun) -> bool:
    """"a joint venture between BYD and Uzavtosanoat", "the venture of A and B": the deal of two
    parties named, which gold records even when its plant is what the sentence opens."""
    return _OF_AFTER.match(view.text, noun.end) is not None \
        and len({_key(c.name) for c in view.companies if noun.end < c.start <= noun.end + 100}) >= 2


def _venture_at_work(view: SentenceView, noun: _Noun, explicit: bool) -> bool:
    """A venture that exists, told as the owner or the form of a plant opened or working ("X and
    its joint-venture partner Y today inaugurated an engine factory", "a plant of the joint venture
    X put into operation", "The plant, a joint venture with Y, started production in 1997"): no
    deal told. Not one set up or signed in the sentence, nor the venture the verb opens, nor one
    whose two partners the sentence names after it ("a joint venture between A and B")."""
    if noun.type != "joint_venture" or explicit or not view.mentions_any(_PLANT_AT_WORK_STEMS) \
            or _CREATED.search(view.text) or _partners_named(view, noun):
        return False
    return any(not (m.end() <= noun.start and _VENTURE_OBJECT.fullmatch(view.text, m.end(), noun.start))
               for m in view.matches(_PLANT_AT_WORK))


# what names the documents of a plural: "documents on a joint railway company"
_SUBJECT_AFTER = re.compile(r"\s+(?:on|about|concerning|covering)\s", re.I)


def _unnamed_documents_ahead(view: SentenceView, noun: _Noun, status: str | None) -> bool:
    """Documents still to come named by no subject, count or party ("the documents should be ready
    for signing by April", "these documents are expected to be signed during the visit"): a hope
    of the talks, no agreement proposed."""
    return status == "proposed" and noun.anaphor == "generic" and noun.plural \
        and count_before(view.text, noun.start) is None and not _party_companies(view) \
        and _SUBJECT_AFTER.match(view.text, noun.end) is None


# The document another one is made to or under: "Amendment Agreement No. 1 to the framework
# agreement", "a supplementary agreement to their 2019 supply contract" (right after the first noun),
# "... of LNG cargoes under the master sale and purchase agreement"
_TO_DOCUMENT = re.compile(r"(?:\s+No\.?\s*\d+)?\s+to\s+(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+){0,3}", re.I)
_UNDER_DOCUMENT = re.compile(r"\bunder\s+(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+){0,5}$", re.I)


def _referred_to(text: str, before: _Noun, noun: _Noun) -> bool:
    """Whether `noun` names the document that the noun `before` amends or is made under."""
    return _TO_DOCUMENT.fullmatch(text, before.end, noun.start) is not None \
        or _UNDER_DOCUMENT.search(text, max(before.end, noun.start - 60), noun.start) is not None


# A forecast of more deals, uncounted: "I think more agreements will be signed", "further contracts
# may follow" (not "two more agreements will be signed": counted, a signing planned)
_MORE_BEFORE = re.compile(r"\b(?:more|further|additional)\s+(?:[\w-]+\s+)?$", re.I)


def _more_forecast(view: SentenceView, noun: _Noun, status: str | None) -> bool:
    return noun.plural and status != "signed" and count_before(view.text, noun.start) is None \
        and _MORE_BEFORE.search(view.text, max(0, noun.start - 30), noun.start) is not None


# An agreement whose first step is a study of it: an idea, no document yet ("agreed to launch a
# joint study on a possible free trade agreement", "agreed to pursue a partnership agreement,
# starting with a joint feasibility study"; not "hope to sign an FTA", nor the memorandum signed
# on such a study)
_STUDY_OF_BEFORE = re.compile(r"\bstud(?:y|ies)\s+(?:on|of|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_STUDY_FIRST_AFTER = re.compile(r"[^.;]{0,40}?\b(?:(?:start|begin)(?:s|ning|ing)?|first)\s+with\s+(?:an?\s+|the\s+)?"
                                r"(?:[\w-]+\s+){0,2}?stud(?:y|ies)\b"
                                r"|[^.;]{0,40}?\bwith\s+(?:an?\s+|the\s+)?(?:joint\s+)?feasibility\s+stud(?:y|ies)\b", re.I)


_STUDY_AFTER = re.compile(r"\s+(?:feasibility\s+)?stud(?:y|ies)\b", re.I)


def _studied(view: SentenceView, noun: _Noun) -> bool:
    """An agreement to be studied first, or a joint study agreed ("agreed to launch a joint study")."""
    return _STUDY_OF_BEFORE.search(view.text, max(0, noun.start - 60), noun.start) is not None \
        or _STUDY_FIRST_AFTER.match(view.text, noun.end) is not None \
        or (noun.type == "partnership" and _STUDY_AFTER.match(view.text, noun.end) is not None)


# What is done under a deal named again: "Under the deals, X will deliver goods worth $43 million",
# "as part of the agreements", "in line with these agreements" (the deal told before, not one more;
# the sum is the work's, not the deal's)
_FRAME_BEFORE = re.compile(r"\b(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|within)\s+"
                           r"(?:the|these|those|this|that|their|its)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _background(view: SentenceView, noun: _Noun) -> bool:
    """Whether `noun` is a deal told as background, not reported: an earlier or existing one, the
    deals a party holds, or the form a project has so far; none when the sentence signs it."""
    text = view.text
    lead = max(0, noun.start - 60)
    if _BACKGROUND_BEFORE.search(text, lead, noun.start):
        return True
    if cues.SIGNED.search(text):
        return False
    if noun.plural and count_before(text, noun.start) is None and _HELD_BEFORE.search(text, lead, noun.start):
        return True
    return bool(_FORM_ONLY_BEFORE.search(text, lead, noun.start) or _STAGE_AFTER.match(text, noun.end))


_CREATED = re.compile(r"\b(?:set\s+up|establish\w*|creat\w+|form(?:ed|ing)?|launch\w*|found(?:ed|ing)?)\b", re.I)
# Where a sentence coordinates two agreements: "X signed an agreement with A, as well as a
# memorandum with B; the mayor's office agreed with C ..., and D and E signed a contract".
# "a joint declaration of nine articles and eight agreements", "an interstate agreement until 2026
# and a bilateral roadmap": a second noun with its own article or count is a second agreement.
_AGREEMENT_HEAD = (r"(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:ums?|a)|contracts?|treat(?:y|ies)|road\s?maps?"
                   r"|declarations?|protocols?|deals?|documents|action\s+plans?|joint\s+ventures?)\b")
_SECOND_NOUN = r"(?:a|an|their|its|\d+|" + cues.COUNT_WORD + r")\s+" + _AGREEMENT_HEAD
# (or its count: "were signed, plus about eight commercial contracts")
_OPENS_ON_NOUN = re.compile(r"\s*(?:a|an|their|its|(?:(?:about|some|around|nearly|almost|over|more\s+than)\s+)?(?:\d+|"
                            + cues.COUNT_WORD + r"))\s+" + _AGREEMENT_HEAD, re.I)
_COORDINATION = re.compile(r";\s+|,\s+(?:and|while|whereas|as\s+well\s+as|(?:together|along)\s+with)\s+|\s+as\s+well\s+as\s+"
                           r"|\.\s+(?=[A-Z])|\s+and\s+(?=(?:also\s+)?(?:witnessed|signed|adopted|exchanged|concluded"
                           r"|approved|initiall?ed)\b)|\s+and\s+(?=" + _SECOND_NOUN + ")"
                           # "27 agreements were signed, plus about eight commercial contracts"
                           r"|,?\s+plus\s+(?=(?:about|some|around|nearly|almost|over|more\s+than)?\s*" + _SECOND_NOUN + ")"
                           # "signed a trade agreement on March 29, during the visit, when ten agreements were concluded"
                           r"|,\s+(?=(?:when|where|at\s+which|during\s+which)\s+(?:[\w-]+\s+){0,4}?(?:\d+|"
                           + cues.COUNT_WORD + r")\s+" + _AGREEMENT_HEAD + ")")


def _own_agreement(view: SentenceView, nouns: list[_Noun], lo: int, hi: int) -> bool:
    """Whether text[lo:hi] reports an agreement of its own: a new (not a referring) agreement noun,
    not an item after "including" nor a level of relations, or "agreed with" a company; and what
    sets it apart, its own company, count, value or signing verb."""
    text = view.text
    own = [n for n in nouns if lo <= n.start and n.end <= hi and n.anaphor is None
           and not cues.INCLUDING.search(text, lo, n.start) and not (n.type == "partnership" and _relationship(view, n))]
    if not own:
        m = next((m for m in view.matches(cues.AGREED_WITH) if lo <= m.start() < hi), None)
        return m is not None and any(m.end() <= c.start < hi for c in view.companies)
    return any(lo <= c.start and c.end <= hi and not cues.ATTRIBUTION_AFTER.match(text[c.end:c.end + 20])
               for c in view.companies) \
        or any(count_before(text, n.start) for n in own) \
        or any(q.is_money and lo <= q.start < hi for q in view.quantities) \
        or cues.SIGNED.search(text, lo, hi) is not None


def _segment(view: SentenceView, lo: int, hi: int, published: date | None) -> SentenceView:
    """text[lo:hi] of the sentence as a sentence of its own, its entities in place."""
    s = view.sentence
    sub = SentenceView(Sentence(s.sentence_no, s.start + lo, s.start + hi, view.text[lo:hi]), view.paragraph,
                       view.is_title, published)
    for src, dst in ((view.countries, sub.countries), (view.companies, sub.companies), (view.places, sub.places)):
        dst.extend(e._replace(start=e.start - lo, end=e.end - lo) for e in src if lo <= e.start and e.end <= hi)
    return sub


# The parties of the agreement just reported, named again by a pronoun: "At the same time they
# amended a 2012 supply contract", "the two companies also signed a memorandum".
_AT_SITE = re.compile(r"\bat\s+(?:the\s+)?$")


# What a package told before is made of: "The package, exchanged on Tuesday, consists of", "The
# documents comprise", "These agreements are made up of"
_BREAKDOWN = re.compile(r"^(?:The|These|Those|This|That)\s+(?:[\w-]+\s+){0,2}?(?:package|documents|agreements|deals|papers)\b"
                        r"[^.;:]{0,120}?\b(?:consist(?:s|ed)?\s+of|comprised?|comprises|(?:is|are|was|were)\s+made\s+up\s+of"
                        r"|break\s+down\s+into|broke\s+down\s+into)\s")


# A deal said to run out: "the supply contract with X runs out at the end of 2019", "the memorandum
# lapsed last year", "will expire in 2026" (its party may stand between; not "signed a contract that
# expires in 2030": the sentence signs it)
_EXPIRES_AFTER = re.compile(r"(?:\s+(?:with|between)\s+[^,.;]{0,50}?)?\s+(?:(?:will|would|is\s+to|is\s+due\s+to)\s+)?"
                            r"(?:runs?\s+out|ran\s+out|expir(?:es|ed|e)|lapse[sd]?)\b", re.I)
_EXPIRY_STEMS = ("expir", "run out", "runs out", "ran out", "lapse")


def _expires(view: SentenceView, n: _Noun) -> bool:
    return view.mentions_any(_EXPIRY_STEMS) and _EXPIRES_AFTER.match(view.text, n.end) is not None \
        and not cues.SIGNED.search(view.text)


def _ended(view: SentenceView, nouns: list[_Noun], noun: _Noun) -> bool:
    """Is `noun` an agreement ended ("cancelled the agreement", "the contract was terminated"), or
    one told inside the clause of one ("cancelled the agreement under which the joint venture had
    been created": the venture too is history)? A new deal after a comma stays ("scrapped the old
    contract, and signed a new one")."""
    text = view.text
    for n in nouns:
        if n.start > noun.start or (n is not noun and re.search(r"[,;]|\bnew\b", text[n.end:noun.start])):
            continue
        if cues.CANCELLED_BEFORE.search(text, max(0, n.start - 50), n.start) \
                or cues.CANCELLED_AFTER.match(text, n.end) or _expires(view, n):
            return True
    return False


def _party_companies(view: SentenceView) -> bool:
    """Does the sentence name a company that may be a party, not only a site ("to be built at LKZ")?"""
    return any(not _AT_SITE.search(view.text, max(0, c.start - 8), c.start) for c in view.companies)


_SAME_PARTIES = re.compile(r"\b(?:they|the\s+(?:two\s+)?(?:companies|firms|groups|sides|partners)"
                           r"|both\s+(?:companies|firms|groups|sides|partners)|the\s+partners)\b", re.I)


# companies named again by what they are: "the two companies", "both firms"
_COMPANIES_AGAIN = re.compile(r"\b(?:the\s+two\s+(?:companies|firms|groups|partners|carmakers|manufacturers|producers)"
                              r"|both\s+(?:companies|firms|groups|partners|carmakers|manufacturers|producers)"
                              r"|the\s+partners)\b", re.I)


# Companies named by what they are, no name after: "the Chinese manufacturer", "the three partners",
# "both carmakers" (not "the company KTZ": a name follows)
_DESCRIBED_PARTY = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+(?:(two|three|four|five|six)\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?"
    r"(compan(?:y|ies)|manufacturers?|makers?|carmakers?|automakers?|firms?|producers?|suppliers?|investors?"
    r"|contractors?|partners|builders?)\b(?!\s+[A-Z0-9])(?!['\u2019])")


# A plural noun whose agreements are then told one by one: "two contracts signed in October 2020:
# one with X for ..., and one with Y for ...", "three deals - one to X, another to Y and a third to Z"
_SHARE = r"(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth)|the\s+(?:first|second|third|last))"
_DISTRIBUTED = re.compile(r"[^.;:]{0,60}?(?::|\s[-\u2013\u2014])\s+(" + _SHARE + r")\s+(?:with|to|for|between|from)\s")
_NEXT_SHARE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+|;\s+)" + _SHARE + r"\s+(?:with|to|for|between|from)\s")
# what the documents of a plural noun cover: "signed documents covering some 30 projects"
_COUNT_AFTER = re.compile(r"\s+(?:covering|on|for|concerning|involving|under)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+"
                          r"|around\s+|nearly\s+)?(?:\d{1,3}|" + cues.COUNT_WORD + r")(?=\s+(?:[\w-]+\s+)?projects\b)", re.I)


# what a country's own plan is for: "a road map for the fertiliser industry", "an action plan for the
# development of the textile sector"
_DOMESTIC_PLAN = re.compile(r"\s+(?:for|on)\s+(?:the\s+)?(?:development\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?"
                            r"(?:industry|sector|branch|economy)\b", re.I)
# A plan one party owns, told by its singular possessive: "the government's 2016-2020 action plan",
# "the ministry's road map" (not "the two countries' action plan", "Kazakhstan and Uzbekistan's
# road map", "a joint action plan", nor one "with China")
_OWN_PLAN_BEFORE = re.compile(r"(?<!\band\s)\b[\w-]+['\u2019]s\s+(?!joint\b|bilateral\b|intergovernmental\b)"
                              r"(?:[\w-]+\s+){0,2}$", re.I)
_PLAN_PARTNER_AFTER = re.compile(r"\s+(?:with|between)\b", re.I)
_JOINT_BEFORE = re.compile(r"\b(?:joint|bilateral|intergovernmental|interstate|trilateral)\s+(?:[\w-]+\s+)?$", re.I)


# the rest of a document's title: "the Treaty of Friendship", "the Agreement on Eternal Friendship"
_TITLED = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]")


# "The loan agreement", "The supply contract": a definite noun opening the sentence
_DEFINITE_OPENING = re.compile(r"^\s*(?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}$")
# "An agreement to set up the enterprise was signed": a new noun about something named before
_INDEFINITE_OPENING = re.compile(r"^\s*(?:An?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_REFERS_BACK = re.compile(r"\b(?:the|this|that)\s+(?:new\s+)?(?:enterprise|plant|factory|complex|project|venture|company"
                          r"|facility|site)\b")


# A line that opens a list of documents, with no count: "Documents signed after the talks:",
# "The following agreements were signed:", "Deals concluded at the forum include:"
_DOCUMENT_LIST_INTRO = re.compile(
    r"\b(?:documents|agreements|memorand(?:a|ums)|deals|contracts|accords)\b[^.:;]{0,60}?"
    r"\b(?:signed|adopted|concluded|exchanged|inked|includ\w*)\b[^.:;]{0,60}:\s*$"
    r"|\bfollowing\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|memorand(?:a|ums)|deals|contracts)\b[^.:;]{0,60}:\s*$"
    # the verb first: "the sides exchanged several more documents:", "The ministers signed these agreements:"
    r"|\b(?:signed|adopted|concluded|exchanged|inked)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:documents|agreements|memorand(?:a|ums)|deals|contracts|accords)\s*:\s*$", re.I)


# A line that opens a list of deals by their noun: "The Qarmet deals:", "Contracts signed at the fair:"
_DEAL_LIST_INTRO = re.compile(r"\b(deals|agreements|contracts|memorand(?:a|ums)|accords)\b[^.:;]{0,60}:\s*$"
                              # what was agreed, named by its projects: "Among the largest projects agreed at the
                              # forum:", "Investments signed during the visit:", "Projects the sides agreed on:"
                              # (not one verb among others: "projects signed or presented")
                              r"|\b(?:projects|investments|initiatives|ventures)\b[^.:;]{0,40}?(?<!\bor\s)\b(?:agreed"
                              r"|signed|concluded|sealed|inked|struck|secured|clinched)\b(?!\s+or\b)[^.:;]{0,60}:\s*$",
                              re.I)
# a line of such a list opening on its partner (after its marker): "1. Dragon Trucks (China) - a plant ..."
_PARTY_DASH = re.compile(r"(?:\s+(?:Co\.|Ltd\.?|\([^)]{1,40}\)))*\s*(?:-|\u2013|\u2014|:)\s")


_PACKAGE_REFERENCE = re.compile(r"\b(?:package|documents|signed|adopted|agreements)\b", re.I)


# One more agreement, not one told before: "Separately, the ministry signed a memorandum",
# "another agreement", "a second contract".
_ANOTHER_OPENING = re.compile(r"^\s*Separately\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+(?:second|third|further|separate))\s+(?:[\w-]+\s+){0,2}$", re.I)


_PAIRED = re.compile(r"\s*(?:,|and|or|&)\s*$", re.I)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}$", re.I)


def _package_again(old: _Agreement, new: _Agreement) -> bool:
    """An uncounted plural with no company ("and witnessed the signing of documents covering:") after
    a counted package: that package named again, even in a clause of its own."""
    return not new.singular and new.count_explicit is None and not new.company_keys \
        and (old.count_explicit or 0) > 1 and not old.package_item


def _dates_apart(a: AgreementCandidate, b: AgreementCandidate) -> bool:
    """Two signings dated in different years, or in different months both told."""
    if not (a.signed_date and b.signed_date):
        return False
    return a.signed_date.year != b.signed_date.year or (
        a.date_precision in ("day", "month") and b.date_precision in ("day", "month")
        and a.signed_date.month != b.signed_date.month)


_ESTIMATE = re.compile(r"(?:about|some|around|nearly|almost|roughly|approximately|more\s+than|over)\b|.*\bdozens?\b", re.I)


def estimated_count(text: str, pos: int) -> bool:
    """Whether the count right before the noun at `pos` is an estimate ("almost four dozen
    documents", "some 30 agreements", "more than 40 deals"), not an exact figure."""
    m = cues.NUMBER_BEFORE.search(text, max(0, pos - 70), pos)
    return m is not None and _ESTIMATE.match(m.group()) is not None


def counted_signing(view: SentenceView) -> bool:
    """A short line with no stop that tells a count of documents signed: a line of a 'key figures'
    box ("- 17 documents signed", "24 agreements concluded"), read as a sentence, not as a heading."""
    return cues.SIGNED.search(view.text) is not None and any(
        n.plural and n.anaphor is None and count_before(view.text, n.start) for n in _nouns(view))


def count_listed(text: str, noun_start: int, noun_end: int) -> int | None:
    """The count of a plural noun told by its subjects, each with its own "on": "signed agreements
    on customs and on road transport" -> 2. A bare list ("memoranda on transport, energy and
    tourism") tells no count: one document may cover all three."""
    if not _is_plural(text[noun_start:noun_end]):
        return None
    m = cues.SUBJECTS_LISTED.match(text, noun_end)
    if not m:
        return None
    n = 1 + len(cues.NEXT_SUBJECT.findall(m.group()))
    return n if n > 1 else None


class AgreementCollector:
    """Reads agreements sentence by sentence and merges repeated mentions."""

    def __init__(self, av: ArticleView):
        self.av = av
        self.items: list[_Agreement] = []
        self.last_organization: str | None = None     # named in the text so far
        self.package: _Agreement | None = None        # the counted package whose list is being read
        self.package_open = False                     # its row is to become its first line's
        self.coordinated = False                      # reading one of several agreements of a sentence
        self.breakdown_open = False                   # ... of a sentence that tells what a package holds
        self.opening_date: tuple[date | None, str | None] = (None, None)   # of that sentence
        self.shared_status: str | None = None         # the status of the verb a coordinated part shares
        self.last_status: str | None = None           # the status of the part read last
        self.shared_countries: list[str] | None = None                     # of its first agreement
        self.shared_companies: list[str] = []
        self.amended: set[int] = set()                # where an amended document's noun stands
        self.deal_intro: SentenceView | None = None   # the line that opens a list of deals
        self.list_sides: tuple[str, str] | None = None  # the sides of a list of documents with no package

    def note_organizations(self, view: SentenceView) -> None:
        found = groups.named(view.text)
        if found:
            self.last_organization = found[-1][2]

    def add_sentence(self, view: SentenceView, ctx: Context, package_item: bool = False) -> None:
        """Read the agreement of one sentence. A `package_item` is a line of the list of a counted
        package ("signed 16 documents: ... - a memorandum on a green finance council;"): a
        document of its own, signed with the package, between the package's parties unless the
        line names its own."""
        text = view.text
        if self._parties_told(view):
            return                      # "It brings together three parties: A; B; and C": those of the deal before
        nouns = _nouns(view)
        # an agreement ended is no agreement made: "the court cancelled the agreement under which the
        # joint venture had been created"
        nouns = [n for n in nouns if not _ended(view, nouns, n) and not _studied(view, n)]
        if not nouns:
            return
        told = {a.cand.agreement_type for a in self.items}
        if any(w in view.low for w in ("amend", "revis", "renew", "prolong", "extend")):
            for n in nouns:
                if n.anaphor and cues.AMENDED_BEFORE.search(text, max(0, n.start - 140), n.start):
                    self.amended.add(view.sentence.start + n.start)
        for n in nouns:
            if n.anaphor and view.sentence.start + n.start in self.amended:
                n.anaphor = None        # "amended their agreement on ...": a new signing of it
        for n in nouns:
            if n.anaphor == n.type and n.type != "joint_venture" and (not self.items or (
                    n.type not in told and re.match(r"\s+on\s", text[n.end:n.end + 4])
                    and _SIGNED_AFTER.match(text, n.end))):
                n.anaphor = None        # "the treaty on friendly relations signed in 2019": none told before
            elif n.anaphor and n.type not in told and text[n.start].isupper() and _TITLED.match(text, n.end):
                n.anaphor = None        # "the Treaty of Friendship of 2006": a document by its title, none told before
        statuses = {}
        including = view.first(cues.INCLUDING)
        if len(nouns) > 1 or view.has(cues.AGREED_WITH):
            segments = self._coordinated(view, nouns)
            if segments:
                # each part dates from its own clause, else from the sentence's opening
                self.coordinated, self.opening_date, self.shared_countries = True, self._date(view, nouns[0]), None
                self.breakdown_open = _BREAKDOWN.search(view.text) is not None
                for lo, hi in segments:
                    # "are expected to sign an agreement and a memorandum": a part that opens on its
                    # noun is the object of the verb before it, and takes that verb's status
                    self.shared_status = self.last_status if lo and _OPENS_ON_NOUN.match(view.text, lo) else None
                    self.last_status = None
                    self.add_sentence(_segment(view, lo, hi, self.av.published), ctx, package_item)
                self.coordinated, self.opening_date, self.breakdown_open = False, (None, None), False
                self.shared_status = self.last_status = None
                return
        for n in nouns:
            st = statuses[id(n)] = _noun_status(view, n)
            n.score += (2 if st else 0) + (1 if n.type in _SPECIFIC else 0) - (2 if n.anaphor else 0)
            if n.plural and count_before(text, n.start):
                n.score += 1.5          # "signed 14 bilateral documents": the package the sentence reports
                if view.has(cues.AGREEMENT_STATISTIC) and not cues.SIGNED.search(text):
                    n.score -= 5        # "50 treaties now link the two countries, the main one ...": ties, not a package
            if including is not None and n.start > including.end():
                n.score -= 3            # "..., including a memorandum on trade": one item of it
            if any(p.plural and p.end < n.start and ":" in text[p.end:n.start] and count_before(text, p.start)
                   for p in nouns):
                n.score -= 3            # "58 deals worth $133 million: 52 export contracts, ...": a part of them
            if any(p.end < n.start and _PAIRED.match(text, p.end, n.start) and count_before(text, p.start)
                   for p in nouns):
                n.score -= 3            # "nine documents and memoranda": one package, named by its first noun
            if n.type == "partnership" and _relationship(view, n):
                n.score -= 3            # "raised relations to a strategic partnership ... signed a joint statement"
            if _SOURCE_BEFORE.search(text, max(0, n.start - 30), n.start):
                n.score -= 2            # "In the joint statement the sides said ...": where it is said, not what
            if any(p.end <= n.start and _referred_to(text, p, n) for p in nouns):
                n.score -= 2            # "Amendment Agreement No. 1 to the framework agreement": the one amended
        if len(nouns) > 1:
            for n in nouns:
                if n.type == "joint_venture" and _describes_company(view, n):
                    n.score -= 3        # "the joint venture UzKamaz ... agreed to": a party, not the deal
        noun = max(nouns, key=lambda n: (n.score, -n.start))
        status = statuses[id(noun)] or self.shared_status or ("signed" if noun.order else None)   # an order placed is signed
        self.last_status = status
        explicit = status is not None
        if cues.NEGATION_BEFORE.search(text[max(0, noun.start - 40):noun.start]):
            if not cues.NEGOTIATING.search(text):
                return
            if not any(not cues.ATTRIBUTION_AFTER.match(text[c.end:c.end + 20]) for c in view.companies) \
                    and len({c.code for c in view.state_countries()}) < 2 \
                    and not _DEAL_SUBJECT.match(text, noun.end):
                return                  # "no binding agreement has been announced": talks with no named deal
            status, explicit = "negotiating", True
        if any(m.end() <= noun.start and noun.start - m.end() <= 60 for m in view.matches(cues.ANNIVERSARY)) \
                or (noun.plural and view.has(cues.AGREEMENT_STATISTIC)
                                          and not cues.SIGNED.search(text)):
            return                      # history, or a count of ventures that exist
        if noun.plural and count_before(text, noun.start) is None and not cues.SIGNED.search(text) \
                and any(m.start() <= noun.start < m.end() for m in view.matches(cues.EXISTING_TIES)):
            return                      # "has partnerships with Ford, Volkswagen and Mazda": ties it has
        if noun.plural and count_before(text, noun.start) is None and _STUDY_BEFORE.search(text, max(0, noun.start - 50), noun.start):
            return                      # "agreed to look at joint ventures in flour milling": options to study
        if _holdings(view, noun) or _company_form(view, noun) or _more_forecast(view, noun, status) \
                or _venture_at_work(view, noun, explicit) or _unnamed_documents_ahead(view, noun, status):
            return                      # "the venture is 75% owned by X", "began as a joint venture with X",
            #                             "more agreements will be signed", "a plant of the venture X opened"
        if noun.type == "joint_venture" and noun.plural and not explicit and not noun.anaphor \
                and not _CREATED.search(text):
            return                      # "the industry is dominated by three joint ventures": firms that exist
        lead = view.low[max(0, noun.start - 70):noun.start]
        if ("trac" in lead or "dat" in lead or "go" in lead) \
                and cues.HISTORY_BEFORE.search(text, max(0, noun.start - 70), noun.start) \
                and not (noun.type != "joint_venture" and _SIGNED_AFTER.match(text, noun.end)):
            return                      # "traces its history to the X venture founded in 1996"
        if self._breakdown(view, noun):
            return                      # "The package ... consists of 15 agreements and ...": a part of one told
        if cues.CRIME_BEFORE.search(text, max(0, noun.start - 60), noun.start):
            return                      # "money stolen from mining deals": crime news, no deal reported
        if cues.EVENT_HOSTING_BEFORE.search(text, max(0, noun.start - 30), noun.start):
            return                      # "the host-city documents had been signed": a sports event's papers
        if noun.anaphor == "generic" and noun.type == "agreement" and not self.items and not explicit:
            return
        package = self.package if package_item else None
        if package is not None and not view.companies and not view.state_countries():
            companies, countries = [], list(package.cand.party_countries)
        elif package_item and self.list_sides and not view.companies and not view.state_countries():
            companies, countries = [], list(self.list_sides)
        elif (last := self._named_again(view, noun)) is not None:
            companies, countries = list(last.cand.party_companies), list(last.cand.party_countries)
        elif self._companies_named_before(view, noun):
            companies, countries = self._parties(self.av.sentences[view.no - 1], ctx)
        elif self._told_before(view, noun) or (noun.order and not _party_companies(view) and view.no > 0
                                                and self.av.sentences[view.no - 1].companies):
            companies, countries = self._parties(self.av.sentences[view.no - 1], ctx)
        else:
            companies, countries = self._parties(view, ctx)
        if not companies and package is None and (described := self._described_parties(view, noun)):
            companies = [c.name for c in described]
            countries = list(dict.fromkeys([c.code for c in described if c.code] + countries))
            if len(countries) == 1 and self.av.main_country and self.av.main_country not in countries:
                countries.append(self.av.main_country)
        org = groups.acting(text, self.last_organization)
        if org is not None:
            when = self._date(view, noun)[0] or self.av.published
            for code in groups.members(org, when.year if when else None):
                if code not in countries:
                    countries.append(code)
        if self.coordinated:            # "the member states signed X and adopted Y": one subject
            if self.shared_countries is None:
                self.shared_countries, self.shared_companies = list(countries), list(companies)
            elif not companies and self.shared_companies and _OPENS_ON_NOUN.match(text):
                # "the two companies signed X, together with a joint development agreement": no subject
                # of its own, the same parties
                companies = list(self.shared_companies)
                countries = self.shared_countries + [c for c in countries if c not in self.shared_countries]
            elif not companies and not view.state_countries():
                countries = list(self.shared_countries)
        if noun.type == "partnership" and not companies and not noun.anaphor and (
                _relationship(view, noun) or (not explicit and not cues.DOCUMENT_CONTEXT.search(text))):
            return                      # "strategic partnership between two states": diplomacy
        if noun.type == "contract" and not companies and not view.state_countries() \
                and not self._package_of_contracts(view, noun, status):
            return                      # a player's or an employee's contract
        if noun.type in _PLANS and not noun.anaphor and not companies \
                and not view.state_countries() and not view.has(cues.TWO_SIDES) \
                and _DOMESTIC_PLAN.match(text, noun.end) and not _JOINT_BEFORE.search(text, max(0, noun.start - 30), noun.start):
            return                      # "the government approved a road map for the fertiliser industry": its own plan
        if noun.type in _PLANS and not noun.anaphor and not companies \
                and _OWN_PLAN_BEFORE.search(text, max(0, noun.start - 40), noun.start) \
                and not _PLAN_PARTNER_AFTER.match(text, noun.end):
            return                      # "the target in the government's 2016-2020 action plan": one side's own plan
        if noun.type == "contract" and _MODE_BEFORE.search(text, max(0, noun.start - 8), noun.start) \
                and not _MODE_PARTY_AFTER.match(text, noun.end):
            return                      # "builds several brands under contract": how it works, no deal told
        if text[noun.start:noun.end].lower() == "portfolio" and (not explicit or status != "signed"):
            return                      # "a portfolio of projects worth $2 billion was signed": only when signed
        if noun.type == "agreement" and text[noun.start:noun.end].lower() == "documents" and not explicit \
                and (not self.items or not noun.anaphor) and (count_before(text, noun.start) or 0) < 2:
            return                      # "a growing list of bilateral documents": papers, no signing told
        signed_date, precision = self._date(view, noun)
        if signed_date is None:
            signed_date, precision = self.opening_date
        if package is not None:
            if status not in ("proposed", "negotiating"):   # "- work towards a trade agreement;": its own
                status = package.cand.status    # "a joint action plan for implementing ...": the package's
            if signed_date is None:
                signed_date, precision = package.cand.signed_date, package.cand.date_precision
        count = self._count(text, noun)
        if count is None and noun.plural and not noun.anaphor and (m := _COUNT_AFTER.match(text, noun.end)):
            count = count_before(m.group() + " documents", len(m.group()) + 1)  # "documents covering some 30 projects"
        if len(countries) == 1 and not companies and ((count or 0) > 1 or (
                noun.plural and count is None and countries[0] in (ctx.pair or self.av.main_pair or ()))):
            # a package has two sides: "90 documents signed on the trip", "contracts were signed in
            # Ulaanbaatar" (the article's pair, the place's state one of them)
            countries += [c for c in (ctx.pair or self.av.main_pair or ()) if c not in countries]
        if noun.plural and (shares := self._shares(view, noun, count, companies, countries)):
            # "two contracts signed in October: one with Kolomna for ..., and one with BMZ for ...": one row each
            for part_companies, part_countries in shares:
                cand = AgreementCandidate(
                    sentence_no=view.no, evidence=text, agreement_type=noun.type, status=status or "signed",
                    signed_date=signed_date, date_precision=precision, agreement_count=1, value_amount=None,
                    value_currency=None, subject=None, party_companies=part_companies, party_countries=part_countries)
                new = _Agreement(cand, explicit, None, True, None, {_key(c) for c in part_companies}, another=True)
                target = self._find_merge(new)
                if target is not None:
                    self._merge(target, new)
                else:
                    self.items.append(new)
            return
        # "agreements on customs and on transport": two, told by their subjects (a count that is
        # no package of its own: a list after it still gives its documents)
        listed = None if count or noun.anaphor else count_listed(text, noun.start, noun.end)
        framed = noun.anaphor is not None and _FRAME_BEFORE.search(text, max(0, noun.start - 40), noun.start) is not None
        value, currency = (None, None) if framed else self._value(view, noun)
        cand = AgreementCandidate(
            sentence_no=view.no, evidence=text, agreement_type=noun.type, status=status or "signed",
            signed_date=signed_date, date_precision=precision, agreement_count=count or listed or 1,
            value_amount=value, value_currency=currency, subject=self._subject(text, noun),
            party_companies=companies, party_countries=countries)
        new = _Agreement(cand, explicit, count, not noun.plural and count is None, noun.anaphor,
                         {_key(c) for c in companies}, package_item,
                         bool(_ANOTHER_OPENING.match(text) or _ANOTHER_BEFORE.search(text, max(0, noun.start - 40),
                                                                                      noun.start)),
                         noun.order or bool(_INDEFINITE_BEFORE.search(text, max(0, noun.start - 60), noun.start)))
        new.estimated = count is not None and estimated_count(text, noun.start)
        if package is None and (total := self._estimated_total(view, new)) is not None:
            self._count_told_exactly(total, new)
            return
        target = self._package_merge(new, package) if package is not None \
            else None if package_item and not noun.anaphor else self._find_merge(new)
        if target is not None:
            self._merge(target, new)
        elif companies or countries:
            if noun.anaphor and (framed or not explicit) and self.items:
                return                  # "Under the deals, X will deliver ...": the work under a deal told before
            if _background(view, noun):
                return                  # "Under an earlier contract, the plant has delivered ...": told as a frame
            self.items.append(new)

    @staticmethod
    def _shares(view: SentenceView, noun: _Noun, count: int | None, companies: list[str],
                countries: list[str]) -> list[tuple[list[str], list[str]]]:
        """The parties of each agreement of a plural noun told one by one after it, each part naming
        its own party ("three contracts: one with Alstom for ..., another with Talgo for ..."): the
        parties outside the parts, with the part's own; [] when not told so, or the parts do not
        add up to the count."""
        m = _DISTRIBUTED.match(view.text, noun.end)
        if m is None:
            return []
        cuts = [m.end(1)] + [p.start() for p in _NEXT_SHARE.finditer(view.text, m.end())] + [len(view.text)]
        parts = list(zip(cuts, cuts[1:]))
        if len(parts) < 2 or (count is not None and len(parts) != count):
            return []
        inside = lambda e: any(lo <= e.start < hi for lo, hi in parts)
        own = [([c.name for c in view.companies if lo <= c.start < hi],
                [c.code for c in view.state_countries() + view.companies if c.code and lo <= c.start < hi])
               for lo, hi in parts]
        if not all(names or codes for names, codes in own):
            return []
        shared_companies = [c for c in companies if not any(c == e.name and inside(e) for e in view.companies)]
        part_codes = {c.code for c in view.state_countries() if inside(c)}
        shared_countries = [c for c in countries if c not in part_codes]
        return [(list(dict.fromkeys(shared_companies + names)), list(dict.fromkeys(shared_countries + codes)))
                for names, codes in own]

    def _breakdown(self, view: SentenceView, noun: _Noun) -> bool:
        """A counted part of a package told before, in a sentence that says what the package is made
        of ("The package ... consists of 15 agreements and memorandums and a treaty", "The documents
        comprise nine agreements"): the package's row holds them."""
        if not noun.plural or not self.items:
            return False
        count = count_before(view.text, noun.start)
        return count is not None and (self.breakdown_open or _BREAKDOWN.search(view.text, 0, noun.start) is not None) \
            and any((a.cand.agreement_count or 0) > count for a in self.items)

    def _parties_told(self, view: SentenceView) -> bool:
        """A sentence that names the parties of the agreement of the sentence before ("It brings
        together three parties: A; B; and C", "The parties to the contract are A and B"): they
        join it, and the sentence tells no agreement of its own."""
        if not self.items or len(view.companies) < 2 or not view.contains_any(cues.PARTIES_NAMED_STEMS):
            return False
        last = self.items[-1]
        if not 0 < view.no - last.cand.sentence_no <= 2 or not view.has(cues.PARTIES_NAMED):
            return False
        for c in view.companies:
            if cues.ATTRIBUTION_AFTER.match(view.text[c.end:c.end + 20]) or _key(c.name) in last.company_keys:
                continue
            last.cand.party_companies.append(c.name)
            last.company_keys.add(_key(c.name))
            if c.code and c.code not in last.cand.party_countries:
                last.cand.party_countries.append(c.code)
        return True

    def _named_again(self, view: SentenceView, noun: _Noun) -> _Agreement | None:
        """The agreement of the sentence before, between named companies, when this sentence names
        no party of its own and refers to its parties before its noun ("they", "the two companies")."""
        if _party_companies(view) or view.state_countries() or not self.items:
            return None
        last = self.items[-1]
        if not last.cand.party_companies or len(last.cand.party_companies) + len(last.cand.party_countries) < 3 \
                or not 0 < view.no - last.cand.sentence_no <= 2 \
                or not _SAME_PARTIES.search(view.text, 0, noun.start):
            return None
        return last

    def _described_parties(self, view: SentenceView, noun: _Noun) -> list:
        """The companies a sentence with no company of its own names by what they are: "the supply
        contract with the Chinese manufacturer" (the last Chinese company named before), "the three
        partners agreed in a memorandum" (the companies of the last sentence that names several).
        Read in the noun's clause or before the noun; up to three sentences back."""
        if view.no == 0 or _party_companies(view) or not ("the " in view.low or "both " in view.low):
            return []
        lo, hi = _chunk(view, noun.start, noun.end)
        m = next((m for m in view.matches(_DESCRIBED_PARTY) if m.start() < hi), None)
        if m is None:
            return []
        plural = bool(m.group(1)) or m.group(2).lower().endswith("s")
        home = next((c.code for c in view.countries if m.start() <= c.start and c.end <= m.end()), None)
        # a company named by its home is found further back than "the company"
        for before in reversed(self.av.sentences[max(0, view.no - (6 if home else 3)):view.no]):
            named = [c for c in before.companies
                     if not cues.ATTRIBUTION_AFTER.match(before.text[c.end:c.end + 20])
                     and (home is None or c.code == home)]
            names = list(dict.fromkeys(c.name for c in named))
            if plural and len(names) >= 2:
                return list({c.name: c for c in named}.values())
            if not plural and names:
                return [named[-1]]
        return []

    def _companies_named_before(self, view: SentenceView, noun: _Noun) -> bool:
        """Whether the sentence names its parties as "the two companies" before its noun, with no
        party of its own, right after a sentence that names two companies or more: "Orda Auto and
        Dragon Trucks will build a plant. The two companies signed an equity agreement"."""
        if view.no == 0 or _party_companies(view) or view.state_countries() \
                or not _COMPANIES_AGAIN.search(view.text, 0, noun.start):
            return False
        before = self.av.sentences[view.no - 1]
        return before.no == view.no - 1 and len({c.name for c in before.companies}) >= 2

    def _told_before(self, view: SentenceView, noun: _Noun) -> bool:
        """Whether the sentence opens on a definite agreement it names no party of, right after a
        sentence that names companies: "The EBRD has agreed to lend Ford Otosan EUR 120 million.
        The loan agreement was signed last week." The deal is the one told before."""
        opening = view.text[:noun.start]
        if _party_companies(view) or view.no == 0 or not (
                (_DEFINITE_OPENING.match(opening) and not view.state_countries())
                or (_INDEFINITE_OPENING.match(opening) and _REFERS_BACK.search(view.text, noun.end))):
            return False
        before = self.av.sentences[view.no - 1]
        return before.no == view.no - 1 and bool(before.companies)

    def _coordinated(self, view: SentenceView, nouns: list[_Noun]) -> list[tuple[int, int]]:
        """The parts of a sentence that coordinates several agreements of their own, each with
        the text up to the next one; [] when it reports one (or none)."""
        cuts = [0] + [e for s, e in view.spans(_COORDINATION) if not any(c.start < e and s < c.end for c in view.companies)
                      and not self._adds_a_party(view, s, e)
                      and not (view.text[s:e].strip() == "and" and ":" in view.text[:s])] + [len(view.text)]
        parts: list[tuple[int, int]] = []
        kinds_apart = False
        for lo, hi in zip(cuts, cuts[1:]):
            if not parts or _own_agreement(view, nouns, lo, hi):
                parts.append((lo, hi))
            elif self._another_kind(view, nouns, parts[-1], (lo, hi)):
                parts.append((lo, hi))
                kinds_apart = True
            else:
                parts[-1] = (parts[-1][0], hi)
        if len(parts) < 2 or not (_own_agreement(view, nouns, *parts[0]) or kinds_apart):
            return []
        return parts

    @staticmethod
    def _another_kind(view: SentenceView, nouns: list[_Noun], before: tuple[int, int], part: tuple[int, int]) -> bool:
        """"rests on an interstate agreement until 2026 and a bilateral roadmap for 2019-2020": a part
        that opens on a new noun of another kind than the one before it is a second document, even
        with no verb of its own (not an item after "including")."""
        text = view.text
        if not _OPENS_ON_NOUN.match(text, part[0]) or cues.INCLUDING.search(text, 0, part[0]):
            return False
        head = next((n for n in nouns if part[0] <= n.start < part[1]), None)
        prev = [n for n in nouns if before[0] <= n.start < before[1] and n.anaphor is None]
        if head is None or head.anaphor is not None or not prev:
            return False
        # of the same kind too when both are new ones: "an equity agreement ..., together with a joint
        # development agreement"
        return prev[-1].type != head.type or bool(_INDEFINITE_BEFORE.search(text, max(0, prev[-1].start - 30),
                                                                            prev[-1].start))

    @staticmethod
    def _adds_a_party(view: SentenceView, s: int, e: int) -> bool:
        """", together with Japan's Toyo Engineering, under a contract": the cut names one more
        party of the same agreement, not a second agreement."""
        if not view.text[s:e].rstrip().endswith("with"):
            return False
        return any(0 <= c.start - e <= 12 for c in view.companies)

    def _package_of_contracts(self, view: SentenceView, noun: _Noun, status: str | None) -> bool:
        """Contracts signed for a sum or by the count with no party named ("Contracts worth $31 million
        were signed at the forum", "eight commercial contracts were signed"): the business of the two states the article is about, not a player's or an
        employee's contract (one, and no sum of deals)."""
        return noun.plural and not noun.anaphor and status == "signed" and self.av.main_pair is not None \
            and (self._value(view, noun)[0] is not None or (count_before(view.text, noun.start) or 0) > 1)

    # --- parts of one mention ---------------------------------------------

    def _parties(self, view: SentenceView, ctx: Context) -> tuple[list[str], list[str]]:
        text = view.text
        companies: list[str] = []
        countries: list[str] = []
        for c in view.companies:
            if cues.ATTRIBUTION_AFTER.match(text[c.end:c.end + 20]) or \
                    cues.ATTRIBUTION_BEFORE.search(text[max(0, c.start - 25):c.start]):
                continue
            if c.name not in companies:
                companies.append(c.name)
            if c.code and c.code not in countries:
                countries.append(c.code)
        states = []
        for c in view.state_countries():
            if c.code not in states:
                states.append(c.code)
        for code in _signers_states(view, self.av.office_holders):
            if code not in states:
                states.append(code)
        for code in states:
            if code not in countries:
                countries.append(code)
        if len(countries) < 2:
            for p in view.places:
                if p.code and p.code not in countries:
                    countries.append(p.code)
        pair = self.av.main_pair if view.has(cues.TWO_SIDES) else \
            (None if states or companies else ctx.pair or self.av.main_pair)
        if pair:
            for code in pair:
                if code not in countries:
                    countries.append(code)
        if not countries and self.av.main_country:
            countries.append(self.av.main_country)     # parties of unknown home: a local firm
        if len(countries) == 1 and self.av.main_country and self.av.main_country not in countries \
                and (companies or ctx.pair is None):
            countries.append(self.av.main_country)
        return companies, countries

    def _date(self, view: SentenceView, noun: _Noun) -> tuple[date | None, str | None]:
        """The date of the noun's own clause, of a clause it continues ("in
        October 2006, when an agreement was concluded"), or of the sentence opening."""
        text = view.text
        lo, hi = _chunk(view, noun.start, noun.end)
        first_lo, first_hi = _chunk(view, 0, 0)
        prev_lo = _chunk(view, max(0, lo - 2), max(0, lo - 2))[0] if lo > 0 else lo
        continues = bool(_CONTINUES.match(text[lo:hi]))
        best = None
        for s, e, p in view.periods:
            if p.start is None or p.precision not in ("day", "month", "year", "quarter", "half"):
                continue
            if _DATE_LEAD_BAD.search(text[max(0, s - 12):s]):
                continue
            if p.start and p.end and (p.end - p.start).days > 370:
                continue
            own = s < hi and e > lo
            opening = s < first_hi and e <= noun.start
            previous = continues and s < lo and e > prev_lo
            if not (own or opening or previous):
                continue
            dist = abs(s - noun.end) if s >= noun.end else abs(noun.start - e) + 5
            rank = {"day": 0, "month": 1, "quarter": 2, "half": 2, "year": 3}[p.precision]
            key = (0 if own else 1, rank, dist)
            if best is None or key < best[0]:
                best = (key, p)
        if best is None:
            return None, None
        return iso_first_day(best[1])

    def _count(self, text: str, noun: _Noun) -> int | None:
        if noun.anaphor:
            return None
        return count_before(text, noun.start) or _number_of(text, noun)


    def _value(self, view: SentenceView, noun: _Noun) -> tuple[float | None, str | None]:
        text = view.text
        for q in view.quantities:
            if not q.is_money:
                continue
            if q.start >= noun.end and q.start - noun.end <= 90:
                between = text[noun.end:q.start]
                if any(rx.search(between) for _, _, rx in cues.AGREEMENT_NOUNS):
                    continue
                if cues.VALUE_CUE.search(text[max(noun.end, q.start - 40):q.start]):
                    return q.value, q.unit
            elif q.end <= noun.start and noun.start - q.end <= 25:
                return q.value, q.unit
        return None, None

    def _subject(self, text: str, noun: _Noun) -> str | None:
        tail = text[noun.end:]
        m = cues.SUBJECT_AFTER.match(tail)
        return tail[m.start(1):m.end(1)].strip() if m else None

    # --- merging ------------------------------------------------------------

    def _package_merge(self, new: _Agreement, package: _Agreement) -> _Agreement | None:
        """A listed document already named where the package is reported ("signed a joint statement
        and exchanged six documents: - joint statement of the presidents; ..."); else none. The
        first line of an uncounted package ("signed agreements on ...:") becomes that row."""
        if self.package_open:
            self.package_open = False
            a, b = package.cand, new.cand
            a.agreement_type, a.subject, a.evidence, a.sentence_no = b.agreement_type, b.subject, b.evidence, b.sentence_no
            a.agreement_count = b.agreement_count
            package.singular, package.package_item, package.anaphor = True, True, None
            return package
        return next((old for old in self.items if old is not package and not old.package_item
                     and old.cand.sentence_no == package.cand.sentence_no
                     and old.cand.agreement_type == new.cand.agreement_type and old.singular), None)

    def _estimated_total(self, view: SentenceView, new: _Agreement) -> _Agreement | None:
        """The package told just before with an estimated count ("signed almost four dozen
        documents") that this sentence counts exactly, by kind and with its own signing ("In total
        27 agreements were signed, plus about eight contracts"); else None."""
        part = new.cand
        if (new.count_explicit or 0) < 2 or part.party_companies or not _SIGNED_NOW.search(view.text):
            return None
        return next((a for a in reversed(self.items) if a.cand.sentence_no == view.no - 1 and a.estimated
                     and (a.count_explicit or 0) > new.count_explicit and not a.cand.party_companies
                     and set(part.party_countries) <= set(a.cand.party_countries)), None)

    @staticmethod
    def _count_told_exactly(total: _Agreement, part: _Agreement) -> None:
        """The estimate was the round sum of the documents counted next: its row becomes the first
        of them (their kind, count and words), keeping what only the estimate told (value, date)."""
        a, b = total.cand, part.cand
        a.agreement_type, a.agreement_count, a.evidence, a.sentence_no = (
            b.agreement_type, b.agreement_count, b.evidence, b.sentence_no)
        a.subject = b.subject or a.subject
        total.count_explicit, total.estimated = part.count_explicit, False

    def _find_merge(self, new: _Agreement) -> _Agreement | None:
        if new.another and not new.anaphor:
            return None
        for old in reversed(self.items):
            if old.cand.sentence_no == new.cand.sentence_no:
                continue                # the agreements one sentence coordinates are apart
            if old.package_item and not new.anaphor:
                continue                # one listed document is not another one named later
            if self.coordinated and not new.anaphor and not (old.company_keys & new.company_keys) \
                    and not _package_again(old, new):
                continue                # "..., and D and E signed an agreement": one more, not one before
            if self._compatible(old, new):
                return old
        if not new.status_explicit and new.company_keys and not new.indefinite:
            # "Hyundai signed a contract ... It was Hyundai's second-largest deal": a mention, with no
            # signing of its own, of the deal of the same companies
            return next((old for old in reversed(self.items) if new.company_keys <= old.company_keys
                         and old.cand.sentence_no != new.cand.sentence_no), None)
        return None

    def _compatible(self, old: _Agreement, new: _Agreement) -> bool:
        a, b = old.cand, new.cand
        if a.agreement_type != b.agreement_type:
            if not (new.anaphor == "generic" or old.anaphor == "generic"):
                return False
        if not new.anaphor and old.status_explicit and new.status_explicit \
                and (a.status == "signed") != (b.status == "signed"):
            return False                # "signed a trade agreement ... talks on a free trade agreement"
        if new.anaphor and not new.singular and new.count_explicit is None and old.singular:
            return False                # "the other documents" are not the roadmap named before
        published = self.av.published
        if a.signed_date is None and b.signed_date is not None and published is not None and not new.anaphor \
                and new.indefinite and new.status_explicit and (published - b.signed_date).days > 180:
            return False                # "... have signed a memorandum. In June 2018 they signed a memorandum": an earlier one
        if _dates_apart(a, b):
            return False
        if a.value_amount and b.value_amount and abs(a.value_amount - b.value_amount) > 0.01 * a.value_amount:
            return False
        ca = old.count_explicit or (1 if old.singular else None)
        cb = new.count_explicit or (1 if new.singular else None)
        if ca is not None and cb is not None and ca != cb:
            return False
        if old.company_keys and new.company_keys:
            if not new.anaphor and old.company_keys - new.company_keys and new.company_keys - old.company_keys:
                return False            # "Alstom and KTZ signed ..." after "Wabtec and KTZ signed ...": two deals
            return bool(old.company_keys & new.company_keys)
        if new.anaphor:
            return True
        if not a.party_countries or not b.party_countries:
            return True
        return bool(set(a.party_countries) & set(b.party_countries))

    def _merge(self, old: _Agreement, new: _Agreement) -> None:
        a, b = old.cand, new.cand
        if new.status_explicit and (not old.status_explicit or (
                b.status == "signed" and new.anaphor and _SIGNED_NOW.search(b.evidence))):
            a.status = b.status         # "... are negotiating a transit agreement. The agreement was signed in May."
            old.status_explicit = True
        if old.anaphor == "generic" and not new.anaphor:
            a.agreement_type = b.agreement_type
            old.anaphor = None
        if a.signed_date is None and b.signed_date is not None:
            a.signed_date, a.date_precision = b.signed_date, b.date_precision
        if a.value_amount is None and b.value_amount is not None:
            a.value_amount, a.value_currency = b.value_amount, b.value_currency
        if old.count_explicit is None and new.count_explicit is not None:
            a.agreement_count = b.agreement_count
            old.count_explicit = new.count_explicit
        if a.subject is None:
            a.subject = b.subject
        for c in b.party_companies:
            if _key(c) not in old.company_keys:
                a.party_companies.append(c)
                old.company_keys.add(_key(c))
        for c in ([] if _package_again(old, new) else b.party_countries):   # the package's own sides stand
            if c not in a.party_countries:
                a.party_countries.append(c)

    def counted_package(self, intro: SentenceView) -> bool:
        """Whether the list that `intro` introduces holds the documents of a package reported
        before: the intro reports it ("signed twelve documents:"), or refers back to it ("the
        package includes:", "the documents signed were:"). The package is kept for its lines."""
        self.package = next((a for a in reversed(self.items) if (a.count_explicit or 0) > 1 and (
            intro.no - 1 <= a.cand.sentence_no <= intro.no
            or (a.cand.sentence_no < intro.no and _PACKAGE_REFERENCE.search(intro.text)))), None)
        self.package_open = False
        self.list_sides = None
        if self.package is not None and self.package.cand.status != "signed" and self._signing_told(intro):
            # "40 documents are being prepared ... Signing ceremony. Among the documents:": the lines are
            # signed documents of their own, not the package still in the works
            self.package = None
            return True
        if self.package is None and _DOCUMENT_LIST_INTRO.search(intro.text):
            # "Documents signed after the talks:" with no count: the lines are the documents of
            # the signing told just before ("Russia and Mongolia signed agreements on fuel ...")
            self.package = next((a for a in reversed(self.items) if intro.no - 3 <= a.cand.sentence_no <= intro.no
                                 and self._between_the_sides(a)), None)
            # an uncounted plural ("signed agreements on ...") is no document of its own: its first
            # line takes its place
            self.package_open = self.package is not None and not self.package.singular \
                and self.package.count_explicit is None and not self.package.package_item
            # none: the lines are between the sides the article is about, not those of the sentence before
            self.list_sides = self.av.main_pair if self.package is None else None
            # "On March 26 ... the sides exchanged several more documents:" with no signing just
            # before: the lines are documents of their own all the same (none merges into one told
            # earlier), between the parties the article is about unless a line names its own
            return True
        return self.package is not None

    def _between_the_sides(self, a: _Agreement) -> bool:
        """Whether `a` is between the two sides the article is about (when it has a pair): the
        signing a list of documents details, not an aside on a third country's agreement."""
        pair = self.av.main_pair
        return pair is None or set(pair) <= set(a.cand.party_countries)

    def _signing_told(self, intro: SentenceView) -> bool:
        """Whether the list's intro, or the line just before it, tells a signing that took place
        after the package was reported ("Signing ceremony.", "The documents signed:")."""
        lines = [intro] + ([self.av.sentences[intro.no - 1]] if intro.no > 0 else [])
        return any(v.no > self.package.cand.sentence_no and _SIGNING_TOLD.search(v.text)
                   and not _SIGNING_AHEAD.search(v.text) for v in lines)

    def deal_list(self, intro: SentenceView) -> str | None:
        """The kind of agreement each line of the list that `intro` opens is, when it names the
        lines as deals ("The Qarmet deals:", "Contracts signed at the fair:"); else None."""
        m = _DEAL_LIST_INTRO.search(intro.text)
        if m is None or cues.NEGATION_BEFORE.search(intro.text, 0, m.start()):
            return None
        self.deal_intro = intro
        word = (m.group(1) or "").lower()
        return "contract" if word.startswith("contract") else "memorandum" if word.startswith("memorand") \
            else "agreement"

    def add_listed_deal(self, view: SentenceView, ctx: Context, kind: str) -> None:
        """A line of a list of deals that names its partner and what the deal is for, with no
        agreement noun: "1. Dragon Trucks - a truck plant in Almaty, $160 million". One deal of
        `kind`, between the line's company and those the intro names, told as the intro tells it."""
        text = view.text
        party = next((c for c in view.companies if only_marker(text, c.start)
                      and _PARTY_DASH.match(text, c.end)), None)
        if party is None or self.deal_intro is None:
            return
        intro = self.deal_intro
        companies, countries = self._parties(view, ctx)
        for c in intro.companies:
            if c.name not in companies:
                companies.append(c.name)
            if c.code and c.code not in countries:
                countries.append(c.code)
        before = next((a for a in reversed(self.items) if intro.no - 3 <= a.cand.sentence_no <= intro.no), None)
        status = _status(intro.text, 0, len(intro.text)) or "signed"
        signed_date, precision = (before.cand.signed_date, before.cand.date_precision) if before else (None, None)
        value = next(((q.value, q.unit) for q in view.quantities if q.is_money), (None, None))
        cand = AgreementCandidate(
            sentence_no=view.no, evidence=text, agreement_type=kind, status=status, signed_date=signed_date,
            date_precision=precision, agreement_count=1, value_amount=value[0], value_currency=value[1],
            subject=None, party_companies=companies, party_countries=countries)
        self.items.append(_Agreement(cand, True, None, True, None, {_key(c) for c in companies}, package_item=True))

    def results(self) -> list[AgreementCandidate]:
        return [a.cand for a in self.items if a.cand.party_companies or a.cand.party_countries]
