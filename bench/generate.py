"""Deterministic synthetic news corpus for the benchmark.

`generate(n, out_dir, seed)` writes `n` distinct English articles about
industrial and trade cooperation in Central Asia, the Caucasus, Russia, China,
Iran and Turkey, in the shapes the real corpus has: title lines or Trend-style
" date 2023-01-06 BAKU, Azerbaijan, January 6." openings, datelines, web debris
("icon-facebook icon-twitter", "32 views Politics 0", "Previous Article" /
"Next Article" with unrelated headlines, trailing dates), numbers in every
format the loaders must read (30,000 / 30 000 / 30 thousand / 1.5 mln /
$1.2bn / USD 500 million / KZT 45 billion / EUR 120 million), periods
(January-September 2023, 9M 2023, H1, the first eight months, last year),
agreements (signed, proposed, under negotiation) and distractors (GDP shares,
growth rates, founding years, jobs, population, view counters), plus a share
of off-topic articles.

Determinism: article `serial` is built from its own `random.Random` seeded
with the integers (seed, serial) only, so the bytes depend on nothing but
(seed, serial): not on `n`, the machine, the number of worker processes or
PYTHONHASHSEED (no set or hash() is iterated). `generate(1000)` is therefore
a prefix of `generate(10000)`, and `start=` gives further distinct articles
(the benchmark's incremental batch uses `start=n`).

Distinctness: every article's body contains a staffing/attendance sentence
whose pair of numbers is a bijection of `serial`, so no two articles of one
seed have the same text, even after debris removal; `generate` also checks
the digests of all texts it wrote and raises if two are equal.

CLI: python -m bench.generate N OUT_DIR [--seed S] [--start K]
                                        [--format txt|jsonl] [--workers W]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

GENERATOR_VERSION = 1          # bump when the output bytes change (invalidates bench caches)
MIN_BYTES = 800
MAX_BYTES = 4000
JSONL_SHARD = 10_000           # articles per .jsonl shard

# --------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------

# code, names (first is the usual one), adjective, capital, cities, currency code, currency word(s)
COUNTRIES = {
    "KZ": (("Kazakhstan", "Kazakhstan", "the Republic of Kazakhstan"), "Kazakh", "Astana",
           ("Almaty", "Kostanay", "Kostanai", "Karaganda", "Shymkent", "Semey", "Kokshetau",
            "Uralsk", "Saran", "Aktobe", "Pavlodar", "Atyrau", "Ust-Kamenogorsk"),
           "KZT", ("tenge",)),
    "UZ": (("Uzbekistan", "Uzbekistan", "the Republic of Uzbekistan"), "Uzbek", "Tashkent",
           ("Asaka", "Samarkand", "Andijan", "Jizzakh", "Navoi", "Khorezm", "Namangan", "Angren"),
           "UZS", ("soums", "sum")),
    "KG": (("Kyrgyzstan", "the Kyrgyz Republic"), "Kyrgyz", "Bishkek",
           ("Osh", "Karakol", "Tokmok", "Jalal-Abad"), "KGS", ("soms",)),
    "TJ": (("Tajikistan",), "Tajik", "Dushanbe", ("Khujand", "Kulob", "Bokhtar"), "TJS", ("somoni",)),
    "TM": (("Turkmenistan",), "Turkmen", "Ashgabat", ("Turkmenabat", "Mary", "Balkanabat"),
           "TMT", ("manat",)),
    "AZ": (("Azerbaijan", "Azerbaijan", "the Republic of Azerbaijan"), "Azerbaijani", "Baku",
           ("Ganja", "Sumgait", "Hajigabul", "Neftchala", "Nakhchivan", "Mingachevir", "Aghdam"),
           "AZN", ("manat", "manats")),
    "GE": (("Georgia",), "Georgian", "Tbilisi", ("Kutaisi", "Batumi", "Rustavi", "Poti"), "GEL", ("lari",)),
    "AM": (("Armenia",), "Armenian", "Yerevan", ("Gyumri", "Vanadzor"), "AMD", ("drams",)),
    "RU": (("Russia", "Russia", "the Russian Federation"), "Russian", "Moscow",
           ("Togliatti", "Kazan", "Naberezhnye Chelny", "Nizhny Novgorod", "Kaliningrad",
            "Izhevsk", "St. Petersburg", "Yelabuga", "Ulyanovsk"),
           "RUB", ("rubles", "roubles")),
    "CN": (("China", "China", "the People's Republic of China"), "Chinese", "Beijing",
           ("Wuhu", "Hefei", "Chongqing", "Shanghai", "Urumqi", "Xi'an", "Ningbo", "Baoding"),
           "CNY", ("yuan",)),
    "IR": (("Iran", "Iran", "the Islamic Republic of Iran"), "Iranian", "Tehran",
           ("Tabriz", "Isfahan", "Mashhad", "Qazvin"), "IRR", ("rials",)),
    "TR": (("Turkiye", "Turkey", "Türkiye"), "Turkish", "Ankara",
           ("Bursa", "Istanbul", "Izmit", "Kocaeli", "Kirikkale", "Sakarya"), "TRY", ("lira",)),
    "BY": (("Belarus",), "Belarusian", "Minsk", ("Zhodino", "Grodno", "Mogilev"), "BYN", ("Belarusian rubles",)),
    "KR": (("South Korea", "South Korea", "the Republic of Korea"), "South Korean", "Seoul",
           ("Ulsan", "Incheon", "Gwangju"), "KRW", ("won",)),
}
HOME_CODES = ("KZ", "KZ", "KZ", "UZ", "UZ", "AZ", "AZ", "KG", "TJ", "TM", "GE", "AM", "RU", "TR", "IR")
PARTNER_CODES = ("CN", "CN", "CN", "RU", "RU", "KR", "TR", "TR", "BY", "IR", "UZ", "KZ", "AZ")
USD_RATE = {"KZT": 460.0, "UZS": 12300.0, "KGS": 87.0, "TJS": 10.9, "TMT": 3.5, "AZN": 1.7,
            "GEL": 2.7, "AMD": 390.0, "RUB": 90.0, "CNY": 7.2, "IRR": 42000.0, "TRY": 30.0,
            "BYN": 3.2, "KRW": 1330.0, "EUR": 0.92, "USD": 1.0}

# real makers and holdings of the region: name, country
REAL_COMPANIES = (
    ("Astana Motors", "KZ"), ("Allur Group", "KZ"), ("Saryarka AvtoProm LLP", "KZ"),
    ("Kia Qazaqstan LLP", "KZ"), ("Hyundai Trans Kazakhstan LLP", "KZ"), ("KazAvtoZhol", "KZ"),
    ("Agromashholding KZ JSC", "KZ"), ("Semaz LLP", "KZ"), ("KAMAZ-Engineering JSC", "KZ"),
    ("UzAuto Motors JSC", "UZ"), ("Uzavtosanoat JSC", "UZ"), ("SamAuto", "UZ"), ("ADM Jizzakh", "UZ"),
    ("Azermash OJSC", "AZ"), ("Ganja Automobile Plant", "AZ"), ("AzEuroCar LLC", "AZ"), ("Khazar", "AZ"),
    ("KAMAZ PJSC", "RU"), ("AvtoVAZ", "RU"), ("GAZ Group", "RU"), ("Sollers", "RU"), ("Avtotor", "RU"),
    ("Chery", "CN"), ("Geely", "CN"), ("BYD", "CN"), ("Great Wall Motor", "CN"), ("Changan", "CN"),
    ("JAC Motors", "CN"), ("Yutong", "CN"), ("Dongfeng", "CN"), ("FAW Group", "CN"),
    ("Iran Khodro", "IR"), ("SAIPA", "IR"), ("Tofas", "TR"), ("Ford Otosan", "TR"), ("Otokar", "TR"),
    ("Karsan", "TR"), ("BelAZ", "BY"), ("MAZ", "BY"), ("Minsk Tractor Works OJSC", "BY"),
    ("Hyundai Motor Company", "KR"), ("Kia Corporation", "KR"), ("Doosan", "KR"),
)
NAME_PREFIX = ("Qazaq", "Silk Road", "Steppe", "Altyn", "Turan", "Caspian", "Aral", "Tengri", "Orda",
               "Ferghana", "Zhetysu", "Ural", "Irtysh", "Sogd", "Khorezm", "Absheron", "Kura", "Ararat",
               "Kolkhida", "Volga", "Kama", "Amur", "Pamir", "Alatau", "Nomad", "Eurasia", "Tulpar",
               "Sunkar", "Bereke", "Yangi", "Zhibek Zholy", "Bars", "Aksu", "Karatau", "Shirvan",
               "Zeravshan", "Tobol", "Ishim", "Syrdarya", "Balkhash", "Nurly", "Asia", "Orient",
               "Kazyna", "Samruk", "Dostyk", "Birlik", "Jasyl", "Mega", "Temir", "Kok", "Oguz")
NAME_CORE = ("Motors", "Auto", "Avto", "Machinery", "Tractor Works", "Components", "Agro Machines",
             "Truck", "Bus", "Engineering", "Industrial", "Automotive", "Steel", "Logistics", "Trade",
             "Holding", "Invest", "Technologies", "Polymer", "Cable", "Glass", "Tyre", "AvtoProm",
             "Mash", "Metal", "Energy", "Chemicals", "Agro")
LEGAL_FORMS = ("LLP", "JSC", "OJSC", "LLC", "Co. Ltd.", "PJSC", "CJSC", "Ltd.")
CN_PROVINCE = ("Anhui", "Shandong", "Hebei", "Fujian", "Jiangsu", "Zhejiang", "Henan", "Hubei",
               "Xinjiang", "Sichuan", "Shaanxi", "Guangdong")
CN_WORD = ("Hengwang", "Jinlong", "Tianrui", "Huaxin", "Xinda", "Longsheng", "Baotai", "Zhongyuan",
           "Ruifeng", "Haitian", "Sanhe", "Kaida", "Yuantong", "Shenglong")
CN_INDUSTRY = ("Automobile", "Heavy Industry", "Machinery", "Investment", "New Energy", "Auto Parts",
               "Special Vehicle", "Steel")

PRODUCTS = (  # noun (plural), unit word for capacity sentences
    ("passenger cars", "cars"), ("cars", "cars"), ("vehicles", "vehicles"), ("trucks", "trucks"),
    ("buses", "buses"), ("tractors", "tractors"), ("combine harvesters", "units"),
    ("electric buses", "buses"), ("light commercial vehicles", "vehicles"), ("pickup trucks", "vehicles"),
    ("engines", "engines"), ("car bodies", "units"), ("tyres", "tyres"), ("minibuses", "vehicles"),
    ("special vehicles", "units"), ("agricultural machines", "units"), ("dump trucks", "trucks"),
)
MODELS = ("Chevrolet Cobalt", "Chevrolet Onix", "Chevrolet Tracker", "Kia Sportage", "Kia Sorento",
          "Hyundai Tucson", "Hyundai Creta", "Chery Tiggo 7 Pro", "Haval Jolion", "JAC S3", "Lada Granta",
          "Lada Niva Travel", "Geely Monjaro", "BYD Song Plus", "Changan CS55", "Belarus-82.1 tractor",
          "MAZ-5440 truck", "KAMAZ-65115 dump truck", "Iran Khodro Dena", "Tofas Egea")
COMMODITIES = (("wheat", "tonnes"), ("flour", "tonnes"), ("cotton fibre", "tonnes"),
               ("ferroalloys", "tonnes"), ("copper cathodes", "tonnes"), ("oil products", "tonnes"),
               ("natural gas", "cubic metres"), ("fertilisers", "tonnes"), ("cement", "tonnes"),
               ("coal", "tonnes"), ("rolled steel", "tonnes"), ("fruit and vegetables", "tonnes"),
               ("electricity", "kWh"), ("sunflower oil", "tonnes"), ("unwrought aluminium", "tonnes"))
GOODS = ("cars and car parts", "machinery and equipment", "household appliances", "textiles",
         "chemical products", "food products", "metals", "construction materials", "electronics",
         "agricultural produce", "pharmaceuticals", "clothing and footwear")
SUBJECTS = ("the localisation of car production", "the assembly of electric buses",
            "a joint tractor assembly line", "the supply of car kits", "a logistics hub on the Middle Corridor",
            "the production of auto components", "the construction of a tyre plant",
            "cooperation in agricultural machine building", "a car battery plant",
            "the export of finished vehicles to third countries", "a service and training centre",
            "the production of special-purpose vehicles", "the modernisation of a foundry")
AGREEMENTS = (  # phrase, type
    ("a memorandum of understanding", "memorandum"), ("a memorandum of cooperation", "memorandum"),
    ("an agreement", "agreement"), ("an investment agreement", "agreement"),
    ("a joint venture agreement", "joint_venture"), ("a roadmap", "roadmap"),
    ("an action plan", "action_plan"), ("a contract", "contract"), ("a strategic partnership agreement", "partnership"),
    ("an offtake contract", "contract"))
FIRST_NAMES = ("Nurlan", "Askar", "Yerlan", "Timur", "Murat", "Olzhas", "Serik", "Bakhyt", "Aidar",
               "Sardor", "Jamshid", "Ulugbek", "Rustam", "Akylbek", "Emin", "Elchin", "Rashad", "Mikhail",
               "Andrey", "Denis", "Sergey", "Li", "Wang", "Zhang", "Mehmet", "Ahmet", "Reza", "Ali",
               "Aigerim", "Dinara", "Gulnara", "Saule", "Nigora", "Leyla", "Olga", "Irina")
LAST_NAMES = ("Smagulov", "Zhumabayev", "Sultanov", "Iskakov", "Bektenov", "Akhmetov", "Nurtleu",
              "Tadjiyev", "Rozukulov", "Karimov", "Yusupov", "Japarov", "Akhundov", "Mammadov",
              "Aliyev", "Huseynov", "Manturov", "Alikhanov", "Petrov", "Volkov", "Wei", "Jun", "Hong",
              "Yilmaz", "Kaya", "Demir", "Rahimi", "Karimi", "Ospanova", "Abenova", "Rakhimova",
              "Kasymova", "Guliyeva", "Ivanova", "Orlova")
TITLES = ("Minister of Industry and Construction", "Minister of Trade and Integration",
          "Deputy Prime Minister", "Minister of Economy", "chairman of the board",
          "the company's chief executive", "the governor of the region", "Ambassador",
          "Deputy Minister of Investment", "head of the industrial zone", "first deputy chairman",
          "Minister of Foreign Affairs", "director general of the plant")
OUTLETS = ("Trend", "CentralAsiaWire", "CAW", "Kazinform", "Daryo", "AKIpress", "Report", "APA",
           "the Astana Times", "Interfax", "Xinhua", "Anadolu", "Caspian News", "Gazeta.uz")
DESKS = ("Industry desk", "Business desk", "Economy desk", "Auto industry desk", "Regional desk",
         "CAW desk", "Staff reporter")
SECTIONS = ("Politics", "Economy", "Business", "Society", "Industry", "Region", "World")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MON_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
MON3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DOW3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth")
COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")
UNRELATED_HEADLINES = (
    "{city} metro extension opens two new stations", "Winter wheat sowing completed in {city}",
    "Grain harvest campaign passes halfway mark", "{city} hosts international IT forum",
    "New tram line planned for {city}", "{country} marks Independence Day with concerts",
    "Road closures lifted on the {city} highway", "{city} to host international tourism fair",
    "New metro station design unveiled in {city}", "Heavy snowfall expected in {city} this week",
    "{country} national team wins regional futsal cup", "Museum of modern art reopens in {city}",
    "{city} airport adds direct flights to Dubai", "Spring flood season: rescuers on alert in {city}",
    "University rankings: {country} climbs five places", "Water supply restored in {city} districts",
)
TAGS = ("industry", "automotive", "trade", "investment", "Central Asia", "Caucasus", "economy",
        "machine building", "export", "China", "Russia", "EAEU")


# --------------------------------------------------------------------------
# Small helpers (all take the article's Random as `r`)
# --------------------------------------------------------------------------

def _cname(r: random.Random, code: str) -> str:
    names = COUNTRIES[code][0]
    return names[0] if r.random() < 0.8 else r.choice(names)


def _adj(code: str) -> str:
    return COUNTRIES[code][1]


def _city(r: random.Random, code: str) -> str:
    return r.choice(COUNTRIES[code][3]) if r.random() < 0.85 else COUNTRIES[code][2]


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"


def _invented_company(r: random.Random, code: str) -> str:
    if code == "CN" or (code in ("KZ", "UZ", "KG") and r.random() < 0.1):
        return f"{r.choice(CN_PROVINCE)} {r.choice(CN_WORD)} {r.choice(CN_INDUSTRY)} Co. Ltd."
    name = f"{r.choice(NAME_PREFIX)} {r.choice(NAME_CORE)}"
    if r.random() < 0.85:
        name += " " + r.choice(LEGAL_FORMS)
    return name


def _company(r: random.Random, code: str) -> str:
    """A company of country `code`: a real one of that country or an invented name."""
    if r.random() < 0.45:
        real = [name for name, c in REAL_COMPANIES if c == code]
        if real:
            return r.choice(real)
    return _invented_company(r, code)


def _num(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _count(r: random.Random, v: int) -> str:
    """An integer count in one of the formats of the corpus."""
    if v >= 1_000_000 and r.random() < 0.7:
        m = _num(v / 1e6, r.choice((1, 2)))
        return f"{m} {r.choice(('mln', 'million', 'million'))}"
    if v >= 1000 and v % 1000 == 0 and v < 1_000_000 and r.random() < 0.35:
        return f"{v // 1000} thousand"
    if v >= 10_000 and r.random() < 0.2:
        return f"{v:,}".replace(",", " ")
    if v >= 1000 and r.random() < 0.08:
        return str(v)
    return f"{v:,}"


def _round_count(r: random.Random, lo: int, hi: int) -> int:
    v = r.randint(lo, hi)
    if r.random() < 0.6:  # most stated targets are round
        step = 10_000 if v >= 100_000 else 1000 if v >= 10_000 else 100 if v >= 1000 else 10
        v = max(step, round(v / step) * step)
    return v


_SCALES = ((1e12, ("trillion", "trln")), (1e9, ("billion", "bln", "bn")), (1e6, ("million", "mln", "mn")))


def _money(r: random.Random, usd: float, currency: str = "USD") -> str:
    """An amount worth about `usd` US dollars, written in `currency` in a corpus-like format."""
    v = usd * USD_RATE[currency]  # USD_RATE: units of `currency` per US dollar
    scale, words = 1.0, ("",)
    for s, w in _SCALES:
        if v >= s:
            scale, words = s, w
            break
    m = v / scale
    dec = 0 if m >= 100 else r.choice((0, 1, 1, 2)) if m >= 10 else r.choice((1, 1, 2))
    ms = _num(m, dec)
    if scale == 1.0:
        ms = f"{round(v):,}"
    word = words[0] if r.random() < 0.6 else r.choice(words)
    if currency == "USD":
        style = r.randrange(7)
        if scale == 1.0:
            return f"${ms}"
        if style == 0 and word in ("bn", "bln", "mn", "mln"):
            return f"${ms}{'bn' if scale == 1e9 else 'mn' if scale == 1e6 else ' ' + word}"
        if style == 1:
            return f"USD {ms} {word}"
        if style == 2:
            return f"{ms} {word} dollars"
        if style == 3:
            return f"US${ms} {word}"
        return f"${ms} {word}"
    if currency == "EUR":
        style = r.randrange(3)
        if style == 0:
            return f"€{ms} {word}"
        if style == 1:
            return f"EUR {ms} {word}"
        return f"{ms} {word} euros"
    cword = r.choice(_currency_words(currency))
    if r.random() < 0.5:
        return f"{currency} {ms} {word}".replace("  ", " ")
    return f"{ms} {word} {cword}".replace("  ", " ")


def _currency_words(currency: str) -> tuple[str, ...]:
    for _, _, _, _, code, words in COUNTRIES.values():
        if code == currency:
            return words
    return (currency,)


def _local_or_usd(r: random.Random, code: str) -> str:
    p = r.random()
    if p < 0.62:
        return "USD"
    if p < 0.72:
        return "EUR"
    return COUNTRIES[code][4]


def _pct(r: random.Random, lo: float = 1.0, hi: float = 60.0) -> str:
    v = r.uniform(lo, hi)
    s = _num(v, r.choice((0, 1, 1)))
    return s + ("%" if r.random() < 0.7 else " percent")


def _on_date(r: random.Random, d: date) -> str:
    """'on May 5, 2023' / 'on 5 May 2023' / 'in May 2023' / 'on May 5'."""
    style = r.randrange(4)
    if style == 0:
        return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return f"on {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"in {MONTHS[d.month - 1]} {d.year}"
    return f"on {MONTHS[d.month - 1]} {d.day}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _period(r: random.Random, pub: date) -> str:
    """A past reporting period, relative to the publication date."""
    y, m = pub.year, pub.month
    done = m - 1  # months completed this year
    choices = ["last_year", "year_num", "year_num"]
    if done >= 2:
        choices += ["jan_range", "first_n", "between", "first_n_this"]
    if done >= 6:
        choices += ["h1", "h1_words"]
    if done >= 9:
        choices += ["9m"]
    if done >= 3:
        choices += ["q"]
    k = r.choice(choices)
    if k == "last_year":
        return "last year"
    if k == "year_num":
        return f"in {y - r.choice((1, 1, 2))}"
    if k == "jan_range":
        return f"in January-{MONTHS[done - 1]} {y}"
    if k == "first_n":
        return f"in the first {COUNT_WORDS[done - 1]} months of {y}"
    if k == "first_n_this":
        return f"in the first {COUNT_WORDS[done - 1]} months of this year"
    if k == "between":
        return f"between January and {MONTHS[done - 1]}"
    if k == "h1":
        return f"in H1 {y}" if r.random() < 0.6 else f"in H1 of {y}"
    if k == "h1_words":
        return f"in the first half of {y}"
    if k == "9m":
        return f"in 9M {y}" if r.random() < 0.5 else f"in the nine months of {y}"
    q = r.randint(1, done // 3)
    return f"in Q{q} {y}" if r.random() < 0.5 else f"in the {ORDINAL_WORDS[q - 1]} quarter of {y}"


def _target_when(r: random.Random, pub: date) -> str:
    y = pub.year
    k = r.randrange(5)
    if k == 0:
        return f"by {y + r.randint(2, 8)}"
    if k == 1:
        return f"in {y + 1}"
    if k == 2:
        return "next year"
    if k == 3:
        return f"by the end of {y + r.randint(0, 3)}"
    return f"by {y + r.randint(1, 5)}"


def _quote(r: random.Random) -> str:
    return r.choice((
        "We see great potential for expanding cooperation in machine building",
        "The project will create new jobs and raise the share of local content",
        "Our task is to move from assembly to full-cycle production",
        "Demand on the domestic market remains strong, and we are ready to export",
        "The partners have agreed on all the key technical questions",
        "This is an example of the strategic partnership between our countries",
        "We expect the first cars to leave the line before the end of the year",
        "Logistics remain the main challenge, but the new route cuts delivery times",
    ))


# --------------------------------------------------------------------------
# The article
# --------------------------------------------------------------------------

class _Ctx:
    """What one article talks about."""

    def __init__(self, r: random.Random, serial: int):
        self.r = r
        self.serial = serial
        self.pub = date(2015, 1, 1) + timedelta(days=r.randrange(0, 11 * 365))
        self.home = r.choice(HOME_CODES)
        partner = r.choice(PARTNER_CODES)
        while partner == self.home:
            partner = r.choice(PARTNER_CODES)
        self.partner = partner
        self.third = r.choice([c for c in COUNTRIES if c not in (self.home, self.partner)])
        self.company = _company(r, self.home)
        self.partner_company = _company(r, self.partner)
        self.city = _city(r, self.home)
        self.product, self.unit_word = r.choice(PRODUCTS)
        self.model = r.choice(MODELS)
        self.person = _person(r)
        self.title = r.choice(TITLES)
        self.outlet = r.choice(OUTLETS)
        self.capacity = _round_count(r, 2000, 150_000)
        self.trade_total = r.uniform(1.5e8, 1.2e10)
        q, rem = divmod(serial, 500)   # bijection serial -> (q, rem): the unique detail
        self.uniq_a = 800 + q
        self.uniq_b = 20 + rem

    # -- unique detail (always in the body) --
    def unique_sentence(self, kind: str) -> str:
        r, a, b = self.r, self.uniq_a, self.uniq_b
        if kind == "production":
            return r.choice((
                f"The plant employs {a:,} people, {b} of them engineers and technicians.",
                f"Its workforce numbers {a:,}, including {b} specialists trained abroad.",
                f"About {a:,} people work at the site, and {b} more are to be hired this year.",
            ))
        if kind == "trade":
            return r.choice((
                f"The business forum brought together {a:,} participants from {b} companies.",
                f"The trade mission included {a:,} delegates representing {b} firms.",
            ))
        if kind == "agreement":
            return r.choice((
                f"The ceremony was attended by {a:,} guests, including heads of {b} companies.",
                f"The joint venture is expected to employ {a:,} people, {b} of them in research and design.",
            ))
        return r.choice((
            f"Organisers counted {a:,} visitors and {b} volunteers on the opening day.",
            f"The event drew {a:,} spectators, while {b} journalists were accredited.",
        ))

    # -- title & lead --
    def production_title(self) -> str:
        r = self.r
        short = self.company.split(" ")[0] if r.random() < 0.3 else self.company
        return r.choice((
            f"{short} to build {_count(r, self.capacity)} {self.product} a year in {self.city}",
            f"{self.city} plant output up {_pct(r, 3, 80)} as {self.model} line expands",
            f"{_adj(self.home)} car plant eyes {_count(r, self.capacity)} units a year",
            f"{self.company} launches {self.model} production in {self.city}",
            f"{_adj(self.home)}-{_adj(self.partner)} plant in {self.city} to double capacity",
        ))

    def production_paragraphs(self) -> list[str]:
        r, pub = self.r, self.pub
        c, pc, city = self.company, self.partner_company, self.city
        home, partner = _cname(r, self.home), _cname(r, self.partner)
        made = _round_count(r, 500, max(600, self.capacity))
        lead = r.choice((
            f"{c} plans to produce {_count(r, self.capacity)} {self.product} at its plant in {city} "
            f"{_target_when(r, pub)}, {self.title} {self.person} said {r.choice(WEEKDAYS)}.",
            f"{c}'s plant in {city} assembled {_count(r, made)} {self.product} {_period(r, pub)}, "
            f"up {_pct(r, 2, 70)} year on year, the company said.",
            f"The {city} plant of {c} has reached its design capacity of {_count(r, self.capacity)} "
            f"{self.unit_word} a year, {self.person}, {self.title}, told reporters.",
            f"{c} and {pc} will assemble {self.model} models in {city}, where output is planned at "
            f"{_count(r, self.capacity)} {self.unit_word} per year {_target_when(r, pub)}.",
        ))
        paras = [lead + " " + self.unique_sentence("production")]
        pool = [
            lambda: (f"The site covers {r.randint(5, 120)} hectares and is designed for "
                     f"{_count(r, self.capacity)} {self.unit_word} a year in the first phase and up to "
                     f"{_count(r, self.capacity * r.choice((2, 3)))} in the second. "
                     f"Welding, painting and assembly shops are {r.choice(('already working', 'being commissioned', 'due to open next year'))}."),
            lambda: (f"{c} assembles the {self.model} under a partnership with {pc}, which supplies "
                     f"kits from {_city(r, self.partner)}. Localisation is to reach {_pct(r, 20, 60)} "
                     f"{_target_when(r, pub)}."),
            lambda: (f"Investment in the project totals {_money(r, r.uniform(5e6, 9e8), _local_or_usd(r, self.home))}. "
                     f"About {r.randint(20, 50)}% came from the company's own funds and the rest from loans "
                     f"from {r.choice(('the Development Bank of ' + home, 'a state leasing company', 'commercial banks', 'the Eurasian Development Bank'))}."),
            lambda: (f"{_cap(_period(r, pub))}, {home}'s factories produced "
                     f"{_count(r, _round_count(r, 20_000, 200_000))} vehicles, and {c} accounted for "
                     f"{_pct(r, 5, 45)} of the total."),
            lambda: (f"Around {_pct(r, 10, 60)} of the output is to be exported to {_cname(r, self.third)} "
                     f"and other markets of the region, while the rest will be sold at home."),
            lambda: f'"{_quote(r)}," {self.person} said. "{_quote(r)}."',
            lambda: (f"The company was founded in {r.randint(1992, pub.year - 2)} and started car assembly "
                     f"in {r.randint(2003, pub.year)}. Manufacturing accounts for {_pct(r, 8, 25)} of "
                     f"{home}'s GDP, and industrial output grew {_pct(r, 1, 9)} {_period(r, pub)}."),
            lambda: (f"{city} has a population of about {_count(r, _round_count(r, 80_000, 2_000_000))}, "
                     f"and the industrial zone hosts {r.randint(12, 90)} enterprises."),
            lambda: self.agreement_sentence(),
            lambda: (f"Last year the plant produced more than {_count(r, made)} {self.unit_word}, and "
                     f"{_pct(r, 60, 99)} of them have already been sold. Production of the {self.model} "
                     f"is to start {r.choice(('in ' + MONTHS[r.randrange(12)], 'next month', 'this autumn'))}."),
        ]
        r.shuffle(pool)
        return paras + self._mix([f() for f in pool])

    def trade_title(self) -> str:
        r = self.r
        a, b = _cname(r, self.home), _cname(r, self.partner)
        return r.choice((
            f"{a}-{b} trade reaches {_money(r, self.trade_total)} in {r.choice(('nine months', 'H1', 'ten months', 'the first half'))}",
            f"{a} and {b} aim for {_money(r, self.trade_total * r.uniform(1.5, 4))} trade by {self.pub.year + r.randint(2, 8)}",
            f"{b} becomes {a}'s {r.choice(('largest', 'second-largest', 'third-largest', 'top'))} trade partner",
            f"{_adj(self.home)} exports to {b} up {_pct(r, 5, 90)}",
        ))

    def trade_paragraphs(self) -> list[str]:
        r, pub = self.r, self.pub
        a, b = _cname(r, self.home), _cname(r, self.partner)
        total = self.trade_total
        exp = total * r.uniform(0.2, 0.8)
        commodity, unit = r.choice(COMMODITIES)
        lead = r.choice((
            f"Trade between {a} and {b} reached {_money(r, total, _local_or_usd(r, self.home))} "
            f"{_period(r, pub)}, {_pct(r, 2, 45)} more than a year earlier, {self.outlet} reports.",
            f"{b} and {a} traded goods worth {_money(r, total)} {_period(r, pub)}, {self.person}, "
            f"{self.title}, said at a business forum in {_city(r, self.home)}.",
            f"Mutual trade between {a} and {b} came to {_money(r, total, _local_or_usd(r, self.partner))} "
            f"{_period(r, pub)}, according to the national statistics bureau.",
        ))
        paras = [lead + " " + self.unique_sentence("trade")]
        pool = [
            lambda: (f"{_adj(self.home)} exports to {b} rose {_pct(r, 2, 60)} to {_money(r, exp)}, while "
                     f"imports amounted to {_money(r, total - exp)}. {a} mainly sells "
                     f"{r.choice(GOODS)} and buys {r.choice(GOODS)}."),
            lambda: (f"The two governments aim to raise bilateral trade to {_money(r, total * r.uniform(1.5, 4))} "
                     f"{_target_when(r, pub)}, a goal set by the two presidents."),
            lambda: (f"{a} shipped {_count(r, _round_count(r, 10_000, 4_000_000))} {unit} of {commodity} to "
                     f"{b} {_period(r, pub)}, {_pct(r, 3, 80)} more than a year earlier."),
            lambda: (f"{b} accounted for {_pct(r, 3, 25)} of {a}'s foreign trade, ranking "
                     f"{r.choice(ORDINAL_WORDS[:6])} among its partners, while trade with "
                     f"{_cname(r, self.third)} stood at {_money(r, total * r.uniform(0.3, 1.5))}."),
            lambda: self.agreement_sentence(),
            lambda: (f"{a}'s economy grew {_pct(r, 2, 9)} last year, and inflation slowed to "
                     f"{_pct(r, 3, 15)}. The country has a population of about "
                     f"{_count(r, _round_count(r, 3_000_000, 40_000_000))}."),
            lambda: (f"Diplomatic relations between {a} and {b} were established on "
                     f"{MONTHS[r.randrange(12)]} {r.randint(1, 28)}, {r.randint(1991, 1994)}."),
            lambda: (f"Car deliveries are part of the flow: {_count(r, _round_count(r, 1000, 60_000))} "
                     f"vehicles assembled in {_cname(r, self.partner)} were sold in {a} {_period(r, pub)}."),
            lambda: f'"{_quote(r)}," {self.person} said.',
        ]
        r.shuffle(pool)
        return paras + self._mix([f() for f in pool])

    def agreement_sentence(self) -> str:
        r, pub = self.r, self.pub
        phrase, _ = r.choice(AGREEMENTS)
        c, pc = self.company, self.partner_company
        when = pub - timedelta(days=r.randint(1, 900))
        subject = r.choice(SUBJECTS)
        status = r.randrange(6)
        if status <= 2:
            return (f"{c} and {pc} signed {phrase} on {subject} in {_city(r, r.choice((self.home, self.partner)))} "
                    f"{_on_date(r, when)}.")
        if status == 3:
            return (f"{c} has proposed {r.choice(('setting up a joint venture', 'a roadmap', 'a joint project'))} "
                    f"with {pc} on {subject}.")
        if status == 4:
            return (f"{c} is negotiating {phrase} with {pc} on {subject}, "
                    f"{r.choice(('sources said', 'the ministry said', 'the company confirmed'))}.")
        return (f"In {MONTHS[when.month - 1]} {when.year}, {_cname(r, self.home)} and "
                f"{_cname(r, self.partner)} signed {r.randint(2, 90)} agreements worth "
                f"{_money(r, r.uniform(5e7, 2e10))}.")

    def generic_paragraphs(self) -> list[str]:
        """Background paragraphs any article of the corpus may carry (shuffled by the caller)."""
        r, pub = self.r, self.pub
        home, partner = _cname(r, self.home), _cname(r, self.partner)
        return [
            (f"{home} has been trying to diversify its economy away from raw materials, and machine "
             f"building is one of the priority sectors of its industrial policy. The government offers "
             f"investors tax breaks, land plots in special economic zones and state purchases of locally "
             f"made vehicles."),
            (f"The {self.city} industrial zone, set up in {r.randint(2005, max(2006, pub.year - 1))}, offers "
             f"ready infrastructure: power, gas and water connections, a rail siding and road access. "
             f"More than {r.randint(10, 120)} companies operate there, and the regional administration "
             f"plans to expand it by another {r.randint(20, 300)} hectares."),
            (f"Officials of the two countries meet regularly within an intergovernmental commission on "
             f"trade and economic cooperation, whose {r.choice(ORDINAL_WORDS)} session was held in "
             f"{_city(r, r.choice((self.home, self.partner)))} {_on_date(r, pub - timedelta(days=r.randint(20, 400)))}. "
             f"Its agenda covers transport, energy, agriculture and industrial cooperation."),
            (f"Logistics remain a bottleneck. Cargo between {home} and {partner} moves by rail or across "
             f"the Caspian Sea, and shippers say delivery times have fallen to about {r.randint(8, 40)} days "
             f"since new terminals opened at {r.choice(('Aktau', 'Kuryk', 'Alat', 'Turkmenbashi', 'Poti', 'Khorgos'))}."),
            (f"The {_adj(self.home)} car market has grown quickly in recent years, helped by subsidised car "
             f"loans and the renewal of an ageing fleet; the average passenger car in the country is about "
             f"{r.randint(12, 22)} years old, according to the national statistics service."),
            (f"Analysts at {r.choice(('Halyk Finance', 'Fitch Ratings', 'a local brokerage', 'the Eurasian Development Bank'))} "
             f"note that the weaker {r.choice(_currency_words(COUNTRIES[self.home][4]))} has made imported "
             f"cars more expensive, which favours local assembly, but they warn that demand could cool if "
             f"interest rates stay high."),
            (f"The programme of the visit also included meetings at the Ministry of Industry and at the "
             f"chamber of commerce, where companies from {partner} presented projects in food processing, "
             f"textiles, chemicals and construction materials."),
            (f"Both countries belong to {r.choice(('the Organization of Turkic States', 'the Shanghai Cooperation Organisation', 'the Commonwealth of Independent States', 'the Economic Cooperation Organization'))}, "
             f"and their leaders have repeatedly called for closer cooperation in transport and industry."),
        ]

    def _mix(self, topical: list[str]) -> list[str]:
        """Topical paragraphs with background paragraphs interleaved (3 of them early, the rest last)."""
        r = self.r
        generic = self.generic_paragraphs()
        r.shuffle(generic)
        out = list(topical)
        for g in generic[:3]:
            out.insert(r.randint(1, len(out)), g)
        return out + generic[3:]

    def agreement_title(self) -> str:
        r = self.r
        return r.choice((
            f"{self.company} and {self.partner_company} sign deal on {r.choice(SUBJECTS)}",
            f"{_cname(r, self.home)}, {_cname(r, self.partner)} sign {r.randint(3, 80)} deals worth {_money(r, r.uniform(1e8, 2e10))}",
            f"{self.company} in talks with {self.partner_company} on joint venture",
            f"{_adj(self.home)}-{_adj(self.partner)} joint venture to assemble {self.product}",
        ))

    def agreement_paragraphs(self) -> list[str]:
        r, pub = self.r, self.pub
        c, pc = self.company, self.partner_company
        phrase, _ = r.choice(AGREEMENTS)
        subject = r.choice(SUBJECTS)
        when = pub - timedelta(days=r.randint(0, 10))
        lead = r.choice((
            f"{c} and {pc} signed {phrase} on {subject} in {self.city} {_on_date(r, when)}, "
            f"{r.choice(('the ministry of industry said', 'the press service reported', self.outlet + ' reports'))}.",
            f"{c} has proposed setting up a joint venture with {pc} to assemble {self.product} in {self.city}, "
            f"{self.title} {self.person} said {r.choice(WEEKDAYS)}.",
            f"{c} and {pc} are negotiating {phrase} on {subject}, {self.person}, {self.title}, said.",
            f"{_cname(r, self.home)} and {_cname(r, self.partner)} signed {r.randint(2, 80)} documents worth "
            f"{_money(r, r.uniform(5e7, 1.5e10))} at a business forum in {self.city} {r.choice(WEEKDAYS)}.",
        ))
        paras = [lead + " " + self.unique_sentence("agreement")]
        pool = [
            lambda: (f"The document is valued at {_money(r, r.uniform(1e7, 2e9), _local_or_usd(r, self.home))} "
                     f"and provides for output of {_count(r, self.capacity)} {self.unit_word} a year "
                     f"{_target_when(r, pub)}."),
            lambda: (f"Under the roadmap, the partners will first localise welding and painting, then the "
                     f"production of components, bringing local content to {_pct(r, 25, 60)}."),
            lambda: self.agreement_sentence(),
            lambda: self.agreement_sentence(),
            lambda: (f"{pc} was founded in {r.randint(1950, 2015)} and employs more than "
                     f"{_count(r, _round_count(r, 1000, 120_000))} people worldwide."),
            lambda: (f"Trade between {_cname(r, self.home)} and {_cname(r, self.partner)} amounted to "
                     f"{_money(r, r.uniform(1e8, 3e10))} {_period(r, pub)}."),
            lambda: (f"{_cname(r, self.home)}'s GDP grew {_pct(r, 2, 8)} {_period(r, pub)}, with "
                     f"manufacturing up {_pct(r, 2, 12)}."),
            lambda: f'"{_quote(r)}," {self.person} said after the signing.',
        ]
        r.shuffle(pool)
        return paras + self._mix([f() for f in pool])

    def offtopic_title(self) -> str:
        r = self.r
        return r.choice((
            f"{self.city} hosts {r.choice(('jazz festival', 'book fair', 'marathon', 'film week', 'chess open'))}",
            f"{_cname(r, self.home)} beat {_cname(r, self.partner)} {r.randint(1, 4)}-{r.randint(0, 3)} in qualifier",
            f"Weather: {r.choice(('frost', 'heat', 'snow', 'rain'))} expected in {self.city}",
            f"Recipe: how to cook {r.choice(('beshbarmak', 'plov', 'lagman', 'dolma', 'manti'))} at home",
        ))

    def offtopic_paragraphs(self) -> list[str]:
        r, pub = self.r, self.pub
        home = _cname(r, self.home)
        lead = r.choice((
            f"The {r.randint(2, 30)}th edition of the festival opened in {self.city} {r.choice(WEEKDAYS)}, "
            f"with performers from {r.randint(5, 40)} countries.",
            f"The national team of {home} won {r.randint(1, 4)}-{r.randint(0, 3)} in front of a home crowd, "
            f"keeping its hopes of reaching the final stage alive.",
            f"Forecasters expect temperatures in {self.city} to {r.choice(('drop to minus', 'rise to'))} "
            f"{r.randint(15, 38)} degrees this week.",
            f"This dish is served at weddings and during Nauryz. You will need {r.randint(1, 3)} kg of meat, "
            f"{r.randint(200, 600)} g of flour and {r.randint(2, 4)} onions.",
        ))
        paras = [lead + " " + self.unique_sentence("offtopic")]
        pool = [
            lambda: (f"The event was first held in {r.randint(1995, pub.year - 1)} and has since become one of "
                     f"the largest of its kind in {home}."),
            lambda: (f"Tickets cost between {r.randint(2, 10)} thousand and {r.randint(11, 40)} thousand "
                     f"{r.choice(_currency_words(COUNTRIES[self.home][4]))}, and {_pct(r, 10, 60)} of "
                     f"them were sold online."),
            lambda: (f"{self.city}, home to about {_count(r, _round_count(r, 100_000, 2_500_000))} people, "
                     f"welcomed {_count(r, _round_count(r, 10_000, 900_000))} tourists {_period(r, pub)}."),
            lambda: (f"The programme continues until {MONTHS[(pub.month) % 12]} {r.randint(1, 28)} at venues "
                     f"across the city, including the {r.choice(('Palace of Culture', 'Central Stadium', 'Mugham Center', 'Opera House'))}."),
            lambda: f'"{r.choice(("We are proud of the team", "The audience was wonderful", "It was a difficult season"))}," {self.person} said.',
        ]
        r.shuffle(pool)
        return paras + self._mix([f() for f in pool])


def _header(r: random.Random, ctx: _Ctx, title: str) -> tuple[str, str, str]:
    """(text before the lead, prefix glued to the lead, trailer after the body)."""
    pub = ctx.pub
    dl_code = ctx.home if r.random() < 0.8 else ctx.partner
    dl = _city(r, dl_code)
    hhmm = f"{r.randint(7, 22):02d}:{r.randrange(60):02d}"
    style = r.randrange(10)
    pre_debris = ""
    if r.random() < 0.25:
        pre_debris = r.choice(("icon-facebook icon-twitter\n\n",
                               f"{r.randint(3, 4000)} views {r.choice(SECTIONS)} {r.randint(0, 9)}\n\n",
                               "No time to read? Get a summary\n\n"))
    trailer = ""
    if style == 0:  # Trend style: no title line, " date ISO CITY, Country, Month d."
        head = ""
        lead = f" date {pub.isoformat()} {dl.upper()}, {COUNTRIES[dl_code][0][0]}, {MONTHS[pub.month - 1]} {pub.day}. "
        return head, lead, trailer
    if style == 1:
        head = f"{title}\n\n{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {hhmm}\n\n{pre_debris}"
        lead = f"{dl.upper()} – "
    elif style == 2:
        head = f"{title}\n\nPublished: {pub.day:02d}.{pub.month:02d}.{pub.year} {hhmm}\nAuthor: {r.choice(DESKS)}\n\n{pre_debris}"
        lead = f"{dl.upper()} - "
    elif style == 3:
        head = f"{title}\n\n{pre_debris}"
        lead = f"{dl.upper()}, {MON_ABBR[pub.month - 1]} {pub.day}, {pub.year} ({ctx.outlet}) - "
    elif style == 4:
        head = f"{title}\n\n{DOW3[pub.weekday()]} {MON3[pub.month - 1]} {pub.day:02d} {pub.year}\n{pre_debris.strip() or 'icon-facebook icon-twitter'}\n\n"
        lead = f"{dl.upper()} - "
    elif style == 5:
        head = f"{title}\n\n{pub.day} {MONTHS[pub.month - 1]} {pub.year} {hhmm} (UTC+04:00)\n\n{pre_debris}"
        lead = f"{dl.upper()} - " if r.random() < 0.7 else ""
    elif style == 6:
        head = f"{title}\n\n{r.randint(3, 4000)} views {r.choice(SECTIONS)} {r.randint(0, 9)}\n\n"
        lead = f"{dl.upper()} - " if r.random() < 0.5 else ""
        trailer = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    elif style == 7:
        head = f"{title}\n\n{pre_debris}"
        lead = f"{dl.upper()}, {MON_ABBR[pub.month - 1]} {pub.day} ({ctx.outlet}) - "
    elif style == 8:
        head = f"{title}\n\n{pre_debris}"
        lead = ""
        trailer = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}" if r.random() < 0.5 else ""
    else:
        head = f"{title}\n\n{pub.isoformat()}\nBy {r.choice(DESKS)}\n\n{pre_debris}"
        lead = f"{dl.upper()} – "
    return head, lead, trailer


def _tail_debris(r: random.Random, ctx: _Ctx) -> str:
    def unrelated() -> str:
        code = r.choice(list(COUNTRIES))
        return r.choice(UNRELATED_HEADLINES).format(city=_city(r, code), country=COUNTRIES[code][0][0])

    parts = []
    k = r.random()
    if k < 0.25:
        parts.append(f"Read also:\n{unrelated()}\n{unrelated()}")
    elif k < 0.45:
        parts.append(f"Previous Article\n{unrelated()}\nNext Article\n{unrelated()}")
    elif k < 0.55:
        parts.append("icon-facebook icon-twitter")
    if r.random() < 0.2:
        parts.append(r.choice((f"Author: {r.choice(DESKS)}", f"(Editing by {r.choice(DESKS)})",
                               f"({ctx.outlet})", f"Tags: {', '.join(r.sample(TAGS, 3))}",
                               "Follow us on Telegram", "Share this article: Facebook | Telegram | WhatsApp")))
    return "\n\n".join(parts)


def article_text(serial: int, seed: int = 0) -> tuple[str, dict]:
    """The text of article `serial` and its metadata (title, published_date, source, url)."""
    r = random.Random(seed * 1_000_000_007 + serial)
    ctx = _Ctx(r, serial)
    kind = r.choices(("production", "trade", "agreement", "offtopic"), weights=(38, 30, 22, 10))[0]
    title = getattr(ctx, f"{kind}_title")()
    paras = getattr(ctx, f"{kind}_paragraphs")()
    head, lead_prefix, trailer = _header(r, ctx, title)
    tail = _tail_debris(r, ctx)
    target = int(r.triangular(MIN_BYTES, MAX_BYTES, 1600))
    fixed = len(head) + len(lead_prefix) + len(tail) + len(trailer) + 8
    body = [lead_prefix + paras[0]]
    size = fixed + len(body[0])
    i = 1
    while size < target:
        if i >= len(paras):  # ran out: more of the same kind (fresh draws)
            paras += getattr(ctx, f"{kind}_paragraphs")()[1:]
        p = paras[i]
        i += 1
        if size + len(p) + 2 > MAX_BYTES - 100 and size >= MIN_BYTES:
            break
        if size + len(p) + 2 > MAX_BYTES - 100:
            continue
        body.append(p)
        size += len(p) + 2
    text = head + "\n\n".join(body)
    if tail:
        text += "\n\n" + tail
    if trailer:
        text += "\n" + trailer
    text += "\n"
    meta = {"title": title, "published_date": ctx.pub.isoformat(), "source": ctx.outlet,
            "url": f"https://news.example.org/{ctx.pub.year}/{ctx.pub.month:02d}/{seed}-{serial}"}
    return text, meta


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def _file_name(seed: int, serial: int) -> str:
    return f"bench-s{seed}-{serial:07d}.txt"


def _write_txt_range(args: tuple[str, int, int, int]) -> list[bytes]:
    out_dir, seed, lo, hi = args
    digests = []
    for serial in range(lo, hi):
        text, _ = article_text(serial, seed)
        data = text.encode("utf-8")
        digests.append(hashlib.blake2b(data, digest_size=12).digest())
        with open(os.path.join(out_dir, _file_name(seed, serial)), "wb") as f:
            f.write(data)
    return digests


def _write_jsonl_shard(args: tuple[str, int, int, int, int]) -> list[bytes]:
    path, seed, lo, hi, _ = args
    digests = []
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for serial in range(lo, hi):
            text, meta = article_text(serial, seed)
            digests.append(hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest())
            f.write(json.dumps({"text": text, **meta}, ensure_ascii=False) + "\n")
    return digests


def generate(n: int, out_dir: Path, seed: int = 0, *, start: int = 0, fmt: str = "txt",
             workers: int | None = None) -> list[Path]:
    """Write articles `start .. start+n-1` of `seed` into `out_dir`; return the paths written.

    fmt="txt": one UTF-8 .txt file per article. fmt="jsonl": shards of up to
    10,000 articles, one JSON object per line (text, title, published_date,
    source, url). Bytes depend only on (seed, serial). Raises RuntimeError if
    two articles came out identical (they never should).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if fmt not in ("txt", "jsonl"):
        raise ValueError("fmt must be 'txt' or 'jsonl'")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if workers is None:
        workers = min(len(os.sched_getaffinity(0)), 8) if n >= 4000 else 1
    if fmt == "txt":
        step = max(1, min(2000, -(-n // max(1, workers * 4))))
        tasks = [(str(out_dir), seed, lo, min(lo + step, start + n)) for lo in range(start, start + n, step)]
        fn = _write_txt_range
        paths = [out_dir / _file_name(seed, s) for s in range(start, start + n)]
    else:
        tasks, paths = [], []
        for k, lo in enumerate(range(start, start + n, JSONL_SHARD)):
            p = out_dir / f"bench-s{seed}-{lo:07d}.jsonl"
            tasks.append((str(p), seed, lo, min(lo + JSONL_SHARD, start + n), k))
            paths.append(p)
        fn = _write_jsonl_shard
    if workers > 1 and len(tasks) > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(fn, tasks, chunksize=1)
    else:
        chunks = [fn(t) for t in tasks]
    seen: set[bytes] = set()
    count = 0
    for chunk in chunks:
        seen.update(chunk)
        count += len(chunk)
    if len(seen) != count:
        raise RuntimeError(f"generator produced {count - len(seen)} duplicate article(s)")
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="first serial (default 0)")
    ap.add_argument("--format", dest="fmt", choices=("txt", "jsonl"), default="txt")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: all cores for n >= 4000)")
    a = ap.parse_args(argv)
    paths = generate(a.n, a.out_dir, a.seed, start=a.start, fmt=a.fmt, workers=a.workers)
    if sys.stderr.isatty():
        print(f"wrote {a.n} articles to {len(paths)} file(s) in {a.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
