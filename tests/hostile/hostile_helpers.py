"""Run the CLI in-process and read its exit code and streams (shared by the hostile-input tests)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from attrib.cli import app


@dataclass
class Result:
    code: int
    out: str
    err: str

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines()]


def attrib(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def one_line_error(result: Result, *fragments: str) -> None:
    """Exit 2, nothing on stdout, and one line on stderr holding every fragment (no traceback)."""
    assert result.code == 2, result
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("attrib: error: "), result.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
