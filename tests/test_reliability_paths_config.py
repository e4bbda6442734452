"""Issue 12, classes "paths" and "configuration": each file resolved once (real paths, symlink
loops found and named), nothing read that could block (FIFOs) or never end (/dev/zero), the
configuration searched no higher than the repository root or home, wrong selections and
duplicate keys reported instead of silently running nothing or keeping the last value."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import config as config_module
from factcheck.cli import app
from factcheck.config import find_config, load_config
from factcheck.errors import ConfigError, InputError, RuleError
from factcheck.paths import expand_paths
from factcheck.readers import read_file, read_text
from factcheck.rulebook import loader
from factcheck.runner import RunOptions, select_rules


def finishes(function, seconds=10.0):
    """Run ``function`` in a thread: a hang fails the test instead of stalling the suite."""
    box: dict = {}

    def run():
        try:
            box["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box.get("value")


# -- paths ---------------------------------------------------------------------------------------

def test_reliability_paths_same_file_named_twice_is_checked_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("x")
    Path("link.md").symlink_to("a.md")
    files, problems = expand_paths(["a.md", "./a.md", "link.md", str(tmp_path / "a.md"), "."])
    assert files == ["a.md"] and problems == []


def test_reliability_paths_symlink_loop_is_named_as_such(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("b.md", "a.md")
    os.symlink("a.md", "b.md")
    files, problems = expand_paths(["a.md"])
    assert files == [] and [[str(e) for e in p.errors] for p in problems] == [["a.md: E100 symbolic link loop"]]
    files, problems = expand_paths(["."])  # found while walking a folder: reported, not skipped
    assert files == [] and sorted(str(e) for p in problems for e in p.errors) == [
        "a.md: E100 symbolic link loop", "b.md: E100 symbolic link loop"]


@pytest.mark.parametrize("links", [1, 3, 6])
def test_reliability_paths_self_referencing_links_neither_hang_nor_repeat(tmp_path, monkeypatch, links):
    monkeypatch.chdir(tmp_path)
    Path("sub").mkdir()
    Path("sub/a.md").write_text("x")
    for i in range(links):
        os.symlink("..", f"sub/up{i}")
        os.symlink(".", f"here{i}")
    for pattern in ("**/*.md", "sub/**/*.md", "."):
        start = time.perf_counter()
        files, _problems = finishes(lambda: expand_paths([pattern]))  # noqa: B023 - called at once
        assert len(files) == 1 and os.path.realpath(files[0]) == str((tmp_path / "sub/a.md").resolve())
        assert time.perf_counter() - start < 2


def test_reliability_paths_glob_matches_like_glob(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("top.md", "a/one.md", "a/b/two.md", "a/.hidden.md", "a/b/skip.txt"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("x")
    assert expand_paths(["**/*.md"])[0] == ["a/b/two.md", "a/one.md", "top.md"]
    assert expand_paths(["a/*/*.md"])[0] == ["a/b/two.md"]
    assert expand_paths(["./a/*.md"])[0] == ["./a/one.md"]
    assert [[str(e) for e in p.errors] for p in expand_paths(["zz*.md"])[1]] == [["zz*.md: E100 no file matches this pattern"]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_reliability_paths_fifo_as_article_config_baseline_or_rule_never_blocks(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        finishes(lambda: read_file(fifo))
    yaml_fifo = tmp_path / "conf.yaml"
    os.mkfifo(yaml_fifo)
    with pytest.raises(ConfigError, match="FIFO"):
        finishes(lambda: load_config(yaml_fifo))
    from factcheck.baseline import load_baseline

    with pytest.raises(ConfigError, match="FIFO"):
        finishes(lambda: load_baseline(yaml_fifo))
    rules = tmp_path / "rules"
    rules.mkdir()
    os.mkfifo(rules / "r.yml")
    with pytest.raises(RuleError, match="FIFO"):
        finishes(lambda: loader.load_rules(rules))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="/dev/zero")
def test_reliability_paths_devices_as_config_or_baseline_are_refused():
    from factcheck.baseline import load_baseline

    with pytest.raises(ConfigError, match="device"):
        finishes(lambda: load_config("/dev/zero"))
    with pytest.raises(ConfigError, match="device"):
        finishes(lambda: load_baseline("/dev/zero"))


# -- configuration -----------------------------------------------------------------------------

def test_reliability_config_search_stops_at_the_repository_root(tmp_path):
    (tmp_path / "outer").mkdir()
    (tmp_path / "outer" / ".factcheck.yaml").write_text("exclude: ['*']\nfail_on: never\n")
    repo = tmp_path / "outer" / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "desk").mkdir()
    assert find_config(repo / "desk") is None
    (repo / ".factcheck.yaml").write_text("fail_on: info\n")
    assert find_config(repo / "desk") == repo / ".factcheck.yaml"


def test_reliability_config_search_stops_at_home(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("fail_on: never\n")
    home = tmp_path / "home"
    (home / "work").mkdir(parents=True)
    monkeypatch.setattr(config_module, "_home", lambda: home)
    assert find_config(home / "work") is None


def test_reliability_config_never_read_from_a_shared_folder(tmp_path):
    shared = tmp_path / "shared"
    (shared / "mine").mkdir(parents=True)
    (shared / ".factcheck.yaml").write_text("fail_on: never\n")
    shared.chmod(0o1777)
    try:
        assert find_config(shared / "mine") is None
    finally:
        shared.chmod(0o755)


def test_reliability_config_verbose_names_the_configuration(tmp_path, monkeypatch):
    from factcheck import runner
    from factcheck.findings import FileResult

    monkeypatch.setattr(runner, "check_paths", lambda paths, options, jobs=1, **_: [FileResult(path="a.md")])
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factcheck.yaml").write_text("fail_on: error\n")
    Path("a.md").write_text("x")
    result = CliRunner().invoke(app, ["check", "a.md", "-v"])
    assert "factcheck: configuration: .factcheck.yaml" in result.output
    result = CliRunner().invoke(app, ["check", "a.md", "-v", "--no-config"])
    assert "factcheck: configuration: none (defaults)" in result.output


@pytest.mark.parametrize("text, line, what", [
    ("fail_on: info\nexclude: [drafts/]\nfail_on: never\n", 3, "duplicate key 'fail_on'"),
    ("exclude: ['drafts/', '!']\n", 1, "not a gitignore pattern"),
])
def test_reliability_config_mistakes_are_errors_with_a_line(tmp_path, text, line, what):
    path = tmp_path / ".factcheck.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=what) as info:
        load_config(path)
    assert f".factcheck.yaml:{line}: E400" in str(info.value)


def test_reliability_config_rules_folder_walk_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FOLDER_ENTRIES", 50)
    for i in range(60):
        (tmp_path / f"f{i}.txt").write_text("x")
    with pytest.raises(RuleError, match="more than 50 files"):
        loader.rule_files(tmp_path)


def test_reliability_config_empty_rules_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="no rule files"):
        loader.load_rules(tmp_path)


@pytest.mark.parametrize("select, ignore, what", [
    (["no-such-rule"], [], "--select: no rule or kind 'no-such-rule'"),
    ([], ["no-such-rule"], "--ignore: no rule or kind 'no-such-rule'"),
    (["part-exceeds-whole"], ["part-exceeds-whole"], "both selected and ignored"),
])
def test_reliability_config_selection_that_runs_nothing_is_an_error(select, ignore, what):
    with pytest.raises(RuleError, match=what):
        select_rules(RunOptions(select=select, ignore=ignore))


def test_reliability_config_selection_error_through_the_cli(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("x")
    result = CliRunner().invoke(app, ["check", "--no-config", "--select", "no-such-rule", str(article)])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "E201" in result.output


# -- front matter ------------------------------------------------------------------------------

def test_reliability_front_matter_duplicate_key_is_an_error_at_its_line():
    with pytest.raises(InputError) as info:
        read_text("---\ntitle: a\ndate: 2020-01-01\ntitle: b\n---\nText.\n", "a.md")
    assert str(info.value) == "a.md:4: E100 front matter: duplicate key 'title' (first at line 2)"


def test_reliability_front_matter_long_digit_string_in_an_unused_key_is_kept():
    digits = "7" * 6000
    article = read_text(f"---\ntitle: a\ntracking: {digits}\ndate: 2020-01-01\n---\nText.\n", "a.md")
    assert article.metadata["tracking"] == digits and str(article.date) == "2020-01-01"


def test_reliability_front_matter_lone_surrogate_is_replaced_one_for_one():
    article = read_text("Some 12 \ud800people left.", "a.txt")
    assert article.text == "Some 12 \ufffdpeople left." and len(article.body) == len(article.text)


# -- error messages quote at most a short excerpt of what they read ---------------------------

SECRETS = [
    "AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY-0123456789\n",
    "kind: wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY-0123456789-abcdefghijklmnop\nmessage: x\n"
    "examples: {bad: [{text: a}], good: [{text: b}]}\n",
    "id: wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY-0123456789-abcdefghijklmnop\nkind: part_whole\nmessage: x\n"
    "examples: {bad: [{text: a}], good: [{text: b}]}\n",
    "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY-0123456789-abcdefghijklmnop: [unclosed\n",
]


@pytest.mark.parametrize("secret", SECRETS)
def test_reliability_errors_never_echo_a_whole_foreign_line(tmp_path, secret):
    outside = tmp_path / "secret.txt"
    outside.write_text(secret, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yml").symlink_to(outside)
    result = CliRunner().invoke(app, ["rules", "validate", str(rules)])
    assert result.exit_code == 2
    assert "bPxRfiCYEXAMPLEKEY-0123456789" not in result.output  # an excerpt of 40 characters at most


def test_reliability_errors_escape_what_they_quote(tmp_path):
    path = tmp_path / ".factcheck.yaml"
    path.write_text("severity: {\"\\e]0;title\\a\": warning}\n", encoding="utf-8")
    from factcheck.config import run_options
    from factcheck.runner import apply_severity

    options, _ = run_options(load_config(path))
    with pytest.raises(ConfigError) as info:
        apply_severity([], options)
    assert "\x1b" not in str(info.value) and "\\x1b" in str(info.value)


@pytest.mark.parametrize("seed", range(4))
def test_reliability_paths_generated_link_graphs_list_each_real_file_once(tmp_path, monkeypatch, seed):
    """Random folders with random links (to an ancestor, a sibling, itself, a file, a loop)."""
    import random

    rng = random.Random(seed)
    monkeypatch.chdir(tmp_path)
    folders = [Path(".")]
    for i in range(8):
        folder = rng.choice(folders) / f"d{i}"
        folder.mkdir()
        folders.append(folder)
    real_files = set()
    for i in range(10):
        path = rng.choice(folders) / f"f{i}.md"
        path.write_text("x")
        real_files.add(os.path.realpath(path))
    for i in range(8):
        where = rng.choice(folders)
        target = os.path.relpath(rng.choice(folders), where) if rng.random() < 0.7 else f"l{i}"  # a self loop
        os.symlink(target, where / f"l{i}")
    for pattern in (".", "**/*.md", "d0/**/*.md", "*/*.md"):
        files, problems = finishes(lambda: expand_paths([pattern]))  # noqa: B023 - called at once
        reals = [os.path.realpath(f) for f in files]
        assert len(reals) == len(set(reals)), f"{pattern}: a file listed twice"
        assert set(reals) <= real_files
        if pattern in (".", "**/*.md"):
            assert set(reals) == real_files, f"{pattern}: a file missed"
        assert all(e.code == "E100" for p in problems for e in p.errors)
