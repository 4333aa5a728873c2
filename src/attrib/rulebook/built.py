"""Built rule sets kept on disk: a cold start unpickles one instead of reading and compiling every rule
file (~10 ms instead of ~90 ms).

An entry holds the parts of one language's RuleSet straight after it was built (rules with their parsed
patterns and keyword sets, lexicons), never a compiled regex. It is keyed by a fingerprint of every file
the build reads (rulebook.memo: path, mtime, ctime, size, device and inode of each rule file), of the
code that builds it (the rulebook modules' own stat) and of the Python version, so an edited rule file,
an upgraded attrib or another Python never reads an old entry; layers changed too recently to be
trusted are not stored. Only plain data comes back: the unpickler builds the rulebook's own classes and
Python's containers, nothing else, so a planted file runs no code; an unreadable, foreign or corrupt
entry is ignored (the rules are built from their files) and never an error.
"""

from __future__ import annotations

import functools
import io
import pickle
import sys
from pathlib import Path
from typing import Any

from attrib.rulebook import cache
from attrib.rulebook.memo import Fingerprint

KIND = "built"
#: the classes an entry may hold (module, name); pickle's own opcodes make lists, dicts, sets and tuples
_ALLOWED = frozenset({
    ("attrib.rulebook.rule", "Rule"), ("attrib.rulebook.rule", "Origin"), ("attrib.rulebook.rule", "Example"),
    ("attrib.rulebook.pattern", "Node"), ("attrib.rulebook.compiler", "Vocabulary"),
    ("attrib.rulebook.lexicon", "Lexicons"), ("attrib.rulebook.lexicon", "OutletIndex"),
    ("attrib.rulebook.lexicon", "Outlet"), ("attrib.rulebook.lexicon", "SplitConfig"),
})
#: the RuleSet fields an entry holds, in order
PARTS = ("rules", "lexicons", "all_rules", "files", "lexicon_origins", "replaced")
_CODE = Path(__file__).resolve().parent


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not rule-set data")
        return super().find_class(module, name)


@functools.cache
def _code_stamp() -> tuple[Any, ...]:
    """What the build's code is: the rulebook modules (and the model they read) as they are on disk.
    Taken once per process: the code a process runs is the code it imported."""
    files = [*sorted(_CODE.glob("*.py")), _CODE.parent / "model.py"]
    stats = [(f.name, f.stat()) for f in files]
    return (sys.version, cache.CACHE_VERSION, *((name, info.st_mtime_ns, info.st_size) for name, info in stats))


def key(language: str, layers: Fingerprint | None) -> bytes | None:
    """The entry's key for a language of layers with this fingerprint; None when they cannot be trusted
    (unsettled, unknown)."""
    if layers is None or not cache.caching():
        return None
    try:
        return repr((language, _code_stamp(), layers)).encode("utf-8", "surrogatepass")
    except OSError:
        return None


def read(entry_key: bytes) -> dict[str, Any] | None:
    """The RuleSet parts stored under the key, or None (absent, foreign, corrupt)."""
    data = cache.read_bytes(KIND, entry_key)
    if data is None:
        return None
    try:
        parts = _PlainUnpickler(io.BytesIO(data)).load()
    except Exception:  # a corrupt or planted entry only costs the build
        return None
    if not isinstance(parts, tuple) or len(parts) != len(PARTS):
        return None
    return dict(zip(PARTS, parts, strict=True))


def write(entry_key: bytes, parts: tuple[Any, ...]) -> None:
    """Store a freshly built RuleSet's parts (PARTS order); a failure only costs the next start's speed."""
    try:
        data = pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # pragma: no cover - the parts are plain data
        return
    cache.write_bytes(KIND, entry_key, data)
