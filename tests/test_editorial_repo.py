"""End to end: an editorial repository with a .factcheck.yaml, Markdown, HTML and text articles,
suppression comments and drafts, checked through the CLI, the pre-commit hook and the packaging."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent

# Only part-exceeds-whole is selected so that the expected findings stay exact as rules are added.
CONFIG = """\
# house settings for the news desk
select: [part-exceeds-whole]
exclude: [drafts/]
date_field: published
report_unused_suppressions: true
severity:
  part-exceeds-whole: warning
"""

FLOOD_MD = """\
---
title: River bursts its banks
published: 2024-03-02
---
# River bursts its banks

The flood forced 120 families from their homes, including 70 in Riverside and 65 in Millbrook.

Crews cleared the main road by noon, the council said.
"""

MARKET_HTML = """\
<!DOCTYPE html>
<html><head><title>Market reopens</title><meta name="date" content="2024-03-03"></head>
<body>
<h1>Market reopens after the flood</h1>
<p>The market has <strong>200</strong> stalls, including 120 selling food and 95 selling clothes.</p>
<!-- factcheck-disable-next-line part-exceeds-whole -- the organisers' own count, as published -->
<p>Of the 40 traders interviewed, 25 were from the north and 22 from the south.</p>
</body></html>
"""

COUNCIL_MD = """\
---
published: 2024-03-04
---
Police arrested 12 people, including 9 students and 6 teachers.

<!-- factcheck-disable part-exceeds-whole -->
The fire destroyed 30 houses, including 18 in the old town and 15 near the harbour.
<!-- factcheck-enable part-exceeds-whole -->

