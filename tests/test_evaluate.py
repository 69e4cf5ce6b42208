"""Unit tests of evaluation.score on a tiny hand-made warehouse (no loaders, no dbt)."""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import duckdb
import pytest

from evaluation import score as ev

# Only the columns the scorer reads (some optional ones left out on purpose).
SCHEMA = {
    "dim_article": "article_id varchar, file_name varchar, published_date date",
    "dim_company": "company_id varchar, company_name varchar, country_code varchar",
    "dim_plant": "plant_id varchar, plant_name varchar, company_id varchar, city varchar, country_code varchar",
    "fct_mention": "article_id varchar, entity_type varchar, entity_id varchar, mention_count integer",
    "fct_production_target": ("article_id varchar, company_id varchar, plant_id varchar, country_code varchar, "
                              "quantity double, unit varchar, target_year integer, basis varchar, "
                              "target_kind varchar, evidence varchar"),
    "fct_trade_volume": ("article_id varchar, reporter_country_code varchar, partner_country_code varchar, "
                         "company_id varchar, flow varchar, amount double, unit varchar, amount_usd double, "
                         "period_start date, period_end date, is_target boolean, evidence varchar"),
    "fct_agreement": ("article_id varchar, agreement_id varchar, agreement_type varchar, status varchar, "
                      "agreement_count integer, evidence varchar"),
    "bridge_agreement_party": "agreement_id varchar, party_type varchar, company_id varchar, country_code varchar",
}


def make_warehouse(path: Path, **tables: list[dict]) -> str:
    """Create marts.<table> for every table of SCHEMA and insert the given rows."""
    con = duckdb.connect(str(path))
    con.execute("create schema marts")
    for table, columns in SCHEMA.items():
        con.execute(f"create table marts.{table} ({columns})")
        for row in tables.get(table, []):
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            con.execute(f"insert into marts.{table} ({names}) values ({marks})", list(row.values()))
    con.close()
    return str(path)


def gold_article(file_name: str, **fields) -> dict:
    base = {"file_name": file_name, "published_date": None, "companies": [], "ignore_companies": [],
            "countries": [], "plants": [], "production_targets": [], "trade_volumes": [], "agreements": []}
    return {**base, **fields}


def write_gold(directory: Path, *articles: dict) -> str:
    directory.mkdir(exist_ok=True)
    for a in articles:
        (directory / a["file_name"].replace(".txt", ".json")).write_text(json.dumps(a))
    return str(directory)


def run(tmp_path: Path, gold: list[dict], **tables: list[dict]) -> ev.Report:
    tables.setdefault("dim_article", [{"article_id": "a1", "file_name": "a.txt", "published_date": None}])
    warehouse = make_warehouse(tmp_path / "wh.duckdb", **tables)
    return ev.score(warehouse, write_gold(tmp_path / "gold", *gold))


def counts(report: ev.Report, table: str) -> tuple[int, int, int]:
    c = report.tables[table]
    return c.tp, c.fp, c.fn


def prod(quantity, country="KZ", year=None, kind="plan", **extra) -> dict:
    return {"article_id": "a1", "quantity": quantity, "country_code": country, "target_year": year,
            "unit": "vehicles", "basis": "annual", "target_kind": kind,
            "evidence": f"They will make {quantity} cars.", **extra}


def gold_prod(quantity, country="KZ", year=None, kind="plan", **extra) -> dict:
    return {"company": None, "country": country, "quantity": quantity, "unit": "vehicles", "year": year,
            "basis": "annual", "kind": kind, **extra}


# --------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize("a, b", [
    ("UzAvtoSanoat JSC", "Uzavtosanoat"),
    ("PJSC KAMAZ", "Kamaz"),
    ("Saryarka AvtoProm LLP", "SaryarkaAvtoProm"),
    ("Chery Automobile Co., Ltd.", "Chery Automobile"),
    ("STA İnşaat", "STA Insaat"),
    ("Allur Group", "Allur"),
])
def test_name_key_ignores_case_space_punctuation_and_legal_forms(a, b):
    assert ev.name_key(a) == ev.name_key(b)


def test_name_key_keeps_a_name_made_only_of_legal_words():
    assert ev.name_key("Group") == "group"
    assert ev.name_key("Kia") != ev.name_key("Kia Qazaqstan")


