"""What every format gets from the run: error records, the JSON summary, declared options only."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.findings import FileError, FileResult, Finding, Severity
from factcheck.report import format_names, format_options, render
from factcheck.runner import RunResult

ERROR = FileError(code="E400", path="a.md", line=3, column=7, message="date: not a date")


def test_report_run_unknown_option_is_an_error_not_ignored():
    with pytest.raises(ValueError, match=r"the json format takes no option 'verbose' \(its options: none\)"):
        render("json", [FileResult(path="a.md")], verbose=True)
    with pytest.raises(ValueError, match=r"takes no option 'color'"):
        render("text", [FileResult(path="a.md")], color=True)
    assert format_options("text") == ("verbose",)
    assert format_options("html") == ("title", "verbose")


@pytest.mark.parametrize("fmt", format_names())
def test_report_run_every_format_renders_the_error_record_with_its_code(fmt):
    report = render(fmt, [FileResult(path="a.md", errors=[ERROR])])
    assert "E400" in report and "date: not a date" in report, report


def test_report_run_error_record_keeps_its_line_in_every_located_format():
    results = [FileResult(path="a.md", errors=[ERROR])]
    assert render("text", results).splitlines()[0] == "a.md:3:7: E400 date: not a date"
    assert render("github", results) == "::error file=a.md,line=3,col=7,title=E400::a.md:3:7: E400 date: not a date\n"
    rdjson = json.loads(render("rdjson", results))["diagnostics"][0]
    assert rdjson["location"] == {"path": "a.md", "range": {"start": {"line": 3, "column": 7}}}
    assert rdjson["code"] == {"value": "E400"}
    sarif = json.loads(render("sarif", results))["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]
    assert sarif["descriptor"] == {"id": "E400"}
    assert sarif["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 7}
    assert 'line="3" column="7"' in render("checkstyle", results)


def test_report_run_json_summary_counts_the_run_and_keeps_the_old_keys():
    f = Finding(rule="part-exceeds-whole", kind="part_whole", severity=Severity.ERROR, message="m", start=0, end=2,
                line=1, column=1, text="82", path="b.md")
    run = RunResult(results=[FileResult(path="a.md", errors=[ERROR]), FileResult(path="b.md", findings=[f], words=12)],
                    elapsed=1.23456)
    data = json.loads(render("json", run))
    assert data["files"][0] == {"path": "a.md", "findings": [], "errors": ["a.md:3:7: E400 date: not a date"]}
    assert set(data["files"][1]) == {"path", "findings", "errors"}
    assert data["summary"] == {
        "files": 2, "files_checked": 1, "files_not_checked": 1, "words": 12, "findings": 1,
        "findings_by_severity": {"error": 1}, "findings_by_rule": {"part-exceeds-whole": 1},
        "errors": [{"code": "E400", "path": "a.md", "line": 3, "column": 7, "message": "date: not a date"}],
        "errors_by_code": {"E400": 1}, "elapsed_seconds": 1.235}


def test_report_run_cli_json_summary_has_words_and_time(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("Soldiers shot dead 82 people, including 51 women and 43 children.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-config", "--format", "json", str(article)])
    summary = json.loads(result.stdout)["summary"]
    assert result.exit_code == 1
    assert (summary["files"], summary["words"], summary["findings_by_rule"]) == (1, 11, {"part-exceeds-whole": 1})
    assert summary["elapsed_seconds"] >= 0


def test_report_run_cli_version():
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"factcheck {version('factcheck')}\n")


def test_report_run_formats_declare_what_they_need_from_the_run():
    from factcheck.report import format_needs

    assert {fmt for fmt in format_names() if "text" in format_needs(fmt)} == {"html", "rdjson"}
