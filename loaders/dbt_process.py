"""Run one dbt command in a process that imported dbt before it was needed.

    python loaders/dbt_process.py      (arguments: one JSON list on stdin)

Importing dbt takes about 3 s of a core, as long as loading a thousand
articles. The build starts this process before it loads, so the import uses
the CPU the load leaves idle (the process runs at a lower priority: where the
load keeps both cores busy, it is not slowed down); once the articles are in,
it sends the dbt arguments (e.g. ["build", ...]) as one JSON line and reads
dbt's output as if it had run the `dbt` command. An empty stdin (the build
stopped before dbt) ends the process at once.

Exit status as the `dbt` command's: 0 success, 1 a node failed, 2 dbt itself
failed (bad arguments, unreadable project).

When dbt is done, the warehouse it wrote (WAREHOUSE_PATH) is checkpointed and
the process ends without tearing the interpreter down: freeing dbt's objects
took about 0.8 s, and nothing is left to write once the checkpoint has emptied
DuckDB's write-ahead log.
"""
from __future__ import annotations

import json
import logging
import os
import sys


def main() -> int | None:
    """Run the dbt command read from stdin; its exit status, or None if there was none."""
    # Yield to the load. An unprivileged process cannot raise its priority
    # again, so dbt runs at this one too: it matters only on a machine busy
    # with other work, as nothing else of the build runs beside it.
    os.nice(10)
    from dbt.cli.main import dbtRunner      # the slow part, paid while the build loads

    line = sys.stdin.readline()
    if not line.strip():
        return None
    args = json.loads(line)
    result = dbtRunner().invoke(args)
    if result.success:
        return 0
    if result.exception is not None:
        print(f"dbt {' '.join(args[:1])} failed: {result.exception}", file=sys.stderr)
        return 2
    return 1


def checkpointed(path: str | None) -> bool:
    """Checkpoint the database dbt wrote; False if that cannot be done here."""
    if not path:
        return False
    import duckdb
    try:
        # The same database instance dbt-duckdb opened (DuckDB caches one
        # instance per file and process), so no second open of the file.
        con = duckdb.connect(path)
        try:
            con.execute("checkpoint")
        finally:
            con.close()
    except duckdb.Error:
        return False
    return True


if __name__ == "__main__":
    status = main()
    if status is None:
        sys.exit(0)
    if checkpointed(os.environ.get("WAREHOUSE_PATH")):
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)
