"""`attrib rules list|show|validate|test|new` and `attrib explain`: the rule author's commands.

Each command is a thin printer over attrib.authoring / attrib.explain.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from attrib.cli.common import RulesOption, examples, fail, guarded, output, positive_number
from attrib.cli.documents import DEFAULT_READING, Reading, reads_documents
from attrib.errors import RuleError
from attrib.model import CLAIM_FIELDS
from attrib.outputs.terminal import console as make_console
from attrib.outputs.terminal import one_line, plain_wanted, printable

if TYPE_CHECKING:  # imported lazily at run time, to keep `attrib --help` and `attrib run` fast
    from rich.console import Console
    from rich.text import Text

    from attrib.authoring.explain import SentenceExplanation
    from attrib.rulebook.packs import LanguageProfile
    from attrib.rulebook.ruleset import RuleSet

rules_app = typer.Typer(
    name="rules",
    help="List, show, validate and test rules; start a new one.",
    epilog=examples("attrib rules list", "attrib rules validate my-rules.yaml", "attrib rules test my-rules.yaml"),
    no_args_is_help=True,
    rich_markup_mode=None,
)

PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATH...",
        help="Rule files or folders, layered over the shipped rules. Default: every configured layer.",
    ),
]

#: record fields the explain view leaves out of its claim line (position, text, flags shown elsewhere)
_NOT_SHOWN = frozenset({"doc", "n", "start", "end", "text", "attributed", "rule", "source_start", "source_end",
                        "cue_start", "cue_end"})

_SLOT_STYLES = {
    "claim": "italic",
    "source": "bold cyan",
    "cue": "bold magenta",
    "outlet": "bold green",
    "channel": "yellow",
    "via": "blue",
    "listener": "blue",
    "detail": "dim",
}


def _rules(paths: list[Path] | None, lang: str = "en") -> RuleSet:
    from attrib.rulebook.ruleset import load_rules

    return load_rules([str(p) for p in paths or []], lang=lang)


PackOption = Annotated[
    str | None,
    typer.Option("--lang", metavar="LANG",
                 help="The language pack: en (the default pack), de, es, fr, or any pack of the rules. Default: "
                      "en, or for rule files the language they say they are for (`language:`)."),
]


@rules_app.command("list", epilog=examples("attrib rules list", "attrib rules list --id claim- --rules my-rules.yaml"))
def list_rules(
    id_prefix: Annotated[str | None, typer.Option(
        "--id", metavar="PREFIX", help="Only ids starting with PREFIX.")] = None,
    file: Annotated[str | None, typer.Option("--file", metavar="FILE", help="Only what comes from this file.")] = None,
    rules: RulesOption = None,
    lang: PackOption = None,
) -> None:
    """Every rule and lexicon after layering: id, kind, origin, and whether it is active."""
    with guarded():
        from attrib.authoring.rules import list_entries, where

        entries = list_entries(_rules(rules, lang or "en"), id_prefix, file)
        if not entries:
            raise fail("nothing matches the filters", 1)
        width = max(len(e.id) for e in entries)
        for e in entries:
            priority = "" if e.priority is None else str(e.priority)
            line = f"{e.id:<{width}}  {e.kind:<7}  {priority:>3}  {e.status:<10}  {where(e.origin)}"
            print(line + (f"  ({e.note})" if e.note else ""))


@rules_app.command("show", epilog=examples("attrib rules show claim-first", "attrib rules show claim-first --regex"))
def show_rule(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="The rule's id.")],
    full_regex: Annotated[bool, typer.Option("--regex", help="Print the whole compiled regex.")] = False,
    rules: RulesOption = None,
    lang: PackOption = None,
) -> None:
    """A rule as written in its file, then its compiled form: keyword prefilter sets and regex."""
    with guarded():
        from attrib.authoring.rules import rule_text, where

        ruleset = _rules(rules, lang or _pack_of(rule_id))
        rule = ruleset.get(rule_id)
        if rule is None:
            raise fail(f"no rule {rule_id!r} (see `attrib rules list`)")
        active = [r.id for r in ruleset.rules]
        state = f"tried {active.index(rule.id) + 1} of {len(active)}" if rule.id in active else "disabled"
        print(f"# {rule.id}  ({where(rule.origin)}; priority {rule.priority}; {state})")
        if rule.overrides:
            print(f"# replaces {where(rule.overrides)}")
        print(rule_text(rule))
        print("\ncompiled:")
        print("  keyword prefilter: a sentence needs one word of each set")
        for i, words in enumerate(rule.keywords, 1):
            shown = sorted(words)
            more = f" ... ({len(shown)} words)" if len(shown) > 12 else ""
            print(f"    {i}. {' '.join(shown[:12])}{more}")
        regex = rule.regex_source
        if full_regex or len(regex) <= 400:
            print(f"  regex ({len(regex):,} characters):\n    {regex}")
        else:
            print(f"  regex ({len(regex):,} characters; --regex prints it all):\n    {regex[:400]}...")


def _pack_of(rule_id: str) -> str:
    """The pack a shipped rule id belongs to by its prefix ("fr-selon" -> fr), else English."""
    code = rule_id.split("-", 1)[0]
    return code if len(code) == 2 and code.isalpha() and "-" in rule_id and code in _codes() else "en"


def _codes() -> frozenset[str]:
    from attrib.rulebook.packs import language_profiles
    from attrib.rulebook.ruleset import layers

    return frozenset(language_profiles(layers()))


def _profile(lang: str) -> LanguageProfile:
    from attrib.rulebook.packs import language_profiles
    from attrib.rulebook.ruleset import layers

    profiles = language_profiles(layers())
    if lang not in profiles:
        raise fail(f"no language pack {lang!r} (known: {', '.join(sorted(profiles))})")
    return profiles[lang]


@rules_app.command("validate", epilog=examples("attrib rules validate", "attrib rules validate my-rules.yaml"))
def validate_rules(paths: PathsArgument = None, lang: PackOption = None) -> None:
    """Check rule files: every problem as file:line:column, all at once; exit 1 if any."""
    with guarded():
        from attrib.authoring.rules import check

        report = check(paths or [], lang=lang)  # loaded and checked once: the problems, and what was checked
        problems = report.every_problem
        for problem in problems:
            print(problem)
        if problems:
            sys.stderr.write(f"{len(problems)} problem{'s' * (len(problems) != 1)}\n")
            raise typer.Exit(1)
        print(f"no problems ({len(report.ruleset.files)} files, {len(report.ruleset.all_rules)} rules)")


@rules_app.command("test", epilog=examples("attrib rules test", "attrib rules test my-rules.yaml"))
def test_rules(paths: PathsArgument = None, lang: PackOption = None) -> None:
    """Run every rule's examples; print each failure with expected vs got, then `N passed, M failed`."""
    with guarded():
        from attrib.authoring.rules import check

        report = check(paths or [], lang=lang)
        for problem in report.problems:
            sys.stderr.write(f"{problem}\n")
        for result in report.failed:
            print(f"FAIL {result.path}:{result.line}:{result.column} {result.rule}")
            print(f"  text: {result.text!r}")
            for field, expected, got in result.diff:
                print(f"  {field}: expected {expected!r}, got {got!r}")
        print(f"{report.passed} passed, {len(report.failed)} failed")
        if report.failed or report.problems:
            raise typer.Exit(1)


