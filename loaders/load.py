"""Load a directory of articles into the `raw` schema of a DuckDB file.

    python -m loaders.load --articles DIR --warehouse FILE [--strict] [--parquet DIR]

Incremental: a file already loaded with the same size and modification time is
not read again, and an article whose `article_id` is already in `raw.articles`
is not written again, so loading the same directory twice changes nothing and
a directory with new files adds only them. Extraction runs on every core.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

from extraction.pipeline import extract_article
from loaders.raw_store import RowBuffer, Writer, create_raw_schema, known_article_ids, load_row, now
from extraction.records import LoadError, SourceDocument
from loaders.sources import DEFAULT_MAX_BYTES, InputFile, discover, read_file

BATCH_ARTICLES = 5_000      # rows buffered per insert: big enough to amortise, small enough to stay flat
CHUNK = 64                  # documents per task sent to a worker
LOADER_MEMORY = "128MB"     # DuckDB buffer pool of the writer (appends only: a small pool is as fast)
WINDOW = 4                  # chunks in flight per worker: enough to keep every core busy


@dataclass
class LoadResult:
    load_id: str
    files_seen: int = 0
    files_skipped: int = 0      # unchanged since an earlier load
    articles_new: int = 0
    articles_duplicate: int = 0
    errors: list[LoadError] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0


def load(articles: Path, warehouse: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
         parquet_dir: Path | None = None, workers: int | None = None,
         progress: bool | None = None, log=print) -> LoadResult:
    """Load every article under `articles` into `warehouse` (created if missing)."""
    started, t0 = now(), time.perf_counter()
    result = LoadResult(load_id=new_load_id(started))
    files = discover(articles)
    result.files_seen = len(files)
    # A bounded buffer pool keeps the writer's memory flat however big the
    # warehouse grows (DuckDB's default is 80% of RAM, kept as cache).
    # DuckDB's vacuum stays on. At each checkpoint it merges the row groups
    # of earlier batches, the largest part of the writer's peak at scale
    # (595 MB in a 100,000-article load, 412 MB without vacuum), but turned
    # off here it only waited for the next checkpoint, dbt's, which then
    # rewrote the whole raw layer at once and left half the file free.
    con = duckdb.connect(str(warehouse), config={"memory_limit": LOADER_MEMORY})
    try:
        create_raw_schema(con)
        tally = Tally(result, known_article_ids(con))
        seen = set(con.execute("select path, size_bytes, modified_ns from raw.files").fetchall())
        todo = changed_files(files, seen)
        result.files_skipped = len(files) - len(todo)
        reporter = _Progress(sum(size for _, size, _ in todo), progress)
        writer = Writer(con, parquet_dir, result.load_id)
        for chunk in _extract_all([f for f, _, _ in todo], max_bytes, workers, result.load_id):
            writer.add(chunk.tables, tally.add(chunk.outcomes, log, reporter.update))
            if writer.articles >= BATCH_ARTICLES:
                writer.flush()
        writer.add_rows("load_errors", tally.error_rows)
        writer.add_rows("files", tally.files_rows(todo))
        writer.flush()
        reporter.done()
        result.seconds = time.perf_counter() - t0
        writer.add_rows("loads", [load_row(result.load_id, started, str(articles), result.files_seen,
                                           result.articles_new, result.articles_duplicate,
                                           len(result.errors))])
        writer.close()
        con.execute("checkpoint")
    finally:
        con.close()
    return result


def new_load_id(started: datetime) -> str:
    return started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def changed_files(files: list[InputFile], seen: set[tuple]) -> list[tuple[InputFile, int, int]]:
    """(file, size, mtime_ns) of each file not among `seen` (raw.files rows: path, size, mtime)."""
    out = []
    for f in files:
        try:
            st = f.path.stat()
        except OSError:
            out.append((f, 0, 0))        # read_file reports why
            continue
        # Two ints, not the stat_result: a 100,000-file load keeps 70 MB less.
        if (f.display, st.st_size, st.st_mtime_ns) not in seen:
            out.append((f, st.st_size, st.st_mtime_ns))
    return out


class Tally:
    """A load's account of its documents, chunk by chunk in input order: which
    articles are new, which are duplicates (of an earlier document, or of an
    article loaded before), which inputs were rejected, and what each file gave."""

    def __init__(self, result: LoadResult, known_ids: set[str]) -> None:
        self.result, self.known_ids = result, known_ids
        self.per_file: dict[str, list[int]] = {}
        self.error_rows: list[tuple] = []       # raw.load_errors rows

    def add(self, outcomes: list[Outcome], log=print, progress=lambda chars: None) -> set[str]:
        """Count one chunk's outcomes; returns the article ids to drop from its tables."""
        result, dropped = self.result, set()
        for o in outcomes:
            counts = self.per_file.setdefault(_file_of(o.path), [0, 0])
            if o.error is not None:
                result.errors.append(o.error)
                self.error_rows.append((result.load_id, o.error.path, o.error.reason, o.error.detail, now()))
                log(f"rejected {o.error.detail}", file=sys.stderr)
                counts[1] += 1
                continue
            counts[0] += 1
            result.bytes_read += o.chars
            progress(o.chars)
            if o.duplicate or o.article_id in self.known_ids:
                result.articles_duplicate += 1
                if not o.duplicate:
                    dropped.add(o.article_id)
                continue
            self.known_ids.add(o.article_id)
            result.articles_new += 1
        return dropped

    def files_rows(self, todo: list[tuple[InputFile, int, int]]) -> list[tuple]:
        """raw.files rows of the files read."""
        rows = []
        for f, size, mtime_ns in todo:
            articles_in_file, errors_in_file = self.per_file.get(f.display, [0, 0])
            # A file with a rejection is read again next time: it is reported
            # again (and fails --strict again) until it is fixed or removed.
            if not errors_in_file:
                rows.append((f.display, size, mtime_ns, self.result.load_id, articles_in_file, errors_in_file))
        return rows


