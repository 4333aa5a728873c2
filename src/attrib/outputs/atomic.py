"""Write a file so that readers see either the old file or the complete new one, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from attrib.errors import AttribError


@contextlib.contextmanager
def atomic_text_file(path: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a handle on a temporary file beside `path`; rename it over `path` only on success."""
    if path.exists() and not path.is_file():
        # a device or pipe (-o /dev/null, a FIFO): nothing to replace, and renaming over it would be wrong
        try:
            with path.open("w", encoding=encoding, newline="") as handle:
                yield handle
        except OSError as exc:
            raise AttribError(f"{path}: cannot write ({exc.strerror})") from None
        return
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise AttribError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
