"""Trigger lexicons for fact extraction, compiled once at import.

Every cue is a general English pattern of how news reports production
figures, trade flows and agreements; none names a company, a place or a
figure. The fact modules (`facts_production`, `facts_trade`,
`facts_agreements`) decide what the cues mean around one quantity.
"""
from __future__ import annotations

import re

from extraction.lexicon import COUNT_WORDS, MONTHS, NUMBER_WORDS, SCALES, alternation

I = re.I

# One figure counted as ONE word by the word-count windows below ("delivered ... to", "shipped ...
# to"), whatever its spelling: "1 100" (thousands grouped by a space) as "1,100", and with its scale
# and currency sign ("$3.2 billion", "3,2 mln"); otherwise a space-grouped figure would take two
# words of the window and a longer scale phrase the rest.
_SCALE_WORDS = alternation(SCALES)
NUMBER_WORD = (rf"(?:[$\u20ac\u00a3]\s?)?\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d])(?:[.,]\d+)?(?:\s+(?:{_SCALE_WORDS})\b)?"
               rf"|(?:[$\u20ac\u00a3]\s?)?\d[\d.,]*\s+(?:{_SCALE_WORDS})\b")

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

_PROD_VERBS = (r"produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|build(?:s|ing)?|built|assembl(?:e|es|ed|ing)"
               r"|make|makes|making|made|turn(?:s|ed|ing)?\s+out(?!\s+to\s+be)|roll(?:s|ed)?\s+out|put\s+together"
               r"|puts\s+together|puts?\s+out|churn(?:s|ed|ing)?\s+out|mined|dug|extracted|yielded|smelt(?:s|ed|ing)?"
               # the verbs of one trade: a smelter pours metal, a mill mills flour or spins yarn
               # (oil a state or a field "pumped"; not what a pipeline carries: NOT_OUTPUT)
               r"|(?:poured|cast|pumped)(?=\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|just\s+)?\d)"
               r"|milled|spun"
               # turning a material into a product: "will turn blast-furnace slag into mineral insulation"
               # (not "turn the region into a hub")
               r"|(?:turn|convert)(?:s|ed|ing)?\s+(?!(?:the|a|an|its|their|this|these|it|them|us)\b)"
               r"(?:[a-z][\w-]*\s+){1,3}?into")
# A production verb, not as part of a hyphenated adjective ("Kazakh-assembled").
PROD_VERB = re.compile(rf"(?<![-\w])(?:{_PROD_VERBS})\b(?!\s+up\b(?!\s+to\b))(?!-)", I)
PROD_NOUN = re.compile(
    r"\b(?:output|production|capacity|capacities|assembly|manufacturing|came\s+off|rolled\s+off|come\s+off"
    r"|roll\s+off|off\s+(?:the\s+)?(?:\w+\s+)?(?:assembly\s+|production\s+)?lines?)\b", I)
PROD_ANY = re.compile(rf"(?<![-\w])(?:{_PROD_VERBS})\b(?!\s+up\b(?!\s+to\b))(?!-)|\b(?:output|production|capacity|assembly"
                      r"|manufacturing|came\s+off|rolled\s+off|assembly\s+lines?)\b", I)

# a site, or a stage or line of one, as the subject of what it is to make
_SITE_PART = (r"(?:plant|factory|facility|mill|site|works|stage|phase|line|park|complex|enterprise|refinery"
              r"|smelter|shop|workshop)")
# the infinitive of making, one class for every capacity phrase: "can turn out", "is able to put out"
_MAKE_INF = (r"(?:produce|build|make|assemble|turn\s+out(?!\s+to\s+be)|manufacture|roll\s+out|put\s+out|put\s+together"
             # the verbs of the extracting and processing trades: "able to mine 37 million tonnes of ore
             # and treat 32 million", "can smelt 400,000 tonnes", "could refine 6 million tonnes"
             r"|churn\s+out|process|mine|extract|treat|smelt|refine|generate)")
CAPACITY = re.compile(
    rf"\b(?:capacity|capacities|throughput|capable\s+of|can\s+(?:\w+\s+)?{_MAKE_INF}"
    rf"|could\s+{_MAKE_INF}"
    # a rating of the site: "the plant is rated at 60,000 cars a year", "rated for 2 million tonnes"
    r"|rated\s+(?:at|for)"
    # what a site being built will make once it runs: "Once running, it should produce annually:",
    # "when fully operational, the plant will make 50,000 cars a year"
    r"|(?:once|when)\s+(?:it\s+is\s+|they\s+are\s+)?(?:fully\s+)?(?:running|operational|up\s+and\s+running"
    r"|in\s+(?:full\s+)?operation|commissioned|completed?|finished|built)"
    r"|at\s+full\s+(?:load|tilt|output|strength|capacity)"
    # a site's present rate of processing: "the refinery processes 6 million tonnes a year"
    rf"|{_SITE_PART}(?:,[^,;]{{1,90}},)?\s+(?:processes|handles)"
    # ("a corn-processing plant able to handle 1 million tonnes of corn per year")
    rf"|{_SITE_PART}(?:,[^,;]{{1,90}},)?\s+(?:(?:is|are|will\s+be|would\s+be)\s+)?able\s+to\s+handle"
    # (with its verb, so that the verb is no cue of its own after it: "is able to produce")
    rf"|(?:is|are|was|were|be|being)\s+able\s+to(?:\s+{_MAKE_INF})?"
    # built or fitted out for a rate: "a venture built to make 240,000 tonnes a year", "a line set up to assemble"
    rf"|(?:built|set\s+up|equipped|intended|geared)\s+to\s+{_MAKE_INF}|designed\s+(?:for|to(?!\s+(?:lift|raise|increase|boost|bring|expand|double)\b))"
    r"|design(?:ed)?\s+(?:capacity|figures|parameters|indicators|output|production)"
    # the site's design as the source: "according to the plant's design", "under the project design", "by design"
    r"|(?:according\s+to|under|by|per)\s+(?:(?:the|its|their|[\w-]+['\u2019]s?)\s+){0,2}(?:project\s+)?design\b(?!\s+(?:of|by|from)\b)"
    rf"|allow(?:s|ed|ing)?\s+(?:\w+\s+){{0,3}}?to\s+{_MAKE_INF}"
    rf"|(?<!\bnot\s)(?<!\bbe\s)able\s+to\s+{_MAKE_INF}"
    # a site or a stage of one as the subject, an apposition between: "Its first stage, built in
    # 2018-2020, is to make up to 1.2 million tonnes a year", "the park is to process 35,000 tonnes"
    rf"|{_SITE_PART}(?:,[^,;]{{1,90}},)?\s+(?:is|are)\s+to\s+(?:make|produce|turn\s+out|manufacture|assemble|process)"
    rf"|{_SITE_PART}(?:,[^,;]{{1,90}},)?\s+(?:will|would|can|could)\s+(?:\w+ly\s+)?(?:be\s+able\s+to\s+)?process"
    # the passive: "more than 1,700 tractors can be put together in a year"
    r"|(?:can|could)\s+(?:\w+\s+)?be\s+(?:produced|built|made|assembled|manufactured|turned\s+out|put\s+together"
    r"|processed))\b", I)
PLAN = re.compile(
    r"\b(?:target(?:s|ed|ing)?|goal|aim(?:s|ed|ing)?|ambitions?|plan(?:s|ned|ning)?|expect(?:s|ed|ation|ations)?"
    r"|envisag(?:e|es|ed|ing)|envision(?:s|ed)?"
    r"|forecast(?:s|ed)?|project(?:s|ed)|intend(?:s|ed)?|pledged?|promised?|will|would|shall|should"
    # a company's published expectation: "guides output of 21,000-22,500 tonnes", "its guidance is"
    r"|guid(?:es|ed|ing|ance)|outlook"
    r"|(?:is|are|was|were)\s+to\s+(?:be\s+)?\w+|to\s+be\s+followed|due\s+to\s+(?:be|start|begin|open|launch|reach|produce|build|make|assemble)|set\s+to|going\s+to"
    r"|want(?:s|ed)?\s+(?:[\w'\u2019-]+\s+){0,4}?to|hop(?:es?|ed)\s+to|(?:lift|raise|increase|boost|bring|push)(?:s|es|ing|ed)?\s+(?:[\w'\u2019]+\s+){0,4}to"
    r"|(?:be|been)\s+expanded\s+to|expand(?:s|ing)?\s+(?:[\w'\u2019]+\s+){0,4}to)\b", I)
ACTUAL_VERB = re.compile(
    r"(?<![-\w])(?:produced|manufactured|built|assembled|made|turned\s+out|rolled\s+out|put\s+together"
    r"|mined|dug|extracted|yielded|smelted|came\s+off|rolled\s+off|left\s+the\s+(?:[\w-]+\s+)?(?:lines?|conveyors?)|rose|grew|increased|decreased|fell|dropped|declined|reached|topped|totall?ed"
    r"|amounted|exceeded|was|were|has\s+(?:risen|grown|reached|topped)|had\s+(?:risen|grown|reached)"
    r"|finished|delivered|climbed|jumped|doubled|stood|celebrated"
    r"|slid|slipped|shrank|surged|soared|plunged|brought\s+(?:[\w'\u2019-]+\s+){0,3}?to)\b(?!-)", I)
