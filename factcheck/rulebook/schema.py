"""The rule envelope: what a YAML file in ``rules/`` may say."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from factcheck.findings import Severity


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
