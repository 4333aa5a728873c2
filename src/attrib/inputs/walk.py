"""Folders walked like ripgrep: hidden files and folders skipped, `.gitignore` (and `.ignore`) honoured,
`.git` never read.

`attrib run .` in a checkout reads the articles, not `.venv/`, `.git/` or what the project ignores.
Ignore files are read in the folder walked, in every folder below it, and in the folders above it up
to the repository's root (the folder holding `.git`); a deeper file's pattern (a `!negation` too)
wins over a shallower one, as in git. `hidden=True` walks hidden entries, `no_ignore=True` reads no
ignore file. A file named on the command line is always read: these rules are for walking only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from attrib.record import FrozenRecord

if TYPE_CHECKING:
    import pathspec

IGNORE_FILES = (".gitignore", ".ignore")


class WalkOptions(FrozenRecord):
    __slots__ = ("hidden", "no_ignore")

    def __init__(self, hidden: bool = False, no_ignore: bool = False) -> None:
        self.hidden = hidden  # walk hidden files and folders (names starting with a dot) too
        self.no_ignore = no_ignore  # read no .gitignore / .ignore


class _Rules(FrozenRecord):
    __slots__ = ("base", "spec")

    def __init__(self, base: Path, spec: pathspec.GitIgnoreSpec) -> None:
        self.base = base
        self.spec = spec


def _rules_in(directory: Path) -> list[_Rules]:
    found = []
    for name in IGNORE_FILES:
        try:
            lines = (directory / name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        import pathspec  # only when a folder is walked: reading one file needs none of it

        found.append(_Rules(directory, pathspec.GitIgnoreSpec.from_lines(lines)))
    return found


def _rules_above(folder: Path) -> list[_Rules]:
    """Ignore rules of the folders above `folder`, up to the repository root (none outside a repository)."""
    chain: list[Path] = []
    for parent in folder.resolve().parents:
        chain.append(parent)
        if (parent / ".git").exists():
            return [rules for directory in reversed(chain) for rules in _rules_in(directory)]
    return []


def _ignored(path: Path, is_dir: bool, rules: list[_Rules]) -> bool:
    """The deepest rule matching `path` decides (include: ignored; negation: kept)."""
    for rule in reversed(rules):
        try:
            relative = path.resolve().relative_to(rule.base.resolve()).as_posix()
        except ValueError:
            continue
        verdict = rule.spec.check_file(relative + "/" if is_dir else relative).include
        if verdict is not None:
            return verdict
    return False


def walk_files(folder: Path, wanted: Callable[[Path], bool], options: WalkOptions | None = None) -> list[Path]:
    """The files under `folder` that `wanted` accepts, sorted, each folder once (no symlink loop)."""
    options = options or WalkOptions()
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []

    def walk(directory: Path, rules: list[_Rules]) -> None:
        try:
            info = directory.stat()
            entries = sorted(directory.iterdir())
        except OSError:
            return
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        if not options.no_ignore:
            rules = rules + _rules_in(directory)
        for entry in entries:
            if entry.name == ".git" or (not options.hidden and entry.name.startswith(".")):
                continue
            is_dir = entry.is_dir()
            if rules and _ignored(entry, is_dir, rules):
                continue
            if is_dir:
                walk(entry, rules)
            elif wanted(entry):
                found.append(entry)

    above = [] if options.no_ignore else _rules_above(folder)
    if above and _ignored(folder, True, above):
        above = []  # a folder named on the command line is read, though the rules above exclude it
    walk(folder, above)
    return found
