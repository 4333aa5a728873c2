"""Layering: shipped < user config (XDG) < ATTRIB_RULES < --rules; same id replaces, `enabled: false`
disables, lexicons merge; `attrib rules list` shows the result."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attrib
from attrib.authoring.rules import list_entries
from attrib.cli import app
from attrib.rulebook.ruleset import layers, shipped_rules_dir

SENTENCE = "The depot was hit twice, the mayor wrote on the sidelines of the summit."


def rule(rule_id: str, priority: int, description: str, pattern: str = "{claim}, {source} {cue}.") -> str:
    return (
        f"rules:\n  - id: {rule_id}\n    description: {description}\n    priority: {priority}\n"
        f'    pattern: "{pattern}"\n'
    )


@pytest.fixture()
def homes(tmp_path, monkeypatch):
    """A user config folder, an ATTRIB_RULES folder and an option folder, all empty to start."""
    config = tmp_path / "config"
    user = config / "attrib" / "rules"
    env = tmp_path / "env"
    option = tmp_path / "option"
    for folder in (user, env, option):
        folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("ATTRIB_RULES", os.pathsep.join([str(env), str(tmp_path / "env-file.yaml")]))
    (tmp_path / "env-file.yaml").write_text("", encoding="utf-8")
    return user, env, option


def test_layer_order(homes, tmp_path):
    user, env, option = homes
    assert layers([option]) == [
        ("shipped", shipped_rules_dir()),
        ("user", user),
        ("env", env),
        ("env", tmp_path / "env-file.yaml"),
        ("option", option),
    ]
    assert [name for name, _ in layers([option], use_user_config=False)] == [
        "shipped",
        "env",
        "env",
        "option",
    ]


def test_later_layer_replaces_the_same_id(homes):
    user, env, option = homes
    (user / "a.yaml").write_text(rule("claim-first", 50, "user version"), encoding="utf-8")
    assert attrib.load_rules().get("claim-first").description == "user version"
    (env / "a.yaml").write_text(rule("claim-first", 50, "env version"), encoding="utf-8")
    assert attrib.load_rules().get("claim-first").description == "env version"
    (option / "a.yaml").write_text(rule("claim-first", 50, "option version"), encoding="utf-8")
    ruleset = attrib.load_rules([option])
    winner = ruleset.get("claim-first")
    assert (winner.description, winner.origin.layer, winner.overrides.layer) == (
        "option version",
        "option",
        "env",
    )
    # the listing shows the chain: the winner active, each earlier one overridden by the next
    entries = [e for e in list_entries(ruleset, id_prefix="claim-first") if e.id == "claim-first"]
    assert [(e.status, e.origin.layer) for e in entries] == [
        ("active", "option"),
        ("overridden", "shipped"),
        ("overridden", "user"),
        ("overridden", "env"),
    ]
    assert entries[1].note.startswith("replaced by user ")
    assert entries[0].note.startswith("replaces env ")


def test_enabled_false_disables_and_lists(homes):
    user, _, _ = homes
    (user / "off.yaml").write_text("rules:\n  - id: claim-first\n    enabled: false\n", encoding="utf-8")
    ruleset = attrib.load_rules()
    assert "claim-first" not in [r.id for r in ruleset.rules]
    claims = attrib.analyze("The talks failed, officials said.", ruleset)
    assert claims[0].rule != "claim-first"
    [entry] = [e for e in list_entries(ruleset) if e.id == "claim-first" and e.status == "disabled"]
    assert entry.origin.layer == "user" and entry.note.startswith(
        "disables shipped patterns/claim-first.yaml:"
    )


def test_user_lexicon_merges_with_the_shipped_one(homes):
    user, _, _ = homes
    shipped = attrib.load_rules(use_user_config=False)
    assert attrib.analyze(SENTENCE, shipped)[0].rule != "claim-first"
    (user / "words.yaml").write_text(
        "lexicon: grammar\nsets:\n  time_phrases: [on the sidelines of the summit]\n", encoding="utf-8"
    )
    (user / "cues.yaml").write_text(
        "lexicon: cues\nverbs:\n  - lemma: write\n    forms: [write, writes, wrote]\n    kind: speech\n",
        encoding="utf-8",
    )
    merged = attrib.load_rules()
    assert merged.lexicons.set("time_phrases") > shipped.lexicons.set("time_phrases")  # added, none lost
    assert "said" in merged.lexicons.set("reporting") and "wrote" in merged.lexicons.set("reporting")
    claim = attrib.analyze(SENTENCE, merged)[0]
    assert (claim.rule, claim.source, claim.cue) == ("claim-first", "the mayor", "wrote")
    grammar = [e for e in list_entries(merged) if e.id == "grammar"]
    assert [e.status for e in grammar] == ["active", "merged"] and grammar[1].origin.layer == "user"


def test_rules_list_cli_shows_layering(homes):
    user, _, option = homes
    (user / "a.yaml").write_text(
        rule("according-to", 41, "mine", "{cue:according} {source}"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["rules", "list", "--id", "according-to", "--rules", str(option)])
    lines = [line.split() for line in result.output.splitlines()]
    assert [(w[0], w[3], w[4]) for w in lines] == [
        ("according-to-outlet-quoting-source", "active", "shipped"),
        ("according-to-outlet", "active", "shipped"),
        ("according-to", "active", "user"),
        ("according-to", "overridden", "shipped"),
    ]
    result = CliRunner().invoke(app, ["rules", "list", "--file", str(user / "a.yaml")])
    assert (
        len(result.output.splitlines()) == 1
        and "replaces shipped patterns/source-first.yaml:" in result.output
    )


def test_missing_layer_path_is_one_clear_error(homes, tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRIB_RULES", str(tmp_path / "nope"))
    with pytest.raises(attrib.RuleError, match="no such rule file or folder"):
        attrib.load_rules()
    result = CliRunner().invoke(app, ["rules", "list"])
    assert result.exit_code == 2 and "nope:1:1: no such rule file or folder" in result.output


def test_user_config_is_read_by_default(homes):
    user, _, _ = homes
    (user / "mine.yaml").write_text(rule("my-own", 10, "x"), encoding="utf-8")
    assert attrib.load_rules().get("my-own") is not None
    assert attrib.load_rules(use_user_config=False).get("my-own") is None
    assert Path(attrib.load_rules().get("my-own").origin.path).parent == user


def test_same_id_twice_in_one_folder_is_a_duplicate_but_a_later_layer_is_not(homes):
    user, env, _ = homes
    (user / "a.yaml").write_text(rule("my-rule", 10, "first"), encoding="utf-8")
    (user / "b.yaml").write_text(rule("my-rule", 10, "second"), encoding="utf-8")
    with pytest.raises(
        attrib.RuleError, match=r"b\.yaml:2:9: duplicate rule id 'my-rule' \(first defined at .*a\.yaml:2\)"
    ):
        attrib.load_rules()
    (user / "b.yaml").unlink()
    (env / "b.yaml").write_text(rule("my-rule", 10, "env"), encoding="utf-8")
    assert attrib.load_rules().get("my-rule").description == "env"


def test_a_language_pack_folder_is_not_read_as_english_rules(homes):
    user, _, _ = homes
    pack = user / "lang" / "fr" / "patterns"
    pack.mkdir(parents=True)
    (pack / "fr.yaml").write_text(rule("selon-x", 10, "selon X", "{claim}, selon {source}."), encoding="utf-8")
    (user / "mine.yaml").write_text(rule("my-own", 10, "x"), encoding="utf-8")
    loaded = attrib.load_rules()
    assert loaded.get("my-own") is not None and loaded.get("selon-x") is None
