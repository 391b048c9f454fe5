"""The PostgreSQL store against a real server: the same writes and reads as SQLite,
migrations, read-only connections, and writers at once. Each test has its own database."""

from __future__ import annotations

import multiprocessing
import time

import pytest

from alliancewatch.errors import StoreError
from alliancewatch.merge.events import merge_events
from alliancewatch.store import queries, relation_rows
from alliancewatch.store.db import Store, connect
from alliancewatch.store.schema import LATEST
from alliancewatch.types import Rejection
from tests.store.test_store import article, mention, sentences

psycopg = pytest.importorskip("psycopg")


def count(db, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_schema_is_migrated_with_text_in_code_point_order(pg_url):
    with Store(pg_url) as st:
        assert st.db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST
        # '~' after digits: the web layer's date comparisons need byte order, not a locale's
        assert st.db.execute("SELECT '2024-06~' > '2024-06-30' COLLATE \"C\"").fetchone()[0]
        collations = {
            r[0]
            for r in st.db.execute(
                "SELECT collation_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND data_type = 'text'"
            )
        }
        assert collations == {"C"}


def test_save_read_back_search_and_replace(pg_url):
    with Store(pg_url) as st:
        st.save(article(), sentences(), [mention(), mention()], "test 0")
        assert [r["doc"] for r in queries.list_articles(st.db, search="派兵")] == ["a.txt"]
        assert queries.list_articles(st.db, search="援助") == []
        assert [h["sentence"] for h in queries.search_sentences(st.db, "制裁")] == [
            "政府は制裁を決めた。"
        ]
        recs = list(queries.iter_mentions(st.db))
        assert len(recs) == 1 and recs[0]["actor"][0]["code"] == "PRK"
        assert recs[0]["implicit"] is True and recs[0]["text_info"]["trigger"] == "派兵"
        assert count(st.db, "web_pair_rows") == 1 and count(st.db, "web_actor_rows") == 2
        assert merge_events(st) == 1 and not st.events_stale()
        st.save(article(text="別の本文。\n二段落目。", raw="r2"), [], [], "test 0")
        for table in ("sentences", "mentions", "mention_pairs", "web_pair_rows", "sentences_fts"):
            assert count(st.db, table) == 0, table
        assert count(st.db, "articles") == 1 and st.events_stale()
        assert queries.search_sentences(st.db, "派兵") == []


def test_failed_save_rolls_back(pg_url):
    bad = mention()
    bad = bad.__class__(**{**bad.__dict__, "factuality": None})
    with Store(pg_url) as st:
        with pytest.raises(psycopg.errors.NotNullViolation):
            st.save(article(), sentences(), [bad], "test 0")
        assert count(st.db, "articles") == 0 and count(st.db, "articles_fts") == 0


def test_readonly_connection_is_refused_writes_by_the_server(pg_url):
    Store(pg_url).close()
    with (
        connect(pg_url, readonly=True) as db,
        pytest.raises(psycopg.errors.ReadOnlySqlTransaction),
    ):
        db.execute("INSERT INTO sources (path) VALUES (?)", ("x",))


def test_readonly_on_a_new_database_says_what_to_do(pg_url):
    with pytest.raises(StoreError, match="alliancewatch ingest"):
        connect(pg_url, readonly=True)


def test_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="cannot connect"):
        connect("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")


def test_search_matches_like_sqlite(pg_url, tmp_path):
    """Two-character Japanese terms, Korean, English words, phrases and single characters
    give the same sentences on both back ends."""
    from alliancewatch.types import Sentence

    text = "北朝鮮が原子力潜水艦の技術を求めた。\nNATO summit on 파병 and 制裁。"
    sents = [
        Sentence(0, 0, 0, 18, "北朝鮮が原子力潜水艦の技術を求めた。"),
        Sentence(1, 1, 19, len(text), "NATO summit on 파병 and 制裁。"),
    ]
    queries_ = [
        "派兵",
        "制裁",
        "原子力潜水艦",
        "潜水 NATO",
        "nato",
        "파병",
        "力潜",
        "子力潜水",
        "鮮",
        "Summit",
        "原子 制裁",
        "潜水艦の技術",
        "%",
        "summit nato",
    ]
    results = {}
    for loc in (str(tmp_path / "s.db"), pg_url):
        with Store(loc) as st:
            st.save(article(text=text), sents, [], "t")
            results[loc] = [
                [h["sentence"] for h in queries.search_sentences(st.db, q)] for q in queries_
            ]
            results[loc].append(
                relation_rows.articles_with_terms(st.db, ["潜水艦", "派兵", "summit"])
            )
            results[loc].append(
                [r["doc"] for r in queries.list_articles(st.db, search="潜水 summit")]
            )
    assert results[pg_url] == results[str(tmp_path / "s.db")]
    assert results[pg_url][0] == [] and results[pg_url][2] and results[pg_url][-1] == ["a.txt"]


def _open(url: str, start: float, out) -> None:
    time.sleep(max(0.0, start - time.time()))
    try:
        Store(url).close()
        out.put("ok")
    except Exception as e:
        out.put(f"{type(e).__name__}: {e}")


