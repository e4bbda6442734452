"""Quantities of one passage: numbers typed as counts, measures, money, percentages,
durations, dates and times, with their qualifiers and what they count.

Who does what:
- our scanners (``numbers``, ``datetimes``) find every figure and its exact span;
- quantulum3 names the unit that follows a number ("2.5sq km" -> square kilometre, area);
  pint converts units and backs quantulum3 up where it misses ("482 hectares");
- spaCy's parse gives sentences, the noun a count counts ("4,000 rebel fighters" -> fighter).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from factcheck.extraction import changes, datetimes, measures, numbers
from factcheck.extraction.qualifiers import interval, qualifier_before
from factcheck.lang import alternation, table, words
from factcheck.records import DateParts, FixedOffset, Kind, Qualifier, Role, TimeParts
from factcheck.units import canonical_unit, registry

_UNITS = table("units")
DURATION_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "decade": "decade", "century": "century", "fortnight": "fortnight",
    "quarter": "quarter",
}
# duration words as written, wire shorthand included ("12 mths", "the 3rd qtr"): word -> unit
_DURATION_SPELLINGS = {**{w: w for w in DURATION_UNITS}, **{w + "s": w for w in DURATION_UNITS},
                       "centuries": "century", **_UNITS["duration_words"]}
_DURATION_WORDS = re.compile(
    r"^[\s-]*(?P<unit>" + "|".join(sorted(map(re.escape, _DURATION_SPELLINGS), key=len, reverse=True)) + r")\b(?!-\w)",
    re.I,
)
# vague durations: "a few hours", "several weeks", "a couple of days" -> (low, high) of the unit
_VAGUE_COUNTS = {"a few": (2, 5), "few": (2, 5), "several": (3, 9), "a couple of": (2, 3), "a number of": (2, 9)}
_VAGUE_DURATION = re.compile(
    r"(?<![\w-])(?P<how>a\s+few|few|several|a\s+couple\s+of|a\s+number\s+of)\s+(?:(?:more|other|long|short|"
    r"additional|consecutive|fiscal|full)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|fortnights|months|years|"
    r"decades|centuries)\b", re.I)
# quantulum3 entities we accept as physical measures
MEASURE_ENTITIES = {
    "length", "area", "volume", "mass", "speed", "temperature", "energy", "power", "pressure",
    "data storage", "frequency", "force", "density", "fuel economy", "acceleration", "charge",
    "electric potential", "current", "volumetric flow", "illuminance",
}
# Words pint knows as units but that are nearly always something else after a number
NOT_UNITS = frozenset(w.lower() for w in _UNITS["not_units"])
NEVER_UNITS = measures.NEVER_UNITS
# trade and spelled-out units read before quantulum3's tables: "1.5 mln bpd", "20 mcg", "a metric ton"
_TRADE_UNITS = {k.lower(): v for k, v in _UNITS["trade_units"].items()}
_TRADE_UNIT = re.compile(
    r"^[ \t-]?(?P<unit>" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in
                                   sorted(_TRADE_UNITS, key=len, reverse=True)) + r")(?![\w/])", re.I)
_SYMBOLS = dict(_UNITS["symbols"])
_UNIT_WORDS = re.compile(r"^[\s-]?(?:(?:sq|square|cubic|cu)\.?\s*)?[a-zA-Z²³/]+(?:\s*(?:per|/)\s*[a-zA-Z]+)?")


@dataclass
class Candidate:
    """A figure found in a passage, before it becomes a :class:`Quantity`: the core fields the
    passes below refine in place, and the typed parts only a date or a time of day carries."""

    kind: Kind
    start: int  # offset within the passage
    end: int
    value: float | None = None
    unit: str | None = None
    dimension: str | None = None
    counted: str | None = None
    counted_text: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    qualifier_text: str | None = None
    low: float | None = None
    high: float | None = None
    step: float | None = None
    unit_symbol: str | None = None
    role: Role | None = None
    date: DateParts | None = None
    time: TimeParts | None = None


@lru_cache(maxsize=1)
def _unit_tables():
    """quantulum3's unit tables (surfaces and symbols of every unit it knows), loaded once."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

    return load.units("en_US")


@lru_cache(maxsize=1)
def _unit_first_words() -> frozenset[str]:
    """First words of every unit quantulum3 knows for a measure entity: a number followed by
    anything else is not a measure (most numbers in news count things)."""
    units = _unit_tables()
    words = set()
    for surfaces in (units.surfaces_lower, units.symbols_lower):
        for surface, entries in surfaces.items():
            if any(u.entity.name in MEASURE_ENTITIES for u in entries):
                words.add(surface.split()[0].lower())
    return frozenset(words)


_NEXT_WORD = re.compile(r"^[\s-]?([^\W\d_]+|[°²³/'\"″′]+)")
# up to three words after a number: "km", "sq km", "miles per hour", "degrees Fahrenheit"
_UNIT_PHRASE = re.compile(r"^[ \t-]?((?:[^\W\d_]|[°/.])+[²³23]?)(?:[ \t]+((?:[^\W\d_]|[°/.])+))?(?:[ \t]+((?:[^\W\d_]|[°/.])+))?(?![\d])")


def _may_be_unit(rest: str) -> bool:
    m = _NEXT_WORD.match(rest)
    return m is not None and m.group(1).lower() in _unit_first_words()


def _quantulum_unit_after(rest: str) -> tuple[int, str] | None:
    """The longest unit name in quantulum3's tables that follows a number: (its end in ``rest``,
    quantulum3's unit name). Ambiguous one-letter symbols ("c", "f") are left to the temperature scanner."""
    m = _UNIT_PHRASE.match(rest)
    if not m:
        return None
    units = _unit_tables()
    words = [w for w in m.groups() if w]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n]).rstrip(".")
        glued = n == 1 and glued_unit(rest) == phrase
        if n == 1 and not glued and (phrase in STOP_WORDS
                                     or (len(phrase) == 1 and (phrase not in "mglL" or rest[:1] not in " -"))):
            continue  # "133 in sales", "747F freighters": words and letters that are also unit symbols
        if phrase.lower() in NEVER_UNITS:
            continue  # "46 league matches": a unit news never means
        entries = units.symbols.get(phrase) or units.surfaces_lower.get(phrase.lower()) \
            or (units.symbols_lower.get(phrase.lower()) if len(phrase) > 1 else None)
        measures = [u for u in entries or () if u.entity.name in MEASURE_ENTITIES]
        end = m.end(n) - (len(m.group(n)) - len(m.group(n).rstrip(".")))
        if len(measures) == 1 or (measures and len({u.entity.name for u in measures}) == 1):
            return end, measures[0].name
        if n == 1 and ("/" in phrase or phrase[-1] in "²³23") and canonical_unit(phrase) is not None:
            return end, phrase  # "km/h", "km2": pint reads what the tables spell otherwise
    return None


def _pint_unit_after(text: str) -> tuple[int, str, str] | None:
    """A unit word just after a number that quantulum3 left dimensionless ("482 hectares")."""
    m = _UNIT_WORDS.match(text)
    if not m:
        return None
    words = m.group().strip(" -")
    core = re.sub(r"^(?:sq|square|cubic|cu)\.?\s*|[²³]", "", words, flags=re.I).split()
    if words.lower() in NOT_UNITS or words.lower() in NEVER_UNITS or len(words) < 2 or not core or not _plain_unit_word(core[0]):
        return None
    found = canonical_unit(words)
    if not found:
        return None
    return m.end(), found[0], found[1]


