"""Rule files -> a validated, compiled RuleSet. Owns layering: shipped < user config < ATTRIB_RULES < --rules."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Sequence
from pathlib import Path

from attrib.errors import AttribError, RuleError
from attrib.record import Record
from attrib.rulebook import built
from attrib.rulebook.compiler import Vocabulary, pattern_regex, vocabulary
from attrib.rulebook.lexicon import Lexicons, build_lexicons
from attrib.rulebook.memo import Fingerprint, fingerprint, remembered
from attrib.rulebook.packs import LanguageProfile, language_profiles
from attrib.rulebook.pattern import SLOTS, PatternError, parse
from attrib.rulebook.prefilter import cue_needs, literal_keywords, required_cue_words, required_marks, required_slots
from attrib.rulebook.reading import (
    DEFAULT_LANGUAGE,
    EXAMPLE_KEYS,
    RULE_KEYS,
    SOURCE_SHAPES,
    LoadedFiles,
    Problems,
    read_files,
    rule_files,
    valid_rule_id,
)
from attrib.rulebook.rule import Example, Origin, Rule, compiled_regex


class Packs(Record):
    """What the rule sets of one load share: the layers they come from, the languages those have (read
    once, when first asked) and each language's rule set, loaded once, when a document first needs it."""

    __slots__ = ("_profiles", "fingerprint", "layers", "loaded")

    def __init__(self, layers: tuple[tuple[str, Path], ...] = (), fingerprint: Fingerprint | None = None) -> None:
        self.layers = layers
        #: what the layers' files were when they were loaded (rulebook.memo; None: unsettled, or not known)
        self.fingerprint = fingerprint
        self.loaded: dict[str, RuleSet] = {}
        self._profiles: dict[str, LanguageProfile] | None = None

    def profiles(self) -> dict[str, LanguageProfile]:
        """Every language the layers have a pack for, English included, by code."""
        if self._profiles is None:
            self._profiles = language_profiles(self.layers)
        return self._profiles

    def function_words(self) -> dict[str, frozenset[str]]:
        """Each language's function words, for the language guess."""
        return {code: profile.function_words for code, profile in self.profiles().items()}

    def get(self, language: str) -> RuleSet:
        found = self.loaded.get(language)
        if found is None:
            if language not in self.profiles():
                known = ", ".join(sorted(self.profiles()))
                raise AttribError(f"no language pack {language!r} (known: {known})")
            found = load_layers(self.layers, language, self)
        return found


#: distinct prefilter outcomes a RuleSet keeps the rules of (memory stays bounded on any input)
_TRIED_KEPT = 4096


class RuleSet(Record):
    """The active rules, in the order they are tried, and the lexicons they use."""

    __slots__ = ("_by_id", "_fully_needed", "_keyword_bits", "_keywords", "_mark_bits", "_needed_bits", "_quoted_bit",
                 "_tried", "all_rules", "files", "lexicon_origins", "lexicons", "packs", "paragraph_rules", "replaced",
                 "rules", "source_kinds")

    def __init__(self, rules: list[Rule], lexicons: Lexicons, all_rules: list[Rule] | None = None,
                 files: list[Origin] | None = None, lexicon_origins: dict[str, list[Origin]] | None = None,
                 replaced: list[Rule] | None = None, packs: Packs | None = None) -> None:
        self.rules, self.lexicons = rules, lexicons
        self.all_rules = all_rules if all_rules is not None else []  # every rule seen, disabled ones included
        self.files = files if files is not None else []
        self.lexicon_origins = lexicon_origins if lexicon_origins is not None else {}
        self.replaced = replaced if replaced is not None else []  # rules a later layer replaced, for listing
        #: the rule sets of the other languages of the same layers (see `pack`)
        self.packs = packs if packs is not None else Packs()
        self.packs.loaded.setdefault(self.language, self)
        self._by_id = {r.id: r for r in self.all_rules}
        self.paragraph_rules = frozenset(r.id for r in self.rules if r.continues == "paragraph")
        #: rule id -> the source kind the rule forces (`source_kind:`), for the resolvers
        self.source_kinds = {r.id: r.source_kind for r in self.rules if r.source_kind}
        #: the keyword prefilter as bit masks: one bit per distinct keyword set, which its words set
        self._keyword_bits: dict[str, int] = {}
        self._needed_bits: list[tuple[Rule, int]] = []
        bits: dict[frozenset[str], int] = {}
        for rule in self.rules:
            needed = 0
            for keywords in rule.keywords:
                needed |= bits.setdefault(keywords, 1 << len(bits))
            self._needed_bits.append((rule, needed))
        for keywords, bit in bits.items():
            for word in keywords:
                self._keyword_bits[word] = self._keyword_bits.get(word, 0) | bit
        self._keywords = frozenset(self._keyword_bits)
        self._fully_needed = self._tried_bits(len(bits))
        #: present bits -> the rules they let through (few distinct combinations recur sentence after sentence)
        self._tried: dict[int, list[Rule]] = {}

    def _tried_bits(self, first: int) -> list[tuple[Rule, int]]:
        """Each rule's keyword bits with the bits of what the matcher also asks of a sentence before it
        is tried: one per required mark (any of its characters in the sentence, Rule.required_marks)
        and one for quotation (the rule's claim must be quoted). They start at bit `first`."""
        marks: dict[str, int] = {}
        for rule in self.rules:
            for chars in rule.required_marks:
                marks.setdefault(chars, 1 << (first + len(marks)))
        self._mark_bits = tuple((re.compile(f"[{re.escape(chars)}]"), bit) for chars, bit in marks.items())
        self._quoted_bit = 1 << (first + len(marks))
        return [(rule, needed | sum(marks[chars] for chars in rule.required_marks)
                 | (self._quoted_bit if rule.claim_quoted else 0)) for rule, needed in self._needed_bits]

    @property
    def language(self) -> str:
        return self.lexicons.language

    def pack(self, language: str) -> RuleSet:
        """The rule set of `language` from the same layers (this one for its own language); another
        language's is loaded once, when first asked for. RuleError for a language no layer has."""
        return self if language == self.language else self.packs.get(language)

    def candidates(self, words: frozenset[str]) -> list[Rule]:
        """The rules, in the order they are tried, that meet every one of their keyword sets in `words`."""
        present = self._present(words)
        return [rule for rule, needed in self._needed_bits if needed & present == needed]

    def _present(self, words: Collection[str]) -> int:
        present = 0
        for word in self._keywords.intersection(words):  # most words of a sentence are no keyword
            present |= self._keyword_bits[word]
        return present

    def rules_to_try(self, words: Collection[str], text: str, quoted: bool) -> list[Rule]:
        """The candidates (as `candidates`) that can match in `text`: it holds one character of each
        of their required marks (Rule.required_marks), and quotation if their claim must be quoted."""
        present = self._present(words) | (self._quoted_bit if quoted else 0)
        for any_char, bit in self._mark_bits:
            if any_char.search(text) is not None:
                present |= bit
        found = self._tried.get(present)
        if found is None:
            if len(self._tried) >= _TRIED_KEPT:
                self._tried.clear()
            found = self._tried[present] = [rule for rule, needed in self._fully_needed if needed & present == needed]
        return found

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)


