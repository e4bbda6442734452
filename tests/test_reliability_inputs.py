"""Issue 12, classes "quadratic inputs" and "crashes at the boundary": readers and suppression
comments take time linear in the file; broken markup, lone surrogates and wrong argument types
are a clean result or one clear error, never an internal error deep inside."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

import factcheck
from factcheck.errors import InputError
from factcheck.readers import read_text
from factcheck.readers.html import read_html
from factcheck.suppressions import apply_suppressions, regions


def _linear(build, run, sizes=(2_000, 8_000), limit=3.0):
    """Time of ``run(build(n))`` for n and 4n, best of three (a loaded machine adds noise, never
    removes it): it must stay near 4x, never the 16x of a quadratic."""
    times = []
    for n in sizes:
        text = build(n)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        times.append(best)
    small, large = times
    assert large < limit, f"{large:.2f} s for the larger input"
    assert large < max(small, 0.01) * 10, f"{small:.3f} s -> {large:.3f} s for 4x the input: not linear"


def test_reliability_inputs_unclosed_suppression_comments_are_linear():
    assert regions("<!-- factcheck-disable part-exceeds-whole\n" * 10) == []
    _linear(lambda n: "<!-- factcheck-disable part-exceeds-whole\n" * n, regions)


def test_reliability_inputs_one_suppression_per_line_is_linear():
    def build(n):
        return "".join(f"<!-- factcheck-disable-next-line r{i} -->\nThe count was {i}.\n" for i in range(n))
    assert len(regions(build(50))) == 50
    _linear(build, regions)


def test_reliability_inputs_unclosed_comments_are_linear():
    _linear(lambda n: "<!--" * (n * 5), lambda text: apply_suppressions([], text))


def test_reliability_inputs_nested_svg_is_linear():
    assert read_html("<svg>" * 50 + "<p>5 people</p>" + "</svg>" * 50).body.strip() == ""
    _linear(lambda n: "<svg>" * n + "<p>5 people</p>" + "</svg>" * n, read_html)


def test_reliability_inputs_deeply_nested_prose_tags_are_linear():
    assert "12 people" in read_html("<div><span>" * 50 + "12 people" + "</span></div>" * 50).body
    _linear(lambda n: "<div><span>" * n + "12 people" + "</span></div>" * n, read_html)


@pytest.mark.parametrize("seed", range(3))
def test_reliability_inputs_marked_sections_never_fail_a_file(seed):
    """Fuzz: '<![' followed by anything (the issue found 136 of 3,000 fuzzed files failing)."""
    rng = random.Random(seed)
    pieces = ["<![", "<![CDATA[", "]]>", "<!", "<!--", "-->", "<p>", "</p>", "5 people", " ", "[", "%", "x", ">",
              "<![if !IE]>", "<![endif]>", "\n", "&amp;", "<", "<!DOCTYPE html>"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        article = read_html(text, "fuzz.html")
        assert len(article.body) == len(article.text)


def test_reliability_inputs_marked_section_keeps_the_prose_after_it():
    article = read_html("<p>a <![ x</p><p>Some 12 people left.</p>")
    assert "Some 12 people left." in article.body


# -- the Python API: wrong input is a clear error at the door ---------------------------------

@pytest.mark.parametrize("text, kind, words", [
    (None, TypeError, "text must be a str, not NoneType"), (b"x", TypeError, "decode it first"),
    (12, TypeError, "not int"), (["a"], TypeError, "not list"),
])
def test_reliability_inputs_api_wrong_text_type(text, kind, words):
    for function in (factcheck.extract, factcheck.check):
        with pytest.raises(kind, match=words):
            function(text)


@pytest.mark.parametrize("kwargs, kind, words", [
    ({"dateline": 5}, TypeError, "dateline must be a str"),
    ({"date": 20231214}, TypeError, "date must be a datetime.date"),
    ({"date": "tomorrow"}, InputError, "date 'tomorrow' is not a date"),
    ({"fmt": "pdf"}, InputError, "fmt must be one of plain, markdown, html"),
    ({"pipeline": 3}, TypeError, "pipeline must be a str"),
])
def test_reliability_inputs_api_wrong_argument(kwargs, kind, words):
    with pytest.raises(kind, match=words) as info:
        factcheck.extract("Some 12 people left.", **kwargs)
    assert "--date" not in str(info.value) and "front matter" not in str(info.value)


@pytest.mark.parametrize("rules", ["rules/", 5, ["part-exceeds-whole"]])
def test_reliability_inputs_api_wrong_rules(rules):
    with pytest.raises(TypeError, match="rules must"):
        factcheck.check("Some 12 people left.", rules=rules)


def test_reliability_inputs_api_accepts_what_it_documents():
    article = read_text("Some 12 people left.", "a.txt", date=dt.date(2020, 1, 2), dateline="Paris")
    assert article.date == dt.date(2020, 1, 2) and article.dateline == "Paris"
    with pytest.raises(InputError, match="date 'x' is not a date") as info:
        read_text("Some 12 people left.", "a.txt", date="x")
    assert "--date" not in str(info.value)


def test_reliability_inputs_lone_surrogate_never_reaches_the_pipeline():
    article = read_text("Some 12 \udcff people left \ud83d.", "a.md")
    article.text.encode("utf-8")
    article.body.encode("utf-8")


@pytest.mark.parametrize("text, date, line", [
    ("---\ndate: 9999-12-31\n---\nIt ended last Friday.\n", None, 2),
    ("It began next Monday.", "0001-01-01", None),
])
def test_reliability_inputs_publication_date_at_the_ends_of_the_calendar_is_one_error(text, date, line):
    with pytest.raises(InputError, match="outside 1000-9000") as info:
        read_text(text, "a.md", date=date)
    assert str(info.value).startswith("a.md:2: E100" if line else "a.md: E100")
