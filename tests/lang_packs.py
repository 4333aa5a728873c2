"""The splitter configuration of a language pack, built from rules/lang/<code>/lexicons/*.yaml alone
(as the pack loader will build it), for the tests of the splitter and the quote marking."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from attrib.rulebook.lexicon import SplitConfig, build_lexicons, merge

LANG = Path(__file__).resolve().parents[1] / "rules" / "lang"
CODES = ("de", "fr", "es")


@cache
def pack_config(code: str) -> SplitConfig:
    data: dict[str, Any] = {}
    for path in sorted((LANG / code / "lexicons").glob("*.yaml")):
        body = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = body.pop("lexicon")
        data[name] = merge(data.get(name, {}), body)
    return build_lexicons(data).split
