"""Load rule files: YAML (safely) to validated :class:`Rule` s, errors naming file:line:column."""

from __future__ import annotations

import math
import re
import string
from pathlib import Path
from types import ModuleType

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from factcheck import safe_yaml
from factcheck.errors import RuleError, excerpt
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


def _node_at(node: yaml.Node | None, loc: tuple[int | str, ...], key: bool = False) -> yaml.Node | None:
    """The YAML node at a pydantic error location: the value there, or its key if ``key`` (an
    unknown key); where the location leaves the tree (a missing key), the deepest node reached."""
    for i, part in enumerate(loc):
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                if key_node.value == str(part):
                    node = key_node if key and i == len(loc) - 1 else value
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


def _first(exc: ValidationError) -> ErrorDetails:
    """The error to report: an unknown key first (a misspelt key also makes a 'missing' one)."""
    errors = exc.errors()
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def _describe(error: ErrorDetails) -> str:
    where = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown key {excerpt(where)}"
    if error["type"] == "missing":
        return f"missing key {excerpt(where)}"
    return f"{where}: {error['msg']}"


# A rule file is a few dozen lines: past these limits it is an accident or an attack.
MAX_RULE_BYTES = 1_000_000
MAX_FORMAT_WIDTH = 100  # "{whole:>999999999}" would make a gigabyte of report
MAX_NODES = 50_000  # YAML values, aliases counted each time they are used ("billion laughs")


_RULE_MESSAGES = {
    "syntax": "YAML syntax: {}",
    "tag": "YAML: {} (rule files are plain YAML: no tags such as !!python/...)",
    "value": "YAML value: {}",
}


def _parse(source: str, name: str) -> tuple[yaml.Node | None, object]:
    """Compose and construct one YAML document safely: no tags beyond plain YAML, no duplicate keys."""
    try:
        return safe_yaml.load(source, max_nodes=MAX_NODES, unique_keys=True)
    except safe_yaml.YAMLProblem as problem:
        message = _RULE_MESSAGES.get(problem.kind, "{}").format(problem.detail)
        raise RuleError(message, path=name, line=problem.line, column=problem.column) from None


def _check_message(name: str, root: yaml.Node | None, spec: RuleFile, check: ModuleType) -> None:
    """The message template names only fields the kind fills, plainly: no '{}', no '{x.attr}', no '{x[0]}'."""
    node = _node_at(root, ("message",))
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(spec.message) if f is not None]
    except ValueError as exc:
        raise _error(name, node, f"message template: {exc} (write a literal brace as {{{{ or }}}})") from None
    for field in fields:
        if not field.isidentifier():
            raise _error(name, node, f"message template: {{{field}}} is not a field name; write {{name}} with a "
                                     f"name the kind fills: {', '.join(sorted(check.FIELDS))}")
    for _, named, format_spec, _ in string.Formatter().parse(spec.message):
        if named is None or not format_spec:
            continue
        if "{" in format_spec or "}" in format_spec:
            raise _error(name, node, f"message template: {{{named}:...}} holds a nested field in its format spec; "
                                     f"write the spec plainly (as in {{{named}:>8}})")
        widths = [int(n) for n in re.findall(r"\d+", format_spec)]
        if any(w > MAX_FORMAT_WIDTH for w in widths):
            raise _error(name, node, f"message template: {{{named}:{format_spec[:20]}}} asks for a width or "
                                     f"precision above {MAX_FORMAT_WIDTH}")
    unknown = set(fields) - set(check.FIELDS)
    if unknown:
        raise _error(name, node,
                     f"message names {sorted(unknown)}, which {spec.kind} does not fill; it fills {sorted(check.FIELDS)}")
    try:  # conversions and format specs ("{whole!x}", "{whole:d}") fail here, not at check time
        string.Formatter().vformat(spec.message, (), {f: "0" for f in check.FIELDS})
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise _error(name, node, f"message template: {exc}") from None


