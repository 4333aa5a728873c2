#!/usr/bin/env python3
"""What a language pack costs per megabyte next to English, on news of each language.

    python benchmarks/bench_languages.py [--mb 0.5] [--data ../shared/data] [--repeat 3]

For each language, the texts of a shared corpus of that language (en: wikinews-dev, de:
de-wikinews-dev, fr: fr-dev, es: es-dev; field "text", read from ../shared and never copied into
the project) are taken, repeated or cut to --mb megabytes, and analysed in this process, one call
per article, with the language forced (`lang=<code>`) and then guessed (`lang="auto"`). The rules and
every pack are loaded and used once before the clock starts. Prints CPU seconds per MB and MB/s per
language, the best of --repeat rounds (the languages taking turns), and each pack's cost per MB as a
multiple of English's.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import attrib
from attrib.rulebook.ruleset import RuleSet

MB = 1_000_000
ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"en": "wikinews-dev", "de": "de-wikinews-dev", "fr": "fr-dev", "es": "es-dev"}


def texts_of(path: Path, size: int) -> list[str]:
    """The corpus's texts, repeated or cut to about `size` bytes (whole articles)."""
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    picked: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            picked.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return picked


def seconds(texts: Sequence[str], rules: RuleSet, lang: str) -> float:
    """The CPU time of one run over the texts (CPU, not wall: the machine may be shared)."""
    started = time.process_time()
    for i, text in enumerate(texts):
        attrib.analyze(text, rules, doc=str(i), lang=lang)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=0.5, help="megabytes of text per language")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    rules = attrib.load_rules(use_user_config=False)
    corpora: dict[str, list[str]] = {}
    for code, corpus in CORPORA.items():
        path = options.data / f"{corpus}.jsonl"
        if not path.exists():
            print(f"{code}: skipped ({path} is absent)")
            continue
        corpora[code] = texts_of(path, int(options.mb * MB))
        # the pack loaded and its regexes built (they are built on first use) before any clock starts
        attrib.analyze(corpora[code][0], rules, lang=code)
    best: dict[tuple[str, str], float] = {}
    for _ in range(options.repeat):  # the languages take turns, so a busy moment costs each alike
        for code, texts in corpora.items():
            for lang in (code, "auto"):
                took = seconds(texts, rules, lang)
                best[code, lang] = min(best.get((code, lang), took), took)
    print(f"{'lang':5} {'corpus':16} {'MB':>6} {'articles':>8} {'s/MB forced':>12} {'MB/s':>6} {'s/MB auto':>10}")
    per_mb: dict[str, float] = {}
    for code, texts in corpora.items():
        size = sum(len(t.encode("utf-8")) for t in texts) / MB
        per_mb[code] = best[code, code] / size
        print(f"{code:5} {CORPORA[code]:16} {size:6.2f} {len(texts):8} {per_mb[code]:12.3f} "
              f"{1 / per_mb[code]:6.2f} {best[code, 'auto'] / size:10.3f}")
    if "en" in per_mb:
        ratios = ", ".join(f"{code} {cost / per_mb['en']:.2f}x" for code, cost in per_mb.items() if code != "en")
        print(f"cost per MB against English (forced): {ratios}")


if __name__ == "__main__":
    main()
