"""Broken and hostile rule files: each is refused when it loads, with file:line:column, a code
(E200) and one line saying what is wrong; nothing in a rule file can run code or hang a run."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import RuleError
from factcheck.rulebook import load_rule, load_rules
from factcheck.safe_regex import check_backtracking

VALID = """\
kind: part_whole
severity: error
message: "the parts ({parts}) add up to {parts_sum}, more than '{whole}'"
params:
  tolerance: 0
examples:
  bad:
    - text: "Of the 83 visitors, 75 were adults and 44 were children."
  good:
    - text: "Of the 83 visitors, 39 were adults and 44 were children."
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(RuleError) as caught:
        load_rule(path)
    message = str(caught.value)
    assert "\n" not in message, f"error on more than one line: {message!r}"
    return message


def test_rule_loading_valid_template_loads(tmp_path):
    rule = load_rule(write(tmp_path, "parts-over.yml", VALID))
    assert (rule.id, rule.kind, rule.params.tolerance) == ("parts-over", "part_whole", 0.0)


@pytest.mark.parametrize("case, old, new, where, said", [
    ("mapping-in-value", "tolerance: 0", "tolerance: 0: 1", "5:15", "YAML syntax: mapping values are not allowed here"),
    ("unclosed-quote", "tolerance: 0", 'tolerance: "0', "8:14", "YAML syntax: expected <block end>"),
    ("tab", "params:\n  tolerance: 0", "params:\n\ttolerance: 0", "5:1", "YAML syntax"),
    ("two-documents", "kind: part_whole", "kind: part_whole\n---\nkind: list_sum", "2:1", "YAML syntax"),
    ("severity-type", "severity: error", "severity: 3", "2:11", "severity: Input should be 'error', 'warning' or 'info'"),
    ("tolerance-type", "tolerance: 0", "tolerance: lots", "5:14", "params.tolerance: Input should be a valid number"),
    ("relations-type", "tolerance: 0", "relations: part_of", "5:14", "params.relations: Input should be a valid list"),
    ("examples-type", '    - text: "Of the 83 visitors, 75', '    text: "Of the 83 visitors, 75', "8:5",
     "examples.bad: Input should be a valid list"),
    ("top-unknown", "severity: error", "severity: error\nsevrity: warning", "3:1", "unknown key 'sevrity'"),
    ("params-unknown", "tolerance: 0", "tolerance: 0\n  tolerence: 1", "6:3", "unknown key 'params.tolerence'"),
    ("example-unknown", '    - text: "Of the 83 visitors, 39', '    - txt: "Of the 83 visitors, 39', "10:7",
     "unknown key 'examples.good.0.txt'"),
    ("missing-message", "message: \"the parts ({parts}) add up to {parts_sum}, more than '{whole}'\"\n", "", "1:1",
     "missing key 'message'"),
    ("unknown-kind", "kind: part_whole", "kind: part_hole", "1:7", "unknown check kind 'part_hole'; known kinds:"),
    ("duplicate-key", "severity: error", "severity: error\nkind: list_sum", "3:1",
     "duplicate key 'kind' (first at line 1)"),
    ("message-field", "{parts_sum}", "{total}", "3:10", "message names ['total'], which part_whole does not fill"),
    ("message-empty-field", "{parts_sum}", "{}", "3:10", "message template: {} is not a field name"),
    ("message-positional", "{parts_sum}", "{0}", "3:10", "message template: {0} is not a field name"),
    ("message-attribute", "{parts_sum}", "{whole.__class__}", "3:10", "{whole.__class__} is not a field name"),
    ("message-index", "{parts_sum}", "{parts[0]}", "3:10", "{parts[0]} is not a field name"),
    ("message-conversion", "{parts_sum}", "{parts_sum!x}", "3:10", "message template: Unknown conversion specifier x"),
    ("message-format-spec", "{parts_sum}", "{parts_sum:d}", "3:10", "message template: Unknown format code 'd'"),
    ("message-brace", "{parts_sum}", "{parts_sum", "3:10", "message template: unexpected '{' in field name"),
    ("id-differs", "kind: part_whole", "id: parts-exceed\nkind: part_whole", "1:5",
     "id 'parts-exceed' differs from the file name 'case'"),
    ("bad-date", '    - text: "Of the 83 visitors, 75 were adults and 44 were children."',
     '    - text: "Of the 83 visitors, 75 were adults and 44 were children."\n      date: 2016-02-30', "9:13",
     "YAML value: day is out of range for month"),
])
def test_rule_loading_broken_rule_is_refused_with_file_line_column(tmp_path, case, old, new, where, said):
    assert old in VALID, case
    path = write(tmp_path, "case.yml", VALID.replace(old, new, 1))
    message = error_of(path)
    assert message.startswith(f"{path}:{where}: E200 "), f"{case}: {message}"
    assert said in message, f"{case}: {message}"


