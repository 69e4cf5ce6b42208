"""loaders.parse_cache: dbt's parse of the project, kept once per project version."""
from __future__ import annotations

from pathlib import Path

from loaders import parse_cache
from loaders.parse_cache import PARSE_FILE, cached_parse, keep, restore


def dbt_left(target: Path, content: bytes) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    (target / PARSE_FILE).write_bytes(content)
    return target


def test_nothing_kept_nothing_restored(tmp_path: Path) -> None:
    assert restore(tmp_path / "cache", "f1", "w.work.duckdb", tmp_path / "t") is False
    assert not (tmp_path / "t" / PARSE_FILE).exists()


def test_a_kept_parse_is_restored_into_a_new_target(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    keep(cache, "f1", "w.work.duckdb", dbt_left(tmp_path / "a", b"parse one"))
    assert restore(cache, "f1", "w.work.duckdb", tmp_path / "b" / "target") is True
    assert (tmp_path / "b" / "target" / PARSE_FILE).read_bytes() == b"parse one"


def test_another_project_version_or_work_name_gets_none(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    keep(cache, "f1", "w.work.duckdb", dbt_left(tmp_path / "a", b"parse one"))
    assert restore(cache, "f2", "w.work.duckdb", tmp_path / "b") is False
    assert restore(cache, "f1", "x.work.duckdb", tmp_path / "c") is False


def test_a_new_project_version_drops_the_old_ones_and_names_share_one(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    keep(cache, "f1", "w.work.duckdb", dbt_left(tmp_path / "a", b"old"))
    keep(cache, "f2", "w.work.duckdb", dbt_left(tmp_path / "b", b"new"))
    keep(cache, "f2", "x.work.duckdb", dbt_left(tmp_path / "c", b"new, x"))
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [cached_parse(cache, "f2", "w.work.duckdb").name, cached_parse(cache, "f2", "x.work.duckdb").name])


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    keep(blocker, "f1", "w.work.duckdb", dbt_left(tmp_path / "a", b"parse"))      # no exception
    assert restore(blocker, "f1", "w.work.duckdb", tmp_path / "t") is False


def test_no_parse_left_by_dbt_keeps_nothing(tmp_path: Path) -> None:
    keep(tmp_path / "cache", "f1", "w.work.duckdb", tmp_path / "empty-target")
    assert not any(p.suffix == ".msgpack" for p in (tmp_path / "cache").glob("*"))
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_the_build_keeps_it_in_the_project_it_parsed(monkeypatch, tmp_path: Path) -> None:
    from loaders import build
    assert build.parse_cache_dir().is_relative_to(build.PROJECT_DIR / "target")    # `make clean` empties it
    monkeypatch.setattr(build, "PROJECT_DIR", tmp_path)       # a copy of the project (test_incremental)
    assert build.parse_cache_dir().is_relative_to(tmp_path)
    assert parse_cache.PARSE_FILE == "partial_parse.msgpack"
