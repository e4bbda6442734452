"""A process pool for many files: each worker loads the rules and the spaCy pipeline once."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from factcheck.findings import FileResult

_worker_state: dict = {}


def _init(options) -> None:
    from factcheck.analysis import load_pipeline
    from factcheck.runner import select_rules

    _worker_state["options"] = options
    _worker_state["rules"] = select_rules(options)
    load_pipeline(options.pipeline)


def _check(path: str) -> FileResult:
    from factcheck.runner import check_one

    return check_one(path, _worker_state["options"], _worker_state["rules"])


def check_parallel(files: list[str], options, jobs: int) -> list[FileResult]:
    """Results for ``files`` from ``jobs`` workers. A worker that dies (killed for memory, say)
    does not end the run: its files are checked again in this process."""
    chunk = max(1, len(files) // (jobs * 4))
    results: dict[str, FileResult] = {}
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(options,)) as pool:
            for path, result in zip(files, pool.map(_check, files, chunksize=chunk)):
                results[path] = result
    except BrokenProcessPool:
        from factcheck.runner import check_one, select_rules

        rules = select_rules(options)
        for path in files:
            if path not in results:
                results[path] = check_one(path, options, rules)
    return [results[path] for path in files]
