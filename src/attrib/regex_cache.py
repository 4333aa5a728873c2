"""Compile the rules' regexes once per rule-file content, not once per process.

Most of a cold start was spent in Python's regex parser on the large cue alternations. The compiled
program (the `code` that `re` hands to `_sre.compile`) is stored in a cache file keyed by the Python
version and the pattern text, and rebuilt on any mismatch; a failure here only costs speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython internals; without them everything still works, only slower
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_VERSION = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-1"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "attrib"


def _program(pattern: str) -> tuple[Any, ...]:
    parsed = _parser.parse(pattern, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


class RegexCache:
    """A dict of compiled programs loaded from, and saved to, one file per set of patterns."""

    def __init__(self, key_material: str, enabled: bool = True) -> None:
        digest = hashlib.sha256((_VERSION + key_material).encode()).hexdigest()[:24]
        self.path = cache_dir() / f"rules-{digest}.pickle"
        self.enabled = enabled and _sre is not None and os.environ.get("ATTRIB_NO_CACHE") is None
        self.programs: dict[str, tuple[Any, ...]] = {}
        self.dirty = False
        if self.enabled:
            with contextlib.suppress(Exception):
                with self.path.open("rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, dict):
                    self.programs = loaded

    def compile(self, pattern: str) -> re.Pattern[str]:
        if not self.enabled:
            return re.compile(pattern)
        program = self.programs.get(pattern)
        if program is None:
            try:
                program = _program(pattern)
            except Exception:
                return re.compile(pattern)
            self.programs[pattern] = program
            self.dirty = True
        flags, code, groups, groupindex, indexgroup = program
        try:
            return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]
        except Exception:
            return re.compile(pattern)

    def save(self) -> None:
        if not (self.enabled and self.dirty):
            return
        with contextlib.suppress(Exception):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(self.programs, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
