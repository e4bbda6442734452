"""Extraction of changes ("from 40 to 50, a 25% rise") and measure equivalents ("10 km (6 miles)"),
and the measures they rely on (temperatures, unit adjectives, unit words beside a conversion)."""

from __future__ import annotations

import pytest

import factcheck


def relations(text: str, type_: str) -> list[tuple]:
    ex = factcheck.extract(text, date="2015-06-01")
    by = ex.by_id()
    out = []
    for r in ex.relations:
        if r.type.value == type_:
            out.append((by[r.whole].text, *[by[p].text for p in r.parts], r.direction) if type_ == "change"
                       else (by[r.whole].text, *[by[p].text for p in r.parts]))
    return out


# (stated, old, new, direction)
@pytest.mark.parametrize("text,expected", [
    ("Ticket sales climbed from 3,100 to 4,650 last season, a rise of 50%.", ("50%", "3,100", "4,650", "up")),
    ("The council cut its budget from £12m to £10.2m, a 15 per cent reduction.",
     ("15 per cent", "£12m", "£10.2m", "down")),
    ("Exports rose 12 percent to $4.1 billion from $3.66 billion.",
     ("12 percent", "$3.66 billion", "$4.1 billion", "up")),
    ("The index closed at 1,020, down from 1,200, a 15% slide.", ("15%", "1,200", "1,020", "down")),
    ("Membership stood at 310, compared with 250 a year earlier, a rise of 24 percent.",
     ("24 percent", "250", "310", "up")),
    ("Against 88 last spring, the survey counted 61 nesting pairs this year, a 31% decline.",
     ("31%", "88", "61", "down")),
    ("Up from 7,300, bookings reached 9,150, a gain of about 25%.", ("25%", "7,300", "9,150", "up")),
    ("Applications went from 410 in 2013 to 388 in 2014, a 5% change.", ("5%", "410", "388", None)),
    ("Revenue jumped 40% to $70m, from $50m a year ago.", ("40%", "$50m", "$70m", "up")),
    ("Sales rose 8.5% to 1.2 million units from 1.1 million.", ("8.5%", "1.1 million", "1.2 million", "up")),
    ("Revenue was $5.2 billion, 8% higher than the $4.8 billion a year earlier.",
     ("8%", "$4.8 billion", "$5.2 billion", "up")),
    ("The port handled 410 ships, 12 percent fewer than the 466 ships of 2013.", ("12 percent", "466", "410", "down")),
    ("Up from AU$678 million, turnover reached AU$723 million, a gain of 7%.",
     ("7%", "AU$678 million", "AU$723 million", "up")),
])
def test_extraction_finds_changes_with_stated_percentage_and_direction(text, expected):
    assert relations(text, "change") == [expected]


@pytest.mark.parametrize("text", [
    "Prices ranging from $5 to $10 rose 20% last year.",                      # a span, not a change
    "Children aged from 6 to 12 make up 40% of the pupils.",
    "Sales rose from 10 to 20 last year and are expected to climb a further 15% this year.",  # another clause
    "Turnout went from 40,000 to 52,000, and 30% of voters were under 30.",   # a share
    "About 500 delegates from 20 countries attended, up 10% on last year.",   # different things counted
    "The population grew from 1990 to 2000 by 12%.",                          # years
])
def test_extraction_finds_no_change_where_there_is_none(text):
    assert relations(text, "change") == []


def test_extraction_reads_a_change_in_points_between_two_shares_only():
    assert relations("The jobless rate rose from 5.1% to 5.6%, an increase of 0.5 percentage points.", "change")
    # points of an index are not a share's points: no pair of percentages, no change in points
    assert relations("Turnout rose from 40,000 to 52,000, up 3 percentage points.", "change") == []


@pytest.mark.parametrize("text,expected", [
    ("The tower rises 1,250 feet (381 m) above the river.", ("1,250 feet", "381 m")),
    ("The lake covers 12 square miles (31 sq km).", ("12 square miles", "31 sq km")),
    ("Forecasters expect highs of 30C (86F) on Friday.", ("30C", "86F")),
    ("Temperatures fell to -4°C (25°F) overnight.", ("-4°C", "25°F")),
    ("Water boils at 212 degrees Fahrenheit (100 degrees Celsius).", ("212 degrees Fahrenheit", "100 degrees Celsius")),
    ("A 290-mile (466km) pipeline will be built.", ("290-mile", "466km")),
    ("The boxer weighs 395 pounds (179 kg).", ("395 pounds", "179 kg")),
    ("It is just 23 mm (0.91 in) thick.", ("23 mm", "0.91 in")),
    ("The runway is 3.2km (about 2 miles) long.", ("3.2km", "2 miles")),
    ("The course is 10 km, or 6.2 miles, long.", ("10 km", "6.2 miles")),
])
def test_extraction_finds_measure_equivalents(text, expected):
    assert relations(text, "equivalent") == [expected]


@pytest.mark.parametrize("text", [
    "Runners can choose races of 5 km, 10 miles or a full marathon.",
    "The 12 km stretch and the 40-mile loop reopen on Monday.",
])
def test_extraction_finds_no_equivalent_in_lists_of_measures(text):
    assert relations(text, "equivalent") == []


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Temperatures reached 32C on Tuesday.", "32C", 32, "degree_Celsius"),
    ("It was minus 5C at dawn.", "minus 5C", -5, "degree_Celsius"),
    ("The thermometer showed 98.6 °F.", "98.6 °F", 98.6, "degree_Fahrenheit"),
    ("Highs of 41 degrees C are forecast.", "41 degrees C", 41, "degree_Celsius"),
])
def test_extraction_reads_temperatures(text, surface, value, unit):
    [q] = [q for q in factcheck.extract(text, date="2015-06-01").quantities if q.kind.value == "measure"]
    assert (q.text, q.value, q.unit, q.dimension) == (surface, value, unit, "temperature")


@pytest.mark.parametrize("text", [
    "He filed Form 1040C with the agency.",
    "The airline ordered 12 747F freighters.",
    "Room 12C was empty.",
])
def test_extraction_does_not_read_letters_after_numbers_as_temperatures(text):
    assert [q.text for q in factcheck.extract(text).quantities if q.dimension == "temperature"] == []
