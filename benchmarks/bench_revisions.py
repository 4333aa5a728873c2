#!/usr/bin/env python3
"""attrib's speed at another git revision next to the working tree's, measured in the same run.

    python benchmarks/bench_revisions.py REV [--mb 2] [--rounds 3] [--cold 7] [--data ../shared/data]

REV is exported with `git archive` (as benchmarks/same_output.py does) and each side runs in its own
Python process with its own src/ on the path, alternating round by round so that a busy machine slows
both alike:
- pipeline: attrib.analyze + one JSON line per record, in process, over the texts of the shared
  corpora repeated to --mb megabytes (every rule's regex compiled, every language pack's too, and one
  warm-up call first, so rule loading and regex compiling are not timed); the best round counts, in
  CPU and wall seconds;
- cold start: `attrib run short.txt --format jsonl` from process start to exit, after one run that
  warms the cache folder (each side has its own, so neither reads the other's) and writes the
  compiled modules; the median counts, in wall and CPU seconds (CPU is the fairer measure when other
  work shares the machine).
Prints both sides, the pipeline speed-up (old / new time) and the cold start of the working tree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import SHORT_ARTICLE, corpus_texts
from same_output import entry_point, export_revision

ROOT = Path(__file__).resolve().parents[1]

#: runs inside a side's process: time the pipeline on the texts in the JSON file argv[1]
_PIPELINE = """
import io, json, sys, time
import attrib
from attrib.outputs.export import json_line
texts = json.load(open(sys.argv[1], encoding="utf-8"))
rules = attrib.default_rules()
packs = getattr(rules, "packs", None)  # a revision with language packs: each pack's rules too
for ruleset in [rules, *(rules.pack(code) for code in (packs.profiles() if packs is not None else ()))]:
    for rule in ruleset.rules:
        rule.regex  # loaded and compiled now, not in the timed loop
sink = io.StringIO()
def one(text):
    sink.seek(0); sink.truncate()
    sink.writelines(json_line(c) + "\\n" for c in attrib.analyze(text, rules))
one(texts[0])
wall, cpu = time.perf_counter(), time.process_time()
for text in texts:
    one(text)
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def side_env(tree: Path, cache: Path, config: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "XDG_CACHE_HOME": str(cache),
           "XDG_CONFIG_HOME": str(config)}
    env.pop("ATTRIB_RULES", None)
    env.pop("ATTRIB_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps compiled modules; so does each side here
    return env


def sides_of(revision: str, folder: Path,
             names: tuple[str, str] = ("old", "new")) -> tuple[dict[str, Path], dict[str, dict[str, str]]]:
    """The two sides' source trees (the revision, exported into `folder`, and the working tree) and their
    environments, each with its own cache folder and a shared empty config folder."""
    (folder / "config").mkdir()
    trees = {names[0]: export_revision(revision, folder / "old"), names[1]: ROOT}
    envs = {name: side_env(tree, folder / f"cache-{i}", folder / "config")
            for i, (name, tree) in enumerate(trees.items())}
    return trees, envs


def run_script(code: str, args: list[str], env: dict[str, str], what: str) -> Any:
    """Run `code` in a fresh Python of one side; the JSON on its last line of output."""
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{what} failed: {done.stderr[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def pipeline(env: dict[str, str], texts_file: Path) -> dict[str, float]:
    result: dict[str, float] = run_script(_PIPELINE, [str(texts_file)], env, "pipeline run")
    return result


def cold(env: dict[str, str], tree: Path, article: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `attrib run` of the short article."""
    module, function = entry_point(tree)
    code = f"import sys; sys.argv[0] = 'attrib'; from {module} import {function}; {function}()"
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, "run", str(article), "--format", "jsonl"], env=env,
                          capture_output=True, check=False)
    took = time.perf_counter() - start
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"cold start failed: {done.stderr.decode(errors='replace')[-600:]}")
    return took, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def revision_parser(description: str, mb: float) -> argparse.ArgumentParser:
    """The options of a benchmark that sets a revision against the working tree on the shared texts."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("revision")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--mb", type=float, default=mb, help="text timed per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side; the best counts")
    return parser


def main() -> int:
    parser = revision_parser(__doc__.split("\n")[0], 2.0)
    parser.add_argument("--cold", type=int, default=7, help="cold-start runs per side; the median counts")
    options = parser.parse_args()

    texts = corpus_texts(options.data, options.mb)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        article = folder / "short.txt"
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        sides, envs = sides_of(options.revision, folder)
        best: dict[str, dict[str, float]] = {}
        for _ in range(options.rounds):
            for name in sides:
                got = pipeline(envs[name], texts_file)
                if name not in best or got["cpu"] < best[name]["cpu"]:
                    best[name] = got
        starts: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        for name, tree in sides.items():
            cold(envs[name], tree, article)  # fills this side's cache folder
        for _ in range(options.cold):
            for name, tree in sides.items():
                starts[name].append(cold(envs[name], tree, article))

    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"text: {len(texts)} articles, {size:.2f} MB; load average now {os.getloadavg()[0]:.2f}")
    for name in sides:
        label = options.revision if name == "old" else "working tree"
        wall = statistics.median(w for w, _ in starts[name])
        cpu = statistics.median(c for _, c in starts[name])
        print(f"{label}: pipeline {best[name]['cpu']:.2f} s CPU ({best[name]['wall']:.2f} s wall, best of "
              f"{options.rounds}), cold start {wall:.3f} s wall, {cpu:.3f} s CPU (medians of {options.cold})")
    speedup_cpu = best["old"]["cpu"] / best["new"]["cpu"]
    speedup_wall = best["old"]["wall"] / best["new"]["wall"]
    print(f"pipeline speed-up, {options.revision} time / working tree time: {speedup_cpu:.2f}x CPU "
          f"({speedup_wall:.2f}x wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
