"""Same text, same answer on a cold cache and a busy machine (issue 13): runs at once, compared byte for byte.

    python benchmarks/cold_runs.py                      # 20 rounds of 4 cold runs of the reference article
    python benchmarks/cold_runs.py --rounds 5 --at-once 4 FILE

First one warm run (`attrib run FILE --format jsonl`, the rule cache filled), then each round starts
`--at-once` runs together with `ATTRIB_NO_CACHE=1` (every rule file read and compiled again, all of
them competing for the cores) and compares each output with the warm one. Prints one line per round
and exits 1 at the first difference (or a run that fails).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTRIB = [sys.executable, "-m", "attrib"]


def run_command(path: Path) -> list[str]:
    return [*ATTRIB, "run", str(path), "--format", "jsonl"]


def warm_output(path: Path) -> bytes:
    subprocess.run(run_command(path), check=True, capture_output=True)  # fills the cache
    return subprocess.run(run_command(path), check=True, capture_output=True).stdout


def cold_round(path: Path, at_once: int) -> list[tuple[int, bytes, bytes]]:
    """(exit code, stdout, stderr) of `at_once` cold runs started together."""
    env = {**os.environ, "ATTRIB_NO_CACHE": "1"}
    runs = [subprocess.Popen(run_command(path), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(at_once)]
    outputs = [run.communicate() for run in runs]
    return [(run.returncode, out, err) for run, (out, err) in zip(runs, outputs, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "samples" / "army-chiefs-call.txt")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--at-once", type=int, default=4)
    args = parser.parse_args()
    expected = warm_output(args.file)
    print(f"warm run: {len(expected.splitlines())} records, {len(expected):,} bytes")
    for number in range(1, args.rounds + 1):
        started = time.perf_counter()
        results = cold_round(args.file, args.at_once)
        seconds = time.perf_counter() - started
        same = sum(code == 0 and out == expected and not err for code, out, err in results)
        print(f"round {number}: {args.at_once} cold runs at once in {seconds:.1f}s: {same} identical to the warm run")
        if same < len(results):
            for code, out, err in results:
                if code != 0 or out != expected or err:
                    print(f"  exit {code}, {len(out):,} bytes, stderr: {err.decode(errors='replace')[:300]!r}")
            return 1
    print(f"identical: {args.rounds} rounds of {args.at_once} cold runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
