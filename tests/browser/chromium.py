"""Drive Debian's headless Chromium from tests: dump the DOM after scripts ran, take a screenshot.

Install it with ``apt-get install -y chromium``; tests skip when :func:`find` returns None.
Each call starts a fresh browser with its own profile folder, no network services and no sandbox
(tests run as root in CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
]
INSTALL = "apt-get update && apt-get install -y chromium"


def find() -> str | None:
    """The Chromium binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(page: Path | str, extra: list[str], fragment: str = "", timeout: float = 90) -> str:
    binary = find()
    if binary is None:
        raise RuntimeError(f"chromium is not installed ({INSTALL})")
    url = Path(page).resolve().as_uri() + fragment
    with tempfile.TemporaryDirectory(prefix="factcheck-chromium-") as profile:
        proc = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *extra, url],
            capture_output=True, text=True, timeout=timeout, env={**os.environ, "LANG": "C.UTF-8"},
        )
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout


def load(page: Path | str, fragment: str = "", *, screenshot: Path | str | None = None,
         window: str = "1400,1000") -> str:
    """Open ``page`` (a file) at ``#fragment``; return its serialized DOM once its scripts ran,
    and save a PNG of the viewport to ``screenshot`` if given.

    Keep ``window`` tall enough that the page need not scroll: headless screenshots of a
    scrolled page come out shifted.
    """
    extra = ["--dump-dom", f"--window-size={window}"]
    if screenshot is not None:
        screenshot = Path(screenshot)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.unlink(missing_ok=True)
        extra.append(f"--screenshot={screenshot}")
    dom = _run(page, extra, fragment)
    if screenshot is not None and not screenshot.exists():
        raise RuntimeError(f"chromium wrote no screenshot to {screenshot}")
    return dom


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = {k: (v or "") for k, v in attrs.items()}
        self.text = ""
        self.children: list[Element] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>{self.text[:40]!r}"


class DOM(HTMLParser):
    """A flat list of the elements of an HTML string, each with its attributes and its text."""

    VOID: ClassVar[set[str]] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        el = Element(tag, dict(attrs))
        self.elements.append(el)
        if self._open:
            self._open[-1].children.append(el)
        if tag not in self.VOID:
            self._open.append(el)

    def handle_endtag(self, tag):
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        for el in self._open:
            el.text += data

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for el in self.elements:
            if tag and el.tag != tag:
                continue
            if cls and cls not in el.classes:
                continue
            if any(el.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            out.append(el)
        return out

    def by_id(self, ident: str) -> Element | None:
        return next((el for el in self.elements if el.attrs.get("id") == ident), None)
