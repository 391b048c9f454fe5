"""/events, /events/{id}, their JSON twins and the filtered downloads (issue 12)."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

from web_fixtures import Client


def test_events_list_json_and_page_agree(client: Client) -> None:
    d = client.get("/api/events?a=PRK&b=RUS").json()
    assert d["total"] == len(d["items"]) > 0
    assert all(
        {"PRK", "RUS"} <= set((e["actor_codes"] + " " + e["recipient_codes"]).split())
        for e in d["items"]
    )
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


def test_timeline_counts_events_by_default_and_mentions_on_request(client: Client) -> None:
    ms = client.get("/api/timeline?a=PRK&b=RUS&count=mentions").json()
    ev = client.get("/api/timeline?a=PRK&b=RUS").json()
    assert ms["count"] == "mentions" and ev["count"] == "events"
    groups: dict[str, int] = {}
    for m in ms["items"]:
        key = m["event_id"] or m["id"]
        groups[key] = groups.get(key, 0) + 1
    assert len(groups) < ms["total"]  # the fixture has events reported more than once
    assert ev["total"] == len(ev["items"]) == len(groups)
    assert {(i["event_id"] or i["id"]): i["n_mentions"] for i in ev["items"]} == groups
    assert sum(ev["counts"]["by_type"].values()) == len(groups)
    assert all(i["n_mentions"] == 1 for i in ms["items"])
    assert client.get("/api/timeline?a=PRK&count=all").status_code == 400


def test_network_weights_are_events_by_default(client: Client) -> None:
    ms = client.get("/api/network?count=mentions").json()
    ev = client.get("/api/network").json()
    assert (ms["count"], ev["count"]) == ("mentions", "events")
    w = {(e["a"], e["b"]): e["mentions"] for e in ev["edges"]}
    for e in ms["edges"]:
        t = client.get(f"/api/timeline?a={e['a']}&b={e['b']}&count=mentions&limit=2000").json()
        assert t["total"] == e["mentions"]
        assert w[(e["a"], e["b"])] == len({i["event_id"] or i["id"] for i in t["items"]})
    assert w[("PRK", "RUS")] < 11  # 11 mentions of fewer events


def test_pages_toggle_what_they_count(client: Client) -> None:
    ev = client.get("/timeline?a=PRK&b=RUS").text
    ms = client.get("/timeline?a=PRK&b=RUS&count=mentions").text
    assert '<option value="events" selected>' in ev and "<h2>Events" in ev
    assert '<option value="mentions" selected>' in ms and "<h2>Mentions" in ms
    assert ev.count("<tr class=") < ms.count("<tr class=")
    net = client.get("/network?count=mentions").text
    assert '<th class="num">mentions</th>' in net and "count=mentions" in net
    assert '<th class="num">events</th>' in client.get("/network").text


def test_overview_latest_lists_events(client: Client) -> None:
    latest = client.get("/api/overview").json()["latest"]
    listed = client.get("/api/events?limit=500").json()["items"]
    dated = [e for e in listed if e["date"]]
    assert [x["event_id"] for x in latest] == [e["id"] for e in dated[:10]]
    by_id = {e["id"]: e for e in listed}
    for x in latest:
        e = by_id[x["event_id"]]
        assert x["id"] == e["first_mention"] and x["n_mentions"] == e["n_mentions"]
        assert (x["date"], x["event"]) == (e["date"], e["event"])
    page = client.get("/").text
    assert all(f'href="/events/{x["event_id"]}"' in page for x in latest)


def test_list_pages_offer_downloads_honouring_their_filters(client: Client) -> None:
    page = client.get("/search?q=" + quote("派兵") + "&lang=ja").text
    href = "/download/search.csv?q=%E6%B4%BE%E5%85%B5&amp;lang=ja"
    assert href in page and "/download/search.jsonl?" in page
    listed = client.get("/api/search?q=" + quote("派兵") + "&lang=ja").json()
    lines = client.get("/download/search.jsonl?q=" + quote("派兵") + "&lang=ja").text
    got = [json.loads(x) for x in lines.splitlines()]
    assert len(got) == listed["total"] > 0 and all(x["lang"] == "ja" for x in got)
    rows = list(
        csv.DictReader(io.StringIO(client.get("/download/search.csv?q=" + quote("派兵")).text))
    )
    assert [r["sentence"] for r in rows] == [
        i["sentence"] for i in client.get("/api/search?q=" + quote("派兵")).json()["items"]
    ]
    arts = client.get("/articles?lang=ko").text
    assert "/download/articles.csv?lang=ko" in arts
    rows = list(csv.DictReader(io.StringIO(client.get("/download/articles.csv?lang=ko").text)))
    assert rows and {r["lang"] for r in rows} == {"ko"}
    assert len(rows) == client.get("/api/articles?lang=ko").json()["total"]
    tl = client.get("/timeline?a=PRK&b=RUS&event=AID&order=asc").text
    assert "/download/events.csv?a=PRK&amp;b=RUS&amp;event=AID" in tl
    assert "/download/mentions.jsonl?a=PRK&amp;b=RUS&amp;event=AID" in tl
    assert client.get("/download/search.csv").status_code == 400  # q is required


def test_network_and_relations_pages_download_with_their_filters(client: Client) -> None:
    edges = client.get("/api/network?event=AID&count=mentions&limit=2000").json()["edges"]
    page = client.get("/network?event=AID&count=mentions")
    assert "/download/network.csv?event=AID&amp;min=1&amp;count=mentions" in page.text
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/download/network.csv?event=AID&count=mentions").text)
        )
    )
    assert edges and [(r["a"], r["b"], int(r["mentions"])) for r in rows] == [
        (e["a"], e["b"], e["mentions"]) for e in edges
    ]
    lines = client.get("/download/network.jsonl?event=AID").text.splitlines()
    by_events = client.get("/api/network?event=AID&limit=2000").json()["edges"]
    assert [json.loads(x)["mentions"] for x in lines] == [e["mentions"] for e in by_events]
    rel = client.get("/relations?a=PRK&b=RUS&from=2024-01")
    assert "/download/events.csv?a=PRK&amp;b=RUS&amp;from=2024-01" in rel.text
    assert "/download/mentions.jsonl?a=PRK&amp;b=RUS&amp;from=2024-01" in rel.text
