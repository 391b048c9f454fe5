"""Copy a SQLite database into a new PostgreSQL one: how a team moves an analyst's
database to its shared server (`alliancewatch copy postgresql://... --db news.db`).

Rows go over PostgreSQL's COPY protocol, table by table in foreign-key order, in one
transaction: the destination ends complete or untouched. The timeline rows (migration 3)
are copied as they are, with their triggers off during the copy, and the identity
sequences are moved past the copied ids so that later ingests continue numbering.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from alliancewatch.errors import StoreError
from alliancewatch.store import summary_rows
from alliancewatch.store.db import connect

log = logging.getLogger(__name__)

# parents before children; tables of later migrations are copied after these
ORDER = [
    "sources",
    "articles",
    "paragraphs",
    "sentences",
    "rejections",
    "articles_fts",
    "sentences_fts",
    "mentions",
    "mention_pairs",
    "events",
    "web_pair_rows",
    "web_actor_rows",
    "store_state",
]
# their triggers fill the web rows and the summaries (store/summary_rows.py): copied instead
TRIGGERED = tuple(dict.fromkeys(("mention_pairs", "mentions", *summary_rows.TRIGGERED)))


def copy_database(
    source: str | Path, dest: str, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Rows copied per table. The destination must be a new or empty database."""
    src = connect(source, readonly=True)
    if not isinstance(src, sqlite3.Connection):
        raise StoreError("copy reads a SQLite database (--db) and writes a postgresql:// one")
    dst = connect(dest)  # creates the schema
    counts: dict[str, int] = {}
    try:
        if dst.execute("SELECT count(*) FROM articles").fetchone()[0]:
            raise StoreError(f"{dest.split('@')[-1]} already holds articles: copy into a new one")
        pg_tables = [
            r[0]
            for r in dst.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            )
        ]
        tables = [t for t in ORDER if t in pg_tables]
        tables += sorted(t for t in pg_tables if t not in ORDER and t != "schema_version")
        with dst.transaction():
            for t in TRIGGERED:
                dst.execute(f"ALTER TABLE {t} DISABLE TRIGGER USER")
            dst.execute("DELETE FROM store_state")
            for table in tables:
                counts[table] = _copy_table(src, dst, table)
                if progress:
                    progress(table, counts[table])
            for t in TRIGGERED:
                dst.execute(f"ALTER TABLE {t} ENABLE TRIGGER USER")
            identity = dst.execute(
                "SELECT table_name FROM information_schema.columns WHERE table_schema ="
                " current_schema() AND column_name = 'id' AND is_identity = 'YES'"
            ).fetchall()
            for (table,) in identity:
                dst.execute(
                    f"SELECT setval(pg_get_serial_sequence(?, 'id'),"
                    f" (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)",
                    (table,),
                )
        for table in tables:
            dst.execute(f"ANALYZE {table}")
    finally:
        src.close()
        dst.close()
    return counts


def _copy_table(src: sqlite3.Connection, dst: object, table: str) -> int:
    columns = [
        r[0]
        for r in dst.execute(  # type: ignore[attr-defined]
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = ? AND is_generated = 'NEVER'"
            " ORDER BY ordinal_position",
            (table,),
        )
    ]
    try:
        rows = src.execute(f"SELECT {', '.join(_q(c) for c in columns)} FROM {table}")
    except sqlite3.OperationalError as e:
        log.info("copy: %s not in the source (%s)", table, e)
        return 0
    n = 0
    names = ", ".join(_q(c) for c in columns)
    with dst.conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as cp:  # type: ignore[attr-defined]
        for row in rows:
            cp.write_row(tuple(row))
            n += 1
    return n


def _q(column: str) -> str:
    return f'"{column}"'