def _plain_unit_word(word: str) -> bool:
    """A word pint reads as a unit without guessing a prefix: "hectares", "kilometres", "km" yes;
    "apps" (atto-points) no."""
    try:
        readings = registry().parse_unit_name(word)
    except Exception:  # noqa: BLE001 - pint raises several error types for a word it cannot read
        return False
    return any(not prefix or word.lower().startswith(prefix) or len(word) <= 3 for prefix, _, _ in readings)


def _unit_as_modifier(doc, unit_end: int, value: float | None) -> bool:
    """A singular unit of time before a plural noun, after more of them than a year holds, modifies the noun:
    "3,500 day tickets", "2,000 year passes" count tickets and passes (not "a 10 day trip")."""
    if value is None or value <= 366 or doc.text[unit_end - 1:unit_end].lower() == "s":
        return False
    span = _tokens_at(doc, unit_end, min(len(doc.text), unit_end + 20))
    after = [t for t in span or () if not t.is_space and t.idx >= unit_end]
    return bool(after) and after[0].tag_ == "NNS"


def _duration_after(text: str) -> tuple[int, str] | None:
    m = _DURATION_WORDS.match(text)
    if not m:
        return None
    return m.end(), _DURATION_SPELLINGS[m.group("unit").lower()]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_candidates(doc, published: dt.date | None) -> list[Candidate]:
    """Every figure of one spaCy Doc (a paragraph), typed, with passage-relative offsets.

    Scanners with patterns of their own go first and take their text (times, dates, temperatures,
    spans, verbs of multiplying); the numbers left are typed one by one; then neighbours merge
    (ranges, ratios, compound durations), heads and units carry over, and hedges are read."""
    text = doc.text
    found, taken = _scanned(doc, published)
    matches = [n for n in numbers.find_numbers(text) if not _overlaps(n.start, n.end, taken)]
    units_by_start = _measure_units(doc, matches, text)
    for n in matches:
        c = _typed_number(doc, n, units_by_start)
        if c is not None:
            found.append(c)
    return _finished(doc, found)


def _time_candidate(t: datetimes.TimeMatch, published: dt.date | None) -> Candidate:
    """A time of day with its zone and place; a part of the day ("yesterday evening") with its hours and day."""
    date = DateParts(granularity="clock")
    c = Candidate(Kind.TIME, t.start, t.end, value=t.hours, unit="h", date=date, time=TimeParts(
        hours=t.hours, zone=t.zone, place=t.place, place_source="time" if t.place else None,  # "3pm Denver time"
        stated_offset=None if t.stated_offset is None else FixedOffset(minutes=t.stated_offset)))
    if t.part_of_day is not None:  # "in the morning": hours from .. to
        date.granularity = "part_of_day"
        c.low, c.high = t.part_of_day
        day_word = (t.day_word or "").lower()
        date.relative = day_word in datetimes.RELATIVE_DAYS or day_word in ("this", "that", "the")
        if day_word in ("this", *datetimes.RELATIVE_DAYS) and published is not None:
            day = published + dt.timedelta(days=datetimes.RELATIVE_DAYS.get(day_word, 0))
            date.iso_date, date.year, date.month, date.day = day.isoformat(), day.year, day.month, day.day
            date.relative_to = "article_date"
    return c


_COUNT_RANGE_START = re.compile(r"\bfrom\s+(?P<n>\d[\d,]*)\s+(?:[a-z]+\s+)?(?:to|and)\s+$", re.I)


def _end_of_a_count_range(text: str, start: int) -> bool:
    """A year-like figure ending a range whose start is no year: "rose from 600 to 1800"."""
    m = _COUNT_RANGE_START.search(text[max(0, start - 40):start])
    return m is not None and not 1000 <= float(m.group("n").replace(",", "")) <= 2100


