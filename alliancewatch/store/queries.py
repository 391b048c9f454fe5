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
        f"SELECT {_ARTICLE_COLS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.published DESC NULLS LAST, a.doc"
        " LIMIT ? OFFSET ?"
    )
    return [_article_row(r) for r in db.execute(sql, [*args, limit, offset])]


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
    db: sqlite3.Connection, query: str, lang: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Sentences containing every word of the query (two-character CJK terms work)."""
    cond, cargs, _ = fts.text_condition(query, "sentences", dialect(db))
    args: list[Any] = list(cargs)
    if lang:
        cond += " AND a.lang = ?"
        args.append(lang)
    sql = (
        'SELECT s.id, s.idx, s.text, s.start, s."end", a.doc, a.title, a.published, a.lang'
        f" FROM sentences s JOIN articles a ON a.id = s.article_id WHERE {cond}"
        " ORDER BY a.published DESC NULLS LAST, a.doc, s.idx LIMIT ? OFFSET ?"
    )
    return [dict(r) for r in db.execute(sql, [*args, limit, offset])]


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
