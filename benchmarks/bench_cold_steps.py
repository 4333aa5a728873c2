#!/usr/bin/env python3
"""Where a cold start's CPU goes, step by step, at a git revision and in the working tree.

    python benchmarks/bench_cold_steps.py REV [--runs 15]

Each run is a fresh Python process that times, with time.process_time(), the steps of
`attrib run short.txt --format jsonl` one after the other: the interpreter and site up to the first
line, `import typer`, importing attrib's command line (attrib.cli.app, and with it the library), loading
the rules (attrib.default_rules(), the cache warm), analysing the short article, writing its records.
The sides take turns run by run, each with its own cache folder (warmed by one run first) and with
compiled modules kept (PYTHONDONTWRITEBYTECODE cleared, as a user's Python does); the medians count.
What the whole command adds on top (typer building its commands, opening files) is in
bench_revisions.py's `--cold` figure, which times the real command.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench import SHORT_ARTICLE
from bench_revisions import run_script, sides_of

STEPS = ("interpreter", "typer", "attrib imports", "rules", "analysis", "records", "total")

#: runs in a side's process: argv[1] is the article
_STEPS = """
import json, sys, time
t0 = time.process_time()
import typer
t1 = time.process_time()
import attrib.cli.app
t2 = time.process_time()
import attrib
rules = attrib.default_rules()
t3 = time.process_time()
claims = attrib.analyze(open(sys.argv[1], encoding="utf-8").read(), rules)
t4 = time.process_time()
from attrib.outputs.export import json_line
lines = [json_line(claim) for claim in claims]
t5 = time.process_time()
print(json.dumps([t0, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5]))
"""


def one_run(env: dict[str, str], article: Path) -> list[float]:
    steps: list[float] = run_script(_STEPS, [str(article)], env, "run")
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision")
    parser.add_argument("--runs", type=int, default=15, help="runs per side; the median of each step counts")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        article = folder / "short.txt"
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        sides, envs = sides_of(options.revision, folder, (options.revision, "working tree"))
        got: dict[str, list[list[float]]] = {name: [] for name in sides}
        for name in sides:
            one_run(envs[name], article)  # fills the side's cache folder, compiles its modules
        for _ in range(options.runs):
            for name in sides:
                got[name].append(one_run(envs[name], article))
    print(f"CPU seconds, medians of {options.runs} runs; load average now {os.getloadavg()[0]:.2f}")
    print(f"{'':14}" + "".join(f"{step:>16}" for step in STEPS))
    for name, runs in got.items():
        print(f"{name:14}" + "".join(f"{statistics.median(run[i] for run in runs):16.3f}"
                                     for i in range(len(STEPS))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
