"""What the fact extractors know about one article while they read it.

`ArticleView` turns the article-level inputs (sentences, mentions, places)
into per-sentence views with sentence-relative offsets, finds the title and
paragraphs, and computes the article's main country. Quantities and periods
are computed lazily, only for sentences that pass the cheap cue filters.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Callable, Iterator, NamedTuple, TypeVar

from extraction import lexicon
from extraction.facts import cues
from extraction.entities import country_code_for
from extraction.periods import find_periods
from extraction.quantities import find_quantities
from extraction.records import CleanArticle, Mention, Period, Place, Quantity, Sentence

T = TypeVar("T")

# Country mentions that stand for a state in a trade or agreement statement.
STATE_VIAS = frozenset({"name", "demonym", "capital", "abbreviation", "pattern", "gazetteer"})


class Ent(NamedTuple):
    """An entity inside one sentence (offsets into the sentence text).
    A named tuple: immutable like a frozen dataclass, and several times cheaper
    to create (an article has a few dozen)."""
    start: int
    end: int
    kind: str                  # 'country' | 'company' | 'place'
    name: str
    code: str | None           # country code (of the country, the company's home, the place)
    via: str
    possessive: bool = False   # "Kazakhstan's", "China’s"


class SentenceView:
    """One sentence as the fact extractors see it.

    What is derived from the text alone (lower-cased copy, number test, break
    positions, quantities, periods) is computed at most once, on first use:
    the extractors ask the same questions of a sentence many times, and one
    regex scan of a sentence costs microseconds.
    """
    __slots__ = ("sentence", "no", "text", "low", "paragraph", "is_title", "countries", "companies", "places",
                 "_published", "_exact_low", "_stems", "_has_number", "_quantities", "_periods",
                 "_found", "_states", "_spans", "_matches", "_memo")

    def __init__(self, sentence: Sentence, paragraph: int, is_title: bool, published: date | None = None):
        self.sentence = sentence
        self.no = sentence.sentence_no
        self.text = sentence.text
        self.low = sentence.text.lower()
        self.paragraph = paragraph
        self.is_title = is_title
        self.countries: list[Ent] = []
        self.companies: list[Ent] = []
        self.places: list[Ent] = []
        self._published = published
        # Lower-casing keeps every character in place unless the text has "İ"
        # (it becomes two characters); only then can a re.I cue match what
        # `low` does not show, so `mentions_any` gives up its shortcut.
        self._exact_low = len(self.low) == len(self.text)
        self._stems: set[str] | None = None
        self._has_number: bool | None = None
        self._quantities: list[Quantity] | None = None
        self._periods: list[tuple[int, int, Period]] | None = None
        self._found: dict[object, bool] = {}
        self._states: list[Ent] | None = None
        self._spans: dict[object, list[tuple[int, int]]] = {}
        self._matches: dict[object, list[re.Match]] = {}
        self._memo: dict[object, object] = {}

    def contains_any(self, stems: tuple[str, ...]) -> bool:
        """Whether one of `stems` occurs in the lower-cased sentence (`cues.has_any`)."""
        if self._stems is None:
            self._stems = cues.stems_in(self.low)
        return cues.any_stem(self._stems, self.low, stems)

    def mentions_any(self, stems: tuple[str, ...]) -> bool:
        """False only when none of `stems` occurs in the lower-cased sentence:
        the cheap test run before a cue pattern that needs one of them."""
        return not self._exact_low or self.contains_any(stems)

    @property
    def has_number(self) -> bool:
        if self._has_number is None:
            if self._stems is None:
                self._stems = cues.stems_in(self.low)
            self._has_number = cues.has_number(self.low, self._stems)
        return self._has_number

    def has(self, rx: re.Pattern) -> bool:
        """Whether the cue `rx` matches anywhere in the sentence (computed once
        per cue; skipped when none of its `cues.CUE_STEMS` occurs)."""
        found = self._found.get(rx)
        if found is None:
            stems = cues.CUE_STEMS.get(rx)
            found = (stems is None or self.mentions_any(stems)) and rx.search(self.text) is not None
            self._found[rx] = found
        return found

    def production_cue(self) -> bool:
        """A production verb or noun, or a capacity phrase."""
        return self.has(cues.PROD_ANY) or self.has(cues.CAPACITY)

    def spans(self, rx: re.Pattern) -> list[tuple[int, int]]:
        """(start, end) of every match of `rx` in the sentence (computed once per
        pattern; none without one of its `cues.CUE_STEMS`)."""
        found = self._spans.get(rx)
        if found is None:
            found = self._spans[rx] = [m.span() for m in self.matches(rx)]
        return found

    def matches(self, rx: re.Pattern) -> list[re.Match]:
        """Every match of `rx` in the sentence (computed once per pattern; none
        without one of its `cues.CUE_STEMS`)."""
        found = self._matches.get(rx)
        if found is None:
            stems = cues.CUE_STEMS.get(rx)
            if stems is None or self.mentions_any(stems):
                found = list(rx.finditer(self.text))
            else:
                found = []
            self._matches[rx] = found
        return found

    def first(self, rx: re.Pattern) -> re.Match | None:
        """`rx.search(text)`, from `matches(rx)`."""
        found = self.matches(rx)
        return found[0] if found else None

    def matches_from(self, rx: re.Pattern, pos: int) -> list[re.Match] | Iterator[re.Match]:
        """What `rx.finditer(text, pos)` yields, read from `matches(rx)`: a scan
        from `pos` finds the same matches as the scan of the whole sentence,
        unless one of those starts before `pos` and ends after it."""
        found = self.matches(rx)
        if any(m.start() < pos < m.end() for m in found):
            return rx.finditer(self.text, pos)
        return [m for m in found if m.start() >= pos]

    def once(self, compute: Callable[[SentenceView], T]) -> T:
        """compute(self), remembered: for helpers of the fact modules that are
        pure functions of the sentence but asked for several times."""
        try:
            return self._memo[compute]
        except KeyError:
            value = self._memo[compute] = compute(self)
            return value

    @property
    def quantities(self) -> list[Quantity]:
        if self._quantities is None:
            self._quantities = find_quantities(self.text) if self.has_number else []
        return self._quantities

    @property
    def periods(self) -> list[tuple[int, int, Period]]:
        if self._periods is None:
            found = find_periods(self.text, self._published)
            dateline = cues.DATELINE.match(self.text) if self.text[:2].isupper() else None
            if dateline:
                # "ASTANA, March 4, 2022 (Kazinform) - Trade grew ... last year": the dateline's
                # date is when the story was filed, not a period of its figures
                found = [hit for hit in found if hit[0] >= dateline.end()]
            self._periods = found
        return self._periods

    def state_countries(self) -> list[Ent]:
        """Country mentions that name a state (not a city standing for its country), except the
        country of a source ("according to Polish industry media") and a language ("Spanish-speaking"). Computed on first use, once
        the article view has placed every mention."""
        if self._states is None:
            text = self.text
            self._states = [c for c in self.countries if c.via in STATE_VIAS and c.code
                            and not (c.via == "demonym" and _SOURCE_AFTER.match(text, c.end)
                                     and cues.ATTRIBUTION_BEFORE.search(text, max(0, c.start - 20), c.start))
                            and not (c.via == "demonym" and text.startswith("-speaking", c.end))]
        return self._states

    def companies_between(self, start: int, end: int) -> list[Ent]:
        return [c for c in self.companies if start <= c.start and c.end <= end]

    def inside_company(self, start: int, end: int) -> bool:
        return any(c.start <= start and end <= c.end for c in self.companies)


_START = attrgetter("start")
_SOURCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:media|press|sources?|officials|analysts|experts|statistics|data"
                           r"|customs|news\s+agency|agency)\b")


_OTHER_SIDE = re.compile(r"\b(?:with|(?<!according\s)to|from|into|by)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
_LABEL_AFTER = re.compile(r"\s*(?:[-\u2013\u2014:|]|\()")


_MONTH_WORD = lexicon.alternation(lexicon.capitalised(list(lexicon.MONTHS) + list(lexicon.MONTH_ABBREVIATIONS)))
# "BEIJING, Dec 10 (EAW) -", "MINSK, 28 August (BelTA) -": a wire dateline that gives no year
_DATELINE_DAY = re.compile(r"^[A-Z][A-Z .'\u2019-]{1,30},\s+(?:(?P<m1>" + _MONTH_WORD + r")\.?\s+(?P<d1>\d{1,2})"
                           r"|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH_WORD + r"))\b(?!,?\s+\d{4})", re.M)
# "until 2026", "by 2030": a deadline, not a period the article reports on
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by|through|to|before|towards?)\s+(?:the\s+end\s+of\s+)?$", re.I)

# a figure reported for a past period, beyond the verbs of `cues.ACTUAL_VERB`
# a bare copula reports a figure only beside one: "trade was $2 billion in 2021", not "Iran was the
# first to recognise Kazakhstan after 1991"
_COPULA = re.compile(r"(?i:was|were|is|are|been)")
_REPORTED = re.compile(r"\b(?:came\s+to|stood\s+at|amounted\s+to|added\s+up\s+to)\b", re.I)


def _reports(text: str) -> bool:
    """Does the sentence report a figure (a table row, "came to", a verb of output or trade)?"""
    return ("|" in text or _REPORTED.search(text) is not None
            or any(not _COPULA.fullmatch(v[0]) for v in cues.ACTUAL_VERB.finditer(text))
            or (cues.ACTUAL_VERB.search(text) is not None and bool(find_quantities(text))))


def reference_date(text: str, sentences: list[Sentence]) -> date | None:
    """The day a wire dateline gives without its year ("Dec 10"), in the year the article's figures
    imply: the first such day on or after the end of the latest part of a year the article reports
    on ("in January-November 2024" -> 2024), else of the latest whole year it reports a figure for
    ("rose ... in 2023" with "Jan 23" -> 2024); a table's heading or row ("Period 2021 | Turnover |
    Exports") names the period of its figures. With no figure reported, a near plan's part of a year
    ("to begin in the first half of 2016") bounds it from above. None without such a dateline."""
    m = _DATELINE_DAY.search(text, 0, 400)
    if m is None:
        return None
    month = lexicon.month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    part: date | None = None
    whole: date | None = None
    ahead: date | None = None           # the end of the nearest part of a year a plan is for
    named: int | None = None            # the latest year named outside goals, plans and deadlines
    since: date | None = None           # the latest start of a state still going on ("since May 2011")
    planned: int | None = None          # the earliest year a plan or goal is for
    for s in sentences:
        periods = find_periods(s.text, None)
        if not periods:
            continue
        since, planned = _open_and_planned(s.text, periods, since, planned)
        if not (cues.TARGET.search(s.text) or cues.PLAN.search(s.text)):
            named = max([named or 0] + [p.end.year for start, _, p in periods if p.end is not None
                                        and not _DEADLINE_BEFORE.search(s.text, max(0, start - 24), start)]) or None
        if cues.TARGET.search(s.text) or cues.PLAN.search(s.text):
            # a goal's year says nothing of when the article was written; a near plan ("plans to
            # begin in the first half of 2016") only that it was written before the plan's part ends
            for start, _, p in periods:
                if p.start is not None and p.end is not None and (p.end - p.start).days < 360 \
                        and not _DEADLINE_BEFORE.search(s.text, max(0, start - 24), start):
                    ahead = min(ahead or p.end, p.end)
            if cues.TARGET.search(s.text):
                continue
        reported: bool | None = None    # asked only of a whole year, the rarer case
        for start, _, p in periods:
            if p.start is None or p.end is None or _DEADLINE_BEFORE.search(s.text, max(0, start - 24), start):
                continue
            if (p.end - p.start).days < 360:
                part = max(part or p.end, p.end)
                continue
            if reported is None:
                reported = _reports(s.text)
            if reported:
                whole = max(whole or p.end, p.end)
    latest = max(part or whole, whole or part) if part or whole else None
    if latest is not None and since is not None:
        latest = max(latest, since)     # only beside a reported figure: "since 1998" alone dates nothing
    if month is None:
        return None
    if latest is None and ahead is None:
        return _lead_weekday_day(text, m.end(), month, day, named)
    try:
        if latest is None:
            # the last such day on or before the end of the nearest plan: a plan is news shortly before
            day_in = date(ahead.year, month, day)
            return day_in if day_in <= ahead else date(ahead.year - 1, month, day)
        day_in = date(latest.year, month, day)
        day_in = day_in if day_in >= latest else date(latest.year + 1, month, day)
    except ValueError:
        return None
    return _on_lead_weekday(text, m.end(), day_in, planned)


def _open_and_planned(text: str, periods: list, since: date | None,
                      planned: int | None) -> tuple[date | None, int | None]:
    """`since` and `planned` (see reference_date) updated with one sentence's periods: an open
    period's start ("have been assembling since September 2011": the article is later), and the
    first year of a plan ("1,800 cars are planned for 2017": the article is no later than 2017)."""
    plan = None
    for start, _, p in periods:
        if p.start is None or _DEADLINE_BEFORE.search(text, max(0, start - 24), start):
            continue
        if p.end is None:
            since = max(since or p.start, p.start)
        else:
            if plan is None:
                plan = bool(cues.TARGET.search(text) or cues.PLAN.search(text))
            if plan:
                planned = min(planned or p.start.year, p.start.year)
    return since, planned


# how many years after the figures' year a lead's weekday may move a dateline's day when no plan
# bounds it: a page is news of the year its figures end in or the next
_WEEKDAY_YEARS_AHEAD = 1


def _on_lead_weekday(text: str, after: int, day_in: date, planned: int | None) -> date:
    """`day_in`, the dateline's day in the first year the figures allow, moved to a later year
    on the one weekday the lead names ("MINSK, 17 November (Wire) - ... on Friday", figures of 2015
    and plans for 2017: Friday 17 November 2017), when exactly one year up to the first year a plan
    is for (else the next year) has it. Only later years: a lead's weekday may be the day before
    the dateline's, which a year or two later never falls on, and the figures bound the year
    from below."""
    weekday = _lead_weekday(text, after)
    if weekday is None or day_in.weekday() == weekday:
        return day_in
    last = planned if planned is not None and planned > day_in.year else day_in.year + _WEEKDAY_YEARS_AHEAD
    fits = [d for d in (_day_in_year(day_in, y) for y in range(day_in.year + 1, last + 1))
            if d is not None and d.weekday() == weekday]
    return fits[0] if len(fits) == 1 else day_in


def _day_in_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:                  # 29 February
        return None


# A weekday the lead names: "the ministry said on Monday", "signed on Friday"
_WEEKDAY_WORD = re.compile(r"\b(?:" + lexicon.alternation(lexicon.capitalised(lexicon.WEEKDAYS)) + r")\b")


def _lead_weekday_day(text: str, after: int, month: int, day: int, named: int | None) -> date | None:
    """The dateline's day in `named`, the latest year the article names outside its goals, plans and
    deadlines, when that day falls on the one weekday the lead (the dateline's paragraph) names
    ("ULAANBAATAR, October 24 (Wire) - ... said on Monday" with figures "since the beginning of
    2022": Monday 24 October 2022). Two pieces of evidence that must agree: a lead's weekday may be
    the day before the dateline's ("put into operation on Monday" under a Tuesday's dateline) and a
    year named may be only the last one reported, so either alone would date a page wrongly, and a
    wrong date is worse than none (relative periods resolve against it). None otherwise."""
    if named is None:
        return None
    weekday = _lead_weekday(text, after)
    if weekday is None:
        return None
    try:
        d = date(named, month, day)
    except ValueError:
        return None
    return d if d.weekday() == weekday else None


def _lead_weekday(text: str, after: int) -> int | None:
    """The one weekday (0 = Monday) the lead, the dateline's paragraph from `after`, names, else None."""
    end = text.find("\n", after)
    names = {w.lower() for w in _WEEKDAY_WORD.findall(text, after, end if end >= 0 else len(text))}
    return lexicon.WEEKDAYS[names.pop()] if len(names) == 1 else None


# A person introduced as a state's office holder: "Kazakh President Kassym-Jomart Tokayev", "Russia's
# Prime Minister X", "his Azerbaijani counterpart Ilham Aliyev" (the country mention before), "the
# President of Kazakhstan, X" (after), "X, the president of Kazakhstan" (the name before).
_OFFICE = (r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]ounterpart|[Ll]eader|[Cc]hancellor|[Kk]ing|[Ee]mir"
           r"|[Ss]ultan|[Ff]oreign\s+[Mm]inister|[Vv]ice[\s-]+[Pp]resident|[Hh]ead\s+of\s+[Ss]tate)")
