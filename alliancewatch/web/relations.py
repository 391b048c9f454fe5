"""Relations and treaties on the web: `/relations` (one pair, or two side by side),
`/treaties`, their JSON twins `/api/relations` and `/api/treaties`, and what the network
adds per edge (index and alliances in force). Kept apart from api.py and pages.py so the
relation layer registers with a few lines in app.py and openapi.py."""

from __future__ import annotations

import calendar
import sqlite3
from dataclasses import replace
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from alliancewatch.relations import pair as rel
from alliancewatch.relations import treaties as tr
from alliancewatch.relations.index import score_sql
from alliancewatch.relations.tables import CATEGORIES, KINDS
from alliancewatch.store import relation_rows
from alliancewatch.web import downloads
from alliancewatch.web import queries_graph as qg
from alliancewatch.web import queries_web as qw
from alliancewatch.web.api import COUNT, ApiSpec
from alliancewatch.web.params import (
    DATE_FROM,
    DATE_TO,
    OFFSET,
    Param,
    bad,
    check_range,
    limit_param,
    page_links,
    parse,
)

# -- parameters ---------------------------------------------------------------------------

A = Param("a", "code", "first state of the pair (PRK, RUS, USA ...)", required=True)
B = Param("b", "code", "second state of the pair", required=True)
C = Param("c", "code", "first state of a second pair, shown side by side")
D = Param("d", "code", "second state of the second pair")
ON = Param("on", "date", "date on which treaty status is judged (default: `to`, else today)")
RELATIONS = (A, B, C, D, ON, DATE_FROM, DATE_TO, COUNT, limit_param(20, 200), OFFSET)
STATUSES = ("in_force", "signed", "terminated", "not_signed")
TREATIES = (
    Param("a", "code", "only treaties with this party"),
    Param("b", "code", "only treaties with this party too"),
    ON,
    Param("status", "enum", "only treaties with this status on `on`", choices=STATUSES),
    Param("kind", "enum", "only treaties of this kind", choices=KINDS),
    limit_param(50, 500),
    OFFSET,
)


# -- handlers -------------------------------------------------------------------------------


def _pair(db: sqlite3.Connection, v: dict[str, Any], a: str, b: str) -> dict[str, Any]:
    r = rel.relations(db, a, b, on=v["on"], lo=v["from"], hi=v["to"], recent=0, count=v["count"])
    r["total"] = relation_rows.pair_total(db, a, b)
    r["recent"] = rel.recent_events(db, a, b, v["limit"], v["offset"])
    return r


