"""The per-file budget: a file that takes too long or grows the process too much is stopped.

A watchdog thread checks the clock and the process's resident memory every 50 ms while a file
is being analysed; past the budget it interrupts the main thread (``_thread.interrupt_main``
with a signal whose Python handler raises :class:`BudgetExceeded`). It is a BaseException, so
no ``except Exception`` in the pipeline swallows it; the runner turns it into that file's one
coded error (E103) and goes on with the next file, in the same process or worker.

Enforced where files are checked in a main thread (the CLI, each ``--jobs`` worker); elsewhere
(a library call from another thread) the guard does nothing.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager

_SIGNAL = getattr(signal, "SIGUSR2", None)
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_POLL = 0.05


class BudgetExceeded(BaseException):
    """Raised in the main thread when the file being checked goes past its budget."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def rss_bytes() -> int | None:
    """The resident memory of this process (Linux /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


class _Watchdog:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.deadline: float | None = None
        self.memory_limit: int | None = None
        self.reason: str | None = None
        self.fired_at = 0.0
        self.thread: threading.Thread | None = None
        self.pid = os.getpid()

    def start(self) -> None:
        if self.thread is None or not self.thread.is_alive() or self.pid != os.getpid():
            self.pid = os.getpid()
            self.thread = threading.Thread(target=self._run, name="factcheck-budget", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        import _thread

        while True:
            time.sleep(_POLL)
            with self.lock:
                if self.deadline is None and self.memory_limit is None:
                    continue
                now = time.monotonic()
                reason = None
                if self.deadline is not None and now > self.deadline:
                    reason = "time"
                elif self.memory_limit is not None:
                    rss = rss_bytes()
                    if rss is not None and rss > self.memory_limit:
                        reason = "memory"
                if reason and now - self.fired_at > 1.0:  # again each second if the first was swallowed
                    self.reason, self.fired_at = reason, now
                    _thread.interrupt_main(_SIGNAL)  # type: ignore[arg-type]  # None: interrupt_main's default, SIGINT


_watchdog = _Watchdog()


def _after_fork() -> None:  # a worker starts with a fresh watchdog: a copied lock may be held
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def _handler(signum, frame):  # runs in the main thread
    reason = _watchdog.reason
    if reason is None:
        return
    raise BudgetExceeded(reason)


@contextmanager
def guard(seconds: float | None, memory_mb: float | None):
    """Run the block under a budget: at most ``seconds`` of wall time and ``memory_mb`` MB of
    resident memory added to what the process held when it began (None or 0: no limit)."""
    if (not seconds and not memory_mb) or _SIGNAL is None \
            or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(_SIGNAL, _handler)
    start_rss = rss_bytes()
    with _watchdog.lock:
        _watchdog.reason, _watchdog.fired_at = None, 0.0
        _watchdog.deadline = time.monotonic() + seconds if seconds else None
        _watchdog.memory_limit = start_rss + int(memory_mb * 1024 * 1024) if memory_mb and start_rss else None
    _watchdog.start()
    try:
        yield
    finally:
        with _watchdog.lock:
            _watchdog.deadline = _watchdog.memory_limit = None
            _watchdog.reason = None
        signal.signal(_SIGNAL, previous)
