"""What an analyst meets outside the build: dbt show, dbt docs, dbt while a reader holds the file,
the DuckDB command line (make sql), personal views beside the warehouse, links in the docs."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from warehouse_helpers import query

from loaders.build import build, work_file

PROJECT = Path(__file__).resolve().parent.parent
DBT = str(Path(sys.executable).with_name("dbt"))
DUCKDB_CLI = Path(sys.executable).with_name("duckdb")
NEW_ARTICLE = ("Kazakhstan made 130,000 vehicles in 2024\n\n"
               "ASTANA, January 20, 2025. Kazakhstan produced 130,000 vehicles in 2024, the Ministry of Industry said.\n")


def copy_warehouse(src: Path, dst_dir: Path) -> Path:
    """The published warehouse and its work file, copied (so a build can continue incrementally)."""
    dst_dir.mkdir(parents=True, exist_ok=True)
    dst = dst_dir / "warehouse.duckdb"
    shutil.copyfile(src, dst)
    shutil.copyfile(work_file(src), work_file(dst))
    return dst


def dbt(args: list[str], warehouse: Path, tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "WAREHOUSE_PATH": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    cmd = [DBT, *args, "--project-dir", str(PROJECT), "--profiles-dir", str(PROJECT),
           "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")]
    return subprocess.run(cmd, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)


def json_objects(text: str) -> list[dict]:
    """The JSON objects dbt show --output json prints between its log lines."""
    objects, decoder, i = [], json.JSONDecoder(), 0
    while (i := text.find("{", i)) >= 0:
        try:
            obj, end = decoder.raw_decode(text, i)
        except ValueError:
            i += 1
            continue
        objects.append(obj)
        i = end
    return objects


def test_dbt_show_and_docs_after_a_run_with_nothing_new(reconcile_warehouse: Path, tmp_path: Path) -> None:
    wh = tmp_path / "warehouse.duckdb"
    shutil.copyfile(reconcile_warehouse, wh)
    # As after a plain `dbt build` with no new article: the batch of the incremental models is empty.
    con = duckdb.connect(str(wh))
    con.execute("delete from intermediate.int_article_batch")
    con.close()
    # dbt show previews what a mart (or an analysis) holds, not what the next run would add
    previews = {}
    for node in ("fct_production_target", "output_by_country_and_year"):     # dbt show shows one node
        shown = dbt(["show", "--select", node, "--limit", "50", "--output", "json"], wh, tmp_path)
        assert shown.returncode == 0, shown.stdout[-2000:]
        previews.update({o["node"]: o["show"] for o in json_objects(shown.stdout) if "node" in o})
    assert len(previews["fct_production_target"]) == 9
    assert [r["vehicles"] for r in previews["output_by_country_and_year"]] == [110_000, 121_000, 380_000]
    # dbt docs: a project overview page (the __overview__ docs block)
    docs = dbt(["docs", "generate"], wh, tmp_path)
    assert docs.returncode == 0, docs.stdout[-2000:]
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    overview = manifest["docs"]["doc.news_warehouse.__overview__"]["block_contents"]
    for words in ("How to query", "Grains and how to add up", "fct_production_reconciled", "analyst.production_output"):
        assert words in overview
    assert (tmp_path / "target" / "index.html").exists()


def test_plain_dbt_build_while_a_reader_holds_the_file_says_to_use_make_build(
        reconcile_warehouse: Path, tmp_path: Path) -> None:
    wh = tmp_path / "warehouse.duckdb"
    shutil.copyfile(reconcile_warehouse, wh)
    reader = duckdb.connect(str(wh), read_only=True)     # a BI tool holding the file
    try:
        run = dbt(["build", "--select", "dim_country"], wh, tmp_path)
    finally:
        reader.close()
    out = run.stdout + run.stderr
    assert run.returncode != 0
    assert "is open in another program" in out and "make build" in out, out[-2000:]
    assert "Traceback" not in out


def test_make_sql_opens_the_warehouse_read_only_with_duckdb_1_5(reconcile_warehouse: Path) -> None:
    assert DUCKDB_CLI.exists(), "make setup installs the DuckDB command line (duckdb-cli) into the venv"
    run = subprocess.run(["make", "-s", "sql", f"WAREHOUSE={reconcile_warehouse}"], cwd=PROJECT,
                         input="select version() as v, (select count(*) from marts.dim_article) as n;\n"
                               "create table marts.mine (x integer);\n",
                         capture_output=True, text=True, timeout=120)
    out = run.stdout + run.stderr
    assert re.search(r"v1\.5\.\d+", out), out
    assert re.search(r"\b12\b", out), out                  # the fixture's 12 articles
    assert "read-only" in out.lower(), out                 # the write was refused


def test_personal_views_survive_a_publish(reconcile_warehouse: Path, tmp_path: Path) -> None:
    wh = copy_warehouse(reconcile_warehouse, tmp_path / "shared")
    mine = tmp_path / "mine.duckdb"
    attach = f"attach '{wh}' as wh (read_only)"
    con = duckdb.connect(str(mine))
    con.execute(attach)
    con.execute("""create view kazakhstan_output as
                   select target_year, quantity from wh.analyst.production_output
                   where subject_level = 'country' and country_code = 'KZ' and target_kind = 'actual'""")
    assert dict(con.execute("select * from kazakhstan_output").fetchall()) == {2022: 110_000, 2023: 121_000}
    try:
        # a new article published while the personal file holds the warehouse
        articles = tmp_path / "articles"
        shutil.copytree(PROJECT / "tests" / "fixtures" / "reconcile" / "articles", articles)
        (articles / "13_kazakhstan_output_2024.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        result = build(articles, wh, quiet=True)
        assert result.load.articles_new == 1
    finally:
        con.close()
    con = duckdb.connect(str(mine))
    try:
        con.execute(attach)
        assert dict(con.execute("select * from kazakhstan_output").fetchall()) == {
            2022: 110_000, 2023: 121_000, 2024: 130_000}
    finally:
        con.close()
    assert query(wh, "select count(*) from marts.dim_article")[0][0] == 13


# ---------------------------------------------------------------------------
# Links in the docs point to files that exist
# ---------------------------------------------------------------------------

DOC_FILES = ["README.md", "dbt_project.yml", "profiles.yml", "Makefile", "docs/*.md", "bench/README.md",
             "models/**/*.yml", "models/**/*.md", "macros/*.yml", "seeds/*.yml", "tests/fixtures/reconcile/README.md"]
PATH_REF = re.compile(r"(?<![\w./-])((?:\.\./)?(?:[\w.-]+/)+[\w.-]+\.(?:md|yml|sql|py|csv|txt))\b")


def path_references() -> list[tuple[str, str]]:
    refs = []
    for pattern in DOC_FILES:
        for f in sorted(PROJECT.glob(pattern)):
            for ref in PATH_REF.findall(f.read_text(encoding="utf-8")):
                refs.append((str(f.relative_to(PROJECT)), ref))
    return refs


def test_doc_references_point_to_files_that_exist() -> None:
    refs = path_references()
    assert len(refs) > 30
    missing = [(f, ref) for f, ref in refs
               if not ((PROJECT / ref).exists() or (PROJECT / Path(f).parent / ref).exists())]
    assert missing == []
