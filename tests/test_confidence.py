"""Every finding says how sure it is; severity follows from it; --min-confidence filters."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import factcheck
from factcheck.cli import app
from factcheck.findings import Confidence, Severity

STATED = "Soldiers shot dead 82 people, including 51 women and 43 children."
# the whole of the list is in the sentence before: read from position, so only likely
INFERRED = "The county recorded 47 road deaths last year. Twenty-one were drivers, 12 were passengers and the remaining 9 were pedestrians."
# a weekday six months from the article date: the year is a guess, so only possible
FAR_WEEKDAY = "On Wednesday, May 23, the task force will hold a forum."


def test_confidence_certain_when_the_relation_is_stated():
    [f] = factcheck.check(STATED)
    assert f.confidence is Confidence.CERTAIN and f.severity is Severity.ERROR


def test_confidence_likely_caps_an_error_at_warning():
    [f] = factcheck.check(INFERRED)
    assert f.rule == "list-sum-mismatch"
    assert f.confidence is Confidence.LIKELY and f.severity is Severity.WARNING


def test_confidence_possible_is_left_out_by_default_and_shown_on_request():
    assert factcheck.check(FAR_WEEKDAY, date="2022-11-28") == []
    [f] = factcheck.check(FAR_WEEKDAY, date="2022-11-28", min_confidence="possible")
    assert f.confidence is Confidence.POSSIBLE and f.severity is Severity.INFO


def test_confidence_min_certain_drops_likely_findings():
    assert factcheck.check(INFERRED, min_confidence="certain") == []


def test_confidence_cap_never_raises_a_rule_severity():
    assert Confidence.CERTAIN.cap(Severity.WARNING) is Severity.WARNING
    assert Confidence.LIKELY.cap(Severity.ERROR) is Severity.WARNING
    assert Confidence.POSSIBLE.cap(Severity.ERROR) is Severity.INFO


def test_confidence_in_json_text_and_sarif(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"{STATED}\n\n{INFERRED}\n", encoding="utf-8")
    runner = CliRunner()
    data = json.loads(runner.invoke(app, ["check", str(article), "--format", "json", "--no-config"]).stdout)
    assert sorted(f["confidence"] for f in data["files"][0]["findings"]) == ["certain", "likely"]
    text = runner.invoke(app, ["check", str(article), "--no-config"]).stdout
    assert "[certain]" in text and "[likely]" in text
    sarif = json.loads(runner.invoke(app, ["check", str(article), "--format", "sarif", "--no-config"]).stdout)
    results = sarif["runs"][0]["results"]
    assert sorted((r["properties"]["confidence"], r["rank"]) for r in results) == [("certain", 100.0), ("likely", 60.0)]


def test_confidence_cli_min_confidence(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"{INFERRED}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(article), "--no-config"]).exit_code == 1
    result = runner.invoke(app, ["check", str(article), "--no-config", "--min-confidence", "certain"])
    assert result.exit_code == 0, result.stdout
    bad = runner.invoke(app, ["check", str(article), "--no-config", "--min-confidence", "sure"])
    assert bad.exit_code == 2
