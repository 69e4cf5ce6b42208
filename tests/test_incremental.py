"""Incremental builds: adding articles to a built warehouse gives the marts a
from-scratch build would give, and a changed dbt project rebuilds everything.

The per-article dbt models are incremental (they add the rows of the articles
not built yet); the cross-article ones (dim_company, dim_plant, company
resolution) are rebuilt on every run. loaders.build passes --full-refresh when
the project fingerprint (models, macros, seeds, dbt_project.yml, versions)
differs from the one of the last successful build of the work file.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import copy_build
from warehouse_helpers import query

import loaders.build as build_module
from loaders.build import COMPACT_FREE_SHARE, MARTS, build, project_fingerprint, project_stamp, work_file

PROJECT = Path(__file__).resolve().parent.parent
DEV = PROJECT / "tests" / "fixtures" / "dev" / "articles"
SAMPLE = PROJECT / "corpus" / "sample" / "articles"
PROJECT_FILES = ["dbt_project.yml", "profiles.yml", "models", "macros", "seeds"]
# Set by the load, not by the text: they differ between two builds of one article.
LOAD_COLUMNS = {"load_id", "loaded_at"}

# Articles A: a dev subset that names Uzavtosanoat JSC and Azermash CP LLC (dev_18).
A_FILES = sorted(p.name for p in DEV.glob("dev_*.txt") if int(p.name[4:6]) <= 12) + [
    "dev_18_hajigabul_azermash_uzavtosanoat_plant.txt"]
# B (test_adding_articles_gives_the_marts_of_a_full_build): the other dev
# articles, a copy of an article of A, and an article that names companies of
# A with new spellings.
NEW_SPELLINGS = (
    "Uzautosanoat and Azermash CP to expand the Hajigabul car plant\n\n"
    "Tue Jun 06 2023\n\n"
    "BAKU - Uzautosanoat JSC and Azermash CP said on Tuesday that the Hajigabul plant will "
    "produce 40,000 cars a year from 2026. Azerbaijan exported goods worth $12 million to "
    "Uzbekistan in 2023, and the two countries signed a memorandum on car parts.\n")


def mart_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every mart, sorted, without the load columns."""
    rows = {}
    for mart in MARTS:
        cols = [c for (c,) in query(path, """
            select column_name from information_schema.columns
            where table_schema = 'marts' and table_name = ? order by ordinal_position""", [mart])
                if c not in LOAD_COLUMNS]
        assert cols, mart
        rows[mart] = sorted(query(path, f"select {', '.join(cols)} from marts.{mart}"), key=repr)
    return rows


def company_names(path: Path) -> dict[str, str]:
    return dict(query(path, "select name, company_id from intermediate.int_company_names_resolved where is_company"))


