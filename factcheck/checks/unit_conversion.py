"""unit_conversion: a measure and its conversion that are not the same amount.

What it flags
    A measure given twice in different units ("466 kilometres (290 miles)", "278 m (912 ft)",
    "482 hectares (1,191 acres)", "145 mph (233 km/h)", "30C (86F)", "10 km, or 6 miles,")
    where converting the first does not give the second, even allowing for the rounding of
    both figures, their hedges and a small tolerance.

    Every plausible reading is tried, and any that fits passes: a larger unit with its smaller
    one is one measure ("6 ft 10 in", "14st 2lb", "8lb 4oz"); a temperature after "by" or
    before "warmer", "rise", "difference" is a difference (10C = 18F), after "rose", "fell",
    "up" either a difference or a reading. A conversion set off by dashes after a word or two
    ("45 miles offshore — about 72 kilometres —") is compared too, as ``likely`` (the pairing is
    inferred). Word classes: ``factcheck/lang/en/conversions.yaml``.

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

import itertools
import math
import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit, relation_confidence
from factcheck.findings import Confidence
from factcheck.lang import alternation, table
from factcheck.records import Kind, Qualifier, Quantity, RelationType
from factcheck.units import convert

FIELDS = {"text", "original", "stated", "converted"}
REQUIRES = frozenset({Kind.MEASURE, Kind.DURATION})  # the kinds of figure it reads: without any of them it has nothing to say

# Units whose name has more than one meaning: each reading is tried, and any that fits passes
READINGS = {"ton": ("ton", "long_ton", "metric_ton"), "gallon": ("gallon", "imperial_gallon"),
            "pint": ("pint", "imperial_pint"), "quart": ("quart", "imperial_quart"),
            "fluid_ounce": ("fluid_ounce", "imperial_fluid_ounce"),
            "barrel": ("barrel", "oil_barrel")}  # a barrel of oil is 42 US gallons, a US fluid barrel 31.5
Dimension = Literal["length", "area", "volume", "mass", "speed", "temperature", "power", "energy", "time"]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(0.03, ge=0.0)
    temperature_tolerance: float = Field(1.0, ge=0.0)
    dimensions: list[Dimension] = ["length", "area", "volume", "mass", "speed", "temperature", "power", "energy",
                                   "time"]


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for original, stated, confidence in _pairs(context):
        # measures, and durations written in two units ("150 minutes (two and a half hours)")
        if not (original.kind is stated.kind and original.kind in (Kind.MEASURE, Kind.DURATION)) \
                or original.dimension != stated.dimension \
                or original.dimension not in params.dimensions \
                or original.value is None or stated.value is None or not original.unit or not stated.unit:
            continue
        original, stated = _compound(original, context), _compound(stated, context)
        if original.unit == stated.unit:
            continue
        assert original.value is not None  # checked above; a compound measure has its value too
        temperature = original.dimension == "temperature"
        half = _half_step(original, temperature)
        low, high = _stated_range(stated, temperature, params)
        readings: list[list[float]] = []  # the conversion under each reading: US or imperial gallons, a reading or a difference...
        for unit, to in _unit_readings(original, stated, context):
            ends = [convert(original.value + d, unit, to) for d in (-half, 0.0, half)]
            converted_ends = [e for e in ends if e is not None]
            if len(converted_ends) == len(ends):
                readings.append(converted_ends)
        if not readings or any((high is None or min(ends) <= high) and (low is None or max(ends) >= low)
                               for ends in readings):
            continue
        converted = f"{_show(readings[0][1])} {_unit_words(stated)}"
        difference = temperature and _temperature_role(original, stated, context) == "difference"
        yield Hit(
            primary=stated, related=[original],
            arithmetic=f"{original.text}{' (a difference)' if difference else ''} = {converted}, stated {_figure(stated)}",
            fields={"original": original.text, "stated": _figure(stated), "converted": converted},
            confidence=confidence,
        )


def _pairs(context: CheckContext) -> Iterator[tuple[Quantity, Quantity, Confidence]]:
    """(original, stated conversion, confidence) for every measure given twice: the equivalences
    the relation finder read, then a conversion set off by dashes that it left unlinked
    ("45 miles offshore — about 72 kilometres —"), which is inferred, so at most ``likely``."""
    linked: set[str] = set()
    for relation in context.relations(RelationType.EQUIVALENT):
        original, parts = context.members(relation)
        linked.update([relation.whole or "", *relation.parts])
        if original is not None and len(parts) == 1:
            yield original, parts[0], relation_confidence(relation)
    measures = [q for q in context.quantities if q.kind is Kind.MEASURE]
    for a, b in itertools.pairwise(measures):
        if a.id in linked or b.id in linked or a.sentence != b.sentence or a.dimension != b.dimension:
            continue
        if _set_off(context.article.body, a, b):
            yield a, b, Confidence.LIKELY


def _set_off(body: str, a: Quantity, b: Quantity) -> bool:
    """``b`` is set off by dashes after ``a`` and at most two words: 'A offshore — about B —'."""
    middle = body[a.end:b.start]
    if b.qualifier_text and middle.rstrip().lower().endswith(b.qualifier_text.lower()):
        middle = middle.rstrip()[:-len(b.qualifier_text)]
    if len(middle) > 40 or not re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*(?:—|–|--|\s-)\s*", middle):
        return False
    return bool(re.match(r"\s*(?:—|–|--|\s-\s|[,;.)]|$)", body[b.end:b.end + 4]))


def _compound(q: Quantity, context: CheckContext) -> Quantity:
    """A measure in a larger unit with its smaller one beside it, read as one measure in the
    larger unit: '6 ft 10 in' (the '6 ft' or the '10 inches' of it) is 6.83 ft."""
    body = context.article.body
    units = table("conversions")["compound_units"]
    for large, entry in units.items():
        small_words = _words_re(entry["small_words"])
        large_words = _words_re(entry["large_words"])
        number = r"(\d+(?:\.\d+)?)"
        if q.unit == large:
            m = re.match(rf"\s*(?:and\s+|,\s*)?{number}\s*(?:{small_words})(?![\w])", body[q.end:q.end + 24])
            if m:
                extra = convert(float(m.group(1)), entry["smaller"], large)
                assert q.value is not None and extra is not None  # a measure with a value; units of the table
                return _combined(q, q.value + extra, large, q.start, q.end + m.end(), entry, context)
        if q.unit == entry["smaller"]:
            m = re.search(rf"(?<![\d.]){number}\s*(?:{large_words})\s*(?:and\s+|,\s*)?$", body[max(0, q.start - 24):q.start])
            if m:
                start = q.start - (len(body[max(0, q.start - 24):q.start]) - m.start())
                assert q.value is not None  # a measure with a value
                smaller = convert(q.value, entry["smaller"], large)
                assert smaller is not None  # units of the table
                big = float(m.group(1)) + smaller
                return _combined(q, big, large, start, q.end, entry, context)
    return q


def _combined(q: Quantity, value: float, unit: str, start: int, end: int, entry: dict[str, Any],
              context: CheckContext) -> Quantity:
    step = convert(1.0, entry["smaller"], unit)  # stated to the smaller unit: an inch is 1/12 ft
    return q.model_copy(update={"value": value, "unit": unit, "step": step, "low": None, "high": None,
                                "qualifier": Qualifier.EXACT, "text": context.article.body[start:end].strip()})


def _words_re(entries: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))


def _unit_readings(original: Quantity, stated: Quantity, context: CheckContext) -> list[tuple[str, str]]:
    """The (from, to) pint units a charitable reader tries: each meaning of an ambiguous unit
    (US or imperial gallons, a barrel of oil or of beer), and a temperature read as a difference when its words say so."""
    assert original.unit and stated.unit  # run() compares measures with units only
    pairs = [(unit, to) for unit in READINGS.get(original.unit, (original.unit,))
             for to in READINGS.get(stated.unit, (stated.unit,))]
    if original.dimension != "temperature":
        return pairs
    role = _temperature_role(original, stated, context)
    delta = [(f"delta_{original.unit}", f"delta_{stated.unit}")]
    return delta if role == "difference" else pairs + delta if role == "either" else pairs


def _temperature_role(original: Quantity, stated: Quantity, context: CheckContext) -> str:
    """'difference' ("fell by 10C (18F)", "10C (18F) warmer"), 'either' ("rose 10C"), or 'reading'."""
    body = context.article.body
    first, last = min(original.start, stated.start), max(original.end, stated.end)
    qualifier = original.qualifier_text or ""
    before = body[max(0, first - 40):first].rstrip()
    if qualifier and before.lower().endswith(qualifier.lower()):
        before = before[:-len(qualifier)].rstrip()
    before = re.split(r"[.;:!?]", before)[-1]
    after = re.sub(r"^[\s)\]]*", "", body[last:last + 30])
    def ending(cls: str) -> re.Match[str] | None:
        return re.search(rf"(?<![\w])(?:{alternation('conversions', cls)})$", before, re.I)

    if ending("temperature_difference_before") or re.match(
            rf"(?:{alternation('conversions', 'temperature_difference_after')})(?![\w])", after, re.I):
        return "difference"
    if ending("temperature_change_before"):
        return "either"
    return "reading"


def _half_step(q: Quantity, temperature: bool) -> float:
    """Half the step ``q`` is rounded to: its decimals, or for round numbers its trailing zeros."""
    if q.step:
        return q.step / 2
    assert q.value is not None  # a measure with a value
    value = abs(q.value)
    if not value.is_integer():
        return 0.0
    if temperature or value < 100:
        return 0.5
    digits = len(str(int(value)))
    zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
    return float(10 ** min(zeros, digits - 2)) / 2


def _stated_range(q: Quantity, temperature: bool, params: Params) -> tuple[float | None, float | None]:
    """The values the stated conversion allows: its rounding and hedge, widened by the tolerance."""
    half = _half_step(q, temperature)
    low: float | None
    high: float | None
    if q.qualifier is Qualifier.EXACT or (q.low is None and q.high is None):
        assert q.value is not None  # a measure with a value
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
    return f"{value:.{max(2, 1 - math.floor(math.log10(abs(value))) + 1)}f}"


def _unit_words(q: Quantity) -> str:
    """The unit as the writer spelled it: '163 miles' -> 'miles', '86F' -> 'F'."""
    if not re.match(r"^\s*(?:minus\s+)?[-−–]?\d", q.text):
        return f"{q.unit}s" if q.unit else ""  # "three and a half hours" -> "hours"
    words = re.sub(r"^\s*(?:minus\s+)?[-−–]?[\d.,]+\s?-?", "", q.text).strip()
    # "9 million kilometres": the scale word is in the number shown, not the unit
    words = re.sub(rf"^(?:{alternation('numbers', 'scales', 'short_scales')})\s+", "", words, flags=re.I)
    return words or (q.unit or "")


def _figure(q: Quantity) -> str:
    return f"{q.qualifier_text} {q.text}" if q.qualifier_text else q.text
