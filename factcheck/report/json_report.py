"""JSON output: ``{"files": [{"path", "findings": [...], "errors": [...]}], "summary": {...}}``.

A file's ``errors`` are the lines the text report prints (as they always were). ``summary``
counts the run: files (checked, not checked), words analysed, findings by severity and by rule,
every error as a record (code, path, line, column, message) and by code, and the seconds the
run took (null when not measured: the one value that differs from run to run).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from factcheck.findings import FileError, FileResult, Finding

if TYPE_CHECKING:
    from factcheck.runner import RunResult


def finding_dict(f: Finding) -> dict:
    return {
        "rule": f.rule, "kind": f.kind, "severity": f.severity.value, "confidence": f.confidence.value,
        "message": f.message,
        "start": f.start, "end": f.end, "line": f.line, "column": f.column, "text": f.text,
        "arithmetic": f.arithmetic,
        "related": [{"start": r.start, "end": r.end, "line": r.line, "column": r.column, "text": r.text}
                    for r in f.related],
    }


def error_dict(error: FileError) -> dict:
    return error.model_dump(mode="json")


def file_dict(result: FileResult) -> dict:
    """One file of the contract: its findings and its errors, one line each."""
    return {"path": result.path, "findings": [finding_dict(f) for f in result.findings],
            "errors": [str(e) for e in result.errors]}


def summary(run: RunResult) -> dict:
    """What the run amounted to, in numbers."""
    findings = [f for r in run.results for f in r.findings]
    return {
        "files": len(run.results),
        "files_checked": sum(1 for r in run.results if not r.errors),
        "files_not_checked": sum(1 for r in run.results if r.errors),
        "words": sum(r.words for r in run.results),
        "findings": len(findings),
        "findings_by_severity": {s: n for s, n in sorted(Counter(f.severity.value for f in findings).items())},
        "findings_by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
        "errors": [error_dict(e) for e in run.errors],
        "errors_by_code": dict(sorted(Counter(e.code for e in run.errors).items())),
        "elapsed_seconds": round(run.elapsed, 3) if run.elapsed is not None else None,
    }


def render(run: RunResult) -> str:
    payload = {
        "files": [file_dict(r) for r in run.results],
        "summary": summary(run),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
