"""The records every stage passes on: articles, quantities and the relations between them.

These pydantic models are the contract between stages (read -> extract -> check -> report)
and the shape of ``factcheck extract --format json``. Offsets are Unicode code points into
the original file text, front matter included, end exclusive; lines and columns are 1-based.

A figure is one flat :class:`Quantity`, whatever its kind: the core every figure has
(:class:`QuantityCore`), then the parts only a date (:class:`DateParts`) or a time of day
(:class:`TimeParts`) may carry, which a figure of another kind is refused (``KIND_PARTS``). Flat,
because the JSON output and the field names a ``compare`` rule's condition is written against are
one namespace that users rely on; per-kind classes would have split both, and every check would
have had to narrow a union it already narrows by ``kind``. Where a type carries meaning it is a
type: a time's zone is an :class:`IanaZone`, a :class:`FixedOffset` or a :class:`LocalZone`
(written in JSON as the string it always was), a number's role and a place's source are choices.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator


class Kind(str, Enum):
    """What sort of figure a quantity is."""

    COUNT = "count"  # "six people", "4,000 rebel fighters", "two villages"
    NUMBER = "number"  # a bare number with nothing counted: "Three member states" is a count; "the 1990s" is not
    MEASURE = "measure"  # a physical quantity with a unit: "2.5sq km", "466 kilometres"
    MONEY = "money"  # "$3m", "€20 million"
    PERCENT = "percent"  # "25%", "31 percent"
    DURATION = "duration"  # "18 months", "the past 24 hours"
    DATE = "date"  # "14 December 2016", "Tuesday", "in 1984", "the end of November"
    TIME = "time"  # "6am", "4am GMT", "6pm local time"


# Kinds of figure that are amounts (they add up, change, convert), as against dates and times of day
AMOUNTS = frozenset({Kind.COUNT, Kind.NUMBER, Kind.MEASURE, Kind.MONEY, Kind.PERCENT, Kind.DURATION})


class Qualifier(str, Enum):
    """How a figure is hedged: the words before it say which side of the value the truth lies."""

    EXACT = "exact"
    APPROXIMATE = "approximate"  # some, about, around, roughly, an estimated
    AT_LEAST = "at_least"  # at least, no fewer than
    MORE_THAN = "more_than"  # more than, over, above
    POSSIBLY_MORE_THAN = "possibly_more_than"  # possibly more than, perhaps more than
    AT_MOST = "at_most"  # up to, at most, no more than
    LESS_THAN = "less_than"  # fewer than, less than, under, below
    NEARLY = "nearly"  # nearly, almost, just under
    RANGE = "range"  # between 10 and 20


_FIXED_ZONE = re.compile(r"(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d\d))?")


class IanaZone(BaseModel):
    """A zone of the tz database, daylight saving included: 'Asia/Damascus', 'America/New_York'."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["iana"] = "iana"
    name: str

    def __str__(self) -> str:
        return self.name

    def tzinfo(self) -> dt.tzinfo | None:
        """The zone's rules, or None for a name the tz database does not know."""
        try:
            return ZoneInfo(self.name)
        except (ZoneInfoNotFoundError, ValueError):
            return None


class FixedOffset(BaseModel):
    """A fixed offset from UTC, as an abbreviation states it: 'EST' -> -300 minutes, 'GMT' -> 0."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["fixed"] = "fixed"
    minutes: int = Field(description="minutes east of UTC")

    @property
    def is_utc(self) -> bool:
        return self.minutes == 0

    def __str__(self) -> str:
        if self.minutes == 0:
            return "UTC"
        h, m = divmod(abs(self.minutes), 60)
        return f"UTC{'+' if self.minutes > 0 else '-'}{h:02d}:{m:02d}"

    def tzinfo(self) -> dt.tzinfo | None:
        return dt.timezone(dt.timedelta(minutes=self.minutes))


class LocalZone(BaseModel):
    """'local time': the clock of a place the article has not (yet) named."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["local"] = "local"

    def __str__(self) -> str:
        return "local"

    def tzinfo(self) -> dt.tzinfo | None:
        return None


UTC = FixedOffset(minutes=0)
LOCAL = LocalZone()


def parse_zone(value: object) -> object:
    """The zone a string names, as the JSON output writes it: 'local', 'UTC', 'UTC+05:30' or an IANA name.
    Anything else (a zone already typed, a dict) is left to pydantic."""
    if not isinstance(value, str):
        return value
    if value == "local":
        return LOCAL
    if value in ("UTC", "GMT"):
        return UTC
    fixed = _FIXED_ZONE.fullmatch(value)
    if fixed:
        minutes = int(fixed.group(2)) * 60 + int(fixed.group(3) or 0)
        return FixedOffset(minutes=minutes if fixed.group(1) == "+" else -minutes)
    return IanaZone(name=value)


