"""Entity recognition: countries, companies and places, from seeds and patterns."""
import csv
from pathlib import Path

import pytest

from extraction.entities import (brand_maker, company_key, country_code_for, country_name, find_mentions,
                              find_places, non_company_kind, place_for, resolve_company)
from extraction.reference import group_key
from extraction.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def mentions(text: str):
    return find_mentions(text, split_sentences(text))


def countries(text: str) -> set[str]:
    return {m.country_code for m in mentions(text) if m.entity_type == "country"}


def companies(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.name, m.country_code, m.via) for m in mentions(text) if m.entity_type == "company"]


def company_names(text: str) -> list[str]:
    return [name for name, _, _ in companies(text)]


# ---------------------------------------------------------------------------- countries

@pytest.mark.parametrize("text, expected", [
    ("Taxes reached 16 billion US dollars.", set()),                  # a currency
    ("Prices are quoted in Singapore dollars and in Hong Kong dollars.", set()),
    ("Among Spanish-speaking countries Ecuador led.", {"EC"}),        # a language
    ("The US and Spain signed.", {"US", "ES"}),
    ("Russian speakers and Russia's dollar reserves.", {"RU"}),
])
def test_a_currency_or_a_language_is_not_the_country(text: str, expected: set[str]) -> None:
    assert countries(text) == expected


def test_names_demonyms_and_capitals_count() -> None:
    text = ("The Israeli pianist and a Frenchman met in Tashkent. Uzbekistan's exports to "
            "the Republic of Korea grew, and Kazakhs bought more.")
    assert countries(text) == {"IL", "FR", "UZ", "KR", "KZ"}
    vias = {m.surface: m.via for m in mentions(text) if m.entity_type == "country"}
    assert vias["Israeli"] == "demonym" and vias["Tashkent"] == "capital" and vias["Republic of Korea"] == "name"


@pytest.mark.parametrize("name, code", [
    ("the Russian Federation", "RU"), ("the Kyrgyz Republic", "KG"), ("the Islamic Republic of Iran", "IR"),
    ("the Republic of Kazakhstan", "KZ"), ("the Republic of Turkmenistan", "TM"), ("the Republic of Georgia", "GE"),
])
def test_a_long_form_name_is_one_mention_of_its_state(name: str, code: str) -> None:
    # one mention over the whole name, so rules that read what stands before a state ("The", "with")
    # see it as they see "Russia" or "Turkmenistan"
    found = [m for m in mentions(f"Trade with {name} grew.") if m.entity_type == "country"]
    assert [(m.surface, m.country_code) for m in found] == [(name[4:], code)]


def test_spelling_variants_and_hyphenated_compounds() -> None:
    assert countries("Azerbaijan-Türkiye trade and Kazakh-Chinese ties; US-based and Sino-Kazakh firms.") == \
        {"AZ", "TR", "KZ", "CN", "US"}
    assert countries("BAKU, Azerbaijan, January 6. Turkiye and Qazaqstan agreed.") == {"AZ", "TR", "KZ"}


def test_a_currency_sign_after_a_country_code_is_no_country() -> None:
    assert countries("Trade with China, January-May (US$ million): 964; in the US it was $5 million.") == {"CN", "US"}
    assert countries("Turnover reached US$ 1.2 billion with China.") == {"CN"}


def test_possessive_keeps_the_country_and_drops_from_name() -> None:
    m = [x for x in mentions("Russia’s reliability as a supplier is in doubt.") if x.entity_type == "country"][0]
    assert (m.surface, m.name, m.country_code) == ("Russia’s", "Russia", "RU")


def test_cities_are_places_not_countries() -> None:
    text = "The plant in Kostanai will export to Almaty and Izhevsk, and a delegation came from Astana."
    assert countries(text) == {"KZ"}                       # only the capital names a country
    places = find_places(text, split_sentences(text))
    assert [(p.name, p.country_code) for p in places] == [
        ("Kostanay", "KZ"), ("Almaty", "KZ"), ("Izhevsk", "RU"), ("Astana", "KZ")]
    assert all(text[p.start:p.end] for p in places)


def test_no_country_from_inside_organisation_names() -> None:
    text = "Iran Khodro and the Development Bank of Kazakhstan signed, Trend reports via Uzbekistan 24."
    assert countries(text) == set()


def test_multi_country_regions_and_other_names_are_not_countries() -> None:
    assert countries("Latin American and Central Asian markets grew; New Jersey-based investors said.") == set()
    assert countries("Turkic and Caspian cooperation") == set()


