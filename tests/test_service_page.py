"""The editors' page of ``factcheck serve`` in headless Chromium: an article typed key by key, the
report updating once typing stops, the finding on its figure, and typed markup shown, never run."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium
from service_process import running_server

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium.find() is None,
                                                   reason=f"headless Chromium not installed ({chromium.INSTALL})")]

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FRAME = "document.getElementById('report').contentDocument"


@pytest.fixture(scope="module")
def page():
    from browser.cdp import Browser

    with running_server("--workers", "1") as (base, _proc), Browser() as browser:
        browser.open(base + "/")
        # count the requests the page makes, to see that it waits for typing to stop
        browser.evaluate("window.sent = 0; var f = window.fetch; window.fetch = function () { window.sent++; "
                         "return f.apply(this, arguments); }; true")
        yield browser


def shown(browser, tail: str) -> None:
    """Wait until the report shows the text as typed to its end (``tail``): no later update comes."""
    browser.wait_for(f"{FRAME}.querySelector('.text') && "
                     f"{FRAME}.querySelector('.text').textContent.trim().endsWith({tail!r}) && "
                     f"{FRAME}.body.hasAttribute('data-ready')")


def frame_marks(browser, selector: str) -> list[str]:
    return browser.evaluate(f"Array.from({FRAME}.querySelectorAll({selector!r})).map(function (m) "
                            "{ return m.textContent; })")


def test_service_page_typed_article_shows_the_finding_on_its_figure(page):
    page.evaluate("var d = document.getElementById('date'); d.value = '2023-12-14'; "
                  "d.dispatchEvent(new Event('change')); true")
    page.type("#dateline", "Aleppo", delay=0)
    article = ("Some 15,000 people left at 6am (4am GMT).\n\n"
               "Soldiers shot dead 82 people, including 51 women and 43 children.")
    page.type("#text", article)
    shown(page, "43 children.")
    page.wait_for(f"{FRAME}.querySelectorAll('a.badge').length === 2")
    # one request per pause in typing, not per key (a busy machine may pause the typing now and then)
    assert page.evaluate("window.sent") <= len(article) // 10
    assert frame_marks(page, ".text mark[data-f~='1']") == ["6am", "4am GMT"]
    assert frame_marks(page, ".text mark[data-f~='2']") == ["82", "51", "43"]
    assert frame_marks(page, ".text mark.fig-main") == ["6am", "82"]
    assert frame_marks(page, "a.badge") == ["E1", "E2"]
    panel = page.evaluate(f"{FRAME}.getElementById('fi-2').textContent")
    assert "part-exceeds-whole" in panel and "51 + 43 = 94 > 82" in panel  # the arithmetic
    assert page.evaluate(f"{FRAME}.body.getAttribute('data-ready')") == "2", "the report's own script ran"
    assert page.evaluate("document.getElementById('status').textContent").startswith("Checked")
    page.screenshot(ARTIFACTS / "service-page.png")


def test_service_page_follows_edits_and_a_clean_text_clears_the_findings(page):
    page.evaluate("var t = document.getElementById('text'); t.select(); true")
    page.type("#text", "Soldiers shot dead 82 people, including 61 women and 43 children.", delay=0.005)
    shown(page, "61 women and 43 children.")
    page.wait_for(f"{FRAME}.querySelectorAll('a.badge').length === 1 && "
                  f"{FRAME}.querySelector('.text mark[data-f]').textContent === '82' && "
                  f"{FRAME}.querySelector('.text').textContent.indexOf('61 women') >= 0")
    assert frame_marks(page, ".text mark[data-f~='1']") == ["82", "61", "43"]
    page.evaluate("var t = document.getElementById('text'); t.value = t.value.replace('82', '192'); "
                  "t.dispatchEvent(new Event('input')); true")
    page.wait_for(f"{FRAME}.querySelectorAll('a.badge').length === 0 && "
                  f"{FRAME}.querySelector('.text').textContent.indexOf('192') >= 0")
    assert frame_marks(page, ".text mark") == ["192", "61", "43"]
    assert page.evaluate(f"{FRAME}.querySelector('aside p.none') !== null")


def test_service_page_shows_typed_markup_as_text_and_runs_none_of_it(page):
    page.evaluate("var s = document.getElementById('format'); s.value = 'plain'; "
                  "s.dispatchEvent(new Event('change')); var t = document.getElementById('text'); t.select(); true")
    hostile = ("Crowd <script>parent.document.body.setAttribute('data-pwned','script')</script> of "
               "<img src=x onerror=\"parent.document.body.setAttribute('data-pwned','img')\"> 300 people.")
    page.type("#text", hostile, delay=0)
    shown(page, "300 people.")
    page.wait_for(f"{FRAME}.querySelector('main .text') && "
                  f"{FRAME}.querySelector('main .text').textContent.indexOf('<script>') >= 0")
    text = page.evaluate(f"{FRAME}.querySelector('main .text').textContent")
    assert "<img src=x onerror=" in text and "</script>" in text
    assert page.evaluate(f"{FRAME}.querySelectorAll('main .text script, main .text img').length") == 0
    assert page.evaluate("document.body.getAttribute('data-pwned')") is None
    assert page.evaluate(f"{FRAME}.body.getAttribute('data-pwned')") is None
