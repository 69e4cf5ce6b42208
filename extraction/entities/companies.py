"""Companies nobody listed: capitalised runs around the gazetteer hits, cut into segments that
the named rules of `company_rules` read."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extraction.entities.company_rules import (country_bracket_code, LEGAL_FORM_RULE, NO_NAME, RULES, Name, Segment, Unit, appositive_code,
                                               called_company, based_code, compass_region, coordinated, distinctive, is_compound_name, noun_comma_code, listed_with_companies, LISTED_RULE,
                                               LIST_HEADING_RULE, list_heading_item, under_list_heading,
                                               by_legal_form, context_after, is_demonym, is_geo, list_item_project,
                                               made_by_before, noun_bracket_code, party_before, acts_after,
                                               officer_before, noun_follows, venture_before)
from extraction.entities.legal import legal_form
from extraction.entities.lookup import country_code_for
from extraction.entities.tokens import Doc, Hit, Tok
from extraction.entities.vocabulary import (AND_CONTINUES, DESIGNATORS, ENTERPRISE_HEADS, ENTERPRISE_LEAD, GEO_HEADS,
                                            NAME_AND, ORG_HEADS, PLACE_NOUNS, SITE_HEADS, SITE_INDUSTRY, SOFT_DESIGNATORS, STRIP,
                                            TITLES, TRIGGERS, PEOPLE_OF, is_trigger)
from extraction.reference import COMPANY, COUNTRY, NONCO, PLACE, reference

_LIST_MARKS = frozenset("-•*–—")
_LIST_NEXT = (", ", " and ", "; ", " as well as ")   # a lone word's neighbours in a list
_REGION_WORDS = frozenset({"region", "oblast", "province"})
_RUN_GAPS = frozenset({" ", "-", "‑", " & ", "&", " of ", " for ", " de ", " and "}) | NAME_AND
# A word used as a place ("in Gemlik", "near Saran") or as a model ("Damas vehicles") somewhere in the article.
_PLACE_USE = re.compile(r"\b(?:in|near|outside)\s+([A-Z][\w-]+)\b(?!['’])")
_MODEL_USE = re.compile(r"\b([A-Z][\w-]+)\s+(?:vehicles?|minivans?|micro-vans?|sedans?|crossovers?|hatchbacks?|"
                        r"pickups?|models?)\b")
# Classes of words the segment pass reads, as bits of one look-up (most words have none).
_TITLE, _ORG, _ENTERPRISE, _LEGAL, _PEOPLE = 1, 2, 4, 8, 16
_CLASSES: dict[str, int] = {}


def _word_classes() -> dict[str, int]:
    for words, bit in ((TITLES, _TITLE), (ORG_HEADS, _ORG), (ENTERPRISE_HEADS, _ENTERPRISE),
                       (reference().legal, _LEGAL), (PEOPLE_OF, _PEOPLE)):
        for w in words:
            _CLASSES[w] = _CLASSES.get(w, 0) | bit
    return _CLASSES


# A company noun that says what it does ("Steelmaker", "Developer", "Insurer"), not one that may
# open a name of its own ("Bank Respublika", "Group DF", "Holding Asia")
_AGENT_ENDINGS = ("er", "ers", "or", "ors")


# Words on both sides of "and" inside one name ("Import and Export", "Truck and Bus", "Construction and
# Operation"): the trade nouns of AND_CONTINUES and the industries of named plants.
_TRADE_WORDS = AND_CONTINUES | SITE_INDUSTRY


# Sites a company runs under their name: a head word after one names the company ("Qingdao Port
# International", "Aktau Airport Holding"), the site alone is no company ("Aktau Sea Port")
_OPERATED_SITES = frozenset({"port", "airport", "railway", "pipeline", "station"})

# A government body's name goes on with the fields it is in charge of, joined by "and": "the Ministry
# of Finance and Property Management", "the State Committee on Investment and State Property
# Management", "the Agency on Statistics and Strategic Planning". Such a field is no company.
_BODY_HEADS = frozenset("""ministry committee commission council agency department administration inspectorate
bureau service office chamber""".split())
_BODY_TOPIC_BEFORE = re.compile(r"\b(?:Ministry|Committee|Commission|Council|Agency|Department|Administration"
                                r"|Inspectorate|Bureau|Service|Office|Chamber)\s+(?:on|for)\s+(?:the\s+)?\Z")
# The last words of a field a body manages (not a firm's head: "Qorgan Holding", "Zarvo Motors")
_PORTFOLIO_ENDS = frozenset("""management development regulation privatisation privatization supervision control
protection planning promotion affairs reform reforms policy relations""".split())


def _portfolio(units: list[Unit]) -> bool:
    """A field of a body's charge: words of no known name ending in a noun of administration,
    without a legal form ("State Property Management", not "Qorgan Asset Management LLC")."""
    return units[-1].hit is None and units[-1].norm in _PORTFOLIO_ENDS and \
        not any(u.hit is not None or legal_form(u.first) is not None for u in units)


_KNOWN_PAIR_RULE = "two known names"


def _known_pair(units: list[Unit], gaps: list[str]) -> bool:
    """Two known companies side by side, one space apart and no possessive between, are one company's
    name: a unit kept under its buyer's name or a joint venture named after both parents ("POSCO
    Daewoo", "GM Daewoo", "GAC Toyota"); a list puts a comma or "and" between them."""
    return len(units) == 2 and gaps == [" "] and all(u.kind == COMPANY for u in units) \
        and not units[0].last.poss


