"""Score factcheck on the shared dev corpus in one process (the spaCy pipeline loads once).

Same metrics as ``../shared/corpus/score.py`` (its ``score`` function is imported, not copied),
without a process start per file. The official figure is still the scorer's own run:

    python3 ../shared/corpus/score.py --split ../shared/corpus/dev --cmd "factcheck check --format json --fail-on never"

Usage: python3 benchmarks/corpus_score.py [--split DIR] [--category C] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPLIT = ROOT.parent / "shared" / "corpus" / "dev"


def load_scorer(split: Path):
    """The shared scorer: ``score.py`` in the split's folder or the nearest one above it."""
    path = next((d / "score.py" for d in split.resolve().parents if (d / "score.py").exists()), None)
    if path is None:
        raise SystemExit(f"no score.py above {split}")
    spec = importlib.util.spec_from_file_location("corpus_score_impl", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    ap.add_argument("--category", action="append", default=[], help="only cases of this category (repeatable)")
    ap.add_argument("--kind", action="append", default=[], help="only cases of this kind: planted, negative, clean")
    ap.add_argument("--verbose", action="store_true", help="list misses, flagged negatives and clean findings")
    args = ap.parse_args()
    if not (args.split / "manifest.json").exists():
        print(f"no corpus at {args.split}", file=sys.stderr)
        return 2

    from factcheck.report.json_report import finding_dict
    from factcheck.runner import RunOptions, check_one, select_rules

    scorer = load_scorer(args.split)
    manifest = json.loads((args.split / "manifest.json").read_text(encoding="utf-8"))
    cases = [c for c in manifest["cases"]
             if (not args.category or c["category"] in args.category or (c["kind"] == "clean" and "clean" in args.kind))
             and (not args.kind or c["kind"] in args.kind)]
    options = RunOptions()
    rules = select_rules(options)
    results = []
    t0 = time.monotonic()
    for case in cases:
        t = time.monotonic()
        result = check_one(str(args.split / case["path"]), options, rules)
        findings = [finding_dict(f) for f in result.findings]
        results.append((case, {"error": "; ".join(map(str, result.errors)) or None, "findings": findings,
                               "secs": time.monotonic() - t}))
    report = scorer.score(manifest, results)
    for cat, row in report["per_category"].items():
        if row["planted"] or row["negatives"]:
            print(f"{cat:22} recall {scorer.fmt(row['recall'])} ({row['detected']}/{row['planted']})  "
                  f"negatives flagged {row['neg_flagged']}/{row['negatives']}")
    if args.verbose:
        for case, res in results:
            text = (args.split / case["path"]).read_text(encoding="utf-8")
            hit = any(scorer.overlaps(a, b, s["start"], s["end"]) for f in res["findings"]
                      for a, b in scorer.spans_of(f) for s in case["spans"])
            if case["kind"] == "planted" and not hit:
                spans = " | ".join(text[s["start"]:s["end"]] for s in case["spans"])
                print(f"MISS  {case['category']:20} {case['path']}: {spans}")
            elif case["kind"] == "negative" and hit:
                spans = " | ".join(text[s["start"]:s["end"]] for s in case["spans"])
                print(f"NEGFP {case['category']:20} {case['path']}: {spans}")
            elif case["kind"] == "clean":
                for f in res["findings"]:
                    print(f"CLEAN {case['path']}:{f['line']}:{f['column']} {f['rule']} {f['message']}")
            if res["error"]:
                print(f"ERROR {case['path']}: {res['error']}")
    print(f"{len(cases)} cases in {time.monotonic() - t0:.0f}s")
    print(f"recall={report['recall']:.3f} precision={report['precision']:.3f} f1={report['f1']:.3f} "
          f"fp_per_kw={report['fp_per_kw']:.2f} neg_fp_rate={report['neg_fp_rate']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
