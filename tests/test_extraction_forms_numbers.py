"""Forms of numbers: number words, fractions, multiples, negatives, and ranges whose ends both
take the scale."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extraction.numbers import find_numbers


def figures(text):
    return [q for q in factcheck.extract(text, date="2024-03-14").quantities]


def one(text):
    found = figures(text)
    assert len(found) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in found]}"
    return found[0]


@pytest.mark.parametrize("text,surface,value", [
    ("one and a half", "one and a half", 1.5),
    ("two and a half million", "two and a half million", 2_500_000),
    ("a quarter million", "a quarter million", 250_000),
    ("a third of a billion", "a third of a billion", 1e9 / 3),
    ("minus one", "minus one", -1),
    ("negative one", "negative one", -1),
    ("nought", "nought", 0),
    ("¾", "¾", 0.75),
    ("2½", "2½", 2.5),
    ("two-thirds", "two-thirds", 2 / 3),
    ("threefold", "threefold", 3),
    ("hundred thousand", "hundred thousand", 100_000),
    ("one-fifth of a trillion", "one-fifth of a trillion", 2e11),
])
def test_number_words_and_fractions(text, surface, value):
    found = find_numbers(f"They said {text} were there")
    assert len(found) == 1
    start = len("They said ")
    assert (f"They said {text}"[found[0].start:found[0].end], round(found[0].value, 6)) == (surface, round(value, 6))
    assert found[0].start == start


@pytest.mark.parametrize("text,surface,kind,value,unit", [
    ("One and a half million people fled the city.", "One and a half million", "count", 1_500_000, None),
    ("A quarter million homes lost power.", "A quarter million", "count", 250_000, None),
    ("Nearly two-thirds of members backed the deal.", "two-thirds", "number", 2 / 3, "ratio"),
    ("About ¾ of voters turned out.", "¾", "number", 0.75, "ratio"),
    ("Exports grew threefold in a decade.", "threefold", "number", 3, "ratio"),
    ("The river froze at minus one overnight.", "minus one", "number", -1, None),
])
def test_number_words_in_sentences(text, surface, kind, value, unit):
    q = next(q for q in figures(text) if q.text == surface)
    assert (q.kind.value, round(q.value, 6), q.unit) == (kind, round(value, 6), unit)


def test_more_than_half_is_a_bounded_share():
    q = next(q for q in figures("More than half of the staff left.") if q.text == "half")
    assert (q.kind.value, q.value, q.unit, q.qualifier.value, q.low, q.high) == ("number", 0.5, "ratio", "more_than",
                                                                               0.5, None)


def test_a_multiple_is_shown_as_times():
    q = next(q for q in figures("Exports grew threefold in a decade.") if q.text == "threefold")
    assert (q.unit, q.unit_symbol) == ("ratio", "×")


@pytest.mark.parametrize("text", ["a third term in office", "the first half of the match", "a half-time score"])
def test_ordinals_and_halves_that_are_not_shares(text):
    assert [m for m in find_numbers(text) if m.fraction] == []


def test_a_range_whose_first_end_takes_the_scale():
    q = one("Costs would be one to 1.5 billion dlrs, the bank said.")
    assert (q.text, q.kind.value, q.unit, q.low, q.high, q.qualifier.value) == (
        "one to 1.5 billion dlrs", "money", "USD", 1e9, 1.5e9, "range")


def test_a_dollar_range_shares_its_scale():
    q = one("The project will cost $3 to $5 million over a decade.".replace(" over a decade", ""))
    assert (q.low, q.high, q.unit) == (3e6, 5e6, "USD")


@pytest.mark.parametrize("text,surface,kind,value,unit", [
    ("About half left before noon.", "half", "number", 0.5, "ratio"),
    ("The queue moved in half an hour.", "half an hour", "duration", 0.5, "hour"),
])
def test_half_as_a_share_and_as_a_duration(text, surface, kind, value, unit):
    q = next(q for q in figures(text) if q.text == surface)
    assert (q.kind.value, q.value, q.unit) == (kind, value, unit)
