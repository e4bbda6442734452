"""Independently written phrasings: every consistent twin checks clean, and each kind keeps at
least the recall measured on its planted twins.

Twenty sets, each written by someone who saw neither the cue tables, nor the development corpus,
nor the other sets: ``tests/phrasings/`` (all eight kinds), ``tests/phrasings_b/`` (the four
relation kinds, in another voice), ``tests/phrasings_c/`` (all eight kinds, a third writer, with
headlines, quotes and wire copy), ``tests/phrasings_d/`` (the four weakest kinds, 30 each, a
fourth writer), ``tests/phrasings_e/`` (the other four kinds, 30 each, a fifth writer),
``tests/phrasings_f/`` (elapsed time, restated totals and short lists, 30 each, a sixth writer),
``tests/phrasings_g/`` (the four relation kinds, a seventh writer), ``tests/phrasings_h/`` (weekdays, elapsed
time, changes and zones) and ``tests/phrasings_i/`` (restated totals, parts, lists and conversions), 30 each,
an eighth and a ninth writer, ``tests/phrasings_j/`` (weekdays in rarer forms, restated totals, elapsed
time; a tenth writer), ``tests/phrasings_k/`` (restated totals, elapsed time and list sums, 40 each; an
eleventh writer), ``tests/phrasings_l/`` (restated totals, elapsed time, parts and lists, 30 each; a twelfth
writer), ``tests/phrasings_m/`` (the same four kinds, 30 each; a thirteenth writer), ``tests/phrasings_n/``
(complete lists that fall short and restated totals, 30 each; a fourteenth writer), ``tests/phrasings_o/``
(percentage changes, weekdays, elapsed time and list sums, 30 each; a fifteenth writer) and
``tests/phrasings_p/`` (restated totals, list sums, parts and elapsed time, 30 each; a sixteenth writer, who
drew sentence shapes from the real press releases), ``tests/phrasings_q/`` (all eight kinds, 120 cases in
US newsroom style; a seventeenth writer) and ``tests/phrasings_r/`` (all eight kinds, 15 each, in British and
Commonwealth newspaper, court, council and sports style; an eighteenth writer) and ``tests/phrasings_s/``
(restated totals, elapsed time, lists and parts, 30 each, in wire, business and North American local style; a
nineteenth writer) and ``tests/phrasings_t/`` (the same four kinds, 30 each, in Indian, South African,
Singaporean and Irish newspaper, health, release and consumer style; a twentieth writer) and ``tests/phrasings_u/``
(restated totals and elapsed time, 30 each, lists, parts and percentage changes, 25 each, in Australian, New
Zealand, Canadian, wire, science, farm, court and sports style; two more writers). One relation,
many sentence structures; ``python3 benchmarks/phrasings.py --verbose [--dir tests/phrasings_c]`` lists the
misses. Seven more sets, ``benchmarks/heldout/``,
``benchmarks/heldout_c/``, ``benchmarks/heldout_e/``, ``benchmarks/heldout_g/``, ``benchmarks/heldout_i/``,
``benchmarks/heldout_k/`` and ``benchmarks/heldout_m/``, are never read while the
checks are written: they measure, they are not tests.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

import factcheck

HERE = Path(__file__).parent
SETS = {"a": HERE / "phrasings", "b": HERE / "phrasings_b", "c": HERE / "phrasings_c", "d": HERE / "phrasings_d",
        "e": HERE / "phrasings_e", "f": HERE / "phrasings_f", "g": HERE / "phrasings_g", "h": HERE / "phrasings_h",
        "i": HERE / "phrasings_i", "j": HERE / "phrasings_j", "k": HERE / "phrasings_k",
        "l": HERE / "phrasings_l", "m": HERE / "phrasings_m", "n": HERE / "phrasings_n",
        "o": HERE / "phrasings_o", "p": HERE / "phrasings_p", "q": HERE / "phrasings_q", "r": HERE / "phrasings_r",
        "s": HERE / "phrasings_s", "t": HERE / "phrasings_t", "u": HERE / "phrasings_u"}
SUITES = {(name, suite["kind"]): suite for name, folder in SETS.items()
          for suite in (yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yaml")))}
CASES = [(name, suite["rule"], case) for (name, _), suite in SUITES.items() for case in suite["cases"]]
# planted-error recall per set and kind, a little under what was measured when the floors were last raised
RECALL_FLOORS = {
    ("a", "differing_totals"): 0.90, ("a", "duration_arithmetic"): 0.90, ("a", "list_sum"): 0.85,
    ("a", "part_whole"): 0.75, ("a", "percent_change"): 0.95, ("a", "tz_offset"): 0.95,
    ("a", "unit_conversion"): 0.90, ("a", "weekday_date"): 0.95,
    ("b", "differing_totals"): 0.75, ("b", "list_sum"): 0.85, ("b", "part_whole"): 0.75, ("b", "percent_change"): 0.95,
    ("c", "differing_totals"): 0.75, ("c", "duration_arithmetic"): 0.85, ("c", "list_sum"): 0.60,
    ("c", "part_whole"): 0.75, ("c", "percent_change"): 0.85, ("c", "tz_offset"): 0.95,
    ("c", "unit_conversion"): 0.90, ("c", "weekday_date"): 0.85,
    ("d", "differing_totals"): 0.80, ("d", "duration_arithmetic"): 0.90, ("d", "list_sum"): 0.85,
    ("d", "part_whole"): 0.85,
    ("e", "percent_change"): 0.85, ("e", "tz_offset"): 0.95, ("e", "unit_conversion"): 0.85,
    ("e", "weekday_date"): 0.85,
    ("f", "differing_totals"): 0.80, ("f", "duration_arithmetic"): 0.75, ("f", "list_sum"): 0.75,
    ("g", "differing_totals"): 0.65, ("g", "duration_arithmetic"): 0.80, ("g", "list_sum"): 0.85,
    ("g", "part_whole"): 0.75,
    ("h", "duration_arithmetic"): 0.75, ("h", "percent_change"): 0.80, ("h", "tz_offset"): 0.90,
    ("h", "weekday_date"): 0.90,
    ("i", "differing_totals"): 0.70, ("i", "list_sum"): 0.70, ("i", "part_whole"): 0.70,
    ("i", "unit_conversion"): 0.85,
    ("j", "differing_totals"): 0.45, ("j", "duration_arithmetic"): 0.65, ("j", "weekday_date"): 0.85,
    ("k", "differing_totals"): 0.70, ("k", "duration_arithmetic"): 0.70, ("k", "list_sum"): 0.75,
    ("l", "differing_totals"): 0.85, ("l", "duration_arithmetic"): 0.60, ("l", "list_sum"): 0.70,
    ("l", "part_whole"): 0.55,
    ("m", "differing_totals"): 0.55, ("m", "duration_arithmetic"): 0.60, ("m", "list_sum"): 0.35,
    ("m", "part_whole"): 0.70,
    ("n", "differing_totals"): 0.85, ("n", "list_sum"): 0.55,
    ("o", "duration_arithmetic"): 0.50, ("o", "list_sum"): 0.65, ("o", "percent_change"): 0.85,
    ("o", "weekday_date"): 0.85,
    ("p", "differing_totals"): 0.65, ("p", "duration_arithmetic"): 0.75, ("p", "list_sum"): 0.75,
    ("p", "part_whole"): 0.70,
    ("q", "differing_totals"): 0.50, ("q", "duration_arithmetic"): 0.75, ("q", "list_sum"): 0.60,
    ("q", "part_whole"): 0.75, ("q", "percent_change"): 0.90, ("q", "tz_offset"): 0.75,
    ("q", "unit_conversion"): 0.90, ("q", "weekday_date"): 0.90,
    ("r", "differing_totals"): 0.60, ("r", "duration_arithmetic"): 0.65, ("r", "list_sum"): 0.65,
    ("r", "part_whole"): 0.85, ("r", "percent_change"): 0.85, ("r", "tz_offset"): 0.90,
    ("r", "unit_conversion"): 0.90, ("r", "weekday_date"): 0.85,
    ("s", "differing_totals"): 0.55, ("s", "duration_arithmetic"): 0.70, ("s", "list_sum"): 0.30,
    ("s", "part_whole"): 0.85,
    ("t", "differing_totals"): 0.55, ("t", "duration_arithmetic"): 0.55, ("t", "list_sum"): 0.45,
    ("t", "part_whole"): 0.75,
    ("u", "differing_totals"): 0.70, ("u", "duration_arithmetic"): 0.80, ("u", "list_sum"): 0.65,
    ("u", "part_whole"): 0.75, ("u", "percent_change"): 0.95,
}
# a complete breakdown that adds up to more than its total is reported by part-exceeds-whole, by design
# (list-sum-mismatch leaves that side to it): either rule catches a planted list_sum error
ALSO_CATCHES = {"list_sum": {"part-exceeds-whole"}}


def _options(case: dict) -> dict:
    return {"date": str(case["date"]) if case.get("date") else None, "dateline": case.get("dateline")}


def test_phrasings_cover_every_kind_with_25_cases_or_more():
    assert set(SUITES) == set(RECALL_FLOORS)
    cases_of_kind = Counter()
    for (_, kind), suite in SUITES.items():
        cases_of_kind[kind] += len(suite["cases"])
    assert len(cases_of_kind) == 8 and min(cases_of_kind.values()) >= 25
    # each set's file of a kind holds 25 or more, but sets Q and R cover all eight kinds in 120 (5 to 20 each)
    assert min(len(s["cases"]) for (name, _), s in SUITES.items() if name not in ("q", "r")) >= 25
    assert min(len(s["cases"]) for (name, _), s in SUITES.items() if name in ("q", "r")) >= 5


@pytest.mark.parametrize("name,rule,case", CASES, ids=[f"{n}-{c['id']}" for n, _, c in CASES])
def test_phrasings_consistent_twin_checks_clean(name, rule, case):
    findings = factcheck.check(case["good"], **_options(case))
    assert findings == [], f"false alarm on: {case['good']!r}: " + "; ".join(f"{f.rule} {f.message}" for f in findings)


@pytest.mark.parametrize("key", sorted(RECALL_FLOORS), ids=[f"{n}-{k}" for n, k in sorted(RECALL_FLOORS)])
def test_phrasings_recall_on_planted_twins(key):
    suite = SUITES[key]
    rules = {suite["rule"], *ALSO_CATCHES.get(suite["kind"], ())}
    missed = [c["id"] for c in suite["cases"]
              if not any(f.rule in rules for f in factcheck.check(c["bad"], **_options(c)))]
    recall = 1 - len(missed) / len(suite["cases"])
    assert recall >= RECALL_FLOORS[key], f"{key} recall {recall:.2f} < {RECALL_FLOORS[key]}; missed {missed}"
