"""Search pages without counting every hit: the total is exact up to a bound (or the
page's end), beyond it `total_exact` is false, the page says "more than", and paging on
still reaches every hit, in the same order, two-character Japanese terms included."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from alliancewatch.web import queries_web as qw

Q = "/api/search?q=" + quote("派兵")


def _all_pages(client, url: str, limit: int) -> list[tuple[str, int]]:
    seen, offset = [], 0
    while True:
        d = client.get(f"{url}&limit={limit}&offset={offset}").json()
        seen += [(i["doc"], i["sequence"]) for i in d["items"]]
        if not d["next"]:
            return seen
        offset += limit


def test_exact_total_under_the_bound(client) -> None:
    d = client.get(Q).json()
    assert d["total_exact"] is True
    assert d["total"] == len(d["items"]) >= 3
    assert all("派兵" in i["sentence"] for i in d["items"])


def test_bounded_total_pages_through_every_hit(client, monkeypatch: pytest.MonkeyPatch) -> None:
    every = client.get(Q + "&limit=200").json()
    n = every["total"]
    assert n >= 3 and every["total_exact"]
    monkeypatch.setattr(qw, "COUNT_BOUND", 1)
    first = client.get(Q + "&limit=1").json()
    assert first["total_exact"] is False and first["total"] == 1  # "more than 1"
    assert first["next"] and first["items"][0]["sentence"] == every["items"][0]["sentence"]
    order = _all_pages(client, Q, 1)
    assert order == [(i["doc"], i["sequence"]) for i in every["items"]]
    last = client.get(Q + f"&limit=1&offset={n - 1}").json()
    assert last["total_exact"] is True and last["total"] == n and last["next"] is None


def test_page_says_more_than(client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qw, "COUNT_BOUND", 1)
    html = client.get("/search?q=" + quote("派兵") + "&limit=1").text
    assert "more than 1" in html
    monkeypatch.setattr(qw, "COUNT_BOUND", 1000)
    html = client.get("/search?q=" + quote("派兵") + "&limit=1").text
    assert "more than" not in html and " total" in html
