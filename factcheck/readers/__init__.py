"""Readers: a file (plain text, Markdown, HTML) in, one :class:`Article` out, offsets kept.

Every reader returns the whole file text and a body of the same length in which
everything that is not prose (front matter, markup) is blanked with spaces.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from pathlib import Path

from factcheck.errors import InputError, excerpt
from factcheck.limits import DEFAULT_MAX_BYTES  # re-exported: the reader's default limit
from factcheck.readers.blocks import find_blocks
from factcheck.readers.frontmatter import parse_date, split_front_matter
from factcheck.readers.markdown import blank_markup
from factcheck.records import Article

PLAIN_SUFFIXES = {"", ".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

_BOMS = [  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


# Files that are not text, by their first bytes: the format is named in the error.
_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .odt, .epub and .xlsx files are ZIP archives)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
]
# Bytes of text (all but the C0 controls other than tab, line breaks and form feed); a file
# whose first 8 KB hold more than 10% of other bytes is binary.
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r\f\v\x1b")
# A stretch this long without a letter, digit or line break is not prose (rules, ASCII art,
# "((((((((...": spaCy would make a token of each character); the body blanks it.
_NOT_PROSE = re.compile(r"[^\w\n]{200,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _blank_span(text: str) -> str:
    return re.sub(r"[^\r\n]", " ", text)


def _blank_non_prose(body: str) -> str:
    return _NOT_PROSE.sub(lambda m: _blank_span(m.group()), body)


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-16/32 by their BOM, else ``encoding`` (default UTF-8).

    A byte order mark is not part of the text (as in editors, it takes no column): offsets
    and columns count from the first character after it.
    """
    if encoding is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                try:
                    return data[len(bom):].decode(name)
                except UnicodeDecodeError as exc:
                    raise InputError(f"not valid {name.upper()}: bad data at byte {exc.start + len(bom)}",
                                     path=path) from None
        for signature, what in _SIGNATURES:
            if data.startswith(signature):
                raise InputError(f"this is {what}, not text; export the article as .txt, .md or .html", path=path)
        head = data[:8192]
        if b"\x00" in head:
            hint = " (UTF-16 without a byte order mark? try --encoding utf-16-le or utf-16-be)" \
                if head.count(0) > len(head) // 4 else ""
            raise InputError(f"binary file (NUL bytes); factcheck reads text, Markdown and HTML{hint}", path=path)
        if len(head.translate(None, _TEXT_BYTES)) > len(head) // 10:
            raise InputError("binary file (control bytes); factcheck reads text, Markdown and HTML", path=path)
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        byte = data[exc.start:exc.start + 1].hex() or "end"
        raise InputError(
            f"not valid {encoding.upper()}: byte 0x{byte} at offset {exc.start}"
            f" (try --encoding latin-1 or cp1252)",
            path=path,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding[:40]!r}", path=path) from None
    return text[1:] if text.startswith("\ufeff") else text


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
    """Build an :class:`Article` from text. ``fmt`` is 'plain', 'markdown' or 'html' (default: by path).

    A lone surrogate (text from Python built with surrogateescape or surrogatepass) becomes
    U+FFFD, one character for one: nothing downstream has to encode the impossible.
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if fmt is None:
        suffix = Path(path).suffix.lower()
        fmt = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "plain"
    block_tags = None
    if fmt == "html":
        from factcheck.readers.html import parse_html

        article, block_tags = parse_html(text, path)
        article.body = _blank_non_prose(article.body)
    else:
        metadata, body_start = split_front_matter(text, path)
        head = _blank_span(text[:body_start])
        rest = text[body_start:]
        if fmt == "markdown":
            rest = blank_markup(rest)
        body = head + _blank_non_prose(rest.replace("\ufeff", " "))
        article = Article(path=path, text=text, body=body, metadata=metadata)
    article.blocks = find_blocks(text, article.body, fmt, block_tags)
    meta = article.metadata
    article.title = article.title or (str(meta["title"]) if meta.get("title") else None)
    article.date = parse_date(meta.get(date_field), path, date_field)
    if meta.get(dateline_field):
        article.dateline = str(meta[dateline_field]).strip() or None
    if date is not None:
        try:
            article.date = parse_date(date, path, "date")
        except InputError:
            raise InputError(f"date {excerpt(date)} is not a date (YYYY-MM-DD)", path=path) from None
    if dateline is not None:
        article.dateline = dateline.strip() or None
    if article.date is None and (opening := opening_dateline(article.body)) is not None:
        # "WELLINGTON, 14 June 2025 - The bridge ...": wire copy dates itself where the story opens
        place, article.date = opening
        article.dateline = article.dateline or place
    if article.date is not None and not FIRST_DATE <= article.date <= LAST_DATE:
        raise InputError(f"publication date {article.date.isoformat()} is outside {FIRST_DATE.year:04d}-"
                         f"{LAST_DATE.year:04d}: dates reckoned from it ('last Friday', '40 years ago') would fall "
                         f"off the calendar", path=path, line=_line_of_key(text, date_field) if date is None else None)
    return article


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a wire dateline opening the body: a place in capitals, a full date, then a dash ("WELLINGTON, 14 June 2025 -",
# "ST. JOHN'S, N.L., Oct. 3, 2024 —", "LAGOS, Nigeria, March 5, 2024 /PRNewswire/ --")
_OPENING_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’ -]{0,30}[A-Za-z.])?)\s*,\s*"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?)\s+(?P<year>\d{{4}})"
    r"\s*(?:/[^/\n]{1,30}/)?\s*(?:[-–—]+|\()")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def opening_dateline(body: str) -> tuple[str, dt.date] | None:
    """The place and date of a wire dateline that opens the body, or None: "WELLINGTON, 14 June 2025 - ..."."""
    m = _OPENING_DATELINE.match(body)
    if m is None:
        return None
    month = _MONTHS.index((m.group("month") or m.group("month2"))[:3].lower()) + 1
    try:
        day = dt.date(int(m.group("year")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None
    return m.group("place").strip(), day


# A publication date this far from the ends of the calendar keeps every date reckoned from it
# ("next Friday", "40 years ago", "in 200 years") within what datetime can hold.
FIRST_DATE = dt.date(1000, 1, 1)
LAST_DATE = dt.date(9000, 12, 31)


def _line_of_key(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", text[:10_000], re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


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
            f"unknown file type {suffix!r}; factcheck reads .txt, .md and .html (export the article as one of those)",
            path=name,
        )
    try:
        data = read_bounded(p, max_bytes)
    except FileTooLarge as exc:
        raise _too_large(exc.size, max_bytes, name, more=exc.more) from None
    except IsADirectoryError:
        raise InputError("is a directory, not an article file", path=name) from None
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {describe_os_error(exc)}", path=name) from None
    text = decode(data, name, encoding)
    return read_text(text, name, **options)


class FileTooLarge(OSError):
    def __init__(self, size: int, more: bool) -> None:
        super().__init__(f"more than {size} bytes" if more else f"{size} bytes")
        self.size, self.more = size, more


class NotRegularFile(OSError):
    """A FIFO, a socket or a device where a file was expected: reading it could block or never end."""


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError: a symlink loop is named as such, not as 'no such file'."""
    import errno

    if isinstance(exc, NotRegularFile):
        return str(exc)
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or str(exc)


def read_bounded(path: str | os.PathLike, max_bytes: int, *, devices: bool = True) -> bytes:
    """The bytes of a file, never more than ``max_bytes`` (:class:`FileTooLarge` past it), never
    blocking: a FIFO or a socket is refused (:class:`NotRegularFile`) before anything waits on it;
    a device (``/dev/zero``) is read up to the limit only if ``devices``. Other failures are the
    OSError of the system call (FileNotFoundError, PermissionError, ELOOP...)."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            raise NotRegularFile(f"is a {'FIFO (named pipe)' if stat.S_ISFIFO(mode) else 'socket'}, "
                                 f"not a regular file")
        if not stat.S_ISREG(mode) and not devices:
            raise NotRegularFile("is a device, not a regular file")
        if stat.S_ISREG(mode) and info.st_size > max_bytes:
            raise FileTooLarge(info.st_size, False)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise FileTooLarge(max_bytes + 1, True)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(size: int, max_bytes: int, name: str, more: bool = False) -> InputError:
    return InputError(f"file is {'more than ' if more else ''}{size - more:,} bytes, above the limit of "
                      f"{max_bytes:,} bytes (raise it with --max-bytes)", path=name)
