"""Deep search pages by cursor: offsets stop at search_keys.MAX_OFFSET, `next` links go on
with `after=` cursors, and the pages read that way hold exactly the hits one long page
holds, in the same order (articles on the same day, undated articles last), on SQLite and
on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_fixtures import Client, build

from alliancewatch.store.db import Store
from alliancewatch.web import create_app
from alliancewatch.web import queries_web as qw
from alliancewatch.web import search_keys as sk

# same-day articles, whose order is their doc; undated ones, which come last
DATES = ["2024-05-01", None, "2024-05-01", "2024-04-30", None, "2023", "2024-05-01", "2024-06"]
Q = "/api/search?q=sanctions"


def _articles() -> Iterator[tuple]:
    for n, published in enumerate(DATES):
        sentences = [f"Sanctions on item {n} were raised {k + 1} times." for k in range(3)]
        yield build(f"doc_{(n * 5) % 8}.txt", "en", published, [sentences, ["No news."]], [])


def _write(target: str | Path) -> None:
    with Store(target) as st:
        for art, sents, ments in _articles():
            st.save(art, sents, ments, "test-coder 0")


def _follow(client: Client, url: str) -> list[tuple[str, int]]:
    """Every hit reached from `url` through `next` links, and each page's first position."""
    seen: list[tuple[str, int]] = []
    while url:
        d = client.get(url).json()
        assert d["offset"] == len(seen), url
        seen += [(i["doc"], i["sequence"]) for i in d["items"]]
        url = d["next"]
    return seen


@pytest.fixture
def shallow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offsets reach hit 2 and totals count 3: a handful of hits needs cursors."""
    monkeypatch.setattr(sk, "MAX_OFFSET", 2)
    monkeypatch.setattr(qw, "COUNT_BOUND", 3)


@pytest.fixture(scope="module")
def sqlite_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    path = tmp_path_factory.mktemp("cursor") / "cursor.db"
    _write(path)
    c = Client(create_app(path))
    yield c
    c.close()


@pytest.fixture(scope="module")
def pg_cursor_client(pg_server: str) -> Iterator[Client]:
    from tests.conftest import new_pg_database

    with new_pg_database(pg_server) as url:
        _write(url)
        c = Client(create_app(url))
        yield c
        c.close()
        c.app.app.state.db.pool.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_client(request: pytest.FixtureRequest) -> Client:
    name = "sqlite_client" if request.param == "sqlite" else "pg_cursor_client"
    return request.getfixturevalue(name)


def test_cursor_pages_hold_every_hit_in_order(any_client: Client, shallow: None) -> None:
    every = any_client.get(Q + "&limit=500").json()
    order = [(i["doc"], i["sequence"]) for i in every["items"]]
    assert len(order) == 3 * len(DATES) and every["total_exact"] is True
    undated = {f"doc_{(n * 5) % 8}.txt" for n, p in enumerate(DATES) if p is None}
    assert {d for d, _ in order[-6:]} == undated  # undated articles last
    for limit in (1, 2, 5):
        assert _follow(any_client, Q + f"&limit={limit}") == order, limit


def test_next_link_switches_to_a_cursor_past_max_offset(any_client: Client, shallow) -> None:
    first = any_client.get(Q + "&limit=2").json()
    assert "offset=2" in first["next"] and "after=" not in first["next"]
    second = any_client.get(first["next"]).json()
    assert "after=" in second["next"] and "offset=" not in second["next"]
    third = any_client.get(second["next"]).json()
    assert third["offset"] == 4 and third["prev"].endswith("&offset=2")  # in offset reach
    fourth = any_client.get(third["next"]).json()
    assert fourth["offset"] == 6 and fourth["prev"] is None  # offset 4 > MAX_OFFSET
    shown = {i["sentence"] for i in third["items"]}
    assert shown.isdisjoint(i["sentence"] for i in fourth["items"])


def test_postgresql_pages_equal_sqlite(sqlite_client, pg_cursor_client, shallow) -> None:
    url = Q + "&limit=3"
    while url:
        a, b = sqlite_client.get(url).json(), pg_cursor_client.get(url).json()
        assert a == b, url
        url = a["next"]


def test_deep_offset_is_refused_with_the_way_on(sqlite_client: Client) -> None:
    r = sqlite_client.get(Q + f"&offset={sk.MAX_OFFSET + 1}")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["parameter"] == "offset" and "next" in err["message"]
    assert "after=" in err["message"]
    assert sqlite_client.get(Q + f"&offset={sk.MAX_OFFSET}").status_code == 200


def test_bad_cursors_are_refused(sqlite_client: Client) -> None:
    for token in ("x", "W10", sk.SearchKey(1, None, "d", 0).token() + "!!"):
        r = sqlite_client.get(Q + f"&after={token}")
        assert r.status_code == 400 and r.json()["error"]["parameter"] == "after", token
    good = sk.SearchKey(1, "2024-05-01", "doc_0.txt", 0).token()
    r = sqlite_client.get(Q + f"&after={good}&offset=3")
    assert r.status_code == 400 and r.json()["error"]["parameter"] == "offset"


def test_a_key_round_trips_through_its_token() -> None:
    keys = (sk.SearchKey(10_000, "2024-05-01", "東京/記事 1?.txt", 7), sk.SearchKey(0, None, "", 0))
    for key in keys:
        assert sk.SearchKey.from_token(key.token()) == key


def test_the_page_follows_cursors_too(sqlite_client: Client, shallow: None) -> None:
    d = sqlite_client.get(Q + "&limit=2&offset=2").json()
    nxt = d["next"].replace("/api/search", "/search")
    html = sqlite_client.get(nxt).text
    assert 'rel="next"' in html and "after=" in html
    assert 'start="5"' in html  # the list is numbered from the cursor's position
