"""Which files a run checks: paths, folders and globs expanded; include/exclude patterns applied.

Globs and patterns are matched in linear time (RE2); each real file and folder is visited once,
so symbolic-link loops cannot make a run hang or report a file twice. A path that names no file
is a result with one E100 error, never an exception.
"""

from __future__ import annotations

import errno
import glob
import os
import re
from pathlib import Path

from factcheck.errors import InputError, excerpt
from factcheck.findings import FileError, FileResult
from factcheck.options import RunOptions
from factcheck.readers import SUPPORTED_SUFFIXES, describe_os_error
from factcheck.safe_regex import compile_rule_regex


def _walk(top: str, max_depth: int | None = None):
    """(folder, names of files) under ``top``, following links to folders but entering each real
    folder once (a link back up is a loop, not a way round forever); hidden entries skipped."""
    seen: set[str] = set()
    stack = [(top, 0)]
    while stack:
        folder, depth = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        files: list[str] = []
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subfolders if is_dir else files).append(entry.name)
        yield folder, files
        if max_depth is None or depth < max_depth:
            stack.extend((os.path.join(folder, d), depth + 1) for d in reversed(subfolders))


def _glob_regex(parts: list[str]):
    """A linear-time matcher (RE2) for the path components after a glob's literal prefix."""
    pieces = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
        else:
            pieces.append(_component(part) + ("" if last else "/"))
    return compile_rule_regex("".join(pieces), ignore_case=False)


def _component(part: str) -> str:
    """One glob path component as a regex: * and ? stay within the component, [...] as in fnmatch."""
    out, i = [], 0
    while i < len(part):
        c = part[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = part.find("]", i + 2 if part[i + 1:i + 2] in ("!", "]") else i + 1)
            if j == -1:
                out.append("\\[")
            else:
                inner = part[i + 1:j].replace("\\", "\\\\")
                if inner.startswith("!"):
                    inner = "^" + inner[1:]
                out.append(f"[{inner}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _glob(pattern: str) -> list[str]:
    """Files matching a glob (``**`` for any depth), each real folder walked once: a symlink loop
    cannot make it hang or report a file many times."""
    parts = pattern.split("/")
    prefix: list[str] = []
    while parts and not glob.has_magic(parts[0]):
        prefix.append(parts.pop(0))
    if not parts:
        return [pattern] if os.path.isfile(pattern) else []
    top = "/".join(prefix) or ("/" if pattern.startswith("/") else "")
    top = top or "."
    matcher = _glob_regex(parts)
    depth = None if "**" in parts else len(parts) - 1
    found = []
    for folder, names in _walk(top, depth):
        relative_folder = os.path.relpath(folder, top)
        for name in names:
            relative = name if relative_folder == "." else f"{relative_folder}/{name}"
            if matcher.fullmatch(relative):
                found.append(os.path.join(top, relative) if prefix else relative)
    return sorted(found)


def _problem(path: str, message: str) -> FileResult:
    """A path that names no file to check: one E100 error."""
    return FileResult(path=path, errors=[FileError(code=InputError.code, path=path, message=message)])


def expand_paths(paths: list[str]) -> tuple[list[str], list[FileResult]]:
    """Files named, files under folders (articles by suffix), glob matches; missing paths as errors.

    Each file is resolved once: ``a.md``, ``./a.md`` and a link to it are one file, checked once;
    folders reached again through links are walked once; a symbolic link loop is reported as one.
    """
    files: list[str] = []
    problems: list[FileResult] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        try:
            real = os.path.realpath(path, strict=True)
        except OSError as exc:
            problems.append(_problem(path, describe_os_error(exc)))
            return
        if real not in seen:
            seen.add(real)
            files.append(path)

    suffixes = SUPPORTED_SUFFIXES - {""}
    for raw in paths:
        try:
            os.stat(raw)
            exists = True
        except OSError as exc:
            exists = False
            if exc.errno == errno.ELOOP:
                problems.append(_problem(raw, describe_os_error(exc)))
                continue
        except ValueError:  # a NUL in the name
            shown = raw.replace("\0", "\\0")
            problems.append(_problem(shown, "not a valid file name (NUL byte)"))
            continue
        if exists and os.path.isdir(raw):
            for folder, names in _walk(raw):
                for name in names:
                    if os.path.splitext(name)[1].lower() in suffixes:
                        path = os.path.join(folder, name)
                        if os.path.isfile(path):
                            add(str(Path(path)))
                        elif os.path.lexists(path):
                            try:
                                os.stat(path)
                            except OSError as exc:
                                if exc.errno == errno.ELOOP:
                                    problems.append(_problem(str(Path(path)), describe_os_error(exc)))
        elif exists:
            add(raw)
        elif glob.has_magic(raw):
            matches = _glob(raw)
            for m in matches:
                if os.path.isfile(m):
                    add(m)
            if not matches:
                problems.append(_problem(raw, "no file matches this pattern"))
        else:
            problems.append(_problem(raw, "no such file"))
    return files, problems


class PathPatterns:
    """gitignore-style patterns (``include``/``exclude``), matched in linear time: pathspec reads
    each pattern, RE2 runs the regex it makes (``**/**/**`` cannot backtrack). The last pattern
    that matches decides; ``!pattern`` takes a path back. A pattern git cannot read is a ValueError."""

    def __init__(self, lines: list[str]) -> None:
        import warnings

        import pathspec

        self.patterns = []
        for line in lines:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    spec = pathspec.GitIgnoreSpec.from_lines([line])
            except Exception as exc:  # noqa: BLE001 - pathspec's own error types vary by version
                raise ValueError(f"{excerpt(line)} is not a gitignore pattern: "
                                 f"{' '.join(str(exc).split())[:80]}") from None
            for pattern in spec.patterns:
                if pattern.include is None or pattern.regex is None:
                    continue
                self.patterns.append((compile_rule_regex(pattern.regex.pattern, ignore_case=False),
                                      bool(pattern.include)))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def match_file(self, path: str) -> bool:
        matched = False
        for regex, include in self.patterns:
            if regex is not None and regex.search(path):
                matched = include
        return matched


def filter_files(files: list[str], options: RunOptions) -> list[str]:
    """The files ``include`` / ``exclude`` let through (patterns relative to the configuration's folder).

    Applies to files named on the command line too, so that pre-commit, which names every
    changed file, skips what the configuration excludes. Files outside that folder pass.
    """
    include, exclude = options.include, options.exclude
    if not include and not exclude:
        return files
    root = Path(options.base_dir or Path.cwd()).resolve()
    include_spec = PathPatterns(include) if include else None
    exclude_spec = PathPatterns(exclude) if exclude else None
    kept = []
    for f in files:
        try:
            relative = Path(f).resolve().relative_to(root).as_posix()
        except ValueError:
            kept.append(f)
            continue
        if include_spec is not None and not include_spec.match_file(relative):
            continue
        if exclude_spec is not None and exclude_spec.match_file(relative):
            continue
        kept.append(f)
    return kept
