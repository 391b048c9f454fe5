import sqlite3

import pytest

from alliancewatch.errors import StoreError
from alliancewatch.store import queries
from alliancewatch.store.db import Store, connect, pairs_of
from alliancewatch.store.schema import LATEST
from alliancewatch.types import ActorRef, Article, Mention, Paragraph, Rejection, Sentence

TEXT = "北朝鮮が派兵した。\n政府は制裁を決めた。"


def article(doc: str = "a.txt", text: str = TEXT, raw: str = "r1") -> Article:
    return Article(
        doc=doc,
        source="/in/" + doc,
        text=text,
        paragraphs=(Paragraph(0, 0, 9), Paragraph(1, 10, len(text))),
        title="見出し",
        published="2024-10-21",
        lang="ja",
        url=None,
        encoding="utf-8",
        raw_hash=raw,
        content_hash="c-" + text,
    )


def sentences() -> list[Sentence]:
    return [
        Sentence(0, 0, 0, 9, "北朝鮮が派兵した。"),
        Sentence(1, 1, 10, 20, "政府は制裁を決めた。"),
    ]


def mention(doc: str = "a.txt") -> Mention:
    return Mention(
        doc=doc,
        language="ja",
        event="AID",
        actor=(ActorRef("北朝鮮", "PRK", None),),
        recipient=(ActorRef("ロシア", "RUS", None),),
        date="2024-10",
        date_text=None,
        factuality="asserted",
        factuality_cue=None,
        claimed_by=None,
        sentence="北朝鮮が派兵した。",
        sequence=0,
        start=0,
        end=9,
        trigger="派兵",
        trigger_start=4,
        implicit=True,
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_schema_is_migrated_and_wal(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST


def test_save_then_read_back_with_search(store):
    store.save(article(), sentences(), [mention()], "test 0")
    rows = queries.list_articles(store.db, search="派兵")
    assert [r["doc"] for r in rows] == ["a.txt"]
    assert queries.list_articles(store.db, search="援助") == []
    hits = queries.search_sentences(store.db, "制裁")
    assert [h["sentence"] for h in hits] == ["政府は制裁を決めた。"]
    rec = next(queries.iter_mentions(store.db))
    assert rec["event"] == "AID" and rec["actor"][0]["code"] == "PRK"
    assert rec["text_info"] == {
        "sentence": "北朝鮮が派兵した。",
        "sequence": 0,
        "start": 0,
        "end": 9,
        "trigger": "派兵",
    }
    assert rec["implicit"] is True


def test_saving_again_replaces_derived_rows(store):
    store.save(article(), sentences(), [mention()], "test 0")
    store.save(article(text="別の本文。\n二段落目。", raw="r2"), [], [], "test 0")
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert store.db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM mention_pairs").fetchone()[0] == 0
    assert queries.search_sentences(store.db, "派兵") == []


def test_failed_save_rolls_back(store):
    bad = mention()
    bad = bad.__class__(**{**bad.__dict__, "factuality": None})  # NOT NULL violation
    with pytest.raises(sqlite3.IntegrityError):
        store.save(article(), sentences(), [bad], "test 0")
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0


def test_rejections_are_recorded_once(store):
    r = Rejection("x.txt", "/in/x.txt", "empty after cleaning")
    store.reject(r)
    store.reject(r)
    assert [x["reason"] for x in queries.rejections(store.db)] == ["empty after cleaning"]


def test_readonly_connection_cannot_write(tmp_path):
    Store(tmp_path / "t.db").close()
    db = connect(tmp_path / "t.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO sources (path) VALUES ('x')")


def test_readonly_on_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="alliancewatch ingest"):
        connect(tmp_path / "none.db", readonly=True)


def test_pairs_are_ordered_and_single_actors_kept():
    assert pairs_of(["RUS"], ["PRK"]) == {("PRK", "RUS", 0)}
    assert pairs_of(["PRK"], []) == {("PRK", "", 1)}
    assert pairs_of(["JPN", "USA", "KOR"], []) == {
        ("JPN", "USA", 1),
        ("JPN", "KOR", 1),
        ("KOR", "USA", 0),
    }
