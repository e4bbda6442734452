"""Regexes from rules and configurations, made safe: validated, and run in linear time (RE2).

Every regex that comes from a rule file or a configuration is compiled with
:func:`compile_rule_regex` and validated with :func:`check_backtracking`; the checks, the
rulebook, the configuration and the path patterns all use these two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.errors import excerpt

try:  # the parser behind re: the same reading of a pattern as the checks that compile it
    from re import _parser as _sre_parse  # type: ignore[attr-defined]  # private, no stubs
    from re._constants import MAXREPEAT as _MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse
    from sre_constants import MAXREPEAT as _MAXREPEAT

# An outer repeat bounded by at most this many rounds may hold inner repeats: "(?:\\w+\\s+){0,3}".
_MAX_NESTED_ROUNDS = 10


def check_backtracking(pattern: str) -> str:
    """Validate a regex from a rule or a configuration: it must compile with the linear-time
    engine (:func:`compile_rule_regex`), and its quantifiers must not nest ("(a+)+", "(\\w*\\s?)*$"):
    harmless under RE2, but the sign of a pattern written for a backtracking engine.

    Raise ValueError saying what is wrong (one line); return the pattern unchanged otherwise.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    except RecursionError:
        raise ValueError(f"regular expression {excerpt(pattern)} is nested too deeply") from None
    if _nested(list(parsed), outer=False):
        raise ValueError(f"regular expression {excerpt(pattern)} nests quantifiers (as in '(a+)+'), which can take "
                         f"exponential time; write it without a repeated group holding a repeat")
    _linear(pattern, True)
    return pattern


# -- the linear-time engine for every regex that comes from a rule or a configuration -----------

MAX_PATTERN_LENGTH = 2_000  # a cue is a phrase or two; longer is an accident or an attack
_RE2_MAX_MEM = 8 << 20      # bytes RE2 may use to compile one pattern (its default)


@lru_cache(maxsize=512)
def _linear(pattern: str, ignore_case: bool):
    import re2

    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"regular expression is longer than {MAX_PATTERN_LENGTH:,} characters")
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    options.max_mem = _RE2_MAX_MEM
    try:
        return re2.compile(pattern, options=options)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(f"regular expression {excerpt(pattern)} is not supported by the linear-time engine (RE2): "
                         f"{reason}; lookaround, backreferences, atomic groups and possessive quantifiers "
                         f"cannot be used in rules") from None
    except (TypeError, OverflowError) as exc:
        raise ValueError(f"regular expression {excerpt(pattern)} cannot be compiled: {exc}") from None


class RuleRegex:
    """A rule's regex (or an alternation of several) compiled with RE2: time linear in the text,
    whatever the pattern. ``search``/``match``/``fullmatch``/``finditer`` as in :mod:`re`.

    ``tail`` is a pattern of the check's own code (trusted, Python ``re``, may use lookaround),
    anchored at the end of the text: ``search`` then finds where a rule pattern ends right
    where ``tail`` matches through to the end, testing the rule part with RE2 only.
    """

    def __init__(self, patterns: tuple[str, ...], tail: str, ignore_case: bool) -> None:
        self.patterns = patterns
        joined = patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)
        self.pattern = joined
        self._rule = _linear(joined, ignore_case)
        self._tail = re.compile(tail.removesuffix("$"), re.I if ignore_case else 0) if tail else None
        self._rule_at_end = _linear(f"(?:{joined})$", ignore_case) if tail else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._tail is None:
            return self._rule.search(text, pos, len(text) if endpos is None else endpos)
        text = text[pos:endpos]
        for end in range(len(text), -1, -1):  # the trusted tail first: it rules out almost every end
            if self._tail.fullmatch(text, end):
                found = self._rule_at_end.search(text[:end]) if self._rule_at_end is not None else None
                if found:
                    return found
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._tail is not None:
            raise TypeError("match() is not available with a tail")
        return self._rule.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._tail is not None:
            raise TypeError("fullmatch() is not available with a tail")
        return self._rule.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str):
        if self._tail is not None:
            raise TypeError("finditer() is not available with a tail")
        return self._rule.finditer(text)

    def __bool__(self) -> bool:
        return True


@lru_cache(maxsize=256)
def _compile_rule_regex(patterns: tuple[str, ...], tail: str, ignore_case: bool) -> RuleRegex | None:
    if not patterns:
        return None
    for p in patterns:
        _linear(p, ignore_case)  # each one alone, so the error names the pattern at fault
    return RuleRegex(patterns, tail, ignore_case)


def compile_rule_regex(patterns, tail: str = "", *, ignore_case: bool = True) -> RuleRegex | None:
    """THE way a check compiles a regex that comes from a rule or a configuration.

    ``patterns``: one pattern or a sequence of them (an alternation; ``None`` when empty).
    Matching runs on RE2, in time linear in the text whatever the pattern; syntax RE2 lacks
    (lookaround, backreferences, atomic groups, possessive quantifiers) is a ValueError with a
    one-line reason. ``tail`` is the check's own (trusted) Python pattern that must match from
    the end of a rule match to the end of the text (see :class:`RuleRegex`). Compiled once.
    """
    if isinstance(patterns, str):
        patterns = (patterns,)
    return _compile_rule_regex(tuple(patterns), tail, ignore_case)


def _children(op, av) -> list:
    name = str(op)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return [list(av[2])]
    if name == "SUBPATTERN":
        return [list(av[3])]
    if name == "BRANCH":
        return [list(b) for b in av[1]]
    if name in ("ASSERT", "ASSERT_NOT"):
        return [list(av[1])]
    if name == "ATOMIC_GROUP":
        return [list(av)]
    if name == "GROUPREF_EXISTS":
        return [list(b) for b in av[1:] if b is not None]
    return []


def _nested(items: list, outer: bool) -> bool:
    """Whether a repeat stands inside an outer repeat of many rounds (``outer``) here or below."""
    for op, av in items:
        name = str(op)
        if name == "ATOMIC_GROUP":
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            high = av[1]
            if high > 1 and outer:
                return True
            many = high == _MAXREPEAT or high > _MAX_NESTED_ROUNDS
            if _nested(list(av[2]), outer or (many and high > 1)):
                return True
            continue
        if name == "POSSESSIVE_REPEAT":
            continue
        if any(_nested(child, outer) for child in _children(op, av)):
            return True
    return False
