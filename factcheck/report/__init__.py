"""Output formats: one module per format, each with ``render(results, **options) -> str``."""

from __future__ import annotations

import importlib

from factcheck.findings import FileResult

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


def render(fmt: str, results: list[FileResult], **options) -> str:
    """The report in ``fmt``, made safe to show and to encode (see :mod:`factcheck.report.safe_text`)."""
    from factcheck.report.safe_text import for_format

    module = importlib.import_module(FORMATS[fmt])
    return for_format(fmt, module.render(results, **options))
