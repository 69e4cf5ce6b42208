"""One article in, everything it contributes to `raw` out.

`extract_article` is the pure function the loader runs in parallel: it does no
I/O, so it works the same in a worker process, a test, or another engine.
"""
from __future__ import annotations

from loaders.clean import clean_article
from loaders.entities import find_mentions, find_places
from loaders.facts import extract_facts
from loaders.records import ArticleRows, SourceDocument
from loaders.sentences import split_sentences


def extract_article(doc: SourceDocument) -> ArticleRows:
    article = clean_article(doc)
    sentences = split_sentences(article.text)
    mentions = find_mentions(article.text, sentences)
    places = find_places(article.text, sentences)
    facts = extract_facts(article, sentences, mentions, places)
    return ArticleRows(source=doc, article=article, sentences=sentences,
                       mentions=mentions, facts=facts)
