"""Numbers inside names, identifiers and compounds are not figures: no record at all."""

from __future__ import annotations

import pytest

import factcheck


def figures(text):
    return [(q.text, q.kind.value) for q in factcheck.extract(text).quantities]


@pytest.mark.parametrize("text", [
    "The deal creates a two-tier market.",
    "It was a one-time payment to staff.",
    "Talks were a two-way street, she said.",
    "The FTSE 100 closed higher.",
    "She told Radio 4 the plan had failed.",
    "Leaders of the G7 met in Italy.",
    "The COVID-19 rules were lifted.",
    "The House passed H.R. 1580 without debate.",
    "The Senate bill, S. 4007, stalled.",
    "Rep. Kim Schrier (WA-08) voted against it.",
    "Write to the office in Tulsa, OK 74501.",
    "Call 888-480-3675 or (202) 225-3121 for details.",
    "The office is at 312 E. Choctaw Ave. downtown.",
    "The hearing is in Room 6 of the annex.",
])
def test_names_and_identifiers_are_not_figures(text):
    assert figures(text) == [], f"figures read in a name: {text!r}"


@pytest.mark.parametrize("text,surface", [
    ("The satellite separated from the upper stage 34 minutes after launch.", "34 minutes"),
    ("A stage 4 tumour was found in 12 patients.", "12"),
])
def test_lowercase_name_words_do_not_hide_real_figures(text, surface):
    assert surface in [t for t, _ in figures(text)]
