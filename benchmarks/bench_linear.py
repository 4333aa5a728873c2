"""Is the cost linear in the input? The splitter on pathological text, and analyze on long documents.

    python benchmarks/bench_linear.py                    # everything (the long-document part takes minutes)
    python benchmarks/bench_linear.py --no-documents     # the splitter only
    python benchmarks/bench_linear.py --kb 160 320 --doc-sentences 1 100
    python benchmarks/bench_linear.py --article-only --article-mb 1 --article-docs 200

1. The dots case of issue 13, `"Wait" + "." * 50 + " and then it rained."`, split and marked (median of
   runs; target under 10 ms), and through `attrib.analyze`.
2. The splitter (split + quote marking) on pathological shapes that double in size: a run of dots,
   quote marks, abbreviations, no stop at all. Linear growth shows as a doubling time ratio near 2
   and a steady cost per kilobyte.
3. `"Smith said it rained. "` repeated to N KB through `attrib.analyze`, as one document and as the
   same text cut into documents of --doc-sentences sentences; linear cost keeps the ratio near 1.
4. The reference article (samples/army-chiefs-call.txt) repeated to --article-mb MB as one document,
   and the same text as --article-docs separate documents (issues 13 and 14: within 1.2x), both
   warmed up first, taking turns --article-rounds times.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import attrib
from attrib.engine.regexes import NARROW_UP_TO_CHARS, NARROWED_PER_RULE
from attrib.rulebook.lexicon import SplitConfig
from attrib.rulebook.ruleset import RuleSet
from attrib.text.quotes import mark_quotes
from attrib.text.split import split

DOTS = "Wait" + "." * 50 + " and then it rained."
REFERENCE = Path(__file__).resolve().parents[1] / "samples" / "army-chiefs-call.txt"
SMITH = "Smith said it rained. "

SHAPES: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "Wait" + "." * n + " and then it rained.",
    "dots and spaces": lambda n: "Wait" + ". " * (n // 2) + "and then it rained.",
    "quotes": lambda n: "“Why?” " * (n // 7) + "he asked.",
    "closing quotes": lambda n: "Wait." + "”" * n + "x and then it rained.",
    "abbreviations": lambda n: "Mr. U.S. No. Jan. e.g. " * (n // 23) + "It rained.",
    "initials": lambda n: "A. " * (n // 3) + "Brown said.",
    "no stops": lambda n: "Smith said it rained " * (n // 21),
}


def median_cpu(runs: int, work: Callable[[], object], calls: int = 1) -> float:
    """Median CPU seconds of one call, over `runs` timings of `calls` calls each (CPU, not wall: other
    work shares the machine; several calls a timing, as a short call is below the clock's step)."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        for _ in range(calls):
            work()
        times.append((time.process_time() - started) / calls)
    return statistics.median(times)


def split_and_mark(text: str, config: SplitConfig) -> int:
    return len(mark_quotes(text, split(text, config)))


def dots_case(rules: RuleSet) -> None:
    config = rules.lexicons.split
    split_s = median_cpu(7, lambda: split_and_mark(DOTS, config), calls=1_000)
    analyze_s = median_cpu(7, lambda: attrib.analyze(DOTS, rules), calls=100)
    verdict = "met" if split_s < 0.010 else "NOT met"
    print(f"dots case ({len(DOTS)} chars): split+quotes {split_s * 1e3:.3f} ms (target < 10 ms: {verdict}); "
          f"analyze {analyze_s * 1e3:.3f} ms")


def growth(rules: RuleSet, sizes: list[int]) -> None:
    config = rules.lexicons.split
    print("\n| shape | chars | sentences | ms | µs/KB | × previous |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, make in SHAPES.items():
        previous = 0.0
        for size in sizes:
            text = make(size)
            seconds = median_cpu(3, lambda text=text: split_and_mark(text, config))  # type: ignore[misc]
            ratio = f"{seconds / previous:.2f}" if previous else "—"
            print(f"| {name} | {len(text):,} | {split_and_mark(text, config):,} | {seconds * 1e3:.2f} | "
                  f"{seconds * 1e6 / (len(text) / 1000):.1f} | {ratio} |")
            previous = seconds


def long_documents(rules: RuleSet, kilobytes: list[int], doc_sentences: list[int]) -> None:
    print("\n| text | one document s | as documents of N sentences | separate s | one / separate |")
    print("|---|---:|---|---:|---:|")
    for kb in kilobytes:
        count = kb * 1000 // len(SMITH)
        one = median_cpu(1, lambda count=count: attrib.analyze(SMITH * count, rules))  # type: ignore[misc]
        for per_doc in doc_sentences:
            docs = [SMITH * min(per_doc, count - i) for i in range(0, count, per_doc)]
            separate = median_cpu(1, lambda docs=docs: [attrib.analyze(d, rules) for d in docs])  # type: ignore[misc]
            print(f"| {kb} KB \"Smith said\" ({count:,} sentences) | {one:.2f} | {per_doc} | {separate:.2f} | "
                  f"{one / separate:.2f} |")


def long_article(rules: RuleSet, megabytes: float, documents: int, rounds: int = 3) -> None:
    """The reference article repeated to `megabytes` as one document, and as `documents` documents.
    Both forms run once untimed first: a long document compiles its rules' full regexes and the first
    short ones narrowed regexes (attrib.engine.regexes), a cost paid once per process that would
    otherwise fall on whichever form is timed first. Then the two take turns, `rounds` times, and
    the median of each is reported."""
    article = REFERENCE.read_text(encoding="utf-8").strip()
    per_doc = max(1, math.ceil(megabytes * 1e6 / (len(article) + 2) / documents))
    one_text = "\n\n".join([article] * (per_doc * documents))
    docs = ["\n\n".join([article] * per_doc) for _ in range(documents)]
    warm = "\n\n".join([article] * max(1, math.ceil(NARROW_UP_TO_CHARS / len(article)) + 1))
    for text in [warm, *docs[:NARROWED_PER_RULE + 1]]:
        attrib.analyze(text, rules)
    ones, separates = [], []
    for _ in range(rounds):
        ones.append(median_cpu(1, lambda: attrib.analyze(one_text, rules)))
        separates.append(median_cpu(1, lambda: [attrib.analyze(d, rules) for d in docs]))
    one, separate = statistics.median(ones), statistics.median(separates)
    print(f"\n| text | one document s | MB/s | {documents} documents s | one / separate | rounds (one / separate) |")
    print("|---|---:|---:|---:|---:|---|")
    size = len(one_text) / 1e6
    turns = ", ".join(f"{o / s:.2f}" for o, s in zip(ones, separates, strict=True))
    print(f"| reference article x {per_doc * documents:,} ({size:.2f} MB) | {one:.2f} | {size / one:.3f} | "
          f"{separate:.2f} | {one / separate:.2f} | {turns} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000 * 2**k for k in range(5)],
                        help="characters of each pathological text (default 25,000 doubling to 400,000)")
    parser.add_argument("--kb", type=int, nargs="+", default=[160, 320], help="sizes of the long document")
    parser.add_argument("--doc-sentences", type=int, nargs="+", default=[1, 100],
                        help="sentences per document when the same text is cut into documents")
    parser.add_argument("--no-documents", action="store_true", help="skip the long-document parts")
    parser.add_argument("--article-mb", type=float, default=1.0, help="size of the long reference article (MB)")
    parser.add_argument("--article-docs", type=int, default=200, help="documents it is cut into to compare")
    parser.add_argument("--article-rounds", type=int, default=3, help="turns the two forms take (median reported)")
    parser.add_argument("--article-only", action="store_true", help="only the long reference article (part 4)")
    args = parser.parse_args()
    rules = attrib.load_rules(use_user_config=False)
    attrib.analyze("Smith said it rained.", rules)  # compile and warm up before anything is timed
    if args.article_only:
        long_article(rules, args.article_mb, args.article_docs, args.article_rounds)
        return
    dots_case(rules)
    growth(rules, args.sizes)
    if not args.no_documents:
        long_documents(rules, args.kb, args.doc_sentences)
        long_article(rules, args.article_mb, args.article_docs, args.article_rounds)


if __name__ == "__main__":
    main()
