"""Dates, weekdays, years and times of day as the scanners read them, and places as time zones."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.extraction.datetimes import find_anniversaries, find_dates, find_times
from factcheck.extraction.places import zone_for

PUBLISHED = dt.date(2016, 12, 14)  # a Wednesday


@pytest.mark.parametrize("text, surface, hours, zone, offset", [
    ("It starts at 6am.", "6am", 6, None, None),
    ("It starts at 4am GMT.", "4am GMT", 4, "UTC", 0),
    ("It starts at 2 p.m. local time.", "2 p.m. local time", 14, "local", None),
    ("It starts at 10:30 a.m. local time.", "10:30 a.m. local time", 10.5, "local", None),
    ("It starts at 1900 GMT.", "1900 GMT", 19, "UTC", 0),
    ("It starts at 0615 local time.", "0615 local time", 6.25, "local", None),
    ("It starts at 16:08 UTC.", "16:08 UTC", 16 + 8 / 60, "UTC", 0),
    ("It starts at 9am EST.", "9am EST", 9, "UTC-05:00", -300),
    ("It starts at 3pm CEST.", "3pm CEST", 15, "UTC+02:00", 120),
    ("It starts at 3pm GMT+5:30.", "3pm GMT+5:30", 15, "UTC+05:30", 330),
    ("It starts at noon GMT.", "noon GMT", 12, "UTC", 0),
    ("It starts at 9am IST.", "9am IST", 9, "local", None),  # India, Israel or Ireland: the place decides
    ("It starts at 9am CST.", "9am CST", 9, "local", None),  # US Central or China
    ("It starts at midnight.", "midnight", 0, None, None),
    ("It starts at 12:30am.", "12:30am", 0.5, None, None),
])
def test_datetimes_times_with_zones(text, surface, hours, zone, offset):
    [t] = find_times(text)
    written, minutes = (str(t.zone), getattr(t.zone, "minutes", None)) if t.zone else (None, None)
    assert (text[t.start:t.end], t.hours, written, minutes) == (surface, pytest.approx(hours), zone, offset)


@pytest.mark.parametrize("text", ["It lasted 1900 hours later.", "Some 1500 people came.", "Score: 13:5:2"])
def test_datetimes_not_times(text):
    assert find_times(text) == []


@pytest.mark.parametrize("text, surface, iso, weekday", [
    ("on Tuesday, 13 December 2016.", "Tuesday, 13 December 2016", "2016-12-13", "Tuesday"),
    ("on Monday, February 25, 2007.", "Monday, February 25, 2007", "2007-02-25", "Monday"),
    ("on Sunday, Oct. 11, 2005.", "Sunday, Oct. 11, 2005", "2005-10-11", "Sunday"),
    ("by Friday 9 May 2008.", "Friday 9 May 2008", "2008-05-09", "Friday"),
    ("on 2016-12-14.", "2016-12-14", "2016-12-14", None),
])
def test_datetimes_dates_with_years(text, surface, iso, weekday):
    [d] = find_dates(text, None)
    assert (text[d.start:d.end], d.iso_date, d.weekday) == (surface, iso, weekday)


@pytest.mark.parametrize("text, published, iso", [
    ("on Tuesday 13 December.", PUBLISHED, "2016-12-13"),
    ("on Friday, April 28.", dt.date(2006, 5, 2), "2006-04-28"),
    ("on Friday, Dec. 30.", dt.date(2017, 1, 3), "2016-12-30"),   # nearer in the year before
    ("on Monday, Jan. 2.", dt.date(2016, 12, 28), "2017-01-02"),   # nearer in the year after
    ("on Tuesday 13 December.", None, None),                       # no date: no year
])
def test_datetimes_dates_without_years_take_the_year_nearest_the_article(text, published, iso):
    [d] = find_dates(text, published)
    assert d.iso_date == iso


@pytest.mark.parametrize("weekday, iso", [("Tuesday", "2016-12-13"), ("Wednesday", "2016-12-14"),
                                          ("Thursday", "2016-12-15"), ("Saturday", "2016-12-17"),
                                          ("Sunday", "2016-12-11")])
def test_datetimes_weekday_alone_resolves_to_the_nearest_such_day(weekday, iso):
    [d] = find_dates(f"It happened on {weekday}.", PUBLISHED)
    assert (d.granularity, d.weekday, d.iso_date) == ("weekday", weekday, iso)


def test_datetimes_weekday_alone_without_article_date_has_no_date():
    [d] = find_dates("It happened on Tuesday.", None)
    assert (d.weekday, d.iso_date, d.year) == ("Tuesday", None, None)


@pytest.mark.parametrize("text, year", [
    ("The company was founded in 1984.", 1984),
    ("It was founded in 1990, 40 years ago.", 1990),
    ("The rules date from 2001, officials said.", 2001),
])
def test_datetimes_years_standing_alone(text, year):
    [d] = find_dates(text, None)
    assert (d.granularity, d.year, d.iso_date) == ("year", year, None)


@pytest.mark.parametrize("text", ["It cost 1,990 dollars.", "A rise of 2010%.", "Version 2012.5 shipped."])
def test_datetimes_numbers_that_are_not_years(text):
    assert [d for d in find_dates(text, None) if d.granularity == "year"] == []


def test_datetimes_month_and_year():
    [d] = find_dates("The partnership began in June 2013.", None)
    assert (d.granularity, d.year, d.month, d.iso_date) == ("month", 2013, 6, None)


@pytest.mark.parametrize("text, surface, years", [
    ("Apple marks its 18th anniversary this year.", "18th anniversary", 18),
    ("It is the twenty-fifth anniversary of the crash.", "twenty-fifth anniversary", 25),
    ("She celebrated her one hundredth birthday.", "one hundredth birthday", 100),
    ("The 1st anniversary passed quietly.", "1st anniversary", 1),
])
def test_datetimes_anniversaries_are_years(text, surface, years):
    [a] = find_anniversaries(text)
    assert (text[a.start:a.end], a.years) == (surface, years)


@pytest.mark.parametrize("text", ["On the anniversary of the crash.", "A happy birthday to all.",
                                  "The wedding anniversary fell on a Sunday."])
def test_datetimes_anniversaries_without_an_ordinal(text):
    assert find_anniversaries(text) == []


# -- places as zones ----------------------------------------------------------------------------

@pytest.mark.parametrize("place, zone", [
    ("Aleppo", "Asia/Damascus"), ("Syria", "Asia/Damascus"), ("Tokyo", "Asia/Tokyo"),
    ("UK", "Europe/London"), ("Britain", "Europe/London"), ("Washington", "America/New_York"),
    ("Florida", "America/New_York"),  # nearly all Florida keeps Eastern time; not the Cuban town
    ("Georgia", "Asia/Tbilisi"), ("Aleppo, Syria", "Asia/Damascus"),
    ("United States", None), ("US", None), ("Indonesia", None), ("Mexico", None), ("Atlantis Prime", None),
])
def test_places_zone_for(place, zone):
    assert zone_for(place) == zone


def test_places_unknown_place_located_by_the_article_text():
    text = "The launch pad at Kennedy Space Center (KSC) in Cape Canaveral, Florida. Later, it rained."
    assert zone_for("Kennedy Space Center") is None
    assert zone_for("Kennedy Space Center", text) == "America/New_York"


# -- through extraction -------------------------------------------------------------------------

def test_datetimes_time_after_a_m_stays_in_its_sentence_and_pairs_with_gmt():
    result = factcheck.extract("The decision came at 10:30 a.m. local time (1830 GMT). Shares fell.",
                               date="2005-10-04", dateline="San Jose")
    times = [(q.text, q.zone and str(q.zone), q.sentence) for q in result.quantities if q.kind.value == "time"]
    assert times == [("10:30 a.m. local time", "America/Los_Angeles", 0), ("1830 GMT", "UTC", 0)]
    assert [(r.type.value, r.cue) for r in result.relations] == [("equivalent", "(")]


def test_datetimes_local_time_in_the_uk_resolves_to_london():
    result = factcheck.extract("In the UK, the news broke at 1 p.m. local time (1200 GMT).", date="2008-09-17")
    local = result.quantities[0]
    assert (local.text, str(local.zone), local.place, local.place_source) == \
        ("1 p.m. local time", "Europe/London", "UK", "sentence")


@pytest.mark.parametrize("text, date, dateline, zone", [
    ("The vote opened at 9am IST (0330 GMT).", "2019-04-11", "Mumbai", "Asia/Kolkata"),
    ("The vote opened at 9am IST (0700 GMT).", "2019-01-15", "Jerusalem", "Asia/Jerusalem"),
])
def test_datetimes_ambiguous_abbreviation_takes_the_zone_of_the_place(text, date, dateline, zone):
    result = factcheck.extract(text, date=date, dateline=dateline)
    assert str(result.quantities[0].zone) == zone
    assert [f for f in factcheck.check(text, date=date, dateline=dateline) if f.kind == "tz_offset"] == []
