"""JUnit XML (``--format junit``), for CI systems that show test reports.

One ``<testsuite>`` per file; one ``<testcase>`` per finding, failing with the rule's message
(its ``type`` is the severity, its text the location, arithmetic and compared figures). A file
with no findings has one passing test case; a file that could not be read has one test case
with an ``<error>``. Written with :mod:`xml.etree.ElementTree`, so markup in messages and paths
is escaped; characters XML cannot carry at all become U+FFFD.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from factcheck.report.common import TOOL_NAME, finding_detail, xml_text

if TYPE_CHECKING:
    from factcheck.runner import RunResult


def _element(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    node = ET.SubElement(parent, tag, {k: xml_text(str(v)) for k, v in attrs.items()})
    if text:
        node.text = xml_text(text)
    return node


def render(run: RunResult) -> str:
    root = ET.Element("testsuites", {"name": TOOL_NAME})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in run.results:
        suite = _element(root, "testsuite", name=result.path)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        for error in result.errors:
            case = _element(suite, "testcase", classname=result.path, name=f"read {result.path}", file=result.path)
            _element(case, "error", str(error), message=str(error), type=error.code)
            counts["tests"] += 1
            counts["errors"] += 1
        for f in result.findings:
            case = _element(suite, "testcase", classname=result.path, name=f"{f.rule} at {f.line}:{f.column}",
                            file=f.path, line=f.line)
            body = (f"{f.location()}: {f.severity.value} {f.rule} {f.message} [{f.confidence.value}]\n"
                    f"{finding_detail(f)}").rstrip()
            _element(case, "failure", body, message=f.message, type=f.severity.value)
            counts["tests"] += 1
            counts["failures"] += 1
        if not result.errors and not result.findings:
            _element(suite, "testcase", classname=result.path, name=TOOL_NAME, file=result.path)
            counts["tests"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