def _non_finite(data: object, loc: tuple[int | str, ...] = ()) -> tuple[tuple[int | str, ...], float] | None:
    """The location and value of the first NaN or infinity in rule parameters (a tolerance of .nan
    would make every comparison false and the rule silent), or None."""
    stack: list[tuple[tuple[int | str, ...], object]] = [(loc, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return where, value
        if isinstance(value, dict):
            stack.extend(((*where, k), v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend(((*where, i), v) for i, v in reversed(list(enumerate(value))))
    return None


def _reads_as_non_finite(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 12:
        return False
    try:
        return not math.isfinite(float(value))
    except ValueError:
        return False


def load_rule(path: str | Path) -> Rule:
    """Load and validate one rule file; raise :class:`RuleError` (file:line:col) if it is not valid."""
    path = Path(path)
    name = str(path)
    from factcheck.readers import FileTooLarge, describe_os_error, read_bounded

    try:
        raw = read_bounded(path, MAX_RULE_BYTES, devices=False)
    except FileTooLarge:
        raise RuleError(f"rule file is larger than {MAX_RULE_BYTES:,} bytes", path=name) from None
    except OSError as exc:
        raise RuleError(f"cannot read rule file: {describe_os_error(exc)}", path=name) from None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)
        raise RuleError(f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}", path=name,
                        line=line, column=column) from None
    root, data = _parse(source, name)
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping (kind, severity, message, params, examples)", path=name,
                        line=root.start_mark.line + 1 if root is not None else 1,
                        column=root.start_mark.column + 1 if root is not None else 1)
    try:
        spec = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = _first(exc)
        raise _error(name, _node_at(root, first["loc"], key=first["type"] == "extra_forbidden"),
                     _describe(first)) from None
    rule_id = path.stem
    if spec.id is not None and spec.id != rule_id:
        raise _error(name, _node_at(root, ("id",)), f"id {excerpt(spec.id)} differs from the file name {rule_id!r}")
    check = get_kind(spec.kind)
    if check is None:
        raise _error(name, _node_at(root, ("kind",)),
                     f"unknown check kind {excerpt(spec.kind)}; known kinds: {', '.join(kind_names())}")
    bad_number = _non_finite(spec.params)
    if bad_number is not None:
        loc, value = bad_number
        raise _error(name, _node_at(root, ("params", *loc)),
                     f"params.{'.'.join(map(str, loc))}: {value!r} is not a finite number")
    try:
        params = check.Params.model_validate(spec.params)
    except ValidationError as exc:
        first = _first(exc)
        loc = ("params", *first["loc"])
        if _reads_as_non_finite(first.get("input")):  # "nan" as text: say so, not "should be >= 0"
            first = {**first, "type": "finite", "msg": f"{first['input']!r} is not a finite number"}
        raise _error(name, _node_at(root, loc, key=first["type"] == "extra_forbidden"),
                     _describe({**first, "loc": loc})) from None
    except (ValueError, TypeError, RecursionError) as exc:  # a params validator refusing a value
        raise _error(name, _node_at(root, ("params",)), f"params: {exc or type(exc).__name__}") from None
    bad_number = _non_finite(params.model_dump()) if hasattr(params, "model_dump") else None
    if bad_number is not None:  # "inf" written as a string, read as a number by the kind's Params
        loc, value = bad_number
        raise _error(name, _node_at(root, ("params", *loc)),
                     f"params.{'.'.join(map(str, loc))}: {value!r} is not a finite number")
    _check_message(name, root, spec, check)
    return Rule(id=rule_id, kind=spec.kind, severity=spec.severity, message=spec.message,
                description=spec.description or (check.__doc__ or "").strip().splitlines()[0],
                params=params, examples=spec.examples, path=name)


MAX_FOLDER_ENTRIES = 10_000  # a rule folder holds tens of files: "rules: [/]" must not walk the disk


def rule_files(directory: str | Path) -> list[Path]:
    """The rule files of a folder (or the one file named), found by a bounded walk that follows
    no symbolic link to a folder; a folder with no rule file is an error, not an empty pack."""
    import os

    directory = Path(directory)
    if directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise RuleError("no such rule folder", path=str(directory))
    found: list[Path] = []
    seen = 0
    for folder, subfolders, names in os.walk(directory, followlinks=False):
        seen += len(subfolders) + len(names)
        if seen > MAX_FOLDER_ENTRIES:
            raise RuleError(f"rule folder holds more than {MAX_FOLDER_ENTRIES:,} files and folders; name the "
                            f"folder of rule files itself", path=str(directory))
        subfolders.sort()
        found.extend(Path(folder, n) for n in names if n.endswith(RULE_SUFFIXES))  # a FIFO: load_rule says so
    if not found:
        raise RuleError(f"no rule files ({', '.join(RULE_SUFFIXES)}) in this folder", path=str(directory))
    return sorted(found)


def load_rules(*directories: str | Path) -> list[Rule]:
    """Every rule in the given folders (default: the default pack); duplicate ids are an error."""
    rules: dict[str, Rule] = {}
    for directory in directories or (DEFAULT_RULES_DIR,):
        for path in rule_files(directory):
            rule = load_rule(path)
            if rule.id in rules:
                raise RuleError(f"duplicate rule id {rule.id!r} (also in {rules[rule.id].path}); rule ids are file "
                                f"names and must be unique across rule folders", path=str(path), line=1, column=1)
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)
