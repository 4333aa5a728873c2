"""The word sets attrib reads are declared in one place: each loads (and is filled by the shipped
lexicons), an unknown name is an error, and a lexicon that names a set nobody uses is reported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from attrib.errors import RuleError
from attrib.rulebook.reading import LEXICON_KEYS
from attrib.rulebook.ruleset import check_files, load_rules
from attrib.rulebook.sets import DECLARED, PROVIDED, READ, UnknownSet

SRC = Path(__file__).resolve().parents[1] / "src" / "attrib"
#: the calls that read a set by the name in their first (or, for ends_with/ending, third) argument
#: (the entity table names lex.set `s`)
_READERS = {"set": 0, "s": 0, "endings": 0, "phrases": 0, "words": 0, "ends_with": 2, "ending": 2}


def test_every_declared_set_loads_and_the_shipped_lexicons_fill_it(rules):
    """Each set is filled by the English lexicons or by a language pack's (the German separable verbs,
    the French elided articles are those packs' own)."""
    packs = [rules.pack(code) for code in sorted(rules.packs.profiles())]
    for name in sorted(DECLARED):
        assert any(pack.lexicons.set(name) for pack in packs), f"declared set {name!r} is empty in every pack"


def test_an_unknown_set_is_an_error_not_an_empty_set(rules):
    with pytest.raises(UnknownSet, match="tiem_phrases"):
        rules.lexicons.set("tiem_phrases")


def test_the_code_reads_only_declared_sets():
    read: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            at = _READERS.get(name)
            if at is not None and len(node.args) > at and isinstance(node.args[at], ast.Constant) \
                    and isinstance(node.args[at].value, str):
                read[node.args[at].value] = f"{path.relative_to(SRC)}:{node.lineno}"
    assert len(read) > 60, "the scan found too few reads: it is broken"
    undeclared = {name: where for name, where in read.items() if name not in DECLARED}
    assert not undeclared, f"sets read but not declared in attrib.rulebook.sets: {undeclared}"


def _lexicon(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_misspelt_set_in_a_lexicon_is_reported_at_its_line(tmp_path: Path):
    path = _lexicon(tmp_path, "lexicon: grammar\nsets:\n  tiem_phrases: [at dawn]\n")
    _, problems = check_files([path], use_user_config=False)
    [problem] = problems
    assert (problem.path, problem.line, problem.column) == (str(path), 3, 3)
    assert "'tiem_phrases' is used by no rule" in problem.message and "'time_phrases'" in problem.message
    with pytest.raises(RuleError, match="tiem_phrases"):
        load_rules([path], use_user_config=False)


def test_a_set_of_ones_own_used_by_ones_rule_is_fine(tmp_path: Path):
    path = _lexicon(tmp_path, "rules:\n  - id: quoted-by\n    description: x\n    pattern: '{claim}, {source} "
                              "{cue:quoted_by}.'\nlexicon: grammar\nsets:\n  quoted_by: [was quoted as saying]\n")
    ruleset, problems = check_files([path], use_user_config=False)
    assert problems == [] and ruleset.lexicons.set("quoted_by") == {"was quoted as saying"}


def test_a_made_set_and_an_unknown_lexicon_key_are_reported(tmp_path: Path):
    path = _lexicon(tmp_path, "lexicon: anonymity\nrole_noun: [spokesdog]\nsets:\n  reporting: [barked]\n")
    _, problems = check_files([path], use_user_config=False)
    messages = sorted((p.line, p.message) for p in problems)
    assert messages[0][0] == 2 and "unknown key 'role_noun' in lexicon 'anonymity'" in messages[0][1]
    assert messages[1][0] == 4 and "'reporting' is made from its structured lexicon" in messages[1][1]


def test_the_declarations_hold_together():
    assert PROVIDED <= DECLARED and READ <= DECLARED
    assert all(keys for keys in LEXICON_KEYS.values())
