"""Edges of the calendar and of the gazetteer cache: extraction degrades to 'no date' or a rebuilt
cache, never a crash or a silently disabled check."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.extraction import extract_article, places
from factcheck.records import Article


@pytest.mark.parametrize("published,text", [
    (dt.date(9999, 12, 31), "It ended last Friday and resumes next Friday."),
    (dt.date(1, 1, 3), "It ended last Friday and resumes next Friday."),
])
def test_extraction_relative_weekday_at_the_ends_of_the_calendar(published, text):
    extraction = extract_article(Article(path="a", text=text, body=text, date=published))
    assert all(q.iso_date is None or q.iso_date.startswith(("9999", "0001")) for q in extraction.quantities)


@pytest.mark.parametrize("content", ["[]", '{"aleppo": 5}', '"x"', "{}"])
def test_extraction_gazetteer_cache_of_the_wrong_shape_is_rebuilt(tmp_path, monkeypatch, content):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    places._gazetteer.cache_clear()
    try:
        path = places._cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        places._gazetteer.cache_clear()
        findings = factcheck.check("The strike began at 6am (4am GMT).", date="2023-12-14", dateline="Aleppo")
        assert "utc-offset-mismatch" in {f.rule for f in findings}
    finally:
        places._gazetteer.cache_clear()
