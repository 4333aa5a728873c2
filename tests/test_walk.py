"""Folders are walked like ripgrep: hidden entries skipped, .gitignore honoured; --hidden, --no-ignore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app

pytestmark = pytest.mark.usefixtures("no_user_rules")


def docs(*args: str | Path) -> list[str]:
    result = CliRunner().invoke(app, ["run", *map(str, args), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return sorted({Path(json.loads(line)["doc"]).as_posix().split("checkout/", 1)[1]
                   for line in result.stdout.splitlines()})


@pytest.fixture()
def checkout(tmp_path: Path) -> Path:
    """A project checkout: articles, a virtual environment, git's folder and ignored output."""
    root = tmp_path / "checkout"
    for name in ["articles/a.txt", "articles/drafts/b.txt", "articles/drafts/keep.txt", "notes.txt",
                 ".venv/lib/site-packages/LICENSE.txt", ".git/description.txt", ".hidden.txt",
                 "build/out.txt", "sub/.ignore-me/c.txt"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"The talks failed in {path.stem}, officials said.", encoding="utf-8")
    (root / ".gitignore").write_text("build/\nnotes.txt\n", encoding="utf-8")
    (root / "articles" / "drafts" / ".gitignore").write_text("*.txt\n!keep.txt\n", encoding="utf-8")
    return root


def test_hidden_and_ignored_files_are_not_read(checkout):
    assert docs(checkout) == ["articles/a.txt", "articles/drafts/keep.txt"]


def test_a_gitignore_above_the_folder_counts_up_to_the_repository_root(checkout):
    (checkout / "articles" / ".gitignore").write_text("a.txt\n", encoding="utf-8")
    assert docs(checkout / "articles") == ["articles/drafts/keep.txt"]
    assert docs(checkout / "articles" / "drafts") == ["articles/drafts/keep.txt"]


def test_hidden_and_no_ignore_opt_out(checkout):
    assert docs(checkout, "--no-ignore") == ["articles/a.txt", "articles/drafts/b.txt",
                                             "articles/drafts/keep.txt", "build/out.txt", "notes.txt"]
    assert docs(checkout, "--hidden") == [".hidden.txt", ".venv/lib/site-packages/LICENSE.txt",
                                          "articles/a.txt", "articles/drafts/keep.txt", "sub/.ignore-me/c.txt"]
    assert len(docs(checkout, "--hidden", "--no-ignore")) == 8  # all but .git's, which is never read


def test_a_file_or_folder_named_is_read_even_when_hidden_or_ignored(checkout):
    assert docs(checkout / "notes.txt", checkout / ".hidden.txt") == [".hidden.txt", "notes.txt"]
    assert docs(checkout / "build") == ["build/out.txt"]


def test_a_folder_with_only_ignored_files_says_how_to_read_them(checkout):
    (checkout / "articles" / "drafts" / "keep.txt").unlink()
    result = CliRunner().invoke(app, ["run", str(checkout / "articles" / "drafts")], catch_exceptions=False)
    assert result.exit_code == 2
    assert "folder has no .txt files (nor .html pages) outside hidden and ignored ones (see --hidden, " \
           "--no-ignore)" in result.stderr
