"""Text meant for a terminal: control characters made visible, and styling only where it is wanted.

An article or a file name can hold escape sequences (clear the screen, set the window title) or a
newline that would forge a line of its own in a log; everything attrib prints to a terminal from its
input goes through `printable`. `NO_COLOR` (https://no-color.org) turns off every style, bold too.
"""

from __future__ import annotations

import os
import re
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported only when a table is printed
    from rich.console import Console

#: C0 controls, DEL and C1 controls (ESC, CSI, OSC ...), and the Unicode line and paragraph separators
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` on one line, every control character written as an escape (`\\x1b`, `\\n`...)."""
    return _CONTROL.sub(_escaped, text)


def one_line(text: str) -> str:
    """Whitespace runs squashed to one space, then the remaining control characters escaped."""
    return printable(" ".join(text.split()))


def plain_wanted() -> bool:
    """NO_COLOR set to anything but the empty string: no colour and no other style either."""
    return bool(os.environ.get("NO_COLOR"))


def console(file: IO[str] | None = None, width: int | None = None, soft_wrap: bool = False) -> Console:
    """A rich Console for attrib's tables: no highlighting of numbers or URLs, NO_COLOR honoured."""
    from rich.console import Console

    if plain_wanted():
        return Console(file=file, width=width, highlight=False, soft_wrap=soft_wrap, color_system=None,
                       no_color=True)
    return Console(file=file, width=width, highlight=False, soft_wrap=soft_wrap)