# Cumulative or part-year figures.
CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+all|cumulative(?:ly)?|all\s+told|in\s+total"
    r"|over\s+the\s+(?:first\s+)?(?:\w+\s+)?(?:months|half|quarters?)|first\s+stage|first\s+phase\s+total)\b", I)
PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|later|on|and\s+a\s+half))"
                      r"|\bannual(?:ly)?\b|\byearly\b|\bper\s+annum\b", I)

# A plan told by its goods alone, with no verb of making: "the plan it set in January: 3.3 million
# tonnes of steel this year", "wants the group to reach five million tonnes of steel a year by 2028",
# "officials expect it to give about one billion kWh of electricity a year". The goods are those
# seeds/product_categories.csv knows (`_KNOWN_GOODS_OF`, in production.py); a sentence with a word of trade,
# transport, stock or use (`NOT_MADE`) is about something else.
GOODS_PLAN = re.compile(
    r"\b(?:plan(?:s|ned)?|targets?|goals?|aim(?:s|ed)?\s+(?:for|at|to)|expect(?:s|ed|ations?)?|forecasts?"
    r"|intend(?:s|ed)?|want(?:s|ed)?\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+reach|hop(?:es?|ed)\s+to\s+reach"
    r"|envisag(?:e|es|ed)|guidance|outlook|(?:is|are)\s+meant\s+to)\b", I)
GOODS_PLAN_STEMS = ("plan", "target", "goal", "aim", "expect", "forecast", "intend", "want", "hope", "envisag",
                    "guidance", "outlook", "meant")
NOT_MADE = re.compile(
    r"\b(?:reserves?|deposits?|holds?|contains?|transit|transport(?:ed|s)?|carr(?:y|ies|ied)|cargo|freight|traffic"
    r"|pump(?:s|ed)?|handl(?:e|es|ed)|stor(?:e|es|ed|age)|stocks?|prices?|demand|market|consum\w*|needs?|imports?"
    r"|exports?|sales?|sell|sold|buy|bought|purchas\w*|ship\w*|suppl\w*|deliver\w*|refin\w*|process\w*)\b", I)

# What a plant consumes or a market absorbs is no output and no trade: "will consume about 435 million
# cubic metres of gas", "farmers are expected to absorb 150,000-200,000 tonnes a year", "the market needs
# 50,000 cars", "needs 400,000 tons of sugar a year"
USED_UP = (r"consum(?:e|es|ed|ing|ption)|absorb(?:s|ed|ing)?|us(?:e|es|ed|ing)(?!\s+to\b)|requir(?:e|es|ed|ing)"
           r"|need(?:s|ed)?|demand\s+(?:for|of)|feedstock|raw\s+materials?\s+(?:of|for)")
# Units of energy: what a power plant generates ("875.4 million kWh in January-May"), a grid
# trades, or a battery plant makes a year ("an annual capacity of 3 GWh").
# (heat a plant supplies counts in gigacalories: "supplied 411,000 Gcal of heat")
ENERGY_UNITS = frozenset({"kilowatt_hours", "megawatt_hours", "gigawatt_hours", "terawatt_hours", "gigacalories"})
# Product units that count as production output (seeds/units.csv values).
PRODUCTION_UNITS = frozenset({"vehicles", "tonnes", "tyres", "tractors", "units", "combines", "wagons", "bottles",
                              "locomotives", "liters", "barrels", "cubic_meters", "kg", "ounces"}) | ENERGY_UNITS
# A power plant's size: its installed capacity only, never output ("the 884 MW Suki Kinari plant", "an
# installed capacity of 1,320 megawatts"); what it generates is counted in energy units
POWER_UNITS = frozenset({"megawatts", "gigawatts"})
# Units that measure a site as often as its output ("a workshop of 12,000 square metres"): output
# only as a rate ("1 million square metres of glass a year", "tiles: 3 million square metres" under
# a capacity heading)
RATE_ONLY_UNITS = frozenset({"square_meters"})
TRADE_PHYSICAL_UNITS = frozenset({"vehicles", "tonnes", "tyres", "tractors", "units", "combines", "wagons",
                                  "locomotives", "liters", "barrels", "bottles", "cubic_meters", "kg", "ounces"}) | ENERGY_UNITS
VEHICLE_WORDS = re.compile(r"\b(?:cars?|vehicles?|trucks?|buses|bus|automobiles?|sedans?|SUVs?|pickups?"
                           r"|crossovers?|minibuses|vans?|auto(?:mobile)?\s+(?:plant|industry|assembl\w*))\b", I)

# A station counted is a parking, charging or filling one ("500 charging stations"); the station
# that makes a figure of electricity or heat is a power station, its maker ("the largest thermal
# station in the country, generated 1.4 billion kWh"), so energy figures leave this word out
# (NOT_OUTPUT_OF_ENERGY).
_STATIONS = r"|stations?(?!\s+(?:(?:has|had|have|also)\s+)?(?:generat|produc))"
# Words that make a vehicle count a sales, fleet or market figure, not output.
_NOT_OUTPUT = (
    # (not the adjective of a compound: "the best-selling model", "after-sales service")
    r"\b(?:(?<!-)(?:sold|sales?|sell(?:s|ing)?)|registered|registrations?|bought|purchased|fleet|taxis?"
    # a fleet in use: "on the roads", "already on Turkish roads", "in service", "in circulation"
    r"|on\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*\s+)?roads?|in\s+(?:service|circulation)"
    r"|imported|imports?|exported|(?<!\bfor\s)exports?|exporting|shipped|shipments?|sent\s+to"
    r"|deliver(?:s|ed|ies|y)?(?=\s+(?:(?:more\s+than|over|about|some|up\s+to)\s+)?(?:to\b|$))"
    r"|supply\s+of|suppl(?:ies|ied)\s+of|to\s+supply|suppl(?:ied|ies)\s+to"
    # ("seat" before "and" or a part noun is what a part is for: "seat and harness sets", "seat belts")
    # (a station as the maker is a power station: "the station generated 601 million kWh")
    r"|parking|spaces{stations}|visitors|spectators|seats|seat(?![ \t]+(?:and|or|covers?|belts?|frames?|sets?)\b)"
    r"|downloads|views|pipelines?|transit(?:ed)?"
    # imports, exports, sales, demand and payment in other words
    r"|brought\s+in|left\s+the\s+country|found\s+buyers|needs|paid\s+(?:\w+\s+){{0,4}}?with)\b")
NOT_OUTPUT = re.compile(_NOT_OUTPUT.format(stations=_STATIONS), I)
NOT_OUTPUT_OF_ENERGY = re.compile(_NOT_OUTPUT.format(stations=""), I)


def not_output(unit: str | None) -> re.Pattern:
    """The words that make a figure in `unit` something other than output."""
    return NOT_OUTPUT_OF_ENERGY if unit in ENERGY_UNITS or unit in POWER_UNITS else NOT_OUTPUT
# What a vehicle or a market is, right before the figure: "a payload of 115 tonnes", "a carrying
# capacity of 45 tonnes", "a market of about 300,000 cars".
SPEC_BEFORE = re.compile(
    r"\b(?:payloads?|(?:carrying|load(?:ing)?|lifting|towing)\s+capacit(?:y|ies)|markets?"
    r"|displacements?|weights?|weigh(?:s|ing))\s+(?:(?:of|from|ranging\s+from|between)\s+)?"
    r"(?:(?:about|around|up\s+to|more\s+than|over|some|nearly|almost)\s+)?$", I)
# What a product is, right before the figure: "engines of 1.5 litres", "rim diameters from 13 to
# 24 inches". Unlike SPEC_BEFORE, its unit is no unit for a bare figure after it.
PRODUCT_SPEC = re.compile(
    r"\b(?:engines?|diameters?|lengths?|width|height|wheelbase|power|speed|tanks?|displacement)"
    r"\s+(?:of\s+|from\s+|between\s+)?(?:(?:about|around|up\s+to|more\s+than|over|some|nearly|almost)\s+)?$", I)
# A name that is a number: "grades 400, 500 and 600", "model 2107", "class 5", "type 1" name kinds of
# product; the figure after the label (and those coordinated with it) counts nothing.
PRODUCT_LABEL = re.compile(
    r"\b(?:grades?|marks?|brands?|class(?:es)?|types?|models?|series|versions?|standards?|numbers?|Nos?\.)\s+$", I)
# The capacity of a route, a port or a store is not output: "the corridor's capacity has been
# raised to six million tonnes a year".
TRANSPORT_CAPACITY = re.compile(
    r"\b(?:corridor|route|port|terminal|railway|rail\s+line|pipeline|road|highway|border\s+crossing|checkpoint"
    r"|warehouse|storage|depot|hub|airport|ferry|fleet)(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?(?:capacity|capacities"
    r"|throughput)\b|\b(?:capacity|throughput)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:corridor|route|port|terminal|railway"
    r"|pipeline|road|border\s+crossing|warehouse|storage|hub|airport)\b", I)