_PERSON = r"((?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+)"
_OFFICE_THEN_NAME = re.compile(r"(?:['\u2019]s)?\s+" + _OFFICE + r",?\s+" + _PERSON + r"\b")
_OFFICE_OF = re.compile(_OFFICE + r"\s+of\s+(?:the\s+)?$")
_NAME_AFTER = re.compile(r",?\s+" + _PERSON + r"\b")
_NAME_THEN_OFFICE = re.compile(_PERSON + r",\s+(?:the\s+)?(?:[\w-]+\s+)?" + _OFFICE.lower() + r"\s+of\s+(?:the\s+)?$")
# words that end a name run: "Tokayev and", "Putin On"
_NOT_NAME = frozenset({"And", "The", "On", "In", "At", "Of", "During", "After", "With", "His", "Her", "Who", "Said"})


def _name_words(run: str) -> list[str]:
    """The words of a person's name a later mention may use alone: all but a leading title-cased
    function word ("Xi Jinping" -> Xi, Jinping; a surname and, for Chinese order, the first word)."""
    words = []
    for w in run.split():
        if w in _NOT_NAME:
            break
        words.append(w.rstrip("'\u2019s") if w.endswith(("'s", "\u2019s")) else w)
    return [w for w in words if len(w) >= 2]


def office_holders(sentences: list[SentenceView]) -> dict[str, str]:
    """The names of persons the article introduces as a state's office holder, each word of the
    name (a later "Tokayev", "Xi") to that state's code. The first state given a name keeps it."""
    found: dict[str, str] = {}
    for v in sentences:
        text = v.text
        for c in v.state_countries():
            names: list[str] = []
            if (m := _OFFICE_THEN_NAME.match(text, c.end)) is not None:
                names = _name_words(m.group(1))
            elif _OFFICE_OF.search(text, max(0, c.start - 40), c.start) and (m := _NAME_AFTER.match(text, c.end)):
                names = _name_words(m.group(1))
            elif (m := _NAME_THEN_OFFICE.search(text, max(0, c.start - 90), c.start)) is not None:
                names = _name_words(m.group(1))
            for w in names:
                if not any(e.start <= text.find(w) < e.end for e in v.countries):
                    found.setdefault(w, c.code)
    return found


