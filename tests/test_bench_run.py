"""The benchmark's own measures that run in-process (bench/run.py)."""
from __future__ import annotations

from pathlib import Path

from bench.run import extraction_stages

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample" / "articles"


def test_extraction_stages_time_every_step_of_the_sample() -> None:
    stages = extraction_stages(SAMPLE, limit=3)
    assert stages["articles"] == 3
    ms = stages["ms_per_article"]
    assert list(ms) == ["read", "clean", "sentences", "entities", "facts", "raw rows"]
    assert all(v >= 0 for v in ms.values()) and ms["facts"] > 0


def test_cpu_busy_is_a_fraction_and_a_busy_start_is_flagged() -> None:
    from bench.run import _busy_note, cpu_busy
    assert 0.0 <= cpu_busy(0.2) <= 1.0
    machine = {"nproc": 2}
    assert "pessimistic" in _busy_note({"cpu_busy_start": 0.6, "machine": machine})[0]
    assert "pessimistic" not in _busy_note({"cpu_busy_start": 0.02, "machine": machine})[0]
