"""Strip web debris from an article and read its metadata from the text.

Pure: `clean_article(doc)` takes the decoded text and returns the cleaned text
(all later offsets point into it) with title, publication date, dateline city
and source.

The page is read line by line, once. A line is page furniture (debris.py), a
meta line ("18.05.2024 09:40 | Auto", "By Jane Doe | March 3rd, 2024": header.py),
or text; furniture and meta lines are dropped. The title is the first line when
it reads like a headline; the publication date is the document's own metadata,
else what the page's meta lines and dateline give (header.PageDates).
"""
from __future__ import annotations

import hashlib
import re

from extraction import debris
from extraction.dates import find_dates
from extraction.header import MAX_META_LINE, PageDates, read_dateline, read_meta_line
from extraction.records import CleanArticle, SourceDocument

_SHORT_LINE = max(MAX_META_LINE, debris.MAX_DEBRIS_LINE)     # longer lines are text

_LEADING_DATE_TOKEN = re.compile(r"\s*date\s*:?\s+", re.I)
_SOURCE_LINE = re.compile(r"\((?P<src>[A-Z][\w&.' -]{1,40})\)|(?i:source)\s*:\s*(?P<src2>[A-Z][\w&.' -]{1,40})")
_REPORTS = re.compile(r"\b(?P<src>[A-Z][\w-]{1,40}(?: [A-Z0-9][\w-]{0,40})?) reports\b")


def clean_article(doc: SourceDocument) -> CleanArticle:
    lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    dates = PageDates()
    source = doc.source

    # A leading "date 2023-01-06" token (feed exports) is metadata, not text.
    first = next((i for i, l in enumerate(lines) if l.strip()), None)
    if first is not None:
        t = _LEADING_DATE_TOKEN.match(lines[first])
        found = find_dates(lines[first][:80]) if t else []
        if found and found[0].start == t.end():
            dates.feed = found[0]
            dates.all.append(found[0])
            lines[first] = lines[first][found[0].end:].lstrip()

    kept: list[str] = []
    skip_next_headline = skip_block = False
    text_lines = 0
    debris_rule, headline_like, next_headline, blocks = (debris.debris_rule, debris.headline_like,
                                                         debris.NEXT_HEADLINE_RULE, debris.BLOCK_RULES)
    for raw in lines:
        line = raw.strip()
        if not line:
            skip_block = False
            kept.append("")
            continue
        if len(line) <= _SHORT_LINE:          # longer lines are paragraphs of text (most lines)
            if skip_block:
                if headline_like(line):
                    continue
                skip_block = False
            rule = debris_rule(line)
            if skip_next_headline:
                skip_next_headline = False
                if rule != next_headline:
                    continue
            meta = read_meta_line(line) if len(line) <= MAX_META_LINE else None
            if meta is not None:
                dates.add(meta, text_lines)
                continue
            if rule is not None:
                skip_next_headline = rule == next_headline
                skip_block = rule in blocks
                continue
            if line[0] in "(Ss":
                m = _SOURCE_LINE.fullmatch(line)
                if m:
                    source = source or m["src"] or m["src2"]
                    continue
        else:
            skip_block = skip_next_headline = False
        if "|" in line:                                   # "LIVE | 17 April 2019 | Talks in Ashgabat"
            dates.add_strip(line, text_lines)
        text_lines += 1
        kept.append(raw.rstrip())
    dates.end(text_lines)

    text = _join(kept)
    title = _title(text)
    body = text[len(title):].lstrip() if title and text.startswith(title) else text
    dateline = read_dateline(body[:200])
    source = source or (dateline.source if dateline else None) or _reports_source(body)
    published = doc.published_date or dates.publication_date(dateline, doc.text)
    return CleanArticle(
        article_id=article_id(text), text=text, title=title or doc.title,
        published_date=published, dateline=dateline.city if dateline else None, source=source,
    )


def article_id(text: str) -> str:
    """Stable id: SHA-256 of the text with whitespace collapsed and case folded."""
    norm = _collapse_spaces(text).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


# What str.isspace() accepts besides " " and "\n" (the set has not changed since Unicode 6.3).
_RARE_SPACES = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_RARE_ASCII_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
_SPACE_RUN = re.compile(" {2,}")


def _collapse_spaces(text: str) -> str:
    """" ".join(text.split()): white-space runs as one space, none at the ends. Splitting
    makes an object per word; cleaned text has only spaces and newlines (\r and no-break
    spaces are gone), where a few replace() calls give the same string several times faster."""
    for ch in _RARE_ASCII_SPACES if text.isascii() else _RARE_SPACES:
        if ch in text:
            return " ".join(text.split())
    text = " ".join(filter(None, text.split("\n")))     # a few lines, not hundreds of words
    if "  " in text:                                      # rare: several spaces in a line
        text = _SPACE_RUN.sub(" ", text)
    return text.strip(" ")


def _join(lines: list[str]) -> str:
    """The kept lines ('' for a blank one; none holds a newline) as text: no blank lines at
    the ends, at most one between paragraphs. (Done on the list: the same as
    re.sub(r"\n{3,}", "\n\n", ...) on the joined text, without scanning it.)"""
    out: list[str] = []
    blank = True                                          # drop leading blank lines
    for line in lines:
        if line:
            out.append(line)
            blank = False
        elif not blank:
            out.append(line)
            blank = True
    if blank and out:
        out.pop()                                         # a trailing blank line
    return "\n".join(out).strip()


def _title(text: str) -> str | None:
    """The first line when it reads like a headline: short, own paragraph, no final period."""
    end = text.find("\n")
    if end < 0:
        return None
    first = text[:end].strip()
    if not first or len(first) > 160 or first.endswith((".", ":", ";", ",")):
        return None
    if read_dateline(first + " ") is not None:
        return None
    words = first.split()
    return first if 2 <= len(words) <= 25 else None


def _reports_source(body: str) -> str | None:
    """"..., Trend reports": the outlet named in the first paragraph."""
    end = body.find("\n")
    first_para = body[:end] if end >= 0 else body
    m = _REPORTS.search(first_para)
    return m["src"] if m else None
