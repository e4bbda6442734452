"""The one registry of check kinds: kind name -> module. Adding a kind is one line here."""

from __future__ import annotations

import importlib
from types import ModuleType

from factcheck.records import Kind

KINDS: dict[str, str] = {
    "part_whole": "factcheck.checks.part_whole",
    "list_sum": "factcheck.checks.list_sum",
    "differing_totals": "factcheck.checks.differing_totals",
    "tz_offset": "factcheck.checks.tz_offset",
    "weekday_date": "factcheck.checks.weekday_date",
    "percent_change": "factcheck.checks.percent_change",
    "unit_conversion": "factcheck.checks.unit_conversion",
    "duration_arithmetic": "factcheck.checks.duration_arithmetic",
    "compare": "factcheck.checks.compare",
}


def kind_names() -> list[str]:
    return sorted(KINDS)


def get_kind(name: str) -> ModuleType | None:
    """The check module registered under ``name`` (imported on first use), or None."""
    if name not in KINDS:
        return None
    return importlib.import_module(KINDS[name])


def requires(name: str) -> frozenset[Kind]:
    """The kinds of figure the check kind ``name`` reads (its module's ``REQUIRES``): a rule of that kind
    has nothing to say about an article without any of them."""
    check = get_kind(name)
    if check is None:
        raise KeyError(name)
    kinds: frozenset[Kind] = check.REQUIRES
    return kinds


def describe_kinds() -> list[tuple[str, str, frozenset[Kind]]]:
    """(name, what it flags, the figures it requires) of every kind, from its module: the first line
    of its docstring ('part_whole: parts that add up to more than their whole.') and its ``REQUIRES``."""
    described = []
    for name in kind_names():
        check = get_kind(name)
        assert check is not None
        first = (check.__doc__ or "").strip().splitlines()[0] if check.__doc__ else ""
        described.append((name, first.removeprefix(f"{name}:").strip(), requires(name)))
    return described