def test_tolerance_is_half_a_percent_of_gold():
    assert ev.within_tolerance(100_500, 100_000)
    assert ev.within_tolerance(99_500, 100_000)
    assert not ev.within_tolerance(100_501, 100_000)
    assert not ev.within_tolerance(None, 100_000)


def test_counts_conventions():
    assert ev.Counts(0, 0, 0).f1 == 1.0          # nothing expected, nothing reported
    assert ev.Counts(0, 0, 3).f1 == 0.0          # nothing reported
    c = ev.Counts(tp=2, fp=1, fn=1)
    assert (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)) == (0.667, 0.667, 0.667)
    assert ev.Accuracy().value is None


def test_hungarian_is_optimal_on_random_matrices():
    rng = random.Random(7)
    for _ in range(200):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([None, rng.randint(1, 9)]) for _ in range(m)] for _ in range(n)]
        pairs = ev.assign(w)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        got = sum(w[i][j] for i, j in pairs)
        best = 0
        for perm in itertools.permutations(range(max(n, m)), n):
            best = max(best, sum(w[i][j] or 0 for i, j in enumerate(perm) if j < m))
        assert got == best


# --------------------------------------------------------------------------- production targets

def test_production_tp_fp_fn_and_duplicate_row(tmp_path):
    gold = gold_article("a.txt", production_targets=[gold_prod(60000), gold_prod(1000), gold_prod(500)])
    report = run(tmp_path, [gold], fct_production_target=[
        prod(60000), prod(60000),            # second row for the same fact: FP
        prod(1004),                          # within 0.5 % of 1000: TP
        prod(503),                           # 0.6 % off 500: FP, and 500 is missed
    ])
    assert counts(report, "production_targets") == (2, 2, 1)
    misses = [f for f in report.findings if f.table == "production_targets" and f.kind == "miss"]
    assert len(misses) == 1 and misses[0].what.startswith("500 vehicles")
    false = [f for f in report.findings if f.table == "production_targets" and f.kind == "false"]
    assert {f.evidence for f in false} == {"They will make 60000 cars.", "They will make 503 cars."}


def test_production_country_and_year_checked_only_when_gold_gives_them(tmp_path):
    gold = gold_article("a.txt", production_targets=[
        gold_prod(100, country="KZ", year=None),        # any year
        gold_prod(200, country=None, year=2023),        # any country
        gold_prod(300, country="KZ", year=2023),
    ])
    report = run(tmp_path, [gold], fct_production_target=[
        prod(100, country="KZ", year=2030),
        prod(200, country="UZ", year=2023),
        prod(300, country="KZ", year=2024),             # wrong year: FP + FN
    ])
    assert counts(report, "production_targets") == (2, 1, 1)


def test_production_target_kind_accuracy_over_matched_pairs(tmp_path):
    gold = gold_article("a.txt", production_targets=[gold_prod(100, kind="capacity"), gold_prod(200, kind="plan"),
                                                     gold_prod(300)])
    report = run(tmp_path, [gold], fct_production_target=[prod(100, kind="capacity"), prod(200, kind="actual")])
    acc = report.attributes["production_targets.target_kind"]
    assert (acc.correct, acc.total) == (1, 2)


def test_optimal_assignment_prefers_more_true_positives(tmp_path):
    # 1001 is closest to 1000 but also within 0.5 % of 1004; 996 can only be 1000.
    # Greedy-by-closeness would pair 1001-1000 and lose 996; the optimal assignment pairs both.
    gold = gold_article("a.txt", production_targets=[gold_prod(1000), gold_prod(1004)])
    report = run(tmp_path, [gold], fct_production_target=[prod(1001), prod(996)])
    assert counts(report, "production_targets") == (2, 0, 0)


def test_required_false_items_are_neutral(tmp_path):
    gold = gold_article("a.txt", production_targets=[gold_prod(700, required=False), gold_prod(800, required=False),
                                                     gold_prod(10000)])
    report = run(tmp_path, [gold], fct_production_target=[prod(700), prod(10000)])
    # 700 matched an optional item: not a TP, not a FP; 800 not found: not a FN
    assert counts(report, "production_targets") == (1, 0, 0)


