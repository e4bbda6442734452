"""duration_arithmetic: a time span that does not fit the dates it spans.

What it flags
    An elapsed time whose span does not fit its start and end (``extraction/elapsed.py`` reads
    the three roles): a span counted to now ("launched 25 years ago in 1984", "dates from 1962,
    so it has been in force for 52 years", "passed in 2010, is now 24 years old", "twelve years
    on", "born in 1961, is now aged 63", "its 30th anniversary, having been set up in 1980");
    between two dates ("began on 2 October and ended 26 days later, on 18 October", "a week
    after the 1 July deadline, on 15 July", "150 days into his term, which began on 20
    January", "stood for 32 years until 1991", "died on 1 March 2020 at the age of 87"); or a
    countdown from the article date ("with 24 days to go before the Nov. 5 election").

Why it matters
    "25 years ago in 1984" in a 2005 article is off by four years: one of the two figures
    is wrong, and a reader who does the sum stops trusting the rest.

Example
    Bad:  "The line, opened 30 years ago in 1995, is being extended." (article of 2015: 20 years)
    Good: "The line, opened 20 years ago in 1995, is being extended."

Parameters
    year_tolerance (float, default 1): years a span in years (or decades, centuries) may be
        off by, since the month of a bare year is unknown (half a year when both months are
        written). Decades allow at least 5 years, centuries at least 50, as they are round by
        nature; a fraction of one ("half a century") is counted in years, to within 5.
    month_tolerance (float, default 1): months a span in months may be off by.
    day_tolerance (float, default 1): days a span in days may be off by (counting the first
        day or not).
    week_tolerance_days (float, default 3): days a span in weeks may be off by, since weeks
        are rounded ("three weeks" for 23 days).

Readings and confidence
    A span may have several readings (several plausible starts, now or a written end): it is
    flagged only when none fits. A date written without its year takes the year of the other
    date of the sentence (a weekday keeps the date resolved from the article date). ``certain``
    when the relation is written out ("ago" next to its date, two written dates with "later" /
    "after"), ``likely`` when a role was inferred (an origin verb, a present perfect, an age).
    In a past narrative the span may end at the narrated time, before the article date: a span
    longer than possible is flagged as usual, a shorter one only as ``possible``; in quotation
    marks (a title, reported words) or an anniversary told in the past, only a span longer
    than possible is flagged. An age "aged 87" allows 87 to 88 years. A round span of years (a multiple
    of ten, 20 or more) may be rounded by 5% of itself ("for 120 years" since 1902, in 2024).

Limits
    Without an article date a span counted to now cannot be checked (a note says so); spans
    between two written dates still are. Spans in hours or minutes are not checked. A hedged span
    ("about 25 years", "more than 20 years") is compared over the whole range it allows. An
    anniversary is checked only when its date is the origin ("founded in 1980", "the 50th
    anniversary of the 1980 strike"), not when the date is when the commemoration began or the
    year it falls in ("the 50th anniversary, in 2016").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from factcheck.checks import CheckContext, Hit, fmt
from factcheck.extraction.elapsed import YEAR_OLD, YEAR_WRITTEN, stated_span
from factcheck.findings import Confidence
from factcheck.records import Kind, Quantity, Relation, RelationType

FIELDS = {"text", "duration", "date", "reference", "elapsed", "unit"}
REQUIRES = frozenset({Kind.DURATION, Kind.NUMBER, Kind.DATE})  # spans, ages (numbers) and their dates

ROUND_FIGURE_SLACK = 0.05  # a span that is a multiple of ten may be rounded by 5% of itself
YEARS_PER = {"year": 1, "decade": 10, "century": 100}
DAYS_PER_MONTH = 365.25 / 12  # a month between two days, counted by the day
DAYS_PER = {"day": 1, "week": 7, "fortnight": 14}
_WEEKDAYS = [calendar.day_name[i].lower() for i in range(7)]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    year_tolerance: float = Field(1.0, ge=0)
    month_tolerance: float = Field(1.0, ge=0)
    day_tolerance: float = Field(1.0, ge=0)
    week_tolerance_days: float = Field(3.0, ge=0)


class Span:
    """A date as the first and last day it may stand for: '1984' is 1984-01-01..1984-12-31."""

    def __init__(self, year: int, month: int | None = None, day: int | None = None, text: str = "") -> None:
        self.year, self.month, self.day, self.text = year, month, day, text
        first_month, last_month = (month, month) if month else (1, 12)
        self.first = dt.date(year, first_month, day or 1)
        self.last = dt.date(year, last_month, day or calendar.monthrange(year, last_month)[1])

    @classmethod
    def of(cls, q: Quantity) -> Span | None:
        if q.iso_date:
            d = dt.date.fromisoformat(q.iso_date)
            return cls(d.year, d.month, d.day, q.text)
        if q.year is None and q.iso_start and q.iso_end:  # "last month", "last year": a resolved period
            first, last = dt.date.fromisoformat(q.iso_start), dt.date.fromisoformat(q.iso_end)
            if first.year == last.year:
                return cls(first.year, first.month if first.month == last.month else None, None, q.text)
        if q.year is None:
            return None
        try:
            return cls(q.year, q.month, None, q.text)
        except ValueError:
            return None

    @property
    def label(self) -> str:
        if self.day:
            return self.first.isoformat()
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)


def _unit(whole: Quantity, relation: Relation) -> str | None:
    if relation.cue in ("anniversary", "aged") or whole.kind is not Kind.DURATION:
        return "year"
    return whole.unit


def _inherit_year(q: Quantity, other: Quantity, forward: bool | None) -> Span | None:
    """A date written without its year ("on 18 October") takes the year of the other date of the
    sentence ("2 October 2023"), or the next (previous) one when the span runs forward (back) past
    it; with no such date, the year extraction resolved it to. A weekday keeps the date it was
    resolved to from the article date, a relative date ("last month") its resolution."""
    written = YEAR_WRITTEN.search(q.text) is not None or q.granularity == "weekday" or q.relative
    if written or other.year is None or not YEAR_WRITTEN.search(other.text) or q.month is None:
        return Span.of(q)
    anchor = Span.of(other)
    try:
        candidate = Span(other.year, q.month, q.day, q.text)
        if forward is True and anchor is not None and candidate.last < anchor.first:
            candidate = Span(other.year + 1, q.month, q.day, q.text)
        elif forward is False and anchor is not None and candidate.first > anchor.last:
            candidate = Span(other.year - 1, q.month, q.day, q.text)
    except ValueError:
        return Span.of(q)
    return candidate


def _range_ends(q: Quantity) -> tuple[Span, Span] | None:
    """The first and last year of a written range of years ("1961–1988"), each a whole year."""
    if not (q.iso_start and q.iso_end):
        return None
    first, last = dt.date.fromisoformat(q.iso_start), dt.date.fromisoformat(q.iso_end)
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31) or first.year >= last.year:
        return None
    return Span(first.year, text=str(first.year)), Span(last.year, text=str(last.year))


def _same_year(start: Quantity, end: Quantity) -> tuple[Span, Span] | None:
    """Two days written without a year and with no article date to resolve them ("agreed on 11
    November ... resumed on 16 November"): read in one year, the end in the next when it comes
    round first. A leap year, so that 29 February stands."""
    if start.year is not None or end.year is not None or not (start.month and start.day and end.month and end.day) \
            or start.relative or end.relative:
        return None
    first, second = Span(2004, start.month, start.day, start.text), Span(2004, end.month, end.day, end.text)
    if second.first < first.first:
        try:
            second = Span(2005, end.month, end.day, end.text)
        except ValueError:  # 29 February
            return None
    return first, second


FORWARD = {"later", "afterwards", "afterward", "after that", "thereafter", "after", "following", "into", "until",
           "span", "aged", "anniversary", "countdown"}
BACKWARD = {"earlier", "before that", "previously", "beforehand"}


def elapsed(unit: str, start: Span, end: Span) -> tuple[float, float, str]:
    """The span from ``start`` to ``end`` in ``unit``, as (lowest, highest, how it was counted)."""
    if unit in YEARS_PER:
        per = YEARS_PER[unit]
        if start.day and end.day:
            # whole years by the calendar (6 June 1944 to 6 June 2024 is 80), then the part of a year
            full = end.year - start.year - ((end.first.month, end.first.day) < (start.first.month, start.first.day))
            since = (end.first - _plus_years(start.first, full)).days
            years = full + since / 365.2425
            how = f"{start.label} to {end.label} is {fmt(full)} years" + (f" and {fmt(since)} days" if since else "")
        elif start.month and end.month:
            months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
            years = months / 12
            how = f"{start.label} to {end.label} is {fmt(months)} months = {fmt(round(years, 2))} years"
        else:
            years = end.year - start.year
            how = f"{end.year} - {start.year} = {fmt(years)} years"
        return years / per, years / per, how
    if unit == "month":
        if start.day and end.day:  # "on 2 August, two months ago", on 30 September: 59 days, 1.9 months
            days = (end.first - start.first).days
            counted = round(days / DAYS_PER_MONTH, 1)
            return counted, counted, f"{start.label} to {end.label} is {days} days = {fmt(counted)} months"
        low = (end.year * 12 + (end.month or 1)) - (start.year * 12 + (start.month or 12))
        high = (end.year * 12 + (end.month or 12)) - (start.year * 12 + (start.month or 1))
        if start.month and end.month and not start.day and not end.day:
            high += 1  # "from November through January": three months, counting both
        if low == high:
            return low, high, f"{start.label} to {end.label} is {fmt(low)} months"
        return low, high, f"{start.label} to {end.label} is {fmt(low)} to {fmt(high)} months"
    if unit in DAYS_PER:
        per = DAYS_PER[unit]
        low, high = (end.first - start.last).days, (end.last - start.first).days
        span = f"{fmt(low)} days" if low == high else f"{fmt(low)} to {fmt(high)} days"
        if per > 1:
            span += f" = {fmt(round(low / per, 1))}" + ("" if low == high else f" to {fmt(round(high / per, 1))}") + \
                f" {unit}s"
        return low / per, high / per, f"{start.label} to {end.label} is {span}"
    raise ValueError(unit)


def tolerance(unit: str, params: Params, months_known: bool = False) -> float:
    if unit in YEARS_PER:
        years = params.year_tolerance
        if months_known and unit == "year":  # "two years after 11 March 2011", on 11 March 2012: the months are said
            years = min(years, 0.5)
        # "a decade later" for 8 to 12 years, "a century" for 75 to 125
        return max(years, {"year": 0, "decade": 2.5, "century": 25}[unit]) / YEARS_PER[unit]
    if unit == "month":
        return params.month_tolerance
    if unit == "day":
        return params.day_tolerance
    return (params.day_tolerance + params.week_tolerance_days) / DAYS_PER[unit]


def _plus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def round_span_slack(unit: str, value: float, slack: float) -> float:
    """Decades and centuries are round figures, the more so the more of them: "a decade" is 7.5 to
    12.5 years, "two decades" 16 to 24, "four decades" 32 to 48."""
    return max(slack, 0.2 * value) if unit in ("decade", "century") else slack


@dataclass
class _Outcome:
    fits: bool
    hit: Hit | None = None


def _read(context: CheckContext, params: Params, relation: Relation) -> _Outcome | None:
    """Whether one reading of a span fits its dates; None when it cannot be checked."""
    whole, parts = context.members(relation)
    if whole is None or not parts or whole.value is None:
        return None
    unit = _unit(whole, relation)
    if relation.cue == "clock":
        return _clock_span(whole, parts)
    if unit not in {*YEARS_PER, "month", *DAYS_PER}:
        return None
    direction = relation.direction or ("between" if len(parts) >= 2 else "to_now")
    d = context.date
    today = Span(d.year, d.month, d.day, "the article date") if d is not None else None
    if direction == "between" and len(parts) >= 2:
        forward = True if relation.cue in FORWARD else False if relation.cue in BACKWARD else None
        first = _inherit_year(parts[0], parts[1], None if forward is None else not forward)
        second = _inherit_year(parts[1], parts[0], forward)
        if parts[0].id == parts[1].id:  # "for 31 years (1961–1988)": a range holds both ends
            first, second = _range_ends(parts[0]) or (None, None)
        elif first is None or second is None:
            first, second = _same_year(parts[0], parts[1]) or (first, second)
        if first is None or second is None:
            return None
        start, end = sorted((first, second), key=lambda s: s.first)
        reference, related = end.label, parts[:2]
    elif today is None:
        return None
    elif direction == "from_now":
        target = Span.of(parts[0])
        if target is None:
            return None
        start, end = sorted((today, target), key=lambda s: s.first)
        assert d is not None  # today is the article date
        reference, related = f"{target.label} from the article date {d.isoformat()}", parts[:1]
    else:
        origin = Span.of(parts[0])
        if origin is None or d is None:
            return None
        start, end, related = origin, today, parts[:1]
        reference = f"the article date {d.isoformat()}"
        if unit in YEARS_PER and not YEAR_WRITTEN.search(parts[0].text) and not parts[0].relative:
            return None  # "the events of Jan. 6 ... four years later": a day without its year dates no span of years
        if start.first > end.last and not YEAR_WRITTEN.search(parts[0].text) and origin.month:
            # "published on 31 March, three months ago" in a September article: the March before, not the
            # one to come that a date without its year was resolved to
            try:
                start = Span(origin.year - 1, origin.month, origin.day, origin.text)
            except ValueError:  # 29 February
                return None
        if start.first > end.last:
            return None  # a start after the article date: another clause's future, not this span's origin
    if relation.cue == "anniversary" and abs(end.year - start.year) <= 1:
        return None  # "the 50th anniversary, in 2016": the year is when the anniversary falls, not the start
    value, stated_low, stated_high, stated, fraction = stated_span(context.article.body, whole)
    slack = round_span_slack(unit, value, tolerance(unit, params, months_known=bool(start.month and end.month)))
    if unit == "year" and value >= 20 and value % 10 == 0 and fraction == 1.0 and \
            relation.cue not in ("anniversary", "aged"):  # "for 120 years" since 1902: a round figure
        slack = max(slack, value * ROUND_FIGURE_SLACK)
    if unit == "month" and start.day and end.day:
        slack = min(slack, 0.5)  # "four months after it was closed on 2 May", on 2 August: three, to the day
    if relation.cue == "anniversary" and direction == "between":
        slack = 0.0  # "the 50th anniversary of the 1975 flood" falls in 2025, the year it is marked in is written
    if relation.cue == "aged":  # "aged 87": 87 full years, short of 88
        stated_high = (stated_high if stated_high is not None else value) + 1
        if start.day and end.day or not start.month:
            # a birth date and a day to count to: the age is exact ("64, born on 12 March 1961"); a birth year
            # alone leaves only the birthday open, which the full year already allows ("born in 1931 ... 89 in
            # 2022": 90 or 91)
            slack = 0.0
    if unit in YEARS_PER and (fraction != 1.0 or not float(value).is_integer()):
        # "half a century", "a quarter of a century": 50 and 25 years, round to about five
        per = YEARS_PER[unit]
        stated_low, stated_high = stated_low * per, None if stated_high is None else stated_high * per
        # a fraction of a year keeps the year's tolerance ("three and a half years" from March 2021 to
        # September 2023, whose months are said, is half a year from the truth at most)
        unit, slack = "year", max(params.year_tolerance, 5.0) if per > 1 else slack
    low, high, how = elapsed(unit, start, end)
    if relation.cue == "range" and not (unit in YEARS_PER and not start.month and not end.month):
        # "from 1 to 5 May, five days": a range may be counted inclusively. Between bare years the year
        # tolerance already allows it ("from 2015 to 2024, ten years": 1 January 2015 to 31 December 2024);
        # between two days, counted in months, the last day is what inclusion adds
        high += _one_more(unit, start, end)
        if unit == "day" and start.day and end.day:
            slack = 0.0  # counted with or without the first day already: "three days — from Monday, Oct. 2, to Friday"
    too_long = stated_low > high + slack
    too_short = direction != "to_quoted" and stated_high is not None and stated_high < low - slack
    if not (too_long or too_short):
        return _Outcome(True)
    if relation.cue == "anniversary":
        stated = whole.text if re.search(r"\byears?\b", whole.text) else f"{whole.text} ({fmt(whole.value)} years)"
    elif relation.cue == "aged":
        body = context.article.body
        written_old = YEAR_OLD.match(body[whole.end:whole.end + 12])
        stated = f"{whole.text}{written_old.group()}" if written_old else f"aged {whole.text}"
    span = fmt(round(low, 1)) if low == high else f"{fmt(round(low, 1))}-{fmt(round(high, 1))}"
    confidence = Confidence.LIKELY if relation.inferred else Confidence.CERTAIN
    if direction == "to_narrated" and not too_long:
        confidence = Confidence.POSSIBLE  # a past narrative may count to a time before the article date
    return _Outcome(False, Hit(
        primary=whole, related=related, confidence=confidence,
        arithmetic=f"{how}, not {stated} (tolerance ±{fmt(round(slack, 2))} {unit}s)",
        fields={"duration": stated, "date": ", ".join(p.text for p in related), "reference": reference,
                "elapsed": f"{span} {unit}s", "unit": unit},
    ))


def _one_more(unit: str, start: Span, end: Span) -> float:
    """What counting a range inclusively adds, in the span's unit: one day between two days ("from 3 to 14
    June" is 11 or 12 days, 1.6 or 1.7 weeks, never 2.6), one month between two months."""
    if start.day and end.day:
        return 1 / DAYS_PER_MONTH if unit == "month" else 1 / DAYS_PER[unit] if unit in DAYS_PER \
            else 1 / 365.2425 / YEARS_PER[unit]
    if unit in DAYS_PER:
        return 0.0  # the first and last days of the months already bound it
    return 1.0 if unit == "month" else 1 / 12 / YEARS_PER[unit]


def _days_apart(first: Quantity, second: Quantity) -> int | None:
    """Whole days from the first time's day to the second's: by their written dates ("from midnight on 1 March to
    midnight on 5 March 2024"), else by their weekdays ("from 5am Tuesday until 5pm Thursday"; a week on when the
    second would not come after the first); None when the times carry no day."""
    assert first.hours is not None and second.hours is not None
    if first.iso_date and second.iso_date and first.iso_date <= second.iso_date:
        return (dt.date.fromisoformat(second.iso_date) - dt.date.fromisoformat(first.iso_date)).days
    if first.weekday and second.weekday:
        days = (_WEEKDAYS.index(second.weekday.lower()) - _WEEKDAYS.index(first.weekday.lower())) % 7
        return days + 7 if days * 24 + second.hours - first.hours <= 0 else days
    return None


def _clock_span(whole: Quantity, parts: list[Quantity]) -> _Outcome | None:
    """Hours between two clock times ('10.15pm ... 4.45am, eight and a half hours later'): the later
    time taken as the next day when it is the earlier hour. Stated hours allow a quarter of an hour,
    minutes five."""
    if len(parts) != 2 or whole.value is None or None in (parts[0].hours, parts[1].hours):
        return None
    first, second = parts
    assert first.hours is not None and second.hours is not None
    hours = (second.hours - first.hours) % 24
    per = 1.0 if whole.unit == "hour" else 1 / 60  # the stated unit in hours
    days = _days_apart(first, second)
    if days is not None:
        hours = days * 24 + second.hours - first.hours
    elif whole.value * per >= 23:
        # "at 2am on Saturday ... at 8am on Sunday, 30 hours later": whole days may lie between the two times
        hours += 24 * round((whole.value * per - hours) / 24)
    # hours to the quarter; a span written to the minute ("3hr 37min", "two hours and 29 minutes") to five minutes
    slack = 0.25 if whole.unit == "hour" and not re.search(r"min", whole.text, re.I) else 5 / 60
    # a hedge widens what the span allows: "nearly five hours" is 4.5 to 5, "more than two hours" has no top
    low = (whole.low if whole.low is not None else whole.value) * per
    high = None if whole.high is None and whole.low is not None else (whole.high or whole.value) * per
    # "until midnight on 4 May" may be the night that ends 4 May as well as the one that begins it
    readings = [hours, hours + 24] if days is not None and second.hours == 0 else [hours]
    if any(low - slack - 1e-9 <= h and (high is None or h <= high + slack + 1e-9) for h in readings):
        return _Outcome(True)
    how = f"{first.text} to {second.text} is {' or '.join(fmt(round(h, 2)) for h in readings)} hours"
    return _Outcome(False, Hit(
        primary=whole, related=[first, second], confidence=Confidence.CERTAIN,
        arithmetic=f"{how}, not {whole.text} (tolerance ±{fmt(round(slack, 2))} hours)",
        fields={"duration": whole.text, "date": f"{first.text}, {second.text}", "reference": second.text,
                "elapsed": f"{fmt(round(hours, 2))} hours", "unit": "hour"},
    ))


def _sentence_dates_fit(context: CheckContext, params: Params, relation: Relation) -> bool:
    """Whether any two dates of the span's sentence (or one and the article date) are as far apart
    as the span says: the charitable reading of a span whose dates were inferred."""
    if relation.whole is None:
        return False
    whole = context.by_id[relation.whole]
    unit = _unit(whole, relation)
    if unit not in YEARS_PER:
        return False
    _value, stated_low, stated_high, _, fraction = stated_span(context.article.body, whole)
    if fraction != 1.0:
        return False
    spans = [s for q in context.quantities if q.kind is Kind.DATE and q.sentence == whole.sentence
             and (s := Span.of(q)) is not None]
    if context.date is not None and not (relation.cue == "anniversary" and len(relation.parts) >= 2):
        # (an anniversary dated in its sentence, "will mark its centenary next year", falls then, not now)
        spans.append(Span(context.date.year, context.date.month, context.date.day, "the article date"))
    for start in spans:
        for end in spans:
            if start.first >= end.first:
                continue
            low, high, _ = elapsed(unit, start, end)
            slack = round_span_slack(unit, stated_low, tolerance(unit, params, months_known=bool(start.month and end.month)))
            top = stated_high
            if relation.cue == "aged":  # full years: "64" is 64 to 65, exactly so from a birth day to a day
                top = (stated_high if stated_high is not None else stated_low) + 1
                slack = 0.0 if start.day and end.day or not start.month else slack
            elif relation.cue == "anniversary":
                slack = 0.0  # an anniversary falls in one year: start year + N
            if stated_low <= high + slack and (top is None or top >= low - slack):
                return True
    return False


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    readings: dict[str, list[Relation]] = {}
    for relation in context.relations(RelationType.ELAPSED):
        if relation.whole:
            readings.setdefault(relation.whole, []).append(relation)
    noted = False
    for relations in readings.values():
        outcomes = [_read(context, params, r) for r in relations]
        if context.date is None and not noted and any(
                o is None and (r.direction in ("to_now", "to_narrated", "to_quoted", "from_now") or len(r.parts) == 1)
                for o, r in zip(outcomes, relations, strict=False)):
            context.notes.append("no article date: spans counted to now ('25 years ago') not checked")
            noted = True
        checked = [o for o in outcomes if o is not None]
        if not checked or any(o.fits for o in checked):
            continue  # one plausible reading fits: the article may be right
        if all(r.inferred for r in relations) and _sentence_dates_fit(context, params, relations[0]):
            continue  # an inferred reading, and two dates of the sentence span it: "marking 50 years from 1975" to 2025
        hit = checked[0].hit
        assert hit is not None  # a reading that does not fit has its finding
        if any(r.inferred for r in relations) and hit.confidence is Confidence.CERTAIN:
            hit.confidence = Confidence.LIKELY
        yield hit
