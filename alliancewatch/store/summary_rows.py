"""Migration 8: counts kept at write time, so the web's unfiltered counts read a few rows.

At a million mentions, counting events per pair, per actor or per month meant reading every
timeline row with a distinct count (seconds on a cold cache). These tables hold the answers
and are kept in the same transaction as the rows they count: by row triggers on PostgreSQL,
and on SQLite since migration 14 by one set-based flush per write transaction from a log
of the timeline rows written (store/summary_log.py; the plain counters keep their
triggers):

- `web_counts`: plain counters (articles per language, sentences, mentions per language x
  type x factuality, events per type), from triggers on those tables.
- `web_keys`: one row per (scope, grouping, event key) with its number of timeline rows.
  Scopes: `pair.type`, `pair.fact`, `pair.month`, `pair.mfact` from web_pair_rows (x, y =
  the pair; g = type, factuality, "month|type" or "month|type|factuality": the relation
  index's monthly sums, migration 9), `node.type` (each side of a pair row with two sides:
  the network's node weights), `actor.type`, `actor.fact`, `actor.month` from
  web_actor_rows. `ab`/`ba` count the directed rows of a pair by direction.
- `web_totals`: per (scope, grouping), the distinct event keys (`events`), the rows
  (`mentions`), and the keys with a directed row a->b and b->a; kept by triggers on
  web_keys (a key's first row adds an event, its last row's removal takes it away).

An event's mentions share its type (link keys start with the type, merge/identity.py), so
distinct events of a pair or actor are the sum over types. A relink rewrites event keys on
the timeline rows (store/timeline_keys.py): the update triggers move their counts. `FILL`
recomputes everything from the base tables (migration, bulk loads); `REFERENCE` is the same
as queries, which the tests compare with the maintained tables.
"""

from __future__ import annotations

from typing import Any

from alliancewatch.store import summary_fsets
from alliancewatch.store.timeline_keys import (
    ACTOR_COLUMNS,
    PAIR_COLUMNS,
    ROW_DAY,
    ROW_DIRECTED,
    ROW_FIELDS,
    ROW_KEY,
)

TABLES = (
    """
CREATE TABLE IF NOT EXISTS web_counts (
    name TEXT NOT NULL,
    k1 TEXT NOT NULL,
    k2 TEXT NOT NULL,
    k3 TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (name, k1, k2, k3)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS web_keys (
    scope TEXT NOT NULL,
    x TEXT NOT NULL,
    y TEXT NOT NULL,
    g TEXT NOT NULL,
    event_key TEXT NOT NULL,
    n INTEGER NOT NULL,
    ab INTEGER NOT NULL,
    ba INTEGER NOT NULL,
    PRIMARY KEY (scope, x, y, g, event_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS web_totals (
    scope TEXT NOT NULL,
    x TEXT NOT NULL,
    y TEXT NOT NULL,
    g TEXT NOT NULL,
    events INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    a_to_b INTEGER NOT NULL,
    b_to_a INTEGER NOT NULL,
    PRIMARY KEY (scope, x, y, g)
) WITHOUT ROWID;
"""
    + summary_fsets.TABLES
)

_MONTH = "substr({r}.day, 1, 7) || '|' || {r}.event"
_MONTH_FACT = _MONTH + " || '|' || {r}.factuality"
_TFACT = "{r}.event || '|' || {r}.factuality"
_AB = "CASE WHEN {r}.directed = 1 AND {r}.forward = 1 THEN 1 ELSE 0 END"
_BA = "CASE WHEN {r}.directed = 1 AND {r}.forward = 0 THEN 1 ELSE 0 END"

