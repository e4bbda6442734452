"""Rules: the YAML envelope, the loader and the registry of check kinds."""

from __future__ import annotations

from functools import lru_cache

from factcheck.rulebook.engine import run_rules
from factcheck.rulebook.loader import DEFAULT_RULES_DIR, load_rule, load_rules
from factcheck.rulebook.schema import Rule


@lru_cache(maxsize=1)
def _default_rules() -> tuple[Rule, ...]:
    return tuple(load_rules(DEFAULT_RULES_DIR))


def default_rules() -> list[Rule]:
    """The default rule pack in ``rules/``, loaded once."""
    return list(_default_rules())


__all__ = ["DEFAULT_RULES_DIR", "Rule", "default_rules", "load_rule", "load_rules", "run_rules"]
