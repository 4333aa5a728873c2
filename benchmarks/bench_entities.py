"""What the entity table costs: its share of the pipeline's time on real articles (issue 14: under 15%).

    python benchmarks/bench_entities.py                 # Wikinews, GGT and PolNeAR dev (../shared/data)
    python benchmarks/bench_entities.py --rounds 9 FILE.jsonl ...

Each round runs every document through `attrib.analyze` and, right after, builds the same document's
entity table again on its own; the share is table time over pipeline time for that round (the two
are timed side by side, so a busy machine slows both alike). The median round is reported, with the
load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrib
from attrib.resolve import coreference
from attrib.rulebook.ruleset import RuleSet

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT = ("wikinews-dev.jsonl", "ggt-dev.jsonl", "polnear-dev.jsonl")


def texts_of(paths: list[Path]) -> list[str]:
    return [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def table_calls(texts: list[str], rules: RuleSet) -> list[tuple[tuple[Any, ...], dict[str, Any]] | None]:
    """The arguments the coreference resolver builds each document's table with (None: a document
    without a speaker, which gets no table)."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]] | None] = []
    build = coreference.build_table

    def keep(*args: Any, **kwargs: Any) -> Any:
        calls[-1] = (args, kwargs)
        return build(*args, **kwargs)

    coreference.build_table = keep  # type: ignore[assignment]
    try:
        for text in texts:
            calls.append(None)
            attrib.analyze(text, rules)
    finally:
        coreference.build_table = build
    return calls


def cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def share(texts: list[str], rules: RuleSet, rounds: int) -> list[tuple[float, float]]:
    """(pipeline seconds, table seconds) of each round."""
    calls = table_calls(texts, rules)
    out = []
    for _ in range(rounds):
        pipeline = table = 0.0
        for text, call in zip(texts, calls, strict=True):
            pipeline += cpu(lambda text=text: attrib.analyze(text, rules))  # type: ignore[misc]
            if call is not None:
                args, kwargs = call
                table += cpu(lambda args=args, kwargs=kwargs: coreference.build_table(*args, **kwargs))  # type: ignore[misc]
        out.append((pipeline, table))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines files of articles (a `text` each)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = args.files or [DATA / name for name in DEFAULT]
    rules = attrib.load_rules(use_user_config=False)
    texts = texts_of(paths)
    attrib.analyze(texts[0], rules)  # compile and warm up before anything is timed
    load = os.getloadavg()[0]
    rounds = share(texts, rules, args.rounds)
    ratios = [table / pipeline for pipeline, table in rounds]
    pipeline, table = rounds[ratios.index(statistics.median(ratios))]
    size = sum(len(t) for t in texts) / 1e6
    print(f"{len(texts)} articles, {size:.2f} M characters, median of {len(rounds)} rounds: pipeline {pipeline:.2f} s "
          f"({size / pipeline:.3f} M chars/s), entity table {table:.2f} s = {table / pipeline:.1%} of it "
          f"(rounds: {', '.join(f'{r:.1%}' for r in ratios)}); target under 15%; "
          f"load average {load:.2f} -> {os.getloadavg()[0]:.2f} (a busy machine blurs the share: compare in one run)")


if __name__ == "__main__":
    main()
