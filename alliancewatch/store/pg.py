"""PostgreSQL connections (psycopg 3) that answer like the sqlite3 ones the store uses.

`PgConnection.execute` takes SQLite's `?` placeholders and returns rows readable by
name and by position (like sqlite3.Row), so queries.py and the web layer run unchanged.
Connections are in autocommit mode: each statement is its own transaction unless a
`transaction()` block is open, as with SQLite's `isolation_level=None`. Read-only
connections set `default_transaction_read_only`, so the server itself refuses writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from alliancewatch.errors import StoreError
from alliancewatch.store.dialect import pyformat

# Seconds a read-only statement may run (web server and read commands).
READ_TIMEOUT_SECONDS = 10
# Memory a read-only statement's sort or hash may take before it spills to disk: a pair's
# relation index groups 58,000 summary rows into 30,000 (10 MB; 4 MB, the server's default,
# wrote 5 batches to disk). Per sort or hash node, per connection of the web's pool.
READ_WORK_MEM = "32MB"
# Keys of transaction-scoped advisory locks (pg_advisory_xact_lock): one per job.
LOCK_MIGRATE = 7_301_402_001
LOCK_EVENTS = 7_301_402_002


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "a postgresql:// database needs psycopg: pip install 'alliancewatch[postgres]'"
        ) from None
    return psycopg


class Row:
    """A result row readable as r["name"], r[0], tuple(r) and dict(r), like sqlite3.Row."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({tuple(self._values)!r})"


def row_factory(cursor: Any) -> Any:
    desc = cursor.description
    if desc is None:
        return tuple
    index: dict[str, int] = {}
    for i, column in enumerate(desc):
        index.setdefault(column.name, i)  # the first of two equal names, as sqlite3.Row
    return lambda values: Row(values, index)


class PgConnection:
    """The part of sqlite3.Connection's interface the store uses, over psycopg."""

    def __init__(self, conn: Any, url: str) -> None:
        self.conn = conn
        self.url = url

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> Any:
        if params:
            return self.conn.execute(pyformat(sql), params)
        return self.conn.execute(sql)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        cur = self.conn.cursor()
        rows = list(seq)
        if rows:
            cur.executemany(pyformat(sql), rows)
        return cur

    def insert_ids(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[int]:
        """Many INSERTs into a table with an `id` key, sent together; the new ids in order."""
        if not rows:
            return []
        cur = self.conn.cursor()
        cur.executemany(pyformat(sql) + " RETURNING id", rows, returning=True)
        ids = []
        while True:
            ids.append(int(cur.fetchone()[0]))
            if not cur.nextset():
                return ids

    def pipeline(self) -> AbstractContextManager[Any]:
        """Statements sent without waiting for each result (psycopg's pipeline mode): a
        save's ~40 statements cost a few round trips instead of one each. A read still
        waits for its own result; errors surface at the next read or at commit."""
        return self.conn.pipeline()

    def copy_rows(
        self, table: str, columns: Sequence[str] | None, rows: Iterable[Sequence[Any]]
    ) -> int:
        """Rows into a table over COPY (many times faster than INSERTs)."""
        names = f" ({', '.join(columns)})" if columns else ""
        n = 0
        with self.conn.cursor().copy(f"COPY {table}{names} FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)
                n += 1
        return n

    def transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def lock(self, key: int, shared: bool = False) -> None:
        """A lock held until the end of the current transaction (shared: many holders)."""
        if shared:
            self.conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", (key,))
        else:
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))

    def lock_text(self, text: str) -> None:
        """A lock on a name (an article's doc) until the end of the current transaction."""
        self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (text,))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect_kwargs(readonly: bool) -> dict[str, Any]:
    options = "-c timezone=UTC"
    if readonly:
        # plan_cache_mode: psycopg prepares a statement run five times, and PostgreSQL may
        # then plan it once for any arguments; the web's arguments are skewed (an actor with
        # a third of the rows, or one with ten), and a generic plan of its key lookups read
        # every key of the pair: 30 ms became 400 ms from the fourth request on
        options += (
            " -c default_transaction_read_only=on"
            f" -c statement_timeout={READ_TIMEOUT_SECONDS * 1000}"
            " -c plan_cache_mode=force_custom_plan"
            f" -c work_mem={READ_WORK_MEM}"
        )
    return {"autocommit": True, "row_factory": row_factory, "options": options}


def connect(url: str, readonly: bool = False) -> PgConnection:
    """Open a PostgreSQL database; writers migrate it, readers check its version."""
    from alliancewatch.store.schema import LATEST, current_version, migrate

    psycopg = _psycopg()
    try:
        conn = psycopg.connect(url, **connect_kwargs(readonly))
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to {redact(url)}: {str(e).strip()}") from e
    db = PgConnection(conn, url)
    if readonly:
        version = current_version(db)
        if version < LATEST:
            db.close()
            raise StoreError(
                f"database {redact(url)} has schema {version}, this version needs {LATEST}; "
                "run any write command (e.g. `alliancewatch ingest`) once to create or upgrade it"
            )
        return db
    migrate(db)
    return db


def redact(url: str) -> str:
    """A connection URL without its password, for messages."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        d = conninfo_to_dict(url)
    except Exception:
        return url.split("@")[-1]
    user = f"{d['user']}@" if d.get("user") else ""
    port = f":{d['port']}" if d.get("port") else ""
    return f"postgresql://{user}{d.get('host', '')}{port}/{d.get('dbname', '')}"


class ReadPool:
    """Read-only connections for the web server, from a psycopg_pool pool: a request
    takes one when it first reads and gives it back when it ends (`release`)."""

    def __init__(self, url: str, max_size: int = 8) -> None:
        from psycopg_pool import ConnectionPool

        connect(url, readonly=True).close()  # fail now if missing or too old
        self.url = url
        self.pool = ConnectionPool(
            url, min_size=1, max_size=max_size, kwargs=connect_kwargs(True), open=True
        )

    def get(self) -> PgConnection:
        return PgConnection(self.pool.getconn(), self.url)

    def put(self, db: PgConnection) -> None:
        self.pool.putconn(db.conn)

    def close(self) -> None:
        self.pool.close()


def is_timeout(exc: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.errors.QueryCanceled)


def errors() -> tuple[type[BaseException], ...]:
    """psycopg's base error when it is installed (the web layer answers 503 for it)."""
    try:
        import psycopg
    except ImportError:
        return ()
    return (psycopg.Error,)