# Nouns that make a sentence about a production site.
PLANT_NOUN = re.compile(
    r"\b(?:plant|factory|facility|site|works|mill|enterprise|assembly\s+(?:lines?|shops?)|production\s+lines?"
    r"|(?:opened|launched|started|set\s+up)\s+(?:a|the|its)\s+(?:new\s+)?(?:\w+\s+)?line"
    r"|industrial\s+(?:zone|park|district)|refinery|refineries|smelters?"
    # a complex as a site, not the adjective: "a gas chemical complex", "the complex stands near the field"
    r"|(?:gas|chemical|petrochemical|gas-chemical|industrial|processing|metallurgical|mining|refining|production"
    r"|manufacturing|agro-industrial|fertili[sz]er|cement|steel|copper|glass|textile)\s+complex(?:es)?"
    r"|(?:the|this|that|its|new)\s+complex\s+(?:is|was|will|would|stands|lies|has|had|can|could|includes|comprises"
    r"|consists|produces|makes|covers|employs|began|started|opened)\b)\b", I)
PLANT_NAME = re.compile(
    r"\b((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*)\s+(?:\([A-Z]{2,8}\)\s+)?"
    r"(?:(?:[Cc]ar|[Aa]utomobile|[Aa]uto|[Aa]ssembly|[Tt]ractor|[Tt]yre|[Tt]ire|[Tt]ruck|[Bb]us)\s+)?(?:[Pp]lant|[Ff]actory|[Ww]orks)\b")
POWER_PLANT = re.compile(r"\b(?:power|nuclear|solar|wind|hydro\w*|thermal)\s+(?:power\s+)?(?:plants?|stations?)\b", I)

# --- trade --------------------------------------------------------------------

# One word of what a flow verb moves, up to its destination ("supplied fruit, vegetables and dried
# apricots worth $40 million to"): not a word opening the next clause ("shipments reached 1.2 million tonnes,
# while crude rose from 246,000 to")).
# (a bracketed aside is one word: "shipped 4.1 million tonnes of wheat (in grain equivalent) to")
_GOODS_WORDS = rf"(?:(?!(?:while|whereas|but|which|although)\b)(?:{NUMBER_WORD}|[\w.,$-]+|\([^()]{{1,40}}\))\s+)"
# Verbs that take the buyer as their first object ("supplied Kyrgyzstan with ...", "sold Mongolia goods
# worth ..."); the EXPORT branch they open fires only where that object is a state (trade._cue_before).
OBJECT_FIRST_VERBS = r"supplie[sd]|supply(?:ing)?|provided|providing|sold|sells?|selling"
# markets outside the seller's own: "on European markets", "in foreign markets", "to the world market"
FOREIGN_MARKETS = (r"(?:on|in|to|into)\s+(?:the\s+)?(?!(?:domestic|home|local|internal|national|own)\b)"
                   r"(?:foreign|overseas|external|international|world|global|[A-Z][\w-]+)\s+markets?")
EXPORT = re.compile(
    rf"\bexport(?:s|ed|ing)?\b|\bsold\b(?=[^;]{{0,60}}?\b(?:to|abroad|{FOREIGN_MARKETS})\b)"
    rf"|\bsell(?:s|ing)?\b(?=[^;]{{0,60}}?\b(?:to|abroad|{FOREIGN_MARKETS})\b)"
    rf"|\bsales?\s+abroad\b|\bsales\s+to(?=\s+(?:the\s+)?[A-Z])|\b(?:ship(?:s|ped|ping|ments?)?|supplie[sd]|supplying)\s+{_GOODS_WORDS}{{0,16}}?(?:to|abroad|there)\b"
    r"|\bexporters\s+(?:shipped|sold|sent|delivered|supplied)\b"     # "exporters shipped 6.3 million tons"
    r"|\bto\s+(?:supply|deliver)\b(?=[^;]{0,80}?\bto\b)"
    r"|\bdeliver(?:s|ed|ies|y)?\b(?=[^;]{0,60}?\bto\b)|\bdeliver(?:ed|ies|y)\b|\bsent\s+to\b|\bsupplie[sd]\s+to\b"
    r"|\bsupplies\s+(?:to|of)\b"
    # "sent 153,200 cars worth $1.68 billion to Russia", "... worth 1.68 billion US dollars to Russia"
    rf"|\bsent\s+{_GOODS_WORDS}{{1,16}}?to\b"
    # the buyer as the verb's first object: "supplied Kyrgyzstan with 1.5 million tonnes", "sold
    # Mongolia goods worth $2 billion" (the named state is the partner: trade.SUPPLIED_OBJECT)
    rf"|\b(?:{OBJECT_FIRST_VERBS})\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?=\s+(?:with\b|(?:[a-z][\w-]*\s+){0,2}?(?:goods|products|[a-z]+\s+worth)\b))", I)
# A ranking of states by their figures: "in first place with $10.2 billion, ahead of Russia ($9.6 billion)",
# "Russia took 372,500 cars, followed by Mexico (190,900)": under trade, the figures are trade
RANKING = re.compile(r"\b(?:followed\s+by|ahead\s+of|(?:first|second|third|top)\s+place|ranked|ranking"
                     r"|led\s+the\s+(?:list|table|ranking)"
                     # "Russia remained by far the largest buyer", "Ukraine came second"
                     r"|(?:largest|biggest|main|leading|principal)\s+(?:buyer|customer|market|destination|importer"
                     r"|supplier|partner)s?|came\s+(?:a\s+(?:distant|close)\s+)?(?:first|second|third|fourth|fifth))\b", I)
# "received ... from": an import where the sender is a state (trade._cue_before checks it; the pattern runs
# lower-cased, so no capital can be asked for here)
IMPORT = re.compile(
    r"\bimport(?:s|ed|ing)?\b|\bbought\b|\breceived\b(?=[^;]{0,60}?\bfrom\s)|\bbuy(?:s|ing)?\b|\bpurchas(?:e|es|ed|ing)\b|\bbuyers\b"
    r"|\b(?:entered|came\s+into|brought\s+into)\s+the\s+country\b|(?<!\bexports\s)(?<!\bsales\s)(?<!\brevenue\s)\bbrought\s+in\b"
    r"|\b(?:customs\s+)?registered\s+(?=[^.;]{0,40}\bimport)", I)
# Lower-case "trade"/"turnover" (a capital "Trade" is a name: Ministry, Agreement).
TURNOVER = re.compile(
    r"\b(?:[Tt]rade\s+turnover|[Tt]urnover|[Tt]rade\s+volume|[Vv]olume\s+of\s+trade|[Tt]raded|[Tt]rade"
    # the same flow in other words: "commerce between", "the two countries exchanged goods worth"
    r"|(?<!-)[Cc]ommerce(?!\s+(?:ministry|minister|department|chambers?|platforms?|sites?))|exchanged\s+goods)\b"
    r"(?!\s+(?:agreements?|relations|avenues|zones?|missions?|ties|and\s+integration|polic\w+|representatives?"
    r"|cent(?:re|er)s?|houses?|fairs?|unions?|wars?|barriers?|routes?|corridors?|cooperation|partners?|forums?"
    r"|and\s+economic|and\s+investment|organi[sz]ations?|regimes?|deals?|preferences|missions?|links?))", 0)


def is_turnover_cue(m: re.Match) -> bool:
    """A TURNOVER match that counts: lower-case trade words, or capitalised only
    where they open the sentence."""
    if m.start() == 0 or m.group()[0].islower():
        return True
    # "BAKU - Trade between ...": the sentence opens after the dateline; "2017 - Trade ...",
    # "March 2021: Exports ...", "- Trade ...", "A: Trade ...": after a timeline's date, a bullet, a speaker
    return _DATELINE_BEFORE.match(m.string, 0, m.start()) is not None \
        or LINE_LEAD.match(m.string, 0, m.start()) is not None


# A wire dateline opening a sentence: "BAKU - ", "NUR-SULTAN, March 4, 2022 (Kazinform) - "
_DATELINE = r"[A-Z][A-Z .'/-]*(?:,\s*[A-Z0-9][\w .]*)*(?:\s*\([^)]{1,40}\))?\s[-\u2013\u2014:]\s*"
DATELINE = re.compile(_DATELINE)
_DATELINE_BEFORE = re.compile(_DATELINE + "$")
# What opens a line before its first word: a bullet or number, a speaker of an interview ("Q:", "A:",
# "— "), a timeline's date ("2019 - ", "March 2021: ", "12 May 2022 – ", "Q3 2023: ", "2019-2020: ")
_DATE_LEAD = (r"(?:(?:\d{1,2}\s+)?(?:" + alternation(MONTHS) + r")\.?\s+(?:\d{1,2},?\s+)?)?"
              r"(?:(?:[HQ][1-4]|[1-4][HQ])\s+)?(?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?")
LINE_LEAD = re.compile(r"\s*(?:[-*\u2022\u00b7\u2013\u2014>]|\(?\d{1,2}[.)]|(?:Q|A|Question|Answer)\s*[:.]"
                       r"|" + _DATE_LEAD + r"\s*[-:\u2013\u2014|])\s*$", I)
