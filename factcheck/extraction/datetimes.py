"""Dates, weekdays, years and times of day, with their zones.

``find_dates`` and ``find_times`` scan a paragraph and return spans with what they say;
dates are resolved against the publication date where the text leaves out the year
("Tuesday", "Friday, April 28", "the end of November"), and relative dates ("last year",
"next Tuesday", "later this month", "the third week of January") are resolved against it too,
with the days they stand for (``iso_start``..``iso_end``) and ``relative_to='article_date'``.
A date worded relative to another day of the text ("the day before", "that weekend") is kept
as a relative date without a day: it is never guessed. Fiscal years ("FY26", "1986/87") are
named, not turned into calendar years.

Every word list (months, weekdays, relative words, zones) is data in ``factcheck/lang/en/``
(``dates.yaml``, ``zones.yaml``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateutil.easter import easter

from factcheck.analysis import heading_line_end
from factcheck.lang import table
from factcheck.records import LOCAL, UTC, FixedOffset, IanaZone, Zone

_D = table("dates")


def _holiday_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower().replace("’", "'").replace("st. ", "st "))


def _holiday_alternation() -> str:
    names = sorted([*_D["fixed_holidays"], *_D["easter_holidays"]], key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in n.split()) for n in names)


_HOLIDAYS = _holiday_alternation()
HOLIDAY_NAME = re.compile(_HOLIDAYS)  # a date written as its holiday's name
_Z = table("zones")
MONTHS: dict[str, int] = dict(_D["months"])
MONTH_ABBR: dict[str, int] = dict(_D["month_abbreviations"])
WEEKDAYS = sorted(_D["weekdays"], key=_D["weekdays"].get)
WEEKDAY_ABBR: dict[str, int] = dict(_D["weekday_abbreviations"])
RELATIVE_DAYS: dict[str, int] = {k: v for k, v in _D["relative_days"].items() if " " not in k}

# Fixed-offset zone abbreviations, in minutes east of UTC.
ZONE_ABBREVIATIONS: dict[str, int] = dict(_Z["abbreviations"])
# Abbreviations with several common meanings: read as a local time, whose zone the place decides.
AMBIGUOUS_ABBREVIATIONS = set(_Z["ambiguous"])
GENERIC_ZONES: dict[str, str] = dict(_Z["generic"])
NAMED_FIXED: dict[str, str] = dict(_Z["named_fixed"])


def _alt(words, escape: bool = True) -> str:
    return "|".join((re.escape(w) if escape else w).replace(r"\ ", r"\s+").replace(" ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


_MONTH_NAME = rf"(?:{_alt(w.capitalize() for w in MONTHS)}|(?:{_alt(w.capitalize() for w in MONTH_ABBR)})\.?)(?![a-z])"
_MONTH = rf"(?P<month>{_MONTH_NAME})"
_WEEKDAY = rf"(?P<weekday>{_alt(w.capitalize() for w in WEEKDAYS)})"
# an abbreviated weekday only before its date: "Tue 3 Feb 2009", "Wed., Jan. 4"
_WEEKDAY_BEFORE_DATE = (rf"(?P<weekday>{_alt(w.capitalize() for w in WEEKDAYS)}"
                        rf"|(?:{_alt(w.capitalize() for w in WEEKDAY_ABBR)})\.?(?![a-z]))")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ANY_WEEKDAY = _alt([w.capitalize() for w in WEEKDAYS] + [w.capitalize() for w in WEEKDAY_ABBR])
# from the first day of a range to the last one's day: " to Thursday 7 ", "-14 "
_TO_LAST_DAY = rf"\s*(?:to|until|till|and|-|–)\s*(?:(?:{_ANY_WEEKDAY})\.?,?\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+"
# a first day whose month comes after the last: "3 to Thursday 7 March", "10-14 June"
_DAY_RANGE_TO_MONTH = rf"[0-3]?\d(?:st|nd|rd|th)?{_TO_LAST_DAY}{_MONTH_NAME}"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
# "in March last year", "on 4 June next year": the year told from the article date's
_YEAR_DEIXIS = r"\s+(?P<ydeixis>last|this|next)\s+year"
_FISCAL = _alt(_D["fiscal_prefixes"])
_PARTS = _alt(_D["period_parts"])
_DEIXIS = _alt(_D["deixis"])
_PERIODS = _alt(_D["periods"])
_ORDINALS = _alt(_D["ordinals"])

_NEXT_OR_WEEK = r"(?:\s+(?:next|week)(?=,))?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<iso>(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d))\b"),
    # Friday (March 6) / Friday (6 March 2015): a weekday with its date in brackets
    re.compile(rf"\b{_WEEKDAY}\s*\(\s*{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*\)"),
    re.compile(rf"\b{_WEEKDAY}\s*\(\s*{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\s*\)"),
    # Tuesday, 14 December 2016 / Tue 3 Feb 2009 / 14 December / 14th of December, 2016
    # (and "Thursday next, 6 December 2024", "Thursday week, 6 December": the weekday of the date after it)
    re.compile(rf"\b(?:{_WEEKDAY_BEFORE_DATE}{_NEXT_OR_WEEK},?\s+(?:the\s+)?)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}|{_YEAR_DEIXIS})?(?![\w])"),
    # Tuesday, December 14, 2016 / Wed., Jan. 4 / December 14
    re.compile(rf"\b(?:{_WEEKDAY_BEFORE_DATE}{_NEXT_OR_WEEK},?\s+)?{_MONTH}\s+{_DAY}(?![\d:])(?:,?\s+{_YEAR}|{_YEAR_DEIXIS})?(?![\w])"),
    # fiscal years: "fiscal year 2024", "FY26", "FY 2023", "the first half of FY2022"
    re.compile(rf"(?<![\w-])(?:(?P<fpart>{_PARTS})\s+(?:the\s+)?)?(?P<fiscal>(?:{_FISCAL})\s?['’]?(?P<fy>\d{{4}}|\d{{2}})"
               rf"(?:\s?[-–/]\s?(?P<fy2>\d{{4}}|\d{{2}}))?)(?![\w])"),
    # year pairs: "1986/87", "2025-26" (fiscal or season years), "1941-1960" (a span of years)
    re.compile(r"(?<![\w$£€.,/-])(?P<y1>1[5-9]\d\d|20\d\d)\s?(?P<ysep>[-–/])\s?(?P<y2>1[5-9]\d\d|20\d\d|\d\d)"
               r"(?![\w%]|[-–/.,]\d|\s*(?:%|per\s?cent|percent))"),
    # decades: "the 1770s", "1990s"
    re.compile(r"(?<![\w$£€.,-])(?P<decade>1[0-9]\d0|20\d0)s\b"),
    # the third week of January / the first quarter of 2024 / the second half of the year
    re.compile(rf"\b(?:the\s+)?(?P<ordinal>{_ORDINALS})\s+(?P<unit>week|quarter|half)\s+of\s+"
               rf"(?:(?-i:{_MONTH})(?:,?\s+{_YEAR})?|(?P<oyear>1[5-9]\d\d|20\d\d)|(?P<odeixis>{_DEIXIS}|the)\s+"
               rf"(?P<operiod>month|year))(?![\w])"),
    # later this month / the end of the month / early next year / the end of 2024 / this week / last year
    re.compile(rf"\b(?:(?P<part>{_PARTS})(?:\s+|-))?(?:(?P<deixis>{_DEIXIS})\s+(?P<period>{_PERIODS})|"
               rf"the\s+(?P<the_period>week|month|year|quarter)|{_YEAR})(?![\w-])"),
    # next Tuesday / last Friday / this coming Sunday
    re.compile(rf"\b(?P<wdeixis>{_DEIXIS})\s+{_WEEKDAY}(?![\w])"),
    # the end of November / early June 2013 / June 2013
    re.compile(rf"\b(?P<part>(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s?|late\s+)?"
               rf"(?-i:{_MONTH})(?:,?\s+{_YEAR}|{_YEAR_DEIXIS})?(?![\w])"),
    # today, yesterday, tomorrow: days relative to the article date
    re.compile(rf"\b(?P<relday>{_alt(_D['relative_days'])})(?![\w'’])"),
    # the day before, that weekend: relative to a day the text names, not to the article date
    re.compile(rf"\b(?P<anchored>{_alt(_D['anchored_days'])})(?![\w])"),
    # a weekday alone; not the first of a range of days ("Monday 3 to Thursday 7 March"), read below
    re.compile(rf"\b{_WEEKDAY}(?![\w])(?!,?\s+{_DAY_RANGE_TO_MONTH}|,?\s+[0-3]?\d/[0-3]?\d"
               rf"|,?\s+the\s+(?:{_alt(_D['day_ordinals'])})\s+of\s)"),
    # a year standing alone: "in 1984", "since 2001"
    re.compile(r"(?<![\w$£€.,/-])(?P<lone_year>1[89]\d\d|20\d\d)(?![\w]|,\d|\.\d|\s*(?:%|per\s?cent|percent))"),
    # the first day of a range, its month after the last: "Monday 3 to Thursday 7 March", "Wed-Sat 10-14 June"
    re.compile(rf"\b{_WEEKDAY_BEFORE_DATE}(?:\s*[-–]\s*(?:{_ANY_WEEKDAY})\.?)?,?\s+{_DAY}"
               rf"(?={_TO_LAST_DAY}{_MONTH}(?:,?\s+{_YEAR})?)"),
    # an abbreviated weekday in brackets after its date: "2025-03-14 (Thu)", "Oct. 15th (Thu.)"
    re.compile(rf"(?<=\()\s*(?P<weekday>{_alt(w.capitalize() for w in WEEKDAY_ABBR)})\.?\s*(?=\))"),
    # a day of the month in words: "on the first of May", "Saturday the twenty-first of June 2026"
    re.compile(rf"\b(?:{_WEEKDAY_BEFORE_DATE},?\s+)?the\s+(?P<dayword>{_alt(_D['day_ordinals'])})\s+of\s+{_MONTH}"
               rf"(?:,?\s+{_YEAR})?(?![\w])"),
    # a weekday before a numeric date: "Thu 3/28" (month first), "Thursday 13/06/2025" (day first)
    re.compile(rf"\b{_WEEKDAY_BEFORE_DATE},?\s+(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)(?:/(?P<ny>20\d\d))?(?![\d/])"),
    # an older year only after a word of time and before no noun it could count: "built in 1480", "since 1224,"
    # (not "in 1200 homes")
    re.compile(r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bcirca )|(?<=\bc\. ))"
               r"(?P<lone_year>1[0-7]\d\d)(?=[,.;:)!?\"”'’]|\s*$|\s+(?:and|or|to|when|as|AD|BC|CE|BCE|by|under|after|"
               r"until|before|on|in|at|the|it|he|she|they)\b|\s+[A-Z])"),
    # a day named by its holiday: "Christmas Day 2024", "on Valentine's Day", "Good Friday"
    re.compile(rf"(?<![\w'’])(?P<holiday>{_HOLIDAYS})(?:,?\s+(?P<hyear>(?:19|20)\d\d)(?![\w]))?(?![\w'’])"),
    # a bare day of the month beside its weekday, its month told before: "Thursday the 12th", "on the 4th, a
    # Monday", "the 15th (a Monday)", "this coming Wednesday, the 9th"
    re.compile(rf"\b(?:{_WEEKDAY},?\s+)?the\s+(?P<bareday>[0-3]?\d)(?:st|nd|rd|th)\b(?!,?\s+(?:of\s+)?{_MONTH_NAME})"
               rf"(?(weekday)|(?=,?\s*\(?\s*(?:a|an)\s+(?P<weekday_after>{_alt(w.capitalize() for w in WEEKDAYS)})"
               r"(?![\w-])))"),
]
# the words before a capitalised "May" that make it the month: "in May", "since May", "by early May"
MONTH_MAY_BEFORE = re.compile(r"\b(?:in|since|during|until|till|by|from|through|throughout|last|this|next|early|"
                              r"late|mid|end\s+of|start\s+of|beginning\s+of|middle\s+of)[\s-]+$", re.I)
_CASED = {11, 20, 21, 22}  # patterns matched as written (a month name with a capital: "may" is a verb)
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
_FIXED_ZONES = [k for k in ZONE_ABBREVIATIONS if k not in ("gmt", "utc", "z", "zulu")]
_WORD_LIKE = set(_Z["word_like"])
_GENERIC_CAPS = set(_Z["generic_caps_only"])
# a zone named before the word "time": "Eastern time", "Pacific Standard Time", "Denver time", "local time"
_NAMED_TIME = r"(?:[A-Z][\w.'’-]*\s+){1,3}?(?-i:[Tt]ime)\b"
_ZONE_WORDS = (r"local\s+time|local|(?:GMT|UTC)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?|Zulu|(?-i:Z)(?![\w])|"
               + "|".join(k.upper() for k in _FIXED_ZONES if k not in _WORD_LIKE)
               + "|" + "|".join(f"(?-i:{k.upper()})" for k in _FIXED_ZONES if k in _WORD_LIKE)
               + "|(?-i:" + "|".join(k.upper() for k in sorted(_GENERIC_CAPS, key=len, reverse=True)) + ")"
               + "|(?-i:(?:" + "|".join(k.capitalize() for k in _Z["zone_names_after"]) + r")(?!\s+[A-Z]|\s+time\b))")
_ZONE = rf"(?:(?P<zone>\s*(?:{_ZONE_WORDS})(?![\w]))|(?P<named>\s+\(?{_NAMED_TIME}\)?))?"
_ZONE_AHEAD = rf"(?=\s*(?:{_ZONE_WORDS})(?![\w])|\s+\(?{_NAMED_TIME})"
_SECONDS = r"(?::(?P<s>[0-5]\d))?"
# "won in 2:04:11", "a time of 62:30": a clock-style duration, not a time of day
CLOCK_DURATION_BEFORE = re.compile(r"\b(?:in|of|clocked|timed|record)\s+$", re.I)
CLOCK_DURATION = re.compile(r"(?<![\w.:])(?P<a>\d{1,3}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?![\d:])(?!\s?[ap]\.?m\b)", re.I)
TIME_PATTERNS = [
    re.compile(rf"(?<![\w.:])(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d){_SECONDS})?\s?{_AMPM}{_ZONE}", re.I),
    re.compile(rf"(?<![\w.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d){_SECONDS}(?![\d:]){_ZONE}", re.I),
    # 24-hour clock with an "h": "1845h", "18h45"
    re.compile(r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:h|hrs|hours)\b(?!\s+(?:ago|later|earlier))"
               + _ZONE, re.I),
    re.compile(r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)\b" + _ZONE, re.I),
    # military style: "1900 GMT", "0615 local time", "0900 est", "1930 EDT"
    re.compile(r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)" + _ZONE_AHEAD + _ZONE, re.I),
    # dotted 24-hour clock after "at": "at 18.45", "until 06.30 GMT"
    re.compile(r"\b(?:at|until|till|after|before|around|from)\s(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
               r"(?=\s*(?:[,;)]|\.(?!\d)|$|\s(?:on|and|to|from|when|local|the\s+(?:next|following|same)|this|"
               r"tomorrow|tonight|GMT|UTC|[A-Z]{2,4}\b)|\s\((?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:GMT|UTC)\b))" + _ZONE),
    # a dotted 24-hour clock with its zone: "that is 17.15 GMT", "(16.00 UTC)"
    re.compile(r"(?<![\w.:,$£€])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)" + _ZONE_AHEAD + _ZONE),
    re.compile(rf"\b(?P<word>noon|midday|midnight){_ZONE}", re.I),
]
# a UTC offset written beside a local time, after its place or day: "6pm in Dubai (GMT+4)",
# "18:00 local time (UTC+04:00)", "9am on Monday in Kabul (GMT+4.30)"
STATED_OFFSET = re.compile(
    r"(?:\s+(?:in|at|on|local|time|this|next|[A-Z][\w.'’-]*|[a-z]+day)\b,?){0,5}\s*"
    r"\((?P<offset>\s*(?:GMT|UTC)\s?(?P<sign>[+\-−])\s?(?P<h>1[0-4]|0?\d)(?:[:.]?(?P<m>[0-5]\d))?\s*)\)")
# parts of the day: "in the morning", "this afternoon", "yesterday evening", "that night"
_PARTS_OF_DAY = _D["parts_of_day"]
PART_OF_DAY_RE = re.compile(
    rf"\b(?:(?P<pday>{_alt(_D['relative_days'])}|this|that|the)\s+)"
    rf"(?P<part>{_alt(_PARTS_OF_DAY)})\b(?!-)", re.I)


@dataclass
class DateMatch:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    iso_date: str | None = None
    granularity: str = "day"  # day, week, weekend, month, quarter, half, year, years, decade, fiscal_year, weekday
    iso_start: str | None = None  # first and last day the date stands for, when known
    iso_end: str | None = None
    relative: bool = False  # worded relative to another date: "last year", "the day before"
    relative_to: str | None = None  # "article_date" when resolved against it
    fiscal_year: str | None = None
    year_written: bool = False  # the year is in the text, not inferred


@dataclass
class TimeMatch:
    start: int
    end: int
    hours: float | None  # None for a part of the day ("in the morning"): low and high hours instead
    zone: Zone | None = None
    place: str | None = None  # "3pm Denver time": the place whose clock it is
    stated_offset: int | None = None  # "6pm in Dubai (GMT+4)": the UTC offset written beside it, in minutes
    stated_offset_span: tuple[int, int] | None = None
    part_of_day: tuple[float, float] | None = None  # "in the morning": its first and last hour
    day_word: str | None = None  # "yesterday evening", "this afternoon": the word naming the day


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]


def nearest_weekday_of(target: int, published: dt.date) -> dt.date:
    back = (published.weekday() - target) % 7
    return published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)


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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_days(period: str, published: dt.date, offset: int = 0) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period ``offset`` periods from the one holding ``published``:
    ('week', 0) is this Monday..Sunday, ('year', -1) last year, ('weekend', 1) next Saturday..Sunday."""
    if period == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if period == "weekend":
        saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=5, weeks=offset)
        return saturday, saturday + dt.timedelta(days=1)
    if period == "month":
        index = published.year * 12 + published.month - 1 + offset
        year, month = divmod(index, 12)
        return dt.date(year, month + 1, 1), _month_end(year, month + 1)
    if period == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        year, quarter = divmod(index, 4)
        return dt.date(year, quarter * 3 + 1, 1), _month_end(year, quarter * 3 + 3)
    if period == "year":
        return dt.date(published.year + offset, 1, 1), dt.date(published.year + offset, 12, 31)
    return None  # seasons, decades: which ones depends on more than the date (hemisphere, usage)


