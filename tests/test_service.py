"""``factcheck serve``: the server started on a free loopback port, every endpoint and every error
status exercised with a real HTTP client (httpx). One server serves the module (two workers,
CORS for one origin, a small size limit so that 413 is cheap to reach)."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from service_process import children, running_server
from typer.testing import CliRunner

pytestmark = pytest.mark.slow  # the workers load the pipeline (a few seconds)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "aleppo-ceasefire-2016-12-14.md"
PLANTED = "Soldiers shot dead 82 people, including 51 women and 43 children."
CMS = "http://cms.example"
MAX_BYTES = 20_000


@pytest.fixture(scope="module")
def server():
    with running_server("--workers", "2", "--cors", CMS, "--max-bytes", str(MAX_BYTES), "--timeout", "20") \
            as (base, proc), httpx.Client(base_url=base, timeout=60) as client:
        client.server_pid = proc.pid
        yield client


def test_service_check_answers_exactly_the_cli_json_contract(server):
    from factcheck.cli import app
    from factcheck.service.models import CheckResponse

    rel = str(SEED.relative_to(ROOT))
    cli = CliRunner().invoke(app, ["check", "--no-config", "--format", "json", "--date", "2023-12-14", str(SEED)])
    assert cli.exit_code == 1, cli.output
    expected = json.loads(cli.output)
    expected.pop("summary")  # the CLI run's own totals (files, time): a service answer is about one text
    expected["files"][0]["path"] = rel
    answer = server.post("/v1/check", json={"text": SEED.read_text(encoding="utf-8"), "path": rel,
                                            "date": "2023-12-14"})
    assert answer.status_code == 200, answer.text
    assert answer.json() == expected
    CheckResponse.model_validate(expected)  # the OpenAPI models describe the CLI's contract, key for key
    assert [f["rule"] for f in answer.json()["files"][0]["findings"]] == ["utc-offset-mismatch"]


def test_service_check_returns_the_extraction_only_when_asked(server):
    from factcheck.service.models import CheckResponse

    plain = server.post("/v1/check", json={"text": PLANTED}).json()
    assert set(plain) == {"files"} and plain["files"][0]["path"] == "<text>"
    full = server.post("/v1/check", json={"text": PLANTED, "extraction": True}).json()
    assert set(full) == {"files", "extraction"}
    assert [q["text"] for q in full["extraction"]["quantities"]] == ["82", "51", "43"]
    assert full["extraction"]["relations"][0]["type"] == "part_of"
    CheckResponse.model_validate(full)  # the pydantic models are the contract


def test_service_check_date_dateline_selection_and_severity(server):
    text = "Some 15,000 people left at 6am (4am GMT). Soldiers shot dead 82 people, including 51 women and 43 children."

    def rules(**extra):
        body = server.post("/v1/check", json={"text": text, "dateline": "Aleppo", **extra}).json()
        return [f["rule"] for f in body["files"][0]["findings"]]

    assert rules(date="2023-12-14") == ["utc-offset-mismatch", "part-exceeds-whole"]
    assert rules(date="2016-12-14") == ["part-exceeds-whole"]  # Aleppo kept UTC+2 then
    assert rules(date="2023-12-14", select=["part_whole"]) == ["part-exceeds-whole"]
    assert rules(date="2023-12-14", ignore=["part-exceeds-whole"]) == ["utc-offset-mismatch"]
    assert rules(date="2023-12-14", min_severity="error") == ["utc-offset-mismatch", "part-exceeds-whole"]
    front = "---\ndate: 2023-12-14\ndateline: Aleppo\n---\n\nSome 15,000 people left at 6am (4am GMT).\n"
    body = server.post("/v1/check", json={"text": front}).json()
    assert [f["rule"] for f in body["files"][0]["findings"]] == ["utc-offset-mismatch"]
    assert body["files"][0]["findings"][0]["line"] == 6


def test_service_check_reads_html_and_reports_bad_front_matter_as_the_cli_does(server):
    html = "<html><body><p>Soldiers shot dead 82 people, including 51 women and 43 children.</p></body></html>"
    body = server.post("/v1/check", json={"text": html}).json()
    assert [f["text"] for f in body["files"][0]["findings"]] == ["82"]
    bad = server.post("/v1/check", json={"text": "---\ndate: 14 Dec\n---\nText.\n", "path": "a.md"})
    assert bad.status_code == 200
    assert bad.json()["files"][0]["findings"] == [] and "E" in bad.json()["files"][0]["errors"][0]


def test_service_never_opens_a_file_named_in_the_request(server):
    for path in ("/etc/passwd", str(SEED)):
        answer = server.post("/v1/check", json={"text": "Nothing to see.", "path": path, "date": "2023-12-14"})
        assert answer.status_code == 200
        assert answer.json() == {"files": [{"path": path, "findings": [], "errors": []}]}


def test_service_rules_health_and_openapi(server):
    from factcheck.rulebook import default_rules

    rules = server.get("/v1/rules").json()["rules"]
    assert [r["id"] for r in rules] == [r.id for r in default_rules()]
    assert set(rules[0]) == {"id", "kind", "severity", "description"}
    health = server.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok" and health.json()["ready"] == 2
    spec = server.get("/openapi.json").json()
    assert {"/v1/check", "/v1/report", "/v1/rules", "/healthz"} <= set(spec["paths"])
    request = spec["components"]["schemas"]["CheckRequest"]
    assert request["required"] == ["text"] and request["additionalProperties"] is False
    assert {"400", "413", "415", "422", "503"} <= set(spec["paths"]["/v1/check"]["post"]["responses"])
    assert server.get("/docs").status_code == 404  # its page would load scripts from elsewhere


def test_service_report_is_the_html_report_with_the_text_escaped(server):
    from browser.chromium import DOM

    hostile = PLANTED + "\n\n<script>alert(1)</script> <img src=x onerror=alert(2)>\n"
    answer = server.post("/v1/report", json={"text": hostile, "path": "draft.txt"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert "script-src 'sha256-" in answer.headers["content-security-policy"]
    dom = DOM(answer.text)
    assert [m.text for m in dom.find("mark", data_f="1")] == ["82", "51", "43"]
    assert [b.text for b in dom.find("a", cls="badge")] == ["E1"]
    assert answer.text.count("<script") == 1 and "<img" not in answer.text
    assert "&lt;script&gt;alert(" in answer.text and "&lt;img src=x onerror=alert(" in answer.text


def test_service_page_and_its_assets_load_nothing_from_elsewhere(server):
    page = server.get("/")
    assert page.status_code == 200 and "<textarea" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    for asset in ("/", "/app.js", "/app.css"):
        body = server.get(asset)
        assert body.status_code == 200
        assert "http://" not in body.text and "https://" not in body.text and "//cdn" not in body.text


def test_service_malformed_json_is_400(server):
    answer = server.post("/v1/check", content=b'{"text": "82 people', headers={"content-type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("malformed JSON at character")


def test_service_wrong_types_and_unknown_fields_are_422_naming_the_field(server):
    answer = server.post("/v1/check", json={"text": 82, "date": "14 December", "min_severity": "fatal"})
    assert answer.status_code == 422
    assert {e["field"] for e in answer.json()["errors"]} == {"text", "date", "min_severity"}
    assert answer.json()["detail"].startswith("text: ")
    missing = server.post("/v1/check", json={"date": "2023-12-14"})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "text"
    extra = server.post("/v1/check", json={"text": "x", "file": "/etc/passwd"})
    assert extra.status_code == 422 and extra.json()["errors"][0]["field"] == "file"
    unknown = server.post("/v1/check", json={"text": "x", "select": ["part_whole", "no-such-rule"]})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "select.1"
    assert "no-such-rule" in unknown.json()["detail"]


def test_service_not_json_is_415_unknown_path_404_wrong_method_405(server):
    assert server.post("/v1/check", content=b"82 people", headers={"content-type": "text/plain"}).status_code == 415
    assert server.get("/v1/nothing").status_code == 404
    wrong = server.get("/v1/check")
    assert wrong.status_code == 405 and wrong.json()["detail"] == "Method Not Allowed"


def test_service_size_limit_is_413_for_the_article_and_for_the_body(server):
    big = "Crowds of 82 people gathered. " * (MAX_BYTES // 30 + 10)
    answer = server.post("/v1/check", json={"text": big})
    assert answer.status_code == 413 and f"{MAX_BYTES:,} bytes" in answer.json()["detail"]
    huge = json.dumps({"text": "x" * (MAX_BYTES * 7 + 70_000)}).encode()
    declared = server.post("/v1/check", content=huge, headers={"content-type": "application/json"})
    assert declared.status_code == 413

    def chunks():  # no Content-Length: counted while it arrives
        yield b'{"text": "'
        for _ in range(40):
            yield b"y" * 8192 * 2
        yield b'"}'

    streamed = server.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_service_time_limit_is_503_and_the_worker_is_replaced(server):
    long = ("On Tuesday 82 people, including 51 women and 43 children, were hurt in Aleppo at 6am (4am GMT). " * 120)
    answer = server.post("/v1/check", json={"text": long, "time_limit": 0.05})
    assert answer.status_code == 503
    assert "time limit of 0.05 s" in answer.json()["detail"] and answer.headers["retry-after"]
    assert server.post("/v1/check", json={"text": PLANTED}).status_code == 200  # the other worker
    deadline = time.monotonic() + 240  # a busy machine loads a pipeline slowly
    while server.get("/healthz").json()["ready"] < 2:  # the replacement loads its pipeline
        assert time.monotonic() < deadline, "the timed-out worker was not replaced"
        time.sleep(0.2)


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def test_service_concurrent_requests_run_in_both_workers(server):
    workers = [pid for pid in children(server.server_pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert len(workers) == 2, workers
    before = {pid: _cpu_ticks(pid) for pid in workers}
    text = SEED.read_text(encoding="utf-8")
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: server.post("/v1/check", json={"text": text}), range(6)))
    assert all(a.status_code == 200 for a in answers)
    assert all(_cpu_ticks(pid) > before[pid] for pid in workers), "one worker did all the work"


def test_service_a_worker_killed_while_idle_is_replaced_and_no_request_fails(server):
    import os
    import signal

    workers = [pid for pid in children(server.server_pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    os.kill(workers[0], signal.SIGKILL)
    time.sleep(0.2)
    answers = [server.post("/v1/check", json={"text": PLANTED}) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    deadline = time.monotonic() + 240  # a busy machine loads a pipeline slowly
    while server.get("/healthz").json()["ready"] < 2:
        assert time.monotonic() < deadline, "the killed worker was not replaced"
        time.sleep(0.2)
    assert workers[0] not in children(server.server_pid)


def test_service_cors_answers_only_the_given_origin(server):
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    allowed = server.options("/v1/check", headers={"origin": CMS, **preflight})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == CMS
    other = server.options("/v1/check", headers={"origin": "http://elsewhere.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    simple = server.post("/v1/check", json={"text": "x"}, headers={"origin": CMS})
    assert simple.headers["access-control-allow-origin"] == CMS


def test_service_refuses_other_host_names_on_loopback(server):
    assert server.get("/healthz", headers={"host": "attacker.example"}).status_code == 400


def test_service_without_cors_sends_no_cors_headers():
    with running_server("--workers", "1", ready=False) as (base, _proc):
        answer = httpx.options(f"{base}/v1/check", headers={"origin": CMS, "access-control-request-method": "POST"})
        assert "access-control-allow-origin" not in answer.headers
        assert "access-control-allow-origin" not in httpx.get(f"{base}/v1/rules", headers={"origin": CMS}).headers
