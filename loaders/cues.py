"""Trigger lexicons for fact extraction, compiled once at import.

Every cue is a general English pattern of how news reports production
figures, trade flows and agreements; none names a company, a place or a
figure. The fact modules (`facts_production`, `facts_trade`,
`facts_agreements`) decide what the cues mean around one quantity.
"""
from __future__ import annotations

import re

I = re.I

# --- cheap sentence filters -------------------------------------------------

HAS_DIGIT_OR_NUMWORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|dozen)\b", I)

# --- clause structure --------------------------------------------------------

# Percentages are not returned by `quantities`; they still end a figure's clause.
PERCENT = re.compile(r"[-+]?\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|pct\b|percentage points?\b)", I)
# Hard boundaries between independent statements inside one sentence.
CLAUSE_BREAK = re.compile(
    r";|,\s+(?:while|whereas|which|but|although|though)\b|\s(?:while|whereas)\s|\s+-\s+|\s+[\u2013\u2014]\s+", I)
# Soft boundaries: a new segment, whose figure may still lean on the previous one.
SEGMENT_BREAK = re.compile(
    r";|,\s+(?:while|whereas|followed by|with|but|which|although|though)\b|\s(?:while|whereas)\s"
    r"|,?\s+followed by\b|\s+[\u2013\u2014]\s+", I)

# --- production ---------------------------------------------------------------

_PROD_VERBS = (r"produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|build(?:s|ing)?|built|assembl(?:e|es|ed|ing)"
               r"|make|makes|making|made|turn(?:s|ed|ing)?\s+out|roll(?:s|ed)?\s+out|put\s+together"
               r"|puts\s+together")
# A production verb, not as part of a hyphenated adjective ("Kazakh-assembled").
PROD_VERB = re.compile(rf"(?<![-\w])(?:{_PROD_VERBS})\b(?!\s+up\b)(?!-)", I)
PROD_NOUN = re.compile(
    r"\b(?:output|production|capacity|capacities|assembly|manufacturing|came\s+off|rolled\s+off|come\s+off"
    r"|roll\s+off|off\s+(?:the\s+)?(?:\w+\s+)?(?:assembly\s+|production\s+)?lines?)\b", I)
PROD_ANY = re.compile(rf"(?<![-\w])(?:{_PROD_VERBS})\b(?!-)|\b(?:output|production|capacity|assembly"
                      r"|manufacturing|came\s+off|rolled\s+off|assembly\s+lines?)\b", I)

CAPACITY = re.compile(
    r"\b(?:capacity|capacities|capable\s+of|can\s+(?:\w+\s+)?(?:produce|build|make|assemble|turn\s+out|manufacture|roll\s+out)"
    r"|could\s+(?:produce|build|make|assemble|turn\s+out|manufacture)"
    r"|(?:is|are|was|were|be|being)\s+able\s+to|designed\s+(?:for|to)|design(?:ed)?\s+capacity"
    r"|(?:plant|factory|facility|mill|site|works)\s+(?:is|are)\s+to\s+(?:make|produce|turn\s+out|manufacture|assemble))\b", I)
PLAN = re.compile(
    r"\b(?:target(?:s|ed)?|goal|aim(?:s|ed|ing)?|ambitions?|plan(?:s|ned|ning)?|expect(?:s|ed|ation|ations)?"
    r"|forecast(?:s|ed)?|project(?:s|ed)|intend(?:s|ed)?|pledged?|promised?|will|would|shall|should"
    r"|(?:is|are|was|were)\s+to\s+(?:be\s+)?\w+|to\s+be\s+followed|due\s+to|set\s+to|going\s+to"
    r"|wants?\s+to|hopes?\s+to|(?:lift|raise|increase|boost|bring)(?:s|ing|ed)?\s+(?:\w+\s+){0,3}to)\b", I)
ACTUAL_VERB = re.compile(
    r"(?<![-\w])(?:produced|manufactured|built|assembled|made|turned\s+out|rolled\s+out|put\s+together"
    r"|came\s+off|rolled\s+off|rose|grew|increased|decreased|fell|dropped|declined|reached|topped|totall?ed"
    r"|amounted|exceeded|was|were|has\s+(?:risen|grown|reached|topped)|had\s+(?:risen|grown|reached)"
    r"|finished|delivered|climbed|jumped|doubled|stood|celebrated)\b(?!-)", I)
# Cumulative or part-year figures.
CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+all|cumulative(?:ly)?|all\s+told|in\s+total"
    r"|over\s+the\s+(?:first\s+)?(?:\w+\s+)?(?:months|half|quarters?)|first\s+stage|first\s+phase\s+total)\b", I)
PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|later|on|and\s+a\s+half))"
                      r"|\bannual(?:ly)?\b|\byearly\b|\bper\s+annum\b", I)

# Product units that count as production output (seeds/units.csv values).
PRODUCTION_UNITS = frozenset({"vehicles", "tonnes", "tyres", "tractors", "units", "combines", "wagons",
                              "locomotives", "liters", "barrels", "cubic_meters"})
TRADE_PHYSICAL_UNITS = frozenset({"vehicles", "tonnes", "tyres", "tractors", "units", "combines", "wagons",
                                  "locomotives", "liters", "barrels", "cubic_meters", "kg"})
VEHICLE_WORDS = re.compile(r"\b(?:cars?|vehicles?|trucks?|buses|bus|automobiles?|sedans?|SUVs?|pickups?"
                           r"|crossovers?|minibuses|vans?|auto(?:mobile)?\s+(?:plant|industry|assembl\w*))\b", I)

# Words that make a vehicle count a sales, fleet or market figure, not output.
NOT_OUTPUT = re.compile(
    r"\b(?:sold|sales?|sell(?:s|ing)?|registered|registrations?|bought|purchased|fleet|taxis?|on\s+the\s+roads?"
    r"|imported|imports?|exported|exports?|exporting|shipped|shipments?|sent\s+to|deliver(?:ed|ies|y)\s+to"
    r"|parking|spaces|stations?|visitors|spectators|seats?|downloads|views)\b", I)

# Nouns that make a sentence about a production site.
PLANT_NOUN = re.compile(
    r"\b(?:plant|factory|facility|site|works|mill|enterprise|assembly\s+(?:line|shop)|production\s+line"
    r"|(?:opened|launched|started|set\s+up)\s+(?:a|the|its)\s+(?:new\s+)?(?:\w+\s+)?line"
    r"|industrial\s+(?:zone|park|district))\b", I)
PLANT_NAME = re.compile(
    r"\b((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*)\s+(?:\([A-Z]{2,8}\)\s+)?"
    r"(?:(?:car|automobile|auto|assembly|tractor|tyre|tire|truck|bus)\s+)?(?:plant|factory|works)\b")
POWER_PLANT = re.compile(r"\b(?:power|nuclear|solar|wind|hydro\w*|thermal)\s+(?:power\s+)?(?:plants?|stations?)\b", I)

# --- trade --------------------------------------------------------------------

EXPORT = re.compile(
    r"\bexport(?:s|ed|ing)?\b|\bsold\b(?=[^;]{0,60}?\b(?:to|abroad)\b)|\bsell(?:s|ing)?\b(?=[^;]{0,60}?\b(?:to|abroad)\b)"
    r"|\bsales?\s+abroad\b|\bship(?:ped|ping|ments?)\s+(?:\w+\s+){0,3}(?:to|abroad)\b"
    r"|\bdeliver(?:ed|ies|y)\b|\bsent\s+to\b|\bsupplie[sd]\s+to\b|\bsupplies\s+to\b", I)
IMPORT = re.compile(
    r"\bimport(?:s|ed|ing)?\b|\bbought\b|\bbuy(?:s|ing)?\b|\bpurchas(?:e|es|ed|ing)\b|\bbuyers\b", I)
# Lower-case "trade"/"turnover" (a capital "Trade" is a name: Ministry, Agreement).
TURNOVER = re.compile(
    r"\b(?:[Tt]rade\s+turnover|[Tt]urnover|[Tt]rade\s+volume|[Vv]olume\s+of\s+trade|[Tt]raded|[Tt]rade)\b"
    r"(?!\s+(?:agreements?|relations|avenues|zones?|missions?|ties|and\s+integration|polic\w+|representatives?"
    r"|cent(?:re|er)s?|houses?|fairs?|unions?|wars?|barriers?|routes?|corridors?|cooperation|partners?|forums?"
    r"|and\s+economic|and\s+investment|organi[sz]ations?|regimes?|deals?|preferences|missions?|links?))", 0)