def test_short_codes_match_only_as_written() -> None:
    assert countries("Let us go. The US and the UAE agreed.") == {"US", "AE"}


# ---------------------------------------------------------------------------- companies: gazetteer

def test_gazetteer_spellings_resolve_to_one_company() -> None:
    names = company_names("UzAvtoSanoat JSC, Uzavtosanoat and Uzautosanoat met SaryarkaAutoProm and Saryarka AvtoProm LLP.")
    assert {resolve_company(n)[0] for n in names} == {"UzAvtoSanoat", "Saryarka AvtoProm"}
    assert company_key("UzAvtoSanoat JSC") == company_key("Uzautosanoat") == "uzautosanoat"
    assert company_key("Co., Ltd.") == ""                  # as the dbt macro: nothing left to resolve
    assert company_key("JSC \"Kazakhstan Temir Zholy\" NC") == "kazakhstantemirzholy"


def test_legal_forms_before_and_after_are_part_of_the_mention() -> None:
    assert company_names("PJSC KAMAZ and Chery Automobile Co., Ltd. and Azermash OJSC agreed.") == [
        "PJSC KAMAZ", "Chery Automobile Co., Ltd.", "Azermash OJSC"]


def test_belarusian_legal_forms_lead_a_name() -> None:
    assert company_names("SZAO Qorgan Motors and SOOO Sayram Trade agreed.") == ["SZAO Qorgan Motors", "SOOO Sayram Trade"]
    assert company_key("SZAO Qorgan Motors") == company_key("Qorgan Motors")


def test_a_bracketed_status_inside_a_legal_form_is_no_part_of_the_name() -> None:
    # "(Private) Limited", "(Pvt) Ltd": the name keys as the same company without them
    assert company_names("Qorgan Motors (Private) Limited and Sayram Works (Pvt) Ltd agreed.") == [
        "Qorgan Motors Limited", "Sayram Works Ltd"]
    assert company_key("Qorgan Motors Limited") == company_key("Qorgan Motors")
    assert company_names("Qorgan Motors (Kazakhstan) Limited agreed.") != ["Qorgan Motors Limited"]


def test_possessive_and_context_country() -> None:
    found = companies("Astana Motors' own funds. China’s BYD Auto and Renault’s option.")
    assert [(n, c) for n, c, _ in found] == [("Astana Motors", "KZ"), ("BYD Auto", "CN"), ("Renault", "FR")]
    m = [x for x in mentions("Renault’s option") if x.entity_type == "company"][0]
    assert m.surface == "Renault’s" and m.end - m.start == len("Renault’s")


def test_short_aliases_need_exact_case_and_whole_words() -> None:
    assert company_names("The GWM plant and MAZ trucks") == ["GWM", "MAZ"]
    assert company_names("A gwm and the maze of Gazelle") == []


def test_longest_known_name_wins() -> None:
    assert company_names("Hyundai Trans Kazakhstan belongs to Astana Motors Manufacturing Kazakhstan.") == [
        "Hyundai Trans Kazakhstan", "Astana Motors Manufacturing Kazakhstan"]


# ---------------------------------------------------------------------------- companies: patterns

def test_unknown_company_by_legal_form() -> None:
    found = companies("A joint venture between Uzbekistan's Zarmed Invest LLC and Azerbaijan's Qala Insaat LLC.")
    assert [(n, c) for n, c, _ in found] == [("Zarmed Invest LLC", "UZ"), ("Qala Insaat LLC", "AZ")]
    assert all(via == "pattern" for _, _, via in found)


# A club's name with a legal form after it names a company of that name ("Kairat LLC"); the club
# alone, or with no legal form, names none.
@pytest.mark.parametrize("text, expected", [
    ("The ministry signed a deal with a consortium of Terek-Tash LLC and ZENIT Firm LLC.", ["Terek-Tash LLC", "ZENIT Firm LLC"]),
    ("The mayor's office hired Kairat JSC to repair the road.", ["Kairat JSC"]),
    ("Dinamo Firm LLC opened a brick plant in Osh.", ["Dinamo Firm LLC"]),
    # near-misses: the clubs themselves
    ("Zenit beat Kairat 2-1 on Sunday.", []),
    ("Kairat Almaty signed a new striker from Dinamo.", []),
])
def test_a_club_name_with_a_legal_form_is_a_company(text: str, expected: list) -> None:
    assert company_names(text) == expected


