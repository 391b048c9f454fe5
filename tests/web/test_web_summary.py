"""The fast paths of the web's counts give what the row-scanning queries give: unfiltered
counts from the write-time summaries (web/queries_summary.py), and the newest-first event
page walked from the index (web/timeline_page.py), on a database with many events of
several mentions, ties on days, and year-only and undated mentions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from alliancewatch.merge.events import merge_events
from alliancewatch.store.db import Store, connect
from alliancewatch.web import queries_graph as qg
from alliancewatch.web import queries_summary as qs
from alliancewatch.web import queries_web as qw
from alliancewatch.web import timeline_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from web_bench import synthetic_articles

    path = tmp_path_factory.mktemp("summary") / "b.db"
    with Store(path) as store:
        for art, sents, ments in synthetic_articles(3000, seed=5):
            store.save(art, sents, ments, "bench")
        merge_events(store)
    db = connect(path, readonly=True)
    yield db
    db.close()


def _v(**kw: Any) -> dict[str, Any]:
    v: dict[str, Any] = {"limit": 20, "offset": 0, "count": "events", "order": "desc"}
    return v | kw


TIMELINES = [
    _v(a="PRK", b="RUS"),
    _v(a="RUS", b="PRK", offset=7, limit=13),
    _v(a="PRK"),
    _v(a="USA", offset=40),
    _v(a="KOR", limit=200),
    _v(a="PRK", b="RUS", event=("AID",), factuality=("asserted",)),
    _v(a="PRK", **{"from": "2020", "to": "2023-06"}),
    _v(a="JPN", lang=("ja",), limit=5, offset=3),
    _v(a="PRK", count="mentions"),
    _v(a="UKR", b="RUS", count="mentions", offset=2),
]


@pytest.mark.parametrize("v", TIMELINES, ids=lambda v: str(sorted(v.items())))
def test_timeline_fast_paths_equal_the_row_scan(
    bench_db: Any, v: dict[str, Any], monkeypatch
) -> None:
    fast = qg.timeline(bench_db, dict(v))
    assert fast["items"] and fast["total"] > len(fast["items"]) // 2
    monkeypatch.setattr(timeline_page, "MAX_WALK", 0)  # the grouped page query
    monkeypatch.setattr(qs, "unfiltered", lambda v: False)  # counts by scan
    slow = qg.timeline(bench_db, dict(v))
    assert fast == slow


def test_walk_meets_ties_across_batches(bench_db: Any, monkeypatch) -> None:
    """A batch far smaller than the page: the walk crosses many batches and tie days."""
    v = _v(a="PRK", limit=60, offset=15)
    want = qg.timeline(bench_db, dict(v))
    calls = []
    real = bench_db.execute

    class Spy:
        def execute(self, sql: str, args: Any = ()) -> Any:
            calls.append(sql)
            return real(sql, args)

    monkeypatch.setattr(timeline_page, "MIN_BATCH", 7)
    monkeypatch.setattr(timeline_page, "BATCH_FACTOR", 0)
    got = qg.timeline(Spy(), dict(v))  # type: ignore[arg-type]
    assert got == want
    assert sum("ORDER BY r.day DESC, r.mention_id DESC" in s for s in calls) > 3


@pytest.mark.parametrize(
    "v",
    [_v(limit=500), _v(min=5, limit=500), _v(limit=3, offset=2), _v(min=40, limit=500)],
)
def test_unfiltered_network_from_summaries_equals_the_scan(
    bench_db: Any, v: dict[str, Any]
) -> None:
    fast = qg.network(bench_db, dict(v))
    slow = qg.network_scan(bench_db, dict(v))
    assert fast["edges"] and fast == slow


def test_overview_and_actors_equal_group_by_over_the_rows(bench_db: Any) -> None:
    db = bench_db
    o = qw.overview(db)
    assert o["totals"]["mentions"] == db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert o["totals"]["sentences"] == db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    assert o["totals"]["events"] == db.execute("SELECT count(*) FROM events").fetchone()[0]
    by = {
        (lang, ev): n
        for lang, ev, n in db.execute(
            "SELECT language, event, count(*) FROM mentions GROUP BY 1, 2"
        )
    }
    assert {
        (lang, e): n for lang, d in o["mentions_by_lang_type"].items() for e, n in d.items()
    } == by
    pairs = [
        {
            "a": r[0],
            "b": r[1],
            "events": r[2],
            "mentions": r[3],
            "cooperation": r[4],
            "conflict": r[5],
        }
        for r in db.execute(
            "SELECT r.a, r.b, count(DISTINCT r.event_key), count(*),"
            " count(DISTINCT CASE WHEN r.quad LIKE '%cooperation' THEN r.event_key END),"
            " count(DISTINCT CASE WHEN r.quad LIKE '%conflict' THEN r.event_key END)"
            " FROM web_pair_rows r WHERE r.b != '' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 10"
        )
    ]
    assert o["top_pairs"] == pairs
    actors = [
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT r.code, count(DISTINCT r.event_key) AS n, count(*) AS nm FROM web_actor_rows r"
            " GROUP BY r.code ORDER BY n DESC, nm DESC, r.code"
        )
    ]
    assert [(x["code"], x["events"], x["mentions"]) for x in qw.actors(db)] == actors


@pytest.mark.parametrize(("a", "b"), [("PRK", "RUS"), ("USA", "KOR"), ("JPN", "CHN")])
def test_monthly_relation_sums_from_summaries_equal_the_row_sums(
    bench_db: Any, a: str, b: str
) -> None:
    from alliancewatch.relations.index import weights
    from alliancewatch.store import relation_rows

    w = weights()
    fast = relation_rows.pair_month_sums(bench_db, a, b, None, None, w.event, w.factuality)
    # lo = '0000' keeps every dated row: the row-summing SQL path, same period
    slow = relation_rows.pair_month_sums(bench_db, a, b, "0000", None, w.event, w.factuality)
    assert len(fast) > 10
    rounded = [r[:4] + tuple(round(x, 6) for x in r[4:]) for r in fast]
    assert rounded == [r[:4] + tuple(round(x, 6) for x in r[4:]) for r in slow]


FILTERED_NETWORKS = [
    _v(limit=500, factuality=("asserted", "probable")),
    _v(limit=500, event=("AID", "SANCTION"), **{"from": "2020-01-01", "to": "2022-06-30"}),
    _v(limit=4, offset=3, lang=("ko",)),
    _v(limit=500, count="mentions", factuality=("negated",)),
]


@pytest.mark.parametrize("v", FILTERED_NETWORKS, ids=lambda v: str(sorted(v.items())))
def test_filtered_network_equals_counting_the_rows_in_python(
    bench_db: Any, v: dict[str, Any]
) -> None:
    """The one-pass network scan against sets built from the matching rows themselves."""
    from alliancewatch.plover import SYMMETRIC

    where, args = qg.row_filters(v)
    key = "r.mention_id" if v["count"] == "mentions" else "r.event_key"
    rows = bench_db.execute(
        f"SELECT r.a, r.b, {key}, r.quad, r.event, r.forward, r.directed FROM web_pair_rows r"
        f" WHERE r.b != '' AND {' AND '.join(where)}",
        args,
    ).fetchall()
    keys: dict[tuple[str, str], set[str]] = {}
    coop: dict[tuple[str, str], set[str]] = {}
    ab: dict[tuple[str, str], set[str]] = {}
    node: dict[str, set[str]] = {}
    for a, b, k, quad, event, fwd, directed in rows:
        keys.setdefault((a, b), set()).add(k)
        if quad.endswith("cooperation"):
            coop.setdefault((a, b), set()).add(k)
        if directed and event not in SYMMETRIC and fwd:
            ab.setdefault((a, b), set()).add(k)
        node.setdefault(a, set()).add(k)
        node.setdefault(b, set()).add(k)
    ranked = sorted(keys, key=lambda p: (-len(keys[p]), p))
    got = qg.network(bench_db, dict(v))
    assert got["total"] == len(ranked) and got["edges"]
    page = ranked[v["offset"] : v["offset"] + v["limit"]]
    assert [(e["a"], e["b"]) for e in got["edges"]] == page
    for e in got["edges"]:
        p = (e["a"], e["b"])
        assert (e["mentions"], e["cooperation"], e["a_to_b"]) == (
            len(keys[p]),
            len(coop.get(p, ())),
            len(ab.get(p, ())),
        )
    assert {n["code"]: n["mentions"] for n in got["nodes"]} == {
        c: len(node[c]) for e in got["edges"] for c in (e["a"], e["b"])
    }


FACT_NETWORKS = [
    _v(limit=500, factuality=("asserted", "probable")),
    _v(limit=500, factuality=("negated",), min=2),
    _v(limit=5, offset=4, factuality=("possible", "planned", "hypothetical")),
    _v(limit=500, factuality=("asserted", "negated", "hypothetical", "possible", "probable")),
]


def _fact_network_matches_scan(db: Any, v: dict[str, Any]) -> None:
    fast = qg.network(db, dict(v))
    slow = qg.network_scan(db, dict(v))
    assert fast["edges"] and fast == slow


def test_some_events_have_several_factualities_on_a_pair(bench_db: Any) -> None:
    """The case the sets exist for: an event on a pair reported with two factualities."""
    several = bench_db.execute(
        "SELECT count(*) FROM web_fsets WHERE scope = 'pair.tfact' AND (f & (f - 1)) <> 0"
    ).fetchone()[0]
    assert several > 10


@pytest.mark.parametrize("v", FACT_NETWORKS, ids=lambda v: str(sorted(v.items())))
def test_network_by_factuality_from_sets_equals_the_scan_sqlite(
    bench_db: Any, v: dict[str, Any]
) -> None:
    _fact_network_matches_scan(bench_db, v)


def test_network_by_factuality_from_sets_equals_the_scan_postgres(pg_url: str) -> None:
    from web_bench import synthetic_articles

    from alliancewatch.merge.events import update_article

    articles = list(synthetic_articles(1000, seed=7))
    with Store(pg_url) as store:
        for art, sents, ments in articles[:800]:
            store.save(art, sents, ments, "bench")
        merge_events(store)  # a full relink: PostgreSQL refills the summaries at once
        for art, sents, ments in articles[800:]:  # the triggers on top of the fill
            store.save(art, sents, ments, "bench", derive=update_article)
        for v in FACT_NETWORKS:
            _fact_network_matches_scan(store.db, v)
