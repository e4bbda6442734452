"""The rule envelope: what a YAML file in ``rules/`` may say."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from factcheck.findings import Severity


try:  # the parser behind re: the same reading of a pattern as the checks that compile it
    from re import _parser as _sre_parse
    from re._constants import MAXREPEAT as _MAXREPEAT
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse
    from sre_constants import MAXREPEAT as _MAXREPEAT

# An outer repeat bounded by at most this many rounds may hold inner repeats: "(?:\\w+\\s+){0,3}".
_MAX_NESTED_ROUNDS = 10


def check_backtracking(pattern: str) -> str:
    """Refuse a regex whose quantifiers nest ("(a+)+", "(\\w*\\s?)*$"): Python's re can take
    exponential time on such a pattern when the text almost matches, and a rule must never hang a run.

    Raise ValueError saying so; return the pattern unchanged otherwise. Possessive quantifiers and
    atomic groups ("(?>...)") cannot backtrack and are allowed. Overlapping alternatives under one
    quantifier ("(a|a)*") are not detected.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    if _nested(list(parsed), outer=False):
        raise ValueError(f"regular expression {pattern!r} nests quantifiers (as in '(a+)+'), which can take "
                         f"exponential time; write it without a repeated group holding a repeat")
    return pattern


def _children(op, av) -> list:
    name = str(op)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return [list(av[2])]
    if name == "SUBPATTERN":
        return [list(av[3])]
    if name == "BRANCH":
        return [list(b) for b in av[1]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [list(av[1])]
    if name == "ATOMIC_GROUP":
        return [list(av)]
    if name == "GROUPREF_EXISTS":
        return [list(b) for b in av[1:] if b is not None]
    return []


def _nested(items: list, outer: bool) -> bool:
    """Whether a repeat stands inside an outer repeat of many rounds (``outer``) here or below."""
    for op, av in items:
        name = str(op)
        if name == "ATOMIC_GROUP":
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            high = av[1]
            if high > 1 and outer:
                return True
            many = high == _MAXREPEAT or high > _MAX_NESTED_ROUNDS
            if _nested(list(av[2]), outer or (many and high > 1)):
                return True
            continue
        if name == "POSSESSIVE_REPEAT":
            continue
        if any(_nested(child, outer) for child in _children(op, av)):
            return True
    return False


class Example(BaseModel):
    """A snippet a rule must fire on (bad) or stay silent on (good)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    date: dt.date | None = None
    dateline: str | None = None


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bad: list[Example] = Field(min_length=1)
    good: list[Example] = Field(min_length=1)


class RuleFile(BaseModel):
    """A rule as written in YAML. The id is the file name; an ``id`` key, if given, must match it."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    kind: str
    severity: Severity = Severity.WARNING
    message: str
    description: str = ""
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples


class Rule(BaseModel):
    """A loaded, validated rule: its check kind's parameters decoded and checked."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    params: Any
    examples: Examples
    path: str
