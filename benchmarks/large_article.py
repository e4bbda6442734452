"""Time and peak memory of checking one very large article (default 20 MB), stage by stage.

Not a test: on two cores the full pipeline takes many minutes for 20 MB. It writes a generated
Markdown article of the size asked for (news-like paragraphs with consistent figures, one
planted contradiction near the end), then reads, extracts and checks it the way
``factcheck.runner.check_one`` does, printing progress every megabyte and, at the end:

    size, read time, extraction time (spaCy + extraction), rules time, chars/s, quantities,
    findings, peak RSS (and the RSS after the pipeline loaded, before reading).

Usage: python3 benchmarks/large_article.py [--mb 20] [--read-only] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "Officials said {n} people, including {a} women and {b} children, were moved from the camp on {weekday}.",
    "The convoy covered {km} km ({miles} miles) before it stopped at the checkpoint near the river.",
    "The number of shelters rose from {old} to {new} over the winter, according to the agency's figures.",
    "A spokesman said the talks, which began in {year}, would resume next month in the capital.",
    "Some {n} families are still waiting for news. \"We have nothing left,\" one resident told reporters.",
    "Aid workers counted {a} damaged houses and {b} destroyed schools in the district, the report said.",
]


def paragraph(rng: random.Random) -> str:
    sentences = []
    for template in rng.sample(PARAGRAPHS, 3):
        n = rng.randint(40, 9000)
        a = rng.randint(0, n // 2)
        km = rng.randint(2, 400)
        sentences.append(template.format(
            n=f"{n:,}", a=a, b=rng.randint(0, n - a), weekday=rng.choice(["Monday", "Tuesday", "Friday"]),
            km=km, miles=round(km / 1.609344), old=rng.randint(10, 90), new=rng.randint(91, 300),
            year=rng.randint(1990, 2015)))
    return " ".join(sentences)


def write_article(path: Path, size: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    written = 0
    with path.open("w", encoding="utf-8") as f:
        written += f.write("---\ntitle: A very long article\ndate: 2016-12-14\ndateline: Aleppo\n---\n\n")
        while written < size - 200:
            written += f.write(paragraph(rng) + "\n\n")
        written += f.write("Soldiers shot dead 82 people, including 51 women and 43 children.\n")
    return written


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def progress(passages, total: int, started: float):
    step = 1_000_000
    mark = step
    for passage in passages:
        if passage.offset >= mark:
            elapsed = time.monotonic() - started
            print(f"  {passage.offset / 1e6:6.1f} MB analysed in {elapsed:7.1f}s "
                  f"({passage.offset / elapsed / 1e3:.1f} kchars/s), peak RSS {rss_mb():.0f} MB",
                  file=sys.stderr, flush=True)
            mark += step
        yield passage


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="article size in MB (default 20)")
    ap.add_argument("--read-only", action="store_true", help="only read the file (decode, front matter, markup)")
    ap.add_argument("--keep", type=Path, help="write the article here instead of a temporary file")
    args = ap.parse_args()

    from factcheck.analysis import analyse, load_pipeline
    from factcheck.extraction import extract_passages
    from factcheck.readers import read_file
    from factcheck.rulebook import default_rules, run_rules

    size = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "large-article.md"
        written = write_article(path, size)
        print(f"article: {path} ({written / 1e6:.1f} MB)")
        if not args.read_only:
            t = time.monotonic()
            load_pipeline()
            rules = default_rules()
            print(f"pipeline and rules loaded in {time.monotonic() - t:.1f}s; RSS {rss_mb():.0f} MB")
        base_rss = rss_mb()
        t = time.monotonic()
        article = read_file(path)
        read_secs = time.monotonic() - t
        print(f"read: {read_secs:.1f}s, peak RSS {rss_mb():.0f} MB")
        if args.read_only:
            return 0
        t = time.monotonic()
        extraction = extract_passages(article, progress(analyse(article.body), len(article.body), t))
        extract_secs = time.monotonic() - t
        t = time.monotonic()
        findings = run_rules(article, extraction, rules)
        rules_secs = time.monotonic() - t
        total = read_secs + extract_secs + rules_secs
        print(f"extract: {extract_secs:.1f}s ({len(article.text) / extract_secs / 1e3:.1f} kchars/s), "
              f"{len(extraction.quantities)} quantities, {len(extraction.relations)} relations")
        print(f"rules: {rules_secs:.1f}s, {len(findings)} findings "
              f"(last: {findings[-1].location() + ' ' + findings[-1].rule if findings else 'none'})")
        print(f"total: {total:.1f}s for {written / 1e6:.1f} MB; peak RSS {rss_mb():.0f} MB "
              f"({base_rss:.0f} MB before reading)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
