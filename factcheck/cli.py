"""The command line: a thin typer skin over the library (``factcheck --help``)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import NoReturn


def _stop_while_starting(signum, frame) -> None:  # nothing to clean up yet: one line, no traceback
    os.write(2, b"factcheck: interrupted\n" if signum == 2 else b"factcheck: terminated\n")
    os._exit(128 + signum)


if sys.argv and os.path.basename(sys.argv[0]) in ("factcheck", "__main__.py"):  # the command, not an import
    import signal as _signal

    for _name in ("SIGINT", "SIGTERM"):
        _signal.signal(getattr(_signal, _name), _stop_while_starting)

# the imports come after the handlers (E402 is off for this file): a Ctrl-C while they load prints one line
import typer

from factcheck.errors import ExitCode, FactcheckError
from factcheck.findings import Confidence, FailOn
from factcheck.limits import DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_SECONDS, DEFAULT_MAX_BYTES
from factcheck.options import DatePolicy

app = typer.Typer(
    help="Extract every figure of a news article and flag where the article contradicts itself.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None,
)
rules_app = typer.Typer(help="List, show, validate rules; print the rule JSON Schema.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(rules_app, name="rules")


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"factcheck {version('factcheck')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("factcheck (version unknown: not installed)")
        raise typer.Exit(ExitCode.CLEAN)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                        help="print the version and exit")) -> None:
    """Extract every figure of a news article and flag where the article contradicts itself."""


def _say(message: str) -> None:
    """One line on stderr, with terminal controls and bidi controls shown as escapes."""
    from factcheck.report.safe_text import for_terminal

    typer.echo(for_terminal(message), err=True)


def _show(text: str) -> None:
    """A line on stdout from a file (a rule's description, message, examples): escapes shown, not obeyed."""
    from factcheck.report.safe_text import for_terminal

    typer.echo(for_terminal(text))


def _fail(message: str) -> NoReturn:
    _say(f"factcheck: {message}")
    raise typer.Exit(ExitCode.BAD_INPUT)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--date must be YYYY-MM-DD, not {value!r}")


@app.command()
def extract(
    file: Path = typer.Argument(..., help="article: .txt, .md (front matter: date, dateline) or .html"),
    format: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f", help="table or json"),
    date: str | None = typer.Option(None, help="publication date YYYY-MM-DD (overrides front matter)"),
    dateline: str | None = typer.Option(None, help="place the article is about (overrides front matter)"),
    encoding: str | None = typer.Option(None, help="text encoding (default UTF-8, or by BOM)"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="refuse (exit 2) an article "
                                  "larger than this many bytes"),
) -> None:
    """Print every quantity of FILE and the relations between them."""
    from factcheck.api import extract_file
    from factcheck.budget import BudgetExceeded, guard
    from factcheck.report.extraction import render_json, render_table

    try:
        with guard(DEFAULT_FILE_SECONDS, DEFAULT_FILE_MEMORY_MB):  # the same per-file budget as check
            result = extract_file(file, date=_parse_date(date), dateline=dateline, encoding=encoding,
                                  max_bytes=max_bytes)
    except FactcheckError as exc:
        _fail(str(exc))
    except BudgetExceeded as exc:
        from factcheck.errors import BudgetError

        _fail(str(BudgetError(f"stopped past its {'time' if exc.reason == 'time' else 'memory'} budget "
                              f"({DEFAULT_FILE_SECONDS:g} s, {DEFAULT_FILE_MEMORY_MB:,} MB added)", path=str(file))))
    typer.echo(render_json(result) if format is ExtractFormat.json else render_table(result), nl=False)


@app.command()
def check(
    paths: list[str] = typer.Argument(..., help="files, folders or globs of articles"),
    rules: list[Path] = typer.Option([], "--rules", help="rule folder or file (repeatable; default: the default pack)"),
    date: str | None = typer.Option(None, help="publication date YYYY-MM-DD (overrides front matter)"),
    dateline: str | None = typer.Option(None, help="place the articles are about (overrides front matter)"),
    format: str = typer.Option("text", "--format", "-f", help="output format: text, json, ..."),
    output: Path | None = typer.Option(None, "--output", "-o", help="write the report to this file"),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", help="lowest severity that makes the exit code 1 "
                                             "[default: the configuration's fail_on, else warning]"),
    select: list[str] = typer.Option([], "--select", help="run only this rule id or kind (repeatable)"),
    ignore: list[str] = typer.Option([], "--ignore", help="skip this rule id or kind (repeatable)"),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="worker processes"),
    encoding: str | None = typer.Option(None, help="text encoding (default UTF-8, or by BOM)"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="refuse (exit 2) articles larger "
                                  "than this many bytes"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="also print notes (e.g. assumptions made)"),
    config: Path | None = typer.Option(None, "--config", help="configuration file (default: the nearest "
                                          ".factcheck.yaml or pyproject.toml [tool.factcheck] upward)"),
    no_config: bool = typer.Option(False, "--no-config", help="ignore every configuration file"),
    date_policy: DatePolicy | None = typer.Option(None, "--date-policy", help="undated articles: any-recent (accept "
                                              "any offset a zone used lately) or skip (no time-zone checks)"),
    min_confidence: Confidence | None = typer.Option(None, "--min-confidence", help="leave out findings less sure than "
                                                 "this: certain, likely or possible [default: the configuration's "
                                                 "min_confidence, else likely]"),
    report_unused_suppressions: bool = typer.Option(False, "--report-unused-suppressions",
                                                    help="info finding for each suppression comment that "
                                                    "suppressed nothing"),
    baseline: Path | None = typer.Option(None, "--baseline", help="report and fail only on findings not in "
                                            "this baseline file"),
    write_baseline: Path | None = typer.Option(None, "--write-baseline", help="record today's findings in this "
                                                  "baseline file (exit 0 unless a file cannot be read)"),
    timeout: float = typer.Option(DEFAULT_FILE_SECONDS, "--timeout", min=0, help="seconds one file may take "
                                  "before it is stopped with an error (E103); 0: no limit"),
    max_memory: float = typer.Option(DEFAULT_FILE_MEMORY_MB, "--max-memory", min=0, help="MB of memory one file "
                                     "may add before it is stopped with an error (E103); 0: no limit"),
) -> None:
    """Check articles and report every inconsistency between their figures.

    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.
    """
    from factcheck.config import discover, run_options
    from factcheck.report import format_names, format_needs, format_options, render
    from factcheck.runner import inputs_of, run

    if format not in format_names():
        _fail(f"unknown --format {format!r}; choose from {', '.join(format_names())}")
    try:
        options, fail_level = run_options(
            discover(config, use_config=not no_config), rules=[str(r) for r in rules], select=select, ignore=ignore,
            fail_on=fail_on, date_policy=date_policy, min_confidence=min_confidence.value if min_confidence else None,
            report_unused_suppressions=True if report_unused_suppressions else None, date=_parse_date(date),
            dateline=dateline, encoding=encoding, keep_text="text" in format_needs(format), max_bytes=max_bytes,
            file_seconds=timeout or None, file_memory_mb=max_memory or None)
        if verbose:
            _say(f"factcheck: configuration: {options.config_path or 'none (defaults)'}")
        if output is not None:
            from factcheck.output import refuse_inputs

            others = [write_baseline] if write_baseline is not None else []
            refuse_inputs(output, [*inputs_of(paths, options, baseline), *others], "output")
        from factcheck.progress import file_progress

        with file_progress(sys.stderr) as progress:  # a bar only when stderr is a terminal
            outcome = run(paths, options=options, fail_on=fail_level, baseline=baseline,
                          write_baseline=write_baseline, jobs=jobs, progress=progress)
    except FactcheckError as exc:  # a bad configuration, baseline or rule file: nothing would be checked right
        _fail(str(exc))
    if outcome.baseline_written is not None:
        _say(f"factcheck: wrote {outcome.baseline_written} findings to baseline {write_baseline}")
    if outcome.baseline_hidden or outcome.baseline_gone:
        _say(f"factcheck: {outcome.baseline_hidden} known findings hidden by baseline {baseline}"
             + (f"; {outcome.baseline_gone} baseline entries no longer found" if outcome.baseline_gone else ""))
    shown = {"verbose": verbose} if "verbose" in format_options(format) else {}
    report = render(format, outcome, **shown)
    if output:
        from factcheck.output import write_atomic

        try:
            write_atomic(output, report)  # beside the target, then renamed: never a half-written report
        except FactcheckError as exc:
            typer.echo(render("text", outcome, verbose=verbose), nl=False, err=True)  # the results are not lost
            _fail(str(exc))
    else:
        typer.echo(report, nl=False)
    if format != "text" or output:
        for error in outcome.errors:
            _say(str(error))
    raise typer.Exit(outcome.exit_code)


