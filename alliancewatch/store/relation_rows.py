"""Reads for the relation layer (relations/): a pair's mentions grouped by month and merged
event, its recent mentions, and the sentences and mentions of articles that may refer to a
treaty. All parameterised; the store owns the SQL (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import sqlite3
from typing import Any

from alliancewatch.plover import QUAD
from alliancewatch.store import fts
from alliancewatch.store.dialect import is_postgres

BRIEF = (
    "m.id, m.event, m.quad, m.factuality, m.date, m.date_text, m.published, m.language,"
    " m.actor_codes, m.recipient_codes, m.trigger, m.doc, m.sentence, m.event_id, m.claimed_by"
)


def signature(db: sqlite3.Connection) -> tuple[str, tuple[Any, ...]]:
    """(database file, counters that change whenever articles or mentions do): a cache key.
    Mentions change only with their article's save (a new id, or the last id again with
    a new time, or with the new bytes or coder) or its removal (the count): counting the
    mentions (a million rows) would add nothing. Every part is read from an index or a
    counter: no scan of the articles."""
    if is_postgres(db):
        path = str(db.url) + "#" + str(db.execute("SELECT current_database()").fetchone()[0])
    else:
        path = str(db.execute("PRAGMA database_list").fetchone()[2])
    row = db.execute(  # the count from the write-time counters (store/summary_rows.py)
        "SELECT (SELECT coalesce(sum(n), 0) FROM web_counts WHERE name = 'articles'),"
        " (SELECT max(id) FROM articles),"
        " (SELECT raw_hash || ' ' || coalesce(coder, '') || ' ' || ingested_at FROM articles"
        " ORDER BY id DESC LIMIT 1)"
    ).fetchone()
    return path, tuple(row)


def pair_groups(
    db: sqlite3.Connection, a: str, b: str, lo: str | None = None, hi: str | None = None
) -> list[tuple[str, str, str, str, int]]:
    """(month, merged-event key, type, factuality, mentions) for the pair a-b, from the
    indexed pair rows (migration 3). Month is YYYY-MM, or YYYY for year-only dates; undated
    mentions fall in their publication month. Key: event_id, else the mention id."""
    where, args = _pair_where(a, b, lo, hi)
    return [
        (str(month), str(key), str(event), str(fact), int(n))
        for month, key, event, fact, n in db.execute(
            "SELECT substr(r.day, 1, 7), r.event_key, r.event,"
            " r.factuality, count(*) FROM web_pair_rows r"
            f" WHERE {where} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            args,
        )
    ]


def _pair_where(a: str, b: str, lo: str | None, hi: str | None) -> tuple[str, list[Any]]:
    x, y = sorted((a, b))
    where, args = ["r.a = ?", "r.b = ?", "r.day != ''"], [x, y]
    if lo:
        where.append("r.day >= ?")
        args.append(lo[:7])
    if hi:
        where.append("r.day <= ?")
        args.append(hi + "~")
    return " AND ".join(where), args


def _case(column: str, weights: dict[str, float]) -> tuple[str, list[Any]]:
    if not weights:
        return "0.0", []
    whens = " ".join("WHEN ? THEN ?" for _ in weights)
    return f"(CASE {column} {whens} ELSE 0.0 END)", [x for kv in weights.items() for x in kv]


def pair_month_sums(
    db: sqlite3.Connection,
    a: str,
    b: str,
    lo: str | None,
    hi: str | None,
    event_weight: dict[str, float],
    fact_weight: dict[str, float],
    by_mention: bool = False,
) -> list[tuple[str, str, int, int, float, float, float]]:
    """(month, quad, mentions, events, sum of |score|, cooperation, conflict) of the pair
    a-b, summed in SQL: each merged event counts once per month with its most certain
    factuality, score = weight(type) x factor(factuality) (relations/index.py). Months
    of year-only dates (YYYY) are returned with quad '' and their mentions only.
    `by_mention`: each mention counts as its own event (the count before merging)."""
    if lo is None and hi is None and not by_mention:
        return _month_sums_from_summary(db, a, b, event_weight, fact_weight)
    w, args = _pair_where(a, b, lo, hi)
    factor, fargs = _case("r.factuality", fact_weight)
    weight, wargs = _case("g.event", event_weight)
    score = f"({weight} * g.f)"
    sql = (
        f"WITH g AS (SELECT substr(r.day, 1, 7) AS month,"
        f" {'r.mention_id' if by_mention else 'r.event_key'} AS k, r.event AS event,"
        f" r.quad AS quad, max({factor}) AS f, count(*) AS n FROM web_pair_rows r WHERE {w}"
        " GROUP BY 1, 2, 3, 4)"
        " SELECT g.month, CASE WHEN length(g.month) < 7 THEN '' ELSE g.quad END,"
        " sum(g.n), count(*),"
        f" sum(abs({score})),"
        f" sum(CASE WHEN {score} > 0 THEN {score} ELSE 0.0 END),"
        f" sum(CASE WHEN {score} > 0 THEN 0.0 ELSE -{score} END)"
        " FROM g GROUP BY 1, 2 ORDER BY 1, 2"
    )
    every = [*fargs, *args, *(wargs * 5)]  # the score is written five times
    return [
        (str(m), str(q or ""), int(n), int(e), float(s), float(c), float(k))
        for m, q, n, e, s, c, k in db.execute(sql, every)
    ]


def _month_sums_from_summary(
    db: sqlite3.Connection,
    a: str,
    b: str,
    event_weight: dict[str, float],
    fact_weight: dict[str, float],
) -> list[tuple[str, str, int, int, float, float, float]]:
    """pair_month_sums over the whole period from the write-time summaries: one row per
    (month, type, factuality, event) of the pair (store/summary_rows.py, `pair.mfact`)
    instead of one per mention, summed the same way. (Summed here: splitting the grouping
    strings in SQL cost more than reading the rows.)"""
    x, y = sorted((a, b))
    if is_postgres(db):
        return _month_sums_pg(db, x, y, event_weight, fact_weight)
    per_event: dict[tuple[str, str, str], list[float]] = {}
    for g, key, n in db.execute(
        "SELECT g, event_key, n FROM web_keys WHERE scope = 'pair.mfact' AND x = ? AND y = ?",
        (x, y),
    ).fetchall():  # at once: row by row costs more than the query
        month, event, fact = str(g).split("|")
        if not month:  # undated and without a publication date: not on the monthly axis
            continue
        f = fact_weight.get(fact, 0.0)
        e = per_event.setdefault((month, event, str(key)), [f, 0])
        e[0] = max(e[0], f)
        e[1] += int(n)
    sums: dict[tuple[str, str], list[float]] = {}
    for (month, event, _), (f, n) in per_event.items():
        quad = "" if len(month) < 7 else QUAD.get(event, "")
        score = event_weight.get(event, 0.0) * f
        acc = sums.setdefault((month, quad), [0, 0, 0.0, 0.0, 0.0])
        acc[0] += n
        acc[1] += 1
        acc[2] += abs(score)
        acc[3] += score if score > 0 else 0.0
        acc[4] += 0.0 if score > 0 else -score
    return [
        (m, q, int(v[0]), int(v[1]), float(v[2]), float(v[3]), float(v[4]))
        for (m, q), v in sorted(sums.items())
    ]


def _month_sums_pg(
    db: sqlite3.Connection,
    x: str,
    y: str,
    event_weight: dict[str, float],
    fact_weight: dict[str, float],
) -> list[tuple[str, str, int, int, float, float, float]]:
    """The same sums on PostgreSQL, reduced by the server to one row per month and type
    (split_part splits the grouping; reading 58,000 rows into Python cost more). The
    grouping's expressions are those of the index `web_keys_mfact` (migration 16), which
    gives the rows in that order: both groupings stream (150 -> 35 ms at 1M mentions)."""
    factor, fargs = _case("split_part(g, '|', 3)", fact_weight)
    weight, wargs = _case("k.event", event_weight)
    score = f"({weight} * k.f)"
    rows = db.execute(
        "WITH k AS (SELECT split_part(g, '|', 1) AS month, split_part(g, '|', 2) AS event,"
        f" max({factor}) AS f, sum(n) AS n FROM web_keys"
        " WHERE scope = 'pair.mfact' AND x = ? AND y = ? GROUP BY 1, 2, event_key)"
        f" SELECT month, event, sum(n), count(*), sum(abs({score})),"
        f" sum(CASE WHEN {score} > 0 THEN {score} ELSE 0.0 END),"
        f" sum(CASE WHEN {score} > 0 THEN 0.0 ELSE -{score} END)"
        " FROM k WHERE month <> '' GROUP BY 1, 2",
        [*fargs, x, y, *(wargs * 5)],
    ).fetchall()
    sums: dict[tuple[str, str], list[float]] = {}
    for month, event, n, e, sa, c, k in rows:
        quad = "" if len(month) < 7 else QUAD.get(event, "")
        acc = sums.setdefault((str(month), quad), [0, 0, 0.0, 0.0, 0.0])
        for i, value in enumerate((n, e, sa, c, k)):
            acc[i] += value
    return [
        (m, q, int(v[0]), int(v[1]), float(v[2]), float(v[3]), float(v[4]))
        for (m, q), v in sorted(sums.items())
    ]


def pair_total(db: sqlite3.Connection, a: str, b: str) -> int:
    """The pair's mentions (its timeline rows), from the write-time totals."""
    x, y = sorted((a, b))
    row = db.execute(
        "SELECT coalesce(sum(mentions), 0) FROM web_totals"
        " WHERE scope = 'pair.type' AND x = ? AND y = ?",
        (x, y),
    )
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
