"""Output formats: one module per format, each with ``render(run: RunResult, **its options) -> str``.

A format gets what the run knew (:class:`factcheck.runner.RunResult`): each file's result with its
error records, and, when the run kept them, its text, article (blocks, title, front matter) and
extraction; the rules the run used; the time it took. A format that needs the files' text
declares it (``NEEDS = frozenset({"text"})``: the run then keeps it). Its own options are the
keyword-only parameters of its ``render``: an option a format does not declare is an error,
never ignored.
"""

from __future__ import annotations

import importlib
import inspect
from functools import cache
from typing import TYPE_CHECKING

from factcheck.findings import FileResult

if TYPE_CHECKING:
    from factcheck.runner import RunResult

FORMATS: dict[str, str] = {
    "text": "factcheck.report.text",
    "json": "factcheck.report.json_report",
    "html": "factcheck.report.html",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "junit": "factcheck.report.junit",
    "rdjson": "factcheck.report.rdjson",
    "checkstyle": "factcheck.report.checkstyle",
}


def format_names() -> list[str]:
    return list(FORMATS)


@cache
def format_options(fmt: str) -> tuple[str, ...]:
    """The options ``fmt`` takes (the keyword-only parameters of its ``render``)."""
    signature = inspect.signature(importlib.import_module(FORMATS[fmt]).render)
    return tuple(name for name, p in signature.parameters.items() if p.kind is p.KEYWORD_ONLY)


def format_needs(fmt: str) -> frozenset[str]:
    """What ``fmt`` needs from the run beyond findings and errors: 'text' (each file's text,
    article and extraction, kept by ``RunOptions(keep_text=True)``), or nothing."""
    return frozenset(getattr(importlib.import_module(FORMATS[fmt]), "NEEDS", frozenset()))


def render(fmt: str, run: RunResult | list[FileResult], **options: object) -> str:
    """The report of ``run`` in ``fmt``, made safe to show and to encode (see :mod:`factcheck.report.safe_text`).

    ``run`` may also be a plain list of file results (a run whose rules and time are not known).
    An unknown format or an option ``fmt`` does not take is a ValueError."""
    from factcheck.report.safe_text import for_format
    from factcheck.runner import RunResult

    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    unknown = sorted(set(options) - set(format_options(fmt)))
    if unknown:
        takes = ", ".join(format_options(fmt)) or "none"
        raise ValueError(f"the {fmt} format takes no option {', '.join(map(repr, unknown))} (its options: {takes})")
    if not isinstance(run, RunResult):
        run = RunResult(results=list(run))
    module = importlib.import_module(FORMATS[fmt])
    return for_format(fmt, module.render(run, **options))
