"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers (``--format sarif``).

One run; ``tool.driver.rules`` describes every rule the run used (``RunResult.rules``; when the
run's rules are not known, every rule that has a finding): the rule's own description as
``shortDescription`` (a rule without one, or not known: its kind's summary), its check kind's "What it flags"
and "Why it matters" as ``fullDescription`` (GitHub shows at most 1,024 characters), the kind's
whole docstring as ``help``. Each finding is a result whose location is the primary figure
(a path relative to ``SRCROOT``, the folder factcheck ran from; columns in code points) and
whose ``relatedLocations`` are the figures it was compared with, linked from the message.

``partialFingerprints`` hold the baseline fingerprint (rule, path, figure texts, occurrence;
see :mod:`factcheck.baseline`), never line numbers, so an alert survives edits above it.
GitHub reads only ``primaryLocationLineHash`` and combines it with the rule and the path, so
that key carries the same figure hash; ``factcheck/figures/v1`` carries it in full.

Files that could not be read are ``toolExecutionNotifications`` of the invocation, which is
then not ``executionSuccessful``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from factcheck.baseline import Fingerprint, fingerprints
from factcheck.findings import Confidence, Figure, FileError, FileResult, Finding, Severity
from factcheck.report.common import TOOL_NAME, doc_sections, end_position, kind_doc, tool_version
from factcheck.rulebook.schema import Rule

if TYPE_CHECKING:
    from factcheck.runner import RunResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck/"
SRCROOT = "SRCROOT"
SEMVER = re.compile(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?")
MAX_DESCRIPTION = 1024
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PROBLEM_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}
# SARIF result.rank (0-100): how sure the finding is
RANKS = {Confidence.CERTAIN: 100.0, Confidence.LIKELY: 60.0, Confidence.POSSIBLE: 30.0}


def _raw(text: str) -> bytes:
    """UTF-8 bytes of a path or payload: a file name's bytes that are not UTF-8 (surrogateescape)
    as they were, any other lone surrogate passed through: a name never makes the report fail."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def information_uri() -> str:
    """The project's home page from its package metadata, else its PyPI page."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata(TOOL_NAME)
    except PackageNotFoundError:
        return INFORMATION_URI
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "documentation", "source"} and url.strip():
            return url.strip()
    home = meta.get("Home-page")  # type: ignore[attr-defined]  # an email.message.Message at run time
    return home or INFORMATION_URI


def artifact_location(path: str, root: str | None = None) -> dict:
    """A relative path as a URI under SRCROOT; an absolute one outside ``root`` as a file: URI."""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path, os.path.abspath(root or os.getcwd()))
        except ValueError:  # another drive (Windows)
            rel = os.pardir
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            return {"uri": Path(path).as_uri()}
        path = rel
    posix = PurePosixPath(Path(os.path.normpath(path)).as_posix()).as_posix()
    return {"uri": quote(_raw(posix), safe="/"), "uriBaseId": SRCROOT}  # %FF for a byte that is not UTF-8


def region(span: Finding | Figure, text: str | None) -> dict:
    end_line, end_column = end_position(span, text)
    return {"startLine": span.line, "startColumn": span.column, "endLine": end_line, "endColumn": end_column}


