"""Baseline: record today's findings, then report (and fail on) only the ones that are new.

A finding is known by what it says, not where it stands, so editing an article (lines
added above, paragraphs moved, a sentence rewrapped) keeps old findings matched:

    fingerprint = (path, rule, the primary figure's text, the related figures' texts, occurrence)

Texts are whitespace-normalised; ``occurrence`` counts identical fingerprints in one file in
reading order, so a repeated sentence is two entries and a third copy is new. The path is
relative to the baseline file's folder, so the check may run from anywhere.

The file is JSON, sorted and indented, meant to be committed and reviewed in diffs::

    {"version": 1, "tool": "factcheck", "findings": [{"path": "a.md", "rule": "part-exceeds-whole",
     "text": "82", "related": ["51", "43"], "occurrence": 0, "message": "..."}]}

``message`` is for the reader of the file; matching ignores it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Final, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.errors import ConfigError
from factcheck.findings import FileResult, Finding

FORMAT_VERSION: Final = 1
MAX_BASELINE_BYTES = 200 * 1024 * 1024  # about a million findings; /dev/zero is refused, not read


class Fingerprint(NamedTuple):
    path: str
    rule: str
    text: str
    related: tuple[str, ...]
    occurrence: int


class Entry(BaseModel):
    """One known finding as the baseline file stores it."""

    model_config = ConfigDict(extra="forbid")

    path: str
    rule: str
    text: str
    related: list[str] = []
    occurrence: int = 0
    message: str = ""

    def fingerprint(self) -> Fingerprint:
        return Fingerprint(self.path, self.rule, _norm(self.text), tuple(_norm(t) for t in self.related),
                           self.occurrence)


class BaselineFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    tool: str = "factcheck"
    findings: list[Entry]


def _norm(text: str) -> str:
    return " ".join(text.split())


def key_path(path: str, base: str | os.PathLike | None = None) -> str:
    """``path`` as a fingerprint names it: POSIX, normalised, relative to ``base`` when given."""
    if path.startswith("<"):  # not a file: "<text>"
        return path
    if base is None:
        return Path(os.path.normpath(path)).as_posix()
    try:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(base))).as_posix()
    except ValueError:  # another drive (Windows): keep it absolute
        return Path(os.path.abspath(path)).as_posix()


def fingerprints(findings: list[Finding], base: str | os.PathLike | None = None) -> list[Fingerprint]:
    """One fingerprint per finding, in the order given; occurrences counted in reading order."""
    order = sorted(range(len(findings)), key=lambda i: findings[i].sort_key())
    seen: Counter = Counter()
    out: list[Fingerprint | None] = [None] * len(findings)
    for i in order:
        f = findings[i]
        stem = (key_path(f.path, base), f.rule, _norm(f.text), tuple(_norm(r.text) for r in f.related))
        out[i] = Fingerprint(*stem, seen[stem])
        seen[stem] += 1
    return out  # type: ignore[return-value]


def entries(results: list[FileResult], base: str | os.PathLike | None = None) -> list[Entry]:
    """Every finding of ``results`` as a baseline entry, sorted."""
    out = []
    for result in results:
        for f, fp in zip(result.findings, fingerprints(result.findings, base), strict=False):
            out.append(Entry(path=fp.path, rule=fp.rule, text=fp.text, related=list(fp.related),
                             occurrence=fp.occurrence, message=f.message))
    return sorted(out, key=lambda e: (e.fingerprint(), e.message))


def dumps(items: list[Entry]) -> str:
    data = BaselineFile(version=FORMAT_VERSION, findings=items).model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_baseline(results: list[FileResult], path: str | os.PathLike) -> int:
    """Write the findings of ``results`` to the baseline file ``path``; return how many."""
    path = Path(path)
    from factcheck.output import write_atomic

    items = entries(results, path.resolve().parent)
    write_atomic(path, dumps(items))  # temporary file beside it, then rename; OutputError (E500) on failure
    return len(items)


class Baseline:
    """A loaded baseline: the fingerprints it knows, and where paths are relative to."""

    def __init__(self, known: set[Fingerprint], base: str | os.PathLike) -> None:
        self.known = known
        self.base = base

    def __len__(self) -> int:
        return len(self.known)

    def filter(self, results: list[FileResult]) -> tuple[list[FileResult], int, int]:
        """``results`` keeping only new findings; also how many were hidden and how many entries went unseen."""
        kept: list[FileResult] = []
        seen: set[Fingerprint] = set()
        hidden = 0
        for result in results:
            fresh = []
            for f, fp in zip(result.findings, fingerprints(result.findings, self.base), strict=False):
                if fp in self.known:
                    seen.add(fp)
                    hidden += 1
                else:
                    fresh.append(f)
            kept.append(result if len(fresh) == len(result.findings)
                        else result.model_copy(update={"findings": fresh}))
        return kept, hidden, len(self.known - seen)


def load_baseline(path: str | os.PathLike) -> Baseline:
    """Read and validate a baseline file; :class:`ConfigError` (E400) naming the file if it is not one."""
    path = Path(path)
    name = str(path)
    from factcheck.readers import FileTooLarge, describe_os_error, read_bounded

    try:
        data = json.loads(read_bounded(path, MAX_BASELINE_BYTES, devices=False).decode("utf-8"))
    except FileTooLarge:
        raise ConfigError(f"baseline is larger than {MAX_BASELINE_BYTES:,} bytes", path=name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read baseline: {describe_os_error(exc)}", path=name) from None
    except UnicodeDecodeError:
        raise ConfigError("baseline is not UTF-8 text", path=name) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline is not valid JSON: {exc.msg}", path=name, line=exc.lineno,
                          column=exc.colno) from None
    try:
        spec = BaselineFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise ConfigError(f"not a factcheck baseline ({where}: {first['msg']})", path=name) from None
    return Baseline({e.fingerprint() for e in spec.findings}, path.resolve().parent)
