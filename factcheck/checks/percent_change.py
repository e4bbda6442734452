"""percent_change: a stated percentage change that the figures beside it do not give.

What it flags
    A change stated with its old and new value and the percentage ("fell from 24 to 11, a
    drop of 30%"; "rose 12 percent to $4.1 billion from $3.66 billion"; "Up from 9,225, orders
    reached 15,044, a gain of 63%"; "the 21 recorded, compared with 44 a year earlier, is a 52%
    fall") where the true change, (new - old) / old, does not round to the stated percentage;
    and a change worded the wrong way ("a rise" when the new value is smaller).

Why it matters
    The percentage is the figure readers remember and headlines repeat. A wrong one usually
    comes from dividing by the new value instead of the old, or from a mistyped figure.

Example
    Bad:  "Visitors went from 12,400 last year to 17,050 this year, a 27% rise."
          ((17,050 - 12,400) / 12,400 = +37.5%)
    Good: "Visitors went from 12,400 last year to 17,050 this year, a 37.5% rise."

Parameters
    tolerance (float, default 1.0): percentage points the true change may lie beyond the
        rounding of the stated figure ("31%" stands for 30.5 to 31.5; "31.1%" for 31.05 to 31.15).
    relative_tolerance (float, default 0.05): a further share of the stated percentage allowed
        ("20%" with 0.05 allows one more point either way).
    points_tolerance (float, default 0): for a change stated in percentage points, the points
        the difference of the two shares may lie beyond their rounding and the stated figure's
        ("half a percentage point" from 6.8% to 6.1% is 0.7 points: flagged). A difference of
        two printed shares is exact, so this is much smaller than ``tolerance``.
    direction (bool, default true): also flag a change worded as a rise when the figures fall,
        or the other way round.
    figure_rounding (bool, default false): also accept any change the rounding of the old and
        new values allows ("from 2.1 million to 2.3 million" may be anything from 4.7% to 14.6%).
        Off by default: writers compute the percentage from the figures they print.

Limits
    The change is computed from the figures as written; hedged percentages ("about 10%",
    "nearly 45%", "more than 30%") allow what their hedge allows. Old and new values that are
    themselves percentages may be compared in points or relatively; either reading passes.
    Percentage points ("up 2 percentage points") and shares ("30% of the vote") are never
    read as the stated change. Only changes extraction links to their two figures are tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit, fmt, relation_confidence
from factcheck.extraction.changes import implausible_pair, is_multiple
from factcheck.records import AMOUNTS, Kind, Quantity, Relation, RelationType

FIELDS = {"text", "stated", "old", "new", "actual", "claimed"}
REQUIRES = AMOUNTS  # the kinds of figure it reads: without any of them it has nothing to say

_SCALE_WORD = re.compile(r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b)\s*$", re.I)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(1.0, ge=0.0)
    relative_tolerance: float = Field(0.05, ge=0.0)
    points_tolerance: float = Field(0.0, ge=0.0)
    direction: bool = True
    figure_rounding: bool = False


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for relation in context.relations(RelationType.CHANGE):
        stated, parts = context.members(relation)
        if stated is None or len(parts) != 2 or stated.value is None:
            continue
        old, new = parts
        old_value, new_value = _values(old, new)
        if old_value is None or new_value is None or old_value == 0 \
                or (implausible_pair(old_value, new_value, stated) and relation.cue != "from ... to"):
            continue  # figures far apart are no pair, unless the sentence pairs them: "fell from 51 to 1"
        if is_multiple(stated):
            hit = _multiple(stated, old, new, old_value, new_value, params)
            if hit is not None:
                hit.confidence = relation_confidence(relation)
                yield hit
            continue
        if stated.unit == "ratio":  # "rose by a third": a change of 33.3%
            stated = stated.model_copy(update={k: (v * 100 if v is not None else None) for k, v in
                                               (("value", stated.value), ("low", stated.low), ("high", stated.high),
                                                ("step", stated.step))} | {"unit": "%"})
        if stated.unit == "percentage point":
            hit = _points(stated, old, new, relation, params)
            if hit is not None:
                yield hit
            continue
        if stated.unit != "%":
            continue
        change = (new_value - old_value) / abs(old_value) * 100
        readings = [change]
        if params.figure_rounding:  # every change the rounded old and new values allow
            assert old.value  # old_value is old.value, scaled, and not 0
            readings += _rounded_changes(old, new, old_value / old.value, new_value / new.value if new.value else 1.0)
        if old.kind is new.kind is Kind.PERCENT:
            readings.append(new_value - old_value)  # "from 5% to 7%, a 2% rise": points
        low, high = _allowed(stated, params)
        fits = any((low is None or abs(r) >= low) and (high is None or abs(r) <= high) for r in readings) \
            or (params.figure_rounding and _spans(readings, low, high))
        wrong_way = _wrong_way(relation, params, new_value - old_value)
        if fits and not wrong_way:
            continue
        worded = _worded(relation)
        actual = f"{abs(change):.1f}% {'rise' if change > 0 else 'fall' if change < 0 else 'change'}"
        yield Hit(
            primary=stated, related=[old, new],
            arithmetic=f"({new.text} - {old.text}) / {old.text} = {change:+.1f}%, "
                       f"stated {_figure(stated)} {worded}",
            fields={"stated": stated.text, "old": old.text, "new": new.text,
                    "actual": _article(actual) + " " + actual, "claimed": _claimed(stated, worded)},
            confidence=relation_confidence(relation),
        )


def _wrong_way(relation: Relation, params: Params, change: float) -> bool:
    """The words say up and the figures went down, or the other way round."""
    return bool(params.direction and relation.direction is not None and change != 0
                and (relation.direction == "up") != (change > 0))


def _worded(relation: Relation) -> str:
    return {"up": "rise", "down": "fall"}.get(relation.direction or "", "change")


def _points(stated: Quantity, old: Quantity, new: Quantity, relation: Relation, params: Params) -> Hit | None:
    """A change in percentage points ("climbed 10 percentage points to 68% from 52%"): the new share
    minus the old, within the stated figure's hedge and each share's rounding."""
    if not (old.kind is new.kind is Kind.PERCENT) or old.value is None or new.value is None:
        return None
    change = new.value - old.value
    # every difference the rounded shares allow: "38%" may be 37.5 to 38.5
    spread = sum((q.high - q.low) / 2 for q in (old, new) if q.low is not None and q.high is not None)
    low, high = _allowed(stated, params, params.points_tolerance)
    size = abs(change)
    fits = (low is None or size + spread >= low) and (high is None or size - spread <= high)
    wrong_way = _wrong_way(relation, params, change)
    if fits and not wrong_way:
        return None
    worded = _worded(relation)
    actual = f"{fmt(round(size, 2))}-point {'rise' if change > 0 else 'fall' if change < 0 else 'change'}"
    return Hit(
        primary=stated, related=[old, new],
        arithmetic=f"{new.text} - {old.text} = {change:+.1f} points, stated {_figure(stated)} {worded}",
        fields={"stated": stated.text, "old": old.text, "new": new.text, "actual": _article(actual) + " " + actual,
                "claimed": _claimed(stated, worded)},
        confidence=relation_confidence(relation),
    )


def _multiple(stated: Quantity, old: Quantity, new: Quantity, old_value: float, new_value: float,
              params: Params) -> Hit | None:
    """A change stated as a multiple ("doubled", "more than tripled", "halved", "a fivefold
    increase"): the new value over the old must be the factor, within its hedge and tolerance."""
    ratio = new_value / old_value
    slack = params.relative_tolerance  # "doubled" for 1.9x to 2.1x; "more than tripled" at least 3x
    hedged_up = stated.qualifier.value in ("more_than", "at_least")
    low = None if stated.low is None else stated.low * (1 if hedged_up else 1 - slack)
    high = None if stated.high is None else stated.high * (1 + slack)
    if (low is None or ratio >= low) and (high is None or ratio <= high):
        return None
    return Hit(
        primary=stated, related=[old, new],
        arithmetic=f"{new.text} / {old.text} = {ratio:.2f} times, stated {_figure(stated)} ({fmt(stated.value)} times)",
        fields={"stated": stated.text, "old": old.text, "new": new.text, "actual": f"a {ratio:.2f}-fold change",
                "claimed": f"'{_figure(stated)}' ({fmt(stated.value)} times)"},
    )


def _rounded_changes(old: Quantity, new: Quantity, old_scale: float, new_scale: float) -> list[float]:
    if old.low is None or old.high is None or new.low is None or new.high is None:
        return []
    return [(n * new_scale - o * old_scale) / abs(o * old_scale) * 100
            for o in (old.low, old.high) for n in (new.low, new.high) if o]


def _spans(readings: list[float], low: float | None, high: float | None) -> bool:
    """Whether the range of changes the rounded figures allow meets the stated range."""
    sizes = [abs(r) for r in readings]
    signs = {r > 0 for r in readings if r}
    lowest = 0.0 if len(signs) > 1 else min(sizes)
    return (high is None or lowest <= high) and (low is None or max(sizes) >= low)


def _values(old: Quantity, new: Quantity) -> tuple[float | None, float | None]:
    """The two values; "from 1.2 to 1.5 million" gives the old value the new one's scale word."""
    old_value, new_value = old.value, new.value
    if old_value is None or new_value is None:
        return old_value, new_value
    new_scale, old_scale = _SCALE_WORD.search(new.text), _SCALE_WORD.search(old.text)
    if new_scale and not old_scale and old.kind is not Kind.PERCENT:
        digits = re.search(r"\d[\d,]*(?:\.\d+)?", new.text)
        if digits:
            factor = new_value / float(digits.group().replace(",", ""))
            if factor >= 1000 and old_value * factor / new_value < 100:
                old_value *= factor
    return old_value, new_value


def _allowed(stated: Quantity, params: Params, tolerance: float | None = None) -> tuple[float | None, float | None]:
    """The range of true changes the stated percentage allows: its hedge, rounding and tolerance
    (``params.tolerance`` unless another is given)."""
    assert stated.value is not None  # run() skips a change stated without a value
    half = 0.5 if stated.step is None and float(stated.value).is_integer() else 0.0
    slack = (params.tolerance if tolerance is None else tolerance) + params.relative_tolerance * abs(stated.value)
    low = None if stated.low is None else max(0.0, stated.low - half - slack)
    high = None if stated.high is None else stated.high + half + slack
    return low, high


def _figure(q: Quantity) -> str:
    return f"{q.qualifier_text} {q.text}" if q.qualifier_text else q.text


def _claimed(stated: Quantity, worded: str) -> str:
    """The stated change as a phrase: "a 22% rise", "an 8% fall", "a rise of about 10 percent"."""
    if stated.qualifier_text:
        return f"a {worded} of {stated.qualifier_text} {stated.text}"
    if not stated.text[:1].isdigit():
        return f"a {worded} of {stated.text}"  # "a rise of a third"
    return f"{_article(stated.text)} {stated.text} {worded}"


def _article(text: str) -> str:
    """'an' before figures read with a vowel sound: 8, 11, 18, 80, 800..."""
    spoken = re.sub(r"[^\d.]", "", text).split(".")[0]
    return "an" if spoken.startswith("8") or spoken in ("11", "18") else "a"
