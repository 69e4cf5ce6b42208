"""Score a warehouse against gold annotations, as /work/shared/gold/FORMAT.md defines it.

    python -m evaluation.score --warehouse PATH --gold DIR [--verbose] [--json OUT]
    python -m evaluation.score --articles DIR  --gold DIR [--verbose] [--json OUT]

`score(warehouse, gold_dir)` reads the `marts` tables read-only and the gold
JSON files and returns a `Report`: precision / recall / F1 per table, attribute
accuracies over matched pairs, published-date accuracy and duplicate company
rows. Scoring is information, not a test: the CLI always exits 0 once it has
scored (2 when it cannot read its inputs).

Matching (per article; articles joined by dim_article.file_name == gold file_name;
articles without a gold file are ignored):

- Each gold item matches at most one row, each row at most one item. Rows and
  items are paired by an optimal assignment (Hungarian algorithm) that
  maximises, in this order: matches to required items (true positives), then
  matches to `required: false` items (neutral rows), then a tie-break quality
  (closeness of the figure, agreeing attributes). A row left unmatched is a
  false positive -- so a second row for the same fact is one -- and a required
  item left unmatched is a false negative.
- Attribute accuracies are computed over the true-positive pairs only.
- `ignore_companies` and `optional_countries` are sets, not items: any number
  of rows matching them is neutral.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

TOLERANCE = 0.005  # relative, against the gold figure

# Legal forms dropped from either end of a company name before comparison.
LEGAL_FORMS = frozenset({
    "jsc", "ojsc", "pjsc", "cjsc", "llp", "llc", "ltd", "limited", "co", "inc",
    "incorporated", "corp", "corporation", "company", "group", "plc", "ag", "gmbh",
})

TABLES = ("production_targets", "trade_volumes", "agreements", "companies", "countries", "plants")
ATTRIBUTES = (
    "production_targets.target_kind",
    "trade_volumes.flow",
    "trade_volumes.is_target",
    "trade_volumes.period",
    "agreements.agreement_type",
    "agreements.status",
    "agreements.agreement_count",
)

# weights of the assignment: lexicographic in (required matches, optional matches, quality)
_W_REQUIRED = 1e9
_W_OPTIONAL = 1e4


# --------------------------------------------------------------------------- report

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """None when nothing was compared."""
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)


@dataclass(frozen=True)
class Finding:
    """One scoring event worth showing to an analyst."""
    table: str          # production_targets, ..., published_date
    kind: str           # 'miss' (gold item not found), 'false' (row not in gold), 'attribute' (matched, wrong value)
    file_name: str
    what: str           # the gold item or the row, in words
    evidence: str | None = None


@dataclass(frozen=True)
class DuplicateCompany:
    gold_name: str
    rows: tuple[str, ...]   # "company_name [company_id]" of every matching dim_company row


@dataclass
class Report:
    warehouse: str
    gold_dir: str
    articles_scored: int = 0
    articles_missing: list[str] = field(default_factory=list)   # gold files whose article is not in dim_article
    tables: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TABLES})
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    published_date: Accuracy = field(default_factory=Accuracy)
    duplicate_companies: list[DuplicateCompany] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Flat figures for floors and dashboards. An accuracy with nothing compared is 0.0."""
        out: dict[str, float] = {}
        for name, c in self.tables.items():
            out[f"{name}.precision"] = c.precision
            out[f"{name}.recall"] = c.recall
            out[f"{name}.f1"] = c.f1
        for name, a in self.attributes.items():
            out[name] = a.value if a.value is not None else 0.0
        out["published_date"] = self.published_date.value if self.published_date.value is not None else 0.0
        out["duplicate_companies"] = float(len(self.duplicate_companies))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "warehouse": self.warehouse,
            "gold_dir": self.gold_dir,
            "articles_scored": self.articles_scored,
            "articles_missing": self.articles_missing,
            "tables": {n: {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}
                       for n, c in self.tables.items()},
            "attributes": {n: {**asdict(a), "accuracy": a.value} for n, a in self.attributes.items()},
            "published_date": {**asdict(self.published_date), "accuracy": self.published_date.value},
            "duplicate_companies": [asdict(d) for d in self.duplicate_companies],
            "findings": [asdict(f) for f in self.findings],
            "warnings": self.warnings,
            "figures": self.figures(),
        }


# --------------------------------------------------------------------------- normalisation

