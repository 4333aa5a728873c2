"""Language packs: which languages the rule layers have, and the words that tell their texts apart.

English is the rules outside `lang/` (rules/patterns, rules/lexicons); every other language is a
pack, `lang/<code>/` in any layer's folder (the shipped rules/lang/de, a user's ~/.config/attrib/
rules/lang/it ...). A pack's `language` lexicon (`lexicons/language.yaml`) names it, says which phrase
grammar reads its words and lists its function words, which the language guess counts
(attrib.text.language). Reading these small files is all it takes to know every pack; a pack's rules
are loaded only when a document in its language comes (RuleSet.pack).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from attrib.errors import RuleError
from attrib.record import FrozenRecord
from attrib.rulebook.reading import DEFAULT_LANGUAGE, LANGUAGE_PACKS, pack_codes
from attrib.rulebook.yamlio import read_yaml

#: where a pack keeps its `language` lexicon, inside its folder (and English inside a layer's folder)
LANGUAGE_FILE = Path("lexicons") / "language.yaml"


class LanguageProfile(FrozenRecord):
    """A language as the guess sees it: its code, its name and its function words (lower case)."""

    __slots__ = ("code", "function_words", "name", "starter")

    def __init__(self, code: str, name: str, function_words: frozenset[str],
                 starter: tuple[tuple[str, str], ...] = ()) -> None:
        self.code, self.name, self.function_words = code, name, function_words
        #: the rule `attrib rules new --lang CODE` starts from: pattern, description, text, source, cue, counterexample
        self.starter = starter


def _read_profile(path: Path, code: str, earlier: LanguageProfile | None) -> LanguageProfile:
    data = read_yaml(path)
    if not isinstance(data, dict) or data.get("lexicon") != "language":
        raise RuleError(str(path), 1, 1, "a pack's language.yaml holds `lexicon: language`")
    words = data.get("function_words") or []
    if not isinstance(words, list):
        raise RuleError(str(path), 1, 1, "`function_words` must be a list of words")
    found = frozenset(str(w).strip().lower() for w in words if str(w).strip())
    name = str(data.get("name") or (earlier.name if earlier else code))
    starter = data.get("starter")
    kept = tuple((str(k), str(v)) for k, v in starter.items()) if isinstance(starter, dict) else \
        (earlier.starter if earlier else ())
    return LanguageProfile(code, name, found | (earlier.function_words if earlier else frozenset()), kept)


def language_profiles(layers: Iterable[tuple[str, Path]]) -> dict[str, LanguageProfile]:
    """Every language of the layers (English first), its function words united over the layers."""
    profiles: dict[str, LanguageProfile] = {DEFAULT_LANGUAGE: LanguageProfile(DEFAULT_LANGUAGE, "English",
                                                                              frozenset())}
    for _, root in layers:
        if not root.is_dir():
            continue
        places = [(DEFAULT_LANGUAGE, root / LANGUAGE_FILE)]
        places += [(code, root / LANGUAGE_PACKS / code / LANGUAGE_FILE) for code in pack_codes(root)]
        for code, path in places:
            if path.is_file():
                profiles[code] = _read_profile(path, code, profiles.get(code))
            elif code not in profiles:
                profiles[code] = LanguageProfile(code, code, frozenset())
    return profiles
