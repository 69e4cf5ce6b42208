"""Fixtures shared by several test files."""
from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
RECONCILE_ARTICLES = PROJECT / "tests" / "fixtures" / "reconcile" / "articles"


@pytest.fixture(scope="session")
def reconcile_warehouse(tmp_path_factory) -> Path:
    """The reconciliation fixture corpus (tests/fixtures/reconcile), built once; read it, do not change it."""
    from loaders.build import build

    warehouse = tmp_path_factory.mktemp("reconcile") / "warehouse.duckdb"
    build(RECONCILE_ARTICLES, warehouse, quiet=True)
    return warehouse
