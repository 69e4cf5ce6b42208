"""Find article files and read them into `SourceDocument`s, rejecting bad input.

Formats: `.txt` (one article per file) and `.jsonl` (one article per line with
`text` and optional `title`, `url`, `published_date`, `source`). Directories
are searched recursively, linked folders too (each folder once). Hidden
files and folders (names starting with ".") are not read: they are listed as
skipped. Only regular files are read (a FIFO or a device named `x.txt` is
rejected, never opened for reading), and no read goes past the size limit.
Every problem becomes a `LoadError` naming the file (and line) and the reason;
the good input beside it always loads.

`read_input` also yields the file's `Content` (the SHA-256 of its bytes): a
file loaded before is extracted again only when its content changed.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Iterator

from extraction.records import LoadError, SourceDocument
from loaders.rules import published_date_problem

SUFFIXES = (".txt", ".jsonl")
DEFAULT_MAX_BYTES = 2_000_000     # one article; real news articles are 2-50 KB
READ_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class InputFile:
    display: str                    # path as found, shown to the user and stored in raw
    # The SHA-256 of the content last loaded from this path, when the file may
    # have changed since: the same content is not extracted again.
    known_sha256: str | None = None

    @property
    def path(self) -> Path:
        # Made on use, not kept: with a Path kept per file, the list of
        # 100,000 files took 50 MB instead of 21, in the loader and (copied
        # on write) in each worker it forks.
        return Path(self.display)


@dataclass(frozen=True)
class Notice:
    """An input that loaded with a warning, or an entry that was not read, and why."""
    path: str
    reason: str         # replaced_bytes | step_failed | hidden | already_searched
    detail: str
    severity: str       # 'warning' (loaded; see detail) | 'skipped' (not read)


@dataclass(frozen=True)
class Content:
    """A file's bytes as read: their hash, and whether they are the ones loaded before."""
    path: str
    sha256: str
    unchanged: bool = False


@dataclass
class Inputs:
    """What a search of the input found."""
    files: list[InputFile] = field(default_factory=list)
    notices: list[LoadError | Notice] = field(default_factory=list)   # rejected or skipped entries
    ignored: int = 0                # regular files of other types


def discover(root: Path) -> list[InputFile]:
    """Article files under `root` (or `root` itself), sorted for a stable load order."""
    return scan(root).files


def scan(root: Path) -> Inputs:
    """Article files under `root`, in a stable order, and every entry not read with the reason."""
    found = Inputs()
    if not os.path.exists(root):
        raise FileNotFoundError(f"{printable_path(str(root))}: no such file or directory")
    if _SURROGATE.search(str(root)):
        shown = printable_path(str(root))
        found.notices.append(LoadError(shown, "bad_name", f"{shown}: the path is not UTF-8 text; rename it"))
        return found
    if not os.path.isdir(root):
        _add_file(found, str(root))
        return found
    searched: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in searched:     # a link to a folder searched already (or to its own parent)
                found.notices.append(Notice(folder, "already_searched", (
                    f"{folder}: skipped, a link to {os.path.realpath(folder)}, which is searched already"),
                    "skipped"))
                continue
            searched.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            found.notices.append(LoadError(folder, "unreadable", f"{folder}: cannot be searched ({e.strerror or e})"))
            continue
        subfolders = []
        for entry in entries:
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()     # follows links
            except OSError:
                is_dir = False
            article_like = entry.name.lower().endswith(SUFFIXES)
            if _SURROGATE.search(entry.name) and (is_dir or article_like):
                # Bytes that are not UTF-8 (Python keeps them as lone surrogates):
                # such a path cannot be stored, nor shown but with U+FFFD.
                shown = printable_path(path)
                found.notices.append(LoadError(shown, "bad_name", (
                    f"{shown}: the {'folder' if is_dir else 'file'} name is not UTF-8 text; "
                    f"rename it to load {'its files' if is_dir else 'it'}")))
                continue
            if entry.name.startswith("."):
                if is_dir or article_like:
                    what = "folder" if is_dir else "file"
                    found.notices.append(Notice(path, "hidden", (
                        f"{path}: skipped, a hidden {what} (its name starts with '.')"), "skipped"))
                continue
            if is_dir:
                subfolders.append(path)
            elif article_like:
                _add_file(found, path)
            else:
                found.ignored += 1
        stack.extend(reversed(subfolders))      # depth first, in name order
    return found