def fold(text: str) -> str:
    """Case- and accent-insensitive form ("STA İnşaat" -> "sta insaat")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_key(name: str | None) -> str:
    """Comparison key of a company name: folded, legal forms dropped from both ends,
    punctuation and spaces removed ("PJSC KAMAZ" == "Kamaz" == "KamAZ").

    This is FORMAT.md's comparison rule (case-, space- and legal-suffix-insensitive), and it
    is deliberately not the warehouse's resolution key (macros/company_names.sql, mirrored by
    extraction/reference.py): the scorer measures that key's work. Sharing it would let a
    too-lenient key (a wrong name variant, a group word that merges two companies) both make
    the error in the warehouse and hide it in the score. Gold lists the spellings it accepts
    as aliases instead; the scorer's own list of suffixes is LEGAL_FORMS above."""
    if not name:
        return ""
    tokens = [t for t in re.split(r"[^0-9a-z]+", fold(name)) if t]
    core = list(tokens)
    while core and core[-1] in LEGAL_FORMS:
        core.pop()
    while core and core[0] in LEGAL_FORMS:
        core.pop(0)
    return "".join(core or tokens)


def city_key(city: str | None) -> str:
    """First five letters, folded ("Kostanai" ~ "Kostanay")."""
    if not city:
        return ""
    return re.sub(r"[^a-z]", "", fold(city))[:5]


def is_money_unit(unit: str | None) -> bool:
    """An ISO 4217 code: three upper-case letters."""
    return bool(unit) and re.fullmatch(r"[A-Z]{3}", unit.strip()) is not None


def within_tolerance(value: float | None, gold: float | None, tolerance: float = TOLERANCE) -> bool:
    if value is None or gold is None:
        return False
    return abs(float(value) - float(gold)) <= tolerance * abs(float(gold))


def _closeness(value: float, gold: float) -> float:
    """1.0 for an exact figure, 0.0 at the tolerance boundary."""
    if not gold:
        return 1.0 if value == gold else 0.0
    return max(0.0, 1.0 - abs(value - gold) / (TOLERANCE * abs(gold)))


def _same(a: Any, b: Any) -> bool:
    """Case-insensitive equality of two optional labels."""
    if a is None or b is None:
        return a is None and b is None
    return str(a).strip().casefold() == str(b).strip().casefold()


def _upper(code: Any) -> str | None:
    return str(code).strip().upper() if code not in (None, "") else None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _v(x: Any) -> str:
    return "-" if x is None or x == "" else str(x)


def _num(x: Any) -> str:
    if x is None:
        return "?"
    x = float(x)
    return f"{int(x):,}" if x.is_integer() else f"{x:,.2f}"


# --------------------------------------------------------------------------- gold

@dataclass(frozen=True)
class GoldCompany:
    name: str
    keys: frozenset[str]
    required: bool = True


@dataclass
class GoldArticle:
    file_name: str
    published_date: str | None
    companies: list[GoldCompany]
    ignore_keys: frozenset[str]
    countries: frozenset[str]
    optional_countries: frozenset[str]
    plants: list[dict]
    production_targets: list[dict]
    trade_volumes: list[dict]
    agreements: list[dict]

    def company_keys(self, name: str | None) -> frozenset[str]:
        """Every key of the gold company `name` stands for (by name or alias), else its own key."""
        key = name_key(name)
        for company in self.companies:
            if key in company.keys:
                return company.keys
        return frozenset({key}) if key else frozenset()


def parse_gold(data: dict, default_file_name: str = "") -> GoldArticle:
    companies = []
    for c in data.get("companies") or []:
        names = [c.get("name")] + list(c.get("aliases") or [])
        keys = frozenset(k for k in map(name_key, names) if k)
        companies.append(GoldCompany(c.get("name") or "", keys, c.get("required", True) is not False))
    return GoldArticle(
        file_name=data.get("file_name") or default_file_name,
        published_date=data.get("published_date"),
        companies=companies,
        ignore_keys=frozenset(k for k in map(name_key, data.get("ignore_companies") or []) if k),
        countries=frozenset(filter(None, map(_upper, data.get("countries") or []))),
        optional_countries=frozenset(filter(None, map(_upper, data.get("optional_countries") or []))),
        plants=list(data.get("plants") or []),
        production_targets=list(data.get("production_targets") or []),
        trade_volumes=list(data.get("trade_volumes") or []),
        agreements=list(data.get("agreements") or []),
    )


def load_gold(gold_dir: str | Path) -> list[GoldArticle]:
    paths = sorted(Path(gold_dir).glob("*.json"))
    return [parse_gold(json.loads(p.read_text(encoding="utf-8")), p.stem + ".txt") for p in paths]


def _required(item: dict) -> bool:
    return item.get("required", True) is not False


