"""weekday_date: a weekday written with a date it does not fall on."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext
from factcheck.checks import weekday_date
from factcheck.records import Article, Extraction, Kind, Quantity


def date_q(text: str, weekday: str | None, iso: str | None, day: int | None = None) -> Quantity:
    d = dt.date.fromisoformat(iso) if iso else None
    return Quantity(id="q1", kind=Kind.DATE, text=text, start=10, end=10 + len(text), line=1, column=11, sentence=0,
                    value=d.year if d else None, iso_date=iso, year=d.year if d else None,
                    month=d.month if d else None, day=d.day if d else day, weekday=weekday)


def hits(q: Quantity, date: str | None = None) -> list:
    article = Article(text="x" * 80, body="x" * 80, date=dt.date.fromisoformat(date) if date else None)
    context = CheckContext(article, Extraction(file="<text>", date=article.date, quantities=[q], relations=[]))
    return list(weekday_date.run(context, weekday_date.Params()))


def test_weekday_date_flags_a_wrong_weekday_with_full_date():
    found = hits(date_q("Sunday, 15 March 2010", "Sunday", "2010-03-15"))
    assert len(found) == 1
    assert found[0].arithmetic == "2010-03-15 is a Monday, not a Sunday"
    assert found[0].fields == {"weekday": "Sunday", "date": "2010-03-15", "actual_weekday": "Monday"}
    assert found[0].related == []


def test_weekday_date_accepts_the_right_weekday():
    assert hits(date_q("Monday, 15 March 2010", "Monday", "2010-03-15")) == []


def test_weekday_date_says_when_the_year_was_taken_from_the_article_date():
    found = hits(date_q("Wednesday 14 December", "Wednesday", "2016-12-14"), date="2016-12-20")
    assert found == []
    found = hits(date_q("Tuesday 14 December", "Tuesday", "2016-12-14"), date="2016-12-20")
    assert found[0].arithmetic == ("2016-12-14 (year 2016 taken as the one nearest the article date) "
                                   "is a Wednesday, not a Tuesday")


def test_weekday_date_ignores_a_weekday_standing_alone():
    # extraction resolves "Tuesday" to the nearest Tuesday; that date is derived, not written
    assert hits(date_q("Tuesday", "Tuesday", "2016-12-13")) == []
    assert hits(date_q("Tuesday", "Tuesday", "2016-12-14")) == []


def test_weekday_date_ignores_a_date_without_a_year_when_the_article_has_no_date():
    assert hits(date_q("Tuesday 14 December", "Tuesday", None, day=14)) == []


def test_weekday_date_ignores_a_date_without_a_weekday():
    assert hits(date_q("15 March 2010", None, "2010-03-15")) == []


def test_weekday_date_params_refuse_unknown_keys():
    with pytest.raises(ValidationError):
        weekday_date.Params(strict=True)


# -- through extraction -------------------------------------------------------------------------

@pytest.mark.parametrize("text, date, fires", [
    ("The court sits again on Sunday, 15 March 2010.", None, True),
    ("The court sits again on Monday, 15 March 2010.", None, False),
    ("The court sits again on Monday, March 15, 2010, officials said.", None, False),
    ("The court sits again on Tuesday, March 15, 2010, officials said.", None, True),
    ("The court sits again on Tuesday 14 December.", "2016-12-10", True),   # 14 December 2016: Wednesday
    ("The court sits again on Wednesday 14 December.", "2016-12-10", False),
    ("The court sat on Friday, Dec. 30.", "2017-01-03", False),              # 30 December 2016, the year before
    ("The court sat on Thursday, Dec. 30.", "2017-01-03", True),
    ("The court sits again on Tuesday 14 December.", None, False),          # no year to place it in
    ("The court sits again on Tuesday.", "2016-12-14", False),              # nothing to check
])
def test_weekday_date_end_to_end(text, date, fires):
    findings = [f for f in factcheck.check(text, date=date) if f.rule == "weekday-mismatch"]
    assert bool(findings) is fires, f"{'missed' if fires else 'false alarm'} for weekday-mismatch on: {text!r}"
