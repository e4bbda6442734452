"""Baseline: record today's findings, then report only new ones, however the lines move."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.baseline import Fingerprint, fingerprints, key_path, load_baseline, write_baseline
from factcheck.cli import app
from factcheck.errors import ConfigError
from factcheck.findings import Figure, FileResult, Finding
from factcheck.rulebook import DEFAULT_RULES_DIR

PART_WHOLE_RULE = DEFAULT_RULES_DIR / "part-exceeds-whole.yml"

TOLL = "Soldiers shot dead 82 people, including 51 women and 43 children."
VISITORS = "Of the 83 visitors, 75 were adults and 44 were children."


def finding(whole: str, parts: list[str], line: int, path: str = "a.md", rule: str = "part-exceeds-whole") -> Finding:
    """A hand-built finding; ``line`` also moves the offsets so nothing positional stays equal."""
    start = line * 100
    related = [Figure(text=p, start=start + 20 * (i + 1), end=start + 20 * (i + 1) + len(p), line=line,
                      column=20 * (i + 1) + 1) for i, p in enumerate(parts)]
    return Finding(rule=rule, kind="part_whole", severity="error", message=f"parts exceed '{whole}'",
                   start=start, end=start + len(whole), line=line, column=1, text=whole, related=related, path=path)


def test_baseline_fingerprint_has_no_line_numbers():
    here, there = finding("82", ["51", "43"], line=3), finding("82", ["51", "43"], line=40)
    assert fingerprints([here]) == fingerprints([there]) == [Fingerprint("a.md", "part-exceeds-whole", "82",
                                                                         ("51", "43"), 0)]


def test_baseline_fingerprint_normalises_whitespace_of_figure_texts():
    wrapped = finding("82 people", ["51\n  women"], line=3)
    assert fingerprints([wrapped])[0].related == ("51 women",)


def test_baseline_fingerprint_counts_identical_findings_in_reading_order():
    late, early = finding("82", ["51", "43"], line=9), finding("82", ["51", "43"], line=2)
    other = finding("83", ["75", "44"], line=5)
    assert [fp.occurrence for fp in fingerprints([late, other, early])] == [1, 0, 0]


def test_baseline_key_path_is_relative_to_the_baseline_folder(tmp_path):
    article = tmp_path / "news" / "a.md"
    assert key_path(str(article), tmp_path) == "news/a.md"
    assert key_path("./news/../news/a.md") == "news/a.md"
    assert key_path("<text>", tmp_path) == "<text>"


def test_baseline_file_is_sorted_diffable_json(tmp_path):
    results = [FileResult(path=str(tmp_path / "b.md"), findings=[finding("83", ["75", "44"], 5, str(tmp_path / "b.md"))]),
               FileResult(path=str(tmp_path / "a.md"), findings=[finding("82", ["51", "43"], 3, str(tmp_path / "a.md"))])]
    target = tmp_path / "baseline.json"
    assert write_baseline(results, target) == 2
    assert target.read_text(encoding="utf-8") == """{
  "findings": [
    {
      "message": "parts exceed '82'",
      "occurrence": 0,
      "path": "a.md",
      "related": [
        "51",
        "43"
      ],
      "rule": "part-exceeds-whole",
      "text": "82"
    },
    {
      "message": "parts exceed '83'",
      "occurrence": 0,
      "path": "b.md",
      "related": [
        "75",
        "44"
      ],
      "rule": "part-exceeds-whole",
      "text": "83"
    }
  ],
  "tool": "factcheck",
  "version": 1
}
"""


def test_baseline_filter_hides_moved_findings_and_keeps_new_ones(tmp_path):
    path = str(tmp_path / "a.md")
    write_baseline([FileResult(path=path, findings=[finding("82", ["51", "43"], 3, path),
                                                    finding("12", ["7", "9"], 8, path)])], tmp_path / "b.json")
    baseline = load_baseline(tmp_path / "b.json")
    moved, new = finding("82", ["51", "43"], 30, path), finding("83", ["75", "44"], 2, path)
    kept, hidden, gone = baseline.filter([FileResult(path=path, findings=[new, moved])])
    assert [f.text for f in kept[0].findings] == ["83"]
    assert (hidden, gone) == (1, 1)  # '82' known; '12' fixed since


def test_baseline_filter_reports_a_third_copy_of_a_known_finding(tmp_path):
    path = str(tmp_path / "a.md")
    write_baseline([FileResult(path=path, findings=[finding("82", ["51", "43"], n, path) for n in (1, 2)])],
                   tmp_path / "b.json")
    copies = [finding("82", ["51", "43"], n, path) for n in (4, 6, 8)]
    kept, hidden, _ = load_baseline(tmp_path / "b.json").filter([FileResult(path=path, findings=copies)])
    assert [f.line for f in kept[0].findings] == [8] and hidden == 2


@pytest.mark.parametrize("content,expected", [
    (None, "cannot read baseline"),
    ("{not json", "baseline is not valid JSON"),
    ('{"version": 1, "findings": [{"path": "a.md"}]}', "not a factcheck baseline (findings.0.rule"),
    ('{"version": 2, "findings": []}', "not a factcheck baseline (version"),
])
def test_baseline_load_errors_are_one_coded_line(tmp_path, content, expected):
    target = tmp_path / "baseline.json"
    if content is not None:
        target.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_baseline(target)
    message = str(info.value)
    assert message.startswith(f"{target}") and " E400 " in message and expected in message
    assert "\n" not in message


# --- through the command line -------------------------------------------------------------------

runner = CliRunner()


def check(*args: str):
    """``factcheck check`` with only the part-exceeds-whole rule and no configuration file, so counts are stable."""
    return runner.invoke(app, ["check", "--no-config", "--date", "2016-12-14",
                               "--rules", str(PART_WHOLE_RULE), *args])


def test_baseline_cli_reports_only_the_new_inconsistency_after_lines_move(tmp_path):
    article, baseline = tmp_path / "article.txt", tmp_path / "baseline.json"
    article.write_text(f"{TOLL}\n", encoding="utf-8")

    written = check("--write-baseline", str(baseline), str(article))
    assert written.exit_code == 0, written.output
    assert "wrote 1 findings to baseline" in written.stderr
    assert [e["text"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]] == ["82"]

    unchanged = check("--baseline", str(baseline), str(article))
    assert unchanged.exit_code == 0, unchanged.output
    assert "0 errors" in unchanged.stdout and "1 known findings hidden" in unchanged.stderr

    # a new inconsistency first, then the old sentence two paragraphs lower
    article.write_text(f"{VISITORS}\n\nA paragraph added later.\n\n{TOLL}\n", encoding="utf-8")
    edited = check("--baseline", str(baseline), "--format", "json", str(article))
    assert edited.exit_code == 1, edited.output
    (reported,) = json.loads(edited.stdout)["files"][0]["findings"]
    assert (reported["rule"], reported["text"], reported["line"]) == ("part-exceeds-whole", "83", 1)

    without = check("--format", "json", str(article))
    assert without.exit_code == 1
    assert sorted(f["text"] for f in json.loads(without.stdout)["files"][0]["findings"]) == ["82", "83"]


def test_baseline_cli_missing_baseline_is_a_usage_error(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(f"{TOLL}\n", encoding="utf-8")
    result = check("--baseline", str(tmp_path / "nope.json"), str(article))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: {tmp_path / 'nope.json'}: E400 cannot read baseline")
    assert result.stderr.count("\n") == 1
