#!/usr/bin/env python3
"""Is attrib's output byte for byte what it was at another git revision?

    python benchmarks/same_output.py REV [--data ../shared/data] [--sets polnear-train ...] [--jobs 2]

Runs `attrib run … --format jsonl` of the revision REV (exported with `git archive` into a temporary
folder) and of the working tree on the same inputs, and compares the outputs with `cmp` semantics:
PolNeAR train and dev, Wikinews dev and GGT dev as JSON Lines corpora (from --data), the reference
article and every article of evals/own as text files. Prints one line per set (`same` or where the
first difference is) and exits 1 when any set differs. Both sides run with an empty user rules
folder, so a developer's own rules change nothing. An optional `--extra ARG` is passed to both runs.
`--keys doc,n,start,...` compares only those keys of each record (re-serialised in that order), so
a revision range that added keys to the contract can still be compared on the keys both sides have.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("polnear-train", "polnear-dev", "wikinews-dev", "ggt-dev")


def export_revision(revision: str, into: Path) -> Path:
    """The revision's src/, rules/ and pyproject.toml, unpacked into `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src", "rules",
                              "pyproject.toml"], check=True, capture_output=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    tar_path = into / "rev.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    tar_path.unlink()
    return into


def entry_point(tree: Path) -> tuple[str, str]:
    """(module, function) of the `attrib` console script in that tree's pyproject.toml."""
    scripts = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["attrib"].partition(":")
    return module, function


def run(tree: Path, args: list[str], config: Path) -> tuple[bytes, float]:
    module, function = entry_point(tree)
    code = f"import sys; sys.argv[0] = 'attrib'; from {module} import {function}; {function}()"
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "XDG_CONFIG_HOME": str(config)}
    env.pop("ATTRIB_RULES", None)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=env, check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{tree}: attrib {' '.join(args)} -> exit {done.returncode}: "
                         f"{done.stderr.decode(errors='replace')[-400:]}")
    return done.stdout, took


def project(output: bytes, keys: list[str]) -> bytes:
    """Each JSON line reduced to `keys`, in that order."""
    lines = (json.loads(line) for line in output.splitlines() if line.strip())
    return b"".join(json.dumps({k: r.get(k) for k in keys}, ensure_ascii=False).encode() + b"\n" for r in lines)


def first_difference(old: bytes, new: bytes) -> str:
    old_lines, new_lines = old.splitlines(), new.splitlines()
    for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)):
        if a != b:
            return f"line {i + 1}:\n    old {a[:300]!r}\n    new {b[:300]!r}"
    return f"{len(old_lines)} lines before, {len(new_lines)} now"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("revision")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--sets", nargs="*", default=None,
                        help=f"corpora to compare (default: {' '.join(CORPORA)}, those present)")
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--extra", action="append", default=[], help="an argument passed to both runs")
    parser.add_argument("--keys", default=None, help="compare only these record keys (comma-separated)")
    options = parser.parse_args()

    inputs: list[tuple[str, list[str]]] = []
    for name in options.sets if options.sets is not None else CORPORA:
        path = options.data / f"{name}.jsonl"
        if path.exists():
            inputs.append((name, [str(path), "--jobs", options.jobs]))
        else:
            print(f"{name}: skipped ({path} is absent)")
    texts = [ROOT / "samples" / "army-chiefs-call.txt", *sorted((ROOT / "evals" / "own").glob("*.txt"))]
    inputs.extend((path.name, [str(path)]) for path in texts)

    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        old_tree = export_revision(options.revision, Path(tmp) / "old")
        config = Path(tmp) / "config"
        config.mkdir()
        for name, args in inputs:
            command = ["run", *args, "--format", "jsonl", *options.extra]
            old, old_s = run(old_tree, command, config)
            new, new_s = run(ROOT, command, config)
            if options.keys:
                keys = options.keys.split(",")
                old, new = project(old, keys), project(new, keys)
            same = old == new
            differ += not same
            lines = old.count(b"\n")
            verdict = "same" if same else "DIFFERENT at " + first_difference(old, new)
            print(f"{name}: {lines:,} records, {old_s:.1f}s at {options.revision} / {new_s:.1f}s now: {verdict}")
    print("identical on every set" if not differ else f"{differ} set(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
