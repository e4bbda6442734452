"""The HTTP JSON API and the editors' page (FastAPI on uvicorn); ``factcheck serve`` runs it.

Endpoints (the OpenAPI description is at ``/openapi.json``):

- ``POST /v1/check``: an article in (:class:`~factcheck.service.models.CheckRequest`), the JSON
  contract of ``factcheck check --format json`` for it out, plus the extraction when asked;
- ``POST /v1/report``: the same request, answered with the HTML report's page for the article;
- ``GET /v1/rules``: the rules a check runs; ``GET /healthz``: ready once every worker is;
- ``GET /``: the page where an editor types or pastes an article and sees the report update.

Errors are JSON ``{"detail": "...", "errors": [{"field", "message", "type"}]}``: 400 malformed
JSON, 413 a body or article over the size limit, 415 a body that is not JSON, 422 a field of the
wrong type or value (named), 503 a check over the time limit (its worker is replaced). The server
never opens a file a request names. CORS answers only the origins given with ``--cors``.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from factcheck.limits import DEFAULT_MAX_BYTES
from factcheck.options import RunOptions
from factcheck.service.models import CheckRequest, CheckResponse, ErrorResponse, FieldError, Health, RulesResponse

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8177
DEFAULT_TIMEOUT = 30.0


@dataclass
class ServiceSettings:
    """What ``factcheck serve`` was started with."""

    options: RunOptions | None = None
    workers: int = 2
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    cors: list[str] = field(default_factory=list)
    host: str = DEFAULT_HOST

    @property
    def body_limit(self) -> int:
        # JSON may write one character of the article as a six-byte \\uXXXX escape
        return self.max_bytes * 6 + 65536


def _asset(name: str) -> bytes:
    return resources.files("factcheck.web").joinpath(name).read_bytes()


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``limit`` bytes, before it is read whole."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await self._refuse(send, int(length))
        seen = 0
        over = False

        async def limited():
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # the app gets an empty end instead; its answer is replaced below
                    over = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        refused = False

        async def watched(message):
            nonlocal refused
            if over:
                if not refused:
                    refused = True
                    await self._refuse(send, None)
                return
            await send(message)

        await self.app(scope, limited, watched)

    async def _refuse(self, send, length):
        size = f"{length:,} bytes" if length is not None else "more than that"
        body = json.dumps({"detail": f"the request body is {size}, above the limit of {self.limit:,} bytes "
                                     f"(the server's --max-bytes)", "errors": []}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _field(loc) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] == "body":
        parts = parts[1:]
    return ".".join(parts) or "body"


def _page_csp() -> str:
    from factcheck.report.html import script_hash

    # the page's own script, and the report's inline script (by hash) in the report frame
    return (f"default-src 'none'; script-src 'self' '{script_hash()}'; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'self'")


def create_app(settings: ServiceSettings):
    """The ASGI application; its workers start with it (lifespan) and stop with it."""
    from fastapi import FastAPI

    from factcheck.report.common import tool_version
    from factcheck.runner import RunOptions, select_rules
    from factcheck.service.pool import WorkerPool

    options = settings.options or RunOptions()
    rules = select_rules(options)  # the front knows the rules (for /v1/rules and request checks), not spaCy
    pool = WorkerPool(settings.workers, options)

    @asynccontextmanager
    async def lifespan(_app):
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(
        title="factcheck", version=tool_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Checks a news article's figures against each other: the JSON contract of "
                    "`factcheck check --format json`, from a server that keeps the language pipeline loaded.",
    )
    app.state.pool = pool
    app.state.settings = settings
    _add_error_handlers(app)
    _add_api_routes(app, settings, rules, pool)
    _add_page_routes(app)
    _add_middleware(app, settings)
    return app


def _error(status: int, detail: str, errors: list[FieldError] | None = None, headers=None):
    """An error answer: ``{"detail": ..., "errors": [...]}`` with its status."""
    from fastapi.responses import JSONResponse

    body = ErrorResponse(detail=detail, errors=errors or [])
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _add_error_handlers(app) -> None:
    """Malformed JSON (400), a body that is not JSON (415), bad fields (422), HTTP errors: all as ErrorResponse."""
    from fastapi import Request
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = exc.errors()
        bad_json = next((e for e in problems if e.get("type") == "json_invalid"), None)
        if bad_json is not None:
            where = bad_json.get("loc", ())
            at = f" at character {where[-1]}" if len(where) > 1 else ""
            reason = (bad_json.get("ctx") or {}).get("error", "")
            return _error(400, f"malformed JSON{at}: {reason}".rstrip(": "),
                          [FieldError(field="body", message=f"malformed JSON{at}", type="json_invalid")])
        ctype = request.headers.get("content-type", "")
        if ctype and "json" not in ctype.split(";")[0] and any(tuple(e.get("loc", ())) == ("body",) for e in problems):
            return _error(415, f"send the article as JSON (Content-Type: application/json), not {ctype!r}")
        fields = [FieldError(field=_field(e.get("loc", ())), message=e.get("msg", ""), type=e.get("type", ""))
                  for e in problems]
        return _error(422, "; ".join(f"{f.field}: {f.message}" for f in fields), fields)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))


def _add_api_routes(app, settings: ServiceSettings, rules, pool) -> None:
    """/v1/check, /v1/report, /v1/rules and /healthz."""
    from fastapi.responses import HTMLResponse, JSONResponse, Response

    from factcheck.report.common import tool_version
    from factcheck.service import core
    from factcheck.service.pool import TimeLimit, WorkerFailed

    responses: dict[int | str, dict[str, Any]] = {400: {"model": ErrorResponse, "description": "malformed JSON"},
                 413: {"model": ErrorResponse, "description": "the body or the article is over the size limit"},
                 415: {"model": ErrorResponse, "description": "the body is not JSON"},
                 422: {"model": ErrorResponse, "description": "a field of the wrong type or value (named)"},
                 503: {"model": ErrorResponse, "description": "the check did not finish within the time limit"}}

    async def _run(kind: str, req: CheckRequest):
        size = len(req.text.encode("utf-8", "surrogatepass"))
        if size > settings.max_bytes:
            return _error(413, f"the article is {size:,} bytes, above the limit of {settings.max_bytes:,} bytes "
                               "(the server's --max-bytes)",
                          [FieldError(field="text", message="too large", type="too_large")])
        for name in ("select", "ignore"):
            unknown = core.unknown_rule_names(rules, getattr(req, name))
            if unknown:
                known = ", ".join(sorted({r.id for r in rules}))
                fields = [FieldError(field=f"{name}.{getattr(req, name).index(u)}",
                                     message=f"no rule or check kind {u!r}; rules: {known}", type="unknown_rule")
                          for u in unknown]
                return _error(422, "; ".join(f"{f.field}: {f.message}" for f in fields), fields)
        limit = min(req.time_limit or settings.timeout, settings.timeout)
        job = {"kind": kind, **req.model_dump(exclude={"time_limit"})}
        try:
            return await pool.run(job, limit)
        except TimeLimit as exc:
            return _error(503, f"the check did not finish within the time limit of {limit:g} s ({exc}); "
                               "nothing was checked: send a shorter text, or raise the server's --timeout",
                          headers={"Retry-After": "5"})
        except WorkerFailed as exc:
            return _error(503, f"the worker failed while checking ({exc}); it has been replaced, try again",
                          headers={"Retry-After": "5"})

    @app.post("/v1/check", response_model=CheckResponse, responses=responses,
              summary="Check one article", response_model_exclude_none=True)
    async def check(req: CheckRequest):
        """Every finding of the article: exactly ``factcheck check --format json`` for one file
        (``path`` is the request's, or ``<text>``), plus ``extraction`` when asked."""
        answer = await _run("check", req)
        return answer if isinstance(answer, Response) else JSONResponse(answer)

    @app.post("/v1/report", response_class=HTMLResponse, responses=responses, summary="The HTML report of one article")
    async def report(req: CheckRequest):
        """The page of ``factcheck check --format html`` for the article: figures marked by kind,
        findings on their figures with the arithmetic. Self-contained; article text escaped."""
        answer = await _run("report", req)
        if isinstance(answer, Response):
            return answer
        from factcheck.report.html import script_hash

        csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash()}'; img-src 'none'; "
               "base-uri 'none'; form-action 'none'")
        return HTMLResponse(answer, headers={"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff"})

    @app.get("/v1/rules", response_model=RulesResponse, summary="The rules a check runs")
    async def rules_list():
        return {"rules": [{"id": r.id, "kind": r.kind, "severity": r.severity.value, "description": r.description}
                          for r in rules]}

    @app.get("/healthz", response_model=Health, responses={503: {"model": Health}}, summary="Ready?")
    async def healthz():
        """200 once every worker has loaded the pipeline; 503 while they start."""
        ready = pool.ready
        body = Health(status="ok" if ready >= pool.size else "starting", workers=pool.size, ready=ready,
                      version=tool_version())
        return JSONResponse(body.model_dump(), status_code=200 if body.status == "ok" else 503)


