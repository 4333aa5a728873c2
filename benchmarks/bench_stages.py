#!/usr/bin/env python3
"""Where the pipeline's time goes, stage by stage, at another git revision and in the working tree.

    python benchmarks/bench_stages.py REV [--mb 0.5] [--rounds 3] [--data ../shared/data]

Like bench_revisions.py (REV exported with `git archive`, each side in its own Python process with its
own src/, the sides taking turns round by round, rules loaded and compiled and one warm-up call before
timing), but the CPU seconds of each stage of `attrib.analyze` are summed over the texts: the language
guess, the splitter with the quote marks, the matcher, Match -> Claim, and the resolvers. A stage a
revision does not have counts nothing. The round with the least CPU in all counts for each side.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from bench import corpus_texts
from bench_revisions import revision_parser, run_script, sides_of

STAGES = ("language_of", "sentences_of", "match_sentence", "claim_from_match", "resolve")

#: runs inside a side's process: each stage of attrib.pipeline timed on the texts in the JSON file argv[1]
_STAGES = """
import json, sys, time
import attrib
from attrib import pipeline
texts = json.load(open(sys.argv[1], encoding="utf-8"))
rules = attrib.default_rules()
packs = getattr(rules, "packs", None)
for ruleset in [rules, *(rules.pack(code) for code in (packs.profiles() if packs is not None else ()))]:
    for rule in ruleset.rules:
        rule.regex
spent = {}
def timed(name, function):
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started
    return run
for name in sys.argv[2].split(","):
    if hasattr(pipeline, name):
        setattr(pipeline, name, timed(name, getattr(pipeline, name)))
attrib.analyze(texts[0], rules)
spent.clear()
started = time.process_time()
for text in texts:
    attrib.analyze(text, rules)
spent["total"] = time.process_time() - started
print(json.dumps(spent))
"""


def stages(env: dict[str, str], texts_file: Path) -> dict[str, float]:
    result: dict[str, float] = run_script(_STAGES, [str(texts_file), ",".join(STAGES)], env, "stage run")
    return result


def main() -> int:
    options = revision_parser(__doc__.split("\n")[0], 0.5).parse_args()

    texts = corpus_texts(options.data, options.mb)
    best: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        sides, envs = sides_of(options.revision, folder, (options.revision, "working tree"))
        for _ in range(options.rounds):
            for name in sides:
                got = stages(envs[name], texts_file)
                if name not in best or got["total"] < best[name]["total"]:
                    best[name] = got
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"text: {len(texts)} articles, {size:.2f} MB; CPU seconds, best of {options.rounds} rounds")
    print(f"{'stage':18s}" + "".join(f"{name:>16s}" for name in sides))
    for stage in (*STAGES, "total"):
        print(f"{stage:18s}" + "".join(f"{best[name].get(stage, 0.0):16.3f}" for name in sides))
    old, new = best[options.revision]["total"], best["working tree"]["total"]
    print(f"speed-up, {options.revision} / working tree: {old / new:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
