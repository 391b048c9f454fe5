"""Reads and writes for stories and incremental events (the logic is in merge/).

All of it runs inside the caller's transaction: Store.save hands its open transaction to
the linking step, so an article and the events it changed commit together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

# One row shape for linking and for event records: the mention and its article.
_MEMBER = (
    "SELECT m.id, m.event_id, m.event, m.actor_codes, m.recipient_codes, m.date,"
    " m.factuality, m.claimed_by, m.claimed_by_code, m.language, m.article_id,"
    " m.published, m.doc, m.sequence, m.link_key, m.object_class, m.day_lo, m.day_hi,"
    " m.sentence, m.trigger_start, a.story, a.outlet"
    " FROM mentions m JOIN articles a ON a.id = m.article_id"
)


def _marks(n: int) -> str:
    return ",".join("?" * n)


# -- stories ---------------------------------------------------------------------------


def article(db: sqlite3.Connection, article_id: int) -> sqlite3.Row:
    return db.execute(
        "SELECT a.id, a.doc, a.title, a.text, a.url, a.published, a.story, a.minhash,"
        " a.n_shingles, s.path AS source FROM articles a"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()


def article_ids(db: sqlite3.Connection) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY id")]


def set_signature(
    db: sqlite3.Connection, article_id: int, sig: bytes, size: int, outlet: str, bands: list[int]
) -> None:
    db.execute(
        "UPDATE articles SET minhash = ?, n_shingles = ?, outlet = ? WHERE id = ?",
        (sig, size, outlet, article_id),
    )
    db.execute("DELETE FROM story_bands WHERE article_id = ?", (article_id,))
    db.executemany(
        "INSERT INTO story_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(b, article_id) for b in bands],
    )


def band_neighbours(db: sqlite3.Connection, article_id: int, bands: list[int]) -> list[sqlite3.Row]:
    """Articles sharing at least one LSH band with the given one."""
    return db.execute(
        "SELECT id, doc, story, minhash, n_shingles FROM articles WHERE id IN"
        f" (SELECT article_id FROM story_bands WHERE band IN ({_marks(len(bands))}))"
        " AND id != ? ORDER BY id",
        (*bands, article_id),
    ).fetchall()


def story_members(db: sqlite3.Connection, story: str) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT id, doc, story, minhash, n_shingles FROM articles WHERE story = ? ORDER BY id",
        (story,),
    ).fetchall()


def set_story(db: sqlite3.Connection, article_ids: Iterable[int], story: str) -> None:
    db.executemany("UPDATE articles SET story = ? WHERE id = ?", [(story, i) for i in article_ids])


# -- mentions and events ----------------------------------------------------------------


def coded_mention_ids(db: sqlite3.Connection, article_ids: Iterable[int]) -> list[str]:
    ids = list(article_ids)
    if not ids:
        return []
    return [
        r[0]
        for r in db.execute(
            f"SELECT id FROM mentions WHERE article_id IN ({_marks(len(ids))})"
            " AND actor_codes != '' ORDER BY id",
            ids,
        )
    ]


def event_ids_of_article(db: sqlite3.Connection, article_id: int) -> set[str]:
    return {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? AND event_id IS NOT NULL",
            (article_id,),
        )
    }


def set_link(
    db: sqlite3.Connection,
    mid: str,
    key: str,
    cls: str,
    lo: int | None,
    hi: int | None,
    months: list[str],
) -> None:
    db.execute(
        "UPDATE mentions SET link_key = ?, object_class = ?, day_lo = ?, day_hi = ? WHERE id = ?",
        (key, cls, lo, hi, mid),
    )
    db.execute("DELETE FROM event_index WHERE mention_id = ?", (mid,))
    db.executemany(
        "INSERT INTO event_index (link_key, month, mention_id) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(key, m, mid) for m in months],
    )


def members_by_id(db: sqlite3.Connection, mids: list[str]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    for i in range(0, len(mids), 500):
        chunk = mids[i : i + 500]
        out += db.execute(f"{_MEMBER} WHERE m.id IN ({_marks(len(chunk))})", chunk).fetchall()
    return out


def members_by_key(db: sqlite3.Connection) -> Iterator[list[sqlite3.Row]]:
    """Every indexed mention, one list per link key (for a rebuild from scratch). Each
    key's rows are read whole before the caller writes."""
    keys = [r[0] for r in db.execute("SELECT DISTINCT link_key FROM event_index ORDER BY 1")]
    for key in keys:
        yield db.execute(
            f"{_MEMBER} WHERE m.id IN (SELECT mention_id FROM event_index WHERE link_key = ?)"
            " ORDER BY m.id",
            (key,),
        ).fetchall()


def members_of_events(db: sqlite3.Connection, event_ids: Iterable[str]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    for eid in sorted(event_ids):
        out += db.execute(f"{_MEMBER} WHERE m.event_id = ?", (eid,)).fetchall()
    return out


def candidates(db: sqlite3.Connection, key: str, months: list[str]) -> list[sqlite3.Row]:
    """Mentions indexed under the link key in any of the months."""
    return db.execute(
        f"{_MEMBER} WHERE m.id IN (SELECT mention_id FROM event_index"
        f" WHERE link_key = ? AND month IN ({_marks(len(months))}))",
        (key, *months),
    ).fetchall()


def replace_events(
    db: sqlite3.Connection,
    drop: Iterable[str],
    rows: list[dict[str, object]],
    links: list[tuple[str, str]],
) -> None:
    """Delete events `drop`, write `rows`, point each (event_id, mention_id) link."""
    drop = sorted(set(drop))
    db.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in drop])
    for r in rows:
        cols = list(r)
        vals = [
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
            for v in r.values()
        ]
        # an upsert, spelled the same in SQLite and PostgreSQL (no INSERT OR REPLACE)
        update = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        db.execute(
            f"INSERT INTO events ({', '.join(cols)}) VALUES ({_marks(len(cols))})"
            f" ON CONFLICT (id) DO UPDATE SET {update}",
            vals,
        )
    db.executemany(
        "UPDATE mentions SET event_id = ? WHERE id = ? AND event_id IS DISTINCT FROM ?",
        [(e, m, e) for e, m in links],
    )


def clear_events(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM events")
    db.execute("DELETE FROM event_index")
    db.execute("DELETE FROM story_bands")
    db.execute("UPDATE mentions SET event_id = NULL WHERE event_id IS NOT NULL")
    db.execute("UPDATE articles SET story = NULL")
