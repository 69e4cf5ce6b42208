"""The named company rules (extraction/entities/company_rules.py), each with a table of invented
sentences: the companies it finds (and the country it gives them), and sentences where it must
find none. Names are invented so that only the rule, not the gazetteer, can find them."""
from __future__ import annotations

import pytest

from extraction.entities.analysis import analyse
from extraction.entities.company_rules import LEGAL_FORM_RULE, LIST_HEADING_RULE, LISTED_RULE, RULES
from extraction.entities.legal import QUOTED_LEGAL_NAME_RULE
from extraction.sentences import split_sentences


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(name, country, rule) of every company found by a rule, in text order."""
    starts = tuple(s.start for s in split_sentences(text))
    companies, _, _ = analyse(text, starts)
    return [(h.name, h.code, h.rule) for h in companies if h.rule]


# rule -> [(sentence, [(name, country)] found by that rule)]
FOUND: dict[str, list[tuple[str, list[tuple[str, str | None]]]]] = {
    QUOTED_LEGAL_NAME_RULE: [
        ('The presidents visited CJSC "Agrotechservice", a joint venture.', [("Agrotechservice", None)]),
        ("Kits come from OJSC “Minsk Axle Works” and LLC «Volga Parts».",
         [("Minsk Axle Works", None), ("Volga Parts", None)]),
        ('"Sayram Agro" LLP bought 40 combines.', [("Sayram Agro", None)]),
    ],
    LEGAL_FORM_RULE: [
        ("Zarmed Invest LLC opened a line.", [("Zarmed Invest LLC", None)]),
        ("It works with AS Group and SA Holding.", [("AS Group", None), ("SA Holding", None)]),   # initials
        # a name of generic words after its owner's possessive takes the owner's name
        ("Zarvo Metal Industry's Foreign Engineering Co. will build it.",
         [("Zarvo Metal Industry's Foreign Engineering Co.", None)]),
        ("The Qorgan Group's International Trading LLC signed.", [("Qorgan Group's International Trading LLC", None)]),
        ("A deal between Uzbekistan's Zarmed Invest LLC and Azerbaijan's Qala Insaat LLC.",
         [("Zarmed Invest LLC", "UZ"), ("Qala Insaat LLC", "AZ")]),
        ("PJSC Qorgan Avto raised output.", [("PJSC Qorgan Avto", None)]),
        ("Loans went to Tengri Leasing JSC and Sayram Agro LLP.",
         [("Tengri Leasing JSC", None), ("Sayram Agro LLP", None)]),
        ("Hunan Qiaolin Motor Co., Ltd. will supply kits.", [("Hunan Qiaolin Motor Co., Ltd.", "CN")]),
        ("The Tajik Aluminium Company cut output.", [("Tajik Aluminium Company", "TJ")]),
        ("Holding Asia Group Tajikistan bought a stake.", [("Holding Asia Group Tajikistan", "TJ")]),
        ("Qorgan Tashkent LLC signed.", [("Qorgan Tashkent LLC", "UZ")]),
        ("Ege Dokuma Sanayi A.Ş. opened a mill.", [("Ege Dokuma Sanayi A.Ş.", None)]),
        ("Ege Dokuma Sanayi A.S. opened a mill.", [("Ege Dokuma Sanayi A.S.", None)]),
        ("Caspian Engineering Ltd. and Global Trading LLC signed.",    # generic words and a legal form
         [("Caspian Engineering Ltd.", None), ("Global Trading LLC", None)]),
        # an organisation head inside a name that a legal form closes
        ("Output rose at Turan Automobile Production Union LLC.", [("Turan Automobile Production Union LLC", None)]),
        ("It was followed by Navoi Mining and Metallurgical Company.",      # a known "Navoi Mining" goes on
         [("Navoi Mining and Metallurgical Company", None)]),
        ("Zerafshan Free Port Construction and Operation Co., Ltd. signed.",
         [("Zerafshan Free Port Construction and Operation Co., Ltd.", None)]),
        # a country's name with generic words names a company
        ("India Power Trading Development Limited will build it.", [("India Power Trading Development Limited", "IN")]),
        ("Lada Tajikistan LLC assembled 500 cars.", [("Lada Tajikistan LLC", "TJ")]),
        # a place or a head word in brackets inside the name
        ("Qiaotai (Dangara) New Silk Road Textile Company spins yarn.",
         [("Qiaotai (Dangara) New Silk Road Textile Company", None)]),
        ("Xinjiang Qorgan (Group) Co., Ltd. signed.", [("Xinjiang Qorgan (Group) Co., Ltd.", "CN")]),
        ("Qorgan Avto (Almaty) Ltd said so.", [("Qorgan Avto (Almaty) Ltd", "KZ")]),
        # one distinctive word closing the run after "Company" or "Corporation" is the name's
        ("Zarvo Petrol Company Sayram plans to spend $167 million.", [("Zarvo Petrol Company Sayram", None)]),
        ("The Qorgan Oil Corporation Tengri refinery grew.", [("Qorgan Oil Corporation Tengri", None)]),
    ],
    LIST_HEADING_RULE: [
        # a heading that counts companies or sites, whatever words end it: its lines name them
        ("By the ministry's count, three plants spin cotton in the valley, with a capacity of 90,000 tonnes:\n"
         "1. Sarvo Textile Combine (Sughd region) - 40,000 tonnes;\n2. Orzu-Tekstil (Khatlon) - 30,000 tonnes;",
         [("Sarvo Textile Combine", None), ("Orzu-Tekstil", None)]),
        ("The country has 4 large bus makers, ranked by output in 2023:\n- Qorgan Avtobus - 2,100 units;\n"
         "- Zarvo Motors Works (Almaty) - 1,400 units.", [("Qorgan Avtobus", None), ("Zarvo Motors Works", None)]),
        # a compass word joined to a demonym: one distinctive word
        ("Two plants make glass in the region:\n1. North-Tajik Glass (Sughd) - 120 tonnes a day;",
         [("North-Tajik Glass", "TJ")]),
        # the whole name opening a line of a list under a heading that announces companies or sites
        ("The sector has three refineries:\n\n* Zarvo Petrol Company Junda - in Kant;\n"
         "* Sayram Business Refinery - near Osh;\n* QorvexLTD.",
         [("Zarvo Petrol Company Junda", None), ("Sayram Business Refinery", None), ("QorvexLTD", None)]),
        ("Main contractors are:\n1. Tilamart Ozon (Turkey)\n2. Erlim Qurilish: roads",
         [("Tilamart Ozon", None), ("Erlim Qurilish", None)]),
        # words that close the heading after its noun; names coordinated at the head of a line; the
        # partner named after "with" at the end of the line
        ("Most ore comes from joint ventures with foreign partners, among them:\n- QATCO, with France's Zarvo;\n"
         "- Qaratau and Tilbastau, with Russia's Uranium Two;\n- Semizbay-U, with Qorgan Nuclear.",
         [("QATCO", None), ("Zarvo", "FR"), ("Qaratau", None), ("Tilbastau", None), ("Uranium Two", "RU"),
          ("Semizbay-U", None), ("Qorgan Nuclear", None)]),
        ("The bank has three lenders, including:\n- Qorvex Capital;\n- Zarvo, Erlim and Sarbon - in Almaty.",
         [("Qorvex Capital", None), ("Zarvo", None), ("Erlim", None), ("Sarbon", None)]),
        ("Its subsidiaries, namely:\n* Tengri Ozon (together with Erlim Qurilish);\n* Sarbon.",
         [("Tengri Ozon", None), ("Erlim Qurilish", None), ("Sarbon", None)]),
    ],
    LISTED_RULE: [
        # officers in the plural head a list of companies, a place and an industry word among them
        ("The minister met the heads of KAMAZ, Ferghana Power, Sberbank and Gazprom.", [("Ferghana Power", "UZ")]),
        # a name in a list next to a known company (or one found so: a chain of names)
        ("Wagons were discussed with Transmashholding, Uralvagonzavod, Qorgantrans and Sarbontex.",
         [("Qorgantrans", None), ("Sarbontex", None)]),
        ("Sberbank, Qorvex and Tilamart signed a loan deal.", [("Qorvex", None), ("Tilamart", None)]),
        ("The works were done by Tilamart Ozon, Gazprombank, and Erlim.", [("Tilamart Ozon", None), ("Erlim", None)]),
        ("Buyers were KAMAZ; Qorvex; and Sberbank.", [("Qorvex", None)]),
        ("Parts come from Sberbank, Qorvex, as well as Tilamart.", [("Qorvex", None), ("Tilamart", None)]),
    ],
    "local company": [
        # more capitalised words closed by a head word after a known company: its unit, one name
        ("Two dealers work there: BelAZ Orda Trans Service and a second firm.", [("BelAZ Orda Trans Service", "BY")]),
        ("KAMAZ Zarvo Trade House opened a centre in Osh.", [("KAMAZ Zarvo Trade House", "RU")]),
        ("Geely Tajikistan will assemble cars.", [("Geely Tajikistan", "TJ")]),
        ("Changan Qazaqstan sold more cars.", [("Changan Qazaqstan", "KZ")]),
        ("Hyundai Almaty opened a showroom.", [("Hyundai Almaty", "KZ")]),
        ("Lada Tajikistan will assemble Granta cars.", [("Lada Tajikistan", "TJ")]),     # a brand's
        # a hyphen before the country or place, as Russian-style names of subsidiaries have it
        ("The Uzbek-Korean venture Hyundai Trans-Uzbekistan will assemble buses.", [("Hyundai Trans-Uzbekistan", "UZ")]),
        ("Toyota Motor-Kazakhstan sold more pickups.", [("Toyota Motor-Kazakhstan", "KZ")]),
        ("Dealers of KAMAZ-Tajikistan cut prices.", [("KAMAZ-Tajikistan", "TJ")]),
        ("Geely Auto-Georgia opened a showroom.", [("Geely Auto-Georgia", "GE")]),
        ("Deliveries to Kia-Almaty rose.", [("Kia-Almaty", "KZ")]),
        # a known company's group name with another line of business: another company of the group
        ("The plant was built by Hyundai Engineering.", [("Hyundai Engineering", "KR")]),
        ("Samsung Engineering of South Korea won the tender.", [("Samsung Engineering", "KR")]),
        ("Samsung Heavy Industries will build the tankers.", [("Samsung Heavy Industries", "KR")]),
        ("Hyundai Logistics Kazakhstan opened a depot.", [("Hyundai Logistics Kazakhstan", "KZ")]),
        ("Samsung Polymer's new plant began exporting.", [("Samsung Polymer", "KR")]),
        ("He credited Hyundai Trading, the trading arm of the group, with the sale.", [("Hyundai Trading", "KR")]),
        ("Samsung Petrochemicals will double output.", [("Samsung Petrochemicals", "KR")]),
        # two known companies joined by a hyphen, called a company: their joint venture
        ("The company, KAMAZ-Weichai, was set up in 2017.", [("KAMAZ-Weichai", None)]),
        ("The joint venture Hyundai-Kia will make engines.", [("Hyundai-Kia", None)]),
    ],
    "head word": [
        # a compass word joined to a demonym or a place: the region's name, distinctive
        ("South-Kazakh Cement raised output by 10%.", [("South-Kazakh Cement", "KZ")]),
        ("North-Caucasus Steel will sell rebar to Georgia.", [("North-Caucasus Steel", None)]),
        ("West-Uzbek Mining cut its prices.", [("West-Uzbek Mining", "UZ")]),
        # generic words, a head word and "of <country>": the country completes the name
        ("The loan comes from the Export-Import Bank of Malaysia at 2%.", [("Export-Import Bank of Malaysia", "MY")]),
        ("A memorandum with the Development Bank of Mongolia was signed.", [("Development Bank of Mongolia", "MN")]),
        ("The Investment Fund of Kyrgyzstan bought a stake.", [("Investment Fund of Kyrgyzstan", "KG")]),
        # its people before "of" are not part of its name
        ("Representatives of Qorvind Motors signed a memorandum.", [("Qorvind Motors", None)]),
        ("Fujiyama Hengshan Investment is building a mill.", [("Fujiyama Hengshan Investment", None)]),
        ("Loulan Group plans a park.", [("Loulan Group", None)]),
        ("Zarvo Partners and Qorgan Consulting advised it.", [("Zarvo Partners", None), ("Qorgan Consulting", None)]),
        ("Sayram Biotech will sell it through Ozod Cargo.", [("Sayram Biotech", None), ("Ozod Cargo", None)]),
        ("The Qorgan Co-Investment Fund took a stake.", [("Qorgan Co-Investment Fund", None)]),   # not "Co"
        ("It makes fertiliser at the Sayram Electrochemical Plant.", [("Sayram Electrochemical Plant", None)]),
        ("Orzu Motors opened a dealership.", [("Orzu Motors", None)]),
        ("Qorgan Tractor Works made 500 tractors.", [("Qorgan Tractor Works", None)]),
        ("Tashkent Cable Plant", []),                     # a headline-like line: legal forms only
        ("Output at Sayram Automobile Plant rose.", [("Sayram Automobile Plant", None)]),
        ("Loulan Group Kazakhstan opened an office.", [("Loulan Group Kazakhstan", "KZ")]),
        ("Kazakhstan Engineering signed a deal.", [("Kazakhstan Engineering", "KZ")]),
        ("Exeed International opened an office.", [("Exeed International", None)]),          # a brand's
        ("Yibin Otokar Automobile signed.", [("Yibin Otokar Automobile", None)]),           # a longer name
        ("HAVAL MOTOR ManUFACTURING RUS said so.", [("HAVAL MOTOR ManUFACTURING RUS", None)]),
        ("Qorgan Logistika of Turkmenistan ordered wagons.", [("Qorgan Logistika", "TM")]),
        ("Sayram Truck and Bus Motors built 300 buses.", [("Sayram Truck and Bus Motors", None)]),
        ("Steppe Machinery made 50 combines.", [("Steppe Machinery", None)]),
        ("Zerafshan Foundry and Mechanical Plant cast parts.", [("Zerafshan Foundry and Mechanical Plant", None)]),
        # an enterprise named by what it mines, smelts or makes
        ("Ore comes from the Qorgan Copper Molybdenum Combine.", [("Qorgan Copper Molybdenum Combine", None)]),
        ("The Sayram Copper and Molybdenum Combine sells it.", [("Sayram Copper and Molybdenum Combine", None)]),
        ("The Qorgan Soda Plant will double output.", [("Qorgan Soda Plant", None)]),
        ("The Zavra Tyres plant will close.", [("Zavra Tyres", None)]),
        ("It licensed kits from Luoyang Qarin Power Technology.", [("Luoyang Qarin Power Technology", None)]),
        ("The chief executive of Ormak Construction met him.", [("Ormak Construction", None)]),
        ("Panels come from Farlis Energy.", [("Farlis Energy", None)]),
        ("The plant, Lokomotiv Kurastyru Zauyty, makes engines.", [("Lokomotiv Kurastyru Zauyty", None)]),   # a club's word
        ("Khorezm Automobile Production Union made vans.", [("Khorezm Automobile Production Union", "UZ")]),
        ("Nasbi Naqliyoti Barqi va Ducharkha Group runs buses.", [("Nasbi Naqliyoti Barqi va Ducharkha Group", None)]),
        ("The Slovak industrial group Tatra Orbis Invest signed.", [("Tatra Orbis Invest", "SK")]),
        # an industry written with a hyphen, a heavy-engineering plant, heads of Turkish names
        ("Output rose at Qorgan Machine-Building Plant.", [("Qorgan Machine-Building Plant", None)]),
        ("Wheels come from Sayram Wagon-Repair Plant.", [("Sayram Wagon-Repair Plant", None)]),
        # a concern, state-owned or not, as the head of its name
        ("Qarakumgaz State Concern signed a contract.", [("Qarakumgaz State Concern", None)]),
        ("Parts come from the Orlan Concern.", [("Orlan Concern", None)]),
        ("He met the chairman of the Qarakumgaz State Concern.", [("Qarakumgaz State Concern", None)]),
        ("Zarvo Heavy Engineering Plant will weld rails.", [("Zarvo Heavy Engineering Plant", None)]),
        ("Output rose at Qorgan Bus Assembly Plant.", [("Qorgan Bus Assembly Plant", None)]),   # not a parliament
        ("Qorgan Systems KZ presented a project.", [("Qorgan Systems KZ", "KZ")]),       # a country's code after it
        # a plant named by its industry alone, in three words or more after "the" inside a sentence
        ("Engines come from the Electric Locomotive Assembly Plant and from China.",
         [("Electric Locomotive Assembly Plant", None)]),
        ("A memorandum with Ege Dal Lojistik on a hub.", [("Ege Dal Lojistik", None)]),
        ("Kaya Otomotiv will assemble vans.", [("Kaya Otomotiv", None)]),
        ("Finland's Norvi Engineering Solutions advised.", [("Norvi Engineering Solutions", "FI")]),
    ],
    "described before": [
        ("The Chinese carmaker Zhaoyang will open a plant.", [("Zhaoyang", "CN")]),
        ("He met the company Qorgan last year.", [("Qorgan", None)]),
        ("The Kazakh manufacturer Sarybel Kuat said so.", [("Sarybel Kuat", "KZ")]),
        ("The plant was set up by the Uzbek car importer Roodex.", [("Roodex", "UZ")]),
        ("The Samarkand-based joint venture Qorkam plans to grow.", [("Qorkam", None)]),
        ("A memorandum with the Moscow production association Zarvo Lift was signed.", [("Zarvo Lift", "RU")]),
        # the noun opening the sentence, capitalised; a maker of anything in one word
        ("Steelmaker Qarvolat raised output.", [("Qarvolat", None)]),
        ("Developer Qaratau Stroy will build 200 flats.", [("Qaratau Stroy", None)]),
        ("Insurer Sengard paid the claims.", [("Sengard", None)]),
        ("Output at glassmaker Tarvoglas rose.", [("Tarvoglas", None)]),
        # a country in the headline above is no context of the noun
        ("POWER SALES TO AFGHANISTAN\n\nState power company Barki Qarvo exported more.", [("Barki Qarvo", None)]),
    ],
    "compound name": [
        ("They signed a memorandum between Qorgan Eximbank and Zarvo.", [("Qorgan Eximbank", None)]),
        ("The line was opened by Turk Agroprombank in March.", [("Turk Agroprombank", None)]),
        ("Qorgantransmash makes rails.", [("Qorgantransmash", None)]),
        ("Wagons come from Sayramvagonzavod; loans from Zarvobank.", [("Sayramvagonzavod", None), ("Zarvobank", None)]),
        ("Tilakhimprom will build the line.", [("Tilakhimprom", None)]),
    ],
    "named after noun": [
        ("The buyer is a company from neighbouring Uzbekistan, Zarvo Glass Sale, which took more.",
         [("Zarvo Glass Sale", "UZ")]),
        ("It signed with a Turkish firm, Ozonyapi.", [("Ozonyapi", "TR")]),
        ("The contractor, a company in Kazakhstan, Sayram Qurilish, won.", [("Sayram Qurilish", "KZ")]),
    ],
    "described after": [
        ("Qorgan Kuat, a subsidiary of the group, agreed.", [("Qorgan Kuat", None)]),
        ("Zarvo Rolling Stock, another Chinese maker, signed.", [("Zarvo Rolling Stock", "CN")]),
        ("Zhaoyang, a Chinese maker of buses, agreed.", [("Zhaoyang", "CN")]),
        ("Qorgan is the largest company in the region.", [("Qorgan", None)]),
        ("Xaliq Faiqoglu, Azerbaijan's largest public transport operator, ordered buses.",
         [("Xaliq Faiqoglu", "AZ")]),
        ("Orient Metall, a steel fabricator, built a platform.", [("Orient Metall", None)]),
        ("Qorvex, which makes seats and wiring, signed.", [("Qorvex", None)]),          # what it makes
        ("- Shanxi Zhenlong, which launched a cement plant in 2020.", [("Shanxi Zhenlong", "CN")]),
        ("Zarvo, which already builds buses, will add a line.", [("Zarvo", None)]),
        # a dash appositive
        ("Output rose at Qorvex Sayram - a joint venture set up in 1990.", [("Qorvex Sayram", None)]),
        # calling it a company outweighs an organisation's head at the end of the name
        ("They backed Sayram Qorgan Textile Industry Park, an enterprise that spins cotton.",
         [("Sayram Qorgan Textile Industry Park", None)]),
        ("The Darkhan Railway - a joint venture of two states - bought wagons.", [("Darkhan Railway", None)]),
        # belonging to a group
        ("The hub is run by Qorgan Avia, part of a state holding, since 2009.", [("Qorgan Avia", None)]),
        ("Korean Air, part of a family conglomerate, runs the hub.", [("Korean Air", "KR")]),
        ("Zarvo Avia, now part of the country's largest company, flies.", [("Zarvo Avia", None)]),
        # a role in a project
        ("Haldex Qorsoe and Zarvocarbon supplied the technology for the plant.",
         [("Haldex Qorsoe", None), ("Zarvocarbon", None)]),
        ("Zarvotek won the international tender in 2013.", [("Zarvotek", None)]),
        ("Qorvex Nord will act as the general contractor.", [("Qorvex Nord", None)]),
    ],
    "noun after": [
        # the service of a trade is a company; a state's service is not ("Tax Service")
        ("Engines are rebuilt at the Orlan Diesel Service plant.", [("Orlan Diesel Service", None)]),
        ("Tokayev visited the Qaztech plant last year.", [("Qaztech", None)]),
        ("Roodex's new assembly plant opened.", [("Roodex", None)]),
        ("It was presented by the Sayram Capital investment fund.", [("Sayram Capital", None)]),
        ("Kazakhstan's Orbis group will build a plant.", [("Orbis", "KZ")]),
        ("Cathodes come from the Zarvo Metall smelter.", [("Zarvo Metall", None)]),
    ],
    "officer of": [
        ("Farrukh Temirov, chairman of Orbis Kazakhstan, signed.", [("Orbis Kazakhstan", "KZ")]),
        ("The founder of Qorgan said so.", [("Qorgan", None)]),
    ],
    "joint venture": [
        ("It is a joint venture between Qorgan and Sayram.", [("Qorgan", None), ("Sayram", None)]),
        ("It is a joint venture of Uzbekistan's Qorgan and Sayram.", [("Qorgan", "UZ"), ("Sayram", None)]),
    ],
    "country possessive": [
        ("The plant works under a deal with Turkey's Zarvo.", [("Zarvo", "TR")]),
        ("Avesto signed an agreement with China's Jinlong to set up a venture.", [("Jinlong", "CN")]),
        ("The technology was licensed from Denmark's Haldex.", [("Haldex", "DK")]),
        ("Kazakhstan's Sayram and China's Qorgan signed.", [("Sayram", "KZ"), ("Qorgan", "CN")]),
    ],
    "made by": [
        # a site run or owned by a name that ends with an industry word: generic as the words are
        ("A clothing factory run by Khatlon Textile opened in Bokhtar.", [("Khatlon Textile", "TJ")]),
        ("The mill, owned by Naryn Textile, was closed.", [("Naryn Textile", "KG")]),
        ("They signed a memorandum between Qorvex Sayram and the bank.", [("Qorvex Sayram", None)]),
        ("The buses are made by Zhonglin in Jinan.", [("Zhonglin", None)]),
        ("Kits will be supplied by Qorvex Sayram.", [("Qorvex Sayram", None)]),
        ("The line was built by the Zarvex, and it works.", [("Zarvex", None)]),
        ("Ammonia technology was licensed from Denmark's Haldex Qorsoe.", [("Haldex Qorsoe", "DK")]),
        ("Buses were ordered from Zarvo Bus.", [("Zarvo Bus", None)]),
        # a known company and a unit's own name (one of a group's makers, when context says so)
        ("Spare parts for locomotives made by Weichai Zorvex arrived.", [("Weichai Zorvex", None)]),
    ],
    "based before": [
        ("It bought the Russian arm of US-based Zorvex last year.", [("Zorvex", "US")]),
        ("A Tashkent-based Sayram Trade sold cars.", [("Sayram Trade", "UZ")]),
        ("The Samara-based Volgar sold trucks.", [("Volgar", "RU")]),             # a city gives its country
    ],
    "bracket after place": [
        ("Output by region:\n- Karaganda region (Qorgantekh): 242 buses\n- Uralsk (Uralskagromash): 23 units\n",
         [("Qorgantekh", None), ("Uralskagromash", None)]),
        ("- Kostanay (Zarvo, Qorgan Bus Kazakhstan): 907 units\n",      # a list line is no headline
         [("Zarvo", None), ("Qorgan Bus Kazakhstan", "KZ")]),
    ],
    "listed after noun": [
        ("Russian companies such as Tarvo Energo and Sarbon Machines are interested.",
         [("Tarvo Energo", None), ("Sarbon Machines", None)]),
        ("Chinese carmakers including Qorvel Tarvo, Tarvo Energo and Sarbon Machines plan plants.",
         [("Qorvel Tarvo", None), ("Tarvo Energo", None), ("Sarbon Machines", None)]),
        ("The work went to two contractors: Tarvo Stroy and Sarbon Machines.",
         [("Tarvo Stroy", None), ("Sarbon Machines", None)]),
    ],
    "country bracket": [
        ("Deals:\n- Nil Qandor (Egypt): a sugar plant in Jizzakh, $500 million;\n", [("Nil Qandor", "EG")]),
        ("Talks were held with Tarvo Energo (Hungary), Zarvox (USA) and Sarbon Yapi (Turkey).",
         [("Tarvo Energo", "HU"), ("Zarvox", "US"), ("Sarbon Yapi", "TR")]),
        ("Projects went to Qorvind and Tarmoz (China) and to Velsberg (Austria).",     # coordinated before it
         [("Qorvind", "CN"), ("Tarmoz", "CN"), ("Velsberg", "AT")]),
        ("- Tabrido (Saudi Arabia) - district cooling in Nukus\n", [("Tabrido", "SA")]),
    ],
    "list investor": [
        ("Projects:\n- Zarvosteel - a plant for railway wheels, to cost $278 million;\n"
         "- Ege Dal Sistem (Türkiye) - a memorandum with the airport on a cargo hub;\n",
         [("Zarvosteel", None), ("Ege Dal Sistem", None)]),
        ("Deals:\n4. Nanjing Qorvex Research & Design - a $30 million plant in Temirtau.\n",    # a numbered list
         [("Nanjing Qorvex Research & Design", "CN")]),
        ("- Zarvotekhservis. The Tajik-Belarusian company in Hisor assembles tractors.\n",    # a sentence calls it one
         [("Zarvotekhservis", None)]),
    ],
    "bracket after noun": [
        ("The technology comes from licensors in Denmark (Haldex Qorsoe, for ammonia) and the Netherlands "
         "(Zarvocarbon, for urea).", [("Haldex Qorsoe", "DK"), ("Zarvocarbon", "NL")]),
        ("It hired two contractors (Qorgan and Zarvo).", [("Qorgan", None), ("Zarvo", None)]),
    ],
    "company verb": [
        # a place and an industry word as the subject of what companies do
        ("China Power will build a 1,320 MW plant in Sindh.", [("China Power", "CN")]),
        ("Batken Textile invested $20 million in a new loom.", [("Batken Textile", "KG")]),
        ("Mirvalta invested $50 million in the project.", [("Mirvalta", None)]),
        ("Sarvo Tekstil will build a mill.", [("Sarvo Tekstil", None)]),
        ("Kestrava has opened a new assembly line.", [("Kestrava", None)]),
        ("Qorgan opened a plant.", [("Qorgan", None)]),
    ],
}

# rule -> sentences in which it must find no company
NOT_FOUND: dict[str, list[str]] = {
    "based before": [
        "London-based analyst Ann Lee said so.",            # a description in between
        "The Almaty-based Kazakh Institute of Oil published it.",   # an organisation
    ],
    QUOTED_LEGAL_NAME_RULE: [
        'The "Made in Kazakhstan" label is free of charge.',      # no legal form beside the quotes
        'He called it "a new stage", the JSC board said.',       # the quoted words are no name
        'The company, "Best Partner" in 2023 LLC rankings.',
    ],
    LEGAL_FORM_RULE: [
        "JSC Holding said.",                                # a legal form and a head word only
        "The Kazakh National Company said so.",             # only a nationality and generic words
        "President Company of the year.",                   # a title in the name
        "Company officials agreed.",                        # a legal form alone
        "The Ministry of Economy of Kazakhstan JSC said.",    # "Company"-like forms do not excuse a ministry
        "Georgia were drawn in Group F with Portugal.",     # a letter or a number labels a draw's group
        "Holding 2 of the list was sold.",
        "The teams of Group III meet in June.",
    ],
    LIST_HEADING_RULE: [
        "Output rose at three plants last year, by product:\n- Clinker Grade (dry) - 40%",   # the count after "at"
        "Sales went to five countries last year:\n- Qazaria (north) - 40%",      # no company noun counted
        "Exports went to many countries, among them:\n- Qazaria, 20%;\n- Tilamart and Erlim.",   # no company noun
        "Our partners, among them:\n- growth in Asia, with Russia's share up;",   # no name heads the line
        "Main partners:\n- Uzbekistan - 40%\n- Tashkent - 20%",   # places
        "Exports by product:\n- Zarvo Cotton - 40%",         # a heading of no companies
        "The refineries:\nZarvo Petrol runs one.",          # not a list line
        "The refineries:\n- Zarvo Petrol and its partners run one.",   # not the whole item
    ],
    LISTED_RULE: [
        "The head of KAMAZ, Ivan Zarvoev, and Gazprom met.",   # one officer: the name after the comma is his
        "Kogogin and KAMAZ agreed.",                        # "X and Y" alone: a person and a company
        "Output at Qorvex, the Sberbank unit, fell.",        # a name and its appositive
        "It was said by Kogogin, KAMAZ's chief.",           # a person and his company
        "Attending were vice-governor Li Wenhao, KAMAZ and Sberbank.",   # a title before the name
        "Li Wenhao, the chairman, KAMAZ and Sberbank met.",  # a title after it
        "The head of Sberbank, Li Wenhao, and KAMAZ met.",   # the officer of the company before it
        "Meanwhile Ozodlik, KAMAZ said, grew.",              # a sentence's opening word before a comma
        "In Tashkent, Sberbank and Qorvex signed.",          # "and" after a clause's comma
        "On Monday, Sberbank and Qorvex signed.",
        "Buyers were the Ministry of Education, KAMAZ and Sberbank.",   # part of a longer name
        "Sales were up for Cobalt, KAMAZ and Sberbank. Cobalt sedans sold well.",   # a model
        "Sales of Cobalt, KAMAZ and Sberbank grew.",          # "of": no name's part
    ],
    "local company": [
        "Sales of the Lada Granta Sport grew.",             # no head word closes the words after a brand
        "KAMAZ Volga Service trucks sold well.",            # a place among the words
        "Kia Tashkent Qorgan Samarkand Bukhara said so.",  # more than a place after the known name
        "Lada Granta sold well.",                           # a brand's model
        "Kia Motors sold more.",                            # the known name with its head word
        "Hyundai Motor Group and Geely Auto sold more.",      # a carmaker's own head words
        "Samsung International and Hyundai Trans grew.",
        "Trucks made by KAMAZ Zarvo arrived. Zarvo models sold well.",   # a known company's model
        "NAZ-Lifan cars sold well.",                        # a hyphenated pair as a brand or a modifier
        "The Tatneft-Allur plant opened.",
        # a hyphen between a known company and a country that name two sides, not one company
        "The Sberbank-Tajikistan talks ended.",
        "A KAMAZ-Kazakhstan deal was signed.",
        "Hyundai-Uzbekistan cooperation grew.",
    ],
    "person": [
        "President Alim Qorgan met Deputy Chairman Sardor Tali.",
        "CEO Anvar Tali said so.",
    ],
    "head word": [
        "The South-Kazakhstan Region administration said.",   # a region's body
        "Trucks came via the North-South Corridor.",        # two compass words
        "He flew into South-Kyrgyz airport.",              # no head word
        "The National Bank of Tajikistan raised its key rate.",     # a central bank
        "The Central Bank of Mongolia cut rates.",
        "The loan comes from an Export-Import Bank in Asia.",      # no country completes the name
        "The Working Group met.",                           # no distinctive word
        "Chinese Investment grew.",
        "The Automobile Plant opened.",
        "The Economic Zones Development Agency said.",      # an organisation head
        "The Renewable Energy sector grew.",
        "China Energy and Power Technology matter.",        # a country, or generic words, with the head
        "Lokomotiv Tashkent won the cup.",                  # a club
        "Asset Management rules changed.",
        "Qorgan's Sayram Automobile Plant made 500 cars.",  # the operator's plant
        "They toured the Ferghana Valley.",                 # a geographic name
        "The Turkic Auto Industry conglomerate was proposed.",
        "The Machine-Building Plant opened.",               # an industry alone
        "Digital Solutions grew.",
        "A new Building Plant opened.",
        "The Electric Locomotive Assembly Plant opened.",   # a sentence's first words
        "Output at the Tractor Assembly Plant rose.",       # two industry words
        "The National Assembly met.",
        "The Working Group KZ met.",
        "Qorgan Group XX said.",                            # no country's code
        "The State Concern said so.",                       # no distinctive word
        "He voiced concern. The Concern said so.",
        "The Qarakum Tax Service said so.",
        "The Orlan Customs Service said so.",
    ],
    "named after noun": [
        "He said the firm, Ivanov said, would grow.",       # the name does not close the appositive
        "It is a company in Tashkent, Uzbekistan.",         # a place
        "Like the firm, Zarvo Sayram was late.",            # no closing comma: the clause's subject
    ],
    "compound name": [
        "The Zarvobank field was found.",                   # the modifier of a noun
        "Prices at Ozbank vehicles rose. Ozbank vehicles sold well.",   # a model
        "Gazprom signed.",                                  # a known company: the gazetteer has it
        "Ozbank said so.",                                  # a stem shorter than three letters
    ],
    "described before": [
        "The company Kazakhstan grew.",                     # only a country
        "The film was directed by Russian filmmaker Sergey Dvortsov.",   # a maker of films is a person
        "The bill was tabled by lawmaker Ivan Petrov.",
        "The firm National said so.",                       # nothing distinctive
        "CNPC will develop the giant Galkyn field.",        # a modifier of a noun
        "The trade union Qorgan said so.",                  # an organisation
        # an event named by days, weeks or years of something ("holding" a verb here)
        "He suggested holding Culture Days of Zarvonia and Tilbekia in 2025.",
        "The firm Tarvo Film Weeks will open in Baku.",
        "They proposed holding Cross Years of Tourism next year.",
        "The holding Kyrgyz Culture Days closes on Sunday.",
    ],
    "described after": [
        "Almaty, the largest company town, grew.",          # a place
        "He met Sardor Tali, the head of the state concern, on Monday.",   # a person who heads one
        "Sardor Tali is the chairman of the carmaker.",
        "Novruz, which is also celebrated in Iran, came.",  # a clause that says nothing of a company
        "Dams on the Volgar, which supplies water, grew.",
        "Tashkent is the largest producer in the region.",
        "Ali Valiyev, Azerbaijan's transport minister, said so.",
        "The Astana Hub Park, a technology cluster, opened.",   # an organisation's head, no company noun
        "The Ministry of Energy, a state company, said so.",
        "The Kazakh Railway Council - a body of experts - met.",
        "Navoi, part of the free economic zone, grew.",     # no company noun
        "Kazakhstan, part of a regional group, grew.",      # a country
        "China and Russia supplied the equipment.",          # countries
        "Ali Valiyev won the election.",                     # no project's role
        "Uzbek Cinema Days, a series run by the state company, opened.",   # an event, not its organiser
    ],
    "noun after": [
        "Gas comes from six condensate fields of the Tilbek group and is processed.",   # a group of fields
        "Copper is smelted at the Balkhash smelter.",       # a site named by its city
        "Workers at the Tashkent plant struck.",           # a place
        "Sales at the Lada plant fell.",                    # a brand
        "The plant is in Gemlik, and the Gemlik facility is large.",   # a place in this article
        "It made 40,000 Damas vehicles; the Damas car plant grew.",     # a model in this article
        "Sales at Qorgan plant fell.",                      # no "the" or possessive
        "The Mary plant of Bars Tyre made tyres.",          # the operator follows: a place
        "Workers at the Ferghana Valley plant struck.",
    ],
    "officer of": [
        "The chairman of Qorgan Sardor Tali said so.",      # a person follows the company
        "President of Uzbekistan Shavkat Mirziyoyev came.",
        "The chairman of the Senate spoke.",
    ],
    "joint venture": [
        "It is a joint venture between Kazakhstan and China.",
    ],
    "country possessive": [
        "Industry makes up a quarter of Uzbekistan's GDP.",          # a word of economics
        "Igor Volkov arrived. Later Russia's Volkov said so.",      # a person, named in full elsewhere
        "President Volkov arrived. Russia's Volkov said so.",
        "Work began at Turkmenistan's Galkyn gas field.",           # the modifier of a noun
        "A landslide hit Georgia's Racha region.",
        "The bus plant is in Dushanbe's Gulbuta area.",
        "He chairs Turkmenistan's People's Council.",               # a possessive inside a name
        "A programme with Iran's Ports and Maritime Organization.",  # the name goes on after "and"
        "The Qorgan plant opened in Qorgan. Kazakhstan's Qorgan grew.",   # a place in this article
        "Turkmenistan's Mejlis adopted the law.",            # a parliament (seed non_companies)
        "Georgia's Geostat published the figures.",          # a statistics office
    ],
    "made by": [
        "A factory owned by Ali Zarvoev opened.",           # a person owns it: no industry word ends the name
        "Loans approved by Georgia Textile grew.",          # approving is no running of a site
        # "between" right after the agreement noun only: here it is the cooperation's
        "They signed a memorandum on cooperation between Tilbek and Iran's Aras zone.",
        "Parts supplied by Uzbekistan arrived.",            # a country
        "The mine is operated by the US agency.",
        "The plant is owned by Alim Sardorov.",             # "owned by" is not read: persons own
        "It was built by Chinese workers.",
        "Gas was bought from Turkmenistan.",
        "The stake was bought from the Zarvo family.",
    ],
    "listed after noun": [
        "Large Russian companies want to work there: Tarvo Energo and Sarbon Machines are interested.",
        "Russian companies such as Russia and Kazakhstan are interested.",
        "Foreign companies: January and February brought new orders.",
        "Investors from China and Turkey came.",
    ],
    "list investor": [
        "- Damas - 11,752 units\n- Kazakhstan - a plant for wheels\n",   # a figure; a country
        "- Agriculture - a 5% rise\n",                      # no project
        "He said - Zarvo - a plant for wheels.",            # not a list line
        "In 2023. Zarvo - a plant for wheels\n",
        "- Damas. The model sold well.\n",                   # no company noun
    ],
    "bracket after noun": [
        "Trade with partners (China and Russia) grew.",     # countries
        "The suppliers (mostly from China) were paid.",
        "The ministry (Qorgan) said.",                      # no company noun
    ],
    "country bracket": [
        "Talks in Astana (Kazakhstan) and Baku (Azerbaijan) ended.",          # places
        "- Zarvox (Russia): 5,000 units\n",                                  # a label with a figure
        "Minister Tarvo Velsberg (Austria) spoke.",                           # a person
        "Exports went to Georgia (39,984 units) and to Armenia (Russia's ally).",
    ],
    "bracket after place": [
        "- Astana (Kazakhstan): 5 units\n",                 # a country
        "He went to Semey (Zarvo) and back.",                # not a list line
        "- Output (Zarvo): 5 units\n",                      # not after a place
    ],
    "company verb": [
        "Electricity from Kazakhstan Power grew.",          # a place and an industry word, no context
        "Locally assembled models now lead sales.",          # a participle, not a verb of the name
        "Mamin and Yutong chairman Tan Varo opened a line.",  # a title before: a person
        "President Volkar said Volkar invested in the region.",   # named as a person elsewhere
    ],
}


def test_every_rule_has_examples() -> None:
    rules = {LEGAL_FORM_RULE, QUOTED_LEGAL_NAME_RULE, LISTED_RULE, LIST_HEADING_RULE} | {name for name, _ in RULES}
    assert set(FOUND) | {"person"} == rules
    assert set(NOT_FOUND) == rules


@pytest.mark.parametrize("rule, sentence, expected",
                         [(rule, s, e) for rule, rows in FOUND.items() for s, e in rows])
def test_rule_finds(rule: str, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    got = found(sentence)
    assert [(name, code) for name, code, _ in got] == expected
    assert all(r == rule for _, _, r in got)


@pytest.mark.parametrize("rule, sentence", [(rule, s) for rule, rows in NOT_FOUND.items() for s in rows])
def test_rule_finds_nothing(rule: str, sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize("text, expected", [
    # a compound company name after "and" ends the run: two companies, not one name with "and"
    ("Tajikistan's Qorgonbonk and Zarvobank concluded a cooperation agreement.",
     [("Qorgonbonk", "TJ", "country possessive"), ("Zarvobank", None, "compound name")]),
    ("Russia's Velsor and Tarvoprom signed.", [("Velsor", "RU", "country possessive"), ("Tarvoprom", None, "compound name")]),
    ("Iran's Ports and Maritime Organization said so.", []),
])
def test_a_possessive_name_and_a_compound_name_are_two_companies(text: str, expected: list) -> None:
    assert found(text) == expected
