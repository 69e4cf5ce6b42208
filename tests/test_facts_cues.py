"""Trigger patterns of the fact extractor (extraction/facts/cues.py): every named
pattern with a table of invented examples it must and must not match, each read
the way the extractor reads it (see tests/pattern_table.py for the [bracket]
convention and the ways of reading). A negative example shows what the pattern
deliberately leaves out; `bug(...)` marks an example it gets wrong today."""
from __future__ import annotations

import pytest

from extraction.facts import cues
from pattern_table import Example, Rule, bug, cases, module_patterns, reads, unmark, view_of

# (name, how it is read, must match, must not match[, window])
RULES: tuple[Rule, ...] = (
    # --- clause structure ------------------------------------------------------
    Rule("PERCENT", "sentence",
         ["Kazakhstan's car exports rose 12.5% year on year.",
          "China's share of Uzbek imports fell to 21 per cent.",
          "Tractor output at the Kostanay plant grew 3,5 percent in January-May.",
          "Russia's share of the market slipped by 2.1 percentage points."],
         ["A large percentage of the cars sold in Uzbekistan are assembled locally.",   # no number
          "Trade with China reached $2.1 billion in 2023, Kazakh customs said."]),
    Rule("CLAUSE_BREAK", "sentence",
         ["Exports rose to $1.2 billion; imports fell to $800 million.",
          "Kazakhstan built 5,000 buses, while Uzbekistan built 12,000.",
          "Turnover reached $3 billion - a record for the two neighbours.",
          "Exports hit $410 million, which is the highest level since 2014.",
          "Output grew \u2013 the plant added a second shift in March."],
         ["The Kazakh-Chinese plant in Kostanay built 12,000 cars in 2023.",   # a hyphen inside a word
          "Trade reached $2.1 billion, up from $1.8 billion in 2022."]),       # a plain comma
    Rule("SEGMENT_BREAK", "sentence",
         ["China was the largest partner with $2.1 billion, followed by Russia with $1.8 billion.",
          "Exports reached $500 million, with Kazakhstan taking $200 million.",
          "Trade reached $1 billion; exports made up $600 million.",
          "Georgia exported 4,000 cars \u2014 most of them to Armenia."],
         ["1. Turkey - $2.46 billion",                                   # a list line: label and figure
          "Trade with Georgia grew to $1.1 billion, up 12 percent."]),

    # --- production ---------------------------------------------------------------
    # read on the words between the previous figure (or the clause start) and the figure
    Rule("PROD_VERB", "before",
         ["Uzbekistan's plants produced [327,639] cars last year.",
          "The Kostanay plant assembled [12,000] vehicles in 2023.",
          "The factory turned out [1,500] tractors in the first half.",
          "Orda Auto will make [30,000] cars a year."],
         ["Kazakh-assembled cars accounted for [40,000] of the cars sold.",   # a hyphenated adjective
          "Passenger cars made up [13,725] units of the total."]),            # "make up" is a share
    Rule("PROD_NOUN", "search",
         ["Car output in Kazakhstan reached 80,000 units.",
          "Production of tractors doubled in Namangan.",
          "The 10,000th bus rolled off the assembly line in Karaganda.",
          "The first Chevrolet Tracker came off the new line in Asaka."],
         ["Dealers in Almaty sold 4,000 cars in May.",
          "The producer opened a showroom in Tashkent."]),                    # "producer" is not output
    Rule("PROD_ANY", "sentence",
         ["Orda Auto manufactured 25,000 cars in 2023.",
          "Car production in Kazakhstan reached 100,000 units.",
          "The first tractors came off the assembly line in Namangan.",
          "The plant turns out 40 buses a month.",
          "A joint venture would assemble up to 1,500 electric cars a year."],   # "up to": a figure, not "made up"
         ["Kazakh-assembled cars took a 70% share of the market.",           # a hyphenated adjective
          "Dealers in Almaty sold 4,000 new cars in May.",
          "Passenger cars made up 80% of the 12,000 imported."]),             # "made up": consisted of
    Rule("CAPACITY", "before",
         ["The plant has a capacity of [30,000] cars a year.",
          "The new line is capable of producing [10,000] tractors a year.",
          "The factory can produce up to [50,000] tyres a month.",
          "The plant is designed for [20,000] vehicles a year.",
          "The Jizzakh plant is to make [25,000] cars a year.",
          "The first phase allows the factory to make [50,000] vehicles a year.",
          # a stage or line of a site as the subject, an apposition between
          "Its second stage, completed in 2021 for $90 million, is to make [600,000] tonnes a year.",
          "Once finished, the park is to process [40,000] tonnes of wool a year.",
          "The new mill will process [90,000] tonnes of grain a year.",
          "Facilities in the region able to make [3 million] fridges a year changed hands.",
          # the verbs of the extracting and processing trades
          "The pit is now able to mine about [37 million tonnes] of ore a year.",
          "The concentrator can treat [20 million tonnes] of ore a year.",
          "The smelter can now smelt [400,000 tonnes] of copper a year.",
          "The refinery could refine [6 million tonnes] of crude a year.",
          # "is able to" with its verb, so the verb is no cue of its own after it
          "The kiln is able to produce [2 million tonnes] of cement a year."],
         ["The plant produced [30,000] cars last year.",                     # output, not capacity
          "The company was not able to make [2,000] cars in 2023.",          # a failure, not a size
          "The group will process the [40,000] applications by May.",       # no site subject
          "The second phase is designed to lift output to [200,000] cars a year.",   # a plan
          "Orda Auto plans to build [10,000] trucks in 2025."]),             # a plan
    Rule("PLAN", "before",
         ["Orda Auto plans to build [40,000] cars in 2025.",
          "The plant is expected to make [25,000] buses this year.",
          "Output will reach [100,000] units by 2030.",
          "The goal is to lift output to [60,000] cars.",
          "The plant is due to make [15,000] trucks next year.",
          "The project envisaged output of [40,000] vans a year.",
          "The company is targeting output of [1 million] vehicles by 2030.",
          "Sokolov said AvtoVAZ wanted to reach [30,000] cars a year.",
          "The deal is to raise the Uzbek carmaker's output to [500,000] vehicles.",
          "The site could later be expanded to [nine million] tyres a year."],
         ["The plant built [25,000] cars in 2023.",
          "Uzbekistan produced [327,639] cars last year.",
          "Output fell due to a shortage of chips, to [12,000] cars in 2023."]),
    Rule("ACTUAL_VERB", "before",
         ["In 2023 the plant produced [25,000] cars.",
          "Output rose to [80,000] units.",
          "Exports totalled [$1.2 billion] in 2023.",
          "Car production reached [100,000] units.",
          "Output slid by 20 percent to [277,584] tonnes in 2011.",
          "The new unit brought phosphorite output to [660,000] tonnes a year.",
          # mining and metal verbs
          "Since 1997 the mine has yielded [11.2 million] ounces of gold.",
          "The pit mined [4.5 million] tonnes of coal in 2022.",
          "The field extracted [9 billion] cubic metres of gas last year.",
          "The smelter smelted [120,000] tonnes of copper in 2023."],
         ["The plant will produce [25,000] cars.",                           # future
          "The plant plans to assemble [30,000] cars."]),
    Rule("CUMULATIVE", "search",
         ["Since 2019 the plant has built 100,000 cars.",
          "So far this year the factory has assembled 4,000 buses.",
          "In total, 12,000 tractors were made in Namangan.",
          "Over the first five months the plant made 9,500 cars."],
         ["The plant built 25,000 cars in 2023.",
          "The plant will make 30,000 cars a year."]),
    Rule("PER_YEAR", "sentence",
         ["The plant will make 30,000 cars a year.",
          "It has an annual capacity of 50,000 tonnes.",
          "The line can turn out 100,000 tyres per annum.",
          "The factory's yearly output is 8,000 tractors."],
         ["Output was 12,000 cars a year earlier.",                          # a comparison, not a rate
          "A year ago the plant built 9,000 buses."]),
    Rule("VEHICLE_WORDS", "sentence",
         ["The plant assembles Chevrolet sedans for the Kazakh market.",
          "Kazakhstan exported 1,200 trucks to Mongolia.",
          "The auto industry of Uzbekistan grew by 10 percent.",
          "Georgian buyers imported 12,000 SUVs."],
         ["The plant makes 5,000 tractors a year.",                          # tractors are their own unit
          "Turkmen carpets worth $2 million were sold in Baku."]),
    Rule("NOT_OUTPUT", "before", window=60,
         match=["Dealers in Kazakhstan sold [4,000] cars in May.",
                "Police registered [12,000] new vehicles in Tashkent.",
                "Kazakhstan imported [35,000] cars from China.",
                "The city operates a fleet of [500] buses.",
                "Some 52,000 of its cars are already on Georgian roads, [60,000] more to come.",
                "Of the 900 trams built, 450 are still in service and [300] in circulation.",
                "The plant will deliver more than [3,000] tractors to Uzbekistan.",
                "The deal provides for annual supplies of at least [4,000] tractors.",
                "Kazakhstan brought in [35,000] cars from China.",
                "The country needs [3.2 million tonnes] of fertiliser a year.",
                "The contractor will be paid for the work with [5 million tonnes] of coal.",
                "Coal that left the country reached [53 million tonnes].",
                "New cars that found buyers numbered [40,000]."],
         no_match=["The plant produced [25,000] cars in 2023.",
                   "The plant, which received a loan, produced [5,000] cars.",
                   "The Almaty plant assembled [12,000] buses."]),
    Rule("SPEC_BEFORE", "before", window=45,
         match=["The mine uses dump trucks with a payload of [115 tonnes].",
                "The new trucks have a carrying capacity of up to [45 tonnes].",
                "Kazakhstan is a car market of about [300,000] vehicles.",
                "The engines have a displacement of [1.5 litres].",
                "The line casts ingots weighing [20 tonnes] each.",
                "The models have payloads from [10 to 36 tonnes].",
                "Its cranes have lifting capacities of up to [50 tonnes]."],
         no_match=["The plant has a capacity of [30,000] cars a year.",     # production capacity
                   "Car sales on the Kazakh market reached [200,000] units."]),
    Rule("PRODUCT_SPEC", "before", window=45,
         match=["The sedans come with engines of [1.5 litres].",
                "It makes tyres with rim diameters from [13] to 24 inches.",
                "The tractors have an engine power of [80] horsepower.",
                "The buses have a length of [12 metres]."],
         no_match=["The plant has a capacity of [30,000] cars a year.",
                   "The engine plant produced [50,000] units.",
                   "Engines: [50,000] units were made."]),
    Rule("PRODUCT_LABEL", "before", window=12,
         match=["The kiln turns out grades [400], 500 and 600.",
                "The line assembles the model [2107] and the Niva.",
                "It makes class [5] trucks for the army.",
                "The mill rolls rebar of standard [5781].",
                "Its type [2] tractors sell well."],
         no_match=["The plant makes [400] cars a day.",
                   "Output of all grades reached [1.2 million tonnes].",    # a label, then words
                   "It produced three models and [12,000] cars."]),
    Rule("TRANSPORT_CAPACITY", "bounded", window=90,
         match=["The corridor's capacity has been raised to [six million tonnes] a year.",
                "The port's handling capacity will reach [25 million tonnes] by 2030.",
                "The throughput of the terminal is [4 million tonnes] a year.",
                "The pipeline capacity stands at [12 billion cubic metres] a year."],
         no_match=["The plant's capacity is [30,000] cars a year.",
                   "The new line has a production capacity of [10,000] trucks."]),
    Rule("PLANT_NOUN", "sentence",
         ["The plant in Kostanay will employ 1,200 people.",
          "Orda Auto launched a new assembly line in Almaty.",
          "The Khorgos industrial zone hosts 40 companies.",
          "Steppe Motors opened a new line for buses.",
          "Two new assembly lines started work in Jizzakh."],
         ["The company planted 10,000 trees in Astana.",
          "The figures were published on the ministry's website."]),
    # read with `first`: the capitalised words before "plant", "factory", "works"
    Rule("PLANT_NAME", "sentence",
         ["Workers at the Hyundai Trans Kazakhstan plant built 20,000 cars.",
          "The Asia Auto (AAK) factory in Ust-Kamenogorsk was modernised.",
          "The SaryarkaAvtoProm car plant in Kostanay will add a line.",
          "The Ganja Automobile Plant assembled 1,200 tractors."],
         ["Chinese investors will build a new plant in Almaty.",
          "a tractor plant and a bus factory will open in Namangan."]),
    Rule("POWER_PLANT", "sentence",
         ["Masdar will build a 100-MW solar power plant in Uzbekistan.",
          "The Rogun hydropower plant will start its third unit.",
          "Rosatom will build a nuclear power station in Kazakhstan.",
          "The Almaty thermal power plant will switch to gas."],
         ["The car plant in Kostanay built 20,000 cars.",
          "The new tractor plant will use solar panels."]),

    # --- trade --------------------------------------------------------------------
    Rule("EXPORT", "sentence",
         ["Kazakhstan exported 2 million tonnes of wheat.",
          "The company sold 3,000 cars to Russia.",
          "Orda Auto shipped 1,200 buses to Mongolia.",
          "Sales abroad reached $1.5 billion.",
          "The plant delivered 500 tractors to Tajikistan.",
          "Minsk Tractor Works will deliver more than 3,000 tractors to Uzbekistan by 2025.",
          "The deal provides for annual supplies of at least 4,000 tractors.",
          "In 2022 China sent 153,200 cars worth $1.68 billion to Russia.",
          "In 2022 China sent 153,200 passenger cars worth 1.68 billion US dollars to Russia.",
          "The plant shipped 1,200 light commercial vehicles worth 30 million US dollars to Mongolia.",
          "China shipped $24.7 billion worth of products to Kazakhstan.",
          "Kazakhstan could ship as much as 12 million tons of grain abroad in 2024.",
          "From January to November, exporters shipped 6.3 million tons of grain.",
          "Kazakhstan supplied 1.5 million tonnes of oil products to Kyrgyzstan.",
          "Tajikistan supplied fruit, vegetables and dried apricots worth a combined $40 million to Russia.",
          "Russia supplied Kazakhstan with 1.5 million tonnes of petrol.",
          "China sold Mongolia goods worth $2 billion."],
         ["Dealers in Almaty sold 4,000 new cars in May.",                  # sold at home
          "The ministry sent a delegation of 40 officials.",                 # sent, but to nowhere
          "The plant will deliver on its promises.",
          "The exporters' association has 40 members.",
          "Kazakhstan imported 35,000 cars from China."]),
    Rule("IMPORT", "sentence",
         ["Uzbekistan imported 35,000 cars in 2023.",
          "Georgian motorists bought 12,000 used cars from the United States.",
          "Some 184,789 cars entered the country last year.",
          "Purchases of Chinese trucks doubled.",
          "Kyrgyzstan received $1.1 billion worth of fuel from Russia."],
         ["Kazakhstan exported 2 million tonnes of wheat.",
          "Customs registered a new record of transit traffic.",          # registered, no import
          "Exports brought in $26.9 billion."]),                          # earned, not imported
    # read with `is_turnover_cue`: lower-case trade words, or a capital one opening the sentence
    Rule("TURNOVER", "turnover",
         ["Trade turnover between Kazakhstan and China reached $41 billion.",
          "Bilateral trade grew by 12 percent in 2023.",
          "ASTANA - Trade between Kazakhstan and China rose to $41 billion.",
          "The volume of trade with Georgia reached $1.1 billion.",
          "Kazakhstan traded goods worth $3 billion with Turkey.",
          "Commerce between Uzbekistan and Russia totalled $9.8 billion.",
          "In January-June the two countries exchanged goods worth $280 million."],
         ["The Ministry of Trade and Integration published the figures.",  # a capital "Trade" is a name
          "The sides discussed trade relations and new trade routes.",
          "Kazakhstan joined the World Trade Organization in 2015.",
          "Online sales rose as e-commerce spread.",
          "The commerce ministry published the figures."]),
    Rule("FROM_STATE", "search",                 # (defined, not read by any fact module today)
         ["Imports from Kazakhstan rose to $500 million.",
          "Cars from the United States took a 30% share.",
          "Wheat from Russia is cheaper."],
         ["Imports from the region rose to $500 million.",
          "Trade rose to $1.1 billion, up from $900 million."]),
    # read on the segment before the figure
    Rule("TOTAL_TRADE", "before",
         ["Kazakhstan's foreign trade reached [$140 billion] in 2023.",
          "Overall trade of Georgia grew to [$16 billion].",
          "Uzbekistan's total external trade came to [$62.6 billion].",
          "Turkmenistan's trade with the world reached [$14 billion]."],
         ["Trade with China reached [$41 billion].",
          "Bilateral trade reached [$4 billion].",
          "Officials spoke of lifting total bilateral trade to [$5 billion] by 2020.",
          "Total mutual trade reached [$2 billion]."]),
    Rule("ABROAD", "search",
         ["The plant shipped 3,000 cars abroad.",
          "Sales on foreign markets reached $200 million.",
          "The firm exports to external markets worth $50 million.",
          "Uzbek cars are gaining ground on international markets."],
         ["Kazakhstan exported 2,000 cars to Russia.",
          "Sales on the domestic market reached 80,000 cars."]),
    Rule("TRADE_PRONOUN", "before",
         ["In 2022 it amounted to [$181.9 million].",
          "It reached [$1.2 billion] last year.",
          "The figure stood at [$400 million] in 2023.",
          "This was [$20 million] more than a year earlier."],
         ["Trade reached [$1.2 billion] last year.",                        # a named subject
          "It rose sharply in 2023; exports alone came to [$500 million]."]),  # not the figure's clause
    Rule("BILATERAL", "sentence",
         ["Bilateral trade reached $4 billion.",
          "Mutual trade grew by 20 percent.",
          "Trade between Kazakhstan and China rose.",
          "Exports to its northern neighbour doubled."],
         ["Kazakhstan's foreign trade reached $140 billion.",
          "Uzbekistan exported 3,000 cars abroad."]),
    Rule("RANKING", "sentence",
         ["China was in first place with $10.2 billion, ahead of Russia ($9.6 billion).",
          "Russia took 372,500 cars, followed by Mexico (190,900).",
          "Kazakhstan ranked third at $3 billion.",
          "Turkey led the list with $2.5 billion."],
         ["Trade with China reached $41 billion.",
          "Russia took 372,500 cars."]),
    Rule("TWO_SIDES", "sentence",
         ["Trade between the two countries reached $1 billion.",
          "Both sides agreed to raise trade.",
          "The two heads of state signed a declaration.",
          "The intergovernmental commission met in Astana.",
          "The two Central Asian neighbours traded goods worth $4 billion."],
         ["The two companies signed a memorandum.",                          # firms, not states
          "The two plants will make 40,000 cars."]),
    # read on the words between the previous figure and this one, and on the segment before it
    Rule("TARGET", "before",
         ["The sides aim to bring trade to [$10 billion] by 2030.",
          "Trade is expected to reach [$5 billion] next year.",
          "They set the target of [$3 billion].",
          "The countries plan to double trade to [$2 billion].",
          "Trade could reach [$1 billion].",
          "The premiers agreed to work towards annual trade of [$3 billion].",
          "The sides will seek to lift trade to [$1 billion]."],
         ["Trade reached [$3.2 billion] in 2023.",
          "Trade worked out at [$3.2 billion] in 2023.",
          "Exports rose to [$1.1 billion]."]),
    Rule("TARGET_AFTER", "after", window=60,
         match=["The leaders set a [$10 billion] target for 2030.",
                "A turnover of [$5 billion] is expected by 2026.",
                "The [$10 billion] goal was set by the presidents in 2022.",
                "The sides said [$3 billion] will be reached by 2030.",
                "A total of [$500 million] earmarked for the second stage."],
         no_match=["Trade reached [$3.2 billion] in 2023, up 5 percent.",
                   "Exports of [$1.2 billion] were recorded last year.",
                   "Trade between Kazakhstan and Uzbekistan passed the [$4 billion] mark in 2023."]),
    Rule("COMPARISON_BEFORE", "bounded", window=30,
         match=["Trade reached $94.8 billion, up from [$89.4 billion].",
                "Plants built 3,015 trucks, compared with [3,686] in 2022.",
                "Bus output was 776 units against [1,125] a year earlier.",
                "Exports fell to $250 million, down from almost [$300 million]."],
         no_match=["Trade rose to [$94.8 billion] in 2024.",
                   "Exports reached [$1.2 billion] in 2023.",
                   "The line can produce more than [3,000] trucks a year."]),   # a qualifier
    # read on the words between a trade cue and its figure
    Rule("MONEY_BLOCK", "search",
         ["export revenue came to",
          "imports, with Chinese investments of",
          "imports of cars, priced at",
          "exports, the budget received",
          "trade, and a loan of"],
         ["of goods from China reached",
          "with Uzbekistan grew by 12 percent to",
          "Exports from the capital to Russia reached"]),
    Rule("MONEY_BLOCK_AFTER", "after", window=40,
         match=["New cars sold for [$25,000] on average.",
                "The buses cost [$150,000] apiece.",
                "Wheat was sold at [$300] per tonne.",
                "China committed [$1 billion] in investments.",
                "They set up a [$2 billion] investment fund."],
         no_match=["Trade reached [$1.2 billion] in 2023.",
                   "Kazakhstan imported [$3 billion] worth of goods from China."]),  # goods are trade
    # a wire dateline opening a sentence (its date is no period of the sentence's figures)
    Rule("DATELINE", "start",
         ["BAKU - Trade between the two countries grew.",
          "NUR-SULTAN, March 4, 2022 (Kazakh Business Wire) - Trade grew.",
          "ASTANA, 12.05.2021 - Exports rose.",
          "TASHKENT, Jan 23 (CAW) - Output rose."],
         ["Trade between Kazakhstan and Georgia grew.",
          "In March 2022 - a year after the deal - trade grew.",
          "Kazakhstan - the largest economy - reported growth."]),
    # everything before a capitalised trade word: a line's lead (a bullet, a speaker, a timeline date)
    Rule("LINE_LEAD", "prefix",
         ["2017 - [Trade] between the two countries reached $2 billion.",
          "March 2021: [Exports] to China rose.",
          "A: [Trade] with Azerbaijan grew.",
          "\u2014 [Turnover] with China came to $1.8 billion.",
          "Q3 2022 | [Trade] came to $2 billion.",
          "12 May 2022 \u2013 [Trade] grew."],
         ["The Ministry of [Trade] met.",
          "In 2017 the [Trade] Council met.",
          "Officials said [Trade] grew."]),
    Rule("TRADE_AFTER", "after",
         ["The two countries did [$5.2 billion] of trade last year.",
          "Georgia earned [$400 million] in exports.",
          "Uzbekistan bought [$1.1 billion] worth of imports.",
          "Kazakhstan shipped [2 million tonnes] of grain exports."],
         ["Trade reached [$5.2 billion] in 2023.",
          "China pledged [$1 billion] of investment."]),
    # read only after a sum of money
    Rule("PASSIVE_MONEY_AFTER", "after",
         ["Goods worth [$398 million] were sold to Armenia.",
          "Products worth [$1.2 billion] were exported abroad.",
          "Cotton worth [$45 million] has been shipped to China."],
         ["[$398 million] were invested in the plant.",
          "Goods worth [$50 million] were imported from Turkey."]),         # an import: not this rule
    Rule("CROSSED_BORDER_AFTER", "after",
         ["Goods worth [$2.8 billion] crossed the border between the two neighbours.",
          "Goods worth [$900 million] have crossed the Kazakh-Kyrgyz border this year.",
          "Products worth [$40 million] moved across their common border."],
         ["[$40 million] was spent on the border crossing.",
          "[12,000] trucks were checked at the border."]),
    Rule("PASSIVE_TRADE_AFTER", "after",
         ["In May [55] sedans were sent to Kyrgyzstan.",
          "Some [12,000 tonnes] of wheat were exported.",
          "[3,500] cars were imported from China.",
          "[2,000] tractors are earmarked for export."],
         ["[12,000 tonnes] of wheat were harvested in Kostanay.",
          "[3,500] cars were produced at the plant."]),

    # --- agreements ---------------------------------------------------------------
    Rule("AGREEMENT_ANAPHOR", "sentence",
         ["The venture will produce 10,000 cars.",
          "This agreement covers the supply of buses.",
          "The new deal was signed in Tashkent.",
          "Their joint venture opened in 2022.",
          "These documents cover energy and transport."],
         ["Orda Auto signed a deal with Steppe Motors.",                    # a new agreement
          "The company will build a plant."]),
    Rule("VENTURE_ONLY", "sentence",
         ["The venture will build 10,000 cars a year.",
          "Orda Auto announced a new venture in Almaty.",
          "Chinese-Kazakh ventures employ 5,000 people."],
         ["They set up a joint venture.",
          "The joint-venture partners met in Baku."]),
    Rule("BECAME_PARTNER", "sentence",
         ["China became a strategic partner of Uzbekistan.",
          "Russia has become the largest trading partner of Kazakhstan.",
          "The firm becomes an official partner of the Astana forum.",
          "Orda Auto teamed up with Steppe Motors to build buses.",
          "Orda Auto has joined forces with BYD.",
          "The carmaker tied up with a Chinese firm.",
          "Orda Auto partnered with Dragon Trucks in 2020.",
          "The two firms agreed to jointly build a plant.",
          "They agreed to set up a joint company."],
         ["Russia remained the largest partner of Kazakhstan.",
          "China became the largest investor in Kyrgyzstan.",
          "The firm partners in Europe sell its cars.",
          "Both sides agreed to expand trade."]),
    Rule("PARTIES_NAMED", "sentence",
         ["It brings together three parties: A, B and C.",
          "The parties to the contract are A and B.",
          "The signatories were A and B.",
          "The memorandum was signed by A and B."],
         ["The parties discussed trade.",
          "A and B attended the ceremony."]),
    Rule("AGREED_WITH", "sentence",
         ["The mayor's office agreed with Orda Auto to build a waste plant.",
          "A film series, agreed by the same ministry with Steppe Media Co.",
          "The city agreed with the investor on the terms.",
          "Dragon Trucks agreed key terms for its entry in May."],
         ["The minister agreed with the idea of a free trade zone.",
          "The ministers agreed on the terms of reference.",
          "Both sides agreed to expand trade.",
          "He said he agreed."]),
    Rule("AGREED_ON", "sentence",
         ["Orda Auto and Dragon Trucks agreed on supplies of engines.",
          "The two firms have agreed upon the joint production of buses.",
          "They agreed on the construction of a plant."],
         ["Both sides agreed on the need to expand trade.",
          "The ministers agreed to meet again.",
          "They agreed with the plan."]),
    Rule("CHOSEN", "sentence",
         ["Dragon Trucks was chosen to build the plant.",
          "Caspian Wheels has been selected as the general contractor.",
          "Steppe Motors picked Dragon Trucks to supply engines.",
          "Orda Auto was awarded the project."],
         ["The ministry selected ten sites.",
          "He was named minister last year.",
          "Buyers chose electric cars."]),
    Rule("WILL_SUPPLY", "sentence",
         ["Dragon Trucks will supply Orda Auto with chassis.",
          "Caspian Wheels is to deliver 300 wheel sets to Kartli Motors.",
          "Altyn Tyre has agreed to provide Steppe Motors with tyres."],
         ["Dragon Trucks supplies engines to carmakers.",
          "Supplies rose by 5%.",
          "The plant delivered 300 buses last year."]),
    # read right after an agreement noun
    Rule("JV_PURPOSE", "after", window=60,
         match=["They signed an [agreement] to set up a joint venture.",
                "Orda Auto signed an [agreement] to establish a joint company.",
                "The ministry signed a [deal] with Orda Auto to create a joint plant."],
         no_match=["They signed an [agreement] to supply 500 buses.",
                   "They signed an [agreement] to set up a plant in Almaty."]),
    Rule("SIGNED", "search",
         ["The sides signed a memorandum on cooperation.",
          "The agreement came into force in May.",
          "The companies reached an agreement on prices.",
          "Orda Auto inked a deal with Steppe Motors.",
          "Parliament ratified the treaty.",
          "March 2014 - Orda Auto signs contracts for 300 tractors.",
          "2014 - Orda Auto and Steppe Motors sign a contract for 42 trucks.",
          "The two sides also agree to set up joint ventures."],
         ["The ministers plan to sign a roadmap in May.",
          "The sides are negotiating a free trade deal.",
          "The ministers will sign a roadmap in May.",
          "The companies could agree on prices later.",
          "Orda Auto did not sign a contract."]),
    Rule("AMENDED_BEFORE", "bounded", window=140,
         match=["In 2019 the countries amended their [agreement] on investments.",
                "The sides amended their agreement on investments and their [treaty] on double taxation.",
                "The partners renewed the [contract] for five years.",
                "Kazakhstan and Georgia extended the transit [agreement] to 2030."],
         no_match=["The sides recalled their [agreement] on investments.",
                   "The firms signed the [contract] in May.",
                   "The amended plan was approved. Their [agreement] covers banks."]),
    Rule("ACQUIRED", "search",
         ["Orda Auto acquired the Russian business of Dragon Trucks.",
          "The state bought out General Motors' stake.",
          "Caspian Wheels takes over Altyn Tyre's plants.",
          "In 2008 Orda Auto bought the Georgian group Kartli Motors."],   # (what was bought: ACQUIRED_OBJECT)
         ["Kazakhstan sold 500 buses.",
          "Orda Auto will acquire land.",
          "Kazakhstan took part in the summit."]),
    # read from the verb's end up to the company's start ("acquired [the Russian business of ]Whirlpool")
    Rule("ACQUIRED_OBJECT", "start",
         ["the Russian business of US-based ",
          "a stake in ",
          "the Lipetsk plants of ",
          "the Turkish petrochemical group ",
          "Georgian carmaker "],
         ["500 buses from ",
          "the group's ",
          "new equipment for "]),
    Rule("CONTRACTED", "search",
         ["Its entire output has been contracted by the national railway company KTZ.",
          "Orda Auto has contracted Dragon Trucks to supply axles.",
          "The work was contracted to a Turkish builder."],
         ["Car output was contracting in 2023.",   # (a company must follow: see agreements)
          "The firm signed a contract with KTZ."]),
    Rule("PROPOSED", "search",
         ["Orda Auto proposed a joint venture.",
          "The firms plan to set up a plant.",
          "The agreement is expected to be signed in June.",
          "The two sides could sign a roadmap.",
          "A prospective deal covers 500 buses.",
          "Officials hope to sign a free trade agreement soon.",
          "The ministers will work towards a trade agreement."],
         ["The sides signed a memorandum on Tuesday.",
          "They noted the implementation of the Action Plan for the Development of Trade.",
          "Orda Auto held talks with Steppe Motors."]),
    Rule("NEGOTIATING", "search",
         ["The ministers held talks on a free trade deal.",
          "The firms are negotiating a joint venture.",
          "They discussed a roadmap for 2025.",
          "The sides are working on an action plan.",
          "The contract is under consideration."],
         ["The two companies signed a joint venture agreement.",
          "Orda Auto proposed a joint venture."]),
    Rule("FUTURE_SIGNING", "search",
         ["The roadmap should be drafted and signed by May.",
          "The agreement is expected to be signed in June.",
          "The documents will be signed in Astana.",
          "The contracts are to be signed next week."],
         ["The agreement was signed in Baku.",
          "The memorandum has been signed."]),
    Rule("EXPLORING_DEAL", "search",
         ["Orda Auto and Steppe Motors are exploring a joint venture.",
          "The firm explores a possible partnership with BYD.",
          "The sides are exploring the potential deal."],
         ["Geologists are exploring new oil fields.",
          "They are exploring markets in Central Asia."]),
    # read on the 70 characters before the agreement noun
    Rule("HISTORY_BEFORE", "bounded", window=70,
         match=["The company traces its history to the UzDaewooAuto [venture].",
                "Their partnership dates back to the 1992 [treaty].",
                "Cooperation goes back to a Soviet-era [agreement]."],
         no_match=["Orda Auto signed a new [agreement] with Steppe Motors.",
                   "The companies signed a supply [contract] in 2023.",
                   "Orda Auto and Steppe Motors are going to sign a [memorandum] in June."]),
    Rule("CANCELLED_BEFORE", "bounded", window=50,
         match=["In 2014 the court cancelled the [agreement] under which the plant was built.",
                "Ankara terminated its supply [contract] with the firm.",
                "The new government tore up the gas [deal].",
                "Moscow withdrew from the [treaty] in 2023.",
                "The ministry annulled the production sharing [agreement]."],
         no_match=["Orda Auto signed a new [agreement] with Steppe Motors.",
                   "They scrapped the old plan and signed a new [contract].",
                   "The sides cancelled the meeting but later signed a [memorandum]."]),
    Rule("CANCELLED_AFTER", "after", window=60,
         match=["The [contract] was terminated in 2019.",
                "The [agreement] with Orda Auto was annulled by the court.",
                "The [memorandum] signed in 2015 has since been revoked.",
                "The [deal] had been scrapped by then."],
         no_match=["The [contract] was signed in 2019.",
                   "The [agreement] has been extended to 2030.",
                   "The [treaty], cancelled talks aside, was signed."]),
    Rule("CRIME_BEFORE", "bounded", window=60,
         match=["He bought flats with money stolen from mining [deals].",
                "The minister took bribes in exchange for road [contracts].",
                "Kickbacks on state [contracts] cost the budget $30 million.",
                "Officials embezzled funds meant for the housing [contract]."],
         no_match=["Orda Auto signed a new [agreement] with Steppe Motors.",
                   "The deal was struck after talks on a mining [contract].",
                   "Police guarded the signing of the [memorandum]."]),
    Rule("EVENT_HOSTING_BEFORE", "bounded", window=30,
         match=["The host-city [documents] had been signed in Doha.",
                "Almaty signed the host city [contract] for the Games.",
                "Georgia signed a hosting [agreement] for the European Games.",
                "The Olympic host city [contract] was signed in Lausanne."],
         no_match=["Georgia and Azerbaijan signed a host government [agreement] for the pipeline.",
                   "The host country signed a transit [agreement] with Kazakhstan.",
                   "The city signed a supply [contract] with Orda Auto."]),
    Rule("RELATIONSHIP", "sentence",
         ["Kazakhstan and China raised their relations to a comprehensive strategic partnership.",
          "The two leaders hailed an all-weather strategic partnership for a new era.",
          "Baku and Ankara elevated ties to an allied level in 2021."],
         ["The sides signed a partnership agreement on green hydrogen.",
          "KAMAZ and Kazakh Auto formed a partnership to assemble trucks."]),
    Rule("EXISTING_TIES", "sentence",
         ["Steppe Motors has partnerships with Ford and Mazda.",
          "Dragon Trucks maintains long-standing alliances with Volvo.",
          "The group enjoys joint ventures with three Chinese firms."],
         ["Steppe Motors signed a partnership with Ford.",
          "The partnership with Mazda was announced on Monday."]),
    Rule("ANNIVERSARY", "sentence",
         ["They marked the 10th anniversary of the strategic partnership.",
          "It has been 30 years since the treaty was signed.",
          "Two decades after the accord, trade has tripled."],
         ["The sides signed a memorandum in 2014.",
          "The sides signed a 25-year agreement.",
          "Leaders signed twelve documents at the organisation's 10th anniversary summit."]),
    Rule("AGREEMENT_STATISTIC", "sentence",
         ["Over 500 joint ventures have been registered in Uzbekistan.",
          "The number of joint ventures has passed 10,000.",
          "Some 1,200 Chinese ventures operate in Kazakhstan.",
          "There are 300 active joint ventures with Turkish capital.",
          "More than 50 treaties now link Astana and Tbilisi."],
         ["The sides signed 24 documents worth $5 billion.",
          "They signed agreements to link the railways.",
          "They signed three memoranda on trade."]),
    Rule("INCLUDING", "sentence",
         ["They signed 10 documents, including a memorandum on trade.",
          "Deals such as the roadmap were signed.",
          "They signed 12 agreements, among them a treaty.",
          "The package covers energy, in particular a gas deal."],
         ["The package included a memorandum on trade.",                    # the verb reports the package
          "The sides signed a memorandum on trade."]),
    # read on the 40 characters before the agreement noun
    Rule("NEGATION_BEFORE", "before", window=40,
         match=["No binding [agreement] has been announced.",
                "The sides have not signed a [deal] yet.",
                "They work without a formal [contract].",
                "The countries never concluded a [treaty]."],
         no_match=["The sides signed a new [agreement].",
                   "There were no delays, and the sides signed a [deal]."]),   # another clause
    Rule("DOCUMENT_CONTEXT", "sentence",
         ["The sides signed a strategic partnership.",
          "The partnership is based on 24 agreements.",
          "The strategic partnership treaty dates from 2008.",
          "A memorandum on partnership was adopted."],
         ["The strategic partnership between the two states deepened.",
          "The partnership between Kazakhstan and Uzbekistan is growing."]),
    # read right after a company name (20 characters)
    Rule("ATTRIBUTION_AFTER", "after", window=20,
         match=["[Kazinform] reported that the deal was signed.",
                "[Reuters] said the plant would open in May.",
                "[Trend] news agency cited the ministry.",
                "[Orda Auto] told reporters in Almaty."],
         no_match=["[Orda Auto] signed a memorandum.",
                   "[Orda Auto] will build a plant."]),
    # read on the 25 characters before a company name
    Rule("ATTRIBUTION_BEFORE", "before", window=25,
         match=["The deal was signed, according to [Kazinform].",
                "The minister told [Reuters] the plant would open.",
                "The data were cited by [Interfax].",
                "He said in an interview with [Kun.uz] that talks continue."],
         no_match=["Orda Auto signed a deal with [Steppe Motors].",
                   "The venture between [Orda Auto] and BYD opened."]),
    # read on the 40 characters before a sum of money after the agreement noun
    Rule("VALUE_CUE", "before", window=40,
         match=["They signed a contract worth [$200 million].",
                "The deal is valued at [$1.5 billion].",
                "They signed agreements totalling [$3 billion].",
                "Orda Auto won a contract for [$40 million]."],
         no_match=["The agreement aims to raise trade to [$10 billion].",        # a goal, not a value
                   "The memorandum was signed as exports reached [$2 billion]."]),
    # read on the 70 characters before the agreement noun (the count is group 1)
    Rule("NUMBER_BEFORE", "bounded", window=70,
         match=["The leaders signed 24 [documents] in Tashkent.",
                "Seventy-six [agreements] were signed at the forum.",
                "They adopted a dozen intergovernmental and interagency [documents].",
                "The ministries signed 12 cooperation [agreements].",
                "More than 1,200 [joint ventures] operate in Uzbekistan."],
         no_match=["In June 2022 a [memorandum] was signed in Baku.",            # a year
                   "The two leaders signed the [treaty].",                       # who signed
                   "Siro is a 50-50 [joint venture] of the two firms.",          # shares, not a count
                   "Siro is a 50\u201350 [joint venture] of the two firms.",
                   "It is a 51/49 [joint venture]."]),
    # read right after the agreement noun (the subject is group 1)
    Rule("SUBJECTS_LISTED", "after",
         ["They signed [agreements] on customs and on road transport.",
          "They signed [agreements] on customs, on transport and on tourism in Astana.",
          "They signed [memoranda] on veterinary control as well as on digital services."],
         ["They signed [memoranda] on transport, energy and tourism.",
          "They signed [agreements] on trade and investment on Monday.",
          "They signed [agreements] on energy, and on the same day the presidents met."]),
    Rule("NEXT_SUBJECT", "search",
         [" on customs and on road transport",
          " on customs, on transport",
          " on customs, and on transport"],
         [" on customs and transport",
          " on customs and on Tuesday"]),
    Rule("ORDERED", "search",
         ["In May 2015 ADY ordered five double-deck trains from Stadler.",
          "Kazsink has placed an order for 10 more wagons of that type.",
          "Orda Auto ordered 10 trains to be delivered by 2025.",
          "The city placed a new order for 120 buses.",
          "Otokar won an order in August 2021 from the Baku bus operator for 50 buses."],
         ["The president ordered three ministries to review the project.",
          "Authorities ordered all schools to close.",
          "Orda Auto ordered 20% more steel.",
          "The court ordered Orda Auto to pay damages.",
          "Otokar won an order of merit for 20 years of service."]),
    Rule("SUBJECT_AFTER", "after",
         ["They signed a [memorandum] of understanding on cooperation in the automotive industry.",
          "They signed an [agreement] on the supply of 500 buses.",
          "They adopted a [roadmap] for expanding trade.",
          "They signed a [contract] covering the delivery of wheat.",
          "They signed a [memorandum] with Aktobe airport on a logistics hub."],
         ["They signed an [agreement] with Orda Auto.",
          "They signed a [memorandum] with Orda Auto, which will build a plant on the coast.",
          "The [agreement] was signed on Tuesday."]),

    # --- countries in a location role -------------------------------------------
    # read on the 12 characters before a country, and after it (40 characters)
    Rule("LOCATION_BEFORE", "before", window=12,
         match=["Orda Auto builds cars in [Kazakhstan].",
                "The cars are assembled in the [Kyrgyz Republic].",
                "Steppe Motors builds buses inside [Kazakhstan].",
                "A new site near [Tashkent] will open."],
         no_match=["Orda Auto exports cars to [Kazakhstan].",
                   "The kits come from [China]."]),
    Rule("NOT_SITE_IN", "before", window=40,
         match=["Its quality certificate is recognised in [Germany].",
                "The sedans are popular in [Russia].",
                "The tractors are sold in [Kazakhstan] too.",
                "The firm, headquartered in [Turkey], builds the plant."],
         no_match=["Orda Auto builds cars in [Kazakhstan].",
                   "The plant was opened in [Uzbekistan] in 2023."]),
    # a state named as the source of the figures, not a side of them
    Rule("DATA_SOURCE_AFTER", "after",
         match=["Figures of the [Turkish] Statistical Institute show:",
                "[Kazakh] statistics put exports at $4 billion.",
                "[Georgia's] statistical office reported:",
                "[Chinese] customs counted $2 billion.",
                "According to [Russian] data, trade fell."],
         no_match=["[Turkish] exports to Georgia rose.",
                   "[Kazakh] trade with China grew.",
                   "[Russian] deliveries to Turkiye fell."]),
    Rule("LOCATION_SUBJECT", "after", window=40,
         match=["[Uzbekistan] produced 327,639 cars last year.",
                "[Kazakhstan] also assembled 20,000 buses.",
                "[Kazakhstan] has built 100,000 cars since 2019."],
         no_match=["[Kazakhstan] imported 35,000 cars.",
                   "[Kazakhstan] will produce 150,000 cars by 2030."]),
    Rule("LOCATION_AFTER_DEMONYM", "after", window=40,
         match=["[Kazakh] assembly lines built 80,000 cars.",
                "[Kazakhstan's] car industry grew by 20 percent.",
                "[Uzbek] carmakers built 400,000 cars.",
                "The [Turkish] site makes 50,000 buses."],
         no_match=["[Kazakh] exports of cars doubled.",
                   "[Chinese] investors will build a plant."]),
)

