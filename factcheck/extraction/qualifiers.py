"""Qualifiers: the hedge before a figure ("some", "more than", "possibly more than") and the
interval of values the statement allows. The hedge words are data: ``lang/en/hedges.yaml``."""

from __future__ import annotations

import re

from factcheck.lang import alternation, table
from factcheck.records import Qualifier

# The hedge phrases of each qualifier, from the language's word table (lang/en/hedges.yaml).
QUALIFIER_PHRASES: dict[str, Qualifier] = {
    " ".join(str(phrase).lower().split()): Qualifier(cls) for cls, phrases in table("hedges").items() for phrase in phrases
}
_BEFORE = re.compile(
    r"(?:^|[^\w])(?P<q>" + alternation("hedges") + r")\s*(?:of\s+)?$",  # not "asked about the 1,350 jobs"
    re.I,
)
# Verbs that make a following "up to" part of the verb, not a bound: "adds up to 105 aircraft"
_NOT_A_BOUND = re.compile(r"\b(?:add(?:s|ed|ing)?|sum(?:s|med|ming)?|tall(?:y|ies|ied|ying))\s*$", re.I)

# Share of the value an approximate figure may be off by.
APPROXIMATE_TOLERANCE = 0.10


def qualifier_before(text_before: str) -> tuple[Qualifier, str | None, int]:
    """The qualifier ending just before a figure: (qualifier, its text, its start in ``text_before``)."""
    m = _BEFORE.search(text_before[-40:])
    if not m:
        return Qualifier.EXACT, None, len(text_before)
    phrase = re.sub(r"\s+", " ", m.group("q"))
    before_phrase = text_before[:len(text_before) - len(text_before[-40:]) + m.start("q")]
    if phrase.lower() == "up to" and _NOT_A_BOUND.search(before_phrase):
        return Qualifier.EXACT, None, len(text_before)  # "add up to 105": a sum, not a bound
    qualifier = QUALIFIER_PHRASES.get(phrase.lower())
    if qualifier is None:
        return Qualifier.EXACT, None, len(text_before)
    return qualifier, phrase, len(text_before) - len(text_before[-40:]) + m.start("q")


def interval(value: float | None, qualifier: Qualifier, step: float | None = None,
             tolerance: float = APPROXIMATE_TOLERANCE) -> tuple[float | None, float | None]:
    """Lowest and highest value a hedged, rounded figure allows (None: unbounded on that side)."""
    if value is None:
        return None, None
    half = (step or 0) / 2
    slack = abs(value) * tolerance
    if qualifier is Qualifier.EXACT:
        return value - half, value + half
    if qualifier is Qualifier.APPROXIMATE:
        return value - slack - half, value + slack + half
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value - half, None
    if qualifier is Qualifier.POSSIBLY_MORE_THAN:
        return value - slack - half, None
    if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return 0.0, value + half
    if qualifier is Qualifier.NEARLY:
        return value - slack - half, value + half
    return value, value