def printable_path(path: str) -> str:
    """`path` with any byte that is not UTF-8 shown as U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _add_file(found: Inputs, path: str) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        found.notices.append(LoadError(path, "unreadable", f"{path}: cannot be read ({e.strerror or e})"))
        return
    if stat.S_ISREG(mode):
        found.files.append(InputFile(path))
    else:
        found.notices.append(_not_a_file(path, mode))


def _not_a_file(path: str, mode: int) -> LoadError:
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a folder" if stat.S_ISDIR(mode) else "not a file")
    return LoadError(path, "not_a_file", f"{path}: {kind}, not a regular file; only regular files are read")


def read_file(f: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | LoadError | Notice]:
    """The documents in one file, the errors that kept them out, and warnings."""
    return (item for item in read_input(f, max_bytes) if not isinstance(item, Content))


def read_input(f: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | LoadError | Notice | Content]:
    """read_file and the file's Content: nothing but the Content when it is the
    content loaded before (`f.known_sha256`)."""
    try:
        # Non-blocking: a FIFO put in place of a file after the search opens at once.
        fd = os.open(f.display, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        yield LoadError(f.display, "unreadable", f"{f.display}: cannot be read ({e.strerror or e})")
        return
    with open(fd, "rb") as fh:
        try:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                yield _not_a_file(f.display, st.st_mode)
                return
            if f.path.suffix.lower() == ".jsonl":
                yield from _read_jsonl(f, fh, max_bytes)
                return
            data = fh.read(max_bytes + 1)
        except OSError as e:
            yield LoadError(f.display, "unreadable", f"{f.display}: cannot be read ({e.strerror or e})")
            return
    sha = hashlib.sha256(data).hexdigest()
    yield Content(f.display, sha, unchanged=sha == f.known_sha256)
    if sha == f.known_sha256:
        return
    if len(data) > max_bytes:
        size = max(st.st_size, len(data))
        yield LoadError(f.display, "too_large",
                        f"{f.display}: {size:,} bytes is over the {max_bytes:,}-byte limit for one article")
        return
    decoded = decode(data, f.display)
    if isinstance(decoded, LoadError):
        yield decoded
        return
    if decoded.replaced:
        yield _replaced(f.display, decoded)
    if not decoded.text.strip():
        yield LoadError(f.display, "empty", f"{f.display}: the file has no text")
        return
    yield SourceDocument(path=f.display, file_name=f.path.name, text=decoded.text, encoding=decoded.encoding)


def _read_jsonl(f: InputFile, fh: BinaryIO, max_bytes: int) -> Iterator[SourceDocument | LoadError | Notice | Content]:
    head = fh.read(4)
    fh.seek(0)
    wide = next((codec for bom, codec in _WIDE_BOMS if head.startswith(bom)), None)
    known = None
    if f.known_sha256 or wide:
        # Hashed first: the same content is not read again; UTF-16/32 lines
        # are read as text, so their bytes are hashed apart.
        known = _sha256(fh)
        if known == f.known_sha256:
            yield Content(f.display, known, unchanged=True)
            return
    h = None if known else hashlib.sha256()
    any_line = False
    try:
        for line_no, raw in enumerate(_lines(fh, max_bytes, wide, h), start=1):
            where = f"{f.display}:{line_no}"
            if raw is None:
                any_line = True
                yield LoadError(where, "too_large", f"{where}: line over the {max_bytes:,}-byte limit")
                continue
            if not raw.strip():
                continue
            any_line = True
            if wide:
                decoded = Decoded(raw.lstrip("\ufeff") if line_no == 1 else raw, wide)
            else:
                decoded = decode(raw, where)
                if isinstance(decoded, LoadError):
                    yield decoded
                    continue
            if decoded.replaced:
                yield _replaced(where, decoded)
            yield _document(where, f.path.name, decoded)
    except UnicodeDecodeError as e:
        yield LoadError(f.display, "undecodable", f"{f.display}: marked {wide} but not valid {wide} ({e.reason})")
    yield Content(f.display, known or h.hexdigest())
    if not any_line:
        yield LoadError(f.display, "empty", f"{f.display}: the file has no lines")


def _sha256(fh: BinaryIO) -> str:
    """The hash of the whole file, read a block at a time; the file is left at its start."""
    h = hashlib.sha256()
    while block := fh.read(READ_BLOCK):
        h.update(block)
    fh.seek(0)
    return h.hexdigest()


def _lines(fh: BinaryIO, max_bytes: int, wide: str | None, h) -> Iterator[bytes | str | None]:
    """The file's lines, each read at most max_bytes + 1 at a time; None for a line over
    the limit. Bytes read are added to the hash `h` (byte lines only)."""
    if wide:
        # UTF-16/32: newlines are several bytes, so lines are split after decoding.
        text = io.TextIOWrapper(fh, encoding=wide, errors="strict", newline=None)
        limit = max_bytes // (2 if "16" in wide else 4) + 1
        reader, newline = text.readline, "\n"
    else:
        limit, newline = max_bytes + 1, b"\n"

        def reader(size: int) -> bytes:
            line = fh.readline(size)
            if h is not None:
                h.update(line)
            return line
    try:
        while line := reader(limit):
            if len(line) >= limit and not line.endswith(newline):
                while (rest := reader(READ_BLOCK)) and not rest.endswith(newline):
                    pass        # skip the rest of the long line, a block at a time
                yield None
                continue
            yield line
    finally:
        if wide:
            text.detach()


def _document(where: str, file_name: str, decoded: Decoded) -> SourceDocument | LoadError:
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as e:
        return LoadError(where, "bad_json", f"{where}: not valid JSON ({e.msg} at column {e.colno})")
    except (ValueError, RecursionError) as e:
        # Valid JSON that Python will not build: arrays or objects nested
        # deeper than its recursion limit, an integer of over 4,300 digits.
        return LoadError(where, "bad_json", f"{where}: JSON that cannot be read ({str(e)[:120]})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return LoadError(where, "no_text", f"{where}: no non-empty \"text\" field")
    for name in ("text", "title", "url", "source", "published_date"):
        value = obj.get(name)
        if isinstance(value, str) and (m := _SURROGATE.search(value)):
            return LoadError(where, "bad_unicode", (
                f"{where}: \"{name}\" holds a lone surrogate (\\u{ord(m.group()):04x}), which is not "
                f"Unicode text"))
    published, problem = _date(obj.get("published_date"))
    if problem:
        return LoadError(where, "bad_date", f"{where}: \"published_date\" {problem}")
    return SourceDocument(
        path=where, file_name=file_name, text=obj["text"],
        title=_str(obj.get("title")), url=_str(obj.get("url")),
        published_date=published, source=_str(obj.get("source")),
        encoding=decoded.encoding,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0       # bytes that were not valid in `encoding`, replaced by U+FFFD


_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
              (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode(data: bytes, where: str) -> Decoded | LoadError:
    """Decode bytes: UTF-16/32 by their byte order mark; UTF-8, with the odd bad byte
    replaced; else Windows-1251 or Windows-1252/Latin-1. Reject binary."""
    for bom, codec in _WIDE_BOMS:      # UTF-32 LE first: its mark starts with UTF-16 LE's
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), codec)
            except UnicodeDecodeError as e:
                return LoadError(where, "undecodable", f"{where}: marked {codec} but not valid {codec} ({e.reason})")
    if not data.strip():
        return LoadError(where, "empty", f"{where}: the file has no text")
    if _looks_binary(data):
        return LoadError(where, "binary", f"{where}: binary content (NUL or control bytes), not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 (a few stray bytes in real UTF-8 text) stays UTF-8. In a
    # legacy 8-bit text, byte pairs that happen to be valid UTF-8 are rare and
    # the invalid bytes many.
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    multibyte = len(data) - len(data.translate(None, _HIGH_BYTES)) - bad
    if multibyte > bad:
        return Decoded(_ESCAPED.sub("\ufffd", escaped).removeprefix("\ufeff"), "utf-8", bad)
    # Legacy 8-bit encodings. Windows-1251 text has words made only of high
    # bytes (Cyrillic); read as Windows-1252 those become runs of accented
    # letters ("Çàâîä"), which real Western text almost never has (accents sit
    # between ASCII letters: "Société").
    lat_codec = "cp1252" if _cp1252_ok(data) else "latin-1"
    lat = data.decode(lat_codec)
    if _high_letter_runs(lat) > 0:
        return Decoded(data.decode("cp1251", errors="replace"), "cp1251")
    return Decoded(lat, lat_codec)


_ESCAPED = re.compile("[\udc80-\udcff]")        # bytes surrogateescape could not decode
_HIGH_BYTES = bytes(range(128, 256))


def _replaced(where: str, decoded: Decoded) -> Notice:
    return Notice(where, "replaced_bytes", (
        f"{where}: {decoded.replaced} bytes that are not {decoded.encoding} were replaced by U+FFFD; "
        f"the rest is {decoded.encoding}"), "warning")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))     # counted in C, not byte by byte
    return controls > len(head) * 0.05


# Every byte but the control characters that never occur in text (tab, newlines
# and form feed do): deleting these leaves only the suspicious ones.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _high_letter_runs(text: str) -> int:
    """Characters in runs of 3+ consecutive non-ASCII letters."""
    total = run = 0
    for ch in text + " ":
        if ch.isalpha() and ord(ch) > 127:
            run += 1
        else:
            total += run if run >= 3 else 0
            run = 0
    return total


def _str(v: object) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def _date(v: object) -> tuple[date | None, str | None]:
    """A JSON line's published_date, or why it is refused: not a date, or one the warehouse refuses."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None, None
    if not isinstance(v, str):
        return None, f"{json.dumps(v)[:40]} is not a date (YYYY-MM-DD)"
    s = v.strip()
    for parse in (date.fromisoformat, lambda x: datetime.fromisoformat(x.replace("Z", "+00:00")).date()):
        try:
            d = parse(s)
            break
        except ValueError:
            continue
    else:
        return None, f"{json.dumps(s)[:40]} is not a date (YYYY-MM-DD)"
    problem = published_date_problem(d)
    return (None, problem) if problem else (d, None)
