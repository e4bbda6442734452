"""The progress bar of ``factcheck check``: drawn on stderr when it is a terminal, nothing otherwise."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.progress import file_progress

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Soldiers shot dead {n} people, including 51 women and 43 children.\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_nothing_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    with file_progress(stream) as progress:
        assert progress is None
    assert stream.getvalue() == ""


def test_progress_draws_a_bar_on_a_terminal_for_many_files_only(monkeypatch):
    monkeypatch.delenv("TERM", raising=False)
    one = Terminal()
    with file_progress(one) as progress:
        progress(0, 1)
        progress(1, 1)
    assert one.getvalue() == "", "one file needs no bar"
    many = Terminal()
    with file_progress(many) as progress:
        for done in range(4):
            progress(done, 3)
    assert "factcheck: checking" in many.getvalue() and "3/3" in many.getvalue()
    monkeypatch.setenv("TERM", "dumb")
    with file_progress(Terminal()) as progress:
        assert progress is None


def test_progress_check_over_many_files_writes_nothing_more_to_a_pipe(tmp_path):
    from factcheck.cli import app

    files = []
    for n in (82, 92, 192):
        files.append(tmp_path / f"a{n}.md")
        files[-1].write_text(ARTICLE.format(n=n), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-config", *map(str, files)])
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.count("part-exceeds-whole") == 2


@pytest.mark.slow
def test_progress_check_shows_the_bar_on_a_real_terminal(tmp_path):
    files = []
    for n in (82, 92, 192):
        files.append(tmp_path / f"a{n}.md")
        files[-1].write_text(ARTICLE.format(n=n), encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", "--no-config", *map(str, files)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, env={**os.environ, "TERM": "xterm"})
    os.close(slave)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal's other end closed: the process is done
                break
            if not chunk:
                break
            seen += chunk
        out = proc.stdout.read().decode()
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
        os.close(master)
    assert proc.returncode == 1
    assert b"factcheck: checking" in seen and b"/3" in seen, seen
    assert "checking" not in out, "the bar went to stdout"
    assert out.count("part-exceeds-whole") == 2
