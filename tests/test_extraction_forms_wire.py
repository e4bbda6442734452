"""Wire and financial style: mln/bln, dlrs, cts, pct, stg, bpd, mths, qtr, stock prices."""

from __future__ import annotations

import pytest

import factcheck


def figures(text):
    return factcheck.extract(text, date="1987-03-14").quantities


def only(text, surface):
    found = [q for q in figures(text) if q.text == surface]
    assert len(found) == 1, f"{text!r}: {[(q.text, q.kind.value) for q in figures(text)]}"
    return found[0]


@pytest.mark.parametrize("text,surface,kind,value,unit", [
    ("The company earned 500 mln dlrs in the quarter.", "500 mln dlrs", "money", 500e6, "USD"),
    ("Net profit rose to 1.2 bln dlrs from 900 mln.", "1.2 bln dlrs", "money", 1.2e9, "USD"),
    ("It paid a dividend of 45 cts a share.", "45 cts", "money", 0.45, "USD"),
    ("Pre-tax profit was 1.2 bln stg last year.", "1.2 bln stg", "money", 1.2e9, "GBP"),
    ("The bank lent 300 mln Canadian dlrs to the utility.", "300 mln Canadian dlrs", "money", 300e6, "CAD"),
    ("Sales rose 9.9 pct in January.", "9.9 pct", "percent", 9.9, "%"),
    ("Output reached 1.5 mln bpd in February.", "1.5 mln bpd", "measure", 1.5e6, "oil_barrel / day"),
    ("Revenue for the 12 mths was flat.", "12 mths", "duration", 12, "month"),
    ("Earnings for the third qtr fell.", None, None, None, None),
    ("Earnings fell for two qtrs running.", "two qtrs", "duration", 2, "quarter"),
])
def test_wire_money_percent_and_units(text, surface, kind, value, unit):
    if surface is None:
        assert [q for q in figures(text) if q.kind.value not in ("date",)] == []
        return
    q = only(text, surface)
    assert (q.kind.value, round(q.value, 6), q.unit) == (kind, round(value, 6), unit)


def test_pct_is_never_picocarats_and_cts_never_carats():
    units = {q.unit for q in figures("Shares fell 2.5 pct to 45 cts, a loss of 3 pct.")}
    assert units == {"%", "USD"}


@pytest.mark.parametrize("text,surface,value", [
    ("The stock rose 1-5/8 to 77-3/8 in active trading.", "1-5/8", 1.625),
    ("The stock rose 1-5/8 to 77-3/8 in active trading.", "77-3/8", 77.375),
    ("The notes are priced at 7/8 over LIBOR.", "7/8", 0.875),
])
def test_stock_prices_in_fractions(text, surface, value):
    q = only(text, surface)
    assert (q.kind.value, q.value, q.counted) == ("number", value, None)


def test_a_span_of_years_and_a_fiscal_year_in_wire_copy():
    qs = figures("Output in 1986/87 was below the 1941-1960 average.")
    assert [(q.text, q.granularity) for q in qs] == [("1986/87", "fiscal_year"), ("1941-1960", "years")]