def test_second_row_for_an_optional_item_is_a_false_positive(tmp_path):
    gold = gold_article("a.txt", production_targets=[gold_prod(700, required=False)])
    report = run(tmp_path, [gold], fct_production_target=[prod(700), prod(700)])
    assert counts(report, "production_targets") == (0, 1, 0)


# --------------------------------------------------------------------------- trade volumes

def trade(amount, reporter="KZ", partner="UZ", unit="USD", flow="turnover", is_target=False, **extra) -> dict:
    return {"article_id": "a1", "reporter_country_code": reporter, "partner_country_code": partner,
            "flow": flow, "amount": amount, "unit": unit, "is_target": is_target,
            "evidence": f"Trade reached {amount} {unit}.", **extra}


def gold_trade(amount, reporter="KZ", partner="UZ", unit="USD", flow="turnover", kind="actual") -> dict:
    return {"reporter": reporter, "partner": partner, "flow": flow, "product": None, "amount": amount,
            "unit": unit, "period_start": None, "period_end": None, "kind": kind}


def test_trade_countries_are_a_set_ignoring_order_and_nulls(tmp_path):
    gold = gold_article("a.txt", trade_volumes=[
        gold_trade(2.5e9, "KZ", "UZ"), gold_trade(7e8, "CN", None, flow="export"), gold_trade(9e8, "KZ", "UZ")])
    report = run(tmp_path, [gold], fct_trade_volume=[
        trade(2.5e9, "UZ", "KZ"),                      # order ignored
        trade(7e8, "CN", None, flow="export"),          # NULL partner
        trade(9e8, "KZ", None),                         # {KZ} != {KZ, UZ}
    ])
    assert counts(report, "trade_volumes") == (2, 1, 1)


def test_trade_unit_kind_money_vs_physical(tmp_path):
    gold = gold_article("a.txt", trade_volumes=[
        gold_trade(1000, unit="tonnes"), gold_trade(2000, unit="KZT"), gold_trade(3000, unit="USD")])
    report = run(tmp_path, [gold], fct_trade_volume=[
        trade(1000, unit="USD"),                        # money vs tonnes: no match
        trade(2000, unit="tenge", amount_usd=4.5),      # amount_usd set: money
        trade(3000, unit="EUR"),                        # another currency is still money
    ])
    assert counts(report, "trade_volumes") == (2, 1, 1)


def test_trade_flow_and_is_target_accuracy(tmp_path):
    gold = gold_article("a.txt", trade_volumes=[
        gold_trade(100, flow="export", kind="target"), gold_trade(200, flow="import", kind="actual")])
    report = run(tmp_path, [gold], fct_trade_volume=[
        trade(100, flow="export", is_target=False), trade(200, flow="turnover", is_target=False)])
    flow, target = report.attributes["trade_volumes.flow"], report.attributes["trade_volumes.is_target"]
    assert (flow.correct, flow.total) == (1, 2)
    assert (target.correct, target.total) == (1, 2)


# --------------------------------------------------------------------------- agreements

COMPANIES = [{"company_id": "c1", "company_name": "Azermash"},
             {"company_id": "c2", "company_name": "Uzavtosanoat JSC"},
             {"company_id": "c3", "company_name": "Saryarka AvtoProm"}]


def agreement(agreement_id, type_="memorandum", status="signed") -> dict:
    return {"article_id": "a1", "agreement_id": agreement_id, "agreement_type": type_, "status": status,
            "evidence": f"Agreement {agreement_id} was signed."}


def party(agreement_id, company_id=None, country_code=None) -> dict:
    return {"agreement_id": agreement_id, "party_type": "company" if company_id else "country",
            "company_id": company_id, "country_code": country_code}