def test_unknown_company_by_head_word_and_context() -> None:
    text = ("Fujiyama Hengshan Investment is building a mill, Loulan Group plans a park, "
            "and the Chinese carmaker Zhaoyang will open a plant. Qorgan Trans, a subsidiary of KAMAZ, agreed.")
    found = {n: c for n, c, _ in companies(text)}
    assert {"Fujiyama Hengshan Investment", "Loulan Group", "Zhaoyang", "Qorgan Trans", "KAMAZ"} <= set(found)
    assert found["Zhaoyang"] == "CN"


def test_known_company_plus_country_is_a_local_company() -> None:
    assert companies("Geely Tajikistan will assemble cars.") == [("Geely Tajikistan", "TJ", "pattern")]


def test_name_found_by_pattern_is_found_again_without_legal_form() -> None:
    assert company_names("SamAvto JV LLC opened a line. SamAvto buses followed.") == ["SamAvto JV LLC", "SamAvto"]


def test_abbreviation_defined_in_the_article() -> None:
    text = ("China National Machinery Import & Export Corporation (CMC) bought a stake. "
            "Later CMC's share grew. Zarafshon Auto Plant Company (ZAPC) opened; ZAPC hired 200 people.")
    found = companies(text)
    assert ("China National Machinery Import & Export Corporation", "CN", "abbreviation") in found
    assert ("Zarafshon Auto Plant Company", None, "abbreviation") in found
    assert [m for m in mentions(text) if m.surface == "CMC"] == []     # the definition itself is not repeated


def test_abbreviation_after_an_enterprise_name() -> None:
    text = "Khorezm Automobile Production Union (KAPU) made 500 vans. KAPU plans 800."
    assert [(n, v) for n, _, v in companies(text)] == [
        ("Khorezm Automobile Production Union", "pattern"),
        ("Khorezm Automobile Production Union", "abbreviation")]


@pytest.mark.parametrize("text, expected", [
    # a known abbreviation: the full name nobody listed is that company (one row, not two)
    ("Buses come from the Qorgan Bus Works (PAZ). PAZ grew.", ["PAZ", "PAZ", "PAZ"]),
    # an unknown abbreviation: it stands for the full name
    ("Buses come from the Qorgan Bus Works (QBW). QBW grew.", ["Qorgan Bus Works", "Qorgan Bus Works"]),
])
def test_abbreviation_and_full_name_are_one_company(text: str, expected: list[str]) -> None:
    assert company_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare name and the same name with its country: one company
    ("Kazakhstan's Orbis group will build a plant. Farid Temirov, chairman of Orbis Kazakhstan, signed.",
     ["Orbis Kazakhstan", "Orbis Kazakhstan"]),
    # a name with a head word of its own and its local company stay apart
    ("Loulan Group Kazakhstan and Loulan Group signed.", ["Loulan Group Kazakhstan", "Loulan Group"]),
    # a bare name and the one longer name that only adds head words and legal forms: one company
    ("Kyrgyzstan's Orbis mine grew, said the head of Orbis Gold Company. Orbis will pour more.",
     ["Orbis Gold Company", "Orbis Gold Company", "Orbis Gold Company"]),
    # a works is a head word of the name too
    ("Qorvex Engineering Works Limited built a car. Qorvex also assembles trucks.",
     ["Qorvex Engineering Works Limited", "Qorvex Engineering Works Limited"]),
    # two longer names: the bare one may be either
    ("Kazakhstan's Loulan group grew. Loulan Mining Company and Loulan Motors signed.",
     ["Loulan", "Loulan Mining Company", "Loulan Motors"]),
])
def test_bare_name_and_local_name(text: str, expected: list[str]) -> None:
    assert company_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one carmaker's local company in one country, named with two carmaker heads: one company
    ("Chery Motors Uzbekistan will open a line. Uzbek officials registered Chery Zarvo Automobile Uzbekistan.",
     ["Chery Motors Uzbekistan", "Chery Motors Uzbekistan"]),
    ("Kia Auto Kazakhstan grew. Later Kia Motors Kazakhstan cut prices.", ["Kia Auto Kazakhstan", "Kia Auto Kazakhstan"]),
    ("Geely Auto-Georgia sold 900 cars; Geely Motors Georgia plans more.", ["Geely Auto-Georgia", "Geely Auto-Georgia"]),
    # near misses: another line of business, another country, no carmaker head, another carmaker
    ("Hyundai Engineering Kazakhstan and Hyundai Motor Kazakhstan signed.",
     ["Hyundai Engineering Kazakhstan", "Hyundai Motor Kazakhstan"]),
    ("Kia Motors Kazakhstan and Kia Motors Uzbekistan signed.", ["Kia Motors Kazakhstan", "Kia Motors Uzbekistan"]),
    ("Kia Qazaqstan and Kia Motors Kazakhstan signed.", ["Kia Qazaqstan", "Kia Motors Kazakhstan"]),
    ("Chery Auto Kazakhstan and Geely Auto Kazakhstan signed.", ["Chery Auto Kazakhstan", "Geely Auto Kazakhstan"]),
])
def test_one_carmakers_local_companies_in_one_country(text: str, expected: list[str]) -> None:
    assert company_names(text) == expected


