"""Forms of durations: compound durations, clock-style times taken, vague durations."""

from __future__ import annotations

import pytest

import factcheck


def durations(text):
    return [q for q in factcheck.extract(text, date="2024-03-14").quantities if q.kind.value == "duration"]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("He must serve at least seven years and six months before parole.", "seven years and six months", 7.5, "year"),
    ("The flight lands after a journey of 7 hours 15 minutes.", "7 hours 15 minutes", 7.25, "hour"),
    ("She won in two hours, 19 minutes and 52 seconds, a record.", "two hours, 19 minutes and 52 seconds",
     2 + 19 / 60 + 52 / 3600, "hour"),
    ("Kiptoo won the race in 2:04:11, a course record.", "2:04:11", 7451, "second"),
    ("He ran the first half in 62:30 and the second in 61:41.", "62:30", 3750, "second"),
])
def test_compound_and_clock_durations(text, surface, value, unit):
    q = next(d for d in durations(text) if d.text == surface)
    assert (round(q.value, 6), q.unit) == (round(value, 6), unit)


@pytest.mark.parametrize("text,surface,unit,low,high", [
    ("The talks lasted a few hours.", "a few hours", "hour", 2, 5),
    ("Repairs will take several weeks.", "several weeks", "week", 3, 9),
    ("These past few years have been hard.", "few years", "year", 2, 5),
    ("It took a couple of days.", "a couple of days", "day", 2, 3),
])
def test_vague_durations_have_bounds_not_a_value(text, surface, unit, low, high):
    q = durations(text)[0]
    assert (q.text, q.value, q.unit, q.low, q.high, q.qualifier.value) == (surface, None, unit, low, high,
                                                                            "approximate")


def test_a_time_of_day_stays_a_time():
    qs = factcheck.extract("The talks began at 10:30 and ended in the afternoon.", date="2024-03-14").quantities
    assert next((q.text, q.kind.value) for q in qs) == ("10:30", "time")


def test_a_day_without_its_year_takes_the_year_written_earlier_in_the_sentence():
    qs = factcheck.extract("In 2017, Harvey made landfall on August 25 and aid followed on September 1.",
                           date="2024-03-14").quantities
    assert [(q.text, q.iso_date) for q in qs if q.kind.value == "date"] == [
        ("2017", None), ("August 25", "2017-08-25"), ("September 1", "2017-09-01")]