def test_agreement_needs_half_of_gold_parties_with_aliases(tmp_path):
    gold = gold_article(
        "a.txt",
        companies=[{"name": "UzAvtoSanoat", "aliases": ["Uzautosanoat"], "country": "UZ"},
                   {"name": "Azermash", "aliases": ["Azermash OJSC"], "country": "AZ"}],
        agreements=[
            {"type": "memorandum", "parties": ["Azermash OJSC", "UzAvtoSanoat"], "countries": ["AZ", "UZ"],
             "status": "signed"},                                       # 4 parties
            {"type": "agreement", "parties": [], "countries": ["KZ", "UZ", "AZ"], "status": "signed"},  # 3 parties
        ])
    report = run(tmp_path, [gold], dim_company=COMPANIES, fct_agreement=[
        agreement("g1", "memorandum", "proposed"), agreement("g2", "agreement")],
        bridge_agreement_party=[
            party("g1", company_id="c2"), party("g1", country_code="AZ"),   # 2 of 4: match (alias + suffix)
            party("g2", country_code="KZ"),                                 # 1 of 3: no match
        ])
    assert counts(report, "agreements") == (1, 1, 1)
    status, type_ = report.attributes["agreements.status"], report.attributes["agreements.agreement_type"]
    assert (status.correct, status.total, type_.correct, type_.total) == (0, 1, 1, 1)


def test_agreement_one_party_of_three_is_not_enough_two_is(tmp_path):
    gold = gold_article("a.txt", agreements=[
        {"type": "partnership", "parties": ["Azermash", "Saryarka AvtoProm"], "countries": ["AZ"],
         "status": "proposed"}])
    one = run(tmp_path, [gold], dim_company=COMPANIES, fct_agreement=[agreement("g1", "partnership", "proposed")],
              bridge_agreement_party=[party("g1", company_id="c1")])
    assert counts(one, "agreements") == (0, 1, 1)
    (tmp_path / "wh.duckdb").unlink()
    two = run(tmp_path, [gold], dim_company=COMPANIES, fct_agreement=[agreement("g1", "partnership", "proposed")],
              bridge_agreement_party=[party("g1", company_id="c1"), party("g1", country_code="AZ")])
    assert counts(two, "agreements") == (1, 0, 0)


# --------------------------------------------------------------------------- companies and countries

def mention(entity_id, entity_type="company", article_id="a1") -> dict:
    return {"article_id": article_id, "entity_type": entity_type, "entity_id": entity_id, "mention_count": 1}


def test_companies_aliases_suffixes_ignore_and_optional(tmp_path):
    gold = gold_article(
        "a.txt",
        companies=[{"name": "UzAvtoSanoat", "aliases": ["Uzautosanoat"]},
                   {"name": "Kia", "aliases": ["Kia Corporation"]},
                   {"name": "Tesla", "aliases": ["Tesla Inc"], "required": False},
                   {"name": "BYD", "aliases": []}],
        ignore_companies=["Trend", "Chevrolet"])
    report = run(tmp_path, [gold], dim_company=[
        {"company_id": "c1", "company_name": "UZAVTOSANOAT JSC"},      # TP (suffix, case)
        {"company_id": "c2", "company_name": "Kia Corp"},              # TP (suffix vs alias)
        {"company_id": "c3", "company_name": "Tesla"},                 # optional: neutral
        {"company_id": "c4", "company_name": "Trend"},                 # ignored: neutral
        {"company_id": "c5", "company_name": "Uzautosanoat"},          # second row, same company: FP
        {"company_id": "c6", "company_name": "Akorda"},                # FP
    ], fct_mention=[mention(c) for c in ("c1", "c2", "c3", "c4", "c5", "c6")])
    assert counts(report, "companies") == (2, 2, 1)                   # BYD missed
    false = {f.what for f in report.findings if f.table == "companies" and f.kind == "false"}
    assert false == {"Uzautosanoat [c5] (second row for the same company)", "Akorda [c6]"}


def test_countries_set_precision_recall_optional_neutral(tmp_path):
    gold = gold_article("a.txt", countries=["KZ", "UZ", "AZ"], optional_countries=["RU"])
    report = run(tmp_path, [gold], fct_mention=[mention(c, "country") for c in ("KZ", "UZ", "RU", "CN")])
    assert counts(report, "countries") == (2, 1, 1)


