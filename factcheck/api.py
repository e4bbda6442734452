"""The library API the CLI wraps: extract and check, from text or from a file."""

from __future__ import annotations

import datetime as dt
import os

from factcheck.errors import InputError, excerpt
from factcheck.findings import DEFAULT_MIN_CONFIDENCE, Confidence, Finding
from factcheck.readers import read_file, read_text
from factcheck.records import Article, Extraction

FORMATS = ("plain", "markdown", "html")


def _type_name(value: object) -> str:
    return type(value).__name__


def _validated(text, date, dateline, fmt, path, pipeline, rules=None, *, has_rules: bool = False) -> None:
    """Check the arguments of the public functions at the door: a wrong type is a TypeError and a
    wrong value a ValueError (InputError), each saying which argument, never a failure deep inside."""
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be a str, not {_type_name(text)}{hint}")
    if date is not None and not isinstance(date, (dt.date, str)):
        raise TypeError(f"date must be a datetime.date, an ISO string (YYYY-MM-DD) or None, not {_type_name(date)}")
    if isinstance(date, str):
        try:
            dt.date.fromisoformat(date.strip()[:10])
        except ValueError:
            raise InputError(f"date {excerpt(date)} is not a date (YYYY-MM-DD)", path=str(path)) from None
    if dateline is not None and not isinstance(dateline, str):
        raise TypeError(f"dateline must be a str or None, not {_type_name(dateline)}")
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"fmt must be one of {', '.join(FORMATS)} (or None: by the path's suffix), "
                         f"not {excerpt(fmt)}", path=str(path))
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str, not {_type_name(path)}")
    if pipeline is not None and not isinstance(pipeline, str):
        raise TypeError(f"pipeline must be a str (a spaCy pipeline name) or None, not {_type_name(pipeline)}")
    if has_rules and rules is not None:
        from factcheck.rulebook.schema import Rule

        if isinstance(rules, (str, bytes)) or not hasattr(rules, "__iter__"):
            raise TypeError(f"rules must be a list of rules (factcheck.rulebook.load_rules(folder)) or None, "
                            f"not {_type_name(rules)}")
        for rule in rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"rules must hold Rule objects (from factcheck.rulebook.load_rules), "
                                f"not {_type_name(rule)}")


def extract(text: str, date: dt.date | str | None = None, dateline: str | None = None, *,
            fmt: str = "plain", path: str = "<text>", pipeline: str | None = None) -> Extraction:
    """Every quantity of ``text`` and the relations between them."""
    from factcheck.extraction import extract_article

    _validated(text, date, dateline, fmt, path, pipeline)

    return extract_article(read_text(text, path, fmt=fmt, date=date, dateline=dateline), pipeline)


def extract_file(path: str | os.PathLike, date: dt.date | str | None = None, dateline: str | None = None,
                 *, pipeline: str | None = None, **read_options) -> Extraction:
    from factcheck.extraction import extract_article

    return extract_article(read_file(path, date=date, dateline=dateline, **read_options), pipeline)


def extract_and_check(article: Article, rules=None, *, pipeline: str | None = None, notes: list[str] | None = None,
                      report_unused_suppressions: bool = False,
                      min_confidence: Confidence | str = DEFAULT_MIN_CONFIDENCE) -> tuple[Extraction, list[Finding]]:
    """Extraction and findings of an article already read, inline suppression comments applied,
    findings less sure than ``min_confidence`` left out (a note counts them)."""
    from factcheck.extraction import extract_article
    from factcheck.rulebook import default_rules, run_rules
    from factcheck.suppressions import apply_suppressions

    rules = default_rules() if rules is None else rules
    notes = [] if notes is None else notes
    extraction = extract_article(article, pipeline)
    findings = run_rules(article, extraction, rules, notes)
    floor = Confidence(min_confidence)
    unsure = [f for f in findings if f.confidence.rank < floor.rank]
    if unsure:
        findings = [f for f in findings if f.confidence.rank >= floor.rank]
        notes.append(f"{len(unsure)} finding{'s' if len(unsure) != 1 else ''} less sure than '{floor.value}' left out "
                     f"(--min-confidence {unsure[0].confidence.value} shows them)")
    findings, suppressed, unused = apply_suppressions(
        findings, article.text, path=article.path, active={r.id for r in rules} | {r.kind for r in rules},
        report_unused=report_unused_suppressions)
    if suppressed:
        notes.append(f"{suppressed} finding{'s' if suppressed != 1 else ''} suppressed by inline comments")
    return extraction, sorted(findings + unused, key=lambda f: f.sort_key())


def check_article(article: Article, rules=None, *, pipeline: str | None = None,
                  min_confidence: Confidence | str = DEFAULT_MIN_CONFIDENCE) -> list[Finding]:
    """Findings for an article already read; ``rules`` is a list of rules (default: the default pack)."""
    return extract_and_check(article, rules, pipeline=pipeline, min_confidence=min_confidence)[1]


def check(text: str, date: dt.date | str | None = None, dateline: str | None = None, rules=None, *,
          fmt: str = "plain", path: str = "<text>", pipeline: str | None = None,
          min_confidence: Confidence | str = DEFAULT_MIN_CONFIDENCE) -> list[Finding]:
    """Typed findings for ``text``: every place where its figures contradict each other, as sure
    as ``min_confidence`` at least ('certain', 'likely' or 'possible')."""
    _validated(text, date, dateline, fmt, path, pipeline, rules, has_rules=True)
    rules = list(rules) if rules is not None else None
    return check_article(read_text(text, path, fmt=fmt, date=date, dateline=dateline), rules, pipeline=pipeline,
                         min_confidence=min_confidence)


def check_file(path: str | os.PathLike, date: dt.date | str | None = None, dateline: str | None = None,
               rules=None, *, pipeline: str | None = None,
               min_confidence: Confidence | str = DEFAULT_MIN_CONFIDENCE, **read_options) -> list[Finding]:
    return check_article(read_file(path, date=date, dateline=dateline, **read_options), rules, pipeline=pipeline,
                         min_confidence=min_confidence)
