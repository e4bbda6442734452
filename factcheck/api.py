"""The library API the CLI wraps: extract and check, from text or from a file."""

from __future__ import annotations

import datetime as dt
import os

from factcheck.findings import Finding
from factcheck.readers import read_file, read_text
from factcheck.records import Article, Extraction


def extract(text: str, date: dt.date | str | None = None, dateline: str | None = None, *,
            fmt: str = "plain", path: str = "<text>", pipeline: str | None = None) -> Extraction:
    """Every quantity of ``text`` and the relations between them."""
    from factcheck.extraction import extract_article

    return extract_article(read_text(text, path, fmt=fmt, date=date, dateline=dateline), pipeline)


def extract_file(path: str | os.PathLike, date: dt.date | str | None = None, dateline: str | None = None,
                 *, pipeline: str | None = None, **read_options) -> Extraction:
    from factcheck.extraction import extract_article

    return extract_article(read_file(path, date=date, dateline=dateline, **read_options), pipeline)


def extract_and_check(article: Article, rules=None, *, pipeline: str | None = None, notes: list[str] | None = None,
                      report_unused_suppressions: bool = False) -> tuple[Extraction, list[Finding]]:
    """Extraction and findings of an article already read, inline suppression comments applied."""
    from factcheck.extraction import extract_article
    from factcheck.rulebook import default_rules, run_rules
    from factcheck.suppressions import apply_suppressions

    rules = default_rules() if rules is None else rules
    notes = [] if notes is None else notes
    extraction = extract_article(article, pipeline)
    findings = run_rules(article, extraction, rules, notes)
    findings, suppressed, unused = apply_suppressions(
        findings, article.text, path=article.path, active={r.id for r in rules} | {r.kind for r in rules},
        report_unused=report_unused_suppressions)
    if suppressed:
        notes.append(f"{suppressed} finding{'s' if suppressed != 1 else ''} suppressed by inline comments")
    return extraction, sorted(findings + unused, key=lambda f: f.sort_key())


def check_article(article: Article, rules=None, *, pipeline: str | None = None) -> list[Finding]:
    """Findings for an article already read; ``rules`` is a list of rules (default: the default pack)."""
    return extract_and_check(article, rules, pipeline=pipeline)[1]


def check(text: str, date: dt.date | str | None = None, dateline: str | None = None, rules=None, *,
          fmt: str = "plain", path: str = "<text>", pipeline: str | None = None) -> list[Finding]:
    """Typed findings for ``text``: every place where its figures contradict each other."""
    return check_article(read_text(text, path, fmt=fmt, date=date, dateline=dateline), rules, pipeline=pipeline)


def check_file(path: str | os.PathLike, date: dt.date | str | None = None, dateline: str | None = None,
               rules=None, *, pipeline: str | None = None, **read_options) -> list[Finding]:
    return check_article(read_file(path, date=date, dateline=dateline, **read_options), rules, pipeline=pipeline)
