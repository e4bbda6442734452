"""weekday_date: a weekday written with a date it does not fall on."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext, weekday_date
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


# -- a weekday in apposition with its date ------------------------------------------------------
# Each form once wrong and once right (the consistent twin must stay silent). 2031-09-16 is a
# Tuesday; articles dated 2031-09-10.

APPOSITION = [
    ("The auditors report Thursday ({d}) to the finance panel.", "Sept. 16"),
    ("Ticket sales close on {d} (Thursday) at noon.", "16 September"),
    ("Bids are due {d}, a Thursday, and will be opened in public.", "Sept. 16"),
    ("The council meets Thursday, which is {d}, in the old library.", "September 16"),
    ("Crews will close the bridge Thursday evening, {d}, for resurfacing.", "Sept. 16"),
    ("Thursday's ({d}) session was moved to the annex.", "Sept. 16"),
    ("The memorial service is Thursday at 11 a.m., {d}, at St Mark's.", "Sept. 16"),
    ("On {d}, 2031, a Thursday, the polls open at seven.", "September 16"),
    ("Thursday - {d} - is the last day to register.", "16 September"),
]


@pytest.mark.parametrize("template, date_text", APPOSITION)
def test_weekday_date_reads_a_weekday_in_apposition_with_its_date(template, date_text):
    bad = template.format(d=date_text)
    good = bad.replace("Thursday", "Tuesday")
    found = [f for f in factcheck.check(bad, date="2031-09-10") if f.rule == "weekday-mismatch"]
    assert found, f"missed weekday-mismatch on: {bad!r}"
    assert found[0].confidence.value == "certain"
    assert "is a Tuesday, not a Thursday" in found[0].arithmetic
    alarms = [f for f in factcheck.check(good, date="2031-09-10") if f.rule == "weekday-mismatch"]
    assert not alarms, f"false alarm for weekday-mismatch on: {good!r}"


@pytest.mark.parametrize("text", [
    "Thursday the board voted; Sept. 16 is when the new rules apply.",     # two clauses
    "Thursday's vote on the Sept. 16 deadline was close.",                  # other words between
    "The fund, set up on Sept. 16, Thursday's filing shows.",               # the weekday opens a phrase
    "Officials said Thursday. Sept. 16 will be the last day.",              # two sentences
    "From Thursday to Sept. 16 the road stays shut.",                       # a span, not one day
])
def test_weekday_date_links_only_mentions_in_apposition(text):
    found = [f for f in factcheck.check(text, date="2031-09-10") if f.rule == "weekday-mismatch"]
    assert not found or found[0].confidence.value != "certain", f"false alarm for weekday-mismatch on: {text!r}"


def test_weekday_date_is_only_possible_when_the_article_date_lies_far_from_the_date():
    # a release dated months after the event it announces: the year taken may be the wrong one
    text = "The committee will hold its hearing on Thursday, Sept. 16, at the Capitol."
    near = [f for f in factcheck.check(text, date="2031-09-10") if f.rule == "weekday-mismatch"]
    far = [f for f in factcheck.check(text, date="2032-01-28", min_confidence="possible")
           if f.rule == "weekday-mismatch"]
    assert not factcheck.check(text, date="2032-01-28")  # below the default confidence
    assert near and near[0].confidence.value == "certain" and near[0].severity.value == "error"
    assert far and far[0].confidence.value == "possible" and far[0].severity.value == "info"
    assert "the article date may be wrong" in far[0].arithmetic
    # with its year written, the date is placed for certain, however far the article date
    written = [f for f in factcheck.check("The hearing was held Thursday, Sept. 16, 2031.", date="2035-01-28")
               if f.rule == "weekday-mismatch"]
    assert written and written[0].confidence.value == "certain"


def test_weekday_date_regression_release_dated_years_after_its_event():
    # cp_0acca357ec30.md: "On Wednesday, May 23, ... will hold" in a release dated 2022-11-28
    # announcing an event of 2018 (23 May 2018 was a Wednesday): not an editor's error to fix
    text = "On Wednesday, May 23, the subcommittee will hold a field hearing in the district."
    found = [f for f in factcheck.check(text, date="2022-11-28", min_confidence="possible")
             if f.rule == "weekday-mismatch"]
    assert found and found[0].confidence.value == "possible"
    assert "23 May 2018 was a Wednesday" in found[0].arithmetic
