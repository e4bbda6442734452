"""Start ``factcheck serve`` on a free loopback port for a test, and stop it (and its workers) after."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (its workers), from /proc: the children of each of its threads."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return sorted(found)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@contextmanager
def running_server(*args: str, ready: bool = True, timeout: float = 300):
    """Yield ``(base_url, process)`` of ``factcheck serve ARGS`` once it answers (every worker ready
    if ``ready``); interrupt it afterwards, kill what is left, and check its workers are gone."""
    port = free_port()
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - open while the server runs; not a pipe: a server that logs much never blocks on it
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--no-config", *args],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"factcheck serve exited {proc.returncode}: {log.read()[-3000:]}")
            try:
                status = httpx.get(f"{base}/healthz", timeout=5).status_code
                if status == 200 or (not ready and status == 503):
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("factcheck serve did not get ready in time")
            time.sleep(0.2)
        workers.update(children(proc.pid))
        yield base, proc
    finally:
        workers.update(children(proc.pid))
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for pid in workers:  # the workers stop with the server; make sure of it
            end = time.monotonic() + 10
            while alive(pid) and time.monotonic() < end:
                time.sleep(0.1)
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"worker {pid} outlived its server")
        log.close()
