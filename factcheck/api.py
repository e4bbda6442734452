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


def check_article(article: Article, rules=None, *, pipeline: str | None = None) -> list[Finding]:
    """Findings for an article already read; ``rules`` is a list of rules (default: the default pack)."""
    from factcheck.extraction import extract_article
    from factcheck.rulebook import default_rules, run_rules

    extraction = extract_article(article, pipeline)
    return run_rules(article, extraction, default_rules() if rules is None else rules)


def check(text: str, date: dt.date | str | None = None, dateline: str | None = None, rules=None, *,
          fmt: str = "plain", path: str = "<text>", pipeline: str | None = None) -> list[Finding]:
    """Typed findings for ``text``: every place where its figures contradict each other."""
    return check_article(read_text(text, path, fmt=fmt, date=date, dateline=dateline), rules, pipeline=pipeline)


def check_file(path: str | os.PathLike, date: dt.date | str | None = None, dateline: str | None = None,
               rules=None, *, pipeline: str | None = None, **read_options) -> list[Finding]:
    return check_article(read_file(path, date=date, dateline=dateline, **read_options), rules, pipeline=pipeline)