# A state named as the origin of a flow ("from Kazakhstan").
FROM_STATE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
# Turnover with all partners.
TOTAL_TRADE = re.compile(r"\b(?:foreign|overall|total|external|global|world)\s+"
                         r"(?!(?:bilateral|mutual|two-way|reciprocal)\s)(?:\w+\s+)?trade\b"
                         r"|\btrade\s+with\s+(?:the\s+)?(?:world|all\s+(?:countries|partners))\b"
                         # "Total turnover for January-May stood at ...": the reporter's trade with all partners
                         r"|\b(?:overall|total|external)\s+turnover\b", I)
# (a state's total or overall exports or imports are its flows with all partners too: "Pakistan's total
# exports climbed to $31.1 billion" in an article on its trade with one neighbour)
ABROAD = re.compile(r"\babroad\b|\bforeign\s+markets?\b|\bexternal\s+markets?\b|\binternational\s+markets?\b"
                    r"|\b(?:total|overall|aggregate)\s+(?:[a-z]+\s+)?(?:exports|imports)\b", I)
# Hints that the figure is between two sides named elsewhere.
# "it amounted to $X" right after a sentence about trade
TRADE_PRONOUN = re.compile(
    r"\b(?:it|this|that|they|these|the\s+figure|the\s+volume|the\s+total)\s+(?:\w+\s+){0,2}(?:amounted|reached|stood|totall?ed"
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
    r"|(?:is|are|was|were)\s+to\s+be|to\s+(?:reach|bring|lift|raise|increase|boost|double|take|expand|push)"
    r"|(?:bring|bringing|lift|lifting|rais(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|doubl(?:e|ing)|push(?:es|ing)?)"
    r"\s+(?:[\w'\u2019-]+\s+){0,4}to"
    r"|task\s+set|set\s+(?:a|the)\s+(?:goal|target|task)|work(?:s|ed|ing)?\s+towards?|strive\s+for|seek\s+to)\b", I)
TARGET_AFTER = re.compile(r"^\s*(?:goal|target|ambition)\b"
                          r"|^[^,;.]{0,45}?\b(?:(?:is|are|was|were)\s+to\s+be|will\s+be|would\s+be|should\s+be"
                          r"|(?:is|are)\s+(?:earmarked|expected|planned|intended|due)|earmarked)\b", I)
# Right before an amount: it restates the previous figure of the sentence.
COMPARISON_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bon\s+the|\bversus|\bvs\.?"
    r"|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)\bthan|\bup\s+from|\bdown\s+from"
    # "1 percent below the 925 thousand ounces of 2021", "almost double the $4.1 billion of 2022"
    r"|\b(?:below|above|double|twice|triple)(?=\s+the\s))"
    r"\s+(?:(?:about|around|almost|nearly|over|some|just|roughly|under)\s+){0,2}(?:the\s+)?$", I)
# Nouns that make money a different measure: investment, price, tax, prize...
MONEY_BLOCK = re.compile(
    r"\b(?:invest(?:ment|ments|ed|ing|or|ors)?|fund(?:s|ing|ed)?|costs?|cost\s+of|prices?|priced|prize|taxe?s?|budgets?"
    r"|loans?|GDP|(?<!the\s)capital(?!\s+(?:city|of)\b)|credits?|grants?|revenues?|profits?|salar(?:y|ies)|wages?|deals?|agreements?"
    r"|contracts?|documents|projects?|financ\w+|reserves|debts?|valuation|stake|costs|spent|spending"
    r"|subsid\w+|aid|assistance|worth\s+of\s+products|value\s+of|capitali[sz]ation|earnings|dividends?"
    r"|turned\s+out|paid|transferred|fees?|duties|allocated|raised(?!\s+to\b)\s+\$?|surplus|deficit|balance|gap|on\s+average"
    r"|average)\b", I)
MONEY_BLOCK_AFTER = re.compile(
    r"^\s*(?:on\s+average|apiece|each|per\s+(?:car|vehicle|unit|tonne|ton|head|kg|barrel|cubic\s+metre)"
    r"|worth\s+of\s+(?:products|goods\s+produced|output)"
    # ("15 million soms ($319 thousand) a year in local taxes")
    r"|(?:\([^()]{1,30}\)\s*)?(?:(?:a|per)\s+year\s+)?in\s+(?:local\s+|state\s+|federal\s+|income\s+)?(?:investments?|taxes|funding"
    r"|loans|prize|fees|remittances|aid|grants|donations|assistance)"
    r"|of\s+(?:investments?|funding|loans)|(?:\w+\s+){0,2}(?:investment\s+)?(?:fund|project|plant|loan|grant|prize))\b", I)
# Right after an amount of money: what exports earned, the exporter's export value ("earned $538 million
# from tomato exports", "received $1.1 billion from cotton yarn exports", "from the export of gold", "from
# aluminium sales abroad"); not a tax or loan on exports ("from export duties").
EARNED_FROM_EXPORTS = re.compile(
    r"\s*from\s+(?:(?:its|their|the)\s+)?"
    r"(?:(?!(?:tax\w*|dut(?:y|ies)|tariffs?|fees?|levies|on|of|and)\b)[\w-]+\s+){0,2}?"
    r"(?:exports\b(?!\s+(?:duties|dut(?:y|ies)|tax(?:es)?|tariffs?|licen[cs]es?|credits?|loans?|subsid\w+))"
    r"|exports?\s+of\b|sales\s+abroad\b|(?:foreign|overseas|export)\s+sales\b)", I)
# An amount right before these is already a trade figure ("$5.2 billion of trade").
TRADE_AFTER = re.compile(
    r"^\s*(?:(?:a|per|each|every)\s+year\s+|annually\s+)?(?:worth\s+)?(?:of|in)\s+(?:\w+\s+){0,2}(?:trade|exports?|imports?|turnover|deliveries|shipments"
    r"|purchases|sales\s+abroad)\b", I)
# goods that crossed a border, told after their value: "Goods worth $2.8 billion crossed the border between
# the two neighbours", "goods worth $900 million moved across the Kazakh-Kyrgyz border" (turnover)
CROSSED_BORDER_AFTER = re.compile(
    r"^\s*(?:(?:have|has|had)\s+)?(?:crossed|moved\s+across|passed\s+(?:across|over))\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:common\s+|shared\s+)?border\b", I)
# "goods worth $398 million were sold to Armenia", "Uzbek goods worth $3 billion were bought by Russia"
PASSIVE_MONEY_AFTER = re.compile(
    r"^\s*(?:was|were|have\s+been|has\s+been)\s+(?:(?:exported|sold|shipped|delivered)\s+(?:to|abroad)"
    r"|(?:bought|purchased|imported)\s+by)\b", I)     # "... were bought by Russia": Russia's import
PASSIVE_TRADE_AFTER = re.compile(
    r"^[^.;]{0,70}?\b(?:(?:was|were|are|is|be|been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}"
    r"(?:exported|imported|shipped|sent\s+to|delivered|sold\s+(?:to|abroad))|earmarked\s+for\s+(?:sale|export))", I)

# --- agreements ---------------------------------------------------------------

