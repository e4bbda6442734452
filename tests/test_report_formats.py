"""Machine-readable formats (SARIF, GitHub annotations, JUnit, rdjson, checkstyle) on hand-built results."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck.findings import Figure, FileError, FileResult, Finding, Severity
from factcheck.report import FORMATS, render
from factcheck.report.common import end_position
from factcheck.rulebook import DEFAULT_RULES_DIR, load_rule
from factcheck.rulebook.registry import get_kind
from factcheck.runner import RunResult

# the official SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json), vendored: no download, no skip
SARIF_SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"

# "Soldiers shot dead 82 people, including 51 women and 43 children." as line 3 of a.md
ARTICLE = "# Toll\n\nSoldiers shot dead 82 people, including 51 women and 43 children.\n"
MESSAGE = "the parts (51, 43) add up to 94, more than the whole '82'"
GONE = FileError(code="E100", path="gone.md", message="no such file")


def toll_finding(path: str = "a.md", shift_lines: int = 0, shift: int = 0, **changes) -> Finding:
    """The part-exceeds-whole finding of ARTICLE, optionally moved down by lines/characters."""
    def fig(text: str, start: int, column: int) -> Figure:
        return Figure(text=text, start=start + shift, end=start + shift + len(text), line=3 + shift_lines,
                      column=column, value=float(text))

    data = dict(rule="part-exceeds-whole", kind="part_whole", severity=Severity.ERROR, message=MESSAGE,
                start=27 + shift, end=29 + shift, line=3 + shift_lines, column=20, text="82",
                related=[fig("51", 48, 41), fig("43", 61, 54)], arithmetic="51 + 43 = 94 > 82 (82)", path=path)
    data.update(changes)
    return Finding(**data)


def test_report_formats_are_registered():
    for name in ("sarif", "junit", "rdjson", "checkstyle"):
        assert name in FORMATS
        assert render(name, [FileResult(path="a.md")]).endswith("\n")
    assert render("github", [FileResult(path="a.md")]) == ""  # nothing to annotate


def test_report_formats_end_position_single_and_multi_line():
    assert end_position(toll_finding()) == (3, 22)
    text = "abcd\nxxxx82\nthousand rest"
    wrapped = Finding(rule="r", kind="part_whole", severity="error", message="m", start=9, end=20, line=2,
                      column=5, text="82\nthousand", path="a.md")
    assert text[wrapped.start:wrapped.end] == wrapped.text
    assert end_position(wrapped) == (3, 9)
    assert end_position(wrapped, text) == (3, 9)
    # the file text wins over the span's own text
    assert end_position(wrapped, "abcd\nxxxx82 thousand\nrest") == (2, 16)


# --- GitHub workflow commands -------------------------------------------------------------------

def test_report_formats_github_exact():
    results = [FileResult(path="a.md", findings=[toll_finding(),
                                                 toll_finding(severity=Severity.WARNING, rule="w", arithmetic=""),
                                                 toll_finding(severity=Severity.INFO, rule="i", arithmetic="")]),
               FileResult(path="gone.md", errors=[GONE])]
    assert render("github", results) == (
        "::error file=a.md,line=3,col=20,endColumn=22,title=part-exceeds-whole (certain)::"
        "the parts (51, 43) add up to 94, more than the whole '82'%0A= 51 + 43 = 94 > 82 (82)\n"
        "::warning file=a.md,line=3,col=20,endColumn=22,title=w (certain)::the parts (51, 43) add up to 94, more than the whole '82'\n"
        "::notice file=a.md,line=3,col=20,endColumn=22,title=i (certain)::the parts (51, 43) add up to 94, more than the whole '82'\n"
        "::error file=gone.md,title=E100::gone.md: E100 no such file\n"
    )


def test_report_formats_github_escapes_hostile_message_and_path():
    f = toll_finding(path="dir,x/a:b.md", rule="odd,rule:id", severity=Severity.WARNING,
                     message="100% sure\r\nline two: a, b", arithmetic="")
    assert render("github", [FileResult(path=f.path, findings=[f])]) == (
        "::warning file=dir%2Cx/a%3Ab.md,line=3,col=20,endColumn=22,title=odd%2Crule%3Aid (certain)::"
        "100%25 sure%0D%0Aline two: a, b\n"
    )


def test_report_formats_github_multi_line_figure_has_end_line_not_columns():
    f = Finding(rule="r", kind="part_whole", severity="error", message="m", start=9, end=20, line=2, column=5,
                text="82\nthousand", path="a.md")
    assert render("github", [FileResult(path="a.md", findings=[f])]) == "::error file=a.md,line=2,endLine=3,title=r (certain)::m\n"


# --- JUnit ------------------------------------------------------------------------------------------

def test_report_formats_junit_exact():
    results = [FileResult(path="a.md", findings=[toll_finding()]), FileResult(path="b.md"),
               FileResult(path="gone.md", errors=[GONE])]
    assert render("junit", results) == """<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="factcheck" tests="3" failures="1" errors="1">
  <testsuite name="a.md" tests="1" failures="1" errors="0">
    <testcase classname="a.md" name="part-exceeds-whole at 3:20" file="a.md" line="3">
      <failure message="the parts (51, 43) add up to 94, more than the whole '82'" type="error">a.md:3:20: error part-exceeds-whole the parts (51, 43) add up to 94, more than the whole '82' [certain]
