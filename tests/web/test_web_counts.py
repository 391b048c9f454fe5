"""Counts of events, not mentions, where the web layer ranks or sizes things (issue 12):
the overview's top pairs, /api/actors, network node sizes, the relations pages (with a
count=mentions toggle). Expected values are recomputed here from the stored rows."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from web_fixtures import Client


@pytest.fixture(scope="module")
def rows(synthetic_db: Path) -> list[tuple[str, str, str, str, str]]:
    """(mention id, event key, a, b, quad) per stored pair row."""
    db = sqlite3.connect(synthetic_db)
    try:
        return [
            (mid, eid or mid, a, b, quad)
            for mid, eid, a, b, quad in db.execute(
                "SELECT p.mention_id, m.event_id, p.a, p.b, p.quad FROM mention_pairs p"
                " JOIN mentions m ON m.id = p.mention_id"
            )
        ]
    finally:
        db.close()


def _per(rows, key, *, pairs_only: bool = True) -> dict:
    out: dict = defaultdict(set)
    for _mid, ev, a, b, _ in rows:
        if pairs_only and not b:
            continue
        for k in key(a, b):
            out[k].add(ev)
    return out


def test_top_pairs_count_events(client: Client, rows) -> None:
    events = _per(rows, lambda a, b: [(a, b)])
    mentions: dict = defaultdict(set)
    for mid, _, a, b, _ in rows:
        if b:
            mentions[(a, b)].add(mid)
    top = client.get("/api/overview").json()["top_pairs"]
    assert top
    for p in top:
        assert p["events"] == len(events[(p["a"], p["b"])])
        assert p["mentions"] == len(mentions[(p["a"], p["b"])])
    assert any(p["events"] < p["mentions"] for p in top)  # the fixture has merged reports
    assert [p["events"] for p in top] == sorted((p["events"] for p in top), reverse=True)
    assert f">{top[0]['events']}</td>" in client.get("/").text


def test_actors_count_events(client: Client, rows) -> None:
    events = _per(rows, lambda a, b: [a, b] if b else [a], pairs_only=False)
    items = client.get("/api/actors?limit=100").json()["items"]
    assert items
    for x in items:
        assert x["events"] == len(events[x["code"]]), x["code"]
        assert x["events"] <= x["mentions"]
    assert [x["events"] for x in items] == sorted((x["events"] for x in items), reverse=True)


@pytest.mark.parametrize("count", ["events", "mentions"])
def test_network_nodes_weigh_their_own_events_once(client: Client, rows, count: str) -> None:
    idx = 1 if count == "events" else 0
    per_node: dict = defaultdict(set)
    for r in rows:
        if r[3]:
            per_node[r[2]].add(r[idx])
            per_node[r[3]].add(r[idx])
    d = client.get(f"/api/network?count={count}").json()
    assert d["count"] == count and d["nodes"]
    for n in d["nodes"]:
        assert n["mentions"] == len(per_node[n["code"]]), n["code"]
        edges = sum(e["mentions"] for e in d["edges"] if n["code"] in (e["a"], e["b"]))
        assert n["mentions"] <= edges


def test_relations_count_events_with_a_mentions_toggle(client: Client) -> None:
    ev = client.get("/api/relations?a=PRK&b=RUS").json()
    mn = client.get("/api/relations?a=PRK&b=RUS&count=mentions").json()
    assert (ev["count"], mn["count"]) == ("events", "mentions")
    n_events = sum(sum(m["events"].values()) for m in ev["months"])
    n_scored = sum(sum(m["events"].values()) for m in mn["months"])
    assert ev["totals"]["events"] == n_events < n_scored == mn["totals"]["events"]
    assert ev["totals"]["mentions"] == mn["totals"]["mentions"] >= n_scored
    # each mention counts in the mentions view: more weight than one per event
    assert mn["totals"]["cooperation"] > ev["totals"]["cooperation"]
    page = client.get("/relations?a=PRK&b=RUS&count=mentions").text
    assert '<option value="mentions" selected>' in page
    assert client.get("/api/relations?a=PRK&b=RUS&count=nope").status_code == 400