# --------------------------------------------------------------------------- warehouse

# table -> (required columns, optional columns); missing optional columns read as NULL
_MART_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dim_article": (("article_id", "file_name"), ("published_date",)),
    "dim_company": (("company_id", "company_name"), ("country_code",)),
    "dim_plant": (("plant_id",), ("plant_name", "company_id", "city", "country_code")),
    "fct_mention": (("article_id", "entity_type", "entity_id"), ("mention_count",)),
    "fct_production_target": (("article_id", "quantity"), (
        "production_target_id", "company_id", "plant_id", "country_code", "unit", "target_year",
        "basis", "target_kind", "evidence")),
    "fct_trade_volume": (("article_id", "amount"), (
        "trade_volume_id", "reporter_country_code", "partner_country_code", "company_id", "flow",
        "product", "unit", "amount_usd", "period_start", "period_end", "is_target", "evidence")),
    "fct_agreement": (("article_id", "agreement_id"), (
        "agreement_type", "status", "signed_date", "agreement_count", "value_usd", "subject", "evidence")),
    "bridge_agreement_party": (("agreement_id",), ("party_type", "company_id", "country_code")),
}


@dataclass
class Marts:
    """The mart rows the scorer reads, as plain dicts."""
    tables: dict[str, list[dict]]
    warnings: list[str] = field(default_factory=list)

    def rows(self, table: str) -> list[dict]:
        return self.tables.get(table, [])


def read_marts(warehouse_path: str | Path) -> Marts:
    """Read the marts read-only. A missing table reads as empty, with a warning."""
    import duckdb

    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        present: dict[str, set[str]] = {}
        for table, column in con.execute(
            "select table_name, column_name from information_schema.columns where table_schema = 'marts'"
        ).fetchall():
            present.setdefault(table, set()).add(column)
        tables: dict[str, list[dict]] = {}
        warnings: list[str] = []
        for table, (required, optional) in _MART_COLUMNS.items():
            columns = present.get(table)
            if columns is None:
                warnings.append(f"marts.{table} does not exist: read as empty")
                tables[table] = []
                continue
            missing = [c for c in required if c not in columns]
            if missing:
                warnings.append(f"marts.{table} lacks {', '.join(missing)}: read as empty")
                tables[table] = []
                continue
            absent = [c for c in optional if c not in columns]
            if absent:
                warnings.append(f"marts.{table} lacks {', '.join(absent)}: read as NULL")
            select = ", ".join(f'"{c}"' if c in columns else f'NULL as "{c}"' for c in required + optional)
            cur = con.execute(f"select {select} from marts.{table}")
            names = [d[0] for d in cur.description]
            tables[table] = [dict(zip(names, r)) for r in cur.fetchall()]
        return Marts(tables, warnings)
    finally:
        con.close()


# the marts whose rows belong to one article
_ARTICLE_MARTS = ("dim_article", "fct_mention", "fct_production_target", "fct_trade_volume", "fct_agreement")


def article_marts(marts: Marts, file_names: set[str]) -> Marts:
    """The marts as a warehouse of these articles alone would hold them: their rows, the parties of
    their agreements, and the companies and plants those rows name. Every row of a fact or
    mention is a function of its own article, so one warehouse of many corpora scores each corpus
    as its own build would, except a company's display name, which dim_company chooses among the
    spellings of every article (a warehouse of many corpora, like an analyst's, may show another)."""
    ids = {r["article_id"] for r in marts.rows("dim_article")
           if r["file_name"] and Path(str(r["file_name"])).name in file_names}
    tables = dict(marts.tables)
    for table in _ARTICLE_MARTS:
        tables[table] = [r for r in marts.rows(table) if r["article_id"] in ids]
    agreements = {r["agreement_id"] for r in tables["fct_agreement"]}
    tables["bridge_agreement_party"] = [r for r in marts.rows("bridge_agreement_party")
                                        if r["agreement_id"] in agreements]
    mentioned: dict[str, set] = {}
    for r in tables["fct_mention"]:
        mentioned.setdefault((r["entity_type"] or "").lower(), set()).add(r["entity_id"])
    plants = mentioned.get("plant", set()) | {r.get("plant_id") for r in tables["fct_production_target"]}
    tables["dim_plant"] = [r for r in marts.rows("dim_plant") if r["plant_id"] in plants]
    companies = mentioned.get("company", set()) | {
        r.get("company_id") for table in ("dim_plant", "fct_production_target", "fct_trade_volume",
                                          "bridge_agreement_party") for r in tables[table]}
    tables["dim_company"] = [r for r in marts.rows("dim_company") if r["company_id"] in companies]
    return Marts(tables, list(marts.warnings))


