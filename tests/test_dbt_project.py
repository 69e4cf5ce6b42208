"""Tests of the dbt layer: build a tiny raw fixture with `dbt build` and check the marts.

Each dbt invocation costs seconds, so there are four:
  1-2. build on empty raw tables, then load the fixture into the same file and
     build again (a re-run over existing tables); the marts tests read this file;
  3. a copy of the project with one more company_aliases row, built into a fresh
     file: two spellings become one dim_company row, and every id the alias does
     not touch is the same as in build 2 (ids are stable across builds);
  4. a raw row whose evidence is not in its article: `dbt build` fails.
dbt writes its target/ and logs/ under pytest's tmp dir, never in the project.
"""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from warehouse_helpers import query

PROJECT = Path(__file__).resolve().parents[1]
FIXTURE = PROJECT / "tests" / "fixtures" / "raw_minimal.sql"
sys.path.insert(0, str(PROJECT))

from loaders.raw_store import create_raw_schema  # noqa: E402

DBT = shutil.which("dbt", path=str(Path(sys.executable).parent)) or shutil.which("dbt")

# The public contract (WAREHOUSE.md): table -> leading columns and DuckDB types.
CONTRACT: dict[str, list[tuple[str, str]]] = {
    "dim_article": [("article_id", "VARCHAR"), ("file_name", "VARCHAR"), ("title", "VARCHAR"),
                    ("published_date", "DATE")],
    "dim_country": [("country_code", "VARCHAR"), ("country_name", "VARCHAR"), ("region", "VARCHAR")],
    "dim_company": [("company_id", "VARCHAR"), ("company_name", "VARCHAR"), ("country_code", "VARCHAR")],
    "dim_plant": [("plant_id", "VARCHAR"), ("plant_name", "VARCHAR"), ("company_id", "VARCHAR"),
                  ("city", "VARCHAR"), ("country_code", "VARCHAR")],
    "fct_production_target": [
        ("production_target_id", "VARCHAR"), ("company_id", "VARCHAR"), ("plant_id", "VARCHAR"),
        ("country_code", "VARCHAR"), ("quantity", "DOUBLE"), ("unit", "VARCHAR"),
        ("target_year", "INTEGER"), ("basis", "VARCHAR"), ("target_kind", "VARCHAR")],
    "fct_trade_volume": [
        ("trade_volume_id", "VARCHAR"), ("reporter_country_code", "VARCHAR"),
        ("partner_country_code", "VARCHAR"), ("company_id", "VARCHAR"), ("flow", "VARCHAR"),
        ("product", "VARCHAR"), ("amount", "DOUBLE"), ("unit", "VARCHAR"), ("amount_usd", "DOUBLE"),
        ("period_start", "DATE"), ("period_end", "DATE"), ("is_target", "BOOLEAN")],
    "fct_agreement": [
        ("agreement_id", "VARCHAR"), ("agreement_type", "VARCHAR"), ("status", "VARCHAR"),
        ("signed_date", "DATE"), ("agreement_count", "INTEGER"), ("value_usd", "DOUBLE"),
        ("subject", "VARCHAR")],
    "bridge_agreement_party": [("agreement_id", "VARCHAR"), ("party_type", "VARCHAR"),
                               ("company_id", "VARCHAR"), ("country_code", "VARCHAR")],
    "fct_mention": [("article_id", "VARCHAR"), ("entity_type", "VARCHAR"), ("entity_id", "VARCHAR"),
                    ("mention_count", "INTEGER")],
}
FACTS = ["fct_production_target", "fct_trade_volume", "fct_agreement"]
PROJECT_FILES = ["dbt_project.yml", "profiles.yml", "models", "macros", "seeds"]


def make_raw(path: Path, *, fixture: bool = True, extra_sql: str | None = None) -> None:
    con = duckdb.connect(str(path))
    try:
        create_raw_schema(con)
        if fixture:
            con.execute(FIXTURE.read_text(encoding="utf-8"))
        if extra_sql:
            con.execute(extra_sql)
    finally:
        con.close()


def dbt_build(warehouse: Path, work: Path, project: Path = PROJECT) -> subprocess.CompletedProcess:
    assert DBT, "dbt executable not found next to the Python interpreter or on PATH"
    env = {**os.environ, "WAREHOUSE_PATH": str(warehouse), "DBT_PROFILES_DIR": str(project)}
    cmd = [DBT, "build", "--project-dir", str(project),
           "--target-path", str(work / "target"), "--log-path", str(work / "logs")]
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=900)


