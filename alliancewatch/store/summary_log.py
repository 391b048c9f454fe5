"""Migration 14 (SQLite): the summaries of store/summary_rows.py and summary_fsets.py kept
once per write transaction, set-based, instead of by row triggers.

The row triggers updated web_keys once per scope for every timeline row written, and each
of those updates fired the triggers of web_totals, web_fsets and web_fgroups: about a
hundred statements per mention, and three times over for a new mention (its rows are
written with the mention's own id as event key, then moved to its event by the linking
step). On SQLite that was most of an article's write time (issue 9: the Japanese pipeline
at 0.77 of GiNZA alone).

Now a trigger on web_pair_rows and web_actor_rows appends the row written (+1) or removed
(-1) to a log table, and `flush`, run by store/dialect.py's `write_transaction` before it
commits, turns the log into the summaries' changes with one statement per table:

1. the log's rows through every scope, summed per web_keys key (a row removed and written
   again cancels out), each with the key's stored counts: `aw_keys` (TEMP);
2. web_keys: keys whose count falls to 0 deleted, the others written;
3. web_totals: per grouping, the keys that appeared minus the ones that went (events), the
   change of the counts (mentions), the keys with a directed row each way before and after;
4. web_fsets: each touched (pair or node, type, event key) recomputed from its web_keys
   rows (one per factuality, read by key), with its stored masks: `aw_fsets` (TEMP);
5. web_fgroups: each changed event leaves its old group and joins its new one.

The log is part of the writer's transaction: a crash rolls back the rows, the log and the
summaries together, and a flush leaves the log empty. `summary_rows.fill` recomputes the
tables from the base tables and empties the log. PostgreSQL keeps its row triggers (one
writer at a time there, store/db.py; migration 14 changes nothing on it).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from alliancewatch.plover import FACTUALITY
from alliancewatch.store import summary_fsets as fs
from alliancewatch.store.summary_rows import ACTOR_SCOPES, PAIR_SCOPES

PAIR_LOG = "web_pair_log"
ACTOR_LOG = "web_actor_log"
_PAIR_COLS = ("a", "b", "day", "event", "factuality", "event_key", "forward", "directed")
_ACTOR_COLS = ("code", "day", "event", "factuality", "event_key")

TABLES = f"""
CREATE TABLE IF NOT EXISTS {PAIR_LOG} (
    sign INTEGER NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    factuality TEXT NOT NULL,
    event_key TEXT NOT NULL,
    forward INTEGER NOT NULL,
    directed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS {ACTOR_LOG} (
    sign INTEGER NOT NULL,
    code TEXT NOT NULL,
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    factuality TEXT NOT NULL,
    event_key TEXT NOT NULL
);
"""

# the row triggers this migration replaces (store/summary_rows.py, summary_fsets.py)
LEGACY = tuple(
    f"{t}_sum_{w}"
    for t in ("web_pair_rows", "web_actor_rows")
    for w in ("insert", "delete", "update")
) + ("web_keys_insert", "web_keys_update", "web_keys_delete", *fs.TRIGGER_NAMES)


def _log_insert(log: str, cols: tuple[str, ...], r: str, sign: int) -> str:
    values = ", ".join(f"{r}.{c}" for c in cols)
    return f"INSERT INTO {log} (sign, {', '.join(cols)}) VALUES ({sign}, {values});\n"


def triggers() -> str:
    """SQLite: the log triggers (an update logs the old row out and the new one in, when a
    column the summaries read changed: summary_rows' conditions)."""
    from alliancewatch.store.summary_rows import ACTOR_CHANGED, PAIR_CHANGED

    out = []
    for table, log, cols, changed in (
        ("web_pair_rows", PAIR_LOG, _PAIR_COLS, PAIR_CHANGED),
        ("web_actor_rows", ACTOR_LOG, _ACTOR_COLS, ACTOR_CHANGED),
    ):
        for when, cond, body in (
            ("insert", "", _log_insert(log, cols, "NEW", 1)),
            ("delete", "", _log_insert(log, cols, "OLD", -1)),
            (
                "update",
                f" WHEN {changed}",
                _log_insert(log, cols, "OLD", -1) + _log_insert(log, cols, "NEW", 1),
            ),
        ):
            name = f"{table}_log_{when}"
            out.append(
                f"DROP TRIGGER IF EXISTS {name};\n"
                f"CREATE TRIGGER {name} AFTER {when.upper()} ON {table}{cond} BEGIN\n{body}END;\n"
            )
    return "".join(out)


def drop_legacy(db: Any) -> None:
    for name in LEGACY:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def active(db: Any) -> bool:
    """True when the summaries are kept through the log (SQLite after migration 14)."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (PAIR_LOG,)
    ).fetchone()
    return row is not None


def clear(db: Any) -> None:
    """Empty the log (its changes are in the summaries, or about to be recomputed)."""
    db.execute(f"DELETE FROM {PAIR_LOG}")
    db.execute(f"DELETE FROM {ACTOR_LOG}")


# -- the flush ------------------------------------------------------------------------------

_KEY = ("scope", "x", "y", "g", "event_key")
_ON_KEY = " AND ".join(f"k.{c} = d.{c}" for c in _KEY)


def _delta(spec: tuple[str, ...], log: str) -> str:
    scope, x, y, g, ab, ba, cond = (s.format(r="r") for s in spec)
    where = f" WHERE {cond}" if cond else ""
    return (
        f"SELECT '{scope}' AS scope, {x} AS x, {y} AS y, {g} AS g, r.event_key AS event_key,"
        f" r.sign AS dn, r.sign * {ab} AS dab, r.sign * {ba} AS dba FROM {log} r{where}"
    )


def _net(log: str, cols: tuple[str, ...]) -> str:
    """The log's rows netted: a row written and removed again in one transaction (a new
    mention's rows, moved from its own id to its event's) goes no further."""
    names = ", ".join(cols)
    return (
        f"{log}_net AS MATERIALIZED (SELECT sum(sign) AS sign, {names} FROM {log}"
        f" GROUP BY {names} HAVING sum(sign) <> 0)"
    )


_DELTAS = (
    f"WITH {_net(PAIR_LOG, _PAIR_COLS)}, {_net(ACTOR_LOG, _ACTOR_COLS)} "
    + " UNION ALL ".join(
        [_delta(s, f"{PAIR_LOG}_net") for s in PAIR_SCOPES]
        + [_delta(s, f"{ACTOR_LOG}_net") for s in ACTOR_SCOPES]
    )
)
TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS aw_keys (scope TEXT, x TEXT, y TEXT, g TEXT,"
    " event_key TEXT, old_n INTEGER, old_ab INTEGER, old_ba INTEGER, n INTEGER, ab INTEGER,"
    " ba INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS aw_fsets (scope TEXT, x TEXT, y TEXT, event TEXT,"
    " event_key TEXT, had INTEGER, old_f INTEGER, old_fab INTEGER, old_fba INTEGER,"
    " has INTEGER, f INTEGER, fab INTEGER, fba INTEGER)",
)
KEYS = (
    "INSERT INTO temp.aw_keys SELECT d.scope, d.x, d.y, d.g, d.event_key,"
    " coalesce(k.n, 0), coalesce(k.ab, 0), coalesce(k.ba, 0), coalesce(k.n, 0) + d.dn,"
    " coalesce(k.ab, 0) + d.dab, coalesce(k.ba, 0) + d.dba FROM ("
    "SELECT scope, x, y, g, event_key, sum(dn) AS dn, sum(dab) AS dab, sum(dba) AS dba"
    f" FROM ({_DELTAS}) AS u GROUP BY scope, x, y, g, event_key) AS d"
    f" LEFT JOIN web_keys k ON {_ON_KEY} WHERE d.dn <> 0 OR d.dab <> 0 OR d.dba <> 0"
)
KEYS_DELETE = (
    "DELETE FROM web_keys WHERE (scope, x, y, g, event_key) IN"
    " (SELECT scope, x, y, g, event_key FROM temp.aw_keys WHERE n <= 0)"
)
KEYS_WRITE = (
    "INSERT INTO web_keys (scope, x, y, g, event_key, n, ab, ba)"
    " SELECT scope, x, y, g, event_key, n, ab, ba FROM temp.aw_keys WHERE n > 0"
    " ON CONFLICT (scope, x, y, g, event_key) DO UPDATE SET n = excluded.n,"
    " ab = excluded.ab, ba = excluded.ba"
)


def _on(c: str, old: bool) -> str:
    """1 when a key is there with a positive count `c` (before the change or after it)."""
    n = "old_n" if old else "n"
    cond = f"{n} > 0" + (f" AND {'old_' if old else ''}{c} > 0" if c else "")
    return f"(CASE WHEN {cond} THEN 1 ELSE 0 END)"


TOTALS_WRITE = (
    "INSERT INTO web_totals (scope, x, y, g, events, mentions, a_to_b, b_to_a)"
    f" SELECT scope, x, y, g, sum({_on('', False)} - {_on('', True)}),"
    " sum(max(n, 0) - old_n),"
    f" sum({_on('ab', False)} - {_on('ab', True)}), sum({_on('ba', False)} - {_on('ba', True)})"
    " FROM temp.aw_keys GROUP BY scope, x, y, g"
    " ON CONFLICT (scope, x, y, g) DO UPDATE SET events = web_totals.events + excluded.events,"
    " mentions = web_totals.mentions + excluded.mentions,"
    " a_to_b = web_totals.a_to_b + excluded.a_to_b, b_to_a = web_totals.b_to_a + excluded.b_to_a"
)
TOTALS_DELETE = (
    "DELETE FROM web_totals WHERE events <= 0 AND (scope, x, y, g) IN"
    " (SELECT scope, x, y, g FROM temp.aw_keys)"
)

# an event's rows in web_keys: one per factuality, g = "type|factuality" (or the bare
# type, which summary_fsets reads as a row without a known factuality)
_GS = ", ".join(["e.event", *(f"e.event || '|{f}'" for f in FACTUALITY)])
_SCOPES = ", ".join(f"'{s}'" for s in fs.SCOPES)
FSETS = (
    "INSERT INTO temp.aw_fsets SELECT n.scope, n.x, n.y, n.event, n.event_key,"
    " s.scope IS NOT NULL, coalesce(s.f, 0), coalesce(s.fab, 0), coalesce(s.fba, 0),"
    " n.has, n.f, n.fab, n.fba FROM ("
    "SELECT e.scope AS scope, e.x AS x, e.y AS y, e.event AS event, e.event_key AS event_key,"
    f" count(k.g) AS has, coalesce(sum({fs.bit_of('k.g')}), 0) AS f,"
    f" coalesce(sum({fs.flag_bit('k', 'ab', fs.bit_of('k.g'))}), 0) AS fab,"
    f" coalesce(sum({fs.flag_bit('k', 'ba', fs.bit_of('k.g'))}), 0) AS fba"
    f" FROM (SELECT DISTINCT scope, x, y, {fs.event_of('g')} AS event, event_key"
    f" FROM temp.aw_keys WHERE scope IN ({_SCOPES})) AS e"
    " LEFT JOIN web_keys k ON k.scope = e.scope AND k.x = e.x AND k.y = e.y"
    f" AND k.g IN ({_GS}) AND k.event_key = e.event_key"
    " GROUP BY e.scope, e.x, e.y, e.event, e.event_key) AS n"
    " LEFT JOIN web_fsets s ON s.scope = n.scope AND s.x = n.x AND s.y = n.y"
    " AND s.event = n.event AND s.event_key = n.event_key"
)
_GROUP = "scope, x, y, event, f, fab, fba"
GROUPS_WRITE = (
    f"INSERT INTO web_fgroups ({_GROUP}, events) SELECT {_GROUP}, sum(d) FROM ("
    "SELECT scope, x, y, event, old_f AS f, old_fab AS fab, old_fba AS fba, -1 AS d"
    f" FROM temp.aw_fsets WHERE had UNION ALL SELECT {_GROUP}, 1 FROM temp.aw_fsets"
    f" WHERE has > 0) AS q GROUP BY {_GROUP} HAVING sum(d) <> 0"
    f" ON CONFLICT ({_GROUP}) DO UPDATE SET events = web_fgroups.events + excluded.events"
)
GROUPS_DELETE = (
    f"DELETE FROM web_fgroups WHERE events <= 0 AND ({_GROUP}) IN"
    " (SELECT scope, x, y, event, old_f, old_fab, old_fba FROM temp.aw_fsets WHERE had)"
)
FSETS_DELETE = (
    "DELETE FROM web_fsets WHERE (scope, x, y, event, event_key) IN"
    " (SELECT scope, x, y, event, event_key FROM temp.aw_fsets WHERE had AND has = 0)"
)
FSETS_WRITE = (
    "INSERT INTO web_fsets (scope, x, y, event, event_key, f, fab, fba)"
    " SELECT scope, x, y, event, event_key, f, fab, fba FROM temp.aw_fsets WHERE has > 0"
    " ON CONFLICT (scope, x, y, event, event_key) DO UPDATE SET f = excluded.f,"
    " fab = excluded.fab, fba = excluded.fba"
)
STEPS = (
    KEYS,
    KEYS_DELETE,
    KEYS_WRITE,
    TOTALS_WRITE,
    TOTALS_DELETE,
    FSETS,
    GROUPS_WRITE,
    GROUPS_DELETE,
    FSETS_DELETE,
    FSETS_WRITE,
)


def flush(db: sqlite3.Connection) -> None:
    """Apply the logged rows to the summaries and empty the log, inside the caller's open
    transaction. Nothing to do (one lookup) when no timeline row changed; nothing either
    on a database from before migration 14."""
    try:
        pending = db.execute(
            f"SELECT EXISTS (SELECT 1 FROM {PAIR_LOG}) OR EXISTS (SELECT 1 FROM {ACTOR_LOG})"
        ).fetchone()[0]
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return
        raise
    if not pending:
        return
    for statement in TEMP:
        db.execute(statement)
    db.execute("DELETE FROM temp.aw_keys")
    db.execute("DELETE FROM temp.aw_fsets")
    for statement in STEPS:
        db.execute(statement)
    clear(db)


def migrate(db: Any) -> None:
    """Migration 14 (store/schema.py). SQLite: the log tables and their triggers in place
    of the summaries' row triggers (the summaries, kept by those until now, stay as they
    are). PostgreSQL: nothing."""
    from alliancewatch.store.dialect import is_postgres, script

    if is_postgres(db):
        return
    script(db, TABLES)
    drop_legacy(db)
    script(db, triggers())