def _part_of(first: dt.date, last: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """The days of ``first``..``last`` a part word names: 'the end of' the last tenth, 'early' the first third."""
    if not part:
        return first, last
    low, high = _D["period_parts"][re.sub(r"\s+", " ", part.lower())]
    days = (last - first).days + 1
    start = first + dt.timedelta(days=round(low * days))
    end = first + dt.timedelta(days=max(round(high * days) - 1, round(low * days)))
    return start, end


def _set_span(d: DateMatch, first: dt.date, last: dt.date) -> None:
    """The days a date stands for. A single day also fills year, month and day; a longer relative
    period ("last year", "this week") leaves them empty, so that no check takes it for a written year."""
    d.iso_start, d.iso_end = first.isoformat(), last.isoformat()
    if first == last:
        d.year, d.month, d.day = first.year, first.month, first.day
    elif first.year == last.year and not d.relative:
        d.year = first.year
        if first.month == last.month:
            d.month = first.month


def _fiscal_year(g: dict) -> tuple[int | None, str]:
    """'FY26' -> (2026, '2026'), 'fiscal year 2024' -> (2024, '2024'), 'FY 2023-24' -> (None, '2023-24')."""
    fy = g["fy"]
    year = int(fy) if len(fy) == 4 else (2000 + int(fy) if int(fy) < 70 else 1900 + int(fy))
    if g.get("fy2"):
        return None, f"{year}-{g['fy2']}"
    return year, str(year)


_MONTH_WORDS = frozenset([*MONTHS, *MONTH_ABBR])
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_PERIOD_WORDS = frozenset([*_D["periods"], "early", "late", "mid", "end", "start", "beginning", "middle", "half"])
_RELDAY_WORDS = frozenset(["today", "tonight", "yesterday", "tomorrow"])
_ANCHOR_WORDS = frozenset(["that", "before", "after", "previous", "next", "following", "same"])
_FISCAL_WORDS = frozenset(["fy", "fiscal", "financial", "budget"])
_YEAR_DIGITS = re.compile(r"(?:1[5-9]|20)\d\d")
_OLDER_YEAR_DIGITS = re.compile(r"\b1[0-7]\d\d\b")
_FIXED_HOLIDAYS = {_holiday_key(k): v for k, v in _D["fixed_holidays"].items()}
_EASTER_HOLIDAYS = {_holiday_key(k): v for k, v in _D["easter_holidays"].items()}
_ORDINAL_DAY = re.compile(r"\bthe\s+[0-3]?\d(?:st|nd|rd|th)\b")
_HOLIDAY_WORDS = frozenset(w for k in (*_FIXED_HOLIDAYS, *_EASTER_HOLIDAYS) for w in re.findall(r"[a-z]+", k))
# A cheap test per pattern of DATE_PATTERNS on the words of the text (w) and the text (t): a pattern
# runs only on text that passes (each pattern tried from every position costs more than all the tests).
_TRIGGERS = [
    lambda w, t: "-" in t,                                           # ISO dates
    lambda w, t: "(" in t and not w.isdisjoint(_WEEKDAY_WORDS),      # Friday (March 6)
    lambda w, t: "(" in t and not w.isdisjoint(_WEEKDAY_WORDS),
    lambda w, t: not w.isdisjoint(_MONTH_WORDS),                     # 14 December
    lambda w, t: not w.isdisjoint(_MONTH_WORDS),                     # December 14
    lambda w, t: not w.isdisjoint(_FISCAL_WORDS) or "fy" in t.lower(),  # FY26
    lambda w, t: re.search(r"\d{4}\s?[-–/]", t) is not None,         # 1986/87
    lambda w, t: re.search(r"\d0s\b", t) is not None,                 # 1990s
    lambda w, t: "of" in w and not w.isdisjoint(("week", "quarter", "half")),  # the third week of
    lambda w, t: not w.isdisjoint(_PERIOD_WORDS),                    # last year, the end of the month
    lambda w, t: not w.isdisjoint(_WEEKDAY_WORDS),                   # next Tuesday
    lambda w, t: not w.isdisjoint(_MONTH_WORDS),                     # the end of November
    lambda w, t: not w.isdisjoint(_RELDAY_WORDS),                    # yesterday
    lambda w, t: not w.isdisjoint(_ANCHOR_WORDS),                    # the day before
    lambda w, t: not w.isdisjoint(_WEEKDAY_WORDS),                   # Tuesday
    lambda w, t: _YEAR_DIGITS.search(t) is not None,                 # 1984
    lambda w, t: not w.isdisjoint(_MONTH_WORDS),                     # Monday 3 to Thursday 7 March
    lambda w, t: "(" in t,                                           # 2025-03-14 (Thu)
    lambda w, t: not w.isdisjoint(_MONTH_WORDS),                     # the first of May
    lambda w, t: "/" in t,                                           # Thu 3/28
    lambda w, t: _OLDER_YEAR_DIGITS.search(t) is not None,           # built in 1480
    lambda w, t: not w.isdisjoint(_HOLIDAY_WORDS),                   # Christmas Day
    lambda w, t: not w.isdisjoint(_WEEKDAY_WORDS) and _ORDINAL_DAY.search(t) is not None,  # Thursday the 12th
]


def find_dates(text: str, published: dt.date | None = None,
               exclude: list[tuple[int, int]] | None = None) -> list[DateMatch]:
    """Every date of ``text`` outside the spans of ``exclude`` (times already read: "1800 GMT")."""
    taken: list[tuple[int, int]] = list(exclude or ())
    found: list[DateMatch] = []
    words = set(re.findall(r"[a-z]+", text.lower()))
    for index in _SCAN_ORDER:
        pattern = DATE_PATTERNS[index]
        if not _TRIGGERS[index](words, text):
            continue
        matches = pattern.finditer(text) if index in _CASED else _insensitive(index).finditer(text)
        for m in matches:
            inside = [d for d in found if m.start() <= d.start and d.end <= m.end()]
            if (m.groupdict().get("ydeixis") or m.groupdict().get("dayword")) and inside:
                # "March last year" read after "last year", "the first of June" after "June": one date
                found = [d for d in found if d not in inside]
                taken = [span for span in taken if not any(span == (d.start, d.end) for d in inside)]
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                d = _read_date(m, index, published, text)
            except OverflowError:
                continue  # "next Friday" in an article dated 9999-12-31: no such day to name
            if d is None:
                continue
            taken.append((d.start, d.end))
            found.append(d)
    found.sort(key=lambda d: d.start)
    _days_of_a_range(text, found)
    _years_from_the_range_end(text, found)
    _years_from_the_sentence(text, found)
    _years_from_the_heading(text, found)
    return found


# what stands between the two ends of a range of dates: "from 13 June to 16 June 2024", "3 March - 9 April 2025"
_RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—])\s*", re.I)


