"""Shared fixtures. The spaCy pipeline loads once per test session (it is cached per process)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", module="quantulum3")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
