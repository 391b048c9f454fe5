"""How a pair of states is moving: monthly counts by quad class, a cooperation-conflict
index, trend and change detection. Weights are data (data/relation_weights.tsv); the
method is described in docs/RELATIONS.md.

Each merged event counts once per month (its mentions share an `event_id`; a mention
without one is its own event), with the most certain factuality among its mentions.
Mentions dated only to a year are left out of the monthly series (and counted apart);
undated mentions count in their article's publication month.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from alliancewatch.plover import QUAD
from alliancewatch.relations.tables import Weights, weights
from alliancewatch.store import relation_rows

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
HIGH_WINDOW = 24  # "at a 24-month high"
HIGH_MIN_MONTHS = 3  # no "high" before this many months of record
Z_WINDOW = 12  # months before the current one for the rolling z-score
Z_MIN_MONTHS = 6
Z_LIMIT = 2.0
TREND_MONTHS = 12


@dataclass(frozen=True)
class PairRow:
    """One mention between the pair, as the index reads it."""

    mention_id: str
    event_id: str | None
    month: str  # YYYY-MM, or YYYY when only the year is known
    event: str
    factuality: str
    forward: bool  # actor is the pair's first code


def score_sql(column_event: str, column_fact: str, w: Weights | None = None) -> tuple[str, list]:
    """An SQL expression (with its `?` arguments) for weight(type) x factor(factuality)."""
    w = w or weights()
    sql = "((CASE {} {} ELSE 0 END) * (CASE {} {} ELSE 0 END))".format(
        column_event,
        " ".join("WHEN ? THEN ?" for _ in w.event),
        column_fact,
        " ".join("WHEN ? THEN ?" for _ in w.factuality),
    )
    args = [x for kv in w.event.items() for x in kv] + [
        x for kv in w.factuality.items() for x in kv
    ]
    return sql, args


def _label(series: str) -> str:
    return series.replace("_", " ")


def months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly(
    rows: Iterable[PairRow], w: Weights | None = None, count: str = "events"
) -> dict[str, Any]:
    """Zero-filled months from the first to the last with events, and the year-only rest.
    `count="mentions"` scores each mention as its own event (the count before merging)."""
    w = w or weights()
    events: dict[tuple[str, str], tuple[str, float, int]] = {}  # (month, key) -> type, f, n
    year_only = 0
    for r in rows:
        if len(r.month) < 7:
            year_only += 1
            continue
        key = (r.month, r.mention_id if count == "mentions" else r.event_id or r.mention_id)
        factor = w.factuality.get(r.factuality, 0.0)
        old = events.get(key)
        if old is None or factor > old[1]:
            events[key] = (r.event, factor, (old[2] if old else 0) + 1)
        else:
            events[key] = (old[0], old[1], old[2] + 1)
    per: dict[str, dict[str, Any]] = {}
    for (month, _), (event, factor, n) in events.items():
        row = per.setdefault(month, _empty(month))
        quad = QUAD.get(event, "")
        score = w.event.get(event, 0.0) * factor
        row["mentions"] += n
        if quad:
            row["events"][quad] += 1
            row["weighted"][quad] = round(row["weighted"][quad] + abs(score), 4)
        if score > 0:
            row["cooperation"] = round(row["cooperation"] + score, 4)
        else:
            row["conflict"] = round(row["conflict"] - score, 4)
    if not per:
        return {"months": [], "year_only": year_only}
    months = [per.get(m) or _empty(m) for m in months_between(min(per), max(per))]
    for row in months:
        row["index"] = round(row["cooperation"] - row["conflict"], 4)
    return {"months": months, "year_only": year_only}


def pair_monthly(
    db: sqlite3.Connection,
    a: str,
    b: str,
    lo: str | None = None,
    hi: str | None = None,
    w: Weights | None = None,
    count: str = "events",
) -> dict[str, Any]:
    """`monthly(pair_rows(...), w, count)`, summed by the database instead of row by row here (a
    pair of a large database has hundreds of thousands of rows). Sums are rounded once,
    at the end: the same figures while weights and factors have at most two decimals."""
    w = w or weights()
    per: dict[str, dict[str, Any]] = {}
    year_only = 0
    for month, quad, n, events, weighted, coop, conflict in relation_rows.pair_month_sums(
        db, a, b, lo, hi, w.event, w.factuality, by_mention=count == "mentions"
    ):
        if len(month) < 7:
            year_only += n
            continue
        row = per.setdefault(month, _empty(month))
        row["mentions"] += n
        if quad in row["events"]:
            row["events"][quad] += events
            row["weighted"][quad] = round(row["weighted"][quad] + weighted, 4)
        row["cooperation"] = round(row["cooperation"] + coop, 4)
        row["conflict"] = round(row["conflict"] + conflict, 4)
    if not per:
        return {"months": [], "year_only": year_only}
    months = [per.get(m) or _empty(m) for m in months_between(min(per), max(per))]
    for row in months:
        row["index"] = round(row["cooperation"] - row["conflict"], 4)
    return {"months": months, "year_only": year_only}


def _empty(month: str) -> dict[str, Any]:
    return {
        "month": month,
        "mentions": 0,
        "events": dict.fromkeys(QUADS, 0),
        "weighted": dict.fromkeys(QUADS, 0.0),
        "cooperation": 0.0,
        "conflict": 0.0,
        "index": 0.0,
    }


def _values(months: list[dict[str, Any]], series: str) -> list[float]:
    if series == "index":
        return [m["index"] for m in months]
    return [m["weighted"][series] for m in months]


def changes(months: list[dict[str, Any]], pair: str) -> list[dict[str, Any]]:
    """Notable months, newest first: window highs, z-score spikes and drops, sign turns."""
    out: list[dict[str, Any]] = []
    for series in (*QUADS, "index"):
        values = _values(months, series)
        for t, value in enumerate(values):
            month = months[t]["month"]
            before = values[max(0, t - HIGH_WINDOW + 1) : t]
            if series != "index" and value > 0 and t + 1 >= HIGH_MIN_MONTHS and value > max(before):
                span = min(HIGH_WINDOW, t + 1)
                text = (
                    f"{pair} {_label(series)} at a {span}-month high"
                    if t + 1 >= HIGH_WINDOW
                    else f"{pair} {_label(series)} at its highest in the {span} months on record"
                )
                out.append(_change(month, series, "high", value, text, window=span))
            prev = values[max(0, t - Z_WINDOW) : t]
            if len(prev) >= Z_MIN_MONTHS:
                mean = sum(prev) / len(prev)
                sd = math.sqrt(sum((x - mean) ** 2 for x in prev) / len(prev))
                if sd > 0 and abs(value - mean) / sd >= Z_LIMIT:
                    z = (value - mean) / sd
                    kind = "spike" if z > 0 else "drop"
                    text = (
                        f"{pair} {_label(series)}: {kind} (z = {z:+.1f} against {len(prev)} months)"
                    )
                    out.append(_change(month, series, kind, value, text, z=round(z, 2)))
            if series == "index" and value != 0:
                last = next((v for v in reversed(values[:t]) if v != 0), 0.0)
                if last and (last > 0) != (value > 0):
                    to = "cooperation" if value > 0 else "conflict"
                    out.append(
                        _change(month, series, "turn", value, f"{pair} index turned to {to}")
                    )
    out.sort(key=lambda c: (c["month"], c["series"], c["kind"]), reverse=True)
    return out


def _change(month: str, series: str, kind: str, value: float, text: str, **extra: Any) -> dict:
    return {"month": month, "series": series, "kind": kind, "value": value, "text": text, **extra}


def trend(months: list[dict[str, Any]], n: int = TREND_MONTHS) -> dict[str, Any]:
    """Least-squares slope of the index over the last `n` months: rising, falling or flat."""
    values = [m["index"] for m in months[-n:]]
    if len(values) < 3:
        return {"months": len(values), "slope": None, "direction": "too short"}
    xs = range(len(values))
    mx, my = (len(values) - 1) / 2, sum(values) / len(values)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, values, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )
    scale = max(1.0, sum(abs(v) for v in values) / len(values))
    direction = "flat" if abs(slope) < 0.05 * scale else ("rising" if slope > 0 else "falling")
    return {"months": len(values), "slope": round(slope, 4), "direction": direction}


def pair_rows(
    db: sqlite3.Connection, a: str, b: str, lo: str | None = None, hi: str | None = None
) -> list[PairRow]:
    """The pair's mentions, one row per mention (grouped by the store, expanded here)."""
    return [
        PairRow(f"{key}#{i}", key, month, event, fact, True)
        for month, key, event, fact, n in relation_rows.pair_groups(db, a, b, lo, hi)
        for i in range(n)
    ]
