"""Reads shared by the CLI, the Python API, export and the web layer. All parameterised."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from alliancewatch.store import fts
from alliancewatch.store.dialect import dialect


def _article_row(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "doc": r["doc"],
        "title": r["title"],
        "published": r["published"],
        "lang": r["lang"],
        "url": r["url"],
        "source": r["source"],
        "paragraphs": r["n_paragraphs"],
        "removed": json.loads(r["removed"]),
        "encoding": r["encoding"],
        "content_hash": r["content_hash"],
    }


_ARTICLE_COLS = (
    "a.id, a.doc, a.title, a.published, a.lang, a.url, a.n_paragraphs, a.removed, a.encoding,"
    " a.content_hash, s.path AS source"
)


def list_articles(
    db: sqlite3.Connection,
    search: str | None = None,
    lang: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Articles, newest first; `search` is full text over title and body."""
    where, args = ["1 = 1"], []
    if lang:
        where.append("a.lang = ?")
        args.append(lang)
    if search:
        cond, cargs, _ = fts.text_condition(search, "articles", dialect(db))
        where.append(cond)
        args += cargs
    sql = (
        f"SELECT {_ARTICLE_COLS},"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS n_mentions"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.published DESC NULLS LAST, a.doc"
        " LIMIT ? OFFSET ?"
    )
    return [_list_row(r) for r in db.execute(sql, [*args, limit, offset])]


def _list_row(r: sqlite3.Row) -> dict[str, Any]:
    """An article in a list: the keys of the web API's list (/api/articles), then the rest."""
    row = _article_row(r)
    return {
        **{k: row[k] for k in ("doc", "title", "published", "lang", "url")},
        "n_paragraphs": row.pop("paragraphs"),
        "mentions": r["n_mentions"],
        **row,
    }


def get_article(db: sqlite3.Connection, doc: str) -> dict[str, Any] | None:
    r = db.execute(
        f"SELECT {_ARTICLE_COLS}, a.text FROM articles a"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.doc = ?",
        (doc,),
    ).fetchone()
    if r is None:
        return None
    out = _article_row(r)
    out["text"] = r["text"]
    out["paragraph_spans"] = [
        (p["start"], p["end"])
        for p in db.execute(
            'SELECT start, "end" FROM paragraphs WHERE article_id = ? ORDER BY idx', (r["id"],)
        )
    ]
    out["sentences"] = [
        dict(s)
        for s in db.execute(
            'SELECT id, idx, paragraph, start, "end", text, is_title FROM sentences'
            " WHERE article_id = ? ORDER BY idx",
            (r["id"],),
        )
    ]
    out["mentions"] = [
        mention_record(m)
        for m in db.execute(
            "SELECT * FROM mentions WHERE article_id = ? ORDER BY sequence, trigger_start, id",
            (r["id"],),
        )
    ]
    return out


def search_sentences(
    db: sqlite3.Connection,
    query: str | None,
    lang: str | None = None,
    limit: int = 50,
    offset: int = 0,
    actor: str | None = None,
    concept: tuple[list[str], str, str | None] | None = None,
) -> list[dict[str, Any]]:
    """Sentences containing every word of the query (two-character CJK terms work) and/or
    matching a concept (its words, PLOVER type, context); `actor`: with a mention involving
    that code. Items have the keys of the web API's search items."""
    conds: list[str] = []
    args: list[Any] = []
    if query:
        cond, cargs, _ = fts.text_condition(query, "sentences", dialect(db))
        conds.append(cond)
        args += cargs
    if concept is not None:
        cond, cargs = fts.concept_condition(*concept, dialect=dialect(db))
        conds.append(cond)
        args += cargs
    if lang:
        conds.append("a.lang = ?")
        args.append(lang)
    if actor:
        conds.append(
            "EXISTS (SELECT 1 FROM mention_pairs p JOIN mentions am ON am.id = p.mention_id"
            " WHERE am.article_id = s.article_id AND am.sequence = s.idx AND ? IN (p.a, p.b))"
        )
        args.append(actor)
    sql = (
        "SELECT s.article_id, s.idx, s.text, a.doc, a.title, a.published, a.lang"
        f" FROM sentences s JOIN articles a ON a.id = s.article_id"
        f" WHERE {' AND '.join(conds) or '1 = 1'}"
        " ORDER BY a.published DESC NULLS LAST, a.doc, s.idx LIMIT ? OFFSET ?"
    )
    out = []
    for r in db.execute(sql, [*args, limit, offset]).fetchall():
        ms = db.execute(
            "SELECT id, event, factuality, actor_codes, recipient_codes, trigger FROM mentions"
            " WHERE article_id = ? AND sequence = ? ORDER BY trigger_start, id",
            (r["article_id"], r["idx"]),
        )
        out.append(
            {
                "sentence": r["text"],
                "sequence": r["idx"],
                "doc": r["doc"],
                "title": r["title"],
                "published": r["published"],
                "lang": r["lang"],
                "mentions": [
                    {
                        "id": m["id"],
                        "event": m["event"],
                        "factuality": m["factuality"],
                        "actor": m["actor_codes"].split(),
                        "recipient": m["recipient_codes"].split(),
                        "trigger": m["trigger"],
                    }
                    for m in ms
                ],
            }
        )
    return out


