"""One article in, everything it contributes to `raw` out: the steps, in order.

`extract_article` is the pure function the loader runs in parallel: it does no
I/O, so it works the same in a worker process, a test, or another engine.
Each step reads what earlier steps put on the `Draft` and adds its own part;
`STEPS` is the whole pipeline, in the order it runs (the bench times it step
by step).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from extraction.clean import clean_article
from extraction.entities import find_mentions, find_places
from extraction.facts import extract_facts
from extraction.facts.context import reference_date
from extraction.records import ArticleRows, CleanArticle, Facts, Mention, Place, Sentence, SourceDocument
from extraction.sentences import split_sentences


@dataclass
class Draft:
    """The article as the steps have read it so far."""
    doc: SourceDocument
    article: CleanArticle | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    facts: Facts | None = None


def _clean(d: Draft) -> None:
    d.article = clean_article(d.doc)


def _sentences(d: Draft) -> None:
    d.sentences = split_sentences(d.article.text)
    if d.article.published_date is None:
        # a wire dateline without its year ("TBILISI, August 21 /Wire/ -") on a page that prints no
        # date: the day in the year the article's own reported periods imply (context.reference_date,
        # the date its relative periods already resolve against), so that the article is dated too
        d.article = replace(d.article, published_date=reference_date(d.article.text, d.sentences))


def _entities(d: Draft) -> None:
    d.mentions = find_mentions(d.article.text, d.sentences)
    d.places = find_places(d.article.text, d.sentences)


def _facts(d: Draft) -> None:
    d.facts = extract_facts(d.article, d.sentences, d.mentions, d.places)


Step = tuple[str, Callable[[Draft], None]]

STEPS: tuple[Step, ...] = (
    ("clean", _clean),            # web debris out; title, publication date, dateline, source
    ("sentences", _sentences),    # sentences and list lines, with offsets; a year-less dateline's year
    ("entities", _entities),      # countries, companies, places
    ("facts", _facts),            # production, trade, agreements, plants
)


def extract_article(doc: SourceDocument,
                    on_error: Callable[[str, Exception], None] | None = None) -> ArticleRows:
    """Run every step on `doc`. With `on_error`, a step that fails after the article is cleaned is
    reported to it (step name, exception) and the article keeps what the earlier steps found: a
    fault in one rule costs that article's facts, not the article (its title, date, mentions)."""
    draft = Draft(doc)
    for name, step in STEPS:
        try:
            step(draft)
        except Exception as e:
            if on_error is None or draft.article is None:
                raise
            on_error(name, e)
            break
    return rows_of(draft)


def rows_of(d: Draft) -> ArticleRows:
    return ArticleRows(source=d.doc, article=d.article, sentences=d.sentences, mentions=d.mentions,
                       facts=d.facts if d.facts is not None else Facts())
