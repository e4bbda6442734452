"""YAML front matter: the block between ``---`` lines at the top of a file."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from factcheck.errors import InputError

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n)?^(---|\.\.\.)[ \t]*$", re.S | re.M)


# Deeper flow nesting ("[[[[...") than this is refused before YAML reads it: PyYAML's scanner takes
# quadratic time in the depth (5,000 levels: seconds), and its composer recurses.
MAX_FLOW_DEPTH = 100
_FLOW = re.compile(r"[\[\]{}]")


def flow_depth(source: str) -> int:
    """The deepest nesting of [ ] and { } in a YAML source (quotes not considered: an upper bound)."""
    depth = deepest = 0
    for match in _FLOW.finditer(source):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


# Front matter is a few keys; more YAML nodes than this (counting what aliases repeat) is an
# attack or an accident ("billion laughs"), refused before anything walks the data.
MAX_NODES = 10_000


def walk_nodes(root: yaml.Node | None):
    """Every node of a composed YAML tree in document order, aliases yielded each time they are used."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))


def count_nodes(node: yaml.Node | None, limit: int) -> int:
    """Nodes of a composed YAML tree, aliases counted each time they are used; stops past ``limit``."""
    count = 0
    for _ in walk_nodes(node):
        count += 1
        if count > limit:
            break
    return count


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Return the front matter mapping and the offset where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    source = match.group(2)
    if flow_depth(source) > MAX_FLOW_DEPTH:
        raise InputError("front matter: YAML nested too deeply", path=path, line=2)
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
        if count_nodes(root, MAX_NODES) > MAX_NODES:
            raise InputError(f"front matter: more than {MAX_NODES:,} YAML values (aliases included)",
                             path=path, line=2)
        data = yaml.safe_load(source) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"front matter: {problem}", path=path, line=line) from None
    except RecursionError:
        raise InputError("front matter: YAML nested too deeply", path=path, line=2) from None
    except (ValueError, OverflowError) as exc:  # a value YAML recognises but cannot build: "date: 2016-02-30"
        if isinstance(exc, InputError):
            raise
        raise InputError(f"front matter: {exc}", path=path, line=2) from None
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
