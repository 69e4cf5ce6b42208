"""Who holds a file: the lock that serialises builds, and DuckDB's locks.

DuckDB locks its database file with POSIX record locks (fcntl): a read-write
connection holds a write lock on the whole file, a read-only one a read lock.
So another process can tell, without opening the database, whether a writer
holds it, and which process (F_GETLK), and can keep writers out for a moment
by holding a read lock itself, while readers still open it.

Builds of one warehouse take turns on `<work file>.lock`. That lock is a BSD
lock (flock), held by the open file, not by a process: the worker processes a
build forks and its dbt process (given the descriptor) hold it too. So it is
released only when every process of a build has ended, however the build
ended: a build killed with `kill -9` while its dbt process still wrote the
work file let the next build in, which then found the work file locked.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import re
import struct
import sys
from pathlib import Path
from typing import Iterator

# struct flock: l_type, l_whence, l_start, l_len, l_pid (Linux; native alignment)
_FLOCK = "hhqqi"


class Held(RuntimeError):
    """A file is locked by another process; the message names it."""


def describe(pid: int | None) -> str:
    """`process 123 (duckdb warehouse.duckdb)`: the pid and, when readable, its command line."""
    if not pid:
        return "another process"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        cmd = ""
    return f"process {pid}" + (f" ({cmd[:120]})" if cmd else "")


def holder(fd: int, kind: int = fcntl.F_WRLCK) -> int | None:
    """The pid of a process whose lock on open file `fd` conflicts with a lock of `kind`."""
    probe = struct.pack(_FLOCK, kind, os.SEEK_SET, 0, 0, 0)
    ltype, _, _, _, pid = struct.unpack(_FLOCK, fcntl.fcntl(fd, fcntl.F_GETLK, probe))
    return None if ltype == fcntl.F_UNLCK else pid


@contextlib.contextmanager
def no_writer(db: Path) -> Iterator[None]:
    """Hold a read lock on the DuckDB file `db` (if it exists): readers may open it, a
    writer may not. Raises Held, naming it, when a process has it open read-write."""
    try:
        fd = os.open(db, os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            raise Held(f"{describe(holder(fd, fcntl.F_RDLCK))} holds {db} open read-write") from None
        yield
    finally:
        os.close(fd)        # releases the lock


@contextlib.contextmanager
def build_lock(work: Path) -> Iterator[int]:
    """Run one build at a time on `work`: wait, saying for whom, while another build holds it.

    Yields the lock's descriptor: a process the build starts holds the lock
    while it has it open (pass_fds), and forked workers have it already.
    """
    path = work.with_name(work.name + ".lock")
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            pid = fh.read().strip()
            print(f"waiting for the build in {describe(int(pid) if pid.isdigit() else None)} to finish "
                  f"with {work.name}", file=sys.stderr, flush=True)
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.truncate(0)
        fh.write(str(os.getpid()))
        fh.flush()
        yield fh.fileno()


_LOCK_CONFLICT = re.compile(r'Could not set lock on file "(?P<file>[^"]+)": Conflicting lock is held in '
                            r'(?P<exe>.*?) \(PID (?P<pid>\d+)\)')


def duckdb_lock_message(error: Exception) -> str | None:
    """`process N (...) holds FILE open` for DuckDB's lock conflict error, else None."""
    m = _LOCK_CONFLICT.search(str(error))
    if not m:
        return None
    return f"{describe(int(m['pid']))} holds {m['file']} open"