@pytest.mark.parametrize("content, said", [
    ("", "a rule file must be a mapping"),
    ("- kind: part_whole\n", "a rule file must be a mapping"),
    ("just words\n", "a rule file must be a mapping"),
])
def test_rule_loading_not_a_mapping(tmp_path, content, said):
    path = write(tmp_path, "odd.yml", content)
    assert error_of(path) == f"{path}:1:1: E200 {said} (kind, severity, message, params, examples)"


def test_rule_loading_not_utf8_names_the_byte(tmp_path):
    path = tmp_path / "latin.yml"
    path.write_bytes(VALID.replace("more than", "m\xe1s que").encode("latin-1"))
    assert error_of(path) == f"{path}:3:55: E200 not valid UTF-8: byte 0xe1 at offset 87"


def test_rule_loading_python_tags_are_refused_and_never_run(tmp_path):
    marker = tmp_path / "pwned"
    for tag in (f"!!python/object/apply:os.system ['touch {marker}']", "!!python/name:os.system",
                "!!python/object:factcheck.rulebook.schema.Rule {}"):
        path = write(tmp_path, "evil.yml", VALID.replace("tolerance: 0", f"tolerance: {tag}"))
        message = error_of(path)
        assert message.startswith(f"{path}:5:14: E200 YAML: could not determine a constructor for the tag"), message
        assert "rule files are plain YAML" in message
    assert not marker.exists()


def test_rule_loading_alias_bomb_is_refused_quickly(tmp_path):
    laughs = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 10))
    path = write(tmp_path, "laughs.yml", VALID.replace("params:\n  tolerance: 0",
                                                       "params:\n  relations: *l9").replace(
        "kind: part_whole", "l0: &l0 [part_of]\n" + laughs + "kind: part_whole"))
    started = time.monotonic()
    assert error_of(path) == f"{path}:1:1: E200 more than 50,000 YAML values (aliases included)"
    assert time.monotonic() - started < 10


def test_rule_loading_deep_nesting_is_refused_quickly(tmp_path):
    path = write(tmp_path, "deep.yml", VALID.replace("tolerance: 0", "tolerance: " + "[" * 50_000 + "]" * 50_000))
    started = time.monotonic()
    assert error_of(path) == f"{path}: E200 YAML nested too deeply (more than 100 levels of [ or {{)"
    assert time.monotonic() - started < 10


def test_rule_loading_oversized_file_is_refused(tmp_path):
    path = write(tmp_path, "huge.yml", VALID + "# " + "x" * 1_000_000 + "\n")
    assert error_of(path) == f"{path}: E200 rule file is larger than 1,000,000 bytes"


def test_rule_loading_duplicate_ids_across_two_folders(tmp_path):
    first = write(tmp_path / "house", "parts-over.yml", VALID)
    second = write(tmp_path / "desk", "parts-over.yml", VALID)
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path / "house", tmp_path / "desk")
    assert str(caught.value) == (f"{second}:1:1: E200 duplicate rule id 'parts-over' (also in {first}); rule ids "
                                 f"are file names and must be unique across rule folders")


