"""Checkstyle XML (``--format checkstyle``), read by reviewdog, Jenkins and many CI plugins.

One ``<file>`` per file checked, one ``<error>`` per finding (line, column in code points,
severity, message, ``source`` = ``factcheck.<rule>``). A file that could not be read gets an
``<error>`` without a line, its source the error code.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from factcheck.report.common import TOOL_NAME, xml_text

if TYPE_CHECKING:
    from factcheck.runner import RunResult

CHECKSTYLE_VERSION = "4.3"


def _attrs(**attrs: object) -> dict[str, str]:
    return {k: xml_text(str(v)) for k, v in attrs.items()}


def render(run: RunResult) -> str:
    root = ET.Element("checkstyle", {"version": CHECKSTYLE_VERSION})
    for result in run.results:
        node = ET.SubElement(root, "file", _attrs(name=result.path))
        for error in result.errors:
            where = {"line": error.line, "column": error.column} if error.line else {}
            ET.SubElement(node, "error", _attrs(**where, severity="error", message=str(error),
                                                source=f"{TOOL_NAME}.{error.code}"))
        for f in result.findings:
            message = f"{f.message} [{f.confidence.value}]" + (f" ({f.arithmetic})" if f.arithmetic else "")
            ET.SubElement(node, "error", _attrs(line=f.line, column=f.column, severity=f.severity.value,
                                                message=message, source=f"{TOOL_NAME}.{f.rule}"))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