= 51 + 43 = 94 &gt; 82 (82)
- '51' at a.md:3:41
- '43' at a.md:3:54</failure>
    </testcase>
  </testsuite>
  <testsuite name="b.md" tests="1" failures="0" errors="0">
    <testcase classname="b.md" name="factcheck" file="b.md" />
  </testsuite>
  <testsuite name="gone.md" tests="1" failures="0" errors="1">
    <testcase classname="gone.md" name="read gone.md" file="gone.md">
      <error message="gone.md: E100 no such file" type="E100">gone.md: E100 no such file</error>
    </testcase>
  </testsuite>
</testsuites>
"""


HOSTILE = 'a <script>&"\'</script> ]]> \x00\x1b end'


def test_report_formats_junit_and_checkstyle_escape_hostile_text():
    f = toll_finding(path='x&<y>".md', message=HOSTILE)
    results = [FileResult(path=f.path, findings=[f])]
    cleaned = HOSTILE.replace("\x00", "\ufffd").replace("\x1b", "\ufffd")

    junit = ET.fromstring(render("junit", results).encode("utf-8"))
    assert junit.find("testsuite").get("name") == 'x&<y>".md'
    assert junit.find("testsuite/testcase/failure").get("message") == cleaned

    checkstyle = ET.fromstring(render("checkstyle", results).encode("utf-8"))
    assert checkstyle.find("file").get("name") == 'x&<y>".md'
    assert checkstyle.find("file/error").get("message") == cleaned + " [certain] (51 + 43 = 94 > 82 (82))"


# --- checkstyle ---------------------------------------------------------------------------------

def test_report_formats_checkstyle_exact():
    results = [FileResult(path="a.md", findings=[toll_finding()]), FileResult(path="b.md"),
               FileResult(path="gone.md", errors=[GONE])]
    assert render("checkstyle", results) == """<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="a.md">
    <error line="3" column="20" severity="error" message="the parts (51, 43) add up to 94, more than the whole '82' [certain] (51 + 43 = 94 &gt; 82 (82))" source="factcheck.part-exceeds-whole" />
  </file>
  <file name="b.md" />
  <file name="gone.md">
    <error severity="error" message="gone.md: E100 no such file" source="factcheck.E100" />
  </file>
