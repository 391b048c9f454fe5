"""Database connection and writes (SQLite, or PostgreSQL for a postgresql:// location).
Every write of an article and its derived rows is one transaction, so a killed run leaves
each article either complete or absent."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alliancewatch.errors import StoreError
from alliancewatch.plover import QUAD
from alliancewatch.store import fts
from alliancewatch.store.dialect import (
    batched,
    insert_id,
    insert_ids,
    is_postgres,
    is_postgres_url,
    write_transaction,
)
from alliancewatch.store.schema import LATEST, current_version, migrate
from alliancewatch.types import Article, Mention, Rejection, Sentence


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(path: str | Path, readonly: bool = False) -> Any:
    """Open the database: a sqlite3.Connection, or a store.pg.PgConnection for a
    postgresql:// URL. Read-only connections never create or migrate anything."""
    if is_postgres_url(str(path)):
        from alliancewatch.store import pg

        return pg.connect(str(path), readonly=readonly)
    path = Path(path)
    if readonly:
        if not path.exists():
            raise StoreError(f"database {path} does not exist; run `alliancewatch ingest` first")
        db = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        version = current_version_ro(db, path)
        if version < LATEST:
            raise StoreError(
                f"database {path} has schema {version}, this version needs {LATEST}; "
                "run any write command (e.g. `alliancewatch ingest`) once to upgrade it"
            )
        return db
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout=10000")  # first: the pragmas below may wait for a lock
    _use_wal(db)
    db.execute("PRAGMA synchronous=NORMAL")
    # temporary tables (the summaries' flush, store/summary_log.py) and sorts in memory:
    # a temporary file's journal wrote about as much per article as the database itself
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA foreign_keys=ON")
    migrate(db)
    return db