# --- where rule files live -------------------------------------------------------------------------

def shipped_rules_dir() -> Path:
    """The rules installed with the package, or the repository's rules/ in a development checkout."""
    installed = Path(__file__).parent.parent / "rules"  # what importlib.resources.files("attrib") names
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "rules"


def user_rules_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "attrib" / "rules"


def layers(extra: Sequence[str | Path] = (), use_user_config: bool = True) -> list[tuple[str, Path]]:
    """(layer name, path) in the order they apply."""
    out: list[tuple[str, Path]] = [("shipped", shipped_rules_dir())]
    user_dir = user_rules_dir()
    if use_user_config and user_dir.is_dir():
        out.append(("user", user_dir))
    for part in (os.environ.get("ATTRIB_RULES") or "").split(os.pathsep):
        if part.strip():
            out.append(("env", Path(part.strip())))
    out.extend(("option", Path(p)) for p in extra)
    return out


def _pattern_column(rule: Rule, offset: int) -> int:
    """File column of the offset-th character of the pattern (quoted or plain YAML scalar)."""
    line, column = rule.pattern_at
    try:
        text = Path(rule.origin.path).read_text(encoding="utf-8-sig").splitlines()[line - 1]
    except (OSError, IndexError, UnicodeDecodeError):
        return column + offset - 1
    quoted = column - 1 < len(text) and text[column - 1] in "'\""
    return column + offset - (0 if quoted else 1)


def compile_rule(rule: Rule, vocab: Vocabulary, problems: Problems, now: bool = False,
                 checking: Vocabulary | None = None) -> None:
    """Parse and compile one rule's pattern; problems point at the pattern's line and column. The
    pattern is checked with `checking` (the vocabulary narrowed to nothing: every problem, none of
    the cost); its regex is built and compiled on first use, or `now` (validation)."""
    line, column = rule.pattern_at
    try:
        tree = parse(rule.pattern)
        pattern_regex(tree, checking or vocab)
        rule.tree, rule.vocabulary = tree, vocab
        if now:
            rule.compiled = compiled_regex(rule.regex_source)
        rule.keywords = literal_keywords(tree, vocab.sets)
        rule.cue_words = required_cue_words(tree, vocab.sets)
        needs = cue_needs(tree)
        rule.marks_before_cue, rule.cue_mark_chars, rule.word_after_cue = needs.commas, needs.marks, needs.word_after
        rule.required_marks = required_marks(tree)
        rule.required_slots = required_slots(tree)
        first = tree.children[0] if tree.kind == "seq" and tree.children else tree
        rule.anchored = first.kind == "begin"
        rule.opens_with_phrase = first.kind == "slot" and first.value in ("source", "via", "listener") \
            and not first.arg
    except PatternError as exc:
        problems.add(rule.origin.path, line, _pattern_column(rule, exc.column), f"rule {rule.id}: {exc}")
    except re.error as exc:  # pragma: no cover - the compiler should never emit a bad regex
        problems.add(rule.origin.path, line, column, f"rule {rule.id}: pattern cannot compile ({exc})")


