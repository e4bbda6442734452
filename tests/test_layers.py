"""The package's layers only point down and no import goes round in a circle.

The contracts are ``[tool.importlinter]`` in pyproject.toml (layers from the CLI down to the
records, no circle between the modules of any package, reports that never extract or check
again); ``lint-imports`` checks every import statement, those inside functions included.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_layers_import_contracts_are_kept():
    command = shutil.which("lint-imports")
    if command is None:
        pytest.fail("lint-imports not found: install the test extra (python3 -m pip install -e '.[test]')")
    done = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    broken = "\n".join(line for line in done.stdout.splitlines() if line.strip())
    assert done.returncode == 0, f"an import breaks the layers or closes a circle:\n{broken[-3000:]}"
    assert "0 broken" in done.stdout


def test_layers_contract_catches_an_upward_import(tmp_path):
    """The contract can fail: a records module that imports the runner breaks it."""
    package = tmp_path / "factcheck"
    shutil.copytree(ROOT / "factcheck", package, ignore=shutil.ignore_patterns("__pycache__"))
    records = package / "records.py"
    records.write_text(records.read_text(encoding="utf-8") + "\n\ndef _up():\n    from factcheck import runner\n",
                       encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                           "lint_imports_command()", "--no-cache", str(ROOT / "pyproject.toml")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode != 0, done.stdout
    assert "factcheck.records is not allowed to import factcheck.runner" in done.stdout
