"""Rule files -> a validated, compiled RuleSet. Owns layering: shipped < user config < ATTRIB_RULES < --rules.

A YAML file holds rules (`rules: [...]`), a lexicon (`lexicon: NAME`), or both. A later layer's rule
with an existing id replaces it; `enabled: false` turns it off; lexicons of the same name merge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from attrib.errors import RuleError
from attrib.model import SOURCE_KINDS
from attrib.rulebook.lexicon import Lexicons, alternation, build_lexicons, merge
from attrib.rulebook.pattern import (
    SLOTS,
    Compiler,
    Node,
    PatternError,
    Vocabulary,
    cue_needs,
    literal_keywords,
    parse,
    phrase_regex,
    required_cue_words,
    required_marks,
)
from attrib.rulebook.regex_cache import RegexCache, shared_cache
from attrib.rulebook.yamlio import Located, LocatedList, read_yaml

RULE_KEYS = {"id", "description", "pattern", "priority", "enabled", "examples", "counterexamples",
             "source_kind", "tags", "cue", "source_shape", "continues", "claim_quoted"}
# phrase: a noun phrase; name: one to four capitalised words ("WALLACE", "Pat Caddell");
# subject: the noun phrase that opens the sentence ("Mr. Putin ..., saying")
SOURCE_SHAPES = ("phrase", "name", "subject", "unnamed", "document")
CONTINUES_VALUES = ("quote", "paragraph")
EXAMPLE_KEYS = {"text", "source", "cue", "outlet", "channel", "via", "quote", "source_kind", "listener"}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def valid_rule_id(text: str) -> bool:
    return bool(_ID.match(text))


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a rule or lexicon came from: its layer and file:line."""

    layer: str  # shipped | user | env | option
    path: str
    line: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(slots=True)
class Example:
    text: str
    expect: dict[str, str | None]
    line: int
    column: int = 1


@dataclass(slots=True)
class Rule:
    id: str
    description: str
    pattern: str
    origin: Origin
    priority: int = 0
    enabled: bool = True
    source_kind: str | None = None
    examples: list[Example] = field(default_factory=list)
    counterexamples: list[tuple[str, int, int]] = field(default_factory=list)  # text, line, column
    tags: list[str] = field(default_factory=list)
    cue: str | None = None  # the cue to report when the pattern has no {cue} slot (a label's ":")
    source_shape: str = "phrase"
    continues: str = "quote"  # "paragraph": later sentences of the paragraph inherit the speaker
    claim_quoted: bool = False  # the {claim} must be mostly inside quotation marks
    tree: Node | None = None
    regex_source: str = ""  # the compiled pattern's regex text; `regex` compiles it on first use
    compiled: re.Pattern[str] | None = None
    keywords: list[frozenset[str]] = field(default_factory=list)
    #: first words of the forms of the cue every match holds (None: no such cue); a match can only
    #: start where one of them still follows
    cue_words: frozenset[str] | None = None
    marks_before_cue: int = 0  # the marks , ? ! a match holds before that cue (one per `,`)
    word_after_cue: str | None = None  # a word every match holds after that cue, lower-cased
    required_marks: tuple[str, ...] = ()  # punctuation every match holds: one of each string's characters
    overrides: Origin | None = None  # the rule this one replaced
    opens_with_phrase: bool = False  # the pattern starts with {source}/{via}/{listener}
    anchored: bool = False  # the pattern starts with ^ (the start of the sentence)
    pattern_at: tuple[int, int] = (1, 1)  # line, column of the pattern value

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled regex, built on first use so loading many rules stays cheap."""
        if self.compiled is None and self.regex_source:
            self.compiled = shared_cache.compile(self.regex_source)
        return self.compiled


@dataclass(slots=True)
class RuleSet:
    """The active rules, in the order they are tried, and the lexicons they use."""

    rules: list[Rule]
    lexicons: Lexicons
    all_rules: list[Rule] = field(default_factory=list)  # every rule seen, disabled ones included
    files: list[Origin] = field(default_factory=list)
    lexicon_origins: dict[str, list[Origin]] = field(default_factory=dict)
    replaced: list[Rule] = field(default_factory=list)  # rules a later layer replaced, for listing
    _by_id: dict[str, Rule] = field(default_factory=dict, init=False, repr=False)
    paragraph_rules: frozenset[str] = field(default=frozenset(), init=False)
    #: rule id -> the source kind the rule forces (`source_kind:`), for the resolvers
    source_kinds: dict[str, str] = field(default_factory=dict, init=False)
    #: the keyword prefilter as bit masks: one bit per distinct keyword set, which its words set
    _keyword_bits: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _keywords: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    _needed_bits: list[tuple[Rule, int]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.all_rules}
        self.paragraph_rules = frozenset(r.id for r in self.rules if r.continues == "paragraph")
        self.source_kinds = {r.id: r.source_kind for r in self.rules if r.source_kind}
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

    def candidates(self, words: frozenset[str]) -> list[Rule]:
        """The rules, in the order they are tried, that meet every one of their keyword sets in `words`."""
        present = 0
        for word in self._keywords & words:  # most words of a sentence are no keyword
            present |= self._keyword_bits[word]
        return [rule for rule, needed in self._needed_bits if needed & present == needed]

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)


# --- where rule files live -------------------------------------------------------------------------

def shipped_rules_dir() -> Path:
    """The rules installed with the package, or the repository's rules/ in a development checkout."""
    installed = Path(str(resources.files("attrib"))) / "rules"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "rules"


