#!/usr/bin/env python3
"""JSON Lines records from a fixed template (outputs.export.json_line) against json.dumps of the record
dict, on the claims of the reference article and the Wikinews dev set: same bytes, time per record.

    python benchmarks/bench_json_template.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import attrib
from attrib.outputs.export import json_line

ROOT = Path(__file__).resolve().parents[1]


def claims() -> list[attrib.Claim]:
    rules = attrib.load_rules(use_user_config=False)
    texts = [(ROOT / "samples" / "army-chiefs-call.txt").read_text(encoding="utf-8")]
    wikinews = ROOT.parent / "shared" / "data" / "wikinews-dev.jsonl"
    if wikinews.exists():
        texts += [json.loads(line)["text"] for line in wikinews.read_text(encoding="utf-8").splitlines()]
    return [claim for text in texts for claim in attrib.analyze(text, rules, doc="doc")]


def best(function, items, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for item in items:
            function(item)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    records = claims() * 20
    assert all(json_line(c) == json.dumps(c.as_record(), ensure_ascii=False) for c in records)
    dumps = best(lambda c: json.dumps(c.as_record(), ensure_ascii=False), records, args.repeat)
    template = best(json_line, records, args.repeat)
    print(f"{len(records):,} records, identical bytes")
    print(f"json.dumps(as_record()): {dumps / len(records) * 1e6:.2f} µs/record")
    print(f"fixed template:          {template / len(records) * 1e6:.2f} µs/record ({dumps / template:.2f}x)")


if __name__ == "__main__":
    main()
