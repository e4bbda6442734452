"""weekday_date: a weekday named with a date it does not fall on.

What it flags
    A full date written with its weekday ("Monday, February 25, 2007", "Tuesday 14
    December") where the date falls on another day of the week. A date written without its
    year takes the year that puts it nearest the article date ("Friday, April 28" in an
    article of 2 May 2006 is 28 April 2006).

Why it matters
    Readers plan by the weekday as much as by the date; when the two disagree one of them
    is wrong, and nobody can tell which.

Example
    Bad:  "The hearing is set for Sunday, 15 March 2010."  (15 March 2010 was a Monday)
    Good: "The hearing is set for Monday, 15 March 2010."

Parameters
    (none)

Limits
    A weekday alone ("on Tuesday") says nothing to check. A date without a year in an
    article without a date cannot be placed in a year, and is not checked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from factcheck.checks import CheckContext, Hit
from factcheck.records import Kind, Quantity

FIELDS = {"text", "weekday", "date", "actual_weekday"}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


def written_date(q: Quantity) -> dt.date | None:
    """The calendar date a DATE quantity writes out with its day of the month, or None.

    A weekday standing alone is resolved by extraction to the nearest such day; that date is
    derived from the weekday, so it is not a written date and is not returned.
    """
    if q.kind is not Kind.DATE or not q.iso_date or q.day is None:
        return None
    if not re.search(rf"(?<!\d){q.day}(?!\d)|(?<!\d)0{q.day}(?!\d)", q.text):
        return None
    return dt.date.fromisoformat(q.iso_date)


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for q in context.quantities:
        if not q.weekday:
            continue
        day = written_date(q)
        if day is None:
            continue
        actual = WEEKDAYS[day.weekday()]
        if actual.lower() == q.weekday.lower():
            continue
        year_note = "" if str(day.year) in q.text else f" (year {day.year} taken as the one nearest the article date)"
        yield Hit(
            primary=q, related=[],
            arithmetic=f"{day.isoformat()}{year_note} is a {actual}, not a {q.weekday.capitalize()}",
            fields={"weekday": q.weekday.capitalize(), "date": day.isoformat(), "actual_weekday": actual},
        )
