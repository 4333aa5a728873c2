"""A process pool that does not hang when a worker dies, and says which document it was on.

multiprocessing.Pool waits forever for a task whose worker was killed (the OOM killer, a segfault);
concurrent.futures.ProcessPoolExecutor notices the death at once (BrokenProcessPool). Each worker
keeps the label of what it is working on in a slot of shared memory, so the parent can name the
document when the worker dies, then stops the other workers and raises WorkerDied.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from attrib.errors import AttribError, Stopped

Item = TypeVar("Item")
Result = TypeVar("Result")

SLOT_BYTES = 256  # a label longer than this is cut
_slots: Any = None  # multiprocessing.Array of jobs * (8-byte pid + SLOT_BYTES label), shared with workers
_slot = -1  # this worker's slot


class WorkerDied(AttribError):
    """A worker process ended without finishing its work (killed by a signal, crashed)."""

    exit_code = 3


_running: ProcessPoolExecutor | None = None  # the pool at work, for a signal handler to stop
_stopped_by: int | None = None  # the signal that stopped it


def stop_on_signal(signum: int, frame: object) -> None:
    """A signal handler: with a pool at work, end its workers (the main thread then sees the pool
    break and raises Stopped outside any of the pool's locks); else raise Stopped at once."""
    global _stopped_by
    pool = _running
    if pool is None:
        raise Stopped(signum)
    _stopped_by = signum
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            os.kill(process.pid, signal.SIGKILL)


class DocumentFailed(AttribError):
    """Analysing one document raised an unexpected error (a bug): the message names the document."""

    exit_code = 3


def _init_slots(slots: Any, counter: Any, initializer: Callable[..., None], args: tuple[Any, ...]) -> None:
    global _slots, _slot
    # Ctrl-C, SIGTERM and SIGHUP are the parent's to handle (it stops the pool)
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL if number != signal.SIGINT else signal.SIG_IGN)
    with counter.get_lock():
        _slot, counter.value = counter.value, counter.value + 1
    _slots = slots
    _set_slot(multiprocessing.current_process().pid or 0, "")
    initializer(*args)


def _set_slot(pid: int, label: str) -> None:
    if _slots is None or _slot < 0:
        return
    start = _slot * (8 + SLOT_BYTES)
    data = label.encode("utf-8", "replace")[:SLOT_BYTES].ljust(SLOT_BYTES, b"\0")
    _slots[start:start + 8] = pid.to_bytes(8, "little")
    _slots[start + 8:start + 8 + SLOT_BYTES] = data


def working_on(label: str) -> None:
    """Called in a worker before each document: what the parent names if this worker dies."""
    if _slots is not None:
        _set_slot(multiprocessing.current_process().pid or 0, label)


def _labels(slots: Any, jobs: int) -> dict[int, str]:
    """pid -> label of every worker slot in use."""
    raw = bytes(slots[:])
    found = {}
    for slot in range(jobs):
        start = slot * (8 + SLOT_BYTES)
        pid = int.from_bytes(raw[start:start + 8], "little")
        if pid:
            found[pid] = raw[start + 8:start + 8 + SLOT_BYTES].rstrip(b"\0").decode("utf-8", "replace")
    return found


def _death(pool: ProcessPoolExecutor, slots: Any, jobs: int, fallback: str) -> WorkerDied:
    labels = _labels(slots, jobs)
    processes = dict(getattr(pool, "_processes", None) or {})
    for process in processes.values():
        process.join(timeout=1)  # the pool is ending them all: wait for their exit codes
    # the pool ends the other workers with SIGTERM once one has died: the one that died first is the
    # one that did not end by SIGTERM (unless SIGTERM is what killed it)
    ended = sorted(processes.items(), key=lambda item: item[1].exitcode == -signal.SIGTERM)
    for pid, process in ended:
        code = process.exitcode
        if code not in (None, 0):
            how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
            doc = labels.get(pid) or fallback
            return WorkerDied(f"a worker process died ({how}) while analysing {doc}; the run stopped "
                              "(the output holds the documents before it)")
    return WorkerDied(f"a worker process died while analysing {fallback}; the run stopped")


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def run_pool(task: Callable[..., list[Result]], chunks: Iterable[list[Item]], jobs: int,
             initializer: Callable[..., None], initargs: tuple[Any, ...], in_flight: int,
             label: Callable[[list[Item]], str], context: Any = None,
             ) -> Iterator[tuple[list[Item], list[Result]]]:
    """(chunk, task(chunk)) for every chunk, in input order, on `jobs` processes, `in_flight` chunks
    at most in flight. A dead worker raises WorkerDied naming what it was on; any way out of the
    loop (an error, the reader stopping, a signal) stops every worker."""
    context = context or multiprocessing.get_context()
    slots, counter = context.Array("c", jobs * (8 + SLOT_BYTES), lock=False), context.Value("i", 0)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_slots,
                               initargs=(slots, counter, initializer, initargs))
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    global _running, _stopped_by
    _running, _stopped_by = pool, None
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(task, chunk)))
            while len(pending) >= in_flight:
                yield _result(pool, pending.popleft(), slots, jobs, label)
        while pending:
            yield _result(pool, pending.popleft(), slots, jobs, label)
    finally:
        _running = None
        _stop(pool)


def _result(pool: ProcessPoolExecutor, entry: tuple[list[Item], Future[list[Result]]], slots: Any, jobs: int,
            label: Callable[[list[Item]], str]) -> tuple[list[Item], list[Result]]:
    chunk, future = entry
    try:
        return chunk, future.result()
    except BrokenProcessPool:
        if _stopped_by is not None:
            raise Stopped(_stopped_by) from None
        raise _death(pool, slots, jobs, label(chunk)) from None
