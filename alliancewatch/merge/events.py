"""Mentions of one happening -> events.

Two mentions are one event when they have the same type, the same actors (the union for
symmetric types, the ordered pair otherwise) and the same month (or both no date). The
rule is deliberately coarse: it never merges across types or actor sets, so it can only
under-merge (two summits in one month between the same pair stay one event).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from alliancewatch.plover import FACTUALITY, SYMMETRIC
from alliancewatch.store.db import Store

# The most certain factuality among an event's mentions represents it.
_RANK = {f: i for i, f in enumerate(reversed(FACTUALITY))}


def event_key(
    event: str, actors: str, recipients: str, date: str | None
) -> tuple[str, str, str, str]:
    a, r = actors.split(), recipients.split()
    if event in SYMMETRIC:
        a, r = sorted(set(a) | set(r)), []
    return event, " ".join(sorted(a)), " ".join(sorted(r)), (date or "")[:7]


def merge_events(store: Store) -> int:
    """Rebuild the events table from all mentions with coded actors. Returns the count."""
    rows = store.coded_mentions()
    groups: dict[tuple[str, str, str, str], list] = defaultdict(list)
    for r in rows:
        groups[event_key(r["event"], r["actor_codes"], r["recipient_codes"], r["date"])].append(r)
    events, links = [], []
    for key, ms in groups.items():
        eid = hashlib.sha1("|".join(key).encode()).hexdigest()[:16]
        # the most precise date; among equally precise ones the earliest (never set order)
        dates = sorted({m["date"] for m in ms if m["date"]}, key=lambda d: (-len(d), d))
        fact = max((m["factuality"] for m in ms), key=lambda f: _RANK.get(f, -1))
        events.append(
            (
                eid,
                key[0],
                key[1],
                key[2],
                dates[0] if dates else None,
                fact,
                len(ms),
                len({m["article_id"] for m in ms}),
                ms[0]["id"],
            )
        )
        links += [(eid, m["id"]) for m in ms]
    store.replace_events(events, links)
    return len(events)
