"""The developer's own rule layers must not change what the hostile-input tests see."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_user_rules(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("ATTRIB_RULES", raising=False)