# the bare first day of a range before its last ("from 3 to 24 August", "3-24 August"), and the bare last day
# after its first ("August 3 to 24"): the day is of the written date's month
_DAY_LINK = r"\s*(?:to|until|till|through|-|–)\s*"
_DAY_BEFORE_RANGE = re.compile(rf"(?<![\w.,$£€/:-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_DAY_LINK}$", re.I)
_DAY_AFTER_RANGE = re.compile(rf"{_DAY_LINK}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                              r"(?![\w%/:-]|[.,]\d|\s*(?:%|per\s?cent|percent|[ap]\.?m\b))", re.I)


def _days_of_a_range(text: str, found: list[DateMatch]) -> None:
    """'from 3 to 24 August', '3-24 August', 'August 3 to 24': the day written bare at one end of a range
    takes the month (and year) of the date at its other end."""
    added = []
    taken = [(d.start, d.end) for d in found]
    for d in found:
        if d.granularity != "day" or d.day is None or d.month is None or d.relative:
            continue
        before = _DAY_BEFORE_RANGE.search(text, max(0, d.start - 16), d.start)
        after = _DAY_AFTER_RANGE.match(text, d.end) if text[d.start:d.end].strip()[-1:].isdigit() else None
        for m, earlier in ((before, True), (after, False)):
            if m is None:
                continue
            day = int(m.group("day"))
            start, end = m.start("day"), m.end("day")
            if not 1 <= day <= 31 or (day >= d.day if earlier else day <= d.day) \
                    or any(s < end and start < e for s, e in taken):
                continue
            iso = None
            if d.year is not None:
                try:
                    iso = dt.date(d.year, d.month, day).isoformat()
                except ValueError:
                    continue
            added.append(DateMatch(start, end, year=d.year, month=d.month, day=day, iso_date=iso,
                                   year_written=d.year_written))
            taken.append((start, end))
    if added:
        found.extend(added)
        found.sort(key=lambda d: d.start)


def _take_year(d: DateMatch, year: int) -> None:
    """A day or month written without its year takes ``year``, written elsewhere in the text."""
    assert d.month is not None  # only a day or a month of the year takes a year
    try:
        if d.day:
            d.iso_date = dt.date(year, d.month, d.day).isoformat()
            d.iso_start = d.iso_end = None
        else:
            d.iso_start, d.iso_end = f"{year}-{d.month:02d}-01", _month_end(year, d.month).isoformat()
    except ValueError:
        return
    d.year, d.year_written = year, True


def _open_day(d: DateMatch) -> bool:
    """A day or month of the year with no year of its own, worded absolutely."""
    return not d.year_written and d.granularity in ("day", "month") and not d.relative and d.month is not None


def _years_from_the_range_end(text: str, found: list[DateMatch]) -> None:
    """'from Wednesday 13 June to Sunday 16 June 2024': the first end of a range takes the year written at
    its last end (the year before when its month comes later: "28 December to 3 January 2025")."""
    for first, last in itertools.pairwise(found):
        if _open_day(first) and last.year_written and last.year and last.month and last.granularity == "day" \
                and _RANGE_LINK.fullmatch(text[first.end:last.start]):
            _take_year(first, last.year - (first.month is not None and first.month > last.month))


_YEAR_CONTEXT = re.compile(r"(?:^|\b(?:in|since|of|by|from|until|during|year)\s+)$", re.I)


def _years_from_the_sentence(text: str, found: list[DateMatch]) -> None:
    """'In 2017, Harvey made landfall on August 25': a day or month without its year takes the year
    written earlier in the same sentence, not the one nearest the article date."""
    written = None
    for d in found:
        if written is not None and re.search(r"[.!?][\"'”’)]*\s", text[written.end:d.start]):
            written = None
        if d.year_written and d.year and not d.relative and (d.granularity != "year" or _YEAR_CONTEXT.search(
                text[max(0, d.start - 10):d.start])):
            written = d
        elif written is not None and _open_day(d):
            assert written.year is not None  # a written date has its year
            _take_year(d, written.year)


_HEADING_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\d/-])")


