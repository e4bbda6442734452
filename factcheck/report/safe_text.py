"""Every output stream made safe to show: no terminal control, no bidi trick, always encodable.

A file name, a dateline or an article's text can hold terminal escape sequences (set the window
title, clear the screen), bidi controls (text shown in another order than it is stored) and,
for file names that are not valid UTF-8, lone surrogates that no encoder accepts. Text formats
(text, github) show each as a visible escape (``\\x1b``, ``\\u202e``); JSON formats escape them
(``\\u001b``); XML formats write a character reference or U+FFFD; the HTML report replaces them
with U+FFFD, one character for one so that offsets into the article stay right.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls; bidi embeddings, overrides, isolates and
# marks; lone surrogates (a file name that is not UTF-8, decoded with surrogateescape).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In JSON, json.dumps already escapes C0; what remains reaches a terminal or a viewer raw.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In the HTML report the article is shown as written: marks (LRM, RLM, ALM) are kept for
# right-to-left text, embeddings, overrides and isolates are not.
_HTML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """Text for a terminal or a log: controls, bidi controls and lone surrogates shown as escapes."""
    return _UNSAFE.sub(_visible, text)


def for_json(text: str) -> str:
    """A JSON document with what json.dumps leaves raw (C1, bidi controls, lone surrogates) escaped."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def for_xml(text: str) -> str:
    """An XML document with bidi and C1 controls as character references, lone surrogates as U+FFFD."""
    def ref(match: re.Match) -> str:
        code = ord(match.group())
        return "\ufffd" if 0xD800 <= code <= 0xDFFF else f"&#x{code:X};"
    return _JSON_UNSAFE.sub(ref, text)


def for_html(text: str) -> str:
    """The HTML report with controls, bidi overrides and lone surrogates as U+FFFD (same length)."""
    return _HTML_UNSAFE.sub("\ufffd", text)


BY_FORMAT = {"text": for_terminal, "github": for_terminal, "json": for_json, "sarif": for_json,
             "rdjson": for_json, "junit": for_xml, "checkstyle": for_xml, "html": for_html}


def for_format(fmt: str, text: str) -> str:
    return BY_FORMAT.get(fmt, for_terminal)(text)
