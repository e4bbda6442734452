"""Check many files: expand paths, read each, extract, run the rules; one bad file never stops the rest."""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError, RuleError, excerpt
from factcheck.findings import FileResult
from factcheck.limits import DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_SECONDS
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
    min_confidence: str = "likely"  # findings less sure than this are left out
    config_path: str | None = None
    config_lines: dict[str, int] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger files are refused (E100), never read whole
    # the per-file budget (factcheck.budget): past it a file is one E103 error, the run goes on
    file_seconds: float | None = DEFAULT_FILE_SECONDS
    file_memory_mb: float | None = DEFAULT_FILE_MEMORY_MB


def _walk(top: str, max_depth: int | None = None):
    """(folder, names of files) under ``top``, following links to folders but entering each real
    folder once (a link back up is a loop, not a way round forever); hidden entries skipped."""
    seen: set[str] = set()
    stack = [(top, 0)]
    while stack:
        folder, depth = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        files, subfolders = [], []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subfolders if is_dir else files).append(entry.name)
        yield folder, files
        if max_depth is None or depth < max_depth:
            stack.extend((os.path.join(folder, d), depth + 1) for d in reversed(subfolders))


def _glob_regex(parts: list[str]):
    """A linear-time matcher (RE2) for the path components after a glob's literal prefix."""
    from factcheck.safe_regex import compile_rule_regex

    pieces = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
        else:
            pieces.append(_component(part) + ("" if last else "/"))
    return compile_rule_regex("".join(pieces), ignore_case=False)


