"""Configuration: discovery upward from the working directory, validation with file:line, merging with the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.config import Config, Settings, discover, find_config, load_config, run_options
from factcheck.errors import ConfigError, FactcheckError
from factcheck.findings import Severity
from factcheck.paths import filter_files
from factcheck.records import Article
from factcheck.rulebook import default_rules
from factcheck.runner import apply_severity, date_rules


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_find_nearest_wins(tmp_path: Path) -> None:
    outer = write(tmp_path / ".factcheck.yaml", "fail_on: error\n")
    inner = write(tmp_path / "desk" / ".factcheck.yml", "fail_on: info\n")
    deep = tmp_path / "desk" / "2024" / "march"
    deep.mkdir(parents=True)
    assert find_config(deep) == inner
    assert find_config(tmp_path / "desk" / "..") == outer


def test_config_find_skips_pyproject_without_tool_table(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail_on = 'never'\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n[tool.ruff]\nline-length = 99\n")
    assert find_config(tmp_path / "sub") == outer
    assert load_config(outer).settings.fail_on == "never"


def test_config_yaml_wins_over_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail_on = 'never'\n")
    yaml_file = write(tmp_path / ".factcheck.yaml", "fail_on: info\n")
    assert find_config(tmp_path) == yaml_file


def test_config_none_found_gives_defaults(tmp_path: Path) -> None:
    config = discover(start=tmp_path)
    assert config.path is None and config.settings == Settings()


def test_config_no_config_ignores_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".factcheck.yaml", "fail_on: info\n")
    monkeypatch.chdir(tmp_path)
    assert discover().settings.fail_on == "info"
    assert discover(use_config=False).settings.fail_on == "warning"


def test_config_all_keys_yaml_with_dashes_or_underscores(tmp_path: Path) -> None:
    path = write(tmp_path / ".factcheck.yaml", """\
rules: [house-rules]
select: part-exceeds-whole
ignore: [list_sum]
severity:
  part-exceeds-whole: warning
