"""Read the dbt seed files, so the loaders and dbt share one copy of reference knowledge."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@lru_cache(maxsize=None)
def read_seed(name: str, seeds_dir: str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of `seeds/<name>.csv` as dicts (empty cells become '').

    Cached: seeds are read once per process, whatever the number of articles.
    """
    path = Path(seeds_dir) if seeds_dir else SEEDS_DIR
    with open(path / f"{name}.csv", newline="", encoding="utf-8") as f:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f))
