"""factcheck: extract every figure of a news article and flag where the article contradicts itself.

    >>> import factcheck
    >>> result = factcheck.extract("Some 15,000 people left.", date="2016-12-14", dateline="Aleppo")
    >>> findings = factcheck.check(text, date="2016-12-14", dateline="Aleppo")
    >>> outcome = factcheck.run(["articles/"], baseline="factcheck-baseline.json", fail_on="error")
    >>> outcome.exit_code  # 0 clean, 1 findings at or above fail_on, 2 a file could not be checked

Names are imported on first use, so that ``factcheck --help`` starts without pydantic,
spaCy or quantulum3.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "check": "factcheck.api", "check_article": "factcheck.api", "check_file": "factcheck.api",
    "extract": "factcheck.api", "extract_file": "factcheck.api",
    "FactcheckError": "factcheck.errors", "InputError": "factcheck.errors", "PipelineError": "factcheck.errors",
    "RuleError": "factcheck.errors",
    "Figure": "factcheck.findings", "Finding": "factcheck.findings", "Severity": "factcheck.findings",
    "FailOn": "factcheck.findings", "FileError": "factcheck.findings", "FileResult": "factcheck.findings",
    "run": "factcheck.runner", "RunResult": "factcheck.runner",
    "Article": "factcheck.records", "Extraction": "factcheck.records", "Kind": "factcheck.records",
    "Qualifier": "factcheck.records", "Quantity": "factcheck.records", "Relation": "factcheck.records",
    "RelationType": "factcheck.records",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
