"""Numbered schema migrations. A database records the last one applied in `schema_version`.

Tables stay plain (text, integers, JSON in text columns) so any SQLite tool can read them.
One list of migrations serves SQLite and PostgreSQL: each is written in SQLite's spelling
and store/dialect.py rewrites it for PostgreSQL; a migration that cannot be rewritten
mechanically (triggers) branches on `is_postgres(db)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alliancewatch.store.dialect import is_postgres
from alliancewatch.store.dialect import script as _script


def _m1_core(db: Any) -> None:
    _script(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL UNIQUE,
            source_id INTEGER REFERENCES sources(id),
            raw_hash TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT,
            published TEXT,
            lang TEXT NOT NULL,
            url TEXT,
            encoding TEXT,
            text TEXT NOT NULL,
            n_paragraphs INTEGER NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            coder TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_lang_published ON articles(lang, published);
        CREATE TABLE paragraphs (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            is_title INTEGER NOT NULL DEFAULT 0,
            UNIQUE (article_id, idx)
        );
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (source, doc, reason)
        );
        -- Full-text search over text split into CJK/Hangul bigrams and Latin words in Python
        -- (fts.py): FTS5's own tokenizers cannot match two-character Japanese terms.
        CREATE VIRTUAL TABLE sentences_fts USING fts5(terms, tokenize = 'unicode61');
        CREATE VIRTUAL TABLE articles_fts USING fts5(terms, tokenize = 'unicode61');
        """,
    )


def _m2_mentions(db: Any) -> None:
    _script(
        db,
        """
        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
            event_id TEXT,
            doc TEXT NOT NULL,
            language TEXT NOT NULL,
            published TEXT,
            event TEXT NOT NULL,
            quad TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT '[]',
            context TEXT NOT NULL DEFAULT '[]',
            actor TEXT NOT NULL,
            recipient TEXT NOT NULL,
            actor_codes TEXT NOT NULL,
            recipient_codes TEXT NOT NULL,
            date TEXT,
            date_text TEXT,
            factuality TEXT NOT NULL,
            factuality_cue TEXT,
            claimed_by TEXT,
            claimed_by_cue TEXT,
            claimed_by_code TEXT,
            sentence TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            trigger TEXT NOT NULL,
            trigger_start INTEGER NOT NULL DEFAULT 0,
            implicit INTEGER NOT NULL DEFAULT 0,
            coder TEXT NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_event_type ON mentions(event, date);
        CREATE INDEX mentions_date ON mentions(date);
        CREATE INDEX mentions_event_id ON mentions(event_id);
        -- One row per (actor code, recipient code) of a mention, with the pair ordered
        -- (a < b) so that pair timelines and the network are single index range scans.
        CREATE TABLE mention_pairs (
            mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            forward INTEGER NOT NULL,
            event TEXT NOT NULL,
            quad TEXT NOT NULL,
            date TEXT,
            PRIMARY KEY (mention_id, a, b)
        );
        CREATE INDEX mention_pairs_ab ON mention_pairs(a, b, date);
        CREATE INDEX mention_pairs_b ON mention_pairs(b, date);
        CREATE INDEX mention_pairs_date ON mention_pairs(date);
        -- Mentions of one happening merged across sentences and articles.
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            event TEXT NOT NULL,
            actor_codes TEXT NOT NULL,
            recipient_codes TEXT NOT NULL,
            date TEXT,
            factuality TEXT NOT NULL,
            n_mentions INTEGER NOT NULL,
            n_articles INTEGER NOT NULL,
            first_mention TEXT NOT NULL
        );
        CREATE INDEX events_type_date ON events(event, date);
        """,
    )


def _m3_web(db: Any) -> None:
    """Narrow per-pair and per-actor rows, kept by triggers, for fast timelines (web/)."""
    from alliancewatch.store import timeline_rows as schema_web

    if is_postgres(db):
        db.execute(schema_web.PG_MIGRATION)
    else:
        _script(db, schema_web.MIGRATION)


