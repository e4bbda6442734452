"""Issue 12, class "output": a report or a baseline is written atomically (a temporary file
beside the target, then a rename), never over one of the run's inputs, and every stream is safe
to show and to encode (controls and bidi controls escaped; file names that are not UTF-8)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import OutputError
from factcheck.findings import FileError, FileResult, Finding, Severity
from factcheck.output import refuse_inputs, write_atomic
from factcheck.records import Extraction, Quantity
from factcheck.report import format_names, render
from factcheck.report.extraction import render_json, render_table

ARTICLE = "Soldiers shot dead 82 people, including 51 women and 43 children.\n"


def _fake_check(monkeypatch):
    """check_paths without the language model: one finding per file that names an article."""
    from factcheck import runner

    def check_paths(paths, options, jobs=1, **_):
        files, problems = runner.expand_paths(paths)
        return sorted(problems + [FileResult(path=f, findings=[Finding(
            rule="part-exceeds-whole", kind="part_whole", severity=Severity.ERROR, message="the parts exceed",
            start=19, end=21, line=1, column=20, text="82", path=f)]) for f in files], key=lambda r: r.path)

    monkeypatch.setattr(runner, "check_paths", check_paths)


def invoke(args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, ["check", "--no-config", *args])
    finally:
        os.chdir(old)


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
@pytest.mark.parametrize("target", ["art.md", "./art.md", "link.md", "hard.md"])
def test_reliability_output_never_overwrites_an_input(tmp_path, monkeypatch, option, target):
    _fake_check(monkeypatch)
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.md").symlink_to("art.md")
    os.link(tmp_path / "art.md", tmp_path / "hard.md")
    result = invoke(["art.md", option, target], tmp_path)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "E500" in lines[0] and "input" in lines[0], result.output
    assert (tmp_path / "art.md").read_text(encoding="utf-8") == ARTICLE


def test_reliability_output_never_overwrites_config_or_baseline(tmp_path, monkeypatch):
    _fake_check(monkeypatch)
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "known.json").write_text('{"version": 1, "findings": []}', encoding="utf-8")
    result = invoke(["art.md", "--baseline", "known.json", "--write-baseline", "known.json"], tmp_path)
    assert result.exit_code == 2 and "E500" in result.output
    assert json.loads((tmp_path / "known.json").read_text()) == {"version": 1, "findings": []}


def test_reliability_output_write_is_atomic_when_the_disk_fills(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("the good old report", encoding="utf-8")
    real_write = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Full(real_write(fd, mode)))
    with pytest.raises(OutputError, match="No space left on device") as info:
        write_atomic(target, "a new report " * 1000)
    assert str(info.value).startswith(f"{target}: E500 cannot write")
    assert target.read_text(encoding="utf-8") == "the good old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no temporary file left behind


def test_reliability_output_write_keeps_mode_and_replaces_whole(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("where", ["folder", "missing/dir/r.txt", "file/r.txt"])
def test_reliability_output_failures_are_one_coded_line_and_results_kept(tmp_path, monkeypatch, where):
    _fake_check(monkeypatch)
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    result = invoke(["art.md", "-o", where, "--format", "json"], tmp_path)
    assert result.exit_code == 2
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert any(line.startswith(f"factcheck: {where}: E500 ") for line in result.output.splitlines())
    assert "part-exceeds-whole" in result.output  # the results are printed, not lost


def test_reliability_output_refuse_inputs_helper(tmp_path):
    a = tmp_path / "a.md"
    a.write_text("x")
    refuse_inputs(tmp_path / "b.md", [str(a), None])
    with pytest.raises(OutputError):
        refuse_inputs(tmp_path / "." / "a.md", [str(a)])


# -- what reaches a terminal, a parser or a browser ----------------------------------------------

EVIL = "\x1b]0;pwned\x07\x1b[2J\u202eevil\u2066\x9b"


def _result(path: str, text: str = EVIL) -> FileResult:
    return FileResult(path=path, findings=[Finding(
        rule="part-exceeds-whole", kind="part_whole", severity=Severity.ERROR, message=f"parts of {text}",
        start=0, end=2, line=1, column=1, text=text, arithmetic=f"1 + {text}", path=path)],
        errors=[FileError(code="E100", path=path, message=f"dateline {text}")])


@pytest.mark.parametrize("fmt", format_names())
def test_reliability_output_every_format_is_free_of_raw_controls_and_encodable(fmt):
    path = "dir/\udcff\x1b[31mname\u202e.md"  # a name that is not UTF-8 (surrogateescape) with escapes
    report = render(fmt, [_result(path)])
    report.encode("utf-8")  # a lone surrogate would fail here
    for char in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066"):
        assert char not in report, f"{fmt}: {char!r} reaches the output raw"
    if fmt in ("json", "sarif", "rdjson"):
        json.loads(report)
        assert "\\u202e" in report or "\\u001b" in report
    if fmt in ("text", "github"):
        assert "\\x1b" in report and "\\u202e" in report and "\\xff" in report


def test_reliability_output_cli_escapes_file_names_on_the_terminal(tmp_path, monkeypatch):
    _fake_check(monkeypatch)
    name = "evil\x1b]0;title\x07.md"
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = invoke([name], tmp_path)
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil\\x1b]0;title\\x07.md" in result.output


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8: Linux")
def test_reliability_output_non_utf8_file_name_sarif_on_stdout_and_to_a_file(tmp_path):
    """A real process: the name reaches Python as surrogates; the report must still be written."""
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as f:
        f.write(b"Some 12 people left.\n")
    code = ("import sys, factcheck.runner as r\n"
            "from factcheck.findings import FileResult\n"
            "r.check_paths = lambda paths, options, jobs=1, **_: [\n"
            "    FileResult(path=f) for f in r.expand_paths(paths)[0]]\n"
            "from factcheck.cli import main\nsys.argv = ['factcheck', *sys.argv[1:]]\nmain()\n")
    for args in (["--format", "sarif"], ["--format", "json", "-o", "out.json"], ["-o", "out.txt"]):
        run = subprocess.run([sys.executable, "-c", code, "check", "--no-config", ".", *args], cwd=tmp_path,
                             capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=120)
        assert run.returncode == 0, run.stderr
        assert b"Traceback" not in run.stderr
    report = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "caf\\udce9.txt" in report and json.loads(report)  # the byte escaped, the JSON valid
    assert "1 file checked" in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_reliability_output_extract_json_is_strict_and_escaped():
    q = Quantity(id="q1", kind="count", text="1e999 \x1b[2J\u202e", start=0, end=5, line=1, column=1,
                 value=float("inf"), low=float("-inf"), high=float("nan"), sentence=0)
    out = render_json(Extraction(file="a\u202e.md", quantities=[q], relations=[]))
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
    assert data["quantities"][0]["value"] is None and data["quantities"][0]["low"] is None
    assert "\u202e" not in out and "\\u202e" in out
    table = render_table(Extraction(file="a\x1b[2J.md", quantities=[q], relations=[]))
    assert "\x1b" not in table and "\u202e" not in table


def test_reliability_output_never_overwrites_a_rule_file_or_the_other_output(tmp_path, monkeypatch):
    _fake_check(monkeypatch)
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yml").write_text("kind: part_whole\n", encoding="utf-8")
    result = invoke(["art.md", "--rules", "rules", "-o", "rules/house.yml"], tmp_path)
    assert result.exit_code == 2 and "E500" in result.output
    assert (rules / "house.yml").read_text(encoding="utf-8") == "kind: part_whole\n"
    result = invoke(["art.md", "-o", "same.json", "--write-baseline", "same.json"], tmp_path)
    assert result.exit_code == 2 and "E500" in result.output and not (tmp_path / "same.json").exists()


def test_reliability_output_rules_list_and_show_escape_what_a_rule_file_says(tmp_path):
    (tmp_path / "evil.yml").write_text(
        'kind: part_whole\ndescription: "evil \\e]0;title\\a \\u202e"\nmessage: "m \\e[2J"\n'
        "params: {relations: [part_of]}\nexamples:\n  bad: [{text: \"x \\e[31m\"}]\n  good: [{text: y}]\n",
        encoding="utf-8")
    for args in (["rules", "list", "--rules", str(tmp_path)], ["rules", "show", "evil", "--rules", str(tmp_path)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\u202e" not in result.output and "\\x1b" in result.output


@pytest.mark.parametrize("seed", range(3))
def test_reliability_output_generated_hostile_strings_in_every_format(seed):
    import random

    rng = random.Random(seed)
    alphabet = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\x9b", "\u061c", "\u200e", "\u200f", "\u2028",
                                                 "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                                                 "\u2067", "\u2068", "\u2069", "\udc80", "\udcff", "\ud800", "a",
                                                 "é", "<", "&", "\"", "'", "]]>", "-->"]
    for _ in range(20):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        path = "d/" + "".join(rng.choice(alphabet[27:]) for _ in range(5)) + ".md"
        for fmt in format_names():
            report = render(fmt, [_result(path, text)])
            report.encode("utf-8")
            assert not any(c in report for c in "\x1b\x07\x9b\u202a\u202b\u202d\u202e\u2066\u2067\u2068"), fmt
            if fmt in ("json", "sarif", "rdjson"):
                json.loads(report)
            if fmt in ("junit", "checkstyle"):
                import xml.dom.minidom

                xml.dom.minidom.parseString(report.encode("utf-8"))
