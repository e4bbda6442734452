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
from factcheck.records import LineIndex

UNUSED_RULE = "unused-suppression"
ALL = "*"

_DIRECTIVE = re.compile(
    r"<!--\s*factcheck-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*?)-->", re.S
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ID = re.compile(r"[^\s,]+")


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


def parse_directives(text: str) -> list[Directive]:
    """Every ``factcheck-...`` comment of ``text``, in order."""
    index = LineIndex(text)
    out = []
    for m in _DIRECTIVE.finditer(text):
        ids = m.group(2).split(" --", 1)[0]
        line, column = index.position(m.start())
        out.append(Directive(action=m.group(1), rules=tuple(_ID.findall(ids)), start=m.start(), end=m.end(),
                             line=line, column=column, text=m.group()))
    return out


def _next_prose_line(text: str, after: int) -> int:
    """The number of the first line after offset ``after``'s line holding something besides comments."""
    lines = text[after:].split("\n")
    blanked = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text[after:]).split("\n")
    base = text.count("\n", 0, after) + 1
    for i in range(1, len(lines)):
        if blanked[i].strip():
            return base + i
    return base + 1


def regions(text: str, directives: list[Directive] | None = None) -> list[Region]:
    """The regions the comments of ``text`` switch off."""
    if directives is None:
        directives = parse_directives(text)
    index = LineIndex(text)
    out: list[Region] = []
    open_: dict[str, Region] = {}  # rule id / kind, or ALL -> open region
    for d in directives:
        last_line = index.position(max(d.start, d.end - 1))[0]
        if d.action == "disable-line":
            out.append(Region(d, frozenset(d.rules) or None, d.line, last_line))
        elif d.action == "disable-next-line":
            target = _next_prose_line(text, d.end)
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
                region = open_.pop(name, None)
                if region is not None:
                    region.last = d.line
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
    for f in findings:
        hits = [(region, name) for region in spans if (name := region.covers(f))]
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
