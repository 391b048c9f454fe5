"""Timeline rows: migration 3 (store/schema.py), read by the web layer.

`MIGRATION` creates two narrow tables clustered for timelines, kept up to date by
triggers on `mention_pairs` and `mentions` (so Store.save needs no change), and fills them
from existing rows. `REFERENCE_VIEWS` computes the same rows straight from the base
tables; the tests compare the two.
"""

from __future__ import annotations

_FROM_M = "m.date, m.event, m.quad, m.factuality, m.language"
_DAY = "coalesce(m.date, m.published, '')"

TABLES = """
-- One row per (pair of actor codes, mention) as in mention_pairs (a < b; b = '' when a
-- mention has a single actor), clustered by pair then date for pair timelines.
CREATE TABLE IF NOT EXISTS web_pair_rows (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    day TEXT NOT NULL,  -- coalesce(date, published, ''): the timeline's order
    mention_id TEXT NOT NULL,
    date TEXT,
    event TEXT NOT NULL,
    quad TEXT NOT NULL,
    factuality TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (a, b, day, mention_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS web_pair_rows_mention ON web_pair_rows(mention_id);
-- One row per (actor code, mention): single-actor timelines without de-duplication.
CREATE TABLE IF NOT EXISTS web_actor_rows (
    code TEXT NOT NULL,
    day TEXT NOT NULL,
    mention_id TEXT NOT NULL,
    date TEXT,
    event TEXT NOT NULL,
    quad TEXT NOT NULL,
    factuality TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (code, day, mention_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS web_actor_rows_mention ON web_actor_rows(mention_id);
-- Overview counts (language x type x factuality) and search filters on a sentence's mentions.
CREATE INDEX IF NOT EXISTS mentions_language_event ON mentions(language, event, factuality);
CREATE INDEX IF NOT EXISTS mentions_article_sequence ON mentions(article_id, sequence);
"""

TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS web_rows_pair_insert AFTER INSERT ON mention_pairs BEGIN
    INSERT OR REPLACE INTO web_pair_rows
        SELECT NEW.a, NEW.b, {_DAY}, m.id, {_FROM_M} FROM mentions m WHERE m.id = NEW.mention_id;
    INSERT OR REPLACE INTO web_actor_rows
        SELECT x.code, {_DAY}, m.id, {_FROM_M}
        FROM mentions m, (SELECT NEW.a AS code UNION SELECT NEW.b) x
        WHERE m.id = NEW.mention_id AND x.code != '';
END;
CREATE TRIGGER IF NOT EXISTS web_rows_pair_delete AFTER DELETE ON mention_pairs BEGIN
    DELETE FROM web_pair_rows WHERE mention_id = OLD.mention_id AND a = OLD.a AND b = OLD.b;
    DELETE FROM web_actor_rows WHERE mention_id = OLD.mention_id;
END;
CREATE TRIGGER IF NOT EXISTS web_rows_mention_delete AFTER DELETE ON mentions BEGIN
    DELETE FROM web_pair_rows WHERE mention_id = OLD.id;
    DELETE FROM web_actor_rows WHERE mention_id = OLD.id;
END;
-- INSERT OR REPLACE of a mention with a known id: refresh the rows already there.
CREATE TRIGGER IF NOT EXISTS web_rows_mention_insert AFTER INSERT ON mentions BEGIN
    UPDATE web_pair_rows SET day = coalesce(NEW.date, NEW.published, ''), date = NEW.date,
        event = NEW.event, quad = NEW.quad, factuality = NEW.factuality,
        language = NEW.language WHERE mention_id = NEW.id;
    UPDATE web_actor_rows SET day = coalesce(NEW.date, NEW.published, ''), date = NEW.date,
        event = NEW.event, quad = NEW.quad, factuality = NEW.factuality,
        language = NEW.language WHERE mention_id = NEW.id;
END;
"""

BACKFILL = f"""
INSERT OR REPLACE INTO web_pair_rows
    SELECT mp.a, mp.b, {_DAY}, m.id, {_FROM_M}
    FROM mention_pairs mp JOIN mentions m ON m.id = mp.mention_id;
INSERT OR REPLACE INTO web_actor_rows
    SELECT x.code, {_DAY}, m.id, {_FROM_M}
    FROM (SELECT mention_id, a AS code FROM mention_pairs
          UNION SELECT mention_id, b FROM mention_pairs WHERE b != '') x
    JOIN mentions m ON m.id = x.mention_id;