class Scanner:
    """Finds companies in capitalised runs, given the gazetteer hits."""

    def __init__(self, doc: Doc, hits: list[Hit], countries: Countries) -> None:
        self.doc = doc
        self.hits = hits
        self.countries = countries
        self._places_and_models: set[str] | None = None
        # A word one rule needs somewhere in the text: most texts lack it, and one scan of the
        # text spares a look around every name.
        text = doc.text
        self.mentions_venture = "venture" in text
        self.mentions_list = ":\n" in text
        self.found: list[Hit] = []
        self.pending: list[Segment] = []                 # segments no rule decided, for `coordinated`
        units: list[Unit] = []
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

    def runs(self) -> list[tuple[list[Unit], list[str]]]:
        """Units joined by spaces, hyphens, '&' or a connector (of, for, de, and): (units, gaps)."""
        text = self.doc.text
        runs = []
        cur: list[Unit] = []
        gaps: list[str] = []
        for u in self.units:
            if cur:
                prev = cur[-1]
                # No joining gap is longer than 5 characters (" and "): most units stand
                # far apart, and slicing what lies between them would cost for nothing.
                if u.start - prev.end <= 5 and not prev.last.poss:
                    g = text[prev.end:u.start]
                    if g in _RUN_GAPS or (g[:1] in ".," and self._abbrev_gap(prev, u, g)) or \
                            (g[:1] in " )" and self._bracket_gap(prev, u, g)):
                        cur.append(u)
                        gaps.append(g)
                        continue
                runs.append((cur, gaps))
            cur, gaps = [u], []
        if cur:
            runs.append((cur, gaps))
        return runs

    def _bracket_gap(self, prev: Unit, u: Unit, g: str) -> bool:
        """A word in brackets inside a name, a place or a head word: "Zhongtai (Dangara) New Silk Road
        Textile Company", "Xinjiang Qorgan (Group) Co., Ltd." (not an abbreviation: "Qorgan Avto (QA)";
        not a bracket closing the sentence's name: "Qorgan (Almaty) said")."""
        text = self.doc.text
        if g == " (":
            word = u.first.word
            return u.first is u.last and not word.isupper() and text.startswith(") ", u.end) \
                and text[u.end + 2:u.end + 3].isupper()
        return g == ") " and text[prev.start - 1:prev.start] == "(" and prev.first is prev.last \
            and text[prev.start - 2:prev.start] == " ("

    def _abbrev_gap(self, prev: Unit, u: Unit, g: str) -> bool:
        if g in (". ", ", ", "., ") and prev.hit is None and u.hit is None and \
                legal_form(prev.first) and legal_form(u.first):
            return True                                   # "Co., Ltd."
        return g == ". " and prev.hit is None and len(prev.first.word) == 1   # initials "A. Morozov"

    def scan(self) -> list[Hit]:
        doc, text = self.doc, self.doc.text
        for units, gaps in self.runs():
            if _known_pair(units, gaps):
                self._emit(Name(units, units[0].entry.code), _KNOWN_PAIR_RULE)
                continue
            if len(units) == 1:
                u = units[0]
                if u.hit is not None or u.norm in STRIP:
                    continue                              # nothing to learn from a lone known word
                if not self.has_context(u):
                    if text.startswith(_LIST_NEXT, u.end) or text.endswith(_LIST_NEXT, 0, u.start):
                        if not doc.title(u.start):        # a list of companies may yet name it
                            self.pending.append(Segment([u], [], None, False, None))
                    continue                              # a lone unknown word needs context
            end = units[-1].end
            if text[end:end + 1] in ("-", "‑") and text[end + 1:end + 2].islower():
                # "Chinese-backed", "Changan-branded": an adjective; the names before "and" stay
                # ("Orbis Holding and Swiss-based Zarvo Group")
                cut = max((k for k, g in enumerate(gaps) if g in (" and ", " & ")), default=None)
                if cut is None:
                    continue
                units, gaps = units[:cut + 1], gaps[:cut]
                if len(units) == 1 and (units[0].hit is not None or not self.has_context(units[0])):
                    continue
            legal_only = doc.title(units[0].start)
            self._run_start = units[0].start
            body = _BODY_TOPIC_BEFORE.search(text, max(0, units[0].start - 40), units[0].start) is not None
            for seg_units, seg_gaps in self._segments(units, gaps):
                if not (body and _portfolio(seg_units)):
                    self._segment(seg_units, seg_gaps, legal_only)
                body = body or any(u.hit is None and u.norm in _BODY_HEADS for u in seg_units)
        if self.pending:
            self._coordinated()
        return self.found

    def _coordinated(self) -> None:
        """Names listed with companies are companies: "with Qorgantrans, Uralvagon, Sarbon and
        Altaymash", "three firms - Zarvo Biotech, Qorgan Corporation and Erlan" (see `coordinated`).
        A name found this way counts as a company for the next one, so a chain of names is read
        whichever end of it a known company stands at."""
        text = self.doc.text
        spans = [(h.start, h.end) for h in self.hits if h.kind == COMPANY] + [(h.start, h.end) for h in self.found]
        if not spans:
            return                                        # no company to be listed with
        starts = dict(spans)
        ends = {b: a for a, b in spans}
        geo_ends = {h.end for h in self.hits if h.kind in (COUNTRY, PLACE)}
        pending = self.pending
        changed = True
        while changed and pending:
            changed = False
            for seg in list(pending):
                if not coordinated(text, seg.units[0].start, seg.units[-1].end, starts, ends, geo_ends):
                    continue
                pending.remove(seg)
                found = listed_with_companies(self, seg)
                if found is NO_NAME:
                    continue
                self._emit(found, LISTED_RULE)
                h = self.found[-1]
                starts[h.start] = h.end
                ends[h.end] = h.start
                changed = True

    def _segments(self, units, gaps):
        """Split a run at 'and' unless the right part needs the left ("Import and Export Corporation";
        a known name ending with a trade word, when a legal form closes the right part: "Navoi Mining
        and Metallurgical Company")."""
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
            right_first, left_last = seg[0][0], left[0][-1]
            oil_and_gas = left_last.hit is None and left_last.norm == "oil" and len(seg[0]) == 1 \
                and right_first.hit is None and right_first.norm == "gas"      # "Watan Oil and Gas"
            joined = oil_and_gas or right_first.hit is None and self._ends_company(seg[0]) and (
                (not self._standalone(left[0]) and right_first.norm in AND_CONTINUES)
                or (left_last.last.norm in _TRADE_WORDS and right_first.norm in _TRADE_WORDS
                    and (left_last.hit is None or legal_form(seg[0][-1].first) is not None)))
            if joined:
                merged[-1] = (left[0] + seg[0], left[1] + [" and "] + seg[1])
            else:
                merged.append(seg)
        return merged

    def _standalone(self, units) -> bool:
        """Does the left part of "X and Y" end like a complete company name?"""
        u = units[-1]
        return u.kind == COMPANY or (u.hit is None and (legal_form(u.first) is not None or u.norm in DESIGNATORS))

    def _ends_company(self, units) -> bool:
        u = units[-1]
        return u.hit is None and (legal_form(u.first) is not None or u.norm in DESIGNATORS
                                  or (u.norm in SITE_HEADS and len(units) > 1))

    # ------------------------------------------------------------------ one segment

    def _segment(self, units: list[Unit], gaps: list[str], legal_only: bool) -> None:
        """Companies in one segment, left to right: a name closed by a legal form is emitted and
        the words after it are read again as a segment of their own ("Alpha LLC and Beta JSC ...").

        Linear in the segment: one pass finds the legal forms, the titles and organisation heads
        and the last word that vetoes a name; reading the rest again only moves indices forward."""
        n = len(units)
        if not legal_only and self.mentions_list:
            found = under_list_heading(self, Segment(units, gaps, None, False, None))
            if found is not None and found is not NO_NAME:   # a list item's whole name, legal forms inside it too
                self._emit(found, LIST_HEADING_RULE)
                return
        legal_idx: list[int] = []                         # legal forms ("LLC", "Co")
        of_heads: list[int] = []                          # titles and organisation heads ("Chairman of")
        last_title = -1                                   # a title ("President")
        last_veto = -1                                    # a non-company name
        last_org = last_weak_legal = -1                   # an organisation head; a legal form such as "LLC"
        company_idx: list[int] = []                       # known companies and brands
        last_not_geo = -1                                 # a unit other than a country, place or demonym
        classes = _CLASSES or _word_classes()
        for k, u in enumerate(units):
            if u.hit is None:
                last_not_geo = k
                c = classes.get(u.norm)
                if not c:
                    continue                              # most words: none of the classes below
                if c & _PEOPLE and not c & (_TITLE | _ORG):
                    of_heads.append(k)                    # "Representatives of Qorgan Motors": its people
                if c & (_TITLE | _ORG):
                    of_heads.append(k)
                    if c & _TITLE:
                        last_title = k
                    if c & _ORG and not (c & _ENTERPRISE and k and units[k - 1].norm == ENTERPRISE_LEAD) and \
                            not (u.norm in SITE_INDUSTRY and k + 1 < n and units[k + 1].norm in SITE_HEADS) and \
                            not (u.norm == "service" and k and (company_idx or (units[k - 1].hit is None
                                 and units[k - 1].norm in SITE_INDUSTRY))) and \
                            not (u.norm in _OPERATED_SITES and k + 1 < n and units[k + 1].hit is None
                                 and units[k + 1].norm in DESIGNATORS):
                        last_org = k                      # (not "Assembly" before "Plant": an industry; nor
                                                          # the service of a trade: "Diesel Service", not "Tax Service";
                                                          # nor a known company's: "BelAZ Kavkaz Trans Service";
                                                          # nor a port's operator: "Qingdao Port International")
                if c & _LEGAL and not (k < n - 1 and gaps[k] in ("-", "‑")):
                    # (not a legal form joined to the next word: "Co-Investment", "Co-operative")
                    form = legal_form(u)                  # a token is its own first word
                    if form is not None:
                        legal_idx.append(k)
                        if not form.strict:
                            last_weak_legal = k
            elif u.kind == NONCO:
                sub = u.entry.sub
                if sub == "brand" or (sub == "sports" and k < n - 1 and units[-1].hit is None
                                      and (units[-1].norm in DESIGNATORS or legal_form(units[-1].first) is not None)):
                    # a brand, or a club's word opening a company's name ("Lokomotiv Kurastyru Zauyty",
                    # "Dinamo Firm LLC": a legal form makes it a company's)
                    company_idx.append(k)                 # "Lada Kazakhstan", "Exeed International"
                    last_not_geo = k
                elif sub != "region":                     # a region is a place ("Central Asia Capital")
                    last_veto = k
            elif u.kind == COMPANY:
                company_idx.append(k)
                last_not_geo = k
        if units[-1].hit is None and units[-1].norm in GEO_HEADS:
            last_veto = n - 1                             # "the Ferghana Valley"
        # An organisation head vetoes a name, unless a legal form such as "LLC" closes a name after it
        # ("Free Trade Port Construction and Operation Co., Ltd.").
        # An appositive calling it a company outweighs a head at the end ("X Textile Park, an enterprise").
        if last_org > last_weak_legal and not (last_org == n - 1 and last_veto < 0
                                               and called_company(self.doc.text, units[-1].end)):
            last_veto = max(last_veto, last_org)
        last_of = max((k for k, g in enumerate(gaps) if g == " of "), default=-1) if " of " in gaps else -1
        nl, nt = len(legal_idx), len(of_heads)
        lo = li = ti = 0
        while lo < n:
            # Drop a leading "X of" when X holds a title or an organisation head ("Chairman of ...").
            if last_of >= lo:
                while ti < nt and of_heads[ti] < lo:
                    ti += 1
                if ti < nt and of_heads[ti] <= last_of:
                    if _names_an_organisation(units[last_of], classes):
                        return                            # "Institute of Sustainable Engineering": its name
                    lo = last_of + 1
            # Drop leading function words and titles; a leading demonym is context (and stays in
            # the name: "Tajik Aluminium Company", "Turkish Airlines").
            while lo < n and units[lo].hit is None and units[lo].norm in STRIP and not legal_form(units[lo].first):
                lo += 1
            # A noun for a company opening the sentence is its description, not its name's first word
            # ("Steelmaker Qarvolat raised output", "Insurer Sengard paid"): "described before" reads it.
            if n - lo > 1 and units[lo].hit is None and units[lo].first is units[lo].last \
                    and is_trigger(units[lo].norm) and units[lo].norm.endswith(_AGENT_ENDINGS) \
                    and units[lo].norm not in ("partner", "partners") and self.doc.initial(units[lo].start) \
                    and gaps[lo] == " " and not legal_form(units[lo].first):
                lo += 1
            if lo >= n or last_veto >= lo:
                return                                    # "Ministry of ...", "... Agency", a media name
            context_code = units[lo].entry.code if n - lo > 1 and is_demonym(units[lo]) else None
            while li < nl and legal_idx[li] < lo:
                li += 1
            legal0 = legal_idx[li] if li < nl else n
            # (1) legal forms, or a soft head word in front ("Holding Asia Group Tajikistan")
            if legal0 < n or (n - lo > 1 and units[lo].hit is None and units[lo].norm in SOFT_DESIGNATORS):
                if lo < legal0 < n:
                    end = legal0
                    while li + 1 < nl and legal_idx[li + 1] == end + 1:
                        li += 1
                        end += 1
                    strict = all(legal_form(units[k].first).strict for k in range(legal0, end + 1))
                    if end == n - 2 and strict and _name_after_company_word(units[end + 1], gaps[end]):
                        end += 1                          # "Qorgan Petrol Company Junda": one name
                    elif end + 1 < n and gaps[end] == " " and units[end + 1].kind == COMPANY \
                            and not any(units[k].hit is not None for k in range(lo, legal0)):
                        # a known company's title before its name ("National Atomic Company Kazatomprom",
                        # "Joint Stock Company Qazoil"): the name found already; the title is no other company
                        lo = end + 1
                        continue
                    self._emit(by_legal_form(self, units[lo:end + 1], units[lo:legal0], strict, context_code),
                               LEGAL_FORM_RULE)
                    lo = end + 1                          # the rest is read again
                    continue
                start = lo
                while start < n and units[start].hit is None and \
                        (legal_form(units[start].first) or units[start].norm in SOFT_DESIGNATORS):
                    start += 1
                if start == n and n - lo > 1 and len(units[lo].first.word) == 2 and units[lo].first.word.isupper() \
                        and units[-1].norm in SOFT_DESIGNATORS:
                    start = lo                            # two letters that spell a legal form name the group: "AS Group"
                self._emit(by_legal_form(self, units[lo:] if lo else units, units[start:], legal0 == n,
                                         context_code), LEGAL_FORM_RULE)
                return
            if legal_only or last_not_geo < lo:
                return                                    # only countries and places: no rule names a company
            titled = last_title >= lo
            k0 = next((k - lo for k in company_idx if k >= lo), None) if company_idx else None
            if lo:
                units, gaps = units[lo:], gaps[lo:]
            seg = Segment(units, gaps, context_code, titled, k0,
                          self.mentions_venture and venture_before(self.doc.text, self._run_start))
            for name, rule in RULES:
                found = rule(self, seg)
                if found is not None:
                    self._emit(found, name)
                    return
            self.pending.append(seg)                      # no rule decided: a list may yet name it
            return

    def context_before(self, start: int) -> str | None | bool:
        """Country code (or None) when a trigger noun precedes `start`; False when none does."""
        text = self.doc.text
        if start < 2 or text[start - 1] != " ":
            return False
        lo = text.rfind(" ", max(0, start - 30), start - 1) + 1
        noun = text[lo:start - 1]
        if noun[:1].isupper() and self.doc.initial(lo):
            noun = noun.lower()                           # "Steelmaker Qarvolat": the sentence's first word
        if not is_trigger(noun):
            if noun not in ENTERPRISE_HEADS or not text.endswith(" production ", 0, lo):
                return False
            lo -= len("production ")                      # "the Moscow production association X"
        for h in self.countries.starting_in(lo - 45, lo):  # "the Chinese carmaker X": the first country
            if h.end <= lo and not any(c in text[h.end:lo] for c in ".,;:()\n"):   # (not a headline's)
                return h.entry.code
        return None

    def context_after(self, end: int) -> bool:
        return context_after(self.doc.text, end)

    def operator_before(self, u: Unit) -> bool:
        """Does a possessive name other than a country's or a place's stand right before `u`
        ("Qorgan's Sayram Automobile Plant", not "Uzbekistan's ...")?"""
        first = u.first
        if first.idx <= 0:
            return False
        prev = self.doc.toks[first.idx - 1]
        if not prev.poss or self.doc.text[prev.pend:first.start] != " ":
            return False
        if self.countries.ending_with(prev) is not None:
            return False
        entry = reference().entries.get(prev.norm)
        return entry is None or entry.kind not in (COUNTRY, PLACE)

    def country_possessive_before(self, u: Unit) -> bool:
        """Is the word right before `u` a country's possessive ("Kazakhstan's Orbis group")?"""
        first = u.first
        if first.idx <= 0:
            return False
        prev = self.doc.toks[first.idx - 1]
        return prev.poss and self.doc.text[prev.pend:first.start] == " " \
            and self.countries.ending_with(prev) is not None

    def named_as_person(self, tok: Tok) -> bool:
        """Does the article put a capitalised word right before another use of this word, as before
        a surname ("Igor Volkov", "President Volkov"), not a possessive ("Russia's Volkov")?"""
        text, toks, word = self.doc.text, self.doc.toks, tok.word[:tok.core_end - tok.start]
        for t in toks:
            if t is tok or t.idx <= 0 or not t.word.startswith(word) or t.core_end - t.start != len(word):
                continue
            prev = toks[t.idx - 1]
            if not prev.poss and text[prev.end:t.start] == " ":
                return True
        return False

    def place_bracket_before(self, start: int) -> bool:
        """Does `start` open a bracket, or an item of one, that follows a place at the start of a
        list line ("- Karaganda region (", "- Semey (SemAZ, ")?"""
        text = self.doc.text
        if not text.endswith(("(", ", "), 0, start):
            return False
        line0 = text.rfind("\n", 0, start) + 1
        if text[line0:line0 + 1] not in _LIST_MARKS:
            return False
        k = text.find("(", line0, start)
        if k < 0 or ")" in text[k:start]:
            return False
        head = text[line0 + 1:k].split()
        if head and head[-1].lower() in PLACE_NOUNS | _REGION_WORDS:
            head = head[:-1]
        return bool(head) and all(country_code_for(w) for w in head) and \
            any(h.start >= line0 and h.end <= k for h in self.places_in(line0, k))

    def places_in(self, lo: int, hi: int) -> list[Hit]:
        """Place hits (cities, regions, capitals) between lo and hi."""
        return [h for h in self.hits if lo <= h.start and h.end <= hi and h.entry.kind in (PLACE, COUNTRY)
                and (h.entry.kind == PLACE or h.entry.sub == "capital")]

    def place_or_model(self, word: str) -> bool:
        """Does the article use `word` as a place ("in Gemlik") or a model ("Damas vehicles")?"""
        if self._places_and_models is None:
            text = self.doc.text
            self._places_and_models = {m.group(1) for m in _PLACE_USE.finditer(text)} | \
                {m.group(1) for m in _MODEL_USE.finditer(text)}
        return word in self._places_and_models

    def has_context(self, u: Unit) -> bool:
        """Does the text around a lone unknown word say that it names a company?"""
        text = self.doc.text
        return is_compound_name(u) or self.context_before(u.start) is not False or context_after(text, u.end) \
            or noun_follows(text, u.end) or acts_after(text, u.end) or officer_before(text, u.start) or self.country_possessive_before(u) \
            or made_by_before(text, u.start) or party_before(text, u.start) or based_code(text, u.start) is not False \
            or self.place_bracket_before(u.start) or list_item_project(text, u.start, u.end) \
            or country_bracket_code(text, u.end) is not None \
            or (self.mentions_list and list_heading_item(text, u.start, u.end)) \
            or noun_bracket_code(text, u.start) is not False \
            or (text.endswith(", ", 0, u.start) and noun_comma_code(text, u.start) is not False) \
            or (self.mentions_venture and venture_before(text, u.start))

    def appositive_code(self, end: int) -> str | None:
        return appositive_code(self.doc.text, end)

    def _owner_first(self, first: Tok) -> Tok:
        """The first word of the owner's name whose possessive stands right before `first`: a name
        of generic words only is the owner's unit, and the owner's name is part of it ("China
        Zarvo Metal Industry's Foreign Engineering and Construction Co., Ltd.")."""
        toks, text = self.doc.toks, self.doc.text
        i = first.idx - 1
        while i > 0 and text[toks[i - 1].pend:toks[i].start] == " " and not toks[i - 1].poss \
                and toks[i - 1].norm not in STRIP:
            i -= 1
        return toks[i]

    def _emit(self, found: Name | None, rule: str) -> None:
        if found is None or found is NO_NAME:
            return
        units = found.units
        demonym_code = None
        if len(units) > 2 and is_demonym(units[0]) and units[1].hit is None and distinctive(units[1:2]) \
                and self.doc.text.endswith(("the ", "The "), 0, units[0].start):
            # "the Russian Kalashnikov Concern", "the Chinese Zhaoyang Motors": after "the" the demonym
            # says where the company is from; it is no part of its name (as in "Turkish Aerospace
            # Industries" or "Tajik Aluminium Company" without it)
            demonym_code, units = units[0].entry.code, units[1:]
        first, last = units[0].first, units[-1].last
        end = units[-1].end
        if last.norm in ("co", "ltd", "inc", "corp") and not last.poss and self.doc.text[end:end + 1] == ".":
            end += 1
        elif not last.poss and (number := _NUMBER_SUFFIX.match(self.doc.text, end)):
            end = number.end()                            # "Sangtudinskaya GES-1": the number is the name's
        start = units[0].start
        if not distinctive(units) and self.operator_before(units[0]):
            first = self._owner_first(first)              # "Qorgan Metal Group's Foreign Trading Co., Ltd."
            start = first.start
        hit = Hit(start, end, None, first, last, via="pattern", rule=rule)
        # A place leading the name is its home more often than not ("Fujian Hengwang Investment").
        lead = units[1] if len(units) > 1 and compass_region(units[:2]) else units[0]   # "South-Kyrgyz Cement"
        lead_code = lead.entry.code if is_geo(lead) or (lead is not units[0] and is_demonym(lead)) else None
        hit.code = found.code or demonym_code or possessive_code(self.doc, self.countries, first) or lead_code
        self.found.append(hit)


