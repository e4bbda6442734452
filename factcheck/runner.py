"""Check many files: expand paths, read each, extract, run the rules; one bad file never stops the rest.

:func:`run` is the library's whole run, what ``factcheck check`` does short of printing: the
configuration found, the rules selected, every file checked, a baseline applied or written,
and the exit decision taken from the fail threshold.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from factcheck.errors import BudgetError, ExitCode, FactcheckError, InternalError, RuleError, excerpt
from factcheck.findings import FailOn, FileError, FileResult
from factcheck.options import DatePolicy, RunOptions
from factcheck.paths import expand_paths, filter_files
from factcheck.readers import read_file
from factcheck.records import Article
from factcheck.rulebook.schema import Rule

__all__ = ["RunOptions", "RunResult", "check_one", "check_paths", "expand_paths", "run", "select_rules"]

# Check kinds that need the publication date and that date_policy 'skip' turns off for undated articles.
DATE_KINDS = frozenset({"tz_offset"})
Progress = Callable[[int, int], None]


class RuleSelectionError(RuleError):
    """A --select / --ignore (or configured select / ignore) that would run nothing or names nothing."""

    code = "E201"


def apply_severity(rules: list[Rule], options: RunOptions) -> list[Rule]:
    """Rules with the configured severities (keyed by rule id or kind); an unknown key is an error."""
    from factcheck.errors import ConfigError
    from factcheck.findings import Severity

    if not options.severity:
        return rules
    known = {r.id for r in rules} | {r.kind for r in rules}
    for key in options.severity:
        if key not in known:
            lines = options.config_lines
            raise ConfigError(f"severity: no rule or kind {excerpt(key)} among the loaded rules",
                              path=options.config_path,
                              line=lines.get(f"severity.{key}") or lines.get("severity"))
    out = []
    for rule in rules:
        level = options.severity.get(rule.id) or options.severity.get(rule.kind)
        out.append(rule.model_copy(update={"severity": Severity(level)}) if level else rule)
    return out


def select_rules(options: RunOptions) -> list[Rule]:
    """The rules of the run; a selection that names nothing loaded, or selects and ignores the same
    rule, is an error: a run of zero rules would pass every article in silence."""
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


def date_rules(rules: list[Rule], article: Article, options: RunOptions, notes: list[str]) -> list[Rule]:
    """The rules to run on ``article``: with date_policy 'skip', an undated article loses date-bound kinds."""
    if options.date_policy != DatePolicy.SKIP or article.date is not None:
        return rules
    kept = [r for r in rules if r.kind not in DATE_KINDS]
    if len(kept) < len(rules):
        notes.append("no publication date: time-zone checks skipped (date_policy: skip)")
    return kept


def file_error(exc: BaseException, path: str, what: str = "file") -> FileError:
    """The error record of a failure met while checking ``path`` (``what``: 'file' or 'text').

    Coded errors keep their code and place; running out of stack is E101, of memory E102; any
    other exception is a fault of factcheck's own (E900)."""
    if isinstance(exc, FactcheckError):
        return FileError.of(exc, path)
    if isinstance(exc, RecursionError):
        return FileError(code="E101", path=path, message="text nested too deeply to analyse")
    if isinstance(exc, MemoryError):
        return FileError(code="E102", path=path, message=f"out of memory while analysing this {what}")
    detail = " ".join(str(exc).split())[:200]
    return FileError(code=InternalError.code, path=path, message=(
        f"internal error while checking this {what}: {type(exc).__name__}: {detail} (please report it"
        + ("; FACTCHECK_DEBUG=1 shows the traceback)" if what == "file" else ")")))


def check_one(path: str, options: RunOptions, rules: list[Rule] | None = None) -> FileResult:
    """Check one file; every failure becomes an error record of its result, never an exception."""
    from factcheck.api import extract_and_check
    from factcheck.budget import BudgetExceeded, guard

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
        if exc.reason == "time":
            detail = f"stopped after {options.file_seconds:g} s, its time budget (raise it with --timeout)"
        else:
            detail = (f"stopped at {options.file_memory_mb:,g} MB of memory added, its memory budget "
                      f"(raise it with --max-memory)")
        return FileResult(path=path, errors=[FileError.of(BudgetError(detail, path=path), path)])
    except Exception as exc:  # every failure is this file's error; the other files are still checked
        if os.environ.get("FACTCHECK_DEBUG") and not isinstance(exc, (FactcheckError, RecursionError, MemoryError)):
            raise
        return FileResult(path=path, errors=[file_error(exc, path)])
    result = FileResult(path=path, findings=findings, notes=notes, words=len(article.body.split()))
    if options.keep_text:
        result.text, result.article, result.extraction = article.text, article, extraction
    return result


def file_checker(options: RunOptions) -> Callable[[str], FileResult]:
    """``check_one`` with the run's rules selected and the pipeline loaded once: what each worker
    process of :mod:`factcheck.parallel` makes for itself (``partial(file_checker, options)`` pickles)."""
    from factcheck.analysis import load_pipeline

    rules = select_rules(options)
    load_pipeline(options.pipeline)
    return partial(check_one, options=options, rules=rules)