def _years_from_the_heading(text: str, found: list[DateMatch]) -> None:
    """'What's on, spring 2024 / Sun 2 Mar - Folk Night': the days listed under a heading that writes one
    year, and none of their own, are of that year."""
    end = heading_line_end(text)
    years = set(_HEADING_YEAR.findall(text[:end])) if end is not None else set()
    if end is None or len(years) != 1:
        return
    year = int(years.pop())
    for d in found:
        if d.start > end and _open_day(d):
            _take_year(d, year)


@cache
def _insensitive(index: int) -> re.Pattern:
    return re.compile(DATE_PATTERNS[index].pattern, re.I)


def _read_date(m: re.Match, index: int, published: dt.date | None, text: str) -> DateMatch | None:
    g = m.groupdict()
    d = DateMatch(m.start(), m.end())
    year_said: bool | None = None  # whether a holiday's year is in the text (an Easter holiday's may be the article's)
    if g.get("iso"):
        d.year, d.month, d.day = int(g["year"]), int(g["mnum"]), int(g["day"])
    elif g.get("dayword"):
        d.day = _D["day_ordinals"][re.sub(r"\s+", "-", g["dayword"].lower())]
        d.month, d.year = _month_number(g["month"]), int(g["year"]) if g.get("year") else None
        d.weekday = _weekday_name(g["weekday"]) if g.get("weekday") else None
        d.granularity = "day"
    elif g.get("na"):
        a, b = int(g["na"]), int(g["nb"])
        if (a <= 12) == (b <= 12):
            return None  # "Thu 3/4": either order is a date, or neither is
        d.month, d.day = (a, b) if a <= 12 else (b, a)
        d.weekday, d.granularity = _weekday_name(g["weekday"]), "day"
        d.year = int(g["ny"]) if g.get("ny") else None
        if not 1 <= d.day <= 31:
            return None
    elif g.get("fiscal"):
        d.year, d.fiscal_year = _fiscal_year(g)
        d.granularity = "fiscal_year"
        if g.get("fpart") and not re.match(r"(?:the\s+)?(?:end|start|beginning|middle|first|second)", g["fpart"], re.I):
            d.start = m.start("fiscal")  # "earlier FY2022": the part word is not a date part
    elif g.get("y1"):
        y1, y2 = int(g["y1"]), g["y2"]
        if len(y2) == 2:
            if int(y2) != (y1 + 1) % 100:
                return None  # "2010-15": a span of years written short is too often something else
            d.fiscal_year, d.granularity = f"{y1}{g['ysep']}{y2}", "fiscal_year"
        else:
            if int(y2) <= y1 or int(y2) - y1 > 200:
                return None
            d.granularity = "years"
            d.iso_start, d.iso_end = f"{y1}-01-01", f"{int(y2)}-12-31"
    elif g.get("decade"):
        decade = int(g["decade"])
        d.granularity, d.iso_start, d.iso_end = "decade", f"{decade}-01-01", f"{decade + 9}-12-31"
    elif g.get("ordinal"):
        return _ordinal_period(m, g, d, published)
    elif g.get("deixis") or g.get("the_period") or (index == _RELATIVE_PERIOD and g.get("year")):
        return _relative_period(m, g, d, published)
    elif g.get("wdeixis"):
        _relative_weekday(g, d, published)
    elif g.get("relday"):
        d.relative, d.granularity = True, "day"
        if published is not None:
            day = published + dt.timedelta(days=_D["relative_days"][re.sub(r"\s+", " ", g["relday"].lower())])
            _set_span(d, day, day)
            d.relative_to = "article_date"
    elif g.get("anchored"):
        words = g["anchored"].lower().split()
        d.relative = True
        d.granularity = next((w for w in reversed(words) if w in ("day", "week", "weekend", "month", "year")), "day")
        if words[-1] in ("morning", "evening", "afternoon", "night"):
            d.granularity = "part_of_day"
    elif g.get("lone_year"):
        d.year, d.granularity = int(g["lone_year"]), "year"
    elif g.get("holiday"):
        year_said = _holiday_day(d, g, published, text)
        if year_said is None:
            return None
    elif g.get("bareday"):
        if not _bare_day(d, g, m, published, text):
            return None
    else:
        if g.get("month") and g["month"].lower().rstrip(".") == "may" and not (g.get("day") or g.get("year")) \
                and not (g["month"] == "May" and MONTH_MAY_BEFORE.search(text[max(0, m.start("month") - 16):m.start("month")])):
            return None  # "may" the verb; not "in May", "since May", "early May"
        if index == _CASED_MONTH and g["month"].lower().rstrip(".") not in MONTHS and not g.get("year"):
            return None  # a bare abbreviation is too often something else
        weekday = g.get("weekday")
        d.weekday = _weekday_name(weekday) if weekday else None
        d.month = _month_number(g["month"]) if g.get("month") else None
        d.day = int(g["day"]) if g.get("day") else None
        d.year = int(g["year"]) if g.get("year") else None
        if g.get("ydeixis"):
            if published is None:
                return None  # "March last year" with no article date: no year to tell
            d.year = published.year + {"last": -1, "this": 0, "next": 1}[g["ydeixis"].lower()]
        if d.day is not None and not 1 <= d.day <= 31:
            return None
        d.granularity = "day" if d.day else "month" if d.month else "weekday"
    _resolve(d, published)
    if year_said is not None:
        d.year_written = year_said
    return d


