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
