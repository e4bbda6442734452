"""Units spelled out, and units in the JSON contract as people write them (``unit_symbol``)
beside the canonical pint name (``unit``)."""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.report.extraction import render_json


def only(text, kind="measure"):
    found = [q for q in factcheck.extract(text).quantities if q.kind.value == kind]
    assert len(found) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in found]}"
    return found[0]


@pytest.mark.parametrize("text,surface,value,unit,symbol", [
    ("Temperatures reached 30 degrees celsius in Seville.", "30 degrees celsius", 30, "degree_Celsius", "°C"),
    ("The thermometer read 86 fahrenheit at noon.", "86 fahrenheit", 86, "degree_Fahrenheit", "°F"),
    ("The ship carried 500 metric tons of grain.", "500 metric tons", 500, "metric_ton", "t"),
    ("Each tablet holds 500 gramme of powder.", "500 gramme", 500, "gram", "g"),
    ("The dose is 20 mcg a day.", "20 mcg", 20, "microgram", "mcg"),
    ("Winds reached 145 mph on the coast.", "145 mph", 145, "mile / hour", "mph"),
    ("The rebels held only 2.5sq km of the city.", "2.5sq km", 2.5, "kilometer ** 2", "km²"),
    ("The reserve covers 3 km² of marsh.", "3 km²", 3, "kilometer ** 2", "km²"),
    ("The plant covers 482 hectares.", "482 hectares", 482, "hectare", "ha"),
])
def test_units_spelled_out_and_their_symbols(text, surface, value, unit, symbol):
    q = only(text)
    assert (q.text, q.value, q.unit, q.unit_symbol) == (surface, value, unit, symbol)


def test_unit_symbol_in_the_json_contract():
    data = json.loads(render_json(factcheck.extract("Winds reached 145 mph and rain fell 20% faster.")))
    units = [(q["text"], q["unit"], q["unit_symbol"]) for q in data["quantities"]]
    assert units == [("145 mph", "mile / hour", "mph"), ("20%", "%", "%")]


def test_a_bare_temperature_letter_counts_in_an_article_that_gives_temperatures():
    text = ("Temperatures reached 39.2C in Murcia on Monday, the hottest day of the year. "
            "Monday's 39.2C reading beat the old mark of 38.6C, set in 2017.")
    found = [(q.text, q.unit) for q in factcheck.extract(text).quantities if q.kind.value == "measure"]
    assert found == [("39.2C", "degree_Celsius"), ("39.2C", "degree_Celsius"), ("38.6C", "degree_Celsius")]


def test_a_letter_after_a_number_stays_a_label_without_temperatures_around():
    text = "The cargo arm leased two 747F freighters. It files Form 1040C each year."
    assert [q.text for q in factcheck.extract(text).quantities if q.kind.value == "measure"] == []