def relations(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    check_range(v)
    if v["a"] == v["b"]:
        raise bad("b", "must differ from 'a'")
    if bool(v["c"]) != bool(v["d"]):
        raise bad("d" if v["c"] else "c", "'c' and 'd' go together (the second pair)")
    if v["c"] and v["c"] == v["d"]:
        raise bad("d", "must differ from 'c'")
    first = _pair(db, v, v["a"], v["b"])
    out = {
        **first,
        **page_links(request, first["total"], v["limit"], v["offset"]),
        "compare": _pair(db, v, v["c"], v["d"]) if v["c"] else None,
    }
    return out


def treaties(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    on = v["on"] or rel.today()
    on = tr.day(on)
    items = [
        t
        for t in tr.load()
        if (not v["a"] or v["a"] in t.codes())
        and (not v["b"] or v["b"] in t.codes())
        and (not v["status"] or t.status_on(on) == v["status"])
        and (not v["kind"] or t.kind == v["kind"])
    ]
    page = items[v["offset"] : v["offset"] + v["limit"]]
    return {
        "on": on,
        "filters": {k: v[k] for k in ("a", "b", "status", "kind")},
        **page_links(request, len(items), v["limit"], v["offset"]),
        "items": rel.treaty_records(db, page, on),
        "unknown": rel.unknown_treaties(db) if v["offset"] == 0 else [],
    }


def network_edges(db: sqlite3.Connection, v: dict[str, Any], data: dict[str, Any]) -> None:
    """Marks on each network edge the alliances in force at the network's end date (`to`,
    else today); with `index`, adds the relation index of each edge on the page (one
    grouped query; it roughly doubles the route's time, hence opt-in)."""
    on = last_day(v.get("to") or rel.today())
    data["alliances_on"] = on
    alliances = tr.alliances_on(on)
    for e in data["edges"]:
        e["alliances"] = alliances.get((e["a"], e["b"]), [])
    if not v.get("index") or not data["edges"]:
        return
    score, score_args = score_sql("r.event", "r.factuality")
    where, args = qg.row_filters(v)
    pairs = ", ".join("(?, ?)" for _ in data["edges"])
    where.insert(0, f"(r.a, r.b) IN (VALUES {pairs})")
    args = [x for e in data["edges"] for x in (e["a"], e["b"])] + args
    rows = db.execute(
        "SELECT a, b, sum(CASE WHEN s > 0 THEN s ELSE 0 END),"
        " -sum(CASE WHEN s < 0 THEN s ELSE 0 END) FROM (SELECT r.a AS a, r.b AS b,"
        f" {score} AS s FROM web_pair_rows r WHERE {' AND '.join(where)}) AS x GROUP BY a, b",
        [*score_args, *args],
    )
    sums = {(a, b): (coop or 0.0, conf or 0.0) for a, b, coop, conf in rows}
    for e in data["edges"]:
        coop, conf = sums.get((e["a"], e["b"]), (0.0, 0.0))
        e["index"] = round(coop - conf, 3)
        e["index_share"] = round(coop / (coop + conf), 3) if coop + conf else None


def last_day(d: str) -> str:
    """The last day of a date of any precision (2024 -> 2024-12-31, 2024-02 -> 2024-02-29)."""
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        return f"{d}-{calendar.monthrange(int(d[:4]), int(d[5:7]))[1]:02d}"
    return d


# -- pages ----------------------------------------------------------------------------------

PAGE = (replace(A, required=False), replace(B, required=False), *RELATIONS[2:])


def relations_page(request: Request) -> HTMLResponse:
    v = parse(request, PAGE)
    db = request.app.state.db.get()
    data = None
    if v["a"] or v["b"]:
        if not (v["a"] and v["b"]):
            raise bad("b" if v["a"] else "a", "'a' and 'b' go together (the pair)")
        data = relations(db, v, request)
    title = "Relations"
    if data:
        title += f" {data['a']}–{data['b']}"
        if data["compare"]:
            title += f" and {data['compare']['a']}–{data['compare']['b']}"
    twin = "/api/relations" + ("?" + request.url.query if request.url.query else "")
    html = request.app.state.env.get_template("relations.html").render(
        nav="relations",
        title=title,
        json_url=twin if data else None,
        v=v,
        data=data,
        pairs=qw.top_pairs(db, 12) if data is None else [],
        CATEGORIES=CATEGORIES,
        downloads=downloads.relations_links(v) if data else {},
    )
    return HTMLResponse(html)


def treaties_page(request: Request) -> HTMLResponse:
    v = parse(request, TREATIES)
    data = treaties(request.app.state.db.get(), v, request)
    twin = "/api/treaties" + ("?" + request.url.query if request.url.query else "")
    html = request.app.state.env.get_template("treaties.html").render(
        nav="treaties",
        title="Treaties",
        json_url=twin,
        v=v,
        data=data,
        STATUSES=STATUSES,
        KINDS=KINDS,
    )
    return HTMLResponse(html)


# -- registry and documentation --------------------------------------------------------------

ROUTES: tuple[ApiSpec, ...] = (
    ApiSpec(
        "/api/relations",
        "Relations of a pair of states",
        "Treaties between `a` and `b` (status on `on`, obligations in ATOP's categories, the"
        " sentences that report each step), per-month counts by PLOVER quad class and the"
        " cooperation-conflict index (weights in data/relation_weights.tsv), its trend,"
        " notable changes, and one page of recent mentions. With `c` and `d`, the second"
        " pair under `compare` (its recent mentions paged alike).",
        RELATIONS,
        relations,
        "Relations",
        aliases=("/relations.json",),
    ),
    ApiSpec(
        "/api/treaties",
        "Treaties",
        "The reviewed treaty table (data/treaties.tsv) with each treaty's status on `on`"
        " and the stored sentences that name it or report a step (signature, ratification,"
        " entry into force, termination, invocation); `unknown` lists treaty sentences that"
        " fit no row.",
        TREATIES,
        treaties,
        "Treaties",
        aliases=("/treaties.json",),
    ),
)


def schemas() -> dict[str, Any]:
    s, ns, i, n = (
        {"type": "string"},
        {"type": ["string", "null"]},
        {"type": "integer"},
        {"type": "number"},
    )
    ref = {
        "type": "object",
        "properties": {
            "treaty": ns,
            "doc": s,
            "sequence": i,
            "sentence": s,
            "language": s,
            "published": ns,
            "step": {
                "enum": [
                    "",
                    "signed",
                    "initialled",
                    "ratified",
                    "in_force",
                    "terminated",
                    "invoked",
                ]
            },
            "date": ns,
            "how": {"enum": ["name", "context", "parties", "unknown"]},
            "article_no": ns,
            "obligation": {"type": ["string", "null"], "enum": [*CATEGORIES, None]},
            "mentions": {"type": "array", "items": s},
            "codes": {"type": "array", "items": s},
        },
    }
    treaty = {
        "type": "object",
        "properties": {
            "id": s,
            "name": s,
            "names": {"type": "object", "additionalProperties": {"type": "array", "items": s}},
            "parties": {"type": "array", "items": {"type": "object"}},
            "org": ns,
            "kind": {"enum": list(KINDS)},
            "obligations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "category": {"enum": list(CATEGORIES)},
                        "articles": {"type": "array", "items": s},
                    },
                },
            },
            "signed": ns,
            "in_force": ns,
            "terminated": ns,
            "ended_by": ns,
            "status": {"enum": list(STATUSES)},
            "status_on": s,
            "source": s,
            "note": ns,
            "steps": {"type": "array", "items": s},
            "references": {"type": "array", "items": ref},
        },
    }
    month = {
        "type": "object",
        "properties": {
            "month": s,
            "mentions": i,
            "events": {"type": "object", "description": "distinct events per quad class"},
            "weighted": {"type": "object", "description": "|weight x factuality| per quad"},
            "cooperation": n,
            "conflict": n,
            "index": n,
        },
    }
    pair = {
        "type": "object",
        "properties": {
            "a": s,
            "b": s,
            "on": s,
            "treaties": {"type": "array", "items": treaty},
            "in_force": {"type": "array", "items": s},
            "unknown_treaties": {"type": "array", "items": ref},
            "months": {"type": "array", "items": month},
            "year_only_mentions": i,
            "count": {"type": "string", "enum": ["events", "mentions"]},
            "totals": {"type": "object"},
            "trend": {"type": "object"},
            "changes": {"type": "array", "items": {"type": "object"}},
            "recent": {"type": "array", "items": {"$ref": "#/components/schemas/MentionBrief"}},
            "weights": {"type": "object"},
            "total": i,
        },
    }
    page = {"$ref": "#/components/schemas/Page"}
    return {
        "Treaty": treaty,
        "Relations": {
            "allOf": [
                page,
                pair,
                {"type": "object", "properties": {"compare": {"oneOf": [pair, {"type": "null"}]}}},
            ]
        },
        "Treaties": {
            "allOf": [
                page,
                {
                    "type": "object",
                    "properties": {
                        "on": s,
                        "filters": {"type": "object"},
                        "items": {"type": "array", "items": treaty},
                        "unknown": {"type": "array", "items": ref},
                    },
                },
            ]
        },
    }
