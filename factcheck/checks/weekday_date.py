"""weekday_date: a weekday named with a date it does not fall on.

What it flags
    A weekday and a written date that name the same day ("Monday, February 25, 2007",
    "Tuesday 14 December") where the date falls on another day of the week. The weekday may
    be glued to its date by the date scanner or stand beside it in apposition, in one clause,
    in either order: "Wednesday (March 6)", "3 March (Monday)", "November 12, a Thursday",
    "on Thursday, which is Dec. 13", "Tuesday night, Jan. 8", "Wednesday's (Oct. 3) meeting",
    "Friday at 7 p.m., March 21", "March 14, 2011, a Monday". Only punctuation, brackets, a
    time of day, a part of the day, an article or a restating "which is" may stand between
    them (word classes in ``factcheck/lang/en/apposition.yaml``).

    A date written without its year takes the year that puts it nearest the article date
    ("Friday, April 28" in an article of 2 May 2006 is 28 April 2006).

    A day named by its holiday is a date ("Christmas Day, which fell on a Sunday in 2021"); one that
    falls on a weekend may be named with the weekday it is kept on ("offices close for Veterans Day,
    Friday" in 2023, when 11 November was a Saturday), and those weekdays are not flagged.

Confidence
    ``certain`` when the year is written, or the nearest year puts the date within
    ``near_days`` of the article date (no other year is plausible); ``possible`` when the date
    lies farther than that from the article date in every reading: the article date itself may
    be wrong (a press release republished years later), and the message names the nearest
    earlier year in which the weekday fits. ``likely`` for a weekday linked to a date before
    it by a bare comma ("by March 5, Monday"), where the weekday may open the next clause.

Why it matters
    Readers plan by the weekday as much as by the date; when the two disagree one of them
    is wrong, and nobody can tell which.

Example
    Bad:  "The hearing is set for Sunday, 15 March 2010."  (15 March 2010 was a Monday)
    Good: "The hearing is set for Monday, 15 March 2010."

Parameters
    near_days (int, default 60): a date without its year within this many days of the
        article date is placed in its year for certain; farther, the finding is ``possible``.

Limits
    A weekday alone ("on Tuesday") says nothing to check. A date without a year in an
    article without a date cannot be placed in a year, and is not checked. A weekday and a
    date separated by other words ("Monday's vote on the March 3 bill") are not linked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit
from factcheck.extraction.datetimes import HOLIDAY_NAME
from factcheck.findings import Confidence
from factcheck.lang import alternation, table
from factcheck.records import Kind, Quantity

FIELDS = {"text", "weekday", "date", "actual_weekday"}
REQUIRES = frozenset({Kind.DATE})  # the kinds of figure it reads: without any of them it has nothing to say

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# the weekdays a holiday that falls on a weekend is observed on
_OBSERVED_ON = {"Saturday": ("Friday", "Monday"), "Sunday": ("Monday", "Tuesday")}
MAX_GAP = 60  # characters between a weekday and its date in apposition


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    near_days: int = Field(60, ge=0)


def written_date(q: Quantity) -> dt.date | None:
    """The calendar date a DATE quantity writes out with its day of the month, or None.

    A weekday standing alone is resolved by extraction to the nearest such day; that date is
    derived from the weekday, so it is not a written date and is not returned.
    """
    if q.kind is not Kind.DATE or not q.iso_date or q.day is None:
        return None
    if HOLIDAY_NAME.match(q.text):
        return dt.date.fromisoformat(q.iso_date)  # "Christmas Day 2024", "Good Friday": a day named by its holiday
    if not re.search(rf"(?<!\d){q.day}(?!\d)|(?<!\d)0{q.day}(?!\d)", q.text) and not _day_in_words().search(q.text):
        return None  # the day is written in figures or as an ordinal word ("the first of May")
    return dt.date.fromisoformat(q.iso_date)


@lru_cache(maxsize=1)
def _day_in_words() -> re.Pattern[str]:
    return re.compile(rf"\bthe\s+(?:{alternation('dates', 'day_ordinals')})\s+of\b", re.I)


def _weekday_alone(q: Quantity) -> bool:
    """A weekday mention with no written day of the month: 'Friday', 'next Tuesday'."""
    return q.kind is Kind.DATE and bool(q.weekday) and written_date(q) is None


@lru_cache(maxsize=1)
def _between() -> re.Pattern[str]:
    """What may stand between two mentions in apposition: punctuation, brackets, a time of day
    (replaced by '§'), a part of the day, a preposition before that time, an article or 'which is'."""
    parts = "|".join(sorted((re.escape(p) for p in table("dates")["parts_of_day"]), key=len, reverse=True))
    linkers = alternation("apposition", "linkers")
    prepositions = alternation("apposition", "time_prepositions")
    token = rf"(?:\s+|[,;:()\[\]–—-]|§|(?:{parts}|{linkers}|{prepositions})(?![\w]))"
    return re.compile(rf"(?:{token})*", re.I)


@lru_cache(maxsize=1)
def _linker() -> re.Pattern[str]:
    return re.compile(rf"[(\[]|(?<![\w])(?:{alternation('apposition', 'linkers')})(?![\w])", re.I)


def _middle(context: CheckContext, start: int, end: int) -> str | None:
    """The text between two mentions with every time of day in it replaced by '§'."""
    if end < start or end - start > MAX_GAP:
        return None
    text = context.article.body[start:end]
    for q in context.quantities:
        if q.kind is Kind.TIME and start <= q.start and q.end <= end:
            text = text[:q.start - start] + "§" * (q.end - q.start) + text[q.end - start:]
    return re.sub("§+", "§", text)


def _link(context: CheckContext, weekday: Quantity, date: Quantity) -> Confidence | None:
    """How surely ``weekday`` and ``date`` stand in apposition (None when they do not)."""
    if weekday.sentence != date.sentence:
        return None
    body = context.article.body
    if weekday.end <= date.start:  # "Friday at 7 p.m., March 21", "Wednesday's (Oct. 3)"
        middle = _middle(context, weekday.end, date.start)
        if middle is None:
            return None
        possessive = re.match(rf"^(?:{alternation('apposition', 'possessives')})", middle)
        middle = middle[possessive.end():] if possessive else middle
        if _between().fullmatch(middle):
            return Confidence.CERTAIN
        if possessive and re.fullmatch(rf"\s+[a-z][\w-]*\s+(?:{alternation('apposition', 'dated_nouns_link')})\s+",
                                       middle):
            return Confidence.LIKELY  # "Wednesday's meeting on 14 March": the noun the weekday and the date both date
        if possessive and re.fullmatch(r"\s+[a-z][\w-]*\s*[(\[]\s*", middle):
            return Confidence.LIKELY  # "In Saturday's edition (21 April 2024)": the noun's date in brackets
        return None
    if date.end <= weekday.start:  # "3 March (Monday)", "November 12, a Thursday"
        middle = _middle(context, date.end, weekday.start)
        if middle is None or "§" in middle or not _between().fullmatch(middle):
            return None
        after = body[weekday.end:weekday.end + 3]
        if re.match(r"['’]", after):
            return None  # "by March 5, Monday's vote": the weekday belongs to the next phrase
        if _linker().search(middle):
            return Confidence.CERTAIN
        if re.match(r"\s*(?:[,;:)\].!?]|$)", after):
            return Confidence.LIKELY  # "by March 5, Monday, the ..."
    return None


def _pairs(context: CheckContext) -> Iterator[tuple[Quantity, Quantity, Confidence]]:
    """(weekday mention, written date, link confidence) for every weekday that names a date."""
    dated = [q for q in context.quantities if written_date(q) is not None]
    for q in dated:
        if q.weekday:
            yield q, q, Confidence.CERTAIN
    taken: set[str] = set()
    for w in (q for q in context.quantities if _weekday_alone(q)):
        candidates = []
        for d in dated:
            if d.weekday or d.id in taken:
                continue
            link = _link(context, w, d)
            if link is not None:
                candidates.append((d.start < w.start, abs(d.start - w.end), link, d))
        if candidates:
            _, _, link, d = min(candidates, key=lambda c: (c[0], c[1]))
            taken.add(d.id)
            yield w, d, link


def _year_written(day: dt.date, *texts: str) -> bool:
    return any(re.search(rf"(?<!\d){day.year}(?!\d)", t) for t in texts)


def _fitting_year(day: dt.date, weekday: str, before: dt.date) -> int | None:
    """The nearest year up to ``before`` in which the date falls on ``weekday``."""
    target = WEEKDAYS.index(weekday)
    for year in range(before.year, before.year - 12, -1):
        try:
            candidate = dt.date(year, day.month, day.day)
        except ValueError:
            continue
        if candidate <= before and candidate.weekday() == target:
            return year
    return None


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for w, d, link in _pairs(context):
        day = written_date(d)
        if day is None:
            continue
        assert w.weekday is not None  # _pairs yields weekday mentions only
        weekday = w.weekday.capitalize()
        actual = WEEKDAYS[day.weekday()]
        if actual == weekday or (HOLIDAY_NAME.match(d.text) and weekday in _OBSERVED_ON.get(actual, ())):
            continue  # (a holiday on a weekend is kept on a weekday beside it: "Veterans Day (Friday)" in 2023)
        confidence = link
        if d.year_stated or _year_written(day, d.text):
            year_note = ""
        else:
            year_note = f" (year {day.year} taken as the one nearest the article date)"
            if context.date is not None and abs((day - context.date).days) > params.near_days:
                confidence = Confidence.POSSIBLE
                fits = _fitting_year(day, weekday, context.date)
                year_note = (f" (year {day.year} taken as the one nearest the article date, which lies "
                             f"{abs((day - context.date).days)} days away; the article date may be wrong"
                             + (f": {day.strftime('%d %B').lstrip('0')} {fits} was a {weekday}" if fits else "")
                             + ")")
        yield Hit(
            primary=d if w is d else w, related=[] if w is d else [d],
            arithmetic=f"{day.isoformat()}{year_note} is a {actual}, not a {weekday}",
            fields={"weekday": weekday, "date": day.isoformat(), "actual_weekday": actual},
            confidence=confidence,
        )