def _relative_weekday(g: dict[str, str], d: DateMatch, published: dt.date | None) -> None:
    """'next Tuesday', 'last Friday', 'earlier this Monday': the weekday, resolved against the article date."""
    d.weekday, d.granularity, d.relative = g["weekday"].capitalize(), "weekday", True
    offset = _D["deixis"][re.sub(r"\s+", " ", g["wdeixis"].lower())]
    if published is not None:
        target = WEEKDAYS.index(g["weekday"].lower())
        if offset > 0:  # "next Tuesday": the first Tuesday after the article date
            day = published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
        elif offset < 0 and "earlier" not in g["wdeixis"].lower():  # "last Friday": the one before it
            day = published - dt.timedelta(days=(published.weekday() - target - 1) % 7 + 1)
        else:
            day = nearest_weekday(g["weekday"], published)
        _set_span(d, day, day)
        d.relative_to = "article_date"


# a year said of the holiday later in its sentence: "Christmas Day, which fell on a Sunday in 2021"
_YEAR_LATER = re.compile(r"[^.;!?\n]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b")


def _holiday_day(d: DateMatch, g: dict, published: dt.date | None, text: str) -> bool | None:
    """The day a holiday names: its written year, or one said of it later in the sentence, or the article's.
    Whether its year is said in the text; None when no year places it (Easter moves, and no article date)."""
    key = _holiday_key(g["holiday"])
    later = _YEAR_LATER.match(text, d.end)
    year = int(g["hyear"]) if g.get("hyear") else int(later.group("year")) if later else None
    if key in _FIXED_HOLIDAYS:
        d.month, d.day = _FIXED_HOLIDAYS[key]
        d.year = year  # without one, the nearest to the article date (_resolve)
    else:
        placed = year if year is not None else published.year if published is not None else None
        if placed is None:
            return None
        day = easter(placed) + dt.timedelta(days=_EASTER_HOLIDAYS[key])
        d.year, d.month, d.day = day.year, day.month, day.day
    d.granularity = "day"
    return year is not None


