"""dbt's parse of this project, kept once per project version for every new work file.

dbt parses the project before it builds (about 4 s of a core here) and keeps
the result, `partial_parse.msgpack`, in its target directory; the next run in
that directory reparses only the files that changed. A new work file (a new
warehouse, or one whose work file was removed) has a new, empty target
directory, and a project change makes the build parse afresh
(`--no-partial-parse`). Both parse exactly the project the last full parse of
any work file saw, when project_fingerprint is unchanged: that parse is kept
here, under the fingerprint, and copied into the new target directory.

dbt itself still decides whether the copy is usable: it reuses it only when its
own checks agree (dbt version, profile and connection, vars, every project
file's hash) and parses afresh otherwise. Its connection check includes the
warehouse path, so the build runs dbt beside the work file and names it by file
name alone (loaders.build.start_dbt): every `warehouse.duckdb` then shares one
parse, wherever it lives. A work file copied without its target directory
(an incremental build in a new place) starts from it too.

The cache is an optimisation only: a file that cannot be read or written here
(read-only checkout, full disk) means a full parse, as before.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

PARSE_FILE = "partial_parse.msgpack"      # dbt's name for it, in its target directory


def cached_parse(cache_dir: Path, fingerprint: str, work_name: str) -> Path:
    """Where the parse of the project of `fingerprint` is kept, for work files named `work_name`
    (dbt's check includes the name: one parse per name keeps a second name from evicting the first)."""
    return cache_dir / f"{fingerprint}.{work_name}.msgpack"


def restore(cache_dir: Path, fingerprint: str, work_name: str, target: Path) -> bool:
    """Copy the kept parse of `fingerprint` into dbt's `target` directory; whether there was one."""
    kept = cached_parse(cache_dir, fingerprint, work_name)
    try:
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, target / PARSE_FILE)
    except OSError:
        return False
    return True


def keep(cache_dir: Path, fingerprint: str, work_name: str, target: Path) -> None:
    """Keep the parse dbt left in `target` as the one of `fingerprint`, dropping those of older ones.

    Written under a temporary name and renamed, so that a build reading it at
    the same time (another warehouse, another test worker) sees it whole or
    not at all.
    """
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        os.close(fd)
        try:
            shutil.copyfile(target / PARSE_FILE, tmp)
            os.replace(tmp, cached_parse(cache_dir, fingerprint, work_name))
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in cache_dir.glob("*.msgpack"):
            if not old.name.startswith(f"{fingerprint}."):
                old.unlink(missing_ok=True)
    except OSError:
        pass
