"""Load a directory of articles into the `raw` schema of a DuckDB file.

    python -m loaders.load --articles DIR --warehouse FILE [--strict] [--parquet DIR]

Incremental: a file is read again only when it may have changed (its size,
times or inode moved), and extracted again only when its content did (its
SHA-256); an article whose `article_id` is already in `raw.articles` is not
written again. So loading the same directory twice changes nothing, and a
directory with new files adds only them. A file whose content changed holds
the articles found in it now: an article that no file holds any more leaves
raw (the build then rebuilds the marts in full).

Bad input (see loaders.sources), and values the marts would refuse (see
loaders.rules), are recorded once each in `raw.load_errors` with the file, line
and reason; a file that keeps them is not read again until it changes, and
still fails --strict. Extraction runs on every core; a worker that dies fails
the load, naming the file it was reading.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

from extraction.pipeline import extract_article
from extraction.records import LoadError, SourceDocument
from loaders.pool import WorkerDied, ordered_map, working_on
from loaders.raw_store import (FileState, RowBuffer, Writer, create_raw_schema, current_files,
                               known_article_ids, load_row, now, replace_file_versions, temp_paths)
from loaders.rules import check_article
from loaders.sources import DEFAULT_MAX_BYTES, Content, InputFile, Notice, printable_path, read_input, scan

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
    articles_retired: int = 0   # held by no file any more: their files changed
    errors: list[LoadError] = field(default_factory=list)
    # Files not read again, unchanged since an earlier load recorded their
    # rejections (raw.load_errors): path -> number of rejections.
    rejected_before: dict[str, int] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)     # warnings, and entries skipped
    ignored: int = 0            # files of other types
    seconds: float = 0.0
    bytes_read: int = 0

    @property
    def rejected(self) -> int:
        """Inputs rejected in what was loaded, now or (unchanged since) before: --strict fails on any."""
        return len(self.errors) + sum(self.rejected_before.values())

    def rejected_files(self) -> list[str]:
        """The files with a rejected input, this load's or unchanged since an earlier one."""
        return sorted({_file_of(e.path) for e in self.errors} | set(self.rejected_before))


def load(articles: Path, warehouse: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
         parquet_dir: Path | None = None, workers: int | None = None,
         progress: bool | None = None, log=print) -> LoadResult:
    """Load every article under `articles` into `warehouse` (created if missing)."""
    started, t0 = now(), time.perf_counter()
    result = LoadResult(load_id=new_load_id(started))
    found = scan(articles)
    result.files_seen, result.ignored = len(found.files), found.ignored
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
        before = current_files(con)
        todo = changed_files(before, found.files, result)
        reporter = _Progress(sum(st[0] for _, st in todo if st), progress)
        writer = Writer(con, parquet_dir, result.load_id)
        ledger = Ledger(result, known_article_ids(con), log)
        for chunk in _extract_all([f for f, _ in todo], max_bytes, workers, result.load_id):
            dropped, holds = ledger.add(chunk.outcomes, reporter.update)
            writer.add(chunk.tables, dropped)
            writer.add_rows("file_articles", holds)
            if writer.articles >= BATCH_ARTICLES:
                writer.flush()
        _record(con, writer, ledger, todo, before, found.notices)
        for path, n in sorted(result.rejected_before.items()):
            log(f"rejected before: {path}: {n} input(s), unchanged since (raw.load_errors)", file=sys.stderr)
        reporter.done()
        result.seconds = time.perf_counter() - t0
        writer.add_rows("loads", [load_row(result.load_id, started, printable_path(str(articles)),
                                           result.files_seen, result.articles_new,
                                           result.articles_duplicate, len(result.errors))])
        writer.close()
        con.execute("checkpoint")
    finally:
        con.close()
    return result


@dataclass(slots=True)
class _FileBook:
    """What one load found in one file."""
    sha256: str | None = None       # None: its content could not be read
    unchanged: bool = False         # the content loaded before
    articles: int = 0
    errors: int = 0


def new_load_id(started: datetime) -> str:
    """An id that sorts as the loads started (to the microsecond): the Parquet
    copy orders an article's retirement after its load by it."""
    return started.strftime("%Y%m%dT%H%M%S.%f") + "-" + uuid.uuid4().hex[:6]