def _scanned(doc, published: dt.date | None) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The figures of scanners with patterns of their own, and the spans they take: times of day,
    dates, temperatures, clock-style and vague durations, anniversaries, 'a decade', verbs of multiplying."""
    text = doc.text
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for t in datetimes.find_times(text):
        found.append(_time_candidate(t, published))
        taken.append((t.start, t.end))
        if t.stated_offset_span:  # "(GMT+4)" beside it: an offset, no figure of its own
            taken.append(t.stated_offset_span)
    for d in datetimes.find_dates(text, published, exclude=taken):
        if _overlaps(d.start, d.end, taken):
            continue
        if d.granularity in ("year", "years") and (_counts_something(doc, d.end) or _end_of_a_count_range(text, d.start)):
            continue  # "1900 people" is a count, not a year; nor is "rose from 600 to 1800"
        found.append(Candidate(Kind.DATE, d.start, d.end, value=d.year, date=DateParts(
            iso_date=d.iso_date, year=d.year, month=d.month, day=d.day, weekday=d.weekday,
            granularity=d.granularity, iso_start=d.iso_start or d.iso_date, iso_end=d.iso_end or d.iso_date,
            relative=d.relative, relative_to=d.relative_to, fiscal_year=d.fiscal_year,
            year_stated=d.year_written and d.year is not None)))
        taken.append((d.start, d.end))
    for temp in measures.find_temperatures(text):  # "30C (86F)", "-4°C": quantulum3 misses these
        if not _overlaps(temp.start, temp.end, taken):
            found.append(Candidate(Kind.MEASURE, temp.start, temp.end, value=temp.value,
                                   unit=(canonical_unit(temp.unit) or (temp.unit,))[0], dimension="temperature", step=temp.step))
            taken.append((temp.start, temp.end))

    for m in datetimes.CLOCK_DURATION.finditer(text) if ":" in text else ():  # "won in 2:04:11"
        if _overlaps(m.start(), m.end(), taken) or not datetimes.CLOCK_DURATION_BEFORE.search(
                text[max(0, m.start() - 12):m.start()]):
            continue
        parts = [int(m.group(x)) for x in "abc" if m.group(x)]
        seconds = parts[0] * 3600 + parts[1] * 60 + parts[2] if len(parts) == 3 else parts[0] * 60 + parts[1]
        found.append(Candidate(Kind.DURATION, m.start(), m.end(), value=float(seconds), unit="second",
                               dimension="time"))
        taken.append((m.start(), m.end()))
    for a in datetimes.find_anniversaries(text):  # "its 18th anniversary": a span of 18 years
        if not _overlaps(a.start, a.end, taken):
            found.append(Candidate(Kind.DURATION, a.start, a.end, value=a.years, unit="year", dimension="time"))
            taken.append((a.start, a.end))
    lower = text.lower()
    vague = "few" in lower or "several" in lower or "couple" in lower or "number of" in lower
    for m in _VAGUE_DURATION.finditer(text) if vague else ():  # "a few hours", "several weeks": no single value
        if not _overlaps(m.start(), m.end(), taken):
            unit = _DURATION_SPELLINGS[m.group("unit").lower()]
            low, high = _VAGUE_COUNTS[re.sub(r"\s+", " ", m.group("how").lower())]
            found.append(Candidate(Kind.DURATION, m.start(), m.end(), unit=unit, dimension="time", low=low, high=high,
                                   qualifier=Qualifier.APPROXIMATE))
            taken.append((m.start(), m.end()))
    for m in _ONE_UNIT.finditer(text):  # "a decade ago", "within a year"
        if not _overlaps(m.start(), m.end(), taken) and text[max(0, m.start() - 5):m.start()].lower() != "half ":
            unit = DURATION_UNITS[m.group("unit").lower()]
            half = numbers.AND_A_HALF.match(text, m.end())  # "an hour and a half", "a year and a half"
            end = half.end() if half else m.end()
            found.append(Candidate(Kind.DURATION, m.start(), end, value=1.5 if half else 1.0, unit=unit,
                                   dimension="time"))
            taken.append((m.start(), end))

    for m in _VOTE_TALLY.finditer(text):  # "approved the budget 71-12": a vote's two sides, not a designation
        for side in ("a", "b"):
            if not _overlaps(m.start(side), m.end(side), taken):
                found.append(Candidate(Kind.COUNT, m.start(side), m.end(side), value=float(m.group(side)),
                                       counted="vote", counted_text="votes"))
                taken.append((m.start(side), m.end(side)))
    for m in _ONE_MEASURE.finditer(text):  # "nearly a kilometre (about 1,100 yards)": one unit, converted after it
        unit = canonical_unit(m.group("unit"))
        if unit is not None and not _overlaps(m.start(), m.end(), taken):
            found.append(Candidate(Kind.MEASURE, m.start(), m.end(), value=1.0, unit=unit[0], dimension=unit[1]))
            taken.append((m.start(), m.end()))
    for m in changes.find_multiple_verbs(text):  # "doubled", "more than tripled": a change stated as a multiple
        if not _overlaps(m.start(), m.end(), taken):
            found.append(Candidate(Kind.NUMBER, m.start(), m.end(), value=changes.multiple_of(m.group()), unit="ratio",
                                   unit_symbol="×"))
            taken.append((m.start(), m.end()))
    return found, taken


# a vote's sides joined by a dash, after a verb of voting and at most a short object: "passed the measure 31-18"
_VOTE_TALLY = re.compile(rf"\b(?:{alternation('breakdowns', 'tally_verbs')})\s+(?:[\w'’-]+\s+){{0,4}}?"
                         r"(?:by\s+(?:a\s+)?(?:vote|margin)\s+of\s+)?(?P<a>\d{1,4})\s?[-–](?P<b>\d{1,4})\b(?![-–.]?\d)", re.I)
# one unit of measure named by its article, only where its conversion follows in brackets
_ONE_MEASURE = re.compile(rf"\b(?:an?|one)\s+(?P<unit>{alternation('units', 'article_units')})"
                          r"(?=\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|or|just)\s+)?\d)", re.I)
_POINTS_AMONG_SHARES = re.compile(r"\s+points?\b", re.I)
_SHARE_MARK = re.compile(r"\d\s*(?:%|per\s?cent\b|percent\b)", re.I)


def _shares_around(text: str, at: int) -> bool:
    """Percentages in the sentence around ``at``: its "points" are percentage points."""
    end = changes.SENTENCE_END.search(text, at)
    return bool(_SHARE_MARK.search(text[changes.sentence_start(text, at):end.start() if end else len(text)]))


def _typed_number(doc, n: numbers.NumberMatch, units_by_start: dict[int, tuple[int, str, str]]) -> Candidate | None:
    """A number as a figure of its kind (a ratio, percentage, sum of money, measure, duration or
    count) or a bare number with its role; None for 'one' or 'a' with nothing counted."""
    text = doc.text
    c = Candidate(Kind.NUMBER, n.start, n.end, value=n.value, step=n.step, low=n.low, high=n.high)
    if n.low is not None:
        c.qualifier = Qualifier.RANGE if n.value is None and not n.is_word else Qualifier.APPROXIMATE
    rest = text[n.end:]
    subunit = _subunit_after(rest) if not n.currency and not n.percent else None
    if n.multiple:
        c.unit = "ratio"  # "threefold", "twice": a factor, never an amount to add up
        c.unit_symbol = "×"
    elif n.fraction and not n.currency and not n.percent:
        if n.value is not None and n.value < 1:
            c.unit = "ratio"  # "two-thirds", "¾": a share, like "three in four"
    elif not n.currency and n.value is not None and 0 < n.value <= 100 and (points := _POINTS_AMONG_SHARES.match(rest)) \
            and _shares_around(text, n.start):
        # "Turnout fell 12 points, from 67% to 62%": points among percentages are percentage points (an index
        # "closed at 3,150 points, down 4%" is not: no share moves by more than 100 points)
        c.kind, c.unit, c.end = Kind.PERCENT, "percentage point", n.end + points.end()
    elif n.percent:
        c.kind, c.unit = Kind.PERCENT, "%"
        if re.search(r"points?$", text[n.start:n.end], re.I) or \
                (re.match(r"\s*(?:percentage\s+)?points?\b", rest, re.I) and "%" not in text[n.start:n.end]):
            c.unit = "percentage point"
    elif subunit is not None:  # "45 cts" is 0.45 USD, "280p" 2.80 GBP
        c.kind, c.unit, c.dimension, c.end = Kind.MONEY, subunit[1], "currency", n.end + subunit[0]
        c.value = None if n.value is None else n.value / 100
        c.step = c.step / 100 if c.step else 0.01
        c.low, c.high = (n.low / 100 if n.low is not None else None), (n.high / 100 if n.high is not None else None)
    elif n.currency or _currency_word(rest):
        word = _currency_word(rest)
        c.kind, c.unit, c.dimension = Kind.MONEY, n.currency or (word[1] if word else None), "currency"
        if not n.currency and word is not None:
            c.end = n.end + word[0]
        elif word is not None and word[1] == n.currency:
            c.end = n.end + word[0]  # "US$5 dollars"
    elif (trade := _trade_unit_after(rest)) is not None:
        c.kind, c.unit, c.dimension, c.end = Kind.MEASURE, trade[1], trade[2], n.end + trade[0]
    elif (duration := _duration_after(rest)) is not None and not _unit_as_modifier(doc, n.end + duration[0], c.value):
        c.kind, c.unit, c.dimension = Kind.DURATION, duration[1], "time"
        c.end = n.end + duration[0]
        half = numbers.AND_A_HALF.match(text, c.end) if c.value is not None and float(c.value).is_integer() else None
        if half and c.value is not None:  # "three hours and a half"
            c.value, c.end = c.value + 0.5, half.end()
    elif n.start in units_by_start:
        end, unit, dimension = units_by_start[n.start]
        c.kind, c.unit, c.dimension, c.end = Kind.MEASURE, unit, dimension, max(end, n.end)
    elif (pint_unit := _pint_unit_after(rest)) is not None and not n.is_word:
        c.kind, c.unit, c.dimension = Kind.MEASURE, pint_unit[1], pint_unit[2]
        c.end = n.end + pint_unit[0]
    else:
        role = number_role(doc, n.start, n.end)
        head = counted_head(doc, n.start, n.end) if role is None else None
        if role is not None:
            c.role = role
        elif head is not None and head[0] in SPAN_UNITS and SPAN_ADJECTIVES.fullmatch(head[1].rsplit(" ", 1)[0]) \
                and rest.find(head[1]) >= 0:
            # "12 consecutive days", "three straight weeks": a span of time, its unit after an adjective
            c.kind, c.unit, c.dimension, c.end = Kind.DURATION, head[0], "time", n.end + rest.find(head[1]) + len(head[1])
        elif head is not None:
            c.kind = Kind.COUNT
            c.counted, c.counted_text = head
        elif n.is_word and n.value is not None and 0 < n.value <= 1 and n.low is None and not n.fraction \
                and not text[n.start:n.end].lower().startswith(("minus", "negative")) \
                and not CLOSING_ONE.search(text[max(0, n.start - 20):n.start]) and not _listed_one(doc, n.start, n.end):
            return None  # "one", "a" without anything counted: an article or pronoun, not a figure
    return c


def _finished(doc, found: list[Candidate]) -> list[Candidate]:
    """Neighbours merged, heads and units carried over, hedges read, unit symbols set; sorted by place."""
    text = doc.text
    found = _merge_compound_durations(text, found)
    found = _merge_between_ranges(text, found)
    found = _merge_ratios(text, found)
    found = _merge_to_ranges(text, found)
    _figures_in_name_lists(text, found)
    _inherit_implied_heads(doc, found)
    _inherit_implied_units(text, found)
    measures.resolve_units(text, found)  # "a 290-mile pipeline", "395 pounds (179 kg)"
    for c in found:
        if c.kind in (Kind.DATE, Kind.TIME):
            continue
        qualifier, phrase, _q_start = qualifier_before(text[max(0, c.start - 60):c.start])
        if c.qualifier is Qualifier.EXACT and phrase:
            if qualifier is Qualifier.MORE_THAN and phrase.lower() == "over" \
                    and (c.kind is Kind.DURATION and not _BOUNDED_SPAN.search(text[max(0, c.start - 20):c.start])
                         and not _SPAN_AGO_OR_OLD.match(text, c.end) or _fronted_across(doc, c)):
                pass  # "over 18 months", "Over 38 league games, the club won 21": a stretch, not a bound
            else:
                c.qualifier, c.qualifier_text = qualifier, phrase
        if c.low is None and c.high is None:
            c.low, c.high = interval(c.value, c.qualifier, c.step)
    for c in found:
        if c.unit and c.unit_symbol is None:
            c.unit_symbol = unit_symbol(c.unit, c.kind)
    return sorted(found, key=lambda c: (c.start, c.end))


# "over" bounds a span after a verb or a preposition that takes a length ("for over 18 months", "is over 800
# years old", "in over 20 years") and before "old" or "ago"; else it is the stretch ("spread over 18 months")
_BOUNDED_SPAN = re.compile(r"\b(?:for|after|in|is|are|was|were|be|been|being|of)\s+over\s+$", re.I)
_SPAN_AGO_OR_OLD = re.compile(r"\s+(?:old|ago)\b", re.I)


def _fronted_across(doc, c: Candidate) -> bool:
    """A fronted "Over N things," before a clause with a subject of its own is the stretch the clause
    covers ("Over 38 league games, Millbrook won 21, drew 10 ..."), not "more than N things"; the parser
    leaves the things as a fragment with the clause hung on them. "Over 500 people, many of them
    children, were treated": the people are the subject, so "over" bounds them."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span[-1].head if span[-1].dep_ == "nummod" else None
    if noun is None or noun.dep_ not in ("ROOT", "dep", "npadvmod") or noun.i + 1 >= len(doc) \
            or doc[noun.i + 1].text != ",":
        return False
    verbs = [c for c in noun.children if c.i > noun.i] if noun.dep_ == "ROOT" else [noun.head]
    return any(verb.pos_ in ("VERB", "AUX") and verb.i > noun.i
               and any(g.dep_ in ("nsubj", "nsubjpass") and g.i != noun.i for g in verb.children) for verb in verbs)