def test_duplicate_company_rows_across_the_corpus(tmp_path):
    gold_a = gold_article("a.txt", companies=[{"name": "UzAvtoSanoat", "aliases": ["Uzavtosanoat JSC"]}])
    gold_b = gold_article("b.txt", companies=[{"name": "Uzavtosanoat", "aliases": ["Uzautosanoat"]},
                                              {"name": "Kia", "aliases": []}])
    report = run(tmp_path, [gold_a, gold_b],
                 dim_article=[{"article_id": "a1", "file_name": "a.txt"}, {"article_id": "b1", "file_name": "b.txt"}],
                 dim_company=[{"company_id": "c1", "company_name": "UzAvtoSanoat"},
                              {"company_id": "c2", "company_name": "Uzautosanoat"},
                              {"company_id": "c3", "company_name": "Kia"}])
    assert [(d.gold_name, d.rows) for d in report.duplicate_companies] == [
        ("UzAvtoSanoat", ("UzAvtoSanoat [c1]", "Uzautosanoat [c2]"))]
    assert report.figures()["duplicate_companies"] == 1


def test_one_warehouse_of_two_corpora_scores_each_as_its_own(tmp_path):
    """article_marts keeps a corpus's rows and what they name; a company of the other corpus alone
    is no duplicate of this one's."""
    marts = ev.read_marts(make_warehouse(
        tmp_path / "wh.duckdb",
        dim_article=[{"article_id": "a1", "file_name": "a.txt"}, {"article_id": "b1", "file_name": "b.txt"}],
        dim_company=[{"company_id": "c1", "company_name": "UzAvtoSanoat"},
                     {"company_id": "c2", "company_name": "Uzautosanoat"},
                     {"company_id": "c3", "company_name": "Kia"}],
        dim_plant=[{"plant_id": "p1", "company_id": "c3"}, {"plant_id": "p2", "company_id": "c2"}],
        fct_mention=[mention("c1"), mention("p1", "plant"), mention("c2", article_id="b1"),
                     mention("p2", "plant", article_id="b1")],
        fct_production_target=[{"article_id": "a1", "quantity": 5.0, "plant_id": "p1"},
                               {"article_id": "b1", "quantity": 6.0, "plant_id": "p2"}],
        fct_trade_volume=[{"article_id": "b1", "amount": 7.0, "company_id": None}],
        fct_agreement=[{"article_id": "a1", "agreement_id": "g1"}, {"article_id": "b1", "agreement_id": "g2"}],
        bridge_agreement_party=[{"agreement_id": "g1", "company_id": "c1"},
                                {"agreement_id": "g2", "company_id": "c2"}]))
    a = ev.article_marts(marts, {"a.txt"})
    assert [r["article_id"] for r in a.rows("dim_article")] == ["a1"]
    assert [r["quantity"] for r in a.rows("fct_production_target")] == [5.0]
    assert a.rows("fct_trade_volume") == []
    assert [r["agreement_id"] for r in a.rows("bridge_agreement_party")] == ["g1"]
    assert [r["plant_id"] for r in a.rows("dim_plant")] == ["p1"]
    assert sorted(r["company_id"] for r in a.rows("dim_company")) == ["c1", "c3"]   # c3: the plant's operator
    gold = ev.parse_gold(gold_article("a.txt", companies=[{"name": "UzAvtoSanoat", "aliases": ["Uzautosanoat"]}]))
    assert ev.score_marts(a, [gold]).duplicate_companies == []
    assert len(ev.score_marts(marts, [gold]).duplicate_companies) == 1


# --------------------------------------------------------------------------- articles and dates

def test_published_date_exact_with_null_as_a_value(tmp_path):
    golds = [gold_article("a.txt", published_date=None), gold_article("b.txt", published_date="2023-01-06"),
             gold_article("c.txt", published_date=None), gold_article("d.txt", published_date="2023-01-06")]
    report = run(tmp_path, golds, dim_article=[
        {"article_id": "a1", "file_name": "a.txt", "published_date": None},           # right
        {"article_id": "b1", "file_name": "b.txt", "published_date": "2023-01-06"},   # right
        {"article_id": "c1", "file_name": "c.txt", "published_date": "2023-01-06"},   # wrong
    ])                                                                                # d.txt missing: wrong
    assert (report.published_date.correct, report.published_date.total) == (2, 4)
    assert report.articles_missing == ["d.txt"]