def test_a_possessive_ends_a_known_name() -> None:
    # "China FAW" is an alias of FAW, but "China's FAW" is China's FAW
    found = companies("The plant is a project of China's FAW Group and Uzbekistan's Qorgan Avto LLC.")
    assert [(n, c) for n, c, _ in found] == [("FAW Group", "CN"), ("Qorgan Avto LLC", "UZ")]
    assert resolve_company("FAW Group") == ("FAW", "CN")


def test_names_in_other_words_than_the_alias_are_capitalised() -> None:
    # "Saryarka AvtoProm" is "SaryarkaAutoProm"; "Turkmenistan is" is not the demonym "Turkmenistanis"
    assert company_names("Saryarka AvtoProm grew.") == ["Saryarka AvtoProm"]
    vias = [m.via for m in mentions("Qorgan Logistika of Turkmenistan is due to take wagons.")
            if m.entity_type == "country"]
    assert vias == ["name"]


@pytest.mark.parametrize("text, expected", [
    # a short name given in words stands for the full name: one company, not two
    ("Qorgan Gas Corporation, known as QOGAS (22.5%), signed. Later QOGAS grew.",
     ["Qorgan Gas Corporation", "Qorgan Gas Corporation"]),
    ("Sayram Neft Company (also known as SNC) drilled a well. SNC found oil.",
     ["Sayram Neft Company", "Sayram Neft Company"]),
    ("Zarvo Mining Company (hereinafter Zarvo) signed. Zarvo will pay.", ["Zarvo Mining Company", "Zarvo Mining Company"]),
    ("Tengri Power Generation Company, or TPGC for short, built it. TPGC hired 300.",
     ["Tengri Power Generation Company", "Tengri Power Generation Company"]),
    # near misses: no company before the words, or "or" without "for short"
    ("Ivan Petrov, known as Vanya, said so.", []),
    ("Qorvex Motors, or Qorvex, made cars.", ["Qorvex Motors"]),
])
def test_short_name_given_in_words(text: str, expected: list[str]) -> None:
    assert company_names(text) == expected


def test_described_enterprise_named_by_its_abbreviation() -> None:
    assert company_names("the Termez automobile assembly factory (TerAZ) made 89 buses; TerAZ grew") == [
        "TerAZ", "TerAZ"]


# The groups of states named by their number ("the Group of Seven", "G20") are no companies.
@pytest.mark.parametrize("text, names", [
    ("The price cap imposed by the Group of Seven held.", []),
    ("Leaders of the Group of Twenty met in Delhi.", []),
    ("The Group of 77 asked for funds.", []),
    # negative: a company group named by its founder stays a company
    ("Qorgan Group of Kazakhstan opened a plant.", ["Qorgan Group"]),
])
def test_numbered_groups_of_states_are_not_companies(text: str, names: list[str]) -> None:
    assert company_names(text) == names


def test_non_companies_are_not_companies() -> None:
    text = ("Trend reports via the Uzbekistan 24 TV channel, according to the Association of Kazakhstan "
            "Auto Business (AKAB) and Kazakh Invest National Company. AKAB said Chevrolet and Lada sold well, "
            "while FC Kairat beat Celtic and the National Bank kept rates.")
    assert company_names(text) == []
    assert non_company_kind("Uzbekistan 24") == "media"
    assert brand_maker("Lada") == "AvtoVAZ" and brand_maker("Chevrolet") == "General Motors"
    assert brand_maker("Khazar") is None


def test_government_bodies_and_generic_phrases_are_not_companies() -> None:
    text = ("The Economic Zones Development Agency under the Ministry of Economy, the Working Group, "
            "the Industrial Zone and the Prime Minister met the Eurasian Development Bank.")
    assert company_names(text) == []


def test_persons_are_not_companies() -> None:
    text = ("Chairman of the Board at Azermash Emin Akhundov and Deputy Chairman of UzAvtoSanoat Sardor "
            "Tadjiyev met President Kassym-Jomart Tokayev and Kostanay region governor Archimed "
            "Mukhambetov and DBK-Leasing JSC.")
    assert company_names(text) == ["Azermash", "UzAvtoSanoat", "DBK-Leasing JSC"]


