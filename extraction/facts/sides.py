"""Which state a trade figure belongs to: the roles a sentence gives the states it names.

A state is the reporter (whose trade it is: "Tajikistan's trade", "Tajik exports",
"Uzbekistan exported"), the partner ("with Uzbekistan", "to Russia", "the largest export
destination"), or the label of one figure ("followed by Afghanistan ($1.3 million)",
"Kyrgyzstan came second with $22.7 billion"). The other side can also be a group of states
("with the five Central Asian republics", "within the union"). Each rule is a named pattern.
"""
from __future__ import annotations

import re

from extraction.facts import cues, groups
from extraction.facts.common import last_match
from extraction.facts.context import Ent, SentenceView
from extraction.records import Quantity

# (with the article some names take: "with Turkey and the Russian Federation")
LIST_GLUE = re.compile(r"(?:\s*,)?\s*(?:and|or)?\s*(?:the\s+)?|\s*,\s*(?:the\s+)?")

# A state right before a figure that it labels: "Afghanistan ($1.3 million)", "Kyrgyzstan followed
# with $19.8 billion", "Ukraine was a distant second with $1.5 million", "then Kazakhstan with",
# "Kazakhstan took $292 million", "China third (6.9 million bottles)", "Kazakh buyers accounted for $82.6 million", "Japan bought yarn
# worth $187,000", "Russia paid $32.8 million for them".
_LABELS_FIGURE = re.compile(
    r"^(?:['\u2019]s)?(?:\s+(?:buyers|customers|importers|consumers|companies|firms))?"
    r"(?:,\s+(?:the|a|an|its)\s+[^,()]{1,70},)?"
    r"(?:\s*\(\s*|\s*[-\u2013\u2014:]\s+|,?\s+(?:[\w-]+\s+){0,4}?with\s+(?:a\s+total\s+of\s+|goods\s+worth\s+)?"
    r"|,?\s+(?:took|taking|bought|buying|received|receiving|accounted\s+for|made\s+up|supplied|supplying"
    r"|paid|paying|spent|came\s+to|at)\s+(?:(?:[a-z][\w-]*\s+){1,3}?(?:worth|for)\s+)?"
    r"|,?\s+(?:was\s+|came\s+|ranked\s+)?(?:(?:a\s+)?(?:distant|close)\s+)?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)(?:\s+place)?(?:\s+(?:at|with)\s+|\s*\(\s*))"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|just|only|a\s+mere)\s+){0,2}$", re.I)
_RECEIVED = re.compile(r"\breceiv(?:ed|ing)\b", re.I)
_INSIDE_APPOSITIVE = re.compile(r"\b(?:after|behind|ahead\s+of|than|among|like|including)\s+(?:the\s+)?$", re.I)
# "... and Kazakhstan 2,374", "... and the Republic of Kazakhstan 2,374": a gapped enumeration slot
_GAPPED = re.compile(r"(?:\band|,)\s+(?:the\s+)?$", re.I)
# what may stand between a gapped slot's state and its figure: "and Kyrgyzstan just 3.3 thousand tonnes"
_GAP_WORDS = re.compile(r"\s+(?:(?:just|only|some|about|around|nearly|almost|over|under|roughly|a\s+mere)\s+)?", re.I)
# "the latter taking 1.448 mln tonnes", "the former with $2 billion": the state an anaphor points back to
_ANAPHOR_LABEL = re.compile(
    r"\bthe\s+(latter|former)(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:taking|took|buying|bought|receiving|received"
    r"|supplying|supplied|with|at|accounting\s+for|accounted\s+for)\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|just|only)\s+){0,2}$", re.I)
