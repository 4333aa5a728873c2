"""A bound on the work one rule may do on one sentence, and where hitting it is reported.

The pattern compiler refuses the worst shapes (two open slots side by side), but a user's bounded
slots separated by common words can still make a regex backtrack for seconds on a long, odd sentence.
Python's regex engine checks for signals while it runs, so a timer signal stops it (Unix, main
thread; elsewhere the bound is not enforced). The timer counts the process's own CPU time
(ITIMER_VIRTUAL), so a busy machine does not make an ordinary sentence look slow. A rule that hits
it stops the run (RuleStopped, exit 4): skipping it would make the claims depend on the machine.
A sentence too long for patterns is a bound too, one that depends on nothing: it is reported and
the run carries on.
"""

from __future__ import annotations

import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from types import FrameType

from attrib.errors import AttribError
from attrib.record import FrozenRecord


class OverBudget(Exception):
    """Raised inside a guarded block when its time is up."""


class RuleStopped(AttribError):
    """A user's rule ran out of its CPU time on one sentence: what it would have found depends on the
    machine, so the run stops with this (exit 4) rather than carry on with claims that might differ."""

    exit_code = 4


class RuleBoundWarning(UserWarning):
    """A rule or sentence hit a work bound (issued when no collector is active)."""


class BoundHit(FrozenRecord):
    __slots__ = ("message", "rule", "sentence")

    def __init__(self, sentence: int, rule: str | None, message: str) -> None:
        self.sentence = sentence  # n of the sentence in the analysed text
        self.rule = rule  # None when the sentence itself was too long for patterns
        self.message = message


_hits: ContextVar[list[BoundHit] | None] = ContextVar("attrib_bound_hits", default=None)
_installed = False


@contextmanager
def collect_bound_hits() -> Iterator[list[BoundHit]]:
    """Collect the bound hits of the enclosed analysis instead of issuing warnings."""
    hits: list[BoundHit] = []
    token = _hits.set(hits)
    try:
        yield hits
    finally:
        _hits.reset(token)


def report_bound(hit: BoundHit) -> None:
    hits = _hits.get()
    if hits is None:
        warnings.warn(f"sentence {hit.sentence}: {hit.message}", RuleBoundWarning, stacklevel=3)
    else:
        hits.append(hit)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


def _alarm_available() -> bool:
    global _installed
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    current = signal.getsignal(signal.SIGVTALRM)
    if current is _on_alarm:
        return True
    if _installed or current not in (signal.SIG_DFL, None):
        return False  # the host program uses this signal itself: leave it alone
    signal.signal(signal.SIGVTALRM, _on_alarm)
    _installed = True
    return True


class _Budget:
    """The armed timer of one block (a class, not a generator: a document arms one per user rule and sentence)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        signal.setitimer(signal.ITIMER_VIRTUAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)


#: where the timer signal cannot be used: no bound
_NO_BUDGET: AbstractContextManager[None] = nullcontext()


class WorkGuard:
    """The per-sentence CPU-time budget of one document's analysis. Whether the timer signal may be
    used is decided once, when the guard is made, not for every sentence."""

    __slots__ = ("available",)

    def __init__(self) -> None:
        self.available = _alarm_available()

    def budget(self, seconds: float) -> AbstractContextManager[None]:
        """Raise OverBudget in the enclosed block after `seconds` of CPU time (no bound where the timer
        signal cannot be used)."""
        return _Budget(seconds) if self.available else _NO_BUDGET


def work_budget(seconds: float) -> AbstractContextManager[None]:
    """A one-off budget (see WorkGuard.budget)."""
    return WorkGuard().budget(seconds)
