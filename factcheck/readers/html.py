"""HTML: keep the prose where it stands, blank everything else.

The body has exactly the length of the file text. Tags, attributes, comments, doctype
and the content of elements that are not prose (``<head>``, ``<script>``, ``<style>``,
``<pre>``, ``<svg>``, ``<nav>`` ...) become spaces, newlines kept, so an offset found in
the body is an offset into the file. An entity is replaced by what it stands for followed
by spaces up to its length (``&amp;`` -> ``&    ``, ``&nbsp;`` -> five spaces), so the
prose still reads and nothing after it moves. A block-level tag (``<p>``, ``</div>``,
``<li>``, ``<h2>``, ``<br>``, ``<tr>`` ...) starts with a blank line (its first two
characters become ``\\n\\n``), so paragraphs end where the page's paragraphs end.

Metadata: ``<title>``; ``<meta name=... content=...>`` (also ``property=`` and
``itemprop=``), every one kept under its name, with ``date`` taken from ``date``,
``article:published_time``, ``dc.date``... and ``dateline`` from ``dateline``. A YAML front
matter block at the top (as static-site generators write it) is read too and wins.

Parsed with the standard library's :class:`html.parser.HTMLParser`, which is lenient with
broken markup and tells where each construct starts.

Limits: an entity inside a word splits it (``d&eacute;cor`` reads ``dé     cor``); text
put on the page by scripts or CSS is not seen.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser

from factcheck.errors import InputError, excerpt
from factcheck.readers.frontmatter import split_front_matter
from factcheck.records import Article

# Elements whose content is not prose.
SKIP = frozenset({"head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object",
                  "canvas", "pre", "nav", "select", "textarea", "button"})
# What a <head> may hold; any other start tag closes an unclosed <head> (as browsers do).
HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template", "head"})
# Tags that end a paragraph.
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "section", "summary", "table", "tbody",
    "tfoot", "thead", "tr", "ul",
})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})
# <meta> names that give the publication date, first found wins.
DATE_META = ("date", "article:published_time", "dc.date", "dcterms.date", "dc.date.issued",
             "dcterms.created", "pubdate", "publishdate", "publish-date", "og:published_time")

_CHARREF_TAIL = re.compile(r"(?:[0-9]+|[xX][0-9a-fA-F]+);?")
_ENTITY_TAIL = re.compile(r"[a-zA-Z][-.a-zA-Z0-9]*;?")


def _blank(text: str) -> list[str]:
    return [ch if ch in "\r\n" else " " for ch in text]


class _Reader(HTMLParser):
    def __init__(self, text: str, path: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.path = path
        self.body = _blank(text)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.skipping: list[str] = []  # open elements whose content is not prose, innermost last
        self.open_counts: dict[str, int] = {}  # how many of each are open: lookups in O(1), never a scan
        self.meta: dict[str, str] = {}
        self.meta_lines: dict[str, int] = {}
        self.title: str | None = None
        self.title_start: int | None = None
        self.block_tags: list[tuple[int, str]] = []  # (offset, tag) of each prose block element opened

    # -- the stack of skipped elements: push, pop to a tag; each element pushed and popped once --
    def _push(self, tag: str) -> None:
        self.skipping.append(tag)
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1

    def _pop_through(self, tag: str) -> None:
        """Close the innermost open ``tag`` and everything opened inside it."""
        while self.open_counts.get(tag):
            top = self.skipping.pop()
            self.open_counts[top] -= 1
            if top == tag:
                return

    def _pop_outermost(self, tag: str) -> None:
        """Close every open ``tag`` (the outermost included) and everything inside."""
        while self.open_counts.get(tag):
            self._pop_through(tag)

    def parse_html_declaration(self, i: int) -> int:
        """``<!...>``; a marked section the standard parser cannot read (``<![`` and no name) is
        skipped like a bogus comment instead of failing the file."""
        position = self.lineno, self.offset
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan moved it
            end = self.rawdata.find(">", i + 2)
            return end + 1 if end >= 0 else -1

    # -- where the parser stands --------------------------------------------------------------
    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        end = self.text.find(">", start)
        return len(self.text) if end < 0 else end + 1

    # -- prose --------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skipping or self.title_start is not None:
            return
        start = self._here()
        if self.text.startswith(data, start):  # always, unless the parser gave up on broken markup
            self.body[start:start + len(data)] = list(data)

    def _reference(self, raw_tail: re.Pattern, prefix: str) -> None:
        if self.skipping or self.title_start is not None:
            return
        start = self._here()
        match = raw_tail.match(self.text, start + len(prefix))
        if not match:
            return
        raw = self.text[start:match.end()]
        decoded = html.unescape(raw)
        if decoded == raw or len(decoded) > len(raw):
            return  # not an entity after all, or one that does not fit: stays blank
        decoded = "".join(" " if ch.isspace() else ch for ch in decoded)
        self.body[start:start + len(raw)] = list(decoded.ljust(len(raw)))

    def handle_entityref(self, name: str) -> None:
        self._reference(_ENTITY_TAIL, "&")

    def handle_charref(self, name: str) -> None:
        self._reference(_CHARREF_TAIL, "&#")

    # -- tags ---------------------------------------------------------------------------------
    def _paragraph_break(self, start: int, end: int) -> None:
        if end - start >= 2:
            self.body[start] = self.body[start + 1] = "\n"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        start = self._here()
        raw = self.get_starttag_text() or ""
        end = start + len(raw) if self.text.startswith(raw, start) else self._tag_end(start)
        if self.open_counts.get("head") and tag not in HEAD_CONTENT:
            self._pop_outermost("head")
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "title" and not closed and self.title is None and not self.open_counts.get("svg"):
            self.title_start = end
        if tag in SKIP and not closed:
            self._push(tag)
        if tag in BLOCK and not self.skipping:
            self._paragraph_break(start, end)
            self.block_tags.append((start, tag))

    def handle_endtag(self, tag: str) -> None:
        start = self._here()
        if tag == "title" and self.title_start is not None:
            self.title = " ".join(html.unescape(self.text[self.title_start:start]).split()) or None
            self.title_start = None
        if self.open_counts.get(tag):
            self._pop_through(tag)
            return
        if tag in BLOCK and not self.skipping:
            self._paragraph_break(start, self._tag_end(start))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        content = attrs.get("content")
        if not name or content is None:
            return
        key = name.strip().lower()
        if key not in self.meta:
            self.meta[key] = content.strip()
            self.meta_lines[key] = self.getpos()[0]


def read_html(text: str, path: str = "<text>") -> Article:
    """Build an :class:`Article` from HTML text: prose kept in place, all else blanked."""
    return parse_html(text, path)[0]


def parse_html(text: str, path: str = "<text>") -> tuple[Article, list[tuple[int, str]]]:
    """The :class:`Article` of HTML text and the block elements the parser opened, as
    (offset, tag) in order: what tells a heading, a list item or a quote from a paragraph."""
    front, body_start = split_front_matter(text, path)
    head = "".join(_blank(text[:body_start]))
    reader = _Reader(head + text[body_start:], path)
    reader.feed(reader.text)
    reader.close()
    body = "".join(reader.body).replace("\ufeff", " ")
    metadata: dict = dict(reader.meta)
    if reader.title:
        metadata.setdefault("title", reader.title)
    for key in DATE_META if "date" not in front else ():
        if key in reader.meta:
            value = reader.meta[key]
            try:
                dt.date.fromisoformat(value[:10])
            except ValueError:
                raise InputError(f"<meta {key}> is not a date (YYYY-MM-DD): {excerpt(value)}", path=path,
                                 line=reader.meta_lines[key]) from None
            metadata["date"] = value[:10]
            break
    metadata.update(front)
    title = str(metadata["title"]) if metadata.get("title") else None
    return Article(path=path, text=text, body=body, title=title, metadata=metadata), reader.block_tags


__all__ = ["parse_html", "read_html"]
