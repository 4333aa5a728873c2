"""Articles written and annotated for attrib (evals/own): every structure in them is right.

They are the project's own open data (fictional events), annotated by the annotation guide before
attrib was first run on them; `python evals/own/build_gold.py` rebuilds their gold files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import attrib
from attrib.evaluation.evaluate import evaluate, figures, load_gold

OWN = Path(__file__).resolve().parent.parent / "evals" / "own"
GOLD = sorted(OWN.glob("*.gold.json"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_own_article_is_right_claim_by_claim(path: Path, rules: attrib.RuleSet) -> None:
    report = evaluate(load_gold([path]), rules)
    got = figures(report.total, report.fields)
    assert got["attrP"] == 1.0 and got["attrR"] == 1.0
    misses = [(s.gold, s.pred and (s.pred.source, s.pred.cue, s.pred.outlet))
              for d in report.files[0].docs for s in d.sentences if not s.claim_ok]
    assert got["claim"] == 1.0 and got["quote"] == 1.0, misses


def test_the_gold_files_are_sentences_of_their_texts() -> None:
    assert len(GOLD) >= 2
    for record in load_gold(GOLD):
        starts = [c.start for c in record.claims]
        assert starts == sorted(starts) and all(record.text[c.start:c.end].strip() for c in record.claims)
