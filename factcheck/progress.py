"""A progress bar on stderr while ``factcheck check`` works through many files (rich).

Shown only when stderr is a terminal and there is more than one file; otherwise nothing at all is
written, so logs, pipes and CI output stay exactly as they were. The bar is transient: it is
erased when the run ends, before the report is printed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Progress = Callable[[int, int], None]  # (files done, files in all)


def wanted(stream: TextIO) -> bool:
    """A bar belongs on ``stream`` only if it is a terminal that can draw one."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and os.environ.get("TERM") != "dumb"


@contextmanager
def file_progress(stream: TextIO | None = None, min_files: int = 2) -> Iterator[Progress | None]:
    """Yield a ``progress(done, total)`` callback that draws a bar on ``stream`` (default stderr),
    or None when ``stream`` is not a terminal. The bar appears once ``total`` reaches ``min_files``."""
    stream = sys.stderr if stream is None else stream
    if not wanted(stream):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    bar: Bar | None = None
    task = None

    def progress(done: int, total: int) -> None:
        nonlocal bar, task
        if total < min_files:
            return
        if bar is None:
            bar = Bar(TextColumn("factcheck: checking"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                      TimeElapsedColumn(), console=Console(file=stream, force_terminal=True), transient=True)
            bar.start()
            task = bar.add_task("check", total=total)
        if task is not None:
            bar.update(task, completed=done, total=total)

    try:
        yield progress
    finally:
        if bar is not None:
            bar.stop()