# (scope, x, y, g, ab, ba, condition) per source table, `{r}` standing for NEW or OLD
PAIR_SCOPES = [
    ("pair.type", "{r}.a", "{r}.b", "{r}.event", _AB, _BA, ""),
    ("pair.fact", "{r}.a", "{r}.b", "{r}.factuality", "0", "0", ""),
    ("pair.month", "{r}.a", "{r}.b", _MONTH, "0", "0", ""),
    ("pair.mfact", "{r}.a", "{r}.b", _MONTH_FACT, "0", "0", ""),
    ("node.type", "{r}.a", "''", "{r}.event", "0", "0", "{r}.b <> ''"),
    ("node.type", "{r}.b", "''", "{r}.event", "0", "0", "{r}.b <> ''"),
    # each event's set of factualities (store/summary_fsets.py, migration 12)
    ("pair.tfact", "{r}.a", "{r}.b", _TFACT, _AB, _BA, "{r}.b <> ''"),
    ("node.tfact", "{r}.a", "''", _TFACT, "0", "0", "{r}.b <> ''"),
    ("node.tfact", "{r}.b", "''", _TFACT, "0", "0", "{r}.b <> ''"),
]
ACTOR_SCOPES = [
    ("actor.type", "{r}.code", "''", "{r}.event", "0", "0", ""),
    ("actor.fact", "{r}.code", "''", "{r}.factuality", "0", "0", ""),
    ("actor.month", "{r}.code", "''", _MONTH, "0", "0", ""),
]
# the plain counters: (name, k1, k2, k3) per table
COUNTERS = {
    "articles": ("'articles'", "{r}.lang", "''", "''"),
    "sentences": ("'sentences'", "''", "''", "''"),
    "mentions": ("'mentions'", "{r}.language", "{r}.event", "{r}.factuality"),
    "events": ("'events'", "{r}.event", "''", "''"),
}


def _add(spec: tuple[str, ...], r: str) -> str:
    scope, x, y, g, ab, ba, cond = (s.format(r=r) for s in spec)
    where = f" WHERE {cond}" if cond else " WHERE 1 = 1"
    return (
        "INSERT INTO web_keys (scope, x, y, g, event_key, n, ab, ba)"
        f" SELECT '{scope}', {x}, {y}, {g}, {r}.event_key, 1, {ab}, {ba}{where}"
        " ON CONFLICT (scope, x, y, g, event_key) DO UPDATE SET n = web_keys.n + 1,"
        " ab = web_keys.ab + excluded.ab, ba = web_keys.ba + excluded.ba;\n"
    )


def _remove(spec: tuple[str, ...], r: str) -> str:
    scope, x, y, g, ab, ba, cond = (s.format(r=r) for s in spec)
    key = f"scope = '{scope}' AND x = {x} AND y = {y} AND g = {g} AND event_key = {r}.event_key" + (
        f" AND {cond}" if cond else ""
    )
    return (
        f"UPDATE web_keys SET n = n - 1, ab = ab - {ab}, ba = ba - {ba} WHERE {key};\n"
        f"DELETE FROM web_keys WHERE {key} AND n <= 0;\n"
    )


def _count(name: str, r: str, step: int) -> str:
    kind, k1, k2, k3 = (s.format(r=r) for s in COUNTERS[name])
    if step > 0:
        return (
            f"INSERT INTO web_counts (name, k1, k2, k3, n) VALUES ({kind}, {k1}, {k2}, {k3}, 1)"
            " ON CONFLICT (name, k1, k2, k3) DO UPDATE SET n = web_counts.n + 1;\n"
        )
    key = f"name = {kind} AND k1 = {k1} AND k2 = {k2} AND k3 = {k3}"
    return (
        f"UPDATE web_counts SET n = n - 1 WHERE {key};\n"
        f"DELETE FROM web_counts WHERE {key} AND n <= 0;\n"
    )


_POS = "CASE WHEN {r}.{c} > 0 THEN 1 ELSE 0 END"
_TOTAL_KEY = "scope = {r}.scope AND x = {r}.x AND y = {r}.y AND g = {r}.g"
KEY_INSERT = (
    "INSERT INTO web_totals (scope, x, y, g, events, mentions, a_to_b, b_to_a)"
    f" VALUES (NEW.scope, NEW.x, NEW.y, NEW.g, 1, NEW.n, {_POS.format(r='NEW', c='ab')},"
    f" {_POS.format(r='NEW', c='ba')}) ON CONFLICT (scope, x, y, g) DO UPDATE SET"
    " events = web_totals.events + 1, mentions = web_totals.mentions + excluded.mentions,"
    " a_to_b = web_totals.a_to_b + excluded.a_to_b,"
    " b_to_a = web_totals.b_to_a + excluded.b_to_a;\n"
)
KEY_UPDATE = (
    "UPDATE web_totals SET mentions = mentions + NEW.n - OLD.n,"
    f" a_to_b = a_to_b + {_POS.format(r='NEW', c='ab')} - {_POS.format(r='OLD', c='ab')},"
    f" b_to_a = b_to_a + {_POS.format(r='NEW', c='ba')} - {_POS.format(r='OLD', c='ba')}"
    f" WHERE {_TOTAL_KEY.format(r='NEW')};\n"
)
KEY_DELETE = (
    "UPDATE web_totals SET events = events - 1, mentions = mentions - OLD.n,"
    f" a_to_b = a_to_b - {_POS.format(r='OLD', c='ab')},"
    f" b_to_a = b_to_a - {_POS.format(r='OLD', c='ba')} WHERE {_TOTAL_KEY.format(r='OLD')};\n"
    f"DELETE FROM web_totals WHERE {_TOTAL_KEY.format(r='OLD')} AND events <= 0;\n"
)
PAIR_CHANGED = (
    "OLD.event_key <> NEW.event_key OR OLD.event <> NEW.event OR OLD.factuality <>"
    " NEW.factuality OR OLD.day <> NEW.day OR OLD.forward <> NEW.forward OR OLD.directed <>"
    " NEW.directed OR OLD.a <> NEW.a OR OLD.b <> NEW.b"
)
ACTOR_CHANGED = (
    "OLD.event_key <> NEW.event_key OR OLD.event <> NEW.event OR OLD.factuality <>"
    " NEW.factuality OR OLD.day <> NEW.day OR OLD.code <> NEW.code"
)


