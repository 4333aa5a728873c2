"""A progress bar for corpus runs on stderr (documents, MB/s, ETA), shown only on a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Tracker(Protocol):
    count: int  # documents done

    def advance(self, size: int) -> None: ...


class _Quiet:
    def __init__(self) -> None:
        self.count = 0

    def advance(self, size: int) -> None:
        self.count += 1


class _Bar:
    def __init__(self, bar: object, task: object) -> None:
        self.bar, self.task = bar, task
        self.count = 0
        self.done = 0
        self.started = time.perf_counter()

    def advance(self, size: int) -> None:
        self.count += 1
        self.done += size
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.bar.update(self.task, advance=size,  # type: ignore[attr-defined]
                        docs=self.count, rate=f"{self.done / elapsed / 1e6:.2f} MB/s")


def wanted(stream: object = None) -> bool:
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def progress(total: int | None, enabled: bool) -> Iterator[Tracker]:
    """A bar over `total` input bytes (None: unknown, no ETA) when enabled, else a no-op."""
    if not enabled:
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.fields[docs]} documents"),
        BarColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = bar.add_task("attrib", total=total, docs=0, rate="")
    with bar:
        yield _Bar(bar, task)
