"""Migration 12: each event's set of factualities, so the network filtered by factuality
reads a few thousand summary rows instead of every pair row.

An event reported as asserted in one mention and as probable in another counts once under
`factuality=asserted,probable`: per-factuality counts cannot be added. Instead each
(pair, event key) keeps the set of factualities its rows carry, as a bit mask (`f`), with
the factualities of its directed rows each way (`fab`, `fba`); events with the same
(pair, type, masks) are counted together. A filter with factualities F counts the groups
whose mask meets F (`f & F <> 0`): every event once, whatever its number of mentions.

Three levels, each kept by row triggers in the writer's transaction (store/summary_rows.py
generates the first level's triggers and switches all of them off during a full relink):

- `web_keys` scopes `pair.tfact` and `node.tfact` (store/summary_rows.py): rows per
  (pair or node, "type|factuality", event key) with their counts.
- `web_fsets`: one row per (scope, x, y, type, event key) with its masks, from triggers
  on those web_keys rows (a key's first row of a factuality sets the bit, its last row's
  removal clears it; the event's row goes when no bit is left).
- `web_fgroups`: per (scope, x, y, type, masks) the number of events, from triggers on
  web_fsets (a changed mask moves the event from one group to another).
"""

from __future__ import annotations

from typing import Any

from alliancewatch.plover import FACTUALITY

SCOPES = ("pair.tfact", "node.tfact")
BITS = {fact: 1 << i for i, fact in enumerate(FACTUALITY)}

TABLES = """
CREATE TABLE IF NOT EXISTS web_fsets (
    scope TEXT NOT NULL,
    x TEXT NOT NULL,
    y TEXT NOT NULL,
    event TEXT NOT NULL,
    event_key TEXT NOT NULL,
    f INTEGER NOT NULL,
    fab INTEGER NOT NULL,
    fba INTEGER NOT NULL,
    PRIMARY KEY (scope, x, y, event, event_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS web_fgroups (
    scope TEXT NOT NULL,
    x TEXT NOT NULL,
    y TEXT NOT NULL,
    event TEXT NOT NULL,
    f INTEGER NOT NULL,
    fab INTEGER NOT NULL,
    fba INTEGER NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (scope, x, y, event, f, fab, fba)
) WITHOUT ROWID;
"""
TABLE_NAMES = ("web_fsets", "web_fgroups")


def mask(facts: Any) -> int:
    """The bits of the given factualities (unknown labels have none)."""
    out = 0
    for fact in facts:
        out |= BITS.get(fact, 0)
    return out


def bit_of(g: str) -> str:
    """SQL: the bit of the factuality at the end of a "type|factuality" grouping."""
    cases = " ".join(f"WHEN {g} LIKE '%|{f}' THEN {b}" for f, b in BITS.items())
    return f"(CASE {cases} ELSE 0 END)"


def event_of(g: str) -> str:
    """SQL: the type at the start of a "type|factuality" grouping (both back ends: no
    instr/strpos, the factuality's length is known per branch)."""
    cases = " ".join(
        f"WHEN {g} LIKE '%|{f}' THEN substr({g}, 1, length({g}) - {len(f) + 1})" for f in BITS
    )
    return f"(CASE {cases} ELSE {g} END)"


def flag_bit(r: str, c: str, bit: str) -> str:
    return f"(CASE WHEN {r}.{c} > 0 THEN {bit} ELSE 0 END)"


_IN_SCOPE = "{r}.scope IN ('pair.tfact', 'node.tfact')"
_FSET_KEY = (
    "scope = {r}.scope AND x = {r}.x AND y = {r}.y AND event = {ev} AND event_key = {r}.event_key"
)
_NEW_BIT, _OLD_BIT = bit_of("NEW.g"), bit_of("OLD.g")
_NEW_KEY = _FSET_KEY.format(r="NEW", ev=event_of("NEW.g"))
_OLD_KEY = _FSET_KEY.format(r="OLD", ev=event_of("OLD.g"))

KEY_INSERT = (
    "INSERT INTO web_fsets (scope, x, y, event, event_key, f, fab, fba)"
    f" VALUES (NEW.scope, NEW.x, NEW.y, {event_of('NEW.g')}, NEW.event_key, {_NEW_BIT},"
    f" {flag_bit('NEW', 'ab', _NEW_BIT)}, {flag_bit('NEW', 'ba', _NEW_BIT)})"
    " ON CONFLICT (scope, x, y, event, event_key) DO UPDATE SET f = web_fsets.f | excluded.f,"
    " fab = web_fsets.fab | excluded.fab, fba = web_fsets.fba | excluded.fba;\n"
)
KEY_UPDATE = (
    f"UPDATE web_fsets SET fab = (fab & ~{_NEW_BIT}) | {flag_bit('NEW', 'ab', _NEW_BIT)},"
    f" fba = (fba & ~{_NEW_BIT}) | {flag_bit('NEW', 'ba', _NEW_BIT)} WHERE {_NEW_KEY};\n"
)
KEY_DELETE = (
    f"UPDATE web_fsets SET f = f & ~{_OLD_BIT}, fab = fab & ~{_OLD_BIT},"
    f" fba = fba & ~{_OLD_BIT} WHERE {_OLD_KEY};\n"
    f"DELETE FROM web_fsets WHERE {_OLD_KEY} AND f = 0;\n"
)
_GROUP = "scope, x, y, event, f, fab, fba"
_GROUP_KEY = (
    "scope = {r}.scope AND x = {r}.x AND y = {r}.y AND event = {r}.event AND f = {r}.f"
    " AND fab = {r}.fab AND fba = {r}.fba"
)