</checkstyle>
"""


# --- rdjson -------------------------------------------------------------------------------------

def test_report_formats_rdjson_exact():
    results = [FileResult(path="a.md", findings=[toll_finding(severity=Severity.WARNING)]),
               FileResult(path="gone.md", errors=[GONE])]
    assert json.loads(render("rdjson", results)) == {
        "source": {"name": "factcheck"},
        "diagnostics": [
            {"message": "the parts (51, 43) add up to 94, more than the whole '82' [certain] (51 + 43 = 94 > 82 (82))",
             "location": {"path": "a.md", "range": {"start": {"line": 3, "column": 20},
                                                    "end": {"line": 3, "column": 22}}},
             "severity": "WARNING", "source": {"name": "factcheck"}, "code": {"value": "part-exceeds-whole"}},
            {"message": "gone.md: E100 no such file", "location": {"path": "gone.md"}, "severity": "ERROR",
             "source": {"name": "factcheck"}, "code": {"value": "E100"}},
        ],
    }


def test_report_formats_rdjson_columns_are_utf8_bytes():
    text = "Élan: 82 people, including 51 women and 43 children.\n"
    f = Finding(rule="part-exceeds-whole", kind="part_whole", severity="error", message="m", start=6, end=8,
                line=1, column=7, text="82", path="é.md")
    rng = json.loads(render("rdjson", [FileResult(path="é.md", findings=[f], text=text)]))["diagnostics"][0]
    assert rng["location"] == {"path": "é.md", "range": {"start": {"line": 1, "column": 8},
                                                         "end": {"line": 1, "column": 10}}}


# --- SARIF --------------------------------------------------------------------------------------

def sarif(results: list[FileResult], rules=None, **options) -> dict:
    """The SARIF log of a run of ``rules`` (None: a run whose rules are not known) that gave ``results``."""
    return json.loads(render("sarif", RunResult(results=results, rules=rules), **options))


@pytest.fixture(scope="module")
def sarif_validator():
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5])


def test_report_formats_sarif_validates_against_official_schema(sarif_validator):
    results = [FileResult(path="a.md", findings=[toll_finding(), toll_finding(rule="w", severity=Severity.INFO)]),
               FileResult(path="b.md"), FileResult(path="gone.md", errors=[GONE])]
    assert_valid(sarif_validator, sarif(results))
    assert_valid(sarif_validator, sarif([]))
    hostile = toll_finding(path="dir with space/ü#1%.md", message=HOSTILE,
                           related=[Figure(text="5[1]\\", start=48, end=53, line=3, column=41)])
    assert_valid(sarif_validator, sarif([FileResult(path=hostile.path, findings=[hostile])]))
    unknown = toll_finding(rule="custom", kind="no_such_kind")
    assert_valid(sarif_validator, sarif([FileResult(path="a.md", findings=[unknown])]))


def test_report_formats_sarif_result_fields():
    log = sarif([FileResult(path="./articles/a.md", findings=[toll_finding(path="./articles/a.md")])])
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert run["tool"]["driver"]["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    (result,) = run["results"]
    where = {"uri": "articles/a.md", "uriBaseId": "SRCROOT"}
    assert result["ruleId"] == "part-exceeds-whole" and result["ruleIndex"] == 0 and result["level"] == "error"
    assert result["message"]["text"] == (MESSAGE + ". Figures compared: [51](1), [43](2)."
                                         " Arithmetic: 51 + 43 = 94 > 82 (82)")
    assert result["locations"] == [{"physicalLocation": {"artifactLocation": where, "region": {
        "startLine": 3, "startColumn": 20, "endLine": 3, "endColumn": 22}}}]
    assert result["relatedLocations"] == [
        {"id": 1, "physicalLocation": {"artifactLocation": where, "region": {
            "startLine": 3, "startColumn": 41, "endLine": 3, "endColumn": 43}}, "message": {"text": "51"}},
        {"id": 2, "physicalLocation": {"artifactLocation": where, "region": {
            "startLine": 3, "startColumn": 54, "endLine": 3, "endColumn": 56}}, "message": {"text": "43"}},
    ]
    assert set(result["partialFingerprints"]) == {"primaryLocationLineHash", "factcheck/figures/v1"}
    assert result["partialFingerprints"]["primaryLocationLineHash"].endswith(":1")


def test_report_formats_sarif_rule_descriptor_from_rule_and_kind_docstring():
    rules = [load_rule(DEFAULT_RULES_DIR / "part-exceeds-whole.yml")]
    (rule,) = sarif([FileResult(path="a.md", findings=[toll_finding()])], rules)["runs"][0]["tool"]["driver"]["rules"]
    doc = get_kind("part_whole").__doc__
    what = " ".join(doc.split("What it flags")[1].split("Why it matters")[0].split())
    assert rule["id"] == "part-exceeds-whole"
    assert rule["shortDescription"]["text"] == "The parts of a figure add up to more than the figure itself."
    assert rule["fullDescription"]["text"].startswith(what)
    assert len(rule["fullDescription"]["text"]) <= 1024
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert "Parameters" in rule["help"]["text"] and "Limits" in rule["help"]["text"]


def test_report_formats_sarif_rule_outside_the_default_pack_is_described_from_its_finding():
    f = toll_finding(rule="my-house-rule", severity=Severity.INFO)
    (rule,) = sarif([FileResult(path="a.md", findings=[f])])["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "my-house-rule"
    assert rule["defaultConfiguration"] == {"level": "note"}
    assert rule["shortDescription"]["text"].startswith("part_whole:")


def test_report_formats_sarif_house_rule_keeps_its_own_description(tmp_path):
    """The rules of the run travel to the report: a house rule that takes a default rule's id is
    described by its own file in SARIF, not by the default pack's (which SARIF used to load itself)."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    house = tmp_path / "house"
    house.mkdir()
    default = (DEFAULT_RULES_DIR / "part-exceeds-whole.yml").read_text(encoding="utf-8")
    ours = "Our desk style says a breakdown may never exceed its total."
    (house / "part-exceeds-whole.yml").write_text(
        default.replace("The parts of a figure add up to more than the figure itself.", ours), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-config", "--rules", str(house), "--format", "sarif",
                                      str(article)])
    assert result.exit_code == 1, result.output
    (rule,) = json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert (rule["id"], rule["shortDescription"]["text"]) == ("part-exceeds-whole", ours)


