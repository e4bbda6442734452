"""Forms of dates: abbreviated names, weekdays with bracketed dates, fiscal years, year spans and
relative dates resolved against the article date (never today's date)."""

from __future__ import annotations

import pytest

import factcheck

DATE = "2024-03-14"  # a Thursday


def dates(text, date=DATE):
    return [q for q in factcheck.extract(text, date=date).quantities if q.kind.value == "date"]


def one(text, date=DATE):
    found = dates(text, date)
    assert len(found) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in found]}"
    return found[0]


@pytest.mark.parametrize("text,surface,iso,weekday", [
    ("The hearing opened on Tue 3 Feb 2009 in Leeds.", "Tue 3 Feb 2009", "2009-02-03", "Tuesday"),
    ("Polls close on Wed., Jan. 4, officials said.", "Wed., Jan. 4", "2024-01-04", "Wednesday"),
    ("The strike starts on Friday (March 6) at the docks.", "Friday (March 6)", "2024-03-06", "Friday"),
    ("Voting ends on Sunday (8 March 2015) nationwide.", "Sunday (8 March 2015)", "2015-03-08", "Sunday"),
    ("It was signed on Thurs 12 Sept 2019 in Geneva.", "Thurs 12 Sept 2019", "2019-09-12", "Thursday"),
])
def test_abbreviated_and_bracketed_dates(text, surface, iso, weekday):
    q = one(text)
    assert (q.text, q.iso_date, q.weekday, q.relative) == (surface, iso, weekday, False)


def test_bracketed_date_with_the_wrong_weekday_still_fires_weekday_date():
    findings = factcheck.check("The strike starts on Thursday (March 6, 2024) at the docks.", date=DATE)
    assert [f.rule for f in findings] == ["weekday-mismatch"]


@pytest.mark.parametrize("text,surface,start,end,granularity", [
    ("Ministers meet this week to agree the text.", "this week", "2024-03-11", "2024-03-17", "week"),
    ("The report is due later this month.", "later this month", "2024-03-14", "2024-03-31", "month"),
    ("Prices fell earlier this year.", "earlier this year", "2024-01-01", "2024-03-14", "year"),
    ("Exports rose last year.", "last year", "2023-01-01", "2023-12-31", "year"),
    ("The fund closes at the end of the month.", "the end of the month", "2024-03-29", "2024-03-31", "month"),
    ("They will decide next week.", "next week", "2024-03-18", "2024-03-24", "week"),
    ("Fans gather this weekend.", "this weekend", "2024-03-16", "2024-03-17", "weekend"),
    ("Sales slowed last month.", "last month", "2024-02-01", "2024-02-29", "month"),
    ("Rates may fall in the second half of the year.", "the second half of the year", "2024-07-01", "2024-12-31",
     "half"),
])
def test_relative_periods_resolve_against_the_article_date(text, surface, start, end, granularity):
    q = one(text)
    assert (q.text, q.iso_start, q.iso_end, q.granularity) == (surface, start, end, granularity)
    assert q.relative and q.relative_to == "article_date" and q.iso_date is None
    assert q.year is None  # a relative period is not a written year: no check takes it for one


@pytest.mark.parametrize("text,surface,iso", [
    ("The vote is next Tuesday in parliament.", "next Tuesday", "2024-03-19"),
    ("The talks broke down last Friday in Doha.", "last Friday", "2024-03-08"),
    ("Police said the fire began yesterday near the port.", "yesterday", "2024-03-13"),
    ("The ferry sails tomorrow if the wind drops.", "tomorrow", "2024-03-15"),
    ("The minister resigned today after the vote.", "today", "2024-03-14"),
])
def test_relative_days_resolve_to_one_day(text, surface, iso):
    q = one(text)
    assert (q.text, q.iso_date, q.iso_start, q.iso_end, q.relative, q.relative_to) == (
        surface, iso, iso, iso, True, "article_date")


def test_a_relative_date_moves_with_the_article_date_not_today():
    assert one("Exports rose last year.", date="2016-12-14").iso_start == "2015-01-01"
    assert one("The vote is next Tuesday.", date="2016-12-14").iso_date == "2016-12-20"


@pytest.mark.parametrize("text,surface,granularity", [
    ("The day before, the rebels had withdrawn.", "The day before", "day"),
    ("Crowds filled the square that weekend.", "that weekend", "weekend"),
    ("The previous day the talks had stalled.", "The previous day", "day"),
])
def test_dates_relative_to_another_day_stay_unresolved(text, surface, granularity):
    q = one(text)
    assert (q.text, q.granularity, q.relative, q.relative_to) == (surface, granularity, True, None)
    assert q.iso_date is None and q.iso_start is None and q.year is None


def test_relative_dates_without_an_article_date_stay_unresolved():
    q = one("Exports rose last year.", date=None)
    assert (q.relative, q.relative_to, q.iso_start, q.year) == (True, None, None, None)


def test_the_third_week_of_january():
    q = one("Talks resume in the third week of January.")
    assert (q.text, q.iso_start, q.iso_end, q.granularity) == ("the third week of January", "2024-01-15",
                                                               "2024-01-21", "week")


@pytest.mark.parametrize("text,surface,fiscal,year", [
    ("The budget for fiscal year 2024 was cut.", "fiscal year 2024", "2024", 2024),
    ("Revenue guidance for FY26 was raised.", "FY26", "2026", 2026),
    ("The deficit in FY 2023 widened.", "FY 2023", "2023", 2023),
    ("Output in 1986/87 was a record.", "1986/87", "1986/87", None),
    ("The council set its budget for 2025-26 on Thursday night.", "2025-26", "2025-26", None),
])
def test_fiscal_years_are_named_not_calendar_years(text, surface, fiscal, year):
    q = next(d for d in dates(text) if d.granularity == "fiscal_year")
    assert (q.text, q.fiscal_year, q.year, q.iso_date, q.iso_start) == (surface, fiscal, year, None, None)


def test_a_span_of_years_keeps_both_ends():
    q = one("He served in the army from 1941-1960, they said.")
    assert (q.text, q.iso_start, q.iso_end, q.granularity, q.year) == ("1941-1960", "1941-01-01", "1960-12-31",
                                                                       "years", None)


def test_a_decade_is_one_date():
    q = one("The grid was largely finished by the 1770s.")
    assert (q.text, q.granularity, q.iso_start, q.iso_end) == ("1770s", "decade", "1770-01-01", "1779-12-31")


def test_relative_dates_show_in_extract_table_and_json():
    from factcheck.report.extraction import render_json, render_table

    result = factcheck.extract("Exports rose last year and fell the day before.", date=DATE)
    table = render_table(result)
    assert "2023-01-01..2023-12-31; relative to the article date" in table
    assert "relative, unresolved" in table
    assert '"relative_to": "article_date"' in render_json(result)