_WORD = re.compile(r"[^\W\d_]{2,}")


class ArticleView:
    def __init__(self, article: CleanArticle, sentences: list[Sentence], mentions: list[Mention],
                 places: list[Place]):
        self.article = article
        self.published = article.published_date
        # the date relative periods ("last year", "in November") resolve against: the publication
        # date, else a dateline's day and month in the year the article's own figures imply
        self.reference = self.published or reference_date(article.text, sentences)
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
            self.sentences.append(SentenceView(s, paragraph, is_title, self.reference))
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
            for ents in (v.countries, v.companies, v.places):
                if len(ents) > 1:
                    ents.sort(key=_START)
        self.main_country = self._main_country()
        self.main_pair = self._main_pair()
        self._office_holders: dict[str, str] | None = None
        # the lead: the paragraph of the first sentence that is no headline
        self.lead_paragraph = next((v.paragraph for v in self.sentences if not v.is_title), None)

    @property
    def office_holders(self) -> dict[str, str]:
        """`office_holders` of the article, computed on first use (agreements ask it)."""
        if self._office_holders is None:
            self._office_holders = office_holders(self.sentences)
        return self._office_holders

    def enter_story(self, headline: SentenceView) -> None:
        """A digest's next story starts at `headline`: the country and the pair it is about are its
        own, from its sentences up to the next story's headline."""
        story = [headline]
        for v in self.sentences[headline.no + 1:]:
            if self.story_headline(v):
                break
            story.append(v)
        self.main_country = self._main_country(story, dateline=False)
        self.main_pair = self._main_pair(story)

    @cached_property
    def lower_case(self) -> bool:
        """Written in lower case, as news is (a wire in capitals has no headlines told by them);
        counted only when a line in capitals asks."""
        text = self.article.text
        return sum(c.islower() for c in text) > sum(c.isupper() for c in text)

    def story_headline(self, view: SentenceView) -> bool:
        """A headline inside the body: a line of its own paragraph, of four words or more, in
        capitals in an article written in lower case ("KYRGYZSTAN SOLD 20 TONNES OF GOLD ABROAD")."""
        text = view.text
        if view.is_title or text != text.upper() or len(_WORD.findall(text)) < 4 or not self.lower_case:
            return False
        near = [v.paragraph for v in self.sentences[max(0, view.no - 1):view.no + 2] if v is not view]
        return view.paragraph not in near

    def _main_country(self, sentences: list[SentenceView] | None = None, dateline: bool = True) -> str | None:
        """The country the article (or one story of it) is about: mentions and places, the opening
        weighted double; a state named only as the other side ("exports to Kazakhstan", a partner
        list's label) counts for little, a state named as owner ("Uzbekistan's exports") for more."""
        score: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        sentences = self.sentences if sentences is None else sentences
        opening = sentences[0].no + 2 if sentences else 0
        for v in sentences:
            weight = 2 if v.no <= opening else 1
            text = v.text
            for ents in (v.countries, v.places):
                for e in ents:
                    if e.code:
                        w = weight
                        if _OTHER_SIDE.search(text, max(0, e.start - 20), e.start) or e.start <= 3 and \
                                _LABEL_AFTER.match(text, e.end):
                            w *= 0.25
                        elif e.possessive:
                            w *= 2
                        if e.code in score:
                            score[e.code] += w
                        else:
                            score[e.code] = w
                            first_seen[e.code] = v.no * 1000 + e.start
        dateline = country_code_for(self.article.dateline) if self.article.dateline and dateline else None
        if dateline:
            # "ASHGABAT -": where the story is filed is, more often than not, what it is about
            score[dateline] = score.get(dateline, 0) + 3
            first_seen.setdefault(dateline, -1)
        if not score:
            return None
        return max(score, key=lambda c: (score[c], -first_seen[c]))

    def _main_pair(self, sentences: list[SentenceView] | None = None) -> tuple[str, str] | None:
        """The two states the article (or one story of it) names most: "the two countries", "bilateral"."""
        score: dict[str, int] = {}
        first_seen: dict[str, int] = {}
        for v in self.sentences if sentences is None else sentences:
            for e in v.state_countries():
                if e.code in score:
                    score[e.code] += 1
                else:
                    score[e.code] = 1
                    first_seen[e.code] = v.no * 1000 + e.start
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
