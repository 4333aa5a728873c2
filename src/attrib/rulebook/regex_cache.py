"""Compile the rules' regexes once per pattern text, not once per process; keep parsed rule files.

Most of a cold start was spent in Python's regex parser on the large cue alternations. The compiled
program (the `code` that `re` hands to `_sre.compile`) is stored in one small cache file per pattern,
named by a hash of the Python version and the pattern text, and read only when that rule is first
used; a failure here only costs speed. Parsed YAML files are kept the same way, keyed by their bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

try:  # CPython internals; without them everything still works, only slower
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_VERSION = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-5"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "attrib"


def caching() -> bool:
    return os.environ.get("ATTRIB_NO_CACHE") is None


def cache_path(kind: str, key: bytes) -> Path:
    """The cache file for `key` (pattern text, file bytes) in the `kind` folder."""
    return cache_dir() / kind / f"{hashlib.sha256(_VERSION.encode() + key).hexdigest()[:32]}.pickle"


def read_cached(path: Path) -> Any:
    """What write_cached stored at path, or None."""
    with contextlib.suppress(Exception), path.open("rb") as handle:
        return pickle.load(handle)
    return None


def write_cached(path: Path, value: Any) -> None:
    with contextlib.suppress(Exception):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


def _program(pattern: str) -> tuple[Any, ...]:
    parsed = _parser.parse(pattern, 0)
    code = array("I", [int(op) for op in _compiler._code(parsed, 0)])
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


class RegexCache:
    """Compiled programs by pattern text: in memory, then one cache file per pattern, then `re`."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and _sre is not None
        self.compiled: dict[str, re.Pattern[str]] = {}

    def compile(self, pattern: str) -> re.Pattern[str]:
        found = self.compiled.get(pattern)
        if found is None:
            found = self.compiled[pattern] = self._compile(pattern)
        return found

    def _compile(self, pattern: str) -> re.Pattern[str]:
        if not self.enabled or not caching():
            return re.compile(pattern)
        path = cache_path("regex", pattern.encode())
        stored = read_cached(path)
        # the pattern is stored too: a hash collision must never hand back the wrong program
        program = stored[1] if isinstance(stored, tuple) and stored[0] == pattern else None
        if program is None:
            try:
                program = _program(pattern)
            except Exception:
                return re.compile(pattern)
            write_cached(path, (pattern, program))
        flags, code, groups, groupindex, indexgroup = program
        try:
            return _sre.compile(pattern, flags, code.tolist(), groups, groupindex,  # type: ignore[no-any-return]
                                indexgroup)
        except Exception:
            return re.compile(pattern)


#: one cache per process: rule sets loaded again (tests, a library user) share compiled regexes
shared_cache = RegexCache()