# A title with the place or body it serves, then a name between commas: a person, whatever follows.
@pytest.mark.parametrize("text, names", [
    ("According to Georgia's ambassador to China, Levan Tali, the documents concern trade.", []),
    ("Kazakhstan's envoy to Turkey, Erlan Sabit, the talks went well.", []),
    ("The governor of Sayram region, Alim Qorgan, the first of its kind, spoke.", []),
    ("The head of the Ministry of Industry, Bakhyt Orazov, the factory will open in May.", []),
    # negative: a company set off by commas after other words, or with a description of its own
    ("Exports to China, Qorgan Trans, the largest carrier, handled them.", ["Qorgan Trans"]),
    ("The contractor to the ministry, Qorgan Stroy LLC, the largest builder, won.", ["Qorgan Stroy LLC"]),
    ("Qorgan Trans, the largest carrier in Kazakhstan, opened a depot.", ["Qorgan Trans"]),
    # negative: after a plural title the commas list the bodies ("the heads of A, B, C and D")
    ("The envoy met the directors of Qorgan Trans, Altyn Stroy Group, Sary Logistics and Kazakh Rail.",
     ["Qorgan Trans", "Altyn Stroy Group", "Sary Logistics", "Kazakh Rail"]),
])
def test_a_title_of_a_place_before_a_name_in_commas_names_a_person(text: str, names: list[str]) -> None:
    assert company_names(text) == names


def test_and_splits_two_companies_but_not_one_name() -> None:
    assert company_names("loans from BRK-Leasing JSC and Development Bank of Kazakhstan JSC") == [
        "BRK-Leasing JSC", "Development Bank of Kazakhstan JSC"]
    assert company_names("Tashkent Machinery Import and Export Corporation signed") == [
        "Tashkent Machinery Import and Export Corporation"]


def test_mentions_point_into_the_text_and_sentences() -> None:
    text = "Kia opens plant.\nThe Kazakh partner Allur Group said so. UzAuto Motors agreed."
    sents = split_sentences(text)
    for m in find_mentions(text, sents):
        assert text[m.start:m.end] == m.surface
        s = sents[m.sentence_no]
        assert s.start <= m.start < s.end


# ---------------------------------------------------------------------------- helpers and seeds

def test_small_helpers() -> None:
    assert country_code_for("Kazakh") == "KZ" and country_code_for("UZ") == "UZ"
    assert country_code_for("in") is None and country_code_for("Kostanai") == "KZ"
    assert country_code_for("Turkiye") == "TR" and country_code_for("Nowhere") is None
    assert country_name("KR") == "South Korea"
    assert place_for("Kostanai") == ("Kostanay", "KZ") and place_for("Kazakhstan") is None
    assert resolve_company("GM Uzbekistan") == ("GM Uzbekistan", "UZ")      # a former name: its own company
    assert resolve_company("UzAutoMotors") == ("UzAuto Motors", "UZ")
    assert resolve_company("Koc Group") == resolve_company("Koç Holding") == ("Koc Holding", "TR")
    assert resolve_company("Exeed International") is None and non_company_kind("Exeed") == "brand"


def _rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_seed_integrity() -> None:
    codes = {r["country_code"] for r in _rows("countries")}
    assert len(codes) == 249 and all(len(c) == 2 and c.isupper() for c in codes)
    aliases = _rows("country_aliases")
    assert {r["alias_kind"] for r in aliases} <= {"name", "demonym", "capital", "city", "region"}
    assert all(r["country_code"] in codes for r in aliases)
    companies_ = _rows("company_aliases")
    assert all(r["country_code"] in codes | {""} for r in companies_)
    canon = {r["company_name"] for r in companies_}
    assert canon <= {r["alias"] for r in companies_}            # the canonical name is an alias of itself
    # one key, one company: two companies must not share a resolution key, nor a group key
    # (dbt resolves a name by its group key when no alias key matches: "Koc Group")
    for keyed in (company_key, group_key):
        owner: dict[str, str] = {}
        for r in companies_:
            key = keyed(r["alias"])
            assert owner.setdefault(key, r["company_name"]) == r["company_name"], (keyed.__name__, r)


def test_former_names_are_no_aliases() -> None:
    """A former name names its current company (a company of company_aliases), and no alias has its
    key or group key: dbt would resolve it to that company, renaming what the article wrote."""
    codes = {r["country_code"] for r in _rows("countries")}
    companies_ = _rows("company_aliases")
    alias_keys = {company_key(r["alias"]) for r in companies_} | {group_key(r["alias"]) for r in companies_}
    canon = {r["company_name"] for r in companies_}
    formers = _rows("company_former_names")
    assert formers
    for r in formers:
        assert r["company_name"] in canon and r["country_code"] in codes | {""}, r
        assert company_key(r["former_name"]) not in alias_keys and group_key(r["former_name"]) not in alias_keys, r