@dataclass
class ArticleRows:
    """Everything predicted for one article, resolved to names and codes."""
    companies: list[dict] = field(default_factory=list)     # {company_id, name, key, mentions}
    countries: set[str] = field(default_factory=set)
    plants: list[dict] = field(default_factory=list)        # dim_plant row + company_name
    production_targets: list[dict] = field(default_factory=list)
    trade_volumes: list[dict] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)    # + party_keys, party_countries, party_names
    published_dates: list[Any] = field(default_factory=list)


def group_by_article(marts: Marts) -> dict[str, ArticleRows]:
    """Predicted rows keyed by article_id, with company ids resolved to names."""
    company_name = {r["company_id"]: r["company_name"] for r in marts.rows("dim_company")}
    plants = {r["plant_id"]: r for r in marts.rows("dim_plant")}
    out: dict[str, ArticleRows] = {}

    def get(article_id: str) -> ArticleRows:
        return out.setdefault(article_id, ArticleRows())

    for r in marts.rows("dim_article"):
        get(r["article_id"]).published_dates.append(r["published_date"])

    seen_plants: dict[str, set] = {}

    def add_plant(article_id: str, plant_id: Any) -> None:
        if plant_id is None or plant_id in seen_plants.setdefault(article_id, set()):
            return
        seen_plants[article_id].add(plant_id)
        p = dict(plants.get(plant_id) or {"plant_id": plant_id, "plant_name": None, "company_id": None,
                                          "city": None, "country_code": None})
        p["company_name"] = company_name.get(p.get("company_id"))
        get(article_id).plants.append(p)

    for r in marts.rows("fct_mention"):
        kind = (r["entity_type"] or "").lower()
        rows = get(r["article_id"])
        if kind == "company":
            if any(c["company_id"] == r["entity_id"] for c in rows.companies):
                continue
            name = company_name.get(r["entity_id"], r["entity_id"])
            rows.companies.append({"company_id": r["entity_id"], "name": name, "key": name_key(name),
                                   "mentions": r.get("mention_count")})
        elif kind == "country" and r["entity_id"]:
            rows.countries.add(str(r["entity_id"]).upper())
        elif kind == "plant":
            add_plant(r["article_id"], r["entity_id"])

    for r in marts.rows("fct_production_target"):
        get(r["article_id"]).production_targets.append({**r, "company_name": company_name.get(r["company_id"])})
        add_plant(r["article_id"], r.get("plant_id"))
    for r in marts.rows("fct_trade_volume"):
        get(r["article_id"]).trade_volumes.append({**r, "company_name": company_name.get(r["company_id"])})

    parties: dict[Any, list[dict]] = {}
    for p in marts.rows("bridge_agreement_party"):
        parties.setdefault(p["agreement_id"], []).append(p)
    for r in marts.rows("fct_agreement"):
        names, keys, countries = [], set(), set()
        for p in parties.get(r["agreement_id"], []):
            if p.get("company_id") is not None:
                name = company_name.get(p["company_id"], p["company_id"])
                names.append(name)
                keys.add(name_key(name))
            if p.get("country_code"):
                countries.add(str(p["country_code"]).upper())
        get(r["article_id"]).agreements.append(
            {**r, "party_names": sorted(names), "party_keys": keys, "party_countries": countries})
    return out


# --------------------------------------------------------------------------- assignment

def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """Minimum-cost assignment of a rectangular matrix with rows <= columns.
    Returns, for each row, its column (shortest augmenting paths, O(n^2 m))."""
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    INF = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)   # p[j]: row (1-based) assigned to column j
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [INF] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], INF, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    assignment = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def assign(weights: list[list[float | None]]) -> list[tuple[int, int]]:
    """Maximum-weight matching of rows (predictions) to columns (gold items);
    None marks a pair that may not match. Returns (row, item) pairs."""
    if not weights or not weights[0]:
        return []
    n, m = len(weights), len(weights[0])
    size = max(n, m)
    cost = [[-(weights[i][j] or 0.0) if i < n and j < m and weights[i][j] is not None else 0.0
             for j in range(size)] for i in range(size)]
    return [(i, j) for i, j in enumerate(hungarian(cost))
            if i < n and j < m and weights[i][j] is not None]


# --------------------------------------------------------------------------- match rules
# Each returns None when the pair may not match, else a tie-break quality >= 0.

