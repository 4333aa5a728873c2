"""Rule sets loaded once per process: a second load of the same layers, their files unchanged, is the
first one's result (every command run in one process loaded the rules again, ~0.1 s each).

A load is remembered under its (layer, path) list together with a fingerprint of everything those
layers hold: every folder and YAML file under each (language packs included), each file's path,
st_mtime_ns, st_ctime_ns, st_size, st_dev and st_ino. An edited, added or removed file changes the fingerprint,
so it is never served stale. A file changed within SETTLED_NS of the load could be changed again
within the same timestamp tick, unseen: such a load is not remembered. Memory only, never on disk.
Nothing changes a loaded RuleSet afterwards (rules and lexicons are read-only; a rule's compiled
regex and kind are filled on first use, the same for every caller), so callers may share it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

Layers = tuple[tuple[str, Path], ...]
#: one entry per folder ((path,)) and YAML file ((path, mtime, ctime, size, device, inode)) of the layers
Fingerprint = tuple[tuple[Any, ...], ...]
Loaded = TypeVar("Loaded")

#: a file changed this recently (ns) may change again unseen within its timestamp's granularity
SETTLED_NS = 2_000_000_000
#: the most layer lists remembered at once (each holds whole rule sets); the oldest goes first
MAX_REMEMBERED = 4
_YAML = (".yaml", ".yml")

_remembered: dict[Layers, tuple[Fingerprint, object]] = {}


def _stat_entry(path: str) -> tuple[Any, ...]:
    info = os.stat(path)
    return (path, info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_dev, info.st_ino)


def _scan(root: str, out: list[tuple[Any, ...]], seen: set[tuple[int, int]]) -> None:
    """Every folder and YAML file under `root`, in name order, following links (each folder once)."""
    info = os.stat(root)
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    with os.scandir(root) as entries:
        found = sorted(entries, key=lambda entry: entry.name)
    for entry in found:
        if entry.is_dir():
            out.append((entry.path,))
            _scan(entry.path, out, seen)
        elif entry.name.endswith(_YAML) and entry.is_file():
            out.append(_stat_entry(entry.path))


def fingerprint(layers: Layers) -> Fingerprint | None:
    """What the layers hold, file by file; None when it cannot be trusted to show the next change (a
    file changed within SETTLED_NS, or a folder that cannot be read)."""
    out: list[tuple[Any, ...]] = []
    try:
        for name, path in layers:
            out.append((name, str(path)))
            if path.is_dir():
                _scan(str(path), out, set())
            else:
                out.append(_stat_entry(str(path)))
    except OSError:
        return None
    settled = time.time_ns() - SETTLED_NS
    if any(len(entry) > 2 and max(entry[1], entry[2]) > settled for entry in out):
        return None
    return tuple(out)


def remembered(layers: Layers, load: Callable[[], Loaded], found: Fingerprint | None) -> Loaded:
    """`load()`'s result for these layers: the one kept from an earlier call while their files are
    unchanged, else a new one (kept when the files have settled). `found`: their fingerprint, as the
    caller just took it (`fingerprint`; None: not to be trusted, so nothing is kept or served)."""
    kept = _remembered.get(layers)
    if found is not None and kept is not None and kept[0] == found:
        return cast(Loaded, kept[1])  # stored by this function, from the same `load`
    value = load()
    _remembered.pop(layers, None)
    if found is not None:
        while len(_remembered) >= MAX_REMEMBERED:
            del _remembered[next(iter(_remembered))]
        _remembered[layers] = (found, value)
    return value


def forget() -> None:
    """Drop every remembered load (tests of what a load reads or writes)."""
    _remembered.clear()
