"""The rule author's tools as library functions: list the layered rules, validate rule files, run
their examples, write a starter rule. `attrib rules ...` (cli_rules.py) prints what these return."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attrib.authoring.examples import ExampleResult, check_rule
from attrib.errors import RuleError
from attrib.rulebook.packs import LanguageProfile
from attrib.rulebook.reading import LANGUAGE_PACKS
from attrib.rulebook.ruleset import (
    DEFAULT_LANGUAGE,
    Origin,
    Rule,
    RuleSet,
    check_files,
    check_layers,
    rule_files,
    shipped_rules_dir,
    valid_rule_id,
)
from attrib.rulebook.yamlio import read_yaml

SCHEMA_FILE = "schema.json"


def schema_path() -> Path:
    """The JSON Schema of rule files, shipped beside the rules (for editors)."""
    return shipped_rules_dir() / SCHEMA_FILE


def display_path(origin: Origin) -> str:
    """A shipped file relative to the shipped rules folder, any other file as given."""
    if origin.layer == "shipped":
        try:
            return str(Path(origin.path).relative_to(shipped_rules_dir()))
        except ValueError:
            return origin.path
    return origin.path


def where(origin: Origin) -> str:
    """`shipped patterns/claim-first.yaml:3`, `user /home/me/.config/attrib/rules/mine.yaml:2`."""
    return f"{origin.layer} {display_path(origin)}:{origin.line}"


# --- rules list --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One line of `attrib rules list`: a rule or lexicon and what the layering made of it."""

    id: str
    kind: str  # rule | lexicon
    origin: Origin
    status: str  # active | disabled | overridden | merged
    note: str = ""  # which rule this one replaces or is replaced by; lexicon files merged
    priority: int | None = None


def list_entries(ruleset: RuleSet, id_prefix: str | None = None, file: str | None = None) -> list[ListEntry]:
    """Every rule (active, disabled, or replaced by a later layer) and every lexicon, filtered."""
    entries: list[ListEntry] = []
    replaced_by = {
        (r.id, r.overrides.path, r.overrides.line): r.origin
        for r in [*ruleset.all_rules, *ruleset.replaced]
        if r.overrides
    }
    order = {r.id: i for i, r in enumerate(ruleset.rules)}
    for rule in sorted(ruleset.all_rules, key=lambda r: (order.get(r.id, len(order)), r.id)):
        note = (
            f"{'replaces' if rule.enabled else 'disables'} {where(rule.overrides)}" if rule.overrides else ""
        )
        status = "active" if rule.id in order else "disabled"
        entries.append(ListEntry(rule.id, "rule", rule.origin, status, note, rule.priority))
    for old in ruleset.replaced:
        newer = replaced_by.get((old.id, old.origin.path, old.origin.line))
        entries.append(
            ListEntry(
                old.id,
                "rule",
                old.origin,
                "overridden",
                f"replaced by {where(newer)}" if newer else "",
                old.priority,
            )
        )
    for name, origins in sorted(ruleset.lexicon_origins.items()):
        for i, origin in enumerate(origins):
            note = (
                f"merged into {where(origins[0])}"
                if i
                else (
                    f"merged with {len(origins) - 1} more file{'s' * (len(origins) > 2)}"
                    if len(origins) > 1
                    else ""
                )
            )
            entries.append(ListEntry(name, "lexicon", origin, "merged" if i else "active", note))
    return [e for e in entries if _wanted(e, id_prefix, file)]


def _wanted(entry: ListEntry, id_prefix: str | None, file: str | None) -> bool:
    if id_prefix and not entry.id.startswith(id_prefix):
        return False
    if not file:
        return True
    path = Path(entry.origin.path)
    return (
        path.resolve() == Path(file).resolve()
        or entry.origin.path.endswith(file)
        or display_path(entry.origin).endswith(file)
    )


# --- rules show --------------------------------------------------------------------------------------


def rule_text(rule: Rule) -> str:
    """The rule as written in its file: its lines from `- id:` to the next rule."""
    try:
        lines = Path(rule.origin.path).read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return ""
    start = rule.origin.line - 1
    if not 0 <= start < len(lines):
        return ""
    first = lines[start]
    indent = len(first) - len(first.lstrip(" -"))  # the column of the rule's keys
    out = [first]
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) < indent:
            break
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)


# --- rules validate / rules test ---------------------------------------------------------------------


@dataclass(slots=True)
class CheckReport:
    """What validating or testing a set of rule files found."""

    ruleset: RuleSet
    problems: list[RuleError] = field(default_factory=list)  # file:line:column problems
    results: list[ExampleResult] = field(default_factory=list)  # every example of the rules checked

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> list[ExampleResult]:
        return [r for r in self.results if not r.passed]

    @property
    def every_problem(self) -> list[RuleError]:
        """The file problems and the examples that contradict their rule, in file order."""
        problems = list(self.problems)
        for result in self.failed:
            problems.append(RuleError(result.path, result.line, result.column,
                                      f"rule {result.rule}: example contradicts the rule: {result.problem}"))
        return sorted(problems, key=lambda p: (p.path, p.line, p.column))


