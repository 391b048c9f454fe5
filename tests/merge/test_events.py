"""Event identity across articles and languages, kept incrementally, independent of order."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from alliancewatch.merge.events import merge_events, update_article
from alliancewatch.store.db import Store
from tests.merge.test_stories import TEASER, WIRE
from tests.web.web_fixtures import build

JPN, KOR, USA = ("Japan", "JPN"), ("South Korea", "KOR"), ("United States", "USA")
PRK, RUS = ("North Korea", "PRK"), ("Russia", "RUS")


def _summit(seq: int, date: str | None, trigger: str, **kw) -> dict:
    return {
        "seq": seq,
        "event": "CONSULT",
        "actor": [JPN],
        "recipient": [KOR],
        "trigger": trigger,
        "date": date,
        **kw,
    }


ARTICLES = [
    build(
        "en_wire.txt",
        "en",
        "2024-05-24",
        [
            [WIRE],
            [
                "Japan and South Korea held a summit in Tokyo on May 23.",
                "Russia ratified the treaty with North Korea on November 9.",
            ],
        ],
        [_summit(1, "2024-05-23", "held a summit", claimed=("Seoul officials", "said", "KOR"))],
        url="https://wire.example.com/a1",
    ),
    build(
        "en_teaser.txt",
        "en",
        "2024-05-24",
        [[TEASER], ["Japan and South Korea held a summit in Tokyo on Thursday."]],
        [_summit(1, "2024-05-23", "held a summit", factuality="probable")],
        url="https://www.paper.example.org/t",
    ),
    build(
        "ja_report.txt",
        "ja",
        "2024-05-25",
        [["日韓首脳会談が24日、東京で開かれた。"]],
        [
            {
                "seq": 0,
                "event": "CONSULT",
                "actor": [("韓国", "KOR"), ("日本", "JPN")],
                "trigger": "会談",
                "date": "2024-05-24",
            }
        ],
        url="https://ja.example.jp/x",
    ),
    build(
        "ko_report.txt",
        "ko",
        "2024-05-24",
        [["한일 정상회담이 23일 도쿄에서 열렸다."]],
        [
            {
                "seq": 0,
                "event": "CONSULT",
                "actor": [("한국", "KOR")],
                "recipient": [("일본", "JPN")],
                "trigger": "회담",
                "date": "2024-05-23",
            }
        ],
        url="https://ko.example.kr/y",
    ),
    build(
        "en_ratify_rus.txt",
        "en",
        "2024-11-10",
        [
            [
                "President Vladimir Putin signed the law by which Moscow ratified its mutual"
                " defence pact with Pyongyang, the Kremlin said on Saturday."
            ]
        ],
        [
            {
                "seq": 0,
                "event": "SUPPORT",
                "actor": [RUS],
                "recipient": [PRK],
                "trigger": "ratified",
                "date": "2024-11-09",
            }
        ],
    ),
    build(
        "en_ratify_prk.txt",
        "en",
        "2024-11-12",
        [
            [
                "State media in the North reported on Tuesday that leader Kim Jong Un had issued a"
                " decree on Monday ratifying the partnership agreement."
            ]
        ],
        [
            {
                "seq": 0,
                "event": "SUPPORT",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "ratified",
                "date": "2024-11-11",
            }
        ],
    ),
    build(
        "en_aid.txt",
        "en",
        "2024-10-20",
        [
            [
                "North Korea sent troops to Russia this month.",
                "North Korea also sent artillery shells to Russia this month.",
            ]
        ],
        [
            {
                "seq": 0,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "sent",
                "date": "2024-10",
            },
            {
                "seq": 1,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "sent",
                "date": "2024-10",
            },
        ],
    ),
    build(
        "ko_aid.txt",
        "ko",
        "2024-10-21",
        [["북한이 이달 러시아에 병력을 보냈다."]],
        [
            {
                "seq": 0,
                "event": "AID",
                "actor": [("북한", "PRK")],
                "recipient": [("러시아", "RUS")],
                "trigger": "보냈다",
                "date": "2024-10",
            }
        ],
    ),
]

DUMP = {
    "events": "SELECT * FROM events ORDER BY id",
    "links": "SELECT id, event_id FROM mentions ORDER BY id",
    "stories": "SELECT doc, story, outlet FROM articles ORDER BY doc",
}


def _ingest(path: Path, order: list[int]) -> dict[str, list[tuple]]:
    with Store(path) as store:
        for k in order:
            store.save(*ARTICLES[k], "test 0", derive=update_article)
        return {k: [tuple(r) for r in store.db.execute(q)] for k, q in DUMP.items()}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("ev") / "a.db"
    _ingest(path, list(range(len(ARTICLES))))
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    return con


def _event_of(db: sqlite3.Connection, doc: str, seq: int = 0) -> sqlite3.Row:
    return db.execute(
        "SELECT e.* FROM events e JOIN mentions m ON m.event_id = e.id"
        " WHERE m.doc = ? AND m.sequence = ?",
        (doc, seq),
    ).fetchone()


def test_a_summit_reported_in_three_languages_is_one_event(db):
    e = _event_of(db, "ja_report.txt")
    assert e["id"] == _event_of(db, "ko_report.txt")["id"] == _event_of(db, "en_wire.txt", 1)["id"]
    assert json.loads(e["languages"]) == ["en", "ja", "ko"]
    assert (e["n_mentions"], e["n_articles"], e["n_stories"], e["n_outlets"]) == (4, 4, 3, 4)
    # two stories say the 23rd (the teaser is a copy of the wire: one story), one the 24th
    assert json.loads(e["dates"]) == {"2024-05-23": 2, "2024-05-24": 1}
    assert e["date"] == "2024-05-23"
    assert e["factuality"] == "asserted"
    assert json.loads(e["factualities"]) == {"asserted": 3, "probable": 1}
    assert json.loads(e["claimants"]) == {"KOR": 1}
    assert (e["first_report"], e["last_report"]) == ("2024-05-24", "2024-05-25")


def test_wire_and_teaser_share_a_story(db):
    rows = {r["doc"]: r["story"] for r in db.execute("SELECT doc, story FROM articles")}
    assert rows["en_wire.txt"] == rows["en_teaser.txt"] == "en_teaser.txt"
    assert len(set(rows.values())) == len(rows) - 1


def test_two_ratifications_in_one_week_are_two_events(db):
    assert _event_of(db, "en_ratify_rus.txt")["id"] != _event_of(db, "en_ratify_prk.txt")["id"]


def test_troops_and_shells_are_two_events(db):
    troops, shells = _event_of(db, "en_aid.txt", 0), _event_of(db, "en_aid.txt", 1)
    assert troops["id"] != shells["id"]
    assert (troops["object_class"], shells["object_class"]) == ("personnel", "munitions")
    assert _event_of(db, "ko_aid.txt")["id"] == troops["id"]


def test_any_order_gives_the_same_events_and_the_rebuild_agrees(tmp_path):
    reference = _ingest(tmp_path / "0.db", list(range(len(ARTICLES))))
    rng = random.Random(12)
    for k in range(4):
        order = list(range(len(ARTICLES)))
        rng.shuffle(order)
        assert _ingest(tmp_path / f"{k + 1}.db", order) == reference, order
    with Store(tmp_path / "0.db") as store:
        merge_events(store)
        rebuilt = {k: [tuple(r) for r in store.db.execute(q)] for k, q in DUMP.items()}
    assert rebuilt == reference


def test_replacing_an_article_splits_what_it_bridged(tmp_path):
    path = tmp_path / "r.db"
    bridge = build(
        "bridge.txt",
        "en",
        "2024-05-24",
        [["Japan and South Korea met on the 22nd.", "They met on the 23rd."]],
        [_summit(0, "2024-05-22", "met"), _summit(1, "2024-05-23", "met")],
    )
    with Store(path) as store:
        store.save(*ARTICLES[2], "t", derive=update_article)  # ja: the 24th
        far = build(
            "far.txt",
            "en",
            "2024-05-21",
            [["Japan and South Korea met."]],
            [_summit(0, "2024-05-21", "met")],
        )
        store.save(*far, "t", derive=update_article)  # the 21st: 3 days from the 24th
        assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        store.save(*bridge, "t", derive=update_article)  # the 22nd and 23rd join them
        n_bridged = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
        moved = build(
            "bridge.txt",
            "en",
            "2024-05-24",
            [["Japan and South Korea met again."]],
            [_summit(0, "2024-05-10", "met")],
        )
        store.save(*moved, "t", derive=update_article)  # replaced: the bridge is gone
        n_after = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert (n_bridged, n_after) == (1, 3)


def test_export_filters_events_and_mentions(tmp_path):
    from alliancewatch import api
    from alliancewatch.config import Settings

    db = tmp_path / "x.db"
    _ingest(db, list(range(len(ARTICLES))))
    s = Settings(db_path=str(db), progress=False)
    out = tmp_path / "e.jsonl"
    n = api.export(s, out, "jsonl", "events", api.Filters(pair=("JPN", "KOR"), lang="ko"))
    evs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(evs) == 1 and evs[0]["languages"] == ["en", "ja", "ko"]
    n = api.export(s, out, "jsonl", "events", api.Filters(type="SUPPORT", date_from="2024-11-10"))
    assert n == 1
    n = api.export(s, out, "csv", "mentions", api.Filters(actor="PRK", date_to="2024-10"))
    rows = out.read_text(encoding="utf-8").splitlines()
    assert n == 3 and rows[0].endswith("event_id") and all(r.split(",")[-1] for r in rows[1:])


def test_a_database_linked_under_other_rules_is_relinked_once(tmp_path, monkeypatch):
    from alliancewatch.merge import events

    path = tmp_path / "rules.db"
    reference = _ingest(path, list(range(len(ARTICLES))))
    with Store(path) as store:
        assert events.relink_if_needed(store)  # saved without the pipeline: no rules stored
        assert not events.relink_if_needed(store)
        # linked by older rules: one event for everything of a link key (what a plain
        # pairwise linker gave the two ratifications), and an older rules version
        with store.db:
            store.db.execute("UPDATE mentions SET event_id = 'old' || link_key")
            store.db.execute("UPDATE store_state SET value = '1/x' WHERE key = 'link_rules'")
        assert events.relink_if_needed(store)
        relinked = {k: [tuple(r) for r in store.db.execute(q)] for k, q in DUMP.items()}
        assert relinked == reference
        monkeypatch.setattr(events, "RULES", "99")  # the next change of rules
        assert events.relink_if_needed(store) and not events.relink_if_needed(store)
        assert store.state("link_rules") == events.rules_version()


def test_both_sides_ratified_joins_neither_ratification(tmp_path):
    both = build(
        "ko_both.txt",
        "ko",
        "2024-11-13",
        [["북한과 러시아가 이달 조약을 각각 비준했다."]],
        [
            {
                "seq": 0,
                "event": "SUPPORT",
                "actor": [("북한", "PRK"), ("러시아", "RUS")],
                "trigger": "비준했다",
                "date": "2024-11",
            }
        ],
    )
    with Store(tmp_path / "b.db") as store:
        for art in (ARTICLES[4], ARTICLES[5], both):
            store.save(*art, "t", derive=update_article)
        ev = dict(store.db.execute("SELECT doc, event_id FROM mentions"))
    assert len({ev["en_ratify_rus.txt"], ev["en_ratify_prk.txt"], ev["ko_both.txt"]}) == 3


def test_summary_tells_of_other_rules_and_relink_applies_the_current(tmp_path, capsys):
    from alliancewatch.cli import main

    path = tmp_path / "cli.db"
    _ingest(path, list(range(len(ARTICLES))))  # saved without the pipeline: no rules stored
    assert main(["summary", "--db", str(path)]) == 0
    assert "re-links them once" in capsys.readouterr().out
    assert main(["relink", "--db", str(path)]) == 0
    assert "relinked:" in capsys.readouterr().out
    assert main(["summary", "--db", str(path)]) == 0
    assert "re-links" not in capsys.readouterr().out
