"""Every rule in rules/ runs its own examples: each bad one fires that rule, each good one fires nothing."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.rulebook import default_rules
from factcheck.rulebook.registry import get_kind, kind_names

RULES = default_rules()
CASES = [(rule, "bad", i, ex) for rule in RULES for i, ex in enumerate(rule.examples.bad)] + \
        [(rule, "good", i, ex) for rule in RULES for i, ex in enumerate(rule.examples.good)]


@pytest.mark.parametrize("rule,which,index,example", CASES,
                         ids=[f"{r.id}-{w}{i}" for r, w, i, _ in CASES])
def test_rule_example(rule, which, index, example):
    findings = factcheck.check(example.text, date=example.date, dateline=example.dateline, rules=RULES)
    fired = sorted({f.rule for f in findings})
    if which == "bad":
        assert rule.id in fired, f"{rule.id} did not fire on its bad example: {example.text!r}"
    else:
        assert fired == [], f"false alarm for {fired} on {rule.id}'s good example: {example.text!r}"


def test_every_kind_has_a_rule_with_examples():
    covered = {r.kind for r in RULES}
    assert covered == set(kind_names()), f"kinds without a rule in rules/: {set(kind_names()) - covered}"


@pytest.mark.parametrize("kind", kind_names())
def test_every_kind_documents_itself(kind):
    doc = get_kind(kind).__doc__ or ""
    for heading in ("What it flags", "Why it matters", "Example", "Parameters"):
        assert heading in doc, f"{kind}'s docstring lacks '{heading}'"