# between two "Name N" pairs of one list: "; Greene (Con) ", ", the Social Democrats ", " and the Farmers' Party "
_NAME_LIST_GAP = re.compile(r"^\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}"
                            r"(?:\([^()]{1,20}\)\s*)?[-–:]?\s*$")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.&-]*(?:\s+\([^()]{1,20}\))?\s*[-–:]?\s*$")


def _figures_in_name_lists(text: str, found: list[Candidate]) -> None:
    """A number after a name reads as a label ("Division 11", "Apollo 11"), unless it stands in a
    list of such pairs in which another is plainly a figure: "the Liberals 62, the Greens 21 and
    the Farmers' Party 16"; "Patel (Lab) 1,508; Greene (Con) 1,134; Doyle (LD) 870". A plural name
    or a thousands separator shows one pair is counted; then they all are."""
    ordered = sorted(found, key=lambda c: c.start)
    changed = True
    while changed:
        changed = False
        for a, b in itertools.pairwise(ordered):
            pair = (a, b) if a.role == "label" and b.role is None else (b, a) if b.role == "label" and a.role is None \
                else None
            if pair is None:
                continue
            label, figure = pair
            if figure.kind not in (Kind.COUNT, Kind.NUMBER) or label.kind is not Kind.NUMBER \
                    or not _NAME_LIST_GAP.match(text[a.end:b.start]) \
                    or not _NAME_BEFORE.search(text[max(0, figure.start - 40):figure.start]) \
                    or not _NAME_BEFORE.search(text[max(0, label.start - 40):label.start]):
                continue
            label.role = None
            changed = True


_SECONDS_IN = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600,
               "month": 2629800, "quarter": 7889400, "year": 31557600, "decade": 315576000, "century": 3155760000}
_COMPOUND_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)?$", re.I)


def _merge_compound_durations(text: str, found: list[Candidate]) -> list[Candidate]:
    """'7 hours 15 minutes', 'seven years and six months', 'two hours, 19 minutes and 52 seconds': one
    duration, in its first unit."""
    ordered = sorted(found, key=lambda c: c.start)
    out: list[Candidate] = []
    last_unit: dict[int, str] = {}  # id of a compound duration -> the unit of its last part
    for c in ordered:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is Kind.DURATION and c.kind is Kind.DURATION and prev.value is not None \
                and c.value is not None and prev.qualifier is Qualifier.EXACT and c.qualifier is Qualifier.EXACT \
                and prev.unit in _SECONDS_IN and c.unit in _SECONDS_IN \
                and _SECONDS_IN[c.unit] < _SECONDS_IN[last_unit.get(id(prev), prev.unit)] \
                and _COMPOUND_GAP.match(text[prev.end:c.start]):
            prev.value += c.value * _SECONDS_IN[c.unit] / _SECONDS_IN[prev.unit]
            prev.end, prev.step = c.end, None
            last_unit[id(prev)] = c.unit
            continue
        out.append(c)
    return out


def unit_symbol(unit: str, kind: Kind) -> str:
    """A unit as people write it: 'kilometer ** 2' -> 'km²', 'mile / hour' -> 'mph', '%', 'USD'."""
    if kind is not Kind.MEASURE:
        return {"percentage point": "pp"}.get(unit, unit)
    if unit in _SYMBOLS:
        return _SYMBOLS[unit]
    try:
        return format(registry().Unit(unit), "~P")
    except Exception:  # noqa: BLE001 - a unit pint cannot print short: keep its name
        return unit


def _trade_unit_after(rest: str) -> tuple[int, str, str] | None:
    """A trade or spelled-out unit right after a number: ' bpd', ' mcg', ' metric tons', ' gramme'."""
    m = _TRADE_UNIT.match(rest)
    if not m:
        return None
    found = canonical_unit(_TRADE_UNITS[re.sub(r"\s+", " ", m.group("unit").lower())])
    return (m.end(), found[0], found[1]) if found else None


