"""Build the warehouse end to end, and publish it only when every test passed.

    python -m loaders.build [--articles DIR] [--warehouse PATH] [--strict]

1. The private work file `<name>.work.duckdb` beside the warehouse holds the
   build state (raw tables, incremental). It starts as a copy of the published
   warehouse when missing, or when a crash left it unopenable.
2. Articles are loaded into it (`loaders.load`).
3. `dbt build` runs against it (WAREHOUSE_PATH points dbt at the work file),
   in a process started before the load so that importing dbt (about 3 s)
   overlaps it (loaders.dbt_process).
   Incrementally: the per-article models add the new articles only. When the
   dbt project (models, macros, seeds, dbt_project.yml, dbt version) changed
   since the last successful build of this work file, or the work file is
   new, or the last build failed, it runs with --full-refresh instead.
   dbt's parse of the project is kept per project version and reused by the
   next new work file (loaders.parse_cache).
   When there is nothing to build (no new article, every article in raw
   already in the marts, the project as at the last successful build), dbt
   is not run at all: the marts and the tests' verdicts could not change.
   A full refresh of an existing work file rewrites every table and leaves
   the old blocks free inside the file; it is then compacted (`compact`).
4. Only if dbt passed, the work file is copied beside the warehouse and renamed
   over it in one atomic step. Readers that hold the old file open (BI tools,
   the DuckDB CLI) keep reading it undisturbed; new readers get the new one.
   A failed test, a rejected input under --strict, or a killed process leave
   the published warehouse exactly as it was. A process holding the warehouse
   open read-write stops the publish (it is named); a write-ahead log left
   by one that is gone goes with the old file (see publish).

Builds of one warehouse take turns (loaders.locks.build_lock): a second one
waits for the first. Whatever stops a build (a lock held by another process,
a read-only folder, a full disk, a worker killed for memory) ends it with
BuildFailed, whose message names the file and the reason.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import duckdb

from loaders import parse_cache
from loaders.failures import offending_rows
from loaders.load import LoadResult, load, summary
from loaders.locks import Held, build_lock, duckdb_lock_message, no_writer
from loaders.pool import WorkerDied, WorkerFailed
from loaders.sources import DEFAULT_MAX_BYTES, printable_path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = PROJECT_DIR / "corpus" / "sample" / "articles"
# What dbt builds the marts from, besides raw (project_fingerprint).
PROJECT_INPUTS = ("dbt_project.yml", "models", "macros", "seeds")
TOOL_VERSIONS = ("dbt-core", "dbt-duckdb", "duckdb")
MARTS = ("dim_article", "dim_country", "dim_company", "dim_plant", "fct_production_target",
         "fct_trade_volume", "fct_agreement", "bridge_agreement_party", "fct_mention",
         "fct_production_reconciled", "fct_trade_reconciled", "fct_agreement_event")

SCHEMAS = ("raw", "staging", "intermediate", "marts", "analyst", "reference", "main")


class BuildFailed(RuntimeError):
    """The build did not publish; the message says why."""


@dataclass
class BuildResult:
    warehouse: Path
    load: LoadResult
    timings: dict[str, float] = field(default_factory=dict)
    tests_passed: int = 0
    full_refresh: bool = False
    dbt_skipped: bool = False       # nothing to build (nothing_to_build)
    compacted: bool = False         # free blocks dropped after a full refresh (compact)
    rows: dict[str, int] = field(default_factory=dict)


def default_warehouse() -> Path:
    return Path(os.environ.get("WAREHOUSE_PATH") or PROJECT_DIR / "warehouse.duckdb")


def work_file(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.stem + ".work.duckdb")


def build(articles: Path | str = DEFAULT_ARTICLES, warehouse: Path | str | None = None, *,
          strict: bool = False, quiet: bool = False, parquet_dir: Path | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES, workers: int | None = None) -> BuildResult:
    """Load `articles`, run dbt, publish `warehouse`. Raises BuildFailed when not published."""
    say = (lambda *a, **k: None) if quiet else print
    warehouse = Path(warehouse) if warehouse else default_warehouse()
    warehouse = warehouse.resolve()
    refuse_bad_name(warehouse)
    if not os.path.exists(articles):
        raise FileNotFoundError(f"{printable_path(str(articles))}: no such file or directory")
    work = work_file(warehouse)
    with contextlib.ExitStack() as stack:
        try:
            warehouse.parent.mkdir(parents=True, exist_ok=True)
            lock = stack.enter_context(build_lock(work))
        except OSError as e:
            raise BuildFailed(f"not published: cannot write in {warehouse.parent} ({e.strerror or e}): "
                              "the warehouse, its work file and the build's lock go there") from None
        return _build(Path(articles), warehouse, work, lock, strict=strict, say=say, quiet=quiet,
                      parquet_dir=parquet_dir, max_bytes=max_bytes, workers=workers)


def _build(articles: Path, warehouse: Path, work: Path, lock: int, *, strict: bool, say, quiet: bool,
           parquet_dir: Path | None, max_bytes: int, workers: int | None) -> BuildResult:
    """The build, holding the lock of `work` (one build at a time; `lock`, its descriptor)."""
    t0 = time.perf_counter()
    _remove_stale_temps(warehouse)
    broken = _unopenable(work)
    if broken:
        # Nothing is lost: what was loaded but not published is loaded again
        # (the published raw.files does not list it).
        say(f"{work.name}: {broken}; starting it again from {warehouse.name}")
        for path in (work, wal_file(work)):
            path.unlink(missing_ok=True)
    if not work.exists():
        project_stamp(work).unlink(missing_ok=True)     # a new work file is built in full
        if warehouse.exists():
            try:
                shutil.copyfile(warehouse, work)     # continue incrementally from what users see
            except OSError as e:
                work.unlink(missing_ok=True)
                raise BuildFailed(f"not published: cannot copy {warehouse} to {work} ({e.strerror or e}); "
                                  f"{warehouse.name} is unchanged") from None

    with start_dbt(work, lock) as dbt:      # imports dbt while the articles load
        try:
            loaded = load(articles, work, max_bytes=max_bytes, parquet_dir=parquet_dir,
                          workers=workers, progress=None if not quiet else False,
                          log=say if not quiet else (lambda *a, **k: None))
        except (duckdb.Error, OSError, WorkerDied, WorkerFailed) as e:
            held = duckdb_lock_message(e)
            reason = (f"{held}; close it and build again" if held
                      else " ".join(str(e).split())[:400])
            raise BuildFailed(f"not published: loading {printable_path(str(articles))} into {work.name} failed: {reason}. "
                              f"{warehouse.name} is unchanged") from None
        result = BuildResult(warehouse=warehouse, load=loaded)
        result.timings["load"] = loaded.seconds
        say(summary(loaded))
        if strict and loaded.rejected:
            files = loaded.rejected_files()
            raise BuildFailed(f"not published: {loaded.rejected} input(s) rejected under --strict, in "
                              f"{', '.join(files[:5])}{', ...' if len(files) > 5 else ''} (see above and "
                              f"raw.load_errors); {warehouse} is unchanged")

        t = time.perf_counter()
        if loaded.articles_new == 0 and nothing_to_build(work):
            result.dbt_skipped = True
        else:
            result.tests_passed, result.full_refresh = run_dbt(work, dbt)
        result.timings["dbt"] = time.perf_counter() - t

    if result.full_refresh:
        t = time.perf_counter()
        try:
            result.compacted = compact(work)
        except (duckdb.Error, OSError) as e:    # e.g. a full disk: publish the file as it is
            say(f"{work.name}: not compacted ({' '.join(str(e).split())[:200]})")
        if result.compacted:
            result.timings["compact"] = time.perf_counter() - t

    t = time.perf_counter()
    result.rows = publish(work, warehouse, say)
    result.timings["publish"] = time.perf_counter() - t
    result.timings["total"] = time.perf_counter() - t0
    say(report(result))
    return result


def refuse_bad_name(warehouse: Path) -> None:
    """Refuse a warehouse file name that DuckDB or dbt would misread.

    DuckDB names the catalog after the file, up to its first dot ("raw.v2.duckdb"
    is catalog "raw"; the work file's catalog is the same). Named after one of
    its schemas, "raw.<table>" would be ambiguous, for us and for every reader
    of the file; with a quote in it, dbt-duckdb's queries about the catalog
    break. The name is DuckDB's own, asked of an empty file of the same name in
    a temporary folder.
    """
    if printable_path(str(warehouse)) != str(warehouse):
        raise BuildFailed(f"not published: {printable_path(str(warehouse))}: the warehouse path is not "
                          "UTF-8 text; choose another")
    with tempfile.TemporaryDirectory() as d:
        con = duckdb.connect(str(Path(d) / warehouse.name))
        try:
            catalog = con.execute("select current_database()").fetchone()[0]
        finally:
            con.close()
    if warehouse.stem.lower() in SCHEMAS or catalog.lower() in SCHEMAS:
        why = f"named after one of its schemas ({', '.join(SCHEMAS)})"
    elif "'" in catalog or '"' in catalog:
        why = "named with a quote before its first dot (dbt cannot quote that catalog name)"
    else:
        return
    raise BuildFailed(f"not published: {warehouse.name}: a warehouse file may not be {why}: DuckDB "
                      f"would call its catalog {catalog!r}; choose another name")


def nothing_to_build(work: Path) -> bool:
    """Whether dbt would change nothing in `work`: its last dbt build succeeded
    with this very project (the stamp, see run_dbt), and every article in raw is
    in marts.dim_article, the ledger of what the per-article marts hold (a load
    that stopped before dbt leaves articles outside it).

    The marts are then a function of unchanged inputs, and every test passed on
    them. (Only the load's own records, raw.loads and raw.files, have grown:
    no model reads them but views, which always show them live.)
    """
    if not stamp_is_current(work, project_fingerprint()):
        return False
    try:
        con = duckdb.connect(str(work), read_only=True)
        try:
            unbuilt, = con.execute("select count(*) from raw.articles as a where not exists (select 1 "
                                   "from marts.dim_article as d where d.article_id = a.article_id)").fetchone()
        finally:
            con.close()
    except duckdb.Error:        # unopenable, or no marts yet
        return False
    return unbuilt == 0 and not marts_behind_raw(work)


def marts_behind_raw(work: Path) -> bool:
    """Whether the marts hold an article raw no longer has, or credit one to a file
    that no longer holds it: an edited file replaced its article (loaders.load).
    An incremental build only adds articles, so these need a full one."""
    try:
        con = duckdb.connect(str(work), read_only=True)
        try:
            stale, = con.execute("""
                select count(*) from marts.dim_article as d
                left join raw.articles as a on a.article_id = d.article_id
                where a.article_id is null or a.source_path is distinct from d.source_path""").fetchone()
        finally:
            con.close()
    except duckdb.Error:        # no marts yet: a full build anyway
        return False
    return stale > 0


# Compact when free blocks are more than this share of the file. A full
# refresh of an existing 100,000-article warehouse left 36% free (653 MB;
# 402 MB compacted, in 10 s); a build from scratch leaves about 7%.
COMPACT_FREE_SHARE = 0.25
# DuckDB's buffer pool while compacting. Unbounded (80% of RAM), compacting
# that 653 MB file peaked at 1.4 GB, more than the rest of the build; 512 MB
# kept it at 0.9 GB, as fast. Should it not suffice, the build says so and
# publishes the file uncompacted.
COMPACT_MEMORY = "512MB"


def compact(work: Path) -> bool:
    """Rewrite `work` without its free blocks if they are over COMPACT_FREE_SHARE of it.

    DuckDB reuses free blocks but never gives them back, and every publish
    copies the whole file. `COPY FROM DATABASE` writes every schema, table,
    view, constraint and comment into a new file, which replaces the work file
    (private: no reader holds it). Skipped, returning False, while a
    write-ahead log is beside the file: replacing the file under it would
    replay the log onto the wrong blocks.
    """
    if wal_file(work).exists():
        return False
    tmp = work.with_name(work.name + ".compact")
    temps = (tmp, wal_file(tmp))
    # No progress bar: the copy takes seconds at scale, and DuckDB would draw
    # its bar into the build's output even when that is a CI log.
    con = duckdb.connect(config={"memory_limit": COMPACT_MEMORY})
    try:
        con.execute("set enable_progress_bar = false")
        con.execute(f"attach '{_sql_path(work)}' as work (read_only)")
        total, free = con.execute("select total_blocks, free_blocks from pragma_database_size() "
                                  "where database_name = 'work'").fetchone()
        if free <= COMPACT_FREE_SHARE * total:
            return False
        for stale in temps:     # left by a build killed while compacting
            stale.unlink(missing_ok=True)
        con.execute(f"attach '{_sql_path(tmp)}' as compacted")
        con.execute("copy from database work to compacted")
        con.execute("detach compacted")     # checkpoints it: no log left beside it
        con.execute("detach work")
        if temps[1].exists():
            return False
        os.replace(tmp, work)
        return True
    finally:
        con.close()
        for temp in temps:
            temp.unlink(missing_ok=True)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def wal_file(db: Path) -> Path:
    """DuckDB's write-ahead log of the database file `db`."""
    return db.with_name(db.name + ".wal")


def project_fingerprint(project_dir: Path | None = None) -> str:
    """Hash of everything besides raw that the marts are built from.

    The files of PROJECT_INPUTS (names and bytes, in a fixed order) and the
    versions of dbt and DuckDB. Any change can change rows of articles already
    built, which an incremental run would not revisit.
    """
    project_dir = project_dir or PROJECT_DIR
    h = hashlib.sha256()
    for name in PROJECT_INPUTS:
        root = project_dir / name
        paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in paths:
            if path.is_file():
                h.update(path.relative_to(project_dir).as_posix().encode() + b"\0")
                h.update(path.read_bytes() + b"\0")
    for dist in TOOL_VERSIONS:
        try:
            h.update(f"{dist}=={importlib.metadata.version(dist)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist} missing\0".encode())
    return h.hexdigest()


def project_stamp(work: Path) -> Path:
    """Beside the work file: the project_fingerprint of its last successful dbt build."""
    return work.with_name(work.name + ".project.sha256")


def stamp_is_current(work: Path, fingerprint: str) -> bool:
    """Whether the last dbt build of `work` succeeded with the project of `fingerprint`."""
    stamp = project_stamp(work)
    return stamp.exists() and stamp.read_text() == fingerprint


def parse_cache_dir() -> Path:
    """Where dbt's parse of the project is kept for the next new work file (loaders.parse_cache):
    in the project's own target directory, which `make clean` empties."""
    return PROJECT_DIR / "target" / "parse-cache"


def dbt_target(work: Path) -> Path:
    """Beside the work file: dbt's target directory (compiled SQL, logs/dbt.log, parse cache)."""
    return work.with_name(work.name + ".dbt-target")


def dbt_args(work: Path, full_refresh: bool, parsed: bool = False) -> list[str]:
    """Arguments of the `dbt` command that builds the work file (`parsed`: its target directory
    holds the parse of the current project, from loaders.parse_cache)."""
    target = dbt_target(work)
    cmd = ["build", "--project-dir", str(PROJECT_DIR),
           "--profiles-dir", str(PROJECT_DIR), "--target-path", str(target),
           "--log-path", str(target / "logs"),
           # Results are read from the JSON events on stdout (_dbt_events), not
           # from target/run_results.json: --no-write-json spares writing the
           # manifest (about 1.5 s of every build). The log file stays text.
           "--no-write-json", "--log-format", "json", "--log-format-file", "debug"]
    if full_refresh:
        # The project changed: parse it afresh too (partial parsing can miss
        # what a changed macro implies, e.g. a test's new dependency), unless
        # the parse at hand is one of this very project.
        cmd += ["--full-refresh"] + ([] if parsed else ["--no-partial-parse"])
    else:
        # Only raw changed. Skip what cannot have changed: seeds and models
        # built from seeds alone (tag seed_only), and views (definitions only).
        # Cautious indirect selection drops only the tests all of whose parents
        # are skipped (the seeds' own tests); a test that reads a built table
        # too (relationships to dim_country, evidence via stg_raw__articles) runs.
        cmd += ["--exclude", "resource_type:seed", "tag:seed_only", "config.materialized:view",
                "--indirect-selection", "cautious"]
    return cmd


@contextlib.contextmanager
def start_dbt(work: Path, lock: int | None = None) -> Iterator[subprocess.Popen]:
    """A loaders.dbt_process for `work`, importing dbt until run_dbt gives it work.

    Killed on the way out if the build stopped before running it, and by the
    kernel if the build is killed (it asks for that: BUILD_PID). It holds the
    build's `lock` (a descriptor of loaders.locks.build_lock) while it runs.
    """
    # dbt runs beside the work file and names it by file name alone: the path is
    # part of what dbt checks before it reuses a parse (loaders.parse_cache).
    env = {**os.environ, "WAREHOUSE_PATH": work.name, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
           "BUILD_PID": str(os.getpid())}
    # Run as a script, not `-m loaders.dbt_process`: it needs dbt only (it puts
    # the project on its path itself, for the profile's plugin).
    script = Path(__file__).with_name("dbt_process.py")
    proc = subprocess.Popen([sys.executable, str(script)], env=env, cwd=work.parent,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, pass_fds=() if lock is None else (lock,))
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def run_dbt(work: Path, dbt: subprocess.Popen | None = None) -> tuple[int, bool]:
    """`dbt build` against the work file; returns (tests passed, whether it was a full refresh).

    `dbt` is a process from start_dbt(work), if one was started in advance.

    Incremental when the work file was last built, successfully, by this very
    project (the stamp holds the same project_fingerprint); else --full-refresh,
    which rebuilds every table from raw and reloads the seeds. The stamp is
    removed before dbt starts and written back only when it succeeds, so a
    failed or killed build is followed by a full one.
    """
    stamp = project_stamp(work)
    fingerprint = project_fingerprint()
    full_refresh = not stamp_is_current(work, fingerprint) or marts_behind_raw(work)
    stamp.unlink(missing_ok=True)
    # dbt parses afresh on a full refresh, and when the work file's target directory holds no parse
    # (a copied work file): the kept parse of this project, if any, spares it that
    unparsed = full_refresh or not (dbt_target(work) / parse_cache.PARSE_FILE).exists()
    parsed = unparsed and parse_cache.restore(parse_cache_dir(), fingerprint, work.name, dbt_target(work))
    with contextlib.ExitStack() as stack:
        if dbt is None:
            dbt = stack.enter_context(start_dbt(work))
        stdout, stderr = dbt.communicate(json.dumps(dbt_args(work, full_refresh, parsed)) + "\n")
    events = _dbt_events(stdout)
    if dbt.returncode != 0:
        raise BuildFailed("not published: dbt build failed; the published warehouse is unchanged.\n"
                          + "\n".join(_failure_lines(events, stdout, stderr, work)))
    stamp.write_text(fingerprint)
    if unparsed and not parsed:
        parse_cache.keep(parse_cache_dir(), fingerprint, work.name, dbt_target(work))
    passed = sum(1 for e in events if e["info"]["name"] == "LogTestResult" and e["data"].get("status") == "pass")
    return passed, full_refresh


def _dbt_events(stdout: str) -> list[dict]:
    """dbt's structured log events (--log-format json), one JSON object a line."""
    events = []
    for line in stdout.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if isinstance(event, dict) and isinstance(event.get("info"), dict) and isinstance(event.get("data"), dict):
            events.append(event)
    return events


def _failure_lines(events: list[dict], stdout: str, stderr: str, work: Path | None = None) -> list[str]:
    """One line per failed node: status, unique_id and dbt's message (e.g. the violated
    constraint), then the rows that broke it and their articles (loaders.failures)."""
    status = {e["data"]["node_info"]["unique_id"]: e["data"].get("status", "")
              for e in events if e["info"]["name"] in ("LogTestResult", "LogModelResult", "LogSeedResult")
              and e["data"].get("node_info", {}).get("unique_id")}
    messages: dict[str, list[str]] = {}
    nodes: dict[str, dict] = {}
    for e in events:
        if e["info"]["name"] == "RunResultError":
            uid = e["data"].get("node_info", {}).get("unique_id") or "?"
            messages.setdefault(uid, []).append(" ".join(e["info"].get("msg", "").split()))
            nodes[uid] = e["data"].get("node_info", {})
    rows = offending_rows(work, dbt_target(work), {uid: (nodes[uid], " ".join(messages[uid]))
                                                   for uid in messages}) if work else {}
    lines = []
    for uid, msgs in messages.items():
        lines.append(f"  {status.get(uid, 'error').upper()}: {uid}: {' '.join(msgs)[:300]}")
        lines += rows.get(uid, [])
    if not lines:   # dbt failed before running anything (parse or connection error)
        errors = [e["info"].get("msg", "") for e in events if e["info"].get("level") == "error"]
        tail = errors or (stdout + stderr).strip().splitlines()[-15:]
        lines = ["  " + l for l in tail]
    return lines


def publish(work: Path, warehouse: Path, say=print) -> dict[str, int]:
    """Checkpoint the work file, copy it beside the warehouse, rename it over it.

    Never while a process holds the warehouse open read-write (its changes
    would be lost, and its write-ahead log, `<warehouse>.wal`, would be
    replayed by the next reader onto the new file): the build stops and names
    it. A log left by a writer that is gone belonged to the old file and is
    removed with it; while the rename happens, a read lock keeps writers out.
    """
    con = duckdb.connect(str(work))
    try:
        con.execute("checkpoint")
        rows = {m: con.execute(f"select count(*) from marts.{m}").fetchone()[0] for m in MARTS}
    finally:
        con.close()
    tmp = warehouse.with_name(f".{warehouse.name}.publishing-{os.getpid()}")
    try:
        shutil.copyfile(work, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        with no_writer(warehouse):
            stale = wal_file(warehouse)
            if stale.exists():
                stale.unlink()
                say(f"removed {stale.name}: a write-ahead log a read-write client left beside the old "
                    f"{warehouse.name} (its changes were to the file this build replaces)")
            os.replace(tmp, warehouse)      # atomic on POSIX: readers see old or new, never half
    except Held as e:
        raise BuildFailed(f"not published: {e}: close it (BI tools and the DuckDB CLI can open it "
                          f"read-only), then build again; {warehouse.name} is unchanged, and the "
                          "next build publishes at once") from None
    except OSError as e:
        raise BuildFailed(f"not published: copying {work.name} to {warehouse.parent} failed "
                          f"({e.strerror or e}); {warehouse.name} is unchanged") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return rows


def _unopenable(work: Path) -> str | None:
    """Why the work file cannot be opened after a crash, if it cannot.

    A build killed while dbt ran leaves its last changes in the write-ahead log,
    which DuckDB replays at the next open; for some statements (a column comment
    on a table with a CHECK constraint, duckdb#19712) the replay fails and the
    file never opens again. A file that is not a DuckDB database (overwritten),
    or cut short so that DuckDB cannot read its catalog (truncated), is broken too:
    else every build would stop on it until it was deleted by hand. Other
    errors (a lock held by another process) are not a broken file and are left
    to the load to report.
    """
    if not work.exists():
        return None
    try:
        duckdb.connect(str(work)).close()
    except (duckdb.InternalException, duckdb.SerializationException) as e:
        return "cannot be opened (" + str(e).splitlines()[0][:200] + ")"
    except duckdb.Error as e:
        if "not a valid DuckDB database file" in str(e):
            return "is not a DuckDB database file"
        if "Could not read enough bytes" in str(e):
            return "is truncated (" + str(e).splitlines()[0][:200] + ")"
    return None


def _remove_stale_temps(warehouse: Path) -> None:
    # Left behind by a build killed while copying; never a published file.
    for stale in warehouse.parent.glob(f".{warehouse.name}.publishing-*"):
        try:
            pid = int(stale.name.rsplit("-", 1)[1])
            os.kill(pid, 0)             # still running: leave it alone
        except (ValueError, ProcessLookupError):
            stale.unlink(missing_ok=True)
        except PermissionError:
            pass


def report(r: BuildResult) -> str:
    width = max(len(m) for m in r.rows) if r.rows else 10
    lines = [f"published {r.warehouse}", "  rows per mart:"]
    lines += [f"    {m.ljust(width)}  {n:>9,}" for m, n in r.rows.items()]
    if r.dbt_skipped:
        lines.append("  dbt: not run, nothing to build (no new article; the project is unchanged "
                     "since its last successful build)")
    else:
        lines.append(f"  dbt: {'full refresh' if r.full_refresh else 'incremental'}, "
                     f"tests passed: {r.tests_passed}")
    lines.append("  time: " + ", ".join(f"{k} {v:.1f}s" for k, v in r.timings.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders.build", description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES,
                   help="directory of .txt/.jsonl articles, searched recursively (default: the sample corpus)")
    p.add_argument("--warehouse", type=Path, default=None,
                   help="published DuckDB file (default: $WAREHOUSE_PATH or warehouse.duckdb)")
    p.add_argument("--strict", action="store_true", default=os.environ.get("STRICT") == "1",
                   help="fail, and do not publish, if any input is rejected (also STRICT=1)")
    p.add_argument("--parquet", type=Path, help="also write the raw rows as Parquet under this directory")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="size limit of one article")
    p.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args(argv)
    try:
        build(a.articles, a.warehouse, strict=a.strict, quiet=a.quiet, parquet_dir=a.parquet,
              max_bytes=a.max_bytes, workers=a.workers)
    except BuildFailed as e:
        print(str(e), file=sys.stderr)
        return 1
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except (duckdb.Error, OSError) as e:    # none expected: still a message, not a traceback
        print(f"error: not published: {type(e).__name__}: {' '.join(str(e).split())[:400]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