# A zone is typed in Python and written as its string in JSON ('local', 'UTC', 'UTC-05:00', 'Asia/Tokyo'),
# the form the extract output has always had.
Zone = Annotated[IanaZone | FixedOffset | LocalZone, Field(discriminator="kind"), BeforeValidator(parse_zone),
                 PlainSerializer(str, return_type=str)]


# What a number that counts nothing is: a label ("Section 407", "type 1") or an age ("Ishikawa, 47,")
Role = Literal["label", "age"]
# Where the place of a local time was read: in the time itself ("3pm Denver time"), in its sentence
# (where the time happens: "in Tokyo"), or the dateline; uncertain when the sentence names other places
PlaceSource = Literal["time", "sentence", "sentence (uncertain)", "previous sentence", "previous sentence (uncertain)",
                      "dateline", "dateline (uncertain)"]


class QuantityCore(BaseModel):
    """What every figure has: where it stands, its value and unit, what it counts, how it is hedged."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    text: str = Field(description="the exact file text at [start:end]")
    start: int
    end: int
    line: int
    column: int
    sentence: int = Field(description="index of the sentence in the article, from 0")
    value: float | None = Field(None, description="the number as stated, scale words applied")
    unit: str | None = Field(None, description="canonical unit: pint unit for measures, ISO code for money, % ...")
    unit_symbol: str | None = Field(None, description="the unit as people write it: 'km²', 'mph', '°C', '%', 'USD'")
    dimension: str | None = None
    counted: str | None = Field(None, description="lemma of what a count counts: 'people', 'fighter'")
    counted_text: str | None = Field(None, description="the counted phrase as written: 'rebel fighters'")
    role: Role | None = Field(None, description="what a number that counts nothing is: 'label' (\"Section 407\", "
                             "\"type 1\"), 'age' (\"Ishikawa, 47,\"); None for a figure")
    qualifier: Qualifier = Qualifier.EXACT
    qualifier_text: str | None = None
    low: float | None = Field(None, description="lowest value the statement allows")
    high: float | None = Field(None, description="highest value the statement allows")
    step: float | None = Field(None, description="rounding step the figure is stated to: 1.2 million -> 100000")


class DateParts(BaseModel):
    """What a date names (and the day of a time of day: 'yesterday morning')."""

    model_config = ConfigDict(extra="forbid")

    iso_date: str | None = Field(None, description="resolved ISO date, when it can be resolved")
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = Field(None, description="the weekday named with the date: 'Tuesday'")
    granularity: str | None = Field(None, description="what a date names: day, week, weekend, month, quarter, "
                                    "year, decade, fiscal_year, weekday; a time: clock, part_of_day")
    iso_start: str | None = Field(None, description="first day a date stands for: 'this week' -> its Monday")
    iso_end: str | None = Field(None, description="last day a date stands for: 'this week' -> its Sunday")
    relative: bool = Field(False, description="the date is worded relative to another ('last year', 'the day before')")
    relative_to: str | None = Field(None, description="what a relative date was resolved against: 'article_date'; "
                                    "None when it could not be resolved (then no date is given)")
    fiscal_year: str | None = Field(None, description="a fiscal year as written: 'FY2024' -> '2024', '1986/87'")
    year_stated: bool = Field(False, description="the year is written: in the date, earlier in its sentence, at the "
                              "other end of its range or in the heading over it; not the one nearest the article date")


class TimeParts(BaseModel):
    """What a time of day says beyond its hours: its zone and the place whose clock it is."""

    model_config = ConfigDict(extra="forbid")

    hours: float | None = Field(None, description="time of day in hours since midnight: 4:30pm -> 16.5")
    zone: Zone | None = Field(None, description="'UTC' for GMT/UTC times, 'UTC-05:00' for an abbreviation "
                              "('EST'), an IANA zone for a place's local time, 'local' while no place is known")
    place: str | None = Field(None, description="the place a local time refers to")
    place_source: PlaceSource | None = Field(None, description="where the place was read: 'time' ('3pm Denver time'), "
                                     "'sentence' (named where the time happens: 'in Tokyo'), 'previous sentence' "
                                     "('... Dallas ... Totality there begins at 1:40 p.m.'), 'dateline'; "
                                     "'dateline (uncertain)' or 'sentence (uncertain)' when the sentence names "
                                     "other places the time could belong to")
    stated_offset: Zone | None = Field(None, description="a UTC offset written beside a local time "
                                              "for its place: '6pm in Dubai (GMT+4)' -> 'UTC+04:00'")
    zone_alternatives: list[Zone] = Field(default_factory=list, description="other zones a charitable reader "
                                          "would try for a local time: the other places the sentence names, "
                                          "the dateline")


# Which parts each kind of figure may carry: a count has no zone, a date no hours.
KIND_PARTS: dict[Kind, tuple[type[BaseModel], ...]] = {
    Kind.DATE: (DateParts,),
    Kind.TIME: (DateParts, TimeParts),
}


class Quantity(TimeParts, DateParts, QuantityCore):
    """One figure of the article, typed, with where it stands and what it counts.

    One flat record (the ``extract`` JSON and the field names ``compare`` conditions are written
    against): the core every figure has, then the parts only a date (:class:`DateParts`) or a
    time of day (:class:`TimeParts`) may carry. A figure of another kind carrying them is refused.
    """

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _parts_fit_the_kind(self) -> Quantity:
        allowed = KIND_PARTS.get(self.kind, ())
        for parts in (DateParts, TimeParts):
            if parts in allowed:
                continue
            for name in parts.model_fields:
                if name in self.model_fields_set and getattr(self, name) != parts.model_fields[name].get_default(
                        call_default_factory=True):
                    raise ValueError(f"a {self.kind.value} carries no {name}")
        return self

    @property
    def approximate(self) -> bool:
        return self.qualifier is not Qualifier.EXACT


class RelationType(str, Enum):
    PART_OF = "part_of"  # "82 people, including 11 women and 13 children": parts <= whole
    TOTAL_OF = "total_of"  # "the 429 jobs comprise 133, 135 and 91": parts == whole
    ENUMERATION = "enumeration"  # "6,000 civilians and 366 fighters": listed, no stated total
    EQUIVALENT = "equivalent"  # "6am (4am GMT)", "10 km (6 miles)": the same amount twice
    CHANGE = "change"  # "from 40 to 50, a 25% rise": whole = the stated change, parts = [from, to]
    ELAPSED = "elapsed"  # "25 years ago in 1984": whole = the span, parts = [its date] or [from date, to date]
    RESTATEMENT = "restatement"  # "8,200 runners finished ... the 8,800 finishers": whole = the later figure, parts = [the earlier]


class Relation(BaseModel):
    """A relation between figures: the whole (or head) and the members it relates."""

    model_config = ConfigDict(extra="forbid")

    id: str
    type: RelationType
    whole: str | None = Field(None, description="id of the whole / total / stated figure")
    parts: list[str] = Field(default_factory=list, description="ids of the parts / members")
    cue: str | None = Field(None, description="the words that signal the relation: 'including'")
    sentence: int
    direction: str | None = Field(None, description="for a change: 'up' or 'down' as worded")
    alternatives: list[str] = Field(default_factory=list, description="ids of other figures that could be the "
                                    "whole just as well: a check reads the relation charitably")
    inferred: bool = Field(False, description="read from position and word classes rather than a cue that "
                                              "states it ('of whom', 'from ... to', brackets)")


class LineIndex:
    """Maps a code-point offset to a 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self._starts.append(i + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


class Block(BaseModel):
    """A block of an article's body as its reader found it: a paragraph, a heading, a list item,
    a quotation. ``start``/``end`` are offsets into the file text (end exclusive), ``line`` that
    of ``start``."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    line: int
    kind: Literal["paragraph", "heading", "item", "quote"] = "paragraph"
    level: int | None = Field(None, description="a heading's level, 1 to 6")
    standfirst: bool = Field(False, description="a paragraph set apart as the article's summary (all italics)")


class Article(BaseModel):
    """One article as read: the whole file text and the body that is analysed.

    ``body`` has exactly the length of ``text``: markup and front matter are blanked with
    spaces (newlines kept), so an offset into the body is an offset into the file.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str = "<text>"
    text: str
    body: str
    title: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    blocks: list[Block] = Field(default_factory=list, description="paragraphs, headings, list items and quotes")

    def position(self, offset: int) -> tuple[int, int]:
        index = self.__dict__.get("_line_index")
        if index is None:
            index = LineIndex(self.text)
            self.__dict__["_line_index"] = index
        return index.position(offset)


class Extraction(BaseModel):
    """Everything extraction found in one article: the ``extract`` JSON contract."""

    file: str
    date: dt.date | None = None
    dateline: str | None = None
    quantities: list[Quantity]
    relations: list[Relation]

    def by_id(self) -> dict[str, Quantity]:
        return {q.id: q for q in self.quantities}
