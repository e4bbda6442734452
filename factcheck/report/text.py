"""Text output, like a compiler's: ``path:line:col: severity rule-id message``, then the figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.runner import RunResult


def render(run: RunResult, *, verbose: bool = False) -> str:
    """One line per error and per finding (then its arithmetic and figures), notes if ``verbose``, a summary."""
    results = run.results
    lines: list[str] = []
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for error in result.errors:
            lines.append(str(error))
        for f in result.findings:
            counts[f.severity.value] += 1
            lines.append(f"{f.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message} [{f.confidence.value}]")
            if f.arithmetic:
                lines.append(f"    = {f.arithmetic}")
            lines.extend(f"    - '{r.text}' at {f.path}:{r.line}:{r.column}" for r in f.related)
        if verbose:
            lines.extend(f"{result.path}: note: {note}" for note in result.notes)
    files = len(results)
    errors = sum(1 for r in results if r.errors)
    summary = (f"{files} file{'s' if files != 1 else ''} checked: {counts['error']} errors, "
               f"{counts['warning']} warnings, {counts['info']} info")
    if errors:
        summary += f"; {errors} file{'s' if errors != 1 else ''} could not be checked"
    lines.append(summary)
    return "\n".join(lines) + "\n"