<!-- factcheck-disable-next-line part-exceeds-whole -->
Rescuers reached 64 villagers by boat; all were safe.
"""

CLEAN_TXT = "The council hired 50 staff, including 20 nurses and 10 cleaners.\n"

DRAFT_MD = "Rescuers reached 64 villagers, among them 40 children and 30 elderly people.\n"

# path:line:col:rule of every finding expected with the configuration above
EXPECTED = [
    "articles/council.md:4:17:part-exceeds-whole",
    "articles/council.md:10:1:unused-suppression",
    "articles/flood.md:7:18:part-exceeds-whole",
    "articles/market.html:5:27:part-exceeds-whole",
]
_FINDING = re.compile(r"^(\S+):(\d+):(\d+): (error|warning|info) (\S+) ", re.M)


def make_repo(root: Path) -> Path:
    files = {
        ".factcheck.yaml": CONFIG,
        "articles/flood.md": FLOOD_MD,
        "articles/market.html": MARKET_HTML,
        "articles/council.md": COUNCIL_MD,
        "articles/clean.txt": CLEAN_TXT,
        "drafts/wip.md": DRAFT_MD,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def findings_of(output: str) -> list[str]:
    return [f"{m[1]}:{m[2]}:{m[3]}:{m[5]}" for m in _FINDING.finditer(output)]


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(make_repo(tmp_path))
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def test_editorial_repo_findings_follow_config_and_suppressions(repo: Path) -> None:
    result = run(".", "--verbose")
    assert result.exit_code == 1, result.output
    assert findings_of(result.stdout) == EXPECTED
    severities = dict((f"{m[1]}:{m[2]}", m[4]) for m in _FINDING.finditer(result.stdout))
    assert severities["articles/flood.md:7"] == "warning"  # the configured severity
    assert severities["articles/council.md:10"] == "info"
    assert "articles/council.md: note: 1 finding suppressed by inline comments" in result.stdout
    assert "articles/market.html: note: 1 finding suppressed by inline comments" in result.stdout
    assert result.stdout.splitlines()[-1] == "4 files checked: 0 errors, 3 warnings, 1 info"


def test_editorial_repo_html_finding_points_into_the_source(repo: Path) -> None:
    result = run("articles/market.html", "--format", "json")
    assert result.exit_code == 1
    import json

    finding, = json.loads(result.stdout)["files"][0]["findings"]
    source = MARKET_HTML
    assert source[finding["start"]:finding["end"]] == "200"
    assert [source[r["start"]:r["end"]] for r in finding["related"]] == ["120", "95"]


def test_editorial_repo_clean_file_exits_0(repo: Path) -> None:
    result = run("articles/clean.txt")
    assert (result.exit_code, findings_of(result.stdout)) == (0, [])
    assert result.stdout == "1 file checked: 0 errors, 0 warnings, 0 info\n"


def test_editorial_repo_unreadable_file_exits_2_and_others_are_still_checked(repo: Path) -> None:
    (repo / "articles" / "broken.md").write_bytes(b"Caf\xe9 owners said 12 stalls\n")
    result = run("articles")
    assert result.exit_code == 2
    assert findings_of(result.stdout) == EXPECTED
    assert ("articles/broken.md: E100 not valid UTF-8: byte 0xe9 at offset 3 (try --encoding latin-1 or cp1252)"
            in result.stdout.splitlines())


def test_editorial_repo_cli_options_override_the_config(repo: Path) -> None:
    assert run(".", "--fail-on", "error").exit_code == 0  # every finding is a warning or info here
    result = run(".", "--no-config", "--select", "part-exceeds-whole")
    assert result.exit_code == 1
    assert findings_of(result.stdout) == [
        "articles/council.md:4:17:part-exceeds-whole",
        "articles/flood.md:7:18:part-exceeds-whole",
        "articles/market.html:5:27:part-exceeds-whole",
        "drafts/wip.md:1:18:part-exceeds-whole",
    ]
    assert "4 errors" in result.stdout.splitlines()[-1]


def test_editorial_repo_excluded_file_named_explicitly_is_skipped(repo: Path) -> None:
    result = run("drafts/wip.md", "articles/flood.md")
    assert findings_of(result.stdout) == ["articles/flood.md:7:18:part-exceeds-whole"]


def test_editorial_repo_bad_config_exits_2_with_one_line(repo: Path) -> None:
    (repo / ".factcheck.yaml").write_text(CONFIG + "fail_on: sometimes\n", encoding="utf-8")
    result = run(".")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: .factcheck.yaml:8: E400 fail_on: "
                             "Input should be 'error', 'warning', 'info' or 'never'\n")


def test_editorial_repo_config_found_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "articles")
    result = run("flood.md", "../drafts/wip.md")
    assert findings_of(result.stdout) == ["flood.md:7:18:part-exceeds-whole"]


def test_editorial_repo_date_policy_skip_drops_time_zone_checks_on_undated_articles(repo: Path) -> None:
    (repo / "wire").mkdir()
    (repo / "wire" / "osaka.md").write_text("Trading in Osaka opened at 9am local time (2200 GMT), brokers said.\n",
                                            encoding="utf-8")
    (repo / ".factcheck.yaml").write_text("select: [tz_offset]\n", encoding="utf-8")
    result = run("wire", "--verbose")
    assert (result.exit_code, findings_of(result.stdout)) == (1, ["wire/osaka.md:1:28:utc-offset-mismatch"])
    result = run("wire", "--verbose", "--date-policy", "skip")
    assert (result.exit_code, findings_of(result.stdout)) == (0, [])
    assert "wire/osaka.md: note: no publication date: time-zone checks skipped (date_policy: skip)" in result.stdout
    (repo / ".factcheck.yaml").write_text("select: [tz_offset]\ndate_policy: skip\n", encoding="utf-8")
    assert run("wire").exit_code == 0
    assert run("wire", "--date", "2024-03-02").exit_code == 1  # dated: checked whatever the policy


# -- pre-commit and packaging ------------------------------------------------------------------

HOOK_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "factcheck", "rules"]


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", "-c", "user.name=factcheck tests", "-c", "user.email=tests@example.invalid",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=cwd, check=True, capture_output=True)


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    # the hook's virtualenv sees the packages installed here (spaCy, the pipeline), and pip
    # installs factcheck into it without going to an index
    env.update(VIRTUALENV_SYSTEM_SITE_PACKAGES="1", PIP_NO_BUILD_ISOLATION="0", PIP_NO_INDEX="1",
               PRE_COMMIT_COLOR="never", NO_COLOR="1")
    return env


def _copy_project(target: Path) -> Path:
    target.mkdir()
    for name in HOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.exists():
            shutil.copy2(source, target / name)
        else:
            (target / name).write_text("factcheck\n", encoding="utf-8")
    return target


@pytest.mark.slow  # pre-commit builds the hook's environment and runs it (~10 s)
def test_editorial_repo_pre_commit_hook_try_repo(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]' brings it)")
    if shutil.which("git") is None:
        pytest.skip("git is not installed; pre-commit needs it")
    hook = _copy_project(tmp_path / "hook")
    _git("init", "-q", cwd=hook)
    _git("add", "-A", cwd=hook)
    _git("commit", "-q", "-m", "hook", cwd=hook)
    desk = make_repo(tmp_path / "desk")
    # the hook runs the project's packaged default rules; keep a house copy as the desk's rule folder
    shutil.copytree(ROOT / "rules", desk / "house-rules")
    (desk / ".factcheck.yaml").write_text(CONFIG + "rules: [house-rules]\n",
                                          encoding="utf-8")
    (desk / "tools.py").write_text("print('82 people, including 51 women and 43 children')\n", encoding="utf-8")
    _git("init", "-q", cwd=desk)
    _git("add", "-A", cwd=desk)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook), "factcheck", "--all-files"],
                          cwd=desk, env=_clean_env(), capture_output=True, text=True, timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "- hook id: factcheck" in output and "- exit code: 1" in output, output
    # tools.py is not an article: the hook's file types keep it out; drafts/ is excluded by the config
    assert findings_of(output) == EXPECTED, output


@pytest.mark.slow  # builds a wheel in isolation (~5 s)
def test_editorial_repo_wheel_carries_the_default_rule_pack(tmp_path: Path) -> None:
    import zipfile

    project = _copy_project(tmp_path / "project")
    # an isolated build, as pip does for pre-commit and the Action (it fetches setuptools from the index)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path / "dist"), str(project)], check=True, capture_output=True)
    wheel, = (tmp_path / "dist").glob("factcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/rules/part-exceeds-whole.yml" in names, names
