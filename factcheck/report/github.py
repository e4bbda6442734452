"""GitHub Actions workflow commands (``--format github``): one annotation per finding.

    ::error file=a.md,line=3,col=32,endColumn=34,title=part-exceeds-whole::the parts ...

Severity error -> ``error``, warning -> ``warning``, info -> ``notice``. Columns are code points,
``endColumn`` just after the figure. A figure spanning lines gets ``endLine`` and no columns
(GitHub takes columns only on one line). The message carries the arithmetic on a second line.
Escaping follows the Actions toolkit: ``%``, CR and LF in the message; also ``:`` and ``,`` in
properties. Files that could not be read are ``::error`` lines titled with the error code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.findings import FileError, Finding, Severity
from factcheck.report.common import end_position

if TYPE_CHECKING:
    from factcheck.runner import RunResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(f: Finding, text: str | None = None) -> str:
    end_line, end_column = end_position(f, text)
    props: dict[str, object] = {"file": f.path, "line": f.line}
    if end_line == f.line:
        props.update(col=f.column, endColumn=end_column)
    else:
        props["endLine"] = end_line
    props["title"] = f"{f.rule} ({f.confidence.value})"
    message = f.message + (f"\n= {f.arithmetic}" if f.arithmetic else "")
    return command(COMMANDS[f.severity], props, message)


def error_annotation(error: FileError) -> str:
    props: dict[str, object] = {"file": error.path}
    if error.line:
        props["line"] = error.line
        if error.column:
            props["col"] = error.column
    props["title"] = error.code
    return command("error", props, str(error))


def render(run: RunResult) -> str:
    lines: list[str] = []
    for result in run.results:
        lines.extend(error_annotation(e) for e in result.errors)
        lines.extend(annotation(f, result.text) for f in result.findings)
    return "".join(line + "\n" for line in lines)
