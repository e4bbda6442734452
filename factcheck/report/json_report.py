"""JSON output: the contract ``{"files": [{"path", "findings": [...], "errors": [...]}]}``."""

from __future__ import annotations

import json

from factcheck.findings import FileResult


def finding_dict(f) -> dict:
    return {
        "rule": f.rule, "kind": f.kind, "severity": f.severity.value, "confidence": f.confidence.value,
        "message": f.message,
        "start": f.start, "end": f.end, "line": f.line, "column": f.column, "text": f.text,
        "arithmetic": f.arithmetic,
        "related": [{"start": r.start, "end": r.end, "line": r.line, "column": r.column, "text": r.text}
                    for r in f.related],
    }


def render(results: list[FileResult], **_) -> str:
    payload = {"files": [{"path": r.path, "findings": [finding_dict(f) for f in r.findings], "errors": r.errors}
                         for r in results]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