def test_articles_without_gold_are_ignored_and_missing_articles_are_misses(tmp_path):
    gold = gold_article("a.txt", production_targets=[gold_prod(100)], countries=["KZ"])
    report = run(tmp_path, [gold, gold_article("b.txt", countries=["UZ"])],
                 dim_article=[{"article_id": "a1", "file_name": "a.txt"},
                              {"article_id": "z1", "file_name": "no_gold.txt"}],
                 fct_production_target=[prod(100), {**prod(999), "article_id": "z1"}],
                 fct_mention=[mention("KZ", "country"), mention("CN", "country", "z1")])
    assert counts(report, "production_targets") == (1, 0, 0)
    assert counts(report, "countries") == (1, 0, 1)          # b.txt is not loaded: UZ missed
    assert report.articles_scored == 2


def test_rows_match_only_within_their_article(tmp_path):
    golds = [gold_article("a.txt", production_targets=[gold_prod(100)]), gold_article("b.txt")]
    report = run(tmp_path, golds,
                 dim_article=[{"article_id": "a1", "file_name": "a.txt"}, {"article_id": "b1", "file_name": "b.txt"}],
                 fct_production_target=[{**prod(100), "article_id": "b1"}])
    assert counts(report, "production_targets") == (0, 1, 1)


def test_plants_by_city_prefix_or_operator(tmp_path):
    gold = gold_article(
        "a.txt", companies=[{"name": "Allur", "aliases": ["Allur Group"]}],
        plants=[{"name": "Allur plant", "company": "Allur", "city": "Kostanay", "country": "KZ"},
                {"name": "Hajigabul plant", "company": None, "city": "Hajigabul", "country": "AZ"},
                {"name": "Tula", "company": None, "city": "Tula", "country": "RU", "required": False}])
    report = run(tmp_path, [gold], dim_company=[{"company_id": "c1", "company_name": "Allur Group"}],
                 dim_plant=[{"plant_id": "p1", "plant_name": "SaryArka", "company_id": "c1", "city": None,
                             "country_code": "KZ"},
                            {"plant_id": "p2", "plant_name": "x", "company_id": None, "city": "Hajigabul region",
                             "country_code": "AZ"},
                            {"plant_id": "p3", "plant_name": "y", "company_id": None, "city": "Kostanai",
                             "country_code": "UZ"}],              # contradicting country: FP
                 fct_mention=[mention("p1", "plant"), mention("p2", "plant"), mention("p3", "plant")])
    assert counts(report, "plants") == (2, 1, 0)


def test_missing_mart_table_reads_as_empty_with_a_warning(tmp_path):
    path = tmp_path / "partial.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema marts")
    con.execute("create table marts.dim_article (article_id varchar, file_name varchar)")
    con.execute("insert into marts.dim_article values ('a1', 'a.txt')")
    con.close()
    report = ev.score(str(path), write_gold(tmp_path / "gold", gold_article("a.txt", countries=["KZ"])))
    assert counts(report, "countries") == (0, 0, 1)
    assert any("fct_mention does not exist" in w for w in report.warnings)
    assert any("dim_article lacks published_date" in w for w in report.warnings)


# --------------------------------------------------------------------------- CLI

