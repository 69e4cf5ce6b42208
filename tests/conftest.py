"""Fixtures shared by several test files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loaders.build import BuildResult, build, project_stamp, work_file

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT / "corpus" / "sample" / "articles"
RECONCILE_ARTICLES = PROJECT / "tests" / "fixtures" / "reconcile" / "articles"


# Files whose tests run whole builds (dbt, Spark, a browser): minutes each. xdist hands groups to
# the workers in collection order, so these go first and the short files fill in behind them
# (longest first), instead of one of them starting last and running alone.
LONG_FILES = ("tests/test_spark_parity.py", "tests/test_incremental.py", "tests/test_quality_regression.py",
              "tests/test_build.py",
              "tests/test_build_safety.py", "tests/test_dbt_project.py", "tests/test_clients.py",
              "tests/test_report.py")


def pytest_configure(config) -> None:
    """xdist's loadgroup sorts the groups by their number of tests, most first, unless told not to
    (--no-loadscope-reorder): that would undo the order below."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def _module_fixtures(item) -> bool:
    """Whether the test uses a fixture built once per module (or class, or package)."""
    info = getattr(item, "_fixtureinfo", None)
    defs = info.name2fixturedefs.values() if info else ()
    return any(d.scope in ("module", "class", "package") for fds in defs for d in fds)


@pytest.hookimpl(tryfirst=True)     # before xdist's own hook, which reads the groups into the test ids
def pytest_collection_modifyitems(config, items) -> None:
    """Worker groups for `pytest -n --dist loadgroup`: the tests of a file that share a module fixture
    share a worker, so that the fixture (a dbt build, a generated corpus, the quality test's one
    warehouse of every corpus) is made once; every other test is a group of its own, so that the
    long files spread over the workers. Long groups are collected first."""
    rank: dict[str, int] = {}
    for item in items:
        path = item.nodeid.split("::")[0]
        if item.get_closest_marker("xdist_group") is None and _module_fixtures(item):
            item.add_marker(pytest.mark.xdist_group(path))
        rank[item.nodeid] = LONG_FILES.index(path) if path in LONG_FILES else len(LONG_FILES)
    items.sort(key=lambda item: rank[item.nodeid])        # stable: a file keeps its own order


@pytest.fixture(scope="session")
def sample_built(tmp_path_factory) -> tuple[Path, BuildResult]:
    """The sample corpus built once into a new file, and what that build reported (a test that
    starts from a first build of the sample checks the report and copies the file)."""
    wh = tmp_path_factory.mktemp("sample") / "warehouse.duckdb"
    return wh, build(SAMPLE, wh, quiet=True)


@pytest.fixture(scope="session")
def sample_build(sample_built: tuple[Path, BuildResult]) -> Path:
    """The sample corpus built once; tests copy it (copy_build) before changing anything."""
    return sample_built[0]


def copy_build(src: Path, dst_dir: Path, stamp: bool = False) -> Path:
    """A copy of a built warehouse and its work file; with `stamp`, the record of
    its last successful dbt build too, so that the next build is incremental."""
    dst = dst_dir / "warehouse.duckdb"
    shutil.copyfile(src, dst)
    shutil.copyfile(work_file(src), work_file(dst))
    if stamp:
        shutil.copyfile(project_stamp(work_file(src)), project_stamp(work_file(dst)))
    return dst


@pytest.fixture(scope="session")
def reconcile_warehouse(tmp_path_factory) -> Path:
    """The reconciliation fixture corpus (tests/fixtures/reconcile), built once; read it, do not change it."""
    warehouse = tmp_path_factory.mktemp("reconcile") / "warehouse.duckdb"
    build(RECONCILE_ARTICLES, warehouse, quiet=True)
    return warehouse
