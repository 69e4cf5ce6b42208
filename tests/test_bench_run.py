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


def test_median_run_reports_the_middle_run_and_the_highest_memory() -> None:
    from bench.run import median_run
    def run(seconds: float, peak: float, procs: int) -> dict:
        return {"seconds": seconds, "peak_pss_mb": peak, "peak_rss_mb": peak, "sum_of_peaks_mb": peak,
                "max_single_mb": peak, "max_procs": procs, "timings": {"total": seconds}}
    runs = [run(19.0, 300.0, 3), run(13.0, 500.0, 4), run(14.0, 400.0, 3)]
    out = median_run(runs)
    assert out["seconds"] == 14.0 and out["timings"] == {"total": 14.0}
    assert out["runs_s"] == [19.0, 13.0, 14.0]
    assert out["sum_of_peaks_mb"] == 500.0 and out["max_procs"] == 4
    assert median_run(runs[:2])["seconds"] == 19.0     # even count: the slower middle run