def check(paths: Sequence[str | Path] = (), use_user_config: bool = True, lang: str | None = None) -> CheckReport:
    """Load rule files and run their rules' examples, for one language's pack: `lang`, else the
    language the files say they are for (`language: fr`), else English.

    With paths, those files are layered over the shipped rules alone (so they can use the shipped
    word lists) and only their own rules are tested; without, every configured layer is.
    """
    lang = lang or declared_language(paths)
    if paths:
        ruleset, problems = check_layers(
            [("shipped", shipped_rules_dir())] + [("option", Path(p)) for p in paths], lang
        )
        mine = _files_of(paths)
        rules = [r for r in ruleset.rules if Path(r.origin.path).resolve() in mine]
        problems += _not_loaded(paths, ruleset, lang, problems)
    else:
        ruleset, problems = check_files(use_user_config=use_user_config, lang=lang)
        rules = ruleset.rules
    results = [result for rule in rules for result in check_rule(rule, ruleset)]
    return CheckReport(ruleset, problems, results)


def declared_language(paths: Sequence[str | Path]) -> str:
    """The language the given rule files are for: the one their `language:` (or a `lang/<code>/`
    folder) names, when they name one; English otherwise."""
    found = {code for path in paths for code in _languages_of(Path(path))}
    return found.pop() if len(found) == 1 else DEFAULT_LANGUAGE


def _languages_of(path: Path) -> set[str]:
    parts = path.resolve().parts
    if LANGUAGE_PACKS in parts[:-1] and parts.index(LANGUAGE_PACKS) + 1 < len(parts):
        return {parts[parts.index(LANGUAGE_PACKS) + 1]}
    codes = set()
    for file in _files_of([path]):
        with contextlib.suppress(RuleError):
            data = read_yaml(file)
            if isinstance(data, dict) and isinstance(data.get("language"), str):
                codes.add(data["language"])
    return codes


def _not_loaded(paths: Sequence[str | Path], ruleset: RuleSet, lang: str,
                reported: Sequence[RuleError]) -> list[RuleError]:
    """A file given for checking that the language's pack does not read (it says another language);
    a file with a problem already reported (bad YAML) was not read for that reason."""
    loaded = {Path(origin.path).resolve() for origin in ruleset.files}
    loaded |= {Path(problem.path).resolve() for problem in reported}
    return [RuleError(str(f), 1, 1, f"not read for language {lang!r}: the file says another language "
                      f"(`language:`), or none for English; try --lang") for f in sorted(_files_of(paths))
            if f not in loaded]


def _files_of(paths: Sequence[str | Path]) -> set[Path]:
    files: set[Path] = set()
    for path in paths:
        try:
            files.update(p.resolve() for p in rule_files(Path(path)))
        except RuleError:
            continue  # already reported by the loader
    return files


def validate(paths: Sequence[str | Path] = (), use_user_config: bool = True,
             lang: str | None = None) -> list[RuleError]:
    """Every problem of the rule files, examples that contradict their rule included, in file order."""
    return check(paths, use_user_config, lang).every_problem


# --- rules new ---------------------------------------------------------------------------------------

STARTER = """\
# yaml-language-server: $schema={schema}
# An attrib rule file. Every key, slot and word list is explained in docs/rules.md.
#   attrib rules validate {file}    checks it (all problems, as file:line:column)
#   attrib rules test {file}        runs its examples
#   attrib run story.txt --rules {file}
rules:
  - id: {rule_id}
    # what the rule finds, with the wording it looks for
    description: The claim, then who said it and where ("..., the minister said at a town hall meeting.")
    # rules are tried from the highest priority down; the shipped ones use 30 to 90
    priority: 60
    # words match themselves; {{claim}} {{source}} {{cue}} are slots; [...] is optional;
    # a final "." is the end of the sentence
    pattern: "{{claim}}, {{source}} {{cue}} at {{detail}}."
    # sentences the rule must match, with the fields it must find (attrib rules test runs them)
    examples:
      - text: "The bridge will reopen in May, the minister said at a town hall meeting."
        source: the minister
        cue: said
        quote: indirect
    # sentences the rule must not match
    counterexamples:
      - "The bridge will reopen in May, at the latest."
"""


PACK_STARTER = """\
# yaml-language-server: $schema={schema}
# An attrib rule file for the {name} pack (`language: {lang}`: attrib reads it for {name} documents).
# Every key, slot and word list is explained in docs/rules.md; the pack's word lists are in
# rules/lang/{lang}/lexicons.
#   attrib rules validate {file}    checks it (all problems, as file:line:column)
#   attrib rules test {file}        runs its examples
#   attrib run story.txt --rules {file}
language: {lang}
rules:
  - id: {rule_id}
    description: {description}
    priority: 60
    pattern: {pattern}
    examples:
      - text: {text}
        source: {source}
        cue: {cue}
    counterexamples:
      - {counterexample}
"""


def starter_rule(rule_id: str, file: str = "FILE", profile: LanguageProfile | None = None) -> str:
    """A commented rule file, ready to edit, that validates and passes its own test as written; for a
    language pack (`profile`), with its `language:` and the pack's own starter example."""
    if not valid_rule_id(rule_id):
        raise RuleError(
            "<id>", 1, 1, f"{rule_id!r} is not a rule id: use lower-case letters, digits, '.', '-' or '_'"
        )
    if profile is None or profile.code == DEFAULT_LANGUAGE:
        return STARTER.format(schema=schema_path().as_uri(), file=file, rule_id=rule_id)
    starter = dict(profile.starter)
    if not starter:
        raise RuleError("<lang>", 1, 1, f"the {profile.name} pack has no starter rule (its language.yaml `starter:`)")
    quoted = {key: json.dumps(value, ensure_ascii=False) for key, value in starter.items()}
    return PACK_STARTER.format(schema=schema_path().as_uri(), file=file, rule_id=rule_id, name=profile.name,
                               lang=profile.code, **quoted)