class Ledger:
    """A load's account of what it read, chunk by chunk in input order: what
    each file held, which articles are new and which are duplicates (of an
    earlier document, or of an article loaded before), and the problems found.
    The DuckDB loader and the Spark job (loaders.spark_extract) both keep one."""

    def __init__(self, result: LoadResult, known_ids: set[str], log=print) -> None:
        self.result, self.known_ids, self.log = result, known_ids, log
        self.book: dict[str, _FileBook] = {}
        self.problems: list[LoadError | Notice] = []

    def add(self, outcomes: list[Outcome], progress=lambda chars: None) -> tuple[set[str], list[tuple]]:
        """Count one chunk's outcomes: the article ids to drop from its tables, and its raw.file_articles rows."""
        result, dropped, holds = self.result, set(), []
        for o in outcomes:
            file = self.book.setdefault(_file_of(o.path), _FileBook())
            if o.content is not None:
                file.sha256, file.unchanged = o.content.sha256, o.content.unchanged
                continue
            if o.problem is not None:
                self.problems.append(o.problem)
                if isinstance(o.problem, LoadError):
                    file.errors += 1
                    self.log(f"rejected {o.problem.detail}", file=sys.stderr)
                else:
                    self.log(f"warning: {o.problem.detail}", file=sys.stderr)
                continue
            file.articles += 1
            holds.append((_file_of(o.path), o.article_id, o.path, result.load_id))
            result.bytes_read += o.chars
            progress(o.chars)
            if o.duplicate or o.article_id in self.known_ids:
                result.articles_duplicate += 1
                if not o.duplicate:
                    dropped.add(o.article_id)
                continue
            self.known_ids.add(o.article_id)
            result.articles_new += 1
        return dropped, holds

    def unread(self, scanned: list[LoadError | Notice]) -> list[str]:
        """The paths of the problems found without reading content (a FIFO, a hidden file)."""
        return [p.path for p in scanned + self.problems if self._content_of(p) is None]

    def settle(self, todo: list[tuple[InputFile, tuple | None]], before: dict[str, FileState],
               scanned: list[LoadError | Notice], recorded: set[tuple[str, str]]) -> Settled:
        """What the load read, what changed, and its raw.files and raw.load_errors rows.

        `recorded`: (path, reason) of the problems of unread paths that raw.load_errors holds already.
        """
        result = self.result
        done = Settled()
        for f, st in todo:
            file = self.book.get(f.display)
            if file is None or file.sha256 is None or st is None:
                continue            # not read: read again next time
            done.read.append(f.display)
            if file.unchanged:      # touched, not changed: as loaded before
                old = before[f.display]
                file.articles, file.errors = old.articles, old.errors
                result.files_skipped += 1
                if old.errors:
                    result.rejected_before[f.display] = old.errors
            else:
                done.changed.append(f.display)
            done.files_rows.append((f.display, st[0], st[1], result.load_id, file.articles, file.errors,
                                    file.sha256, st[2], st[3]))
        # A problem of content read by this load is new; one found without
        # reading content is recorded the first time only.
        shown = {id(p) for p in self.problems}      # shown as they were read
        for p in scanned + self.problems:
            if isinstance(p, LoadError):
                result.errors.append(p)
            else:
                result.notices.append(p)
            new = (p.path, p.reason) not in recorded or self._content_of(p) is not None
            if id(p) not in shown and (new or isinstance(p, LoadError)):
                self.log(f"rejected {p.detail}" if isinstance(p, LoadError) else f"{p.severity}: {p.detail}",
                         file=sys.stderr)
            if new:
                done.error_rows.append((result.load_id, p.path, p.reason, p.detail, now(),
                                        p.severity if isinstance(p, Notice) else "error"))
        return done

    def _content_of(self, p: LoadError | Notice) -> str | None:
        file = self.book.get(_file_of(p.path))
        return file.sha256 if file else None


@dataclass
class Settled:
    """A load's account, ready to write (Ledger.settle)."""
    read: list[str] = field(default_factory=list)       # files read
    changed: list[str] = field(default_factory=list)    # files read whose content is new
    files_rows: list[tuple] = field(default_factory=list)
    error_rows: list[tuple] = field(default_factory=list)


