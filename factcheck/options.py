"""The options of a run: what :mod:`factcheck.runner` needs besides the paths.

Built by :func:`factcheck.config.run_options` from a configuration and the command line, read by
the runner, the workers (:mod:`factcheck.parallel`), the service and the language server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from factcheck.limits import DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_SECONDS, DEFAULT_MAX_BYTES


class DatePolicy(str, Enum):
    """What an article without a publication date gets: every offset a zone used lately is
    accepted (``any-recent``), or the checks that need the date are skipped (``skip``)."""

    ANY_RECENT = "any-recent"
    SKIP = "skip"


@dataclass
class RunOptions:
    """Everything a run needs besides the paths; picklable, so workers can get it."""

    rule_dirs: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    date: dt.date | None = None
    dateline: str | None = None
    encoding: str | None = None
    pipeline: str | None = None
    keep_text: bool = False  # keep each file's text, article and extraction for reports that show them
    # from the configuration (factcheck.config): front matter fields, per-rule severity,
    # include/exclude patterns relative to base_dir, undated articles, inline suppressions
    date_field: str = "date"
    dateline_field: str = "dateline"
    severity: dict[str, str] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    base_dir: str | None = None
    date_policy: DatePolicy = DatePolicy.ANY_RECENT
    report_unused_suppressions: bool = False
    min_confidence: str = "likely"  # findings less sure than this are left out
    config_path: str | None = None
    config_lines: dict[str, int] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger files are refused (E100), never read whole
    # the per-file budget (factcheck.budget): past it a file is one E103 error, the run goes on
    file_seconds: float | None = DEFAULT_FILE_SECONDS
    file_memory_mb: float | None = DEFAULT_FILE_MEMORY_MB
