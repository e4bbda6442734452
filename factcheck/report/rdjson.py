"""reviewdog's Diagnostic Format as JSON (``--format rdjson``; ``reviewdog -f=rdjson``).

One diagnostic per finding: ``location.path``, ``location.range`` start and end (end exclusive),
``severity`` ERROR/WARNING/INFO, ``code.value`` the rule id, ``source.name`` factcheck. Columns
are UTF-8 byte counts, as the format asks; they need the file text, which the CLI keeps for
this format (without it, code-point columns are given, the same on ASCII lines). Files that
could not be read are ERROR diagnostics with a path and no range, coded with the error code.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from factcheck.findings import FileError, Finding, Severity
from factcheck.report.common import TOOL_NAME, byte_column, end_position

if TYPE_CHECKING:
    from factcheck.runner import RunResult

NEEDS = frozenset({"text"})  # columns are UTF-8 bytes: counted in the file's text
SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _range(f: Finding, text: str | None) -> dict:
    end_line, end_column = end_position(f, text)
    start_col = byte_column(text, f.start, f.column)
    if text is not None and 0 <= f.end <= len(text):
        end_col = byte_column(text, f.end, end_column)
    elif end_line == f.line:
        end_col = start_col + len(f.text.encode("utf-8", "surrogatepass"))
    else:
        end_col = end_column
    return {"start": {"line": f.line, "column": start_col}, "end": {"line": end_line, "column": end_col}}


def diagnostic(f: Finding, text: str | None = None) -> dict:
    message = f"{f.message} [{f.confidence.value}]" + (f" ({f.arithmetic})" if f.arithmetic else "")
    return {
        "message": message,
        "location": {"path": f.path, "range": _range(f, text)},
        "severity": SEVERITIES[f.severity],
        "source": {"name": TOOL_NAME},
        "code": {"value": f.rule},
    }


def error_diagnostic(error: FileError) -> dict:
    location: dict = {"path": error.path}
    if error.line:
        location["range"] = {"start": {"line": error.line, **({"column": error.column} if error.column else {})}}
    return {"message": str(error), "location": location, "severity": "ERROR", "source": {"name": TOOL_NAME},
            "code": {"value": error.code}}


def render(run: RunResult) -> str:
    diagnostics: list[dict] = []
    for result in run.results:
        diagnostics.extend(error_diagnostic(e) for e in result.errors)
        diagnostics.extend(diagnostic(f, result.text) for f in result.findings)
    payload = {"source": {"name": TOOL_NAME}, "diagnostics": diagnostics}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
