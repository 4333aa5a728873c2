"""The annotations behind evals/own/*.gold.json, one module per language or group of articles.

Each module holds ARTICLES: name -> Article (the text is evals/own/<name>.txt). A claim is one
sentence, written out exactly as in the text; build_gold.py finds its offsets. The annotations
follow ../shared/annotation-guide.md and the language conventions of ../shared/data/README.md, and
were written before attrib was run on the texts.
"""

from __future__ import annotations

from typing import Any, NamedTuple

Claim = dict[str, Any]
ORIGIN = "written for attrib (CC0)"


class Article(NamedTuple):
    publisher: str | None
    lang: str
    claims: list[Claim]
    #: what the article was written to exercise ("issue 15, group 3: ..."), None for the first four
    written_for: str | None = None


def claim(sentence: str, attributed: bool, source: str | None = None, kind: str | None = None,
          cue: str | None = None, quote: str | None = None, resolved: str | None = None,
          outlet: str | None = None, alt: list[str] | None = None, channel: str | None = None,
          note: str | None = None, outlets: list[str] | None = None) -> Claim:
    """One gold sentence. `outlets` lists every outlet of a sentence that names several (coordinated
    outlets); `outlet` then holds the first, which is what the referee scores."""
    record: Claim = {"sentence": sentence, "attributed": attributed, "source": source, "source_kind": kind,
                     "resolved": resolved, "outlet": outlet, "cue": cue, "channel": channel, "quote": quote}
    if alt:
        record["alt_sources"] = alt
    if outlets:
        record["outlets"] = outlets
    if note:
        record["note"] = note
    return record


def narrative(sentence: str, note: str | None = None) -> Claim:
    """An unattributed sentence (the journalist's own narrative, a headline, page furniture)."""
    return claim(sentence, False, note=note)
