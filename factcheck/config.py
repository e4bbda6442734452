"""Project configuration: ``.factcheck.yaml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

Found from the working directory upward, the nearest wins (in one folder ``.factcheck.yaml``,
then ``.factcheck.yml``, then a ``pyproject.toml`` that has a ``[tool.factcheck]`` table); the
search stops at the repository root (the folder holding ``.git``) or the user's home folder,
and skips shared folders (``/``, ``/tmp``).
Command-line options override it; ``--config FILE`` names one, ``--no-config`` ignores all.

    # .factcheck.yaml
    rules: [house-rules]              # rule folders, relative to this file (default: the default pack)
    select: [part-exceeds-whole]      # run only these rule ids or kinds
    ignore: [tz-offset-mismatch]      # skip these rule ids or kinds
    severity: {part-exceeds-whole: warning}   # per-rule severity: error | warning | info
    include: ["articles/**"]          # gitignore-style patterns, relative to this file
    exclude: ["drafts/", "*.draft.md"]
    date_field: published             # front matter field with the publication date
    dateline_field: place             # front matter field with the dateline
    fail_on: warning                  # error | warning | info | never
    date_policy: any-recent           # no date: any-recent (accept any offset used lately) | skip
    report_unused_suppressions: false
    min_confidence: likely            # certain | likely | possible: findings less sure are left out

Keys may also be written with dashes (``fail-on``). Unknown keys are errors, reported as
one line naming the file and the line.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from pydantic_core import ErrorDetails

from factcheck import safe_yaml
from factcheck.errors import ConfigError, excerpt
from factcheck.findings import FailOn, Severity
from factcheck.options import DatePolicy, RunOptions
from factcheck.paths import PathPatterns

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = (".factcheck.yaml", ".factcheck.yml")
PYPROJECT = "pyproject.toml"


def _dashed(name: str) -> str:
    return name.replace("_", "-")


class Settings(BaseModel):
    """What a configuration file may say."""

    model_config = ConfigDict(extra="forbid", alias_generator=_dashed, populate_by_name=True)

    rules: list[str] = []
    select: list[str] = []
    ignore: list[str] = []
    severity: dict[str, Severity] = {}
    include: list[str] = []
    exclude: list[str] = []
    date_field: str = "date"
    dateline_field: str = "dateline"
    fail_on: FailOn = FailOn.WARNING
    date_policy: DatePolicy = DatePolicy.ANY_RECENT
    report_unused_suppressions: bool = False
    min_confidence: Literal["certain", "likely", "possible"] = "likely"

    @field_validator("rules", "select", "ignore", "include", "exclude", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value

    @field_validator("include", "exclude")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        PathPatterns(value)  # each must be a pattern git can read; compiled for linear-time matching
        return value


@dataclass
class Config:
    """Settings and where they came from (``path`` None: no file, the defaults)."""

    settings: Settings = field(default_factory=Settings)
    path: Path | None = None
    lines: dict[str, int] = field(default_factory=dict)  # key (as written) -> line

    @property
    def root(self) -> Path:
        """The folder relative paths and patterns are taken from."""
        return self.path.parent if self.path else Path.cwd()

    def rule_dirs(self) -> list[str]:
        return [str(self.root / r) for r in self.settings.rules]


# -- discovery ---------------------------------------------------------------------------------

MAX_CONFIG_BYTES = 1_000_000  # a configuration is a few lines; pyproject.toml a few hundred


def _read(path: Path) -> str:
    """A configuration file's text: a regular file, bounded, UTF-8 (OSError or UnicodeDecodeError otherwise)."""
    from factcheck.readers import read_bounded

    return read_bounded(path, MAX_CONFIG_BYTES, devices=False).decode("utf-8")


def _has_tool_table(path: Path) -> bool:
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError):
        return False
    if not re.search(r"^\s*\[\s*tool\s*\.\s*factcheck\s*[.\]]", text, re.M) and "tool.factcheck" not in text:
        return False
    try:
        return "factcheck" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        return True  # it means to configure factcheck; loading it will say what is wrong


def _is_boundary(directory: Path, home: Path | None) -> bool:
    """Where the search upward stops: a repository root (a folder holding ``.git``) or the home folder."""
    return (directory / ".git").exists() or (home is not None and directory == home)


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        return None


def _shared(directory: Path) -> bool:
    """A folder no configuration is taken from: the filesystem root, or a folder anyone may write
    to (``/tmp``): a file planted there must not silence someone else's run."""
    if directory == directory.parent:
        return True
    try:
        return bool(directory.stat().st_mode & 0o002)
    except OSError:
        return True


def find_config(start: str | os.PathLike | None = None) -> Path | None:
    """The nearest configuration file from ``start`` (default: the working directory) upward.

    The search stops at the repository root (the folder holding ``.git``) or the user's home
    folder, whichever comes first, and never reads a shared folder (the filesystem root, a folder
    anyone may write to such as ``/tmp``): a file there cannot silence a run it was not written for.
    """
    folder = Path(start or Path.cwd()).resolve()
    home = _home()
    for directory in (folder, *folder.parents):
        if _shared(directory):
            break
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return directory / name
        if (directory / PYPROJECT).is_file() and _has_tool_table(directory / PYPROJECT):
            return directory / PYPROJECT
        if _is_boundary(directory, home):
            break
    return None


