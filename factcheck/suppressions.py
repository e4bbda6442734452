"""Inline suppressions: comments in the article that silence rules on some lines.

In Markdown and HTML (read from the raw file text, where the reader blanked them)::

    <!-- factcheck-disable part-exceeds-whole -->     from this line on, for that rule
    <!-- factcheck-enable part-exceeds-whole -->      ... to this line (inclusive)
    <!-- factcheck-disable -->                        every rule, until <!-- factcheck-enable -->
    <!-- factcheck-disable-next-line part-exceeds-whole -->   the next line that holds prose
    <!-- factcheck-disable-line -->                   the comment's own line(s)

Several ids are separated by commas or spaces; an id may also be a check kind
(``part_whole``). Anything after `` -- `` is a reason, for the reader:
``<!-- factcheck-disable-next-line part-exceeds-whole -- the agency's own figures -->``.
An ``enable`` of one rule inside a ``disable`` of all rules turns that rule back on.
A region with no ``enable`` runs to the end of the file.

A finding is suppressed when the line of its primary figure lies in a region that covers
its rule. With ``report_unused_suppressions``, a comment that suppressed nothing of a rule
that ran gives an info finding ``unused-suppression`` at the comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.findings import Finding, Severity

UNUSED_RULE = "unused-suppression"
ALL = "*"

_OPENING = re.compile(r"<!--\s*factcheck-(disable-next-line|disable-line|disable|enable)(?![\w-])")
_ID = re.compile(r"[^\s,]+")


class _Lines:
    """Offset to (line, column), built with one C-speed scan (LineIndex walks the text in Python)."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


@dataclass
class Directive:
    """One suppression comment as written."""

    action: str  # 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
    rules: tuple[str, ...]  # empty: every rule
    start: int
    end: int
    line: int
    column: int
    text: str
    used: set[str] = field(default_factory=set)  # ids (or ALL) that suppressed something

    @property
    def names(self) -> tuple[str, ...]:
        return self.rules or (ALL,)


@dataclass
class Region:
    """Lines ``first`` to ``last`` (None: to the end) where ``rules`` are off, bar ``exceptions``."""

    directive: Directive
    rules: frozenset[str] | None  # None: every rule
    first: int
    last: int | None
    exceptions: frozenset[str] = frozenset()

    def covers(self, finding: Finding) -> str | None:
        """The name under which this region silences ``finding`` (an id, a kind or ALL), or None."""
        if finding.line < self.first or (self.last is not None and finding.line > self.last):
            return None
        if self.rules is None:
            if finding.rule in self.exceptions or finding.kind in self.exceptions:
                return None
            return ALL
        for name in (finding.rule, finding.kind):
            if name in self.rules:
                return name
        return None


def _comments(text: str):
    """(start, end) of every closed ``<!-- ... -->`` comment, in one pass (an unclosed one ends the scan)."""
    at = 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        at = end + 3


def parse_directives(text: str) -> list[Directive]:
    """Every ``factcheck-...`` comment of ``text``, in order (time linear in the text)."""
    index = _Lines(text)
    out = []
    for start, end in _comments(text):
        m = _OPENING.match(text, start, end)
        if not m:
            continue
        ids = text[m.end():end - 3].split(" --", 1)[0]
        line, column = index.position(start)
        out.append(Directive(action=m.group(1), rules=tuple(_ID.findall(ids)), start=start, end=end,
                             line=line, column=column, text=text[start:end]))
    return out


class _ProseLines:
    """The numbers of the lines that hold something besides comments, found once per text."""

    def __init__(self, text: str) -> None:
        pieces, at = [], 0
        for start, end in _comments(text):
            pieces.append(text[at:start])
            pieces.append("\n" * text.count("\n", start, end))  # a comment keeps only its line breaks
            at = end
        pieces.append(text[at:])
        self.lines = [n for n, line in enumerate("".join(pieces).split("\n"), start=1) if line.strip()]

    def after(self, line: int) -> int:
        """The first prose line after ``line`` (``line + 1`` when there is none)."""
        from bisect import bisect_right

        i = bisect_right(self.lines, line)
        return self.lines[i] if i < len(self.lines) else line + 1


def regions(text: str, directives: list[Directive] | None = None) -> list[Region]:
    """The regions the comments of ``text`` switch off."""
    if directives is None:
        directives = parse_directives(text)
    index = _Lines(text)
    prose = _ProseLines(text) if any(d.action == "disable-next-line" for d in directives) else None
    out: list[Region] = []
    open_: dict[str, Region] = {}  # rule id / kind, or ALL -> open region
    for d in directives:
        last_line = index.position(max(d.start, d.end - 1))[0]
        if d.action == "disable-line":
            out.append(Region(d, frozenset(d.rules) or None, d.line, last_line))
        elif d.action == "disable-next-line":
            assert prose is not None  # made whenever a directive is disable-next-line
            target = prose.after(index.position(d.end)[0] if d.end < len(text) else text.count("\n") + 1)
            out.append(Region(d, frozenset(d.rules) or None, target, target))
        elif d.action == "disable":
            for name in d.names:
                if name not in open_:
                    region = Region(d, None if name == ALL else frozenset({name}), d.line, None)
                    open_[name] = region
                    out.append(region)
        else:  # enable
            names = d.names if d.rules else tuple(open_)
            for name in names:
                closed = open_.pop(name, None)
                if closed is not None:
                    closed.last = d.line
            if d.rules and ALL in open_:  # re-enable some rules inside a disable-all
                whole = open_.pop(ALL)
                whole.last = d.line - 1
                if whole.last < whole.first:
                    out.remove(whole)
                rest = Region(whole.directive, None, d.line, None, whole.exceptions | frozenset(d.rules))
                open_[ALL] = rest
                out.append(rest)
    return out


def apply_suppressions(findings: list[Finding], text: str, *, path: str | None = None,
                       active: set[str] | None = None,
                       report_unused: bool = False) -> tuple[list[Finding], int, list[Finding]]:
    """Drop the findings the comments of ``text`` suppress.

    Returns (kept findings, number suppressed, unused-suppression findings). ``active`` is the
    set of rule ids and kinds that ran: only those can be reported as unused.
    """
    directives = parse_directives(text)
    if not directives:
        return findings, 0, []
    spans = regions(text, directives)
    kept: list[Finding] = []
    suppressed = 0
    by_line: dict[int, list[Region]] = {}  # one-line regions by line: a comment per line stays linear
    ranged: list[Region] = []
    for region in spans:
        if region.last == region.first:
            by_line.setdefault(region.first, []).append(region)
        else:
            ranged.append(region)
    for f in findings:
        candidates = by_line.get(f.line, []) + ranged
        hits = [(region, name) for region in candidates if (name := region.covers(f))]
        if hits:
            suppressed += 1
            for region, name in hits:
                region.directive.used.add(name)
        else:
            kept.append(f)
    unused: list[Finding] = []
    if report_unused:
        for d in directives:
            if d.action == "enable":
                continue
            idle = [n for n in d.names if n not in d.used and (n == ALL or active is None or n in active)]
            if not idle:
                continue
            what = "every rule" if idle == [ALL] else ", ".join(idle)
            unused.append(Finding(
                rule=UNUSED_RULE, kind="suppression", severity=Severity.INFO,
                message=f"factcheck-{d.action} of {what} suppressed nothing; remove it",
                start=d.start, end=d.end, line=d.line, column=d.column, text=d.text,
                path=path or "<text>",
            ))
    return kept, suppressed, unused
