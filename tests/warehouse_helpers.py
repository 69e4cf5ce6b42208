"""Read a DuckDB warehouse file in tests without holding it open."""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import duckdb


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def write_article(directory: Path, name: str, serial: int) -> Path:
    """A short article with a production figure and a trade figure; `serial`
    makes it distinct (the same number of digits, the same length)."""
    p = directory / name
    p.write_text(
        f"Plant {serial} opens in Kostanay\n\nKOSTANAY - Allur Group said on Monday its Kostanay plant "
        f"will produce {1000 + serial:,} cars a year. Kazakhstan exported goods worth ${serial} million "
        f"to Uzbekistan in 2023.\n", encoding="utf-8")
    return p


def run_killable(cmd: list[str], timeout: float, **kw) -> subprocess.CompletedProcess:
    """subprocess.run in a session of its own: on timeout the whole group (the
    command and any worker it forked) is killed, and TimeoutExpired raised."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kw)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
