"""A dbt-duckdb plugin: a clear message, not a traceback, when the warehouse is open elsewhere.

DuckDB lets one process write a file, and only when no other process holds it
open: a plain `dbt build` while a BI tool or the DuckDB CLI reads
warehouse.duckdb fails inside dbt-duckdb with a lock error and a Python
traceback. profiles.yml loads this plugin; just before dbt-duckdb opens the
file, it opens it once itself (the same path and settings, so dbt-duckdb then
gets the same database instance from DuckDB's cache) and turns a lock error
into a dbt error that says what to do: `make build` builds in a private work
file and publishes beside open readers.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
from dbt.adapters.duckdb.plugins import BasePlugin
from dbt_common.exceptions import DbtRuntimeError


def lock_message(path: str, error: str) -> str:
    """What to tell the user when `path` is locked by another process (`error`: DuckDB's message)."""
    m = re.search(r"Conflicting lock is held in (\S+) \(PID (\d+)\)", error)
    holder = f" ({Path(m[1]).name}, PID {m[2]})" if m else ""
    return (f"{path} is open in another program{holder}, so dbt cannot write it.\n"
            f"Run `make build` instead: it builds in a private work file and publishes the warehouse "
            f"beside the programs that read it. Or close the other program's connection and run dbt again.")


def is_lock_error(error: Exception) -> bool:
    return isinstance(error, duckdb.IOException) and "lock" in str(error).lower()


class Plugin(BasePlugin):
    def initialize(self, plugin_config: dict[str, Any]) -> None:
        self._probe: duckdb.DuckDBPyConnection | None = None

    def update_connection_config(self, creds: Any, config: dict[str, Any]) -> None:
        path = getattr(creds, "path", None)
        if not path or path == ":memory:" or str(path).startswith("md:"):
            return
        try:
            # kept open until dbt-duckdb has connected (configure_connection):
            # its connect then reuses this instance instead of opening the file again
            self._probe = duckdb.connect(path, read_only=False, config=dict(config))
        except duckdb.Error as e:
            if is_lock_error(e):
                raise DbtRuntimeError(lock_message(path, str(e))) from None
            raise

    def configure_connection(self, conn: Any) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None
