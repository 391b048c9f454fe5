"""Reads of events and filtered mentions, shared by the export, the API and the web pages.

One `Filters` value says what an analyst asked for (an actor, a pair, a type, a date range,
a factuality, a language); the same value filters events and mentions, so a list page, its
JSON twin, its download and `alliancewatch export` give the same records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from alliancewatch.store.queries import mention_record

_JSON = ("dates", "factualities", "claimants", "outlets", "languages")


@dataclass(frozen=True)
class Filters:
    """Each of type, factuality and lang is one value or a tuple of alternatives."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    type: str | tuple[str, ...] | None = None
    date_from: str | None = None  # YYYY[-MM[-DD]], compared with the date at its precision
    date_to: str | None = None
    factuality: str | tuple[str, ...] | None = None
    lang: str | tuple[str, ...] | None = None


def _many(v: str | tuple[str, ...] | None) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else tuple(v or ())


def _where(f: Filters, events: bool) -> tuple[str, list[Any]]:
    """SQL conditions on the events table (e) or the mentions table (m)."""
    t = "e" if events else "m"
    codes = f"(' ' || {t}.actor_codes || ' ' || {t}.recipient_codes || ' ')"
    conds, args = ["1 = 1"], []
    for code in ([f.actor] if f.actor else []) + (list(f.pair) if f.pair else []):
        conds.append(f"instr({codes}, ?) > 0")
        args.append(f" {code} ")
    if _many(f.type):
        conds.append(f"{t}.event IN ({','.join('?' * len(_many(f.type)))})")
        args += _many(f.type)
    if f.date_from:
        conds.append(f"{t}.date >= ?")
        args.append(f.date_from)
    if f.date_to:
        conds.append(f"substr({t}.date, 1, ?) <= ?")
        args += [len(f.date_to), f.date_to]
    if _many(f.factuality):
        conds.append(f"{t}.factuality IN ({','.join('?' * len(_many(f.factuality)))})")
        args += _many(f.factuality)
    if _many(f.lang):
        if events:
            conds.append(
                "(" + " OR ".join(["instr(e.languages, ?) > 0"] * len(_many(f.lang))) + ")"
            )
            args += [json.dumps(x) for x in _many(f.lang)]
        else:
            conds.append(f"m.language IN ({','.join('?' * len(_many(f.lang)))})")
            args += _many(f.lang)
    return " AND ".join(conds), args


def event_row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(r)
    for k in _JSON:
        if k in d:
            d[k] = json.loads(d[k] or ("[]" if k in ("outlets", "languages") else "{}"))
    return d


def iter_events(
    db: sqlite3.Connection, f: Filters = Filters(), limit: int | None = None, offset: int = 0
) -> Iterator[dict[str, Any]]:
    """Events, newest date first (undated last), then by id."""
    where, args = _where(f, events=True)
    sql = (
        f"SELECT e.* FROM events e WHERE {where}"
        " ORDER BY e.date IS NULL, e.date DESC, e.first_report DESC NULLS LAST, e.id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    for r in db.execute(sql, args):
        yield event_row(r)


def count_events(db: sqlite3.Connection, f: Filters = Filters()) -> int:
    where, args = _where(f, events=True)
    return int(db.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()[0])


def iter_mentions(db: sqlite3.Connection, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """Spec §4 mention records (each with its event_id) that pass the filters."""
    where, args = _where(f, events=False)
    sql = (
        "SELECT m.*, a.content_hash AS article_hash FROM mentions m"
        f" JOIN articles a ON a.id = m.article_id WHERE {where}"
        " ORDER BY m.doc, m.sequence, m.trigger_start NULLS FIRST, m.id"
    )
    for r in db.execute(sql, args):
        yield mention_record(r, r["article_hash"][:16])


def get_event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """An event with its mentions (the evidence) and the articles and stories they are in."""
    r = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if r is None:
        return None
    out = event_row(r)
    rows = db.execute(
        "SELECT m.id, m.doc, m.language, m.published, m.date, m.date_text, m.factuality,"
        " m.claimed_by, m.sentence, m.trigger, m.object_class, a.story, a.outlet, a.title,"
        " a.url FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?"
        " ORDER BY m.published NULLS FIRST, m.doc, m.sequence",
        (event_id,),
    ).fetchall()
    out["mentions"] = [dict(x) for x in rows]
    return out


def story_of(db: sqlite3.Connection, doc: str) -> list[dict[str, Any]]:
    """The other articles of an article's story (near-duplicates), for the article page."""
    r = db.execute("SELECT story FROM articles WHERE doc = ?", (doc,)).fetchone()
    if r is None or r[0] is None:
        return []
    return [
        dict(x)
        for x in db.execute(
            "SELECT doc, title, published, lang, outlet FROM articles WHERE story = ?"
            " AND doc != ? ORDER BY published NULLS FIRST, doc",
            (r[0], doc),
        )
    ]


EVENT_COLUMNS = [
    "id",
    "event",
    "actor_codes",
    "recipient_codes",
    "object_class",
    "date",
    "dates",
    "factuality",
    "factualities",
    "claimants",
    "n_mentions",
    "n_articles",
    "n_stories",
    "n_outlets",
    "n_languages",
    "outlets",
    "languages",
    "first_report",
    "last_report",
    "first_mention",
]
