"""python -m report [--warehouse PATH] [--out report.html] [--no-check]: write the report, then check it in Chromium."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

from report import browser, data, page


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m report", description=__doc__.split(":")[0])
    p.add_argument("--warehouse", type=Path,
                   default=Path(os.environ.get("WAREHOUSE_PATH") or "warehouse.duckdb"))
    p.add_argument("--out", type=Path, default=Path("report.html"))
    p.add_argument("--no-check", action="store_true", help="do not open the report in headless Chromium")
    a = p.parse_args(argv)
    if not a.warehouse.exists():
        print(f"error: {a.warehouse}: no warehouse here; run `make build` first", file=sys.stderr)
        return 2
    try:
        content = data.read(a.warehouse)
    except duckdb.Error as e:
        print(f"error: {a.warehouse}: {' '.join(str(e).split())[:300]}", file=sys.stderr)
        return 1
    out = page.write(content, a.out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, self-contained: open it in any browser)")
    if a.no_check:
        return 0
    why = browser.available()
    if why:
        print(f"not checked in a browser: {why}")
        return 0
    shot = out.with_suffix(".png")
    result = browser.check(out, shot)
    with_rows = [f"chart-{name}" for name in data.ANALYSES if content.answers[name].rows]
    drawn = {c["id"] for c in result.charts if c["traces"] > 0 and c["marks"] > 0}
    missing = [c for c in with_rows if c not in drawn]
    print(f"checked in headless Chromium: {len(drawn)} of {len(with_rows)} charts with data drawn, "
          f"{len(result.console_errors)} console error(s), screenshot {shot}")
    for e in result.console_errors:
        print(f"  console: {e}")
    for c in missing:
        print(f"  not drawn: {c}")
    return 0 if not missing and not result.console_errors else 1


if __name__ == "__main__":
    sys.exit(main())
