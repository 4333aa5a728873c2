"""Rule sets loaded once per process (attrib.rulebook.memo): a second load of unchanged layers reads no
file and is the first one's rule set; an edited, added or removed rule file is read at the next load."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import attrib
from attrib.rulebook import memo, packs, reading
from attrib.rulebook.ruleset import load_rules

RULE = 'rules:\n  - id: {id}\n    description: a test rule\n    pattern: "{{claim}}, {{source}} {cue}."\n'
TEXT = "The depot was hit twice, the mayor confided. The bridge will reopen in May, officials said."


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every rule file the loader reads from now on."""
    seen: list[Path] = []
    real = reading.read_yaml

    def counting(path: Path) -> object:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(reading, "read_yaml", counting)
    monkeypatch.setattr(packs, "read_yaml", counting)
    monkeypatch.setenv("ATTRIB_NO_CACHE", "1")  # a built rule set from the cache folder reads no file either
    memo.forget()
    return seen


@pytest.fixture()
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remember loads of files written a moment ago (each test write sets its own distinct mtime)."""
    monkeypatch.setattr(memo, "SETTLED_NS", 0)


def write(path: Path, rule_id: str, cue: str = "{cue}", stamp: int = 1) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RULE.format(id=rule_id, cue=cue), encoding="utf-8")
    os.utime(path, ns=(stamp * 1_000_000_000, stamp * 1_000_000_000))


def test_a_second_load_reads_no_file_and_is_the_first(reads: list[Path], settled_at_once: None) -> None:
    first = load_rules(use_user_config=False)
    assert len(reads) > 10
    reads.clear()
    assert load_rules(use_user_config=False) is first and not reads
    german = load_rules(use_user_config=False, lang="de")
    assert german.language == "de" and reads and first.pack("de") is german
    reads.clear()
    assert load_rules(use_user_config=False, lang="de") is german and not reads


def test_the_claims_are_the_same_from_a_remembered_rule_set(reads: list[Path], settled_at_once: None) -> None:
    fresh = attrib.analyze(TEXT, rules=load_rules(use_user_config=False))
    reads.clear()
    remembered = attrib.analyze(TEXT, rules=load_rules(use_user_config=False))
    assert not reads and fresh == remembered and [c.cue for c in fresh] == ["confided", "said"]


def ids(extra: list[Path], layer: str, lang: str = "en") -> set[str]:
    return {rule.id for rule in load_rules(extra, lang=lang).rules if rule.origin.layer == layer}


@pytest.mark.parametrize("layer", ["user", "option"])
def test_an_edited_added_or_removed_rule_file_is_read_at_the_next_load(
        layer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reads: list[Path], settled_at_once: None) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "config" / "attrib" / "rules" if layer == "user" else tmp_path / "mine"
    extra = [folder] if layer == "option" else []
    write(folder / "first.yaml", "mine-one")
    assert ids(extra, layer) == {"mine-one"}
    reads.clear()
    assert ids(extra, layer) == {"mine-one"} and not reads  # remembered, the user's folder included
    write(folder / "first.yaml", "mine-two", stamp=2)  # the same size: only its times tell
    assert ids(extra, layer) == {"mine-two"}
    write(folder / "more" / "second.yaml", "mine-three")
    assert ids(extra, layer) == {"mine-two", "mine-three"}
    (folder / "more" / "second.yaml").unlink()
    assert ids(extra, layer) == {"mine-two"}
    write(folder / "lang" / "de" / "extra.yaml", "mine-four", cue="{cue:speech}")
    assert ids(extra, layer, "de") == {"mine-four"}
    write(folder / "lang" / "de" / "extra.yaml", "mine-five", cue="{cue:speech}", stamp=3)
    assert ids(extra, layer, "de") == {"mine-five"}


def test_a_file_rewritten_at_once_with_the_same_size_is_read_again(tmp_path: Path, reads: list[Path]) -> None:
    path = tmp_path / "mine.yaml"
    for rule_id in ("mine-one", "mine-two", "mine-six"):  # within one timestamp tick, likely
        path.write_text(RULE.format(id=rule_id, cue="{cue}"), encoding="utf-8")
        assert ids([path], "option") == {rule_id}
