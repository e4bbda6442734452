"""What ``factcheck serve`` adds to a check, and what it saves. Prints a table of ratios.

    python3 benchmarks/service.py                  # 600-word article, 40 requests per measure
    python3 benchmarks/service.py --requests 80    # more samples

Measured in one run, so that the ratios hold on a busy machine:
- warm latency p50/p95 of ``POST /v1/check`` (one client, keep-alive) for a ~600-word article,
  against the same check in this process (read, extract, rules, the JSON contract), the two
  interleaved request by request; target p95 <= 1.2 x in-process (and the CPU time each takes,
  the server's and its worker's together, which other work on the machine does not change);
- a cold ``factcheck check --format json`` of the same file against the warm request;
  target: the service >= 10 x faster;
- throughput of 2 concurrent clients against 1, with 2 workers; target >= 1.7 x (with the CPU
  the workers got meanwhile, in cores: on a machine busy with other work they get less than 2);
- memory of each worker (peak resident set, from /proc); target < 500 MB;
- two plain warm processes checking at once against one alone (no server): how far the machine,
  as busy as it is during the run, lets any two processes scale, to read the throughput ratio by.

The server is started here on a free loopback port and stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md"


def article(words: int) -> str:
    """The seed article, front matter kept, cut after the paragraph that reaches ``words`` words."""
    text = SEED.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    kept, count = [], 0
    for para in body.split("\n\n"):
        kept.append(para)
        count += len(para.split())
        if count >= words:
            break
    return head + "\n---\n" + "\n\n".join(kept).rstrip() + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident, peak resident) of ``pid`` in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


_CHECKER = """
import sys, warnings
warnings.filterwarnings("ignore")
from factcheck.runner import RunOptions, select_rules
from factcheck.service import core
text = open(sys.argv[1], encoding="utf-8").read()
options = RunOptions()
rules = select_rules(options)
core.analyse_text(text, options, rules)
print("ready", flush=True)
for line in sys.stdin:
    for _ in range(int(line)):
        core.analyse_text(text, options, rules)
    print("done", flush=True)
