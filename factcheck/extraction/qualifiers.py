"""Qualifiers: the hedge before a figure ("some", "more than", "possibly more than") and the
interval of values the statement allows."""

from __future__ import annotations

import re

from factcheck.records import Qualifier

# Longest phrases first; each is matched against the words just before the figure.
QUALIFIER_PHRASES: list[tuple[str, Qualifier]] = [
    (r"(?:possibly|perhaps|maybe|potentially|probably)\s+(?:more|over)\s+than|possibly\s+over", Qualifier.POSSIBLY_MORE_THAN),
    (r"(?:no|not)\s+(?:fewer|less)\s+than|at\s+least|a\s+minimum\s+of|as\s+many\s+as", Qualifier.AT_LEAST),
    (r"(?:more|greater|higher)\s+than|in\s+excess\s+of|upwards\s+of|over|above|exceeding|north\s+of", Qualifier.MORE_THAN),
    (r"(?:no|not)\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of|as\s+few\s+as", Qualifier.AT_MOST),
    (r"(?:fewer|less|lower)\s+than|under|below|short\s+of", Qualifier.LESS_THAN),
    (r"nearly|almost|just\s+(?:under|below|short\s+of)|close\s+to|approaching", Qualifier.NEARLY),
    (r"some|about|around|roughly|approximately|approx\.?|an\s+estimated|estimated|circa|c\.|"
     r"more\s+or\s+less|or\s+so|upward\s+of|~|nearly\s+or\s+about|give\s+or\s+take|an?\s+approximate", Qualifier.APPROXIMATE),
]
_BEFORE = re.compile(
    r"(?:^|[^\w])(?P<q>" + "|".join(f"(?:{p})" for p, _ in QUALIFIER_PHRASES) + r")\s*(?:of\s+)?(?:the\s+)?$",
    re.I,
)
# Verbs that make a following "up to" part of the verb, not a bound: "adds up to 105 aircraft"
_NOT_A_BOUND = re.compile(r"\b(?:add(?:s|ed|ing)?|sum(?:s|med|ming)?|tall(?:y|ies|ied|ying))\s*$", re.I)
_KINDS = [(re.compile(rf"^(?:{p})$", re.I), q) for p, q in QUALIFIER_PHRASES]

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
    for pattern, qualifier in _KINDS:
        if pattern.match(phrase):
            return qualifier, phrase, len(text_before) - len(text_before[-40:]) + m.start("q")
    return Qualifier.EXACT, None, len(text_before)


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