def _bodies() -> list[tuple[str, str, str, str]]:
    """(trigger name, timing and table, WHEN condition, body) for every trigger."""
    out: list[tuple[str, str, str, str]] = []
    for table, scopes, changed in (
        ("web_pair_rows", PAIR_SCOPES, PAIR_CHANGED),
        ("web_actor_rows", ACTOR_SCOPES, ACTOR_CHANGED),
    ):
        add = "".join(_add(s, "NEW") for s in scopes)
        remove = "".join(_remove(s, "OLD") for s in scopes)
        out += [
            (f"{table}_sum_insert", f"AFTER INSERT ON {table}", "", add),
            (f"{table}_sum_delete", f"AFTER DELETE ON {table}", "", remove),
            (f"{table}_sum_update", f"AFTER UPDATE ON {table}", changed, remove + add),
        ]
    out += [
        ("web_keys_insert", "AFTER INSERT ON web_keys", "", KEY_INSERT),
        ("web_keys_update", "AFTER UPDATE ON web_keys", "", KEY_UPDATE),
        ("web_keys_delete", "AFTER DELETE ON web_keys", "", KEY_DELETE),
    ]
    for table in COUNTERS:
        out += [
            (f"{table}_count_insert", f"AFTER INSERT ON {table}", "", _count(table, "NEW", 1)),
            (f"{table}_count_delete", f"AFTER DELETE ON {table}", "", _count(table, "OLD", -1)),
        ]
    out.append(
        (
            "events_count_update",
            "AFTER UPDATE OF event ON events",
            "OLD.event <> NEW.event",
            _count("events", "OLD", -1) + _count("events", "NEW", 1),
        )
    )
    return out + summary_fsets.bodies()


def sqlite_triggers(log: bool = False) -> str:
    """Every trigger; with `log` (migration 14, store/summary_log.py) the counters' alone,
    and the log's triggers in place of the ones on the timeline rows and key rows."""
    from alliancewatch.store import summary_log

    parts = []
    for name, on, when, body in _bodies():
        if log and name in summary_log.LEGACY:
            parts.append(f"DROP TRIGGER IF EXISTS {name};\n")
            continue
        cond = f" WHEN {when}" if when else ""
        parts.append(
            f"DROP TRIGGER IF EXISTS {name};\nCREATE TRIGGER {name} {on}{cond} BEGIN\n{body}END;\n"
        )
    return "".join(parts) + (summary_log.triggers() if log else "")


# PostgreSQL: a transaction that rewrites most rows (a full relink) switches the triggers
# off with this setting and refills the tables once (`suspend`, `fill`): row by row, the
# same counter rows were updated millions of times in one transaction, each update a new
# row version the next one had to walk past.
_ON = "current_setting('aw.summaries', true) IS DISTINCT FROM 'off'"


def suspend(db: Any) -> None:
    """PostgreSQL: no summary trigger runs until the end of the current transaction or
    the next `fill`, which the caller must run before committing."""
    db.execute("SELECT set_config('aw.summaries', 'off', true)")


def pg_triggers() -> str:
    parts = []
    for name, on, when, body in _bodies():
        table = on.rsplit(" ", 1)[1]
        cond = f" WHEN ({_ON} AND ({when}))" if when else f" WHEN ({_ON})"
        parts.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{body}RETURN NULL;\nEND $$;\n"
            f"DROP TRIGGER IF EXISTS {name} ON {table};\n"
            f"CREATE TRIGGER {name} {on} FOR EACH ROW{cond} EXECUTE FUNCTION {name}();\n"
        )
    return "".join(parts)


# -- the same numbers from the base tables ---------------------------------------------------

