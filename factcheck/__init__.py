"""factcheck: extract every figure of a news article and flag where the article contradicts itself.

    >>> import factcheck
    >>> result = factcheck.extract("Some 15,000 people left.", date="2016-12-14", dateline="Aleppo")
    >>> findings = factcheck.check(text, date="2016-12-14", dateline="Aleppo")
"""

from __future__ import annotations

from factcheck.api import check, check_article, check_file, extract, extract_file
from factcheck.errors import FactcheckError, InputError, PipelineError, RuleError
from factcheck.findings import Figure, Finding, Severity
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType

__all__ = [
    "Article", "Extraction", "FactcheckError", "Figure", "Finding", "InputError", "Kind", "PipelineError",
    "Qualifier", "Quantity", "Relation", "RelationType", "RuleError", "Severity", "check", "check_article",
    "check_file", "extract", "extract_file",
]