def rejections(db: sqlite3.Connection, limit: int = 1000) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.execute(
            "SELECT doc, source, reason, at FROM rejections ORDER BY at DESC, id DESC LIMIT ?",
            (limit,),
        )
    ]


def mention_record(r: sqlite3.Row, article_hash: str | None = None) -> dict[str, Any]:
    """A stored mention as the export record of spec §4."""
    claimed = (
        {"text": r["claimed_by"], "cue": r["claimed_by_cue"], "code": r["claimed_by_code"]}
        if r["claimed_by"]
        else None
    )
    return {
        "id": r["id"],
        "article_id": article_hash or str(r["article_id"]),
        "doc": r["doc"],
        "published": r["published"],
        "language": r["language"],
        "event": r["event"],
        "mode": json.loads(r["mode"]),
        "context": json.loads(r["context"]),
        "actor": json.loads(r["actor"]),
        "recipient": json.loads(r["recipient"]),
        "date": r["date"],
        "date_text": r["date_text"],
        "factuality": r["factuality"],
        "factuality_cue": r["factuality_cue"],
        "claimed_by": claimed,
        "text_info": {
            "sentence": r["sentence"],
            "sequence": r["sequence"],
            "start": r["start"],
            "end": r["end"],
            "trigger": r["trigger"],
        },
        "implicit": bool(r["implicit"]),
        "coder": r["coder"],
        "event_id": r["event_id"],
    }


def iter_mentions(db: sqlite3.Connection, doc: str | None = None) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT m.*, a.content_hash AS article_hash FROM mentions m"
        " JOIN articles a ON a.id = m.article_id"
    )
    args: tuple[Any, ...] = ()
    if doc:
        sql += " WHERE m.doc = ?"
        args = (doc,)
    sql += " ORDER BY m.doc, m.sequence, m.trigger_start, m.id"
    for r in db.execute(sql, args):
        yield mention_record(r, r["article_hash"][:16])


def state(db: sqlite3.Connection, key: str) -> str | None:
    """A `store_state` flag; None when unset or the database predates the table."""
    try:
        row = db.execute("SELECT value FROM store_state WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def summary(db: sqlite3.Connection) -> dict[str, Any]:
    """Counts for `make demo` and the overview page."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in db.execute(sql)}

    return {
        "articles_by_lang": pairs(
            "SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY lang"
        ),
        "sentences": db.execute("SELECT count(*) FROM sentences").fetchone()[0],
        "mentions_by_type": pairs(
            "SELECT event, count(*) FROM mentions GROUP BY event ORDER BY count(*) DESC, event"
        ),
        "mentions_by_factuality": pairs(
            "SELECT factuality, count(*) FROM mentions GROUP BY factuality"
            " ORDER BY count(*) DESC, factuality"
        ),
        "events": db.execute("SELECT count(*) FROM events").fetchone()[0],
        "rejections": rejections(db),
    }
