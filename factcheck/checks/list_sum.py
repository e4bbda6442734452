"""list_sum: a total whose listed components add up to less than it.

What it flags
    A total and the complete list of what it is made of ("the 429 jobs comprise 133
    production jobs, 135 salaried jobs and 91 contract positions"; "break down as follows:";
    "add up to 105 aircraft: 20 ..., 36 ... and 34 ..."; "$120.5m on roads, $80.2m on schools
    and $40.1m on parks, bringing the total to $290.8m") where even the largest sum the
    components allow stays below the smallest value the total allows.

Why it matters
    A list presented as the whole breakdown must account for the whole: when it falls short,
    either a component or the total is wrong (often a transposed or mistyped digit).

Example
    Bad:  "The 512 posts comprise 140 teaching posts, 160 research posts and 90 support posts."
          (140 + 160 + 90 = 390, stated total 512)
    Good: "The 390 posts comprise 140 teaching posts, 160 research posts and 90 support posts."

Parameters
    tolerance (float, default 0): share of the total the components may fall short by
        before the rule fires (0.02 forgives a 2% gap).
    exceeding (bool, default false): also report components that add up to MORE than the
        total. Off by default because rule ``part-exceeds-whole`` (kind part_whole) already
        reports that case on the same relation; turn it on when that rule is not in the pack.

Charitable reading
    Every figure that could be the total just as well is tried, and one the list adds up to
    makes the sentence consistent; a shortfall that is itself a figure of the article (the part
    the sentence leaves unsaid: "in addition to ARC funds, ...") is not reported. A list that
    says other parts exist ("in addition to", "other", "among others") is read as partial by
    extraction and never tested here.

Limits
    Only relations extraction reads as complete breakdowns (``total_of``) are tested; "including"
    lists (``part_of``) may leave things out and never fire here. Hedges and rounding are
    respected: "about 430" allows 387 to 473, "1.2 million" allows 1,150,000 to 1,250,000, and a
    component stated as "more than" has no upper bound, so a list holding one never falls short.
    A rounded component stops short of the top of its range ("£7m" is 6.5m up to 7.5m, not
    including it): "£7m, £6m and the remaining £3m" of "£18m" falls short, since no reading
    brings the three to £17.5m.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit, fmt, listed, relation_confidence
from factcheck.findings import Confidence
from factcheck.records import AMOUNTS, Qualifier, Quantity, Relation, RelationType

FIELDS = {"text", "whole", "parts", "parts_sum", "gap", "direction"}
REQUIRES = AMOUNTS  # the kinds of figure it reads: without any of them it has nothing to say


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(0.0, ge=0.0)
    exceeding: bool = False


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for relation in context.relations(RelationType.TOTAL_OF):
        whole, parts = context.members(relation)
        parts = listed(parts)
        lows = [p.low for p in parts if p.low is not None]
        highs = [p.high for p in parts if p.high is not None]
        if whole is None or len(parts) < 2 or whole.low is None or len(lows) < len(parts):
            continue
        lowest = sum(lows)
        highest = None if len(highs) < len(parts) else sum(highs)
        wholes = [w for w in context.wholes(relation) if w.low is not None]
        eps = 1e-9 * max(abs(whole.low), 1.0)  # 0.7 + 0.1 is 0.7999999999999999 in floating point

        # a rounded part never reaches the top of its range ("£7m" is 6.5 up to, not including, 7.5): the
        # parts' largest sum, when all are written exactly, is a bound no reading attains
        unreached = all(p.qualifier is Qualifier.EXACT for p in parts) and any(p.step for p in parts)

        def short(w: Quantity) -> bool:
            return _falls_short(highest, w, params.tolerance, unreached, eps)  # noqa: B023 - called in this pass only

        def over(w: Quantity) -> bool:
            return w.high is not None and lowest > w.high * (1 + params.tolerance) + eps  # noqa: B023 - called in this pass only

        if any(not short(w) and not over(w) for w in wholes):
            continue  # one plausible whole adds up
        confidence = relation_confidence(relation)
        if (w := next((w for w in wholes if short(w)), None)) is not None:
            assert highest is not None and w.low is not None  # short(w)
            if _unlisted_part(context, relation, w, lowest, highest):
                continue
            yield _hit(w, parts, w.low - highest, "short of", confidence)
        elif params.exceeding and (w := next((w for w in wholes if over(w)), None)) is not None:
            assert w.high is not None  # over(w)
            yield _hit(w, parts, lowest - w.high, "more than", confidence)


def _falls_short(highest: float | None, whole: Quantity, tolerance: float, unreached: bool, eps: float) -> bool:
    """The parts' largest sum stays below the least the whole allows (or reaches it only at a bound the
    rounded parts never attain, when the whole is written exactly)."""
    if highest is None or whole.low is None:
        return False
    least = whole.low * (1 - tolerance)
    return highest < least - eps or (unreached and whole.qualifier is Qualifier.EXACT and highest <= least + eps)


def _stated(q: Quantity) -> float:
    value = q.value if q.value is not None else q.low
    assert value is not None  # the members of a sum have their lowest value at least
    return value


def _shown(q: Quantity) -> str:
    """A figure as computed, with its wording when that differs: '512,200,000 ($512.2 million)'."""
    number = fmt(_stated(q))
    return number if q.text.strip() == number else f"{number} ({q.text.strip()})"


def _unlisted_part(context: CheckContext, relation: Relation, whole: Quantity, lowest: float, highest: float) -> bool:
    """Whether the shortfall is itself a figure of the article, of the same family: the part the
    sentence leaves unsaid ("In addition to ARC funds [$700,000 earlier], other federal sources
    will provide ..., bringing the total project funding to $6,570,358")."""
    assert whole.low is not None  # wholes without a lowest value are not compared
    gap_low, gap_high = whole.low - highest, (whole.high if whole.high is not None else whole.low) - lowest
    members = {relation.whole, *relation.parts, *relation.alternatives}
    for q in context.quantities:
        if q.id in members or q.kind is not whole.kind or q.unit != whole.unit or q.low is None:
            continue
        if q.counted and whole.counted and q.counted != whole.counted:
            continue  # "divided between three hubs": a count of something else is no unlisted part
        high = q.high if q.high is not None else q.low
        if q.low <= gap_high + 1e-9 and high >= gap_low - 1e-9:
            return True
    return False


def _hit(whole: Quantity, parts: list[Quantity], gap: float, direction: str,
         confidence: Confidence = Confidence.CERTAIN) -> Hit:
    stated = " + ".join(fmt(_stated(p)) for p in parts)
    total = sum(_stated(p) for p in parts)
    return Hit(
        primary=whole, related=parts,
        arithmetic=f"{stated} = {fmt(total)}, stated total {_shown(whole)}",
        fields={"whole": whole.text, "parts": ", ".join(p.text for p in parts), "parts_sum": fmt(total),
                "gap": fmt(gap), "direction": direction},
        confidence=confidence,
    )
