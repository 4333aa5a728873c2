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


@cache
def tables() -> Tables:
    data = yaml.safe_load(resources.files("attrib").joinpath("scoring.yaml").read_text(encoding="utf-8"))
    return Tables(determiners=tuple(f"{word} " for word in data["determiners"]),
                  aliases={str(k): str(v) for k, v in data["aliases"].items()})


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


def same_party(predicted: str | None, gold_options: Iterable[str | None]) -> bool:
    """True when the prediction names one of the gold parties (equal, or a large enough part of it)."""
    pred = norm(predicted)
    if not pred:
        return False
    for option in gold_options:
        gold = norm(option)
        if not gold:
            continue
        if pred == gold:
            return True
        short, long = sorted((pred, gold), key=len)
        if (len(short) >= MIN_CONTAINED_CHARS and _contains_word(short, long)
                and len(short) / len(long) >= MIN_CONTAINED_SHARE):
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
