"""Reads for the relation layer (relations/): a pair's mentions grouped by month and merged
event, its recent mentions, and the sentences and mentions of articles that may refer to a
treaty. All parameterised; the store owns the SQL (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import sqlite3
from typing import Any

from alliancewatch.store import fts
from alliancewatch.store.dialect import is_postgres

BRIEF = (
    "m.id, m.event, m.quad, m.factuality, m.date, m.date_text, m.published, m.language,"
    " m.actor_codes, m.recipient_codes, m.trigger, m.doc, m.sentence, m.event_id, m.claimed_by"
)


def signature(db: sqlite3.Connection) -> tuple[str, tuple[Any, ...]]:
    """(database file, counters that change whenever articles or mentions do): a cache key."""
    if is_postgres(db):
        path = str(db.url) + "#" + str(db.execute("SELECT current_database()").fetchone()[0])
    else:
        path = str(db.execute("PRAGMA database_list").fetchone()[2])
    row = db.execute("SELECT count(*), max(id), max(ingested_at) FROM articles").fetchone()
    n = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    return path, (*tuple(row), n)


def pair_groups(
    db: sqlite3.Connection, a: str, b: str, lo: str | None = None, hi: str | None = None
) -> list[tuple[str, str, str, str, int]]:
    """(month, merged-event key, type, factuality, mentions) for the pair a-b, from the
    indexed pair rows (migration 3). Month is YYYY-MM, or YYYY for year-only dates; undated
    mentions fall in their publication month. Key: event_id, else the mention id."""
    x, y = sorted((a, b))
    where, args = ["r.a = ?", "r.b = ?", "r.day != ''"], [x, y]
    if lo:
        where.append("r.day >= ?")
        args.append(lo[:7])
    if hi:
        where.append("r.day <= ?")
        args.append(hi + "~")
    return [
        (str(month), str(key), str(event), str(fact), int(n))
        for month, key, event, fact, n in db.execute(
            "SELECT substr(r.day, 1, 7), coalesce(m.event_id, r.mention_id), r.event,"
            " r.factuality, count(*) FROM web_pair_rows r JOIN mentions m ON m.id = r.mention_id"
            f" WHERE {' AND '.join(where)} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            args,
        )
    ]


def pair_total(db: sqlite3.Connection, a: str, b: str) -> int:
    x, y = sorted((a, b))
    row = db.execute("SELECT count(*) FROM web_pair_rows WHERE a = ? AND b = ?", (x, y))
    return int(row.fetchone()[0])


def pair_recent(
    db: sqlite3.Connection, a: str, b: str, limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    """One page of the pair's mentions, newest first, as list items."""
    x, y = sorted((a, b))
    rows = db.execute(
        "WITH page AS (SELECT mention_id, day FROM web_pair_rows WHERE a = ? AND b = ?"
        " ORDER BY day DESC, mention_id DESC LIMIT ? OFFSET ?)"
        f" SELECT {BRIEF} FROM page JOIN mentions m ON m.id = page.mention_id"
        " ORDER BY page.day DESC, page.mention_id DESC",
        (x, y, limit, offset),
    )
    return [
        {
            **{k: r[k] for k in ("id", "event", "quad", "factuality", "date", "date_text")},
            **{k: r[k] for k in ("published", "language", "trigger", "doc", "sentence")},
            "event_id": r["event_id"],
            "claimed_by": r["claimed_by"],
            "actor": (r["actor_codes"] or "").split(),
            "recipient": (r["recipient_codes"] or "").split(),
        }
        for r in rows
    ]


def articles_with_terms(db: sqlite3.Connection, terms: list[str]) -> list[int]:
    """Ids of articles with a sentence holding any of the terms (full text), in order."""
    pg = is_postgres(db)
    exprs = [q for q in ((fts.tsquery if pg else fts.match_query)(t) for t in terms) if q]
    if not exprs:
        return []
    match = "tsv @@ ?::tsquery" if pg else "sentences_fts MATCH ?"
    rows = db.execute(
        "SELECT DISTINCT s.article_id FROM sentences s WHERE s.id IN"
        f" (SELECT rowid FROM sentences_fts WHERE {match}) ORDER BY 1",
        ((" | " if pg else " OR ").join(f"({e})" for e in exprs),),
    )
    return [int(r[0]) for r in rows]


def article_for_linking(db: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    """An article's doc, language, date, sentences (idx, text) and mentions by sentence."""
    art = db.execute(
        "SELECT doc, lang, published FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    sentences = [
        (int(r[0]), str(r[1]))
        for r in db.execute(
            "SELECT idx, text FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
        )
    ]
    mentions: dict[int, list[dict[str, Any]]] = {}
    for r in db.execute(
        "SELECT id, sequence, event, trigger, date, actor_codes, recipient_codes"
        " FROM mentions WHERE article_id = ? ORDER BY sequence, trigger_start",
        (article_id,),
    ):
        codes = (r[5] or "").split() + (r[6] or "").split()
        mentions.setdefault(int(r[1]), []).append(
            {"id": r[0], "event": r[2], "trigger": r[3], "date": r[4], "codes": codes}
        )
    return {
        "doc": art[0],
        "language": art[1],
        "published": art[2],
        "sentences": sentences,
        "mentions": mentions,
    }
