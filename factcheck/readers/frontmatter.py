"""YAML front matter: the block between ``---`` lines at the top of a file."""

from __future__ import annotations

import datetime as dt
import re

from factcheck import safe_yaml
from factcheck.errors import InputError, excerpt

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n)?^(---|\.\.\.)[ \t]*$", re.S | re.M)


# Front matter is a few keys; more YAML values than this (counting what aliases repeat) is an
# attack or an accident ("billion laughs"), refused before anything walks the data.
MAX_NODES = 10_000


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Return the front matter mapping and the offset where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        _, data = safe_yaml.load(match.group(2), max_nodes=MAX_NODES, unique_keys=True)
    except safe_yaml.YAMLProblem as problem:
        # front matter starts on the file's line 2; a depth problem has no line of its own
        detail = "YAML nested too deeply" if problem.kind == "depth" else problem.detail
        line = problem.line + 1 if problem.kind in ("syntax", "tag", "duplicate") and problem.line else 2
        detail = re.sub(r"first at line (\d+)", lambda m: f"first at line {int(m.group(1)) + 1}", detail)
        raise InputError(f"front matter: {detail}", path=path, line=line) from None
    data = data or {}
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
        raise InputError(f"front matter {field!r} is not a date (YYYY-MM-DD): {excerpt(value)}", path=path) from None