_BUYERS = re.compile(r"['\u2019]s\s+(?:buyers|customers|importers|consumers|companies|firms)\b", re.I)
# A state named as the other side: "with Uzbekistan", "to Russia", "from China", "into Georgia"
# (and the state a ranking of partners is led by: "on the import side the ranking was led by Turkey")
_PARTNER_BEFORE = re.compile(r"\b(?:with|(?<!according\s)to|from|into"
                             r"|(?:ranking|list|rating|table)s?\s+(?:(?:was|is|were|are)\s+)?(?:again\s+)?"
                             r"(?:led|topped|headed)\s+by)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
# "The United Kingdom was the largest export destination", "China remained the main supplier"
# A relative clause hung on a state, between commas: "Switzerland, which buys Tajik gold, remained the main
# destination": the state it names is no side of the figure, and the clause hides nothing of its head's role.
RELATIVE = r",\s+(?:which|that|who|whose)\s+[^,;:()$\d]{1,60},"
_RELATIVE_AFTER = re.compile(RELATIVE)
_PARTNER_AFTER = re.compile(
    # ("China had regained first place among partners": a place taken in the ranking)
    rf"^(?:['\u2019]s)?(?:{RELATIVE})?\s+(?:(?:had|has|have)\s+)?(?:was|were|is|are|remained|remains|became|becomes|ranked"
    r"|stayed|came|kept|took|takes|held|holds|regained|retained|reclaimed|occupied|occupies)\s+"
    r"(?:(?:the|a|its|their|by\s+far\s+the)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:destinations?|markets?|buyers?|suppliers?|partners?|sources?|customers?|counterparts?"
    r"|second|third|fourth|fifth|first\s+place)\b", re.I)
# The state whose trade it is: "Tajikistan's trade", "Tajik exports", "Chinese customs", "Uzbekistan exported"
_REPORTER_AFTER = re.compile(
    r"^(?:['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:trade|turnover|exports?|imports?|customs|purchases|shipments|deliveries"
    r"|sales|statistic\w*|foreign)"
    r"|\s+(?:\w+\s+)?(?:exports?|imports?|trade|turnover|customs|exporters|sellers|suppliers|producers|makers"
    r"|manufacturers|companies|firms)\s+(?:also\s+|then\s+)?(?:sold|exported|shipped|sent|supplied|delivered)"
    r"|\s+(?:\w+\s+)?(?:exports?|imports?|trade|turnover|customs|exporters|sellers|suppliers)"
    r"|\s+(?:also\s+|then\s+)?(?:bought|sold|exported|imported|shipped|purchased|sent|supplied|delivered))\b", re.I)


# A group of states as the other side: "trade with the region", "with the five Central Asian
# republics", "exports to the EU", "turnover with the Eurasian Economic Union as a whole",
# "mutual trade within the union", "among the member states".
_GROUP_PARTNER = re.compile(
    r"\b(?:with|to|from|within|among|across)\s+(?:the\s+)?(?:(?:wider|whole|entire|other|its|their)\s+)?"
    r"(?:(?:(?:three|four|five|six|seven|eight|nine|[3-9]|\d\d+)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"|(?:Central\s+Asian|Caucasian|South\s+Caucasus|Turkic|Eurasian|European|ASEAN|Gulf|Arab|member|neighbou?ring"
    r"|partner|other)\s+)(?:countries|republics|states|nations|members|economies|neighbou?rs)"
    r"|(?:countries|states|nations|members)\s+of\s+the\s+(?:region|union|bloc|organi[sz]ation)"
    r"|(?:partners|neighbou?rs)\s+in\s+the\s+(?:region|union|bloc|Eurasian\s+Economic\s+Union|EAEU|European\s+Union|EU|CIS)"
    r"|region|members|member\s+states|bloc|union|world|rest\s+of\s+the\s+world|Central\s+Asia|Eurasian\s+Economic\s+Union|EAEU"
    r"|European\s+Union|EU|CIS|Commonwealth\s+of\s+Independent\s+States|all\s+(?:countries|partners))\b"
    # "data from the EU statistics office": whose office, not the other side
    r"(?!\s+(?:statistics|statistical)\s)")
# the goods a figure counts, up to the side they went to or came from (an aside in brackets is one word)
_GOODS_THEN = re.compile(r"(?:\s+(?:[\w-]+|\([^()]{1,40}\))){0,8}?\s+(?=(?:with|to|from|within|among|across)\s)")
# "trade with Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": three or more states listed as one side
_MANY = 3


# "Kyrgyzstan and Kazakhstan together took 81 percent": two states as one side
_TOGETHER = re.compile(r"\s+(?:together|combined|between\s+them)\b", re.I)


def group_partner(view: SentenceView, seg_start: int, q: Quantity) -> str | None:
    """The other side of the figure when it is a group of states, not one state: the group's
    code when the text names a known group ("the Eurasian Economic Union" -> "EAEU"), "" for
    another group ("the region", "Kyrgyzstan and Kazakhstan together"); None for one state."""
    text = view.text
    states = [c for c in view.state_countries() if seg_start <= c.start < q.start]
    if len(states) >= 2 and LIST_GLUE.fullmatch(text, states[-2].end, states[-1].start) \
            and _TOGETHER.match(text, states[-1].end):
        return ""
    m = last_match(_GROUP_PARTNER.finditer(text, seg_start, q.start))
    if m is None:
        # "traded goods worth $65.9 billion with the rest of the world": the side right after the figure
        # or after the goods ("4.1 million tonnes of wheat (in grain equivalent) to the Central Asian countries")
        gap = _GOODS_THEN.match(text, q.end)
        m = _GROUP_PARTNER.match(text, gap.end()) if gap is not None else None
    if m is not None and not any(m.end() <= c.start < q.start and is_partner_mention(text, c)
                                 for c in view.state_countries()):
        if any(LIST_GLUE.fullmatch(text, m.end(), c.start) and c.start > m.end() for c in view.state_countries()):
            return ""               # "to the Central Asian countries and Afghanistan": a group of another make-up
        limit = q.start if m.start() < q.start else m.end()
        code = next((code for start, end, code in groups.named(text) if m.start() <= start < limit), None)
        return code or ""
    run = 1                         # states listed one after the other ("A, B and C")
    for a, b in zip(states, states[1:]):
        run = run + 1 if LIST_GLUE.fullmatch(text, a.end, b.start) else 1
        if run >= _MANY:
            return ""
    return None


def label_of(view: SentenceView, q: Quantity) -> Ent | None:
    """The state that labels the figure `q` right before it, if any."""
    text = view.text
    if ("latter" in view.low or "former" in view.low) \
            and (m := _ANAPHOR_LABEL.search(text, max(0, q.start - 70), q.start)) is not None:
        # "Egypt ranked second and Algeria fourth, the latter taking 1.448 mln tonnes"
        named = [c for c in view.state_countries() if c.end <= m.start()]
        k = 1 if m.group(1).lower() == "latter" else 2
        return named[-k] if len(named) >= k else None
    for c in reversed(view.state_countries()):
        if c.end <= q.start and text.startswith(",", c.end) \
                and _INSIDE_APPOSITIVE.search(text, max(0, c.start - 20), c.start):
            continue                # "Kazakhstan, the largest partner after Russia, third at $550 million"
        if c.end <= q.start and q.start - c.end <= 130:
            between = text[c.end:q.start]
            if _LABELS_FIGURE.match(between) and (not c.possessive or _BUYERS.match(between)):
                if q.is_money and _RECEIVED.search(between) and cues.EARNED_FROM_EXPORTS.match(text, q.end):
                    return None     # "Uzbekistan received $1.1 billion from cotton yarn exports": the exporter
                return c
            if _GAP_WORDS.fullmatch(between) and _GAPPED.search(text, max(0, c.start - 10), c.start):
                return c            # "Russia took 6,253 of them and Kazakhstan (just) 2,374"
            return None
    return None


def in_relative_clause(view: SentenceView, c: Ent) -> bool:
    """Whether the mention `c` stands inside a relative clause hung on another state ("Switzerland,
    which buys Tajik gold, ...": Tajik)."""
    text = view.text
    for d in view.state_countries():
        if d.end >= c.start:
            return False
        m = _RELATIVE_AFTER.match(text, d.end)
        if m is not None and c.end <= m.end():
            return True
    return False


def is_partner_mention(text: str, c: Ent) -> bool:
    return bool(_PARTNER_BEFORE.search(text, max(0, c.start - 40), c.start) or _PARTNER_AFTER.match(text[c.end:]))


def reporter_mention(view: SentenceView) -> Ent | None:
    """A state the sentence names as the one whose trade it reports."""
    text = view.text
    for c in view.state_countries():
        if is_partner_mention(text, c) or is_share_holder(text, c):
            continue                # "Russia supplied 30.4 percent of all imports": a partner's share
        if (c.possessive or c.via in ("demonym", "name")) and _REPORTER_AFTER.match(text[c.end:c.end + 60]):
            return c
    return None


_OPENING_STATE = re.compile(r"^(?:[A-Z][A-Z /.,-]*[-\u2013\u2014]\s+)?(?:The\s+)?$")
# "the country", "the republic": the state the text was just talking about
THE_COUNTRY = re.compile(r"\b(?:the|this)\s+(?:country|republic|nation)\b(?!['\u2019]s\s+\w+\s+(?:partners?|neighbou?rs?))",
                         re.I)


# The other side named by an epithet: "exports to the Islamic Republic", "gas delivered to its
# north-western neighbour", "imports from the neighbouring kingdom"; not "the Republic of Korea" (a name)
# nor "its neighbours" (many states).
_EPITHET_PARTNER = re.compile(
    r"\b(?:to|from|with|into)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Islamic\s+Republic|republic|kingdom|emirate|neighbou?r|neighbou?ring\s+(?:country|state)|country|nation)"
    r"\b(?!\s+of\b|['\u2019]s|s\b)", re.I)


def epithet_partner(text: str, start: int, end: int) -> re.Match | None:
    """An epithet between `start` and `end` that names the other side of a flow without naming it."""
    return _EPITHET_PARTNER.search(text, start, end)


def names_reporter(text: str, c: Ent) -> bool:
    """Whether the mention `c` names the state whose trade it is ("Tajik exports", "Georgia's trade")."""
    return bool(_REPORTER_AFTER.match(text[c.end:c.end + 60]))


def opens(view: SentenceView, c: Ent) -> bool:
    """Whether the state opens the sentence, as its subject ("Turkmenistan is also widening ...")."""
    return c.possessive or _OPENING_STATE.match(view.text[:c.start]) is not None


def partner_codes(view: SentenceView) -> list[str]:
    """The states the sentence names as the other side, those listed after one included
    ("trade with Turkey and Russia")."""
    text = view.text
    out: list[str] = []
    prev: Ent | None = None
    for c in view.state_countries():
        if is_partner_mention(text, c) or (prev is not None and prev.code in out
                                           and LIST_GLUE.fullmatch(text, prev.end, c.start)):
            if c.code not in out:
                out.append(c.code)
        prev = c
    return out


# A state named as holding a share of a figure, not as its other side: "with China accounting for
# 61 percent of the total", "and Russia for 16 percent", "China accounted for 94 percent",
# "Kazakhstan's share was 20%", "China, with a 40 percent share".
_SHARE_AFTER = re.compile(
    r"(?:['\u2019]s\s+share\s+(?:\w+\s+){0,2}?(?:was|is|stood\s+at|reached|came\s+to|of)"
    # "Uzbekistan and Afghanistan together accounted for 80.5%": a share held by two states
    r"|\s+(?:and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:(?:alone|together|combined|between\s+them)\s+)?(?:accounting|accounted|accounts|account|made\s+up|making\s+up|makes\s+up|took|taking|had|with"
    # "Russia supplied 30.4 percent of all imports", "China bought 40% of the exports": a share of
    # another state's flow, supplied or bought (the verbs of a partner, not of the reporter)
    r"|supplied|supplies|supplying|provided|provides|providing|bought|buys|buying|purchased|received|receives"
    r"|receiving|absorbed|absorbs|absorbing)?"
    r"\s*(?:for\s+)?(?:a\s+)?)"
    r"\s*(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|just|only|under|less\s+than)\s+){0,2}"
    # (a share in words: "only about half a percent of China's foreign trade", "a third of its imports")
    r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|half\s+a\s+(?:percent|per\s+cent)"
    r"|(?:a|one|two)\s+(?:thirds?|quarters?|fifths?|tenths?)\s+of|half\s+of)", re.I)


# The same share told from the goods' side, the state after it: "and 97.8% of that went to Russian
# buyers", "with 60 percent going to China", "of which 85% was sold to Turkiye", "40 per cent of them
# came from Russia".
_SHARE_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+(?:of\s+(?:that|it|them|this|these|those|the\s+\w+)\s+)?"
    r"(?:went|going|goes|go|headed|heading|came|coming|comes|(?:was|were|is|are|being)\s+(?:sent|shipped|exported"
    r"|sold|delivered|supplied|imported|bought|purchased))\s+(?:to|from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def is_share_holder(text: str, c: Ent) -> bool:
    """Whether the mention `c` holds a share of a figure ("China accounting for 61 percent of the
    total", "97.8% of that went to Russia"): it is neither the reporter nor the partner of the figure
    itself."""
    return _SHARE_AFTER.match(text, c.end, c.end + 60) is not None \
        or _SHARE_BEFORE.search(text, max(0, c.start - 80), c.start) is not None


# Trade inside a group, no one state's: "mutual trade within the union", "trade among the countries
# of the region", "trade across the wider CIS".
_INSIDE_GROUP = re.compile(r"(?:within|among|amongst|across|inside)\b", re.I)


def intra_group(view: SentenceView, seg_start: int, q: Quantity) -> bool:
    """Whether the figure is the trade inside a group of states (no reporter, no partner)."""
    m = last_match(_GROUP_PARTNER.finditer(view.text, seg_start, q.start))
    return m is not None and _INSIDE_GROUP.match(m.group()) is not None \
        and not any(m.end() <= c.start < q.start for c in view.state_countries())


# An interview's "we", "our", "us" (lower-case "us": "US" is a state): the interviewee's side.
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Oo]urs)\b")
# An interview's answer: "A: ...", "Answer: ...", or a dash line right after a question ("Q: And China?"
# over "\u2014 Turnover with China came to $1.8 billion")
_ANSWER = re.compile(r"\s*(?:A|Answer)\s*[:.]\s", re.I)
_DASH_LINE = re.compile(r"\s*[-\u2013\u2014]\s")


