"""A process pool for many files: each worker loads the rules and the spaCy pipeline once.

No worker outlives the run: workers ignore Ctrl-C (the main process stops them and prints one
line), die with the main process (Linux: PR_SET_PDEATHSIG, so even SIGKILL of the main process
leaves no orphan; elsewhere they notice their parent is gone), and are terminated when the main
process is interrupted or told to stop (SIGTERM, what CI cancellation sends). There are never
more workers than files.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from factcheck.findings import FileResult

Checker = Callable[[str], FileResult]
_worker_state: dict[str, Checker] = {}


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it ends."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # where prctl is missing; also covers a parent gone before prctl took effect
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _init(make_checker: Callable[[], Checker], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C: no worker tracebacks
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _worker_state["check"] = make_checker()


def _check(paths: list[str]) -> list[FileResult]:
    check = _worker_state["check"]
    return [check(path) for path in paths]


_live_pools: set = set()  # pools of this run, for a signal handler that must end their workers


def stop_all_workers() -> None:
    """End every worker of every live pool at once (SIGKILL): safe to call from a signal handler."""
    for pool in list(_live_pools):
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                if process.pid:
                    os.kill(process.pid, signal.SIGKILL)
            except (OSError, ValueError, AttributeError):
                pass


def _stop(pool: ProcessPoolExecutor) -> None:
    """End every worker now (terminate, then kill what is left) and drop queued work."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for p in processes:
        try:
            p.terminate()
        except (OSError, ValueError):
            pass
    deadline = time.monotonic() + 2.0
    for p in processes:
        try:
            p.join(max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.kill()
                p.join(1.0)
        except (OSError, ValueError, AssertionError):
            pass
    try:  # not cancel_futures: the pool's manager thread then fails the queued futures itself, quietly
        pool.shutdown(wait=False)
    except Exception:  # noqa: BLE001 - the pool is being torn down whatever state it is in
        pass


def check_parallel(files: list[str], make_checker: Callable[[], Checker], jobs: int,
                   progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """Results for ``files`` from at most ``jobs`` workers (never more than there are files);
    ``progress(done, total)``, if given, is called as they come in.

    ``make_checker`` (picklable: a module-level function or a ``partial`` of one) runs once in each
    worker and returns the function that checks one path there (rules loaded, pipeline ready):
    this module knows processes, not what checking is.
    A worker that dies (killed for memory, say) does not end the run: its files are checked again
    in this process. An interruption ends every worker before it goes on up."""
    workers = max(1, min(jobs, len(files)))
    chunk = max(1, len(files) // (workers * 4))
    results: dict[str, FileResult] = {}
    # workers are forked with Ctrl-C ignored, so none can print a traceback before its initializer runs
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if threading.current_thread() is threading.main_thread() \
        else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(make_checker, os.getpid()))
    _live_pools.add(pool)
    try:
        try:  # submitted by hand, not pool.map: map cancels its futures when interrupted, and the pool's
            # manager thread then fails on them with a traceback of its own
            chunks = [files[i:i + chunk] for i in range(0, len(files), chunk)]
            futures = [pool.submit(_check, paths) for paths in chunks]
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        for paths, future in zip(chunks, futures, strict=False):
            for path, result in zip(paths, future.result(), strict=False):
                results[path] = result
            if progress is not None:
                progress(len(results), len(files))
    except BrokenProcessPool:
        _stop(pool)
        check = make_checker()
        for path in files:
            if path not in results:
                results[path] = check(path)
    except BaseException:
        _stop(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        _live_pools.discard(pool)
    return [results[path] for path in files]
