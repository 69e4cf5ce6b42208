"""The raw loader: incremental by file and article, Parquet copy, quiet in logs."""
from __future__ import annotations

from pathlib import Path

import duckdb

from loaders.load import load, main
from warehouse_helpers import run_killable, write_article

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample" / "articles"


def count(wh: Path, table: str) -> int:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(f"select count(*) from raw.{table}").fetchone()[0]
    finally:
        con.close()


def test_second_load_reads_no_unchanged_file(tmp_path: Path) -> None:
    wh = tmp_path / "w.duckdb"
    first = load(SAMPLE, wh, workers=1, progress=False)
    assert (first.files_seen, first.articles_new, first.files_skipped) == (5, 5, 0)
    sentences = count(wh, "sentences")
    second = load(SAMPLE, wh, workers=2, progress=False)
    assert (second.files_skipped, second.articles_new, second.bytes_read) == (5, 0, 0)
    assert count(wh, "articles") == 5 and count(wh, "sentences") == sentences
    assert count(wh, "loads") == 2


def test_a_warehouse_with_sentence_texts_is_loaded_after_dropping_them(tmp_path: Path) -> None:
    # Earlier versions stored each sentence's text in raw.sentences too.
    wh = tmp_path / "w.duckdb"
    con = duckdb.connect(str(wh))
    con.execute("create schema raw")
    con.execute("create table raw.sentences (article_id varchar, sentence_no integer, "
                "char_start integer, char_end integer, text varchar)")
    con.execute("insert into raw.sentences values ('x', 0, 0, 5, 'Hello')")
    con.close()
    load(SAMPLE, wh, workers=1, progress=False)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        columns = [r[0] for r in con.execute("describe raw.sentences").fetchall()]
        kept = con.execute("select count(*) from raw.sentences where article_id = 'x'").fetchone()[0]
    finally:
        con.close()
    assert columns == ["article_id", "sentence_no", "char_start", "char_end"]
    assert kept == 1 and count(wh, "sentences") > 5


