"""Word classes per language, kept as data: ``factcheck/lang/<code>/<table>.yaml``.

Every list of words that decides how a figure or a relation is read (hedges, totalling verbs,
breakdown nouns, wire-style abbreviations, zone abbreviations...) lives in one YAML table per
class, used by every stage that needs it, so a word is added in one place for every check.

A table is a mapping; its values are lists of words or phrases, or mappings of word to value::

    # factcheck/lang/en/hedges.yaml
    approximate: [about, around, roughly, some]

``table("hedges")`` returns the parsed mapping (cached); ``words("hedges", "approximate")`` a
frozenset of lower-cased entries; ``alternation(...)`` a regex alternation of the phrases,
longest first, with spaces matching any run of whitespace.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

LANGUAGE = "en"


@cache
def table(name: str, language: str = LANGUAGE) -> dict:
    """The word table ``name`` of ``language`` as parsed from its YAML file."""
    text = resources.files(f"factcheck.lang.{language}").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"word table {language}/{name}.yaml must be a mapping")
    return data


@cache
def words(name: str, *classes: str, language: str = LANGUAGE) -> frozenset[str]:
    """Lower-cased entries of the given classes of table ``name`` (all classes when none is named)."""
    data = table(name, language)
    chosen = classes or tuple(data)
    found: set[str] = set()
    for cls in chosen:
        entries = data[cls]
        found.update(str(e).lower() for e in (entries if isinstance(entries, list) else entries.keys()))
    return frozenset(found)


@cache
def alternation(name: str, *classes: str, language: str = LANGUAGE) -> str:
    """A regex alternation of the phrases of the given classes, longest first: 'more\\s+than|over|...'."""
    phrases = sorted(words(name, *classes, language=language), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