_SUBUNITS = {k.lower(): v for k, v in table("currencies")["subunits"].items()}
_ATTACHED_ONLY = set(table("currencies")["attached_only"])
_SUBUNIT = re.compile(r"^(?P<space>[ \t-]?)(?P<word>" + "|".join(sorted(_SUBUNITS, key=len, reverse=True)) + r")\b(?![-'’]\w)",
                      re.I)


def _subunit_after(rest: str) -> tuple[int, str] | None:
    """Hundredths of a currency after a number: ' cts', ' cents', 'p' (attached): (end, ISO code)."""
    m = _SUBUNIT.match(rest)
    if not m or (m.group("word").lower() in _ATTACHED_ONLY and (m.group("space") or m.group("word") == "P")):
        return None
    return m.end(), _SUBUNITS[m.group("word").lower()]


_DOLLAR_COUNTRIES = {k.lower(): v for k, v in table("currencies")["dollar_countries"].items()}
_CURRENCY_WORD = re.compile(
    r"^\s*(?:(?P<country>" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in
                                     sorted(_DOLLAR_COUNTRIES, key=len, reverse=True)) + r"|Can|Aust|H\.?K\.?)\s+)?"
    r"(?P<word>" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in
                            sorted(numbers.CURRENCY_WORDS, key=len, reverse=True)) + r")\b(?!-)", re.I)


def _currency_word(rest: str) -> tuple[int, str] | None:
    """A currency named after a number: ' dollars', ' Canadian dollars', wire ' dlrs', ' stg', ' yen'."""
    m = _CURRENCY_WORD.match(rest)
    if not m:
        return None
    word = re.sub(r"\s+", " ", m.group("word").lower())
    code = numbers.CURRENCY_WORDS[word]
    country = re.sub(r"\s+", " ", (m.group("country") or "").lower())
    if code == "USD" and country:
        code = _DOLLAR_COUNTRIES.get(country) or {"can": "CAD", "aust": "AUD"}.get(country, "HKD")
    elif country and code != "USD":
        return None  # "Canadian yen": not a currency
    return m.end(), code


def _measure_units(doc, matches: list, text: str | None = None) -> dict[int, tuple[int, str, str]]:
    """Units named after numbers of this passage, by quantulum3's unit tables: number start ->
    (end, pint unit, dimension). ``text`` is ``doc.text`` (which spaCy rebuilds on every access)."""
    text = doc.text if text is None else text
    wanted = [n for n in matches if not n.percent and not n.currency and n.value is not None
              and _may_be_unit(text[n.end:])]
    if not wanted:
        return {}
    found: dict[int, tuple[int, str, str]] = {}
    for n in wanted:
        named = _quantulum_unit_after(text[n.end:])
        if named is not None and (unit := canonical_unit(named[1])) is not None:
            found[n.start] = (n.end + named[0], unit[0], unit[1])
    return found