def _nothing(phrase: str) -> bool:
    return False


def _share_word_sets(rules: list[Rule]) -> None:
    """Rules with equal keyword or cue sets get the same frozenset object: a lookup keyed by a set
    then finds it by identity instead of comparing hundreds of words (39 rules, 11 distinct cue sets)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    for rule in rules:
        rule.keywords = [shared.setdefault(words, words) for words in rule.keywords]
        if rule.cue_words is not None:
            rule.cue_words = shared.setdefault(rule.cue_words, rule.cue_words)


def build(loaded: LoadedFiles, problems: Problems, compile_now: bool = False,
          language: str = DEFAULT_LANGUAGE, packs: Packs | None = None) -> RuleSet:
    lex = build_lexicons(loaded.lexicon_data, language)
    vocab, checking = vocabulary(lex), vocabulary(lex, present=_nothing)
    for rule in loaded.rules:
        if rule.enabled and rule.pattern:
            compile_rule(rule, vocab, problems, compile_now, checking)
    active = [r for r in loaded.rules if r.enabled and r.tree is not None]
    _share_word_sets(active)
    order = {id(r): i for i, r in enumerate(loaded.rules)}
    active.sort(key=lambda r: (-r.priority, order[id(r)]))
    return RuleSet(rules=active, lexicons=lex, all_rules=loaded.rules, files=loaded.files,
                   lexicon_origins=loaded.lexicon_origins, replaced=loaded.replaced,
                   packs=packs or Packs())


def load_rules(extra: Sequence[str | Path] = (), use_user_config: bool = True,
               lang: str = DEFAULT_LANGUAGE) -> RuleSet:
    """Load the shipped rules plus every user layer, for language `lang` (English: the rules outside
    `lang/`; another: its pack); raise RuleError (file:line:column) on a problem. The other languages'
    rule sets of the same layers are reached with `ruleset.pack(code)`. Loaded once per process while
    the layers' files are unchanged (rulebook.memo): callers share it and never change it."""
    paths = tuple(layers(extra, use_user_config))
    found = fingerprint(paths)
    packs = remembered(paths, lambda: Packs(paths, found), found)  # unchanged files: the rule sets loaded before
    if lang != DEFAULT_LANGUAGE:
        return packs.get(lang)
    return packs.loaded.get(lang) or load_layers(paths, lang, packs)


def load_layers(paths: Sequence[tuple[str, Path]], language: str, packs: Packs) -> RuleSet:
    """One language's rule set from the (layer, path) list, a member of `packs`: as built before, from
    the cache folder (rulebook.built), while no file of the layers nor the rulebook's code changed."""
    entry = built.key(language, packs.fingerprint)
    stored = built.read(entry) if entry is not None else None
    if stored is not None:
        return RuleSet(**stored, packs=packs)
    problems = Problems()
    loaded = read_files(paths, problems, language)
    problems.raise_first()  # a file that does not read fails fast, before the slow compile
    ruleset = build(loaded, problems, language=language, packs=packs)
    problems.raise_first()
    if entry is not None:
        built.write(entry, tuple(getattr(ruleset, part) for part in built.PARTS))
    return ruleset


_default: RuleSet | None = None


def default_rules() -> RuleSet:
    """The shipped rules plus the user's configured layers, loaded once per process."""
    global _default
    if _default is None:
        _default = load_rules()
    return _default


def check_files(extra: Sequence[str | Path] = (), use_user_config: bool = True,
                lang: str = DEFAULT_LANGUAGE) -> tuple[RuleSet, list[RuleError]]:
    """Load like load_rules but return every problem instead of raising (for `attrib rules validate`)."""
    return check_layers(layers(extra, use_user_config), lang)


def check_layers(paths: Sequence[tuple[str, Path]],
                 lang: str = DEFAULT_LANGUAGE) -> tuple[RuleSet, list[RuleError]]:
    """Load the given (layer, path) list for one language, compiling every regex now, and return
    every problem."""
    problems = Problems()
    loaded = read_files(paths, problems, lang)
    ruleset = build(loaded, problems, compile_now=True, language=lang, packs=Packs(tuple(paths)))
    return ruleset, problems.items


__all__ = ["DEFAULT_LANGUAGE", "EXAMPLE_KEYS", "RULE_KEYS", "SLOTS", "SOURCE_SHAPES", "Example", "Origin", "Packs",
           "Rule", "RuleSet", "check_files", "check_layers", "default_rules", "layers", "load_rules", "pattern_regex",
           "rule_files", "shipped_rules_dir", "valid_rule_id", "vocabulary"]