def _component(part: str) -> str:
    """One glob path component as a regex: * and ? stay within the component, [...] as in fnmatch."""
    out, i = [], 0
    while i < len(part):
        c = part[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = part.find("]", i + 2 if part[i + 1:i + 2] in ("!", "]") else i + 1)
            if j == -1:
                out.append("\\[")
            else:
                inner = part[i + 1:j].replace("\\", "\\\\")
                if inner.startswith("!"):
                    inner = "^" + inner[1:]
                out.append(f"[{inner}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _glob(pattern: str) -> list[str]:
    """Files matching a glob (``**`` for any depth), each real folder walked once: a symlink loop
    cannot make it hang or report a file many times."""
    parts = pattern.split("/")
    prefix: list[str] = []
    while parts and not glob.has_magic(parts[0]):
        prefix.append(parts.pop(0))
    if not parts:
        return [pattern] if os.path.isfile(pattern) else []
    top = "/".join(prefix) or ("/" if pattern.startswith("/") else "")
    top = top or "."
    matcher = _glob_regex(parts)
    depth = None if "**" in parts else len(parts) - 1
    found = []
    for folder, names in _walk(top, depth):
        relative_folder = os.path.relpath(folder, top)
        for name in names:
            relative = name if relative_folder == "." else f"{relative_folder}/{name}"
            if matcher.fullmatch(relative):
                found.append(os.path.join(top, relative) if prefix else relative)
    return sorted(found)


def _problem(path: str, exc: OSError) -> FileResult:
    from factcheck.readers import describe_os_error

    return FileResult(path=path, errors=[f"{path}: E100 {describe_os_error(exc)}"])


def expand_paths(paths: list[str]) -> tuple[list[str], list[FileResult]]:
    """Files named, files under folders (articles by suffix), glob matches; missing paths as errors.

    Each file is resolved once: ``a.md``, ``./a.md`` and a link to it are one file, checked once;
    folders reached again through links are walked once; a symbolic link loop is reported as one.
    """
    files: list[str] = []
    problems: list[FileResult] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        try:
            real = os.path.realpath(path, strict=True)
        except OSError as exc:
            problems.append(_problem(path, exc))
            return
        if real not in seen:
            seen.add(real)
            files.append(path)

    suffixes = SUPPORTED_SUFFIXES - {""}
    for raw in paths:
        try:
            os.stat(raw)
            exists = True
        except OSError as exc:
            exists = False
            if exc.errno == errno.ELOOP:
                problems.append(_problem(raw, exc))
                continue
        except ValueError:  # a NUL in the name
            shown = raw.replace("\0", "\\0")
            problems.append(FileResult(path=shown, errors=[f"{shown}: E100 not a valid file name (NUL byte)"]))
            continue
        if exists and os.path.isdir(raw):
            for folder, names in _walk(raw):
                for name in names:
                    if os.path.splitext(name)[1].lower() in suffixes:
                        path = os.path.join(folder, name)
                        if os.path.isfile(path):
                            add(str(Path(path)))
                        elif os.path.lexists(path):
                            try:
                                os.stat(path)
                            except OSError as exc:
                                if exc.errno == errno.ELOOP:
                                    problems.append(_problem(str(Path(path)), exc))
        elif exists:
            add(raw)
        elif glob.has_magic(raw):
            matches = _glob(raw)
            for m in matches:
                if os.path.isfile(m):
                    add(m)
            if not matches:
                problems.append(FileResult(path=raw, errors=[f"{raw}: E100 no file matches this pattern"]))
        else:
            problems.append(FileResult(path=raw, errors=[f"{raw}: E100 no such file"]))
    return files, problems


class RuleSelectionError(RuleError):
    """A --select / --ignore (or configured select / ignore) that would run nothing or names nothing."""

    code = "E201"


def select_rules(options: RunOptions):
    """The rules of the run; a selection that names nothing loaded, or selects and ignores the same
    rule, is an error: a run of zero rules would pass every article in silence."""
    from factcheck.config import apply_severity
    from factcheck.rulebook import default_rules, load_rules

    rules = load_rules(*options.rule_dirs) if options.rule_dirs else default_rules()
    rules = apply_severity(rules, options)
    known = {r.id for r in rules} | {r.kind for r in rules}
    for label, names in (("--select", options.select), ("--ignore", options.ignore)):
        unknown = [n for n in names if n not in known]
        if unknown:
            raise RuleSelectionError(f"{label}: no rule or kind {', '.join(excerpt(n) for n in unknown)} among "
                                     f"the loaded rules; see 'factcheck rules list'")
    both = sorted(set(options.select) & set(options.ignore))
    if both:
        raise RuleSelectionError(f"{', '.join(excerpt(n) for n in both)} is both selected and ignored")
    if options.select:
        rules = [r for r in rules if r.id in options.select or r.kind in options.select]
    if options.ignore:
        rules = [r for r in rules if r.id not in options.ignore and r.kind not in options.ignore]
    if not rules:
        raise RuleSelectionError("no rule left to run after --select and --ignore")
    return rules


def check_one(path: str, options: RunOptions, rules=None) -> FileResult:
    """Check one file; every failure becomes an error line of its result, never an exception."""
    from factcheck.api import extract_and_check
    from factcheck.budget import BudgetExceeded, guard
    from factcheck.config import date_rules

    try:
        with guard(options.file_seconds, options.file_memory_mb):
            article = read_file(path, encoding=options.encoding, date=options.date, dateline=options.dateline,
                                date_field=options.date_field, dateline_field=options.dateline_field,
                                max_bytes=options.max_bytes)
            notes: list[str] = []
            rules = rules if rules is not None else select_rules(options)
            extraction, findings = extract_and_check(
                article, date_rules(rules, article, options, notes), pipeline=options.pipeline, notes=notes,
                report_unused_suppressions=options.report_unused_suppressions, min_confidence=options.min_confidence)
    except BudgetExceeded as exc:
        from factcheck.errors import BudgetError

        if exc.reason == "time":
            detail = f"stopped after {options.file_seconds:g} s, its time budget (raise it with --timeout)"
        else:
            detail = (f"stopped at {options.file_memory_mb:,g} MB of memory added, its memory budget "
                      f"(raise it with --max-memory)")
        return FileResult(path=path, errors=[str(BudgetError(detail, path=path))])
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


def check_paths(paths: list[str], options: RunOptions, jobs: int = 1, progress=None) -> list[FileResult]:
    """Results for every file, sorted by path; unreadable and missing files are results with errors.

    ``progress(done, total)``, if given, is called as files are checked (``factcheck.progress``)."""
    from factcheck.config import filter_files

    files, results = expand_paths(paths)
    files = filter_files(files, options)
    rules = select_rules(options)
    if progress is not None:
        progress(0, len(files))
    if jobs > 1 and len(files) > 1:
        from factcheck.parallel import check_parallel

        results.extend(check_parallel(files, options, jobs, **({"progress": progress} if progress else {})))
    else:
        for done, f in enumerate(files, start=1):
            results.append(check_one(f, options, rules))
            if progress is not None:
                progress(done, len(files))
    return sorted(results, key=lambda r: r.path)