def turnover_cues(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """Lower-case trade words, or capitalised only where they open the sentence."""
    end = len(text) if end is None else end
    return [m for m in TURNOVER.finditer(text, start) if m.end() <= end and (m.start() == 0 or m.group()[0].islower())]
# Turnover with all partners.
TOTAL_TRADE = re.compile(r"\b(?:foreign|overall|total|external|global|world)\s+(?:\w+\s+)?trade\b"
                         r"|\btrade\s+with\s+(?:the\s+)?(?:world|all\s+(?:countries|partners))\b", I)
ABROAD = re.compile(r"\babroad\b|\bforeign\s+markets?\b|\bexternal\s+markets?\b|\binternational\s+markets?\b", I)
# Hints that the figure is between two sides named elsewhere.
# "it amounted to $X" right after a sentence about trade
TRADE_PRONOUN = re.compile(
    r"\b(?:it|this|that|the\s+figure|the\s+volume|the\s+total)\s+(?:\w+\s+){0,2}(?:amounted|reached|stood|totall?ed"
    r"|came|was|rose|grew|fell|increased|decreased|exceeded|topped|hit|declined|dropped)\b[^.;]*$", I)
BILATERAL = re.compile(
    r"\b(?:bilateral|mutual|two-way|between|the\s+two\s+(?:countries|sides|nations|states|neighbours|neighbors)"
    r"|both\s+(?:countries|sides)|the\s+sides|neighbou?r(?:ing)?(?:\s+country)?|of\s+which|with\s+it|from\s+it"
    r"|to\s+it|(?:to|from)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:neighbou?r|partner|market|country))\b", I)
# "the two countries", "both sides": the pair the article is about.
TWO_SIDES = re.compile(r"\b(?:the\s+two\s+(?:[\w-]+\s+){0,2}(?:countries|sides|states|nations|leaders|presidents"
                       r"|governments|ministries|heads\s+of\s+state|neighbou?rs)|both\s+(?:countries|sides)|the\s+sides"
                       r"|bilateral|mutual|two-way|intergovernmental)\b", I)
# The figure is a goal rather than a reported value.
TARGET = re.compile(
    r"\b(?:goals?|targets?|targeted|aim(?:s|ed|ing)?|plan(?:s|ned)?\s+to|ready\s+to|intend(?:s|ed)?|would\s+like"
    r"|wants?\s+to|expect(?:s|ed)?|forecast|projected|should|will|could|pledged|earmarked|potential"
    r"|(?:is|are|was|were)\s+to\s+be|to\s+(?:reach|bring|lift|raise|increase|boost|double|take|expand)"
    r"|(?:bring|bringing|lift|lifting|rais(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|doubl(?:e|ing))\s+(?:[\w'\u2019-]+\s+){0,4}to"
    r"|task\s+set|set\s+(?:a|the)\s+(?:goal|target|task))\b", I)
TARGET_AFTER = re.compile(r"^\s*(?:goal|target|mark|ambition)\b"
                          r"|^[^,;.]{0,45}?\b(?:(?:is|are|was|were)\s+to\s+be|will\s+be|would\s+be|should\s+be"
                          r"|(?:is|are)\s+(?:earmarked|expected|planned|intended|due)|earmarked)\b", I)
# Right before an amount: it restates the previous figure of the sentence.
COMPARISON_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bon\s+the|\bversus|\bvs\.?|\bthan|\bup\s+from|\bdown\s+from)"
    r"\s+(?:(?:about|around|almost|nearly|over|some|just|roughly)\s+)?(?:the\s+)?$", I)
# Nouns that make money a different measure: investment, price, tax, prize...
MONEY_BLOCK = re.compile(
    r"\b(?:invest(?:ment|ments|ed|ing|or|ors)?|fund(?:s|ing|ed)?|costs?|cost\s+of|prices?|priced|prize|taxe?s?|budgets?"
    r"|loans?|GDP|capital|credits?|grants?|revenues?|profits?|salar(?:y|ies)|wages?|deals?|agreements?"
    r"|contracts?|documents|projects?|financ\w+|reserves|debts?|valuation|stake|costs|spent|spending"
    r"|subsid\w+|aid|assistance|worth\s+of\s+products|value\s+of|capitali[sz]ation|earnings|dividends?"
    r"|turned\s+out|paid|transferred|fees?|duties|allocated|raised\s+\$?)\b", I)
MONEY_BLOCK_AFTER = re.compile(
    r"^\s*(?:worth\s+of\s+(?:products|goods\s+produced|output)|in\s+(?:investments?|taxes|funding|loans|prize|fees)"
    r"|of\s+(?:investments?|funding|loans)|(?:\w+\s+){0,2}(?:investment\s+)?(?:fund|project|plant|loan|grant|prize))\b", I)
# An amount right before these is already a trade figure ("$5.2 billion of trade").
TRADE_AFTER = re.compile(
    r"^\s*(?:worth\s+)?(?:of|in)\s+(?:\w+\s+){0,2}(?:trade|exports?|imports?|turnover|deliveries|shipments"
    r"|purchases|sales\s+abroad)\b", I)
