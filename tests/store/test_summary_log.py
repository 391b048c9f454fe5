"""Migration 14 (store/summary_log.py): on SQLite the summaries are kept from a log of the
timeline rows, flushed once per write transaction. After every write the log is empty and
each summary table equals a GROUP BY over the rows it summarises: after ingest, re-ingest
(changed, fewer and repeated mentions: rows deleted), an article emptied of its mentions,
a full relink, a rolled-back save, and on a database upgraded from migration 13."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from web_fixtures import ARTICLES  # noqa: E402

from alliancewatch.merge.events import merge_events, update_article  # noqa: E402
from alliancewatch.store import db as store_db  # noqa: E402
from alliancewatch.store import schema, summary_log, summary_rows  # noqa: E402
from alliancewatch.store.db import Store  # noqa: E402


def _triggers(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def _same(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The log is empty and every summary equals its reference; the stored tables."""
    db = store.db
    for log in (summary_log.PAIR_LOG, summary_log.ACTOR_LOG):
        assert db.execute(f"SELECT count(*) FROM {log}").fetchone()[0] == 0, log
    have, want = summary_rows.stored(db), summary_rows.reference(db)
    for table in summary_rows.SUMMARY_TABLES:
        assert have[table] == want[table], table
    return have


def test_the_log_replaces_the_row_triggers(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        names = _triggers(store.db)
    assert not names & set(summary_log.LEGACY)
    assert {"web_pair_rows_log_insert", "web_actor_rows_log_update"} <= names
    assert "mentions_count_insert" in names  # the plain counters keep their triggers


def test_summaries_equal_the_rows_after_every_write(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c", derive=update_article)
            _same(store)
        first = _same(store)
        assert any(r[0] == "pair.type" and r[5] > 1 for r in first["web_keys"])
        art, sents, ments = ARTICLES[0]
        changed = [dataclasses.replace(ments[0], factuality="probable", date="2023-02")]
        store.save(art, sents, changed + ments[2:4] + ments[2:3], "c", derive=update_article)
        _same(store)
        store.save(art, sents, [], "c", derive=update_article)  # every mention deleted
        emptied = _same(store)
        assert emptied != first
        for art, sents, ments in ARTICLES:  # re-ingest of the first state
            store.save(art, sents, ments, "c", derive=update_article)
        assert _same(store) == first
        merge_events(store)
        assert _same(store) == first  # a relink from scratch finds the same events


def test_reingest_is_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "i.db") as store:
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c", derive=update_article)
        once = _same(store)
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c", derive=update_article)
        assert _same(store) == once


def test_a_failed_save_leaves_neither_log_nor_drift(tmp_path: Path) -> None:
    """A save that dies after its rows were written (a crash inside the transaction) rolls
    back the rows, the log and the summaries together."""

    def die(*_: Any) -> None:
        raise RuntimeError("killed")

    with Store(tmp_path / "f.db") as store:
        for art, sents, ments in ARTICLES[:2]:
            store.save(art, sents, ments, "c", derive=update_article)
        before = _same(store)
        with pytest.raises(RuntimeError):
            store.save(*ARTICLES[2], "c", derive=die)
        assert _same(store) == before
        store.save(*ARTICLES[2], "c", derive=update_article)
        assert _same(store) != before


def test_a_database_of_migration_13_moves_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written under the row triggers, then migration 14: the summaries carry on."""
    path = tmp_path / "m13.db"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:13])
        m.setattr(schema, "LATEST", 13)
        m.setattr(store_db, "LATEST", 13)
        with Store(path) as store:
            assert "web_keys_insert" in _triggers(store.db)
            for art, sents, ments in ARTICLES[:3]:
                store.save(art, sents, ments, "c", derive=update_article)
            old = summary_rows.stored(store.db)
    with Store(path) as store:
        assert schema.current_version(store.db) == schema.LATEST
        assert not _triggers(store.db) & set(summary_log.LEGACY)
        assert _same(store) == old
        for art, sents, ments in ARTICLES[3:]:
            store.save(art, sents, ments, "c", derive=update_article)
        _same(store)
