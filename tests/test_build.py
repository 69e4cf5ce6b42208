"""The whole pipeline: load, dbt build, atomic publish, and what must never break it."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import copy_build

from loaders.build import MARTS, BuildFailed, build, dbt_target, project_stamp, run_dbt, work_file

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT / "corpus" / "sample" / "articles"
BI_DUCKDB = PROJECT / ".venv" / "bi-duckdb-1.5.5"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(path: Path, sql: str):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def article(tmp: Path, name: str, serial: int) -> Path:
    p = tmp / name
    p.write_text(
        f"Plant {serial} opens in Kostanay\n\nKOSTANAY - Allur Group said on Monday its Kostanay plant "
        f"will produce {1000 + serial:,} cars a year. Kazakhstan exported goods worth ${serial} million "
        f"to Uzbekistan in 2023.\n", encoding="utf-8")
    return p


def test_sample_build_publishes_every_mart(sample_build: Path) -> None:
    tables = {r[0] for r in query(sample_build, "select table_name from information_schema.tables "
                                                "where table_schema = 'marts' and table_type = 'BASE TABLE'")}
    assert set(MARTS) <= tables
    assert query(sample_build, "select count(*) from marts.dim_article")[0][0] == 5
    assert query(sample_build, "select count(*) from marts.dim_country")[0][0] > 240
    for fact in ("fct_production_target", "fct_trade_volume", "fct_agreement"):
        assert query(sample_build, f"select count(*) from marts.{fact}")[0][0] > 0, fact


def test_loading_the_same_directory_twice_changes_nothing(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    before = {m: query(wh, f"select count(*) from marts.{m}")[0][0] for m in MARTS}
    raw_before = query(wh, "select count(*) from raw.articles")[0][0]
    result = build(SAMPLE, wh, quiet=True)
    assert result.load.articles_new == 0
    assert query(wh, "select count(*) from raw.articles")[0][0] == raw_before
    assert {m: query(wh, f"select count(*) from marts.{m}")[0][0] for m in MARTS} == before


def test_a_new_warehouse_reuses_the_parse_of_the_same_project(sample_build: Path, tmp_path: Path) -> None:
    """dbt parses the project once per project version (loaders.parse_cache): a new warehouse's first,
    full build starts from the parse the sample's build kept, and dbt itself finds nothing to reparse."""
    src = tmp_path / "in"
    src.mkdir()
    article(src, "a.txt", 1)
    wh = tmp_path / "warehouse.duckdb"
    result = build(src, wh, quiet=True)
    assert result.full_refresh and result.tests_passed > 0
    log = (dbt_target(work_file(wh)) / "logs" / "dbt.log").read_text()
    assert "Nothing changed, skipping partial parsing" in log
    assert "Starting full parse" not in log


def test_a_copied_work_file_reuses_the_parse_on_an_incremental_build(sample_build: Path, tmp_path: Path) -> None:
    """A work file copied with its stamp (no target directory beside it) builds incrementally, from
    the kept parse of the same project rather than a parse from scratch."""
    wh = copy_build(sample_build, tmp_path, stamp=True)
    src = tmp_path / "more"
    shutil.copytree(SAMPLE, src)
    article(src, "new.txt", 8)
    result = build(src, wh, quiet=True)
    assert not result.full_refresh and result.load.articles_new == 1
    log = (dbt_target(work_file(wh)) / "logs" / "dbt.log").read_text()
    assert "Starting full parse" not in log and "saved manifest not found" not in log


