"""Run one dbt command in a process that imported dbt before it was needed.

    python loaders/dbt_process.py      (arguments: one JSON list on stdin)

Importing dbt takes about 3 s of a core, as long as loading a thousand
articles. The build starts this process before it loads, so the import runs
beside the load; once the articles are in, it sends the dbt arguments (e.g.
["build", ...]) as one JSON line and reads dbt's output as if it had run the
`dbt` command. An empty stdin (the build stopped before dbt) ends the process
at once.

It runs at the build's own priority. At a lower one (nice 10) the import
yielded to the load so completely that, after a short load, dbt was still
importing while a core sat idle, and the priority stuck for the whole dbt run
(an unprivileged process cannot raise it again): adding 1,000 articles to a
100,000-article warehouse took 15.2 s against 13.7 s at normal priority (means
of 6 interleaved runs, the normal one faster in each pair).

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
from pathlib import Path


def die_with_the_build() -> None:
    """Ask Linux to kill this process when the build that started it dies.

    A build killed with `kill -9` (or by the kernel, for memory) would else
    leave dbt writing the work file to the end, minutes at scale, with the
    build's lock held (loaders.locks.build_lock). BUILD_PID is the build's pid:
    if it is gone already, so is this process.
    """
    build = os.environ.get("BUILD_PID")
    if not build:
        return
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):       # not Linux: the build's own cleanup still applies
        return
    if os.getppid() != int(build):
        os._exit(1)


def main() -> int | None:
    """Run the dbt command read from stdin; its exit status, or None if there was none."""
    die_with_the_build()
    # The build runs dbt beside the work file, not in the project: the profile's
    # plugin (loaders.dbt_lock) is imported from the project all the same.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
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
