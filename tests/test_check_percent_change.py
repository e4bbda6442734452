"""percent_change: a stated percentage change against the old and new figures beside it.

Unit tests build the records by hand (no model); the last tests go through factcheck.check.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.checks import CheckContext, percent_change
from factcheck.extraction.qualifiers import interval
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType
from factcheck.rulebook import default_rules


def figure(text: str, surface: str, kind: Kind, value: float, *, unit: str | None = None, step: float | None = None,
           qualifier: Qualifier = Qualifier.EXACT, qualifier_text: str | None = None, number: int = 1) -> Quantity:
    start = text.index(surface)
    low, high = interval(value, qualifier, step)
    return Quantity(id=f"q{number}", kind=kind, text=surface, start=start, end=start + len(surface), line=1,
                    column=start + 1, sentence=0, value=value, unit=unit, step=step, qualifier=qualifier,
                    qualifier_text=qualifier_text, low=low, high=high)


def percent(text: str, surface: str, value: float, **kw) -> Quantity:
    return figure(text, surface, Kind.PERCENT, value, unit=kw.pop("unit", "%"), number=3, **kw)


def hits(text: str, stated: Quantity, old: Quantity, new: Quantity, worded: str | None, **params) -> list:
    old.id, new.id, stated.id = "q1", "q2", "q3"
    relation = Relation(id="r1", type=RelationType.CHANGE, whole=stated.id, parts=[old.id, new.id], sentence=0,
                        cue="from ... to", direction=worded)
    article = Article(text=text, body=text)
    context = CheckContext(article, Extraction(file="<text>", quantities=[old, new, stated], relations=[relation]))
    return list(percent_change.run(context, percent_change.Params(**params)))


def counts(text: str, old: str, new: str) -> tuple[Quantity, Quantity]:
    return (figure(text, old, Kind.NUMBER, float(old.replace(",", ""))),
            figure(text, new, Kind.NUMBER, float(new.replace(",", ""))))


def test_percent_change_flags_a_wrong_percentage_with_its_arithmetic():
    text = "Visitors went from 12,400 last year to 17,050 this year, a 27% rise."
    old, new = counts(text, "12,400", "17,050")
    [hit] = hits(text, percent(text, "27%", 27), old, new, "up")
    assert hit.primary.text == "27%"
    assert [q.text for q in hit.related] == ["12,400", "17,050"]
    assert hit.arithmetic == "(17,050 - 12,400) / 12,400 = +37.5%, stated 27% rise"
    assert hit.fields["actual"] == "a 37.5% rise"
    assert hit.fields["claimed"] == "a 27% rise"


@pytest.mark.parametrize("old_text,new_text,stated_text,value,step", [
    ("27", "35.4", "31 percent", 31, None),     # true +31.1%
    ("571", "530", "7.2 percent", 7.2, 0.1),    # true -7.18%
    ("44,608", "48,531", "9%", 9, None),        # true +8.79%: rounds to 9
    ("10,970", "8728", "20.4 percent", 20.4, 0.1),
    ("24", "11", "54%", 54, None),              # true -54.2%
])
def test_percent_change_is_silent_when_the_stated_percentage_rounds_right(old_text, new_text, stated_text, value, step):
    text = f"The count went from {old_text} to {new_text}, a change of {stated_text}."
    old, new = counts(text, old_text, new_text)
    assert hits(text, percent(text, stated_text, value, step=step), old, new, None) == [], \
        f"false alarm for percent-change-mismatch on: {text!r}"


@pytest.mark.parametrize("old_text,new_text,stated_text,value", [
    ("24", "11", "30%", 30),        # true -54.2%
    ("155", "261", "24 percent", 24),  # true +68.4%
    ("81", "105", "9 percent", 9),  # true +29.6%
    ("835", "884", "3 percent", 3),  # true +5.9%: small, but 3 points off
    ("27", "35.4", "35 percent", 35),  # true +31.1%: 3.9 points and 12% off
])
def test_percent_change_fires_on_clear_errors(old_text, new_text, stated_text, value):
    text = f"The count went from {old_text} to {new_text}, a change of {stated_text}."
    old, new = counts(text, old_text, new_text)
    assert len(hits(text, percent(text, stated_text, value), old, new, None)) == 1, \
        f"percent-change-mismatch missed: {text!r}"


def test_percent_change_tolerance_is_a_parameter():
    text = "Profit went from 27 to 35.4, an increase of 32 percent."  # true +31.1%: within the default tolerance
    old, new = counts(text, "27", "35.4")
    stated = percent(text, "32 percent", 32)
    assert hits(text, stated, old, new, "up") == []
    assert len(hits(text, stated, old, new, "up", tolerance=0, relative_tolerance=0)) == 1


def test_percent_change_finer_stated_precision_is_held_to_its_decimals():
    text = "Profit went from 27 to 35.4, an increase of 31.6 percent."  # true +31.11%
    old, new = counts(text, "27", "35.4")
    stated = percent(text, "31.6 percent", 31.6, step=0.1)
    assert len(hits(text, stated, old, new, "up", tolerance=0, relative_tolerance=0)) == 1
    stated = percent(text.replace("31.6", "31.1"), "31.1 percent", 31.1, step=0.1)
    assert hits(text.replace("31.6", "31.1"), stated, old, new, "up", tolerance=0, relative_tolerance=0) == []


@pytest.mark.parametrize("hedge,qualifier,value,new_text,fires", [
    ("about", Qualifier.APPROXIMATE, 10, "381", False),  # 345 -> 381: +10.4%
    ("about", Qualifier.APPROXIMATE, 10, "400", True),   # +15.9%
    ("almost", Qualifier.NEARLY, 12, "385", False),      # +11.6%
    ("more than", Qualifier.MORE_THAN, 10, "420", False),  # +21.7%: more than 10 indeed
    ("more than", Qualifier.MORE_THAN, 20, "381", True),   # +10.4% is not more than 20
])
def test_percent_change_hedges_widen_what_passes(hedge, qualifier, value, new_text, fires):
    text = f"Spending went from 345 to {new_text}, a gain of {hedge} {value} percent."
    old, new = counts(text, "345", new_text)
    stated = percent(text, f"{value} percent", value, qualifier=qualifier, qualifier_text=hedge)
    assert len(hits(text, stated, old, new, "up")) == int(fires), text


def test_percent_change_flags_a_change_worded_the_wrong_way():
    text = "Orders went from 40 to 30, a 25% rise."
    old, new = counts(text, "40", "30")
    stated = percent(text, "25%", 25)
    [hit] = hits(text, stated, old, new, "up")
    assert hit.fields["actual"] == "a 25.0% fall"
    assert hit.fields["claimed"] == "a 25% rise"
    assert hits(text, stated, old, new, "up", direction=False) == []
    assert hits(text, stated, old, new, "down") == []


def test_percent_change_in_percentage_points_is_the_difference_of_the_shares():
    text = "The rate went from 5.1% to 5.6%, up 3 percentage points."
    old = figure(text, "5.1%", Kind.PERCENT, 5.1, unit="%", step=0.1)
    new = figure(text, "5.6%", Kind.PERCENT, 5.6, unit="%", step=0.1)
    found = hits(text, percent(text, "3 percentage points", 3, unit="percentage point"), old, new, "up")
    assert len(found) == 1 and "+0.5 points" in found[0].arithmetic
    right = text.replace("3 percentage points", "0.5 percentage points")
    old, new = figure(right, "5.1%", Kind.PERCENT, 5.1, unit="%", step=0.1), figure(right, "5.6%", Kind.PERCENT, 5.6,
                                                                                   unit="%", step=0.1)
    assert hits(right, percent(right, "0.5 percentage points", 0.5, unit="percentage point"), old, new, "up") == []


def test_percent_change_of_rates_accepts_points_or_relative_change():
    text = "Support went from 40% to 50%, a rise of 10 percent, or 25 percent."
    old = figure(text, "40%", Kind.PERCENT, 40, unit="%")
    new = figure(text, "50%", Kind.PERCENT, 50, unit="%")
    assert hits(text, percent(text, "10 percent", 10), old, new, "up") == []
    assert hits(text, percent(text, "25 percent", 25), old, new, "up") == []
    text = "Support went from 40% to 50%, a rise of 40 percent."
    assert len(hits(text, percent(text, "40 percent", 40), old, new, "up")) == 1


def test_percent_change_gives_the_old_value_the_new_values_scale_word():
    text = "Enrolment went from 1.2 to 1.5 million, a 25% increase; later a 40% increase."
    old = figure(text, "1.2", Kind.NUMBER, 1.2, step=0.1)
    new = figure(text, "1.5 million", Kind.NUMBER, 1_500_000, step=100_000)
    assert hits(text, percent(text, "25%", 25), old, new, "up") == []
    assert len(hits(text, percent(text, "40%", 40), old, new, "up")) == 1


def test_percent_change_figure_rounding_accepts_what_rounded_figures_allow():
    text = "Passengers went from 2.1 million to 2.3 million, a 6% rise."  # +9.5% as printed; 4.7% to 14.6% rounded
    old = figure(text, "2.1 million", Kind.NUMBER, 2_100_000, step=100_000)
    new = figure(text, "2.3 million", Kind.NUMBER, 2_300_000, step=100_000)
    stated = percent(text, "6%", 6)
    assert len(hits(text, stated, old, new, "up")) == 1
    assert hits(text, stated, old, new, "up", figure_rounding=True) == []
    text = "Passengers went from 2.1 million to 2.3 million, a 25% rise."
    assert len(hits(text, percent(text, "25%", 25), old, new, "up", figure_rounding=True)) == 1


def test_percent_change_skips_a_change_from_zero():
    text = "Cases went from 0 to 12, a 100% rise."
    old, new = counts(text, "0", "12")
    assert hits(text, percent(text, "100%", 100), old, new, "up") == []


# -- end to end ------------------------------------------------------------------------------
RULES = [r for r in default_rules() if r.kind == "percent_change"]


@pytest.mark.parametrize("text,stated", [
    ("Ticket sales climbed from 3,100 to 4,650 last season, a rise of 35%.", "35%"),
    ("Exports dropped 12 percent, to $3.66 billion from $4.9 billion.", "12 percent"),
    ("The index closed at 1,020, down from 1,200, a 25% slide.", "25%"),
    ("Compared with 250 a year earlier, the 310 members now registered represent a 14% rise.", "14%"),
])
def test_percent_change_end_to_end_fires(text, stated):
    findings = factcheck.check(text, date="2015-06-01", rules=RULES)
    assert [f.text for f in findings] == [stated], f"percent-change-mismatch missed: {text!r}"


@pytest.mark.parametrize("text", [
    "Ticket sales climbed from 3,100 to 4,650 last season, a rise of 50%.",
    "Exports dropped 25 percent, to $3.66 billion from $4.9 billion.",
    "The index closed at 1,020, down from 1,200, a 15% slide.",
    "Compared with 250 a year earlier, the 310 members now registered represent a 24% rise.",
    "Prices ranging from $5 to $10 rose 20% last year.",
    "Sales rose from 10 to 20 last year and are expected to climb a further 15% this year.",
    "The jobless rate rose from 5.1% to 5.6%, an increase of 0.5 percentage points.",
])
def test_percent_change_end_to_end_silent(text):
    assert factcheck.check(text, date="2015-06-01", rules=RULES) == [], f"false alarm on: {text!r}"


def test_percent_change_end_to_end_message():
    [finding] = factcheck.check("Orders fell from 182 to 140, a drop of 43%.", date="2015-06-01", rules=RULES)
    assert finding.rule == "percent-change-mismatch"
    assert finding.message == "the change from 182 to 140 is a 23.1% fall, not a 43% fall"
    assert finding.arithmetic == "(140 - 182) / 182 = -23.1%, stated 43% fall"


def test_percent_change_reads_a_steep_fall_the_sentence_pairs_from_and_to():
    # old and new 50 times apart are still the pair when "from ... to" joins them
    bad = factcheck.check("Cases at the clinic fell from 64 to 1 over the year, an 88% drop.")
    assert [f.rule for f in bad] == ["percent-change-mismatch"]
    assert factcheck.check("Cases at the clinic fell from 64 to 1 over the year, a 98% drop.") == []


def test_percent_change_a_year_like_figure_ending_a_count_range_is_a_count():
    bad = factcheck.check("Members rose from 700 to 1400 in a decade, a 150% increase.")
    assert [f.rule for f in bad] == ["percent-change-mismatch"]
    assert factcheck.check("Members rose from 700 to 1400 in a decade, a 100% increase.") == []