# A number joined to a name's last word names one of a series ("Sangtudinskaya GES-1", "Nurek-2"),
# not "Line 2-3" nor a range ("Motors-2024" is no series number: at most two digits)
_NUMBER_SUFFIX = re.compile(r"[-\u2011]\d{1,2}(?![\w\u2011-]|[.,]\d)")


def _name_after_company_word(u, gap: str) -> bool:
    """One distinctive word closing a run right after a word-like legal form continues the name, as
    Chinese companies name their units ("Qorgan Petrol Company Junda", "Zarvo Oil Corporation
    Sayram"); not a country, a place, a title, a known name or another legal form."""
    return gap == " " and u.hit is None and u.first is u.last and u.norm not in STRIP \
        and legal_form(u.first) is None and not u.last.poss and distinctive([u])


def _names_an_organisation(u, classes: dict[str, int]) -> bool:
    """An organisation's head right before "of": what follows is the organisation's own name ("the
    Institute of Sustainable Engineering", "the Academy of Applied Sciences"), not a company; a
    title's or its people's "of" is followed by their company ("Chairman of Qorgan Motors")."""
    c = classes.get(u.norm, 0) if u.hit is None else 0
    return bool(c & _ORG) and not c & (_TITLE | _PEOPLE | _ENTERPRISE)


