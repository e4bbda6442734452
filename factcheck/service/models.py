"""The HTTP API's contract: pydantic models of every request and answer (the OpenAPI schema is made from them).

A check answers in the JSON contract of ``factcheck check --format json`` for one file
(``factcheck.report.json_report``): ``{"files": [{"path", "findings", "errors"}]}``, and adds
``"extraction"`` (the contract of ``factcheck extract --format json``) only when it is asked for.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.records import Extraction

SeverityName = Literal["error", "warning", "info"]
ConfidenceName = Literal["certain", "likely", "possible"]
# The answer models forbid extra keys, so that the test comparing them with the JSON contract of
# factcheck.report.json_report fails as soon as the two drift apart.
_EXACT = ConfigDict(extra="forbid")


class CheckRequest(BaseModel):
    """One article to check. Only ``text`` is required; unknown fields are refused (422)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "Some 15,000 people left at 6am (4am GMT).", "date": "2023-12-14", "dateline": "Aleppo"}]})

    text: str = Field(description="the article: plain text, Markdown (YAML front matter: title, date, dateline) "
                                  "or HTML; at most the server's --max-bytes in UTF-8 (413 beyond)")
    format: Literal["auto", "plain", "markdown", "html"] = Field(
        "auto", description="how to read the text; auto: by the suffix of path, else HTML when the text opens "
                            "with an HTML tag, else Markdown")
    path: str = Field("<text>", min_length=1, max_length=1024,
                      description="a name for the article in the answer; the server never opens it")
    date: dt.date | None = Field(None, description="publication date YYYY-MM-DD (overrides the front matter)")
    dateline: str | None = Field(None, max_length=200,
                                    description="the place the article is about (overrides the front matter)")
    select: list[str] = Field(default_factory=list, description="run only these rule ids or check kinds")
    ignore: list[str] = Field(default_factory=list, description="skip these rule ids or check kinds")
    min_severity: SeverityName = Field("info", description="leave out findings below this severity")
    extraction: bool = Field(False, description="also return every figure and relation (the extract contract)")
    time_limit: float | None = Field(None, gt=0, description="seconds this request may take, at most the "
                                                                 "server's --timeout (503 beyond)")


class FigureOut(BaseModel):
    """A figure a finding compared, and where it stands (offsets in code points, lines and columns from 1)."""

    model_config = _EXACT
    start: int
    end: int
    line: int
    column: int
    text: str


class FindingOut(BaseModel):
    """One inconsistency, as in ``factcheck check --format json``."""

    model_config = _EXACT

    rule: str
    kind: str
    severity: SeverityName
    confidence: ConfidenceName = Field(description="certain: the relation is written out; likely: inferred; "
                                                   "possible: one reading of several")
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str
    arithmetic: str
    related: list[FigureOut]


class FileOut(BaseModel):
    model_config = _EXACT

    path: str
    findings: list[FindingOut]
    errors: list[str] = Field(description="why the text could not be checked (front matter, ...), one line each")


class CheckResponse(BaseModel):
    """The answer to a check: exactly ``factcheck check --format json`` for one file, plus the
    extraction when asked."""

    model_config = _EXACT

    files: list[FileOut]
    extraction: Extraction | None = Field(None, description="present only when the request asked for it")


class RuleOut(BaseModel):
    id: str
    kind: str
    severity: SeverityName
    description: str


class RulesResponse(BaseModel):
    rules: list[RuleOut]


class Health(BaseModel):
    status: Literal["ok", "starting"] = Field(description="ok once every worker has its pipeline loaded")
    workers: int
    ready: int
    version: str


class FieldError(BaseModel):
    field: str = Field(description="where in the request: 'date', 'select.0', or 'body' for the whole of it")
    message: str
    type: str


class ErrorResponse(BaseModel):
    """Every error answer: one line saying what went wrong, and for 422 each field at fault."""

    detail: str
    errors: list[FieldError] = Field(default_factory=list)