# (type, stems every match contains, pattern); see CUE_STEMS below for the stems.
AGREEMENT_NOUNS: tuple[tuple[str, tuple[str, ...], re.Pattern], ...] = (
    ("memorandum", ("memorand", "mou", "intent", "loi"),
     re.compile(r"(?i:\bmemorand(?:ums?|a)\b(?:\s+of\s+(?:understanding|cooperation|intent))?)|\bMoUs?\b|\bMOUs?\b"
                # a letter of intent: a memorandum by another name ("signed an LOI with X")
                r"|(?i:\bletters?\s+of\s+intent\b)|\bLOIs?\b|\bLoIs?\b")),
    ("joint_venture", ("venture", "jv"), re.compile(r"\bjoint[- ]ventures?\b|\bJVs?\b", I)),
    # an action plan by its other names: "a plan of measures", "a joint cooperation plan"
    ("action_plan", ("action", "measures", "plan"),
     re.compile(r"\baction\s+plans?\b|\bplans?\s+of\s+(?:joint\s+)?(?:measures|actions?)\b"
                r"|\b(?:joint\s+|bilateral\s+|intergovernmental\s+)?(?:cooperation|co-operation)\s+plans?\b"
                r"|\b(?:joint|bilateral|intergovernmental|interstate)\s+plans?\b(?=\s+(?:of|on|for)\b)"
                r"|\bplans?\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|co-operation)\b", I)),
    # a programme of cooperation: "a programme of economic cooperation for 2019-2022", "a Cooperation
    # Program for 2024-2029", "a joint programme on ..." (not "a state programme": no second party in it)
    ("program", ("program",),
     re.compile(r"\b(?:joint\s+|bilateral\s+|intergovernmental\s+)?(?:cooperation|co-operation)\s+(?:programmes?|programs?)\b"
                r"|\b(?:joint|bilateral|intergovernmental|interstate)\s+(?:programmes?|programs?)\b(?=\s+(?:of|on|for)\b)"
                r"|\b(?:programmes?|programs?)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|co-operation)\b", I)),
    # (not a form filed with an office: "a customs declaration", "electronic declaration", "asset
    # declarations", "a declaration of goods")
    ("declaration", ("declaration", "statement"),
     re.compile(r"(?<!customs\s)(?<!electronic\s)(?<!tax\s)(?<!income\s)(?<!asset\s)(?<!assets\s)(?<!goods\s)"
                r"(?<!cargo\s)(?<!transit\s)(?<!export\s)(?<!import\s)(?<!property\s)"
                r"\b(?:joint\s+)?declarations?\b(?!\s+of\s+(?:independence|war|emergency|goods|income|assets|property))"
                r"|\bjoint\s+statements?\b", I)),
    ("roadmap", ("road",), re.compile(r"\broad[- ]?maps?\b", I)),
    ("treaty", ("treat",), re.compile(r"\btreat(?:y|ies)\b(?!\s+Organi[sz]ation)", I)),
    ("contract", ("contract", "concession", "tender"),
     re.compile(r"\bcontracts?\b(?!\s+(?:manufactur\w+|assembly|workers?|territor(?:y|ies)|areas?|blocks?))"
                # a tender won is the contract awarded (not one announced or held)
                r"|(?<=\bwon\s)(?:an?|the)\s+(?:[\w-]+\s+){0,2}?tenders?\b|(?<=\bwins\s)(?:an?|the)\s+(?:[\w-]+\s+){0,2}?tenders?\b"
                # a concession granted to run or build something (not "tax concessions", "made concessions")
                r"|(?<!tax\s)(?<!trade\s)(?<!tariff\s)(?<!price\s)\bconcession\b(?=\s+(?:to\s+(?:run|operate|develop"
                r"|build|manage|explore|mine)|from|with|for\s+(?:the|a|an)|agreement|contract|deal)\b)", I)),
    ("partnership", ("partnership", "conglomerate", "consortium", "alliance"),
     re.compile(r"\bpartnerships?\b|\bconglomerate\b|\bconsortium\b|\balliance\b")),
    # "a trilateral protocol confirming X as a participant", "the protocol of the council's session"
    ("protocol", ("protocol",), re.compile(r"\bprotocols?\b", I)),
    # its other names: "pact", "term sheet", "a production sharing agreement (PSA)", "an offtake
    # arrangement with X", "exchanged notes on visa-free travel"
    ("agreement", ("agreement", "deal", "accord", "document", "framework", "portfolio", "pact", "sheet",
                   "arrangement", "notes"),
     re.compile(r"\bpacts?\b|\bterm\s+sheets?\b|(?<=exchanged\s)notes\b|(?<=exchange\sof\s)notes\b"
                r"|\b(?:offtake|purchase|delivery|supply|financing)\s+arrangements?\b"
                r"|\barrangements?\b(?=\s+(?:with|between)\b)"
                r"|\bportfolio\b(?=\s+of\s+(?:[\w-]+\s+){0,2}?(?:projects|deals|agreements|contracts|investments)\b)"
                r"|\bagreements?\b(?!\s+Organi[sz]ation)|(?<!\bwill\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bgreat\s)(?<!\bgood\s)\bdeal\b(?<!\bto\sdeal)|\bdeals\b(?!\s+with\b)|\baccords?\b"
                r"|\bdocuments\b|\bframework\b(?=\s+(?:with|between|on|for)\b)", I)),
    # "a production sharing agreement (PSA)": case-sensitive, not the PSA car group
    ("agreement", ("psa",), re.compile(r"\bPSAs?\b(?![ -](?:[Gg]roup|Peugeot|Citro|International|Corp))")),
)
# References back to an agreement named before.
AGREEMENT_ANAPHOR = re.compile(
    r"\b(?:(?:the|this|that|these|those|their|its)\s+(?:investment|loan|credit|supply|purchase|delivery|cooperation"
    r"|construction)|the|this|that|these|those|their|its|new)\s+(?:new\s+|joint\s+)?(?:ventures?|deals?|agreements?"
    r"|arrangements?|documents?|partnerships?|memorand(?:ums?|a)|accords?|road\s?maps?|contracts?|treat(?:y|ies)"
    r"|declarations?|statements?|protocols?|action\s+plans?)\b", I)
VENTURE_ONLY = re.compile(r"(?<!joint )(?<!joint-)\bventures?\b", I)
# an agreement stated by its verb, with a named company: "agreed with X to build", "agreed by the
# ministry with X"
AGREED_WITH = re.compile(r"\bagreed\s+(?:by\s+(?:[\w'\u2019-]+,?\s+){1,8}?)?with\s+(?!the\s+(?:idea|view|proposal|position)\b)"
                         r"|\bagreed\s+(?:on\s+)?(?:the\s+)?(?:key|main|basic|general|principal|commercial)\s+terms\b", I)
# An agreement stated by what was agreed, its parties the subject ("X and Y agreed on supplies of
# engines", "have agreed upon the joint production of", "reached agreement on deliveries"): the
# caller wants two parties named.
AGREED_ON = re.compile(r"\bagreed\s+(?:on|upon)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:(suppl|deliver|purchas|sale|sell"
                       r"|ship|export|import|lease|leasing)\w*|construction|building|production|assembly|manufactur\w*"
                       r"|creation|establishment|launch|joint|investment|financing|loan|cooperation|co-operation)\b", I)
# A company chosen for a job, told by the choosing verb: "X was chosen to build the plant", "X has
# been selected as the general contractor", "X was awarded the project" (passive, the company before
# it) or "the ministry picked X to supply" (active, the company right after it).
CHOSEN = re.compile(r"(?i:\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been|being)\s+(?:\w+\s+)?"
                    r"(?:chosen|selected|picked|appointed|named|tapped|commissioned|hired|contracted|engaged|awarded)"
                    r"\s+(?:as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:contractor|supplier|builder|operator|investor"
                    r"|developer|partner|provider|designer|vendor)s?\b|to\s+(?:build|construct|supply|deliver|design"
                    r"|operate|develop|implement|moderni[sz]e|carry\s+out|provide|install|equip|manage|run|erect|upgrade"
                    r"|reconstruct|expand)\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:project|tender|order|job|work|works"
                    r"|construction)\b))"
                    # (case-sensitive: the company's capital after the active verb)
                    r"|\b(?:chose|selected|picked|tapped|appointed|hired|commissioned|engaged)\s+(?=[A-Z])")
CHOSEN_STEMS = ("chose", "selected", "picked", "appointed", "named", "tapped", "commissioned", "hired", "contracted",
                "engaged", "awarded")
# A supply promised between companies, told by its verb: "X will supply Y with 2,000 chassis",
# "X is to deliver 300 buses to Y", "X has agreed to provide Y with" (the caller wants the
# supplier before the verb and the buyer after it, both companies).
WILL_SUPPLY = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|going)\s+to|(?:(?:has|have)\s+)?agree[sd]\s+to"
                         r"|undert(?:ook|akes)\s+to|(?:has|have|is|are)\s+committed\s+to|(?:is|are)\s+contracted\s+to)"
                         r"\s+(?:\w+\s+)?(?:suppl(?:y|ying)|deliver(?:ing)?|provide|providing|sell|ship)\s+", I)
WILL_SUPPLY_STEMS = ("suppl", "deliver", "provid", "sell", "ship")
# a contract stated by its verb, with the company after it: "its output has been contracted by
# KTZ", "X has contracted Y to supply" (not "output contracted by 5%": no company follows)
CONTRACTED = re.compile(r"\bcontracted\s+(?:(?:by|with|to)\s+)?(?:the\s+)?", I)
# One company buying another or its business, told by the verb: "Arcelik, which acquired the
# Russian business of Whirlpool", "bought out General Motors' stake", "takes over Whirlpool's plants".
# The company bought is checked after it (ACQUIRED_OBJECT, agreements).
ACQUIRED = re.compile(r"\b(?:acquir(?:ed|es|ing)|bought(?:\s+out)?|buys(?:\s+out)?|buying(?:\s+out)?|purchased"
                      r"|took\s+over|takes\s+over|taking\s+over"
                      # control taken of a company: "has taken full control of X", "took majority control of X"
                      r"|(?:took|takes|taken|taking|gained|gains|assumed)\s+(?:full\s+|sole\s+|majority\s+|outright\s+)?"
                      r"control\s+of)\s+", I)
# what stands between the verb and the company: nothing, or its business, stake, assets or plants
ACQUIRED_OBJECT = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:business(?:es)?|stakes?|assets|shares"
                             r"|operations?|units?|division|subsidiary|control|plants?|factor(?:y|ies))\s+(?:of|in)\s+"
                             r"(?:[\w-]+\s+)?$"
                             # the company named by what it is first: "bought the Turkish petrochemical group Petkim"
                             r"|(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}(?:group|company|firm|maker|carmaker"
                             r"|producer|manufacturer|bank|operator|refiner|miner|holding|chain|rival|competitor)\s+$")
# a partnership told by its verb: "became a strategic partner", "teamed up with X", "joined forces with
# X", "tied up with X", "partnered with X", "agreed to jointly build" (two parties doing one thing together)
BECAME_PARTNER = re.compile(r"\bbec(?:ame|ome|omes)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}partners?\b"
                            r"|\b(?:team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+forces|(?:tie[sd]?|tying)\s+up"
                            r"|partner(?:ed|ing)?)\s+with\b"
                            r"|\bagreed\s+to\s+(?:jointly|together)\s+\w+"
                            r"|\bagreed\s+to\s+(?:set\s+up|establish|create|form|launch)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:joint|common|shared)\b", I)