@rules_app.command("list")
def rules_list(rules: list[Path] = typer.Option([], "--rules", help="rule folder (default: the default pack)")) -> None:
    """One line per rule: id, kind, severity, description."""
    from factcheck.rulebook import default_rules, load_rules

    try:
        loaded = load_rules(*rules) if rules else default_rules()
    except FactcheckError as exc:
        _fail(str(exc))
    width = max((len(r.id) for r in loaded), default=0)
    for r in loaded:
        _show(f"{r.id:<{width}}  {r.kind:<20} {r.severity.value:<8} {r.description}")


@rules_app.command("kinds")
def rules_kinds() -> None:
    """One line per check kind: its name, what it flags (its docstring's first line), the figures it requires."""
    from factcheck.rulebook.registry import describe_kinds

    for name, flags, kinds in describe_kinds():
        _show(f"{name:<20} {flags}  [requires: {', '.join(sorted(k.value for k in kinds))}]")


@rules_app.command("show")
def rules_show(rule_id: str, rules: list[Path] = typer.Option([], "--rules")) -> None:
    """A rule's settings, its check kind's documentation, and its examples."""
    from factcheck.rulebook import default_rules, load_rules
    from factcheck.rulebook.registry import get_kind, requires

    try:
        loaded = load_rules(*rules) if rules else default_rules()
    except FactcheckError as exc:
        _fail(str(exc))
    rule = next((r for r in loaded if r.id == rule_id), None)
    if rule is None:
        _fail(f"no rule {rule_id!r}; see 'factcheck rules list'")
    check = get_kind(rule.kind)
    assert check is not None  # the loader refuses a rule of an unknown kind
    _show(f"{rule.id}  ({rule.kind}, {rule.severity.value})  {rule.path}\n")
    _show(f"message: {rule.message}\nparams: {rule.params.model_dump()}")
    _show(f"requires: {', '.join(sorted(k.value for k in requires(rule.kind)))}\n")
    typer.echo((check.__doc__ or "").strip() + "\n")
    for label, examples in (("fires on", rule.examples.bad), ("silent on", rule.examples.good)):
        for ex in examples:
            _show(f"{label}: {ex.text}")


