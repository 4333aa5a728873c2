"""Build the gold files of evals/own from the annotations in evals/own/annotations/ (offsets found in the text).

    python evals/own/build_gold.py          # writes evals/own/<name>.gold.json for every article

The articles are written for this project (fictional events, CC0); the annotations follow
../shared/annotation-guide.md (and, for French, German and Spanish, the conventions of
../shared/data/README.md and of each language module) and were written before attrib was run on
the texts. The builder checks what the guide requires of a gold file: one record per sentence, in
order, covering every non-blank character; an attributed claim has a quote kind, a party (or an
agentless cue), its source (when a cue is given) and every word of its cue in the sentence; an
unattributed one has no claim fields.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from annotations import ORIGIN, Article, Claim, de, en_first, en_groups_1_4, en_groups_5_7, es, fr  # noqa: E402

ARTICLES: dict[str, Article] = {**en_first.ARTICLES, **en_groups_1_4.ARTICLES, **en_groups_5_7.ARTICLES,
                                **fr.ARTICLES, **de.ARTICLES, **es.ARTICLES}
FIELDS = ["attributed", "source", "source_kind", "resolved", "outlet", "cue", "quote"]
KINDS = {"named", "anonymous", "outlet", "document"}
QUOTES = {"direct", "mixed", "indirect"}
CLAIM_KEYS = ("source", "source_kind", "resolved", "outlet", "cue", "channel", "quote", "alt_sources", "outlets")


def check_claim(name: str, record: Claim) -> None:
    """The guide's requirements on one annotated sentence; AssertionError naming the sentence otherwise."""
    sentence, where = record["sentence"], f"{name}: {record['sentence'][:60]!r}"
    if not record["attributed"]:
        assert not any(record.get(key) for key in CLAIM_KEYS), f"{where}: unattributed with claim fields"
        return
    assert record["quote"] in QUOTES, f"{where}: quote kind"
    if record["source"] is None and not record["resolved"] and not record.get("alt_sources"):
        # an agentless report ("It was reported that …") has a cue and no party
        assert record["cue"] and record["source_kind"] is None, f"{where}: no speaker and no cue"
    else:
        assert record["source_kind"] in KINDS, f"{where}: source_kind"
    if record["cue"] is not None:
        if record["source"] is not None:
            assert record["source"] in sentence, f"{where}: source not in the sentence"
        words = re.findall(r"\w+", record["cue"])
        assert all(re.search(rf"\b{re.escape(w)}\b", sentence, re.I) for w in words), f"{where}: cue not in it"


def locate(name: str, text: str, claims: list[Claim]) -> None:
    """Set each claim's start/end; the sentences must follow each other with only whitespace between."""
    position = 0
    for record in claims:
        start = text.find(record["sentence"], position)
        assert start >= 0, f"{name}: sentence not found after {position}: {record['sentence'][:60]!r}"
        assert not text[position:start].strip(), f"{name}: text left out before {record['sentence'][:60]!r}"
        record["start"], record["end"] = start, start + len(record["sentence"])
        position = record["end"]
        check_claim(name, record)
    assert not text[position:].strip(), f"{name}: text left out at the end"


def build(name: str, article: Article) -> dict[str, object]:
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    claims = [dict(record) for record in article.claims]
    locate(name, text, claims)
    fields = ["seg", *FIELDS, "outletFP"] + (["publisher"] if article.publisher else [])
    gold: dict[str, object] = {"id": f"own-{name}", "lang": article.lang, "origin": ORIGIN,
                               "publisher_outlet": article.publisher}
    if article.written_for:
        gold["written_for"] = article.written_for
    gold.update({"fields": fields, "text": text, "claims": claims})
    return gold


if __name__ == "__main__":
    for name, article in ARTICLES.items():
        out = HERE / f"{name}.gold.json"
        out.write_text(json.dumps(build(name, article), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(out, file=sys.stderr)
