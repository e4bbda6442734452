"""duration_arithmetic: an elapsed time against the dates it spans."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext
from factcheck.checks import duration_arithmetic
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType


def span_q(text: str, value: float, unit: str, low: float | None = None, high: float | None = None,
           qualifier: Qualifier = Qualifier.EXACT, qualifier_text: str | None = None) -> Quantity:
    return Quantity(id="d", kind=Kind.DURATION, text=text, start=20, end=20 + len(text), line=1, column=21,
                    sentence=0, value=value, unit=unit, low=value if low is None else low,
                    high=value if high is None and qualifier is Qualifier.EXACT else high,
                    qualifier=qualifier, qualifier_text=qualifier_text)


def date_q(qid: str, text: str, year: int, month: int | None = None, day: int | None = None,
           start: int = 40) -> Quantity:
    iso = dt.date(year, month, day).isoformat() if day else None
    return Quantity(id=qid, kind=Kind.DATE, text=text, start=start, end=start + len(text), line=1,
                    column=start + 1, sentence=0, value=year, year=year, month=month, day=day, iso_date=iso)


def hits(span: Quantity, dates: list[Quantity], article_date: str | None, cue: str = "ago", **params):
    relation = Relation(id="r1", type=RelationType.ELAPSED, whole=span.id, parts=[d.id for d in dates], cue=cue,
                        sentence=0)
    article = Article(text="x" * 120, body="x" * 120,
                      date=dt.date.fromisoformat(article_date) if article_date else None)
    extraction = Extraction(file="<text>", date=article.date, quantities=[span, *dates], relations=[relation])
    context = CheckContext(article, extraction)
    return list(duration_arithmetic.run(context, duration_arithmetic.Params(**params))), context.notes


def test_duration_years_ago_off_by_four_years():
    found, _ = hits(span_q("25 years", 25, "year"), [date_q("y", "1984", 1984)], "2005-10-13")
    assert len(found) == 1
    assert found[0].arithmetic == "2005 - 1984 = 21 years, not 25 years (tolerance ±1 years)"
    assert (found[0].primary.text, [r.text for r in found[0].related]) == ("25 years", ["1984"])
    assert found[0].fields["elapsed"] == "21 years"


@pytest.mark.parametrize("stated", [20, 21, 22])
def test_duration_years_ago_within_a_year_either_way_is_fine(stated):
    # the month of 1984 is not said: 2005 - 1984 = 21, and 20 or 22 can be right too
    found, _ = hits(span_q(f"{stated} years", stated, "year"), [date_q("y", "1984", 1984)], "2005-10-13")
    assert found == []


@pytest.mark.parametrize("stated", [19, 23])
def test_duration_years_ago_two_years_off_fires(stated):
    found, _ = hits(span_q(f"{stated} years", stated, "year"), [date_q("y", "1984", 1984)], "2005-10-13")
    assert len(found) == 1


def test_duration_year_tolerance_is_a_parameter():
    found, _ = hits(span_q("23 years", 23, "year"), [date_q("y", "1984", 1984)], "2005-10-13", year_tolerance=2)
    assert found == []


def test_duration_months_ago_against_a_month_and_year():
    ok, _ = hits(span_q("26 months", 26, "month"), [date_q("m", "June 2013", 2013, 6)], "2015-08-21")
    near, _ = hits(span_q("27 months", 27, "month"), [date_q("m", "June 2013", 2013, 6)], "2015-08-21")
    off, _ = hits(span_q("30 months", 30, "month"), [date_q("m", "June 2013", 2013, 6)], "2015-08-21")
    assert ok == [] and near == []
    assert off[0].arithmetic == "2013-06 to 2015-08-21 is 26 months, not 30 months (tolerance ±1 months)"


def test_duration_months_ago_against_a_bare_year_allows_the_whole_year():
    # "in 2013, 20 months ago" from August 2015: anything from 20 (Dec 2013) to 31 (Jan 2013) months
    ok, _ = hits(span_q("20 months", 20, "month"), [date_q("y", "2013", 2013)], "2015-08-21")
    off, _ = hits(span_q("40 months", 40, "month"), [date_q("y", "2013", 2013)], "2015-08-21")
    assert ok == []
    assert off[0].arithmetic == "2013 to 2015-08-21 is 20 to 31 months, not 40 months (tolerance ±1 months)"


def test_duration_days_between_two_dates():
    dates = [date_q("a", "10 May 2005", 2005, 5, 10, start=5), date_q("b", "4 June 2005", 2005, 6, 4, start=60)]
    ok, _ = hits(span_q("25 days", 25, "day"), dates, None, cue="later")
    off_by_one, _ = hits(span_q("26 days", 26, "day"), dates, None, cue="later")
    off, _ = hits(span_q("18 days", 18, "day"), dates, None, cue="later")
    assert ok == [] and off_by_one == []
    assert off[0].arithmetic == "2005-05-10 to 2005-06-04 is 25 days, not 18 days (tolerance ±1 days)"
    assert [r.text for r in off[0].related] == ["10 May 2005", "4 June 2005"]
    assert off[0].fields["reference"] == "2005-06-04"


def test_duration_weeks_are_rounded():
    dates = [date_q("a", "1 March 2011", 2011, 3, 1, start=5), date_q("b", "24 March 2011", 2011, 3, 24, start=60)]
    ok, _ = hits(span_q("three weeks", 3, "week"), dates, None, cue="later")  # 23 days
    off, _ = hits(span_q("six weeks", 6, "week"), dates, None, cue="later")
    assert ok == [] and len(off) == 1


@pytest.mark.parametrize("qualifier, text, low, high, fires", [
    (Qualifier.APPROXIMATE, "about 25 years", 22.5, 27.5, True),    # 21 years: even 22.5 is too many
    (Qualifier.APPROXIMATE, "about 20 years", 18, 22, False),
    (Qualifier.MORE_THAN, "more than 15 years", 15, None, False),
    (Qualifier.MORE_THAN, "more than 25 years", 25, None, True),
    (Qualifier.LESS_THAN, "less than 30 years", 0, 30, False),
    (Qualifier.LESS_THAN, "less than 10 years", 0, 10, True),
])
def test_duration_respects_qualifiers(qualifier, text, low, high, fires):
    span = span_q(text.split(" ", 2)[-1], float(text.split()[-2]), "year", low=low, high=high,
                  qualifier=qualifier, qualifier_text=" ".join(text.split()[:-2]))
    found, _ = hits(span, [date_q("y", "1984", 1984)], "2005-10-13")
    assert bool(found) is fires, f"{text} ago in 1984, written in 2005"


def test_duration_anniversary_counts_years():
    anniversary = span_q("30th anniversary", 30, "year")
    ok, _ = hits(anniversary, [date_q("y", "1980", 1980)], "2010-05-01", cue="anniversary")
    off, _ = hits(anniversary, [date_q("y", "1985", 1985)], "2010-05-01", cue="anniversary")
    assert ok == []
    assert off[0].arithmetic == "2010 - 1985 = 25 years, not 30th anniversary (30 years) (tolerance ±1 years)"


def test_duration_anniversary_in_the_year_it_falls_is_not_a_start_date():
    # "the 30th anniversary, in 2010": 2010 is when the anniversary falls
    found, _ = hits(span_q("30th anniversary", 30, "year"), [date_q("y", "2010", 2010)], "2010-05-01",
                    cue="anniversary")
    assert found == []


def test_duration_decades_are_round():
    ok, _ = hits(span_q("two decades", 2, "decade"), [date_q("y", "1987", 1987)], "2011-01-01")  # 24 years
    off, _ = hits(span_q("four decades", 4, "decade"), [date_q("y", "1987", 1987)], "2011-01-01")
    assert ok == [] and len(off) == 1


def test_duration_without_an_article_date_is_not_checked_and_noted():
    found, notes = hits(span_q("25 years", 25, "year"), [date_q("y", "1984", 1984)], None)
    assert found == []
    assert notes == ["no article date: spans counted to now ('25 years ago') not checked"]


def test_duration_in_hours_is_not_checked():
    found, _ = hits(span_q("25 hours", 25, "hour"), [date_q("y", "1984", 1984)], "2005-10-13")
    assert found == []


def test_duration_params_refuse_unknown_keys():
    with pytest.raises(ValidationError):
        duration_arithmetic.Params(tolerance=1)


# -- through extraction: the phrasings the ELAPSED relation covers ----------------------------------

@pytest.mark.parametrize("text, date, fires", [
    ("The bridge, opened 30 years ago in 1995, is being widened.", "2015-06-01", True),
    ("The bridge, opened 20 years ago in 1995, is being widened.", "2015-06-01", False),
    ("The society was set up in 1961, 41 years ago, by two doctors.", "2006-05-29", True),
    ("The society was set up in 1961, 45 years ago, by two doctors.", "2006-05-29", False),
    ("The truce began in March 2009, nine months ago.", "2011-04-13", True),
    ("The truce began in March 2009, 25 months ago.", "2011-04-13", False),
    ("The ban came in 1970, 35 years before the current dispute.", "2011-01-10", True),
    ("The ban came in 1970, 41 years before the current dispute.", "2011-01-10", False),
    ("It is 50 years since the team last won the cup, in 1966.", "2011-01-10", True),
    ("It is 45 years since the team last won the cup, in 1966.", "2011-01-10", False),
    ("The bank has had an office in Lagos since 1997, some ten years.", "2011-08-08", True),
    ("The bank has had an office in Lagos since 1997, some 14 years.", "2011-08-08", False),
    ("Talks opened on 3 March 2011 and ended 12 days later, on 30 March 2011.", None, True),
    ("Talks opened on 3 March 2011 and ended 27 days later, on 30 March 2011.", None, False),
    ("The bridge, opened 30 years ago in 1995, is being widened.", None, False),  # no article date
    ("Russia sent its air force to Syria 18 months ago.", "2016-12-14", False),   # no date to compare
    ("He arrived on 4 June 2005; two days earlier, on 2 June 2005, the talks had failed.", "2009-01-01", False),
    ("He joined 10 years ago and was promoted in 2009.", "2011-01-10", False),   # 2009 is not when he joined
    ("It is 20 years since he left the firm he founded in 1985.", "2011-01-10", False),
])
def test_duration_end_to_end(text, date, fires):
    findings = [f for f in factcheck.check(text, date=date) if f.rule == "elapsed-time-mismatch"]
    assert bool(findings) is fires, f"{'missed' if fires else 'false alarm'} for elapsed-time-mismatch on: {text!r}"


def test_duration_end_to_end_anniversary():
    text = "The museum celebrates its 40th anniversary this year, having opened in 1980."
    findings = [f for f in factcheck.check(text, date="2010-02-01") if f.rule == "elapsed-time-mismatch"]
    assert [(f.text, [r.text for r in f.related]) for f in findings] == [("40th anniversary", ["1980"])]