def _use_wal(db: sqlite3.Connection, seconds: float = 10.0) -> None:
    """Switch a new database to WAL. The switch takes an exclusive lock without calling the
    busy handler, so several processes creating one database at once retry here."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def current_version_ro(db: sqlite3.Connection, path: Path) -> int:
    """The schema version; 0 only when the file really has no schema table."""
    try:
        row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return 0
        db.close()
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.R_OK):
            raise StoreError(
                f"cannot open database {path}: its location is read-only (SQLite needs to "
                f"create {path.name}-shm beside it to read a WAL database); copy the "
                "database to a writable folder, or run any write command once where it "
                f"can write ({e})"
            ) from e
        raise StoreError(f"cannot read database {path}: {e}") from e
    return int(row[0] or 0)


def mention_id(m: Mention) -> str:
    key = "|".join(
        [
            m.doc,
            str(m.sequence),
            m.event,
            ",".join(a.code or a.entity_text for a in m.actor),
            ",".join(a.code or a.entity_text for a in m.recipient),
            str(m.trigger_start),
        ]
    )
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def pairs_of(actors: list[str], recipients: list[str]) -> set[tuple[str, str, int]]:
    """(a, b, forward) rows with a < b; actors among themselves when no recipient is coded.

    A mention with a single actor and no recipient (a launch) gets the row (actor, "", 1).
    """
    if recipients:
        links = [(x, y) for x in actors for y in recipients if x != y]
    else:
        links = [(x, y) for i, x in enumerate(actors) for y in actors[i + 1 :]]
        if not links:
            return {(x, "", 1) for x in actors}
    return {(min(x, y), max(x, y), int(x <= y)) for x, y in links}


Derive = Callable[["Store", int, set[str], "str | None"], None]


class Store:
    """Writes to the database. Reads live in queries.py."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = connect(path)
        assert current_version(self.db) == LATEST

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- lookups used to make re-runs idempotent ------------------------------------

    def known(self, doc: str) -> tuple[str, str | None] | None:
        """(raw_hash, coder) of a stored article, or None."""
        row = self.db.execute(
            "SELECT raw_hash, coder FROM articles WHERE doc = ?", (doc,)
        ).fetchone()
        return (row["raw_hash"], row["coder"]) if row else None

    def stored_source(self, doc: str) -> str | None:
        """The path an article was read from, or None when no article has that doc."""
        row = self.db.execute(
            "SELECT s.path FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            " WHERE a.doc = ?",
            (doc,),
        ).fetchone()
        return None if row is None else str(row[0] or "")

    def events_stale(self) -> bool:
        """True when articles changed since the events table was last rebuilt."""
        row = self.db.execute("SELECT value FROM store_state WHERE key = 'events_stale'").fetchone()
        return row is not None and row[0] == "1"

    def state(self, key: str) -> str | None:
        """A derived-data flag of `store_state` (None when never set)."""
        row = self.db.execute("SELECT value FROM store_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def duplicate_of(self, content_hash: str, doc: str) -> str | None:
        row = self.db.execute(
            "SELECT doc FROM articles WHERE content_hash = ? AND doc != ?", (content_hash, doc)
        ).fetchone()
        return row["doc"] if row else None

    # -- writes -----------------------------------------------------------------------

    def reject(self, r: Rejection) -> None:
        self.db.execute(
            "INSERT INTO rejections (doc, source, reason, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source, doc, reason) DO UPDATE SET at = excluded.at",
            (r.doc, r.source, r.reason, _now()),
        )

    def save(
        self,
        article: Article,
        sentences: list[Sentence],
        mentions: list[Mention],
        coder: str | None,
        derive: Derive | None = None,
    ) -> int:
        """Store an article with its sentences and mentions, replacing what it had.

        `derive(store, article_id, old_event_ids, old_story)` runs inside the same
        transaction (the pipeline passes merge.events.update_article), so derived rows
        never lag behind the article. Without it the events are flagged stale.
        """
        db = self.db
        with write_transaction(db), batched(db):
            if is_postgres(db):  # two writers of one doc: the second waits, then replaces
                db.lock_text(article.doc)
                # events link one article at a time (merge/events.py), and every save
                # updates the shared counters of store/summary_rows.py, whose row locks
                # taken in different orders by two saves would deadlock: one save at a time
                from alliancewatch.store.pg import LOCK_EVENTS

                db.lock(LOCK_EVENTS)
            source_id = self._source_id(article.source)
            old = db.execute(
                "SELECT id, story FROM articles WHERE doc = ?", (article.doc,)
            ).fetchone()
            old_events: set[str] = set()
            old_story = old["story"] if old else None
            if old:
                old_events = {
                    r[0]
                    for r in db.execute(
                        "SELECT DISTINCT event_id FROM mentions"
                        " WHERE article_id = ? AND event_id IS NOT NULL",
                        (old["id"],),
                    )
                }
                self._delete_derived(old["id"])
                db.execute("DELETE FROM articles WHERE id = ?", (old["id"],))
            article_id = insert_id(
                db,
                "INSERT INTO articles (doc, source_id, raw_hash, content_hash, title, published,"
                " lang, url, encoding, text, n_paragraphs, removed, coder, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.doc,
                    source_id,
                    article.raw_hash,
                    article.content_hash,
                    article.title,
                    article.published,
                    article.lang,
                    article.url,
                    article.encoding,
                    article.text,
                    len(article.paragraphs),
                    json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
                    coder,
                    _now(),
                ),
            )
            db.executemany(
                'INSERT INTO paragraphs (article_id, idx, start, "end") VALUES (?, ?, ?, ?)',
                [(article_id, p.index, p.start, p.end) for p in article.paragraphs],
            )
            db.execute(
                "INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)",
                (article_id, fts.index_terms((article.title or "") + "\n" + article.text)),
            )
            ids = insert_ids(
                db,
                'INSERT INTO sentences (article_id, idx, paragraph, start, "end", text,'
                " is_title) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (article_id, s.index, s.paragraph, s.start, s.end, s.text, int(s.is_title))
                    for s in sentences
                ],
            )
            db.executemany(
                "INSERT INTO sentences_fts (rowid, terms) VALUES (?, ?)",
                [(sid, fts.index_terms(s.text)) for sid, s in zip(ids, sentences, strict=True)],
            )
            sentence_ids = {s.index: sid for sid, s in zip(ids, sentences, strict=True)}
            # a repeated id: the last one stays (what INSERT OR REPLACE did, but REPLACE
            # deletes without delete triggers, and the summary triggers count deletes)
            mentions = list({mention_id(m): m for m in mentions}.values())
            self._insert_mentions(article_id, sentence_ids, mentions, article, coder)
            if derive is None:
                self.set_events_stale(True)
            else:
                derive(self, article_id, old_events, old_story)
        return article_id

    def set_events_stale(self, stale: bool) -> None:
        """Part of the caller's transaction: an article and the flag commit together."""
        self.set_state("events_stale", "1" if stale else "0")

    def set_state(self, key: str, value: str) -> None:
        """Part of the caller's transaction, like set_events_stale."""
        self.db.execute(
            "INSERT INTO store_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _source_id(self, path: str) -> int:
        self.db.execute("INSERT INTO sources (path) VALUES (?) ON CONFLICT DO NOTHING", (path,))
        row = self.db.execute("SELECT id FROM sources WHERE path = ?", (path,)).fetchone()
        return int(row["id"])

    def _delete_derived(self, article_id: int) -> None:
        db = self.db
        db.execute(
            "DELETE FROM sentences_fts WHERE rowid IN"
            " (SELECT id FROM sentences WHERE article_id = ?)",
            (article_id,),
        )
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        db.execute(
            "DELETE FROM mention_pairs WHERE mention_id IN "
            "(SELECT id FROM mentions WHERE article_id = ?)",
            (article_id,),
        )
        db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))

    def _insert_mentions(
        self,
        article_id: int,
        sentence_ids: dict[int, int],
        mentions: list[Mention],
        a: Article,
        coder: str | None,
    ) -> None:
        """The mentions, then their pair rows (whose triggers read the mentions), each in
        one executemany: one batch of statements on PostgreSQL."""
        rows = [
            self._mention_row(article_id, sentence_ids.get(m.sequence), m, a, coder)
            for m in mentions
        ]
        last = {row[0]: row for row in rows}  # a repeated id: the last one stays
        pair_rows = [
            (mid, a_, b_, fwd, row[6], row[7], row[14])
            for mid, row in last.items()
            for a_, b_, fwd in sorted(pairs_of(row[12].split(), row[13].split()))
        ]
        self.db.executemany(
            ("INSERT INTO" if is_postgres(self.db) else "INSERT OR REPLACE INTO")
            + " mentions (id, article_id, sentence_id, doc, language,"
            " published,"
            " event, quad, mode, context, actor, recipient, actor_codes, recipient_codes, date,"
            " date_text, factuality, factuality_cue, claimed_by, claimed_by_cue, claimed_by_code,"
            ' sentence, sequence, start, "end", trigger, trigger_start, implicit, coder)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?)",
            rows,
        )
        self.db.executemany(
            "INSERT INTO mention_pairs (mention_id, a, b, forward, event, quad, date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            pair_rows,
        )

    @staticmethod
    def _mention_row(
        article_id: int, sentence_id: int | None, m: Mention, a: Article, coder: str | None
    ) -> tuple[Any, ...]:
        actors = [asdict(x) for x in m.actor]
        recipients = [asdict(x) for x in m.recipient]
        actor_codes = sorted({x.code for x in m.actor if x.code})
        recipient_codes = sorted({x.code for x in m.recipient if x.code})
        return (
            mention_id(m),
            article_id,
            sentence_id,
            m.doc,
            m.language,
            a.published,
            m.event,
            QUAD.get(m.event, ""),
            json.dumps(list(m.mode)),
            json.dumps(list(m.context)),
            json.dumps(actors, ensure_ascii=False),
            json.dumps(recipients, ensure_ascii=False),
            " ".join(actor_codes),
            " ".join(recipient_codes),
            m.date,
            m.date_text,
            m.factuality,
            m.factuality_cue,
            m.claimed_by.text if m.claimed_by else None,
            m.claimed_by.cue if m.claimed_by else None,
            m.claimed_by.code if m.claimed_by else None,
            m.sentence,
            m.sequence,
            m.start,
            m.end,
            m.trigger,
            m.trigger_start,
            int(m.implicit),
            coder or "",
        )
