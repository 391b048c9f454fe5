"""The web's unfiltered counts, read from the summaries kept at write time
(store/summary_rows.py) instead of counted over the timeline rows: the overview's totals,
the most active pairs, the actor list, the network without filters and a timeline's
counts without filters. Each answer is what the row-scanning query in queries_web.py or
queries_graph.py gives (the web tests compare both back ends on the same routes), read
from a few hundred rows whatever the database's size.

An event's mentions share its type, so an event count over all types is the sum of the
per-type counts (store/summary_rows.py explains why)."""

from __future__ import annotations

import sqlite3
from typing import Any

from alliancewatch.plover import QUAD, SYMMETRIC

FILTERS = ("from", "to", "event", "factuality", "lang")


def unfiltered(v: dict[str, Any]) -> bool:
    """True when a timeline or network request narrows nothing (period, type, ...)."""
    return not any(v.get(k) for k in FILTERS)


def _quad_is(event: str, cls: str) -> bool:
    return QUAD.get(event, "").endswith(cls)


def counters(db: sqlite3.Connection) -> dict[str, list[tuple[str, str, str, int]]]:
    """The plain counters by name: (k1, k2, k3, n), sorted."""
    out: dict[str, list[tuple[str, str, str, int]]] = {}
    for name, k1, k2, k3, n in db.execute(
        "SELECT name, k1, k2, k3, n FROM web_counts ORDER BY name, k1, k2, k3"
    ):
        out.setdefault(str(name), []).append((str(k1), str(k2), str(k3), int(n)))
    return out


def _totals(
    db: sqlite3.Connection, scope: str, x: str | None = None, y: str | None = None
) -> list[Any]:
    where, args = ["scope = ?"], [scope]
    if x is not None:
        where.append("x = ?")
        args.append(x)
    if y is not None:
        where.append("y = ?")
        args.append(y)
    return db.execute(
        "SELECT x, y, g, events, mentions, a_to_b, b_to_a FROM web_totals"
        f" WHERE {' AND '.join(where)}",
        args,
    ).fetchall()


def pair_rows(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every pair with two sides: events, mentions, cooperation and conflict events, and
    the events with a directed mention each way (symmetric types left out)."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, event, events, mentions, ab, ba in _totals(db, "pair.type"):
        if b == "":
            continue
        p = _add_pair(pairs, a, b, event, int(events), int(ab), int(ba), mentions=True)
        p["mentions"] += int(mentions)
    return sorted(pairs.values(), key=lambda p: (-p["events"], p["a"], p["b"]))


def _add_pair(
    pairs: dict[tuple[str, str], dict[str, Any]],
    a: str,
    b: str,
    event: str,
    events: int,
    ab: int,
    ba: int,
    mentions: bool = False,
) -> dict[str, Any]:
    """Adds one (pair, type) group's events to the pair's row, creating it."""
    p = pairs.setdefault(
        (a, b),
        {"a": a, "b": b, "events": 0}
        | ({"mentions": 0} if mentions else {})
        | {"cooperation": 0, "conflict": 0, "a_to_b": 0, "b_to_a": 0},
    )
    p["events"] += events
    p["cooperation"] += events if _quad_is(event, "cooperation") else 0
    p["conflict"] += events if _quad_is(event, "conflict") else 0
    if event not in SYMMETRIC:
        p["a_to_b"] += ab
        p["b_to_a"] += ba
    return p


def only_factuality(v: dict[str, Any]) -> bool:
    """True when factuality is the request's one filter (web_fgroups answers it)."""
    return bool(v.get("factuality")) and not any(v.get(k) for k in FILTERS if k != "factuality")


def pair_rows_of_facts(db: sqlite3.Connection, facts: Any) -> list[dict[str, Any]]:
    """`pair_rows` counted over the rows with one of the factualities `facts`: from each
    event's set of factualities (store/summary_fsets.py), an event counted once whatever
    the number of its factualities in the filter, and a direction counted when a directed
    row that way has one of them."""
    from alliancewatch.store.summary_fsets import mask

    m = mask(facts)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, event, events, ab, ba in db.execute(
        "SELECT x, y, event, sum(events), sum(CASE WHEN (fab & ?) <> 0 THEN events ELSE 0 END),"
        " sum(CASE WHEN (fba & ?) <> 0 THEN events ELSE 0 END) FROM web_fgroups"
        " WHERE scope = 'pair.tfact' AND (f & ?) <> 0 GROUP BY x, y, event",
        (m, m, m),
    ):
        _add_pair(pairs, a, b, event, int(events), int(ab), int(ba))
    return sorted(pairs.values(), key=lambda p: (-p["events"], p["a"], p["b"]))


def node_weights_of_facts(db: sqlite3.Connection, codes: set[str], facts: Any) -> dict[str, int]:
    """`node_weights` over the rows with one of the factualities `facts`."""
    from alliancewatch.store.summary_fsets import mask

    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    rows = db.execute(
        "SELECT x, sum(events) FROM web_fgroups WHERE scope = 'node.tfact'"
        f" AND (f & ?) <> 0 AND x IN ({marks}) GROUP BY x",
        [mask(facts), *sorted(codes)],
    )
    return {str(c): int(n) for c, n in rows}


def top_pairs(db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    keep = ("a", "b", "events", "mentions", "cooperation", "conflict")
    return [{k: p[k] for k in keep} for p in pair_rows(db)[:limit]]


def actors(db: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(code, events, mentions) of every actor, most events first."""
    by: dict[str, list[int]] = {}
    for code, _, _, events, mentions, _, _ in _totals(db, "actor.type"):
        n = by.setdefault(code, [0, 0])
        n[0] += int(events)
        n[1] += int(mentions)
    return sorted(((c, e, m) for c, (e, m) in by.items()), key=lambda r: (-r[1], -r[2], r[0]))


def node_weights(db: sqlite3.Connection, codes: set[str]) -> dict[str, int]:
    """Events of each code on the network's edges (pair rows with two sides)."""
    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    rows = db.execute(
        f"SELECT x, sum(events) FROM web_totals WHERE scope = 'node.type' AND x IN ({marks})"
        " GROUP BY x",
        sorted(codes),
    )
    return {str(c): int(n) for c, n in rows}


def timeline_counts(
    db: sqlite3.Connection, a: str, b: str | None, events: bool
) -> tuple[dict[str, dict[str, int]], dict[str, int], dict[str, int], int]:
    """(by month and type, by type, by factuality, total) of a pair (a, b sorted) or an
    actor, as queries_graph._timeline_counts gives them without filters."""
    side = "pair" if b is not None else "actor"
    x, y = (min(a, b), max(a, b)) if b is not None else (a, "")
    col = 3 if events else 4
    by_type = {str(r[2]): int(r[col]) for r in _totals(db, f"{side}.type", x, y)}
    by_fact = {str(r[2]): int(r[col]) for r in _totals(db, f"{side}.fact", x, y)}
    by_month: dict[str, dict[str, int]] = {}
    for r in _totals(db, f"{side}.month", x, y):
        month, event = str(r[2]).rsplit("|", 1)
        by_month.setdefault(month or "unknown", {})[event] = int(r[col])
    return by_month, by_type, by_fact, sum(by_type.values())
