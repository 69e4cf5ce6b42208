"""The raw loader: incremental by file and article, Parquet copy, quiet in logs."""
from __future__ import annotations

from pathlib import Path

import duckdb

from loaders.load import load, main

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