def check_paths(paths: list[str], options: RunOptions, jobs: int = 1,
                progress: Progress | None = None) -> list[FileResult]:
    """Results for every file, sorted by path; unreadable and missing files are results with errors.

    ``progress(done, total)``, if given, is called as files are checked (``factcheck.progress``)."""
    files, results = expand_paths(paths)
    files = filter_files(files, options)
    rules = select_rules(options)
    if progress is not None:
        progress(0, len(files))
    if jobs > 1 and len(files) > 1:
        from factcheck.parallel import check_parallel

        results.extend(check_parallel(files, partial(file_checker, options), jobs, progress=progress))
    else:
        for done, f in enumerate(files, start=1):
            results.append(check_one(f, options, rules))
            if progress is not None:
                progress(done, len(files))
    return sorted(results, key=lambda r: r.path)


# -- a whole run -------------------------------------------------------------------------------

@dataclass
class RunResult:
    """What a run gave: each file's result, the rules it ran, the time it took, what a baseline
    hid, and the exit decision (:attr:`exit_code`) taken with ``fail_on``."""

    results: list[FileResult]
    rules: list[Rule] | None = None  # the rules the run used (None: not known, e.g. results built by hand)
    fail_on: FailOn = FailOn.WARNING
    elapsed: float | None = None  # seconds the run took
    config_path: str | None = None  # the configuration file in force (None: the defaults)
    baseline_hidden: int = 0  # known findings a baseline hid
    baseline_gone: int = 0  # baseline entries no longer found
    baseline_written: int | None = None  # findings recorded by write_baseline (None: no baseline written)
    options: RunOptions = field(default_factory=RunOptions)

    @property
    def errors(self) -> list[FileError]:
        return [e for r in self.results for e in r.errors]

    @property
    def failing(self) -> bool:
        """Whether a finding is at or above the fail threshold."""
        return any(self.fail_on.fails(f.severity) for r in self.results for f in r.findings)

    @property
    def exit_code(self) -> ExitCode:
        """2 if a file could not be checked; else 1 if a finding reaches ``fail_on`` (never when a
        baseline was written: writing one accepts today's findings); else 0."""
        if self.errors:
            return ExitCode.BAD_INPUT
        if self.baseline_written is None and self.failing:
            return ExitCode.FINDINGS
        return ExitCode.CLEAN


def inputs_of(paths: list[str], options: RunOptions,
              baseline: str | os.PathLike | None = None) -> list[str | os.PathLike]:
    """Every file a run reads (articles, configuration, baseline, rule files): what no output may overwrite."""
    from factcheck.rulebook.loader import rule_files

    found: list[str | os.PathLike] = [*expand_paths(paths)[0]]
    found.extend(p for p in (options.config_path, baseline) if p is not None)
    for folder in options.rule_dirs:
        try:
            found.extend(rule_files(folder))
        except FactcheckError:
            pass  # reported when the rules load
    return found


def run(paths: Iterable[str | os.PathLike], *, config: str | os.PathLike | None = None, use_config: bool = True,
        options: RunOptions | None = None, fail_on: FailOn | str | None = None,
        baseline: str | os.PathLike | None = None, write_baseline: str | os.PathLike | None = None,
        jobs: int = 1, progress: Progress | None = None, **settings) -> RunResult:
    """Check ``paths`` (files, folders, globs) as ``factcheck check`` does, and decide the exit code.

    The configuration is ``config`` if named, else the nearest ``.factcheck.yaml`` or
    ``pyproject.toml`` upward (none if ``use_config`` is false); ``settings`` override it as the
    command-line options do (``rules``, ``select``, ``ignore``, ``date_policy``, ``min_confidence``,
    ``date``, ``dateline``, ``encoding``, ``keep_text``, ...). Pass ``options`` instead to run with
    options already built. ``baseline``: report only findings not in this baseline file;
    ``write_baseline``: record today's findings there (the exit code then ignores them).
    ``fail_on`` (error, warning, info, never; default: the configuration's, else warning) is the
    lowest severity that makes :attr:`RunResult.exit_code` 1.

    A bad configuration, baseline or rule file raises :class:`factcheck.FactcheckError` (one line,
    with its file and line); a file that cannot be checked is an error record of its result.
    """
    from factcheck.config import discover, run_options

    started = time.monotonic()
    names = [os.fspath(p) for p in paths]
    if options is None:
        options, configured = run_options(discover(config, use_config=use_config), **settings)
        fail_on = fail_on or configured
    elif settings:
        raise TypeError(f"run() takes settings or options, not both: {', '.join(sorted(settings))}")
    fail_level = FailOn(fail_on or FailOn.WARNING)
    known = None
    if baseline is not None:
        from factcheck.baseline import load_baseline

        known = load_baseline(baseline)
    if write_baseline is not None:
        from factcheck.output import refuse_inputs

        refuse_inputs(write_baseline, inputs_of(names, options, baseline), "baseline")
    rules = select_rules(options)
    results = check_paths(names, options, jobs=jobs, progress=progress)
    outcome = RunResult(results=results, rules=rules, fail_on=fail_level, config_path=options.config_path,
                        options=options)
    if write_baseline is not None:
        from factcheck.baseline import write_baseline as record

        outcome.baseline_written = record(results, write_baseline)
    if known is not None:
        outcome.results, outcome.baseline_hidden, outcome.baseline_gone = known.filter(results)
    outcome.elapsed = time.monotonic() - started
    return outcome