def add_files(directory: Path, names: list[str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(DEV / name, directory / name)


B_FILES = sorted(p.name for p in DEV.glob("dev_*.txt") if p.name not in A_FILES)


def test_adding_articles_gives_the_marts_of_a_full_build(tmp_path: Path) -> None:
    # One directory, so that each article's source_path is the same in both builds.
    articles = tmp_path / "articles"
    add_files(articles, A_FILES)
    incremental = tmp_path / "incremental" / "warehouse.duckdb"
    first = build(articles, incremental, quiet=True)
    assert first.full_refresh                       # a new work file is built in full
    names_a = company_names(incremental)
    companies_a = {r[0] for r in query(incremental, "select company_id from marts.dim_company")}

    # B: the other dev articles, a copy of an article of A (named to sort
    # after it, so "first seen" is the same file in both builds), and an
    # article that spells companies of A in new ways.
    add_files(articles, B_FILES)
    shutil.copyfile(DEV / A_FILES[2], articles / f"{A_FILES[2][:-4]}_copy.txt")
    (articles / "new_spellings.txt").write_text(NEW_SPELLINGS, encoding="utf-8")
    second = build(articles, incremental, quiet=True)
    assert not second.full_refresh                  # same project: only the new articles are built
    assert second.load.articles_new == len(B_FILES) + 1
    assert second.load.articles_duplicate >= 1      # the copy adds nothing

    # the new spellings resolve to companies of A
    new_names = {n: c for n, c in company_names(incremental).items() if n not in names_a}
    assert any(c in companies_a for c in new_names.values()), new_names

    scratch = tmp_path / "scratch" / "warehouse.duckdb"
    assert build(articles, scratch, quiet=True).full_refresh
    assert mart_rows(incremental) == mart_rows(scratch)


def test_building_the_same_batch_again_changes_nothing(tmp_path: Path) -> None:
    """A run that failed after some per-article tables took the batch is redone: delete+insert by article_id."""
    articles = tmp_path / "articles"
    add_files(articles, A_FILES)
    wh = tmp_path / "warehouse.duckdb"
    build(articles, wh, quiet=True)
    before = mart_rows(wh)
    con = duckdb.connect(str(work_file(wh)))
    try:    # as if the last build had stopped before dim_article, the ledger, took these articles
        con.execute("delete from marts.dim_article where article_id in "
                    "(select article_id from marts.dim_article order by article_id limit 3)")
    finally:
        con.close()
    again = build(articles, wh, quiet=True)
    assert not again.full_refresh
    assert not again.dbt_skipped        # no new article, but articles in raw outside the ledger
    assert mart_rows(wh) == before


def test_a_build_with_nothing_to_build_does_not_run_dbt(sample_built, tmp_path: Path) -> None:
    sample, first = sample_built        # a first build of the sample into a new file (once a session)
    assert not first.dbt_skipped
    wh = copy_build(sample, tmp_path, stamp=True)
    before = mart_rows(wh)
    loads = query(wh, "select count(*) from raw.loads")[0][0]
    again = build(SAMPLE, wh, quiet=True)
    assert again.dbt_skipped and again.load.articles_new == 0 and again.tests_passed == 0
    assert mart_rows(wh) == before
    assert query(wh, "select count(*) from raw.loads")[0][0] == loads + 1     # the load is still published
    # The last dbt build failed or was killed (its stamp is removed when it starts): run it, in full.
    project_stamp(work_file(wh)).unlink()
    third = build(SAMPLE, wh, quiet=True)
    assert not third.dbt_skipped and third.full_refresh
    assert mart_rows(wh) == before


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = PROJECT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def test_fingerprint_follows_models_macros_seeds_and_project_file(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    base = project_fingerprint(project)
    assert project_fingerprint(project) == base
    assert project_fingerprint(PROJECT) == base      # the same files give the same fingerprint
    (project / "README.txt").write_text("not part of the dbt project\n")
    assert project_fingerprint(project) == base
    seen = {base}
    for path, edit in [
        ("models/marts/dim_article.sql", lambda s: s + "\n-- a comment\n"),
        ("macros/surrogate_key.sql", lambda s: s + "\n"),
        ("seeds/fx_rates.csv", lambda s: s + "XXX,2024,1.0,test\n"),
        ("dbt_project.yml", lambda s: s + "\n# a comment\n"),
    ]:
        p = project / path
        p.write_text(edit(p.read_text(encoding="utf-8")), encoding="utf-8")
        fingerprint = project_fingerprint(project)
        assert fingerprint not in seen, path
        seen.add(fingerprint)
    (project / "models" / "marts" / "dim_article.sql").unlink()
    assert project_fingerprint(project) not in seen  # a removed model counts too


def test_a_changed_model_or_seed_rebuilds_every_article(tmp_path: Path, monkeypatch) -> None:
    project = copy_project(tmp_path / "project")
    monkeypatch.setattr(build_module, "PROJECT_DIR", project)
    wh = tmp_path / "warehouse.duckdb"
    assert build(SAMPLE, wh, quiet=True).full_refresh
    assert project_stamp(work_file(wh)).read_text() == project_fingerprint(project)
    assert not build(SAMPLE, wh, quiet=True).full_refresh
    titles = dict(query(wh, "select article_id, title from marts.dim_article"))

    # A model change that touches rows of articles built before: an
    # incremental run would leave them as they were.
    model = project / "models" / "marts" / "dim_article.sql"
    text = model.read_text(encoding="utf-8")
    title = "cast(title as {{ dbt.type_string() }}) as title"
    assert title in text
    model.write_text(text.replace(title, title.replace("cast(title", "cast(upper(title)")), encoding="utf-8")
    assert build(SAMPLE, wh, quiet=True).full_refresh
    assert dict(query(wh, "select article_id, title from marts.dim_article")) == {
        k: v.upper() if v else v for k, v in titles.items()}

    # A seed change: the company Azermash is renamed Azermash Holding, so its
    # id (md5 of the name's key) changes. The mentions of articles built
    # before must follow; an incremental run would leave them pointing at a
    # company that no longer exists.
    (azermash,), = query(wh, "select company_id from marts.dim_company where company_name = 'Azermash'")
    mentioned = "select count(*) from marts.fct_mention where entity_type = 'company' and entity_id = ?"
    assert query(wh, mentioned, [azermash]) != [(0,)]
    aliases = project / "seeds" / "company_aliases.csv"
    text = aliases.read_text(encoding="utf-8")
    assert ",Azermash,AZ\n" in text
    aliases.write_text(text.replace(",Azermash,AZ\n", ",Azermash Holding,AZ\n"), encoding="utf-8")
    assert build(SAMPLE, wh, quiet=True).full_refresh
    assert query(wh, "select count(*) from marts.dim_company where company_id = ?", [azermash]) == [(0,)]
    assert query(wh, mentioned, [azermash]) == [(0,)]
    # (its display name stays the articles' spelling, "Azermash"; the seed's name is reference_name)
    (holding,), = query(wh, "select company_id from marts.dim_company where reference_name = 'Azermash Holding'")
    assert query(wh, mentioned, [holding]) != [(0,)]


def test_a_full_refresh_of_an_existing_file_compacts_it(sample_built, tmp_path: Path) -> None:
    sample, first = sample_built        # a first build of the sample into a new file (once a session)
    assert not first.compacted          # a new file has little free space
    wh = copy_build(sample, tmp_path, stamp=True)
    before = mart_rows(wh)
    catalog = ("select (select count(*) from duckdb_constraints()), (select count(*) from duckdb_views() "
               "where not internal), (select count(*) from duckdb_columns() where comment is not null)")
    items = query(wh, catalog)
    project_stamp(work_file(wh)).unlink()       # as after a failed build: the next one is a full refresh
    again = build(SAMPLE, wh, quiet=True)
    assert again.full_refresh and again.compacted
    (total, free), = query(wh, "select total_blocks, free_blocks from pragma_database_size()")
    assert free <= COMPACT_FREE_SHARE * total        # the refresh left more than that free
    assert mart_rows(wh) == before and query(wh, catalog) == items     # keys, views and comments kept
    assert not any(p.name.endswith((".compact", ".compact.wal")) for p in tmp_path.iterdir())
    assert not build(SAMPLE, wh, quiet=True).compacted     # an incremental build never compacts
