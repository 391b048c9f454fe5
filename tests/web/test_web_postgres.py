"""The web layer over PostgreSQL: the hand-made database written to both back ends gives
the same JSON on every route, and the server's connections are read-only."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from web_fixtures import SLASH_DOC, Client, make_db

from alliancewatch.store.db import connect

ROUTES = [
    "/api/overview",
    "/api/actors",
    "/api/timeline?a=PRK&b=RUS",
    "/api/timeline?a=PRK&limit=1000",
    "/api/timeline?a=PRK&b=RUS&order=asc&limit=4&offset=8",
    "/api/timeline?a=PRK&from=2024-06&to=2024-12&factuality=asserted",
    "/api/timeline?a=RUS&event=AID&lang=ja",
    "/api/network",
    "/api/network?from=2024-09&to=2024-12",
    "/api/network?min=3",
    "/api/network?event=ACCUSE&limit=2",
    "/api/network?factuality=asserted,probable",
    "/api/network?factuality=negated,planned&min=2",
    "/api/search?q=" + quote("派兵"),
    "/api/search?q=" + quote("파병"),
    "/api/search?q=Joint%20EXERCISE",
    "/api/search?q=" + quote("兵"),
    "/api/search?q=" + quote("派兵") + "&event=AID&actor=PRK&with_mentions=1",
    "/api/search?q=" + quote("派兵") + "&from=2024-06&to=2024-12&lang=ja",
    "/api/search?q=" + quote("派兵") + "&factuality=asserted,negated&actor=RUS&lang=ja&from=2024",
    "/api/search?q=North&limit=1",
    "/api/articles",
    "/api/articles?lang=ko",
    "/api/articles?q=" + quote("派兵"),
    "/api/articles?limit=2&offset=4",
    "/api/articles/ja_prk_rus_001.txt",
    "/api/articles/" + quote(SLASH_DOC, safe=""),
    "/api/articles/none.txt",
    "/api/network?index=1",
    "/api/search?concept=AID",
    "/api/search?concept=AID:military&lang=ko",
    "/api/search?q=sanctions",
    "/api/actors?q=Korea",
    "/api/glossary",
    "/glossary",
    "/api/network?index=1&from=2024-06&event=AID",
    "/api/relations?a=PRK&b=RUS&on=2025-01-01",
    "/api/relations?a=PRK&b=RUS&limit=2",
    "/relations.json?a=PRK&b=RUS&c=KOR&d=USA",
    "/relations?a=PRK&b=RUS",
    "/treaties",
    "/",
    "/timeline?a=PRK&b=RUS",
    "/network",
    "/search?q=" + quote("派兵"),
    "/articles",
    "/api/events",
    "/api/events?a=PRK",
    "/api/events?a=PRK&b=RUS&from=2024-06&to=2024-12",
    "/api/events?event=AID&lang=ja",
    "/api/events?factuality=asserted&limit=2&offset=1",
    "/events.json?a=RUS",
    "/events",
    "/download/events.csv?a=PRK",
    "/download/mentions.csv?a=PRK",
]


def _ids_out(obj):
    """Sentence row ids are numbered by each database and rejection times are clocks:
    everything else must be equal."""
    if isinstance(obj, dict):
        return {
            k: _ids_out(v)
            for k, v in obj.items()
            if not (k == "id" and isinstance(v, int)) and k != "at"
        }
    if isinstance(obj, list):
        return [_ids_out(x) for x in obj]
    return obj


@pytest.fixture(scope="module")
def pg_client(pg_server, tmp_path_factory):
    from alliancewatch.web import create_app
    from tests.conftest import new_pg_database

    with new_pg_database(pg_server) as url:
        make_db(url)
        c = Client(create_app(url))
        yield c, url
        c.close()
        c.app.app.state.db.pool.close()


def test_every_route_answers_as_over_sqlite(client, pg_client):
    pg, url = pg_client
    compared = 0
    for route in ROUTES:
        a, b = client.get(route), pg.get(route)
        assert a.status_code == b.status_code, route
        if route.startswith("/api/") or ".json" in route:
            assert _ids_out(b.json()) == _ids_out(a.json()), route
        elif route.startswith("/download/"):
            assert b.text == a.text and a.text.count("\n") > 2, route
        else:
            assert len(b.text) > 500, route
        compared += 1
    # mentions by their (content-derived) ids
    with connect(url, readonly=True) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM mentions ORDER BY id")]
    for mid in ids:
        assert pg.get(f"/api/mentions/{mid}").json() == client.get(f"/api/mentions/{mid}").json()
    assert compared == len(ROUTES) and len(ids) > 10
    # events by their (content-derived) ids, with their evidence mentions
    with connect(url, readonly=True) as db:
        eids = [r[0] for r in db.execute("SELECT id FROM events ORDER BY id")]
    for eid in eids:
        a, b = client.get(f"/api/events/{eid}"), pg.get(f"/api/events/{eid}")
        assert a.status_code == b.status_code == 200, eid
        assert b.json() == a.json(), eid
        assert client.get(f"/events/{eid}").text == pg.get(f"/events/{eid}").text, eid
    assert len(eids) > 5


def test_the_server_reads_in_read_only_transactions(pg_client):
    pg, _ = pg_client
    db = pg.app.app.state.db.get()
    try:
        assert db.execute("SHOW default_transaction_read_only").fetchone()[0] == "on"
        assert db.execute("SHOW statement_timeout").fetchone()[0] == "10s"
    finally:
        pg.app.app.state.db.release()


def test_missing_postgres_database_is_named(pg_server):
    from alliancewatch.errors import StoreError
    from alliancewatch.web import create_app

    url = pg_server.rsplit("/", 1)[0] + "/aw_no_such_database"
    with pytest.raises(StoreError, match="aw_no_such_database"):
        create_app(url)


def test_sqlite_client_still_uses_a_file(client):
    assert isinstance(client.db_path, Path)
