"""A process pool that does not hang when a worker dies, and says which document it was on.

multiprocessing.Pool waits forever for a task whose worker was killed (the OOM killer, a segfault);
concurrent.futures.ProcessPoolExecutor notices the death at once (BrokenProcessPool). Each worker
keeps the label of what it is working on in a slot of shared memory, so the parent can name the
document when the worker dies, then stops the other workers and raises WorkerDied.
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from attrib.errors import AttribError, Stopped

if TYPE_CHECKING:  # the pool's modules are imported when a pool starts: a run on one process needs none
    from concurrent.futures import Future, ProcessPoolExecutor

Item = TypeVar("Item")
Result = TypeVar("Result")

SLOT_BYTES = 256  # a label longer than this is cut
_slots: Any = None  # multiprocessing.Array of jobs * (8-byte pid + SLOT_BYTES label), shared with workers
_slot = -1  # this worker's slot


class WorkerDied(AttribError):
    """A worker process ended without finishing its work (killed by a signal, crashed)."""

    exit_code = 3


_stopped_by: int | None = None  # the signal that asked a pool at work to stop
_pool_at_work = False
#: a pool was left without waiting for its threads (dead workers, a signal): exit without joining them
abandoned = False

POLL_SECONDS = 0.1  # how often the parent looks for dead workers and signals while it waits


def stop_on_signal(signum: int, frame: object) -> None:
    """A signal handler: with a pool at work, note the signal (the waiting parent sees it within
    POLL_SECONDS and stops the pool outside any of its locks); else raise Stopped at once."""
    global _stopped_by
    if not _pool_at_work:
        raise Stopped(signum)
    _stopped_by = signum


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
    _set_slot(_pid(), "")
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
        _set_slot(_pid(), label)


def _pid() -> int:
    import multiprocessing  # a worker's: already imported

    return multiprocessing.current_process().pid or 0


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


def _death(processes: dict[int, Any], slots: Any, jobs: int, fallback: str) -> WorkerDied | None:
    """WorkerDied naming what the first dead worker was on, or None while every worker lives."""
    labels = _labels(slots, jobs)
    # the pool ends the other workers with SIGTERM once it sees one dead: the one that died first is
    # the one that did not end by SIGTERM (unless SIGTERM is what killed it)
    ended = sorted(((pid, p.exitcode) for pid, p in processes.items() if p.exitcode not in (None, 0)),
                   key=lambda item: item[1] == -signal.SIGTERM)
    if not ended:
        return None
    pid, code = ended[0]
    how = f"killed by {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
    return WorkerDied(f"a worker process died ({how}) while analysing {labels.get(pid) or fallback}; the run "
                      "stopped (the output holds the documents before it)")


def _await_first_death(processes: list[Any], seconds: float = 2.0) -> None:
    """Wait (at most `seconds`) until a worker has an exit code other than the pool's own SIGTERM, or
    every worker has one: then _death can tell the first death from the ones the pool caused."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        codes = [process.exitcode for process in processes]
        if any(code not in (None, 0, -signal.SIGTERM) for code in codes) or None not in codes:
            return
        time.sleep(0.02)


def _abandon(pool: ProcessPoolExecutor) -> None:
    """Stop the workers and leave the pool without waiting for its threads: one may be stuck on a pipe
    a dead worker was writing into (Python 3.11's pool would wait for it forever)."""
    global abandoned
    abandoned = True
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


class _Running:
    """A pool at work: submit chunks, wait for results while watching for dead workers and signals."""

    def __init__(self, pool: ProcessPoolExecutor, slots: Any, jobs: int, label: Callable[[list[Any]], str]) -> None:
        self.pool, self.slots, self.jobs, self.label = pool, slots, jobs, label
        #: every worker process seen (the pool forgets those it has ended)
        self.known: dict[int, Any] = {}

    def _failure(self, chunk: list[Any], broken: bool = False) -> BaseException | None:
        if _stopped_by is not None:
            return Stopped(_stopped_by)
        self.known.update(getattr(self.pool, "_processes", None) or {})
        # once any worker has ended, give the exit codes a moment to be collected: the pool's SIGTERM
        # to the others can be reaped before the first death's own teardown has finished
        if broken or any(process.exitcode not in (None, 0) for process in self.known.values()):
            _await_first_death(list(self.known.values()))
        return _death(self.known, self.slots, self.jobs, self.label(chunk))

    def submit(self, task: Callable[..., Any], chunk: list[Any]) -> Future[Any]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            future = self.pool.submit(task, chunk)
            self.known.update(getattr(self.pool, "_processes", None) or {})
            return future
        except BrokenProcessPool:
            raise self._failure(chunk, broken=True) or WorkerDied(
                f"a worker process died near {self.label(chunk)}") from None

    def result(self, chunk: list[Any], future: Future[Any]) -> Any:
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        while True:
            try:
                return future.result(timeout=POLL_SECONDS)
            except FutureTimeout:
                failure = self._failure(chunk)
            except BrokenProcessPool:
                failure = self._failure(chunk, broken=True) or WorkerDied(
                    f"a worker process died near {self.label(chunk)}")
            if failure is not None:
                raise failure


def run_pool(task: Callable[..., list[Result]], chunks: Iterable[list[Item]], jobs: int,
             initializer: Callable[..., None], initargs: tuple[Any, ...], in_flight: int,
             label: Callable[[list[Item]], str], context: Any = None,
             ) -> Iterator[tuple[list[Item], list[Result]]]:
    """(chunk, task(chunk)) for every chunk, in input order, on `jobs` processes, `in_flight` chunks
    at most in flight. A dead worker raises WorkerDied naming what it was on, a signal Stopped; either
    way (or any other way out of the loop) every worker is stopped."""
    global _pool_at_work, _stopped_by
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = context or multiprocessing.get_context()
    slots, counter = context.Array("c", jobs * (8 + SLOT_BYTES), lock=False), context.Value("i", 0)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_slots,
                               initargs=(slots, counter, initializer, initargs))
    running = _Running(pool, slots, jobs, label)
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    _pool_at_work, _stopped_by, finished = True, None, False
    try:
        for chunk in chunks:
            pending.append((chunk, running.submit(task, chunk)))
            while len(pending) >= in_flight:
                chunk_done, future = pending.popleft()
                yield chunk_done, running.result(chunk_done, future)
        while pending:
            chunk_done, future = pending.popleft()
            yield chunk_done, running.result(chunk_done, future)
        finished = True
    finally:
        _pool_at_work = False
        if finished:
            pool.shutdown(wait=True)
        else:
            _abandon(pool)
        if _stopped_by is not None and finished:
            raise Stopped(_stopped_by)  # the signal came as the last results did
