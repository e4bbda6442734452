"""The HTML reader: prose kept at its offsets, markup blanked, paragraphs split, metadata read."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analysis import passages
from factcheck.errors import InputError
from factcheck.readers import read_text
from factcheck.readers.html import read_html

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Floods &amp; repairs in Millbrook</title>
  <meta name="date" content="2024-03-02">
  <meta name="dateline" content="Millbrook">
  <style>p.lead { font-size: 120%; margin: 4px 2px }</style>
  <script>var views = 3500; track(42);</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/page/2">Page 2</a></nav>
<h1>River bursts its banks</h1>
<p class="lead">The flood forced <b>120</b> families from their homes, including 70 in Riverside and 65 in Millbrook.</p>
<!-- editor: 3 photos to follow -->
<p>Repairs will cost &pound;4&nbsp;million, the council said.</p>
</body>
</html>
"""


def test_reader_html_body_keeps_length_and_prose_offsets() -> None:
    article = read_html(PAGE, "flood.html")
    assert len(article.body) == len(PAGE)
    for phrase in ("River bursts its banks", "The flood forced", "families from their homes, including 70"):
        at = PAGE.index(phrase)
        assert article.body[at:at + len(phrase)] == phrase
    at = PAGE.index("<b>120</b>")
    assert article.body[at:at + 10] == "   120    "


def test_reader_html_blanks_head_script_style_nav_and_comments() -> None:
    body = read_html(PAGE, "flood.html").body
    for hidden in ("views", "3500", "font-size", "120%", "Home", "Page 2", "editor", "3 photos", "href", "lead",
                   "Floods"):
        assert hidden not in body, f"{hidden!r} should be blanked"
    assert body.count("\n") > PAGE.count("\n")  # block tags add paragraph breaks


def test_reader_html_entities_keep_following_offsets() -> None:
    body = read_html(PAGE, "flood.html").body
    at = PAGE.index("&pound;4&nbsp;million")
    assert body[at:at + len("&pound;4&nbsp;million")] == "£      4      million"
    title = "<p>Salt &amp; pepper &#8211; 3&#x2009;kg</p>"
    assert read_html(title).body == "\n\n Salt &     pepper –       3        kg\n\n  "


def test_reader_html_block_tags_end_paragraphs() -> None:
    text = ("<h1>Storm warning</h1><p>Winds of 90 km/h hit the coast.</p>"
            "<ul><li>12 roads shut</li><li>3 ferries</li></ul>")
    body = read_html(text).body
    pieces = [body[start:start + len(piece)] for start, piece in passages(body)]
    assert pieces == ["Storm warning", "Winds of 90 km/h hit the coast.", "12 roads shut", "3 ferries"]
    br = read_html("<p>Line one<br>line two</p>").body
    assert [p for _, p in passages(br)] == ["Line one", "line two"]


def test_reader_html_inline_tags_do_not_split_paragraphs() -> None:
    body = read_html("<p>About <em>40</em> <a href='/x'>delegates</a> came.</p>").body
    pieces = [p for _, p in passages(body)]
    assert len(pieces) == 1 and pieces[0].split() == ["About", "40", "delegates", "came."]


def test_reader_html_metadata_title_date_dateline() -> None:
    article = read_text(PAGE, "flood.html")
    assert article.title == "Floods & repairs in Millbrook"
    assert article.date == dt.date(2024, 3, 2)
    assert article.dateline == "Millbrook"


def test_reader_html_open_graph_published_time_gives_the_date() -> None:
    text = ('<html><head><meta property="article:published_time" content="2023-11-05T08:30:00Z">'
            '</head><body><p>Text.</p></body></html>')
    assert read_text(text, "a.html").date == dt.date(2023, 11, 5)


def test_reader_html_bad_meta_date_is_an_input_error_with_its_line() -> None:
    text = "<html>\n<head>\n<meta name='date' content='5 November'>\n</head><body></body></html>"
    with pytest.raises(InputError) as info:
        read_html(text, "bad.html")
    assert str(info.value) == "bad.html:3: E100 <meta date> is not a date (YYYY-MM-DD): '5 November'"


def test_reader_html_front_matter_is_blanked_and_wins() -> None:
    text = ("---\ndate: 2022-01-09\ndateline: Lyon\n---\n"
            "<html><head><meta name='date' content='2021-01-01'></head>\n<p>Some 30 buses ran.</p>")
    article = read_text(text, "page.html")
    assert article.date == dt.date(2022, 1, 9) and article.dateline == "Lyon"
    assert "2022" not in article.body and "Lyon" not in article.body
    at = text.index("Some 30 buses")
    assert article.body[at:at + 13] == "Some 30 buses"


def test_reader_html_head_without_closing_tag_ends_at_the_first_body_tag() -> None:
    text = "<html><head><title>Trains</title><p>Only 8 trains ran.</p></html>"
    article = read_html(text)
    assert article.title == "Trains"
    assert "Only 8 trains ran." in article.body


def test_reader_html_finding_points_at_the_figure_in_the_source() -> None:
    import factcheck

    findings = factcheck.check(PAGE, fmt="html", path="flood.html")
    assert [(f.rule, f.text, f.line, f.column) for f in findings] == [("part-exceeds-whole", "120", 13, 37)]
    f = findings[0]
    assert PAGE[f.start:f.end] == "120"
    assert [(r.text, PAGE[r.start:r.end]) for r in f.related] == [("70", "70"), ("65", "65")]
    lines = PAGE.splitlines()
    assert lines[f.line - 1][f.column - 1:f.column + 2] == "120"


_pieces = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<br>", "<div class='x'>", "</div>", "<!-- note 5 -->", "&amp;", "&nbsp;",
    "&#169;", "&#x41;", "&bogus;", "&", "<", ">", "\n", "\r\n", " ", "82 people", "Ünïcödé", "<script>x=1</script>",
    "<style>a{}</style>", "<img src='a.png'/>", "<![CDATA[9]]>", "<?php 7 ?>", "</unclosed", "<h2>", "</h2>",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=30))
def test_reader_html_body_has_the_file_length_for_any_markup(parts: list[str]) -> None:
    text = "".join(parts)
    body = read_html(text).body
    assert len(body) == len(text)
    for i, (b, t) in enumerate(zip(body, text, strict=False)):
        if t in "\r\n":
            assert b == t, f"newline at {i} not kept in {text!r}"
        elif b not in " \n" and b != t:
            assert "&" in text[max(0, i - 8):i + 1], f"{b!r} at {i} is neither blank nor the file's {t!r}: {text!r}"
