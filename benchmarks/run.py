"""Speed and memory of factcheck, against the spaCy pipeline it stands on. Prints a table.

    python3 benchmarks/run.py                 # the seed + 120 articles built from our fixtures
    python3 benchmarks/run.py --corpus DIR    # any folder of articles instead

Measured in one run on the same texts:
- words per second of the spaCy pipeline alone, of ``extract`` and of ``check`` (in process,
  warm), and the ratio of each to spaCy;
- cold ``factcheck check SEED`` against ``python -c "import spacy; spacy.load(...)(text)"``;
- ``factcheck --help``;
- peak memory (max RSS) of a one-process check of the folder;
- ``--jobs 2`` against ``--jobs 1`` on the folder.

Targets (issue 6): check >= 0.8 x spaCy; --help < 0.3 s; cold check <= 1.5 x spaCy's own
load-and-parse; --jobs 2 >= 1.7 x --jobs 1; < 500 MB per worker.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md"
FIXTURES = ROOT / "tests" / "fixtures" / "extraction"


def build_corpus(target: Path, count: int) -> list[Path]:
    """``count`` articles made from our own fixtures and the seed (copies under new names)."""
    sources = [*sorted(FIXTURES.glob("*.md")), SEED]
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        src = sources[i % len(sources)]
        dst = target / f"{i:03d}-{src.name}"
        shutil.copyfile(src, dst)
        paths.append(dst)
    return paths


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def child_peak_mb(cmd: list[str]) -> tuple[float, float]:
    """Wall time and max RSS (MB) of a command run in a fresh child (its own rusage)."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "subprocess.run(sys.argv[1:],capture_output=True);"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="folder of articles (default: 120 built from our fixtures)")
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--runs", type=int, default=3, help="repeats of the cold-start timings (best is kept)")
    args = ap.parse_args()

    import warnings

    warnings.filterwarnings("ignore")
    from factcheck.analysis import load_pipeline, passages, pipeline_name
    from factcheck.extraction import extract_article
    from factcheck.readers import read_file
    from factcheck.rulebook import default_rules, run_rules

    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        folder = args.corpus or tmp / "articles"
        files = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt", ".html")) if args.corpus \
            else build_corpus(folder, args.count)
        articles = [read_file(SEED)] + [read_file(p) for p in files]
        words = sum(len(a.body.split()) for a in articles)
        factcheck = [sys.executable, "-m", "factcheck"]
        exe = shutil.which("factcheck")
        cli = [exe] if exe else factcheck

        nlp = load_pipeline()
        rules = default_rules()
        extract_article(articles[0])  # warm: pipeline, quantulum3, pint, gazetteer

        def spacy_alone():
            for a in articles:
                for _ in nlp.pipe([text for _, text in passages(a.body)]):
                    pass

        def extract_all():
            for a in articles:
                extract_article(a)

        def check_all():
            for a in articles:
                run_rules(a, extract_article(a), rules)

        t_spacy = best_of(2, spacy_alone)
        t_extract = best_of(2, extract_all)
        t_check = best_of(2, check_all)

        seed_text = SEED.read_text(encoding="utf-8")
        spacy_cold = [sys.executable, "-c",
                      f"import spacy,sys; spacy.load({pipeline_name()!r})(open(sys.argv[1]).read())", str(SEED)]
        t_spacy_cold = best_of(args.runs, lambda: run(spacy_cold))
        t_check_cold = best_of(args.runs, lambda: run([*cli, "check", "--no-config", str(SEED)]))
        t_help = best_of(args.runs, lambda: run([*cli, "--help"]))
        t_rules_list = best_of(args.runs, lambda: run([*cli, "rules", "list"]))

        base = [*cli, "check", "--no-config", "--format", "json", "--fail-on", "never", str(folder)]
        t_jobs1, rss1 = child_peak_mb([*base, "--jobs", "1"])
        t_jobs2, _ = child_peak_mb([*base, "--jobs", "2"])

        rows = [
            ("spaCy pipeline alone (warm)", f"{words / t_spacy:,.0f} words/s", "1.00"),
            ("factcheck extract (warm)", f"{words / t_extract:,.0f} words/s", f"{t_spacy / t_extract:.2f} x spaCy"),
            ("factcheck check (warm)", f"{words / t_check:,.0f} words/s", f"{t_spacy / t_check:.2f} x spaCy  (target >= 0.8)"),
            ("cold: spaCy load + parse seed", f"{t_spacy_cold:.2f} s", ""),
            ("cold: factcheck check seed", f"{t_check_cold:.2f} s",
             f"{t_check_cold / t_spacy_cold:.2f} x spaCy  (target <= 1.5)"),
            ("factcheck --help", f"{t_help:.3f} s", "(target < 0.3 s)"),
            ("factcheck rules list", f"{t_rules_list:.3f} s", ""),
            (f"check --jobs 1, {len(files)} files", f"{t_jobs1:.1f} s", f"peak RSS {rss1:.0f} MB  (target < 500)"),
            (f"check --jobs 2, {len(files)} files", f"{t_jobs2:.1f} s", f"{t_jobs1 / t_jobs2:.2f} x --jobs 1  (target >= 1.7)"),
        ]
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}; pipeline {pipeline_name()}")
        print(f"texts: seed + {len(files)} articles, {words:,} words ({len(seed_text.split()):,} in the seed)\n")
        width = max(len(r[0]) for r in rows)
        for name, value, ratio in rows:
            print(f"{name:<{width}}  {value:>16}  {ratio}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
