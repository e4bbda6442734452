"""Issue 12, class "rule and configuration regexes": every regex that comes from a rule or a
configuration runs on RE2 (time linear in the text, whatever the pattern); syntax RE2 lacks is
one clear error. A generated stress set of backtracking bombs must finish in linear time."""

from __future__ import annotations

import random
import time

import pytest

from factcheck.paths import PathPatterns, _glob_regex
from factcheck.safe_regex import check_backtracking, compile_rule_regex

ATOMS = ["a", "b", "ab", "a?", "a*", r"\s", r"\s*", ".", r"\w", "[ab]", "(?:a|ab)", "(?:.|\\s)"]


def _bomb(rng: random.Random) -> str:
    """A pattern of the shapes that backtrack catastrophically under Python's re: overlapping
    alternation under a star, bounded repeats of optional groups, runs of \\s*, (.|\\s)*."""
    shape = rng.randrange(5)
    if shape == 0:  # overlapping alternation under a star
        alts = rng.sample(ATOMS, rng.randint(2, 4))
        return f"(?:{'|'.join(alts)})*{rng.choice(['c', '$', 'x'])}"
    if shape == 1:  # bounded repeat of an optional group, then the same characters required
        n = rng.randint(15, 40)
        return f"(?:a?){{{n}}}a{{{n}}}"
    if shape == 2:  # runs of \s*
        return r"\s*" * rng.randint(5, 15) + "x"
    if shape == 3:
        return r"(?:.|\s)*" + rng.choice(["c", "x$", "!"])
    return f"(?:{rng.choice(ATOMS)}|{rng.choice(ATOMS)})*(?:{rng.choice(ATOMS)})*c"


def _worst(text_for, pattern, sizes=(2_000, 8_000)):
    regex = compile_rule_regex(pattern)
    times = []
    for n in sizes:
        text = text_for(n)
        start = time.perf_counter()
        regex.search(text)
        times.append(time.perf_counter() - start)
    return times


@pytest.mark.parametrize("seed", range(6))
def test_reliability_regex_generated_bombs_finish_in_linear_time(seed):
    rng = random.Random(seed)
    for _ in range(25):
        pattern = _bomb(rng)
        small, large = _worst(lambda n: "a" * n + " " * (n // 4), pattern)
        # 4x the text may take ~4x the time (plus noise), never the exponential or quadratic blow-up
        assert large < 0.25, f"{pattern!r} took {large:.3f} s on 10,000 characters"
        assert large < max(small, 0.002) * 40, f"{pattern!r}: {small:.4f} s -> {large:.4f} s for 4x the text"


def test_reliability_regex_issue_instances_are_fast():
    for pattern in [r"(a|a)*b", r"(a|ab)*c", r"(?:a?){25}a{25}b", r"\s*\s*\s*\s*\s*\s*x", r"(.|\s)*!"]:
        regex = compile_rule_regex(pattern)
        start = time.perf_counter()
        assert not regex.search("a" * 50_000 + " " * 1_000)
        assert time.perf_counter() - start < 0.5, pattern


@pytest.mark.parametrize("pattern, what", [
    (r"(?=a)b", "lookaround"), (r"(?<!x)y", "lookaround"), (r"(a)\1", "backreferences"),
    (r"(?>a+)b", "atomic"), (r"a++b", "possessive"),
])
def test_reliability_regex_unsupported_syntax_is_one_clear_error(pattern, what):
    with pytest.raises(ValueError) as info:
        check_backtracking(pattern)
    message = str(info.value)
    assert "\n" not in message and "RE2" in message and what in message


def test_reliability_regex_overlong_pattern_is_refused():
    with pytest.raises(ValueError, match="longer than"):
        compile_rule_regex("a" * 5_000)


def test_reliability_regex_rule_with_overlapping_alternation_loads_and_runs_fast(tmp_path):
    """A differing_totals cue that passes the nested-quantifier check but backtracks under re."""
    from factcheck.rulebook.loader import load_rule

    (tmp_path / "restated.yml").write_text(
        "kind: differing_totals\nmessage: \"'{restated}' differs from '{other}'\"\n"
        "params:\n  cues: ['(?:a|ab|\\s)*figure']\n"
        "examples:\n  bad: [{text: x}]\n  good: [{text: y}]\n", encoding="utf-8")
    rule = load_rule(tmp_path / "restated.yml")
    regex = compile_rule_regex(tuple(rule.params.cues))
    start = time.perf_counter()
    assert not regex.search("ab" * 30_000 + "figur")
    assert time.perf_counter() - start < 0.5


def test_reliability_regex_tail_keeps_the_check_semantics():
    """differing_totals' own tail (Python re, with lookahead) after a rule cue searched with RE2."""
    tail = r"(?=[^\d.;!?]{0,16}$)(?:[\s,:—–-]|\b(?:of|the|some)\b)*$"
    regex = compile_rule_regex(["the figure of", r"\bgave\s+the\s+number\s+as"], tail)
    assert regex.search("Officials later gave the number as ")
    assert regex.search("It cited the figure of some ")
    assert not regex.search("It cited the figure of 12 dead and later ")  # a figure between cue and end
    assert not regex.search("the figure of " + "x " * 20)  # further than 16 characters


@pytest.mark.parametrize("seed", range(3))
def test_reliability_regex_exclude_patterns_with_many_stars_are_linear(seed):
    rng = random.Random(seed)
    for _ in range(10):
        pattern = "/".join(rng.choice(["**", "*", "a*", "**", "*b*"]) for _ in range(rng.randint(4, 12))) + "/z"
        spec = PathPatterns([pattern])
        path = "/".join("ab" * 5 for _ in range(60))
        start = time.perf_counter()
        spec.match_file(path)
        assert time.perf_counter() - start < 0.2, pattern


def test_reliability_regex_glob_with_many_double_stars_is_linear():
    matcher = _glob_regex(["**"] * 12 + ["*a*a*a*a*a*b"])
    start = time.perf_counter()
    assert not matcher.fullmatch("/".join(["aaaa"] * 200) + "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert time.perf_counter() - start < 0.2