def _m4_store_state(db: Any) -> None:
    """Flags kept in the same transaction as the writes they describe. `events_stale` is
    set by every article save and cleared by the events rebuild, so a run killed between
    the two is completed by the next one."""
    _script(
        db,
        """
        CREATE TABLE store_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        INSERT INTO store_state (key, value)
            SELECT 'events_stale', '1' WHERE EXISTS (SELECT 1 FROM mentions);
        """,
    )


def _fts_stems(db: Any) -> None:
    """Re-index the FTS tables: Latin words are now stored as English stems (store/fts.py).

    It only recomputes the FTS rows from the stored text, so it is correct whatever runs
    before or after it.
    """
    from alliancewatch.store import fts

    fts.rebuild(db)


def _columns(db: Any, table: str) -> set[str]:
    """The column names of a table (SQLite's PRAGMA; PostgreSQL's information_schema)."""
    if is_postgres(db):
        rows = db.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
        return {r[0] for r in rows}
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})")}


def _add_columns(db: Any, table: str, columns: list[tuple[str, str]]) -> None:
    """ALTER TABLE ADD COLUMN for the columns not there yet (a migration may be re-run)."""
    have = _columns(db, table)
    for name, decl in columns:
        if name not in have:
            _script(db, f"ALTER TABLE {table} ADD COLUMN {name} {decl};")


def _m6_events(db: Any) -> None:
    """Stories and incremental events (merge/): each article's story and MinHash signature,
    LSH band keys to find near-duplicates, each mention's link attributes and month buckets
    to find the events it can join, and the event record's evidence columns. Events of an
    existing database are rebuilt once by the next write (events_stale). Safe to re-run."""
    if is_postgres(db):  # SQLite's instr(), used by the event filters (store/event_queries.py)
        db.execute(
            "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer"
            " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos($1, $2)'"
        )
    _add_columns(
        db,
        "articles",
        [("story", "TEXT"), ("outlet", "TEXT"), ("minhash", "BLOB"), ("n_shingles", "INTEGER")],
    )
    _add_columns(
        db,
        "mentions",
        [
            ("link_key", "TEXT"),
            ("object_class", "TEXT NOT NULL DEFAULT ''"),
            ("day_lo", "INTEGER"),
            ("day_hi", "INTEGER"),
        ],
    )
    _add_columns(
        db,
        "events",
        [
            ("object_class", "TEXT NOT NULL DEFAULT ''"),
            ("dates", "TEXT NOT NULL DEFAULT '{}'"),
            ("factualities", "TEXT NOT NULL DEFAULT '{}'"),
            ("claimants", "TEXT NOT NULL DEFAULT '{}'"),
            ("first_report", "TEXT"),
            ("last_report", "TEXT"),
            ("n_stories", "INTEGER NOT NULL DEFAULT 0"),
            ("n_outlets", "INTEGER NOT NULL DEFAULT 0"),
            ("n_languages", "INTEGER NOT NULL DEFAULT 0"),
            ("outlets", "TEXT NOT NULL DEFAULT '[]'"),
            ("languages", "TEXT NOT NULL DEFAULT '[]'"),
        ],
    )
    _script(
        db,
        """
        CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
        CREATE TABLE IF NOT EXISTS story_bands (
            band INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS story_bands_article ON story_bands(article_id);
        CREATE TABLE IF NOT EXISTS event_index (
            link_key TEXT NOT NULL,
            month TEXT NOT NULL,
            mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            PRIMARY KEY (link_key, month, mention_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS event_index_mention ON event_index(mention_id);
        CREATE INDEX IF NOT EXISTS events_date ON events(date);
        CREATE INDEX IF NOT EXISTS events_first_report ON events(first_report);
        INSERT INTO store_state (key, value) VALUES ('events_stale', '1')
            ON CONFLICT (key) DO UPDATE SET value = '1';
        """,
    )


