"""The ASGI application: routes, read-only database access, errors, security headers."""

from __future__ import annotations

import importlib.util
import ipaddress
import logging
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from alliancewatch.errors import AllianceWatchError
from alliancewatch.store import pg
from alliancewatch.store.db import connect
from alliancewatch.store.dialect import is_postgres_url
from alliancewatch.web import api, events, pages
from alliancewatch.web import relations as rel_web
from alliancewatch.web.look import make_env
from alliancewatch.web.openapi import openapi
from alliancewatch.web.params import ApiError, parse

log = logging.getLogger("alliancewatch.web")
HERE = Path(__file__).parent
QUERY_SECONDS = 10.0  # a query running longer is interrupted and answered with 503
PROGRESS_STEPS = 20_000  # SQLite VM steps between two checks of the deadline
MAX_URL_BYTES = 8_192  # longer path + query: JSON 414 (no page of ours needs more)
# uvicorn's HTTP parser (h11) drops a request whose head is over 16 kB without an answer
# the client can read; with this limit the request reaches UrlLimit, which answers 414.
MAX_REQUEST_HEAD_BYTES = 1_048_576


def plotly_js() -> Path | None:
    """plotly.min.js as shipped inside the installed `plotly` package (never downloaded)."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


class ReadOnlyDB:
    """Read-only connections, each query bounded in time. SQLite: one per worker thread.
    PostgreSQL: one from a pool per request (read-only transactions, statement_timeout),
    given back by `release` when the request ends."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self.pool: pg.ReadPool | None = None
        if is_postgres_url(path):
            self.pool = pg.ReadPool(path)
        else:
            connect(path, readonly=True).close()  # fail now if missing or too old

    def get(self) -> Any:
        if self.pool is not None:
            held = getattr(self._local, "pg", None)
            if held is None:
                held = self._local.pg = self.pool.get()
            return held
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, readonly=True)
            db.execute("PRAGMA query_only = 1")
            db.execute("PRAGMA cache_size = -32000")
            db.execute("PRAGMA mmap_size = 268435456")
            db.set_progress_handler(self._too_long, PROGRESS_STEPS)
            self._local.db = db
        self._local.deadline = time.monotonic() + QUERY_SECONDS
        return db

    def release(self) -> None:
        """Give back this thread's pooled connection (PostgreSQL; nothing for SQLite)."""
        held = getattr(self._local, "pg", None)
        if held is not None and self.pool is not None:
            self._local.pg = None
            self.pool.put(held)

    def _too_long(self) -> int:
        return int(time.monotonic() > getattr(self._local, "deadline", float("inf")))


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def error_response(
    request: Request, err: ApiError, headers: dict[str, str] | None = None
) -> Response:
    if wants_json(request):
        return JSONResponse(err.body(), status_code=err.status, headers=headers)
    html = request.app.state.env.get_template("error.html").render(
        title=f"{err.status} {err.code}", error=err.body()["error"], nav="", json_url=None
    )
    return HTMLResponse(html, status_code=err.status, headers=headers)


async def on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = "no such page or route" if exc.status_code == 404 else str(exc.detail)
    err = ApiError(exc.status_code, codes.get(exc.status_code, "http_error"), message)
    return error_response(request, err, exc.headers)  # 405 carries its Allow header


async def on_db_error(request: Request, exc: Exception) -> Response:
    timeout = isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc)
    if timeout or pg.is_timeout(exc):
        err = ApiError(
            503, "timeout", f"the query took longer than {QUERY_SECONDS:.0f} s; narrow the filters"
        )
    else:
        err = ApiError(503, "database_unavailable", f"cannot read the database: {exc}")
    return error_response(request, err)


async def on_crash(request: Request, exc: Exception) -> Response:
    return error_response(request, ApiError(500, "internal_error", "unexpected server error"))


def api_endpoint(spec: api.ApiSpec) -> Callable[[Request], Response]:
    def endpoint(request: Request) -> Response:
        values = parse(request, spec.params)
        return JSONResponse(spec.handler(request.app.state.db.get(), values, request))

    endpoint.__name__ = "api_" + spec.schema.lower()
    return releasing(endpoint)