def _group_add(r: str) -> str:
    return (
        f"INSERT INTO web_fgroups ({_GROUP}, events) VALUES ({r}.scope, {r}.x, {r}.y,"
        f" {r}.event, {r}.f, {r}.fab, {r}.fba, 1) ON CONFLICT ({_GROUP})"
        " DO UPDATE SET events = web_fgroups.events + 1;\n"
    )


def _group_remove(r: str) -> str:
    key = _GROUP_KEY.format(r=r)
    return (
        f"UPDATE web_fgroups SET events = events - 1 WHERE {key};\n"
        f"DELETE FROM web_fgroups WHERE {key} AND events <= 0;\n"
    )


def bodies() -> list[tuple[str, str, str, str]]:
    """(trigger name, timing and table, WHEN condition, body), as summary_rows._bodies."""
    new_in, old_in = _IN_SCOPE.format(r="NEW"), _IN_SCOPE.format(r="OLD")
    ab_changed = "(OLD.ab > 0) <> (NEW.ab > 0) OR (OLD.ba > 0) <> (NEW.ba > 0)"
    return [
        ("web_keys_fset_insert", "AFTER INSERT ON web_keys", new_in, KEY_INSERT),
        (
            "web_keys_fset_update",
            "AFTER UPDATE ON web_keys",
            f"{new_in} AND ({ab_changed})",
            KEY_UPDATE,
        ),
        ("web_keys_fset_delete", "AFTER DELETE ON web_keys", old_in, KEY_DELETE),
        ("web_fsets_insert", "AFTER INSERT ON web_fsets", "", _group_add("NEW")),
        ("web_fsets_delete", "AFTER DELETE ON web_fsets", "", _group_remove("OLD")),
        (
            "web_fsets_update",
            "AFTER UPDATE ON web_fsets",
            "OLD.f <> NEW.f OR OLD.fab <> NEW.fab OR OLD.fba <> NEW.fba",
            _group_remove("OLD") + _group_add("NEW"),
        ),
    ]


TRIGGER_NAMES = tuple(b[0] for b in bodies())

# -- the same rows from web_keys (fill, and the tests' reference) --------------------------

_FSETS_INNER = (
    f"SELECT k.scope AS scope, k.x AS x, k.y AS y, {event_of('k.g')} AS event,"
    f" k.event_key AS event_key, sum({bit_of('k.g')}) AS f,"
    f" sum({flag_bit('k', 'ab', bit_of('k.g'))}) AS fab,"
    f" sum({flag_bit('k', 'ba', bit_of('k.g'))}) AS fba"
    f" FROM web_keys k WHERE {_IN_SCOPE.format(r='k')} GROUP BY 1, 2, 3, 4, 5"
)  # one web_keys row per factuality of a key: the sum of its distinct bits is their union
FSETS_QUERY = f"SELECT scope, x, y, event, event_key, f, fab, fba FROM ({_FSETS_INNER}) AS q"
GROUPS_QUERY = f"SELECT {_GROUP}, count(*) FROM ({_FSETS_INNER}) AS q GROUP BY {_GROUP}"


def fill(db: Any) -> None:
    """web_fsets and web_fgroups from web_keys, in the caller's transaction (its triggers
    off: summary_rows.fill)."""
    for t in TABLE_NAMES:
        db.execute(f"DELETE FROM {t}")
    db.execute(f"INSERT INTO web_fsets (scope, x, y, event, event_key, f, fab, fba) {FSETS_QUERY}")
    db.execute(
        f"INSERT INTO web_fgroups ({_GROUP}, events)"
        f" SELECT {_GROUP}, count(*) FROM web_fsets GROUP BY {_GROUP}"
    )


def reference(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Both tables computed now from web_keys, sorted (the tests compare them with the
    maintained ones; web_keys itself is compared with the rows it counts)."""
    return {
        "web_fsets": sorted(tuple(r) for r in db.execute(FSETS_QUERY)),
        "web_fgroups": sorted(tuple(r) for r in db.execute(GROUPS_QUERY)),
    }