# ("an agreement to set up a joint venture", "... the joint car factory"; not a joint investment
# company, fund or platform: a vehicle to finance projects, the subject of the agreement)
JV_PURPOSE = re.compile(r"^\s*(?:\w+\s+){0,3}to\s+(?:set\s+up|establish|create|form|launch)\s+"
                        r"(?:(?:a|an|the)\s+joint\b(?!\s+(?:investment|financing|venture\s+capital)\s+"
                        r"(?:company|companies|fund|funds|platform|vehicle|bank)\b)|the\s+(?:new\s+)?venture\b)", I)

SIGNED = re.compile(
    r"\b(?:sign(?:ed|ing)|concluded|sealed|inked|entered\s+into\s+force|came\s+into\s+(?:force|effect)"
    r"|in\s+force|put\s+their\s+names|established|set\s+up\s+by|formed|ratified|agreed|finali[sz]ed|struck"
    r"|created|under\s+(?:a|an|the|which)|became|exchanged|reached\s+(?:an?\s+)?(?:agreement|deal)"
    r"|were\s+signed|was\s+signed|resulting\s+in|included?|covers?|goes\s+back|adopt(?:ed|ion)|approv(?:ed|al)"
    r"|amended|renewed|prolonged)\b"
    # the present of a dated line or a headline: "September 2013 - X signs contracts", "2014 - A and B
    # sign a contract", "the two sides agree to set up joint ventures" (not "to sign", "will sign",
    # "did not sign": a signing to come or none)
    r"|(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmay\s)"
    r"(?<!\bmight\s)(?<!\bmust\s)(?<!\bshall\s)(?<!\bcan\s)\b(?:signs|sign(?=\s+(?:a|an|the|two|three|\d+)\s)"
    r"|agrees?(?=\s+(?:to|on)\s))\b", I)
# A sentence that names the parties of the agreement told just before, with no agreement noun of
# its own: "It brings together three parties: A as customer; B ...; and C", "The signatories are A
# and B", "The parties to it were A, B and C".
PARTIES_NAMED = re.compile(
    r"\b(?:brings?\s+together|brought\s+together|(?:two|three|four|five|six)\s+(?:parties|signatories)"
    r"|(?:the\s+)?(?:parties|signatories)\s+(?:to\s+(?:it|the\s+\w+)\s+)?(?:are|were|include[sd]?)"
    r"|(?:was|were|is|are)\s+signed\s+by)\b", I)
PARTIES_NAMED_STEMS = ("together", "parties", "signator", "signed")
# A document changed by a new signing: "the countries amended their agreement on investments and
# their treaty on double taxation" -- a signing of its own, though "their" refers back.
AMENDED_BEFORE = re.compile(r"\b(?:amend(?:ed|s|ing)?|revis(?:ed|es|ing)|renew(?:ed|s|ing)|prolong(?:ed|s|ing)"
                            r"|extend(?:ed|s|ing))\s+(?:the|their|its)\s+(?:[^.;]{0,80}?\s+and\s+(?:the|their|its)\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", I)
PROPOSED = re.compile(
    r"\b(?:propos(?:ed|es|al|ing)|idea|(?<!action\s)plans?\s+(?:to\s+(?:sign|establish|set\s+up|create|form|conclude|launch)|for)"
    r"|planned|aim(?:s|ing)?\s+to\s+(?:establish|set\s+up|create|sign|conclude|form)|looking\s+to|would\s+like"
    r"|wants?\s+to|intend\w*|consider\w*|expected\s+to\s+(?:sign|be\s+signed|conclude|establish|set\s+up|form)"
    r"|will\s+(?:sign|establish|set\s+up|create|form|conclude)|to\s+be\s+(?:signed|established|set\s+up|created)"
    r"|prospective|envisag\w+|could\s+(?:sign|establish)|offered|suggested|grow\s+into"
    r"|(?:work(?:s|ed|ing)?|mov(?:e|es|ing)|steps?)\s+towards?"
    r"|hop(?:e|es|ed|ing)\s+to\s+(?:sign|conclude|reach|establish|set\s+up|create|form))\b", I)
NEGOTIATING = re.compile(
    r"\b(?:talks|negotiat\w+|discuss(?:ed|es|ing|ion|ions)|explor\w+|seek(?:s|ing)?\s+to\s+(?:reach|conclude|sign)"
    r"|working\s+on|under\s+(?:discussion|consideration|review)|in\s+the\s+works|no\s+binding)\b", I)
# Signing still to come: "should be drafted and signed", "is expected to be signed".
FUTURE_SIGNING = re.compile(
    r"\b(?:should|shall|will|would|could|must|may|is\s+to|are\s+to|expected\s+to|due\s+to|set\s+to)\s+be\s+"
    r"(?:\w+\s+and\s+)?signed\b", I)
EXPLORING_DEAL = re.compile(r"\bexplor(?:e|es|ing)\s+(?:a|an|the)\s+(?:possible\s+|potential\s+)?"
                            r"(?:joint\s+venture|partnership|deal|agreement|alliance)\b", I)
# A deal named in crime news: "bought with money stolen from mining deals", "bribes paid to win the
# contract", "kickbacks on state contracts" -- the crime is reported, not an agreement.
CRIME_BEFORE = re.compile(r"\b(?:stole|stolen|steal\w*|embezzl\w+|launder\w*|siphon\w*|brib\w+|kickbacks?"
                          r"|misappropriat\w+|fraudulent(?:ly)?|rigg(?:ed|ing))\s+(?:[\w$.,-]+\s+){0,5}$", I)
# The papers of hosting a sports event: "the host-city documents", "a hosting agreement for the
# Asian Games", "the Olympic host city contract" (no trade or investment deal; not "a host government
# agreement", a pipeline's terms with the state it crosses).
EVENT_HOSTING_BEFORE = re.compile(r"\b(?:host(?:ing)?[- ]city|hosting(?:\s+rights)?|Olympic(?:\s+host)?(?:\s+city)?)\s+$", I)
# A company's past: "traces its history to the UzDaewooAuto venture".
# An agreement ended, not made: "the court cancelled the agreement", "Ankara terminated the
# contract", "the sides tore up the deal", "withdrew from the treaty"; and after the noun, "the
# contract was annulled in 2019", "the memorandum has since been revoked".
CANCELLED_BEFORE = re.compile(r"\b(?:cancel(?:l?ed|s|l?ing)?|terminat(?:e|es|ed|ing)|annul(?:s|led|ling)?|revok(?:e|es|ed|ing)"
                              r"|rescind(?:s|ed|ing)?|scrap(?:s|ped|ping)?|(?:tore|torn|tearing)\s+up|invalidat(?:e|es|ed|ing)"
                              r"|(?:withdr(?:ew|awn|aws?)|pull(?:ed|s)?\s+out)\s+(?:of|from)|den(?:ounced|ounces|ouncing))"
                              r"\s+(?:the|its|their|this|that|an?)\s+(?:[\w-]+\s+){0,3}$", I)
CANCELLED_AFTER = re.compile(r"(?:\s+(?:with|between|by|for|signed|concluded|reached)\s+[^,.;]{0,50}?)?\s+(?:(?:was|were|has|had|have)\s+(?:(?:since|later|then|now)\s+)?(?:been\s+)?)"
                             r"(?:cancell?ed|terminated|annulled|revoked|rescinded|scrapped|torn\s+up|invalidated"
                             r"|denounced)\b", I)
HISTORY_BEFORE = re.compile(r"\b(?:(?:traces?|traced|tracing)\s+(?:its\s+|their\s+)?(?:history|roots|origins?)\s+(?:back\s+)?"
                            r"|(?:dates?|dating|goes|going|went)\s+back\s+)to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", I)
# A partnership that is a level of relations between states, not a document: "raised relations to
# a comprehensive strategic partnership", "an all-weather strategic partnership for a new era".
RELATIONSHIP = re.compile(
    r"\b(?:strategic|comprehensive|all-weather|allied|privileged|special|enhanced|eternal|good-neighbou?rly)\s+"
    r"(?:[\w-]+\s+){0,3}?partnership\b|\b(?:raised|elevated|upgraded|brought|took)\s+(?:their\s+|bilateral\s+|the\s+)?"
    r"(?:relations|ties|relationship)\s+to\b", I)
# Ties a company has, not a deal reported: "has partnerships with Ford, Volkswagen and Mazda",
# "maintains long-standing alliances with", "enjoys joint ventures with" (a present-tense possession,
# with no signing, creation or count).
EXISTING_TIES = re.compile(r"\b(?:has|have|had|enjoys?|maintains?|holds?|boasts?)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:partnerships|alliances|joint\s+ventures|ties|links)\s+with\b", I)
# "the 10th anniversary of the strategic partnership", "ten years since the treaty was signed":
# a relationship's history, not an agreement reported now
ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\s+of\b|\b(?:years|decades)\s+(?:since|after)\b", I)
# "over 500 joint ventures have been registered", "the number of joint ventures has passed
# 10,000", "more than 50 treaties now link the two countries": statistics about agreements, or the
# ties they make, not an agreement
AGREEMENT_STATISTIC = re.compile(
    r"\b(?:registered|operat(?:e|es|ing)|exist(?:s|ing)?|work(?:s|ing)?|active|number\s+of|has\s+passed"
    r"|have\s+been\s+(?:set\s+up|established|created)\s+so\s+far|(?<!to\s)(?:link|connect|bind"
    r"|underpin|govern)(?=\s+\w))\b", I)
