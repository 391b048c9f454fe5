"""The relation of two states in one record: treaties between them (with the sentences that
report each step), the monthly index, its trend, notable changes and recent events."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from alliancewatch.relations import index, linking, treaties
from alliancewatch.relations.tables import weights
from alliancewatch.store import relation_rows


def today() -> str:
    return date.today().isoformat()


def treaty_records(
    db: sqlite3.Connection | None, items: list[treaties.Treaty], on: str
) -> list[dict[str, Any]]:
    """Treaty records with the references found in the database (if one is given)."""
    refs = linking.references(db) if db is not None else []
    by_treaty: dict[str, list[dict[str, Any]]] = {}
    for r in refs:
        if r.treaty:
            by_treaty.setdefault(r.treaty, []).append(r.record())
    out = []
    for t in items:
        rec = t.record(on)
        rec["references"] = sorted(
            by_treaty.get(t.id, []),
            key=lambda x: (x["published"] or "", x["doc"], x["sequence"]),
        )
        rec["steps"] = sorted({x["step"] for x in rec["references"] if x["step"]})
        out.append(rec)
    return out


def unknown_treaties(db: sqlite3.Connection, codes: set[str] | None = None) -> list[dict[str, Any]]:
    """Treaty sentences that fit no row of the table (optionally only with these states)."""
    return [
        r.record()
        for r in linking.references(db)
        if r.treaty is None and (codes is None or codes <= set(r.codes) or set(r.codes) <= codes)
    ]


def recent_events(
    db: sqlite3.Connection, a: str, b: str, limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    return relation_rows.pair_recent(db, a, b, limit, offset) if limit else []


def relations(
    db: sqlite3.Connection,
    a: str,
    b: str,
    on: str | None = None,
    lo: str | None = None,
    hi: str | None = None,
    recent: int = 20,
    count: str = "events",
) -> dict[str, Any]:
    """Everything known about the pair a-b; treaty status is as of `on` (default today).
    Months count and score events (a happening reported many times once per month), or
    with `count="mentions"` every mention."""
    on = on or hi or today()
    on = treaties.day(on) if len(on) < 10 else on
    pair = f"{a}–{b}"
    series = index.pair_monthly(db, a, b, lo, hi, count=count)
    months = series["months"]
    found = treaty_records(db, treaties.between(a, b), on)
    w = weights()
    return {
        "a": a,
        "b": b,
        "on": on,
        "treaties": found,
        "in_force": [t["id"] for t in found if t["status"] == "in_force"],
        "unknown_treaties": unknown_treaties(db, {a, b}),
        "months": months,
        "year_only_mentions": series["year_only"],
        "count": count,
        "totals": {
            "events": sum(sum(m["events"].values()) for m in months),
            "mentions": sum(m["mentions"] for m in months) + series["year_only"],
            "cooperation": round(sum(m["cooperation"] for m in months), 4),
            "conflict": round(sum(m["conflict"] for m in months), 4),
            "index": round(sum(m["index"] for m in months), 4),
        },
        "trend": index.trend(months),
        "changes": index.changes(months, pair),
        "recent": recent_events(db, a, b, recent),
        "weights": {"event": w.event, "factuality": w.factuality},
    }
