"""Dates, weekdays, years and times of day, with their zones.

``find_dates`` and ``find_times`` scan a paragraph and return spans with what they say;
dates are resolved against the publication date where the text leaves out the year
("Tuesday", "Friday, April 28", "the end of November").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Fixed-offset zone abbreviations, in minutes east of UTC.
ZONE_ABBREVIATIONS = {
    "gmt": 0, "utc": 0, "z": 0, "zulu": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "wet": 0, "west": 60, "msk": 180, "ist": 330, "pkt": 300, "sgt": 480, "hkt": 480, "jst": 540,
    "kst": 540, "awst": 480, "acst": 570, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
    "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "ast": -240, "adt": -180,
}
# Abbreviations with several common meanings (IST: India, Israel, Ireland; CST: US Central, China;
# AST: Atlantic, Arabia; BST: British Summer, Bangladesh): read as a local time, whose zone the
# place in the sentence or the dateline decides.
AMBIGUOUS_ABBREVIATIONS = {"ist", "cst", "ast", "bst"}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

DATE_PATTERNS = [
    re.compile(r"\b(?P<iso>(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d))\b"),
    # Tuesday, 14 December 2016 / 14 December / 14th of December, 2016
    re.compile(rf"\b(?:{_WEEKDAY},?\s+(?:the\s+)?)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![\w])"),
    # Tuesday, December 14, 2016 / December 14
    re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?![\d:])(?:,?\s+{_YEAR})?(?![\w])"),
    # the end of November / early June 2013 / June 2013
    re.compile(rf"\b(?P<part>(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s?|late\s+)?"
               rf"(?-i:{_MONTH})(?:,?\s+{_YEAR})?(?![\w])"),
    re.compile(rf"\b{_WEEKDAY}(?![\w])"),
    # a year standing alone: "in 1984", "since 2001"
    re.compile(r"(?<![\w$£€.,-])(?P<lone_year>1[89]\d\d|20\d\d)(?![\w]|,\d|\.\d|\s*(?:%|per\s?cent|percent))"),
]

_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
_ZONE = (r"(?P<zone>\s*(?:local\s+time|local|(?:GMT|UTC)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?|Zulu|Z(?![\w])|"
         + "|".join(k.upper() for k in ZONE_ABBREVIATIONS if k not in ("gmt", "utc", "z", "zulu"))
         + r")(?![\w]))?")
TIME_PATTERNS = [
    re.compile(rf"(?<![\w.:])(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s?{_AMPM}{_ZONE}", re.I),
    re.compile(rf"(?<![\w.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]){_ZONE}", re.I),
    # military style: "1900 GMT", "0615 local time", "1300 hrs"
    re.compile(r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s*(?:hrs\b|hours\b(?!\s+(?:ago|later|earlier))|"
               r"GMT|UTC|local\s+time|Zulu))(?:\s*(?:hrs|hours))?" + _ZONE, re.I),
    re.compile(rf"\b(?P<word>noon|midday|midnight){_ZONE}", re.I),
]


@dataclass
class DateMatch:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    iso_date: str | None = None
    granularity: str = "day"  # day, month, year, weekday


@dataclass
class TimeMatch:
    start: int
    end: int
    hours: float
    zone: str | None = None  # 'UTC', 'local', or 'UTC+HH:MM' for an abbreviation
    offset_minutes: int | None = None
    extra: dict = field(default_factory=dict)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


def nearest_year(month: int, day: int, published: dt.date) -> int:
    """Year that puts month/day nearest the publication date."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - published).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else published.year


def nearest_weekday(weekday: str, published: dt.date) -> dt.date:
    """The date with that weekday nearest the publication date (ties go to the past)."""
    target = WEEKDAYS.index(weekday.lower())
    back = (published.weekday() - target) % 7
    return published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)