# a month named before a bare day, in its paragraph (the last one counts): "in June 2024: on the 4th, a Monday"
_MONTH_NAMED = re.compile(rf"{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?")


def _bare_day(d: DateMatch, g: dict, m: re.Match, published: dt.date | None, text: str) -> bool:
    """A day of the month written alone beside its weekday: its month (and year) the last one named before it
    in its paragraph, else the month that puts it nearest the article date."""
    d.day, d.granularity = int(g["bareday"]), "day"
    d.weekday = _weekday_name(g["weekday"]) if g.get("weekday") else None
    if not 1 <= d.day <= 31:
        return False
    start = max(text.rfind("\n\n", 0, m.start()) + 1, m.start() - 400)
    named = next(reversed(list(_MONTH_NAMED.finditer(text, start, m.start()))), None)
    if named is not None:
        d.month = _month_number(named.group("month"))
        d.year = int(named.group("year")) if named.group("year") else None
        return True
    if published is None:
        return False
    # the months around the article date; of those, one the weekday fits is the reading ("will resume on the
    # 21st (a Tuesday)" in an article of 2 October is 21 October), else the nearest, which the weekday contradicts
    stated = d.weekday or (_weekday_name(g["weekday_after"]) if g.get("weekday_after") else None)
    near = []
    for shift in (-1, 0, 1):
        month = (published.month - 1 + shift) % 12 + 1
        year = published.year + (published.month - 1 + shift) // 12
        try:
            day = dt.date(year, month, d.day)
        except ValueError:
            continue
        near.append((WEEKDAYS[day.weekday()] != (stated or "").lower(), abs((day - published).days), month))
    if not near:
        return False
    d.month = min(near)[-1]  # its year the nearest to the article date (_resolve), inferred, not written
    return True


def _resolve(d: DateMatch, published: dt.date | None) -> None:
    """The year a date leaves out (nearest the article date), and the ISO day or span it stands for."""
    d.year_written = d.year is not None and d.granularity in ("day", "month", "year")
    if d.granularity == "day" and d.year is None and d.month and d.day and published is not None:
        d.year = nearest_year(d.month, d.day, published)
    if d.granularity == "month" and d.year is None and d.month and published is not None:
        d.year = published.year if d.month <= published.month + 1 else published.year - 1
    if d.granularity == "weekday" and d.weekday and published is not None and not d.relative:
        resolved = nearest_weekday(d.weekday, published)
        d.year, d.month, d.day = resolved.year, resolved.month, resolved.day
    if d.year and d.month and d.day:
        try:
            d.iso_date = dt.date(d.year, d.month, d.day).isoformat()
        except ValueError:
            d.iso_date = None
    elif d.year and d.month and d.granularity == "month" and d.iso_start is None:
        d.iso_start, d.iso_end = f"{d.year}-{d.month:02d}-01", _month_end(d.year, d.month).isoformat()
    elif d.year and d.granularity == "year":
        d.iso_start, d.iso_end = f"{d.year}-01-01", f"{d.year}-12-31"


