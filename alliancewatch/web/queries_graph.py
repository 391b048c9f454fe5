"""The web layer's timeline and network reads: rows of the timeline tables filtered, counted
as events (or mentions on request) by month, pair and direction. All SQL is parameterised;
statements are built from fixed fragments and `?` placeholders."""

from __future__ import annotations

import sqlite3
from typing import Any

from alliancewatch import names
from alliancewatch.plover import SYMMETRIC
from alliancewatch.web import queries_summary as qs
from alliancewatch.web import timeline_page
from alliancewatch.web.queries_web import (
    _BRIEF,
    EVENT_KEY,
    _desc,
    _in,
    brief,
    date_conds,
    node_kind,
)

# -- timeline --------------------------------------------------------------------------


def row_filters(v: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """Conditions on a web row source `r` for the period, type, factuality and language."""
    where, args = date_conds("r.date", v.get("from"), v.get("to"))
    if v.get("from"):  # dated rows have day = date: bounds the index range
        where.append("r.day >= ?")
        args.append(v["from"][:4])
    if v.get("to"):
        where.append("r.day <= ?")
        args.append(v["to"] + "~")
    for key, column in (
        ("event", "r.event"),
        ("factuality", "r.factuality"),
        ("lang", "r.language"),
    ):
        if v.get(key):
            c, a = _in(column, v[key])
            where.append(c)
            args += a
    return where, args


def counting(v: dict[str, Any]) -> tuple[str, bool]:
    """The key counted (distinct), and whether it counts events (`count` = events)."""
    if v.get("count", "events") == "mentions":
        return "r.mention_id", False
    return EVENT_KEY, True


def timeline(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    """Events (or mentions) involving actor `a` (and `b`), their counts and one page of them.

    Counting events, a page item is one event, placed at its latest day in the filter and
    shown by one of its mentions there, with the number of its mentions (`n_mentions`)."""
    if v.get("b"):
        source, where, args = "web_pair_rows r", ["r.a = ?", "r.b = ?"], sorted((v["a"], v["b"]))
    else:
        source, where, args = "web_actor_rows r", ["r.code = ?"], [v["a"]]
    key, events = counting(v)
    more, more_args = row_filters(v)
    w = " AND ".join(where + more)
    args = [*args, *more_args]
    if qs.unfiltered(v):  # the write-time summaries hold these counts
        by_month, by_type, by_fact, total = qs.timeline_counts(db, v["a"], v.get("b"), events)
    else:
        by_month, by_type, by_fact, total = _timeline_counts(db, source, w, args, key)
    order = "ASC" if v.get("order") == "asc" else "DESC"
    page: list[tuple[str, int]] | None = None
    if events and order == "DESC" and qs.unfiltered(v):
        x, y = (args[0], args[1]) if v.get("b") else (v["a"], "")
        scope = ("pair.type" if v.get("b") else "actor.type", x, y)
        page = timeline_page.latest_events(db, source, w, args, v["limit"], v["offset"], scope)
    if page is None:
        if events:  # one item per event: its latest mention (largest day, then id)
            sql = timeline_page.grouped_page(key, source, w, order)
        else:
            sql = (
                f"SELECT r.mention_id, 1 FROM {source} WHERE {w}"
                f" ORDER BY r.day {order}, r.mention_id {order} LIMIT ? OFFSET ?"
            )
        page = [(str(m), int(n)) for m, n in db.execute(sql, [*args, v["limit"], v["offset"]])]
    items = _items_of(db, page)
    if v.get("b"):
        for it in items:
            it["forward"] = v["a"] in it["actor"]
    return {
        "total": total,
        "count": "events" if events else "mentions",
        "counts": {
            "by_type": _desc(by_type),
            "by_factuality": _desc(by_fact),
            "by_month": [
                {"month": k, "event": e, "n": n}
                for k in sorted(by_month)
                for e, n in sorted(by_month[k].items())
            ],
        },
        "items": items,
    }


def _items_of(db: sqlite3.Connection, page: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """The page's mentions as list items, in the page's order, with their events' sizes."""
    if not page:
        return []
    marks = ", ".join("?" * len(page))
    by_id = {
        r["id"]: r
        for r in db.execute(
            f"SELECT {_BRIEF} FROM mentions m WHERE m.id IN ({marks})", [m for m, _ in page]
        )
    }
    return [brief(by_id[m]) | {"n_mentions": n} for m, n in page if m in by_id]


def _timeline_counts(
    db: sqlite3.Connection, source: str, w: str, args: list[Any], key: str
) -> tuple[dict[str, dict[str, int]], dict[str, int], dict[str, int], int]:
    """(by month and type, by type, by factuality, total), each counted distinct within
    its grouping: an event reported in two months (or as asserted and as probable) counts
    once in each, once in the total. One scan of the rows: they are first reduced to their
    distinct (month, type, factuality, key), which every grouping is counted from."""
    rows = db.execute(
        f"WITH d AS (SELECT substr(r.day, 1, 7) AS month, r.event AS event,"
        f" r.factuality AS fact, {key} AS k FROM {source} WHERE {w} GROUP BY 1, 2, 3, 4)"
        " SELECT 0, month, event, count(DISTINCT k) FROM d GROUP BY 2, 3"
        " UNION ALL SELECT 1, NULL, event, count(DISTINCT k) FROM d GROUP BY 3"
        " UNION ALL SELECT 2, NULL, fact, count(DISTINCT k) FROM d GROUP BY 3"
        " UNION ALL SELECT 3, NULL, NULL, count(DISTINCT k) FROM d",
        args,
    ).fetchall()
    by_month: dict[str, dict[str, int]] = {}
    by_type: dict[str, int] = {}
    by_fact: dict[str, int] = {}
    total = 0
    for part, month, value, n in rows:
        if part == 0:
            by_month.setdefault(month or "unknown", {})[str(value)] = int(n)
        elif part == 1:
            by_type[str(value)] = int(n)
        elif part == 2:
            by_fact[str(value)] = int(n)
        else:
            total = int(n)
    return by_month, by_type, by_fact, total


# -- network ---------------------------------------------------------------------------


def network(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    """Pairs of actors weighted by the events (or mentions) between them, split by quad
    class; each node weighs its own events, each counted once."""
    if counting(v)[1] and qs.unfiltered(v):
        return _network_summary(db, v)
    if counting(v)[1] and qs.only_factuality(v):
        return _network_summary(db, v, v["factuality"])
    return network_scan(db, v)


def network_scan(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    """The network counted over the pair rows (any filter), in one pass: the matching rows
    are first reduced to one row per (pair, event) with flags (cooperation, conflict, a
    directed row each way), which the edges, their directions and every node's weight
    are counted from (three scans of the rows with distinct counts before: seconds at a
    million mentions)."""
    where, args = row_filters(v)
    where.insert(0, "r.b != ''")
    key, _ = counting(v)
    sym = sorted(SYMMETRIC)
    directed = f"r.directed = 1 AND r.event NOT IN ({', '.join('?' for _ in sym)})"
    rows = db.execute(
        f"WITH d AS (SELECT r.a AS a, r.b AS b, {key} AS k,"
        " max(CASE WHEN r.quad LIKE '%cooperation' THEN 1 ELSE 0 END) AS coop,"
        " max(CASE WHEN r.quad LIKE '%conflict' THEN 1 ELSE 0 END) AS conf,"
        f" max(CASE WHEN {directed} AND r.forward = 1 THEN 1 ELSE 0 END) AS ab,"
        f" max(CASE WHEN {directed} AND r.forward = 0 THEN 1 ELSE 0 END) AS ba"
        f" FROM web_pair_rows r WHERE {' AND '.join(where)} GROUP BY r.a, r.b, {key})"
        " SELECT 0, a, b, count(*), sum(coop), sum(conf), sum(ab), sum(ba) FROM d"
        " GROUP BY a, b"
        " UNION ALL SELECT 1, code, '', count(*), 0, 0, 0, 0 FROM"
        " (SELECT a AS code, k FROM d UNION SELECT b, k FROM d) AS u GROUP BY code",
        [*sym, *sym, *args],
    ).fetchall()
    weight = {str(r[1]): int(r[3]) for r in rows if r[0] == 1}
    pairs = sorted(
        (r for r in rows if r[0] == 0 and int(r[3]) >= (v.get("min") or 1)),
        key=lambda r: (-int(r[3]), r[1], r[2]),
    )
    edges = [
        {
            "a": a,
            "b": b,
            "mentions": int(n),
            "cooperation": int(coop),
            "conflict": int(conf),
            "cooperation_share": round(int(coop) / int(n), 3) if n else None,
            "a_to_b": int(ab),
            "b_to_a": int(ba),
        }
        for _, a, b, n, coop, conf, ab, ba in pairs[v["offset"] : v["offset"] + v["limit"]]
    ]
    return _graph(edges, weight, len(pairs), v)


def _network_summary(
    db: sqlite3.Connection, v: dict[str, Any], facts: Any = None
) -> dict[str, Any]:
    """The network counting events, unfiltered or filtered by factuality (`facts`), from
    the write-time summaries."""
    every = qs.pair_rows(db) if facts is None else qs.pair_rows_of_facts(db, facts)
    rows = [p for p in every if p["events"] >= (v.get("min") or 1)]
    edges = [
        {
            "a": p["a"],
            "b": p["b"],
            "mentions": p["events"],
            "cooperation": p["cooperation"],
            "conflict": p["conflict"],
            "cooperation_share": round(p["cooperation"] / p["events"], 3) if p["events"] else None,
            "a_to_b": p["a_to_b"],
            "b_to_a": p["b_to_a"],
        }
        for p in rows[v["offset"] : v["offset"] + v["limit"]]
    ]
    codes = {c for e in edges for c in (e["a"], e["b"])}
    weight = (
        qs.node_weights(db, codes) if facts is None else qs.node_weights_of_facts(db, codes, facts)
    )
    return _graph(edges, weight, len(rows), v)


def _graph(
    edges: list[dict[str, Any]], weight: dict[str, int], total: int, v: dict[str, Any]
) -> dict[str, Any]:
    """The network's answer: its edges and their nodes, heaviest first."""
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for code in (e["a"], e["b"]):
            n = names.name_of(code)
            node = nodes.setdefault(
                code,
                {
                    "code": code,
                    "kind": node_kind(code),
                    "mentions": 0,
                    "degree": 0,
                    "names": {"en": n.en, "ja": n.ja, "ko": n.ko},
                },
            )
            node["mentions"] = weight.get(code, 0)
            node["degree"] += 1
    ordered = sorted(nodes.values(), key=lambda n: (-n["mentions"], n["code"]))
    return {"total": total, "count": v.get("count", "events"), "nodes": ordered, "edges": edges}