# Every agreement noun type with its examples, read with its stems gate and `finditer` on the sentence.
NOUNS: dict[str, tuple[list[Example], list[Example]]] = {
    "memorandum": (["The sides signed a memorandum of understanding.",
                    "The firms signed two MoUs in Baku.",
                    "A Memorandum of Cooperation was signed in Astana.",
                    "Three memoranda were signed.",
                    "Orda Auto signed a letter of intent with BYD.",
                    "The firms signed an LOI."],
                   ["Ministers laid flowers at the memorial.",
                    "The documents were signed in Astana."]),
    "joint_venture": (["They set up a joint venture.",
                       "The joint-venture plant opened.",
                       "The JV will make buses.",
                       "Two JVs were registered."],
                      ["Orda Auto announced a new venture.",                 # VENTURE_ONLY's job
                       "The joint stock company was listed."]),
    "action_plan": (["They adopted an action plan for 2024-2026.",
                     "Two action plans were signed.",
                     "The Action Plan covers transport.",
                     "They adopted a plan of measures for 2025.",
                     "A joint cooperation plan was signed."],
                    ["Orda Auto has a plan to build a plant.",
                     "The sides approved a programme of cooperation.",     # a program
                     "The firm presented its business plan."]),
    "program": (["The sides approved a programme of cooperation.",
                 "A joint cooperation programme was signed.",
                 "They signed a Cooperation Program for 2024-2029.",
                 "An intergovernmental program on tourism was adopted."],
                ["The government adopted a state programme.",
                 "The programme of the forum included a concert."]),
    "declaration": (["The presidents signed a joint declaration.",
                     "The Tashkent Declaration was adopted.",
                     "The ministers issued a joint statement."],
                    ["They marked the anniversary of the declaration of independence.",
                     "The ministry issued a statement on Tuesday."]),
    "roadmap": (["The sides signed a roadmap on trade.",
                 "A road map for industrial cooperation was adopted.",
                 "The road-map covers 2025."],
                ["The road from Almaty to Bishkek was repaired.",
                 "The railroad reached Osh."]),
    "protocol": (["A protocol on customs was signed.",
                  "Officials exchanged three protocols.",
                  "The Protocol amending the charter was adopted."],
                 ["The ministry issued a press release.",
                  "The delegation observed the rules of etiquette."]),
    "treaty": (["They signed a treaty on eternal friendship.",
                "Two treaties were ratified.",
                "The Treaty of Alliance dates from 2008."],
               ["Armenia is a member of the Collective Security Treaty Organization.",
                "A wastewater treatment plant opened."]),
    "contract": (["Orda Auto won a contract for 500 buses.",
                  "Contracts worth $1 billion were signed.",
                  "The contract was signed in Baku.",
                  "Orda Auto won a concession to run the port.",
                  "Orda Auto won a tender to supply 500 buses."],
                 ["The plant does contract manufacturing for BYD.",
                  "Kazakhstan granted tax concessions to carmakers.",
                  "The city announced a tender for 500 buses.",
                  "The factory switched to contract assembly of cars.",
                  "CNPC produces gas on the Bagtyyarlyk contract territory."]),
    "partnership": (["They agreed a strategic partnership.",
                     "A consortium of Kazakh firms will build it.",
                     "The alliance covers rail freight.",
                     "Public-private partnerships are growing."],
                    ["Georgia takes part in the EU's Eastern Partnership.",     # a capitalised name
                     "The company's partners met in Baku."]),
    "agreement": (["They signed an agreement on trade.",
                   "Orda Auto struck a deal with BYD.",
                   "The accords were signed in Ashgabat.",
                   "The leaders signed 24 documents.",
                   "They agreed a framework for cooperation.",
                   "A portfolio of projects worth $2 billion was signed.",
                   "They inked a transit pact.",
                   "Orda Auto signed a term sheet with BYD.",
                   "The firm entered into an offtake arrangement with BYD.",
                   "The countries exchanged notes on visas."],
                  ["The ministry has to deal with customs delays.",          # "to deal", "deals with": verbs
                   "The company deals with logistics.",
                   "Kazakhstan and Uzbekistan will deal with customs delays at the border.",
                   "A legal framework is needed.",
                   "The document was published on Tuesday.",
                   "The bank's loan portfolio grew.",
                   "The seating arrangements were changed.",
                   "The minister notes the growth in trade."]),
}