@rules_app.command("new", epilog=examples("attrib rules new my-rule -o my-rules.yaml"))
def new_rule(
    rule_id: Annotated[
        str, typer.Argument(metavar="ID", help="The new rule's id (lower-case, digits, -_.).")
    ],
    out: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (never overwritten).")
    ] = None,
    lang: PackOption = None,
) -> None:
    """Write a commented starter rule with an example, ready to edit."""
    with guarded():
        from attrib.authoring.rules import starter_rule

        if out is not None and out.exists():
            raise fail(f"{out}: already exists; choose another file")
        profile = _profile(lang) if lang else None
        try:
            text = starter_rule(rule_id, str(out) if out else "FILE", profile)
        except RuleError as exc:
            raise fail(exc.message) from None
        with output(out) as handle:
            handle.write(text)


EXPLAIN_EXAMPLES = examples(
    "attrib explain story.txt --sentence 4",
    "attrib explain saved-page.html --near-misses",
    "attrib explain crawl.jsonl --doc 1234 --text-field body",
)


@reads_documents
def explain(
    path: Annotated[str, typer.Argument(
        metavar="PATH", help="What `attrib run` reads: a text file, a saved web page, a JSON Lines "
                             "corpus (with --doc), or - for stdin.")],
    sentence: Annotated[int | None, typer.Option(
        "--sentence", "-s", metavar="N", parser=positive_number, help="Only sentence N (from 1).")] = None,
    doc: Annotated[str | None, typer.Option(
        "--doc", metavar="ID", help="JSON Lines input: the document with this id (or FILE:LINE).")] = None,
    near_misses: Annotated[bool, typer.Option(
        "--near-misses", help="Closest rules for attributed sentences too (always for unattributed).")] = False,
    entities: Annotated[bool, typer.Option(
        "--entities", help="The document's entity table (who is who); with --sentence, that sentence's "
                           "mentions too and why each resolved where it did.")] = False,
    reading: Reading = DEFAULT_READING,
) -> None:
    """Why each sentence was (or was not) attributed: rules tried, slots, resolvers, near misses."""
    with guarded():
        from attrib.authoring.explain import explain as explain_text

        ruleset = reading.ruleset()
        document = reading.document(path, doc, ruleset)
        console = make_console(soft_wrap=True)
        if entities and sentence is None:
            _print_entities(console, document.text, ruleset, document.id, document.publisher, None)
            return
        items = explain_text(document.text, ruleset, sentence=sentence, doc=document.id,
                             near_misses=near_misses or None, publisher=document.publisher,
                             lang=document.lang if reading.lang == "auto" and document.lang else reading.lang)
        if not items:
            raise fail(f"{document.id} has no sentence {sentence}")
        for item in items:
            _print_explanation(console, item)
        if entities:
            _print_entities(console, document.text, ruleset, document.id, document.publisher, sentence)