def _m7_timeline_keys(db: Any) -> None:
    """Event keys and directions on the timeline rows, and PostgreSQL's covering indexes
    (store/timeline_keys.py): the web's counts without a join per row."""
    from alliancewatch.store import timeline_keys

    timeline_keys.migrate(db)


def _m8_summaries(db: Any) -> None:
    """Counts kept at write time for the web (store/summary_rows.py): per pair, actor,
    type, factuality and month, so that unfiltered counts read a few rows at any size; and
    on PostgreSQL the articles in the search's order."""
    from alliancewatch.store import summary_rows

    summary_rows.migrate(db)
    if is_postgres(db):  # search pages read articles newest first and stop at the page's end
        db.execute(
            "CREATE INDEX IF NOT EXISTS articles_published_doc"
            " ON articles (published DESC NULLS LAST, doc)"
        )


def _m9_relation_sums(db: Any) -> None:
    """The `pair.mfact` scope of the summaries (month x type x factuality per event): a
    pair's monthly relation index from its events, not from every mention row."""
    from alliancewatch.store import summary_rows

    summary_rows.refresh(db)


def _m10_keys_cover(db: Any) -> None:
    """PostgreSQL: the summaries' key rows readable from the index alone (once vacuumed):
    a pair's relation sums read tens of thousands of them, one heap page each otherwise."""
    if is_postgres(db):
        db.execute(
            "CREATE INDEX IF NOT EXISTS web_keys_cover ON web_keys (scope, x, y, g, event_key)"
            " INCLUDE (n, ab, ba)"
        )


def _m11_summary_switch(db: Any) -> None:
    """PostgreSQL: the summary triggers again, each with a condition a full relink uses to
    switch them off and refill the tables once (store/summary_rows.py, `suspend`)."""
    if is_postgres(db):
        from alliancewatch.store import summary_rows

        summary_rows.install(db)


def _m12_factuality_sets(db: Any) -> None:
    """Each event's set of factualities per pair and node (store/summary_fsets.py): the
    network filtered by factuality counts a few thousand groups, not every pair row."""
    from alliancewatch.store import summary_fsets, summary_rows

    _script(db, summary_rows.TABLES)  # the new tables (IF NOT EXISTS)
    summary_rows.add_scopes(db, summary_fsets.SCOPES)


# PostgreSQL's search indexes (migration 13): each serves one step of a search's plan from
# the index alone (web/queries_web.py `search`, EXPLAIN at 1,000,000 mentions in
# docs/DEPLOY.md), replacing a heap row fetched per hit or per candidate.
_PG_SEARCH_INDEXES = """
CREATE INDEX IF NOT EXISTS mentions_factuality_sentence
    ON mentions (factuality, article_id, sequence) INCLUDE (event, actor_codes, recipient_codes);
CREATE STATISTICS IF NOT EXISTS mentions_codes
    ON ((' ' || actor_codes || ' ' || recipient_codes || ' ')) FROM mentions;
CREATE INDEX IF NOT EXISTS articles_lang_published_cover
    ON articles (lang, published) INCLUDE (id, doc);
DROP INDEX IF EXISTS articles_lang_published;
CREATE INDEX IF NOT EXISTS sentences_key_cover ON sentences (article_id, idx) INCLUDE (id);
CREATE INDEX IF NOT EXISTS sentences_id_cover ON sentences (id) INCLUDE (article_id, idx);
ANALYZE mentions;
"""


def _m13_search_indexes(db: Any) -> None:
    """PostgreSQL: search filters and hits read from covering indexes. A filter on a
    sentence's mentions (factuality, type, actor) reads the candidates from an index on
    factuality that holds their sentence and codes, and statistics on the codes' text let
    the planner see how few an actor keeps (it guessed 0.5% of rows: 94 for 25,792, and
    looked each article up one by one); articles by language and date give their id and
    sort key; sentences map (article, index) to id and back. SQLite needs none of these:
    FTS5 gives its candidates first."""
    if is_postgres(db):
        db.execute(_PG_SEARCH_INDEXES)