GROUPS = [
    # (pattern, how it is read, example, the text of group 1)
    ("NUMBER_BEFORE", "bounded", "The leaders signed 24 [documents] in Tashkent.", "24"),
    ("NUMBER_BEFORE", "bounded", "Seventy-six [agreements] were signed at the forum.", "Seventy-six"),
    ("NUMBER_BEFORE", "bounded", "They adopted a dozen intergovernmental and interagency [documents].", "a dozen"),
    ("NUMBER_BEFORE", "bounded", "More than 1,200 [joint ventures] operate in Uzbekistan.", "1,200"),
    ("SUBJECT_AFTER", "after", "They signed a [memorandum] of understanding on cooperation in the car industry.",
     "cooperation in the car industry"),
    ("SUBJECT_AFTER", "after", "They signed an [agreement] on the supply of 500 buses, the ministry said.",
     "the supply of 500 buses"),
    ("PLANT_NAME", "search", "Workers at the Hyundai Trans Kazakhstan plant built 20,000 cars.",
     "Hyundai Trans Kazakhstan"),
    # (the pattern keeps a leading article; `production._plant_name` drops it)
    ("PLANT_NAME", "search", "The Asia Auto (AAK) factory in Ust-Kamenogorsk was modernised.", "The Asia Auto"),
]

