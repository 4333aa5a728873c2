"""Rule and lexicon files -> rules and lexicon data, every problem with its file:line:column.

A YAML file holds rules (`rules: [...]`), a lexicon (`lexicon: NAME`), or both. A later layer's rule
with an existing id replaces it; `enabled: false` turns it off; lexicons of the same name merge.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from attrib.errors import RuleError
from attrib.model import SOURCE_KINDS
from attrib.record import Record
from attrib.rulebook.lexicon import merge
from attrib.rulebook.pattern import DEFAULT_CUE_SET, PatternError, parse, walk
from attrib.rulebook.rule import Example, Origin, Rule
from attrib.rulebook.sets import NAME_LISTS, PROVIDED, READ
from attrib.rulebook.yamlio import Located, LocatedList, read_yaml

RULE_KEYS = {"id", "description", "pattern", "priority", "enabled", "examples", "counterexamples",
             "source_kind", "tags", "cue", "source_shape", "continues", "claim_quoted"}
# phrase: a noun phrase; name: one to four capitalised words ("WALLACE", "Pat Caddell");
# subject: the noun phrase that opens the sentence ("Mr. Putin ..., saying")
SOURCE_SHAPES = ("phrase", "name", "subject", "unnamed", "document")
CONTINUES_VALUES = ("quote", "paragraph")
EXAMPLE_KEYS = {"text", "source", "cue", "outlet", "channel", "via", "quote", "source_kind", "listener"}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
#: the most words, phrases and entries one lexicon file may list (its sets and its other lists together):
#: each list compiles to one prefix-tree regex, and 150,000 phrases took 39 s and 1.65 GB, 150,000
#: outlets 21 s and 600 MB (the shipped files hold at most 2,300; 50,000 load in about 4 s)
MAX_LEXICON_ITEMS = 50_000


def valid_rule_id(text: str) -> bool:
    return bool(_ID.match(text))


#: the folder of a rules folder that holds the language packs (`lang/fr/...`): not English rules
LANGUAGE_PACKS = "lang"
#: the language of the rules outside `lang/` (the default pack)
DEFAULT_LANGUAGE = "en"
#: lexicons every pack shares, written once outside `lang/` (one outlets list for every language)
SHARED_LEXICONS = frozenset({"outlets"})
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def rule_files(path: Path) -> list[Path]:
    """The YAML files of a file or folder, sorted so loading is deterministic; a folder's language
    packs (its `lang/` folder) are not part of it."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                      and p.relative_to(path).parts[0] != LANGUAGE_PACKS)
    if path.is_file():
        return [path]
    raise RuleError(str(path), 1, 1, "no such rule file or folder")


def pack_files(path: Path, language: str) -> list[Path]:
    """The YAML files of a folder's pack for `language` (its `lang/<code>/` folder), sorted."""
    folder = path / LANGUAGE_PACKS / language
    if not path.is_dir() or not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def pack_codes(path: Path) -> list[str]:
    """The languages a rules folder has a pack for (`lang/<code>/`)."""
    folder = path / LANGUAGE_PACKS
    if not path.is_dir() or not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and _LANGUAGE_CODE.match(p.name))


