"""Load rule files: YAML (safely) to validated :class:`Rule` s, errors naming file:line:column."""

from __future__ import annotations

import string
from pathlib import Path

import yaml
from pydantic import ValidationError

from factcheck.errors import RuleError
from factcheck.rulebook.registry import get_kind, kind_names
from factcheck.rulebook.schema import Rule, RuleFile

def _default_rules_dir() -> Path:
    """The default pack: the top-level rules/ folder of a checkout, or factcheck/rules in an installed wheel."""
    checkout = Path(__file__).resolve().parent.parent.parent / "rules"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent.parent / "rules"


DEFAULT_RULES_DIR = _default_rules_dir()
RULE_SUFFIXES = (".yml", ".yaml")


def _node_at(node: yaml.Node, loc: tuple) -> yaml.Node:
    """The YAML node at a pydantic error location (the key node for an unknown key)."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    node = value if part != loc[-1] else key
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def _error(path: str, node: yaml.Node | None, message: str) -> RuleError:
    mark = node.start_mark if node is not None else None
    return RuleError(message, path=path, line=mark.line + 1 if mark else None,
                     column=mark.column + 1 if mark else None)


def _describe(error: dict) -> str:
    where = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown key {where!r}"
    if error["type"] == "missing":
        return f"missing key {where!r}"
    return f"{where}: {error['msg']}"


def load_rule(path: str | Path) -> Rule:
    """Load and validate one rule file; raise :class:`RuleError` (file:line:col) if it is not valid."""
    path = Path(path)
    name = str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", path=name) from None
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(f"YAML syntax: {getattr(exc, 'problem', None) or exc}", path=name,
                        line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise _error(name, root, "a rule file must be a mapping (kind, severity, message, params, examples)")
    try:
        spec = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _error(name, _node_at(root, first["loc"]), _describe(first)) from None
    rule_id = path.stem
    if spec.id is not None and spec.id != rule_id:
        raise _error(name, _node_at(root, ("id",)), f"id {spec.id!r} differs from the file name {rule_id!r}")
    check = get_kind(spec.kind)
    if check is None:
        raise _error(name, _node_at(root, ("kind",)),
                     f"unknown check kind {spec.kind!r}; known kinds: {', '.join(kind_names())}")
    try:
        params = check.Params.model_validate(spec.params)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _error(name, _node_at(root, ("params", *first["loc"])), _describe({**first, "loc": ("params", *first["loc"])})) from None
    except ValueError as exc:  # a params validator refusing a value (bad expression, bad regex)
        raise _error(name, _node_at(root, ("params",)), f"params: {exc}") from None
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(spec.message) if f}
    except ValueError as exc:
        raise _error(name, _node_at(root, ("message",)), f"message template: {exc}") from None
    unknown = {f.split(".")[0].split("[")[0] for f in fields} - set(check.FIELDS)
    if unknown:
        raise _error(name, _node_at(root, ("message",)),
                     f"message names {sorted(unknown)}, which {spec.kind} does not fill; it fills {sorted(check.FIELDS)}")
    return Rule(id=rule_id, kind=spec.kind, severity=spec.severity, message=spec.message,
                description=spec.description or (check.__doc__ or "").strip().splitlines()[0],
                params=params, examples=spec.examples, path=name)


def rule_files(directory: str | Path) -> list[Path]:
    directory = Path(directory)
    if directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise RuleError("no such rule folder", path=str(directory))
    return sorted(p for p in directory.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file())


def load_rules(*directories: str | Path) -> list[Rule]:
    """Every rule in the given folders (default: the default pack); duplicate ids are an error."""
    rules: dict[str, Rule] = {}
    for directory in directories or (DEFAULT_RULES_DIR,):
        for path in rule_files(directory):
            rule = load_rule(path)
            if rule.id in rules:
                raise RuleError(f"duplicate rule id {rule.id!r} (also in {rules[rule.id].path})", path=str(path), line=1)
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)
