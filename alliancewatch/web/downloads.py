"""Downloads (CSV, JSON Lines) of the search, articles and network lists with the page's
filters, and the download links every list page shows (the timeline's and the relations
page's go to /download/events|mentions)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from alliancewatch.export import neutralise
from alliancewatch.web import api
from alliancewatch.web.look import url
from alliancewatch.web.params import parse

# search answers one query per sentence for its mentions: a smaller cap than the lists'
CAPS = {"search": 10_000, "articles": 100_000, "network": 100_000}
COLUMNS = {
    "search": ["doc", "title", "published", "lang", "sequence", "sentence", "mentions"],
    "articles": ["doc", "title", "published", "lang", "url", "n_paragraphs", "mentions"],
    # `mentions` is the edge's weight in the page's `count` (events by default), as in the API
    "network": ["a", "b", "mentions", "cooperation", "conflict", "a_to_b", "b_to_a", "alliances"],
}
LISTS = {
    "search": (api.SEARCH, api.search, "items"),
    "articles": (api.ARTICLES, api.articles, "items"),
    "network": (api.NETWORK, api.network, "edges"),
}
_TIMELINE_KEYS = ("a", "b", "event", "factuality", "lang", "from", "to")
_LIST_SKIP = ("limit", "offset", "after")


def links(what: tuple[str, ...], params: dict[str, Any]) -> dict[str, str]:
    """Label -> /download URL for each list and format, with the given filters."""
    return {
        f"{w} ({fmt})": url(f"/download/{w}.{fmt}", **params)
        for w in what
        for fmt in ("csv", "jsonl")
    }


def timeline_links(v: dict[str, Any]) -> dict[str, str]:
    return links(("events", "mentions"), {k: v.get(k) for k in _TIMELINE_KEYS})


def relations_links(v: dict[str, Any]) -> dict[str, str]:
    """The pair's events and mentions over the page's period."""
    return links(("events", "mentions"), {k: v.get(k) for k in ("a", "b", "from", "to")})


def list_links(what: str, v: dict[str, Any]) -> dict[str, str]:
    keep = {k: x for k, x in v.items() if k not in _LIST_SKIP and x is not False}
    return links((what,), {k: "true" if x is True else x for k, x in keep.items()})


def list_download(request: Request, what: str, fmt: str) -> Response:
    """/download/{search|articles|network}.{csv|jsonl}: every row the list would page
    through (the network: every edge)."""
    spec, handler, key = LISTS[what]
    v = parse(request, spec)
    v = {**v, "limit": CAPS[what], "offset": 0}
    if "after" in v:
        v["after"] = None
    db = request.app.state.db.get()
    items = handler(db, v, request)[key]
    buf = io.StringIO()
    if fmt == "jsonl":
        for it in items:
            buf.write(json.dumps(it, ensure_ascii=False) + "\n")
        media = "application/x-ndjson"
    else:
        w = csv.writer(buf)
        w.writerow(COLUMNS[what])
        for it in items:
            row = dict(it)
            if what == "search":  # a sentence's mentions as "id:TYPE" separated by spaces
                row["mentions"] = " ".join(f"{m['id']}:{m['event']}" for m in it["mentions"])
            if what == "network":
                row["alliances"] = " ".join(it.get("alliances", []))
            w.writerow([neutralise(row.get(c)) for c in COLUMNS[what]])
        media = "text/csv; charset=utf-8"
    return Response(
        buf.getvalue(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{what}.{fmt}"'},
    )