"""

MIGRATION = TABLES + TRIGGERS + BACKFILL

# The same rows computed from the base tables (TEMP views, so a read-only connection can
# create them): what the triggers must keep the tables equal to.
REFERENCE_VIEWS = f"""
CREATE TEMP VIEW IF NOT EXISTS web_pair_rows AS
    SELECT mp.a AS a, mp.b AS b, {_DAY} AS day, mp.mention_id AS mention_id, mp.date AS date,
        mp.event AS event, mp.quad AS quad, m.factuality AS factuality, m.language AS language
    FROM mention_pairs mp LEFT JOIN mentions m ON m.id = mp.mention_id;
CREATE TEMP VIEW IF NOT EXISTS web_actor_rows AS
    SELECT x.code AS code, {_DAY} AS day, x.mention_id AS mention_id, {_FROM_M}
    FROM (SELECT mention_id, a AS code FROM mention_pairs
          UNION SELECT mention_id, b FROM mention_pairs WHERE b != '') x
    LEFT JOIN mentions m ON m.id = x.mention_id;
"""

# PostgreSQL: the same tables (through store/dialect.py's rewriting of TABLES) and the
# same triggers as row-level PL/pgSQL functions. Run as one script.
_PG_FROM_M = "m.date, m.event, m.quad, m.factuality, m.language"
_PG_SET = (
    "date = excluded.date, event = excluded.event, quad = excluded.quad,"
    " factuality = excluded.factuality, language = excluded.language"
)
PG_TRIGGERS = f"""
CREATE FUNCTION web_rows_pair_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO web_pair_rows
        SELECT NEW.a, NEW.b, {_DAY}, m.id, {_PG_FROM_M} FROM mentions m
        WHERE m.id = NEW.mention_id
        ON CONFLICT (a, b, day, mention_id) DO UPDATE SET {_PG_SET};
    INSERT INTO web_actor_rows
        SELECT x.code, {_DAY}, m.id, {_PG_FROM_M}
        FROM mentions m, (SELECT NEW.a AS code UNION SELECT NEW.b) x
        WHERE m.id = NEW.mention_id AND x.code <> ''
        ON CONFLICT (code, day, mention_id) DO UPDATE SET {_PG_SET};
    RETURN NULL;
END $$;
CREATE TRIGGER web_rows_pair_insert AFTER INSERT ON mention_pairs
    FOR EACH ROW EXECUTE FUNCTION web_rows_pair_insert();
CREATE FUNCTION web_rows_pair_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM web_pair_rows WHERE mention_id = OLD.mention_id AND a = OLD.a AND b = OLD.b;
    DELETE FROM web_actor_rows WHERE mention_id = OLD.mention_id;
    RETURN NULL;
END $$;
CREATE TRIGGER web_rows_pair_delete AFTER DELETE ON mention_pairs
    FOR EACH ROW EXECUTE FUNCTION web_rows_pair_delete();
CREATE FUNCTION web_rows_mention_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM web_pair_rows WHERE mention_id = OLD.id;
    DELETE FROM web_actor_rows WHERE mention_id = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER web_rows_mention_delete AFTER DELETE ON mentions
    FOR EACH ROW EXECUTE FUNCTION web_rows_mention_delete();
"""


def _pg_tables() -> str:
    from alliancewatch.store.dialect import ddl, statements

    return ";\n".join(s for st in statements(TABLES) for s in ddl(st)) + ";\n"


PG_MIGRATION = _pg_tables() + PG_TRIGGERS

# Rows for mentions written with the triggers off (bulk loads, `alliancewatch copy`).
PG_BACKFILL = f"""
INSERT INTO web_pair_rows
    SELECT mp.a, mp.b, {_DAY}, m.id, {_FROM_M}
    FROM mention_pairs mp JOIN mentions m ON m.id = mp.mention_id
    ON CONFLICT DO NOTHING;
INSERT INTO web_actor_rows
    SELECT x.code, {_DAY}, m.id, {_FROM_M}
    FROM (SELECT mention_id, a AS code FROM mention_pairs
          UNION SELECT mention_id, b FROM mention_pairs WHERE b <> '') x
    JOIN mentions m ON m.id = x.mention_id
    ON CONFLICT DO NOTHING;
"""
