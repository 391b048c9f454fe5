"""The few SQL differences between SQLite and PostgreSQL, in one place.

Migrations and queries are written once, in SQLite's spelling with `?` placeholders. For
PostgreSQL, `ddl` rewrites table definitions (identity ids, 64-bit integers, byte-order
text, FTS5 tables as tsvector tables) and `pyformat` rewrites placeholders. What cannot be
rewritten mechanically (triggers, INSERT OR REPLACE) is written twice, next to each other,
and chosen with `is_postgres(db)`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str) -> bool:
    return str(location).startswith(POSTGRES_SCHEMES)


def is_postgres(db: Any) -> bool:
    """True for a store.pg.PgConnection, False for a sqlite3.Connection."""
    return not isinstance(db, sqlite3.Connection)


def dialect(db: Any) -> str:
    return "postgresql" if is_postgres(db) else "sqlite"


@contextmanager
def write_transaction(db: Any) -> Iterator[None]:
    """One write transaction. SQLite takes the write lock at BEGIN IMMEDIATE (a reader
    never upgrades into a deadlock); PostgreSQL's rows lock as they are written."""
    if is_postgres(db):
        with db.transaction():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        # the web's summaries of the rows written, set-based (store/summary_log.py)
        from alliancewatch.store.summary_log import flush

        flush(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def insert_id(db: Any, sql: str, args: Any) -> int:
    """Run an INSERT into a table with an `id` key and return the new row's id."""
    if is_postgres(db):
        return int(db.execute(sql + " RETURNING id", args).fetchone()[0])
    return int(db.execute(sql, args).lastrowid or 0)


def insert_ids(db: Any, sql: str, rows: list[tuple[Any, ...]]) -> list[int]:
    """Run an INSERT once per row (one batch on PostgreSQL); the new rows' ids in order."""
    if is_postgres(db):
        return list(db.insert_ids(sql, rows))
    return [int(db.execute(sql, r).lastrowid or 0) for r in rows]


@contextmanager
def serial_reads(db: Any) -> Iterator[None]:
    """PostgreSQL: the statements inside read one snapshot, in one transaction whose plans
    use no parallel workers. A search's plans start workers that each rebuild the same
    hash or walk part of an index for a few thousand rows: on a server answering many
    requests on few cores they cost more than they save (at 1,000,000 mentions on 2 busy
    cores, a common term's page 95 -> 43 ms, an article search 218 -> 88 ms). Nothing on
    SQLite."""
    if is_postgres(db):
        with db.transaction():
            db.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            yield
    else:
        yield


@contextmanager
def batched(db: Any) -> Iterator[None]:
    """PostgreSQL's pipeline mode around a transaction's writes (nothing on SQLite, whose
    statements cost no round trip)."""
    if is_postgres(db):
        with db.pipeline():
            yield
    else:
        yield


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """`?` -> `%s` outside quotes, and `%` -> `%%` everywhere (psycopg's placeholders)."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


# -- table definitions -----------------------------------------------------------------

# Terms (store/fts.py) -> a tsvector with each term at its position, so that phrase
# queries (`<->`) mean what FTS5 phrases mean. No parser, no dictionary: the lexemes are
# exactly the terms computed in Python. Positions stop at PostgreSQL's limit (16,383).
TSVECTOR_FUNCTION = r"""
CREATE OR REPLACE FUNCTION aw_terms_tsvector(terms text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(
        '''' || replace(replace(t, '\', '\\'), '''', '''''') || ''':' || least(n, 16383),
        ' ')::tsvector, ''::tsvector)
    FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS u(t, n)
    WHERE t <> ''
$$
"""

_FTS5 = re.compile(r"CREATE VIRTUAL TABLE (\w+) USING fts5\(\s*(\w+)[^)]*\)", re.I)
# Types are matched in upper case only, as migrations write them: column names are lower.
_ROWID_KEY = re.compile(r"\bINTEGER PRIMARY KEY\b")
_INTEGER = re.compile(r"\bINTEGER\b")
_TEXT = re.compile(r"\bTEXT\b")
_BLOB = re.compile(r"\bBLOB\b")
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT ROWID", re.I)
_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.I)


def ddl(statement: str) -> list[str]:
    """One SQLite statement of a migration -> the PostgreSQL statements doing the same.

    Text columns get the "C" collation so that comparisons and ORDER BY use code-point
    order as in SQLite whatever the database's locale (dates are compared as strings).
    """
    s = statement.strip().rstrip(";")
    m = _FTS5.search(s)
    if m:
        table, column = m.group(1), m.group(2)
        return [
            TSVECTOR_FUNCTION,
            f'CREATE TABLE {table} (rowid BIGINT PRIMARY KEY, {column} TEXT COLLATE "C"'
            f" NOT NULL, tsv tsvector GENERATED ALWAYS AS (aw_terms_tsvector({column}))"
            " STORED)",
            f"CREATE INDEX {table}_tsv ON {table} USING gin (tsv)",
        ]
    if re.match(r"\s*CREATE TRIGGER", s, re.I) or re.search(r"INSERT OR REPLACE", s, re.I):
        raise ValueError(
            "this statement has no mechanical PostgreSQL form; give the migration a "
            f"PostgreSQL version (see store/timeline_rows.py): {s[:80]}"
        )
    if re.match(r"\s*ALTER TABLE \w+ ADD COLUMN", s, re.I):
        s = _INTEGER.sub("BIGINT", s)
        s = _TEXT.sub('TEXT COLLATE "C"', s)
        s = _BLOB.sub("BYTEA", s)
    if re.match(r"\s*CREATE TABLE", s, re.I):
        s = _BLOB.sub("BYTEA", s)
        s = _ROWID_KEY.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", s)
        s = _INTEGER.sub("BIGINT", s)
        s = _TEXT.sub('TEXT COLLATE "C"', s)
        s = _WITHOUT_ROWID.sub(")", s)
    if _OR_IGNORE.match(s):
        s = _OR_IGNORE.sub("INSERT INTO", s) + " ON CONFLICT DO NOTHING"
    return [s]


def statements(sql: str) -> list[str]:
    """A script -> its statements (comment lines dropped)."""
    out: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending)
            pending = ""
    return out


def script(db: Any, sql: str) -> None:
    """Run a migration script statement by statement (executescript() would commit the
    open transaction), rewritten for PostgreSQL when `db` is PostgreSQL."""
    for statement in statements(sql):
        if is_postgres(db):
            for s in ddl(statement):
                db.execute(s)
        else:
            db.execute(statement)
