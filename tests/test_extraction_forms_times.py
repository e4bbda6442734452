"""Forms of times of day: 24-hour clocks, zone abbreviations in any case, named zones and places
before "time", seconds, and parts of the day."""

from __future__ import annotations

import pytest

import factcheck

DATE = "2024-03-14"


def times(text, date=DATE, dateline=None):
    return [q for q in factcheck.extract(text, date=date, dateline=dateline).quantities if q.kind.value == "time"]


def one(text, **kw):
    found = times(text, **kw)
    assert len(found) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in found]}"
    return found[0]


@pytest.mark.parametrize("text,surface,hours,zone", [
    ("The convoy left at 1845h from the depot.", "1845h", 18.75, None),
    ("The ceasefire starts at 0600 GMT on Friday.", "0600 GMT", 6.0, "UTC"),
    ("The launch window opens at 0900 est tomorrow.", "0900 est", 9.0, "UTC-05:00"),
    ("The debate starts at 1930 EDT in the hall.", "1930 EDT", 19.5, "UTC-04:00"),
    ("Polls close at 18h45 in the capital.", "18h45", 18.75, None),
    ("The alarm sounded at 7:56:30 pm inside the plant.", "7:56:30 pm", 19 + 56 / 60 + 30 / 3600, None),
    ("The train leaves at 18.45 from platform four.", "18.45", 18.75, None),
    ("They broke for lunch at midday.", "midday", 12.0, None),
    ("The market shuts at noon.", "noon", 12.0, None),
    # a dotted 24-hour clock with its zone, after any word, and before its equivalent in brackets
    ("Prayers end at dusk, that is 17.15 GMT, the imam said.", "17.15 GMT", 17.25, "UTC"),
])
def test_clock_times(text, surface, hours, zone):
    q = one(text)
    assert (q.text, round(q.hours, 4), q.zone and str(q.zone)) == (surface, round(hours, 4), zone)


def test_a_24_hour_time_with_local_time():
    q = one("The plane landed at 1805 local time.")
    assert (q.text, q.hours, str(q.zone)) == ("1805 local time", 18 + 5 / 60, "local")


@pytest.mark.parametrize("text,surface,zone", [
    ("The count begins at 3 p.m. Eastern time in every county.", "3 p.m. Eastern time", "America/New_York"),
    ("The town hall is at 7 PM CT by telephone.", "7 PM CT", "America/Chicago"),
    ("Trading resumes at 9am ET after the halt.", "9am ET", "America/New_York"),
    ("Shares were suspended at 1pm PT pending news.", "1pm PT", "America/Los_Angeles"),
    ("It ends at 9am Eastern Standard Time.", "9am Eastern Standard Time", "UTC-05:00"),
])
def test_us_zone_names_give_an_iana_zone(text, surface, zone):
    q = one(text)
    assert (q.text, str(q.zone)) == (surface, zone)


def test_a_place_before_time_is_the_zone_and_the_place():
    q = one("The launch is set for 3pm Denver time, officials said.", dateline="London")
    assert (q.text, str(q.zone), q.place, q.place_source) == ("3pm Denver time", "America/Denver", "Denver", "time")


def test_a_us_zone_time_and_gmt_are_checked_against_daylight_time():
    # 2024-03-14: New York is on EDT (UTC-4), so 9am Eastern is 1300 GMT, not 1400 GMT
    bad = factcheck.check("Trading resumes at 9am Eastern time (1400 GMT).", date=DATE)
    good = factcheck.check("Trading resumes at 9am Eastern time (1300 GMT).", date=DATE)
    assert any(f.rule == "utc-offset-mismatch" for f in bad)
    assert not good


@pytest.mark.parametrize("text,surface,low,high,iso", [
    ("Shelling resumed in the morning, residents said.", "the morning", 6, 12, None),
    ("The minister will speak this afternoon.", "this afternoon", 12, 18, "2024-03-14"),
    ("The fire started yesterday evening.", "yesterday evening", 18, 22, "2024-03-13"),
])
def test_parts_of_the_day(text, surface, low, high, iso):
    q = one(text)
    assert (q.text, q.hours, q.low, q.high, q.granularity, q.iso_date) == (surface, None, low, high, "part_of_day", iso)


@pytest.mark.parametrize("text", [
    "The 1930 Paris agreement was cited.",
    "Shares rose to 18.45 from 17.90.",
])
def test_numbers_that_are_not_times(text):
    assert times(text) == []


def test_a_dotted_clock_before_its_gmt_equivalent_in_brackets():
    local, gmt = times("Voting stops at 21.30 (19.30 GMT) in the north.")
    assert (local.text, local.hours, gmt.text, gmt.hours, str(gmt.zone)) == ("21.30", 21.5, "19.30 GMT", 19.5, "UTC")


@pytest.mark.parametrize("text", [
    "Shares closed at 17.15 in London, up 2.30 on the day.",  # prices, not clocks
    "The index rose 12.45 points to 7,320.10 by the close.",
    "Tickets cost 19.50 (plus 2.50 booking) at the door.",
])
def test_dotted_figures_without_a_zone_are_no_clocks(text):
    assert not [q for q in times(text) if q.text[:2] in ("2.", "12", "7,", "19")]


def test_an_offset_in_brackets_beside_a_local_time_is_its_stated_offset():
    q = one("Prayers in Kabul begin at 5am (GMT+4:30) on Friday.")
    assert (q.text, str(q.stated_offset)) == ("5am", "UTC+04:30")
    numbers = [x.text for x in factcheck.extract("Prayers in Kabul begin at 5am (GMT+4:30) on Friday.").quantities]
    assert numbers == ["5am", "Friday"]  # the offset is no figure of its own
