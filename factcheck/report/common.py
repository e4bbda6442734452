"""What the machine-readable formats share: end positions, byte columns, rule docs, XML-safe text."""

from __future__ import annotations

import re
import textwrap
from functools import cache

from factcheck.findings import Figure, Finding

TOOL_NAME = "factcheck"

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(TOOL_NAME)
    except PackageNotFoundError:
        return "0.0.0"


def end_position(span: Finding | Figure, text: str | None = None) -> tuple[int, int]:
    """The 1-based (line, column) just after ``span`` (end exclusive, like SARIF's endColumn).

    From the file text when the run kept it; otherwise from the span's own text, which is the
    file text between ``start`` and ``end``.
    """
    if text is not None and 0 <= span.start <= span.end <= len(text):
        line = text.count("\n", 0, span.end) + 1
        return line, span.end - (text.rfind("\n", 0, span.end) + 1) + 1
    covered = span.text if len(span.text) == span.end - span.start else " " * (span.end - span.start)
    if "\n" not in covered:
        return span.line, span.column + len(covered)
    return span.line + covered.count("\n"), len(covered) - covered.rfind("\n")


def byte_column(text: str | None, offset: int, column: int) -> int:
    """The 1-based column of ``offset`` counted in UTF-8 bytes (reviewdog's unit); ``column`` if no text."""
    if text is None or not 0 <= offset <= len(text):
        return column
    line_start = text.rfind("\n", 0, offset) + 1
    return len(text[line_start:offset].encode("utf-8", "surrogatepass")) + 1


def xml_text(value: str) -> str:
    """``value`` with the characters XML 1.0 cannot carry replaced by U+FFFD (ElementTree escapes the rest)."""
    return _XML_ILLEGAL.sub("\ufffd", value)


def finding_detail(f: Finding) -> str:
    """The arithmetic and the compared figures, one per line, as the text report shows them."""
    lines = [f"= {f.arithmetic}"] if f.arithmetic else []
    lines.extend(f"- '{r.text}' at {f.path}:{r.line}:{r.column}" for r in f.related)
    return "\n".join(lines)


@cache
def kind_doc(kind: str) -> str:
    """The check kind's docstring, dedented ('' when the kind is unknown or cannot be imported)."""
    from factcheck.rulebook.registry import get_kind

    try:
        module = get_kind(kind)
    except ImportError:
        return ""
    doc = (module.__doc__ or "") if module is not None else ""
    first, _, rest = doc.strip().partition("\n")
    return (first.strip() + ("\n" + textwrap.dedent(rest) if rest else "")).strip()


def doc_sections(doc: str) -> tuple[str, dict[str, str]]:
    """A docstring's first line and its sections (an unindented heading, then indented lines)."""
    lines = doc.splitlines()
    summary = lines[0].strip() if lines else ""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[1:]:
        if line and not line[0].isspace():
            current = sections.setdefault(line.strip(), [])
        elif current is not None:
            current.append(line.strip())
    return summary, {k: " ".join(" ".join(v).split()) for k, v in sections.items()}
