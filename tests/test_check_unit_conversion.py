"""unit_conversion: a measure and its conversion into another unit, converted with pint.

Unit tests build the records by hand (no model); the last tests go through factcheck.check.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.checks import CheckContext, unit_conversion
from factcheck.extraction.qualifiers import interval
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType
from factcheck.rulebook import default_rules

UNITS = {  # as the writer spells it -> (pint unit, dimension)
    "kilometres": ("kilometer", "length"), "km": ("kilometer", "length"), "miles": ("mile", "length"),
    "m": ("meter", "length"), "ft": ("foot", "length"), "mm": ("millimeter", "length"), "in": ("inch", "length"),
    "hectares": ("hectare", "area"), "acres": ("acre", "area"), "kg": ("kilogram", "mass"), "lb": ("pound", "mass"),
    "mph": ("mile / hour", "speed"), "km/h": ("kilometer / hour", "speed"),
    "C": ("degree_Celsius", "temperature"), "F": ("degree_Fahrenheit", "temperature"),
    "tonnes": ("metric_ton", "mass"), "tons": ("ton", "mass"), "litres": ("liter", "volume"),
    "gallons": ("gallon", "volume"), "barrels": ("barrel", "volume"),
}


def measure(text: str, surface: str, *, number: int, hedge: str | None = None) -> Quantity:
    """'466 kilometres' found in ``text`` as a measure, its step read from its decimals."""
    start = text.index(surface)
    digits, unit = surface.rsplit(" ", 1) if " " in surface else (surface[:-1], surface[-1])
    value = float(digits.replace(",", ""))
    step = 10 ** -len(digits.split(".")[1]) if "." in digits else None
    qualifier = {None: Qualifier.EXACT, "about": Qualifier.APPROXIMATE, "more than": Qualifier.MORE_THAN}[hedge]
    low, high = interval(value, qualifier, step)
    return Quantity(id=f"q{number}", kind=Kind.MEASURE, text=surface, start=start, end=start + len(surface), line=1,
                    column=start + 1, sentence=0, value=value, unit=UNITS[unit][0], dimension=UNITS[unit][1],
                    step=step, qualifier=qualifier, qualifier_text=hedge, low=low, high=high)


def hits(text: str, first: str, second: str, hedge: str | None = None, **params) -> list:
    a, b = measure(text, first, number=1), measure(text, second, number=2, hedge=hedge)
    return run(text, a, b, **params)


def run(text: str, a: Quantity, b: Quantity, **params) -> list:
    relation = Relation(id="r1", type=RelationType.EQUIVALENT, whole=a.id, parts=[b.id], sentence=0, cue="(")
    extraction = Extraction(file="<text>", quantities=[a, b], relations=[relation])
    context = CheckContext(Article(text=text, body=text), extraction)
    return list(unit_conversion.run(context, unit_conversion.Params(**params)))


def test_unit_conversion_flags_a_wrong_conversion_with_its_arithmetic():
    text = "The pipeline runs 466 kilometres (163 miles) to the coast."
    [hit] = hits(text, "466 kilometres", "163 miles")
    assert hit.primary.text == "163 miles" and [q.text for q in hit.related] == ["466 kilometres"]
    assert hit.arithmetic == "466 kilometres = 289.6 miles, stated 163 miles"
    assert hit.fields == {"original": "466 kilometres", "stated": "163 miles", "converted": "289.6 miles"}


@pytest.mark.parametrize("first,second", [
    ("466 kilometres", "290 miles"),    # 289.6: rounded to tens
    ("278 m", "912 ft"),
    ("482 hectares", "1,191 acres"),
    ("145 mph", "233 km/h"),
    ("2,000 km", "1,200 miles"),        # 1,242.7: "1,200" is rounded to hundreds
    ("23 mm", "0.91 in"),
    ("100 km", "64 miles"),             # 62.1: within 3%
    ("30 C", "86 F"),
    ("-4 C", "25 F"),                   # 24.8
    ("100 F", "38 C"),                  # 37.8
    ("3,164 kg", "6,975 lb"),
])
def test_unit_conversion_is_silent_on_right_conversions(first, second):
    text = f"It measured {first} ({second}) in all."
    assert hits(text, first, second) == [], f"false alarm for unit-conversion-mismatch on: {text!r}"


@pytest.mark.parametrize("first,second", [
    ("466 kilometres", "163 miles"), ("278 m", "84.7 ft"), ("482 hectares", "195 acres"),
    ("145 mph", "180 km/h"), ("2,000 km", "1,400 miles"), ("23 mm", "0.81 in"), ("100 km", "70 miles"),
    ("32 C", "58 F"), ("-4 C", "-7 F"), ("20 C", "36 F"), ("128 kg", "58 lb"),
])
def test_unit_conversion_fires_on_clear_errors(first, second):
    text = f"It measured {first} ({second}) in all."
    assert len(hits(text, first, second)) == 1, f"unit-conversion-mismatch missed: {text!r}"


def test_unit_conversion_hedge_on_the_conversion_widens_it():
    text = "The runway is 3.2 km (about 2 miles) long, not 3.2 km (about 3 miles)."
    assert hits(text, "3.2 km", "2 miles", hedge="about") == []  # 1.99 miles
    assert len(hits(text, "3.2 km", "3 miles", hedge="about")) == 1
    text = "The route is 500 km (more than 300 miles) long."  # 310.7
    assert hits(text, "500 km", "300 miles", hedge="more than") == []


def test_unit_conversion_tolerance_is_a_parameter():
    text = "It covers 161 km (103 miles)."  # 100.0 miles
    assert hits(text, "161 km", "103 miles") == []
    assert len(hits(text, "161 km", "103 miles", tolerance=0)) == 1
    text = "Highs of 30 C (89 F) are expected."  # 86 F
    assert len(hits(text, "30 C", "89 F")) == 1
    assert hits(text, "30 C", "89 F", temperature_tolerance=2) == []


@pytest.mark.parametrize("first,second,fires", [
    ("5,000 tonnes", "5,512 tons", False),   # short tons
    ("5,000 tonnes", "4,921 tons", False),   # long tons
    ("5,000 tonnes", "7,000 tons", True),
    ("100 litres", "26 gallons", False),     # US gallons
    ("100 litres", "22 gallons", False),     # imperial gallons
    ("100 litres", "40 gallons", True),
    ("2,000 barrels", "318,000 litres", False),  # barrels of oil, 42 US gallons each
    ("500 barrels", "59,600 litres", False),     # US fluid barrels, 31.5 gallons
    ("2,000 barrels", "400,000 litres", True),
])
def test_unit_conversion_accepts_any_reading_of_an_ambiguous_unit(first, second, fires):
    text = f"It holds {first} ({second})."
    assert len(hits(text, first, second)) == int(fires), text


def test_unit_conversion_dimensions_parameter_limits_what_is_tested():
    text = "Highs of 32 C (58 F) are expected."
    assert hits(text, "32 C", "58 F", dimensions=["length", "mass"]) == []


def test_unit_conversion_never_tests_money_in_two_currencies():
    text = "The club paid €5m ($9m) for him."
    a = Quantity(id="q1", kind=Kind.MONEY, text="€5m", start=14, end=17, line=1, column=15, sentence=0,
                 value=5e6, unit="EUR", dimension="currency", low=4.5e6, high=5.5e6, step=1e6)
    b = Quantity(id="q2", kind=Kind.MONEY, text="$9m", start=19, end=22, line=1, column=20, sentence=0,
                 value=9e6, unit="USD", dimension="currency", low=8.5e6, high=9.5e6, step=1e6)
    assert run(text, a, b) == []


def test_unit_conversion_skips_measures_of_different_dimensions():
    text = "It weighs 128 kg (58 miles)."
    a, b = measure(text, "128 kg", number=1), measure(text, "58 miles", number=2)
    assert run(text, a, b) == []


# -- end to end ------------------------------------------------------------------------------
RULES = [r for r in default_rules() if r.kind == "unit_conversion"]


@pytest.mark.parametrize("text,stated", [
    ("The tower rises 1,250 feet (181 m) above the river.", "181 m"),
    ("Forecasters expect highs of 30C (66F) on Friday.", "66F"),
    ("Temperatures fell to -4°C (-7°F) overnight.", "-7°F"),
    ("The boxer weighs 395 pounds (871 kg).", "871 kg"),
    ("A 290-mile (266km) pipeline will be built.", "266km"),
    ("The lake covers 12 square miles (12 sq km).", "12 sq km"),
])
def test_unit_conversion_end_to_end_fires(text, stated):
    findings = factcheck.check(text, date="2015-06-01", rules=RULES)
    assert [f.text for f in findings] == [stated], f"unit-conversion-mismatch missed: {text!r}"


@pytest.mark.parametrize("text", [
    "The tower rises 1,250 feet (381 m) above the river.",
    "Forecasters expect highs of 30C (86F) on Friday.",
    "Temperatures fell to -4°C (25°F) overnight.",
    "The boxer weighs 395 pounds (179 kg).",
    "A 290-mile (466km) pipeline will be built.",
    "It is just 23 mm (0.91 in) thick.",
    "Runners can choose races of 5 km, 10 miles or a full marathon.",
    "It paid €5m ($5.6m) for the rights.",
])
def test_unit_conversion_end_to_end_silent(text):
    assert factcheck.check(text, date="2015-06-01", rules=RULES) == [], f"false alarm on: {text!r}"


def test_unit_conversion_end_to_end_message():
    [finding] = factcheck.check("The site is about 466 kilometres (163 miles) from the city.", date="2015-06-01",
                                rules=RULES)
    assert finding.rule == "unit-conversion-mismatch"
    assert finding.message == "466 kilometres is 289.6 miles, not 163 miles"
    assert (finding.line, finding.column) == (1, 35)


# -- charitable readings: compounds, temperature differences, conversions set off by dashes ------
# Each bad sentence has a consistent twin that must stay silent.

@pytest.mark.parametrize("bad, good", [
    # feet and inches read as one measure, whichever half the conversion is attached to
    ("The centre, 7 feet 1 inch (2.01 metres) tall, signed on Monday.",
     "The centre, 7 feet 1 inch (2.16 metres) tall, signed on Monday."),
    ("At 1.93 metres (6ft 9in) she is the tallest player in the squad.",
     "At 2.06 metres (6ft 9in) she is the tallest player in the squad."),
    # stones and pounds, pounds and ounces
    ("He came in at 14st 2lb (80kg) for the weigh-in.",
     "He came in at 14st 2lb (90kg) for the weigh-in."),
    ("The baby weighed 8lb 4oz (2.9kg) at birth.",
     "The baby weighed 8lb 4oz (3.7kg) at birth."),
    # a temperature difference: after 'by', or with a word of difference after it
    ("The lake warmed by 3C (37F) over the decade.",
     "The lake warmed by 3C (5.4F) over the decade."),
    ("Inside the greenhouse it was 12C (54F) warmer than outside.",
     "Inside the greenhouse it was 12C (22F) warmer than outside."),
    # a conversion set off by dashes with a word between
    ("The reef lies 30 miles north — roughly 30 kilometres — of the port.",
     "The reef lies 30 miles north — roughly 48 kilometres — of the port."),
])
def test_unit_conversion_charitable_forms(bad, good):
    found = factcheck.check(bad, date="2015-06-01", rules=RULES)
    assert found, f"unit-conversion-mismatch missed: {bad!r}"
    assert factcheck.check(good, date="2015-06-01", rules=RULES) == [], f"false alarm on: {good!r}"


@pytest.mark.parametrize("text", [
    "Overnight lows rose 8C (46F) after the front passed.",    # 'rose' N: a difference or a loose reading
    "Overnight lows rose 8C (14F) after the front passed.",
    "Overnight lows rose to 8C (46F) after the front passed.",  # 'to': a reading
    "Runners choose between 10 miles — the classic — and 5 km.",  # dashes around no conversion
])
def test_unit_conversion_accepts_either_reading_when_the_words_allow_both(text):
    assert factcheck.check(text, date="2015-06-01", rules=RULES) == [], f"false alarm on: {text!r}"


def test_unit_conversion_difference_is_named_in_the_arithmetic():
    [finding] = factcheck.check("Average summers are hotter by 2C (36F) than in 1950.", date="2015-06-01",
                                rules=RULES)
    assert "(a difference)" in finding.arithmetic and "3.6" in finding.arithmetic