@pytest.mark.parametrize("name", ["Kazakh Invest", "Trend", "Haval", "TANAP", "Latin America"])
def test_listed_non_companies_do_not_collide_with_companies(name: str) -> None:
    assert resolve_company(name) is None and non_company_kind(name)


@pytest.mark.parametrize("text, codes", [
    ("Trade reached 2,9 bln US dollars last year.", []),
    ("It came to 1.2 billion U.S. dollars.", []),
    ("The US dollar weakened against the tenge.", []),
    # the country itself is still named
    ("The US imposed sanctions, and the US Treasury agreed.", ["US", "US"]),
    ("Trade with the US reached 300 million dollars.", ["US"]),
])
def test_a_country_that_opens_a_currency_name_is_no_mention(text: str, codes: list) -> None:
    assert [m.country_code for m in find_mentions(text, split_sentences(text)) if m.entity_type == "country"] == codes


@pytest.mark.parametrize("text, expected", [
    # a contract term before a role noun names no company (seeds/non_companies.csv, kind 'term')
    ("The plant was built by the EPC contractor, Qorvel Engineering, and opened in May.", ["Qorvel Engineering"]),
    ("The EPC contractor will hand the complex over next year.", []),
    ("Tarvo Energo LLC signed a PPP agreement with the ministry.", ["Tarvo Energo LLC"]),
    ("The FEED contractor, Sarbon Engineering, finished the design.", ["Sarbon Engineering"]),
    # the company around it is still found
    ("The EPCM contract went to Qorvel Engineering LLC.", ["Qorvel Engineering LLC"]),
])
def test_contract_terms_are_no_companies(text: str, expected: list) -> None:
    assert company_names(text) == expected


# A company named with its local-language words, told by what it is before it: a state utility, a
# state-owned firm, a country's possessive before a name with an acronym in it.
@pytest.mark.parametrize("text, expected", [
    ("The bill of its only customer, the Kyrgyz state utility Elektr Stansiyalary, kept growing.",
     ["Elektr Stansiyalary"]),
    ("Power went to the national utility Qazaq Energo, which sells it on.", ["Qazaq Energo"]),
    ("The state-owned Altyn Koni produced 570 kilograms of gold.", ["Altyn Koni"]),
    ("Output at the state-run Kumush Tog rose by a tenth.", ["Kumush Tog"]),
    ("Russia's Volga TGK signed a supply deal in Dushanbe.", ["Volga TGK"]),
    ("Turkey's Kalyon AES won the tender.", ["Kalyon AES"]),
])
def test_a_local_name_described_as_a_company(text: str, expected: list) -> None:
    assert company_names(text) == expected


# the nouns of a trade before a name, as "carmaker" or "miner" are: a confectioner, a brewer, a processor
@pytest.mark.parametrize("text, expected", [
    ("Ukrainian confectioner Roshen sold its factory in Kazakhstan.", ["Roshen"]),
    ("Local brewer Dala Brew doubled exports.", ["Dala Brew"]),
    ("Food processor Steppe Foods bought a dairy.", ["Steppe Foods"]),
    ("The Georgian bottler Kutaisi Springs opened a second line.", ["Kutaisi Springs"]),
])
def test_a_trade_noun_before_a_name(text: str, expected: list) -> None:
    assert company_names(text) == expected


@pytest.mark.parametrize("text", [
    "Russia's Vladimir Putin arrived in Dushanbe.",
    "Uzbekistan's IT Park hosted the start-ups.",
    "The state-owned utilities raised prices.",
])
def test_near_misses_of_described_local_names(text: str) -> None:
    assert company_names(text) == []