def production_quality(row: dict, item: dict, gold: GoldArticle) -> float | None:
    if not within_tolerance(row.get("quantity"), item.get("quantity")):
        return None
    if item.get("country") and _upper(row.get("country_code")) != _upper(item["country"]):
        return None
    if item.get("year") is not None and row.get("target_year") != item["year"]:
        return None
    quality = _closeness(float(row["quantity"]), float(item["quantity"]))
    quality += _same(row.get("target_kind"), item.get("kind"))
    quality += _same(row.get("basis"), item.get("basis"))
    quality += bool(item.get("company")) and name_key(row.get("company_name")) in gold.company_keys(item["company"])
    return quality


def _row_is_money(row: dict) -> bool:
    return is_money_unit(row.get("unit")) or row.get("amount_usd") is not None


def trade_quality(row: dict, item: dict, gold: GoldArticle) -> float | None:
    if not within_tolerance(row.get("amount"), item.get("amount")):
        return None
    if _row_is_money(row) != is_money_unit(item.get("unit")):
        return None
    row_countries = {c for c in map(_upper, (row.get("reporter_country_code"), row.get("partner_country_code"))) if c}
    gold_countries = {c for c in map(_upper, (item.get("reporter"), item.get("partner"))) if c}
    if row_countries != gold_countries:
        return None
    quality = _closeness(float(row["amount"]), float(item["amount"]))
    quality += _same(row.get("flow"), item.get("flow"))
    quality += row.get("is_target") == (item.get("kind") == "target")
    quality += _upper(row.get("reporter_country_code")) == _upper(item.get("reporter"))
    quality += _iso(row.get("period_start")) == item.get("period_start")
    return quality


def agreement_parties_found(row: dict, item: dict, gold: GoldArticle) -> tuple[int, int]:
    """(parties of the gold agreement found among the row's parties, gold parties in all)."""
    companies = [gold.company_keys(name) for name in item.get("parties") or []]
    countries = {c for c in map(_upper, item.get("countries") or []) if c}
    found = sum(1 for keys in companies if keys & row["party_keys"])
    found += len(countries & row["party_countries"])
    return found, len(companies) + len(countries)


def agreement_quality(row: dict, item: dict, gold: GoldArticle) -> float | None:
    found, total = agreement_parties_found(row, item, gold)
    if 2 * found < total:
        return None
    quality = found / total if total else 1.0
    quality += _same(row.get("agreement_type"), item.get("type"))
    quality += _same(row.get("status"), item.get("status"))
    quality += str(row.get("agreement_count")) == str(item.get("count") or 1)
    return quality


def plant_quality(row: dict, item: dict, gold: GoldArticle) -> float | None:
    """Extra (not in FORMAT.md): same city (first five letters) or same operator,
    and no contradicting country."""
    row_country, gold_country = _upper(row.get("country_code")), _upper(item.get("country"))
    if row_country and gold_country and row_country != gold_country:
        return None
    same_city = bool(city_key(item.get("city"))) and city_key(row.get("city")) == city_key(item.get("city"))
    same_company = bool(item.get("company")) and name_key(row.get("company_name")) in gold.company_keys(item["company"])
    if not (same_city or same_company):
        return None
    return float(same_city) + float(same_company) + (name_key(row.get("plant_name")) == name_key(item.get("name")))


def company_quality(row: dict, item: GoldCompany, gold: GoldArticle) -> float | None:
    return 0.0 if row["key"] and row["key"] in item.keys else None


# --------------------------------------------------------------------------- descriptions

def _describe_production(x: dict, is_gold: bool) -> str:
    if is_gold:
        country, year, kind, company = x.get("country"), x.get("year"), x.get("kind"), x.get("company")
    else:
        country, year, kind, company = (x.get("country_code"), x.get("target_year"), x.get("target_kind"),
                                        x.get("company_name"))
    return (f"{_num(x.get('quantity'))} {_v(x.get('unit'))}, country {_v(country)}, year {_v(year)}, "
            f"{_v(x.get('basis'))}, {_v(kind)}, company {_v(company)}")


def _describe_trade(x: dict, is_gold: bool) -> str:
    if is_gold:
        reporter, partner, kind = x.get("reporter"), x.get("partner"), x.get("kind")
    else:
        reporter, partner = x.get("reporter_country_code"), x.get("partner_country_code")
        kind = {True: "target", False: "actual"}.get(x.get("is_target"), "-")
    start, end = _iso(x.get("period_start")), _iso(x.get("period_end"))
    period = f"{_v(start)}..{_v(end)}" if start or end else "no period"
    return f"{_v(reporter)}->{_v(partner)} {_v(x.get('flow'))} {_num(x.get('amount'))} {_v(x.get('unit'))}, {period}, {kind}"


