"""Grammar word lists of English news prose that the entity rules read (lower-case token keys).

These are properties of the language, not facts about entities, so they live here rather than in
the seeds."""
from __future__ import annotations

from extraction.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

FUNCTION = frozenset("""
the a an in on at as by for from with of to into onto and or but nor so yet if while when where whereas
after before since until during under over above below between among amongst through via per than
this that these those its it their his her our my your we they he she i you there here who which what why how
all both each every some many most more less several other another such any no not only even also still
however meanwhile moreover furthermore besides additionally separately overall previously earlier later
currently recently initially finally eventually today yesterday tomorrow now then thus hence therefore
according despite following including unlike like speaking citing around about nearly almost roughly
last next first second third new former late early read related tags tag author published source photo
previous see watch click share print save subscribe follow editing reporting writing
mr mrs ms dr sir
""".split()) | MONTHS.keys() | MONTH_ABBREVIATIONS.keys() | WEEKDAYS.keys()

TITLES = frozenset("""
president presidents vice premier prime minister ministers deputy deputies chairman chairwoman chairperson
chair ceo cfo coo cto founder cofounder director directors governor governors ambassador ambassadors
mayor akim head heads chief executive officer manager spokesman spokeswoman spokesperson secretary
senator general king queen prince princess sheikh emir sultan professor academician coach captain
commissioner envoy consul adviser advisor counsellor minister-counsellor board honored honoured artist
mr mrs ms dr sir lord madam his her excellency
""".split())

# Words that make no name distinctive on their own ("National Bank", "Working Group").
GENERIC = frozenset("""
national state international central development investment investments invest foreign direct joint
working business economic economy trade trading industrial industry financial finance strategic world
global regional asian eurasian european islamic arab union federal republic republican public private
turkic african nordic baltic balkan slavic renewable green clean nuclear solar wind hydro thermal
alternative digital smart innovative modern advanced asset assets risk waste water quality crisis
main general united special free zone zones new first second third north south east west northern
southern eastern western big great grand royal social sovereign wealth fund commercial technical
technology technologies energy power infrastructure construction engineering agency
steering task contact expert advisory coordination intergovernmental interdepartmental parliamentary
friendship high level council committee commission organisation organization
export exports import imports savings housing agricultural oil gas
""".split())

# Head words that end a company name without being a legal form, in English and in the
# transliterations news from the region keeps ("Sanoat Energetika Guruhi", "Ege Tekstil Sanayi",
# "Ege Logistika"; Kazakh, Russian and Uzbek for a plant; "Haval Motor Manufacturing Rus" names a
# Russian subsidiary).
DESIGNATORS = frozenset("""
group holding holdings motors motor automobile automotive auto autos investment investments international
industries manufacturing engineering machinery leasing bank petroleum airlines airways steel mining
metals minerals resources electric electronics technologies telecom logistics trading pharma
pharmaceuticals chemicals cement ventures enterprises
fund invest export management shipping consortium trans logistika servis guruhi sanayi insaat rus
tyres tires technology systems construction energy gold solutions partners consulting biotech cargo
zauyty zavod zavodi lojistik otomotiv makina enerji ticaret concern
""".split())
# Word endings of enterprise names written as one word, in the Soviet way of naming a works by its
# trade ("Uralvagonzavod", "Mogilevliftmash", "Belgorkhimprom", "Demirbank", "Navoiyazot").
COMPOUND_HEADS = ("bank", "mash", "prom", "zavod", "holding", "energo", "stroy", "neftegaz", "neft", "khim",
                  "vagon", "azot", "metall")
# Head words after a known company's name that name another company of its group, in another line of
# business ("Samsung Engineering", "Hyundai Heavy Industries"), unlike the heads a carmaker's own name
# takes ("Kia Motors", "Geely Auto", "Weichai Group").
AFFILIATE_HEADS = frozenset("""
engineering construction chemical chemicals electronics solutions securities logistics shipping leasing
insurance steel mining energy heavy
trading polymer polymers petrochemical petrochemicals plastics refining fertilizers fertilisers aluminium aluminum
metals cement pharma pharmaceuticals textiles
""".split())
# The heads a carmaker's local company takes before its country ("Kia Motors Kazakhstan", "Chery Auto
# Uzbekistan", "MG Automobile Pakistan"): one line of business, so two of them name one company.
CARMAKER_HEADS = frozenset({"motor", "motors", "auto", "autos", "automobile", "automobiles", "automotive"})
SOFT_DESIGNATORS = frozenset({"group", "holding", "holdings"})   # also lead a name: "Holding Asia Group"
# "X Automobile Plant", "X Tractor Works": a named enterprise.
SITE_HEADS = frozenset({"plant", "works", "factory", "combine", "complex", "mill", "mills"})
SITE_INDUSTRY = frozenset("""
automobile automotive auto car cars tractor tractors truck trucks bus buses motor engine engines diesel machine
machinebuilding mechanical metallurgical aluminium aluminum tyre tire wagon locomotive assembly
equipment cable foundry chemical cement glass textile steel pipe battery electrical repair agricultural
railcar carriage aircraft aviation shipbuilding processing engineering electrochemical petrochemical fertilizer
fertiliser
cashmere wool woollen cotton spinning yarn carpet leather knitting sewing garment dairy sugar flour brick
furniture porcelain ceramic beverage beverages food brewing
copper molybdenum zinc lead nickel gold tungsten mining smelting concentrating soda potash nitrogen
""".split())
# Heads of geographic names: the last word of a name that is not a company ("Ferghana Valley").
GEO_HEADS = frozenset("""
valley sea lake river mountains desert steppe basin gulf bay island islands peninsula canal delta plateau
""".split())
# Soviet-style enterprises: an organisation head after "production" names a company
# ("Khorezm Automobile Production Union", "Ganja Automobile Plant Production Association").
ENTERPRISE_HEADS = frozenset({"union", "association"})
ENTERPRISE_LEAD = "production"

