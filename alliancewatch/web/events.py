"""Events: the list with filters, one event with its evidence, and downloads (CSV, JSON Lines)
of the listed events or their mentions, honouring the same filters as the page."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from alliancewatch.export import CSV_COLUMNS, csv_row, event_csv_row, neutralise
from alliancewatch.store import event_queries as eq
from alliancewatch.web import downloads
from alliancewatch.web.api import ApiSpec
from alliancewatch.web.params import (
    DATE_FROM,
    DATE_TO,
    EVENTS,
    FACTS,
    LANG_LIST,
    OFFSET,
    ApiError,
    Param,
    bad,
    check_range,
    limit_param,
    page_links,
    parse,
)

EVENT_ID = re.compile(r"^[0-9a-f]{16}$")
A = Param("a", "code", "an actor code on either side (PRK)")
B = Param("b", "code", "a second actor code: events between a and b")
LIST = (A, B, EVENTS, DATE_FROM, DATE_TO, FACTS, LANG_LIST, limit_param(50, 500), OFFSET)
FILTERS = LIST[:-2]
DOWNLOAD_ROWS = 100_000


def filters(v: dict[str, Any]) -> eq.Filters:
    check_range(v)
    if v["b"] and not v["a"]:
        raise bad("b", "needs 'a'")
    return eq.Filters(
        actor=None if v["b"] else v["a"],
        pair=(v["a"], v["b"]) if v["b"] else None,
        type=v["event"],
        date_from=v["from"],
        date_to=v["to"],
        factuality=v["factuality"],
        lang=v["lang"],
    )


def events(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    f = filters(v)
    total = eq.count_events(db, f)
    items = list(eq.iter_events(db, f, v["limit"], v["offset"]))
    return page_links(request, total, v["limit"], v["offset"]) | {"items": items}


def event(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    eid = request.path_params["id"]
    if not EVENT_ID.match(eid):
        raise bad("id", "is not an event id (16 hexadecimal digits)")
    rec = eq.get_event(db, eid)
    if rec is None:
        raise ApiError(404, "not_found", f"no event with id '{eid}'")
    return rec


ROUTES: tuple[ApiSpec, ...] = (
    ApiSpec(
        "/api/events",
        "Events",
        "Happenings merged across sentences, articles and languages, newest first, with"
        " their numbers of mentions, articles, stories (near-duplicate articles count once),"
        " outlets and languages. `a` alone: events involving it; `a` and `b`: between them.",
        LIST,
        events,
        "Events",
        aliases=("/events.json",),
    ),
    ApiSpec(
        "/api/events/{id}",
        "One event",
        "An event's record (best-supported date and the dates reports gave, factuality"
        " across reports, claimants) with every mention that is evidence for it.",
        (),
        event,
        "Event",
        path_param=Param("id", "text", "event id (16 hexadecimal digits)", required=True),
    ),
)

SCHEMAS: dict[str, Any] = {
    "Events": {"allOf": [{"$ref": "#/components/schemas/Page"}, {"type": "object"}]},
    "Event": {"type": "object"},
}


def _db(request: Request) -> sqlite3.Connection:
    return request.app.state.db.get()


def _render(request: Request, name: str, title: str, json_url: str, **ctx: Any) -> HTMLResponse:
    template = request.app.state.env.get_template(name)
    return HTMLResponse(template.render(nav="events", title=title, json_url=json_url, **ctx))


def events_page(request: Request) -> HTMLResponse:
    v = parse(request, LIST)
    data = events(_db(request), v, request)
    q = request.url.query
    downloads = {
        f"{what} ({fmt})": f"/download/{what}.{fmt}" + (f"?{q}" if q else "")
        for what in ("events", "mentions")
        for fmt in ("csv", "jsonl")
    }
    return _render(
        request,
        "events.html",
        "Events",
        "/api/events" + (f"?{q}" if q else ""),
        v=v,
        data=data,
        downloads=downloads,
    )


def event_page(request: Request) -> HTMLResponse:
    parse(request, ())
    rec = event(_db(request), {}, request)
    title = f"{rec['event']} {rec['actor_codes']}" + (
        f" → {rec['recipient_codes']}" if rec["recipient_codes"] else ""
    )
    return _render(request, "event.html", title, f"/api/events/{rec['id']}", e=rec)


def download(request: Request) -> Response:
    """/download/{events|mentions|search|articles|network}.{csv|jsonl} with the list page's
    filters."""
    what, fmt = request.path_params["what"], request.path_params["fmt"]
    lists = ("events", "mentions", "search", "articles", "network")
    if what not in lists or fmt not in ("csv", "jsonl"):
        raise ApiError(
            404,
            "not_found",
            "downloads are events, mentions, search, articles or network, as csv or jsonl",
        )
    if what in ("search", "articles", "network"):
        return downloads.list_download(request, what, fmt)
    v = parse(request, FILTERS + (OFFSET, limit_param(50, 500)))
    f = filters(v)
    db = _db(request)
    rows = eq.iter_events(db, f, DOWNLOAD_ROWS) if what == "events" else eq.iter_mentions(db, f)
    buf = io.StringIO()
    if fmt == "jsonl":
        for k, r in enumerate(rows):
            if k >= DOWNLOAD_ROWS:
                break
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        media = "application/x-ndjson"
    else:
        w = csv.writer(buf)
        w.writerow(eq.EVENT_COLUMNS if what == "events" else CSV_COLUMNS)
        for k, r in enumerate(rows):
            if k >= DOWNLOAD_ROWS:
                break
            cells = event_csv_row(r, eq.EVENT_COLUMNS) if what == "events" else csv_row(r)
            w.writerow([neutralise(c) for c in cells])
        media = "text/csv; charset=utf-8"
    return Response(
        buf.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{what}.{fmt}"'},
    )
