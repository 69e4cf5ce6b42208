"""Run one dbt command in a process that imported dbt before it was needed.

    python loaders/dbt_process.py      (arguments: one JSON list on stdin)

Importing dbt takes about 3 s, as long as loading a thousand articles. The
build starts this process before it loads, so the import overlaps the load;
once the articles are in, it sends the dbt arguments (e.g. ["build", ...]) as
one JSON line and reads dbt's output as if it had run the `dbt` command. An
empty stdin (the build stopped before dbt) ends the process at once.

Exit status as the `dbt` command's: 0 success, 1 a node failed, 2 dbt itself
failed (bad arguments, unreadable project).
"""
from __future__ import annotations

import json
import sys


def main() -> int:
    from dbt.cli.main import dbtRunner      # the slow part, paid while the build loads

    line = sys.stdin.readline()
    if not line.strip():
        return 0
    args = json.loads(line)
    result = dbtRunner().invoke(args)
    if result.success:
        return 0
    if result.exception is not None:
        print(f"dbt {' '.join(args[:1])} failed: {result.exception}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
