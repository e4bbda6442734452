"""Make ``docs/report.png``, the README's picture of the HTML report.

    python3 tests/browser/make_screenshot.py [OUT.png]

Checks a short demo article with planted errors (written for this picture), the seed article
and a file that does not exist, renders the report, and has headless Chromium photograph it
with one finding opened (``#f-N``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium  # noqa: E402

DEMO = """---
title: "River flooding forces thousands from their homes"
date: 2023-11-14
dateline: Cardiff
---

# River flooding forces thousands from their homes

*Emergency crews worked through the night as the river burst its banks.*

Rescue teams moved 1,200 residents to safety on Sunday, 13 November 2023, after the river rose 3 metres \
(16 feet) above its usual level. The water peaked at 6am (4am GMT) on Monday.

Of the 540 people taken to shelters, 310 were adults and 260 were children.

The council said the cost of repairs had climbed from £4m to £5m, a rise of 40%.

A total of 96 pumps were brought in: 30 from the fire service, 25 from the army and 21 from private firms.

Forecasters expect another 40mm of rain over the next 48 hours.
"""


def main(out: Path, opened: str = "#finding-4") -> Path:
    from factcheck.report import render
    from factcheck.runner import RunOptions, check_paths

    with tempfile.TemporaryDirectory(prefix="factcheck-demo-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        (folder / "river-flooding.md").write_text(DEMO, encoding="utf-8")
        shutil.copy(ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md", folder)
        here = os.getcwd()
        os.chdir(tmp)
        try:
            paths = ["articles/river-flooding.md", "articles/aleppo-ceasefire-2016-12-14.md", "articles/wires.md"]
            results = {r.path: r for r in check_paths(paths, RunOptions(keep_text=True))}
        finally:
            os.chdir(here)
        page = Path(tmp) / "report.html"
        page.write_text(render("html", [results[p] for p in paths]), encoding="utf-8")
        chromium.load(page, opened, screenshot=out, window="1400,1000")
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "report.png"))
