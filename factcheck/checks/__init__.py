"""Check kinds: one module each, registered in :mod:`factcheck.rulebook.registry`.

A check module has a docstring (what it flags / why / example / parameters / limits), a
pydantic ``Params`` model (extra keys forbidden), the message ``FIELDS`` it fills, and a
``run(context, params)`` generator of :class:`Hit`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factcheck.findings import Confidence
from factcheck.findings import fmt as fmt  # the number format of messages, for the kinds
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType


@dataclass
class Hit:
    """What a check found: the figure to point at, the others it compared, the arithmetic, and
    how sure it is (see :class:`factcheck.findings.Confidence`)."""

    primary: Quantity
    related: list[Quantity]
    arithmetic: str
    fields: dict[str, Any] = field(default_factory=dict)
    confidence: Confidence = Confidence.CERTAIN


@dataclass
class CheckContext:
    """What a check sees of one article."""

    article: Article
    extraction: Extraction
    notes: list[str] = field(default_factory=list)  # verbose remarks ("no date: any recent offset accepted")

    def __post_init__(self) -> None:
        self.by_id = self.extraction.by_id()

    @property
    def date(self) -> dt.date | None:
        return self.article.date

    @property
    def quantities(self) -> list[Quantity]:
        return self.extraction.quantities

    def relations(self, *types: RelationType) -> list[Relation]:
        return [r for r in self.extraction.relations if not types or r.type in types]

    def members(self, relation: Relation) -> tuple[Quantity | None, list[Quantity]]:
        parts = [self.by_id[p] for p in relation.parts]
        if relation.type not in (RelationType.PART_OF, RelationType.TOTAL_OF):
            return (self.by_id[relation.whole] if relation.whole else None), parts  # "rose by half, from 4% to 6%"
        whole = as_shares(self.by_id[relation.whole], parts) if relation.whole else all_of(relation, parts)
        return whole, parts

    def wholes(self, relation: Relation) -> list[Quantity]:
        """Every figure that may be the relation's whole: the one read first, then the alternatives
        a charitable reader would also try."""
        parts = [self.by_id[p] for p in relation.parts]
        named = [as_shares(self.by_id[i], parts) for i in [relation.whole, *relation.alternatives] if i]
        return named or [w for w in [all_of(relation, parts)] if w is not None]


def as_shares(whole: Quantity, parts: list[Quantity]) -> Quantity:
    """The whole that percentage parts are shares of: all of it, 100%. "Of the 800 residents
    polled, 62% ... and 45% ..." adds 62% and 45% against 100%, not against 800. Each share is
    allowed its rounding (half a point for whole percentages)."""
    if not parts or whole.kind is Kind.PERCENT or any(p.kind is not Kind.PERCENT for p in parts):
        return whole
    slack = sum((p.step or 1.0) / 2 for p in parts)
    return whole.model_copy(update={"kind": Kind.PERCENT, "value": 100.0, "low": 100.0 - slack,
                                    "high": 100.0 + slack, "unit": "%", "text": f"100% of {whole.text}"})


def all_of(relation: Relation, parts: list[Quantity]) -> Quantity | None:
    """The whole of shares whose whole has no figure ("Of those polled, 48% ... 49% ..."): 100%,
    standing where the first share stands; None for any other relation without a whole."""
    if relation.cue != "shares of all" or not parts or any(p.kind is not Kind.PERCENT for p in parts):
        return None
    return as_shares(parts[0].model_copy(update={"kind": Kind.COUNT, "text": "all"}), parts)


def listed(parts: list[Quantity]) -> list[Quantity]:
    """Parts of one list, each allowed the rounding of the list's finest figure: in "$7.5 million,
    $3 million and $2.5 million" the "$3 million" is 3.0, not anything from 2.5 to 3.5."""
    steps = [p.step for p in parts if p.step]
    if len(steps) < 2 or min(steps) == max(steps):
        return parts
    half = min(steps) / 2
    out = []
    for p in parts:
        if p.value is None or p.low is None or p.high is None or p.qualifier is not Qualifier.EXACT:
            out.append(p)
            continue
        out.append(p.model_copy(update={"low": max(p.low, p.value - half), "high": min(p.high, p.value + half)}))
    return out


def relation_confidence(relation: Relation) -> Confidence:
    """``certain`` for a relation the words state; ``likely`` for one read from position or with
    other figures that could have been its whole."""
    return Confidence.LIKELY if relation.inferred or relation.alternatives else Confidence.CERTAIN