def _m14_summary_log(db: Any) -> None:
    """SQLite: the summaries kept once per write transaction from a log of the timeline
    rows written, set-based, instead of by row triggers (store/summary_log.py, issue 9:
    most of an article's write time). PostgreSQL: nothing."""
    from alliancewatch.store import summary_log

    summary_log.migrate(db)


def _m15_search_walk(db: Any) -> None:
    """PostgreSQL: articles newest first with their id and language in the index, so a
    search walking them in page order (web/search_keys.py, a word in thousands of
    sentences) reads no article row; replaces `articles_published_doc` (migration 8),
    which the cursors' seeks also use. SQLite: nothing."""
    if is_postgres(db):
        db.execute(
            "CREATE INDEX IF NOT EXISTS articles_published_cover"
            " ON articles (published DESC NULLS LAST, doc) INCLUDE (id, lang)"
        )
        db.execute("DROP INDEX IF EXISTS articles_published_doc")


# PostgreSQL's indexes for the network over a period and a pair's relation index
# (migration 16; EXPLAIN at 1,000,000 mentions in docs/DEPLOY.md)
_PG_READ_INDEXES = """
CREATE INDEX IF NOT EXISTS web_pair_rows_day ON web_pair_rows (day)
    INCLUDE (event, factuality, language, date, a, b, event_key, quad, directed, forward);
CREATE INDEX IF NOT EXISTS web_keys_mfact
    ON web_keys (x, y, split_part(g, '|', 1), split_part(g, '|', 2), event_key)
    INCLUDE (g, n) WHERE scope = 'pair.mfact';
"""


def _m16_web_read_indexes(db: Any) -> None:
    """PostgreSQL: the pair rows by day with every column a network's filters and counts
    read, so a network over a period reads that period's rows from the index (it scanned
    all 1,000,000 rows for the 8,261 of six months and two types); a pair's `pair.mfact`
    summary rows by (month, type, event), the order its relation index groups them in, so
    both groupings stream instead of hashing 58,000 rows (store/relation_rows.py). SQLite:
    nothing (each index would cost every save, and its web reads smaller tables)."""
    if is_postgres(db):
        db.execute(_PG_READ_INDEXES)


MIGRATIONS: list[Callable[[Any], None]] = [
    _m1_core,
    _m2_mentions,
    _m3_web,
    _m4_store_state,
    _fts_stems,  # 5
    _m6_events,  # 6
    _m7_timeline_keys,  # 7
    _m8_summaries,  # 8
    _m9_relation_sums,  # 9
    _m10_keys_cover,  # 10
    _m11_summary_switch,  # 11
    _m12_factuality_sets,  # 12
    _m13_search_indexes,  # 13
    _m14_summary_log,  # 14
    _m15_search_walk,  # 15
    _m16_web_read_indexes,  # 16
]
LATEST = len(MIGRATIONS)


def current_version(db: Any) -> int:
    if is_postgres(db):
        if db.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return 0
    else:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: Any) -> int:
    """Apply the missing migrations in one write transaction. Returns the new version.

    The version is read again after the write lock is taken: of several processes opening
    a new database at once, one migrates and the others find the work done.
    """
    if current_version(db) >= LATEST:
        return current_version(db)
    if is_postgres(db):
        return _migrate_pg(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        version = current_version(db)
        for number, step in enumerate(MIGRATIONS, start=1):
            if number > version:
                step(db)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return max(version, LATEST)


def _migrate_pg(db: Any) -> int:
    """PostgreSQL: DDL is transactional, and an advisory lock makes concurrent first
    connections wait for the one that migrates."""
    from alliancewatch.store.pg import LOCK_MIGRATE

    with db.transaction():
        db.lock(LOCK_MIGRATE)
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        version = current_version(db)
        for number, step in enumerate(MIGRATIONS, start=1):
            if number > version:
                step(db)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    return max(version, LATEST)
