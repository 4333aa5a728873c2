"""The cache folder: JSON only (a planted file runs no code), the user's own files only, capped in size,
and `attrib cache info` / `attrib cache clear`."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attrib
from attrib.cli.app import app
from attrib.rulebook import built, cache, memo, yamlio
from attrib.rulebook.ruleset import load_rules, shipped_rules_dir

GRAMMAR = shipped_rules_dir() / "lexicons" / "grammar.yaml"


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ATTRIB_NO_CACHE", raising=False)
    memo.forget()  # these tests are about what loading the rules reads and writes: load them for real
    return tmp_path / "attrib"


class _Planted:
    """Unpickling this would create the file `touched`."""

    touched = ""

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (Path(self.touched), "ran"))  # type: ignore[return-value]


def test_a_parsed_rule_file_comes_back_from_the_cache_with_its_positions(cache_home: Path) -> None:
    first = yamlio.read_yaml(GRAMMAR)
    files = list((cache_home / "yaml").glob("*.json"))
    assert len(files) == 1 and files[0].read_text(encoding="utf-8").startswith("{")
    again = yamlio.read_yaml(GRAMMAR)
    assert again == first
    assert again.value_at == first.value_at and again["sets"].key_at == first["sets"].key_at
    assert again["sets"]["aux"].item_at == first["sets"]["aux"].item_at


def test_a_planted_cache_file_runs_no_code(cache_home: Path, tmp_path: Path) -> None:
    yamlio.read_yaml(GRAMMAR)
    [entry] = (cache_home / "yaml").glob("*.json")
    touched = tmp_path / "touched"
    _Planted.touched = str(touched)
    entry.write_bytes(pickle.dumps(_Planted()))
    assert yamlio.read_yaml(GRAMMAR)["lexicon"] == "grammar"  # parsed again, from the file
    assert not touched.exists()
    load_rules(use_user_config=False)
    assert not touched.exists()


def test_an_entry_for_another_key_or_writable_by_others_is_not_read(cache_home: Path) -> None:
    cache.write("phrases", b"key", "value")
    assert cache.read("phrases", b"key") == "value"
    assert cache.read("phrases", b"other key") is None
    [entry] = (cache_home / "phrases").glob("*.json")
    entry.chmod(0o666)
    assert cache.read("phrases", b"key") is None
    entry.chmod(0o600)
    assert cache.read("phrases", b"key") == "value"


def test_the_folder_keeps_under_its_cap_dropping_the_oldest(cache_home: Path) -> None:
    for i in range(10):
        cache.write("phrases", f"key {i}".encode(), "x" * 1000)
    paths = sorted((cache_home / "phrases").glob("*.json"), key=lambda p: p.stat().st_mtime)
    for age, path in enumerate(paths):
        os.utime(path, (age, age))
    newest = paths[-1]
    cache.keep_under_cap(cache_home, cap=5000)
    left = list((cache_home / "phrases").glob("*.json"))
    assert 0 < len(left) <= 4 and newest in left
    assert sum(p.stat().st_size for p in left) <= 5000 * cache.CAP_TARGET


def test_cache_info_and_clear(cache_home: Path) -> None:
    load_rules(use_user_config=False)
    runner = CliRunner()
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0, info.output
    assert f"cache folder: {cache_home}" in info.output and "yaml:" in info.output
    files = sum(1 for p in cache_home.rglob("*") if p.is_file())
    assert f"{files} files" in info.output
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and f"removed {files} files" in cleared.output
    assert not any(p.is_file() for p in cache_home.rglob("*"))
    assert "0 files" in runner.invoke(app, ["cache", "info"]).output


def test_no_cache_when_switched_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTRIB_NO_CACHE", "1")
    yamlio.read_yaml(GRAMMAR)
    assert not cache_home.exists()


def _built_entry(cache_home: Path) -> Path:
    [entry] = (cache_home / "built").glob("*.bin")
    return entry


def test_a_built_rule_set_comes_back_from_the_cache_with_the_same_answers(
        cache_home: Path, reference_text: str) -> None:
    fresh = load_rules(use_user_config=False)
    assert _built_entry(cache_home).stat().st_size > 0
    memo.forget()
    again = load_rules(use_user_config=False)
    assert again is not fresh and [r.id for r in again.rules] == [r.id for r in fresh.rules]
    assert again.lexicons.sets == fresh.lexicons.sets and again.pack("en") is again
    assert attrib.analyze(reference_text, again) == attrib.analyze(reference_text, fresh)


@pytest.mark.parametrize("planted", ["other classes", "corrupt", "truncated"])
def test_a_planted_or_corrupt_built_entry_runs_no_code_and_is_built_again(
        cache_home: Path, tmp_path: Path, planted: str) -> None:
    expected = [r.id for r in load_rules(use_user_config=False).rules]
    entry = _built_entry(cache_home)
    head, _, body = entry.read_bytes().partition(b"\n")
    touched = tmp_path / "touched"
    _Planted.touched = str(touched)
    payload = {"other classes": pickle.dumps((_Planted(),) * len(built.PARTS)), "corrupt": b"\x80\x05garbage",
               "truncated": body[: len(body) // 2]}[planted]
    entry.write_bytes(head + b"\n" + payload)
    memo.forget()
    assert [r.id for r in load_rules(use_user_config=False).rules] == expected
    assert not touched.exists()