_HOLIDAY, _BARE_DAY = 21, 22
assert "holiday" in DATE_PATTERNS[_HOLIDAY].groupindex and "bareday" in DATE_PATTERNS[_BARE_DAY].groupindex
# "Good Friday" and "Thursday the 12th" before a weekday alone
_SCAN_ORDER = [_HOLIDAY, _BARE_DAY, *(i for i in range(len(DATE_PATTERNS)) if i not in (_HOLIDAY, _BARE_DAY))]
_CASED_MONTH = 11
_RELATIVE_PERIOD = 9
assert len(_TRIGGERS) == len(DATE_PATTERNS)


def _weekday_name(word: str) -> str:
    word = word.lower().rstrip(".")
    if word in WEEKDAY_ABBR:
        return WEEKDAYS[WEEKDAY_ABBR[word]].capitalize()
    return word.capitalize()


def _relative_period(m: re.Match, g: dict, d: DateMatch, published: dt.date | None) -> DateMatch | None:
    """'this week', 'later this month', 'last year', 'the end of the month', 'early 2025'."""
    part = g.get("part")
    if g.get("year") and not g.get("deixis"):
        if not part:
            return None  # a bare year: the lone-year pattern reads it
        year = int(g["year"])
        first, last = _part_of(dt.date(year, 1, 1), dt.date(year, 12, 31), part)
        d.granularity, d.iso_start, d.iso_end, d.year = "year", first.isoformat(), last.isoformat(), year
        return d
    if g.get("the_period"):
        if not part:
            return None  # "the week", "the year": not a date without a part word before it
        period, offset = g["the_period"].lower(), 0  # "the end of the month": this month
    else:
        period = g["period"].lower()
        offset = _D["deixis"][re.sub(r"\s+", " ", g["deixis"].lower())]
        if re.sub(r"\s+", " ", g["deixis"].lower()) in ("past", "the past"):
            return None  # "the past week": a span of time up to now (a duration), not a calendar period
    d.relative, d.granularity = True, period
    if published is None:
        return d
    days = period_days(period, published, offset)
    if days is None:
        return d  # "last summer": which one is not ours to guess
    first, last = days
    word = (part or "").lower()
    deixis = (g.get("deixis") or "").lower()
    if "earlier" in deixis or word == "earlier":
        last = min(last, published)
    elif "later" in deixis or word == "later":
        first = max(first, published)
    else:
        first, last = _part_of(first, last, part)
    _set_span(d, first, last)
    d.relative_to = "article_date"
    return d


def _ordinal_period(m: re.Match, g: dict, d: DateMatch, published: dt.date | None) -> DateMatch | None:
    """'the third week of January', 'the first quarter of 2024', 'the second half of the year'."""
    n = _D["ordinals"][g["ordinal"].lower()]
    unit = g["unit"].lower()
    if g.get("month"):
        month = _month_number(g["month"])
        year = int(g["year"]) if g.get("year") else None
        if year is None and published is not None:
            year = published.year if month <= published.month + 1 else published.year - 1
        if unit != "week" or year is None:
            d.granularity = unit
            return d if unit == "week" else None
        first = dt.date(year, month, 1)
        last_day = calendar.monthrange(year, month)[1]
        start = first + dt.timedelta(days=7 * (n - 1)) if n > 0 else dt.date(year, month, last_day - 6)
        if start.month != month:
            return None
        _set_span(d, start, min(start + dt.timedelta(days=6), _month_end(year, month)))
        d.granularity = "week"
        return d
    if g.get("oyear"):
        year = int(g["oyear"])
    elif published is not None:
        offset = 0 if g["odeixis"].lower() == "the" else _D["deixis"].get(re.sub(r"\s+", " ", g["odeixis"].lower()), 0)
        if g["operiod"].lower() == "month":
            if unit == "quarter":
                return None
            days = period_days("month", published, offset)
            assert days is not None  # a month always has its days
            first, last = days
            half = first + dt.timedelta(days=14)
            span = (first, half) if n == 1 else (half + dt.timedelta(days=1), last)
            if unit == "week":
                start = first + dt.timedelta(days=7 * (n - 1)) if n > 0 else last - dt.timedelta(days=6)
                span = (start, min(start + dt.timedelta(days=6), last))
            d.granularity, d.relative, d.relative_to = unit, True, "article_date"
            _set_span(d, *span)
            return d
        year = published.year + offset
        d.relative, d.relative_to = True, "article_date"
    else:
        d.granularity, d.relative = unit, True
        return d
    if (unit == "quarter" and 1 <= n <= 4) or (n == -1 and unit == "quarter"):
        q = 4 if n == -1 else n
        first, last = dt.date(year, q * 3 - 2, 1), _month_end(year, q * 3)
    elif unit == "half" and n in (1, 2, -1):
        first, last = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if n == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    elif unit == "week":
        start = dt.date(year, 1, 1) + dt.timedelta(days=7 * (n - 1)) if n > 0 else dt.date(year, 12, 25)
        first, last = start, start + dt.timedelta(days=6)
    else:
        return None
    _set_span(d, first, last)
    d.granularity = unit
    return d


_AMBIGUOUS_AT_END = re.compile(rf"\b({_alt(AMBIGUOUS_ABBREVIATIONS)})\.?\s*$", re.I)


def ambiguous_meanings(text: str) -> list[FixedOffset]:
    """The fixed offsets an ambiguous zone abbreviation ending a time may mean ("10:30 BST": +01:00 or
    +06:00), none for any other time."""
    m = _AMBIGUOUS_AT_END.search(text)
    if m is None:
        return []
    return [FixedOffset(minutes=int(minutes)) for minutes in _Z["ambiguous_meanings"][m.group(1).lower()]]


def _zone_of(raw: str | None) -> Zone | None:
    if not raw or not raw.strip():
        return None
    z = re.sub(r"\s+", "", raw.strip().lower()).replace("−", "-")
    if z.startswith("local"):
        return LOCAL
    m = re.match(r"(?:gmt|utc)([+-])(\d{1,2})(?::?(\d\d))?$", z)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return FixedOffset(minutes=minutes if m.group(1) == "+" else -minutes)
    if z in AMBIGUOUS_ABBREVIATIONS:
        return LOCAL
    if z in ZONE_ABBREVIATIONS:
        return FixedOffset(minutes=ZONE_ABBREVIATIONS[z])
    return None