def _tokens_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def _counts_something(doc, end: int) -> bool:
    """Whether a plural noun follows a number ending at ``end`` ("1900 people")."""
    span = doc.char_span(end, min(len(doc.text), end + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    if tok.idx < end and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    return tok.tag_ in ("NNS", "NNPS") and tok.idx <= end + 1


# adjectives that stand for people after a number: "the 47 dead", "12 injured"
NOMINAL_ADJECTIVES = {"dead", "injured", "wounded", "missing", "displaced", "homeless", "unemployed", "elderly",
                      "sick", "hurt", "killed", "detained", "arrested", "evacuated", "infected", "vaccinated"}
_VAGUE_WORDS = {"dozens", "scores", "hundreds", "thousands", "millions", "billions"}
_SKIP_BEFORE_HEAD = {"ADJ", "NUM", "PUNCT", "ADV", "CCONJ", "PART", "DET", "PROPN", "NOUN", "VERB"}


# unit symbols written glued to their number: "5ft 10in", "1.68m", "20kg" are measures, not labels
# (other single letters stay out: "747F freighters", "the 737s"; "m", "g" and "st" only where a measure reads)
_GLUED_UNITS = frozenset({"in", "ft", "m", "cm", "mm", "km", "kg", "lb", "lbs", "oz", "mi", "yd", "ha", "ml",
                          "mph", "kph", "kmh", "kw", "mw", "gw", "kwh", "mwh", "gwh", "hr", "hrs", "mins", "secs",
                          "g", "st"})
# a glued "m", "g" or "st" is a unit only where a measure reads: a conversion in brackets after it ("1.63m (5ft
# 11in)", "250g (9oz)", "5st (32kg)"), a stop, or a word of size ("a 2m tall")
_AMBIGUOUS_GLUED = {"m", "g", "st"}
_CONVERTED = r"(?:ft|in|feet|foot|inch|inches|cm|mm|m|metres|meters|yd|yards|oz|ounces|lb|lbs|pounds|kg|g|st|stone)\b"



def glued_unit(rest: str) -> str | None:
    """The unit symbol written glued to a number, from the text right after it: "10in", "1.68m)",
    "20kg". A glued "m" is metres only where a length reads ("1.68m)", "a 2m tall"); "5m people",
    "raised 2.5m" are millions."""
    m = re.match(r"[A-Za-z]+", rest)
    if m is None or m.group() not in _GLUED_UNITS:
        return None
    if m.group() in _AMBIGUOUS_GLUED and not re.match(rf"^{m.group()}(?:\s*[),;]|\.(?!\w)|\s+(?:tall|high|long|wide|deep)\b"
                                                    rf"|\s*\(\s*(?:about\s+|around\s+|roughly\s+)?\d[\d.,]*\s*{_CONVERTED})",
                                                    rest, re.I) \
            and not (m.group() == "m" and _MEASURED_NOUN.match(rest)):
        return None
    return m.group()


# a glued "m" before a singular noun it measures is metres: "the 5.6m mirror", "a 2m wall", "the 100m final" (not a
# sum or a change: "a 5m deal", "a 1.2m rise"; "5m people" and "reached 3.4m last year" are millions, read before)
_MEASURED_NOUN = re.compile(rf"m\s+(?!(?:{alternation('numbers', 'phrase_openers', 'sum_nouns')})\b)[a-z]{{2,}}(?<!s)\b(?!-)")

# a span of time with an adjective between its number and its unit: "12 consecutive days", "three straight weeks"
SPAN_UNITS = {"day", "week", "month", "year", "hour", "minute", "fortnight", "decade"}
SPAN_ADJECTIVES = re.compile(r"(?:consecutive|straight|successive|full|whole|long|solid|uninterrupted)", re.I)
# "the remaining one", "the other one", "by 11 votes to one": a part of a list or a tally, a figure even with
# nothing counted after it
CLOSING_ONE = re.compile(r"\bthe\s+(?:remaining|other|last|final)\s+$|\b\d+\s+(?:votes?\s+)?to\s+$", re.I)
# a figure's clause before a comma or "and": "three were sound, one needed repair"
_LISTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                            r"[^\d.;:!?]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _listed_one(doc, start: int, end: int) -> bool:
    """"one" as a part of a list of clauses, the subject of its verb ("three were sound, one needed repair
    and two were closed") or an item led by the same preposition as the one before ("four of money
    laundering and one of forgery"); not "one of the founders", nor "one" after any other comma."""
    span = _tokens_at(doc, start, end)
    if span is None or not len(span) or span[-1].i + 1 >= len(doc):
        return False
    after = doc[span[-1].i + 1]
    listed = _LISTED_BEFORE.search(doc.text[max(0, start - 60):start])
    if listed is None:
        return False
    if span[-1].dep_ in ("nsubj", "nsubjpass") and after.pos_ in ("VERB", "AUX"):
        return True
    # an item shaped as the one before it: "six of fraud, four of money laundering and one of forgery",
    # "two in the first half and one in the second"
    before = re.match(r"\S+\s+(\w+)", listed.group())
    return after.pos_ == "ADP" and before is not None and before.group(1).lower() == after.lower_


# an age as a threshold, a limit of a count rather than a count: "aged 18 or over", "were under 16"
AGE_THRESHOLD_BEFORE = re.compile(r"\b(?:(?:were|are|was|is)\s+(?:aged\s+)?(?:under|over|below|above)|"
                                  r"aged(?:\s+(?:under|over|below|above|between|from))?|"
                                  rf"(?:{alternation('labels', 'age_groups')})\s+(?:under|over|below|above))\s+$", re.I)
AGE_THRESHOLD_AFTER = re.compile(r"^\s+(?:or|and)\s+(?:over|older|above|under|younger)\b", re.I)


# a number glued by a hyphen to an agent noun, naming a kind of thing: "two-pointers", "a three-seater"
_AGENT_NOUN_AFTER = re.compile(r"-(?P<noun>[a-z]{3,}ers?)\b")


def number_role(doc, start: int, end: int) -> Role | None:
    """What a number that counts nothing is: 'label' ("type 1", "Section 407", "Division 11",
    "Routes 1349, 1353"), 'age' ("Hiroshi Ishikawa, 47,"), or None for a figure.

    A label follows the noun it names (a word of ``lang/en/labels.yaml`` or a capitalised name
    that is not a month) with nothing counted after it; an age stands between commas right
    after a person's name.
    """
    span = _tokens_at(doc, start, end)
    if span is None or not len(span):
        return None
    first, last = span[0], span[-1]
    agent = _AGENT_NOUN_AFTER.match(doc.text[end:end + 20])
    if agent and not _plain_unit_word(agent.group("noun")):
        noun = _tokens_at(doc, end + agent.start("noun"), end + agent.end("noun"))
        if noun is not None and len(noun) and noun[-1].dep_ not in ("compound", "amod", "nmod"):
            return "label"  # "18 in two-pointers", "a three-seater": the number names a kind of thing, not
            # "a 23-player squad", where it counts the players
    if not span.text[:1].isdigit():
        # "the Elite Eight", "the Six Nations": a number word capitalised inside a name
        inside = first.i > 0 and not doc[first.i - 1].is_sent_end and not doc[first.i - 1].is_punct
        return "label" if inside and span.text[:1].isupper() and first.pos_ == "PROPN" else None
    before, after = doc.text[max(0, start - 2):start], doc.text[end:end + 1]
    young = span.text.isdigit() and int(span.text) <= 120
    if AGE_THRESHOLD_BEFORE.search(doc.text[max(0, start - 20):start]) \
            or (AGE_THRESHOLD_AFTER.match(doc.text[end:end + 20]) and young) \
            or (young and re.search(r"\b(?:under|over|below|above)\s+$", doc.text[max(0, start - 7):start])
                and re.search(r"\baged\b", doc.text[first.sent.start_char:start])):
        # "20 were aged 18 or over and 12 were under 18", "41 aged over 80, 25 aged 65 to 80 and eight under
        # 65": ages that split a group, not counts
        return "age"  # "20 were aged 18 or over and 12 were under 18": ages that split a group, not counts
    if before.endswith("(") and after == ")" and len(span.text) <= 2 and \
            re.search(r"(?:^|\n|[;:,]\s|\b(?:and|or)\s)$", doc.text[max(0, start - 6):start - 1]):
        return "label"  # "(1) led the offense ...", "...; (2) Investments ...": an enumerator
    if after.isalpha() and glued_unit(doc.text[end:end + 20]) is None:
        return "label"  # "3D mammograms", "5G", "4K": letters glued to the digits name a kind ("10in", "1.68m" are measures)
    if re.search(r"\d,\d{3}", span.text):
        return None  # "South ward 1,850": a thousands separator makes a figure; labels are written bare
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # the word before a run of numbers: "State Routes 1349, 1353, and 1358" -> "Routes"
    def separator(tok) -> bool:
        return tok.text in (",", "&") or tok.lower_ in ("and", "or")

    k = first.i - 1
    # only bare numbers make a run of labels: "Routes 1349, 1353", not "Ward 1, 480 from Ward 2"
    while nxt is None or separator(nxt) or nxt.is_punct or nxt.is_space:
        if not (k >= 1 and separator(doc[k])):
            break
        while k >= 1 and separator(doc[k - 1]):
            k -= 1  # ", and"
        if k < 1 or not doc[k - 1].like_num:
            break
        k -= 2
    prev = doc[k] if k >= 0 else None
    if prev is not None and prev.text.lower().rstrip(".") in words("labels", "nouns") \
            and prev.pos_ in ("NOUN", "PROPN", "X", "ADJ"):
        return "label"  # "Section 8 vouchers", "type 2 diabetes": the noun before names, the one after is named
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NNPS"):
        return None  # "4,000 rebel fighters" after a name: a count
    if prev is None:
        return None
    word = prev.text.lower().rstrip(".")
    if prev.pos_ == "PROPN" and prev.tag_ == "NNP" and prev.text[:1].isupper() and prev.ent_type_ not in ("DATE", "MONEY", "TIME") \
            and word not in _MONTH_WORDS and "-" not in span.text and (nxt is None or nxt.pos_ != "NOUN") \
            and not _named_list_item(doc, prev):
        return "label"  # "Division 11", "Post 4668", "Apollo 11", "Radio 4"
    if prev.text == "," and first.i >= 2 and doc[first.i - 2].pos_ == "PROPN" \
            and doc[first.i - 2].ent_type_ == "PERSON" and (nxt is None or nxt.text in (",", ".", ")", ";")) \
            and span.text.isdigit() and 0 < int(span.text) <= 120:
        return "age"  # "Hiroshi Ishikawa, 47,"; not "Reyes, 2,840;" in a table of votes
    if prev.text == "(" and first.i >= 3 and doc[first.i - 2].ent_type_ == doc[first.i - 3].ent_type_ == "PERSON" \
            and nxt is not None and nxt.text == ")" and span.text.isdigit() and 0 < int(span.text) <= 110:
        # "Midfielder Aroha Tane (22) scored twice": the age in brackets after a full name (not "Hull (120)", a
        # town the parser took for a person)
        return "age"
    return None


def _named_list_item(doc, name_end) -> bool:
    """A name and its figure listed after another figure: "62 staff at Leeds, Bradford 51, Wakefield 27";
    "Labour 62, Conservatives 51". Not a run of one name's labels ("Apollo 11, Apollo 12")."""
    k = name_end.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in ("compound", "amod", "nmod"):
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    j = k - 1
    while j >= 0 and (doc[j].text in (",", "&", ";") or doc[j].lower_ in ("and", "or")):
        j -= 1
    if j == k - 1 or j < 0:
        return False
    figure = next((doc[i] for i in range(j, max(-1, j - 6), -1) if doc[i].like_num), None)
    if figure is None or figure.i == 0:
        return False
    return doc[figure.i - 1].lower_ != name_end.lower_  # "Apollo 11, Apollo 12": one name's run of labels


_MONTH_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december", "fy", "q1", "q2", "q3", "q4"}


def counted_head(doc, start: int, end: int) -> tuple[str, str] | None:
    """What a number counts: the lemma of the noun it modifies and the phrase up to it.

    "4,000 rebel fighters" -> ("fighter", "rebel fighters"); "89 of them adults" -> ("adult", "adults").
    """
    span = _tokens_at(doc, start, end)
    if span is None or not len(span):
        return None
    last = span[-1]
    head = None
    if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and last.head.i > last.i \
            and last.head.pos_ in ("NOUN", "PROPN") \
            and not any((t.is_punct and t.text not in ("-", "'", "’")) or t.pos_ == "CCONJ"
                        for t in doc[last.i + 1:last.head.i]):
        head = last.head  # not across a dash, a bracket or "and": "the squad of 23 — three goalkeepers"
    else:
        # walk right over adjectives and compounds to the first noun of the phrase
        i = last.i + 1
        if i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in ("them", "whom", "those", "which"):
            i += 2
        elif i + 1 < len(doc) and doc[i].lower_ == "of" and last.lower_ in _VAGUE_WORDS:
            i += 1  # "hundreds of animals"
        for tok in doc[i:i + 4]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET") \
                    or tok.like_num or tok.lower_ in ("last", "next", "previous", "past"):
                break  # "reached 312 last year": a time, not what the figure counts
            if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS", "NN"):
                head = tok
                if tok.tag_ in ("NNS", "NNPS"):
                    break
    if head is None:
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in NOMINAL_ADJECTIVES:
            return nxt.lower_, nxt.text  # "the 47 dead", "12 injured"
        return None
    # the head of a compound run: "rebel fighters" -> "fighters"
    while head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "compound" and doc[head.i + 1].head.i > head.i \
            and doc[head.i + 1].head.i <= head.i + 3:
        head = doc[head.i + 1].head
    if head.pos_ == "PROPN" and head.tag_ not in ("NNPS",) and not head.text.endswith("s"):
        return None
    lemma = head.lemma_.lower() if head.tag_ not in ("NNPS",) else head.text.lower()
    if lemma in ("%", "percent"):
        return None
    phrase_start = end
    phrase = doc.text[phrase_start:head.idx + len(head.text)].strip(" -")
    if "\n" in phrase:
        return None  # "North: 21\nWest: 18": a table's next row, not what the figure counts
    if len(phrase) > 60:
        phrase = head.text
    return lemma, phrase


_ONE_UNIT = re.compile(r"\b(?:a|an|one)\s+(?P<unit>decade|year|month|week|fortnight|day|hour|century)\b(?!-)", re.I)
# "9% to 12%", "12 to 18 others", "two or three places": a range, unless "from" makes it a change
_RANGE_GAP = re.compile(r"^\s*(?:to|or)\s*$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|by|rose|fell|grew|dropped|increased|decreased|up|down|cut|raised|lowered)\s+"
                          r"(?:(?:about|some|around|roughly|nearly|almost)\s+)?$", re.I)
# what may follow a count whose noun is implied: "... up from 2,100,", "31 were men"
_BARE_AFTER = re.compile(r"^\s*(?:[,;:.)]|$|and\b|or\b|to\b|from\b|in\b|on\b|at\b|were\b|was\b|are\b|is\b|"
                         r"have\b|had\b|did\b|will\b|would\b|of\s+(?:them|whom|those)\b|\w+ed\b)", re.I)
_OF_THE_COUNT = re.compile(r"^\s*of\s+(?:the|its|their|his|her|our|those|these)\s+$", re.I)


_RATIO_GAP = re.compile(r"^\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)


def _merge_adjacent(found: list[Candidate], merge) -> list[Candidate]:
    """Replace each pair of neighbouring figures that ``merge(first, second)`` joins by what it returns."""
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        joined = merge(found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(joined or found[i])
        i += 2 if joined else 1
    return out


def _range_of(first: Candidate, second: Candidate, start: int | None = None) -> Candidate:
    if first.role == "age":  # "aged 18 to 64": a range of ages, whatever follows it
        return Candidate(Kind.NUMBER, first.start if start is None else start, second.end, value=None,
                         qualifier=Qualifier.RANGE, low=first.value, high=second.value, role="age")
    return Candidate(second.kind, first.start if start is None else start, second.end, value=None, unit=second.unit,
                     dimension=second.dimension, counted=second.counted, counted_text=second.counted_text,
                     qualifier=Qualifier.RANGE, low=first.value, high=second.value, step=second.step)


def _merge_ratios(text: str, found: list[Candidate]) -> list[Candidate]:
    """'three in four', 'one in five people', '2 out of 3': a proportion, not two counts."""
    def merge(c: Candidate, nxt: Candidate) -> Candidate | None:
        if c.kind in (Kind.NUMBER, Kind.COUNT) and nxt.kind in (Kind.NUMBER, Kind.COUNT) and c.value is not None \
                and nxt.value and c.value <= nxt.value and _RATIO_GAP.match(text[c.end:nxt.start]):
            return Candidate(Kind.NUMBER, c.start, nxt.end, value=c.value / nxt.value, unit="ratio",
                             counted=nxt.counted, counted_text=nxt.counted_text)
        return None

    return _merge_adjacent(found, merge)


def _merge_to_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """'9% to 12%', '3 to 5 degrees', 'two or three places' -> one range figure."""
    def merge(c: Candidate, nxt: Candidate) -> Candidate | None:
        if c.qualifier is Qualifier.EXACT and c.value is not None and nxt.value is not None \
                and c.kind in (Kind.NUMBER, Kind.COUNT, Kind.PERCENT, Kind.MEASURE, Kind.MONEY) \
                and (nxt.kind is c.kind or (c.kind is Kind.NUMBER and nxt.kind is not Kind.NUMBER)) \
                and (c.unit is None or c.unit == nxt.unit) and c.value < nxt.value \
                and _RANGE_GAP.match(text[c.end:nxt.start]) and not _FROM_BEFORE.search(text[max(0, c.start - 40):c.start]):
            return _range_of(c, nxt)
        return None

    return _merge_adjacent(found, merge)


_NEXT_BRACKETED = re.compile(r"\)\s*,?\s*(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\(")
_PARTITIVE_OF = re.compile(r"\s+of\s+(?:(?:the|his|her|its|their|this|that|these|those|[A-Z]?[\w’'-]+['’]s?)\s+){0,2}")


def _in_unit_of(text: str, carrier: Candidate, gap: str, c: Candidate) -> bool:
    """Whether a bare figure listed after a measure or a span (``gap`` the words before it) is in its unit: "1.8
    inches on Friday, 2.5 on Saturday", "14 years for Smith, 12 for Doyle"; not after a modifier ("wanted a
    five-year lease, 250 opposed it"), nor far beyond a span ("its three days – 12,500 on Friday")."""
    if c.kind is not Kind.NUMBER or c.value is None or c.role or carrier.kind not in (Kind.MEASURE, Kind.DURATION) \
            or re.search(r"[-‐]", text[carrier.start:carrier.end]) \
            or carrier.kind is Kind.DURATION and c.value > max(10 * (carrier.value or 0), 100):
        return False
    if carrier.kind is Kind.DURATION and not re.search(r"(?:,|\band|[—–])\s*$", gap) and not _NEXT_BRACKETED.fullmatch(gap):
        return False  # a span's figure after "to" is another's: "over five years to 36,000"
    # "340 acres: Anne farms 210 and Mary the other 110"; a dash: "14 years — eight for the robbery and five for ...";
    # the next label's brackets: "Beijing (four days), Shanghai (three) and Shenzhen (two)"
    return len(gap) <= 40 and (re.fullmatch(r"[^.;!?()\[\]\d]*(?:,|\band|\bor|\bto|:|[—–])(?:\s+[A-Za-z'’-]+){0,3}\s*", gap)
                               is not None or _NEXT_BRACKETED.fullmatch(gap) is not None)


def _inherit_implied_units(text: str, found: list[Candidate]) -> None:
    """A bare number listed right after a measure or a span is in its unit (``_in_unit_of``); one "of" a span or a
    measure is too ("16 of his 12 years")."""
    ordered = sorted(found, key=lambda c: c.start)
    for prev, c in itertools.pairwise(ordered):
        if _in_unit_of(text, prev, text[prev.end:c.start], c):
            c.kind, c.unit, c.dimension = prev.kind, prev.unit, prev.dimension
    for c, nxt in itertools.pairwise(ordered):
        # "16 of his 12 years", "68 of the game's 60 minutes": a bare figure "of" a span or a measure counts in its unit
        if c.kind is Kind.NUMBER and c.value is not None and not c.role and nxt.kind in (Kind.MEASURE, Kind.DURATION) \
                and _PARTITIVE_OF.fullmatch(text[c.end:nxt.start]) and "-" not in text[nxt.start:nxt.end]:
            c.kind, c.unit, c.dimension = nxt.kind, nxt.unit, nxt.dimension


def _counting_noun_head(doc, c: Candidate) -> tuple[str, str] | None:
    """What a bare figure counts by the noun it is attached to: "the death toll of 321",
    "Attendance at the final was 41,562" (people); "put the number of residents moved at 900"
    (residents). Read from the parse: the figure's head through "of", or the subject of the
    copula or verb of reaching whose complement the figure is."""
    span = _tokens_at(doc, c.start, c.end)
    if span is None or not len(span):
        return None
    tok = span[-1]
    people, measure = words("counting_nouns", "people"), words("counting_nouns", "measure")
    nouns = []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns = [tok.head.head]  # "a crowd of 45,162"
    elif tok.dep_ in ("attr", "dobj", "pobj", "npadvmod", "nummod") or tok.head.pos_ in ("AUX", "VERB"):
        verb = tok.head if tok.head.pos_ in ("AUX", "VERB") else tok.head.head if tok.head.lower_ in ("at", "to") else None
        if verb is not None:  # the object first: "The city put the number of residents ... at 900"
            nouns = sorted((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.i < tok.i),
                           key=lambda t: t.dep_ != "dobj")
            if not nouns and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
                # "put the number of residents moved overnight at 900": "at" hangs on "moved", not on "put"
                nouns = sorted((t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")
                                and t.i < tok.i), key=lambda t: t.dep_ != "dobj")
    for noun in nouns:
        found = _counted_by(noun, tok, people, measure)
        if found is not None:
            return found
    return None


def _counted_by(noun, tok, people: frozenset[str], measure: frozenset[str]) -> tuple[str, str] | None:
    name = noun.lemma_.lower()
    compound = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") + " " + name
    if name in people or compound.strip() in people:
        return "people", noun.text
    if name in measure:
        of = next((t for t in noun.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        counted = next((t for t in of.children if t.dep_ == "pobj" and t.pos_ == "NOUN"), None) if of else None
        if counted is not None and counted.i < tok.i:
            return counted.lemma_.lower(), counted.text
    return None


# "confirmed the figure as 37", "That figure of 3,900", "put the total at 90": a bare restated count
_RESTATED_FIGURE = re.compile(r"\b(?:the|that|this|its|their)\s+(?:same\s+)?(?:figure|number|total|tally|count)"
                              r"\s*(?:,|of|as|at|to|was|is|stood\s+at|stands\s+at)?\s*$", re.I)


def _inherit_implied_heads(doc, found: list[Candidate]) -> None:
    """A bare number next to a count counts the same thing: "2,400 elephants, up from 2,100";
    "41 of the 121 seats"; "Of the 47 dead, 31 were men"."""
    text = doc.text
    counts = [c for c in found if c.kind is Kind.COUNT and c.counted]
    listed_after_span = _listed_after_span(text, found)
    for c in found:
        if c.kind is not Kind.NUMBER or (c.value is None and c.low is None) or c.role:
            continue  # a label or an age counts nothing
        by_noun = _counting_noun_head(doc, c)
        if by_noun is not None:
            c.kind, (c.counted, c.counted_text) = Kind.COUNT, by_noun
            continue
        restated = _RESTATED_FIGURE.search(text[max(0, c.start - 40):c.start])
        earlier_counts = [k for k in counts if k.end <= c.start]
        if restated and earlier_counts:  # "A spokesperson confirmed the figure as 37": the count last given
            k = earlier_counts[-1]
            c.kind, c.counted, c.counted_text = Kind.COUNT, k.counted, k.counted_text
            continue
        later = next((k for k in counts if k.start > c.end), None)
        if later is not None and _OF_THE_COUNT.match(text[c.end:later.start]):
            c.kind, c.counted, c.counted_text = Kind.COUNT, later.counted, later.counted_text
            continue
        if not _BARE_AFTER.match(text[c.end:]):
            continue
        earlier = [k for k in counts if k.end <= c.start and c.start - k.end <= 120
                   and not re.search(r"[.!?;]\s", text[k.end:c.start])]
        if earlier:
            k = earlier[-1]
            if c in listed_after_span or any(m.kind in (Kind.MEASURE, Kind.MONEY) and k.end <= m.start and m.end <= c.start
                                             for m in found):
                # "the two sisters own 340 acres: Anne farms 210", "three stages: three days in the foothills, four
                # on the escarpment": the nearer measure or span names it (not a modifier: "a five-year lease, 250 ...")
                continue
            c.kind, c.counted, c.counted_text = Kind.COUNT, k.counted, k.counted_text


def _listed_after_span(text: str, found: list[Candidate]) -> list[Candidate]:
    """Bare figures listed after a span that opens a list after a colon or a dash, which the units pass gives its
    unit: "three stages: three days in the foothills, four on the escarpment and three on the descent". The heads
    pass, which runs first, leaves them alone."""
    listed: list[Candidate] = []
    span: Candidate | None = None
    for prev, c in itertools.pairwise(sorted(found, key=lambda c: c.start)):
        if prev.kind is Kind.DURATION and re.search(r"[:—–]\s*$", text[max(0, prev.start - 4):prev.start]):
            span = prev  # the span opens the list
        elif prev not in listed:
            span = None
        if span is not None and _in_unit_of(text, span, text[prev.end:c.start], c):
            listed.append(c)
    return listed


def _merge_between_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """'between 10 and 20 people' -> one range figure with low 10, high 20."""
    def merge(c: Candidate, nxt: Candidate) -> Candidate | None:
        before = text[max(0, c.start - 9):c.start].lower()
        if c.kind in (Kind.NUMBER, Kind.COUNT, Kind.MEASURE, Kind.MONEY, Kind.PERCENT) \
                and before.rstrip().endswith("between") and text[c.end:nxt.start].strip().lower() == "and" \
                and c.value is not None and nxt.value is not None and c.value < nxt.value:
            return _range_of(c, nxt, start=c.start - (len(before) - before.rstrip().rfind("between")))
        return None

    return _merge_adjacent(found, merge)
