"""Sentence boundaries in English, German, French and Spanish, scored as the referee scores `seg`.

    python benchmarks/bench_segmentation.py                 # every set
    python benchmarks/bench_segmentation.py --show 20 fr    # and the first 20 misses of the French set

Each language's splitter configuration is built from its lexicons alone: the shipped rules for English,
`rules/lang/<code>/lexicons/*.yaml` for the others (through `build_lexicons`, as a language pack will
be). A gold sentence is right when the predicted sentence that overlaps it most has the same stripped
text (`../shared/tools/eval_claims.py`). German boundaries are those of the corpus's own German-aware
splitter, machine-made, so agreement with it is reported, not a gold score.

`spans_en` (and `_de`, `_fr`, `_es`) plug into the shared splitter benchmark: `PYTHONPATH=benchmarks
python ../shared/tools/bench_splitters.py --add attrib=bench_segmentation:spans_en --only attrib`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

import attrib
from attrib.rulebook.lexicon import SplitConfig, build_lexicons, merge
from attrib.text.split import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {"en": ["wikinews-dev.jsonl"], "fr": ["fr-dev.jsonl"], "es": ["es-dev.jsonl"], "de": ["de-wikinews-dev.jsonl"]}


@cache
def config(lang: str) -> SplitConfig:
    """The splitter configuration of a language, from its lexicon files only."""
    if lang == "en":
        return attrib.load_rules(use_user_config=False).lexicons.split
    data: dict[str, Any] = {}
    for path in sorted((ROOT / "rules" / "lang" / lang / "lexicons").glob("*.yaml")):
        body = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = body.pop("lexicon")
        data[name] = merge(data.get(name, {}), body)
    return build_lexicons(data).split


def spans_en(text: str) -> Iterator[tuple[int, int]]:
    return sentence_spans(text, config("en"))


def spans_de(text: str) -> Iterator[tuple[int, int]]:
    return sentence_spans(text, config("de"))


def spans_fr(text: str) -> Iterator[tuple[int, int]]:
    return sentence_spans(text, config("fr"))


def spans_es(text: str) -> Iterator[tuple[int, int]]:
    return sentence_spans(text, config("es"))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def seg_misses(record: dict[str, Any], lang: str) -> tuple[int, list[tuple[str, str]]]:
    """(gold sentences, [(gold, predicted) for each miss]) of one record, as the referee decides."""
    text = record["text"]
    spans = list(sentence_spans(text, config(lang)))
    misses = []
    for claim in record["claims"]:
        gold = (claim["start"], claim["end"])
        best, most = None, 0
        for span in spans:  # the first span with the largest overlap, as the referee takes it
            if (shared := _overlap(gold, span)) > most:
                best, most = span, shared
        predicted = text[best[0]:best[1]] if best else ""
        if predicted.strip() != text[gold[0]:gold[1]].strip():
            misses.append((text[gold[0]:gold[1]], predicted))
    return len(record["claims"]), misses


def own_articles(lang: str) -> list[dict[str, Any]]:
    """The project's own annotated articles in a language (evals/own; English ones have no prefix)."""
    paths = sorted((ROOT / "evals" / "own").glob("*.gold.json"))
    records = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    return [r for r in records if r.get("lang", "en") == lang]


def score(lang: str, name: str, records: list[dict[str, Any]], show: int) -> None:
    total, missed = 0, []
    for record in records:
        count, misses = seg_misses(record, lang)
        total += count
        missed += misses
    print(f"{lang} {name}: docs={len(records)} sentences={total} seg={(total - len(missed)) / max(1, total):.3f} "
          f"misses={len(missed)}")
    for gold, predicted in missed[:show]:
        print(f"    gold: {gold[:160]!r}\n    pred: {predicted[:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("langs", nargs="*", default=list(SETS), help="en, de, fr, es (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print the first N misses of each set")
    args = parser.parse_args()
    for lang in args.langs:
        for name in SETS[lang]:
            with (DATA / name).open(encoding="utf-8") as lines:
                score(lang, name, [json.loads(line) for line in lines], args.show)
        score(lang, "evals/own", own_articles(lang), args.show)


if __name__ == "__main__":
    main()