def _clip(text: str, limit: int = MAX_DESCRIPTION) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _link_text(text: str) -> str:
    """Figure text inside an embedded link: backslash and square brackets escaped (SARIF §3.11.6)."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def rule_descriptor(rule_id: str, kind: str, severity: Severity, description: str = "") -> dict:
    doc = kind_doc(kind)
    summary, sections = doc_sections(doc)
    full = " ".join(s for s in (sections.get("What it flags", ""), sections.get("Why it matters", "")) if s)
    short = description or summary or rule_id
    return {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": _clip(short)},
        "fullDescription": {"text": _clip(full or short)},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "help": {"text": doc or short},
        "properties": {"tags": [TOOL_NAME, kind], "kind": kind, "problem.severity": PROBLEM_SEVERITY[severity]},
    }


def _rules(results: list[FileResult], rules: list[Rule] | None) -> list[dict]:
    """Descriptors for the rules the run used, plus any rule a finding names; sorted by id.

    Only the run's own rules are described from their files: a house rule keeps its own
    description, never one a rule of the same id has in another pack."""
    given = {r.id: r for r in rules} if rules is not None else {}
    found: dict[str, Finding] = {}
    for result in results:
        for f in result.findings:
            found.setdefault(f.rule, f)
    descriptors = {}
    for rule_id in sorted(set(given) | set(found)):
        rule, first = given.get(rule_id), found.get(rule_id)
        if rule is not None and (first is None or rule.kind == first.kind):
            descriptors[rule_id] = rule_descriptor(rule_id, rule.kind, rule.severity, rule.description)
        elif first is not None:
            descriptors[rule_id] = rule_descriptor(rule_id, first.kind, first.severity)
    return list(descriptors.values())


def fingerprint_hash(fp: Fingerprint) -> str:
    payload = json.dumps([fp.rule, fp.path, fp.text, list(fp.related), fp.occurrence], ensure_ascii=False)
    return hashlib.sha256(_raw(payload)).hexdigest()


def _result(f: Finding, fp: Fingerprint, rule_index: int, text: str | None, root: str | None) -> dict:
    where = artifact_location(f.path, root)
    message = f.message.rstrip()
    if not message.endswith((".", "!", "?")):
        message += "."
    if f.related:
        links = ", ".join(f"[{_link_text(r.text)}]({i})" for i, r in enumerate(f.related, 1))
        message += f" Figures compared: {links}."
    if f.arithmetic:
        message += f" Arithmetic: {f.arithmetic}"
    digest = fingerprint_hash(fp)
    out = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": where, "region": region(f, text)}}],
        "partialFingerprints": {
            "primaryLocationLineHash": f"{digest[:16]}:{fp.occurrence + 1}",
            "factcheck/figures/v1": digest,
        },
        "rank": RANKS[f.confidence],
        "properties": {"kind": f.kind, "confidence": f.confidence.value, "figure": f.text,
                       "arithmetic": f.arithmetic},
    }
    if f.related:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": {"artifactLocation": where, "region": region(r, text)},
             "message": {"text": r.text}}
            for i, r in enumerate(f.related, 1)
        ]
    return out


def _notification(error: FileError, root: str | None) -> dict:
    location: dict = {"artifactLocation": artifact_location(error.path, root)}
    if error.line:
        location["region"] = {"startLine": error.line, **({"startColumn": error.column} if error.column else {})}
    return {
        "level": "error",
        "message": {"text": str(error)},
        "descriptor": {"id": error.code},
        "locations": [{"physicalLocation": location}],
    }


def to_sarif(results: list[FileResult], *, rules: list[Rule] | None = None, root: str | None = None) -> dict:
    """The SARIF log as a dict. ``rules``: the rules the run used (None: those with findings,
    described from the findings and their kinds); ``root``: the folder relative paths start from
    (default: the current one)."""
    descriptors = _rules(results, rules)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    sarif_results = []
    for result in results:
        for f, fp in zip(result.findings, fingerprints(result.findings, root or os.getcwd()), strict=False):
            sarif_results.append(_result(f, fp, index[f.rule], result.text, root))
    notifications = [_notification(e, root) for r in results for e in r.errors]
    invocation: dict = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    version = tool_version()
    driver: dict[str, Any] = {"name": TOOL_NAME, "version": version}
    if SEMVER.fullmatch(version):
        driver["semanticVersion"] = version
    driver.update(informationUri=information_uri(), rules=descriptors)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "originalUriBaseIds": {SRCROOT: {"description": {"text": "The folder factcheck was run from."}}},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }


def render(run: RunResult, *, root: str | None = None) -> str:
    return json.dumps(to_sarif(run.results, rules=run.rules, root=root), indent=2, ensure_ascii=False) + "\n"