def _file_of(path: str) -> str:
    # "dir/a.jsonl:12" -> "dir/a.jsonl" (a line of a .jsonl file)
    head, sep, tail = path.rpartition(":")
    return head if sep and tail.isdigit() else path


@dataclass
class Outcome:
    """What became of one document of a chunk."""
    path: str                       # file (and line, for .jsonl) it came from
    chars: int = 0
    article_id: str | None = None
    error: LoadError | None = None
    duplicate: bool = False         # same text as an earlier document of the same chunk


@dataclass
class ChunkResult:
    outcomes: list[Outcome]
    tables: dict[str, pa.Table]     # raw rows of the chunk's distinct articles


def tasks(files: Iterable[InputFile], max_bytes: int) -> Iterator[InputFile | SourceDocument | LoadError]:
    # A .txt file is read by the worker that extracts it; a .jsonl file is
    # split into its lines here, so a big .jsonl file still spreads over every core.
    for f in files:
        if f.path.suffix.lower() == ".jsonl":
            yield from read_file(f, max_bytes)
        else:
            yield f


def chunks_of(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_chunk(chunk: list[InputFile | SourceDocument | LoadError], load_id: str,
                   max_bytes: int) -> ChunkResult:
    """Read, extract and tabulate a chunk of documents (runs in a worker process)."""
    buffer = RowBuffer(load_id)
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    for item in chunk:
        docs = read_file(item, max_bytes) if isinstance(item, InputFile) else (item,)
        for doc in docs:
            if isinstance(doc, LoadError):
                outcomes.append(Outcome(doc.path, error=doc))
                continue
            try:
                rows = extract_article(doc)
            except Exception as e:  # one bad article must not stop the load
                outcomes.append(Outcome(doc.path, error=LoadError(
                    doc.path, "extraction_failed",
                    f"{doc.path}: extraction failed ({type(e).__name__}: {e})")))
                continue
            aid = rows.article.article_id
            outcomes.append(Outcome(doc.path, len(doc.text), aid, duplicate=aid in seen))
            if aid not in seen:
                seen.add(aid)
                buffer.add(rows, now())
    return ChunkResult(outcomes, buffer.to_arrow())


def _extract_all(files: list[InputFile], max_bytes: int, workers: int | None,
                 load_id: str) -> Iterator[ChunkResult]:
    """Extract on every core, in input order, with a bounded number of chunks in flight.

    The window keeps memory flat: documents are read only a few chunks ahead of
    the writer, whatever the size of the corpus.
    """
    workers = workers or os.cpu_count() or 1
    chunks = chunks_of(tasks(files, max_bytes), CHUNK)
    if workers <= 1:
        for chunk in chunks:
            yield extract_chunk(chunk, load_id, max_bytes)
        return
    with mp.get_context("fork").Pool(workers) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(extract_chunk, (chunk, load_id, max_bytes)))
            if len(pending) >= WINDOW * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class _Progress:
    """Articles done, rate and time left on a terminal; silent in logs and CI."""

    def __init__(self, total_bytes: int, enabled: bool | None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total, self.done_bytes, self.articles = total_bytes, 0, 0
        self.t0 = self.last = time.perf_counter()

    def update(self, nbytes: int) -> None:
        self.done_bytes += nbytes
        self.articles += 1
        t = time.perf_counter()
        if self.enabled and t - self.last >= 0.5:
            self.last = t
            rate = self.articles / max(t - self.t0, 1e-9)
            left = (self.total - self.done_bytes) / max(self.done_bytes / (t - self.t0), 1e-9)
            sys.stderr.write(f"\r  {self.articles:,} articles  {rate:,.0f}/s  "
                             f"about {max(left, 0):,.0f}s left   ")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.articles:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def summary(r: LoadResult) -> str:
    rate = r.articles_new / r.seconds if r.seconds else 0.0
    parts = [f"loaded {r.articles_new:,} new article(s) from {r.files_seen - r.files_skipped:,} file(s)"]
    if r.files_skipped:
        parts.append(f"{r.files_skipped:,} unchanged file(s) skipped")
    if r.articles_duplicate:
        parts.append(f"{r.articles_duplicate:,} duplicate(s) ignored")
    parts.append(f"{len(r.errors):,} rejected")
    return "; ".join(parts) + f" in {r.seconds:.1f}s ({rate:,.0f} articles/s)"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders.load", description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=Path, required=True, help="directory (searched recursively) or file")
    p.add_argument("--warehouse", type=Path, required=True, help="DuckDB file to load into")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was rejected")
    p.add_argument("--parquet", type=Path, help="also write the raw rows as Parquet under this directory")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="size limit of one article")
    p.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    a = p.parse_args(argv)
    try:
        r = load(a.articles, a.warehouse, max_bytes=a.max_bytes, parquet_dir=a.parquet, workers=a.workers)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(summary(r))
    return 1 if a.strict and r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
