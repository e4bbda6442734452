"""tz_offset: a local time and its GMT/UTC equivalent that disagree with the place's clock.

What it flags
    A local time paired with a GMT/UTC time ("6am (4am GMT)", "2 p.m. local time (1900 GMT)",
    "9am EST (1400 GMT)") where the difference between the two is not the UTC offset the
    place kept on that day. The place is the one the sentence names ("in Tokyo"), else the
    dateline; its offset comes from the IANA time zone database (``zoneinfo``), taken on the
    article's date, or on a date the same sentence names when it lies within a few days of
    the article date ("on Thursday", "on 27 March"), so daylight-saving edges come out right.
    A time zoned by an abbreviation (EST, CET) uses that abbreviation's fixed offset; one with
    several meanings (IST, CST, AST, BST) is read as a local time of the place.

    The place is read charitably (``factcheck/extraction/locate.py``): only a place in a
    locative role counts ("in Tokyo", "the London market", "hit Kathmandu"), never one named for
    something else (a rocket, ship, storm or team named after a town). When the place is
    uncertain (the dateline while the sentence names other places, or several places where
    things happen) every plausible zone is tried, and the pair is flagged only if none fits.

Confidence
    ``certain`` when the zone is written ("EST", "Denver time"), the place is named in the
    sentence in a locative role, or it is the dateline and the sentence names no other place;
    ``likely`` when other plausible places were tried too.

Why it matters
    A wrong conversion sends readers abroad to the wrong hour, and it usually means the
    writer forgot daylight saving time or a change in the country's clock (Syria moved to
    UTC+3 all year in 2022).

Example
    Bad:  "The convoy will leave at 6am (3am GMT)." (dateline Aleppo, 14 December 2016: UTC+2)
    Good: "The convoy will leave at 6am (4am GMT)."

Parameters
    tolerance_minutes (int, default 0): how far the stated GMT time may be from the right one.
    date_window_days (int, default 7): a date in the sentence is used instead of the article
        date when it lies within this many days of it.
    undated_years (two years, default [2000, 2030]): with no article date (and no full date
        in the sentence), any offset the zone used over these years is accepted; a fixed
        range, so a result never depends on the day the check runs.

Limits
    A time with no known place ("2pm local time" and neither a place in the sentence nor a
    dateline, or a place the gazetteer does not know) is not checked. Only pairs with one
    side in GMT/UTC are compared. A country spanning several zones resolves to none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.checks import CheckContext, Hit
from factcheck.extraction.datetimes import ambiguous_meanings
from factcheck.findings import Confidence
from factcheck.records import UTC, FixedOffset, IanaZone, Kind, Quantity, RelationType, Zone

FIELDS = {"text", "local", "utc", "zone", "place", "date", "when", "stated_offset", "offset", "expected_utc"}
REQUIRES = frozenset({Kind.TIME})  # the kinds of figure it reads: without any of them it has nothing to say

DAY = 24 * 60


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance_minutes: int = Field(0, ge=0, le=180)
    date_window_days: int = Field(7, ge=0)
    undated_years: tuple[int, int] = (2000, 2030)

    @field_validator("undated_years")
    @classmethod
    def _ordered(cls, years: tuple[int, int]) -> tuple[int, int]:
        if not 1970 <= years[0] <= years[1] <= 2100:
            raise ValueError("undated_years must be two years, first <= last, within 1970-2100")
        return years


def clock(hours: float) -> str:
    """16.5 -> '4:30pm', 0 -> 'midnight', 12 -> 'noon'."""
    minutes = round(hours * 60) % DAY
    if minutes in (0, 12 * 60):
        return "midnight" if minutes == 0 else "noon"
    h, m = divmod(minutes, 60)
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == 0 else f"{h12}:{m:02d}{suffix}"


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def zone_of(zone: Zone | None) -> dt.tzinfo | None:
    """A tzinfo for a fixed offset ('UTC+05:30') or an IANA zone; None for no zone, a local time
    whose place is unknown, UTC itself, or a name the tz database does not know."""
    if zone is None or zone == UTC:
        return None
    return zone.tzinfo()


def offsets_on(zone: dt.tzinfo, day: dt.date, hours: float) -> set[int]:
    """UTC offsets (minutes) the wall time ``hours`` on ``day`` can have in ``zone`` (two at a DST fold)."""
    minutes = round(hours * 60) % DAY
    wall = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
    return {_minutes(wall.replace(fold=f).utcoffset()) for f in (0, 1)}


@lru_cache(maxsize=256)
def offsets_between(name: Zone, first: int, last: int) -> frozenset[int]:
    """Every UTC offset (minutes) the zone kept for a day or more from ``first`` to ``last`` (years)."""
    zone = zone_of(name)
    start = int(dt.datetime(first, 1, 1, 12, tzinfo=dt.timezone.utc).timestamp())
    end = int(dt.datetime(last + 1, 1, 1, tzinfo=dt.timezone.utc).timestamp())
    return frozenset(_minutes(dt.datetime.fromtimestamp(ts, zone).utcoffset())
                     for ts in range(start, end, 24 * 3600))


def _minutes(offset: dt.timedelta | None) -> int:
    """An aware time's UTC offset in whole minutes."""
    assert offset is not None  # the time has a zone
    return int(offset.total_seconds() // 60)


def _pair(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity] | None:
    """(local, utc) of an equivalent pair of times, or None."""
    if a.kind is not Kind.TIME or b.kind is not Kind.TIME or a.hours is None or b.hours is None:
        return None
    if b.zone == UTC and a.zone != UTC:
        return a, b
    if a.zone == UTC and b.zone != UTC:
        return b, a
    return None


# between a local time and the date it is on: "on", a weekday ("10am on Friday, June 13, 2025")
# or the place it is in ("8.30pm here in Sydney on 18 January 2025")
_ON_THE_DAY = re.compile(r"\s*,?\s*(?:(?:here\s+|there\s+)?(?:in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,3})?(?:local\s+time\s+)?"
                         r"(?:on\s+)?(?:(?:the\s+)?[A-Z][a-z]+day,?\s+)?")


def _day_of(local: Quantity, context: CheckContext, params: Params) -> dt.date | None:
    """The day the local time is on: a full date in its sentence near the article date, or one with its year
    written right after the time ("7.30pm local time on January 18, 2025 (08:30 GMT)"), else the article date."""
    named = []
    body = context.article.body
    for q in context.quantities:
        if q.kind is Kind.DATE and q.sentence == local.sentence and q.iso_date:
            day = dt.date.fromisoformat(q.iso_date)
            on_it = q.year_stated and _ON_THE_DAY.fullmatch(body[local.end:q.start]) is not None
            if context.date is None or on_it or abs((day - context.date).days) <= params.date_window_days:
                named.append((abs(q.start - local.start), day))
    if named:
        return min(named)[1]
    return context.date


def _where(local: Quantity) -> str:
    if local.place and local.zone and str(local.zone) != local.place:
        return f"{local.place} ({local.zone})"
    return _place(local)


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    for q in context.quantities:
        if q.kind is Kind.TIME and isinstance(q.stated_offset, FixedOffset) and q.hours is not None:
            hit = _stated_offset(q, q.stated_offset, context, params)
            if hit is not None:
                yield hit
    for relation in context.relations(RelationType.EQUIVALENT):
        whole, parts = context.members(relation)
        if whole is None or len(parts) != 1:
            continue
        pair = _pair(whole, parts[0])
        if pair is None:
            hit = _two_zones(whole, parts[0], context, params)
            if hit is not None:
                yield hit
            continue
        local, utc = pair
        named = [z for z in dict.fromkeys([local.zone, *local.zone_alternatives]) if z is not None]
        zones = [(name, tz) for name in named if (tz := zone_of(name)) is not None]
        if not zones:
            context.notes.append(f"{local.line}:{local.column}: no time zone known for '{local.text}': not checked")
            continue
        assert local.hours is not None and utc.hours is not None  # _pair
        stated = round((local.hours - utc.hours) * 60)  # the offset the writer implies
        day = _day_of(local, context, params)

        def miss(offset: int) -> int:
            diff = (stated - offset) % DAY  # noqa: B023 - called in this pass only
            return min(diff, DAY - diff)

        # every plausible place the time may belong to: flag only when none of them fits
        readings = [(name, _allowed(name, zone, day, local, context, params)) for name, zone in zones]
        if any(min(miss(o) for o in allowed) <= params.tolerance_minutes for _, allowed in readings):
            continue
        _name, allowed = readings[0]
        when = _when(day, params)
        offset = min(allowed, key=lambda o: (miss(o), o))
        expected = (local.hours * 60 - offset) / 60
        offsets = " or ".join(offset_text(o) for o in sorted(allowed))
        tried = _also_tried(readings)
        yield Hit(
            primary=local, related=[utc],
            arithmetic=(f"{_where(local)} {when} is {offsets}: {clock(local.hours)} local = "
                        f"{clock(expected)} GMT, not {clock(utc.hours)}{tried}"),
            fields={"local": local.text, "utc": utc.text, "zone": None if local.zone is None else str(local.zone), "place": _place(local),
                    "date": day.isoformat() if day else "", "when": when, "stated_offset": offset_text(_signed(stated)),
                    "offset": offsets, "expected_utc": clock(expected) + " GMT"},
            confidence=_confidence(local),
        )


def _stated_offset(local: Quantity, stated: FixedOffset, context: CheckContext, params: Params) -> Hit | None:
    """A local time whose brackets state its place's offset ("6pm in Dubai (GMT+3)"): the place
    must have kept that offset on the day. Every plausible place is tried, as for a GMT pair."""
    assert local.hours is not None  # run
    named = [z for z in dict.fromkeys([local.zone, *local.zone_alternatives]) if z is not None]
    zones = [(name, tz) for name in named if isinstance(name, IanaZone) and (tz := zone_of(name)) is not None]
    if not zones:
        return None
    day = _day_of(local, context, params)
    readings = [(name, _allowed(name, zone, day, local, context, params)) for name, zone in zones]
    if any(abs(o - stated.minutes) <= params.tolerance_minutes for _, allowed in readings for o in allowed):
        return None
    _name, allowed = readings[0]
    offset = min(allowed, key=lambda o: (abs(o - stated.minutes), o))
    when = _when(day, params)
    offsets = " or ".join(offset_text(o) for o in sorted(allowed))
    tried = _also_tried(readings)
    return Hit(
        primary=local, related=[],
        arithmetic=f"{_where(local)} {when} is {offsets}, not the {offset_text(stated.minutes)} written beside "
                   f"{clock(local.hours)}{tried}",
        fields={"local": local.text, "utc": _gmt(stated.minutes), "zone": str(local.zone), "place": _place(local),
                "date": day.isoformat() if day else "", "when": when, "stated_offset": offset_text(stated.minutes),
                "offset": offsets, "expected_utc": _gmt(offset)},
        confidence=_confidence(local),
    )


def _two_zones(a: Quantity, b: Quantity, context: CheckContext, params: Params) -> Hit | None:
    """One moment told in two zones ("9am in London (5am in New York)", "9 p.m. Eastern, 5 p.m.
    Pacific"): the two clocks must differ by the zones' offsets on the day."""
    if a.kind is not Kind.TIME or b.kind is not Kind.TIME or a.hours is None or b.hours is None:
        return None
    za, zb = zone_of(a.zone), zone_of(b.zone)
    if za is None or zb is None or a.zone is None or b.zone is None:
        return None
    day = _day_of(a, context, params)
    allowed_a, allowed_b = _allowed(a.zone, za, day, a, context, params), _allowed(b.zone, zb, day, b, context, params)
    stated = round((a.hours - b.hours) * 60)
    # every reading of either zone (the other places of its sentence, the meanings of "BST"): flag when none fits
    every_a = {o for z in dict.fromkeys([a.zone, *a.zone_alternatives]) if (tz := zone_of(z)) is not None
               for o in _allowed(z, tz, day, a, context, params)}
    every_b = {o for z in dict.fromkeys([b.zone, *b.zone_alternatives]) if (tz := zone_of(z)) is not None
               for o in _allowed(z, tz, day, b, context, params)}
    for oa in every_a:
        for ob in every_b:
            diff = (stated - (oa - ob)) % DAY
            if min(diff, DAY - diff) <= params.tolerance_minutes:
                return None
    oa, ob = min(allowed_a), min(allowed_b)
    where_b, place_b = _where(b), _place(b)
    if meanings := ambiguous_meanings(b.text):
        # "10:30 BST" beside Delhi's local time: read as the abbreviation's first meaning, the others tried too
        abbreviation = b.text.split()[-1]
        ob, place_b = meanings[0].minutes, abbreviation
        where_b = f"{abbreviation} (read as {' or '.join(offset_text(z.minutes) for z in meanings)})"
    expected = (a.hours * 60 - oa + ob) / 60 % 24
    when = _when(day, params)
    return Hit(
        primary=a, related=[b],
        arithmetic=(f"{_where(a)} is {offset_text(oa)} and {where_b} is {offset_text(ob)} {when}: "
                    f"{clock(a.hours)} there is {clock(expected)} in {place_b}, not {clock(b.hours)}"),
        fields={"local": a.text, "utc": b.text, "zone": str(a.zone), "place": _place(a),
                "date": day.isoformat() if day else "", "when": when,
                "stated_offset": f"a difference of {_hours(_signed(stated))}",
                "offset": f"{_hours(oa - ob)} from {place_b}", "expected_utc": f"{clock(expected)} {place_b}"},
        confidence=min(_confidence(a), _confidence(b), key=lambda c: c.rank),
    )


def _when(day: dt.date | None, params: Params) -> str:
    """'on 2016-12-14', or the years any offset was accepted from when the article has no date."""
    return f"on {day.isoformat()}" if day is not None else "in {}-{}".format(*params.undated_years)


def _hours(minutes: int) -> str:
    """'+5 hours', '-3 hours', '+5:30 hours': a signed difference between two clocks."""
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h}{f':{m:02d}' if m else ''} hours"