# An enterprise named for its trade: the trades of light industry and food too, and a complex or a
# mill as its head ("X Cashmere Factory", "X Textile Complex", "X Flour Mill"), a number of a series
# kept in the name ("X GES-2"), and a company told by its trade before a group ("the X beverage group").
@pytest.mark.parametrize("text, expected", [
    ("Managers at the Gobi Cashmere Factory said they would like to export.", ["Gobi Cashmere Factory"]),
    ("The Kelif Textile Complex in Lebap province began work in 1998.", ["Kelif Textile Complex"]),
    ("The Zhetysu Flour Mill doubled its output.", ["Zhetysu Flour Mill"]),
    ("According to OJSC Rogun GES-2, the state owes it $40 million.", ["OJSC Rogun GES-2"]),
    ("He visited the Altai beverage group, which brews beer.", ["Altai"]),
])
def test_an_enterprise_named_for_its_trade(text: str, expected: list) -> None:
    assert company_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Olympic Sports Complex opened in May.", []),
    ("Output rose at Line-2024 of the plant.", []),
    # an organisation's name after its head and "of" is its own, not a company's
    ("They founded a Kazakh-German Institute of Sustainable Engineering.", []),
    ("The Academy of Applied Engineering opened in Almaty.", []),
    ("The chairman of Qorgan Engineering spoke.", ["Qorgan Engineering"]),
])
def test_near_misses_of_enterprises_named_for_their_trade(text: str, expected: list) -> None:
    assert company_names(text) == expected


# A government body's name goes on with the fields it is in charge of ("the Ministry of Finance and
# Property Management"): the field after "and" is no company; a firm after "and" stays one.
@pytest.mark.parametrize("text, expected", [
    ("The State Committee on Privatisation and State Property Management approved the sale.", []),
    ("The Ministry of Economy and Asset Management said so.", []),
    ("The Agency on Statistics and Strategic Planning published the data.", []),
    ("The Commission for Energy and Resource Regulation approved the tariff.", []),
    ("The Ministry of Energy and Qorgan Holding signed a memorandum.", ["Qorgan Holding"]),
    ("The ministry and Zarvo Asset Management LLC signed a deal.", ["Zarvo Asset Management LLC"]),
    ("Qorgan Motors and Zarvo Fleet Management signed a deal.", ["Qorgan Motors", "Zarvo Fleet Management"]),
])
def test_a_body_s_fields_are_no_company(text: str, expected: list) -> None:
    assert company_names(text) == expected


# A known company's title before its name ("National Company KazMunayGas") is no other company; a
# company named before another with "and" between stays one.
@pytest.mark.parametrize("text, expected", [
    ("Oil will be shipped by National Company KazMunayGas from Atyrau.", ["KazMunayGas"]),
    ("The contract went to National Holding Company Uzbekneftegaz last year.", ["Uzbekneftegaz"]),
    ("Zarvo Trading Company and KazMunayGas signed a deal.", ["Zarvo Trading Company", "KazMunayGas"]),
    ("Qorgan Petrol Company Junda built the refinery.", ["Qorgan Petrol Company Junda"]),
])
def test_a_known_company_s_title_is_no_company(text: str, expected: list) -> None:
    assert company_names(text) == expected


# Two known companies side by side, one space apart, are one name: a unit kept under its buyer's name
# or a joint venture named after its parents; a comma, "and" or a possessive keeps two.
@pytest.mark.parametrize("text, expected", [
    ("The GAC Toyota plant in Guangzhou raised output.", ["GAC Toyota"]),
    ("Dongfeng Nissan sold more cars in May.", ["Dongfeng Nissan"]),
    ("Dongfeng and Nissan signed a deal.", ["Dongfeng", "Nissan"]),
    ("Dongfeng, Nissan and Toyota raised output.", ["Dongfeng", "Nissan", "Toyota"]),
    ("Toyota's Isuzu stake was sold.", ["Toyota", "Isuzu"]),
])
def test_two_known_names_side_by_side_are_one(text: str, expected: list) -> None:
    assert company_names(text) == expected


# One company named two ways in one article: a name and the same name with its head word in the
# plural. A known maker and its local arm named with a country stay two companies: the maker is the
# parent, the arm its subsidiary ("Chery" ... "Chery Kazakhstan"; renaming the maker's mentions would
# give the parent's facts to the subsidiary and lose the parent).
@pytest.mark.parametrize("text, expected", [
    ("Chery will build the plant. Chery Kazakhstan will sell the cars.", ["Chery", "Chery Kazakhstan"]),
    ("Geely Uzbekistan opened a showroom; Geely said sales rose.", ["Geely Uzbekistan", "Geely"]),
    ("Geely Uzbekistan and Geely Kazakhstan opened showrooms; Geely said sales rose.",
     ["Geely Uzbekistan", "Geely Kazakhstan", "Geely"]),
    ("Zarvo Motor Company will assemble them. Zarvo Motors said so.", ["Zarvo Motor Company", "Zarvo Motor Company"]),
    ("Orbis Holdings bought it. Later Orbis Holding sold it.", ["Orbis Holdings", "Orbis Holdings"]),
    # no known bare name in the article: the local name stays
    ("Chery Kazakhstan will sell the cars.", ["Chery Kazakhstan"]),
    # a different head word is a different company
    ("Zarvo Motor Company and Zarvo Mining signed.", ["Zarvo Motor Company", "Zarvo Mining"]),
])
def test_one_company_named_two_ways(text: str, expected: list) -> None:
    assert company_names(text) == expected


