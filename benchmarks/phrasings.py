"""Recall and false alarms of factcheck on independently written phrasings.

Each ``tests/phrasings/<kind>.yaml`` holds cases written without looking at the
extraction cue tables or the development corpus: a ``bad`` text with one planted
inconsistency that the kind's rule must flag, and its consistent ``good`` twin (a
minimal edit) that must produce no finding at all. For every kind this prints

    recall        bad texts on which the kind's rule fired / bad texts
    false alarms  good twins with ANY finding / good twins

All texts are checked in one process with ``factcheck.check(text, date=, dateline=)``.

    python3 benchmarks/phrasings.py                 # every kind, summary table
    python3 benchmarks/phrasings.py --verbose       # also list misses and false alarms
    python3 benchmarks/phrasings.py --kind tz_offset --json results.json
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

import yaml

import factcheck

HERE = pathlib.Path(__file__).resolve().parent
PHRASINGS = HERE.parent / "tests" / "phrasings"


def load_suites(kind: str | None, directory: pathlib.Path = PHRASINGS) -> list[dict]:
    suites = []
    for path in sorted(directory.glob("*.yaml")):
        suite = yaml.safe_load(path.read_text(encoding="utf-8"))
        if kind is None or suite["kind"] == kind:
            suites.append(suite)
    return suites


def run_case(case: dict, rule: str) -> dict:
    options = {"date": case.get("date"), "dateline": case.get("dateline")}
    if options["date"] is not None:
        options["date"] = str(options["date"])
    bad = factcheck.check(case["bad"], **options)
    good = factcheck.check(case["good"], **options)
    return {
        "id": case["id"],
        "form": case.get("form", ""),
        "caught": any(f.rule == rule for f in bad),
        "bad_rules": sorted({f.rule for f in bad}),
        "false_alarms": [{"rule": f.rule, "message": f.message} for f in good],
        "bad": case["bad"],
        "good": case["good"],
        **{k: str(v) for k, v in options.items() if v is not None},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", help="run one check kind only (e.g. part_whole)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", metavar="FILE", help="write the per-case results to FILE")
    parser.add_argument("--dir", type=pathlib.Path, default=PHRASINGS,
                        help="directory of <kind>.yaml phrasing files (default tests/phrasings)")
    args = parser.parse_args(argv)

    suites = load_suites(args.kind, args.dir)
    if not suites:
        parser.error(f"no phrasing file for kind {args.kind!r} in {args.dir}")

    results = {}
    rows = []
    for suite in suites:
        kind, rule = suite["kind"], suite["rule"]
        cases = [run_case(case, rule) for case in suite["cases"]]
        results[kind] = {"rule": rule, "cases": cases}
        caught = sum(c["caught"] for c in cases)
        alarms = sum(bool(c["false_alarms"]) for c in cases)
        # flagged at all: some rule fired on the bad text while its twin stayed silent (a breakdown that adds
        # up to more is part-exceeds-whole's to report, whatever kind the case was written for)
        flagged = sum(bool(c["bad_rules"]) and not c["false_alarms"] for c in cases)
        rows.append((kind, len(cases), caught, alarms, flagged))
        if args.verbose:
            print(f"== {kind} ({rule})")
            for c in cases:
                where = " ".join(f"{k}={c[k]}" for k in ("date", "dateline") if k in c)
                if not c["caught"]:
                    other = f" (fired: {', '.join(c['bad_rules'])})" if c["bad_rules"] else ""
                    print(f"  MISS  {c['id']} [{c['form']}] {where}{other}\n        {c['bad']}")
                for alarm in c["false_alarms"]:
                    print(f"  ALARM {c['id']} [{c['form']}] {where} {alarm['rule']}: {alarm['message']}\n"
                          f"        {c['good']}")

    print(f"{'kind':<22}{'cases':>6}{'recall':>16}{'twin false alarms':>22}{'flagged by any rule':>24}")
    for kind, n, caught, alarms, flagged in rows:
        print(f"{kind:<22}{n:>6}{caught:>7}/{n:<3}{caught / n:>6.0%}{alarms:>13}/{n:<3}{alarms / n:>6.0%}"
              f"{flagged:>15}/{n:<3}{flagged / n:>6.0%}")
    n = sum(r[1] for r in rows)
    caught = sum(r[2] for r in rows)
    alarms = sum(r[3] for r in rows)
    flagged = sum(r[4] for r in rows)
    print(f"{'total':<22}{n:>6}{caught:>7}/{n:<3}{caught / n:>6.0%}{alarms:>13}/{n:<3}{alarms / n:>6.0%}"
          f"{flagged:>15}/{n:<3}{flagged / n:>6.0%}")

    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