_SRC_PAIR = "web_pair_rows"
_SRC_ACTOR = "web_actor_rows"


def _key_select(spec: tuple[str, ...], source: str) -> str:
    scope, x, y, g, ab, ba, cond = (s.format(r="r") for s in spec)
    where = f" WHERE {cond}" if cond else ""
    return (
        f"SELECT '{scope}' AS scope, {x} AS x, {y} AS y, {g} AS g, r.event_key AS event_key,"
        f" count(*) AS n, sum({ab}) AS ab, sum({ba}) AS ba FROM {source} r{where}"
        " GROUP BY 2, 3, 4, 5"
    )


def keys_query(only: tuple[str, ...] = ()) -> str:
    """web_keys' rows from the timeline rows: every scope, or the scopes `only`."""
    pair = [s for s in PAIR_SCOPES if not only or s[0] in only]
    actor = [s for s in ACTOR_SCOPES if not only or s[0] in only]
    nodes = sorted({s[0] for s in pair if s[0].startswith("node.")})
    return " UNION ALL ".join(
        [_key_select(s, _SRC_PAIR) for s in pair if s[0] not in nodes]
        + [  # a node's two sides: the same key can come from either
            "SELECT scope, x, y, g, event_key, sum(n), sum(ab), sum(ba) FROM ("
            + " UNION ALL ".join(_key_select(s, _SRC_PAIR) for s in pair if s[0] == node)
            + f") AS nodes{i} GROUP BY scope, x, y, g, event_key"
            for i, node in enumerate(nodes)
        ]
        + [_key_select(s, _SRC_ACTOR) for s in actor]
    )


KEYS_QUERY = keys_query()
TOTALS_QUERY = (
    "SELECT scope, x, y, g, count(*), sum(n), sum(CASE WHEN ab > 0 THEN 1 ELSE 0 END),"
    " sum(CASE WHEN ba > 0 THEN 1 ELSE 0 END) FROM web_keys {where} GROUP BY scope, x, y, g"
)


def _counter_select(table: str) -> str:
    kind, k1, k2, k3 = (s.format(r="r") for s in COUNTERS[table])
    return f"SELECT {kind}, {k1}, {k2}, {k3}, count(*) FROM {table} r GROUP BY 1, 2, 3, 4"


COUNTS_QUERY = " UNION ALL ".join(_counter_select(t) for t in COUNTERS)
SUMMARY_TABLES = ("web_counts", "web_keys", "web_totals", *summary_fsets.TABLE_NAMES)
TRIGGERED = ("web_pair_rows", "web_actor_rows", "web_keys", "web_fsets", *COUNTERS)


def fill(db: Any) -> None:
    """Recompute the three tables from the base tables, in the caller's transaction. On
    PostgreSQL the triggers are off meanwhile (`suspend`) and on again afterwards."""
    from alliancewatch.store.dialect import is_postgres

    pg = is_postgres(db)
    if pg:
        suspend(db)
    for t in SUMMARY_TABLES:
        db.execute(f"DELETE FROM {t}")
    if not pg:  # SQLite cannot switch triggers off: dropped, then created again
        _drop_key_triggers(db)
        _clear_log(db)
    db.execute(f"INSERT INTO web_counts (name, k1, k2, k3, n) {COUNTS_QUERY}")
    _insert(db)
    if pg:
        db.execute("SELECT set_config('aw.summaries', 'on', true)")
        for t in SUMMARY_TABLES:  # new rows: the planner needs their statistics now
            db.execute(f"ANALYZE {t}")
    else:
        install(db)


def _insert(db: Any, only: tuple[str, ...] = ()) -> None:
    """The key rows and totals of every scope (or of the scopes `only`, new ones), then
    the factuality sets, with no trigger running (the caller's business)."""
    where = ""
    if only:
        where = "WHERE scope IN (" + ", ".join(f"'{s}'" for s in only) + ")"
    keys = "INSERT INTO web_keys (scope, x, y, g, event_key, n, ab, ba)"
    db.execute(f"{keys} {keys_query(only)}")
    db.execute(
        "INSERT INTO web_totals (scope, x, y, g, events, mentions, a_to_b, b_to_a)"
        f" {TOTALS_QUERY.format(where=where)}"
    )
    summary_fsets.fill(db)


