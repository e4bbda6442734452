"""factcheck.run: the whole of ``factcheck check`` for a Python caller, short of printing.

Configuration discovery, baseline, fail threshold and the exit decision, as typed values.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.errors import ConfigError, ExitCode
from factcheck.findings import FailOn, FileError, Severity

BAD = "Soldiers shot dead 82 people, including 51 women and 43 children.\n"
CLEAN = "The council met on Monday.\n"


@pytest.fixture()
def desk(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_library_run_decides_the_exit_code_with_the_fail_threshold(desk):
    outcome = factcheck.run(["."])
    assert [Path(r.path).name for r in outcome.results] == ["bad.md", "clean.md"]
    assert [f.rule for f in outcome.results[0].findings] == ["part-exceeds-whole"]
    assert outcome.fail_on is FailOn.WARNING and outcome.exit_code is ExitCode.FINDINGS
    assert factcheck.run(["."], fail_on="never").exit_code is ExitCode.CLEAN
    assert outcome.rules and all(r.id for r in outcome.rules)  # the rules the run used travel with it
    assert outcome.elapsed is not None and outcome.elapsed >= 0


def test_library_run_takes_fail_on_from_the_configuration(desk):
    (desk / ".factcheck.yaml").write_text("fail_on: never\n", encoding="utf-8")
    outcome = factcheck.run(["bad.md"])
    assert outcome.config_path == ".factcheck.yaml"
    assert (outcome.fail_on, outcome.exit_code) == (FailOn.NEVER, ExitCode.CLEAN)
    assert factcheck.run(["bad.md"], fail_on="error").exit_code is ExitCode.FINDINGS  # the caller's wins
    assert factcheck.run(["bad.md"], use_config=False).fail_on is FailOn.WARNING


def test_library_run_writes_then_applies_a_baseline(desk):
    written = factcheck.run(["."], write_baseline="baseline.json")
    assert written.baseline_written == 1 and written.exit_code is ExitCode.CLEAN  # today's findings accepted
    (desk / "bad.md").write_text(BAD + "\nPolice arrested 40 people, including 30 men and 25 women.\n", encoding="utf-8")
    outcome = factcheck.run(["."], baseline="baseline.json")
    assert outcome.baseline_hidden == 1 and outcome.baseline_gone == 0
    assert [f.text for r in outcome.results for f in r.findings] == ["40"]  # only the new one
    assert outcome.exit_code is ExitCode.FINDINGS


def test_library_run_errors_are_records_and_exit_2(desk):
    outcome = factcheck.run(["bad.md", "missing.md"], fail_on="never")
    assert outcome.errors == [FileError(code="E100", path="missing.md", message="no such file")]
    assert str(outcome.errors[0]) == "missing.md: E100 no such file"
    assert outcome.exit_code is ExitCode.BAD_INPUT


def test_library_run_bad_baseline_is_one_line_error_naming_the_file(desk):
    (desk / "baseline.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^baseline.json"):
        factcheck.run(["."], baseline="baseline.json")


def test_library_run_one_severity_ladder():
    assert [s.rank for s in (Severity.INFO, Severity.WARNING, Severity.ERROR)] == [1, 2, 3]
    assert [FailOn(level).fails(Severity.WARNING) for level in ("error", "warning", "info", "never")] == \
        [False, True, True, False]