include: ["articles/**"]
exclude: [drafts/]
date-field: published
dateline_field: place
fail-on: error
date_policy: skip
report-unused-suppressions: true
""")
    s = load_config(path).settings
    assert (s.rules, s.select, s.ignore, s.severity) == (["house-rules"], ["part-exceeds-whole"], ["list_sum"],
                                                        {"part-exceeds-whole": Severity.WARNING})
    assert (s.include, s.exclude) == (["articles/**"], ["drafts/"])
    assert (s.date_field, s.dateline_field) == ("published", "place")
    assert (s.fail_on, s.date_policy, s.report_unused_suppressions) == ("error", "skip", True)


def test_config_unknown_key_is_an_error_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", "select: [a]\n\nfail-on: error\nseverty:\n  a: info\n")
    with pytest.raises(ConfigError) as info:
        load_config(".factcheck.yaml")
    assert str(info.value).startswith(".factcheck.yaml:4: E400 unknown key 'severty'; known keys: date_field,")
    assert isinstance(info.value, FactcheckError) and isinstance(info.value, ValueError)


def test_config_bad_value_points_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", "fail_on: warning\nseverity:\n  part-exceeds-whole: loud\n")
    with pytest.raises(ConfigError) as info:
        load_config(".factcheck.yaml")
    assert str(info.value) == (".factcheck.yaml:3: E400 severity.part-exceeds-whole: "
                               "Input should be 'error', 'warning' or 'info'")


def test_config_yaml_syntax_error_has_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", "select: [a\nfail_on: error\n")
    with pytest.raises(ConfigError, match=r"^\.factcheck\.yaml:\d+: E400 YAML syntax: "):
        load_config(".factcheck.yaml")


def test_config_pyproject_errors_point_at_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[project]\nname = 'desk'\n\n[tool.factcheck]\nselect = ['a']\n"
                                       "date-polcy = 'skip'\n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml:6: E400 unknown key 'date-polcy'"):
        load_config("pyproject.toml")
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail_on = 'never'\n\n[tool.factcheck.severity]\n"
                                       "part-exceeds-whole = 'fatal'\n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml:5: E400 severity\.part-exceeds-whole: Input should"):
        load_config("pyproject.toml")
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail_on = 'never\n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml:2: E400 TOML syntax: "):
        load_config("pyproject.toml")


def test_config_named_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E400 no such configuration file"):
        discover(tmp_path / "nope.yaml")


def test_config_cli_overrides_config_and_rules_are_relative_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "desk" / ".factcheck.yaml",
                 "rules: [house]\nselect: [a]\nignore: [b]\nfail_on: error\ndate_field: published\n")
    config = load_config(path)
    options, fail_on = run_options(config)
    assert options.rule_dirs == [str(tmp_path / "desk" / "house")]
    assert (options.select, options.ignore, options.date_field, fail_on) == (["a"], ["b"], "published", "error")
    assert options.base_dir == str(tmp_path / "desk")
    options, fail_on = run_options(config, rules=["other"], select=["c"], ignore=[], fail_on="never",
                                   date=dt.date(2024, 1, 2))
    assert (options.rule_dirs, options.select, options.ignore, fail_on) == (["other"], ["c"], ["b"], "never")
    assert options.date == dt.date(2024, 1, 2)


def test_config_include_exclude_patterns_relative_to_config_folder(tmp_path: Path) -> None:
    config = Config(Settings(include=["articles/**"], exclude=["drafts/", "*.draft.md"]),
                    path=tmp_path / ".factcheck.yaml")
    options, _ = run_options(config)
    files = [str(tmp_path / p) for p in ("articles/a.md", "articles/drafts/b.md", "articles/c.draft.md",
                                         "articles/2024/d.html", "notes/e.md")]
    assert filter_files(files, options) == [str(tmp_path / "articles/a.md"), str(tmp_path / "articles/2024/d.html")]


def test_config_severity_override_by_id_and_unknown_id_error() -> None:
    rules = default_rules()
    config = Config(Settings(severity={"part-exceeds-whole": Severity.INFO}))
    options, _ = run_options(config)
    changed = {r.id: r.severity for r in apply_severity(rules, options)}
    assert changed["part-exceeds-whole"] is Severity.INFO
    assert next(r for r in default_rules() if r.id == "part-exceeds-whole").severity is Severity.ERROR
    options.severity = {"no-such-rule": "info"}
    options.config_path, options.config_lines = ".factcheck.yaml", {"severity": 4, "severity.no-such-rule": 5}
    with pytest.raises(ConfigError) as info:
        apply_severity(rules, options)
    assert str(info.value) == ".factcheck.yaml:5: E400 severity: no rule or kind 'no-such-rule' among the loaded rules"


def test_config_date_policy_skip_drops_time_zone_kinds_for_undated_articles() -> None:
    class FakeRule:
        def __init__(self, rule_id: str, kind: str) -> None:
            self.id, self.kind = rule_id, kind

    rules = [FakeRule("part-exceeds-whole", "part_whole"), FakeRule("tz-offset-mismatch", "tz_offset")]
    undated = Article(text="x", body="x")
    dated = Article(text="x", body="x", date=dt.date(2024, 3, 2))
    skip, _ = run_options(Config(Settings(date_policy="skip")))
    notes: list[str] = []
    assert [r.id for r in date_rules(rules, undated, skip, notes)] == ["part-exceeds-whole"]
    assert notes == ["no publication date: time-zone checks skipped (date_policy: skip)"]
    assert [r.id for r in date_rules(rules, dated, skip, [])] == ["part-exceeds-whole", "tz-offset-mismatch"]
    default, _ = run_options(Config())
    assert [r.id for r in date_rules(rules, undated, default, [])] == ["part-exceeds-whole", "tz-offset-mismatch"]
