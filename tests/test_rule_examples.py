"""Every shipped rule's examples are tests, in every language pack: one pytest case per rule, failures
say expected vs got."""

from __future__ import annotations

import pytest

import attrib
from attrib.authoring.examples import check_rule

SHIPPED = attrib.load_rules(use_user_config=False)
PACKS = [SHIPPED.pack(code) for code in sorted(SHIPPED.packs.profiles())]
CASES = [(pack, rule) for pack in PACKS for rule in pack.rules]


@pytest.mark.parametrize(("pack", "rule"), CASES, ids=[f"{p.language}:{r.id}" for p, r in CASES])
def test_rule_examples(pack, rule):
    assert rule.examples, f"rule {rule.id} ships without examples"
    failures = [f"{r.path}:{r.line}: {r.text!r}: {r.problem}" for r in check_rule(rule, pack) if not r.passed]
    assert not failures, "\n".join(failures)


def test_every_pack_has_rules_of_its_own():
    assert {pack.language for pack in PACKS} >= {"en", "de", "es", "fr"}
    assert all(len(pack.rules) >= 10 for pack in PACKS)
