"""The write-time summary tables (store/summary_rows.py) equal a GROUP BY over the rows they
summarise after every kind of write: ingest, re-ingest, the incremental event linking,
a full relink, and on both back ends."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from web_fixtures import ARTICLES  # noqa: E402

from alliancewatch.merge.events import merge_events, update_article  # noqa: E402
from alliancewatch.store import summary_rows  # noqa: E402
from alliancewatch.store.db import Store  # noqa: E402


def _check(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    have = summary_rows.stored(store.db)
    want = summary_rows.reference(store.db)
    for table in summary_rows.SUMMARY_TABLES:
        assert have[table] == want[table], table
    return have


def _writes(store: Store) -> None:
    """Every write path, checking the summaries after each."""
    for art, sents, ments in ARTICLES:
        store.save(art, sents, ments, "c", derive=update_article)
    first = _check(store)
    assert any(r[0] == "pair.type" and r[4] > 0 for r in first["web_totals"])
    linked = sum(1 for r in first["web_keys"] if r[0] == "pair.type" and r[5] > 1)
    assert linked  # some event holds several mentions of a pair: distinct counts matter
    assert any(r[0] == "pair.tfact" and r[5] & (r[5] - 1) for r in first["web_fsets"])
    art, sents, ments = ARTICLES[0]
    changed = [dataclasses.replace(ments[0], factuality="negated", date="2023-01")]
    store.save(art, sents, changed + ments[3:5] + ments[3:4], "c", derive=update_article)
    _check(store)  # re-ingest with fewer, changed and repeated mentions
    store.save(*ARTICLES[1], "c")  # a plain save: events flagged stale, rows unlinked
    _check(store)
    merge_events(store)  # full relink: every event key rewritten (PostgreSQL: refilled)
    after = _check(store)
    assert after != first
    store.save(*ARTICLES[2], "c", derive=update_article)  # the triggers are on again
    _check(store)


def test_summaries_follow_ingest_reingest_and_relink_sqlite(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _writes(store)


def test_summaries_follow_ingest_reingest_and_relink_postgres(pg_url: str) -> None:
    with Store(pg_url) as store:
        _writes(store)


def test_migration_fills_the_summaries_of_an_existing_database(tmp_path: Path) -> None:
    """A database written before migration 8: its summaries are computed from its rows."""
    with Store(tmp_path / "old.db") as store:
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c")
        merge_events(store)
        db = store.db
        for t in summary_rows.SUMMARY_TABLES:
            db.execute(f"DELETE FROM {t}")
        assert summary_rows.stored(db)["web_totals"] == []
        db.execute("BEGIN IMMEDIATE")
        summary_rows.migrate(db)
        db.execute("COMMIT")
        filled = _check(store)
        assert filled["web_counts"] and filled["web_totals"]
        store.save(*ARTICLES[2], "c")  # the triggers run on from the filled state
        _check(store)


@pytest.mark.parametrize("scope", ["pair.type", "actor.type", "node.type"])
def test_totals_count_distinct_events(tmp_path: Path, scope: str) -> None:
    """web_totals.events is the number of distinct event keys, not of rows."""
    with Store(tmp_path / "d.db") as store:
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c")
        merge_events(store)
        source = "web_actor_rows" if scope.startswith("actor") else "web_pair_rows"
        code = "r.code" if scope.startswith("actor") else "r.a"
        extra = " AND r.b != ''" if scope == "node.type" else ""
        want = {
            tuple(r[:2]): r[2]
            for r in store.db.execute(
                f"SELECT {code}, r.event, count(DISTINCT r.event_key) FROM {source} r"
                f" WHERE 1 = 1{extra} GROUP BY 1, 2"
            )
        }
        have = {
            (r[0], r[1]): r[2]
            for r in store.db.execute(
                "SELECT x, g, sum(events) FROM web_totals WHERE scope = ? GROUP BY x, g", (scope,)
            )
        }
        if scope != "node.type":  # node counts also add the b side
            assert have == want
        else:
            assert {k: v for k, v in have.items() if k in want} and all(
                have[k] >= v for k, v in want.items()
            )


def _drop_fact_sets_and_add_them(store: Store) -> None:
    """Migration 12 on a database that had the other scopes: the new scopes' rows alone
    computed, and the triggers keep them from there."""
    from alliancewatch.store import summary_fsets
    from alliancewatch.store.dialect import write_transaction

    for art, sents, ments in ARTICLES[:2]:
        store.save(art, sents, ments, "c", derive=update_article)
    db = store.db
    with write_transaction(db):
        for t in ("web_keys", "web_totals"):
            db.execute(f"DELETE FROM {t} WHERE scope IN ('pair.tfact', 'node.tfact')")
        for t in summary_fsets.TABLE_NAMES:
            db.execute(f"DELETE FROM {t}")
        assert summary_rows.stored(db)["web_fsets"] == []
        summary_rows.add_scopes(db, summary_fsets.SCOPES)
    filled = _check(store)
    assert any(r[0] == "pair.tfact" for r in filled["web_fsets"])
    assert any(r[0] == "node.tfact" for r in filled["web_fgroups"])
    store.save(*ARTICLES[2], "c", derive=update_article)
    _check(store)


def test_migration_12_adds_the_factuality_sets_sqlite(tmp_path: Path) -> None:
    with Store(tmp_path / "m12.db") as store:
        _drop_fact_sets_and_add_them(store)


def test_migration_12_adds_the_factuality_sets_postgres(pg_url: str) -> None:
    with Store(pg_url) as store:
        _drop_fact_sets_and_add_them(store)
