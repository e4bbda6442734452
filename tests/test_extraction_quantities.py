"""Focused extraction examples: a snippet in, the exact record out."""

from __future__ import annotations

import pytest

import factcheck


def only(text, date=None, dateline=None, kind=None):
    qs = [q for q in factcheck.extract(text, date=date, dateline=dateline).quantities
          if kind is None or q.kind.value == kind]
    assert len(qs) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in qs]}"
    return qs[0]


@pytest.mark.parametrize("text,surface,value,counted,counted_text", [
    ("Some 15,000 people would be evacuated.", "15,000", 15000, "people", "people"),
    ("A total of 4,000 rebel fighters wanted to leave.", "4,000", 4000, "fighter", "rebel fighters"),
    ("Rebel shelling had killed six people.", "six", 6, "people", "people"),
    ("The deal covers two villages.", "two", 2, "village", "villages"),
    ("A dozen eggs were broken.", "A dozen", 12, "egg", "eggs"),
    ("Some 1.2 million voters turned out.", "1.2 million", 1_200_000, "voter", "voters"),
    ("Twelve thousand homes lost power.", "Twelve thousand", 12_000, "home", "homes"),
])
def test_counts_with_what_they_count(text, surface, value, counted, counted_text):
    q = only(text, kind="count")
    assert (q.text, q.value, q.counted, q.counted_text) == (surface, value, counted, counted_text)


@pytest.mark.parametrize("text,surface,value,unit,dimension", [
    ("The rebels held an enclave of only 2.5sq km.", "2.5sq km", 2.5, "kilometer ** 2", "area"),
    ("The road is 466 kilometres long.", "466 kilometres", 466, "kilometer", "length"),
    ("The plant covers 482 hectares.", "482 hectares", 482, "hectare", "area"),
    ("Winds reached 145 mph.", "145 mph", 145, "mile / hour", "speed"),
    ("The cargo weighed 30 kg.", "30 kg", 30, "kilogram", "mass"),
])
def test_measures_with_canonical_unit_and_dimension(text, surface, value, unit, dimension):
    q = only(text, kind="measure")
    assert (q.text, q.value, q.unit, q.dimension) == (surface, value, unit, dimension)


@pytest.mark.parametrize("text,surface,value,unit", [
    ("The fund raised $3m.", "$3m", 3_000_000, "USD"),
    ("Profit rose to £1.5bn.", "£1.5bn", 1_500_000_000, "GBP"),
    ("It cost €20 million.", "€20 million", 20_000_000, "EUR"),
    ("They paid 500 dollars.", "500 dollars", 500, "USD"),
])
def test_money_with_currency_and_scale(text, surface, value, unit):
    q = only(text, kind="money")
    assert (q.text, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize("text,surface,value", [
    ("Turnout was 25%.", "25%", 25), ("Sales fell 31 percent.", "31 percent", 31),
    ("Growth was 4.5 per cent.", "4.5 per cent", 4.5),
])
def test_percentages(text, surface, value):
    q = only(text, kind="percent")
    assert (q.text, q.value, q.unit) == (surface, value, "%")


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Russia deployed its air force 18 months ago.", "18 months", 18, "month"),
    ("The battle ended four years of resistance.", "four years", 4, "year"),
    ("Thousands left over the past 24 hours.", "24 hours", 24, "hour"),
])
def test_durations(text, surface, value, unit):
    q = only(text, kind="duration")
    assert (q.text, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize("text,surface,iso,weekday", [
    ("It was agreed on Tuesday.", "Tuesday", "2016-12-13", "Tuesday"),
    ("It was signed on 14 December 2016.", "14 December 2016", "2016-12-14", None),
    ("It was signed on Friday, December 9.", "Friday, December 9", "2016-12-09", "Friday"),
    ("The meeting is on Monday, January 2, 2017.", "Monday, January 2, 2017", "2017-01-02", "Monday"),
])
def test_dates_resolved_against_publication(text, surface, iso, weekday):
    q = only(text, date="2016-12-14", kind="date")
    assert (q.text, q.iso_date, q.weekday) == (surface, iso, weekday)


def test_month_date_keeps_year_and_month():
    q = only("The advance began at the end of November.", date="2016-12-14", kind="date")
    assert (q.text, q.year, q.month, q.iso_date) == ("the end of November", 2016, 11, None)


@pytest.mark.parametrize("text,surface,hours,zone", [
    ("It begins at 6am.", "6am", 6, "Asia/Damascus"),
    ("It begins at 4am GMT.", "4am GMT", 4, "UTC"),
    ("It began at 6pm local time.", "6pm local time", 18, "Asia/Damascus"),
    ("It closes at 4:30pm.", "4:30pm", 16.5, "Asia/Damascus"),
    ("It opened at 1300 GMT.", "1300 GMT", 13, "UTC"),
    ("It opened at 9am EST.", "9am EST", 9, "UTC-05:00"),
])
def test_times_of_day_with_zone(text, surface, hours, zone):
    q = only(text, date="2016-12-14", dateline="Aleppo", kind="time")
    assert (q.text, q.hours, q.zone and str(q.zone)) == (surface, hours, zone)


def test_local_time_takes_place_named_in_sentence_over_dateline():
    q = only("The briefing in Tokyo began at 9am local time.", dateline="Aleppo", kind="time")
    assert (q.place, q.place_source, str(q.zone)) == ("Tokyo", "sentence", "Asia/Tokyo")


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("some 100 people", "approximate", 90, 110),
    ("about 100 people", "approximate", 90, 110),
    ("more than 100 people", "more_than", 100, None),
    ("possibly more than 100 people", "possibly_more_than", 90, None),
    ("nearly 100 people", "nearly", 90, 100),
    ("at least 100 people", "at_least", 100, None),
    ("fewer than 100 people", "less_than", 0, 100),
    ("up to 100 people", "at_most", 0, 100),
    ("between 10 and 20 people", "range", 10, 20),
    ("hundreds of people", "approximate", 200, 999),
    ("1.2 million people", "exact", 1_150_000, 1_250_000),
])
def test_qualifiers_give_bounds(text, qualifier, low, high):
    q = only(f"Officials said {text} were there.")
    assert (q.qualifier.value, q.low, q.high) == (qualifier, low, high)


