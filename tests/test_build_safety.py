"""Nothing a user does around a build breaks the warehouse (issue 15): concurrent
builds, a stale write-ahead log or a read-write holder of the published file,
bad rows, edited files, locks, permissions, a full disk, paths in the Makefile."""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from conftest import SAMPLE, copy_build
from warehouse_helpers import query, write_article

import loaders.build as build_module
from loaders.build import BuildFailed, build, work_file

PROJECT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_build(*args: str, timeout: float = 300, preexec_fn=None) -> subprocess.CompletedProcess:
    """`python -m loaders.build ARGS`, killed with its children if it outlives `timeout`."""
    proc = subprocess.Popen([sys.executable, "-m", "loaders.build", *args], cwd=PROJECT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=preexec_fn)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


class Holder:
    """Another process with a DuckDB file open (read-write unless read_only), until close()."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c",
             "import duckdb, os, sys; con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == '1'); "
             "print(os.getpid(), flush=True); sys.stdin.readline(); con.close()",
             str(path), "1" if read_only else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.pid = int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
        self.proc.wait(timeout=30)


def test_concurrent_builds_are_serialised_and_each_published_file_is_one_whole_build(
        sample_build: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write_article(first, "x.txt", 101)
    write_article(second, "y.txt", 102)
    write_article(second, "z.txt", 103)
    wh = copy_build(sample_build, tmp_path, stamp=True)      # 5 articles
    seen, problems, stop = set(), [], threading.Event()

    def read_while_building() -> None:
        while not stop.is_set():
            try:
                con = duckdb.connect(str(wh), read_only=True)
            except duckdb.Error:
                time.sleep(0.02)        # not published yet
                continue
            try:
                n, trade = con.execute("select (select count(*) from marts.dim_article), "
                                       "(select count(*) from marts.fct_trade_volume)").fetchone()
                seen.add(n)
            except duckdb.Error as e:   # a torn file
                problems.append(str(e))
            finally:
                con.close()
            time.sleep(0.02)

    reader = threading.Thread(target=read_while_building)
    reader.start()
    try:
        procs = [subprocess.Popen([sys.executable, "-m", "loaders.build", "--articles", str(d),
                                   "--warehouse", str(wh)], cwd=PROJECT, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
                 for d in (first, second)]
        outs = [p.communicate(timeout=300) for p in procs]
    finally:
        stop.set()
        reader.join()
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
    assert [p.returncode for p in procs] == [0, 0], outs
    assert problems == []
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 8     # both builds' articles
    assert seen <= {5, 6, 7, 8}     # each file a whole build: before, after one, after both
    waited = [i for i, (out, err) in enumerate(outs) if "waiting for the build" in err]
    assert len(waited) == 1, outs
    other = procs[1 - waited[0]]
    assert f"process {other.pid}" in outs[waited[0]][1]


def test_a_build_killed_while_its_dbt_runs_lets_the_next_build_through(sample_build: Path, tmp_path: Path) -> None:
    # kill -9 of the build's own process (as the kernel kills it for memory),
    # not of its process group. Before, its dbt process wrote the work file on
    # to the end, and the next build, let in by the build lock at once, stopped
    # on "process N holds warehouse.work.duckdb open". Now dbt dies with its
    # build, and the build lock is held until every process of the build is gone.
    wh = copy_build(sample_build, tmp_path, stamp=True)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write_article(first, "x.txt", 111)
    write_article(second, "y.txt", 112)
    killed = subprocess.Popen([sys.executable, "-m", "loaders.build", "--articles", str(first), "--warehouse",
                               str(wh), "--quiet"], cwd=PROJECT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        run = build_module.dbt_target(work_file(wh)) / "run"
        deadline = time.monotonic() + 240
        while not (run.exists() and any(run.rglob("*.sql"))):     # dbt has started building
            assert killed.poll() is None and time.monotonic() < deadline, "the build ended before dbt ran"
            time.sleep(0.05)
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        build(second, wh, quiet=True)
    finally:
        with contextlib.suppress(ProcessLookupError):   # what is left of the killed build
            os.killpg(killed.pid, signal.SIGKILL)
    # The killed build's articles were loaded into the work file: the next build publishes them too.
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 7


def test_a_read_write_holder_is_named_and_its_write_ahead_log_never_reaches_readers(
        sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path, stamp=True)
    wal = wh.with_name(wh.name + ".wal")
    before = digest(wh)
    src = tmp_path / "more"
    shutil.copytree(SAMPLE, src)
    write_article(src, "new.txt", 104)
    # A read-write client that changes the published file (its changes wait in
    # the write-ahead log) while the build runs, then dies without a checkpoint.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, os, sys; con = duckdb.connect(sys.argv[1]); "
         "con.execute(\"set checkpoint_threshold = '1GB'\"); "
         "con.execute('delete from marts.fct_trade_volume'); "
         "print(os.getpid(), flush=True); sys.stdin.readline(); os._exit(0)", str(wh)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        pid = int(holder.stdout.readline())
        with pytest.raises(BuildFailed, match=f"process {pid} .*read-write") as failed:
            build(src, wh, quiet=True)
        assert "unchanged" in str(failed.value)
        assert digest(wh) == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    assert wal.exists()                 # left by the dead writer
    build(src, wh, quiet=True)          # built already: publishes at once
    assert not wal.exists()
    published = query(wh, "select count(*) from marts.fct_trade_volume")[0][0]
    assert published == query(work_file(wh), "select count(*) from marts.fct_trade_volume")[0][0] > 7
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 6


def test_one_bad_row_never_blocks_the_warehouse(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path, stamp=True)
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 105)
    future = (date.today() + timedelta(days=500)).isoformat()
    (src / "feed.jsonl").write_text("".join(
        '{"text": "Baku and Tashkent signed memorandum %d on car parts.", "published_date": "%s"}\n' % (i, d)
        for i, d in enumerate(["1970-01-01", "9999-12-31", "2023-13-45", "yesterday", "2024-03-01"])),
        encoding="utf-8")
    (src / "future.txt").write_text(f"date {future} Kazakhstan exported goods worth $5 million to "
                                    "Uzbekistan in 2023.\n", encoding="utf-8")
    (src / "zero.txt").write_text("Kazakhstan exported goods worth $0 million to Uzbekistan in 2023.\n",
                                  encoding="utf-8")
    build(src, wh, quiet=True)          # published: the bad rows never reached dbt
    assert sorted(query(wh, f"select source_path from marts.dim_article where source_path like '{src}/%'")) == [
        (f"{src}/feed.jsonl:5",), (f"{src}/good.txt",), (f"{src}/zero.txt",)]
    errors = query(wh, "select path, reason from raw.load_errors order by path")
    assert errors == [(f"{src}/feed.jsonl:{n}", "bad_date") for n in (1, 2, 3, 4)] + [
        (f"{src}/future.txt", "bad_date"), (f"{src}/zero.txt", "out_of_range")]
    with pytest.raises(BuildFailed, match="rejected"):
        build(src, wh, strict=True, quiet=True)


def test_an_edited_file_replaces_its_article_in_the_marts(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path, stamp=True)
    src = tmp_path / "in"
    src.mkdir()
    a, b = write_article(src, "a.txt", 131), write_article(src, "b.txt", 132)
    c = write_article(src, "c.txt", 132)
    build(src, wh, quiet=True)
    targets = ("select quantity from marts.fct_production_target join marts.dim_article using (article_id) "
               f"where source_path like '{src}/%' order by 1")
    assert query(wh, targets) == [(1131,), (1132,)]
    st = a.stat()
    write_article(src, "a.txt", 133)                            # same size, and its old time:
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))            # the content tells
    write_article(src, "b.txt", 134)                            # c.txt still holds b's old article
    build(src, wh, quiet=True)
    assert query(wh, targets) == [(1132,), (1133,), (1134,)]
    assert sorted(query(wh, f"select source_path from marts.dim_article where source_path like '{src}/%'")) == [
        (str(a),), (str(b),), (str(c),)]
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 8     # the sample's 5 kept


def test_a_file_held_open_by_another_process_is_named_not_a_traceback(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    holder = Holder(work_file(wh), read_only=True)
    try:
        out = cli_build("--articles", str(SAMPLE), "--warehouse", str(wh))
    finally:
        holder.close()
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert f"process {holder.pid}" in out.stderr and work_file(wh).name in out.stderr


def test_a_read_only_or_missing_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    # sysfs refuses new files even to root: a folder no build can write in
    read_only = cli_build("--articles", str(SAMPLE), "--warehouse", "/sys/fs/w.duckdb")
    missing = cli_build("--articles", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "w.duckdb"))
    for out, path in ((read_only, "/sys/fs"), (missing, str(tmp_path / "nowhere"))):
        assert out.returncode != 0
        assert "Traceback" not in out.stderr
        assert path in out.stderr


def test_a_full_disk_while_loading_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    def small_disk() -> None:      # every file stops at 1 MB: writes past it fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))

    wh = tmp_path / "w.duckdb"
    out = cli_build("--articles", str(SAMPLE), "--warehouse", str(wh), preexec_fn=small_disk)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "not published" in out.stderr and "File too large" in out.stderr
    assert not wh.exists()


def test_a_full_disk_while_publishing_is_a_message_and_the_published_file_is_kept(
        sample_build: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    wh = copy_build(sample_build, tmp_path, stamp=True)
    before = digest(wh)
    real_copy = shutil.copyfile

    def full_disk(src, dst, *a, **k):
        if Path(dst).name.startswith(f".{wh.name}.publishing"):
            real_copy(src, dst)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return real_copy(src, dst, *a, **k)

    monkeypatch.setattr(build_module.shutil, "copyfile", full_disk)
    assert build_module.main(["--articles", str(SAMPLE), "--warehouse", str(wh)]) == 1
    err = capsys.readouterr().err
    assert "not published" in err and "No space left on device" in err and "Traceback" not in err
    assert digest(wh) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("name", ["raw.v2.duckdb", "Marts.backup.duckdb", "it's.duckdb"])
def test_a_warehouse_name_duckdb_or_dbt_would_misread_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(BuildFailed, match="a warehouse file may not be named"):
        build(SAMPLE, tmp_path / name, quiet=True)
    assert not (tmp_path / name).exists()


def test_the_makefile_passes_quotes_and_backticks_as_paths(tmp_path: Path) -> None:
    # Each path reaches the build as written, quotes and backticks and all
    # (it names it in its message), and no command in it runs.
    odd = 'it\'s "q" `touch pwned` ; echo'

    def make(articles: Path, warehouse: Path) -> subprocess.CompletedProcess:
        return subprocess.run(["make", "-s", "-C", str(PROJECT), "build", f"ARTICLES={articles}",
                               f"WAREHOUSE={warehouse}"], capture_output=True, text=True, timeout=120)

    out = make(tmp_path / f"in {odd}", tmp_path / "w.duckdb")
    assert out.returncode != 0 and f"error: {tmp_path / f'in {odd}'}: no such file or directory" in out.stderr
    out = make(SAMPLE, tmp_path / f"{odd}.duckdb")       # a quote in a catalog name: refused by name
    assert out.returncode != 0 and f"{odd}.duckdb: a warehouse file may not be named" in out.stderr
    out = subprocess.run(["make", "-s", "-C", str(PROJECT), "sql", f"WAREHOUSE={tmp_path / odd}"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and f"{tmp_path / odd}: no warehouse yet" in out.stdout
    assert not (PROJECT / "pwned").exists() and not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("damage", ["overwritten", "truncated"])
def test_a_work_file_that_is_not_a_whole_database_is_started_again(tmp_path: Path, damage: str) -> None:
    # Overwritten or cut short, the private work file is rebuilt from the
    # published warehouse (the restart itself: test_build's unopenable test);
    # before, every build stopped on it until it was deleted by hand.
    work = tmp_path / "w.work.duckdb"
    if damage == "overwritten":
        work.write_bytes(b"not a database " * 1000)
    else:
        con = duckdb.connect(str(work))
        con.execute("create table t as select range as i, 'row ' || range as s from range(1000)")
        con.close()
        os.truncate(work, work.stat().st_size // 2)
    assert build_module._unopenable(work).startswith(
        {"overwritten": "is not a DuckDB database file", "truncated": "is truncated"}[damage])