def speaks(av, view: SentenceView) -> bool:
    """Whether the sentence is in the words of the quoted or interviewed person: a first person, or an
    interview's answer line."""
    text = view.text
    if FIRST_PERSON.search(text) or _ANSWER.match(text):
        return True
    return view.no > 0 and _DASH_LINE.match(text) is not None \
        and av.sentences[view.no - 1].text.rstrip().endswith("?")
# Whom an interview or a quote is with: a state before the speaker's office ("the Georgian deputy
# economy minister", "Kazakhstan's ambassador to China", "Uzbek trade official") or after it ("the
# Minister of Economy of Georgia", "the ambassador of Kazakhstan")
_OFFICE = (r"(?:minister|ambassador|envoy|official|spokes(?:man|woman|person)|chairman|chairwoman|chair|president"
           r"|governor|director|representative|consul|adviser|advisor|commissioner|secretary|head|premier)")
_OFFICE_AFTER_STATE = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?" + _OFFICE + r"\b", re.I)
_OFFICE_BEFORE_STATE = re.compile(_OFFICE + r"\s+(?:of\s+(?:the\s+)?[\w ]{0,40}?\s+)?of\s+(?:the\s+)?$", re.I)


def speaker_state(av) -> str | None:
    """The state of the person the article quotes or interviews: the first state named with an
    office, before it or after it ("The Georgian deputy economy minister spoke ..."); their "we" and
    "our trade" are that state's. Read once per article, only when a figure has a first person."""
    found = getattr(av, "_speaker_state", False)
    if found is not False:
        return found
    found = None
    for v in av.sentences[:12]:
        text = v.text
        for c in v.state_countries():
            if _OFFICE_AFTER_STATE.match(text, c.end, c.end + 60) \
                    or _OFFICE_BEFORE_STATE.search(text, max(0, c.start - 70), c.start):
                found = c.code
                break
        if found:
            break
    av._speaker_state = found
    return found
