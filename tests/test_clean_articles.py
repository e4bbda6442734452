"""Consistent articles of our own give no finding: the false alarms we once had stay fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "extraction").glob("*.md"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_consistent_fixture_article_checks_clean(path):
    findings = factcheck.check_file(path)
    assert findings == [], "false alarms: " + "; ".join(f"{f.location()} {f.rule} {f.message}" for f in findings)


@pytest.mark.parametrize("text", [
    # a Markdown list is one item per line, not one list of figures
    "The budget grew:\n\n- Social care: £412m, up from £389m\n- Children: £236 million\n- Parks: £18m\n",
    # an arrival's local time is the destination's clock, not the dateline's
    "The flight leaves at 11:05 GMT and will land at 14:20 local time (18:20 GMT).",
    # "three in four" is a proportion, not a whole with parts
    "Three in four of those infected were not vaccinated, and 38 needed treatment, including 11 children.",
])
def test_near_misses_give_no_finding(text):
    findings = factcheck.check(text, date="2024-03-27", dateline="London", fmt="markdown")
    assert findings == [], f"false alarm for {[f.rule for f in findings]} on: {text!r}"
