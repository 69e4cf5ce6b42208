"""Extraction: one article's text in, its entities and facts out (pure, no I/O).

`extraction.pipeline.extract_article` is the entry point; `loaders` reads files
and writes what it returns to the `raw` schema.
"""
