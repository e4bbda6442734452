"""Run rules over an extraction and turn their hits into findings."""

from __future__ import annotations

import string

from factcheck.checks import CheckContext, Hit
from factcheck.findings import Figure, Finding
from factcheck.records import Article, Extraction, Quantity
from factcheck.rulebook.registry import get_kind, requires
from factcheck.rulebook.schema import Rule


class _Fields(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def figure(q: Quantity) -> Figure:
    return Figure(text=q.text, start=q.start, end=q.end, line=q.line, column=q.column, value=q.value)


MAX_MESSAGE = 2_000  # characters: a finding's message is a sentence


def render_message(template: str, fields: dict[str, object]) -> str:
    """The rule's message with the hit's fields; never raises, never longer than MAX_MESSAGE.

    The loader refuses nested and huge format specs; a spec that does not suit a field's value
    at run time ("{text:d}" on a word) leaves the template as written rather than losing the finding.
    """
    try:
        message = string.Formatter().vformat(template, (), _Fields(fields))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        message = template
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE - 3] + "..."


def to_finding(rule: Rule, hit: Hit, article: Article) -> Finding:
    q = hit.primary
    fields = {"text": q.text, **hit.fields}
    return Finding(
        rule=rule.id, kind=rule.kind, severity=hit.confidence.cap(rule.severity), confidence=hit.confidence,
        message=render_message(rule.message, fields),
        start=q.start, end=q.end, line=q.line, column=q.column, text=q.text,
        related=[figure(r) for r in hit.related], arithmetic=hit.arithmetic, path=article.path,
    )


def run_rules(article: Article, extraction: Extraction, rules: list[Rule],
              notes: list[str] | None = None) -> list[Finding]:
    """All findings of ``rules`` on one article, sorted by place."""
    context = CheckContext(article, extraction)
    present = {q.kind for q in extraction.quantities}
    findings: list[Finding] = []
    for rule in rules:
        check = get_kind(rule.kind)
        assert check is not None  # the loader refuses a rule of an unknown kind
        if not present & requires(rule.kind):
            continue  # none of the figures the kind reads
        for hit in check.run(context, rule.params):
            findings.append(to_finding(rule, hit, article))
    if notes is not None:
        notes.extend(context.notes)
    unique = {(f.rule, f.start, f.end, tuple((r.start, r.end) for r in f.related)): f for f in findings}
    return sorted(unique.values(), key=Finding.sort_key)
