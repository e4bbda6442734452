"""A process pool for many files: each worker loads the rules and the spaCy pipeline once."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

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
    chunk = max(1, len(files) // (jobs * 4))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(options,)) as pool:
        return list(pool.map(_check, files, chunksize=chunk))
