"""Build `extract_facts` inputs from a small invented gazetteer, so the fact
tests do not depend on the entity finder."""
from __future__ import annotations

import re
from datetime import date

from extraction.facts import extract_facts
from extraction.records import CleanArticle, Facts, Mention, Place
from extraction.sentences import split_sentences

COUNTRIES = {
    "Kazakhstan": ("KZ", "name"), "Kazakh": ("KZ", "demonym"), "Astana": ("KZ", "capital"),
    "Georgia": ("GE", "name"), "Georgian": ("GE", "demonym"), "Tbilisi": ("GE", "capital"),
    "Azerbaijan": ("AZ", "name"), "Azerbaijani": ("AZ", "demonym"),
    "Uzbekistan": ("UZ", "name"), "Uzbek": ("UZ", "demonym"),
    "Kyrgyzstan": ("KG", "name"), "Russia": ("RU", "name"), "Russian": ("RU", "demonym"),
    "China": ("CN", "name"), "Chinese": ("CN", "demonym"), "Turkish": ("TR", "demonym"),
    "Turkiye": ("TR", "name"), "Mongolia": ("MN", "name"), "Tajikistan": ("TJ", "name"),
    "Pakistan": ("PK", "name"), "Pakistani": ("PK", "demonym"), "Islamabad": ("PK", "capital"),
    "India": ("IN", "name"), "Indian": ("IN", "demonym"), "Japan": ("JP", "name"), "Japanese": ("JP", "demonym"),
    # names in capitals (a headline's), long forms, as the entity finder returns them (without the article)
    "TAJIKISTAN": ("TJ", "name"), "KYRGYZSTAN": ("KG", "name"), "Egypt": ("EG", "name"), "Algeria": ("DZ", "name"),
    "Republic of Kazakhstan": ("KZ", "name"), "Kyrgyz Republic": ("KG", "name"),
}
COMPANIES = {
    "Orda Auto": "KZ", "Steppe Motors": "KZ", "Caspian Wheels": "AZ", "Kartli Motors": "GE",
    "Silk Road Tractors": "UZ", "Altyn Tyre": "KZ", "Dragon Trucks": "CN",
}
PLACES = {"Almaty": "KZ", "Shymkent": "KZ", "Baku": "AZ", "Kutaisi": "GE", "Namangan": "UZ", "Karaganda": "KZ"}


def _alternation(names) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![a-z])")


_COMPANY_RX = _alternation(COMPANIES)
_COUNTRY_RX = _alternation(COUNTRIES)
_PLACE_RX = _alternation(PLACES)


def facts_of(text: str, published: date | None = date(2024, 5, 15), title: str | None = None) -> Facts:
    article = CleanArticle("test", text, title, published, None, None)
    sentences = split_sentences(text)

    def sentence_no(pos: int) -> int:
        return next(s.sentence_no for s in sentences if s.start <= pos < s.end)

    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _COMPANY_RX.finditer(text):
        mentions.append(Mention("company", sentence_no(m.start()), m.start(), m.end(), m.group(), m.group(),
                                COMPANIES[m.group()], "gazetteer"))
        taken.append((m.start(), m.end()))
    for m in _COUNTRY_RX.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        code, via = COUNTRIES[m.group()]
        mentions.append(Mention("country", sentence_no(m.start()), m.start(), m.end(), m.group(), m.group(),
                                code, via))
    places = [Place(sentence_no(m.start()), m.start(), m.end(), m.group(), PLACES[m.group()])
              for m in _PLACE_RX.finditer(text)]
    mentions.sort(key=lambda m: m.start)
    return extract_facts(article, sentences, mentions, places)
