"""attrib's cache folder: what is slow to build and the same on every run (parsed rule files, the regex
text of the big phrase sets), as JSON in the user's cache directory (platformdirs).

JSON holds data, never code: a file planted in the folder can at most hand back a wrong value for its
key (so do built rule sets, pickled, which rulebook.built reads back with an unpickler that builds only
the rulebook's own classes), and a file is read only when the user owns it and nobody else may write
it. Each entry is named by a hash of attrib's cache version and its key (a rule file's bytes, a phrase
set), and the key's full hash is stored inside it too. The folder is capped in size: after a write that takes it over
MAX_CACHE_BYTES, the oldest files go. A failure here only costs speed. ATTRIB_NO_CACHE turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from attrib.record import Record

#: changes whenever what is stored changes shape, so an older entry is never read as a newer one
CACHE_VERSION = "attrib-cache-3"
#: the folder's size cap; after a write over it the oldest files are removed down to CAP_TARGET of it
MAX_CACHE_BYTES = 50_000_000
CAP_TARGET = 0.8
#: a cache file larger than this is not read (the largest entry, the parsed outlets list, is ~3 MB)
MAX_ENTRY_BYTES = 20_000_000
_SUFFIX = ".json"
_BINARY = ".bin"


def cache_dir() -> Path:
    """The user's cache folder for attrib (XDG_CACHE_HOME/attrib on Linux)."""
    import platformdirs  # only when the cache is used: most of a cold start reads nothing else of it

    return Path(platformdirs.user_cache_dir("attrib", appauthor=False))


def caching() -> bool:
    return os.environ.get("ATTRIB_NO_CACHE") is None


def _entry(kind: str, key: bytes, suffix: str = _SUFFIX) -> tuple[Path, str]:
    digest = hashlib.sha256(CACHE_VERSION.encode() + b"\0" + kind.encode() + b"\0" + key).hexdigest()
    return cache_dir() / kind / f"{digest[:32]}{suffix}", digest


def _trusted(path: Path) -> bool:
    """The file is the user's own, a regular file that only the user may write, and not huge."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
        return False
    if sys.platform != "win32" and (info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
        return False
    return True


def read(kind: str, key: bytes, object_hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """The value stored for `key` in the `kind` folder, or None (`object_hook` as json.load's)."""
    if not caching():
        return None
    with contextlib.suppress(Exception):
        path, digest = _entry(kind, key)
        if not _trusted(path):
            return None
        with path.open(encoding="utf-8") as handle:
            stored = json.load(handle, object_hook=object_hook)
        if isinstance(stored, dict) and stored.get("key") == digest:
            return stored.get("value")
    return None


def read_bytes(kind: str, key: bytes) -> bytes | None:
    """The bytes stored for `key` in the `kind` folder (by write_bytes), or None."""
    if not caching():
        return None
    with contextlib.suppress(Exception):
        path, digest = _entry(kind, key, _BINARY)
        if not _trusted(path):
            return None
        stored = path.read_bytes()
        head, _, body = stored.partition(b"\n")
        if head == digest.encode():
            return body
    return None


def write(kind: str, key: bytes, value: Any) -> None:
    """Store a JSON-able value for `key`; then keep the folder under its cap."""
    def dump(handle: IO[bytes], digest: str) -> None:
        handle.write(json.dumps({"key": digest, "value": value}, ensure_ascii=False,
                                separators=(",", ":")).encode("utf-8"))

    _write(kind, key, _SUFFIX, dump)


def write_bytes(kind: str, key: bytes, data: bytes) -> None:
    """Store bytes for `key` (after a line holding the key's hash); then keep the folder under its cap."""
    def dump(handle: IO[bytes], digest: str) -> None:
        handle.write(digest.encode() + b"\n")
        handle.write(data)

    _write(kind, key, _BINARY, dump)


def _write(kind: str, key: bytes, suffix: str, dump: Callable[[IO[bytes], str], None]) -> None:
    if not caching():
        return
    with contextlib.suppress(Exception):
        path, digest = _entry(kind, key, suffix)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # created 0600
        with os.fdopen(fd, "wb") as handle:
            dump(handle, digest)
        os.replace(tmp, path)
        keep_under_cap(path.parent.parent)


class CacheInfo(Record):
    """What the cache folder holds (`attrib cache info`)."""

    __slots__ = ("by_kind", "files", "path", "size")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files = 0
        self.size = 0  # bytes
        self.by_kind: dict[str, tuple[int, int]] = {}  # folder -> (files, bytes)


def _files(root: Path) -> list[tuple[Path, os.stat_result]]:
    found = []
    for path in root.rglob("*") if root.is_dir() else ():
        with contextlib.suppress(OSError):
            info = path.lstat()
            if stat.S_ISREG(info.st_mode):
                found.append((path, info))
    return found


def info(root: Path | None = None) -> CacheInfo:
    """What the cache folder holds: files and bytes, in all and per kind."""
    root = root or cache_dir()
    out = CacheInfo(root)
    for path, entry in _files(root):
        kind = path.relative_to(root).parts[0] if len(path.relative_to(root).parts) > 1 else "."
        files, size = out.by_kind.get(kind, (0, 0))
        out.by_kind[kind] = (files + 1, size + entry.st_size)
        out.files += 1
        out.size += entry.st_size
    return out


def clear(root: Path | None = None) -> CacheInfo:
    """Remove every file of the cache folder (and its empty folders); return what was removed."""
    root = root or cache_dir()
    removed = info(root)
    for path, _ in _files(root):
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)) \
            if root.is_dir() else ():
        with contextlib.suppress(OSError):
            folder.rmdir()
    return removed


def keep_under_cap(root: Path, cap: int = MAX_CACHE_BYTES) -> None:
    """Remove the oldest files until the folder holds at most CAP_TARGET of `cap`, once it is over it."""
    files = _files(root)
    total = sum(entry.st_size for _, entry in files)
    if total <= cap:
        return
    for path, entry in sorted(files, key=lambda item: item[1].st_mtime):
        if total <= cap * CAP_TARGET:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            total -= entry.st_size