def _describe_agreement(x: dict, is_gold: bool) -> str:
    if is_gold:
        type_, parties, countries = x.get("type"), x.get("parties") or [], x.get("countries") or []
    else:
        type_, parties, countries = x.get("agreement_type"), x["party_names"], sorted(x["party_countries"])
    return f"{_v(type_)} ({_v(x.get('status'))}): {', '.join(parties) or '-'} | {', '.join(countries) or '-'}"


def _describe_plant(x: dict, is_gold: bool) -> str:
    if is_gold:
        name, country, company = x.get("name"), x.get("country"), x.get("company")
    else:
        name, country, company = x.get("plant_name"), x.get("country_code"), x.get("company_name")
    return f"{_v(name)} in {_v(x.get('city'))}, {_v(country)} (operator {_v(company)})"


# --------------------------------------------------------------------------- scoring

Quality = Callable[[dict, Any, GoldArticle], float | None]


def match_items(rows: list, items: list, required: list[bool], quality: Quality,
                gold: GoldArticle) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (row, item) chosen by the assignment, unmatched rows, unmatched required items."""
    weights = []
    for row in rows:
        line: list[float | None] = []
        for item, req in zip(items, required):
            q = quality(row, item, gold)
            line.append(None if q is None else (_W_REQUIRED if req else _W_OPTIONAL) + q)
        weights.append(line)
    pairs = assign(weights) if rows and items else []
    matched_rows = {i for i, _ in pairs}
    matched_items = {j for _, j in pairs}
    lone_rows = [i for i in range(len(rows)) if i not in matched_rows]
    lone_items = [j for j in range(len(items)) if j not in matched_items and required[j]]
    return pairs, lone_rows, lone_items


def _score_facts(report: Report, table: str, gold: GoldArticle, rows: list[dict], items: list[dict],
                 quality: Quality, describe: Callable[[dict, bool], str]) -> list[tuple[dict, dict]]:
    """Tally one fact table for one article; returns the true-positive (row, item) pairs."""
    counts = report.tables[table]
    required = [_required(it) for it in items]
    pairs, lone_rows, lone_items = match_items(rows, items, required, quality, gold)
    tp_pairs = [(rows[i], items[j]) for i, j in pairs if required[j]]
    counts.tp += len(tp_pairs)
    counts.fp += len(lone_rows)
    counts.fn += len(lone_items)
    for j in lone_items:
        report.findings.append(Finding(table, "miss", gold.file_name, describe(items[j], True)))
    for i in lone_rows:
        report.findings.append(Finding(table, "false", gold.file_name, describe(rows[i], False),
                                       rows[i].get("evidence")))
    return tp_pairs


def _check_attribute(report: Report, name: str, gold: GoldArticle, row: dict, item: dict,
                     got: Any, want: Any, describe: Callable[[dict, bool], str]) -> None:
    ok = got == want if isinstance(want, bool) else _same(got, want)
    report.attributes[name].add(ok)
    if not ok:
        report.findings.append(Finding(name.split(".")[0], "attribute", gold.file_name,
                                       f"{name.split('.')[1]} is {got!r}, gold {want!r}: {describe(item, True)}",
                                       row.get("evidence")))


def _score_companies(report: Report, gold: GoldArticle, rows: list[dict]) -> None:
    counts = report.tables["companies"]
    required = [c.required for c in gold.companies]
    pairs, lone_rows, lone_items = match_items(rows, gold.companies, required, company_quality, gold)
    counts.tp += sum(1 for _, j in pairs if required[j])
    counts.fn += len(lone_items)
    for j in lone_items:
        report.findings.append(Finding("companies", "miss", gold.file_name, gold.companies[j].name))
    for i in lone_rows:
        row = rows[i]
        if row["key"] in gold.ignore_keys:
            continue
        counts.fp += 1
        duplicate = any(row["key"] in c.keys for c in gold.companies)
        what = f"{row['name']} [{row['company_id']}]" + (" (second row for the same company)" if duplicate else "")
        report.findings.append(Finding("companies", "false", gold.file_name, what))


def _score_countries(report: Report, gold: GoldArticle, predicted: set[str]) -> None:
    counts = report.tables["countries"]
    counts.tp += len(predicted & gold.countries)
    false = sorted(predicted - gold.countries - gold.optional_countries)
    missed = sorted(gold.countries - predicted)
    counts.fp += len(false)
    counts.fn += len(missed)
    report.findings.extend(Finding("countries", "miss", gold.file_name, c) for c in missed)
    report.findings.extend(Finding("countries", "false", gold.file_name, c) for c in false)


def _score_published_date(report: Report, gold: GoldArticle, predicted: list[Any]) -> None:
    ok = bool(predicted) and all(_iso(p) == gold.published_date for p in predicted)
    report.published_date.add(ok)
    if not ok:
        shown = "no article" if not predicted else ", ".join(str(_iso(p)) for p in predicted)
        report.findings.append(Finding("published_date", "attribute", gold.file_name,
                                       f"published_date is {shown}, gold {gold.published_date}"))


def score_article(report: Report, gold: GoldArticle, rows: ArticleRows) -> None:
    """Add one article's counts, accuracies and findings to the report."""
    _score_published_date(report, gold, rows.published_dates)
    _score_companies(report, gold, rows.companies)
    _score_countries(report, gold, rows.countries)

    for row, item in _score_facts(report, "production_targets", gold, rows.production_targets,
                                  gold.production_targets, production_quality, _describe_production):
        _check_attribute(report, "production_targets.target_kind", gold, row, item,
                         row.get("target_kind"), item.get("kind"), _describe_production)

    for row, item in _score_facts(report, "trade_volumes", gold, rows.trade_volumes,
                                  gold.trade_volumes, trade_quality, _describe_trade):
        _check_attribute(report, "trade_volumes.flow", gold, row, item, row.get("flow"), item.get("flow"),
                         _describe_trade)
        _check_attribute(report, "trade_volumes.is_target", gold, row, item, row.get("is_target"),
                         item.get("kind") == "target", _describe_trade)
        if item.get("period_start") or item.get("period_end"):
            _check_attribute(report, "trade_volumes.period", gold, row, item,
                             f"{_iso(row.get('period_start'))}..{_iso(row.get('period_end'))}",
                             f"{item.get('period_start')}..{item.get('period_end')}", _describe_trade)

    for row, item in _score_facts(report, "agreements", gold, rows.agreements,
                                  gold.agreements, agreement_quality, _describe_agreement):
        _check_attribute(report, "agreements.agreement_type", gold, row, item, row.get("agreement_type"),
                         item.get("type"), _describe_agreement)
        _check_attribute(report, "agreements.status", gold, row, item, row.get("status"),
                         item.get("status"), _describe_agreement)
        _check_attribute(report, "agreements.agreement_count", gold, row, item,
                         str(row.get("agreement_count")), str(item.get("count") or 1), _describe_agreement)

    _score_facts(report, "plants", gold, rows.plants, gold.plants, plant_quality, _describe_plant)


