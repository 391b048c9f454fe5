"""The linking scorer: pairwise precision/recall, and the gold links it reads (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

from alliancewatch import linkeval
from alliancewatch.cli import main

DATA = Path(__file__).parent / "data"


def test_score_counts_pairs():
    links = {("a", "1"): ("h1", "ja"), ("b", "2"): ("h1", "en"), ("c", "3"): ("h2", "en")}
    perfect = linkeval.score(links, {("a", "1"): "e1", ("b", "2"): "e1", ("c", "3"): "e2"})
    assert perfect["all"] == {
        "pairs": 1,
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    lumped = linkeval.score(links, {k: "e" for k in links})
    assert (lumped["all"]["tp"], lumped["all"]["fp"], lumped["cross"]["tp"]) == (1, 2, 1)
    missing = linkeval.score(links, {("a", "1"): "e1"})
    assert missing["all"]["fn"] == 1 and missing["found"] == 1


def test_gold_links_cover_three_languages_and_cross_article_happenings():
    hs = [json.loads(x) for x in (DATA / "event_links.jsonl").read_text().splitlines()]
    assert len(hs) >= 10
    for h in hs:
        assert len({m["doc"] for m in h["mentions"]}) >= 2, h["event"]
    assert {m["lang"] for h in hs for m in h["mentions"]} == {"ja", "ko", "en"}


def test_eval_links_from_gold_mentions(capsys):
    code = main(
        [
            "eval-links",
            str(DATA / "event_links.jsonl"),
            "--gold",
            str(DATA / "events_xling.jsonl"),
            "--inputs",
            str(DATA / "events_xling"),
            "--json",
        ]
    )
    r = json.loads(capsys.readouterr().out)
    assert code == 0 and r["found"] == r["gold_mentions"] > 100
    # the linker must link across languages and keep most happenings apart
    assert r["cross"]["recall"] > 0.9 and r["all"]["precision"] >= 0.99


def test_eval_links_on_the_hard_set(capsys):
    """Same happenings told in three languages, vague dates, two ratifications a day apart,
    signature vs ratification vs entry into force, troops vs shells (tests/data/events_hard)."""
    hs = [json.loads(x) for x in (DATA / "event_links_hard.jsonl").read_text().splitlines()]
    assert {m["lang"] for h in hs for m in h["mentions"]} == {"ja", "ko", "en"}
    code = main(
        [
            "eval-links",
            str(DATA / "event_links_hard.jsonl"),
            "--gold",
            str(DATA / "events_hard.jsonl"),
            "--inputs",
            str(DATA / "events_hard"),
            "--json",
        ]
    )
    r = json.loads(capsys.readouterr().out)
    assert code == 0 and r["found"] == r["gold_mentions"] >= 30
    # a plain pairwise linker scores precision 0.53 here (vague reports chain happenings)
    assert r["all"]["precision"] >= 0.95 and r["all"]["recall"] >= 0.9


def test_link_db_matching_takes_the_gold_type_when_given(tmp_path):
    import sqlite3

    path = tmp_path / "m.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE mentions (doc, sentence, event_id, event, sequence)")
    db.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?)",
        [
            ("a.txt", "Seoul accused Pyongyang after it sent troops.", "e-accuse", "ACCUSE", 0),
            ("a.txt", "Seoul accused Pyongyang after it sent troops.", "e-aid", "AID", 0),
        ],
    )
    db.commit()
    db.close()
    links = {("a.txt", "sent troops"): ("h", "en")}
    assert linkeval.events_from_db(path, links) == {("a.txt", "sent troops"): "e-accuse"}
    typed = linkeval.events_from_db(path, links, {("a.txt", "sent troops"): "AID"})
    assert typed == {("a.txt", "sent troops"): "e-aid"}
    assert linkeval.events_from_db(path, links, {("a.txt", "sent troops"): "SANCTION"}) == {}
