"""CI's second job installs .ci/floors.txt: it must name exactly the floors pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT


def test_floors_file_pins_every_declared_floor():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    floors = {}
    for requirement in declared:
        name, floor = re.fullmatch(r"([\w-]+)>=([\w.]+)(?:,<[\w.]+)?", requirement).groups()
        floors[name.lower()] = floor
    pinned = dict(line.split("==") for line in (ROOT / ".ci" / "floors.txt").read_text(encoding="utf-8")
                  .splitlines() if line and not line.startswith("#"))
    def padded(version: str) -> tuple[int, ...]:
        parts = tuple(int(part) for part in version.split("."))
        return parts + (0,) * (3 - len(parts))

    assert {name: padded(pinned[name]) for name in floors} == {name: padded(v) for name, v in floors.items()}
    # typer below 0.26 brings click; its floor is pinned too, and the CI job runs the CLI on it
    assert pinned["click"] == "8.0.0"
    assert "floors" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
