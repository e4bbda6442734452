"""The HTML report: one self-contained page with the text marked, the findings linked, nothing unescaped.

Plain tests read the HTML string; browser tests open it in headless Chromium (Debian's ``chromium``)
and read the DOM after the page's script ran. Screenshots land in ``tests/artifacts/``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from browser import chromium
from browser.chromium import DOM
from typer.testing import CliRunner

from factcheck.findings import Figure, FileError, FileResult, Finding, Severity
from factcheck.readers import read_text
from factcheck.records import Extraction, Kind, LineIndex, Quantity
from factcheck.report import render
from factcheck.report.html import (
    INK,
    KIND_STYLES,
    LIT,
    MUTED,
    OK,
    SEVERITY_STYLES,
    _html_block,
    _Span,
    nest,
    script_hash,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md"
ARTIFACTS = ROOT / "tests" / "artifacts"

PLANTED = (
    "---\ntitle: Casualty figures\ndate: 2021-06-08\ndateline: Mosul\n---\n\n"
    "# Casualty figures\n\n"
    "Soldiers shot dead 82 people, including 51 women and 43 children.\n\n"
    "Aid workers counted 40 trucks on Monday.\n"
)
HOSTILE = (
    "Crowd <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','script')</script>\n\n"
    "Police said 300 people <img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> "
    "gathered on Monday. <b onmouseover=alert(1)>bold</b> &amp; \"quotes\" 'single'.\n"
)


# --- hand-built records -----------------------------------------------------------------------

def quantity(text: str, snippet: str, kind: Kind = Kind.COUNT, n: int = 1, occurrence: int = 0) -> Quantity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(snippet, start + 1)
    line, column = LineIndex(text).position(start)
    return Quantity(id=f"q{n}", kind=kind, text=snippet, start=start, end=start + len(snippet), line=line,
                    column=column, sentence=0, value=float(snippet) if snippet.isdigit() else None)


def figure(q: Quantity) -> Figure:
    return Figure(text=q.text, start=q.start, end=q.end, line=q.line, column=q.column, value=q.value)


def planted_result(path: str = "planted.md", text: str = PLANTED) -> FileResult:
    whole, women, children = (quantity(text, s, n=i) for i, s in enumerate(["82", "51", "43"], start=1))
    trucks = quantity(text, "40", n=4)
    monday = quantity(text, "Monday", Kind.DATE, n=5)
    finding = Finding(
        rule="part-exceeds-whole", kind="part_whole", severity=Severity.ERROR,
        message="the parts (51, 43) add up to 94, more than the whole '82'",
        start=whole.start, end=whole.end, line=whole.line, column=whole.column, text="82",
        related=[figure(women), figure(children)], arithmetic="51 + 43 = 94 > 82 (82)", path=path)
    extraction = Extraction(file=path, quantities=[whole, women, children, trucks, monday], relations=[])
    return FileResult(path=path, findings=[finding], text=text, article=read_text(text, path), extraction=extraction)


def ids_and_links(html: str) -> tuple[set[str], list[str]]:
    dom = DOM(html)
    ids = {el.attrs["id"] for el in dom.elements if "id" in el.attrs}
    links = [el.attrs["href"][1:] for el in dom.find("a") if el.attrs.get("href", "").startswith("#")]
    return ids, links


# --- the HTML string --------------------------------------------------------------------------

def test_report_html_is_registered_as_a_format():
    html = render("html", [planted_result()])
    assert html.startswith("<!DOCTYPE html>")
    assert "</html>" in html


def test_report_html_escapes_hostile_article_text_and_front_matter():
    text = "---\ntitle: \"<script>alert('t')</script>\"\nauthor: \"<img src=x onerror=alert(2)>\"\n---\n\n" + HOSTILE
    result = FileResult(path="<b>evil</b>.txt", text=text,
                        extraction=Extraction(file="x", quantities=[quantity(text, "300")], relations=[]))
    html = render("html", [result])
    assert html.count("<script") == 1, "only the page's own script may be there"
    assert "<img" not in html and "<b>" not in html and "<b " not in html
    elements = DOM(html).elements
    assert not [el for el in elements if any(k.startswith("on") for k in el.attrs)], "no event handler attribute"
    assert {el.tag for el in elements}.isdisjoint({"img", "b", "iframe", "object"})
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;" in html
    assert "&lt;img src=x onerror=&quot;document" in html
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in html  # the front matter title
    assert "&lt;b&gt;evil&lt;/b&gt;.txt" in html  # the path
    assert "&amp;amp;" in html  # '&amp;' in the article is shown as written


def test_report_html_content_security_policy_allows_only_its_own_script():
    html = render("html", [planted_result()])
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert digest == script_hash()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert f"script-src '{digest}'" in csp and "default-src 'none'" in csp and "img-src 'none'" in csp
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html), "nothing may be fetched"


def test_report_html_every_finding_has_a_badge_a_panel_entry_and_linked_figures():
    result = planted_result()
    html = render("html", [result])
    ids, links = ids_and_links(html)
    assert {"f-1", "fi-1"} <= ids
    dom = DOM(html)
    badge = dom.by_id("f-1")
    assert badge.tag == "a" and badge.attrs["href"] == "#fi-1" and badge.text == "E1"
    assert "51 + 43 = 94 &gt; 82" not in badge.attrs["aria-label"]  # an attribute, parsed: plain text
    assert "51 + 43 = 94 > 82" in badge.attrs["aria-label"]
    figures = dom.find("mark", data_f="1")
    assert [(m.text, "fig-main" in m.classes) for m in figures] == [("82", True), ("51", False), ("43", False)]
    panel_links = [a.attrs["href"] for a in dom.find("a", cls="figlink")]
    assert panel_links == [f"#{m.attrs['id']}" for m in figures]
    assert dom.by_id("fi-1").text.count("51 + 43 = 94 > 82 (82)") == 1
    assert set(links) <= ids, f"links to nowhere: {set(links) - ids}"


def test_report_html_marks_every_quantity_by_kind():
    result = planted_result()
    text_marks = [m for m in DOM(render("html", [result])).find("mark") if "title" in m.attrs]  # not the legend
    assert [(m.text, sorted(c for c in m.classes if c.startswith("k-"))) for m in text_marks] == [
        ("82", ["k-count"]), ("51", ["k-count"]), ("43", ["k-count"]), ("40", ["k-count"]), ("Monday", ["k-date"])]
    assert text_marks[4].attrs["title"] == "date: Monday"
    assert text_marks[0].attrs["title"] == "count: 82 = 82\nE1, the figure flagged: " + result.findings[0].message


def test_report_html_shows_front_matter_and_markdown_structure():
    dom = DOM(render("html", [planted_result()]))
    article = dom.by_id("file-1")
    assert article.tag == "article"
    assert dom.by_id("h-1").text == "Casualty figures"
    meta = {dt.text: dd.text for dt, dd in zip(dom.find("dt"), dom.find("dd"), strict=False)}
    assert meta == {"date": "2021-06-08 (Tuesday)", "dateline": "Mosul"}
    heading = dom.find("h3")[0]
    assert heading.text == "Casualty figures" and heading.attrs["data-line"] == "7"
    paragraph = next(p for p in dom.find("p") if p.attrs.get("data-line") == "9")
    assert paragraph.text == "Soldiers shot dead 82E1 people, including 51 women and 43 children."
    assert {"flagged", "s-error"} <= paragraph.classes


def test_report_html_file_index_lists_files_with_their_errors():
    results = [planted_result("a.md"), FileResult(path="b.md", errors=[FileError(code="E100", path="b.md", message="no such file")]),
               FileResult(path="c.md", text="Nothing to see.\n",
                          extraction=Extraction(file="c.md", quantities=[], relations=[]))]
    html = render("html", results)
    dom = DOM(html)
    index = {r.attrs["id"]: [cell.text for cell in r.children] for r in dom.find("tr") if "id" in r.attrs}
    assert index == {
        "row-1": ["a.md", "Casualty figures", "1 error", "5"],
        "row-2": ["b.md", "✖ not checkedE100 no such file"],
        "row-3": ["c.md", "", "✓ no findings", "0"],
    }
    assert dom.by_id("file-2") is None, "a file that could not be read has no article"
    assert dom.by_id("file-3").tag == "article"
    assert "b.md: E100 no such file" in dom.find("section", cls="g-failed")[0].text
    assert "<title>factcheck report: 1 error in 3 files</title>" in html


def test_report_html_numbers_findings_across_files_and_groups_them_by_severity():
    first, second = planted_result("a.md"), planted_result("b.md")
    second.findings[0] = second.findings[0].model_copy(update={"severity": Severity.WARNING})
    dom = DOM(render("html", [first, second]))
    assert [b.text for b in dom.find("a", cls="badge")] == ["E1", "W2"]
    groups = [(s.attrs["class"], [li.attrs["id"] for li in dom.find("li", cls="finding") if li.text in s.text])
              for s in dom.find("section", cls="group")]
    assert groups == [("group g-error", ["fi-1"]), ("group g-warning", ["fi-2"])]
    assert "b.md:9:20" in dom.by_id("fi-2").text


def test_report_html_without_kept_text_still_anchors_every_finding():
    result = planted_result()
    result.text, result.extraction = None, None
    html = render("html", [result])
    ids, _links = ids_and_links(html)
    assert "f-1" in ids and "fi-1" in ids
    assert "The text was not kept" in html


def test_report_html_finding_outside_the_text_gets_a_badge_on_top():
    result = planted_result()
    result.findings[0] = result.findings[0].model_copy(update={"start": 5, "end": 10})  # in the front matter
    dom = DOM(render("html", [result]))
    orphans = dom.find("p", cls="orphans")
    assert len(orphans) == 1 and orphans[0].text.endswith("E1")


def test_report_html_nest_splits_crossing_spans_and_keeps_the_id_on_the_first_piece():
    spans = [_Span(0, 4, "i", {"id": "a", "class": "x"}), _Span(2, 6, "b", {"id": "b", "class": "y"})]
    assert nest("abcdef", 0, 6, spans) == (
        '<i id="a" class="x">ab<b id="b" class="y">cd</b></i><b class="y cont">ef</b>')


def test_report_html_nest_nests_contained_spans_and_escapes_between_them():
    spans = [_Span(2, 3, "b", {}), _Span(0, 5, "i", {})]
    assert nest("<a&b>", 0, 5, spans, {3: ["<sup>1</sup>"]}) == "<i>&lt;a<b>&amp;</b><sup>1</sup>b&gt;</i>"


def _shown_blocks(text: str, path: str) -> list[tuple[str, str, int, str]]:
    """The blocks the reader found, as the page shows them: (element, class, line, words)."""
    from factcheck.readers import read_text

    article = read_text(text, path)
    return [(*_html_block(b), b.line, " ".join(article.body[b.start:b.end].split())) for b in article.blocks]


def test_report_html_blocks_follow_the_markdown_structure():
    text = ("---\ntitle: T\n---\n# Head line\n\n*A standfirst.*\n\nOne paragraph\ngoes on.\n\n"
            "- first 2\n- second 3\n\n> quoted\n")
    got = _shown_blocks(text, "a.md")
    assert got == [("h3", "head", 4, "Head line"), ("p", "dek", 6, "A standfirst."),
                   ("p", "", 8, "One paragraph goes on."), ("p", "item", 11, "first 2"),
                   ("p", "item", 12, "second 3"), ("p", "quote", 14, "quoted")]


def test_report_html_blocks_follow_the_html_tags_with_file_line_numbers():
    text = ("<html><head><title>T</title></head><body>\n<h2>Big news</h2><p>First <em>one</em>.</p>\n"
            "<ul><li>an item</li></ul><blockquote>said so</blockquote></body></html>\n")
    got = _shown_blocks(text, "a.html")
    assert got == [("h4", "head", 2, "Big news"), ("p", "", 2, "First one ."), ("p", "item", 3, "an item"),
                   ("p", "quote", 3, "said so")]


def test_report_html_blocks_take_their_kind_from_the_parsed_tags_not_from_comments_or_scripts():
    text = ("<html><body><p>Intro here.</p>\n<div><!-- was <h2> -->Body text.</div>\n"
            "<div><script>x = '<li>'</script>More.</div></body></html>\n")
    assert _shown_blocks(text, "a.html") == [("p", "", 1, "Intro here."), ("p", "", 2, "Body text."),
                                            ("p", "", 3, "More.")]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_report_html_palette_meets_wcag_aa():
    for kind, (tint, line, _style, _label) in KIND_STYLES.items():
        assert contrast(INK, tint) >= 4.5, f"text on the {kind} tint"
        assert contrast(LIT, INK) >= 4.5
        assert contrast(line, tint) >= 3, f"the {kind} underline on its tint (non-text, 3:1)"
    for severity, (strong, pale) in SEVERITY_STYLES.items():
        assert contrast("#ffffff", strong) >= 4.5, f"white on the {severity} badge"
        assert contrast(strong, "#ffffff") >= 4.5 and contrast(strong, "#f9fafb") >= 4.5, f"{severity} heading"
        assert contrast(INK, pale) >= 4.5, f"text on a {severity} paragraph"
    assert contrast(MUTED, "#ffffff") >= 4.5 and contrast(MUTED, "#f9fafb") >= 4.5
    assert contrast(OK[0], OK[1]) >= 4.5


def test_report_html_kinds_differ_by_more_than_colour():
    styles = {style for _tint, _line, style, _label in KIND_STYLES.values()}
    labels = [label for *_rest, label in KIND_STYLES.values()]
    assert len(styles) >= 5 and len(set(labels)) == len(labels) == len(Kind)
    assert set(KIND_STYLES) == {k.value for k in Kind}


# --- end to end through the real pipeline -----------------------------------------------------

@pytest.fixture(scope="module")
def report_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html-report")
    (folder / "planted.md").write_text(PLANTED, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "seed.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return {p.stem: p for p in folder.iterdir()}


@pytest.fixture(scope="module")
def reports(report_files) -> dict[str, Path]:
    """One run over the three files and a missing one; a page for each file and one for all."""
    from factcheck.runner import RunOptions, check_paths

    folder = report_files["planted"].parent
    results = check_paths([*map(str, report_files.values()), str(folder / "missing.md")], RunOptions(keep_text=True))
    pages = {name: [r for r in results if Path(r.path).stem == name] for name in report_files}
    pages["all"] = results
    out = {}
    for name, chosen in pages.items():
        out[name] = folder / f"report-{name}.html"
        out[name].write_text(render("html", chosen), encoding="utf-8")
    return out


def test_report_html_seed_article_marks_all_its_figures(reports):
    from factcheck.api import extract_file

    extraction = extract_file(SEED)
    dom = DOM(reports["seed"].read_text(encoding="utf-8"))
    marks = [m for m in dom.find("mark") if "title" in m.attrs and "cont" not in m.classes]
    assert [m.text for m in marks] == [q.text for q in extraction.quantities]
    assert dom.by_id("h-1").text == "Aleppo truce revived as evacuation deal is agreed"
    assert {dt.text: dd.text for dt, dd in zip(dom.find("dt"), dom.find("dd"), strict=False)}["dateline"] == "Aleppo"
    assert dom.find("p", cls="none"), "the seed article has no findings"


def test_report_html_planted_file_links_the_real_finding(reports):
    dom = DOM(reports["planted"].read_text(encoding="utf-8"))
    assert [b.text for b in dom.find("a", cls="badge")] == ["E1"]
    assert [m.text for m in dom.find("mark", data_f="1")] == ["82", "51", "43"]
    assert "part-exceeds-whole" in dom.by_id("fi-1").text


def test_report_html_cli_writes_the_page(report_files, tmp_path):
    from factcheck.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", "--format", "html", "-o", str(out), str(report_files["planted"])])
    assert result.exit_code == 1, result.output  # findings
    html = out.read_text(encoding="utf-8")
    assert 'id="f-1"' in html and "part-exceeds-whole" in html


# --- in the browser ---------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(chromium.find() is None,
                                    reason=f"headless Chromium not installed ({chromium.INSTALL})")


@needs_chromium
def test_report_html_browser_harness_would_catch_an_unescaped_script(tmp_path):
    page = tmp_path / "unsafe.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p>"
                    "<script>document.documentElement.setAttribute('data-pwned','script')</script>"
                    "</body></html>", encoding="utf-8")
    assert 'data-pwned="script"' in chromium.load(page)


@needs_chromium
def test_report_html_browser_hostile_article_runs_no_script(reports):
    dom = DOM(chromium.load(reports["all"], screenshot=ARTIFACTS / "report-all.png", window="1400,2600"))
    assert not [el for el in dom.elements if "data-pwned" in el.attrs], "a script from the article ran"
    assert dom.find("title")[0].text.startswith("factcheck report: 1 error in 4 files")
    assert dom.find("body")[0].attrs.get("data-ready") == "1", "the page's own script ran"
    assert len(dom.find("script")) == 1 and not dom.find("img")
    shown = " ".join(p.text for p in dom.find("p") if p.attrs.get("data-line"))
    assert "<script>document.title='pwned'" in shown and "onerror=" in shown


@needs_chromium
def test_report_html_browser_escaping_holds_without_the_content_security_policy(reports, tmp_path):
    html = reports["hostile"].read_text(encoding="utf-8")
    page = tmp_path / "no-csp.html"
    page.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html), encoding="utf-8")
    assert "Content-Security-Policy" not in page.read_text(encoding="utf-8")
    dom = DOM(chromium.load(page))
    assert not [el for el in dom.elements if "data-pwned" in el.attrs], "a script from the article ran"
    assert dom.find("title")[0].text == "factcheck report: no findings in 1 file"
    assert dom.find("body")[0].attrs.get("data-ready") == "0"


@needs_chromium
def test_report_html_browser_deep_link_opens_the_finding_with_its_figures(reports):
    dom = DOM(chromium.load(reports["planted"], "#f-1", screenshot=ARTIFACTS / "report-planted.png",
                            window="1200,800"))
    assert dom.find("body")[0].attrs.get("data-active") == "1"
    lit = [m.text for m in dom.find("mark", cls="lit")]
    assert lit == ["82", "51", "43"]
    assert "current" in dom.by_id("fi-1").classes
    pop = dom.by_id("pop")
    assert "hidden" not in pop.attrs and "51 + 43 = 94 > 82 (82)" in pop.text
    assert len(dom.find("path")) == 2, "a connector from the flagged figure to each related one"


@needs_chromium
def test_report_html_browser_seed_report_renders(reports):
    dom = DOM(chromium.load(reports["seed"], screenshot=ARTIFACTS / "report-seed.png", window="1400,3000"))
    assert dom.find("body")[0].attrs.get("data-ready") == "0"
    assert len([m for m in dom.find("mark") if "title" in m.attrs]) >= 30
