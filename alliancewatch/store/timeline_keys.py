"""Migration 7: what the web's counts need, on the timeline rows themselves.

Timelines, the network and the relation view count merged events (a mention's event_id,
else its own id) and the network splits pairs by direction. Reading those from `mentions`
and `mention_pairs` meant a join per row: at a million mentions, most of a timeline's time.
This migration puts them on the rows (store/timeline_rows.py):
- `event_key` on web_pair_rows and web_actor_rows: coalesce(event_id, mention id);
- `forward` (mention_pairs.forward) and `directed` (the mention has a coded recipient) on
  web_pair_rows;
kept by the row triggers and by a trigger on mentions.event_id (the event linking rewrites
it, merge/events.py). On PostgreSQL, covering indexes let the counts read the index alone.
The tables are rebuilt in place (ALTER TABLE ADD COLUMN, then one UPDATE from the base
tables), so existing databases keep their rows.
"""

from __future__ import annotations

from typing import Any

ROW_KEY = "coalesce(m.event_id, m.id)"
ROW_DIRECTED = "CASE WHEN m.recipient_codes != '' THEN 1 ELSE 0 END"
ROW_DAY = "coalesce(m.date, m.published, '')"
ROW_FIELDS = "m.date, m.event, m.quad, m.factuality, m.language"
PAIR_COLUMNS = (
    "a, b, day, mention_id, date, event, quad, factuality, language, event_key, forward, directed"
)
ACTOR_COLUMNS = "code, day, mention_id, date, event, quad, factuality, language, event_key"

# Both back ends: fill the new columns of the rows already there.
FILL = f"""
UPDATE web_pair_rows SET
    event_key = (SELECT {ROW_KEY} FROM mentions m WHERE m.id = web_pair_rows.mention_id),
    directed = (SELECT {ROW_DIRECTED} FROM mentions m WHERE m.id = web_pair_rows.mention_id),
    forward = coalesce((SELECT p.forward FROM mention_pairs p
        WHERE p.mention_id = web_pair_rows.mention_id AND p.a = web_pair_rows.a
        AND p.b = web_pair_rows.b), 1);
UPDATE web_actor_rows SET
    event_key = (SELECT {ROW_KEY} FROM mentions m WHERE m.id = web_actor_rows.mention_id);
"""

# The rows from the base tables (bulk loads, and the tests' reference).
BACKFILL = f"""
INSERT OR REPLACE INTO web_pair_rows ({PAIR_COLUMNS})
    SELECT mp.a, mp.b, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}, mp.forward, {ROW_DIRECTED}
    FROM mention_pairs mp JOIN mentions m ON m.id = mp.mention_id;
INSERT OR REPLACE INTO web_actor_rows ({ACTOR_COLUMNS})
    SELECT x.code, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}
    FROM (SELECT mention_id, a AS code FROM mention_pairs
          UNION SELECT mention_id, b FROM mention_pairs WHERE b != '') x
    JOIN mentions m ON m.id = x.mention_id;
"""
PG_BACKFILL = (
    BACKFILL.replace("INSERT OR REPLACE INTO", "INSERT INTO")
    .replace("!=", "<>")
    .replace("m.id = mp.mention_id;", "m.id = mp.mention_id ON CONFLICT DO NOTHING;")
    .replace("m.id = x.mention_id;", "m.id = x.mention_id ON CONFLICT DO NOTHING;")
)

REFERENCE_VIEWS = f"""
CREATE TEMP VIEW IF NOT EXISTS web_pair_rows AS
    SELECT mp.a AS a, mp.b AS b, {ROW_DAY} AS day, mp.mention_id AS mention_id, mp.date AS date,
        mp.event AS event, mp.quad AS quad, m.factuality AS factuality, m.language AS language,
        {ROW_KEY} AS event_key, mp.forward AS forward, {ROW_DIRECTED} AS directed
    FROM mention_pairs mp LEFT JOIN mentions m ON m.id = mp.mention_id;
CREATE TEMP VIEW IF NOT EXISTS web_actor_rows AS
    SELECT x.code AS code, {ROW_DAY} AS day, x.mention_id AS mention_id, {ROW_FIELDS},
        {ROW_KEY} AS event_key
    FROM (SELECT mention_id, a AS code FROM mention_pairs
          UNION SELECT mention_id, b FROM mention_pairs WHERE b != '') x
    LEFT JOIN mentions m ON m.id = x.mention_id;
"""

