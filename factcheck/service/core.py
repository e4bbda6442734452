"""One article text in, its findings out: what a service worker and the language server run.

The same steps as ``factcheck check`` on one file (``runner.check_one``), from text instead of
a file: read (``readers.read_text``), pick the rules of the run, extract and check
(``api.extract_and_check``), and answer in the JSON contract of ``--format json``
(``report.json_report``) or as the HTML report's page (``report.html``). Nothing here opens a
file: the path of a request is only a name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.findings import FileResult, Severity
from factcheck.readers import HTML_SUFFIXES, MARKDOWN_SUFFIXES, PLAIN_SUFFIXES

if TYPE_CHECKING:
    from factcheck.rulebook.schema import Rule

FORMATS = ("auto", "plain", "markdown", "html")
_SUFFIX = {"plain": ".txt", "markdown": ".md", "html": ".html"}
_LOOKS_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<article|<main|<section|<div|<p[\s>]|<h[1-6][\s>])",
                         re.I)


def detect_format(text: str, path: str = "<text>", fmt: str = "auto") -> str:
    """'plain', 'markdown' or 'html': as asked, else by the path's suffix, else by the text
    (HTML when it opens with an HTML tag; otherwise Markdown, which reads plain prose as is)."""
    if fmt != "auto":
        return fmt
    suffix = PurePosixPath(path.replace("\\", "/")).suffix.lower() if "." in path else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in PLAIN_SUFFIXES - {""}:
        return "plain"
    return "html" if _LOOKS_HTML.match(text) else "markdown"


def report_path(path: str, fmt: str) -> str:
    """``path`` with a suffix the HTML report reads the markup by (``<text>`` -> ``<text>.md``)."""
    suffix = PurePosixPath(path).suffix.lower() if "." in path else ""
    known = {"html": HTML_SUFFIXES, "markdown": MARKDOWN_SUFFIXES, "plain": PLAIN_SUFFIXES - {""}}[fmt]
    return path if suffix in known else path + _SUFFIX[fmt]


def filter_rules(rules: list[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """``rules`` narrowed like ``--select``/``--ignore``: by rule id or check kind."""
    if select:
        rules = [r for r in rules if r.id in select or r.kind in select]
    if ignore:
        rules = [r for r in rules if r.id not in ignore and r.kind not in ignore]
    return rules


def unknown_rule_names(rules: list, names: list[str]) -> list[str]:
    known = {r.id for r in rules} | {r.kind for r in rules}
    return [n for n in names if n not in known]


def analyse_text(text: str, options, rules: list, *, path: str = "<text>", fmt: str = "auto",
                 date: dt.date | None = None, dateline: str | None = None) -> FileResult:
    """The :class:`FileResult` of one article text, with its text and extraction kept.

    ``options`` is a :class:`factcheck.options.RunOptions` (front matter fields, date policy,
    pipeline, unused suppressions); ``date`` and ``dateline`` override the front matter. Like
    ``runner.check_one``, a failure is an error record of the result, never an exception.
    """
    from factcheck.api import extract_and_check
    from factcheck.readers import read_text
    from factcheck.runner import date_rules, file_error

    try:
        article = read_text(text, path, fmt=detect_format(text, path, fmt), date=date if date else options.date,
                            dateline=dateline if dateline is not None else options.dateline,
                            date_field=options.date_field, dateline_field=options.dateline_field)
        notes: list[str] = []
        extraction, findings = extract_and_check(
            article, date_rules(rules, article, options, notes), pipeline=options.pipeline, notes=notes,
            report_unused_suppressions=options.report_unused_suppressions)
    except Exception as exc:  # every failure is this text's error, the service goes on
        if os.environ.get("FACTCHECK_DEBUG") and not isinstance(exc, (FactcheckError, RecursionError, MemoryError)):
            raise
        return FileResult(path=path, errors=[file_error(exc, path, "text")])
    return FileResult(path=path, findings=findings, notes=notes, words=len(article.body.split()), text=text,
                      article=article, extraction=extraction)


def at_least(result: FileResult, min_severity: str = "info") -> FileResult:
    """``result`` with only the findings at or above ``min_severity``."""
    rank = Severity(min_severity).rank
    if all(f.severity.rank >= rank for f in result.findings):
        return result
    return result.model_copy(update={"findings": [f for f in result.findings if f.severity.rank >= rank]})


def check_payload(result: FileResult, with_extraction: bool = False) -> dict:
    """The JSON contract of ``factcheck check --format json`` for one file, plus the extraction
    (the contract of ``factcheck extract --format json``) when asked."""
    from factcheck.report.json_report import file_dict

    payload: dict = {"files": [file_dict(result)]}
    if with_extraction:
        extraction = result.extraction
        payload["extraction"] = extraction.model_dump(mode="json", exclude_none=False) if extraction else None
    return payload


def report_page(result: FileResult, title: str = "factcheck") -> str:
    """The HTML report's page for one article (the view of ``--format html``)."""
    from factcheck.report import html
    from factcheck.runner import RunResult

    return html.render(RunResult(results=[result]), title=title)
