"""Resolution is linear in document length: "Smith said it rained. " repeated to 160 KB took 56 s and
320 KB 219 s (scans of every earlier sentence for every sentence). The times are measured in
benchmarks/bench_linear.py (320 KB as one document: within 1.2x of the same text as separate
documents); here the growth is checked: four times the text costs about four times the CPU, not
sixteen (CPU time, the best of two runs, so a busy machine does not count)."""

from __future__ import annotations

import time

import pytest

from attrib import analyze

pytestmark = pytest.mark.usefixtures("no_user_rules")

SMITH = "Smith said it rained. "


def cpu_seconds(text: str, rules) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        claims = analyze(text, rules)
        best = min(best, time.process_time() - started)
    assert claims[-1].source == "Smith"
    return best


def test_four_times_the_document_costs_about_four_times_not_sixteen(rules):
    analyze(SMITH, rules)  # compiled before anything is timed
    small = cpu_seconds(SMITH * 180, rules)  # 4 KB
    large = cpu_seconds(SMITH * 720, rules)  # 16 KB
    assert large / small < 8, (small, large)  # linear: about 4; quadratic: about 16
