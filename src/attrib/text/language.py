"""Which language a document is in, from counts of its function words (no model, no download).

Each language pack lists its function words (`lexicons/language.yaml`: "der", "und", "sich"; "le",
"est", "dans"; "el", "los", "según"). A word listed by two languages ("la", "de", "en") tells them
apart from neither and is not counted. The document goes to the language whose words it holds most,
but only when that language beats every other one clearly: anything less (a headline, a list of
names, a text of few words) stays with the default language, English, whose rules came first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import chain, filterfalse

#: a word, as the counts see it: a run of letters (an elided "l'" or "d'" is its letter)
_WORD = re.compile(r"[^\W\d_]+")
#: the guess reads at most this much of a document: its first pages tell its language
READ_CHARS = 20_000
#: another language needs at least this many of its words ...
MIN_WORDS = 3
#: ... and this many times the count of any other language, the default included
MARGIN = 1.5


@lru_cache(maxsize=8)
def distinctive(words_by_language: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, str]:
    """word -> the one language that lists it (words two languages list are left out)."""
    owners: dict[str, set[str]] = {}
    for code, words in words_by_language:
        for word in words:
            owners.setdefault(word, set()).add(code)
    return {word: next(iter(codes)) for word, codes in owners.items() if len(codes) == 1}


def word_counts(text: str, words_by_language: Mapping[str, frozenset[str]]) -> Counter[str]:
    """How many of each language's distinctive function words the start of the text holds."""
    owner = distinctive(tuple(sorted(words_by_language.items())))
    # counted in C: each word's language, if it is distinctive of one
    return Counter(filter(None, map(owner.get, _words(text[:READ_CHARS].lower()))))


def _words(text: str) -> Iterator[str]:
    """The words of `text` (_WORD), read faster than by _WORD alone: a token between spaces of letters
    only is one word as it stands (str.isalpha: no digit, no _); only the other tokens ("said,",
    "l'homme", "2016") are read with the regex, all at once. The words come in another order."""
    tokens = text.split()
    return chain(filter(str.isalpha, tokens), _WORD.findall(" ".join(filterfalse(str.isalpha, tokens))))


def guess_language(text: str, words_by_language: Mapping[str, frozenset[str]], default: str = "en") -> str:
    """The language of `text` among those of `words_by_language` (code -> function words); `default`
    unless another language has at least MIN_WORDS words and MARGIN times any other's count."""
    counts = word_counts(text, words_by_language)
    if not counts:
        return default
    (best, top), *rest = counts.most_common()
    runner_up = max((n for _, n in rest), default=0)
    if best == default or top < MIN_WORDS or top < MARGIN * runner_up:
        return default
    return best
