"""Extraction that list_sum and differing_totals rely on: total_of relations of complete
breakdowns, and the counted head (lemma and phrase) of each count."""

from __future__ import annotations

import pytest

import factcheck


def _total_of(text: str) -> list[tuple[str, list[str]]]:
    extraction = factcheck.extract(text, date="2020-05-01")
    by_id = extraction.by_id()
    return [(by_id[r.whole].text, [by_id[p].text for p in r.parts])
            for r in extraction.relations if r.type.value == "total_of"]


@pytest.mark.parametrize("text,expected", [
    ("Broken down, the 512 posts comprise 140 teaching posts, 160 research posts and 90 support posts.",
     [("512", ["140", "160", "90"])]),
    ("The 30,416 residents break down as follows: 5,012 men, 9,904 women and 7,163 children.",
     [("30,416", ["5,012", "9,904", "7,163"])]),
    ("Those numbers add up to 210 vehicles: 40 buses, 66 lorries and 84 vans.",
     [("210", ["40", "66", "84"])]),
    ("In total 2,300 visitors were counted: 650 on the first day, 870 on the second and 510 on the third.",
     [("2,300", ["650", "870", "510"])]),
    ("The council will spend $120.5 million on roads, $80.2 million on schools and $40.1 million on parks, "
     "bringing the total to $290.8 million.",
     [("$290.8 million", ["$120.5 million", "$80.2 million", "$40.1 million"])]),
    ("The airline took delivery of 40 jets, made up of 12 A320s, 10 A321s and 8 A330s.",
     [("40", ["12", "10", "8"])]),
])
def test_extraction_totals_finds_complete_breakdowns(text, expected):
    assert _total_of(text) == expected


def test_extraction_totals_add_up_to_is_not_a_bound():
    # "add up to 210" states a sum; "up to 210" alone is a ceiling
    summed = factcheck.extract("Those numbers add up to 210 vehicles: 40 buses and 170 vans.").quantities[0]
    assert (summed.text, summed.qualifier.value, summed.low, summed.high) == ("210", "exact", 210, 210)
    ceiling = factcheck.extract("The depot holds up to 210 vehicles.").quantities[0]
    assert (ceiling.text, ceiling.qualifier.value, ceiling.low, ceiling.high) == ("210", "at_most", 0, 210)


@pytest.mark.parametrize("text,figure,counted,counted_text", [
    ("Initial estimates put the number at 1,500 people.", "1,500", "people", "people"),
    ("Reports later gave the number as 1,100 production jobs.", "1,100", "job", "production jobs"),
    ("Fishermen rescued over 700 asylum seekers whose boat sank.", "700", "seeker", "asylum seekers"),
    ("That figure, 340 customers, was also cited by the firm.", "340", "customer", "customers"),
    ("The firm later confirmed the figure of 22 countries.", "22", "country", "countries"),
])
def test_extraction_totals_counted_heads(text, figure, counted, counted_text):
    q = next(q for q in factcheck.extract(text).quantities if q.text == figure)
    assert (q.kind.value, q.counted, q.counted_text) == ("count", counted, counted_text)


def test_extraction_totals_hedged_counts_carry_their_interval():
    quantities = factcheck.extract("Some 120 users were affected, in about 40 countries and more than 35 cities.").quantities
    assert [(q.text, q.qualifier.value, q.low, q.high) for q in quantities] == [
        ("120", "approximate", 108, 132), ("40", "approximate", 36, 44), ("35", "more_than", 35, None)]