# -- loading -----------------------------------------------------------------------------------

def _yaml_lines(node: yaml.Node) -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[str(key.value)] = key.start_mark.line + 1
            if isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    lines[f"{key.value}.{sub.value}"] = sub.start_mark.line + 1
    return lines


MAX_CONFIG_NODES = 10_000  # a configuration is a few keys: more is an accident or an attack


def _load_yaml(path: str, text: str) -> tuple[object, dict[str, int]]:
    try:
        root, data = safe_yaml.load(text, max_nodes=MAX_CONFIG_NODES, unique_keys=True)
    except safe_yaml.YAMLProblem as problem:
        detail = f"YAML syntax: {problem.detail}" if problem.kind == "syntax" else problem.detail
        raise ConfigError(detail, path=str(path), line=problem.line) from None
    return ({} if data is None else data), (_yaml_lines(root) if root is not None else {})


_TABLE = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


def _toml_lines(text: str) -> dict[str, int]:
    """Lines of the keys of [tool.factcheck] (and its sub-tables), found by reading the text."""
    lines: dict[str, int] = {}
    table: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _TABLE.match(line)
        if header:
            name = re.sub(r"\s+", "", header.group(1))
            table = name[len("tool.factcheck"):].lstrip(".") if name.startswith("tool.factcheck") else None
            if table:
                lines.setdefault(table, number)
            if table == "":
                lines.setdefault("", number)
            continue
        key = _KEY.match(line)
        if key and table is not None:
            lines.setdefault(f"{table}.{key.group(1)}" if table else key.group(1), number)
    return lines


def _load_toml(path: str, text: str) -> tuple[object, dict[str, int]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(match.group(1)) if match else None
        if "(at end of document)" in str(exc):
            line = len(text.splitlines()) or 1
        message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(exc))
        raise ConfigError(f"TOML syntax: {message}", path=path, line=line) from None
    return data.get("tool", {}).get("factcheck", {}), _toml_lines(text)


def _describe(error: ErrorDetails) -> str:
    where = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown key {excerpt(where)}; known keys: {', '.join(sorted(Settings.model_fields))}"
    return f"{where}: {error['msg']}"


def _shown(path: Path) -> str:
    """The path as a user would write it: relative to the working directory when under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_config(path: str | os.PathLike) -> Config:
    """Load and validate one configuration file; raise :class:`ConfigError` (file:line) if it is not valid."""
    path = Path(path)
    name = _shown(path)
    from factcheck.readers import FileTooLarge, describe_os_error

    try:
        text = _read(path)
    except FileNotFoundError:
        raise ConfigError("no such configuration file", path=name) from None
    except FileTooLarge:
        raise ConfigError(f"configuration file is larger than {MAX_CONFIG_BYTES:,} bytes", path=name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file: {describe_os_error(exc)}", path=name) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"configuration file is not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset "
                          f"{exc.start})", path=name) from None
    if path.suffix == ".toml":
        data, lines = _load_toml(name, text)
        section = "[tool.factcheck]"
    else:
        data, lines = _load_yaml(name, text)
        section = "the file"
    if not isinstance(data, dict):
        raise ConfigError(f"{section} must be a mapping of keys to values", path=name, line=lines.get("") or 1)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(p) for p in first["loc"]]
        line = None
        while loc and line is None:
            line = lines.get(".".join(loc))
            loc.pop()
        raise ConfigError(_describe(first), path=name, line=line or lines.get("")) from None
    return Config(settings=settings, path=path, lines=lines)


def discover(config: str | os.PathLike | None = None, *, use_config: bool = True,
             start: str | os.PathLike | None = None) -> Config:
    """The configuration in force: ``config`` if named, else the nearest file, else the defaults."""
    if not use_config:
        return Config()
    if config is not None:
        return load_config(config)
    found = find_config(start)
    return load_config(found) if found else Config()


# -- from configuration and command line to a run ----------------------------------------------

def run_options(config: Config, *, rules: list[str] | None = None, select: list[str] | None = None,
                ignore: list[str] | None = None, fail_on: FailOn | str | None = None,
                date_policy: DatePolicy | str | None = None,
                report_unused_suppressions: bool | None = None, min_confidence: str | None = None,
                **cli) -> tuple[RunOptions, FailOn]:
    """RunOptions for a run: command-line values (None or empty: not given) over the configuration.

    Returns ``(options, fail_on)``; other keyword arguments go to RunOptions as they are.
    """
    s = config.settings
    options = RunOptions(
        rule_dirs=list(rules) if rules else config.rule_dirs(),
        select=list(select) if select else list(s.select),
        ignore=list(ignore) if ignore else list(s.ignore),
        severity={k: v.value for k, v in s.severity.items()},
        include=list(s.include), exclude=list(s.exclude), base_dir=str(config.root),
        date_field=s.date_field, dateline_field=s.dateline_field,
        date_policy=DatePolicy(date_policy or s.date_policy),
        report_unused_suppressions=s.report_unused_suppressions if report_unused_suppressions is None
        else report_unused_suppressions,
        min_confidence=min_confidence or s.min_confidence,
        config_path=_shown(config.path) if config.path else None,
        config_lines={k: v for k, v in config.lines.items() if k.startswith("severity")},
        **cli,
    )
    return options, FailOn(fail_on or s.fail_on)