def find_dates(text: str, published: dt.date | None = None) -> list[DateMatch]:
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for index, pattern in enumerate(DATE_PATTERNS):
        flags_text = text
        for m in pattern.finditer(flags_text) if index == 3 else re.finditer(pattern.pattern, text, re.I):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("month") and g["month"].lower().rstrip(".") == "may" and not (g.get("day") or g.get("year")):
                continue  # "may" the verb
            if index == 3 and g["month"].lower().rstrip(".") not in MONTHS and not g.get("year"):
                continue  # a bare abbreviation is too often something else
            d = DateMatch(m.start(), m.end())
            if g.get("iso"):
                d.year, d.month, d.day = int(g["year"]), int(g["mnum"]), int(g["day"])
            elif g.get("lone_year"):
                d.year, d.granularity = int(g["lone_year"]), "year"
            else:
                d.weekday = g["weekday"].capitalize() if g.get("weekday") else None
                d.month = _month_number(g["month"]) if g.get("month") else None
                d.day = int(g["day"]) if g.get("day") else None
                d.year = int(g["year"]) if g.get("year") else None
                if d.day is not None and not 1 <= d.day <= 31:
                    continue
                d.granularity = "day" if d.day else "month" if d.month else "weekday"
            if d.granularity == "day" and d.year is None and published is not None:
                d.year = nearest_year(d.month, d.day, published)
            if d.granularity == "month" and d.year is None and published is not None:
                d.year = published.year if d.month <= published.month + 1 else published.year - 1
            if d.granularity == "weekday" and published is not None:
                resolved = nearest_weekday(d.weekday, published)
                d.year, d.month, d.day = resolved.year, resolved.month, resolved.day
            if d.year and d.month and d.day:
                try:
                    d.iso_date = dt.date(d.year, d.month, d.day).isoformat()
                except ValueError:
                    d.iso_date = None
            taken.append((m.start(), m.end()))
            found.append(d)
    return sorted(found, key=lambda d: d.start)


def _zone_of(raw: str | None) -> tuple[str | None, int | None]:
    if not raw or not raw.strip():
        return None, None
    z = re.sub(r"\s+", "", raw.strip().lower()).replace("−", "-")
    if z.startswith("local"):
        return "local", None
    m = re.match(r"(?:gmt|utc)([+-])(\d{1,2})(?::?(\d\d))?$", z)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        minutes = minutes if m.group(1) == "+" else -minutes
        return ("UTC" if minutes == 0 else f"UTC{m.group(1)}{int(m.group(2)):02d}:{int(m.group(3) or 0):02d}"), minutes
    if z in AMBIGUOUS_ABBREVIATIONS:
        return "local", None
    if z in ZONE_ABBREVIATIONS:
        minutes = ZONE_ABBREVIATIONS[z]
        if minutes == 0:
            return "UTC", 0
        sign = "+" if minutes > 0 else "-"
        return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}", minutes
    return None, None


def find_times(text: str) -> list[TimeMatch]:
    taken: list[tuple[int, int]] = []
    found: list[TimeMatch] = []
    for pattern in TIME_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("word"):
                hours = 0.0 if g["word"].lower() == "midnight" else 12.0
            else:
                h, minutes = int(g["h"]), int(g.get("m") or 0)
                if g.get("ampm"):
                    if not 1 <= h <= 12:
                        continue
                    pm = g["ampm"].lower().startswith("p")
                    h = (h % 12) + (12 if pm else 0)
                hours = h + minutes / 60
            zone, offset = _zone_of(g.get("zone"))
            end = m.end("zone") if g.get("zone") and zone else (m.start("zone") if g.get("zone") else m.end())
            taken.append((m.start(), end))
            found.append(TimeMatch(m.start(), end, hours, zone, offset))
    return sorted(found, key=lambda t: t.start)


# -- anniversaries: "its 18th anniversary" is 18 years since the founding -----------------------

@dataclass
class AnniversaryMatch:
    start: int
    end: int
    years: int


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """'eighteenth' -> 18, 'twenty-fifth' -> 25, '(one) hundredth' -> 100: inflect's spellings, 1-200."""
    import inflect

    engine = inflect.engine()
    words = {}
    for n in range(1, 201):
        word = engine.number_to_words(engine.ordinal(n))
        words[word] = n
        if word.startswith("one hundred"):
            words[word[len("one "):]] = n
    return words


_ANNIVERSARY = re.compile(
    r"\b(?:(?P<digits>[1-9]\d{0,2})(?:st|nd|rd|th)|(?P<words>[a-z]+(?:[\s-]+[a-z]+){0,4}?))"
    r"\s+(?P<what>anniversary|birthday)\b", re.I)


def find_anniversaries(text: str) -> list[AnniversaryMatch]:
    """Ordinal anniversaries and birthdays: '18th anniversary', 'twenty-fifth anniversary' -> years."""
    found = []
    for m in _ANNIVERSARY.finditer(text):
        if m.group("digits"):
            found.append(AnniversaryMatch(m.start(), m.end(), int(m.group("digits"))))
            continue
        tokens = list(re.finditer(r"[a-z]+", m.group("words"), re.I))
        for i, token in enumerate(tokens):  # the longest tail of the words that spells an ordinal
            tail = " ".join(t.group().lower() for t in tokens[i:])
            years = _ordinal_words().get(tail) or _ordinal_words().get(tail.replace(" ", "-", 1))
            if years:
                found.append(AnniversaryMatch(m.start("words") + token.start(), m.end(), years))
                break
    return found
