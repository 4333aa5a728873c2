"""How long loading and compiling rules takes: the shipped rules plus N generated rules.

    python benchmarks/bench_rules_load.py            # N = 0, 50, 100, 300
    python benchmarks/bench_rules_load.py 300 1000   # other sizes

Each figure is `load_rules()` timed inside a fresh Python process (imports excluded), median of
several processes:
- cold cache: an empty compiled-regex cache (a first run, or rule files just edited);
- warm cache: the cache written by a previous process for the same file contents (every later run);
- in process: a second `load_rules()` in the same process (a library user loading twice).
The generated rules vary their literal words so that every one compiles to a different regex.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 5

TEMPLATES = (
    "{{claim}}, {{source}} {{cue}} at the {w} meeting [in {{channel}}].",
    "{{source}} {{cue:told}} {{listener}} about the {w} plan[,] [that] {{claim}}",
    "according to the {w} report, {{claim}}",
    "{{claim}}, {{source}} {{cue:speech|position}} in the {w} hearing.",
    "(in | at) the {w} briefing, {{source}} {{cue}} [that] {{claim}}",
    "{{claim}}, {{outlet}} {{cue:report}} after the {w} leak.",
)

CHILD = r"""
import json, sys, time
import attrib
started = time.perf_counter()
attrib.load_rules(sys.argv[1:], use_user_config=False)
first = time.perf_counter() - started
started = time.perf_counter()
ruleset = attrib.load_rules(sys.argv[1:], use_user_config=False)
again = time.perf_counter() - started
print(json.dumps({"first": first, "again": again, "rules": len(ruleset.rules)}))
"""


def write_rules(folder: Path, count: int) -> list[str]:
    """count generated rules in one file under folder; the path list to pass to load_rules."""
    if count == 0:
        return []
    lines = ["rules:"]
    for i in range(count):
        word = f"zq{i}x"
        lines += [
            f"  - id: generated-{i}",
            f"    description: generated rule {i} for the load benchmark",
            f"    priority: {i % 7}",
            f'    pattern: "{TEMPLATES[i % len(TEMPLATES)].format(w=word)}"',
            "    examples:",
            f'      - text: "The plan is on hold, the mayor said at the {word} meeting."',
            "        source: the mayor",
        ]
    path = folder / f"generated-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path)]


def time_process(paths: list[str], cache_home: str) -> dict[str, float]:
    env = {"XDG_CACHE_HOME": cache_home, "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": cache_home}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *paths], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def measure(count: int) -> dict[str, float]:
    cold, warm, again = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_rules(Path(tmp), count)
        for run in range(RUNS):
            cache_home = str(Path(tmp) / f"cache-{run}")
            first = time_process(paths, cache_home)  # empty cache: compiles and writes it
            second = time_process(paths, cache_home)  # the cache written just before
            cold.append(first["first"])
            warm.append(second["first"])
            again.append(second["again"])
    return {
        "rules": first["rules"],
        "cold": statistics.median(cold),
        "warm": statistics.median(warm),
        "again": statistics.median(again),
    }


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [0, 50, 100, 300]
    print(f"{'generated':>9} {'active rules':>12} {'cold cache':>11} {'warm cache':>11} {'in process':>11}")
    for count in sizes:
        row = measure(count)
        print(
            f"{count:>9} {row['rules']:>12.0f} {row['cold'] * 1000:>9.1f}ms {row['warm'] * 1000:>9.1f}ms "
            f"{row['again'] * 1000:>9.1f}ms"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
