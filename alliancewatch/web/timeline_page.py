"""One page of a timeline's latest events without grouping all of its rows.

A timeline counting events lists each event once, newest first, shown by its latest
mention (largest day, then largest mention id: `LAST`) with its number of mentions.
Grouping every row of a busy actor by event to sort them (PRK: a third of a million rows at
a million mentions) took seconds. Without filters, the rows are walked newest first from
the (pair|code, day, mention) index instead: the first row met of each event is its latest
mention, so the first N events met are the page, in order. Their numbers of mentions come
from the write-time summaries (store/summary_rows.py). Filtered timelines and deep pages
keep the grouped query (`grouped_page`), which orders by the same `LAST`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

# beyond this many events before the page's end, the grouped query is used instead
MAX_WALK = 2000
# rows read per step of the walk: a few times the events wanted (events have few mentions)
MIN_BATCH = 200
BATCH_FACTOR = 3

# an event's latest mention as one sortable string: day, a space (below every character of
# a date, so '2024' sorts before '2024-06'), mention id
LAST = "max(r.day || ' ' || r.mention_id)"


def grouped_page(key: str, source: str, w: str, order: str) -> str:
    """The page query grouping every row in the filter (arguments: the filter's, then
    limit and offset): (mention id shown, its event's mentions) per row, in page order."""
    return (
        f"WITH g AS (SELECT {LAST} AS last, count(*) AS n FROM {source} WHERE {w}"
        f" GROUP BY {key} ORDER BY last {order} LIMIT ? OFFSET ?)"
        " SELECT substr(last, instr(last, ' ') + 1), n FROM g"
        f" ORDER BY last {order}"
    )


def latest_events(
    db: sqlite3.Connection,
    source: str,
    w: str,
    args: list[Any],
    limit: int,
    offset: int,
    scope: tuple[str, str, str],
) -> list[tuple[str, int]] | None:
    """(mention id shown, mentions of its event) of an unfiltered page, newest first; None
    when the page is too deep for the walk. `scope`: the summary scope and its x, y."""
    need = offset + limit
    if need > MAX_WALK:
        return None
    first = _walk(db, source, w, args, need)[offset:need]
    if not first:
        return []
    n = _sizes(db, scope, [(event, key) for key, event, _ in first])
    return [(mid, n.get(key, 0)) for key, _, mid in first]


def _walk(
    db: sqlite3.Connection, source: str, w: str, args: list[Any], need: int
) -> list[tuple[str, str, str]]:
    """(event key, type, mention id) of the first `need` events met newest first."""
    seen: dict[str, tuple[str, str, str]] = {}
    after: tuple[str, str] | None = None
    batch = max(MIN_BATCH, BATCH_FACTOR * need)
    while len(seen) < need:
        cond, extra = w, []
        if after is not None:
            cond += " AND (r.day < ? OR (r.day = ? AND r.mention_id < ?))"
            extra = [after[0], after[0], after[1]]
        rows = db.execute(
            f"SELECT r.day, r.mention_id, r.event_key, r.event FROM {source} WHERE {cond}"
            " ORDER BY r.day DESC, r.mention_id DESC LIMIT ?",
            [*args, *extra, batch],
        ).fetchall()
        for _, mid, key, event in rows:
            if key not in seen:
                seen[key] = (str(key), str(event), str(mid))
                if len(seen) == need:
                    break
        if len(rows) < batch:
            break
        after = (rows[-1][0], rows[-1][1])
    return list(seen.values())


def _sizes(
    db: sqlite3.Connection, scope: tuple[str, str, str], keys: list[tuple[str, str]]
) -> dict[str, int]:
    """Rows per event key in the scope (an event's mentions on this pair or actor)."""
    name, x, y = scope
    values = ", ".join("(?, ?)" for _ in keys)
    rows = db.execute(  # one primary-key probe per key (IN lists let the planner scan all)
        f"SELECT w.event_key, w.n FROM (VALUES {values}) AS v JOIN web_keys w"
        " ON w.scope = ? AND w.x = ? AND w.y = ? AND w.g = v.column1"
        " AND w.event_key = v.column2",
        [*[v for k in keys for v in k], name, x, y],
    )
    return {str(k): int(n) for k, n in rows}
