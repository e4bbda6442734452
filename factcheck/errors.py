"""Errors with codes. All derive from FactcheckError, which is also a ValueError."""

from __future__ import annotations

from enum import IntEnum


def excerpt(value: object, limit: int = 40) -> str:
    """A short, escaped excerpt of a value for an error message: never a whole foreign line."""
    text = value if isinstance(value, str) else repr(value)
    shown = repr(text[:limit])
    return shown + ("..." if len(text) > limit else "")


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    BAD_INPUT = 2


class FactcheckError(ValueError):
    """Base of every error factcheck reports to a user: one line, with a code."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.code} {self.message}"


class InputError(FactcheckError):
    """An article that cannot be read: missing, binary, badly encoded, too large."""

    code = "E100"


class RuleError(FactcheckError):
    """A rule file that is not valid: YAML syntax, unknown keys, wrong types, unknown kind."""

    code = "E200"


class PipelineError(FactcheckError):
    """The spaCy pipeline is not installed or cannot be loaded."""

    code = "E300"


class ConfigError(FactcheckError):
    """A configuration file that is not valid."""

    code = "E400"


class InternalError(FactcheckError):
    """A fault in factcheck itself, met while checking one file: reported as that file's error
    (one line; ``FACTCHECK_DEBUG=1`` raises it with its traceback instead) and the run goes on."""

    code = "E900"


class OutputError(FactcheckError):
    """A report or baseline that cannot be written: a read-only folder, a full disk, a folder in
    the way, or a target that is one of the run's own inputs (never overwritten)."""

    code = "E500"


class BudgetError(FactcheckError):
    """A file that took more than its time or memory budget: its analysis is stopped, the run goes on."""

    code = "E103"
