"""Worker processes that keep the spaCy pipeline loaded, one article at a time each.

spaCy holds the GIL while it parses, so concurrent requests use more than one core only from
separate processes. Each worker is a spawned process that loads the rules and the pipeline once,
runs a warm-up check, says it is ready, then answers jobs over its own pipe. The server hands a
job to an idle worker; a worker that overruns a request's time limit is killed and replaced (the
only way to stop a parse halfway), so one runaway article never holds a core for longer than the
limit. A worker whose server goes away reads end-of-file and exits.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

WARM_UP = ("Some 15,000 people left at 6am (4am GMT) on Tuesday, 13 December 2016; 82 people, including "
           "11 women and 13 children, were hurt.")


class TimeLimit(Exception):
    """The job did not finish in time (the worker was replaced) or no worker was free in time."""


class WorkerFailed(Exception):
    """The worker died or raised while running the job."""


def _worker_main(conn, options) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    from factcheck.analysis import load_pipeline
    from factcheck.runner import select_rules
    from factcheck.service import core

    try:
        rules = select_rules(options)
        load_pipeline(options.pipeline)
        core.analyse_text(WARM_UP, options, rules, dateline="Aleppo", date=None)
    except Exception as exc:  # noqa: BLE001 - the server shows why the worker could not start
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(("ok", _run(job, options, rules)))
        except Exception as exc:  # noqa: BLE001
            conn.send(("error", f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"))


def _run(job: dict, options, rules):
    from factcheck.service import core

    rules = core.filter_rules(rules, job.get("select") or [], job.get("ignore") or [])
    fmt = core.detect_format(job["text"], job["path"], job.get("format", "auto"))
    page = job["kind"] == "report"
    path = core.report_path(job["path"], fmt) if page else job["path"]
    result = core.analyse_text(job["text"], options, rules, path=path, fmt=fmt, date=job.get("date"),
                               dateline=job.get("dateline"))
    result = core.at_least(result, job.get("min_severity", "info"))
    if page:
        return core.report_page(result)
    return core.check_payload(result, with_extraction=job.get("extraction", False))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    pid: int = 0


class WorkerPool:
    """``size`` worker processes for ``options`` (a picklable RunOptions)."""

    def __init__(self, size: int, options) -> None:
        self.size = size
        self.options = options
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._threads = ThreadPoolExecutor(max_workers=size * 2 + 2, thread_name_prefix="factcheck-pool")
        self._closed = False
        self.failure: str | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        assert self.loop is not None, "the pool is started first"
        return self.loop

    def _queue(self) -> asyncio.Queue[_Worker]:
        assert self._idle is not None, "the pool is started first"
        return self._idle

    # -- life cycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Spawn the workers; each joins the idle queue once its pipeline is loaded."""
        self.loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            self._spawn_soon()

    def _spawn_soon(self) -> None:
        self._running_loop().run_in_executor(self._threads, self._spawn)

    def _spawn(self) -> None:
        if self._closed:
            return
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self.options), daemon=True,
                                    name="factcheck-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._workers.append(worker)
        try:
            status, value = parent.recv()
        except (EOFError, OSError):
            status, value = "failed", f"the worker exited with status {process.exitcode} while starting"
        if status != "ready":
            self.failure = str(value)
            self._discard(worker)
            return
        worker.pid = int(value)
        if self._closed:
            self._discard(worker)
            return
        self._running_loop().call_soon_threadsafe(self._queue().put_nowait, worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
        try:
            worker.conn.close()
        except OSError:
            pass
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)

    @property
    def ready(self) -> int:
        with self._lock:
            return sum(1 for w in self._workers if w.pid and w.process.is_alive())

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._workers if w.pid]

    async def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for w in workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 3
        for w in workers:
            await asyncio.get_running_loop().run_in_executor(
                self._threads, w.process.join, max(0.0, deadline - time.monotonic()))
            self._discard(w)
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -- jobs --------------------------------------------------------------------------------------

    async def run(self, job: dict, time_limit: float):
        """The answer of a worker to ``job`` within ``time_limit`` seconds (waiting included)."""
        deadline = time.monotonic() + time_limit
        while True:
            try:
                worker = await asyncio.wait_for(self._queue().get(), timeout=max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                raise TimeLimit(f"no worker was free within {time_limit:g} s ({self.ready} of {self.size} "
                                "ready)") from None
            if worker.process.is_alive():
                break
            self._discard(worker)  # died while idle (killed for memory, say): replaced, and the job goes on
            self._spawn_soon()
        remaining = max(0.0, deadline - time.monotonic())
        try:
            status, value = await self._running_loop().run_in_executor(self._threads, self._roundtrip, worker, job, remaining)
        except TimeLimit:
            self._discard(worker)  # it is still parsing: the only way to get the core back
            self._spawn_soon()
            raise
        except WorkerFailed:
            self._discard(worker)
            self._spawn_soon()
            raise
        self._queue().put_nowait(worker)
        if status != "ok":
            raise WorkerFailed(str(value))
        return value

    @staticmethod
    def _roundtrip(worker: _Worker, job: dict, timeout: float):
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                raise TimeLimit("the check did not finish in time")
            return worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            raise WorkerFailed(f"the worker (pid {worker.pid}) died while checking") from None