# Nouns after these are items of the agreement counted before them: "signed 10 documents,
# including a memorandum on preferential trade"
INCLUDING = re.compile(r"\b(?:including|such\s+as|among\s+them|among\s+which|in\s+particular|notably)\b", I)
NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|without|nor|rather\s+than|(?:stopped|ceased)\s+(?:signing|concluding))\b"
                             r"[^.;,]{0,30}$", I)
# "strategic partnership between two states" is diplomacy, not a deal, unless
# something in the sentence says a document exists.
DOCUMENT_CONTEXT = re.compile(r"\b(?:documents?|agreements?|deals?|sign(?:ed|ing)|concluded|memorand\w+|treaty)\b", I)
ATTRIBUTION_AFTER = re.compile(r"^\s*(?:reports?|reported|said|says|told|noted|cited|quoted|news\s+agency)\b", I)
ATTRIBUTION_BEFORE = re.compile(r"\b(?:told|according\s+to|via|reports?|reported\s+by|citing|cited\s+by|quoted\s+by"
                                r"|interview\s+with)\s+(?:the\s+)?$", I)
VALUE_CUE = re.compile(r"\b(?:worth|totall?ing|valued\s+at|estimated\s+at|amounting\s+to|value\s+of|for|on)\b", I)
# A count right before an agreement noun, with at most three describing words between:
# "signed 24 documents", "Seventy-six agreements", "a dozen intergovernmental and interagency
# documents", "12 cooperation agreements" -- not a year ("in June 2022 a memorandum"), not the
# people or states who signed ("the two leaders signed the treaty").
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
COUNT_WORD = (rf"(?:(?:{_UNITS}|half\s+a)\s+dozen|(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
              r"|seventeen|eighteen|nineteen|a\s+dozen|dozens?|several|hundred)")
_NOT_DESCRIBING = (r"leaders|sides|countries|parties|companies|firms|heads|presidents|ministers|states|governments"
                   r"|delegations|officials|nations|partners|people|years?|months?|days?|times|the|a|an|of|with|for|on"
                   r"|in|at|to|by|from|signed|sign|were|was|have|has|had|are|is|been|which|that|its|their"
                   r"|thousand|million|billion|trillion|mln|bn|percent|per")   # "$215 million contract": money
NUMBER_BEFORE = re.compile(
    r"(?:\b(?:more\s+than|over|about|some|around|nearly|almost|at\s+least|a\s+total\s+of|a\s+package\s+of"
    r"|a\s+set\s+of)\s+)?"
    rf"(?<![\w.,$\u20ac\u00a3/\u2013\u2014-])(\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORD})\s+"   # not "50-50", "50\u201350", "50/50"
    rf"(?:(?!(?:{_NOT_DESCRIBING})\b)[a-z][\w-]*,?\s+(?:and\s+)?){{0,3}}$", I)
# A contract told by an order of goods with their count: "ADY ordered five double-deck trains",
# "Kazsink has placed an order for 10 more wagons", "Otokar won an order in August from the Baku bus
# operator for 50 buses" (the seller's side) (not "ordered all schools to close": no count;
# nor "ordered three ministries to review": an instruction;
# the caller wants a company in the sentence or just before it)
ORDERED = re.compile(r"\b(?:(?:won|wins|received|receives|secured|secures|landed|lands)\s+(?:an?\s+)?(?:new\s+|further\s+)?"
                     r"order\b(?!\s+of\b)[^.;]{0,120}?\bfor|ordered|placed\s+(?:an?\s+)?(?:new\s+|further\s+|firm\s+|repeat\s+)?orders?\s+for)\s+"
                     r"(?:(?:another|a\s+further|a\s+batch\s+of|more\s+than|over|some|about)\s+)?"
                     r"(?:\d{1,3}(?:,\d{3})*|" + COUNT_WORD + r")\s+(?!(?:[\w-]+\s+){1,3}?to\s+(?!be\b)[a-z])(?!(?:percent|per\s+cent|times|years?|months?|weeks?|days?|of\s+(?:its|their|the)"
                     r"\s+(?:staff|employees|workers))\b)(?:more\s+|new\s+|further\s+)?[a-z]", I)
# A plural agreement noun's subjects, each with its own "on": "agreements on customs and on road
# transport" (not a date: "on Tuesday", nor a place: "on the sidelines")
_SUBJECT_ON = r"on\s+(?!the\s+(?:sidelines|margins|occasion|eve|same|next|following)\b)(?=[a-z])"
SUBJECTS_LISTED = re.compile(r"\s+" + _SUBJECT_ON + r"[^.;:,]{0,150}?(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                             + _SUBJECT_ON + r"[^.;:,]{0,150}?)+(?=[,.;:]|\s+(?:and|on)\s+[A-Z]|$)")
NEXT_SUBJECT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)" + _SUBJECT_ON)
# (its partner may come first: "a memorandum with Aktobe airport on a logistics hub")
SUBJECT_AFTER = re.compile(r"^\s*(?:of\s+(?:understanding|cooperation|intent)\s+)?(?:with\s+(?:the\s+)?[A-Z][^,;.]{0,50}?\s+(?=on\s))?"
                           r"(?:on|for|to|regarding|concerning|covering)\s+"
                           r"([^,;.]{3,90})", I)

# --- countries in a location role ------------------------------------------

# "in Kazakhstan", "in the south of", "in western Uzbekistan", "in north-eastern China"
LOCATION_BEFORE = re.compile(r"\b(?:in|into|inside|at|near)\s+(?:the\s+)?"
                             r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+"
                             r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)\s+of\s+(?:the\s+)?)?$", I)
# "in X" after a word of selling, knowing or approving: where a product is sold or valued, not
# where it is made ("its quality certificate is recognised in Germany", "popular in Russia")
NOT_SITE_IN = re.compile(
    r"\b(?:recogni[sz]ed|certified|approved|registered|patented|licen[cs]ed|accepted|known|popular|famous"
    r"|sold|marketed|available|demand(?:ed)?|listed|used|valued|praised|advertised|distributed|headquartered"
    r"|based|buyers|customers|consumers|markets?)\s+(?:\w+\s+)?(?:in|into|at)\s+(?:the\s+)?$", I)
# a site named as where supplies come from, not where the figure is made: "part of the kits come
# from MAN's truck plant in India", "engines shipped from the group's factory in China", "parts
# supplied by its plant at Pune" (checked only before a place already read as a location)
SUPPLYING_SITE_BEFORE = re.compile(
    r"\b(?:from|by)\s+(?:(?:the|its|their|a|an|[A-Z][\w-]*['\u2019]s)\s+)?(?:(?!(?:the|a|an|its|their)\s)[\w'\u2019-]+\s+){0,3}?"
    r"(?:plants?|factory|factories|sites?|works|facility|facilities|subsidiary|affiliate)\s+(?:in|at|near)\s+(?:the\s+)?$")
# "Uzbekistan produced 327,639 cars", "Kazakhstan assembled": the state as the maker
LOCATION_SUBJECT = re.compile(
    r"^\s+(?:also\s+|then\s+|has\s+|had\s+)?(?:produced|manufactured|built|assembled|made|turned\s+out"
    r"|rolled\s+out)\b", I)
LOCATION_AFTER_DEMONYM = re.compile(
    r"^[\s-]*(?:\w+\s+){0,2}?(?:site|plant|factory|factories|plants|car\s+industry|industry|assembly|output"
    r"|production|manufacturers?|carmakers?|assemblers?|car\s+factories|assembly\s+lines|lines)\b", I)

# --- cheap gates: lowercase substrings, checked before any regex ------------

TRADE_STEMS = ("export", "import", "trade", "turnover", "sold", "sell", "sale", "bought", "buy", "purchas",
               "entered the country", "brought in",
               "deliver", "ship", "sent", "suppl", "went to", "received", "provid",
               "commerce", "exchanged goods", "crossed the border")
# words of a sentence about trade that are no flow of their own ("Georgia's biggest trading partner in 2022"):
# the sentence can set the period in force, not give figures
TRADE_TOPIC_STEMS = ("trading partner",)
PRODUCTION_STEMS = ("produc", "generat", "poured", "cast", "pumped", "milled", "spun", "manufactur", "build", "built", "assembl", "make", "made", "turn", "roll",
                    "together", "output", "capacit", "capable", "able to", "design", "came off", "came from",
                    "throughput", "rated at", "rated for", "handles", "put out", "puts out", "churn",
                    "process", "mined", "dug", "extract", "yield", "smelt", "convert",
                    # a power plant's size ("the 884-megawatt Suki Kinari project")
                    "megawatt", "gigawatt", "mw", "gw",
                    # the infinitive of an extracting trade after "can", "could", "able to"
                    "to mine", "can mine", "could mine", "to treat", "can treat", "could treat", "to refine", "can refine",
                    "could refine")
PLANT_STEMS = ("plant", "factor", "facilit", "site", "works", "mill", "line", "enterprise", "industrial", "complex",
               "smelter", "refiner")