_BY_NAME = {r.name: r for r in RULES}


def _turnover(text: str) -> bool:
    return any(cues.is_turnover_cue(m) for m in view_of(text).matches(cues.TURNOVER))


def _fires(name: str, example: str) -> bool:
    rule = _BY_NAME[name]
    if rule.read == "turnover":
        return _turnover(unmark(example)[0])
    return reads(getattr(cues, name), rule, example)


@pytest.mark.parametrize("name, example", cases(RULES, positive=True))
def test_pattern_matches_its_examples(name: str, example: str) -> None:
    assert _fires(name, example)


@pytest.mark.parametrize("name, example", cases(RULES, positive=False))
def test_pattern_leaves_out_its_counter_examples(name: str, example: str) -> None:
    assert not _fires(name, example)


def _noun_reads(type_: str, text: str) -> bool:
    """As `agreements._nouns` reads a noun type: its stems gate, then a scan of the sentence."""
    _, stems, rx = next(n for n in cues.AGREEMENT_NOUNS if n[0] == type_)
    view = view_of(text)
    return view.mentions_any(stems) and any(True for _ in rx.finditer(text))


def _noun_cases(positive: bool) -> list:
    rules = [Rule(t, "sentence", yes, no) for t, (yes, no) in NOUNS.items()]
    return cases(rules, positive)


