"""unit_conversion: a measure and its conversion that are not the same amount.

What it flags
    A measure given twice in different units ("466 kilometres (290 miles)", "278 m (912 ft)",
    "482 hectares (1,191 acres)", "145 mph (233 km/h)", "30C (86F)", "10 km, or 6 miles,")
    where converting the first does not give the second, even allowing for the rounding of
    both figures, their hedges and a small tolerance.

Why it matters
    Conversions are typed by hand, often from a press release in the other unit. A slipped
    digit or the wrong factor (miles for kilometres, Celsius differences for temperatures)
    gives readers two different facts, and one of them is wrong.

Example
    Bad:  "The pipeline runs 466 kilometres (163 miles) to the coast."  (466 km = 289.6 miles)
    Good: "The pipeline runs 466 kilometres (290 miles) to the coast."

Parameters
    tolerance (float, default 0.03): share by which the conversion may differ beyond the
        rounding of the figures (0.03: "100 km (64 miles)" passes, "(70 miles)" does not).
    temperature_tolerance (float, default 1.0): degrees a converted temperature may be off
        beyond its rounding (temperatures are not scaled, so a share makes no sense).
    dimensions (list, default all): which kinds of measure to test: length, area, volume,
        mass, speed, temperature.

Limits
    Units are converted with pint. A figure is taken as rounded to its last digit, and a
    number of 100 or more ending in zeros to its last non-zero digit ("1,200 miles" to
    hundreds, at most two significant digits); "about", "nearly", "more than" widen the range
    as they read. Units with several meanings pass under any of them: "tons" short, long or
    metric, gallons and pints US or imperial. Money in
    two currencies ("€5m ($5.6m)") is never tested: there is no exchange rate to check it by.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit
from factcheck.units import registry
from factcheck.records import Kind, Qualifier, Quantity, RelationType

FIELDS = {"text", "original", "stated", "converted"}

# Units whose name has more than one meaning: each reading is tried, and any that fits passes
READINGS = {"ton": ("ton", "long_ton", "metric_ton"), "gallon": ("gallon", "imperial_gallon"),
            "pint": ("pint", "imperial_pint"), "quart": ("quart", "imperial_quart"),
            "fluid_ounce": ("fluid_ounce", "imperial_fluid_ounce")}
Dimension = Literal["length", "area", "volume", "mass", "speed", "temperature"]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(0.03, ge=0.0)
    temperature_tolerance: float = Field(1.0, ge=0.0)
    dimensions: list[Dimension] = ["length", "area", "volume", "mass", "speed", "temperature"]


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to`` (pint unit strings), or None when pint cannot."""
    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit).to(to).magnitude)
    except Exception:  # pint raises several unrelated error types for unknown or incompatible units
        return None


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for relation in context.relations(RelationType.EQUIVALENT):
        original, parts = context.members(relation)
        if original is None or len(parts) != 1:
            continue
        stated = parts[0]
        if not (original.kind is stated.kind is Kind.MEASURE) or original.dimension != stated.dimension \
                or original.dimension not in params.dimensions or original.unit == stated.unit \
                or original.value is None or stated.value is None or not original.unit or not stated.unit:
            continue
        temperature = original.dimension == "temperature"
        half = _half_step(original, temperature)
        low, high = _stated_range(stated, temperature, params)
        readings = []  # the conversion under each reading of an ambiguous unit (US or imperial gallons...)
        for unit in READINGS.get(original.unit, (original.unit,)):
            for to in READINGS.get(stated.unit, (stated.unit,)):
                ends = [convert(original.value + d, unit, to) for d in (-half, 0.0, half)]
                if all(e is not None for e in ends):
                    readings.append(ends)
        if not readings or any((high is None or min(ends) <= high) and (low is None or max(ends) >= low)
                               for ends in readings):
            continue
        converted = f"{_show(readings[0][1])} {_unit_words(stated)}"
        yield Hit(
            primary=stated, related=[original],
            arithmetic=f"{original.text} = {converted}, stated {_figure(stated)}",
            fields={"original": original.text, "stated": _figure(stated), "converted": converted},
        )


def _half_step(q: Quantity, temperature: bool) -> float:
    """Half the step ``q`` is rounded to: its decimals, or for round numbers its trailing zeros."""
    if q.step:
        return q.step / 2
    value = abs(q.value)
    if not value.is_integer():
        return 0.0
    if temperature or value < 100:
        return 0.5
    digits = len(str(int(value)))
    zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
    return 10 ** min(zeros, digits - 2) / 2


def _stated_range(q: Quantity, temperature: bool, params: Params) -> tuple[float | None, float | None]:
    """The values the stated conversion allows: its rounding and hedge, widened by the tolerance."""
    half = _half_step(q, temperature)
    if q.qualifier is Qualifier.EXACT or (q.low is None and q.high is None):
        low, high = q.value - half, q.value + half
    else:
        extra = 0.0 if q.step else half  # extraction already counted a stated step
        low = None if q.low is None else q.low - extra
        high = None if q.high is None else q.high + extra
    if temperature:
        slack_low = slack_high = params.temperature_tolerance
    else:
        slack_low = abs(low) * params.tolerance if low is not None else 0.0
        slack_high = abs(high) * params.tolerance if high is not None else 0.0
    return (None if low is None else low - slack_low), (None if high is None else high + slack_high)


def _show(value: float) -> str:
    if value == 0 or abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.1f}"
    return f"{value:.{max(2, 1 - int(math.floor(math.log10(abs(value)))) + 1)}f}"


def _unit_words(q: Quantity) -> str:
    """The unit as the writer spelled it: '163 miles' -> 'miles', '86F' -> 'F'."""
    words = re.sub(r"^\s*(?:minus\s+)?[-−–]?[\d.,]+\s?-?", "", q.text).strip()
    return words or (q.unit or "")


def _figure(q: Quantity) -> str:
    return f"{q.qualifier_text} {q.text}" if q.qualifier_text else q.text
