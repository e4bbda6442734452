"""Issue 12, classes "runaway file" and "signals": a file past its time or memory budget becomes
one coded error (E103) while every other file's results are kept, in the main process and in
``--jobs`` workers; SIGTERM, SIGKILL or Ctrl-C of a ``--jobs`` run leave no process behind and
print at most one line. Real subprocesses, processes found through /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from factcheck import api
from factcheck.runner import RunOptions, check_paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and signals: Linux")


def _runaway(article, rules=None, **kwargs):
    """Stands in for the pipeline: 'slow' spins, 'hog' eats memory, anything else is clean."""
    name = Path(article.path).stem
    if name.startswith("slow"):
        while True:
            pass
    if name.startswith("hog"):
        hog = []
        for _ in range(300):  # 3 GB at most: the budget must stop it long before
            hog.append(b"x" * (10 * 1024 * 1024))  # touched: resident, not just reserved
            time.sleep(0.005)
        return None, []
    return None, []


def _articles(folder: Path, names) -> list[str]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / f"{name}.md").write_text("Some 12 people left.\n", encoding="utf-8")
    return [str(folder / f"{name}.md") for name in names]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_reliability_budget_runaway_files_become_one_error_and_others_are_kept(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(api, "extract_and_check", _runaway)
    monkeypatch.setattr("factcheck.analysis.load_pipeline", lambda *a, **k: None)
    files = _articles(tmp_path / "a", ["a-ok", "hog", "m-ok", "slow", "z-ok"])
    start = time.perf_counter()
    results = check_paths(files, RunOptions(file_seconds=1.5, file_memory_mb=200), jobs=jobs)
    elapsed = time.perf_counter() - start
    by_name = {Path(r.path).stem: r for r in results}
    assert [by_name[n].errors for n in ("a-ok", "m-ok", "z-ok")] == [[], [], []]
    [slow] = by_name["slow"].errors
    [hog] = by_name["hog"].errors
    assert (slow.code, slow.message) == ("E103", "stopped after 1.5 s, its time budget (raise it with --timeout)")
    assert (hog.code, hog.message) == ("E103", "stopped at 200 MB of memory added, its memory budget (raise it with --max-memory)")
    assert elapsed < 30


def test_reliability_budget_no_limit_when_asked(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(api, "extract_and_check", lambda article, *a, **k: (calls.append(1), (None, []))[1])
    [result] = check_paths(_articles(tmp_path / "b", ["ok"]), RunOptions(file_seconds=None, file_memory_mb=None))
    assert result.errors == [] and calls == [1]


# -- real processes ------------------------------------------------------------------------------

BUSY_WORKERS = textwrap.dedent("""\
    import sys, time
    import factcheck.analysis, factcheck.runner
    factcheck.analysis.load_pipeline = lambda *a, **k: None
    def busy(path, options, rules=None):
        while True:
            time.sleep(0.1)
    factcheck.runner.check_one = busy
    from factcheck.cli import main
    sys.argv = ["factcheck", *sys.argv[1:]]
    main()
""")


def _children(pid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left to collect


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _start_busy_run(tmp_path: Path, jobs: int, count: int):
    files = _articles(tmp_path / "articles", [f"f{i}" for i in range(count)])
    process = subprocess.Popen([sys.executable, "-c", BUSY_WORKERS, "check", "--no-config", "--jobs", str(jobs),
                                *files], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    expected = min(jobs, count)
    assert _wait_for(lambda: len(_children(process.pid)) >= expected, 60), "workers never started"
    time.sleep(0.3)
    return process, _children(process.pid)


@pytest.mark.slow
@pytest.mark.parametrize("how, code, line", [
    (signal.SIGTERM, 128 + signal.SIGTERM, "factcheck: terminated"),
    (signal.SIGINT, 128 + signal.SIGINT, "factcheck: interrupted"),
    (signal.SIGKILL, -signal.SIGKILL, None),
])
def test_reliability_signals_leave_no_worker_behind(tmp_path, how, code, line):
    process, workers = _start_busy_run(tmp_path, jobs=2, count=6)
    assert len(workers) == 2
    if how == signal.SIGINT:
        os.killpg(process.pid, how)  # Ctrl-C at a terminal reaches the whole process group
    else:
        os.kill(process.pid, how)
    _, err = process.communicate(timeout=30)
    assert process.returncode == code
    assert _wait_for(lambda: not any(_alive(w) for w in workers), 10), "a worker outlived the run"
    if line is not None:
        assert err.decode().splitlines() == [line]


@pytest.mark.slow
def test_reliability_signals_never_more_workers_than_files(tmp_path):
    process, _workers = _start_busy_run(tmp_path, jobs=8, count=2)
    time.sleep(1.0)
    assert len(_children(process.pid)) == 2
    os.kill(process.pid, signal.SIGTERM)
    process.communicate(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 1.0, 2.5])
def test_reliability_signals_early_ctrl_c_of_a_real_run_prints_one_line(tmp_path, delay):
    files = _articles(tmp_path / "real", [f"f{i}" for i in range(4)])
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "check", "--no-config", "--jobs", "2", *files],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    lines = err.decode().splitlines()
    assert "Traceback" not in err.decode()
    assert len(lines) <= 1, lines
    if process.returncode != 0:  # it may have finished first
        assert lines == ["factcheck: interrupted"] and process.returncode == 130


def test_reliability_budget_extract_is_bounded_too(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck import budget, cli

    def spin(*args, **kwargs):
        while True:
            pass

    monkeypatch.setattr(api, "extract_file", spin)
    monkeypatch.setattr(cli, "DEFAULT_FILE_SECONDS", 0.5)
    [path] = _articles(tmp_path / "x", ["slow"])
    result = CliRunner().invoke(cli.app, ["extract", path])
    assert result.exit_code == 2
    assert result.output.strip().endswith("E103 stopped past its time budget (0.5 s, 1,536 MB added)")
    assert budget.rss_bytes() is not None


def test_reliability_signals_a_ctrl_c_after_the_output_cannot_kill_the_shutdown(monkeypatch):
    """Python puts back the default Ctrl-C handler while the interpreter shuts down; a Ctrl-C then
    ended a finished run silently with -2. Once the command has returned, late stops are ignored."""
    from factcheck import cli

    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    monkeypatch.setattr(cli, "app", lambda: sys.exit(0))
    monkeypatch.setattr(sys, "argv", ["factcheck", "check", "x.md"])
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.main()
        assert stopped.value.code == 0
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
