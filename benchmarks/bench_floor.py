"""The floor under any per-sentence JSON Lines pipeline in Python, next to pysbd, on the same text.

    python benchmarks/bench_floor.py [--mb 2] [--peer-mb 0.2]

"Floor" is the least such a pipeline can do: attrib's splitter, one regular-expression search per
sentence ("said|says|told|according to") and one JSON record per sentence with the claim contract's
fields. Whatever a real pipeline adds (patterns, checks, resolvers) comes on top, so the floor's
ratio to pysbd bounds the ratio any Python attribution pipeline can reach on this machine.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from bench import corpus_texts

import attrib
from attrib.model import CLAIM_FIELDS
from attrib.text.split import SplitConfig, sentence_spans

_CUE = re.compile(r"\b(?:said|says|told|according to)\b")


def floor(texts: list[str], config: SplitConfig) -> None:
    out = io.StringIO()
    for i, text in enumerate(texts):
        for n, (start, end) in enumerate(sentence_spans(text, config), 1):
            sentence = text[start:end]
            cue = _CUE.search(sentence)
            record = dict.fromkeys(CLAIM_FIELDS)
            record.update(doc=str(i), n=n, start=start, end=end, text=sentence, attributed=cue is not None,
                          cue=cue.group() if cue else None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def mb_per_s(texts: list[str], seconds: float) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6 / seconds


def timed(run: Callable[..., object], *args: object) -> float:
    started = time.process_time()
    run(*args)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--peer-mb", type=float, default=0.2)
    args = parser.parse_args()
    texts = corpus_texts(args.data, args.mb)
    config = attrib.load_rules(use_user_config=False).lexicons.split
    floor_speed = mb_per_s(texts, min(timed(floor, texts, config) for _ in range(2)))
    print(f"floor (split + one regex + one JSON record per sentence): {floor_speed:.2f} MB/s (CPU)")
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed (pip install '.[bench]'): no ratio")
        return
    prefix, size = [], 0.0
    for text in texts:
        if size >= args.peer_mb:
            break
        prefix.append(text)
        size += len(text.encode("utf-8")) / 1e6
    segmenter = pysbd.Segmenter(language="en", clean=False)
    pysbd_speed = mb_per_s(prefix, timed(lambda: [segmenter.segment(t) for t in prefix]))
    print(f"pysbd (split only): {pysbd_speed:.3f} MB/s (CPU)")
    print(f"floor / pysbd: {floor_speed / pysbd_speed:.1f}x  (the issue's target for the full pipeline: 20x)")


if __name__ == "__main__":
    main()