# Heads of organisations (and of geographic names) that are not companies.
ORG_HEADS = frozenset("""
ministry ministries agency agencies association associations union university universities institute
academy center centre council committee commission chamber federation parliament senate assembly
administration office service department bureau school college foundation club stadium league cup
championship embassy consulate court party army police network forum festival summit conference expo
exhibition fair salon organization organisation alliance society program programme initiative project
corridor pipeline railway highway airport port station park district region province oblast city
government cabinet presidency secretariat inspectorate treasury prize award museum theatre theater
hospital clinic church mosque trio band orchestra choir team contest competition games olympics day
days week weeks year years strategy plan agreement treaty memorandum declaration dialogue
""".split())

# Nouns that introduce or describe a company ("the carmaker X", "X, a subsidiary of").
TRIGGERS = frozenset("""
carmaker carmakers automaker automakers maker makers manufacturer manufacturers producer producers
assembler assemblers company companies firm firms corporation conglomerate holding subsidiary giant
concern startup supplier suppliers distributor dealer operator operators contractor developer
lender bank enterprise importer importers exporter exporters fabricator investor group venture partner
shipbuilder builder carrier airline miner refiner retailer trader insurer fund licensor licensors contractors
utility utilities
confectioner brewer brewery distiller distillery winery processor packer bottler spinner weaver tanner
""".split())
# Who owns it, right before a name: "the state-owned Tilloi Tojik", "state-run Barqi Tojik" (a company,
# as after a trigger noun)
OWNERSHIP = frozenset("""
state-owned state-run state-controlled government-owned government-run privately-owned family-owned
""".split())


def is_trigger(word: str) -> bool:
    """A lower-case noun for a company: one of TRIGGERS, or a maker of anything written as one word
    ("steelmaker", "glassmakers", "winemaker"), not a person who makes films, laws or policy."""
    return word in TRIGGERS or word in OWNERSHIP or (
        word.endswith(("maker", "makers")) and len(word) > 7 and word.rstrip("s") not in PERSON_MAKERS)


# "-maker" nouns for people: "Russian filmmaker Sergey Dvortsevoy", "lawmaker Ivan Petrov"
PERSON_MAKERS = frozenset("""
filmmaker moviemaker lawmaker policymaker policy-maker decisionmaker decision-maker peacemaker playmaker
matchmaker kingmaker dressmaker haymaker merrymaker mischiefmaker troublemaker rainmaker
""".split())


# Nouns for a company's people, before "of" and its name: "Representatives of Qorgan Motors signed".
PEOPLE_OF = frozenset("""
representatives representative employees employee workers staff officials official executives executive
specialists engineers experts delegates delegation delegations shareholders members leaders management
""".split())
# Lower-case nouns after a described name that make it a modifier, not a company
# ("the giant Galkynysh field", "the Chinese carmaker's Tiggo model").
NOT_AFTER_COMPANY = frozenset("""
field fields deposit deposits project projects pipeline corridor zone park region district river lake
mountains mountain basin brand brands model models range series family families
""".split())
# Lower-case nouns of a place after its name ("Dushanbe's Gulbuta area").
PLACE_NOUNS = frozenset("area areas city town village district province county oblast neighbourhood neighborhood".split())
# Capitalised words of economics that follow a country's possessive without naming anything
# ("Uzbekistan's GDP").
NOT_NAMES = frozenset("gdp gnp gni vat fdi cpi pmi".split())
# Lower-case nouns of a site: a name right before one (or its possessive) runs the site
# ("the Qorgan plant", "Qorgan's new factory").
SITE_NOUNS = frozenset({"plant", "plants", "factory", "factories", "facility", "facilities", "smelter"})
# Titles of a company's officers: "the chairman of Orbis Kazakhstan" names a company.
OFFICER_TITLES = frozenset("""
chairman chairwoman chairperson ceo founder cofounder co-founder owner owners shareholder shareholders
""".split())

STRIP = FUNCTION | TITLES
# Words that continue a name across 'and' ("Import and Export Corporation", "Oil and Gas Company").
AND_CONTINUES = frozenset("""
export exports import imports gas oil petroleum petrochemical petrochemicals metallurgical metallurgy mining construction trade trading investment
investments development engineering technology technologies industry industries industrial commerce
commercial finance financial services logistics transport transportation shipping energy power chemical
chemicals machinery manufacturing production exploration refining marketing equipment steel metals
operation operations maintenance repair assembly distribution sales research design mechanical foundry
truck trucks bus buses tractor tractors car cars
""".split())
COMPASS = frozenset("north south east west northern southern eastern western central latin upper lower".split())
# Capitalised words that may stand right before a country name without making it part of
# another name ("Neighbouring" is not here: sentence-initial words are never held against it).
NOT_A_NAME = (FUNCTION - {"new", "grand", "great", "royal"}) | TITLES | COMPASS
JOIN_GAPS = frozenset({" ", "-", "‑", " & ", "&", "'", "’", "/", "."})
# "and" inside names from the region, never a split between two names: Uzbek and Tajik "va"
# ("Nasbi Naqliyoti Barqi va Ducharkha"), Turkish "ve" ("Otokar Otomotiv ve Savunma Sanayi").
NAME_AND = frozenset({" va ", " ve "})
GAP_CHARS = frozenset("-‑&'’/.,")