def test_search_indexes_cover_their_steps(pg_url):
    """Migration 13: the search's covering indexes and the statistics on the actor codes'
    text, which the search's actor filter is written to match."""
    with Store(pg_url) as st:
        names = {r[0] for r in st.db.execute("SELECT indexname FROM pg_indexes")}
        assert {
            "mentions_factuality_sentence",
            "articles_lang_published_cover",
            "sentences_key_cover",
            "sentences_id_cover",
        } <= names
        assert "articles_lang_published" not in names  # the cover serves its reads
        exprs = st.db.execute(
            "SELECT pg_get_statisticsobjdef_expressions(oid) FROM pg_statistic_ext"
            " WHERE stxname = 'mentions_codes'"
        ).fetchone()[0]
        codes = "((((' '::text || actor_codes) || ' '::text) || recipient_codes) || ' '::text)"
        assert exprs == [codes]


def test_serial_reads_turn_parallel_workers_off_for_their_statements_only(pg_url):
    from alliancewatch.store.dialect import serial_reads

    Store(pg_url).close()  # migrated
    with connect(pg_url, readonly=True) as db:
        show = "SHOW max_parallel_workers_per_gather"
        before = db.execute(show).fetchone()[0]
        with serial_reads(db):
            assert db.execute(show).fetchone()[0] == "0"
        assert db.execute(show).fetchone()[0] == before != "0"


def test_four_processes_creating_one_database_at_once(pg_url):
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = time.time() + 2.0
    procs = [ctx.Process(target=_open, args=(pg_url, start, out)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [out.get(timeout=5) for _ in procs] == ["ok"] * 4
    with Store(pg_url) as st:
        versions = [r[0] for r in st.db.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, LATEST + 1))


def _write(url: str, start: float, k: int, out) -> None:
    time.sleep(max(0.0, start - time.time()))
    try:
        with Store(url) as st:
            for i in range(10):  # everyone writes shared.txt and a doc of their own
                st.save(
                    article("shared.txt", raw=f"{k}-{i}"), sentences(), [mention("shared.txt")], "t"
                )
                st.save(
                    article(f"own{k}.txt", text=f"本文{k}。\n二{i}。", raw=str(i)),
                    sentences(),
                    [mention(f"own{k}.txt")],
                    "t",
                )
            merge_events(st)
        out.put("ok")
    except Exception as e:
        out.put(f"{type(e).__name__}: {e}")


def test_four_writers_at_once_with_a_reader(pg_url):
    Store(pg_url).close()
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = time.time() + 2.0
    procs = [ctx.Process(target=_write, args=(pg_url, start, k, out)) for k in range(4)]
    for p in procs:
        p.start()
    reads = 0
    with connect(pg_url, readonly=True) as db:
        while any(p.is_alive() for p in procs):
            queries.summary(db)  # a reader during the writes: never blocked, never an error
            reads += 1
            time.sleep(0.05)
    for p in procs:
        p.join(60)
    assert [out.get(timeout=5) for _ in procs] == ["ok"] * 4
    with Store(pg_url) as st:
        assert count(st.db, "articles") == 5
        assert count(st.db, "mentions") == 5 and count(st.db, "mention_pairs") == 5
        assert count(st.db, "sentences") == 10 and count(st.db, "sentences_fts") == 10
        assert count(st.db, "web_pair_rows") == 5
        merge_events(st)
        assert count(st.db, "events") == 1
    assert reads > 0


def test_copy_from_sqlite_keeps_every_record_and_numbering(pg_url, tmp_path):
    from alliancewatch.cli import main

    src = tmp_path / "laptop.db"
    with Store(src) as st:
        st.save(article(), sentences(), [mention()], "t")
        st.save(article("b.txt", text="別の本文。\n制裁を決めた。", raw="r2"), sentences(), [], "t")
        st.reject(Rejection("x.txt", "/in/x.txt", "empty after cleaning"))
        merge_events(st)
        expected = (list(queries.iter_mentions(st.db)), queries.summary(st.db))
        web = st.db.execute("SELECT * FROM web_pair_rows ORDER BY 1, 2, 3, 4").fetchall()
    assert main(["copy", pg_url, "--db", str(src)]) == 0
    with Store(pg_url) as st:
        got = (list(queries.iter_mentions(st.db)), queries.summary(st.db))
        assert _no_times(got) == _no_times(expected)
        rows = st.db.execute("SELECT * FROM web_pair_rows ORDER BY 1, 2, 3, 4").fetchall()
        assert [tuple(r) for r in rows] == [tuple(r) for r in web]
        assert [h["doc"] for h in queries.search_sentences(st.db, "制裁")] == ["a.txt", "b.txt"]
        st.save(article("c.txt", text="三本目。\n派兵した。", raw="r3"), sentences(), [], "t")
        assert count(st.db, "articles") == 3 and count(st.db, "web_pair_rows") == 1
    with pytest.raises(Exception, match="already holds articles"):
        from alliancewatch.store.copy import copy_database

        copy_database(src, pg_url)


def _no_times(x):
    mentions, summary = x
    return mentions, {**summary, "rejections": [r["doc"] for r in summary["rejections"]]}