def valid_language_code(code: str) -> bool:
    """Two or three lower-case letters (ISO 639): "de", "fr"."""
    return bool(_LANGUAGE_CODE.match(code))


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
    def value(key: str, default: Any, valid: Callable[[Any], bool], problem: str) -> Any:
        found = raw.get(key, default)
        if valid(found):
            return found
        problems.add(origin_path, *_at(raw, key), problem)
        return default

    enabled = value("enabled", True, lambda v: isinstance(v, bool), "`enabled` must be true or false")
    pattern = raw.get("pattern")
    description = raw.get("description")
    # a rule that only switches another off needs nothing but its id
    if enabled and not isinstance(pattern, str):
        problems.add(origin_path, *_at(raw, "pattern" if "pattern" in raw else None),
                     f"rule {rule_id}: missing or non-text `pattern`")
    if enabled and not isinstance(description, str):
        problems.add(origin_path, *_at(raw, "description" if "description" in raw else None),
                     f"rule {rule_id}: missing or non-text `description`")
    priority = value("priority", 0, lambda v: isinstance(v, int) and not isinstance(v, bool),
                     f"rule {rule_id}: `priority` must be a whole number")
    source_kind = value("source_kind", None, lambda v: v is None or v in SOURCE_KINDS,
                        f"rule {rule_id}: `source_kind` must be one of {', '.join(SOURCE_KINDS)}")
    source_shape = value("source_shape", "phrase", lambda v: v in SOURCE_SHAPES,
                         f"rule {rule_id}: `source_shape` must be one of {', '.join(SOURCE_SHAPES)}")
    continues = value("continues", "quote", lambda v: v in CONTINUES_VALUES,
                      f"rule {rule_id}: `continues` must be one of {', '.join(CONTINUES_VALUES)}")
    claim_quoted = value("claim_quoted", False, lambda v: isinstance(v, bool),
                         f"rule {rule_id}: `claim_quoted` must be true or false")
    cue = value("cue", None, lambda v: v is None or isinstance(v, str), f"rule {rule_id}: `cue` must be text")
    rule = Rule(id=rule_id, description=description if isinstance(description, str) else "",
                pattern=pattern if isinstance(pattern, str) else "",
                origin=Origin(layer, origin_path, line), priority=priority, enabled=enabled,
                source_kind=source_kind, tags=[str(t) for t in raw.get("tags") or []],
                cue=cue, source_shape=source_shape, continues=continues, claim_quoted=claim_quoted,
                pattern_at=_at(raw, "pattern"))
    _read_examples(raw, rule, origin_path, problems)
    return rule


def _listed(raw: dict[str, Any], key: str, rule: Rule, path: str,
            problems: Problems) -> list[tuple[Any, tuple[int, int]]]:
    """The items of a rule's list `key`, each with where it is written."""
    items = raw.get(key) or []
    if not isinstance(items, list):
        problems.add(path, *_at(raw, key), f"rule {rule.id}: `{key}` must be a list")
        return []
    return [(item, items.item_at[i] if isinstance(items, LocatedList) else _at(raw, key))
            for i, item in enumerate(items)]


def _read_examples(raw: dict[str, Any], rule: Rule, path: str, problems: Problems) -> None:
    for ex, where in _listed(raw, "examples", rule, path, problems):
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
            problems.add(path, *where, f"rule {rule.id}: an example needs `text` and the slot values it must yield")
            continue
        for key in ex:
            if key not in EXAMPLE_KEYS:
                problems.add(path, *_key_at(ex, key), f"rule {rule.id}: unknown key {key!r} in example "
                             f"(allowed: {', '.join(sorted(EXAMPLE_KEYS))})")
        expect = {k: (None if v is None else str(v)) for k, v in ex.items() if k != "text" and k in EXAMPLE_KEYS}
        rule.examples.append(Example(text=ex["text"], expect=expect, line=where[0], column=where[1]))
    for text, where in _listed(raw, "counterexamples", rule, path, problems):
        if isinstance(text, str):
            rule.counterexamples.append((text, *where))
        else:
            problems.add(path, *where, f"rule {rule.id}: a counterexample is a sentence in quotes")


class LoadedFiles(Record):
    """What reading the rule and lexicon files of the layers gave, before it is compiled; filled as read."""

    __slots__ = ("files", "lexicon_data", "lexicon_origins", "replaced", "root_of", "rules", "set_names")

    def __init__(self) -> None:
        self.rules: list[Rule] = []
        self.lexicon_data: dict[str, dict[str, Any]] = {}
        self.lexicon_origins: dict[str, list[Origin]] = {}
        self.files: list[Origin] = []
        self.replaced: list[Rule] = []
        self.root_of: dict[str, tuple[str, str]] = {}  # id -> (layer, folder)
        #: every set name written under `sets:`, with its file, line and column
        self.set_names: list[tuple[str, str, int, int]] = []


