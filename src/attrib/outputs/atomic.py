"""Write a file so that readers see either the old file or the complete new one, never half of it.

The new file gets the permissions a plain `open()` would give it (the user's umask), or those of the
file it replaces; `-o link` writes through the symlink to the file it points at. A write that fails
(disk full, `ulimit -f`) leaves the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from attrib.errors import AttribError

#: errors that mean "this output cannot be written", wherever in the run they surface
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EACCES,
                          errno.EPERM})


def cannot_write(path: Path | str, exc: OSError) -> AttribError:
    return AttribError(f"{path}: cannot write ({exc.strerror or exc})")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(target: Path) -> int:
    """The permission bits for `target`: those of the file it replaces, else 0666 less the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def _in_place(path: Path, encoding: str) -> Iterator[IO[str]]:
    # a device or pipe (-o /dev/null, a FIFO): nothing to replace, and renaming over it would be wrong
    try:
        with path.open("w", encoding=encoding, newline="") as handle:
            yield handle
    except OSError as exc:
        if exc.errno in WRITE_ERRNOS:
            raise cannot_write(path, exc) from None
        raise


@contextlib.contextmanager
def atomic_text_file(path: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a handle on a temporary file beside `path`; rename it over `path` only on success."""
    target = Path(os.path.realpath(path))  # through symlinks: the link stays, its target is replaced
    if target.exists() and not target.is_file():
        with _in_place(target, encoding) as handle:
            yield handle
        return
    mode = new_file_mode(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.errno in WRITE_ERRNOS:
            raise cannot_write(path, exc) from None
        raise
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class _WholeWrites(io.RawIOBase):
    """File descriptor writes that write everything or raise: past `ulimit -f`, a write is first cut
    short and only the next one fails, and Python's buffered writer lets the short write pass silently."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            done += os.write(self.fd, view[done:])
        return done


@contextlib.contextmanager
def standard_output() -> Iterator[IO[str]]:
    """sys.stdout, or, when it is redirected to a regular file, a stream on the same descriptor whose
    every byte is written or an OSError raised (disk full, `ulimit -f`)."""
    try:
        regular = stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        regular = False
    if not regular:
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(io.BufferedWriter(_WholeWrites(sys.stdout.fileno())),
                              encoding=sys.stdout.encoding, errors=sys.stdout.errors, newline="")
    try:
        yield stream
        stream.flush()
    finally:
        with contextlib.suppress(OSError, ValueError):
            stream.detach()
