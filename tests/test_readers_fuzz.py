"""A bounded fuzz run (seconds): random bytes through the readers, random Markdown/HTML-ish text
through the readers and the extractor. Nothing may raise but a coded InputError, and the body
handed to analysis must keep every offset of the file text."""

from __future__ import annotations

import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.errors import InputError
from factcheck.readers import decode, read_file, read_text

FAST = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["people", "women", "children", "km", "miles", "GMT", "6am", "4am", "rose", "from", "to", "a", "rise",
         "including", "Tuesday", "14", "December", "2016", "years", "ago", "in", "1,200", "3.5", "%", "$3m",
         "about", "more than", "(", ")", '"', "'", ",", ".", "\n", "\n\n", "\r\n", "\t", " ", "\ufeff", "é", "…",
         "—", "½", "٣", "<!--", "-->", "<b>", "</b>", "<p>", "</p>", "<br/>", "<script>", "</script>", "&amp;",
         "&#x31;", "&nbsp;", "[", "]", "](", "](http://x.org/a_(b))", "![", "**", "_", "~~", "`", "```", "    ",
         "# ", "> ", "- ", "1. ", "|", "---", "===", "---\ndate: 2016-12-14\n---\n", "---\n", ": ", "{", "}"]
markupish = st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=60).map(" ".join)


def assert_body_keeps_offsets(article, text: str) -> None:
    body = article.body
    assert article.text == text and len(body) == len(text)
    for i, (b, t) in enumerate(zip(body, text, strict=False)):
        # the body only blanks: each character is the file's, a space, or (where a Markdown block
        # marker such as '#', '-', '|' stood) a line break that starts the block's own paragraph
        assert b == t or b == " " or (b == "\n" and t in " \t#->|*+0123456789"), \
            f"body changed {t!r} to {b!r} at {i} in {text!r}"
    # every line break of the file stays where it is (line numbers come from the file text)
    assert {i for i, ch in enumerate(text) if ch == "\n"} <= {i for i, ch in enumerate(body) if ch == "\n"}


@FAST
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1252", "ascii"]))
def test_readers_fuzz_decode_random_bytes_is_text_or_a_coded_error(data, encoding):
    try:
        text = decode(data, "fuzz.txt", encoding)
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt") and " E100 " in str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and not text.startswith("\ufeff")


@settings(FAST, max_examples=60)
@given(st.binary(max_size=300) | markupish.map(lambda t: t.encode("utf-8")),
       st.sampled_from([".txt", ".md", ".html"]))
def test_readers_fuzz_read_file_random_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"article{suffix}"
    path.write_bytes(data)
    try:
        article = read_file(path)
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
    else:
        assert len(article.body) == len(article.text)


@settings(FAST, max_examples=150)
@given(markupish, st.sampled_from(["plain", "markdown"]))
def test_readers_fuzz_markup_keeps_offsets(text, fmt):
    try:
        article = read_text(text, "fuzz.md", fmt=fmt)
    except InputError as exc:  # front matter that is not valid YAML
        assert " E100 front matter" in str(exc)
        return
    assert_body_keeps_offsets(article, text)


@settings(FAST, max_examples=60)
@given(markupish)
def test_readers_fuzz_html_keeps_length(text):
    try:
        article = read_text(text, "fuzz.html", fmt="html")
    except InputError:
        return
    assert article.text == text and len(article.body) == len(text)  # block tags may become line breaks


@settings(FAST, max_examples=8)
@given(markupish)
def test_readers_fuzz_extract_random_markup_quotes_its_figures(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            extraction = factcheck.extract(text, date="2016-12-14", dateline="Aleppo", fmt="markdown")
        except InputError:
            return
    for q in extraction.quantities:
        assert text[q.start:q.end] == q.text, f"{q.id} {q.text!r} at {q.start}:{q.end} in {text!r}"