def _record(con: duckdb.DuckDBPyConnection, writer: Writer, ledger: Ledger,
            todo: list[tuple[InputFile, tuple | None]], before: dict[str, FileState],
            scanned: list[LoadError | Notice]) -> None:
    """Write the load's files and problems, in one transaction with its last articles."""
    temp_paths(con, "_unread", ledger.unread(scanned))
    recorded = set(con.execute("select path, reason from raw.load_errors "
                               "where path in (select path from _unread)").fetchall())
    con.execute("drop table _unread")
    done = ledger.settle(todo, before, scanned, recorded)
    writer.add_rows("load_errors", done.error_rows)
    writer.add_rows("files", done.files_rows)
    load_id = ledger.result.load_id

    def replace(c: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
        retired = replace_file_versions(c, load_id, done.read, done.changed)
        ledger.result.articles_retired = len(retired)
        return {"retired_articles": [(a, load_id) for a in retired]}

    writer.flush(then=replace)


def changed_files(before: dict[str, FileState], files: list[InputFile],
                   result: LoadResult) -> list[tuple[InputFile, tuple[int, int, int, int] | None]]:
    """(file, its stat) of each file that may have changed since it was last read.

    A file whose size, modification and change times and inode are all as when
    it was read is unchanged: no write leaves its change time (ctime) as it was,
    and no user can set that one back. Any other file is read again, and its
    content hash decides (the file carries the hash to compare with).
    """
    out = []
    for f in files:
        try:
            st = os.stat(f.display)
        except OSError:
            out.append((f, None))        # read_input reports why
            continue
        # Four ints, not the stat_result: a 100,000-file load keeps 70 MB less.
        key = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        old = before.get(f.display)
        if old is not None and old.sha256 and old.stat == key:
            result.files_skipped += 1
            if old.errors:
                result.rejected_before[f.display] = old.errors
            continue
        out.append((InputFile(f.display, old.sha256 if old else None), key))
    return out


def _file_of(path: str) -> str:
    # "dir/a.jsonl:12" -> "dir/a.jsonl" (a line of a .jsonl file)
    head, sep, tail = path.rpartition(":")
    return head if sep and tail.isdigit() else path


@dataclass
class Outcome:
    """What became of one document of a chunk (or what was learnt about its file)."""
    path: str                       # file (and line, for .jsonl) it came from
    chars: int = 0
    article_id: str | None = None
    problem: LoadError | Notice | None = None
    duplicate: bool = False         # same text as an earlier document of the same chunk
    content: Content | None = None  # the file's hash, as read


@dataclass
class ChunkResult:
    outcomes: list[Outcome]
    tables: dict[str, pa.Table]     # raw rows of the chunk's distinct articles


Task = InputFile | SourceDocument | LoadError | Notice | Content


def tasks(files: Iterable[InputFile], max_bytes: int) -> Iterator[Task]:
    # A .txt file is read by the worker that extracts it; a .jsonl file is
    # split into its lines here, so a big .jsonl file still spreads over every core.
    for f in files:
        if f.path.suffix.lower() == ".jsonl":
            yield from read_input(f, max_bytes)
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


def extract_chunk(chunk: list[Task], load_id: str, max_bytes: int) -> ChunkResult:
    """Read, extract and tabulate a chunk of documents (runs in a worker process)."""
    buffer = RowBuffer(load_id)
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    for item in chunk:
        if isinstance(item, InputFile):
            working_on(item.display)
            docs = read_input(item, max_bytes)
        else:
            docs = (item,)
        for doc in docs:
            if isinstance(doc, Content):
                outcomes.append(Outcome(doc.path, content=doc))
                continue
            if not isinstance(doc, SourceDocument):
                outcomes.append(Outcome(doc.path, problem=doc))
                continue
            working_on(doc.path)
            failed: list[tuple[str, Exception]] = []
            try:
                rows, refused = check_article(extract_article(doc, lambda step, e: failed.append((step, e))),
                                              doc.path)
            except Exception as e:  # one bad article must not stop the load
                outcomes.append(Outcome(doc.path, problem=LoadError(
                    doc.path, "extraction_failed",
                    f"{doc.path}: extraction failed ({type(e).__name__}: {e})")))
                continue
            outcomes.extend(Outcome(doc.path, problem=Notice(
                doc.path, "step_failed",
                f"{doc.path}: the {step} step failed ({type(e).__name__}: {e}); the article is loaded with "
                f"what the steps before it found", "warning")) for step, e in failed)
            outcomes.extend(Outcome(doc.path, problem=r) for r in refused)
            if rows is None:
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
    yield from ordered_map(extract_chunk, ((chunk, load_id, max_bytes) for chunk in chunks),
                           workers, WINDOW)


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
    if r.articles_retired:
        parts.append(f"{r.articles_retired:,} article(s) no file holds any more removed")
    parts.append(f"{len(r.errors):,} rejected")
    if r.rejected_before:
        parts.append(f"{sum(r.rejected_before.values()):,} rejected before in {len(r.rejected_before):,} "
                     "unchanged file(s), see raw.load_errors")
    for severity in ("warning", "skipped"):
        n = sum(1 for x in r.notices if x.severity == severity)
        if n:
            parts.append(f"{n:,} {'warning(s)' if severity == 'warning' else 'skipped'} (raw.load_errors)")
    if r.ignored:
        parts.append(f"{r.ignored:,} file(s) neither .txt nor .jsonl ignored")
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
    except (duckdb.Error, OSError, WorkerDied) as e:
        print(f"error: {a.warehouse}: not loaded: {' '.join(str(e).split())}", file=sys.stderr)
        return 1
    print(summary(r))
    return 1 if a.strict and r.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
