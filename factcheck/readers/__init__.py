"""Readers: a file (plain text, Markdown, HTML) in, one :class:`Article` out, offsets kept.

Every reader returns the whole file text and a body of the same length in which
everything that is not prose (front matter, markup) is blanked with spaces.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

from factcheck.errors import InputError
from factcheck.readers.frontmatter import parse_date, split_front_matter
from factcheck.readers.markdown import blank_markup
from factcheck.records import Article

PLAIN_SUFFIXES = {"", ".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def _blank_span(text: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in text)


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-16/32 by their BOM, else ``encoding`` (default UTF-8, BOM kept as a character)."""
    if encoding is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                try:
                    return data.decode(name)
                except UnicodeDecodeError as exc:
                    raise InputError(f"not valid {name.upper()} at byte {exc.start}", path=path) from None
        if b"\x00" in data[:8192]:
            raise InputError("binary file (NUL bytes); factcheck reads text, Markdown and HTML", path=path)
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding.upper()}: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            f" (try --encoding latin-1 or cp1252)",
            path=path,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from None


def read_text(
    text: str,
    path: str = "<text>",
    *,
    fmt: str | None = None,
    date: dt.date | str | None = None,
    dateline: str | None = None,
    date_field: str = "date",
    dateline_field: str = "dateline",
) -> Article:
    """Build an :class:`Article` from text. ``fmt`` is 'plain', 'markdown' or 'html' (default: by path)."""
    if fmt is None:
        suffix = Path(path).suffix.lower()
        fmt = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "plain"
    if fmt == "html":
        from factcheck.readers.html import read_html

        article = read_html(text, path)
    else:
        metadata, body_start = split_front_matter(text, path)
        head = _blank_span(text[:body_start])
        rest = text[body_start:]
        if fmt == "markdown":
            rest = blank_markup(rest)
        body = head + rest.replace("\ufeff", " ")
        article = Article(path=path, text=text, body=body, metadata=metadata)
    meta = article.metadata
    article.title = article.title or (str(meta["title"]) if meta.get("title") else None)
    article.date = parse_date(meta.get(date_field), path, date_field)
    if meta.get(dateline_field):
        article.dateline = str(meta[dateline_field]).strip() or None
    if date is not None:
        article.date = parse_date(date, path, "--date")
    if dateline is not None:
        article.dateline = dateline.strip() or None
    return article


def read_file(
    path: str | os.PathLike,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **options,
) -> Article:
    """Read one article file; raise :class:`InputError` with a one-line reason if it cannot be read."""
    name = str(path)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unknown file type {suffix!r}; factcheck reads .txt, .md and .html", path=name
        )
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1e6:.1f} MB, above the limit of {max_bytes / 1e6:.1f} MB (--max-bytes)",
                path=name,
            )
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory", path=name) from None
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    text = decode(data, name, encoding)
    return read_text(text, name, **options)
