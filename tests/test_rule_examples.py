"""Every shipped rule's examples are tests: one pytest case per rule, failures say expected vs got."""

from __future__ import annotations

import pytest

import attrib
from attrib.authoring.examples import check_rule

SHIPPED = attrib.load_rules(use_user_config=False)


@pytest.mark.parametrize("rule", SHIPPED.rules, ids=[r.id for r in SHIPPED.rules])
def test_rule_examples(rule):
    assert rule.examples, f"rule {rule.id} ships without examples"
    failures = [f"{r.path}:{r.line}: {r.text!r}: {r.problem}" for r in check_rule(rule, SHIPPED) if not r.passed]
    assert not failures, "\n".join(failures)
