"""Records: typed zones, the parts each kind of figure may carry, and what each check kind requires."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from factcheck.records import LOCAL, UTC, FixedOffset, IanaZone, Kind, LocalZone, Quantity, parse_zone
from factcheck.rulebook.registry import KINDS, requires


def time_q(**fields: object) -> Quantity:
    base: dict[str, object] = {"id": "q1", "kind": Kind.TIME, "text": "6am", "start": 0, "end": 3, "line": 1,
                               "column": 1, "sentence": 0, "hours": 6.0}
    return Quantity(**{**base, **fields})


@pytest.mark.parametrize("written, zone", [
    ("local", LOCAL),
    ("UTC", UTC),
    ("GMT", FixedOffset(minutes=0)),
    ("UTC+05:30", FixedOffset(minutes=330)),
    ("UTC-05:00", FixedOffset(minutes=-300)),
    ("Asia/Damascus", IanaZone(name="Asia/Damascus")),
])
def test_records_zone_is_parsed_once_and_written_back_as_before(written, zone):
    q = time_q(zone=written)
    assert q.zone == zone == parse_zone(written)
    expected = "UTC" if written == "GMT" else written
    assert str(q.zone) == expected
    assert json.loads(q.model_dump_json())["zone"] == expected
    assert Quantity.model_validate_json(q.model_dump_json()) == q


def test_records_zone_gives_its_rules_not_a_string_to_parse_again():
    day = dt.datetime(2016, 12, 14, 12)
    assert IanaZone(name="Asia/Damascus").tzinfo().utcoffset(day) == dt.timedelta(hours=2)
    assert FixedOffset(minutes=-300).tzinfo().utcoffset(day) == dt.timedelta(hours=-5)
    assert LocalZone().tzinfo() is None
    assert IanaZone(name="Mars/Olympus_Mons").tzinfo() is None


def test_records_zone_alternatives_are_zones():
    q = time_q(zone="Europe/Paris", zone_alternatives=["Europe/London", "UTC+01:00"])
    assert q.zone_alternatives == [IanaZone(name="Europe/London"), FixedOffset(minutes=60)]
    assert json.loads(q.model_dump_json())["zone_alternatives"] == ["Europe/London", "UTC+01:00"]


@pytest.mark.parametrize("kind, field, value", [
    (Kind.COUNT, "zone", "UTC"),
    (Kind.COUNT, "hours", 6.0),
    (Kind.MONEY, "iso_date", "2016-12-14"),
    (Kind.DATE, "place", "Aleppo"),
])
def test_records_a_kind_carries_only_its_own_parts(kind, field, value):
    with pytest.raises(ValidationError, match=f"carries no {field}"):
        Quantity(id="q1", kind=kind, text="6", start=0, end=1, line=1, column=1, sentence=0, **{field: value})


def test_records_a_time_carries_the_day_it_is_on():
    q = time_q(iso_date="2016-12-14", granularity="part_of_day", relative=True)
    assert (q.iso_date, q.granularity) == ("2016-12-14", "part_of_day")


def test_records_flat_json_keeps_its_field_order():
    names = list(Quantity.model_fields)
    assert names[:3] == ["id", "kind", "text"]
    assert names.index("step") < names.index("iso_date") < names.index("hours") < names.index("zone_alternatives")


@pytest.mark.parametrize("name", sorted(KINDS))
def test_records_every_check_kind_declares_the_figures_it_requires(name):
    kinds = requires(name)
    assert isinstance(kinds, frozenset) and kinds, f"{name}: REQUIRES must name at least one kind of figure"
    assert all(isinstance(k, Kind) for k in kinds), f"{name}: REQUIRES holds something that is no Kind"


def test_records_rules_kinds_lists_every_kind_from_its_module():
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["rules", "kinds"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == sorted(KINDS)
    tz = next(line for line in lines if line.startswith("tz_offset"))
    assert "disagree with the place's clock" in tz and tz.endswith("[requires: time]")


def test_records_a_candidate_becomes_a_record_without_losing_a_field():
    """Every part a candidate carries reaches its record: nothing is filtered on the way (a time's
    offset once was: it lived in a dict the record did not know)."""
    from factcheck.analysis import Passage
    from factcheck.extraction import _to_quantity
    from factcheck.extraction.quantities import Candidate
    from factcheck.records import Article, DateParts, TimeParts

    date = DateParts(iso_date="2016-12-14", year=2016, month=12, day=14, weekday="Wednesday", granularity="part_of_day",
                     iso_start="2016-12-14", iso_end="2016-12-14", relative=True, relative_to="article_date",
                     fiscal_year="2017", year_stated=True)
    time = TimeParts(hours=6.0, zone=FixedOffset(minutes=-300), place="Aleppo", place_source="dateline (uncertain)",
                     stated_offset=FixedOffset(minutes=120),
                     zone_alternatives=[IanaZone(name="Asia/Damascus")])
    assert all(getattr(date, f) != DateParts.model_fields[f].default for f in DateParts.model_fields)
    assert all(getattr(time, f) not in (None, []) for f in TimeParts.model_fields)
    candidate = Candidate(Kind.TIME, 10, 13, value=6.0, unit="h", unit_symbol="h", date=date, time=time)
    text = "x" * 10 + "6am" + "x" * 10
    q = _to_quantity(candidate, Passage(offset=0, doc=None), Article(text=text, body=text), 1, 0)
    for parts in (date, time):
        for name in type(parts).model_fields:
            assert getattr(q, name) == getattr(parts, name), f"{name} lost on the way to the record"
    assert (q.id, q.text, q.unit_symbol) == ("q1", "6am", "h")