def test_parallel_and_serial_loads_write_the_same_rows(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    load(SAMPLE, serial, workers=1, progress=False)
    load(SAMPLE, parallel, workers=2, progress=False)
    for table in ("articles", "sentences", "mentions", "production_candidates", "trade_candidates",
                  "agreement_candidates", "agreement_party_candidates", "plant_candidates"):
        assert count(serial, table) == count(parallel, table), table


def test_parquet_copy_has_every_raw_table_partitioned_by_load(tmp_path: Path) -> None:
    from loaders.raw_store import RAW_TABLES

    wh, pq = tmp_path / "w.duckdb", tmp_path / "parquet"
    first = load(SAMPLE, wh, parquet_dir=pq, workers=1, progress=False)
    again = load(SAMPLE, wh, parquet_dir=pq, workers=1, progress=False)     # adds no article
    for table in RAW_TABLES:
        # every table, even one without rows (load_errors; articles of the second load),
        # in a folder per load, and the load in the folder name only (one partition column)
        for r in (first, again):
            files = list((pq / table / f"load_id={r.load_id}").glob("*.parquet"))
            assert files, (table, r.load_id)
            stored = duckdb.sql(f"describe select * from read_parquet('{files[0]}', hive_partitioning = false)").fetchall()
            assert "load_id" not in [c[0] for c in stored], table
        read = f"read_parquet('{pq}/{table}/*/*.parquet', hive_partitioning = true)"
        assert duckdb.sql(f"select count(*) from {read}").fetchone()[0] == count(wh, table), table
    loads = duckdb.sql(f"select load_id, articles_new from read_parquet('{pq}/loads/*/*.parquet', "
                       "hive_partitioning = true) order by articles_new").fetchall()
    assert loads == [(again.load_id, 0), (first.load_id, 5)]


def test_cli_is_quiet_without_a_terminal(tmp_path: Path, capsys) -> None:
    assert main(["--articles", str(SAMPLE), "--warehouse", str(tmp_path / "w.duckdb")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("loaded 5 new article(s)")
    assert err == ""        # no progress lines in logs


def test_documents_are_read_only_a_bounded_window_ahead_of_the_writer(monkeypatch) -> None:
    # Memory stays flat with the corpus: the reader may run ahead of the writer
    # by at most WINDOW chunks per worker, however slow the writer is.
    import loaders.load as L
    from loaders.sources import discover

    files = discover(SAMPLE) * 12                      # 60 tasks (duplicates are fine here)
    pulled = 0

    def counting_tasks(items, max_bytes):
        nonlocal pulled
        for item in items:
            pulled += 1
            yield item

    monkeypatch.setattr(L, "CHUNK", 1)
    monkeypatch.setattr(L, "tasks", counting_tasks)
    ahead, consumed = [], 0
    for _ in L._extract_all(files, 10**6, 2, "test"):
        consumed += 1
        ahead.append(pulled - consumed)
    assert consumed == len(files)
    assert max(ahead) <= L.WINDOW * 2
    assert max(ahead) >= 1                             # it does read ahead: the cores stay busy


def test_an_article_repeated_in_one_chunk_and_across_chunks_is_written_once(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    text = (SAMPLE / sorted(p.name for p in SAMPLE.iterdir())[0]).read_text()
    for i in range(150):                               # spans three chunks of 64
        (src / f"copy{i:03d}.txt").write_text(text)
    wh = tmp_path / "w.duckdb"
    r = load(src, wh, workers=2, progress=False)
    assert (r.articles_new, r.articles_duplicate) == (1, 149)
    assert count(wh, "articles") == 1
    con = duckdb.connect(str(wh), read_only=True)
    try:
        per_article = con.execute(
            "select count(*), count(distinct sentence_no) from raw.sentences").fetchone()
    finally:
        con.close()
    assert per_article[0] == per_article[1]            # no sentence written twice


# Issue 15: nothing a user feeds in breaks the load.

def rows(wh: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_bad_field_rejects_its_line_and_the_good_files_beside_it_load(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 1)
    (src / "feed.jsonl").write_text(
        '{"text": "Baku signed a memorandum.", "title": "\\ud800"}\n'
        '{"text": "Tashkent signed a deal.", "url": "\\udfff"}\n'
        '{"text": "Astana signed a roadmap.", "source": "\\ud83d"}\n'
        '{"text": "Ankara signed a treaty."}\n', encoding="utf-8")
    wh = tmp_path / "w.duckdb"
    r = load(src, wh, workers=2, progress=False)
    assert r.articles_new == 2
    assert sorted(rows(wh, "select path, reason from raw.load_errors")) == [
        (f"{src}/feed.jsonl:{n}", "bad_unicode") for n in (1, 2, 3)]


def test_each_bad_input_is_recorded_once_not_on_every_load(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 2)
    (src / "feed.jsonl").write_text('{broken\n{"text": "Baku signed a memorandum."}\n{"title": "x"}\n',
                                    encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    wh = tmp_path / "w.duckdb"
    for _ in range(3):
        assert main(["--articles", str(src), "--warehouse", str(wh), "--strict"]) == 1   # still bad: still fails
    assert sorted(rows(wh, "select path, reason from raw.load_errors")) == [
        (f"{src}/empty.txt", "empty"), (f"{src}/feed.jsonl:1", "bad_json"), (f"{src}/feed.jsonl:3", "no_text")]
    (src / "empty.txt").unlink()
    (src / "feed.jsonl").write_text('{"text": "Baku signed a memorandum."}\n', encoding="utf-8")
    assert main(["--articles", str(src), "--warehouse", str(wh), "--strict"]) == 0      # fixed: passes
    assert count(wh, "load_errors") == 3 and count(wh, "articles") == 2


def test_hidden_entries_are_listed_as_skipped_and_linked_folders_are_searched(tmp_path: Path) -> None:
    src, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    src.mkdir()
    elsewhere.mkdir()
    write_article(src, "a.txt", 3)
    write_article(src, ".draft.txt", 4)
    (src / ".git").mkdir()
    write_article(src / ".git", "b.txt", 5)
    write_article(elsewhere, "c.txt", 6)
    (src / "linked").symlink_to(elsewhere, target_is_directory=True)
    (src / "loop").symlink_to(src, target_is_directory=True)
    wh = tmp_path / "w.duckdb"
    r = load(src, wh, workers=1, progress=False)
    assert sorted(p for (p,) in rows(wh, "select source_path from raw.articles")) == [
        f"{src}/a.txt", f"{src}/linked/c.txt"]
    assert sorted(rows(wh, "select path, reason, severity from raw.load_errors")) == [
        (f"{src}/.draft.txt", "hidden", "skipped"), (f"{src}/.git", "hidden", "skipped"),
        (f"{src}/loop", "already_searched", "skipped")]
    assert r.articles_new == 2
    load(src, wh, workers=1, progress=False)
    assert count(wh, "load_errors") == 3        # listed once


def test_only_regular_files_are_read_so_a_fifo_or_a_device_never_hangs_the_load(tmp_path: Path) -> None:
    import os
    import resource
    import sys
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 23)
    os.mkfifo(src / "x.txt")                       # no writer: open() would wait forever
    (src / "zero.txt").symlink_to("/dev/zero")    # size 0 on stat, endless on read

    def limit() -> None:        # an endless read fails fast instead of taking the machine's memory
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    wh = tmp_path / "w.duckdb"
    out = run_killable([sys.executable, "-m", "loaders.load", "--articles", str(src), "--warehouse", str(wh)],
                       timeout=60, cwd=Path(__file__).resolve().parent.parent, preexec_fn=limit)
    assert out.returncode == 0, out.stderr[-2000:]
    assert rows(wh, "select file_name from raw.articles") == [("good.txt",)]
    assert sorted(rows(wh, "select path, reason from raw.load_errors")) == [
        (f"{src}/x.txt", "not_a_file"), (f"{src}/zero.txt", "not_a_file")]


def test_a_dead_worker_fails_the_load_naming_the_file_it_was_reading(tmp_path: Path) -> None:
    import sys
    src = tmp_path / "in"
    src.mkdir()
    for i in range(20):
        write_article(src, f"a{i:02d}.txt", 10 + i)
    write_article(src, "boom.txt", 40)
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import loaders.load as L\n"
        "real = L.extract_article\n"
        "def dying(doc, on_error=None):\n"
        "    if Path(doc.path).name == 'boom.txt':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)   # as the kernel kills a process out of memory\n"
        "    return real(doc, on_error)\n"
        "L.extract_article = dying\n"
        "try:\n"
        "    L.load(Path(sys.argv[1]), Path(sys.argv[2]), workers=2, progress=False)\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n"
        "    sys.exit(3)\n")
    project = Path(__file__).resolve().parent.parent
    out = run_killable([sys.executable, "-c", code, str(src), str(tmp_path / "w.duckdb")], timeout=90, cwd=project)
    assert out.returncode == 3, out.stdout + out.stderr[-2000:]
    assert f"{src}/boom.txt" in out.stdout and "SIGKILL" in out.stdout


def test_an_edited_file_replaces_its_article_and_its_content_decides_what_changed(tmp_path: Path) -> None:
    import os
    src = tmp_path / "in"
    src.mkdir()
    a, b = write_article(src, "a.txt", 11), write_article(src, "b.txt", 12)
    c, d = write_article(src, "c.txt", 13), write_article(src, "d.txt", 13)     # one article, two files
    wh = tmp_path / "w.duckdb"
    load(src, wh, workers=1, progress=False)
    old = dict(rows(wh, "select source_path, article_id from raw.articles"))
    assert len(old) == 3
    stat_b = b.stat()
    write_article(src, "a.txt", 2001)                       # longer: a new size and time
    write_article(src, "b.txt", 14)                         # same size ...
    os.utime(b, ns=(stat_b.st_atime_ns, stat_b.st_mtime_ns))    # ... and its old time
    assert b.stat().st_size == stat_b.st_size
    write_article(src, "c.txt", 15)                         # d.txt still holds c's old article
    r = load(src, wh, workers=1, progress=False)
    assert (r.articles_new, r.files_skipped) == (3, 1)
    now = dict(rows(wh, "select source_path, article_id from raw.articles"))
    assert sorted(now) == [str(a), str(b), str(c), str(d)]
    assert now[str(d)] == old[str(c)]                       # kept, now under the file that holds it
    assert old[str(a)] not in now.values() and old[str(b)] not in now.values()
    for table in ("sentences", "mentions", "production_candidates", "trade_candidates"):
        ids = {i for (i,) in rows(wh, f"select distinct article_id from raw.{table}")}
        assert ids <= set(now.values()), table
    # Touched, not changed: its content decides, so nothing is extracted again.
    os.utime(a)
    r = load(src, wh, workers=1, progress=False)
    assert (r.articles_new, r.articles_duplicate, r.files_skipped) == (0, 0, 4)


def test_values_the_marts_would_refuse_are_refused_at_load_with_the_file_and_reason(tmp_path: Path) -> None:
    from datetime import date, timedelta
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 21)
    future = (date.today() + timedelta(days=500)).isoformat()
    (src / "future.txt").write_text(f"date {future} Kazakhstan exported goods worth $5 million to "
                                    "Uzbekistan in 2023.\n", encoding="utf-8")
    (src / "zero.txt").write_text("Kazakhstan exported goods worth $0 million to Uzbekistan in 2023. "
                                  "Allur said its Kostanay plant will produce 3,000 cars a year.\n",
                                  encoding="utf-8")
    wh = tmp_path / "w.duckdb"
    assert main(["--articles", str(src), "--warehouse", str(wh), "--strict", "--workers", "1"]) == 1
    errors = {Path(p).name: (reason, detail) for p, reason, detail in
              rows(wh, "select path, reason, detail from raw.load_errors")}
    assert set(errors) == {"future.txt", "zero.txt"}
    assert errors["future.txt"][0] == "bad_date" and future in errors["future.txt"][1]
    assert errors["zero.txt"][0] == "out_of_range" and "amount" in errors["zero.txt"][1]
    assert sorted(Path(p).name for (p,) in rows(wh, "select source_path from raw.articles")) == [
        "good.txt", "zero.txt"]        # the article without the figure the marts would refuse
    assert rows(wh, "select count(*) from raw.trade_candidates where amount <= 0") == [(0,)]
    assert rows(wh, "select count(*) from raw.production_candidates c join raw.articles a using (article_id) "
                    "where a.file_name = 'zero.txt'") == [(1,)]


def test_a_warehouse_of_an_earlier_version_gets_the_new_raw_columns(tmp_path: Path) -> None:
    # raw.files without content hashes, raw.load_errors without severity:
    # columns are added, earlier errors count as errors, and files read by
    # the earlier version are read once more to learn their content.
    wh = tmp_path / "w.duckdb"
    con = duckdb.connect(str(wh))
    con.execute("create schema raw")
    con.execute("create table raw.files (path varchar, size_bytes bigint, modified_ns bigint, "
                "load_id varchar, articles integer, errors integer)")
    con.execute("create table raw.load_errors (load_id varchar, path varchar, reason varchar, "
                "detail varchar, occurred_at timestamp)")
    con.execute("insert into raw.load_errors values ('old', 'x.txt', 'empty', 'x.txt: no text', now())")
    one = sorted(SAMPLE.iterdir())[0]
    con.execute("insert into raw.files values (?, ?, ?, 'old', 1, 0)",
                [str(one), one.stat().st_size, one.stat().st_mtime_ns])
    con.close()
    first = load(SAMPLE, wh, workers=1, progress=False)
    second = load(SAMPLE, wh, workers=1, progress=False)
    assert (first.files_skipped, first.articles_new, second.files_skipped) == (0, 5, 5)
    assert rows(wh, "select severity from raw.load_errors") == [("error",)]
    assert rows(wh, "select count(*) from raw.files where content_sha256 is not null") == [(5,)]


def test_a_name_that_is_not_utf8_is_rejected_and_the_rest_loads(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 22)
    with open(src.as_posix().encode() + b"/bad\xffname.txt", "w") as fh:    # bytes no decoder maps
        fh.write("Kazakhstan exported goods worth $5 million to Uzbekistan in 2023.")
    wh = tmp_path / "w.duckdb"
    r = load(src, wh, workers=1, progress=False)
    assert r.articles_new == 1
    assert rows(wh, "select path, reason from raw.load_errors") == [(f"{src}/bad\ufffdname.txt", "bad_name")]


def test_the_parquet_copy_read_with_its_retirements_equals_raw_after_edits(tmp_path: Path) -> None:
    """DuckDB deletes the articles an edit retires; the append-only Parquet copy
    records them in retired_articles instead. Read by the rule the Spark views
    use (macros/spark/register_raw_parquet), and by the Spark job's own account
    of the directory (spark_extract.ParquetRaw), it is the same raw layer."""
    from loaders.raw_store import ARTICLE_TABLES, current_files
    from loaders.spark_extract import ParquetRaw

    src, pq = tmp_path / "in", tmp_path / "pq"
    src.mkdir()
    write_article(src, "a.txt", 31), write_article(src, "b.txt", 32)
    write_article(src, "c.txt", 33), write_article(src, "d.txt", 33)      # one article, two files
    wh = tmp_path / "w.duckdb"
    load(src, wh, workers=1, progress=False, parquet_dir=pq)
    before = ParquetRaw(pq)
    write_article(src, "a.txt", 34)                     # a's article goes
    write_article(src, "c.txt", 35)                     # d.txt still holds c's old one
    r = load(src, wh, workers=1, progress=False, parquet_dir=pq)
    assert r.articles_retired == 1

    con = duckdb.connect(str(wh), read_only=True)
    try:
        load2 = con.execute("select max(load_id) from raw.loads").fetchone()[0]
        retired = [a for (a,) in con.execute("select article_id from raw.retired_articles").fetchall()]
        holds = con.execute("select path, article_id, source_path, load_id from raw.file_articles "
                            "where load_id = ?", [load2]).fetchall()
        assert before.retired_by([str(src / "a.txt"), str(src / "c.txt")], holds) == retired
        after = ParquetRaw(pq)
        assert after.article_ids() == {a for (a,) in con.execute("select article_id from raw.articles").fetchall()}
        assert {p: (s.stat, s.sha256) for p, s in after.files.items()} == \
               {p: (s.stat, s.sha256) for p, s in current_files(con).items()}
        for table in ARTICLE_TABLES:
            scan = f"read_parquet('{pq}/{table}/*/*.parquet', hive_partitioning = true)"
            live = (f"select t.* exclude (load_id) from {scan} as t anti join "
                    f"read_parquet('{pq}/retired_articles/*/*.parquet', hive_partitioning = true) as r "
                    f"on r.article_id = t.article_id and r.load_id >= t.load_id")
            columns = ", ".join(d[0] for d in con.execute(f"select * from ({live}) limit 0").description)
            if table == "articles":     # DuckDB credits a kept article to the file that still holds it
                columns = columns.replace("file_name, source_path, ", "")
            mine = f"select {columns} from raw.{table}"
            theirs = f"select {columns} from ({live})"
            assert con.execute(f"select count(*) from ({mine} except all {theirs})").fetchone()[0] == 0, table
            assert con.execute(f"select count(*) from ({theirs} except all {mine})").fetchone()[0] == 0, table
    finally:
        con.close()


def test_a_failing_extraction_step_keeps_the_article_and_warns_naming_the_file_and_step(tmp_path: Path,
                                                                                        monkeypatch) -> None:
    import extraction.pipeline as P

    def broken(d):
        if "broken" in d.doc.path:
            raise IndexError("list index out of range")
        d.facts = P.extract_facts(d.article, d.sentences, d.mentions, d.places)

    monkeypatch.setattr(P, "STEPS", tuple((n, broken if n == "facts" else f) for n, f in P.STEPS))
    src = tmp_path / "in"
    src.mkdir()
    write_article(src, "good.txt", 1)
    (src / "broken.txt").write_text("Kazakh trade\n\nKazakhstan and China signed a memorandum in Astana.\n",
                                    encoding="utf-8")
    wh = tmp_path / "w.duckdb"
    r = load(src, wh, workers=1, progress=False)
    assert r.articles_new == 2                     # the article stays, with its mentions
    (path, reason, detail, severity), = rows(wh, "select path, reason, detail, severity from raw.load_errors")
    assert (path, reason, severity) == (f"{src}/broken.txt", "step_failed", "warning")
    assert "facts step failed (IndexError" in detail
    assert rows(wh, "select count(*) from raw.mentions m join raw.articles a using (article_id) "
                    "where a.source_path like '%broken.txt'")[0][0] > 0
