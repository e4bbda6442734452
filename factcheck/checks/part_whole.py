"""part_whole: parts that add up to more than their whole.

What it flags
    A whole and the parts said to be included in it ("82 people, including 11 women and
    13 children"; "of whom", "among them", "of the 83 visitors, 75 were adults ...") where
    the smallest sum the parts allow is larger than the largest value the whole allows.

Why it matters
    A breakdown that exceeds its total means one of the figures is wrong; readers notice,
    and it is the figure a correction will be about.

Example
    Bad:  "Of the 83 visitors, 75 were adults and 44 were children."  (75 + 44 = 119 > 83)
    Good: "Of the 83 visitors, 39 were adults and 44 were children."

Parameters
    relations (list of 'part_of' | 'total_of', default both): which relations to test.
    tolerance (float, default 0): share of the whole the parts may exceed it by.

Charitable reading
    Every figure that could be the whole just as well (``Relation.alternatives``: "86 goals in
    38 games: 60 at home and 26 away") is tried; one that holds the parts makes the sentence
    consistent. A relation read from position rather than stated (a list opening the sentence
    after its whole) gives a ``likely`` finding, a stated one a ``certain`` one.

Limits
    Hedged parts ("about 50", "more than 30") count at their lowest allowed value; a whole
    stated as "more than" has no upper bound and never fires.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck.checks import CheckContext, Hit, fmt, listed, relation_confidence
from factcheck.records import AMOUNTS, Qualifier, Quantity, RelationType

FIELDS = {"text", "whole", "parts", "parts_sum", "excess", "parts_said"}
REQUIRES = AMOUNTS  # the kinds of figure it reads: without any of them it has nothing to say


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    relations: list[Literal["part_of", "total_of"]] = ["part_of", "total_of"]
    tolerance: float = 0.0


def _least(part: Quantity, alone: bool) -> float:
    """The least a part may be; a single part's stated ceiling is still a claim about the whole
    ("up to 60 of the 50 beds")."""
    assert part.low is not None  # only parts with a lower bound are read
    if alone and part.qualifier is Qualifier.AT_MOST and part.value is not None:
        return part.value
    return part.low


def _holds(whole: Quantity, lowest_sum: float, tolerance: float) -> bool:
    """Whether the whole may hold parts that add up to at least ``lowest_sum``. A rounded figure
    stands for less than the top of its rounding: "£4m" is under £4.5m, so "a £5m share" (£4.5m at
    least) does not fit in it; an exact or hedged whole may equal its parts."""
    if whole.high is None:
        return True
    top = whole.high * (1 + tolerance)
    rounded = not whole.qualifier_text and whole.value is not None and whole.high > whole.value
    return lowest_sum < top or (lowest_sum == top and not rounded)


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    types = [RelationType(r) for r in params.relations]
    for relation in context.relations(*types):
        whole, parts = context.members(relation)
        parts = listed(parts)
        lows = [_least(p, alone=len(parts) == 1) for p in parts if p.low is not None]
        if whole is None or len(lows) < len(parts):
            continue
        lowest_sum = sum(lows)
        # charitable: any figure that may be the whole and holds the parts makes the sentence consistent
        if any(_holds(w, lowest_sum, params.tolerance) for w in context.wholes(relation)):
            continue
        assert whole.high is not None  # the whole is one of the wholes, and it does not hold the parts
        figures = [p.value if p.value is not None else p.low for p in parts]
        stated = " + ".join(fmt(f) for f in figures)
        said_sum = sum(f for f in figures if f is not None)
        # "£700 million + £350 million + £250 million": the sum as written, and the least their rounding allows
        at_least = f", at least {fmt(lowest_sum)} with rounding" if abs(said_sum - lowest_sum) > 1e-9 else ""
        yield Hit(
            primary=whole, related=parts,
            arithmetic=(f"{stated} = {fmt(said_sum)}{at_least}" if len(parts) > 1 else stated)
            + f" > {fmt(whole.high)} ({whole.text})",
            fields={"whole": whole.text, "parts": ", ".join(p.text for p in parts),
                    "parts_sum": fmt(lowest_sum), "excess": fmt(lowest_sum - whole.high),
                    # one part is a figure of its own, not a sum: "the part '410' is more than ..."
                    "parts_said": f"the part '{parts[0].text}' is" if len(parts) == 1 else
                    f"the parts ({', '.join(p.text for p in parts)}) add up to {fmt(said_sum)},"},
            confidence=relation_confidence(relation),
        )