def test_same_article_in_two_files_is_one_row(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    article(src, "a.txt", 1)
    shutil.copyfile(src / "a.txt", src / "b.txt")
    wh = tmp_path / "w.duckdb"
    result = build(src, wh, quiet=True)
    assert (result.load.articles_new, result.load.articles_duplicate) == (1, 1)
    assert query(wh, "select file_name from marts.dim_article") == [("a.txt",)]


def test_new_files_add_only_themselves(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    src = tmp_path / "more"
    shutil.copytree(SAMPLE, src)
    article(src, "new.txt", 7)
    result = build(src, wh, quiet=True)
    assert result.load.articles_new == 1
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 6


@pytest.mark.parametrize("incremental", [False, True])
def test_failing_dbt_test_does_not_publish_and_names_the_article_and_row(sample_build: Path, tmp_path: Path, incremental: bool) -> None:
    wh = copy_build(sample_build, tmp_path)
    if incremental:     # the stamp of the last successful build: dbt adds the new article only
        shutil.copyfile(project_stamp(work_file(sample_build)), project_stamp(work_file(wh)))
    before = digest(wh)
    # Raw is append-only by article, and a build adds the articles not built
    # yet: the bad row comes with a new article (a copy of one, another id).
    con = duckdb.connect(str(work_file(wh)))
    con.execute("insert into raw.articles select * replace ('bad' || article_id as article_id) "
                "from raw.articles limit 1")
    con.execute("insert into raw.production_candidates (article_id, fact_no, sentence_no, evidence, "
                "quantity, unit, basis, target_kind) select article_id, 99, 0, 'a sentence that is not "
                "in the article', 5, 'vehicles', 'annual', 'plan' from raw.articles "
                "where article_id like 'bad%'")
    con.close()
    with pytest.raises(BuildFailed, match="not published") as failed:
        build(SAMPLE, wh, quiet=True)
    assert digest(wh) == before
    # The message names the failed test, with dbt's own words.
    assert "FAIL: test.news_warehouse.evidence_in_article_fct_production_target" in str(failed.value)
    assert "Got 1 result" in str(failed.value)
    # ... and the article and the row that broke it.
    (bad_id, source), = query(work_file(wh), "select article_id, source_path from raw.articles "
                                             "where article_id like 'bad%'")
    assert f"article {bad_id} ({source})" in str(failed.value)
    assert "a sentence that is not in the article" in str(failed.value)
    assert not project_stamp(work_file(wh)).exists()     # so the next build is a full one
    # Each branch of the test's SQL ran: the incremental one bounds loaded_at.
    compiled = next(dbt_target(work_file(wh)).rglob("evidence_in_article_fct_production_target_evidence.sql"))
    assert ("loaded_at" in compiled.read_text()) == incremental


def _dbt_running_nodes(warehouse: Path) -> bool:
    """Whether dbt has begun building nodes (its log, beside the work file, says so)."""
    log = dbt_target(work_file(warehouse)) / "logs" / "dbt.log"
    try:
        return "Began running node" in log.read_text(errors="replace")
    except OSError:
        return False


def test_killed_build_leaves_the_published_warehouse(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    before = digest(wh)
    src = tmp_path / "more"
    shutil.copytree(SAMPLE, src)
    article(src, "new.txt", 8)
    proc = subprocess.Popen([sys.executable, "-m", "loaders.build", "--articles", str(src),
                             "--warehouse", str(wh), "--quiet"], cwd=PROJECT, start_new_session=True)
    deadline = time.time() + 120
    while not _dbt_running_nodes(wh) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before dbt started"
    os.killpg(proc.pid, signal.SIGKILL)     # the build and its dbt child, mid-build
    proc.wait()
    assert digest(wh) == before
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 5
    # The next build recovers and publishes the new article.
    build(src, wh, quiet=True)
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 6


def test_a_work_file_left_unopenable_by_a_crash_is_started_again(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    work = work_file(wh)
    # A process killed after a column comment, before any checkpoint: DuckDB
    # cannot replay that write-ahead log (duckdb#19712), as after a build
    # killed while dbt documented its models.
    subprocess.run([sys.executable, "-c",
                    "import duckdb, os, sys; con = duckdb.connect(sys.argv[1]); "
                    "con.execute(\"set checkpoint_threshold = '1GB'\"); "
                    "con.execute(\"comment on column marts.dim_country.country_code is 'x'\"); "
                    "os._exit(0)", str(work)], check=True)
    try:
        duckdb.connect(str(work)).close()
        pytest.skip("this DuckDB replays such a log: nothing to recover from")
    except duckdb.InternalException:
        pass
    src = tmp_path / "more"
    shutil.copytree(SAMPLE, src)
    article(src, "new.txt", 10)
    result = build(src, wh, quiet=True)
    assert result.full_refresh
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 6


def test_staged_sentences_are_the_texts_the_loader_split(sample_build: Path) -> None:
    # raw.sentences keeps offsets; staging cuts the text, which must be the
    # very sentence Python split (offsets count characters, not bytes).
    from extraction.sentences import split_sentences
    texts = dict(query(sample_build, "select article_id, text from raw.articles"))
    staged = query(sample_build, "select article_id, sentence_no, sentence_text "
                                 "from staging.stg_raw__sentences")
    expected = {(aid, s.sentence_no): s.text for aid, text in texts.items() for s in split_sentences(text)}
    assert any(not t.isascii() for t in expected.values())     # the check covers non-ASCII text
    assert {(aid, no): t for aid, no, t in staged} == expected


def test_dbt_leaves_no_write_ahead_log(sample_build: Path, tmp_path: Path) -> None:
    # loaders/dbt_process.py ends without interpreter teardown: only after a
    # checkpoint, so nothing is left for a later open to replay.
    wh = copy_build(sample_build, tmp_path)
    work = work_file(wh)
    passed, full_refresh = run_dbt(work)
    assert passed > 0 and full_refresh
    assert not work.with_name(work.name + ".wal").exists()
    assert query(work, "select count(*) from marts.dim_article")[0][0] == 5


def test_open_reader_does_not_block_a_build(sample_build: Path, tmp_path: Path) -> None:
    wh = copy_build(sample_build, tmp_path)
    reader = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
         "print(con.execute('select count(*) from marts.dim_article').fetchone()[0], flush=True); "
         "sys.stdin.readline(); "
         "print(con.execute('select count(*) from marts.dim_article').fetchone()[0], flush=True)", str(wh)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "5"
        src = tmp_path / "more"
        shutil.copytree(SAMPLE, src)
        article(src, "new.txt", 9)
        build(src, wh, quiet=True)
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "5"     # the reader keeps its snapshot
    finally:
        reader.kill()
        reader.wait()
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 6


def test_published_file_opens_read_only_in_duckdb_1_5(sample_build: Path) -> None:
    assert BI_DUCKDB.is_dir(), "run `make setup`: it installs DuckDB 1.5.5 for this test"
    code = ("import duckdb, sys; assert duckdb.__version__ == '1.5.5', duckdb.__version__; "
            "con = duckdb.connect(sys.argv[1], read_only=True); "
            "print(con.execute('select count(*) from marts.fct_trade_volume').fetchone()[0])")
    env = {**os.environ, "PYTHONPATH": str(BI_DUCKDB)}
    out = subprocess.run([sys.executable, "-c", code, str(sample_build)], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == query(sample_build, "select count(*) from marts.fct_trade_volume")[0][0]


def test_bad_input_is_rejected_recorded_and_good_input_loads(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    article(src, "good.txt", 3)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "cyrillic.txt").write_bytes("Завод в Костанае выпустил 70 000 машин в 2023 году.".encode("cp1251"))
    (src / "feed.jsonl").write_text('{"text": "Baku and Tashkent signed a memorandum."}\n{broken\n',
                                    encoding="utf-8")
    wh = tmp_path / "w.duckdb"
    result = build(src, wh, quiet=True)
    assert result.load.articles_new == 3
    errors = dict(query(wh, "select path, reason from raw.load_errors"))
    assert {Path(p).name: r for p, r in errors.items()} == {
        "empty.txt": "empty", "binary.txt": "binary", "feed.jsonl:2": "bad_json"}
    assert query(wh, "select encoding from raw.articles where file_name = 'cyrillic.txt'") == [("cp1251",)]


def test_strict_turns_a_rejection_into_a_failed_unpublished_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    article(src, "good.txt", 4)
    (src / "empty.txt").write_bytes(b"")
    wh = tmp_path / "w.duckdb"
    with pytest.raises(BuildFailed, match="rejected"):
        build(src, wh, strict=True, quiet=True)
    assert not wh.exists()
    out = subprocess.run([sys.executable, "-m", "loaders.build", "--articles", str(src),
                          "--warehouse", str(wh), "--strict"], cwd=PROJECT, capture_output=True, text=True)
    assert out.returncode == 1
    assert "empty.txt" in out.stderr and "not published" in out.stderr


def test_a_warehouse_named_after_a_schema_is_refused_with_the_reason(tmp_path: Path) -> None:
    from loaders.build import BuildFailed, build
    with pytest.raises(BuildFailed, match="raw.duckdb.*named after one of its schemas"):
        build(warehouse=tmp_path / "raw.duckdb", quiet=True)
    assert not (tmp_path / "raw.duckdb").exists()


def test_bench_reads_dbt_node_time_from_the_build_log(sample_build: Path) -> None:
    from bench.run import dbt_nodes
    nodes = dbt_nodes(sample_build)
    assert nodes is not None and nodes["seconds"] > 0
    assert "data tests" in nodes["what"] and nodes["nodes"] > 20
    assert dbt_nodes(sample_build.with_name("never-built.duckdb")) is None