def add_scopes(db: Any, only: tuple[str, ...]) -> None:
    """A migration that adds scopes: their rows alone computed (the others, millions at
    scale, stay as they are), and the triggers again."""
    from alliancewatch.store.dialect import is_postgres

    pg = is_postgres(db)
    if pg:
        suspend(db)
    else:
        from alliancewatch.store import summary_log

        summary_log.flush(db)  # the other scopes are kept, with what the log holds for them
        _drop_key_triggers(db)
    for t in ("web_keys", "web_totals"):
        marks = ", ".join(f"'{s}'" for s in only)
        db.execute(f"DELETE FROM {t} WHERE scope IN ({marks})")
    _insert(db, only)
    if pg:
        db.execute("SELECT set_config('aw.summaries', 'on', true)")
        for t in SUMMARY_TABLES:
            db.execute(f"ANALYZE {t}")
    install(db)


def _drop_key_triggers(db: Any) -> None:
    """SQLite cannot switch triggers off: the ones on the summaries dropped (`install`
    creates them again)."""
    for when in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS web_keys_{when}")
    for name in summary_fsets.TRIGGER_NAMES:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def install(db: Any) -> None:
    """Create (or replace) the triggers: on SQLite after migration 14, the log's."""
    from alliancewatch.store import summary_log
    from alliancewatch.store.dialect import is_postgres, script

    if is_postgres(db):
        db.execute(pg_triggers())
    else:
        script(db, sqlite_triggers(log=summary_log.active(db)))


def _clear_log(db: Any) -> None:
    """SQLite after migration 14: the rows logged so far are in the recomputed tables."""
    from alliancewatch.store import summary_log

    if summary_log.active(db):
        summary_log.clear(db)


def migrate(db: Any) -> None:
    """Migration 8 (store/schema.py): tables, filled from the rows already there, then the
    triggers. Safe to re-run."""
    from alliancewatch.store.dialect import is_postgres, script

    script(db, TABLES)
    if is_postgres(db):
        install(db)
        fill(db)
    else:
        fill(db)  # installs the triggers once the keys are in
    _fix_actor_row_insert(db)


def refresh(db: Any) -> None:
    """A later migration that adds a scope: the triggers again, and every row recomputed."""
    install(db)
    fill(db)


def _fix_actor_row_insert(db: Any) -> None:
    """SQLite: the pair-row trigger wrote a mention's actor row with INSERT OR REPLACE, once
    per pair row, and REPLACE deletes without delete triggers: the actor row's counts would
    be added twice. The same trigger, with OR IGNORE (the row's values are the same) and an
    explicit delete of a stale pair row first."""
    from alliancewatch.store.dialect import is_postgres, script

    if is_postgres(db):  # ON CONFLICT DO UPDATE there: an update trigger, no double count
        return
    script(db, SQLITE_PAIR_INSERT)


SQLITE_PAIR_INSERT = f"""
DROP TRIGGER IF EXISTS web_rows_pair_insert;
CREATE TRIGGER web_rows_pair_insert AFTER INSERT ON mention_pairs BEGIN
    DELETE FROM web_pair_rows WHERE mention_id = NEW.mention_id AND a = NEW.a AND b = NEW.b;
    INSERT INTO web_pair_rows ({PAIR_COLUMNS})
        SELECT NEW.a, NEW.b, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}, NEW.forward, {ROW_DIRECTED}
        FROM mentions m WHERE m.id = NEW.mention_id;
    INSERT OR IGNORE INTO web_actor_rows ({ACTOR_COLUMNS})
        SELECT x.code, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}
        FROM mentions m, (SELECT NEW.a AS code UNION SELECT NEW.b) x
        WHERE m.id = NEW.mention_id AND x.code != '';
END;
"""


def reference(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The three tables' rows computed now with GROUP BY over the rows they summarise,
    sorted (the tests compare them with the maintained tables)."""
    keys = sorted(tuple(r) for r in db.execute(KEYS_QUERY))
    totals = sorted(
        tuple(r)
        for r in db.execute(
            f"SELECT scope, x, y, g, count(*), sum(n), sum(CASE WHEN ab > 0 THEN 1 ELSE 0 END),"
            f" sum(CASE WHEN ba > 0 THEN 1 ELSE 0 END) FROM ({KEYS_QUERY}) AS k"
            " GROUP BY scope, x, y, g"
        )
    )
    counts = sorted(tuple(r) for r in db.execute(COUNTS_QUERY))
    fsets = summary_fsets.reference(db)  # from web_keys, itself compared with `keys`
    return {"web_keys": keys, "web_totals": totals, "web_counts": counts} | fsets


def stored(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The three tables as maintained, sorted like `reference`."""
    return {t: sorted(tuple(r) for r in db.execute(f"SELECT * FROM {t}")) for t in SUMMARY_TABLES}