def _add_page_routes(app) -> None:
    """The editors' page and its script and style, under a strict Content-Security-Policy."""
    from fastapi.responses import HTMLResponse, Response

    page_headers = {"Content-Security-Policy": _page_csp(), "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return HTMLResponse(_asset("index.html"), headers=page_headers)

    @app.get("/app.js", include_in_schema=False)
    async def script():
        return Response(_asset("app.js"), media_type="text/javascript", headers=page_headers)

    @app.get("/app.css", include_in_schema=False)
    async def style():
        return Response(_asset("app.css"), media_type="text/css", headers=page_headers)


def _add_middleware(app, settings: ServiceSettings) -> None:
    """CORS only when asked, loopback names only on a loopback server, and the body size limit."""
    if settings.cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors), allow_methods=["GET", "POST"],
                           allow_headers=["content-type"], max_age=600)
    if settings.host in ("127.0.0.1", "localhost"):  # no DNS rebinding: a loopback server answers loopback names
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost"])
    app.add_middleware(BodyLimit, limit=settings.body_limit)


def serve(settings: ServiceSettings, port: int = DEFAULT_PORT, log_level: str = "info") -> None:
    """Run the server until interrupted (Ctrl-C or SIGTERM: a graceful stop, exit status 0)."""
    import signal

    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=settings.host, port=port, log_level=log_level,
                                           access_log=False, timeout_graceful_shutdown=5))
    # uvicorn replays the stop signal to the handlers it found once it has shut down gracefully:
    # let those be no-ops, so that a stopped server exits quietly rather than as interrupted
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
