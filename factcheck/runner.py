"""Check many files: expand paths, read each, extract, run the rules; one bad file never stops the rest."""

from __future__ import annotations

import datetime as dt
import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.findings import FileResult
from factcheck.readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, read_file


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
    keep_text: bool = False
    # from the configuration (factcheck.config): front matter fields, per-rule severity,
    # include/exclude patterns relative to base_dir, undated articles, inline suppressions
    date_field: str = "date"
    dateline_field: str = "dateline"
    severity: dict[str, str] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    base_dir: str | None = None
    date_policy: str = "any-recent"
    report_unused_suppressions: bool = False
    config_path: str | None = None
    config_lines: dict[str, int] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger files are refused (E100), never read whole


def expand_paths(paths: list[str]) -> tuple[list[str], list[FileResult]]:
    """Files named, files under folders (articles by suffix), glob matches; missing paths as errors."""
    files: list[str] = []
    missing: list[FileResult] = []
    for raw in paths:
        if os.path.isdir(raw):
            for p in sorted(Path(raw).rglob("*")):
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES - {""} \
                        and not any(part.startswith(".") for part in p.relative_to(raw).parts):
                    files.append(str(p))
        elif os.path.exists(raw):
            files.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files.extend(m for m in matches if os.path.isfile(m))
            if not matches:
                missing.append(FileResult(path=raw, errors=[f"{raw}: E100 no file matches this pattern"]))
        else:
            missing.append(FileResult(path=raw, errors=[f"{raw}: E100 no such file"]))
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, missing


def select_rules(options: RunOptions):
    from factcheck.config import apply_severity
    from factcheck.rulebook import default_rules, load_rules

    rules = load_rules(*options.rule_dirs) if options.rule_dirs else default_rules()
    rules = apply_severity(rules, options)
    if options.select:
        rules = [r for r in rules if r.id in options.select or r.kind in options.select]
    if options.ignore:
        rules = [r for r in rules if r.id not in options.ignore and r.kind not in options.ignore]
    return rules


def check_one(path: str, options: RunOptions, rules=None) -> FileResult:
    """Check one file; every failure becomes an error line of its result, never an exception."""
    from factcheck.api import extract_and_check
    from factcheck.config import date_rules

    try:
        article = read_file(path, encoding=options.encoding, date=options.date, dateline=options.dateline,
                            date_field=options.date_field, dateline_field=options.dateline_field,
                            max_bytes=options.max_bytes)
        notes: list[str] = []
        rules = rules if rules is not None else select_rules(options)
        extraction, findings = extract_and_check(
            article, date_rules(rules, article, options, notes), pipeline=options.pipeline, notes=notes,
            report_unused_suppressions=options.report_unused_suppressions)
    except FactcheckError as exc:
        return FileResult(path=path, errors=[str(exc) if exc.path else f"{path}: {exc}"])
    except RecursionError:
        return FileResult(path=path, errors=[f"{path}: E101 text nested too deeply to analyse"])
    except MemoryError:
        return FileResult(path=path, errors=[f"{path}: E102 out of memory while analysing this file"])
    except Exception as exc:  # a fault of factcheck's own: this file's error, the other files are still checked
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        from factcheck.errors import InternalError

        detail = " ".join(str(exc).split())[:200]
        return FileResult(path=path, errors=[str(InternalError(
            f"internal error while checking this file: {type(exc).__name__}: {detail} (please report it; "
            f"FACTCHECK_DEBUG=1 shows the traceback)", path=path))])
    result = FileResult(path=path, findings=findings, notes=notes)
    if options.keep_text:
        result.text, result.extraction = article.text, extraction
    return result


def check_paths(paths: list[str], options: RunOptions, jobs: int = 1) -> list[FileResult]:
    """Results for every file, sorted by path; unreadable and missing files are results with errors."""
    from factcheck.config import filter_files

    files, results = expand_paths(paths)
    files = filter_files(files, options)
    rules = select_rules(options)
    if jobs > 1 and len(files) > 1:
        from factcheck.parallel import check_parallel

        results.extend(check_parallel(files, options, jobs))
    else:
        results.extend(check_one(f, options, rules) for f in files)
    return sorted(results, key=lambda r: r.path)
