"""When a predicted source, outlet or cue counts as the gold one: the scorer's matching semantics.

Kept identical to the shared referee (normalisation, aliases, determiners, word-boundary containment)
so `attrib eval` and the referee print the same figures. The alias table is data (scoring.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_EDGE = " .,\"'“”"
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^)]*\)$")  # "Agence France-Presse (AFP)" -> the name
_SPACES = re.compile(r"\s+")
_NOT_CUE_CHAR = re.compile(r"[^\w' -]")
#: below this length ratio a shorter name inside a longer one is not the same party
MIN_CONTAINED_SHARE = 0.4
MIN_CONTAINED_CHARS = 3


@dataclass(frozen=True, slots=True)
class Tables:
    determiners: tuple[str, ...]
    aliases: dict[str, str]
    not_title: frozenset[str]


@cache
def tables() -> Tables:
    data = yaml.safe_load(resources.files("attrib.evaluation").joinpath("scoring.yaml").read_text(encoding="utf-8"))
    return Tables(determiners=tuple(f"{word} " for word in data["determiners"]),
                  aliases={str(k): str(v) for k, v in data["aliases"].items()},
                  not_title=frozenset(map(str, data["not_title"])))


def norm(name: str | None) -> str | None:
    """A party's name as compared: NFKC, lower case, no edge punctuation or determiners, aliases applied."""
    if name is None:
        return None
    table = tables()
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).lower().strip(_EDGE)
    text = _SPACES.sub(" ", text)
    changed = True
    while changed:
        changed = False
        for determiner in table.determiners:
            if text.startswith(determiner):
                text, changed = text[len(determiner):], True
    text = _TRAILING_PARENTHESIS.sub("", text)
    return table.aliases.get(text, text)


def _contains_word(short: str, long: str) -> bool:
    return re.search(r"(^|\W)" + re.escape(short) + r"($|\W)", long) is not None


def _gold_variants(gold: str) -> Iterable[str]:
    """The gold span, and its head before an apposition ("Tad Devine, a senior adviser" -> "Tad Devine"):
    the annotation guide keeps only the name, so a gold set that keeps appositions is scored on it too."""
    yield gold
    if "," in gold:
        head = gold.split(",")[0].strip()
        if head:
            yield head


def _titled_name(predicted: str, pred: str, gold: str) -> bool:
    """A proper name, and the gold is that name after title words only ("House Speaker Paul Ryan")."""
    if not predicted.strip()[:1].isupper() or not gold.endswith(" " + pred):
        return False
    prefix = gold[: -len(pred)].split()
    return bool(prefix) and not any(word in tables().not_title for word in prefix)


def _contained(pred: str, gold: str) -> bool:
    """The shorter name stands in the longer at word boundaries, is a large enough part of it, and is not
    the object of a preposition or a clause ("a spokeswoman for Hillary Clinton" is not Hillary Clinton)."""
    short, long = sorted((pred, gold), key=len)
    found = re.search(r"(^|\W)" + re.escape(short) + r"($|\W)", long)
    if found is None or len(short) < MIN_CONTAINED_CHARS or len(short) / len(long) < MIN_CONTAINED_SHARE:
        return False
    before = long[: found.start() + len(found.group(1))].split()[-1:]
    return not (before and before[0] in tables().not_title)


def same_party(predicted: str | None, gold_options: Iterable[str | None]) -> bool:
    """True when the prediction names one of the gold parties (equal, or a large enough part of it)."""
    pred = norm(predicted)
    if not pred or predicted is None:
        return False
    for option in gold_options:
        for gold in map(norm, _gold_variants(option or "")):
            if gold and (pred == gold or _titled_name(predicted, pred, gold) or _contained(pred, gold)):
                return True
    return False


def _cue_words(cue: str | None) -> str:
    text = unicodedata.normalize("NFKC", cue or "").replace("’", "'").lower()
    return _SPACES.sub(" ", _NOT_CUE_CHAR.sub(" ", text)).strip()


def same_cue(predicted: str | None, gold: str | None) -> bool:
    """Equal once normalised, or one contains the other at word boundaries ("has said" ~ "said")."""
    pred, want = _cue_words(predicted), _cue_words(gold)
    if not pred or not want:  # punctuation cues such as ":" (speaker labels in transcripts)
        bare = (predicted or "").strip()
        return bool(bare) and bare == (gold or "").strip()
    short, long = sorted((pred, want), key=len)
    return pred == want or _contains_word(short, long)