PASSIVE_TRADE_AFTER = re.compile(
    r"^[^.;]{0,70}?\b(?:(?:was|were|are|is|be|been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}"
    r"(?:exported|imported|shipped|sent\s+to|delivered|sold\s+(?:to|abroad))|earmarked\s+for\s+(?:sale|export))", I)

# --- agreements ---------------------------------------------------------------

AGREEMENT_NOUNS: tuple[tuple[str, re.Pattern], ...] = (
    ("memorandum", re.compile(r"(?i:\bmemorand(?:um|a)\b(?:\s+of\s+(?:understanding|cooperation|intent))?)|\bMoUs?\b|\bMOUs?\b")),
    ("joint_venture", re.compile(r"\bjoint[- ]ventures?\b|\bJVs?\b", I)),
    ("action_plan", re.compile(r"\baction\s+plans?\b", I)),
    ("roadmap", re.compile(r"\broad[- ]?maps?\b", I)),
    ("treaty", re.compile(r"\btreat(?:y|ies)\b(?!\s+Organi[sz]ation)", I)),
    ("contract", re.compile(r"\bcontracts?\b(?!\s+(?:manufactur\w+|assembly|workers?))", I)),
    ("partnership", re.compile(r"\bpartnerships?\b|\bconglomerate\b|\bconsortium\b|\balliance\b")),
    ("agreement", re.compile(r"\bagreements?\b(?!\s+Organi[sz]ation)|\bdeal\b(?<!\bto\sdeal)|\bdeals\b(?!\s+with\b)|\baccords?\b"
                             r"|\bdocuments\b|\bframework\b(?=\s+(?:with|between|on|for)\b)|\bprotocols?\b", I)),
)
# References back to an agreement named before.
AGREEMENT_ANAPHOR = re.compile(
    r"\b(?:the|this|that|these|those|their|its|new)\s+(?:new\s+|joint\s+)?(?:ventures?|deals?|agreements?"
    r"|arrangements?|documents?|partnerships?|memorand(?:um|a)|accords?)\b", I)
VENTURE_ONLY = re.compile(r"(?<!joint )(?<!joint-)\bventures?\b", I)
BECAME_PARTNER = re.compile(r"\bbec(?:ame|ome|omes)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}partners?\b", I)
JV_PURPOSE = re.compile(r"^\s*(?:\w+\s+){0,3}to\s+(?:set\s+up|establish|create|form|launch)\s+(?:a|an|the)\s+joint\b", I)

SIGNED = re.compile(
    r"\b(?:sign(?:ed|ing)|concluded|sealed|inked|entered\s+into\s+force|came\s+into\s+(?:force|effect)"
    r"|in\s+force|put\s+their\s+names|established|set\s+up\s+by|formed|ratified|agreed|finali[sz]ed|struck"
    r"|created|under\s+(?:a|an|the|which)|became|exchanged|reached\s+(?:an?\s+)?(?:agreement|deal)"
    r"|were\s+signed|was\s+signed|resulting\s+in|included?|covers?|goes\s+back)\b", I)
PROPOSED = re.compile(
    r"\b(?:propos(?:ed|es|al|ing)|idea|plans?\s+(?:to\s+(?:sign|establish|set\s+up|create|form|conclude|launch)|for)"
    r"|planned|aim(?:s|ing)?\s+to\s+(?:establish|set\s+up|create|sign|conclude|form)|looking\s+to|would\s+like"
    r"|wants?\s+to|intend\w*|consider\w*|expected\s+to\s+(?:sign|be\s+signed|conclude|establish|set\s+up|form)"
    r"|will\s+(?:sign|establish|set\s+up|create|form|conclude)|to\s+be\s+(?:signed|established|set\s+up|created)"
    r"|prospective|envisag\w+|could\s+(?:sign|establish)|offered|suggested|grow\s+into)\b", I)
NEGOTIATING = re.compile(
    r"\b(?:talks|negotiat\w+|discuss(?:ed|es|ing|ion|ions)|explor\w+|seek(?:s|ing)?\s+to\s+(?:reach|conclude|sign)"
    r"|working\s+on|under\s+(?:discussion|consideration|review)|in\s+the\s+works|no\s+binding)\b", I)
NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|without|nor)\b[^.;,]{0,30}$", I)
# "strategic partnership between two states" is diplomacy, not a deal, unless
# something in the sentence says a document exists.
DOCUMENT_CONTEXT = re.compile(r"\b(?:documents?|agreements?|deals?|sign(?:ed|ing)|concluded|memorand\w+|treaty)\b", I)
ATTRIBUTION_AFTER = re.compile(r"^\s*(?:reports?|reported|said|says|told|noted|cited|quoted|news\s+agency)\b", I)
ATTRIBUTION_BEFORE = re.compile(r"\b(?:told|according\s+to|via|reports?|cited\s+by|quoted\s+by|interview\s+with)\s+(?:the\s+)?$", I)
VALUE_CUE = re.compile(r"\b(?:worth|totall?ing|valued\s+at|estimated\s+at|amounting\s+to|value\s+of|for|on)\b", I)
NUMBER_BEFORE = re.compile(
    r"(?:\b(?:more\s+than|over|about|some|around|nearly|almost|at\s+least|a\s+total\s+of)\s+)?"
    r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|a\s+dozen|several)"
    r"\s+(?:[\w-]+\s+){0,3}$", I)
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "a dozen": 12}
SUBJECT_AFTER = re.compile(r"^\s*(?:of\s+(?:understanding|cooperation|intent)\s+)?(?:on|for|to|regarding|concerning|covering)\s+"
                           r"([^,;.]{3,90})", I)

# --- countries in a location role ------------------------------------------

LOCATION_BEFORE = re.compile(r"\b(?:in|into|inside|at|to)\s+(?:the\s+)?$", I)
LOCATION_AFTER_DEMONYM = re.compile(
    r"^[\s-]*(?:\w+\s+){0,2}?(?:site|plant|factory|factories|plants|car\s+industry|industry|assembly|output"
    r"|production|manufacturers?|carmakers?|assemblers?|car\s+factories|assembly\s+lines|lines)\b", I)

# --- cheap gates: lowercase substrings, checked before any regex ------------

TRADE_STEMS = ("export", "import", "trade", "turnover", "sold", "sell", "sale", "bought", "buy", "purchas",
               "deliver", "ship", "sent to", "suppl")
PRODUCTION_STEMS = ("produc", "manufactur", "build", "built", "assembl", "make", "made", "turn", "roll",
                    "together", "output", "capacit", "capable", "able to", "design", "came off", "came from")
PLANT_STEMS = ("plant", "factor", "facilit", "site", "works", "mill", "line", "enterprise", "industrial")
AGREEMENT_STEMS = ("memorand", "mou", "venture", "jv", "action plan", "road", "treat", "contract", "partner",
                   "conglomerate", "consortium", "alliance", "agreement", "deal", "accord", "document",
                   "framework", "protocol")
CONTINUATION_STEMS = ("target", "goal", "figure", "it ", "this ", "volume", "total")


def has_any(low: str, stems: tuple[str, ...]) -> bool:
    return any(s in low for s in stems)


# --- speed: case-insensitive cues run case-sensitively on lowercased text ---

class _Lower:
    """A re.I pattern run as a case-sensitive one on `s.lower()` (3-4x faster in
    CPython). Offsets are those of `s`; text whose length changes when
    lowercased ("İ") falls back to the re.I pattern."""
    __slots__ = ("_rx", "_rx_i", "pattern", "flags")

    def __init__(self, rx: re.Pattern):
        lowered = re.sub(r"(?<!\\)[A-Z]", lambda m: m.group().lower(), rx.pattern)
        self._rx = re.compile(lowered, rx.flags & ~re.I)
        self._rx_i = rx
        self.pattern, self.flags = rx.pattern, rx.flags

    def _pick(self, s: str):
        low = s.lower()
        return (self._rx, low) if len(low) == len(s) else (self._rx_i, s)

    def search(self, s: str, pos: int = 0, endpos: int = 2**31):
        rx, t = self._pick(s)
        return rx.search(t, pos, endpos)

    def match(self, s: str, pos: int = 0, endpos: int = 2**31):
        rx, t = self._pick(s)
        return rx.match(t, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = 2**31):
        rx, t = self._pick(s)
        return rx.finditer(t, pos, endpos)


for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and _value.flags & re.I:
        globals()[_name] = _Lower(_value)
AGREEMENT_NOUNS = tuple((t, _Lower(rx) if rx.flags & re.I else rx) for t, rx in AGREEMENT_NOUNS)

_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
                 "million", "billion", "trillion", "half", "dozen")


def has_number(low: str) -> bool:
    """A digit or a number word (a cheap over-approximation: "someone" passes)."""
    return _DIGIT.search(low) is not None or any(w in low for w in _NUMBER_WORDS)