def _generic_zone(name: str) -> Zone:
    """A zone of ``zones.yaml``'s generic table: 'UTC' or a US zone's IANA name."""
    return UTC if name == "UTC" else IanaZone(name=name)


def _named_zone(raw: str) -> tuple[Zone | None, str | None]:
    """A zone named before 'time': (zone, place).

    'Eastern time' -> America/New_York (a US zone name: its IANA zone, daylight saving included);
    'Eastern Standard Time' -> UTC-05:00; 'Denver time' -> Denver's IANA zone, with the place;
    'local time' -> local. None when the words name neither a zone nor a known place.
    """
    name = re.sub(r"\s+", " ", re.sub(r"(?i)\btime\b", "", raw).strip(" ()")).strip()
    key = name.lower()
    if key in ("local", ""):
        return LOCAL, None
    if key in GENERIC_ZONES:
        return _generic_zone(GENERIC_ZONES[key]), None
    if key in NAMED_FIXED:
        return _zone_of(NAMED_FIXED[key]), None
    from factcheck.extraction.places import zone_for

    zone = zone_for(name)
    if zone:
        return IanaZone(name=zone), name
    return None, None


def find_times(text: str) -> list[TimeMatch]:
    taken: list[tuple[int, int]] = []
    found: list[TimeMatch] = []
    digits = any(ch.isdigit() for ch in text)
    lower = text.lower()
    for pattern in TIME_PATTERNS:
        if not digits if pattern is not TIME_PATTERNS[-1] else not ("noon" in lower or "mid" in lower):
            continue  # every clock pattern needs a digit; the last one a word: noon, midday, midnight
        for m in pattern.finditer(text):
            g = m.groupdict()
            start = m.start("h") if g.get("h") is not None else m.start()
            if any(start < e and s < m.end() for s, e in taken):
                continue
            if pattern is TIME_PATTERNS[1] and not g.get("zone") and not g.get("named") \
                    and CLOCK_DURATION_BEFORE.search(text[max(0, start - 12):start]):
                continue  # "won in 2:04:11", "the first half in 62:30": a time taken, not a time of day
            if g.get("word"):
                hours = 0.0 if g["word"].lower() == "midnight" else 12.0
            else:
                h, minutes, seconds = int(g["h"]), int(g.get("m") or 0), int(g.get("s") or 0)
                if g.get("ampm"):
                    if not 1 <= h <= 12:
                        continue
                    pm = g["ampm"].lower().startswith("p")
                    h = (h % 12) + (12 if pm else 0)
                hours = h + minutes / 60 + seconds / 3600
            place = None
            if g.get("named"):
                zone, place = _named_zone(g["named"])
                end = m.end("named") if zone else m.start("named")
                if zone and g["named"].strip().startswith("(") != g["named"].strip().endswith(")"):
                    end -= 1 if g["named"].strip().endswith(")") else 0  # "(Eastern time" left open
            else:
                zone = _zone_of(g.get("zone"))
                if zone is None and g.get("zone") and g["zone"].strip().upper() in {z.upper() for z in GENERIC_ZONES}:
                    zone = _generic_zone(GENERIC_ZONES[g["zone"].strip().lower()])  # "7 PM CT"
                end = m.end("zone") if g.get("zone") and zone else (m.start("zone") if g.get("zone") else m.end())
            if pattern in (TIME_PATTERNS[4], TIME_PATTERNS[6]) and zone is None:
                continue  # "1930 Paris": a four-digit number before words that name no zone is no time
            t = TimeMatch(start, end, hours, zone, place=place)
            if not isinstance(zone, FixedOffset):  # a local time, a place's or a zone's clock: not 'EST'
                _read_stated_offset(text, t)
            taken.append((start, end))
            if t.stated_offset_span:
                taken.append(t.stated_offset_span)
            found.append(t)
    for m in PART_OF_DAY_RE.finditer(text) if any(part in lower for part in _PARTS_OF_DAY) else ():
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        low, high = _PARTS_OF_DAY[m.group("part").lower()]
        t = TimeMatch(m.start(), m.end(), None, part_of_day=(float(low), float(high)), day_word=m.group("pday"))
        taken.append((m.start(), m.end()))
        found.append(t)
    return sorted(found, key=lambda t: t.start)


def _read_stated_offset(text: str, t: TimeMatch) -> None:
    """The offset a local time's brackets state for its place: "6pm in Dubai (GMT+4)" -> +240."""
    m = STATED_OFFSET.match(text, t.end)
    if m is None:
        return
    minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
    t.stated_offset = minutes if m.group("sign") == "+" else -minutes
    t.stated_offset_span = m.start("offset") - 1, m.end()


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
    words: dict[str, int] = {}
    for n in range(1, 201):
        word = str(engine.number_to_words(engine.ordinal(str(n))))
        words[word] = n
        if word.startswith("one hundred"):
            words[word[len("one "):]] = n
    return words


_ANNIVERSARY = re.compile(
    r"\b(?:(?P<digits>[1-9]\d{0,2})(?:st|nd|rd|th)|(?P<words>[a-z]+(?:[\s-]+[a-z]+){0,4}?))"
    r"(?P<kind>(?:\s+(?:wedding|founding|foundation|coronation|independence|club|company|firm|school|church|"
    r"marriage))?)\s+(?P<what>anniversary|birthday)\b", re.I)


@lru_cache(maxsize=1)
def _named_anniversaries() -> re.Pattern:
    """'centenary', 'golden jubilee', 'silver wedding anniversary': anniversaries named by a word
    (``lang/en/dates.yaml``, ``anniversary_names``)."""
    names = sorted(table("dates")["anniversary_names"], key=len, reverse=True)
    return re.compile(r"\b(?P<name>" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")\b", re.I)


def find_anniversaries(text: str) -> list[AnniversaryMatch]:
    """Ordinal anniversaries and birthdays: '18th anniversary', 'twenty-fifth anniversary', '50th
    wedding anniversary' -> years; named ones: 'its centenary' -> 100, 'golden jubilee' -> 50."""
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
    names = table("dates")["anniversary_names"]
    for m in _named_anniversaries().finditer(text):
        if not any(a.start <= m.start() < a.end for a in found):
            years = names[re.sub(r"\s+", " ", m.group("name").lower())]
            found.append(AnniversaryMatch(m.start(), m.end(), int(years)))
    return sorted(found, key=lambda a: a.start)