def read_files(paths: Iterable[tuple[str, Path]], problems: Problems,
               language: str = DEFAULT_LANGUAGE) -> LoadedFiles:
    """Read every rule/lexicon file of every layer that belongs to `language`'s pack, merging
    lexicons and layering rules by id. English is the rules outside `lang/`; another language's
    pack is each folder's `lang/<code>/`, the shared lexicons (outlets) and the files that say
    `language: <code>`."""
    loaded = LoadedFiles()
    by_id: dict[str, Rule] = {}
    for layer, root in paths:
        try:
            files = rule_files(root)
        except RuleError as exc:
            problems.items.append(exc)
            continue
        packed = set(pack_files(root, language)) if language != DEFAULT_LANGUAGE else set()
        for path in [*files, *sorted(packed)]:
            try:
                data = read_yaml(path)
            except RuleError as exc:
                problems.items.append(exc)
                continue
            if not belongs_to(data, str(path), path in packed, language, problems):
                continue
            loaded.files.append(Origin(layer, str(path)))
            _read_file(data, str(path), layer, problems, loaded, by_id, str(root))
    loaded.rules = list(by_id.values())
    check_set_names(loaded, problems)
    return loaded


def belongs_to(data: Any, path: str, in_pack: bool, language: str, problems: Problems) -> bool:
    """Whether a file read from a layer belongs to `language`'s rules: a file of the pack's folder
    does (its `language:`, if any, must agree); elsewhere a file's `language:` decides, a shared
    lexicon (outlets) belongs to every language, and any other file is English."""
    declared = data.get("language") if isinstance(data, dict) else None
    if declared is not None and not (isinstance(declared, str) and valid_language_code(declared)):
        problems.add(path, *_at(data, "language"), "`language:` must be a language code such as de, fr or es")
        return False
    if in_pack:
        if declared is not None and declared != language:
            problems.add(path, *_at(data, "language"), f"this file is in the {language!r} pack but says "
                         f"`language: {declared}`")
        return True
    if declared is not None:
        return declared == language
    if language == DEFAULT_LANGUAGE:
        return True
    return isinstance(data, dict) and data.get("lexicon") in SHARED_LEXICONS and "rules" not in data


def _read_file(data: Any, path: str, layer: str, problems: Problems, loaded: LoadedFiles,
               by_id: dict[str, Rule], root: str = "") -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        problems.add(path, *_at(data), "a rule file is a mapping with `rules:` or `lexicon:`")
        return
    if "lexicon" in data:
        _read_lexicon(data, path, layer, problems, loaded)
    else:  # in a lexicon file every other key is a word list; here it is a typo
        for key in data:
            if key not in _FILE_KEYS:
                problems.add(path, *_key_at(data, key), f"unknown key {key!r} at the top of a rule file "
                             "(allowed: rules, lexicon, language; a word list needs `lexicon: NAME`)")
        if "rules" not in data:
            problems.add(path, *_at(data), "a rule file needs a `rules:` list (or `lexicon:` for a word list)")
            return
    rules = data.get("rules") or []
    if not isinstance(rules, list):
        problems.add(path, *_at(data, "rules"), "`rules:` must be a list of rules")
        return
    _read_rules(rules, path, layer, problems, loaded, by_id, root)


_FILE_KEYS = frozenset({"rules", "lexicon", "language"})
#: the keys of the structured lexicons besides `sets:` (which every lexicon may have, and the only
#: key of any other lexicon: grammar, webpages or one of the user's own)
LEXICON_KEYS: dict[str, frozenset[str]] = {
    "cues": frozenset({"excluded_forms", "verbs", "nominal", "inverted_subjects"}),
    "outlets": frozenset({"entries", "generic_references", "name_endings"}),
    "anonymity": frozenset({"phrases", "role_nouns"}),
    "documents": frozenset({"nouns"}),
    "channels": frozenset({"nouns", "platforms"}),
    "abbreviations": frozenset({"titles", "before_number", "months", "other", "sentence_openers", "ordinal_nouns",
                                "ordinal_digits"}),
    "quote_marks": frozenset({"pairs", "inner_pairs", "spaced", "any_closer_closes", "brackets",
                              "opening_punctuation", "elisions", "apostrophes"}),
    # a pack's name, the phrase grammar that reads its words, the words that tell its texts apart
    "language": frozenset({"name", "grammar", "function_words", "apostrophes_alike", "drops_subjects", "starter"}),
}