@pytest.mark.parametrize("type_, text", _noun_cases(positive=True))
def test_agreement_noun_matches(type_: str, text: str) -> None:
    assert _noun_reads(type_, text)


@pytest.mark.parametrize("type_, text", _noun_cases(positive=False))
def test_agreement_noun_leaves_out(type_: str, text: str) -> None:
    assert not _noun_reads(type_, text)


@pytest.mark.parametrize("name, read, example, group", GROUPS)
def test_captured_group(name: str, read: str, example: str, group: str) -> None:
    text, spans = unmark(example)
    rx = getattr(cues, name)
    offset = 0
    if read == "bounded":
        m = rx.search(text, max(0, spans[0][0] - _BY_NAME[name].window), spans[0][0])
    elif read == "after":
        offset = spans[0][1]
        m = rx.match(text[offset:])
    else:
        m = rx.search(text)
    # the group by its offsets, as the extractor reads it: a re.I cue matches on the lower-cased
    # text, so `m.group(1)` itself is lower case ("seventy-six")
    assert m is not None and text[offset + m.start(1):offset + m.end(1)] == group


@pytest.mark.parametrize("text, expected", [
    ("Trade between Kazakhstan and China rose.", True),               # opens the sentence
    ("BAKU - Trade between Azerbaijan and Georgia grew.", True),      # opens it after a dateline
    ("ASTANA. KAZINFORM \u2013 Trade with China grew.", True),
    ("BAKU, Azerbaijan, May 15 - Trade with Georgia grew.", True),
    ("ALMATY (Reuters) - Trade between Kazakhstan and China grew.", True),   # a dateline with its source
    ("Kazakhstan's trade with China grew.", True),                     # lower case
    ("Officials of the Ministry of Trade met in Baku.", False),       # a capital mid-sentence: a name
    ("The Trade Council of Georgia met in Tbilisi.", False),
    ("2019 - Trade between Kazakhstan and China grew.", True),          # a timeline's line
    ("Q: Why did trade fall?", True),
    ("A: Trade with Georgia grew.", True),                              # an interview's answer
    ("In 2019 the Trade Council met in Baku.", False),
])
def test_is_turnover_cue(text: str, expected: bool) -> None:
    assert any(cues.is_turnover_cue(m) for m in cues.TURNOVER.finditer(text)) == expected


def test_every_public_pattern_has_a_table() -> None:
    """A new public pattern in cues.py needs its rows here (and a new agreement type its nouns)."""
    assert module_patterns(cues, public_only=True) == set(_BY_NAME), \
        "add a Rule with examples for each new pattern, and drop the Rule of a removed one"
    assert {t for t, _, _ in cues.AGREEMENT_NOUNS} == set(NOUNS)


def test_every_table_has_enough_examples() -> None:
    thin = [r.name for r in RULES if len(r.match) < 3 or len(r.no_match) < 2]
    thin += [t for t, (yes, no) in NOUNS.items() if len(yes) < 3 or len(no) < 2]
    assert not thin
