"""The floor of figures each own article is held to (floors.json), and raising it.

    python evals/own/floors.py          # each article's figures now, and which floor they beat
    python evals/own/floors.py --write  # raise floors.json to them (a floor never goes down)

floors.json holds, per article written after the first four, the figures of attrib's first run on
it (FIRST_RUN.md): seg, attrF1, source, cue, outlet, quote and claim are floors, outletFP a
ceiling, publisher the count of publishers found. tests/test_own_articles.py fails when an article
falls below its floor; accuracy work that beats one raises it with --write.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from attrib.evaluation.evaluate import EvalReport, evaluate, figures, load_gold
from attrib.rulebook.ruleset import RuleSet, load_rules

HERE = Path(__file__).parent
FLOORS = HERE / "floors.json"
RATIOS = ("seg", "attrF1", "source", "cue", "outlet", "quote", "claim")

Figures = dict[str, float | int]


def measured(report: EvalReport) -> Figures:
    """The floored figures of one article's report, rounded as the referee prints them."""
    got = figures(report.total, report.fields)
    out: Figures = {key: round(float(got[key]), 3) for key in RATIOS}
    out["outletFP"] = int(got["outletFP"])
    if report.total.publisher_n:
        out["publisher"] = report.total.publisher_ok
    return out


def worse(floor: Figures, got: Figures) -> dict[str, tuple[float, float]]:
    """The figures of `got` that fall below their floor (or above, for outletFP): name -> (got, floor)."""
    return {key: (got[key], value) for key, value in floor.items()
            if (got[key] > value if key == "outletFP" else got[key] < value)}


def raised(floor: Figures, got: Figures) -> Figures:
    return {key: (min if key == "outletFP" else max)(value, got[key]) for key, value in floor.items()}


def article_figures(name: str, rules: RuleSet) -> Figures:
    return measured(evaluate(load_gold([HERE / f"{name}.gold.json"]), rules))


def main(write: bool) -> None:
    floors: dict[str, Figures] = json.loads(FLOORS.read_text(encoding="utf-8"))
    rules = load_rules(use_user_config=False)
    for name, floor in floors.items():
        got = article_figures(name, rules)
        better = {key: got[key] for key, value in raised(floor, got).items() if value != floor[key]}
        print(f"{name}: {got}" + (f"  above floor: {better}" if better else ""))
        floors[name] = raised(floor, got)
    if write:
        FLOORS.write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
