"""Find article files and read them into `SourceDocument`s, rejecting bad input.

Formats: `.txt` (one article per file) and `.jsonl` (one article per line with
`text` and optional `title`, `url`, `published_date`, `source`). Directories
are searched recursively. Every problem becomes a `LoadError` naming the file
(and line) and the reason; the good input beside it always loads.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from extraction.records import LoadError, SourceDocument

SUFFIXES = (".txt", ".jsonl")
DEFAULT_MAX_BYTES = 2_000_000     # one article; real news articles are 2-50 KB


@dataclass(frozen=True, slots=True)
class InputFile:
    display: str        # path as found, shown to the user and stored in raw

    @property
    def path(self) -> Path:
        # Made on use, not kept: with a Path kept per file, the list of
        # 100,000 files took 50 MB instead of 21, in the loader and (copied
        # on write) in each worker it forks.
        return Path(self.display)


def discover(root: Path) -> list[InputFile]:
    """Article files under `root` (or `root` itself), sorted for a stable load order."""
    if root.is_file():
        return [InputFile(str(root))]
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such file or directory")
    found: list[InputFile] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                found.append(InputFile(str(Path(dirpath) / name)))
    return found


def read_file(f: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | LoadError]:
    """The documents in one file, or the errors that kept them out."""
    try:
        size = f.path.stat().st_size
        if f.path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(f, max_bytes)
            return
        if size > max_bytes:
            yield LoadError(f.display, "too_large",
                            f"{f.display}: {size:,} bytes is over the {max_bytes:,}-byte limit for one article")
            return
        data = f.path.read_bytes()
    except OSError as e:
        yield LoadError(f.display, "unreadable", f"{f.display}: cannot be read ({e.strerror or e})")
        return
    decoded = decode(data, f.display)
    if isinstance(decoded, LoadError):
        yield decoded
        return
    text, encoding = decoded
    if not text.strip():
        yield LoadError(f.display, "empty", f"{f.display}: the file has no text")
        return
    yield SourceDocument(path=f.display, file_name=f.path.name, text=text, encoding=encoding)


def _read_jsonl(f: InputFile, max_bytes: int) -> Iterator[SourceDocument | LoadError]:
    with open(f.path, "rb") as fh:
        any_line = False
        for line_no, raw in enumerate(fh, start=1):
            where = f"{f.display}:{line_no}"
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > max_bytes:
                yield LoadError(where, "too_large",
                                f"{where}: line of {len(raw):,} bytes is over the {max_bytes:,}-byte limit")
                continue
            decoded = decode(raw, where)
            if isinstance(decoded, LoadError):
                yield decoded
                continue
            line, encoding = decoded
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield LoadError(where, "bad_json", f"{where}: not valid JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                yield LoadError(where, "no_text", f"{where}: no non-empty \"text\" field")
                continue
            yield SourceDocument(
                path=where, file_name=f.path.name, text=obj["text"],
                title=_str(obj.get("title")), url=_str(obj.get("url")),
                published_date=_date(obj.get("published_date")), source=_str(obj.get("source")),
                encoding=encoding,
            )
        if not any_line:
            yield LoadError(f.display, "empty", f"{f.display}: the file has no lines")


def decode(data: bytes, where: str) -> tuple[str, str] | LoadError:
    """Decode bytes as UTF-8, else Windows-1251 or Windows-1252/Latin-1; reject binary."""
    if not data.strip():
        return LoadError(where, "empty", f"{where}: the file has no text")
    if _looks_binary(data):
        return LoadError(where, "binary", f"{where}: binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Legacy 8-bit encodings. Windows-1251 text has words made only of high
    # bytes (Cyrillic); read as Windows-1252 those become runs of accented
    # letters ("Çàâîä"), which real Western text almost never has (accents sit
    # between ASCII letters: "Société").
    lat_codec = "cp1252" if _cp1252_ok(data) else "latin-1"
    lat = data.decode(lat_codec)
    if _high_letter_runs(lat) > 0:
        return data.decode("cp1251", errors="replace"), "cp1251"
    return lat, lat_codec


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


def _date(v: object) -> date | None:
    if not isinstance(v, str) or not v.strip():
        return None
    s = v.strip()
    for parse in (date.fromisoformat, lambda x: datetime.fromisoformat(x.replace("Z", "+00:00")).date()):
        try:
            return parse(s)
        except ValueError:
            continue
    return None
