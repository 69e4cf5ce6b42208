"""Every dbt model stays portable past DuckDB.

Compiles the project (`dbt seed` first, so macros that read seeds at compile
time render their full SQL, then `dbt compile`) against a throw-away DuckDB
file, then for each compiled model:

- parses it as DuckDB SQL and fails on any function sqlglot does not know
  (`exp.Anonymous`): sqlglot passes those through verbatim, so they would
  reach Spark or Trino untranslated;
- generates Spark SQL and Trino SQL with `unsupported_level=RAISE`, so a
  construct sqlglot cannot express in the target fails the test, and parses
  the result back in that dialect.

One known dialect detail is normalised first: `regexp_replace(x, p, r, 'g')`
is what the `regexp_replace_all` macro emits on DuckDB only (DuckDB replaces
the first match unless told 'g'); on Spark and Trino the macro's default
emits the three-argument form, which replaces every match. Any other regexp
modifier fails the test.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlglot
from sqlglot import ErrorLevel, exp

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
TARGET_DIALECTS = ("spark", "trino")


def _project_name() -> str:
    text = (ROOT / "dbt_project.yml").read_text(encoding="utf-8")
    m = re.search(r"^name:\s*['\"]?([\w-]+)", text, re.M)
    assert m, "dbt_project.yml has no name"
    return m.group(1)


def _model_files() -> list[str]:
    """Model paths relative to models/, e.g. 'marts/dim_country.sql' (collected from the sources)."""
    if not MODELS_DIR.is_dir():
        return []
    return sorted(p.relative_to(MODELS_DIR).as_posix() for p in MODELS_DIR.rglob("*.sql"))


def _dbt() -> str:
    exe = Path(sys.executable).with_name("dbt")
    return str(exe) if exe.exists() else "dbt"


@pytest.fixture(scope="module")
def compiled_dir(tmp_path_factory) -> Path:
    """target/compiled/<project>/models of a fresh `dbt seed` + `dbt compile`."""
    tmp = tmp_path_factory.mktemp("portability")
    warehouse = tmp / "portability.duckdb"
    try:  # the raw tables, in case a macro introspects them
        import duckdb
        from loaders.raw_store import create_raw_schema

        con = duckdb.connect(str(warehouse))
        try:
            create_raw_schema(con)
        finally:
            con.close()
    except ImportError:
        pass
    env = {**os.environ, "WAREHOUSE_PATH": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    common = ["--project-dir", str(ROOT), "--profiles-dir", str(ROOT),
              "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")]
    for step in ("seed", "compile"):
        proc = subprocess.run([_dbt(), step, *common], cwd=ROOT, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
            pytest.fail(f"dbt {step} failed (exit {proc.returncode}):\n{tail}", pytrace=False)
    return tmp / "target" / "compiled" / _project_name() / "models"


def test_project_has_compiled_models(compiled_dir):
    compiled = sorted(compiled_dir.rglob("*.sql")) if compiled_dir.is_dir() else []
    assert _model_files(), f"no dbt models found under {MODELS_DIR}"
    assert compiled, f"no compiled models found under {compiled_dir}"


def _parse_duckdb(compiled_dir: Path, model: str) -> exp.Expression:
    path = compiled_dir / model
    assert path.is_file(), f"model {model} was not compiled (no {path})"
    sql = path.read_text(encoding="utf-8").strip().rstrip(";")
    statements = [s for s in sqlglot.parse(sql, read="duckdb", error_level=ErrorLevel.RAISE) if s is not None]
    assert len(statements) == 1, f"{model}: expected one statement, got {len(statements)}"
    return statements[0]


def _unknown_functions(tree: exp.Expression) -> list[str]:
    names = [node.name for node in tree.find_all(exp.Anonymous)]
    names += [node.name for node in tree.find_all(exp.AnonymousAggFunc)]
    return sorted(set(names), key=str.lower)


def _normalise_regexp_modifiers(tree: exp.Expression, model: str) -> exp.Expression:
    tree = tree.copy()
    for node in tree.find_all(exp.RegexpReplace):
        modifiers = node.args.get("modifiers")
        if modifiers is None:
            continue
        value = modifiers.name if isinstance(modifiers, exp.Literal) else modifiers.sql("duckdb")
        assert value == "g", (f"{model}: regexp_replace modifiers {value!r} have no Spark/Trino "
                              f"equivalent: {node.sql('duckdb')[:200]}")
        node.set("modifiers", None)
    return tree


@pytest.mark.parametrize("model", _model_files())
def test_model_uses_only_functions_sqlglot_knows(compiled_dir, model):
    unknown = _unknown_functions(_parse_duckdb(compiled_dir, model))
    assert not unknown, (f"{model} uses function(s) sqlglot does not know, so it cannot translate "
                         f"them to Spark or Trino: {', '.join(unknown)}")


@pytest.mark.parametrize("dialect", TARGET_DIALECTS)
@pytest.mark.parametrize("model", _model_files())
def test_model_transpiles(compiled_dir, model, dialect):
    tree = _normalise_regexp_modifiers(_parse_duckdb(compiled_dir, model), model)
    try:
        out = tree.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except sqlglot.errors.UnsupportedError as e:
        pytest.fail(f"{model} -> {dialect}: unsupported: {e}", pytrace=False)
    try:
        sqlglot.parse_one(out, read=dialect, error_level=ErrorLevel.RAISE)
    except sqlglot.errors.ParseError as e:
        pytest.fail(f"{model} -> {dialect}: the generated SQL does not parse back: {e}", pytrace=False)