def test_report_formats_sarif_fingerprint_ignores_lines_but_not_figures():
    def fingerprint(f: Finding) -> dict:
        return sarif([FileResult(path=f.path, findings=[f])])["runs"][0]["results"][0]["partialFingerprints"]

    here = fingerprint(toll_finding())
    assert fingerprint(toll_finding(shift_lines=4, shift=40)) == here
    assert fingerprint(toll_finding(text="83")) != here
    assert fingerprint(toll_finding(path="b.md")) != here
    assert fingerprint(toll_finding(rule="other")) != here


def test_report_formats_sarif_repeated_finding_gets_occurrence_index():
    first, second = toll_finding(), toll_finding(shift_lines=2, shift=70)
    results = sarif([FileResult(path="a.md", findings=[first, second])])["runs"][0]["results"]
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert hashes[0].endswith(":1") and hashes[1].endswith(":2") and hashes[0] != hashes[1]


def test_report_formats_sarif_unreadable_file_is_a_tool_notification():
    run = sarif([FileResult(path="gone.md", errors=[GONE])])["runs"][0]
    assert run["results"] == []
    assert run["invocations"] == [{"executionSuccessful": False, "toolExecutionNotifications": [{
        "level": "error", "message": {"text": "gone.md: E100 no such file"}, "descriptor": {"id": "E100"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "gone.md", "uriBaseId": "SRCROOT"}}}],
    }]}]


def test_report_formats_sarif_escapes_hostile_path_and_link_text():
    f = toll_finding(path="dir with space/ü#1%.md",
                     related=[Figure(text="5[1]\\", start=48, end=53, line=3, column=41)])
    (result,) = sarif([FileResult(path=f.path, findings=[f])])["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "dir%20with%20space/%C3%BC%231%25.md"
    assert "Figures compared: [5\\[1\\]\\\\](1)." in result["message"]["text"]


def test_report_formats_sarif_absolute_path_outside_root_is_a_file_uri(tmp_path):
    outside = str(tmp_path / "a.md")
    where = sarif([FileResult(path=outside, findings=[toll_finding(path=outside)])],
                  root=str(tmp_path / "elsewhere"))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"] == {"uri": (tmp_path / "a.md").as_uri()}
    inside = sarif([FileResult(path=outside, findings=[toll_finding(path=outside)])], root=str(tmp_path))
    assert inside["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "a.md", "uriBaseId": "SRCROOT"}


def test_report_formats_sarif_end_to_end_region_covers_the_figure(sarif_validator):
    import factcheck

    text = "A quiet week.\n\nSoldiers shot dead 82 people, including 51 women and 43 children.\n"
    rules = [load_rule(DEFAULT_RULES_DIR / "part-exceeds-whole.yml")]
    findings = factcheck.check(text, date="2016-12-14", path="toll.txt", rules=rules)
    log = sarif([FileResult(path="toll.txt", findings=findings, text=text)], rules=rules)
    assert_valid(sarif_validator, log)
    (result,) = log["runs"][0]["results"]
    lines = text.split("\n")

    def covered(region: dict) -> str:
        assert region["startLine"] == region["endLine"]
        return lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1]

    assert result["ruleId"] == "part-exceeds-whole"
    assert covered(result["locations"][0]["physicalLocation"]["region"]) == "82"
    assert [covered(r["physicalLocation"]["region"]) for r in result["relatedLocations"]] == ["51", "43"]
