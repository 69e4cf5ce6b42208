"""One article in, everything it contributes to `raw` out: the steps, in order.

`extract_article` is the pure function the loader runs in parallel: it does no
I/O, so it works the same in a worker process, a test, or another engine.
Each step reads what earlier steps put on the `Draft` and adds its own part;
`STEPS` is the whole pipeline, in the order it runs (the bench times it step
by step).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from extraction.clean import clean_article
from extraction.entities import find_mentions, find_places
from extraction.facts import extract_facts
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


def _entities(d: Draft) -> None:
    d.mentions = find_mentions(d.article.text, d.sentences)
    d.places = find_places(d.article.text, d.sentences)


def _facts(d: Draft) -> None:
    d.facts = extract_facts(d.article, d.sentences, d.mentions, d.places)


Step = tuple[str, Callable[[Draft], None]]

STEPS: tuple[Step, ...] = (
    ("clean", _clean),            # web debris out; title, publication date, dateline, source
    ("sentences", _sentences),    # sentences and list lines, with offsets
    ("entities", _entities),      # countries, companies, places
    ("facts", _facts),            # production, trade, agreements, plants
)


def extract_article(doc: SourceDocument) -> ArticleRows:
    draft = Draft(doc)
    for _, step in STEPS:
        step(draft)
    return rows_of(draft)


def rows_of(d: Draft) -> ArticleRows:
    return ArticleRows(source=d.doc, article=d.article, sentences=d.sentences, mentions=d.mentions,
                       facts=d.facts)
