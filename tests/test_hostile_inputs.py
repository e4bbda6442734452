"""Hostile and broken inputs: every file gets a one-line coded error or a correct result, the
other files of the run are still checked, and the exit code is 2 when any input is unusable.

Driven through ``factcheck.runner.check_paths`` and the ``check`` command (typer's CliRunner).
Inputs that would only cost time in spaCy (a 1 MB line, 100,000 numbers) are tested at the
reader and chunking level; ``benchmarks/large_article.py`` measures the whole pipeline.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.analysis import MAX_CHUNK, passages
from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.readers import decode, read_file, read_text
from factcheck.runner import RunOptions, check_one, check_paths

BAD = "Soldiers shot dead 82 people, including 51 women and 43 children.\n"
BAD_AT = BAD.index("82")  # the whole the finding points at
ERROR_LINE = re.compile(r"^\S.*: E\d{3} .+$")  # path[:line[:col]]: Ennn message, one line


def run_cli(*args: str):
    return CliRunner().invoke(app, ["check", "--no-config", *args])


def one_error(result) -> str:
    assert not result.findings, f"findings for an unreadable file: {result.findings}"
    assert len(result.errors) == 1, result.errors
    error = str(result.errors[0])
    assert ERROR_LINE.match(error) and "\n" not in error, f"not a one-line coded error: {error!r}"
    assert error.startswith(result.path), error
    return error


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


# --- empty, blank -------------------------------------------------------------------------------

@pytest.mark.parametrize("content", ["", "   ", "\n\n\n", " \t\r\n \r\n\t", "\ufeff"])
def test_hostile_inputs_empty_and_blank_files_are_clean_with_exit_0(tmp_path, content):
    path = tmp_path / "blank.md"
    path.write_text(content, encoding="utf-8")
    [result] = check_paths([str(path)], RunOptions())
    assert (result.findings, result.errors) == ([], [])
    cli = run_cli(str(path))
    assert cli.exit_code == 0, cli.output
    assert "1 file checked: 0 errors" in cli.output


# --- not text -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, said", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "PNG image"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF document"),
    ("story.md", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", ".docx"),
    ("nul.txt", b"Some 12 people\x00\x00\x01\x02 left.", "binary file (NUL bytes)"),
    ("controls.txt", bytes(range(1, 32)) * 20, "binary file (control bytes)"),
])
def test_hostile_inputs_binary_files_are_refused_by_name(tmp_path, name, data, said):
    path = tmp_path / name
    path.write_bytes(data)
    [result] = check_paths([str(path)], RunOptions())
    error = one_error(result)
    assert "E100" in error and said in error, error


def test_hostile_inputs_binary_file_does_not_stop_the_others_and_exits_2(tmp_path, good):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    results = check_paths([str(binary), str(good)], RunOptions())
    by_path = {Path(r.path).name: r for r in results}
    one_error(by_path["photo.txt"])
    assert [f.rule for f in by_path["good.txt"].findings] == ["part-exceeds-whole"]
    cli = run_cli(str(binary), str(good))
    assert cli.exit_code == 2
    assert "part-exceeds-whole" in cli.output and "photo.txt: E100 this is a PNG image" in cli.output


def test_hostile_inputs_utf16_without_bom_is_binary_with_a_hint(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Some 12 people left the town.".encode("utf-16-le"))
    error = one_error(check_one(str(path), RunOptions()))
    assert "--encoding utf-16-le" in error


# --- encodings ----------------------------------------------------------------------------------

def test_hostile_inputs_invalid_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"First line.\nThe caf\xe9 served 12 people.\n")
    error = one_error(check_one(str(path), RunOptions()))
    assert error == (f"{path}: E100 not valid UTF-8: byte 0xe9 at offset 19 "
                     f"(try --encoding latin-1 or cp1252)")
    cli = run_cli(str(path))
    assert cli.exit_code == 2 and "byte 0xe9 at offset 19" in cli.output


def test_hostile_inputs_encoding_latin1_reads_what_utf8_refuses(tmp_path):
    path = tmp_path / "latin.txt"
    prefix = "Caf\xe9 owners said "
    path.write_bytes(prefix.encode("latin-1") + BAD.encode("latin-1"))
    [result] = check_paths([str(path)], RunOptions(encoding="latin-1"))
    assert result.errors == []
    [finding] = result.findings
    assert (finding.rule, finding.text, finding.line, finding.column) == \
           ("part-exceeds-whole", "82", 1, len(prefix) + BAD_AT + 1)
    assert run_cli("--encoding", "latin-1", str(path)).exit_code == 1


def test_hostile_inputs_unknown_encoding_is_an_input_error(tmp_path, good):
    error = one_error(check_one(str(good), RunOptions(encoding="no-such-codec")))
    assert "unknown encoding 'no-such-codec'" in error
    assert "unknown encoding" in one_error(check_one(str(good), RunOptions(encoding="rot13")))


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-8", codecs.BOM_UTF8)])
def test_hostile_inputs_bom_files_are_read_and_the_bom_takes_no_column(tmp_path, codec, bom):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + ("Intro.\n" + BAD).encode(codec))
    [result] = check_paths([str(path)], RunOptions())
    assert result.errors == []
    [finding] = result.findings
    article = read_file(path)
    assert article.text == "Intro.\n" + BAD
    assert (finding.line, finding.column, finding.start) == (2, BAD_AT + 1, 7 + BAD_AT)
    assert article.text[finding.start:finding.end] == finding.text == "82"


def test_hostile_inputs_truncated_utf16_is_an_input_error():
    with pytest.raises(InputError, match=r"not valid UTF-16-LE: bad data at byte"):
        decode(codecs.BOM_UTF16_LE + "Some 12 people.".encode("utf-16-le") + b"\x00", "odd.txt")


def test_hostile_inputs_crlf_and_bom_keep_offsets_and_columns(tmp_path):
    lf = "Title line\n\nThe report came out on Monday.\n" + BAD
    plain = tmp_path / "lf.txt"
    plain.write_bytes(lf.encode())
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(codecs.BOM_UTF8 + lf.replace("\n", "\r\n").encode())
    [a] = check_paths([str(plain)], RunOptions())
    [b] = check_paths([str(crlf)], RunOptions())
    text_b = read_file(crlf).text
    assert [(f.rule, f.message, f.line, f.column) for f in a.findings] == \
           [(f.rule, f.message, f.line, f.column) for f in b.findings] == \
           [("part-exceeds-whole", a.findings[0].message, 4, BAD_AT + 1)]
    for f in b.findings:
        assert text_b[f.start:f.end] == f.text
        assert all(text_b[r.start:r.end] == r.text for r in f.related)
    assert b.findings[0].start == a.findings[0].start + 3  # one '\r' for each of the three lines before


# --- paths that are not article files ------------------------------------------------------------

@pytest.mark.parametrize("name", ["story.pdf", "story.docx", "story.odt", "notes.rtf"])
def test_hostile_inputs_unknown_file_types_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"anything")
    error = one_error(check_one(str(path), RunOptions()))
    assert f"E100 unknown file type '{path.suffix}'" in error


def test_hostile_inputs_directory_given_as_a_file(tmp_path):
    folder = tmp_path / "looks-like.md"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_file(folder)
    error = one_error(check_one(str(folder), RunOptions()))
    assert error == f"{folder}: E100 is a directory, not an article file"


def test_hostile_inputs_folder_mixes_good_and_bad_files(tmp_path, good):
    (tmp_path / "broken.md").write_bytes(b"caf\xe9 \xfa not text")
    (tmp_path / "empty.txt").write_text("")
    results = check_paths([str(tmp_path)], RunOptions())
    assert [Path(r.path).name for r in results] == ["broken.md", "empty.txt", "good.txt"]
    assert [bool(r.errors) for r in results] == [True, False, False]
    assert [f.rule for f in results[2].findings] == ["part-exceeds-whole"]


def test_hostile_inputs_missing_file_is_an_error_and_the_rest_are_checked(tmp_path, good):
    missing = tmp_path / "nowhere.md"
    results = check_paths([str(missing), str(good)], RunOptions())
    assert one_error(results[1]) == f"{missing}: E100 no such file"
    assert [f.rule for f in results[0].findings] == ["part-exceeds-whole"]
    cli = run_cli(str(missing), str(good))
    assert cli.exit_code == 2 and f"{missing}: E100 no such file" in cli.output


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="running as root: root reads a file whatever its permissions, so an unreadable "
                           "file cannot be made here")
def test_hostile_inputs_file_without_read_permission(tmp_path, good):
    locked = tmp_path / "locked.md"
    locked.write_text(BAD)
    locked.chmod(0)
    try:
        results = check_paths([str(locked), str(good)], RunOptions())
    finally:
        locked.chmod(0o600)
    assert one_error(results[1]) == f"{locked}: E100 permission denied"
    assert results[0].findings


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_hostile_inputs_endless_device_is_read_only_up_to_the_limit():
    with pytest.raises(InputError, match=r"more than 1,000 bytes, above the limit of 1,000 bytes"):
        read_file("/dev/zero", max_bytes=1000)


# --- size -----------------------------------------------------------------------------------------

def test_hostile_inputs_max_bytes_refuses_larger_files(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    results = check_paths([str(big), str(good)], RunOptions(max_bytes=4000))
    assert one_error(results[0]) == (f"{big}: E100 file is 5,000 bytes, above the limit of 4,000 bytes "
                                     f"(raise it with --max-bytes)")
    assert results[1].findings
    cli = run_cli("--max-bytes", "4000", str(big))
    assert cli.exit_code == 2 and "above the limit of 4,000 bytes" in cli.output


def _chunks_cover(body: str) -> list[tuple[int, str]]:
    pieces = list(passages(body))
    last = 0
    for offset, text in pieces:
        assert len(text) <= MAX_CHUNK, f"chunk of {len(text)} characters at {offset}"
        assert offset >= last and body[offset:offset + len(text)] == text
        assert not body[last:offset].strip(), f"text skipped between {last} and {offset}"
        last = offset + len(text)
    assert not body[last:].strip()
    return pieces


def test_hostile_inputs_two_megabyte_article_is_chunked_without_loss(tmp_path):
    paragraph = ("Officials said 120 people, including 40 women and 30 children, were moved on Tuesday. "
                 "The convoy covered 12 km (7.5 miles). ") * 3
    text = "---\ndate: 2016-12-14\n---\n" + "\n\n".join([paragraph] * 4500) + "\n\n" + "word " * 60_000
    path = tmp_path / "long.md"
    path.write_text(text, encoding="utf-8")
    article = read_file(path)
    assert len(text) > 1_500_000 and article.text == text and len(article.body) == len(text)
    pieces = _chunks_cover(article.body)
    assert len(pieces) > 4500  # the paragraphs, and the 300,000-character one cut in chunks
    assert max(len(t) for _, t in pieces) > MAX_CHUNK // 2


def test_hostile_inputs_one_megabyte_line_is_cut_at_spaces():
    line = " ".join(f"{i} people" for i in range(110_000))
    article = read_text(line, "line.txt")
    pieces = _chunks_cover(article.body)
    assert len(line) > 1_000_000 and len(pieces) >= len(line) // MAX_CHUNK
    assert all(o == 0 or line[o - 1] == " " for o, t in pieces), "a chunk starts inside a word"


def test_hostile_inputs_long_paragraph_findings_point_at_the_text_past_the_first_chunk(tmp_path):
    filler = "The committee met again and talked for a long time about the roads and the weather. " * 260
    text = filler + BAD.strip() + " " + filler[:2000]
    path = tmp_path / "one-paragraph.txt"
    path.write_text(text)
    assert len(text) > MAX_CHUNK + 2000
    [result] = check_paths([str(path)], RunOptions())
    assert result.errors == []
    [finding] = result.findings
    assert finding.start == len(filler) + BAD_AT and text[finding.start:finding.end] == "82"
    assert [r.text for r in finding.related] == ["51", "43"]
    assert all(text[r.start:r.end] == r.text for r in finding.related)


@pytest.mark.slow  # ~14 s: a file of a hundred thousand figures, end to end
def test_hostile_inputs_many_numbers_in_one_file(tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text(" ".join(str(i) for i in range(2000)) + "\n\n" + BAD)
    [result] = check_paths([str(numbers)], RunOptions())
    assert result.errors == []
    assert [f.rule for f in result.findings] == ["part-exceeds-whole"]
    # 100,000 numbers: read and cut into chunks (the whole pipeline is measured by the benchmark)
    article = read_text(" ".join(str(i) for i in range(100_000)), "numbers.txt")
    _chunks_cover(article.body)


# --- deep nesting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, before, after", [
    ("parens.txt", "(" * 50_000, ")" * 50_000),
    ("quotes.txt", "\"'" * 25_000, "'\"" * 25_000),
    ("spaced.txt", "( " * 25_000, " )" * 25_000),
    ("brackets.md", "[" * 50_000, "]" * 50_000),
    ("quote-marks.md", "> " * 25_000, ""),
    ("emphasis.md", "*_" * 25_000, "_*" * 25_000),
    ("comments.md", "Text " + "<!--" * 20_000, ""),
], ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "")
def test_hostile_inputs_deep_nesting_gives_a_result(tmp_path, name, before, after):
    path = tmp_path / name
    path.write_text(before + " Some 12 people left. " + after + "\n\n" + BAD)
    [result] = check_paths([str(path)], RunOptions(keep_text=True))
    assert result.errors == []
    assert [f.rule for f in result.findings] == ["part-exceeds-whole"]
    twelve = [q for q in result.extraction.quantities if q.text == "12"]
    assert [q.start for q in twelve] == [len(before) + len(" Some ")]


def test_hostile_inputs_deep_yaml_and_alias_bomb_in_front_matter(tmp_path, good):
    deep = tmp_path / "deep.md"
    deep.write_text("---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\n" + BAD)
    laughs = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 9))
    bomb = tmp_path / "bomb.md"
    bomb.write_text("---\nl0: &l0 [lol]\n" + laughs + "---\n" + BAD)
    bad_date = tmp_path / "bad-date.md"
    bad_date.write_text("---\ntitle: x\ndate: 2016-02-30\n---\n" + BAD)
    results = check_paths([str(deep), str(bomb), str(bad_date), str(good)], RunOptions())
    errors = {Path(r.path).name: one_error(r) for r in results if r.errors}
    assert errors == {
        "bad-date.md": f"{bad_date}:2: E100 front matter: day is out of range for month",
        "bomb.md": f"{bomb}:2: E100 front matter: more than 10,000 YAML values (aliases included)",
        "deep.md": f"{deep}:2: E100 front matter: YAML nested too deeply",
    }
    assert [f.rule for r in results if not r.errors for f in r.findings] == ["part-exceeds-whole"]


# --- faults of factcheck's own --------------------------------------------------------------------

def test_hostile_inputs_internal_fault_is_one_error_line_and_the_run_goes_on(tmp_path, good, monkeypatch):
    import factcheck.api

    real = factcheck.api.extract_and_check

    def flaky(article, *args, **kwargs):
        if "crash" in article.path:
            raise KeyError("boom")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(factcheck.api, "extract_and_check", flaky)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    crash = tmp_path / "crash.txt"
    crash.write_text("Anything.")
    results = check_paths([str(crash), str(good)], RunOptions())
    assert one_error(results[0]) == (f"{crash}: E900 internal error while checking this file: KeyError: 'boom' "
                                     f"(please report it; FACTCHECK_DEBUG=1 shows the traceback)")
    assert [f.rule for f in results[1].findings] == ["part-exceeds-whole"]
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(KeyError):
        check_one(str(crash), RunOptions())


def test_hostile_inputs_cli_fault_outside_a_file_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    import sys

    import factcheck.report
    from factcheck.cli import main

    def broken_renderer(*args, **kwargs):
        raise RuntimeError("renderer failed\nwith a second line")

    empty = tmp_path / "empty.md"
    empty.write_text("")
    monkeypatch.setattr(factcheck.report, "render", broken_renderer)
    monkeypatch.setattr(sys, "argv", ["factcheck", "check", "--no-config", str(empty)])
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 2
    assert capsys.readouterr().err == ("factcheck: E900 internal error: RuntimeError: renderer failed with a second "
                                       "line (please report it; FACTCHECK_DEBUG=1 shows the traceback)\n")