def check(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, f"dbt build failed:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"


def ids_outside(path: Path, article_id: str) -> dict[str, set]:
    """Ids of the facts of one article, and of every company and plant they name."""
    return {
        "production": set(query(path, "select production_target_id, company_id, plant_id from marts.fct_production_target where article_id = ?", [article_id])),
        "trade": set(query(path, "select trade_volume_id, company_id from marts.fct_trade_volume where article_id = ?", [article_id])),
        "agreement": set(query(path, "select agreement_id from marts.fct_agreement where article_id = ?", [article_id])),
        "party": set(query(path, """
            select b.agreement_id, b.party_type, b.company_id, b.country_code
            from marts.bridge_agreement_party b join marts.fct_agreement a using (agreement_id)
            where a.article_id = ?""", [article_id])),
        "mention": set(query(path, "select entity_type, entity_id, mention_count from marts.fct_mention where article_id = ?", [article_id])),
    }


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """Empty raw -> build; fixture loaded into the same file -> build again."""
    work = tmp_path_factory.mktemp("dbt_build")
    path = work / "warehouse.duckdb"
    make_raw(path, fixture=False)
    check(dbt_build(path, work))
    for table in FACTS + ["dim_article", "dim_company", "dim_plant", "fct_mention"]:
        assert query(path, f"select count(*) from marts.{table}") == [(0,)], table
    con = duckdb.connect(str(path))
    try:
        con.execute(FIXTURE.read_text(encoding="utf-8"))
    finally:
        con.close()
    check(dbt_build(path, work))
    return path


def test_schemas_are_exact(warehouse):
    schemas = {r[0] for r in query(warehouse, "select schema_name from information_schema.schemata")}
    assert {"raw", "staging", "intermediate", "marts", "analyst", "reference"} <= schemas
    assert not [s for s in schemas if s.startswith("main_") or s.endswith(("_staging", "_marts"))]
    kinds = dict(query(warehouse, """
        select table_name, table_type from information_schema.tables where table_schema = 'marts'"""))
    # every contract table, and every mart a table (more tables are welcome: the reconciled marts)
    assert set(CONTRACT) <= set(kinds)
    assert set(kinds.values()) == {"BASE TABLE"}
    assert {"fct_production_reconciled", "fct_trade_reconciled", "fct_agreement_event"} <= set(kinds)


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_mart_has_contract_columns(warehouse, table):
    rows = query(warehouse, """
        select column_name, data_type from information_schema.columns
        where table_schema = 'marts' and table_name = ? order by ordinal_position""", [table])
    expected = CONTRACT[table]
    assert rows[:len(expected)] == expected


def test_marts_carry_descriptions(warehouse):
    comments = dict(query(warehouse, "select table_name, comment from duckdb_tables() where schema_name = 'marts'"))
    assert all(comments.get(t) for t in CONTRACT), comments
    missing = query(warehouse, """
        select table_name, column_name from duckdb_columns()
        where schema_name = 'marts' and (comment is null or comment = '')""")
    assert missing == []


def test_dim_country_is_the_whole_seed(warehouse):
    with open(PROJECT / "seeds" / "countries.csv", newline="", encoding="utf-8") as f:
        codes = {row["country_code"] for row in csv.DictReader(f)}
    assert {r[0] for r in query(warehouse, "select country_code from marts.dim_country")} == codes
    if "NA" in codes:  # Namibia stays a string, not NULL
        assert query(warehouse, "select count(*) from marts.dim_country where country_code = 'NA'") == [(1,)]


def test_spellings_and_legal_forms_resolve_to_one_company(warehouse):
    rows = query(warehouse, """
        select count(distinct company_id) from intermediate.int_company_names_resolved
        where name in ('UzAvtoSanoat JSC', 'Uzavtosanoat')""")
    assert rows == [(1,)]
    rows = query(warehouse, """
        select count(distinct company_id) from intermediate.int_company_names_resolved
        where name in ('Azermash', 'Azermash OJSC')""")
    assert rows == [(1,)]
    names = {r[0] for r in query(warehouse, "select company_name from marts.dim_company")}
    assert not [n for n in names if n.upper().endswith((" JSC", " LLP", " OJSC"))], names


def test_same_fact_twice_in_one_article_is_one_row(warehouse):
    assert query(warehouse, """
        select count(*) from marts.fct_production_target
        where article_id = '7cf10daa5735faa3' and quantity = 60000""") == [(1,)]
    assert query(warehouse, """
        select count(*), min(amount_usd) from marts.fct_trade_volume
        where flow = 'turnover' and unit = 'USD'""") == [(1, 2500000000.0)]


def test_two_products_of_the_same_size_are_two_rows(warehouse):
    assert query(warehouse, """
        select product from marts.fct_trade_volume where amount = 10000000 order by product""") == [("flour",), ("wheat",)]
    assert query(warehouse, """
        select count(*) from marts.fct_production_target where quantity = 20000""") == [(2,)]


def test_money_is_converted_to_usd(warehouse):
    (usd,), = query(warehouse, "select amount_usd from marts.fct_trade_volume where unit = 'KZT'")
    (rate,), = query(warehouse, "select usd_per_unit from reference.fx_rates where currency_code = 'KZT' and year = 2024")
    assert usd == pytest.approx(1.2e9 * rate)


def test_agreements_have_parties_and_plants_are_keyed(warehouse):
    assert query(warehouse, """
        select count(*) from marts.fct_agreement a
        where not exists (select 1 from marts.bridge_agreement_party b where b.agreement_id = a.agreement_id)
        """) == [(0,)]
    # the plant candidate and the production figure name the same plant
    rows = query(warehouse, """
        select p.plant_name, p.city, p.country_code, f.plant_id = p.plant_id
        from marts.dim_plant p join marts.fct_production_target f on f.plant_id = p.plant_id""")
    assert [r[1:] for r in rows] == [("Shymkent", "KZ", True)]


def test_mentions_count_companies_and_countries(warehouse):
    rows = dict(query(warehouse, """
        select entity_id, mention_count from marts.fct_mention
        where article_id = 'b0b0b0b0b0b0b0b0' and entity_type = 'country'"""))
    assert rows == {"KZ": 3, "UZ": 2}   # Shymkent (a city) implies KZ but does not name it


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = PROJECT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    return dest


def test_one_alias_row_merges_two_spellings(warehouse, tmp_path):
    def companies(path: Path) -> int:
        return query(path, """
            select count(distinct company_id) from intermediate.int_company_names_resolved
            where name in ('Caspian Wheel Works LLP', 'KaspiWheel')""")[0][0]

    assert companies(warehouse) == 2
    project = copy_project(tmp_path / "project")
    aliases = project / "seeds" / "company_aliases.csv"
    text = aliases.read_text(encoding="utf-8")
    aliases.write_text(text + ("" if text.endswith("\n") else "\n") + "KaspiWheel,Caspian Wheel Works,KZ\n",
                       encoding="utf-8")
    path = tmp_path / "warehouse.duckdb"
    make_raw(path)
    check(dbt_build(path, tmp_path, project))
    assert companies(path) == 1
    n_before = query(warehouse, "select count(*) from marts.dim_company")[0][0]
    assert query(path, "select count(*) from marts.dim_company")[0][0] == n_before - 1
    assert query(path, """
        select company_name, country_code from marts.dim_company
        where company_id in (select company_id from intermediate.int_company_names_resolved
                             where name = 'KaspiWheel')""") == [("Caspian Wheel Works", "KZ")]
    # ids are md5 of natural keys: a fresh build in another file and directory gives
    # the same ids to everything the new alias does not touch (article 000 here)
    assert ids_outside(path, "7cf10daa5735faa3") == ids_outside(warehouse, "7cf10daa5735faa3")
    assert ids_outside(warehouse, "7cf10daa5735faa3")["agreement"]


def test_a_former_name_is_its_own_row_linked_to_the_later_company(tmp_path):
    """seeds/company_former_names.csv: an article that names a company by a name it carried before
    a rename keeps that name (the company as it was then); later_company_id is the later one's id."""
    path = tmp_path / "warehouse.duckdb"
    make_raw(path, extra_sql="""
        insert into raw.mentions (article_id, sentence_no, entity_type, char_start, char_end, surface, name,
                                  country_code, via)
        values ('7cf10daa5735faa3', 3, 'company', 200, 213, 'GM Uzbekistan', 'GM Uzbekistan', 'UZ', 'gazetteer')""")
    check(dbt_build(path, tmp_path))
    rows = query(path, """
        select f.company_name, f.later_name, f.later_company_id = l.company_id
        from marts.dim_company f left join marts.dim_company l on l.company_name = f.later_name
        where f.later_name is not null""")
    assert rows == [("GM Uzbekistan", "UzAuto Motors", True)]
    assert query(path, "select count(*) from marts.dim_company where company_name = 'UzAuto Motors' "
                       "and later_company_id is null") == [(1,)]


def test_evidence_not_in_article_fails_the_build(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    make_raw(path, extra_sql="""
        insert into raw.production_candidates
            (article_id, fact_no, sentence_no, evidence, quantity, unit, basis, target_kind)
        values ('b0b0b0b0b0b0b0b0', 7, 2, 'This sentence is not in the article.', 1000, 'vehicles',
                'annual', 'actual')""")
    result = dbt_build(path, tmp_path)
    assert result.returncode != 0
    assert "evidence_in_article_fct_production_target_evidence" in result.stdout