def _allowed(name: Zone, zone: dt.tzinfo, day: dt.date | None, local: Quantity, context: CheckContext,
             params: Params) -> set[int]:
    """The UTC offsets the zone allows for the local time on the day (any recent one without a day)."""
    hours = local.hours
    assert hours is not None  # a time of day
    if day is not None:
        return offsets_on(zone, day, hours)
    first, last = params.undated_years
    if isinstance(zone, ZoneInfo):
        context.notes.append(f"{local.line}:{local.column}: no date: accepted any offset {name} used {first}-{last}")
        return set(offsets_between(name, first, last))
    return offsets_on(zone, dt.date(first, 1, 1), hours)


def _confidence(local: Quantity) -> Confidence:
    """``certain`` when the zone is written ('EST', 'Denver time'), the place is named where the time
    happens, or it is the dateline and the sentence names no other place; ``likely`` otherwise (a place
    "there" points back to in the sentence before is inferred)."""
    if local.place_source and ("uncertain" in local.place_source or local.place_source.startswith("previous")):
        return Confidence.LIKELY
    return Confidence.CERTAIN


def _place(local: Quantity) -> str:
    """The place as the message names it: 'Aleppo', or 'EST (UTC-05:00)' for a written abbreviation."""
    if local.place:
        return local.place
    written = re.search(r"(?<![\w.])[A-Za-z]{2,5}$", local.text)
    if isinstance(local.zone, FixedOffset) and not local.zone.is_utc and written \
            and written.group().lower() not in ("am", "pm"):
        return f"{written.group().upper()} ({local.zone})"
    return str(local.zone) if local.zone else "?"


def _also_tried(readings: Sequence[tuple[Zone, set[int]]]) -> str:
    """The other places a charitable reader tried, with their offsets: '; Asia/Amman (also tried) is UTC+03:00'."""
    return "".join(f"; {z} (also tried) is " + " or ".join(offset_text(o) for o in sorted(a)) for z, a in readings[1:])


def _gmt(minutes: int) -> str:
    """An offset as a writer puts it in brackets: 240 -> 'GMT+4', 330 -> 'GMT+5:30', -150 -> 'GMT-2:30'."""
    h, m = divmod(abs(minutes), 60)
    return f"GMT{'-' if minutes < 0 else '+'}{h}{f':{m:02d}' if m else ''}"


def _signed(minutes: int) -> int:
    """An offset in minutes folded into -12h..+14h."""
    minutes %= DAY
    return minutes - DAY if minutes > 14 * 60 else minutes
