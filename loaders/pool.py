"""Run a function over a stream of tasks in worker processes: results in task
order, a bounded number of tasks in flight, and a worker that dies fails the
run instead of hanging it.

multiprocessing.Pool waits forever for the result of a worker that died (the
kernel killed it for memory, native code crashed): it starts a new worker, but
the task is lost. Here each worker sends its results through a pipe of its
own, which only it holds open: when it dies, the parent reads the end of the
pipe and raises `WorkerDied`, naming what the worker was working on. Each
worker writes that, through `working_on`, into a small buffer it shares with
the parent (no message per item).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Iterator

SLOT_BYTES = 4096       # what a worker is working on (a path), truncated to this

_slot = None            # this worker's shared buffer; None outside a worker


class WorkerDied(RuntimeError):
    """A worker process ended without returning the results of its tasks."""


class WorkerFailed(RuntimeError):
    """A task raised in a worker: the exception and its traceback, as text."""


def working_on(what: str) -> None:
    """Tell the parent what this worker is busy with (named if the worker dies)."""
    if _slot is not None:
        _slot.value = what.encode("utf-8", "replace")[:SLOT_BYTES - 1]


@dataclass
class _Worker:
    proc: mp.Process
    inbox: object           # multiprocessing Queue of (task number, task); None ends the worker
    results: Connection     # (task number, ok, result or error text), read end
    slot: object            # shared char array: what it is working on
    busy: int = 0           # tasks handed out, not returned yet


def ordered_map(fn: Callable, tasks: Iterable[tuple], workers: int, window: int) -> Iterator:
    """fn(*task) for each task, computed in `workers` processes, yielded in task order.

    At most `window` tasks per worker are handed out ahead of the results
    yielded, so memory stays flat however many tasks there are.
    """
    ctx = mp.get_context("fork")
    team: list[_Worker] = []
    for _ in range(workers):
        slot = ctx.Array("c", SLOT_BYTES, lock=False)
        inbox = ctx.Queue()
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_work, args=(fn, inbox, writer, slot), daemon=True)
        proc.start()
        writer.close()      # the worker's copy is the only one: its death ends the pipe
        team.append(_Worker(proc, inbox, reader, slot))
    owner: dict[int, _Worker] = {}
    ready: dict[int, object] = {}
    sent = done = 0
    todo = iter(tasks)
    exhausted = finished = False
    try:
        while True:
            while not exhausted and sent - done < window * workers:
                task = next(todo, None)
                if task is None:
                    exhausted = True
                    break
                w = min(team, key=lambda w: w.busy)
                w.inbox.put((sent, task))
                owner[sent] = w
                w.busy += 1
                sent += 1
            if done == sent:
                finished = True
                return
            while done not in ready:
                for conn in wait([w.results for w in team if w.busy]):
                    w = next(w for w in team if w.results is conn)
                    try:
                        n, ok, value = conn.recv()
                    except (EOFError, OSError):
                        raise WorkerDied(_death(w)) from None
                    w.busy -= 1
                    del owner[n]
                    if not ok:
                        raise WorkerFailed(value)
                    ready[n] = value
            yield ready.pop(done)
            done += 1
    finally:
        _stop(team, gently=finished)


def _work(fn: Callable, inbox, results: Connection, slot) -> None:
    global _slot
    _slot = slot
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C: the parent stops the workers
    parent = os.getppid()
    # Results are sent by a thread, so the worker goes on with its next task
    # while the parent is busy (writing a batch) and not reading yet.
    outbox: queue.Queue = queue.Queue()
    sender = threading.Thread(target=_send, args=(outbox, results), daemon=True)
    sender.start()
    while True:
        try:
            item = inbox.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:      # the parent was killed: nobody waits for results
                return
            continue
        if item is None:
            break
        n, task = item
        try:
            out = (n, True, fn(*task))
        except BaseException as e:
            out = (n, False, f"{type(e).__name__}: {e}\n{traceback.format_exc()}")
        outbox.put(out)
        working_on("")
    outbox.put(None)
    sender.join()


def _send(outbox: queue.Queue, results: Connection) -> None:
    while (out := outbox.get()) is not None:
        results.send(out)


def _death(w: _Worker) -> str:
    w.proc.join(timeout=5)
    code = w.proc.exitcode
    if code is not None and code < 0:
        how = f"was killed by {signal.Signals(-code).name}"
        if code == -signal.SIGKILL:
            how += " (as the kernel kills a process when memory runs out)"
    else:
        how = f"exited with status {code}"
    doing = w.slot.value.decode("utf-8", "replace")
    return f"a worker process (pid {w.proc.pid}) {how} while " + (
        f"reading {doing}" if doing else f"holding {w.busy} task(s)")


def _stop(team: list[_Worker], gently: bool) -> None:
    for w in team:
        if gently and w.proc.is_alive():
            w.inbox.put(None)
        else:
            w.proc.kill()
    for w in team:
        w.proc.join(timeout=10 if gently else None)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.inbox.cancel_join_thread()      # a dead worker's inbox is never read again
        w.inbox.close()
        w.results.close()