@rules_app.command("validate")
def rules_validate(paths: list[Path] = typer.Argument(..., help="rule files or folders")) -> None:
    """Validate rule files; print each error as file:line:col, exit 2 if any."""
    from factcheck.rulebook.loader import load_rule, rule_files

    bad = 0
    count = 0
    for path in paths:
        try:
            files = rule_files(path)
        except FactcheckError as exc:
            typer.echo(str(exc), err=True)
            bad += 1
            continue
        for f in files:
            count += 1
            try:
                load_rule(f)
            except FactcheckError as exc:
                typer.echo(str(exc), err=True)
                bad += 1
    typer.echo(f"{count} rule files, {bad} with errors")
    if bad:
        raise typer.Exit(ExitCode.BAD_INPUT)


@rules_app.command("schema")
def rules_schema() -> None:
    """The JSON Schema of a rule file, for editor completion."""
    import json

    from factcheck.rulebook.schema import RuleFile

    typer.echo(json.dumps(RuleFile.model_json_schema(), indent=2))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="address to listen on (keep it on loopback unless a proxy guards it)"),
    port: int = typer.Option(8177, min=1, max=65535, help="port to listen on"),
    workers: int = typer.Option(0, "--workers", "-w", min=0, show_default=False, help="worker processes, each "
                                "with the pipeline loaded [default: the number of cores, at most 4]"),
    timeout: float = typer.Option(30.0, min=0.1, help="seconds a request may take (503 beyond)"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="refuse (413) articles larger "
                                  "than this many bytes"),
    cors: list[str] = typer.Option([], "--cors", help="allow browser pages of this origin to call the API "
                                   "(repeatable; default: none)"),
    rules: list[Path] = typer.Option([], "--rules", help="rule folder or file (repeatable; default: the default pack)"),
    config: Path | None = typer.Option(None, "--config", help="configuration file (default: the nearest "
                                          ".factcheck.yaml or pyproject.toml [tool.factcheck] upward)"),
    no_config: bool = typer.Option(False, "--no-config", help="ignore every configuration file"),
) -> None:
    """Serve the HTTP JSON API (POST /v1/check, OpenAPI at /openapi.json) and the editors' page at /."""
    import os

    from factcheck.config import discover, run_options
    from factcheck.service.app import ServiceSettings
    from factcheck.service.app import serve as run_server

    try:
        options, _ = run_options(discover(config, use_config=not no_config), rules=[str(r) for r in rules],
                                 max_bytes=max_bytes)
        from factcheck.runner import select_rules

        select_rules(options)  # a bad rule file stops here, with its file:line
    except FactcheckError as exc:
        _fail(str(exc))
    settings = ServiceSettings(options=options, workers=workers or min(os.cpu_count() or 1, 4), timeout=timeout,
                               max_bytes=max_bytes, cors=list(cors), host=host)
    typer.echo(f"factcheck: serving on http://{host if ':' not in host else f'[{host}]'}:{port}/ "
               f"({settings.workers} workers; API docs at /openapi.json; Ctrl-C stops)", err=True)
    run_server(settings, port=port)


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output (Markdown, plain text, HTML)."""
    from factcheck.lsp import main as run_lsp

    run_lsp()


def _hard_stop(signum, frame) -> None:
    """Ctrl-C or SIGTERM during check, extract or rules: end every worker, drop a half-written
    report, print one line, exit 128 + the signal. Nothing is raised: an exception from a signal
    handler can land in an import or a finalizer, where Python prints it and carries on."""
    parallel = sys.modules.get("factcheck.parallel")
    if parallel is not None:
        parallel.stop_all_workers()
    output = sys.modules.get("factcheck.output")
    if output is not None:
        output.remove_pending()
    _stop_while_starting(signum, frame)


def _install_stop_handlers() -> None:
    """Hard stop for the batch commands; Python's own Ctrl-C (KeyboardInterrupt) for the others
    (serve, lsp), which shut down in their own way."""
    import signal

    command = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    batch = command in ("check", "extract", "rules")
    for name in ("SIGINT", "SIGTERM"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        default = signal.default_int_handler if name == "SIGINT" else signal.SIG_DFL
        try:
            signal.signal(signum, _hard_stop if batch else default)
        except (ValueError, OSError):  # not the main thread
            pass


def _ignore_late_stops() -> None:
    import signal

    for name in ("SIGINT", "SIGTERM"):
        try:
            signal.signal(getattr(signal, name), signal.SIG_IGN)
        except (ValueError, OSError):  # not the main thread
            pass


def main() -> None:
    import signal

    _install_stop_handlers()
    try:
        app()
    except SystemExit:
        # the run is over and its output written: a Ctrl-C now must not kill the interpreter while it
        # shuts down (Python puts back the default handler then, which dies silently with -2)
        _ignore_late_stops()
        raise
    except FactcheckError as exc:
        _say(f"factcheck: {exc}")
        sys.exit(ExitCode.BAD_INPUT)
    except KeyboardInterrupt:  # serve, lsp, or a Ctrl-C before the handlers: one line
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _say("factcheck: interrupted")
        sys.exit(128 + signal.SIGINT)
    except Exception as exc:  # a fault of factcheck's own: one line, no traceback (FACTCHECK_DEBUG=1 shows it)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _say(f"factcheck: E900 internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]} "
             f"(please report it; FACTCHECK_DEBUG=1 shows the traceback)")
        sys.exit(ExitCode.BAD_INPUT)


if __name__ == "__main__":
    main()