def possessive_code(doc: Doc, countries: Countries, first: Tok) -> str | None:
    """"China's BYD": the country whose possessive stands right before the name."""
    if first.idx <= 0:
        return None
    prev = doc.toks[first.idx - 1]
    if not prev.poss or doc.text[prev.pend:first.start] != " ":
        return None
    h = countries.ending_with(prev)
    return h.entry.code if h is not None else None


class Countries:
    """The country hits of a text, found by position or by last word without a scan of them all
    (built on first use: most texts need neither)."""

    def __init__(self, hits: list[Hit]) -> None:
        self._hits = hits
        self._countries: list[Hit] | None = None

    def _build(self) -> list[Hit]:
        self._countries = [h for h in self._hits if h.entry.kind == COUNTRY]
        self._starts = [h.start for h in self._countries]
        self._by_last = {h.last: h for h in self._countries}
        return self._countries

    def starting_in(self, lo: int, hi: int) -> list[Hit]:
        """Country hits starting at lo..hi, in text order."""
        countries = self._countries if self._countries is not None else self._build()
        return countries[bisect_left(self._starts, lo):bisect_right(self._starts, hi)]

    def ending_with(self, tok: Tok) -> Hit | None:
        if self._countries is None:
            self._build()
        return self._by_last.get(tok)