def find_duplicate_companies(golds: Iterable[GoldArticle], companies: list[dict]) -> list[DuplicateCompany]:
    """Gold companies (merged across articles when they share a name or alias key)
    that more than one dim_company row matches."""
    groups: list[tuple[str, set[str]]] = []
    for gold in golds:
        for c in gold.companies:
            merged_name, merged_keys = c.name, set(c.keys)
            rest = []
            for name, keys in groups:
                if keys & merged_keys:
                    merged_keys |= keys
                    merged_name = name  # keep the first-seen gold name
                else:
                    rest.append((name, keys))
            groups = rest + [(merged_name, merged_keys)]
    out = []
    for name, keys in sorted(groups, key=lambda g: fold(g[0])):
        rows = sorted(f"{r['company_name']} [{r['company_id']}]" for r in companies
                      if name_key(r["company_name"]) in keys)
        if len(rows) > 1:
            out.append(DuplicateCompany(name, tuple(rows)))
    return out


def score_marts(marts: Marts, golds: list[GoldArticle], warehouse: str = "", gold_dir: str = "") -> Report:
    """Pure scoring of mart rows against parsed gold articles."""
    report = Report(warehouse=warehouse, gold_dir=gold_dir, warnings=list(marts.warnings))
    by_article = group_by_article(marts)
    ids_by_file: dict[str, list[str]] = {}
    for r in marts.rows("dim_article"):
        if r["file_name"]:
            ids_by_file.setdefault(r["file_name"], []).append(r["article_id"])
            base = Path(str(r["file_name"])).name
            if base != r["file_name"]:
                ids_by_file.setdefault(base, []).append(r["article_id"])
    for gold in golds:
        article_ids = ids_by_file.get(gold.file_name, [])
        if not article_ids:
            report.articles_missing.append(gold.file_name)
        elif len(article_ids) > 1:
            report.warnings.append(f"{gold.file_name}: {len(article_ids)} dim_article rows; their rows are pooled")
        pooled = ArticleRows()
        for article_id in article_ids:
            rows = by_article.get(article_id, ArticleRows())
            for name in ("companies", "plants", "production_targets", "trade_volumes", "agreements",
                         "published_dates"):
                getattr(pooled, name).extend(getattr(rows, name))
            pooled.countries |= rows.countries
        score_article(report, gold, pooled)
        report.articles_scored += 1
    report.duplicate_companies = find_duplicate_companies(golds, marts.rows("dim_company"))
    return report


