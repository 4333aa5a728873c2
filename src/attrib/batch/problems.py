"""Warnings of a run, streamed as they happen and capped, never collected: 6 million skippable lines
must cost 6 million counts, not 6 million messages in memory."""

from __future__ import annotations

from collections.abc import Callable

from attrib.inputs.sources import Problem

#: warnings printed in full; the rest are counted and summed up in one line at the end
SHOWN = 10


class StreamedProblems:
    """A sink for Problems: the first SHOWN go to `say` at once, the others are only counted."""

    def __init__(self, say: Callable[[str], None] | None = None, shown: int = SHOWN) -> None:
        self.say = say
        self.shown = shown
        self.count = 0
        self.first: Problem | None = None

    def append(self, problem: Problem) -> None:
        self.count += 1
        if self.first is None:
            self.first = problem
        if self.say is not None and self.count <= self.shown:
            self.say(problem.message)

    def extend(self, problems: object) -> None:
        for problem in problems:  # type: ignore[attr-defined]
            self.append(problem)

    def close(self) -> None:
        """The line that sums up what was not shown: '… and 5,999,990 more'."""
        if self.say is not None and self.count > self.shown:
            self.say(f"… and {self.count - self.shown:,} more")
