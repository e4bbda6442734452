"""The code's own checks: ruff (lint, import order) and mypy (types; strict on the records, findings,
rulebook and checks) report nothing. Both read their settings from pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow  # mypy over the package takes ~10 s (more without its cache)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_code_quality_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="ruff is not installed (pip install -e '.[test]' brings it)")
    done = _run("ruff", "check", "--no-cache", "factcheck", "tests", "benchmarks")
    assert done.returncode == 0, (f"ruff findings (`python3 -m ruff check --fix` mends the safe ones):\n"
                                  f"{done.stdout}{done.stderr}")


def test_code_quality_mypy_finds_nothing():
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]' brings it)")
    done = _run("mypy")  # files, plugins and the strict modules: [tool.mypy] in pyproject.toml
    assert done.returncode == 0, f"mypy errors:\n{done.stdout}{done.stderr}"


def test_code_quality_pre_commit_config_is_valid():
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]' brings it)")
    done = _run("pre_commit", "validate-config", ".pre-commit-config.yaml")
    assert done.returncode == 0, f"{done.stdout}{done.stderr}"
