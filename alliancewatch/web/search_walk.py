"""A full-text search's hits in page order when its words match thousands of sentences.

PostgreSQL guesses how many sentences several words match as if the words were
independent (sent, troops and Russia: 129 sentences where 21,431 match, at a million
mentions), so it joins every hit to its sentence and article and sorts them all. Here the
matching sentence ids are read once (a materialised CTE) and counted, and one of two
branches runs, the other cut by a one-time filter:

- at least `walk_from` hits: the articles are walked newest first from their index
  (migration 15), each article's sentences checked against the ids (hashed), until the
  page is full: cost by articles walked, about articles x hits wanted / hits;
- fewer: the hits are joined and sorted, as before: cost by hits.

`walk_from` is where the two costs meet (the square root of articles x hits wanted, one
index probe per article walked or per hit). A search the planner itself expects to match
that many sentences keeps the plain query (it walks the articles too, probing each
sentence's terms, without reading every hit first), and so does a search with a concept
or a filter on mentions (web/queries_web.py): those may keep few of the hits, and the walk
would then read most articles. The rows are the plain query's, in
the same order (tests/web/test_web_search_walk.py compares them on SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any

from alliancewatch.store.dialect import is_postgres
from alliancewatch.web import search_keys as sk

_ORDER = sk.ORDER.format(p="a.published", d="a.doc", i="s.idx")


def _match(db: sqlite3.Connection) -> str:
    if is_postgres(db):
        return "SELECT rowid FROM sentences_fts WHERE tsv @@ ?::tsquery"
    return "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"


def planner_estimate(db: sqlite3.Connection, expr: str) -> float:
    """How many sentences PostgreSQL expects the terms to match (0 on SQLite)."""
    if not is_postgres(db):
        return 0.0
    row = db.execute(f"EXPLAIN (FORMAT JSON) {_match(db)}", [expr]).fetchone()
    plan = row[0] if not isinstance(row[0], str) else json.loads(row[0])
    return float(plan[0]["Plan"]["Plan Rows"])


def walk_from(db: sqlite3.Connection, n: int) -> int:
    """The number of hits from which walking the articles costs less than sorting hits."""
    row = db.execute("SELECT coalesce(sum(n), 0) FROM web_counts WHERE name = 'articles'")
    return max(1, math.isqrt(int(row.fetchone()[0]) * n))


def plain(db: sqlite3.Connection, expr: str, where: str, args: list[Any]) -> tuple[str, list[Any]]:
    """The search's whole condition with the terms' one first (the plain query's)."""
    cond = f"s.id IN ({_match(db)})"
    return (f"{cond} AND {where}" if where else cond), [expr, *args]


def text_hits(
    db: sqlite3.Connection,
    expr: str,
    where: str,
    args: list[Any],
    after: sk.SearchKey | None,
    n: int,
) -> list[Any]:
    """Up to n hits (sid, pub, doc, idx) of the terms `expr` (a tsquery on PostgreSQL, an
    FTS5 query on SQLite) and the other conditions `where` (aliases s and a; may be
    empty), in page order, after `after` when given."""
    frm = "FROM sentences s JOIN articles a ON a.id = s.article_id"
    threshold = walk_from(db, n)
    if planner_estimate(db, expr) >= threshold:
        w, wargs = plain(db, expr, where, args)
        return sk.hits(db, frm, w, wargs, after, n)
    rest = f" AND {where}" if where else ""
    rows: list[Any] = []
    for cond, cargs in sk.segments(after):
        if len(rows) >= n:
            break
        want = n - len(rows)
        rows += db.execute(
            f"WITH h AS MATERIALIZED ({_match(db)}), c AS (SELECT count(*) AS n FROM h)"
            " SELECT sid, pub, doc, idx FROM ("
            f"SELECT * FROM (SELECT {sk.HIT} FROM articles a"
            " JOIN sentences s ON s.article_id = a.id"
            f" WHERE (s.id IN (SELECT rowid FROM h)) IS TRUE{rest}{cond}"
            f" AND (SELECT n FROM c) >= ? {_ORDER} LIMIT ?) AS walked"
            " UNION ALL "
            f"SELECT * FROM (SELECT {sk.HIT} FROM h JOIN sentences s ON s.id = h.rowid"
            " JOIN articles a ON a.id = s.article_id"
            f" WHERE (SELECT n FROM c) < ?{rest}{cond} {_ORDER} LIMIT ?) AS sorted"
            f") AS x {sk.ORDER.format(p='pub', d='doc', i='idx')}",
            [expr, *args, *cargs, threshold, want, threshold, *args, *cargs, want],
        ).fetchall()
    return rows
