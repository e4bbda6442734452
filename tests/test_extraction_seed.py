"""Golden test: every figure of the seed article, typed and attached to what it counts."""

from __future__ import annotations

import factcheck

# (text, kind, value, counted lemma or detail) in article order
EXPECTED = [
    ("Wednesday", "date", "2016-12-14"),
    ("two", "count", 2, "village"),
    ("Wednesday", "date", "2016-12-14"),
    ("15,000", "count", 15000, "people", "approximate", "some"),
    ("Thursday", "date", "2016-12-15"),
    ("6am", "time", 6, "Asia/Damascus"),
    ("4am GMT", "time", 4, "UTC"),
    ("Wednesday", "date", "2016-12-14"),
    ("four years", "duration", 4, "year"),
    ("Wednesday", "date", "2016-12-14"),
    ("two", "count", 2, "village"),
    ("two", "count", 2, "village"),
    ("Tuesday", "date", "2016-12-13"),
    ("five years", "duration", 5, "year", "more_than", "more than"),
    ("Tuesday", "date", "2016-12-13"),
    ("6pm local time", "time", 18, "Asia/Damascus"),
    ("Wednesday", "date", "2016-12-14"),
    ("six", "count", 6, "people"),
    ("2.5sq km", "measure", 2.5, "kilometer ** 2"),
    ("Wednesday", "date", "2016-12-14"),
    ("20", "count", 20, "bus"),
    ("6,000", "count", 6000, "civilian"),
    ("366", "count", 366, "fighter"),
    ("24 hours", "duration", 24, "hour"),
    ("15,000", "count", 15000, "people"),
    ("4,000", "count", 4000, "fighter"),
    ("Two weeks", "duration", 2, "week"),
    ("two weeks", "duration", 2, "week"),
    ("18 months", "duration", 18, "month"),
    ("250,000", "count", 250000, "civilian"),
    ("the end of November", "date", None),
    ("Tuesday", "date", "2016-12-13"),
    ("82", "count", 82, "people"),
    ("11", "count", 11, "woman"),
    ("13", "count", 13, "child"),
    ("Tuesday", "date", "2016-12-13"),
    ("100,000", "count", 100000, "people", "more_than", "over"),
    ("100", "count", 100, "child"),
    ("100", "number", 100, None, "possibly_more_than", "possibly more than"),
    ("Tuesday", "date", "2016-12-13"),
    ("three", "count", 3, "state"),
]


def _row(q):
    if q.kind.value == "date":
        return (q.text, "date", q.iso_date)
    if q.kind.value == "time":
        return (q.text, "time", q.hours, str(q.zone) if q.zone else None)
    row = (q.text, q.kind.value, q.value, q.counted if q.kind.value in ("count", "number") else q.unit)
    if q.qualifier.value != "exact":
        row += (q.qualifier.value, q.qualifier_text)
    return row


def test_extraction_seed_every_quantity(seed_path):
    result = factcheck.extract_file(seed_path)
    assert [_row(q) for q in result.quantities] == EXPECTED


def test_extraction_seed_relations(seed_path):
    result = factcheck.extract_file(seed_path)
    by_id = result.by_id()
    relations = [(r.type.value, by_id[r.whole].text if r.whole else None, [by_id[p].text for p in r.parts])
                 for r in result.relations]
    assert relations == [
        ("equivalent", "6am", ["4am GMT"]),
        ("enumeration", None, ["6,000", "366"]),
        ("part_of", "15,000", ["4,000"]),
        ("part_of", "82", ["11", "13"]),
    ]


def test_extraction_seed_offsets_and_positions(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    result = factcheck.extract_file(seed_path)
    lines = text.split("\n")
    for q in result.quantities:
        assert text[q.start:q.end] == q.text
        assert lines[q.line - 1][q.column - 1:].startswith(q.text.split("\n")[0])


def test_extraction_seed_local_time_from_dateline(seed_path):
    result = factcheck.extract_file(seed_path)
    six = next(q for q in result.quantities if q.text == "6am")
    assert (six.place, six.place_source, str(six.zone)) == ("Aleppo", "dateline", "Asia/Damascus")
