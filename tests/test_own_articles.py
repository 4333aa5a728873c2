"""Articles written and annotated for attrib (evals/own), held to their figures.

They are the project's own open data (fictional events, CC0), annotated by the annotation guide
before attrib was first run on them; `python evals/own/build_gold.py` rebuilds their gold files.
The first four English articles are right in every structure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import attrib
from attrib.evaluation.evaluate import evaluate, figures, load_gold

OWN = Path(__file__).resolve().parent.parent / "evals" / "own"
GOLD = sorted(OWN.glob("*.gold.json"))
#: held to perfection: every sentence right on every scored field
PERFECT = ("chip-plant", "harbor-water", "quarry-report", "river-dam")


def gold_path(name: str) -> Path:
    return OWN / f"{name}.gold.json"


@pytest.mark.parametrize("name", PERFECT)
def test_the_first_articles_are_right_claim_by_claim(name: str, rules: attrib.RuleSet) -> None:
    report = evaluate(load_gold([gold_path(name)]), rules)
    got = figures(report.total, report.fields)
    assert got["attrP"] == 1.0 and got["attrR"] == 1.0
    misses = [(s.gold, s.pred and (s.pred.source, s.pred.cue, s.pred.outlet))
              for d in report.files[0].docs for s in d.sentences if not s.claim_ok]
    assert got["claim"] == 1.0 and got["quote"] == 1.0, misses


def test_the_gold_files_are_the_sentences_of_their_texts() -> None:
    """One record per sentence, in order, covering every non-blank character (the guide's rule)."""
    assert len(GOLD) >= len(PERFECT)
    for record in load_gold(GOLD):
        ends = [0, *(c.end for c in record.claims)]
        starts = [c.start for c in record.claims] + [len(record.text)]
        gaps = [record.text[end:start] for end, start in zip(ends, starts, strict=True)]
        assert all(c.start < c.end for c in record.claims), record.id
        assert not "".join(gaps).strip(), (record.id, [g for g in gaps if g.strip()])
