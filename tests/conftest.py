"""Shared fixtures: the shipped rules (loaded once) and paths to the project's and the shared data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import attrib

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"

#: ATTRIB_HYPOTHESIS=thorough: every property test tries its full number of generated cases
THOROUGH = os.environ.get("ATTRIB_HYPOTHESIS", "fast") == "thorough"


def budget(thorough: int) -> int:
    """How many generated cases a property test tries: all of them when thorough, 1/100 by default (the
    default run is the quick check of every commit; ATTRIB_HYPOTHESIS=thorough is the search)."""
    return thorough if THOROUGH else max(40, thorough // 100)


# hypothesis profiles for tests that set no budget of their own
settings.register_profile("fast", max_examples=50, deadline=None)
settings.register_profile("thorough", max_examples=1_000, deadline=None)
settings.load_profile("thorough" if THOROUGH else "fast")


@pytest.fixture(scope="session")
def rules() -> attrib.RuleSet:
    return attrib.load_rules(use_user_config=False)


@pytest.fixture(scope="session")
def reference_text() -> str:
    return (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_gold() -> dict:
    return json.loads((ROOT / "tests" / "data" / "army-chiefs-call.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def table_run() -> subprocess.CompletedProcess[str]:
    """`attrib run` on the reference article in a subprocess, as a user runs it first: one run, read by the
    smoke test (the --errors default parses) and the table's tests (what it shows, in a real pipe)."""
    return subprocess.run([sys.executable, "-m", "attrib", "run", str(SAMPLES / "army-chiefs-call.txt")],
                          capture_output=True, text=True, timeout=60, check=False)


def shared_file(name: str) -> Path:
    """A file of ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED / "data" / name
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data folder sits beside the project in CI)")
    return path


@pytest.fixture()
def no_user_rules(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own rule layers must not change what the tests see."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("ATTRIB_RULES", raising=False)
