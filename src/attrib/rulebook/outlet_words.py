"""The words without which a text names no outlet the lexicons know: a sentence that holds none of
them cannot fill an {outlet} slot that the outlet check (engine.checks.outlet, `unknown-outlet`)
accepts, so a rule that needs one is not worth its regex there.

What the check accepts, and the word it cannot do without (`OutletIndex` and the grammars'
`outlet_after_description` read the slot's text, a stretch of the sentence between word ends):
- a listed name, alias or acronym (looked up with or without an article): every letter-and-digit run
  of the name is one of the text's, so its longest run that is no article's must be in the sentence
  (as written for the names matched as written, lower-cased for the aliases);
- a short form or generic reference ("the Times", "the paper"): likewise its longest run;
- a name after an outlet's description ("the German weekly Der Spiegel"): the descriptor's longest run;
- an unlisted name shaped like an outlet's ("... News"): one of the name endings, as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from attrib.record import FrozenRecord
from attrib.rulebook.lexicon import ALNUM_RUN, Lexicons  # ALNUM_RUN: as the outlet look-up splits names


class OutletWords(FrozenRecord):
    """The words one of which every sentence that can name an accepted outlet holds."""

    __slots__ = ("_any_ending", "endings", "lowered", "written")

    def __init__(self, lowered: frozenset[str], written: frozenset[str], endings: tuple[str, ...]) -> None:
        self.lowered = lowered  # runs looked for in the lower-cased sentence (final sigmas as σ)
        self.written = written  # runs looked for as written (names matched only as written)
        self.endings = endings  # name endings looked for as written anywhere in the sentence
        #: one search for all the endings (None: there are none)
        self._any_ending = re.compile("|".join(map(re.escape, endings))) if endings else None

    def may_name(self, text: str) -> bool:
        """False when no stretch of `text` can be an outlet the outlet check accepts."""
        if not self.lowered.isdisjoint(ALNUM_RUN.findall(_lower(text))):
            return True
        if not self.written.isdisjoint(ALNUM_RUN.findall(text)):
            return True
        return self._any_ending is not None and self._any_ending.search(text) is not None


def outlet_words(lex: Lexicons) -> OutletWords | None:
    """The outlet words of the lexicons, or None when they cannot tell (an article that ends with a
    letter is cut off a name by its letters alone; a name with no run but an article's)."""
    index = lex.outlets
    sizes = (len(index.by_alias), len(index.by_acronym), len(index.by_exact_name), len(index.short_forms),
             len(index.generic), len(index.name_endings), len(index.articles))
    return lex.derived(("outlet_words", sizes), lambda: _build(lex))


def _build(lex: Lexicons) -> OutletWords | None:
    index = lex.outlets
    articles = (*index.articles, *index.elided_articles, "the ")
    if any(a[-1:].isalnum() for a in articles):
        return None
    # a look-up may put an article before the text ("au Parisien" -> Le Parisien): not a run to look for
    article_runs = frozenset(run for a in articles for run in ALNUM_RUN.findall(_lower(a)))
    aliases = _longest_runs(index.by_alias, _lower, article_runs)
    as_written = _longest_runs([*index.by_acronym, *index.by_exact_name], str, article_runs)
    references = _longest_runs([*index.short_forms, *index.generic], _lower, frozenset())
    descriptors = _longest_runs(lex.set("outlet_descriptors"), _lower, frozenset())
    if aliases is None or as_written is None or references is None or descriptors is None:
        return None
    return OutletWords(aliases | references | descriptors, as_written, tuple(sorted(index.name_endings)))


def _lower(text: str) -> str:
    """Lower case with every sigma as σ: Greek lower-cases a final sigma by what follows it, which a
    name's text and the whole sentence may not share."""
    return text.lower().replace("ς", "σ")


def _longest_runs(names: Iterable[str], case: Callable[[str], str],
                  skip: frozenset[str]) -> frozenset[str] | None:
    """The longest letter-and-digit run of each name that no article has; None when a name has none."""
    found = set()
    for name in names:
        runs = [run for run in ALNUM_RUN.findall(case(name)) if _lower(run) not in skip]
        if not runs:
            return None
        found.add(max(runs, key=len))
    return frozenset(found)