"""


def machine_scaling(path: Path, checks: int) -> float:
    """Checks per second of two separate warm processes at once against one alone: how far this
    machine, as busy as it is now, lets any two processes scale (no server involved)."""
    procs = [subprocess.Popen([sys.executable, "-c", _CHECKER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        for p in procs:
            p.stdout.readline()

        def rate(group) -> float:
            t = time.perf_counter()
            for p in group:
                p.stdin.write(f"{checks}\n")
                p.stdin.flush()
            for p in group:
                p.stdout.readline()
            return checks * len(group) / (time.perf_counter() - t)

        one = max(rate(procs[:1]), rate(procs[1:]))
        two = rate(procs)
        return two / one
    finally:
        for p in procs:
            p.stdin.close()
            p.wait(timeout=60)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=600, help="length of the article (default 600 words)")
    ap.add_argument("--requests", type=int, default=40, help="requests per latency and throughput measure")
    ap.add_argument("--cold-runs", type=int, default=3, help="cold 'factcheck check' runs (median kept)")
    args = ap.parse_args()

    import warnings

    warnings.filterwarnings("ignore")
    import httpx

    from factcheck.analysis import pipeline_name
    from factcheck.runner import RunOptions, select_rules
    from factcheck.service import core

    text = article(args.words)
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-service-"))
    path = tmp / "article.md"
    path.write_text(text, encoding="utf-8")
    port = free_port()
    log = open(tmp / "server.log", "w")  # noqa: SIM115 - the server writes to it until it stops
    server = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--no-config", "--port", str(port),
                               "--workers", "2", "--timeout", "120"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    body = {"text": text, "path": "article.md"}
    try:
        # -- in-process: the same check, warm ----------------------------------------------------------
        options = RunOptions()
        rules = select_rules(options)

        def in_process() -> dict:
            result = core.analyse_text(text, options, rules, path="article.md")
            return json.loads(json.dumps(core.check_payload(result)))

        expected = in_process()
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start; see {tmp / 'server.log'}")
            time.sleep(0.2)

        with httpx.Client(base_url=base, timeout=120) as client:
            def request() -> dict:
                answer = client.post("/v1/check", json=body)
                answer.raise_for_status()
                return answer.json()

            assert request() == expected, "the service and the library disagree"
            for _ in range(3):  # warm both sides: every worker, this process
                request()
                in_process()
            local, remote = [], []
            server_side = [server.pid, *(pid for pid in children(server.pid)
                                         if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes())]
            cpu_local, cpu_remote = 0.0, 0.0
            for _ in range(args.requests):  # interleaved, so that a busy spell hits both alike
                c, t = time.process_time(), time.perf_counter()
                in_process()
                local.append(time.perf_counter() - t)
                cpu_local += time.process_time() - c
                c, t = sum(cpu_seconds(pid) for pid in server_side), time.perf_counter()
                request()
                remote.append(time.perf_counter() - t)
                cpu_remote += sum(cpu_seconds(pid) for pid in server_side) - c

        # -- cold CLI ----------------------------------------------------------------------------------
        exe = shutil.which("factcheck")
        cli = [exe] if exe else [sys.executable, "-m", "factcheck"]
        cold = []
        for _ in range(args.cold_runs):
            t = time.perf_counter()
            subprocess.run([*cli, "check", "--no-config", "--format", "json", str(path)], capture_output=True,
                           env={**os.environ, "PYTHONWARNINGS": "ignore"})
            cold.append(time.perf_counter() - t)

        # -- throughput: 1 client against 2 ------------------------------------------------------------
        def throughput(clients: int) -> float:
            per_client = max(1, args.requests // clients)
            errors: list[BaseException] = []

            def client_loop() -> None:
                try:
                    with httpx.Client(base_url=base, timeout=120) as c:
                        for _ in range(per_client):
                            c.post("/v1/check", json=body).raise_for_status()
                except BaseException as exc:  # noqa: BLE001
                    errors.append(exc)

            threads = [threading.Thread(target=client_loop) for _ in range(clients)]
            before = sum(cpu_seconds(pid) for pid in workers)
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            wall = time.perf_counter() - t
            if errors:
                raise errors[0]
            cores[clients].append((sum(cpu_seconds(pid) for pid in workers) - before) / wall)
            return per_client * clients / wall

        workers = [pid for pid in children(server.pid)
                   if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        rates: dict[int, list[float]] = {1: [], 2: []}
        cores: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(2):  # alternated, best of two each
            rates[1].append(throughput(1))
            rates[2].append(throughput(2))
        rps1, rps2 = max(rates[1]), max(rates[2])
        memory = [memory_mb(pid) for pid in workers]
        front = memory_mb(server.pid)
        ceiling = machine_scaling(path, max(2, args.requests // 4))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)

    p50_l, p95_l = statistics.median(local), percentile(local, 0.95)
    p50_r, p95_r = statistics.median(remote), percentile(remote, 0.95)
    cold_s = statistics.median(cold)
    peak = max(m[1] for m in memory) if memory else float("nan")
    words = len(text.split())
    rows = [
        ("in-process check, p50 / p95", f"{p50_l * 1000:.0f} / {p95_l * 1000:.0f} ms", ""),
        ("POST /v1/check, p50 / p95", f"{p50_r * 1000:.0f} / {p95_r * 1000:.0f} ms",
         f"{p50_r / p50_l:.2f} / {p95_r / p95_l:.2f} x in-process  (target p95 <= 1.2)"),
        ("CPU per check: in-process / server", f"{cpu_local / args.requests * 1000:.0f} / "
                                                   f"{cpu_remote / args.requests * 1000:.0f} ms",
         f"{cpu_remote / cpu_local:.2f} x (server and worker together; what a busy machine cannot blur)"),
        ("cold factcheck check", f"{cold_s:.2f} s",
         f"service p50 {cold_s / p50_r:.1f} x faster  (target >= 10)"),
        ("throughput, 1 client", f"{rps1:.2f} req/s", f"workers busy {max(cores[1]):.2f} cores"),
        ("throughput, 2 clients", f"{rps2:.2f} req/s", f"{rps2 / rps1:.2f} x 1 client  (target >= 1.7); "
                                                       f"workers busy {max(cores[2]):.2f} cores"),
        ("2 plain processes against 1", f"{ceiling:.2f} x", "this machine's own ceiling for the ratio above, "
                                                            "now (no server: two warm checkers at once)"),
        (f"memory per worker ({len(memory)})", f"{peak:.0f} MB peak",
         "RSS now " + ", ".join(f"{m[0]:.0f}" for m in memory) + f" MB; server {front[0]:.0f} MB  (target < 500)"),
    ]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; pipeline {pipeline_name()}; load average "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print(f"article: {words} words (the seed, cut); {args.requests} requests per measure; 2 workers\n")
    width = max(len(r[0]) for r in rows)
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>18}  {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
