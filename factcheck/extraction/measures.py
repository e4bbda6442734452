"""Measures the general unit finder misses: temperatures ("30C", "-4°C", "86 degrees F"),
unit adjectives ("a 290-mile pipeline") and unit words that are only units next to their
conversion ("395 pounds (179 kg)", "23 mm (0.91 in)").

These are small, additive passes over the candidates of :mod:`factcheck.extraction.quantities`:
the temperature scanner runs before the number scanner (it claims its spans, the minus sign
included); :func:`resolve_units` retypes numbers once every candidate is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.lang import alternation, words
from factcheck.records import Kind, Quantity
from factcheck.units import canonical_unit, convert

_SCALE = {"c": "degree_Celsius", "celsius": "degree_Celsius", "centigrade": "degree_Celsius",
          "f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit"}
_NUMBER = (r"(?:(?<![\w.,])(?P<sign>[-−–]|minus\s+)|(?<![\w.,\-−–]))"
           r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_TEMPERATURE = re.compile(
    _NUMBER + r"""\s?(?:
        [°º˚]\s?(?P<s1>[CF])(?![\w])                                   # 30°C, 30 °F, 30° C
      | (?i:degrees?|deg\.?)\s+(?P<s2>(?i:Celsius|Fahrenheit|centigrade)|C|F)(?![\w])   # 30 degrees Celsius, 30 deg F
      | (?P<s3>(?i:Celsius|Fahrenheit|centigrade))(?![\w])             # 30 Celsius, 86 fahrenheit
      | (?P<bare>[CF])(?![\w°-])                                      # 30C: kept only in a temperature context
    )""",
    re.X,
)
# Words that make a bare "30C" a temperature when they come shortly before it
_TEMPERATURE_CONTEXT = re.compile(
    r"temperat|heat|degrees|°|warm|hot\b|cold|chill|freez|thermomet|mercury|\bhighs?\b|\blows?\b|weather|"
    r"celsius|fahrenheit|climat|sweltering|scorching",
    re.I,
)
# Unit words that after a number usually mean something else, but are units next to a conversion
_PAIRED_UNITS = {"pound": "pound", "pounds": "pound", "in": "inch", "stone": "stone", "st": "stone"}
_PAIRED_AFTER = re.compile(r"^\s?(?P<word>pounds?|in|stone|st)\b\.?", re.I)
# A unit adjective: "a 290-mile pipeline", "a 500-acre farm", "a 3.5-square-kilometre site"
_HYPHEN_UNIT = re.compile(r"^-(?P<word>(?:(?:sq|square|cubic)-)?[a-zA-Z]+)(?![\w-]*\d)", re.I)
_HYPHEN_NOT_UNITS = {"in", "a", "point", "points", "at", "day", "year", "hour", "minute", "second", "week",
                     "month", "count", "unit", "bit", "pi", "dozen", "gal", "barn", "cal", "ha", "are", "bar",
                     "percent", "degree", "cup", "old", "strong", "member", "page", "game", "man", "seat",
                     "storey", "story", "floor", "bed", "lane", "run", "shot", "hit", "time", "step",
                     "k", "g", "c", "h", "d"}  # "a 10-K filing", "5-G networks"
# Words quantulum3 and pint know as units that news never means as one ("46 league matches", "the 84-bus order")
NEVER_UNITS = frozenset(w.lower() for w in words("units", "never_units"))
# what opens a conversion after a measure: a bracket, a dash, ", or" ("22 pounds, or about 10 kilograms")
_OPEN = re.compile(rf"^\s*(?:[(\[]|,?\s*or\b|[—–]|\s-\s)\s*(?:(?:{alternation('hedges')})\s+)?$", re.I)
_CLOSE = re.compile(r"^\s*[)\]]")


@dataclass
class Temperature:
    start: int
    end: int
    value: float
    unit: str  # pint unit name
    step: float | None


# the dimensions whose units differ by a factor only (not temperatures), each with the one unit its
# measures are compared in: a measure restated in another unit ("4.8 km ... At 4,300 metres")
BASE_UNITS = {"length": "meter", "area": "meter ** 2", "volume": "meter ** 3", "mass": "kilogram"}
# spans of fixed length, by the unit each group is compared in: a month has no fixed number of days
SPAN_BASES = {"hour": {"second", "minute", "hour", "day", "week", "fortnight"}, "month": {"month", "year"}}


@lru_cache(maxsize=256)
def _factor(unit: str, to: str) -> float | None:
    return convert(1.0, unit, to) or None


def in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    """The measure ``q`` told in ``unit`` ("4.8 km" as 4,800 to its 4,750-4,850 metres), itself when it is in
    that unit already, None when the two units measure different things. A span converts only within
    units of fixed length ("48 hours" as 2 days, "18 months" as 1.5 years; never weeks as months)."""
    if q.unit == unit:
        return q
    if q.unit is None or unit is None:
        return None
    if q.kind is Kind.DURATION:
        base = _span_base(q.unit)
        if base is None or base != _span_base(unit):
            return None
    elif q.kind is not Kind.MEASURE or q.dimension not in BASE_UNITS:
        return None
    factor = _factor(q.unit, unit)
    if factor is None:
        return None
    return q.model_copy(update={name: getattr(q, name) * factor for name in ("value", "low", "high", "step")
                                if getattr(q, name) is not None} | {"unit": unit})


def _span_base(unit: str) -> str | None:
    return next((base for base, units in SPAN_BASES.items() if unit in units), None)


def in_base_unit(q: Quantity) -> Quantity:
    """A measure in the one unit of its dimension (``BASE_UNITS``), a span in the one unit of its group
    (``SPAN_BASES``); any other figure as it is."""
    if q.kind is Kind.DURATION and q.unit is not None and (base := _span_base(q.unit)) is not None:
        return in_unit(q, base) or q
    return in_unit(q, BASE_UNITS[q.dimension]) or q if q.kind is Kind.MEASURE and q.dimension in BASE_UNITS else q


def find_temperatures(text: str) -> list[Temperature]:
    """Every temperature of ``text``: "30C (86F)", "-4°C", "8 degrees Celsius", "minus 5C".

    A bare letter ("30C") counts only next to another temperature, after a temperature word
    ("Temperatures reached 30C") or in an article that gives another temperature so, so "Form
    1040C" and "a 747F" stay numbers.
    """
    found: list[tuple[Temperature, bool]] = []
    for m in _TEMPERATURE.finditer(text):
        scale = next(m.group(g) for g in ("s1", "s2", "s3", "bare") if m.group(g))
        digits = m.group("num").replace(",", "")
        value = float(digits) * (-1 if m.group("sign") else 1)
        step = 10.0 ** -len(digits.split(".")[1]) if "." in digits else None
        bare = bool(m.group("bare")) and not (m.group("sign") or "").lower().startswith("minus")
        found.append((Temperature(m.start(), m.end(), value, _SCALE[scale.lower()], step), bare))
    kept, doubtful = [], []
    for i, (t, bare) in enumerate(found):
        if bare:
            paired = any(abs(o.start - t.end) <= 12 or abs(t.start - o.end) <= 12
                         for j, (o, _) in enumerate(found) if j != i)
            if not paired and not _TEMPERATURE_CONTEXT.search(text[max(0, t.start - 80):t.start]):
                doubtful.append(t)
                continue
        kept.append(t)
    if kept:
        # an article that gives temperatures gives them all so: "Temperatures reached 41.3C on Tuesday. ...
        # Tuesday's 43.1C reading beat the record of 40.7C" (within the range of weather on earth)
        kept.extend(t for t in doubtful if -90 <= t.value <= (60 if t.unit == "degree_Celsius" else 135))
        kept.sort(key=lambda t: t.start)
    return kept


def resolve_units(text: str, candidates: list) -> list:
    """Retype plain numbers that a unit makes measures, in place; returns ``candidates``.

    - a unit adjective: "a 290-mile (466km) pipeline" -> 290 mile;
    - an ambiguous unit word beside its conversion: "395 pounds (179 kg)", "23 mm (0.91 in)".
    """
    ordered = sorted(candidates, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        if c.kind not in (Kind.NUMBER, Kind.COUNT) or c.value is None or not text[c.start:c.end][:1].isdigit():
            continue
        rest = text[c.end:c.end + 40]
        hyphen = _HYPHEN_UNIT.match(rest)
        if hyphen and hyphen.group("word").lower() not in _HYPHEN_NOT_UNITS \
                and hyphen.group("word").lower() not in NEVER_UNITS:  # "the 84-bus order"
            found = canonical_unit(hyphen.group("word").replace("-", " "))
            if found:
                _retype(c, c.end + hyphen.end(), *found)
                continue
        paired = _PAIRED_AFTER.match(rest)
        if not paired:
            continue
        found = canonical_unit(_PAIRED_UNITS[paired.group("word").lower()])
        if not found:
            continue
        end = c.end + paired.end()
        before = ordered[i - 1] if i else None
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        # "179 kg (395 pounds)": the measure before, this one in brackets
        if before is not None and before.kind is Kind.MEASURE and before.dimension == found[1] \
                and _OPEN.match(text[before.end:c.start]) and _CLOSE.match(text[end:]):
            _retype(c, end, *found)
        # "395 pounds (179 kg)": this one first, the measure in brackets after it
        elif after is not None and after.kind is Kind.MEASURE and after.dimension == found[1] \
                and _OPEN.match(text[end:after.start]):
            _retype(c, end, *found)
    return candidates


def _retype(c, end: int, unit: str, dimension: str) -> None:
    c.kind, c.unit, c.dimension, c.end = Kind.MEASURE, unit, dimension, end
    c.counted = c.counted_text = None
