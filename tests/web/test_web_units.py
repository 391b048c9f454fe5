"""Pieces of the web layer on their own: summary tables, date overlap, highlighting, params."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from starlette.requests import Request
from web_fixtures import ARTICLES

from alliancewatch.merge.events import merge_events
from alliancewatch.store import timeline_keys
from alliancewatch.store.db import Store, connect
from alliancewatch.web import highlight
from alliancewatch.web.params import EVENTS, ApiError, Param, parse
from alliancewatch.web.queries_web import date_conds, plot_date

PAIR_COLS = timeline_keys.PAIR_COLUMNS
ACTOR_COLS = timeline_keys.ACTOR_COLUMNS


def summary(db: sqlite3.Connection, source: str, cols: str) -> list[tuple]:
    return sorted(tuple(r) for r in db.execute(f"SELECT {cols} FROM {source}"))


def test_triggers_keep_timeline_rows_equal_to_the_reference(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as store:  # migration 3 is in place before any data
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "c")
        art, sents, ments = ARTICLES[0]
        changed = [dataclasses.replace(ments[0], factuality="negated", date="2023-01")]
        store.save(art, sents, changed + ments[3:5], "c")  # re-ingest: delete + insert
        store.save(*ARTICLES[1], "c")  # unchanged re-save
        merge_events(store)  # event ids written: the rows' event keys follow
        linked = store.db.execute(
            "SELECT count(*) FROM web_pair_rows WHERE event_key != mention_id"
        ).fetchone()[0]
    assert linked  # the event ids reached the rows (not only the mention ids)
    ro = connect(path, readonly=True)
    tables = summary(ro, "main.web_pair_rows", PAIR_COLS)
    ro.executescript(timeline_keys.REFERENCE_VIEWS)
    assert tables == summary(ro, "temp.web_pair_rows", PAIR_COLS)
    assert summary(ro, "main.web_actor_rows", ACTOR_COLS) == summary(
        ro, "temp.web_actor_rows", ACTOR_COLS
    )
    assert ("PRK", "RUS", "2023-01") in {t[:3] for t in tables}
    assert len(tables) == ro.execute("SELECT count(*) FROM mention_pairs").fetchone()[0]


def test_backfill_rebuilds_the_rows_of_an_existing_database(synthetic_db: Path) -> None:
    ro = connect(synthetic_db, readonly=True)
    before = summary(ro, "web_pair_rows", PAIR_COLS)
    db = sqlite3.connect(":memory:")
    ro.backup(db)
    db.executescript("DELETE FROM web_pair_rows; DELETE FROM web_actor_rows;")
    db.executescript(timeline_keys.BACKFILL)
    assert before and summary(db, "web_pair_rows", PAIR_COLS) == before
    assert summary(db, "web_actor_rows", ACTOR_COLS) == summary(ro, "web_actor_rows", ACTOR_COLS)


DATES = [
    "2023",
    "2024",
    "2024-05",
    "2024-06",
    "2024-06-01",
    "2024-06-19",
    "2024-06-30",
    "2024-07",
    "2024-12-31",
    "2025",
    None,
]


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        (
            "2024-06",
            None,
            {
                "2024",
                "2024-06",
                "2024-06-01",
                "2024-06-19",
                "2024-06-30",
                "2024-07",
                "2024-12-31",
                "2025",
            },
        ),
        (None, "2024-06-01", {"2023", "2024", "2024-05", "2024-06", "2024-06-01"}),
        ("2024-06-15", "2024-06-20", {"2024", "2024-06", "2024-06-19"}),
        (
            "2024",
            "2024",
            {
                "2024",
                "2024-05",
                "2024-06",
                "2024-06-01",
                "2024-06-19",
                "2024-06-30",
                "2024-07",
                "2024-12-31",
            },
        ),
        ("2024-07-01", "2024-12", {"2024", "2024-07", "2024-12-31"}),
    ],
)
def test_date_overlap(lo: str | None, hi: str | None, expected: set[str]) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (d TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(d,) for d in DATES])
    conds, args = date_conds("d", lo, hi)
    got = {r[0] for r in db.execute(f"SELECT d FROM t WHERE {' AND '.join(conds)}", args)}
    assert got == expected


def test_plot_date() -> None:
    assert plot_date("2024", None) == "2024-07-01"
    assert plot_date("2024-06", None) == "2024-06-15"
    assert plot_date("2024-06-19", "2024-07-01") == "2024-06-19"
    assert plot_date(None, "2024-07-01") == "2024-07-01"
    assert plot_date(None, None) is None


def test_mention_spans_cover_the_sentence_once() -> None:
    rec = {
        "text_info": {
            "sentence": "ロシアは、北朝鮮がロシアに派兵したとみられると伝えた。",
            "trigger": "派兵",
            "trigger_start": 13,
        },
        "actor": [{"entity_text": "北朝鮮"}],
        "recipient": [{"entity_text": "ロシア"}],
        "date_text": None,
        "factuality_cue": "とみられる",
        "claimed_by": {"text": "ロシア", "cue": "と伝えた"},
    }
    segs = highlight.mention_spans(rec)
    assert "".join(s["text"] for s in segs) == rec["text_info"]["sentence"]
    marked = [(s["kind"], s["text"]) for s in segs if s["kind"]]
    # the recipient is the ロシア nearest the start; the claimant takes the other one
    assert marked == [
        ("recipient", "ロシア"),
        ("actor", "北朝鮮"),
        ("claim", "ロシア"),
        ("trigger", "派兵"),
        ("cue", "とみられる"),
        ("claim_cue", "と伝えた"),
    ]


def test_mention_spans_missing_and_odd_offsets() -> None:
    rec = {
        "text_info": {"sentence": "abc", "trigger": "zz", "trigger_start": 99},
        "actor": [{"entity_text": ""}],
        "recipient": [],
        "date_text": "x",
        "factuality_cue": None,
        "claimed_by": None,
    }
    assert highlight.mention_spans(rec) == [{"text": "abc", "kind": None}]


def test_article_paragraphs_links_triggers() -> None:
    text = "A sent troops.\n\nB met C. D left."
    sentences = [
        {"idx": 0, "start": 0, "end": 14},
        {"idx": 1, "start": 16, "end": 24},
        {"idx": 2, "start": 25, "end": 32},
    ]
    mentions = [
        {
            "id": "m1",
            "sequence": 0,
            "start": 0,
            "end": 14,
            "trigger": "sent",
            "trigger_start": 2,
            "event": "AID",
            "factuality": "asserted",
        },
        {
            "id": "m2",
            "sequence": 1,
            "start": 16,
            "end": 24,
            "trigger": "met",
            "trigger_start": 0,
            "event": "CONSULT",
            "factuality": "asserted",
        },
    ]
    paras = highlight.article_paragraphs(text, [(0, 14), (16, 32)], sentences, mentions)
    assert len(paras) == 2
    flat = [
        (c["sid"], c["mentioned"], [(s["text"], s["kind"]) for s in c["segs"]])
        for p in paras
        for c in p
    ]
    assert flat[0] == (0, True, [("A ", None), ("sent", "trigger"), (" troops.", None)])
    assert flat[1] == (1, True, [("B ", None), ("met", "trigger"), (" C.", None)])
    assert flat[2] == (None, False, [(" ", None)])
    assert flat[3] == (2, False, [("D left.", None)])
    assert "".join(s[0] for f in flat for s in f[2]) == text.replace("\n\n", "")


def _request(query: str) -> Request:
    return Request(
        {
            "type": "http",
            "method": "GET",
            "path": "/",
            "headers": [],
            "query_string": query.encode(),
        }
    )


def test_parse_lists_defaults_and_errors() -> None:
    params = (
        EVENTS,
        Param("n", "int", "", default=3, minimum=1, maximum=5),
        Param("flag", "bool", "", default=False),
    )
    assert parse(_request("event=aid,CONSULT&event=AID&n=&flag=yes"), params) == {
        "event": ("AID", "CONSULT"),
        "n": 3,
        "flag": True,
    }
    for query, name in [("n=9", "n"), ("n=1&n=2", "n"), ("event=,X", "event"), ("m=1", "m")]:
        with pytest.raises(ApiError) as e:
            parse(_request(query), params)
        assert e.value.status == 400 and e.value.parameter == name


def test_pair_months_summed_in_sql_equal_the_row_by_row_index(synthetic_db: Path) -> None:
    from alliancewatch.relations import index

    ro = connect(synthetic_db, readonly=True)
    pairs = ro.execute("SELECT DISTINCT a, b FROM web_pair_rows WHERE b != ''").fetchall()
    seen = 0
    for a, b in pairs:
        for lo, hi, count in ((None, None, "events"), ("2023-03", "2024-02", "mentions")):
            expected = index.monthly(index.pair_rows(ro, a, b, lo, hi), count=count)
            got = index.pair_monthly(ro, a, b, lo, hi, count=count)
            assert got == expected, (a, b, lo, hi, count)
            seen += len(expected["months"]) + expected["year_only"]
    assert len(pairs) > 3 and seen > 10