def _print_entities(console: Console, text: str, ruleset: RuleSet, doc: str, publisher: str | None,
                    sentence: int | None) -> None:
    """The entity table; for a sentence, its mentions and why each resolved where it did, then only the
    entities they stand for."""
    from rich.text import Text

    from attrib.authoring.entities import describe_entity, describe_sentence, describe_table, entities_of

    table = entities_of(text, ruleset, doc=doc, publisher=publisher)
    if sentence is not None:
        console.print(Text(f"mentions in sentence {sentence}:", style="bold"))
        for line in describe_sentence(table, sentence) or ["(none)"]:
            console.print(f"  {line}", markup=False, highlight=False)
        linked = {m.entity for m in table.in_sentence(sentence) if m.entity is not None}
        lines = [describe_entity(table, e) for i, e in enumerate(table.entities) if i in linked]
        title = "entities they stand for:"
    else:
        lines = describe_table(table)
        title = f"entities of {doc} ({len(lines)}):"
    console.print(Text(title, style="bold"))
    for line in lines:
        console.print(f"  {line}", markup=False, highlight=False)


def _print_explanation(console: Console, item: SentenceExplanation) -> None:
    from rich.text import Text

    claim = item.claim
    console.print(
        Text(f"sentence {item.n}", style="bold"),
        Text("(attributed)" if claim.attributed else "(not attributed)", style="dim"),
    )
    if console.is_terminal and not plain_wanted():
        console.print(Text("  ") + _highlighted(item, styled=True))
    else:  # plain: the sentence as written, then the same with its slots marked
        console.print(f"  text:  {_squash(item.text)}", markup=False)
        if item.highlights:
            console.print(Text("  slots: ") + _highlighted(item, styled=False))
    console.print(
        f"  rules: {item.considered} active, {len(item.candidates)} left after the keyword "
        "prefilter" + (", tried in priority order:" if item.trials else ""),
        markup=False,
    )
    for trial in item.trials:
        reason = f": {trial.reason}" if trial.reason and trial.outcome != "no match" else ""
        console.print(
            f"    {trial.outcome:<8}  {trial.rule} (priority {trial.priority}){reason}", markup=False
        )
    if claim.attributed:
        shown = ("rule", *(f for f in CLAIM_FIELDS if f not in _NOT_SHOWN))
        fields = [(f, getattr(claim, f)) for f in shown]
        console.print(
            "  claim: " + ", ".join(f"{f}={_flat(v)!r}" for f, v in fields if v is not None), markup=False
        )
    for slot in item.highlights:
        console.print(f"    {slot.slot:<8} {_flat(slot.text)!r}", markup=False)
    if item.resolver_notes or item.changes:
        console.print("  resolvers:", markup=False)
        for note in item.resolver_notes:
            console.print(f"    {printable(note)}", markup=False)
        for change in item.changes:
            console.print(f"    changed {change.field}: {change.before!r} -> {change.after!r}", markup=False)
    if item.near_misses:
        console.print("  closest rules:", markup=False)
        for miss in item.near_misses:
            console.print(f"    {miss.rule}: {miss.reason}", markup=False)
    console.print()


def _flat(value: object) -> object:
    return one_line(value) if isinstance(value, str) else value


def _highlighted(item: SentenceExplanation, styled: bool) -> Text:
    """The sentence on one line with its slots coloured (terminal) or marked [text](slot) (plain)."""
    from rich.text import Text

    spans: dict[tuple[int, int], list[str]] = {}
    for h in item.highlights:
        spans.setdefault((h.start, h.end), []).append(h.slot)
    out, pos = Text(), 0
    for (start, end), slots in sorted(spans.items()):
        if start < pos:
            continue  # overlapping spans: the first wins
        out.append(_squash(item.text[pos:start]))
        piece = _squash(item.text[start:end])
        if styled:
            out.append(piece, style=_SLOT_STYLES.get(slots[0], "bold"))
        else:
            out.append(f"[{piece}]({'/'.join(slots)})")
        pos = end
    out.append(_squash(item.text[pos:]))
    return out


def _squash(text: str) -> str:
    """Whitespace runs as one space (lengths aside, as written), control characters escaped."""
    return printable(re.sub(r"\s+", " ", text))
