"""Properties of extraction over generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

import factcheck
from factcheck.extraction.numbers import find_numbers

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=300))
def test_extraction_never_raises_and_spans_quote_the_text(text):
    result = factcheck.extract(text)
    for q in result.quantities:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
    ids = {q.id for q in result.quantities}
    for r in result.relations:
        assert {r.whole, *r.parts} - {None} <= ids


_WORDS = st.sampled_from(["people", "soldiers", "villages", "buses", "children", "votes", "homes"])


@FAST
@given(st.integers(min_value=1, max_value=999_999_999), _WORDS)
def test_digits_with_thousands_separators_come_back(n, noun):
    text = f"Officials said {n:,} {noun} were counted."
    result = factcheck.extract(text)
    counts = [q for q in result.quantities if q.kind.value == "count"]
    assert [q.value for q in counts] == [n], f"{text!r} -> {[(q.text, q.value) for q in result.quantities]}"
    assert counts[0].counted == factcheck.extract(f"two {noun}").quantities[0].counted


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_number_words_come_back(n):
    words = num2words(n).replace(",", "")
    found = find_numbers(f"about {words} left")
    assert [m.value for m in found] == [n], f"{words!r} -> {[m.value for m in found]}"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["million", "billion", "thousand", "m", "bn"]),
       st.integers(min_value=0, max_value=2))
def test_scaled_numbers_come_back(n, scale, decimals):
    factor = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}[scale]
    number = n / 10 ** decimals
    written = f"{number:.{decimals}f}"
    sep = " " if len(scale) > 2 else ""
    text = f"It cost ${written}{sep}{scale} last year"
    found = find_numbers(text)
    assert len(found) == 1 and abs(found[0].value - number * factor) < 1e-6 * factor, (text, found)
    assert found[0].currency == "USD"
