"""/events, /events/{id}, their JSON twins and the filtered downloads (issue 12)."""

from __future__ import annotations

import csv
import io
import json

from web_fixtures import Client


def test_events_list_json_and_page_agree(client: Client) -> None:
    d = client.get("/api/events?a=PRK&b=RUS").json()
    assert d["total"] == len(d["items"]) > 0
    assert all({"PRK", "RUS"} <= set((e["actor_codes"] + " " + e["recipient_codes"]).split())
               for e in d["items"])
    assert client.get("/events.json?a=PRK&b=RUS").json() == d
    page = client.get("/events?a=PRK&b=RUS")
    assert page.status_code == 200
    for e in d["items"]:
        assert f'href="/events/{e["id"]}"' in page.text
    assert "/download/events.csv?a=PRK&amp;b=RUS" in page.text


def test_one_event_lists_its_evidence(client: Client) -> None:
    items = client.get("/api/events?event=AID&a=PRK&b=RUS").json()["items"]
    big = max(items, key=lambda e: e["n_mentions"])
    rec = client.get(f"/api/events/{big['id']}").json()
    assert len(rec["mentions"]) == rec["n_mentions"] == big["n_mentions"]
    assert rec["languages"] == sorted({m["language"] for m in rec["mentions"]})
    page = client.get(f"/events/{big['id']}")
    assert page.status_code == 200
    for m in rec["mentions"]:
        assert f'href="/mentions/{m["id"]}"' in page.text


def test_event_errors(client: Client) -> None:
    assert client.get("/api/events/0000000000000000").status_code == 404
    assert client.get("/api/events/nothex").status_code == 400
    assert client.get("/api/events?b=RUS").status_code == 400
    assert client.get("/api/events?event=NOPE").status_code == 400


def test_downloads_honour_the_filters(client: Client) -> None:
    listed = client.get("/api/events?event=AID&limit=500").json()["items"]
    r = client.get("/download/events.csv?event=AID")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [x["id"] for x in rows] == [e["id"] for e in listed]
    lines = client.get("/download/mentions.jsonl?event=AID&lang=ja").text.splitlines()
    ms = [json.loads(x) for x in lines]
    assert ms and all(m["event"] == "AID" and m["language"] == "ja" and m["event_id"] for m in ms)
    assert client.get("/download/things.csv").status_code == 404


def test_mention_page_links_its_event_and_article_has_story(client: Client) -> None:
    e = client.get("/api/events?event=AID&a=PRK&b=RUS").json()["items"][0]
    page = client.get(f"/mentions/{e['first_mention']}")
    assert f'href="/events/{e["id"]}"' in page.text
    rec = client.get(f"/api/events/{e['id']}").json()
    art = client.get("/api/articles/" + rec["mentions"][0]["doc"]).json()
    assert art["story"] == []  # the fixture has no near-duplicates