def relations(text, **kw):
    result = factcheck.extract(text, **kw)
    by_id = result.by_id()
    return [(r.type.value, by_id[r.whole].text if r.whole else None, [by_id[p].text for p in r.parts])
            for r in result.relations]


@pytest.mark.parametrize("text,expected", [
    ("They shot dead 82 people, including 11 women and 13 children.", ("part_of", "82", ["11", "13"])),
    # adults and children are not read as all of a group: news often counts them of a whole left partly untold
    ("Of the 83 visitors, 39 were adults and 44 were children.", ("part_of", "83", ["39", "44"])),
    ("Some 170 people were hurt, 89 of them adults and 35 children.", ("part_of", "170", ["89", "35"])),
    ("Twenty-one business customers and 18 private customers were among the 63 customers.",
     ("part_of", "63", ["Twenty-one", "18"])),
    ("The 429 jobs comprise 133 in sales, 205 in production and 91 in research.",
     ("total_of", "429", ["133", "205", "91"])),
    ("The fleet adds up to 90 aircraft: 20 passenger jets, 36 freighters and 34 business jets.",
     ("total_of", "90", ["20", "36", "34"])),
    ("The ministry said 6,000 civilians and 366 fighters had left.", ("enumeration", None, ["6,000", "366"])),
    ("The road is 466 kilometres (290 miles) long.", ("equivalent", "466 kilometres", ["290 miles"])),
    ("It starts at about 6am (4am GMT) on Thursday.", ("equivalent", "6am", ["4am GMT"])),
    ("Visitors went from 40 to 50, a 25% rise.", ("change", "25%", ["40", "50"])),
    ("The project, launched 25 years ago in 1984, goes on.", ("elapsed", "25 years", ["1984"])),
])
def test_relations(text, expected):
    assert expected in relations(text, date="2009-06-01")


@pytest.mark.parametrize("text,surface,unit,dimension", [
    ("The park covers 556 km² of forest.", "556 km²", "kilometer ** 2", "area"),
    ("They pumped 30 cubic metres of water.", "30 cubic metres", "meter ** 3", "volume"),
    ("The farm is 12 square miles.", "12 square miles", "mile ** 2", "area"),
])
def test_measures_with_powers_of_units(text, surface, unit, dimension):
    q = only(text, kind="measure")
    assert (q.text, q.unit, q.dimension) == (surface, unit, dimension)


def test_a_plural_noun_is_not_a_prefixed_unit():
    q = only("The store offers more than 4 billion apps.")
    assert (q.kind.value, q.counted, q.qualifier.value) == ("count", "app", "more_than")


def test_percentage_points_are_not_percentages():
    q = only("Support fell 0.5 percentage points.", kind="percent")
    assert (q.text, q.value, q.unit) == ("0.5 percentage points", 0.5, "percentage point")
