"""One owner per key rule: the dbt macros `company_key` and `group_key` (macros/company_names.sql)
resolve company names in the warehouse; Python computes the same keys for recognition
(extraction/reference.py). This test runs the macros in DuckDB through dbt on every name that
matters and checks that Python gives the same key for each:

- every seed alias and company name, non-company, legal form and group word;
- every company name of the annotated corpora: gold names, aliases and parties, and the names
  the extractor writes for every article (mentions, fact and plant candidates);
- invented names that test the rule's edges (diacritics before transliteration, legal forms and
  group words in every position, other scripts).

One `dbt seed` of the three seeds the keys read, then one `dbt show` of all names (~20 s).
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extraction.reference import company_key, group_key

PROJECT = Path(__file__).resolve().parents[1]
CORPORA = [PROJECT / "corpus" / "sample", *(PROJECT / "tests" / "fixtures" / d for d in ("dev", "holdout", "dev2"))]
DBT = shutil.which("dbt", path=str(Path(sys.executable).parent)) or shutil.which("dbt")

INVENTED = [
    "Uzavtösanoat", "UZAVTÖSANOAT JSC", "Qazaq Avto Ltd", "Ağır Sanayi A.Ş.", "İstanbul Otomotiv", "Straße AG",
    "Koc Group", "Koç Holding", "Koc Holding Group", "Orbis Group of Companies", "International Group",
    "Asaka Motors International LLC", "Group", "JSC", "Co., Ltd.", "LLC \"Zarmed Invest\"", "  Kia  Qazaqstan  ",
    "Chery Automobile Co Ltd", "O'zavtosanoat", "Chang’an", "КамАЗ", "Қазақстан Темір Жолы", "上汽集团",
    "ОАО «АвтоВАЗ»", "Åland Øresund", "X-Y_Z Holding", "AB&CD International Holdings", "Tōyō Kōgyō",
    # 'International' counts as a group word only after two words of the name
    "Qorvel International", "Qorvel International Corp", "Qorvel Motors International", "Qorvel International Group",
    "Tarvo Steel International Holding", "International", "Sarbon Heavy Industries International LLC",
]


def _seed_names() -> set[str]:
    names: set[str] = set()
    for seed, columns in (("company_aliases", ("alias", "company_name")), ("company_former_names", ("former_name",)),
                          ("non_companies", ("name",)),
                          ("legal_forms", ("legal_form",)), ("group_words", ("group_word",))):
        with open(PROJECT / "seeds" / f"{seed}.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                names.update(row[c] for c in columns if row[c])
    return names


def _gold_names() -> set[str]:
    names: set[str] = set()
    for corpus in CORPORA:
        for path in (corpus / "gold").glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            for c in gold.get("companies") or []:
                names.add(c.get("name") or "")
                names.update(c.get("aliases") or [])
            names.update(gold.get("ignore_companies") or [])
            for table in ("plants", "production_targets", "trade_volumes"):
                names.update(item.get("company") or "" for item in gold.get(table) or [])
            for item in gold.get("agreements") or []:
                names.update(item.get("parties") or [])
    return names


def _extracted_names() -> set[str]:
    from extraction.pipeline import extract_article
    from extraction.records import LoadError
    from loaders.sources import discover, read_file

    names: set[str] = set()
    for corpus in CORPORA:
        for f in discover(corpus / "articles"):
            for doc in read_file(f):
                if isinstance(doc, LoadError):
                    continue
                rows = extract_article(doc)
                facts = rows.facts
                names.update(m.name for m in rows.mentions if m.entity_type == "company")
                names.update(c.company_name or "" for c in [*facts.production, *facts.trade, *facts.plants])
                names.update(name for a in facts.agreements for name in a.party_companies)
    return names


def _all_names() -> list[str]:
    return sorted(n for n in _seed_names() | _gold_names() | _extracted_names() | set(INVENTED) if n)


def _sql_keys(names: list[str], work: Path) -> dict[str, tuple[str, str]]:
    """{name: (company_key, group_key)} computed by the dbt macros in DuckDB."""
    assert DBT, "dbt executable not found next to the Python interpreter or on PATH"
    env = {**os.environ, "WAREHOUSE_PATH": str(work / "keys.duckdb"), "DBT_PROFILES_DIR": str(PROJECT)}
    common = ["--project-dir", str(PROJECT), "--target-path", str(work / "target"), "--log-path", str(work / "logs")]
    seed = subprocess.run([DBT, "--quiet", "seed", "--select", "legal_forms", "name_variants", "group_words",
                           *common], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert seed.returncode == 0, seed.stdout[-3000:] + seed.stderr[-2000:]
    values = ", ".join("('" + n.replace("'", "''") + "')" for n in names)
    sql = f"select n, {{{{ company_key('n') }}}} as k, {{{{ group_key('n') }}}} as g from (values {values}) as t(n)"
    show = subprocess.run([DBT, "--quiet", "show", "--inline", sql, "--limit", "-1", "--output", "json", *common],
                          cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert show.returncode == 0, show.stdout[-3000:] + show.stderr[-2000:]
    rows = json.loads(show.stdout[show.stdout.index("{"):])["show"]
    return {r["n"]: (r["k"], r["g"]) for r in rows}


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> tuple[list[str], dict[str, tuple[str, str]]]:
    names = _all_names()
    return names, _sql_keys(names, tmp_path_factory.mktemp("company_keys"))


def test_the_names_cover_seeds_and_corpora(keys) -> None:
    names, _ = keys
    assert len(names) > 1500
    assert {"Uzavtösanoat", "UzAvtoSanoat", "Koc Holding"} <= set(names)


def test_python_and_sql_give_every_name_the_same_keys(keys) -> None:
    names, sql = keys
    assert set(sql) == set(names)
    differ = [(n, sql[n], (company_key(n), group_key(n))) for n in names if sql[n] != (company_key(n), group_key(n))]
    assert not differ, "\n".join(f"{n!r}: SQL {s}, Python {p}" for n, s, p in differ[:30])


@pytest.mark.parametrize("name, key", [
    ("Asaka Motors International LLC", "asakamotors"),      # a company's full name: the same company
    ("Qorvel Motors International", "qorvelmotors"),
    ("Tarvo Steel International Holding", "tarvosteel"),
    ("Qorvel International Group", "qorvelinternational"),  # Group goes, International after one word stays
    ("LG International Corp", "lginternational"),           # a group's trading arm: a company of its own
    ("Qorvel International", "qorvelinternational"),
    ("Koc Group", "koc"),                                   # Group / Holding count after one word
    ("International", "international"),                     # nothing else left
])
def test_group_words_need_their_words_before(name: str, key: str) -> None:
    assert group_key(name) == key


def test_the_rule_itself() -> None:
    # diacritics first, then transliteration: both sides said so before they agreed
    assert company_key("Uzavtösanoat") == company_key("UzAvtoSanoat JSC") == "uzautosanoat"
    assert company_key("Co., Ltd.") == "" and company_key('LLC "Zarmed Invest"') == "zarmedinvest"
    assert group_key("Koc Group") == group_key("Koç Holding") == group_key("Koc") == "koc"
    assert group_key("Asaka Motors International LLC") == company_key("Asaka Motors") == "asakamotors"
    assert group_key("International Group") == company_key("International")   # International is its name here
    assert company_key("Exeed International") != company_key("Exeed")               # a company, not the brand