def test_cli_prints_aligned_tables_and_exits_zero(tmp_path, capsys):
    gold = gold_article("a.txt", published_date="2024-01-26", countries=["KZ"],
                        production_targets=[gold_prod(48857, year=2023, kind="actual"), gold_prod(981)])
    warehouse = make_warehouse(
        tmp_path / "wh.duckdb",
        dim_article=[{"article_id": "a1", "file_name": "a.txt", "published_date": "2024-01-26"}],
        fct_production_target=[prod(48857, year=2023, kind="actual"), prod(5)],
        fct_mention=[mention("KZ", "country")])
    gold_dir = write_gold(tmp_path / "gold", gold)
    out_json = tmp_path / "report.json"
    assert ev.main(["--warehouse", warehouse, "--gold", gold_dir, "--verbose", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("table"))
    row = next(line for line in out.splitlines() if line.startswith("production_targets "))
    assert len(header) == len(row)
    assert "production_targets  " in out and " 1.000 " in out
    assert "evidence: They will make 5 cars." in out
    assert "miss" in out and "981 vehicles" in out
    data = json.loads(out_json.read_text())
    assert data["tables"]["production_targets"]["tp"] == 1
    assert data["figures"]["published_date"] == 1.0


def test_cli_missing_warehouse_is_an_input_error(tmp_path, capsys):
    assert ev.main(["--warehouse", str(tmp_path / "nope.duckdb"), "--gold", str(tmp_path)]) == 2


# --------------------------------------------------------------------------- self-consistency on the real gold

def perfect_warehouse(path: Path, gold_dir: Path) -> str:
    """A warehouse holding exactly what the gold files say (required and optional items)."""
    golds = ev.load_gold(gold_dir)
    company_ids: dict[str, str] = {}      # name key -> company_id, merged across the corpus
    tables: dict[str, list[dict]] = {t: [] for t in SCHEMA}

    def company_id(name: str, keys: frozenset[str] = frozenset()) -> str:
        keys = keys or frozenset({ev.name_key(name)})
        known = next((company_ids[k] for k in keys if k in company_ids), None)
        if known is None:
            known = f"c{len(tables['dim_company'])}"
            tables["dim_company"].append({"company_id": known, "company_name": name})
        for k in keys:
            company_ids.setdefault(k, known)
        return known

    for n, gold in enumerate(golds):
        aid = f"a{n}"
        tables["dim_article"].append({"article_id": aid, "file_name": gold.file_name,
                                      "published_date": gold.published_date})
        for c in gold.companies:
            tables["fct_mention"].append(mention(company_id(c.name, c.keys), "company", aid))
        for code in sorted(gold.countries):
            tables["fct_mention"].append(mention(code, "country", aid))
        for k, p in enumerate(gold.plants):
            pid = f"{aid}p{k}"
            tables["dim_plant"].append({"plant_id": pid, "plant_name": p.get("name"), "city": p.get("city"),
                                        "country_code": p.get("country"),
                                        "company_id": company_id(p["company"]) if p.get("company") else None})
            tables["fct_mention"].append(mention(pid, "plant", aid))
        for t in gold.production_targets:
            tables["fct_production_target"].append({
                "article_id": aid, "quantity": t["quantity"], "country_code": t.get("country"),
                "target_year": t.get("year"), "unit": t.get("unit"), "basis": t.get("basis"),
                "target_kind": t.get("kind"), "evidence": "..."})
        for t in gold.trade_volumes:
            tables["fct_trade_volume"].append({
                "article_id": aid, "reporter_country_code": t.get("reporter"),
                "partner_country_code": t.get("partner"), "flow": t.get("flow"), "amount": t["amount"],
                "unit": t.get("unit"), "is_target": t.get("kind") == "target",
                "period_start": t.get("period_start"), "period_end": t.get("period_end"), "evidence": "..."})
        for k, a in enumerate(gold.agreements):
            gid = f"{aid}g{k}"
            tables["fct_agreement"].append({"article_id": aid, "agreement_id": gid, "agreement_type": a.get("type"),
                                            "status": a.get("status"), "agreement_count": a.get("count") or 1,
                                            "evidence": "..."})
            for name in a.get("parties") or []:
                tables["bridge_agreement_party"].append(party(gid, company_id=company_id(name, gold.company_keys(name))))
            for code in a.get("countries") or []:
                tables["bridge_agreement_party"].append(party(gid, country_code=code))
    return make_warehouse(path, **tables)


@pytest.mark.parametrize("gold_dir", ["corpus/sample/gold", "tests/fixtures/dev/gold", "tests/fixtures/dev2/gold"])
def test_a_warehouse_holding_the_gold_scores_perfectly(tmp_path, gold_dir):
    gold_dir = Path(__file__).resolve().parent.parent / gold_dir
    report = ev.score(perfect_warehouse(tmp_path / "perfect.duckdb", gold_dir), str(gold_dir))
    assert report.articles_scored == len(list(gold_dir.glob("*.json"))) > 0
    assert not report.findings, ev.format_report(report, verbose=True)
    assert all(c.fp == 0 and c.fn == 0 for c in report.tables.values())
    assert report.tables["trade_volumes"].tp > 0 and report.tables["agreements"].tp > 0
    assert all(a.correct == a.total > 0 for a in report.attributes.values())
    assert report.duplicate_companies == []