# A known group's bare name after the article named one company of the group in full is that
# company's short form; not when the group is named bare first or its short name is defined.
@pytest.mark.parametrize("text, names", [
    ("The plant is built by South Korea's Daewoo Engineering & Construction (Daewoo E&C). Daewoo was chosen "
     "in October.", {"Daewoo Engineering & Construction"}),
    ("Daewoo said on Monday that Daewoo Engineering & Construction would build the plant.",
     {"Daewoo", "Daewoo Engineering & Construction"}),
    ("He thanked SOCAR Trading, the trading arm of the State Oil Company of Azerbaijan (SOCAR). SOCAR holds "
     "51 percent of the venture.", {"SOCAR Trading", "SOCAR"}),
])
def test_a_groups_bare_name_after_its_company_in_full(text: str, names: set[str]) -> None:
    assert set(company_names(text)) == names


# Industry words make no name on their own ("State Oil Company"), so "of <country>" completes it; two
# trade words joined by "and" before a legal form are one name ("Petroleum and Gas Co").
@pytest.mark.parametrize("text, names", [
    ("The State Oil Company of Azerbaijan (SOCAR) plans a refinery.", ["SOCAR"]),
    ("Rights went to Xinjiang Central Asia Petroleum and Gas Co (CAPEIC) in January.",
     ["Xinjiang Central Asia Petroleum and Gas Co"]),
    # "Oil and Gas" ends a name without a legal form; "Gas" alone heads none
    ("The venture pairs CNPC with Hazara Oil and Gas, a Kabul company.", ["CNPC", "Hazara Oil and Gas"]),
    ("Gas stoves are to follow in 2022, the company said.", []),
])
def test_industry_words_in_a_name(text: str, names: list[str]) -> None:
    assert sorted(set(company_names(text))) == names


# "<Place>-based" after "and" describes the next name only; the name before "and" stays a company.
@pytest.mark.parametrize("text, names", [
    ("The consortium was formed by Orbis Holding and Swiss-based Zarvo Group.", ["Orbis Holding", "Zarvo Group"]),
    ("The consortium was formed by Orbis Holding and Chinese-backed Zarvo Group.", ["Orbis Holding", "Zarvo Group"]),
    ("Kazakh and Chinese-backed firms bid for it.", []),
])
def test_a_name_before_and_a_based_adjective(text: str, names: list[str]) -> None:
    assert sorted(set(company_names(text))) == names


# A site a company runs under its name (a port, an airport) with a head word after it names the
# company; the site alone names none.
@pytest.mark.parametrize("text, names", [
    ("Subcontractors include Qingdao Port International and Zarvo Group.", ["Qingdao Port International", "Zarvo Group"]),
    ("Aktau Sea Port said traffic rose.", []),
    ("Aktau International Airport said traffic rose.", []),
])
def test_a_site_with_a_head_word_names_its_operator(text: str, names: list[str]) -> None:
    assert sorted(set(company_names(text))) == names


# After "the", a demonym before a company's distinctive name says where it is from; without "the",
# or before words that name nothing alone, it is part of the name.
@pytest.mark.parametrize("text, expected", [
    ("The rifles will be made by the Russian Zarvo Concern.", [("Zarvo Concern", "RU")]),
    ("Turkish Aerospace Industries will supply the drones.", [("Turkish Aerospace Industries", "TR")]),
    ("The Tajik Aluminium Company raised output.", [("Tajik Aluminium Company", "TJ")]),
])
def test_a_demonym_after_the(text: str, expected: list) -> None:
    assert [(n, c) for n, c, _ in companies(text)] == expected


# An acronym and the name whose initials it spells, in one article, are one company, though no
# bracket defines it; not an acronym that spells another name.
@pytest.mark.parametrize("text, names", [
    ("The state producer QALCO intends to cast 168,800 tonnes. In 2017 the Qorgan Aluminium Company made "
     "103,000 tonnes.", {"Qorgan Aluminium Company"}),
    ("The state producer ZMG raised output. Orbis Holding LLC said prices fell.", {"ZMG", "Orbis Holding LLC"}),
])
def test_an_acronym_and_the_name_it_spells(text: str, names: set[str]) -> None:
    assert set(company_names(text)) == names