def test_rule_loading_cli_validate_lists_each_bad_file_and_exits_2(tmp_path):
    write(tmp_path, "good-rule.yml", VALID)
    bad = write(tmp_path, "bad-rule.yml", VALID.replace("tolerance: 0", "tolerence: 0"))
    result = CliRunner().invoke(app, ["rules", "validate", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{bad}:5:3: E200 unknown key 'params.tolerence'" in result.output
    assert "2 rule files, 1 with errors" in result.output


def test_rule_loading_cli_check_with_a_bad_rule_folder_is_one_line_exit_2(tmp_path):
    bad = write(tmp_path / "rules", "bad-rule.yml", VALID.replace("kind: part_whole", "kind: nope"))
    article = tmp_path / "a.txt"
    article.write_text("Some 12 people left.")
    result = CliRunner().invoke(app, ["check", "--no-config", "--rules", str(tmp_path / "rules"), str(article)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"factcheck: {bad}:1:7: E200 unknown check kind 'nope'; known kinds: "
        + ", ".join(sorted(__import__("factcheck.rulebook.registry", fromlist=["KINDS"]).KINDS))]
    assert "Traceback" not in result.output


# --- regular expressions in parameters -----------------------------------------------------------

@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*$", r"((ab)*c?)+x", r"(?:x+){2,50}", r"(a|b+)*c"])
def test_rule_loading_regex_with_nested_quantifiers_is_refused(pattern):
    with pytest.raises(ValueError, match="nests quantifiers"):
        check_backtracking(pattern)


@pytest.mark.parametrize("pattern", [r"^\s*of\s+(?:registered\s+)?voters", r"(?:\w+\s+){0,3}figure", r"(?:a|b)*c",
                                     r"\b(?:rose|fell)\s+to\b"])  # atomic/possessive: RE2 refuses them
def test_rule_loading_regex_without_nested_quantifiers_is_accepted(pattern):
    assert check_backtracking(pattern) == pattern


def test_rule_loading_differing_totals_cue_with_nested_quantifiers_is_refused(tmp_path):
    path = write(tmp_path, "restated.yml", """\
        kind: differing_totals
        message: "'{text}' differs from '{other}'"
        params:
          cues: ['(\\w+\\s?)*$']
        examples:
          bad: [{text: "x"}]
          good: [{text: "y"}]
        """)
    message = error_of(path)
    assert message.startswith(f"{path}:4:9: E200 params.cues: Value error, regular expression") and \
        "nests quantifiers" in message


# --- the compare kind's expressions ---------------------------------------------------------------

def compare_rule(folder: Path, condition: str, extra: str = "") -> Path:
    pytest.importorskip("factcheck.checks.compare", reason="the compare kind (factcheck/checks/compare.py) is not "
                                                           "written yet")
    return write(folder, "house-limit.yml", (
        "kind: compare\n"
        "message: \"'{text}' breaks {condition}\"\n"
        "params:\n"
        "  kind: [count]\n"
        f"  condition: {condition!r}\n{extra}"
        "examples:\n"
        "  bad: [{text: \"A crowd of 20 million people gathered.\"}]\n"
        "  good: [{text: \"A crowd of 20,000 people gathered.\"}]\n"))


@pytest.mark.parametrize("condition, said", [
    ("value.__class__ == 1", "attribute access ('.') is not allowed"),
    ("value.real < 10", "attribute access ('.') is not allowed"),
    ("__import__('os').system('true')", "only the functions abs, all, any"),
    ("__builtins__ == value", "names starting with '_' are not allowed"),
    ("9**9**9 > value", "'**' needs a number up to 10 as exponent"),
    ("value ** value > 1", "'**' needs a number up to 10 as exponent"),
    ("[x for x in [1]] == value", "comprehensions are not allowed"),
    ("(lambda: 1)() == value", "only the functions abs, all, any"),
    ("(lambda: 1) == value", "lambda is not allowed"),
    ("open('/etc/passwd') == value", "only the functions abs, all, any"),
    ("globals == value", "unknown name 'globals'"),
    ("value <", "not a valid expression"),
])
def test_rule_loading_compare_expression_reaching_outside_is_refused_at_load(tmp_path, condition, said):
    path = compare_rule(tmp_path, condition)
    message = error_of(path)
    assert message.startswith(f"{path}:5:14: E200 params.condition: Value error, condition"), message
    assert said in message, message


def test_rule_loading_compare_regex_selector_with_nested_quantifiers_is_refused(tmp_path):
    path = compare_rule(tmp_path, "value < 100", "  before: '(\\w+\\s*)+$'\n")
    message = error_of(path)
    assert message.startswith(f"{path}:6:11: E200 params.before: Value error, regular expression"), message


def test_rule_loading_compare_huge_arithmetic_is_cut_short_at_run_time(tmp_path):
    import factcheck

    rule = load_rule(compare_rule(tmp_path, "((value ** 10) ** 10) ** 10 > 0 and 'x' * 10 ** 10 == 'x'"))
    started = time.monotonic()
    findings = factcheck.check("A crowd of 20 people gathered.", rules=[rule])
    assert findings == []  # the condition cannot be evaluated: no finding, a note in --verbose
    assert time.monotonic() - started < 30
