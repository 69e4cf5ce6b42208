"""What the fact extractors know about one article while they read it.

`ArticleView` turns the article-level inputs (sentences, mentions, places)
into per-sentence views with sentence-relative offsets, finds the title and
paragraphs, and computes the article's main country. Quantities and periods
are computed lazily, only for sentences that pass the cheap cue filters.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from loaders import cues
from loaders.periods import find_periods
from loaders.quantities import find_quantities
from loaders.records import CleanArticle, Mention, Period, Place, Quantity, Sentence

# Country mentions that stand for a state in a trade or agreement statement.
STATE_VIAS = frozenset({"name", "demonym", "capital", "abbreviation", "pattern", "gazetteer"})


@dataclass(frozen=True)
class Ent:
    """An entity inside one sentence (offsets into the sentence text)."""
    start: int
    end: int
    kind: str                  # 'country' | 'company' | 'place'
    name: str
    code: str | None           # country code (of the country, the company's home, the place)
    via: str
    possessive: bool = False   # "Kazakhstan's", "China’s"


@dataclass
class SentenceView:
    sentence: Sentence
    paragraph: int
    is_title: bool
    countries: list[Ent] = field(default_factory=list)
    companies: list[Ent] = field(default_factory=list)
    places: list[Ent] = field(default_factory=list)
    _quantities: list[Quantity] | None = None
    _periods: list[tuple[int, int, Period]] | None = None
    _published: date | None = None
    _prod_cue: bool | None = None

    def production_cue(self) -> bool:
        """A production verb or noun, or a capacity phrase (computed once)."""
        if self._prod_cue is None:
            self._prod_cue = bool(cues.PROD_ANY.search(self.text) or cues.CAPACITY.search(self.text))
        return self._prod_cue

    @property
    def no(self) -> int:
        return self.sentence.sentence_no

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def quantities(self) -> list[Quantity]:
        if self._quantities is None:
            self._quantities = find_quantities(self.text) if cues.has_number(self.text.lower()) else []
        return self._quantities

    @property
    def periods(self) -> list[tuple[int, int, Period]]:
        if self._periods is None:
            self._periods = find_periods(self.text, self._published)
        return self._periods

    def state_countries(self) -> list[Ent]:
        """Country mentions that name a state (not a city standing for its country)."""
        return [c for c in self.countries if c.via in STATE_VIAS and c.code]

    def companies_between(self, start: int, end: int) -> list[Ent]:
        return [c for c in self.companies if start <= c.start and c.end <= end]

    def inside_company(self, start: int, end: int) -> bool:
        return any(c.start <= start and end <= c.end for c in self.companies)


class ArticleView:
    def __init__(self, article: CleanArticle, sentences: list[Sentence], mentions: list[Mention],
                 places: list[Place]):
        self.article = article
        self.published = article.published_date
        self.sentences: list[SentenceView] = []
        title = (article.title or "").strip()
        paragraph = 0
        prev_end = 0
        text = article.text
        for s in sentences:
            if "\n" in text[prev_end:s.start]:
                paragraph += 1
            prev_end = s.end
            is_title = bool(title) and s.sentence_no <= 1 and s.text.strip() == title
            self.sentences.append(SentenceView(s, paragraph, is_title, _published=self.published))
        by_no = {v.no: v for v in self.sentences}
        for m in mentions:
            v = by_no.get(m.sentence_no)
            if v is None:
                continue
            start, end = m.start - v.sentence.start, m.end - v.sentence.start
            possessive = m.surface.endswith(("'s", "\u2019s")) or v.text.startswith(("'s", "\u2019s"), end)
            ent = Ent(start, end, m.entity_type, m.name, m.country_code, m.via, possessive)
            (v.countries if m.entity_type == "country" else v.companies).append(ent)
        for p in places:
            v = by_no.get(p.sentence_no)
            if v is None:
                continue
            v.places.append(Ent(p.start - v.sentence.start, p.end - v.sentence.start, "place",
                                p.name, p.country_code, "place"))
        for v in self.sentences:
            v.countries.sort(key=lambda e: e.start)
            v.companies.sort(key=lambda e: e.start)
            v.places.sort(key=lambda e: e.start)
        self.main_country = self._main_country()
        self.main_pair = self._main_pair()

    def _main_country(self) -> str | None:
        """The country the article is about: mentions and places, the opening weighted double."""
        score: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for v in self.sentences:
            weight = 2 if v.no <= 2 else 1
            for e in v.countries + v.places:
                if e.code:
                    score[e.code] += weight
                    first_seen.setdefault(e.code, v.no * 1000 + e.start)
        if not score:
            return None
        return max(score, key=lambda c: (score[c], -first_seen[c]))

    def _main_pair(self) -> tuple[str, str] | None:
        """The two states the article names most: "the two countries", "bilateral"."""
        score: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for v in self.sentences:
            for e in v.state_countries():
                score[e.code] += 1
                first_seen.setdefault(e.code, v.no * 1000 + e.start)
        ranked = sorted(score, key=lambda c: (-score[c], first_seen[c]))
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None

    def company_country(self, name: str | None) -> str | None:
        if not name:
            return None
        for v in self.sentences:
            for c in v.companies:
                if c.name == name and c.code:
                    return c.code
        return None
