"""Blocks of an article: paragraphs, headings, list items and quotes, found once by the reader.

Every reader leaves a body of the file's length with the markup blanked; the blocks are the
stretches of that body between blank lines, typed by the markup around them. Reports show the
article by its blocks (:attr:`factcheck.records.Article.blocks`) instead of guessing them again.
"""

from __future__ import annotations

import re

from factcheck.records import Block, LineIndex

_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")
_QUOTE = re.compile(r"[ \t]{0,3}>")
_TYPED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "p", "div"})


def find_blocks(text: str, body: str, markup: str = "plain",
                block_tags: list[tuple[int, str]] | None = None) -> list[Block]:
    """The blocks of ``body`` (markup blanked, same length as ``text``), typed by the markup around them.

    A paragraph ends at a blank line of the body. ``markup`` says how to read its kind from
    the file text: 'markdown' (``#`` headings, list items, ``>`` quotes, an ``*italic*``
    standfirst), 'html' (the last ``<h1>``..``<h6>``, ``<li>``, ``<blockquote>``, ``<p>`` or
    ``<div>`` the HTML parser opened before it: ``block_tags``, as (offset, tag) in order),
    anything else: plain paragraphs. Line numbers are those of the file.
    """
    tags = [(offset, tag) for offset, tag in block_tags or () if tag in _TYPED_TAGS]
    next_tag = 0
    lines = LineIndex(text)
    out: list[Block] = []
    current: Block | None = None
    offset = 0
    # Markdown: walk the file's lines (the body may start a list item with a line break where its
    # marker stood); HTML and plain text: the body's own lines (the HTML reader breaks at block tags)
    for piece in (text if markup == "markdown" else body).splitlines(keepends=True):
        line = body[offset:offset + len(piece)]
        raw = piece if markup == "markdown" else ""
        first = offset + (len(line) - len(line.lstrip()))
        last = offset + len(line.rstrip())
        offset += len(line)
        if first >= last:
            current = None
            continue
        heading = _HEADING.match(raw)
        if heading:
            out.append(Block(start=first, end=last, line=lines.position(first)[0], kind="heading",
                             level=len(heading.group(1))))
            current = None
        elif _LIST_ITEM.match(raw):
            current = Block(start=first, end=last, line=lines.position(first)[0], kind="item")
            out.append(current)
        elif current is not None and current.kind != "heading":
            current.end = last
        else:
            current = Block(start=first, end=last, line=lines.position(first)[0],
                            kind="quote" if _QUOTE.match(raw) else "paragraph")
            out.append(current)
    previous = 0
    for b in out:
        if markup == "markdown":  # "*A standfirst in italics.*": the stars are blanked in the body only
            before, after = text[b.start - 1:b.start], text[b.end:b.end + 1]
            if b.kind in ("paragraph", "quote", "item") and before in ("*", "_") and after == before \
                    and text[b.start - 2:b.start - 1] != before:
                b.standfirst = True
        elif markup == "html":
            tag = ""
            while next_tag < len(tags) and tags[next_tag][0] < b.start:
                if tags[next_tag][0] >= previous:
                    tag = tags[next_tag][1]
                next_tag += 1
            if tag.startswith("h"):
                b.kind, b.level = "heading", int(tag[1])
            elif tag in ("li", "dt", "dd"):
                b.kind = "item"
            elif tag == "blockquote":
                b.kind = "quote"
        previous = b.end
    return out
