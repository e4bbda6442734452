"""YAML that people write (rule files, front matter, configuration), loaded safely and once.

Plain YAML only (PyYAML's SafeLoader: no ``!!python/...`` tags), refused before it can hurt:
flow nesting deeper than ``MAX_FLOW_DEPTH`` (PyYAML's scanner is quadratic in the depth and
its composer recurses), more than ``max_nodes`` values counting what aliases repeat ("billion
laughs"), and, where asked, duplicate keys (YAML would silently keep the last). Every problem
is a :class:`YAMLProblem` with the line and column of the source it is about; callers turn it
into their own coded error.
"""

from __future__ import annotations

import re

import yaml

MAX_FLOW_DEPTH = 100
_FLOW = re.compile(r"[\[\]{}]")
MAX_INT_DIGITS = 4_000  # Python refuses to read longer integers (int_max_str_digits): kept as text


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps an integer too long for Python (a tracking id, a hash of digits) as
    text, so that a value nobody reads never refuses the document."""

    def construct_yaml_int(self, node):
        digits = sum(c.isdigit() for c in node.value)
        if digits > MAX_INT_DIGITS:
            return str(node.value)
        return super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


class YAMLProblem(ValueError):
    """Why a YAML source was refused: ``kind`` is syntax, tag, value, depth, size or duplicate."""

    def __init__(self, kind: str, detail: str, node_or_mark=None) -> None:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        self.kind, self.detail = kind, detail
        self.line = mark.line + 1 if mark is not None else None
        self.column = mark.column + 1 if mark is not None else None
        super().__init__(detail)


def flow_depth(source: str) -> int:
    """The deepest nesting of [ ] and { } in a YAML source (quotes not considered: an upper bound)."""
    depth = deepest = 0
    for match in _FLOW.finditer(source):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


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


def _check_tree(root: yaml.Node, max_nodes: int, unique_keys: bool) -> None:
    for count, node in enumerate(walk_nodes(root), start=1):
        if count > max_nodes:
            raise YAMLProblem("size", f"more than {max_nodes:,} YAML values (aliases included)", root)
        if unique_keys and isinstance(node, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    if key.value in seen:
                        first = seen[key.value].start_mark.line + 1
                        raise YAMLProblem("duplicate", f"duplicate key {key.value!r} (first at line {first})", key)
                    seen[key.value] = key


def _failing_node(root: yaml.Node) -> yaml.Node | None:
    """The first scalar that YAML recognises but cannot build (a date that does not exist)."""
    for node in walk_nodes(root):
        if isinstance(node, yaml.ScalarNode):
            loader = _Loader("")
            try:
                loader.construct_object(node, deep=True)
            except Exception:  # noqa: BLE001 - any failure marks the node
                return node
            finally:
                loader.dispose()
    return None


def load(source: str, *, max_nodes: int, unique_keys: bool = False) -> tuple[yaml.Node | None, object]:
    """The composed tree (for line numbers) and the data of one YAML document, or a :class:`YAMLProblem`."""
    if flow_depth(source) > MAX_FLOW_DEPTH:
        raise YAMLProblem("depth", f"YAML nested too deeply (more than {MAX_FLOW_DEPTH} levels of [ or {{)")
    loader = _Loader(source)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        _check_tree(root, max_nodes, unique_keys)
        try:
            return root, loader.construct_document(root)
        except (ValueError, OverflowError, TypeError) as exc:  # "date: 2016-02-30", an unhashable key
            raise YAMLProblem("value", str(exc), _failing_node(root) or root) from None
    except yaml.constructor.ConstructorError as exc:
        raise YAMLProblem("tag", str(exc.problem), exc.problem_mark) from None
    except yaml.YAMLError as exc:
        raise YAMLProblem("syntax", str(getattr(exc, "problem", None) or exc),
                          getattr(exc, "problem_mark", None)) from None
    except RecursionError:
        raise YAMLProblem("depth", "YAML nested too deeply") from None
    finally:
        loader.dispose()