TRIGGERS = f"""
DROP TRIGGER IF EXISTS web_rows_pair_insert;
CREATE TRIGGER web_rows_pair_insert AFTER INSERT ON mention_pairs BEGIN
    INSERT OR REPLACE INTO web_pair_rows ({PAIR_COLUMNS})
        SELECT NEW.a, NEW.b, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}, NEW.forward, {ROW_DIRECTED}
        FROM mentions m WHERE m.id = NEW.mention_id;
    INSERT OR REPLACE INTO web_actor_rows ({ACTOR_COLUMNS})
        SELECT x.code, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}
        FROM mentions m, (SELECT NEW.a AS code UNION SELECT NEW.b) x
        WHERE m.id = NEW.mention_id AND x.code != '';
END;
DROP TRIGGER IF EXISTS web_rows_mention_insert;
CREATE TRIGGER web_rows_mention_insert AFTER INSERT ON mentions BEGIN
    UPDATE web_pair_rows SET day = coalesce(NEW.date, NEW.published, ''), date = NEW.date,
        event = NEW.event, quad = NEW.quad, factuality = NEW.factuality,
        language = NEW.language, event_key = coalesce(NEW.event_id, NEW.id),
        directed = CASE WHEN NEW.recipient_codes != '' THEN 1 ELSE 0 END
        WHERE mention_id = NEW.id;
    UPDATE web_actor_rows SET day = coalesce(NEW.date, NEW.published, ''), date = NEW.date,
        event = NEW.event, quad = NEW.quad, factuality = NEW.factuality,
        language = NEW.language, event_key = coalesce(NEW.event_id, NEW.id)
        WHERE mention_id = NEW.id;
END;
CREATE TRIGGER IF NOT EXISTS web_rows_event_key AFTER UPDATE OF event_id ON mentions BEGIN
    UPDATE web_pair_rows SET event_key = coalesce(NEW.event_id, NEW.id)
        WHERE mention_id = NEW.id;
    UPDATE web_actor_rows SET event_key = coalesce(NEW.event_id, NEW.id)
        WHERE mention_id = NEW.id;
END;
"""

_PG_SET = (
    "date = excluded.date, event = excluded.event, quad = excluded.quad,"
    " factuality = excluded.factuality, language = excluded.language,"
    " event_key = excluded.event_key"
)
PG_TRIGGERS = f"""
CREATE OR REPLACE FUNCTION web_rows_pair_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO web_pair_rows ({PAIR_COLUMNS})
        SELECT NEW.a, NEW.b, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}, NEW.forward,
            {ROW_DIRECTED}
        FROM mentions m WHERE m.id = NEW.mention_id
        ON CONFLICT (a, b, day, mention_id) DO UPDATE SET {_PG_SET},
            forward = excluded.forward, directed = excluded.directed;
    INSERT INTO web_actor_rows ({ACTOR_COLUMNS})
        SELECT x.code, {ROW_DAY}, m.id, {ROW_FIELDS}, {ROW_KEY}
        FROM mentions m, (SELECT NEW.a AS code UNION SELECT NEW.b) x
        WHERE m.id = NEW.mention_id AND x.code <> ''
        ON CONFLICT (code, day, mention_id) DO UPDATE SET {_PG_SET};
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION web_rows_event_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE web_pair_rows SET event_key = coalesce(NEW.event_id, NEW.id)
        WHERE mention_id = NEW.id;
    UPDATE web_actor_rows SET event_key = coalesce(NEW.event_id, NEW.id)
        WHERE mention_id = NEW.id;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS web_rows_event_key ON mentions;
CREATE TRIGGER web_rows_event_key AFTER UPDATE OF event_id ON mentions
    FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id)
    EXECUTE FUNCTION web_rows_event_key();
"""

# PostgreSQL reads a range of an index alone when the index holds every column the
# query needs (and the visibility map is set): the timelines' and the network's counts.
PG_INDEXES = """
CREATE INDEX IF NOT EXISTS web_pair_rows_cover ON web_pair_rows (a, b, day)
    INCLUDE (event_key, event, quad, factuality, language, date, forward, directed, mention_id);
CREATE INDEX IF NOT EXISTS web_actor_rows_cover ON web_actor_rows (code, day)
    INCLUDE (event_key, event, quad, factuality, language, date, mention_id);
"""


def migrate(db: Any) -> None:
    """Migration 7 (store/schema.py). Safe to re-run."""
    from alliancewatch.store.dialect import is_postgres, script
    from alliancewatch.store.schema import _add_columns

    _add_columns(
        db,
        "web_pair_rows",
        [
            ("event_key", "TEXT NOT NULL DEFAULT ''"),
            ("forward", "INTEGER NOT NULL DEFAULT 1"),
            ("directed", "INTEGER NOT NULL DEFAULT 0"),
        ],
    )
    _add_columns(db, "web_actor_rows", [("event_key", "TEXT NOT NULL DEFAULT ''")])
    if is_postgres(db):
        db.execute(PG_TRIGGERS)
        db.execute(
            f"UPDATE web_pair_rows r SET event_key = {ROW_KEY}, directed = {ROW_DIRECTED},"
            " forward = p.forward FROM mentions m, mention_pairs p"
            " WHERE m.id = r.mention_id AND p.mention_id = r.mention_id AND p.a = r.a"
            " AND p.b = r.b"
        )
        db.execute(
            f"UPDATE web_actor_rows r SET event_key = {ROW_KEY} FROM mentions m"
            " WHERE m.id = r.mention_id"
        )
        db.execute(PG_INDEXES)
        # every row was rewritten: fresh statistics now (VACUUM, which also lets the
        # covering indexes be read alone, cannot run in the migration's transaction)
        db.execute("ANALYZE web_pair_rows")
        db.execute("ANALYZE web_actor_rows")
    else:
        script(db, TRIGGERS)
        script(db, FILL)


def rebuild(db: Any) -> None:
    """Refill the timeline rows from the base tables (after rows were written with the
    triggers off: bulk loads), inside the caller's transaction."""
    from alliancewatch.store.dialect import is_postgres, script

    db.execute("DELETE FROM web_pair_rows")
    db.execute("DELETE FROM web_actor_rows")
    if is_postgres(db):
        db.execute(PG_BACKFILL)
    else:
        script(db, BACKFILL)
