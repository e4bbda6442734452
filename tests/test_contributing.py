"""CONTRIBUTING.md's promise, kept: a new check kind is its module, one registry line, its rule YAML
and its tests. Here a kind written from scratch in a temporary folder is registered with one entry,
given one rule file, and then loads, runs, documents itself and lists itself, with no other file
of the package touched."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app
from factcheck.rulebook import load_rules, registry

MODULE = '''
"""round_thousand: a count written as a round thousand, as some style books ask to spell out.

What it flags
    A count of exactly 1,000, 2,000 ... 9,000 written in digits.

Why it matters
    It shows how little a new check kind needs; no newsroom asked for this one.

Example
    Bad:  "Some 3,000 people came."
    Good: "Some three thousand people came."

Parameters
    none.

Limits
    Counts only.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.checks import CheckContext, Hit
from factcheck.records import Kind

FIELDS = {"text"}
REQUIRES = frozenset({Kind.COUNT})


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for q in context.quantities:
        if q.kind is Kind.COUNT and q.value in {n * 1000.0 for n in range(1, 10)} and q.text[:1].isdigit():
            yield Hit(primary=q, related=[], arithmetic=f"{q.text} is a round thousand")
'''

RULE = """\
kind: round_thousand
severity: info
description: A round thousand written in digits.
message: "{text}: a round thousand in digits"
params: {}
examples:
  bad:
    - text: "Some 3,000 people came to the rally."
  good:
    - text: "Some 3,150 people came to the rally."
"""


@pytest.fixture
def new_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fc_round_thousand.py").write_text(textwrap.dedent(MODULE), encoding="utf-8")  # 1. its module
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(registry.KINDS, "round_thousand", "fc_round_thousand")  # 2. one registry line
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "round-thousand.yml").write_text(RULE, encoding="utf-8")  # 3. its rule
    yield rules
    sys.modules.pop("fc_round_thousand", None)


def test_contributing_a_new_kind_loads_runs_and_documents_itself(new_kind: Path) -> None:
    [rule] = load_rules(new_kind)
    assert (rule.id, rule.kind) == ("round-thousand", "round_thousand")
    for example in rule.examples.bad:
        assert [f.rule for f in factcheck.check(example.text, rules=[rule])] == ["round-thousand"]
    for example in rule.examples.good:
        assert factcheck.check(example.text, rules=[rule]) == []
    kinds = CliRunner().invoke(app, ["rules", "kinds"]).output
    assert "round_thousand       a count written as a round thousand" in kinds and "[requires: count]" in kinds
    shown = CliRunner().invoke(app, ["rules", "show", "round-thousand", "--rules", str(new_kind)]).output
    assert "What it flags" in shown and "requires: count" in shown and "fires on: Some 3,000 people" in shown
