"""Articles written and annotated for attrib (evals/own), held to their figures.

They are the project's own open data (fictional events, CC0), annotated by the annotation guide
before attrib was first run on them; `python evals/own/build_gold.py` rebuilds their gold files.
The first four English articles are right in every structure; every later one is held to the
floor of figures in evals/own/floors.json (its first-run figures, FIRST_RUN.md, raised as accuracy
work lands: `python evals/own/floors.py --write`), so a change that makes any of them worse fails.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import attrib
from attrib.evaluation.evaluate import evaluate, figures, load_gold

OWN = Path(__file__).resolve().parent.parent / "evals" / "own"
GOLD = sorted(OWN.glob("*.gold.json"))
#: held to perfection: every sentence right on every scored field
PERFECT = ("chip-plant", "harbor-water", "quarry-report", "river-dam")
FLOORS: dict[str, dict[str, float]] = json.loads((OWN / "floors.json").read_text(encoding="utf-8"))


def floors_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("own_floors", OWN / "floors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_later_article_keeps_its_floor(name: str, rules: attrib.RuleSet) -> None:
    floors = floors_module()
    got = floors.article_figures(name, rules)
    assert not floors.worse(FLOORS[name], got), (got, FLOORS[name])


def test_every_article_is_held_to_perfection_or_to_a_floor() -> None:
    names = {path.name.removesuffix(".gold.json") for path in GOLD}
    assert names == set(PERFECT) | set(FLOORS) and not set(PERFECT) & set(FLOORS)


def test_a_floor_is_met_by_equal_figures_and_broken_by_any_worse_one() -> None:
    floors = floors_module()
    floor = {"claim": 0.5, "outletFP": 1}
    assert not floors.worse(floor, {"claim": 0.5, "outletFP": 1})
    assert floors.worse(floor, {"claim": 0.499, "outletFP": 0}) == {"claim": (0.499, 0.5)}
    assert floors.worse(floor, {"claim": 0.9, "outletFP": 2}) == {"outletFP": (2, 1)}
    assert floors.raised(floor, {"claim": 0.7, "outletFP": 3}) == {"claim": 0.7, "outletFP": 1}


def test_the_gold_files_are_the_sentences_of_their_texts() -> None:
    """One record per sentence, in order, covering every non-blank character (the guide's rule)."""
    assert len(GOLD) >= len(PERFECT)
    for record in load_gold(GOLD):
        ends = [0, *(c.end for c in record.claims)]
        starts = [c.start for c in record.claims] + [len(record.text)]
        gaps = [record.text[end:start] for end, start in zip(ends, starts, strict=True)]
        assert all(c.start < c.end for c in record.claims), record.id
        assert not "".join(gaps).strip(), (record.id, [g for g in gaps if g.strip()])