def _read_lexicon(data: Any, path: str, layer: str, problems: Problems, loaded: LoadedFiles) -> None:
    name = data["lexicon"]
    if not isinstance(name, str):
        problems.add(path, *_at(data, "lexicon"), "`lexicon:` must name the lexicon")
        return
    body = {k: v for k, v in data.items() if k not in _FILE_KEYS}
    allowed = LEXICON_KEYS.get(name, frozenset()) | {"sets"}
    for key in body:
        if key not in allowed:
            problems.add(path, *_key_at(data, key), f"unknown key {key!r} in lexicon {name!r} "
                         f"(allowed: {', '.join(sorted(allowed))}; word lists of your own go under `sets:`)")
    listed = _items(body)
    if listed > MAX_LEXICON_ITEMS:
        problems.add(path, *_at(data, "lexicon"), f"lexicon {name!r} lists {listed:,} words, phrases and entries; "
                     f"a lexicon file is limited to {MAX_LEXICON_ITEMS:,}")
        return
    _check_sets(body.get("sets"), data, path, problems, loaded)
    loaded.lexicon_data[name] = merge(loaded.lexicon_data.get(name, {}), body)
    loaded.lexicon_origins.setdefault(name, []).append(Origin(layer, path, _at(data, "lexicon")[0]))


def _items(body: dict[str, Any]) -> int:
    """The words, phrases and entries a lexicon lists: its lists, and those of its sets."""
    sets = body.get("sets")
    lists = [*body.values(), *(sets.values() if isinstance(sets, dict) else ())]
    return sum(len(value) for value in lists if isinstance(value, list))


def _read_rules(rules: list[Any], path: str, layer: str, problems: Problems, loaded: LoadedFiles,
                by_id: dict[str, Rule], root: str) -> None:
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


def _check_sets(sets: Any, data: Any, path: str, problems: Problems, loaded: LoadedFiles) -> None:
    """`sets:` maps each set name to a list of phrases (text); where each name is written is kept."""
    if sets is None:
        return
    if not isinstance(sets, dict):
        problems.add(path, *_at(data, "sets"), "`sets:` must map set names to lists of phrases")
        return
    for name, phrases in sets.items():
        loaded.set_names.append((name, path, *_key_at(sets, name)))
        if not isinstance(phrases, list):
            problems.add(path, *_at(sets, name), f"set {name!r} must be a list of phrases")
            continue
        for i, phrase in enumerate(phrases):
            if phrase is None or isinstance(phrase, dict | list):
                where = phrases.item_at[i] if isinstance(phrases, LocatedList) else _at(sets, name)
                problems.add(path, *where, f"set {name!r}: {phrase!r} is not a phrase")


_SET_REFERENCE = re.compile(r"<([^<>]*)>|\{[^{}:]*:([^{}]*)\}")


def sets_named_by(rules: Iterable[Rule]) -> set[str]:
    """The sets the rules' patterns use: `<name>`, `{slot:name}`, `{cue:name|other}`, and a bare
    {cue}'s default set."""
    names: set[str] = set()
    for rule in rules:
        try:
            tree = parse(rule.pattern)
        except PatternError:  # reported elsewhere; the sets it names are still its own
            for setref, arg in _SET_REFERENCE.findall(rule.pattern):
                names.update(part.strip() for part in (setref or arg).split("|"))
            continue
        for node in walk(tree):
            if node.kind == "set":
                names.add(node.value)
            elif node.kind == "slot" and (node.arg or node.value == "cue"):
                names.update(part.strip() for part in (node.arg or DEFAULT_CUE_SET).split("|"))
    return names


def check_set_names(loaded: LoadedFiles, problems: Problems) -> None:
    """A lexicon may fill a set attrib reads (attrib.rulebook.sets) or one a rule uses; any other name
    under `sets:` is a mistake (a typo would otherwise leave the set it meant empty)."""
    used = sets_named_by([*loaded.rules, *loaded.replaced])
    for body in loaded.lexicon_data.values():  # sets named by a set of set names are read too
        sets: Any = body.get("sets")
        for name in NAME_LISTS & set(sets if isinstance(sets, dict) else ()):
            used.update(str(member) for member in sets[name] or ())
    for name, path, line, column in loaded.set_names:
        if name in PROVIDED:
            problems.add(path, line, column, f"set {name!r} is made from its structured lexicon (cues, outlets, "
                         "anonymity, documents or channels): add the words there")
        elif name not in READ and name not in used:
            close = difflib.get_close_matches(name, sorted(READ | used), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.add(path, line, column, f"set {name!r} is used by no rule and not read by attrib{hint}")
