"""Markdown: blank the markup, keep the words where they stand.

The body handed to analysis has the same length as the file text; markup characters
(heading marks, emphasis, link targets, list markers, code blocks, HTML comments and tags)
become spaces, so every offset found in the body is an offset into the file.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

# Only the block structure is needed (which lines are code or raw HTML): inline parsing is off,
# which also keeps pathological inline markup ("[[[[..." x 50,000) from costing quadratic time.
_md = MarkdownIt("commonmark").enable("table").disable("inline")

# Inline markup, blanked wherever it appears (the words inside stay). Each pattern runs in
# linear time: no scan may cross the bracket or parenthesis that would start the next attempt.
_LINK_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # "(url)", "(url (with) parens)", '(url "title")'
_INLINE = [
    re.compile(r"!?\[(?=[^\[\]]*\]" + _LINK_TARGET + ")"),  # opening bracket of a link or image
    re.compile(r"\]" + _LINK_TARGET),  # "](target)" of a link
    re.compile(r"\]\[[^\[\]]*\]"),  # "][ref]" of a reference link
    re.compile(r"</?[A-Za-z][^<>\n]*>"),  # inline HTML tags
    re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"),  # *emphasis* / **strong**
    re.compile(r"(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)"),  # _emphasis_
    re.compile(r"~~"),
    re.compile(r"`+"),
]
_LINE_START = re.compile(
    r"^(?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?"
)
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]+\]:[ \t]*\S.*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t|:-]+$")


def _blank(text: str) -> str:
    return re.sub(r"[^\r\n]", " ", text)


def _blank_comments(text: str) -> str:
    """Blank HTML comments (suppressions are read from the raw text); an unclosed one is left as it is."""
    out = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        out.append(_blank(text[start:end + 3]))
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def blank_markup(body: str) -> str:
    """Return ``body`` with Markdown markup replaced by spaces, same length, newlines kept."""
    lines = body.splitlines(keepends=True)
    # Blocks that are not prose: fenced and indented code, raw HTML blocks.
    for token in _md.parse(body):
        if token.type in ("fence", "code_block", "html_block") and token.map:
            first, last = token.map
            for i in range(first, min(last, len(lines))):
                lines[i] = _blank(lines[i])
    out = []
    for line in lines:
        head = _LINE_START.match(line)
        if head and head.end():
            # a heading or list item is a block of its own: its marker's first character becomes a
            # line break, so the item starts a paragraph ("- £412m" and "- £236m" are not one list)
            block = head.group().strip() != ""
            line = ("\n" if block else " ") + " " * (head.end() - 1) + line[head.end():]
        stripped = line.strip()
        if "|" in line and (_TABLE_RULE.match(stripped) and "-" in stripped):
            line = _blank(line)
        elif stripped.startswith("|") or stripped.endswith("|"):
            first = line.index("|")
            line = line[:first] + "\n" + line[first + 1:].replace("|", " ")  # a table row is a paragraph
        out.append(line)
    text = "".join(out)
    text = _LINK_DEFINITION.sub(lambda m: _blank(m.group()), text)
    text = _blank_comments(text)
    for pattern in _INLINE:
        text = pattern.sub(lambda m: _blank(m.group()), text)
    # Setext heading underlines and thematic breaks.
    text = re.sub(r"^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$", lambda m: _blank(m.group()), text, flags=re.M)
    return text
