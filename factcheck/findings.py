"""Findings: what a check reports, with the figures it compared and the arithmetic."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import FactcheckError
from factcheck.records import Article, Extraction


class Severity(str, Enum):
    """How much a finding matters. The one severity ladder: ``rank`` orders it, ``FailOn`` and
    every report read it from here."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _LADDER.index(self) + 1


_LADDER = (Severity.INFO, Severity.WARNING, Severity.ERROR)  # lowest first


class FailOn(str, Enum):
    """The lowest severity whose findings fail a run (exit code 1); ``never``: none does."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    def fails(self, severity: Severity) -> bool:
        return self is not FailOn.NEVER and severity.rank >= Severity(self.value).rank


def fmt(value: float | None) -> str:
    """A number as an editor writes it: 15000 -> '15,000', 2.5 -> '2.5'."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class Confidence(str, Enum):
    """How sure a finding is that the article contradicts itself.

    - ``certain``: the relation is written out (a bracketed equivalent, "of whom", "from ... to",
      a date with its weekday) and no plausible reading of the figures is consistent;
    - ``likely``: the figures are explicit but the relation between them is inferred (a
      restatement, a place taken from the dateline, a year taken as the nearest one);
    - ``possible``: more than one reading was left and the check picked one.
    """

    CERTAIN = "certain"
    LIKELY = "likely"
    POSSIBLE = "possible"

    @property
    def rank(self) -> int:
        return {"certain": 3, "likely": 2, "possible": 1}[self.value]

    def cap(self, severity: Severity) -> Severity:
        """The severity a finding of this confidence gets under a rule of ``severity``: an
        ``error`` must be certain, a ``likely`` finding is at most a warning, a ``possible`` one info."""
        ceiling = {"certain": Severity.ERROR, "likely": Severity.WARNING, "possible": Severity.INFO}[self.value]
        return severity if severity.rank <= ceiling.rank else ceiling


# Findings below this confidence are left out unless asked for (--min-confidence possible)
DEFAULT_MIN_CONFIDENCE = Confidence.LIKELY


class Figure(BaseModel):
    """A figure a finding compared, and where it stands."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    line: int
    column: int
    value: float | None = None


class Finding(BaseModel):
    """One inconsistency: the rule, where it is, and why, with the figures and arithmetic."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    kind: str = Field(description="the check kind that found it")
    severity: Severity
    confidence: Confidence = Confidence.CERTAIN
    message: str
    start: int
    end: int
    line: int
    column: int
    text: str = Field(description="the file text of the primary figure")
    related: list[Figure] = Field(default_factory=list)
    arithmetic: str = Field("", description="the computation behind the finding, in words")
    path: str = "<text>"

    def sort_key(self) -> tuple[str, int, int, str, int]:
        return (self.path, self.line, self.column, self.rule, self.end)

    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class FileError(BaseModel):
    """Why a file could not be checked: a code (``E100``...), where, and a one-line message.

    Made once where the failure is met; every report format renders it from these fields.
    ``str()`` gives the line the text report prints: ``path[:line[:column]]: CODE message``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^E\d{3}$")
    path: str
    line: int | None = None
    column: int | None = None
    message: str

    @classmethod
    def of(cls, exc: FactcheckError, path: str) -> FileError:
        """The record of a coded error met while checking ``path`` (the error's own path first)."""
        return cls(code=exc.code, path=exc.path or path, line=exc.line, column=exc.column, message=exc.message)

    def location(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.location()}: {self.code} {self.message}"


class FileResult(BaseModel):
    """What one file of a run gave: its findings, or the errors that kept it from being checked."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    findings: list[Finding] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    words: int = Field(0, description="words of the body analysed")
    text: str | None = Field(None, exclude=True, description="the file text, for reports that show it")
    article: Article | None = Field(None, exclude=True, description="the article as read (title, front matter, "
                                    "blocks), for reports that show it")
    extraction: Extraction | None = Field(None, exclude=True, description="what extraction found, for reports "
                                          "that show it")
