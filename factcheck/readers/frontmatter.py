"""YAML front matter: the block between ``---`` lines at the top of a file."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from factcheck.errors import InputError

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n)?^(---|\.\.\.)[ \t]*$", re.S | re.M)


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Return the front matter mapping and the offset where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group(2)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"front matter: {problem}", path=path, line=line) from None
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of keys to values", path=path, line=2)
    return data, match.end()


def parse_date(value: object, path: str, field: str = "date") -> dt.date | None:
    """A front matter date: a YAML date, a datetime, or an ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"front matter {field!r} is not a date (YYYY-MM-DD): {value!r}", path=path) from None