def score(warehouse_path: str, gold_dir: str) -> Report:
    """Score the warehouse at `warehouse_path` against the gold JSON files in `gold_dir`."""
    return score_marts(read_marts(warehouse_path), load_gold(gold_dir), str(warehouse_path), str(gold_dir))


def evaluate_corpus(articles_dir: str, gold_dir: str, verbose: bool = False) -> Report:
    """Build a throw-away warehouse for `articles_dir` and score it against `gold_dir`.
    With `verbose`, also print the full report (every miss and false row)."""
    from loaders.build import build  # lazy: scoring alone needs neither the loaders nor dbt

    with tempfile.TemporaryDirectory(prefix="evaluate-") as tmp:
        warehouse = str(Path(tmp) / "warehouse.duckdb")
        build(articles=str(articles_dir), warehouse=warehouse, strict=False, quiet=True)
        report = score(warehouse, gold_dir)
    if verbose:
        print(format_report(report, verbose=True))
    return report


# --------------------------------------------------------------------------- output

def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def format_report(report: Report, verbose: bool = False) -> str:
    lines = [f"warehouse: {report.warehouse}", f"gold:      {report.gold_dir}",
             f"articles:  {report.articles_scored} scored"
             + (f", {len(report.articles_missing)} not in dim_article" if report.articles_missing else "")]
    for w in report.warnings:
        lines.append(f"warning:   {w}")
    lines += ["", f"{'table':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, c in report.tables.items():
        label = name + (" *" if name == "plants" else "")
        lines.append(f"{label:<20} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    lines.append("  * extra, not in FORMAT.md: same city (5 letters) or operator")
    lines += ["", f"{'attribute':<32} {'accuracy':>8} {'correct':>9}"]
    accuracies = list(report.attributes.items()) + [("published_date", report.published_date)]
    for name, a in accuracies:
        lines.append(f"{name:<32} {_fmt(a.value):>8} {f'{a.correct}/{a.total}':>9}")
    lines += ["", f"duplicate companies: {len(report.duplicate_companies)}"]
    for d in report.duplicate_companies:
        lines.append(f"  {d.gold_name}: {'; '.join(d.rows)}")
    if report.articles_missing:
        lines += ["", "articles not in dim_article:"] + [f"  {f}" for f in report.articles_missing]
    if verbose and report.findings:
        lines += ["", "findings by article (miss: gold item not found; false: row not in gold; "
                      "attribute: matched, wrong value)"]
        order = {name: i for i, name in enumerate(TABLES + ("published_date",))}
        kinds = {"miss": 0, "false": 1, "attribute": 2}
        by_file: dict[str, list[Finding]] = {}
        for f in report.findings:
            by_file.setdefault(f.file_name, []).append(f)
        for file_name in sorted(by_file):
            lines.append(file_name)
            for f in sorted(by_file[file_name], key=lambda f: (order.get(f.table, 99), kinds.get(f.kind, 9))):
                lines.append(f"  {f.table:<18} {f.kind:<9} {f.what}")
                if f.evidence:
                    lines.append(f"  {'':<18} {'':<9} evidence: {f.evidence}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation",
                                     description="Score a warehouse against gold annotations (FORMAT.md).")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--warehouse", help="DuckDB file to score (opened read-only)")
    source.add_argument("--articles", help="build a temporary warehouse for these articles, then score it")
    parser.add_argument("--gold", required=True, help="directory of gold JSON files")
    parser.add_argument("--verbose", action="store_true", help="list every miss, false row and wrong attribute")
    parser.add_argument("--json", metavar="OUT", help="also write the report as JSON to OUT")
    args = parser.parse_args(argv)

    if not Path(args.gold).is_dir():
        print(f"error: gold directory {args.gold} does not exist", file=sys.stderr)
        return 2
    if args.warehouse is not None and not Path(args.warehouse).is_file():
        print(f"error: warehouse {args.warehouse} does not exist", file=sys.stderr)
        return 2
    try:
        if args.warehouse is not None:
            report = score(args.warehouse, args.gold)
        else:
            report = evaluate_corpus(args.articles, args.gold)
    except Exception as exc:  # an unreadable input is an error, a low score is not
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(format_report(report, verbose=args.verbose))
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_dict(), indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
