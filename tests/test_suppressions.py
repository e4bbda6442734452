"""Inline suppression comments: which findings they drop, and which comments suppressed nothing."""

from __future__ import annotations

from factcheck.findings import Finding, Severity
from factcheck.suppressions import apply_suppressions, parse_directives

ACTIVE = {"part-exceeds-whole", "part_whole", "list-sum-mismatch", "list_sum"}


def finding(line: int, rule: str = "part-exceeds-whole", kind: str = "part_whole") -> Finding:
    return Finding(rule=rule, kind=kind, severity=Severity.ERROR, message="m", start=line * 100, end=line * 100 + 2,
                   line=line, column=1, text="82", path="a.md")


def kept_lines(text: str, findings: list[Finding], **options) -> list[tuple[int, str]]:
    kept, _, _ = apply_suppressions(findings, text, path="a.md", active=ACTIVE, **options)
    return [(f.line, f.rule) for f in kept]


def test_suppressions_disable_enable_region_covers_lines_between() -> None:
    text = "\n".join([
        "Line one 82.",                                       # 1
        "<!-- factcheck-disable part-exceeds-whole -->",      # 2
        "Line three.",                                        # 3
        "Line four.",                                         # 4
        "<!-- factcheck-enable part-exceeds-whole -->",       # 5
        "Line six.",                                          # 6
    ])
    findings = [finding(n) for n in (1, 3, 4, 6)] + [finding(4, "list-sum-mismatch", "list_sum")]
    assert kept_lines(text, findings) == [(1, "part-exceeds-whole"), (6, "part-exceeds-whole"),
                                          (4, "list-sum-mismatch")]


def test_suppressions_disable_without_enable_runs_to_the_end() -> None:
    text = "Intro.\n<!-- factcheck-disable -->\nA.\nB.\n"
    findings = [finding(1), finding(3), finding(4, "list-sum-mismatch", "list_sum")]
    kept, suppressed, _ = apply_suppressions(findings, text, path="a.md", active=ACTIVE)
    assert [(f.line, f.rule) for f in kept] == [(1, "part-exceeds-whole")]
    assert suppressed == 2


def test_suppressions_next_line_skips_blank_lines() -> None:
    text = "<!-- factcheck-disable-next-line part-exceeds-whole -->\n\nThe fire destroyed 30 houses.\nNext.\n"
    assert kept_lines(text, [finding(3), finding(4)]) == [(4, "part-exceeds-whole")]


def test_suppressions_next_line_only_the_line_right_after() -> None:
    text = "<!-- factcheck-disable-next-line -->\nFirst 82.\nSecond 82.\n"
    assert kept_lines(text, [finding(2), finding(3)]) == [(3, "part-exceeds-whole")]


def test_suppressions_disable_line_covers_its_own_line() -> None:
    text = "Of the 40 delegates, 25 ... <!-- factcheck-disable-line part_whole -->\nOther 82.\n"
    assert kept_lines(text, [finding(1), finding(2)]) == [(2, "part-exceeds-whole")]


def test_suppressions_ids_by_kind_and_lists_with_reason() -> None:
    text = "<!-- factcheck-disable-next-line list_sum, part-exceeds-whole -- agency figures differ -->\nX.\n"
    directive, = parse_directives(text)
    assert directive.rules == ("list_sum", "part-exceeds-whole")
    findings = [finding(2), finding(2, "list-sum-mismatch", "list_sum"), finding(2, "other-rule", "other")]
    assert kept_lines(text, findings) == [(2, "other-rule")]


def test_suppressions_enable_one_rule_inside_disable_all() -> None:
    text = "\n".join([
        "<!-- factcheck-disable -->",                         # 1
        "A.",                                                 # 2
        "<!-- factcheck-enable part-exceeds-whole -->",       # 3
        "B.",                                                 # 4
        "<!-- factcheck-enable -->",                          # 5
        "C.",                                                 # 6
    ])
    findings = [finding(2), finding(4), finding(4, "list-sum-mismatch", "list_sum"), finding(6)]
    assert kept_lines(text, findings) == [(4, "part-exceeds-whole"), (6, "part-exceeds-whole")]


def test_suppressions_not_a_directive_changes_nothing() -> None:
    text = "<!-- factcheck-disabled -->\n<!-- factcheck: ok -->\n<!-- TODO factcheck-disable -->\nA.\n"
    assert parse_directives(text) == []
    assert kept_lines(text, [finding(4)]) == [(4, "part-exceeds-whole")]


def test_suppressions_multi_line_comment_next_line_starts_after_it() -> None:
    text = "<!-- factcheck-disable-next-line\n     part-exceeds-whole -->\nA 82.\nB.\n"
    directive, = parse_directives(text)
    assert (directive.rules, directive.line, directive.column) == (("part-exceeds-whole",), 1, 1)
    assert kept_lines(text, [finding(2), finding(3)]) == [(2, "part-exceeds-whole")]


def test_suppressions_unused_comment_reported_as_info_at_the_comment() -> None:
    text = "\n".join([
        "Clean paragraph.",                                                    # 1
        "  <!-- factcheck-disable-next-line part-exceeds-whole -->",           # 2
        "Still clean.",                                                        # 3
        "<!-- factcheck-disable-next-line list-sum-mismatch, not-running -->",  # 4
        "Bad 82.",                                                             # 5
    ])
    kept, suppressed, unused = apply_suppressions([finding(5)], text, path="a.md", active=ACTIVE,
                                                  report_unused=True)
    assert [(f.line, f.rule) for f in kept] == [(5, "part-exceeds-whole")] and suppressed == 0
    assert [(u.location(), u.rule, u.severity.value, u.message) for u in unused] == [
        ("a.md:2:3", "unused-suppression", "info",
         "factcheck-disable-next-line of part-exceeds-whole suppressed nothing; remove it"),
        ("a.md:4:1", "unused-suppression", "info",
         "factcheck-disable-next-line of list-sum-mismatch suppressed nothing; remove it"),
    ]


def test_suppressions_used_comment_not_reported() -> None:
    text = "<!-- factcheck-disable-next-line part-exceeds-whole -->\nBad 82.\n"
    kept, suppressed, unused = apply_suppressions([finding(2)], text, path="a.md", active=ACTIVE,
                                                  report_unused=True)
    assert (kept, suppressed, unused) == ([], 1, [])