def releasing(endpoint: Callable[[Request], Response]) -> Callable[[Request], Response]:
    """The endpoint, then its database connection given back (in the same thread)."""

    def run(request: Request) -> Response:
        try:
            return endpoint(request)
        finally:
            request.app.state.db.release()

    run.__name__ = endpoint.__name__
    return run


def openapi_endpoint(request: Request) -> Response:
    parse(request, ())
    return JSONResponse(openapi())


def plotly_endpoint(request: Request) -> Response:
    path = request.app.state.plotly
    if path is None:
        raise ApiError(404, "not_found", "plotly is not installed: `pip install plotly`")
    return FileResponse(
        path,
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=86400"},
    )


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class SecurityHeaders:
    """Adds CSP (no inline script, nothing from other origins) and friends to responses."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class UrlLimit:
    """Answers a request whose path and query exceed MAX_URL_BYTES with a JSON 414."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
            if size > MAX_URL_BYTES:
                err = ApiError(
                    414, "uri_too_long", f"the URL is {size:,} bytes; limit {MAX_URL_BYTES:,}"
                )
                await JSONResponse(err.body(), status_code=414)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def routes() -> list[BaseRoute]:
    out: list[BaseRoute] = []
    for spec in (*api.ROUTES, *rel_web.ROUTES, *events.ROUTES):
        endpoint = api_endpoint(spec)
        for path in (*spec.aliases, spec.path):
            out.append(Route(path, endpoint, methods=["GET"]))
    out += [
        Route("/api/openapi.json", openapi_endpoint, methods=["GET"]),
        Route("/api", releasing(pages.api_docs), methods=["GET"]),
        Route("/", releasing(pages.overview), methods=["GET"]),
        Route("/timeline", releasing(pages.timeline), methods=["GET"]),
        Route("/network", releasing(pages.network), methods=["GET"]),
        Route("/relations", releasing(rel_web.relations_page), methods=["GET"]),
        Route("/treaties", releasing(rel_web.treaties_page), methods=["GET"]),
        Route("/search", releasing(pages.search), methods=["GET"]),
        Route("/glossary", releasing(pages.glossary), methods=["GET"]),
        Route("/articles", releasing(pages.articles), methods=["GET"]),
        Route("/events", releasing(events.events_page), methods=["GET"]),
        Route("/events/{id}", releasing(events.event_page), methods=["GET"]),
        Route("/download/{what}.{fmt}", releasing(events.download), methods=["GET"]),
        Route("/mentions/{id}", releasing(pages.mention), methods=["GET"]),
        Route("/articles/{doc:path}", releasing(pages.article), methods=["GET"]),
        Route("/vendor/plotly.min.js", plotly_endpoint, methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return out


def create_app(db_path: str | Path) -> Starlette:
    """The web application over `db_path`, opened read-only (raises StoreError if absent)."""
    app = Starlette(
        routes=routes(),
        middleware=[Middleware(UrlLimit)],
        exception_handlers={
            ApiError: on_api_error,
            HTTPException: on_http_error,
            sqlite3.Error: on_db_error,
            **{e: on_db_error for e in pg.errors()},
            AllianceWatchError: on_db_error,
            Exception: on_crash,
        },
    )
    app.state.db = ReadOnlyDB(str(db_path))
    app.state.env = make_env()
    app.state.plotly = plotly_js()
    return SecurityHeaders(app)  # type: ignore[return-value]


def is_public(host: str) -> bool:
    """True when `host` is reachable from other machines (the CLI warns: no authentication)."""
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"


def serve(
    db_path: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    ready: Callable[[], None] | None = None,
) -> None:
    """Run the web application with uvicorn until interrupted; `ready` is called once the
    database has been opened (the CLI says where it serves)."""
    import uvicorn

    app = create_app(db_path)
    if ready is not None:
        ready()
    uvicorn.Server(server_config(app, host, port)).run()


def server_config(app: Any, host: str, port: int) -> Any:
    """uvicorn's configuration for `serve` (the tests run the same)."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
    )
