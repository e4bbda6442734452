"""tz_offset: a local time and its GMT equivalent checked against the zone's real offset (zoneinfo)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

import factcheck
from factcheck.checks import CheckContext, tz_offset
from factcheck.cli import app
from factcheck.records import Article, Extraction, Kind, Quantity, Relation, RelationType


def time_q(qid: str, text: str, start: int, hours: float, zone: str | None, place: str | None = None,
           sentence: int = 0) -> Quantity:
    return Quantity(id=qid, kind=Kind.TIME, text=text, start=start, end=start + len(text), line=1,
                    column=start + 1, sentence=sentence, value=hours, unit="h", hours=hours, zone=zone,
                    place=place, place_source="dateline" if place else None)


def date_q(qid: str, text: str, start: int, iso: str, sentence: int = 0) -> Quantity:
    d = dt.date.fromisoformat(iso)
    return Quantity(id=qid, kind=Kind.DATE, text=text, start=start, end=start + len(text), line=1,
                    column=start + 1, sentence=sentence, value=d.year, iso_date=iso, year=d.year,
                    month=d.month, day=d.day)


def run(local: Quantity, utc: Quantity, date: str | None, *others: Quantity, reverse: bool = False,
        **params) -> tuple[list, list[str]]:
    """Hits of tz_offset for one equivalent pair 'local (utc)' in an article of ``date``."""
    text = "x" * 200
    whole, part = (utc, local) if reverse else (local, utc)
    relation = Relation(id="r1", type=RelationType.EQUIVALENT, whole=whole.id, parts=[part.id], cue="(", sentence=0)
    article = Article(text=text, body=text, date=dt.date.fromisoformat(date) if date else None)
    extraction = Extraction(file="<text>", date=article.date, quantities=[local, utc, *others], relations=[relation])
    context = CheckContext(article, extraction)
    return list(tz_offset.run(context, tz_offset.Params(**params))), context.notes


def aleppo(utc_hours: float, date: str | None):
    return run(time_q("q1", "6am", 10, 6, "Asia/Damascus", "Aleppo"), time_q("q2", f"{utc_hours:g}am GMT", 15,
                                                                           utc_hours, "UTC"), date)


def test_tz_offset_accepts_aleppo_at_utc_plus_2_in_2016():
    hits, _ = aleppo(4, "2016-12-14")
    assert hits == []


def test_tz_offset_flags_aleppo_after_syria_moved_to_utc_plus_3():
    hits, _ = aleppo(4, "2023-12-14")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.primary.text, [r.text for r in hit.related]) == ("6am", ["4am GMT"])
    assert hit.arithmetic == "Aleppo (Asia/Damascus) on 2023-12-14 is UTC+03:00: 6am local = 3am GMT, not 4am"
    assert hit.fields["stated_offset"] == "UTC+02:00"
    assert hit.fields["expected_utc"] == "3am GMT"


def test_tz_offset_primary_is_the_local_time_whichever_comes_first():
    hits, _ = run(time_q("q1", "6am", 10, 6, "Asia/Damascus", "Aleppo"), time_q("q2", "1am GMT", 3, 1, "UTC"),
                  "2016-12-14", reverse=True)
    assert [(h.primary.text, h.related[0].text) for h in hits] == [("6am", "1am GMT")]


# New York's clock changes at 2am local on 14 March and 7 November 2021
DST_DAYS = ["2021-03-13", "2021-03-14", "2021-03-15", "2021-11-06", "2021-11-07", "2021-11-08"]


@pytest.mark.parametrize("day", DST_DAYS)
def test_tz_offset_new_york_around_dst_changes_agrees_with_zoneinfo(day):
    d = dt.date.fromisoformat(day)
    local = dt.datetime(d.year, d.month, d.day, 9, tzinfo=ZoneInfo("America/New_York"))
    right = local.astimezone(dt.timezone.utc).hour
    ok, _ = run(time_q("q1", "9am", 10, 9, "America/New_York", "New York"),
                time_q("q2", f"{right}00 GMT", 16, right, "UTC"), day)
    assert ok == [], f"false alarm on {day}: 9am = {right}00 GMT"
    for wrong in (right - 1, right + 1):
        hits, _ = run(time_q("q1", "9am", 10, 9, "America/New_York", "New York"),
                      time_q("q2", f"{wrong}00 GMT", 16, wrong, "UTC"), day)
        assert len(hits) == 1, f"missed 9am = {wrong}00 GMT in New York on {day}"


def test_tz_offset_new_york_offsets_on_either_side_of_the_march_change():
    before, _ = run(time_q("q1", "9am", 10, 9, "America/New_York"), time_q("q2", "1300 GMT", 16, 13, "UTC"),
                    "2021-03-13")
    after, _ = run(time_q("q1", "9am", 10, 9, "America/New_York"), time_q("q2", "1300 GMT", 16, 13, "UTC"),
                   "2021-03-15")
    assert len(before) == 1 and "UTC-05:00" in before[0].arithmetic  # EST: 9am = 1400 GMT
    assert after == []  # EDT: 9am = 1300 GMT


@pytest.mark.parametrize("gmt", [5.5, 6.5])
def test_tz_offset_accepts_both_readings_of_a_wall_time_repeated_at_the_november_change(gmt):
    # 1:30am happens twice in New York on 7 November 2021: once in EDT (0530 GMT), once in EST (0630 GMT)
    hits, _ = run(time_q("q1", "1:30am", 10, 1.5, "America/New_York"), time_q("q2", "GMT", 20, gmt, "UTC"),
                  "2021-11-07")
    assert hits == []


def test_tz_offset_uses_a_date_named_in_the_sentence_near_the_article_date():
    # article of Friday 12 March 2021 (EST); the event is on Monday 15 March (EDT): 9am = 1300 GMT
    local, utc = time_q("q1", "9am", 10, 9, "America/New_York"), time_q("q2", "1300 GMT", 16, 13, "UTC")
    hits, _ = run(local, utc, "2021-03-12", date_q("q3", "Monday, March 15", 30, "2021-03-15"))
    assert hits == []
    hits, _ = run(local, utc, "2021-03-12")
    assert len(hits) == 1


def test_tz_offset_ignores_a_sentence_date_far_from_the_article_date():
    local, utc = time_q("q1", "9am", 10, 9, "America/New_York"), time_q("q2", "1300 GMT", 16, 13, "UTC")
    hits, _ = run(local, utc, "2021-03-12", date_q("q3", "July 1", 30, "2021-07-01"))
    assert len(hits) == 1 and "on 2021-03-12" in hits[0].arithmetic


def test_tz_offset_ignores_a_date_in_another_sentence():
    local, utc = time_q("q1", "9am", 10, 9, "America/New_York"), time_q("q2", "1300 GMT", 16, 13, "UTC")
    hits, _ = run(local, utc, "2021-03-12", date_q("q3", "March 15", 60, "2021-03-15", sentence=1))
    assert len(hits) == 1


def test_tz_offset_without_a_date_accepts_any_offset_of_a_fixed_range_and_notes_it():
    hits, notes = aleppo(4, None)  # UTC+2 until 2022
    assert hits == []
    assert any("no date: accepted any offset Asia/Damascus used 2000-2030" in n for n in notes)
    hits, _ = aleppo(3, None)  # UTC+3 since 2022
    assert hits == []


def test_tz_offset_without_a_date_still_flags_an_offset_the_zone_never_used():
    hits, _ = aleppo(1, None)
    assert len(hits) == 1
    assert hits[0].arithmetic == ("Aleppo (Asia/Damascus) in 2000-2030 is UTC+02:00 or UTC+03:00: "
                                  "6am local = 3am GMT, not 1am")


def test_tz_offset_without_a_date_range_is_a_parameter():
    # Pyongyang kept UTC+08:30 from August 2015 to May 2018, UTC+09:00 otherwise
    local, utc = time_q("q1", "2pm", 10, 14, "Asia/Pyongyang"), time_q("q2", "0530 GMT", 16, 5.5, "UTC")
    assert run(local, utc, None)[0] == []
    hits, notes = run(local, utc, None, undated_years=(2019, 2030))
    assert len(hits) == 1 and "in 2019-2030 is UTC+09:00" in hits[0].arithmetic
    assert any("used 2019-2030" in n for n in notes)


@pytest.mark.parametrize("utc_hours, fires", [(14, False), (15, True), (13, True)])
def test_tz_offset_abbreviated_zone_uses_its_fixed_offset(utc_hours, fires):
    hits, _ = run(time_q("q1", "9am EST", 10, 9, "UTC-05:00"), time_q("q2", "GMT", 20, utc_hours, "UTC"),
                  "2021-07-01")  # EST stays UTC-5 even in July
    assert bool(hits) is fires


@pytest.mark.parametrize("zone", ["local", None, "Mars/Olympus_Mons"])
def test_tz_offset_unknown_zone_is_not_checked(zone):
    hits, notes = run(time_q("q1", "2pm local time", 10, 14, zone), time_q("q2", "0100 GMT", 30, 1, "UTC"),
                      "2021-07-01")
    assert hits == []
    assert any("no time zone known" in n for n in notes)


def test_tz_offset_compares_across_midnight():
    # 7am in Auckland on 1 July (NZST, UTC+12) is 7pm GMT the day before
    ok, _ = run(time_q("q1", "7am", 10, 7, "Pacific/Auckland"), time_q("q2", "1900 GMT", 16, 19, "UTC"),
                "2021-07-01")
    bad, _ = run(time_q("q1", "7am", 10, 7, "Pacific/Auckland"), time_q("q2", "1800 GMT", 16, 18, "UTC"),
                 "2021-07-01")
    assert ok == [] and len(bad) == 1


def test_tz_offset_tolerance_in_minutes():
    local, utc = time_q("q1", "9am", 10, 9, "Asia/Tokyo"), time_q("q2", "0010 GMT", 16, 1 / 6, "UTC")
    assert len(run(local, utc, "2021-07-01")[0]) == 1
    assert run(local, utc, "2021-07-01", tolerance_minutes=10)[0] == []


def test_tz_offset_params_refuse_unknown_keys():
    with pytest.raises(ValidationError):
        tz_offset.Params(tolerance=5)
    with pytest.raises(ValidationError):
        tz_offset.Params(undated_years=(2030, 2000))


# -- end to end: through extraction -------------------------------------------------------------

def test_tz_offset_end_to_end_seed_is_clean_at_its_date(seed_path):
    findings = factcheck.check_file(seed_path)
    assert [f for f in findings if f.rule == "utc-offset-mismatch"] == []


def test_tz_offset_end_to_end_seed_at_a_2023_date_is_an_error_on_6am(seed_path):
    result = CliRunner().invoke(app, ["check", "--date", "2023-12-14", "--format", "json", str(seed_path)])
    assert result.exit_code == 1, result.output
    findings = [f for file in json.loads(result.output)["files"] for f in file["findings"]
                if f["rule"] == "utc-offset-mismatch"]
    assert len(findings) == 1
    finding = findings[0]
    assert (finding["severity"], finding["text"], [r["text"] for r in finding["related"]]) == \
        ("error", "6am", ["4am GMT"])
    assert finding["arithmetic"] == "Aleppo (Asia/Damascus) on 2023-12-14 is UTC+03:00: 6am local = 3am GMT, not 4am"


def test_tz_offset_end_to_end_place_in_sentence_and_abbreviation():
    text = "In Tokyo the briefing began at 9am local time (1800 GMT). The call came at 9am EST (1500 GMT)."
    findings = [f for f in factcheck.check(text, date="2011-08-08", dateline="Paris")
                if f.rule == "utc-offset-mismatch"]
    assert [(f.text, f.related[0].text) for f in findings] == [("9am local time", "1800 GMT"), ("9am EST", "1500 GMT")]
    assert findings[0].arithmetic == "Tokyo (Asia/Tokyo) on 2011-08-08 is UTC+09:00: 9am local = midnight GMT, not 6pm"


# -- the place a local time belongs to, read charitably ----------------------------------------
# Each bad sentence has a consistent twin that must stay silent.

@pytest.mark.parametrize("bad, good, date, dateline", [
    # a place the parser does not tag, after a locative preposition
    ("Shelling around Aleppo stopped at 4pm (1400 GMT).", "Shelling around Aleppo stopped at 4pm (1300 GMT).",
     "2023-06-01", None),
    # a place modifying a noun of what happens there
    ("The Lisbon protest began at 6pm (1600 GMT).", "The Lisbon protest began at 6pm (1700 GMT).", "2023-06-01", None),
    # a renamed place, under its old spelling
    ("Trams in Odessa stopped at 11pm (2200 GMT).", "Trams in Odessa stopped at 11pm (2000 GMT).", "2023-06-01", None),
    # the subject's object: the verb the time goes with
    ("The storm hit Manila at 3am (2100 GMT).", "The storm hit Manila at 3am (1900 GMT).", "2023-06-01", None),
])
def test_tz_offset_reads_the_place_in_a_locative_role(bad, good, date, dateline):
    found = [f for f in factcheck.check(bad, date=date, dateline=dateline) if f.rule == "utc-offset-mismatch"]
    assert found, f"utc-offset-mismatch missed: {bad!r}"
    assert not factcheck.check(good, date=date, dateline=dateline), f"false alarm on: {good!r}"


@pytest.mark.parametrize("text, date, dateline", [
    # a rocket, storm or team named after a town is not that town: the dateline's clock decides
    ("The Angara rocket lifted off at 9am (0600 GMT), the agency said.", "2024-02-01", "Moscow"),
    ("Typhoon Florence weakened at 7am (0400 GMT), forecasters said.", "2024-02-01", "Moscow"),
    ("The Denver Nuggets landed at 9am (0600 GMT) for the friendly.", "2024-02-01", "Moscow"),
    # a place named later, in another clause, about something else
    ("Voting ended at 8pm (1700 GMT), before results were sent to Lima.", "2024-02-01", "Moscow"),
    # several places where things happen: any that fits is enough
    ("Talks in Geneva between envoys from Kyiv resumed at 10am (0900 GMT).", "2024-02-01", None),
    # the dateline, while the sentence names another place that fits
    ("The convoy left at 6am (0400 GMT), a statement on Cairo radio said.", "2024-02-01", "Amman"),
])
def test_tz_offset_stays_silent_when_a_plausible_place_fits(text, date, dateline):
    found = factcheck.check(text, date=date, dateline=dateline, min_confidence="possible")
    assert not [f for f in found if f.rule == "utc-offset-mismatch"], f"false alarm on: {text!r}"


def test_tz_offset_is_likely_when_the_place_is_uncertain():
    # dateline Amman, another place named in the sentence; neither fits: flagged, but only likely
    text = "The convoy left at 6am (0100 GMT), a statement on Cairo radio said."
    [found] = [f for f in factcheck.check(text, date="2024-02-01", dateline="Amman")
               if f.rule == "utc-offset-mismatch"]
    assert found.confidence.value == "likely" and found.severity.value == "warning"
    assert "also tried" in found.arithmetic
    # the dateline alone, no other place: certain
    [alone] = [f for f in factcheck.check("The convoy left at 6am (0100 GMT).", date="2024-02-01", dateline="Amman")
               if f.rule == "utc-offset-mismatch"]
    assert alone.confidence.value == "certain"


def test_tz_offset_us_eastern_days_before_daylight_time():
    # the US moved to daylight time on 10 March 2024: on the 7th, 9am ET is still 1400 GMT
    bad = "The hearing opens at 9am ET (1300 GMT) on Thursday."
    good = "The hearing opens at 9am ET (1400 GMT) on Thursday."
    assert [f.rule for f in factcheck.check(bad, date="2024-03-05")] == ["utc-offset-mismatch"]
    assert factcheck.check(good, date="2024-03-05") == []


def test_tz_offset_names_a_written_abbreviation():
    [found] = factcheck.check("The statement came at 9am EST (1500 GMT).", date="2011-01-10")
    assert "EST (UTC-05:00)" in found.message


# -- an offset written beside a local time: "6pm in Dubai (GMT+4)" -------------------------------

@pytest.mark.parametrize("bad, good, date, dateline", [
    # the place after the time, the offset after the place
    ("The ceasefire took effect at 6pm in Dubai (GMT+3) on Monday.",
     "The ceasefire took effect at 6pm in Dubai (GMT+4) on Monday.", "2024-03-04", None),
    # the place named as the clock's, in UTC; daylight saving decides (Moscow keeps none since 2014)
    ("Polls close at 8pm Moscow time (UTC+4) on 3 March.", "Polls close at 8pm Moscow time (UTC+3) on 3 March.",
     "2024-03-01", None),
    # half an hour off: India keeps +5:30
    ("The launch is set for 9:30am local time (GMT+5) in Chennai.",
     "The launch is set for 9:30am local time (GMT+5:30) in Chennai.", "2024-03-04", None),
    # the dateline's clock, the offset alone in brackets; New Zealand in its summer time
    ("Counting begins at 7pm (GMT+12) on Saturday.", "Counting begins at 7pm (GMT+13) on Saturday.",
     "2023-10-12", "Wellington"),
])
def test_tz_offset_checks_an_offset_written_beside_a_local_time(bad, good, date, dateline):
    [found] = factcheck.check(bad, date=date, dateline=dateline)
    assert found.rule == "utc-offset-mismatch" and "written beside" in found.arithmetic
    assert factcheck.check(good, date=date, dateline=dateline) == []


def test_tz_offset_a_written_offset_explains_itself_and_is_no_figure_of_its_own():
    text = "Voting ends at 7pm (UTC+2) in Lagos on Saturday."
    [found] = factcheck.check(text, date="2024-03-04")
    assert found.message == ("'7pm' and 'GMT+2' imply UTC+02:00, but Lagos was UTC+01:00 on 2024-03-02 "
                             "(GMT+1 expected)")
    assert found.arithmetic == "Lagos (Africa/Lagos) on 2024-03-02 is UTC+01:00, not the UTC+02:00 written beside 7pm"
    [time, day] = factcheck.extract(text, date="2024-03-04").quantities
    assert (time.text, str(time.stated_offset), day.text) == ("7pm", "UTC+02:00", "Saturday")
