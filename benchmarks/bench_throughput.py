"""Throughput of the whole pipeline (split, match, resolve, JSON Lines) on a gold corpus.

    python benchmarks/bench_throughput.py [../shared/data/polnear-train.jsonl]

Reads the texts of a .jsonl gold file (one article a line), analyses each in this process with the
shipped rules loaded once, writes JSON Lines to a null sink, and prints MB/s, sentences/s and
articles/s. The corpus is read from ../shared and never copied into the project.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import attrib
from attrib.outputs.export import JsonLinesWriter

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-train.jsonl"


class _Null:
    def write(self, _: str) -> int:
        return 0


def main(path: Path) -> None:
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started = time.perf_counter()
    rules = attrib.load_rules(use_user_config=False)
    loaded = time.perf_counter()
    writer = JsonLinesWriter(_Null())  # type: ignore[arg-type]
    sentences = 0
    for i, text in enumerate(texts):
        claims = attrib.analyze(text, rules, doc=str(i))
        writer.write(claims)
        sentences += len(claims)
    elapsed = time.perf_counter() - loaded
    print(f"corpus: {path.name}: {len(texts)} articles, {size_mb:.2f} MB, {sentences} sentences")
    print(f"rules loaded in {loaded - started:.3f} s")
    print(f"pipeline: {elapsed:.2f} s = {size_mb / elapsed:.2f} MB/s, {sentences / elapsed:,.0f} sentences/s, "
          f"{len(texts) / elapsed:,.1f} articles/s (one process)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