AGREEMENT_STEMS = ("ordered", "order for", "orders for", "an order", "memorand", "mou", "venture", "jv", "action", "road", "treat", "contract", "partner",
                   "declaration", "statement", "agreed",
                   "conglomerate", "consortium", "alliance", "agreement", "deal", "accord", "document",
                   # (single words: a stem with a space costs a scan of every sentence)
                   "intent", "loi", "measures", "program", "concession", "pact", "sheet", "psa", "arrangement",
                   "tender", "notes", "team", "forces", "tied", "tying", "together", "parties", "signator",
                   "framework", "protocol", "portfolio", "acquir", "bought out", "buys out", "buying out",
                   "took over", "takes over", "taking over", "bought", "buys", "buying", "purchased", "control")
# An agreement told by its verb alone: a company chosen for a job, a supply promised (not on a line
# of a list of deals: that line is its deal already)
AGREEMENT_VERB_STEMS = ("chose", "selected", "picked", "tapped", "awarded", "commissioned", "hired", "suppl",
                        "deliver", "provid")
RANKING_STEMS = ("followed", "ahead", "place", "rank", "led", "largest", "biggest", "main", "leading", "principal", "came")
CONTINUATION_STEMS = ("target", "goal", "figure", "it ", "this ", "they ", "volume", "total", "of that", "of them")


def has_any(low: str, stems: tuple[str, ...]) -> bool:
    return any(s in low for s in stems)


# --- stems each cue needs ------------------------------------------------------
# Lower-case substrings of which every match of the cue contains at least one.
# `SentenceView.has` / `mentions_any` test them with `in` on the lower-cased
# sentence (~0.1 us) and skip the regex scan (3-8 us per sentence) when none
# occurs. Keep each entry in step with its pattern: a stem missing here makes
# the cue miss sentences it should match.
CUE_STEMS: dict[object, tuple[str, ...]] = {
    PERCENT: ("%", "cent", "pct"),             # "per cent", "percent", "percentage points"
    CLAUSE_BREAK: (";", "-", "\u2013", "\u2014", "while", "whereas", "which", "but", "though"),
    SEGMENT_BREAK: (";", "\u2013", "\u2014", "while", "whereas", "followed", "with", "but", "which", "though"),
    PROD_ANY: ("produc", "generat", "poured", "cast", "pumped", "milled", "spun", "manufactur", "build", "built", "assembl", "make", "making", "made", "turn", "roll",
               "together", "output", "capacity", "came", "mined", "dug", "extract", "yield", "smelt", "convert",
               "put out", "puts out", "churn"),
    CAPACITY: ("capacit", "able", "produce", "build", "make", "assemble", "turn", "manufacture", "roll", "design",
               "mine", "extract", "treat", "smelt", "refine", "generate",
               "once", "when", "full",
               "built", "made", "together", "process", "throughput", "rated at", "rated for", "handles", "put out",
               "churn"),
    PLANT_NOUN: ("plant", "factory", "facility", "site", "works", "mill", "enterprise", "line", "shop", "industrial",
                 "refiner", "smelter", "complex"),
    POWER_PLANT: ("plant", "station"),
    PLANT_NAME: ("plant", "factory", "works"),
    PER_YEAR: ("year", "annual", "annum"),
    TWO_SIDES: ("two", "both", "sides", "bilateral", "mutual", "intergovernmental"),
    RANKING: RANKING_STEMS,
    EXPORT: ("export", "sold", "sell", "sale", "ship", "deliver", "sent", "suppl", "provid"),
    IMPORT: ("import", "bought", "buy", "purchas", "country", "brought", "received"),
    TURNOVER: ("rade", "urnover", "ommerce", "exchanged goods"),
    AGREEMENT_ANAPHOR: ("venture", "deal", "agreement", "arrangement", "document", "partnership", "memorand", "accord",
                        "road", "contract", "treat", "declaration", "statement", "protocol", "action plan"),
    INCLUDING: ("includ", "such", "among", "particular", "notably"),
    RELATIONSHIP: ("partnership", "relations", "ties", "relationship"),
    VENTURE_ONLY: ("venture",),
    BECAME_PARTNER: ("partner", "team", "forces", "tied", "tying", "jointly", "together", "joint", "common", "shared"),
    AGREED_WITH: ("agreed",),
    AGREED_ON: ("agreed",),
    CHOSEN: CHOSEN_STEMS,
    WILL_SUPPLY: WILL_SUPPLY_STEMS,
}


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

    # (each method tests the length itself: these run a few hundred times per article)
    def search(self, s: str, pos: int = 0, endpos: int = 2**31):
        low = s.lower()
        if len(low) == len(s):
            return self._rx.search(low, pos, endpos)
        return self._rx_i.search(s, pos, endpos)

    def match(self, s: str, pos: int = 0, endpos: int = 2**31):
        low = s.lower()
        if len(low) == len(s):
            return self._rx.match(low, pos, endpos)
        return self._rx_i.match(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = 2**31):
        low = s.lower()
        if len(low) == len(s):
            return self._rx.finditer(low, pos, endpos)
        return self._rx_i.finditer(s, pos, endpos)


for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and _value.flags & re.I:
        globals()[_name] = _Lower(_value)
        if _value in CUE_STEMS:
            CUE_STEMS[globals()[_name]] = CUE_STEMS.pop(_value)
AGREEMENT_NOUNS = tuple((t, stems, _Lower(rx) if rx.flags & re.I else rx) for t, stems, rx in AGREEMENT_NOUNS)

_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = NUMBER_WORDS


def has_number(low: str, found: set[str] | None = None) -> bool:
    """A digit or a number word (a cheap over-approximation: "someone" passes).
    `found`: `stems_in(low)`, when the caller has it."""
    if _DIGIT.search(low) is not None:
        return True
    if found is not None:
        return any_stem(found, low, _NUMBER_WORDS)
    return any(w in low for w in _NUMBER_WORDS)


# --- which stems a sentence contains, in one pass ---------------------------
# The gates above ask "does the lower-cased sentence contain one of these
# substrings?" a dozen times per sentence, and each `in` scans the sentence.
# `stems_in` finds every stem without whitespace at once: such a stem lies
# inside one whitespace-separated word, and what each word contains is cached
# (the vocabulary of news repeats), so a sentence costs one `split` and a
# dictionary look-up per word. `any_stem` then answers `has_any` for any tuple
# of `STEM_SETS`, searching only its stems with a space ("sent to") directly.

STEM_SETS: tuple[tuple[str, ...], ...] = (
    TRADE_STEMS, PRODUCTION_STEMS, GOODS_PLAN_STEMS, PLANT_STEMS, AGREEMENT_STEMS, AGREEMENT_VERB_STEMS, CONTINUATION_STEMS, RANKING_STEMS, _NUMBER_WORDS,
    *CUE_STEMS.values(), *(stems for _, stems, _ in AGREEMENT_NOUNS))
# id of each tuple -> (its stems without whitespace, as a set; those with whitespace)
_SPLIT_OF = {id(t): (frozenset(s for s in t if not any(ch.isspace() for ch in s)),
                     tuple(s for s in t if any(ch.isspace() for ch in s))) for t in STEM_SETS}
_WORD_STEMS = sorted({s for t in STEM_SETS for s in t if not any(ch.isspace() for ch in s)})
_STEMS_BY_FIRST: dict[str, tuple[str, ...]] = {}     # first character -> the stems starting with it
for _stem in _WORD_STEMS:
    _STEMS_BY_FIRST[_stem[0]] = _STEMS_BY_FIRST.get(_stem[0], ()) + (_stem,)
_STEMS_OF_WORD: dict[str, frozenset[str]] = {}
_MAX_WORDS = 200_000                                  # bound the cache on endless streams


def _stems_of(word: str) -> frozenset[str]:
    """The stems inside one word: only those starting with one of its characters
    can occur (a few dozen tests instead of a hundred; new words and numbers are
    frequent in a stream of articles)."""
    return frozenset(s for c in set(word) for s in _STEMS_BY_FIRST.get(c, ()) if s in word)


def stems_in(low: str) -> set[str]:
    """The stems of `STEM_SETS` without whitespace that occur in `low` (lower-cased text)."""
    found: set[str] = set()
    cache = _STEMS_OF_WORD
    for word in low.split():
        hit = cache.get(word)
        if hit is None:
            if len(cache) >= _MAX_WORDS:
                cache.clear()
            hit = cache[word] = _stems_of(word)
        if hit:
            found |= hit
    return found


def any_stem(found: set[str], low: str, stems: tuple[str, ...]) -> bool:
    """`has_any(low, stems)`, answered from `found = stems_in(low)` when `stems` is one of `STEM_SETS`."""
    split = _SPLIT_OF.get(id(stems))
    if split is None:
        return has_any(low, stems)
    words, spaced = split
    if not found.isdisjoint(words):         # iterates over the smaller set: `found`
        return True
    for s in spaced:
        if s in low:
            return True
    return False


# a state named as the source of the figures, not as a side of them: "Chinese customs", "Kazakh statistics",
# "Turkey's statistical institute", "Russian data"
DATA_SOURCE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:customs|statistics?|statistical|data)\b", re.I)