def user_rules_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "attrib" / "rules"


#: the folder of a rules folder that holds the language packs (`lang/fr/...`): not English rules
LANGUAGE_PACKS = "lang"


def rule_files(path: Path) -> list[Path]:
    """The YAML files of a file or folder, sorted so loading is deterministic; a folder's language
    packs (its `lang/` folder) are not part of it."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                      and p.relative_to(path).parts[0] != LANGUAGE_PACKS)
    if path.is_file():
        return [path]
    raise RuleError(str(path), 1, 1, "no such rule file or folder")


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


# --- loading ------------------------------------------------------------------------------------

class Problems:
    """Collects rule-file problems so validation can report all of them at once."""

    def __init__(self) -> None:
        self.items: list[RuleError] = []

    def add(self, path: str, line: int, column: int, message: str) -> None:
        self.items.append(RuleError(path, line, column, message))

    def raise_first(self) -> None:
        if self.items:
            first = self.items[0]
            more = len(self.items) - 1
            if more:
                first = RuleError(first.path, first.line, first.column,
                                  f"{first.message} (and {more} more problem{'s' * (more > 1)}: "
                                  "run `attrib rules validate`)")
            raise first


def _key_at(node: Any, key: str) -> tuple[int, int]:
    """Where a key itself is written (for "unknown key" messages)."""
    at = getattr(node, "key_at", None)
    return at[key] if at and key in at else _at(node, key)


def _at(node: Any, key: str | None = None) -> tuple[int, int]:
    if isinstance(node, Located):
        if key is not None and key in node.value_at:
            return node.value_at[key]
        return node.line, node.column
    if isinstance(node, LocatedList):
        return node.line, node.column
    return 1, 1


def _read_rule(raw: Any, origin_path: str, layer: str, problems: Problems) -> Rule | None:
    line, column = _at(raw)
    if not isinstance(raw, dict):
        problems.add(origin_path, line, column, "a rule must be a mapping with id, description, pattern")
        return None
    for key in raw:
        if key not in RULE_KEYS:
            kl, kc = _key_at(raw, key)
            problems.add(origin_path, kl, kc, f"unknown key {key!r} in rule (allowed: {', '.join(sorted(RULE_KEYS))})")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        problems.add(origin_path, *_at(raw, "id"),
                     "rule needs an `id` of lower-case letters, digits, '.', '-' or '_'")
        return None
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        problems.add(origin_path, *_at(raw, "enabled"), "`enabled` must be true or false")
        enabled = True
    pattern = raw.get("pattern")
    description = raw.get("description")
    # a rule that only switches another off needs nothing but its id
    if enabled and not isinstance(pattern, str):
        problems.add(origin_path, *_at(raw, "pattern" if "pattern" in raw else None),
                     f"rule {rule_id}: missing or non-text `pattern`")
    if enabled and not isinstance(description, str):
        problems.add(origin_path, *_at(raw, "description" if "description" in raw else None),
                     f"rule {rule_id}: missing or non-text `description`")
    priority = raw.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        problems.add(origin_path, *_at(raw, "priority"), f"rule {rule_id}: `priority` must be a whole number")
        priority = 0
    source_kind = raw.get("source_kind")
    if source_kind is not None and source_kind not in SOURCE_KINDS:
        problems.add(origin_path, *_at(raw, "source_kind"),
                     f"rule {rule_id}: `source_kind` must be one of {', '.join(SOURCE_KINDS)}")
        source_kind = None
    source_shape = raw.get("source_shape", "phrase")
    if source_shape not in SOURCE_SHAPES:
        problems.add(origin_path, *_at(raw, "source_shape"),
                     f"rule {rule_id}: `source_shape` must be one of {', '.join(SOURCE_SHAPES)}")
        source_shape = "phrase"
    continues = raw.get("continues", "quote")
    if continues not in CONTINUES_VALUES:
        problems.add(origin_path, *_at(raw, "continues"),
                     f"rule {rule_id}: `continues` must be one of {', '.join(CONTINUES_VALUES)}")
        continues = "quote"
    claim_quoted = raw.get("claim_quoted", False)
    if not isinstance(claim_quoted, bool):
        problems.add(origin_path, *_at(raw, "claim_quoted"), f"rule {rule_id}: `claim_quoted` must be true or false")
        claim_quoted = False
    cue = raw.get("cue")
    if cue is not None and not isinstance(cue, str):
        problems.add(origin_path, *_at(raw, "cue"), f"rule {rule_id}: `cue` must be text")
        cue = None
    rule = Rule(id=rule_id, description=description if isinstance(description, str) else "",
                pattern=pattern if isinstance(pattern, str) else "",
                origin=Origin(layer, origin_path, line), priority=priority, enabled=enabled,
                source_kind=source_kind, tags=[str(t) for t in raw.get("tags") or []],
                cue=cue, source_shape=source_shape, continues=continues, claim_quoted=claim_quoted,
                pattern_at=_at(raw, "pattern"))
    _read_examples(raw, rule, origin_path, problems)
    return rule


def _read_examples(raw: dict[str, Any], rule: Rule, path: str, problems: Problems) -> None:
    examples = raw.get("examples") or []
    if not isinstance(examples, list):
        problems.add(path, *_at(raw, "examples"), f"rule {rule.id}: `examples` must be a list")
        examples = []
    for i, ex in enumerate(examples):
        where = examples.item_at[i] if isinstance(examples, LocatedList) else _at(raw, "examples")
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
            problems.add(path, *where, f"rule {rule.id}: an example needs `text` and the slot values it must yield")
            continue
        for key in ex:
            if key not in EXAMPLE_KEYS:
                problems.add(path, *_key_at(ex, key), f"rule {rule.id}: unknown key {key!r} in example "
                             f"(allowed: {', '.join(sorted(EXAMPLE_KEYS))})")
        expect = {k: (None if v is None else str(v)) for k, v in ex.items() if k != "text" and k in EXAMPLE_KEYS}
        rule.examples.append(Example(text=ex["text"], expect=expect, line=where[0], column=where[1]))
    counter = raw.get("counterexamples") or []
    if not isinstance(counter, list):
        problems.add(path, *_at(raw, "counterexamples"), f"rule {rule.id}: `counterexamples` must be a list")
        counter = []
    for i, text in enumerate(counter):
        where = counter.item_at[i] if isinstance(counter, LocatedList) else _at(raw, "counterexamples")
        if not isinstance(text, str):
            problems.add(path, *where, f"rule {rule.id}: a counterexample is a sentence in quotes")
            continue
        rule.counterexamples.append((text, *where))


@dataclass(slots=True)
class LoadedFiles:
    rules: list[Rule] = field(default_factory=list)
    lexicon_data: dict[str, dict[str, Any]] = field(default_factory=dict)
    lexicon_origins: dict[str, list[Origin]] = field(default_factory=dict)
    files: list[Origin] = field(default_factory=list)
    replaced: list[Rule] = field(default_factory=list)
    root_of: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (layer, folder)


def read_files(paths: Iterable[tuple[str, Path]], problems: Problems) -> LoadedFiles:
    """Read every rule/lexicon file of every layer, merging lexicons and layering rules by id."""
    loaded = LoadedFiles()
    by_id: dict[str, Rule] = {}
    for layer, root in paths:
        try:
            files = rule_files(root)
        except RuleError as exc:
            problems.items.append(exc)
            continue
        for path in files:
            try:
                data = read_yaml(path)
            except RuleError as exc:
                problems.items.append(exc)
                continue
            loaded.files.append(Origin(layer, str(path)))
            _read_file(data, str(path), layer, problems, loaded, by_id, str(root))
    loaded.rules = list(by_id.values())
    return loaded


def _read_file(data: Any, path: str, layer: str, problems: Problems, loaded: LoadedFiles,
               by_id: dict[str, Rule], root: str = "") -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        problems.add(path, *_at(data), "a rule file is a mapping with `rules:` or `lexicon:`")
        return
    known = {"rules", "lexicon"}
    if "lexicon" not in data:  # in a lexicon file every other key is a word list; here it is a typo
        for key in data:
            if key not in known:
                problems.add(path, *_key_at(data, key), f"unknown key {key!r} at the top of a rule file "
                             "(allowed: rules, lexicon; a word list needs `lexicon: NAME`)")
    if "lexicon" in data:
        name = data["lexicon"]
        if not isinstance(name, str):
            problems.add(path, *_at(data, "lexicon"), "`lexicon:` must name the lexicon")
        else:
            body = {k: v for k, v in data.items() if k not in known}
            _check_sets(body.get("sets"), data, path, problems)
            loaded.lexicon_data[name] = merge(loaded.lexicon_data.get(name, {}), body)
            loaded.lexicon_origins.setdefault(name, []).append(Origin(layer, path, _at(data, "lexicon")[0]))
    elif "rules" not in data:
        problems.add(path, *_at(data), "a rule file needs a `rules:` list (or `lexicon:` for a word list)")
        return
    rules = data.get("rules") or []
    if not isinstance(rules, list):
        problems.add(path, *_at(data, "rules"), "`rules:` must be a list of rules")
        return
    seen_here: set[str] = set()
    for raw in rules:
        rule = _read_rule(raw, path, layer, problems)
        if rule is None:
            continue
        if rule.id in seen_here:
            problems.add(path, *_at(raw, "id"), f"duplicate rule id {rule.id!r} in the same file")
            continue
        seen_here.add(rule.id)
        previous = by_id.get(rule.id)
        if previous is not None:
            # two files of one folder defining one id is a mistake; a later layer replacing it is not
            same_folder = loaded.root_of.get(rule.id) == (layer, root)
            if previous.origin.path == path or previous.origin.layer == layer == "shipped" or same_folder:
                problems.add(path, *_at(raw, "id"),
                             f"duplicate rule id {rule.id!r} (first defined at {previous.origin})")
                continue
            rule.overrides = previous.origin
            loaded.replaced.append(previous)
            if not rule.pattern:  # `enabled: false` alone keeps the shipped pattern for listing
                rule.pattern, rule.description = previous.pattern, previous.description
                rule.examples, rule.counterexamples = previous.examples, previous.counterexamples
                rule.priority = previous.priority
        by_id[rule.id] = rule
        loaded.root_of[rule.id] = (layer, root)


def _check_sets(sets: Any, data: Any, path: str, problems: Problems) -> None:
    """`sets:` maps each set name to a list of phrases (text)."""
    if sets is None:
        return
    if not isinstance(sets, dict):
        problems.add(path, *_at(data, "sets"), "`sets:` must map set names to lists of phrases")
        return
    for name, phrases in sets.items():
        if not isinstance(phrases, list):
            problems.add(path, *_at(sets, name), f"set {name!r} must be a list of phrases")
            continue
        for i, phrase in enumerate(phrases):
            if phrase is None or isinstance(phrase, dict | list):
                where = phrases.item_at[i] if isinstance(phrases, LocatedList) else _at(sets, name)
                problems.add(path, *where, f"set {name!r}: {phrase!r} is not a phrase")


# --- compiling ------------------------------------------------------------------------------------

#: the longest noun phrase a slot may capture (a source, an outlet, a listener)
MAX_PHRASE_WORDS = 20


def not_ending_with(words: Iterable[str], lower_case_only: Iterable[str] = ()) -> str:
    """Lookbehinds refusing a phrase that ends on one of `words` (or its capitalised form), or on one
    of `lower_case_only` as written ("a news report", while "Sky News" may end a phrase).

    One lookbehind per word length (a lookbehind must have a fixed width), not one per word: the
    regex engine checks them at every position a phrase might end, so their number is what costs.
    """
    by_length: dict[int, set[str]] = {}
    forms = [f for word in words for f in (word, word.capitalize())] + list(lower_case_only)
    for form in forms:
        by_length.setdefault(len(form), set()).add(re.escape(form))
    return "".join(rf"(?<!\b(?:{'|'.join(sorted(forms))}))" for _, forms in sorted(by_length.items()))


def vocabulary(lex: Lexicons) -> Vocabulary:
    """The regex shape of each slot, built from the lexicons (the engine's only built-in grammar)."""
    sets = lex.sets
    # auxiliaries and adverbs inside the verb group; any "-ly" word counts as an adverb there
    # ("Democrats successfully argued")
    cue_lead = "(?:" + phrase_regex(sets.get("aux", frozenset()) | sets.get("cue_adverbs", frozenset()) or {"has"}) \
        + r"|[a-z]{3,}ly)"
    channel_nouns = phrase_regex(sets.get("channel_nouns") or {"statement"})
    platforms = phrase_regex(sets.get("platforms") or {"x"})
    generic = {"the " + g for g in lex.outlets.generic} | {s for s in lex.outlets.short_forms}
    references = phrase_regex(p.removeprefix("the ") for p in generic) if generic else ""
    # (a name may open with a particle joined to its capital: "al-Ikhbariya", "el-Watan")
    word = r"(?:[a-z]{1,3}-)?[A-Z0-9][\w&’'-]*(?:\.[A-Za-z][\w&’'-]*)*"
    # lower-case words inside an outlet's name: "Le Monde", "The Mail on Sunday", "Welt am Sonntag"
    connector = alternation(frozenset().union(*(sets.get(name, frozenset()) for name in (
        "name_particles", "name_joiners", "name_connectors", "outlet_name_joiners"))))
    # an outlet's description before its name: "Egypt's state news agency MENA", "the German weekly ..."
    descriptors = sets.get("outlet_descriptors")
    described = (rf"(?:(?:[Tt]he\s+|{word}['’]s\s+)?(?:[\w’'-]+\s+){{0,3}}?{phrase_regex(descriptors)}\s+)?"
                 if descriptors else "")
    # a phrase before the cue may not end on an article ("the report said" is not "the" + "report")
    no_dangling = not_ending_with(sets.get("phrase_cannot_end", frozenset()),
                                  sets.get("phrase_cannot_end_in_lower_case", frozenset()))
    # noun phrases are matched word by word (not character by character), so a search costs
    # a dozen steps per word at most; MAX_PHRASE_WORDS bounds every slot but {claim}
    # a word, or a short parenthesis such as a party label: "Rep. Jane Roe (D-N.Y.)"
    # (or an organisation's name in brackets: "CEI (Italian Episcopal Conference)")
    # (or a word in quotation marks: 'The "History" section of the site')
    token = (r"(?:\([^()\s]{1,12}\)|\([A-Z][^()\n,;:]{1,40}\)|[\"“][A-Z][^\s,;:\"“”]{0,30}[\"”]"
             r"|[^\s,;:()\[\]\"“”«»!?—―–]+)")
    more = MAX_PHRASE_WORDS - 1
    np_before_words = rf"(?<![\w’'-])(?:{token}\s+){{0,{more}}}?{token}"
    # a phrase after the cue never opens with a preposition ("said on Monday" has no listener), so
    # the regex tries the pattern without that optional part instead
    not_a_start = phrase_regex(sets.get("cannot_start_phrase") or {"to"})
    head = rf"(?<![\w’'-])(?!{not_a_start}(?![\w’'-]))"
    np_after = rf"{head}{token}(?:\s+{token}){{0,{more}}}"  # greedy: up to punctuation
    np_after_lazy = rf"{head}{token}(?:\s+{token}){{0,{more}}}?(?![\w’'-])"  # the pattern goes on
    np_before = np_before_words + no_dangling
    shapes = {
        "cue_lead": cue_lead,
        # a phrase before the cue in two parts, so that a check of what follows can go between
        "phrase_words": np_before_words,
        "phrase_end": no_dangling,
        "source": np_before,
        "source_after": np_after,
        "source_after_lazy": np_after_lazy,
        "via_before": np_before,
        "via_after": np_after,
        "via_after_lazy": np_after_lazy,
        "listener_before": np_before,
        "listener_after": np_after,
        "listener_after_lazy": np_after_lazy,
        "outlet": rf"(?<![\w’'-])(?:{described}(?:[Tt]he\s+)?{word}(?:\s+(?:{connector}\s+)?{word}){{0,5}}"
                  + (rf"|[Tt]he\s+{references}(?![\w’'-])" if references else "") + ")",
        "channel": (
            r"(?<![\w’'-])(?:a|an|the|his|her|its|their|our|my|this|that|a\s+joint|a\s+written)\s+"
            r"(?:[\w’'-]+\s+){0,3}?" + channel_nouns
            + r"(?:\s+on\s+(?:(?:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,2}?)?" + platforms
            + r"(?:\s+(?:account|page|channel|feed))?)?(?![\w’'-])"
        ),
    }
    return Vocabulary(sets=dict(sets), slot_shapes=shapes)


class _PositionalCompiler(Compiler):
    """Noun-phrase slots after the cue are greedy up to punctuation; before it, lazy up to the cue."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__(vocab)
        self.seen_cue = False

    def _slot(self, node: Node, last: bool) -> str:
        name = node.value
        if name == "cue":
            self.seen_cue = True
            return super()._slot(node, last)
        shapes = self.vocabulary.slot_shapes
        if not node.arg and name in ("source", "via", "listener"):
            self.used[name] = self.used.get(name, 0) + 1
            if not self.seen_cue:
                # the lazy phrase ends after each word in turn: checking what must follow first
                # spares the dozen lookbehinds of phrase_end wherever it cannot
                return f"(?P<{name}>{shapes['phrase_words']}{self.follows}{shapes['phrase_end']})"
            key = f"{name}_after" if last else f"{name}_after_lazy"
            return f"(?P<{name}>{shapes[key]})"
        return super()._slot(node, last)


def pattern_regex(tree: Node, vocab: Vocabulary) -> str:
    """The regex text of a parsed pattern (or part of one, for `attrib explain`)."""
    return _PositionalCompiler(vocab).compile(tree)


def _pattern_column(rule: Rule, offset: int) -> int:
    """File column of the offset-th character of the pattern (quoted or plain YAML scalar)."""
    line, column = rule.pattern_at
    try:
        text = Path(rule.origin.path).read_text(encoding="utf-8-sig").splitlines()[line - 1]
    except (OSError, IndexError, UnicodeDecodeError):
        return column + offset - 1
    quoted = column - 1 < len(text) and text[column - 1] in "'\""
    return column + offset - (0 if quoted else 1)


def compile_rule(rule: Rule, vocab: Vocabulary, problems: Problems, cache: RegexCache | None = None) -> None:
    """Parse and compile one rule's pattern; problems point at the pattern's line and column."""
    line, column = rule.pattern_at
    try:
        tree = parse(rule.pattern)
        source = pattern_regex(tree, vocab)
        if cache is not None:  # compile now (validation); otherwise on first use
            rule.compiled = cache.compile(source)
        rule.regex_source = source
        rule.tree = tree
        rule.keywords = literal_keywords(tree, vocab.sets)
        rule.cue_words = required_cue_words(tree, vocab.sets)
        needs = cue_needs(tree)
        rule.marks_before_cue, rule.word_after_cue = needs.commas, needs.word_after
        rule.required_marks = required_marks(tree)
        first = tree.children[0] if tree.kind == "seq" and tree.children else tree
        rule.anchored = first.kind == "begin"
        rule.opens_with_phrase = first.kind == "slot" and first.value in ("source", "via", "listener") \
            and not first.arg
    except PatternError as exc:
        problems.add(rule.origin.path, line, _pattern_column(rule, exc.column), f"rule {rule.id}: {exc}")
    except re.error as exc:  # pragma: no cover - the compiler should never emit a bad regex
        problems.add(rule.origin.path, line, column, f"rule {rule.id}: pattern cannot compile ({exc})")


def _share_word_sets(rules: list[Rule]) -> None:
    """Rules with equal keyword or cue sets get the same frozenset object: a lookup keyed by a set
    then finds it by identity instead of comparing hundreds of words (39 rules, 11 distinct cue sets)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    for rule in rules:
        rule.keywords = [shared.setdefault(words, words) for words in rule.keywords]
        if rule.cue_words is not None:
            rule.cue_words = shared.setdefault(rule.cue_words, rule.cue_words)


def build(loaded: LoadedFiles, problems: Problems, cache: RegexCache | None = None) -> RuleSet:
    lex = build_lexicons(loaded.lexicon_data)
    vocab = vocabulary(lex)
    for rule in loaded.rules:
        if rule.enabled and rule.pattern:
            compile_rule(rule, vocab, problems, cache)
    active = [r for r in loaded.rules if r.enabled and r.regex_source]
    _share_word_sets(active)
    order = {id(r): i for i, r in enumerate(loaded.rules)}
    active.sort(key=lambda r: (-r.priority, order[id(r)]))
    return RuleSet(rules=active, lexicons=lex, all_rules=loaded.rules, files=loaded.files,
                   lexicon_origins=loaded.lexicon_origins, replaced=loaded.replaced)


def load_rules(extra: Sequence[str | Path] = (), use_user_config: bool = True) -> RuleSet:
    """Load the shipped rules plus every user layer; raise RuleError (file:line:column) on a problem."""
    problems = Problems()
    loaded = read_files(layers(extra, use_user_config), problems)
    problems.raise_first()  # a file that does not read fails fast, before the slow compile
    ruleset = build(loaded, problems)
    problems.raise_first()
    return ruleset


_default: RuleSet | None = None


def default_rules() -> RuleSet:
    """The shipped rules plus the user's configured layers, loaded once per process."""
    global _default
    if _default is None:
        _default = load_rules()
    return _default


def check_files(extra: Sequence[str | Path] = (), use_user_config: bool = True) -> tuple[RuleSet, list[RuleError]]:
    """Load like load_rules but return every problem instead of raising (for `attrib rules validate`)."""
    return check_layers(layers(extra, use_user_config))


def check_layers(paths: Sequence[tuple[str, Path]]) -> tuple[RuleSet, list[RuleError]]:
    """Load the given (layer, path) list, compiling every regex now, and return every problem."""
    problems = Problems()
    loaded = read_files(paths, problems)
    ruleset = build(loaded, problems, cache=shared_cache)
    return ruleset, problems.items


__all__ = ["SLOTS", "Example", "Origin", "Rule", "RuleSet", "check_files", "check_layers", "default_rules",
           "load_rules"]
