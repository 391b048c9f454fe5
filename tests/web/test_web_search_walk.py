"""A search's hits read by web/search_walk.py (the articles walked newest first, or the hits
sorted, behind one materialised set of ids) are the plain query's rows in the plain
query's order, on SQLite and on PostgreSQL: with and without filters, after a cursor,
for pages shorter than the hits, and for words the planner expects to be common."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_fixtures import Client, build

from alliancewatch.store import fts
from alliancewatch.store.db import Store
from alliancewatch.web import create_app
from alliancewatch.web import search_keys as sk
from alliancewatch.web import search_walk as sw

# same-day articles (ordered by doc), years and months, undated ones (last)
DATES = ["2024-05-01", None, "2024-05-01", "2023", "2024-04-30", None, "2024-06", "2022-01-09"]
FRM = "FROM sentences s JOIN articles a ON a.id = s.article_id"


def _articles() -> Iterator[tuple]:
    for n, published in enumerate(DATES):
        sentences = [
            f"Russia sent troops to post {n}." if n % 3 else f"Troops were sent from {n}.",
            f"Nothing about post {n}.",
            f"Later Russia had sent more troops, {n} in all.",
        ]
        lang = "de" if n % 4 == 1 else "en"
        yield build(f"walk_{(n * 3) % 8}.txt", lang, published, [sentences, ["Quiet."]], [])


def _write(target: str | Path) -> None:
    with Store(target) as st:
        for art, sents, ments in _articles():
            st.save(art, sents, ments, "test-coder 0")


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    path = tmp_path_factory.mktemp("walk") / "walk.db"
    _write(path)
    with Store(path) as st:
        yield st.db


@pytest.fixture(scope="module")
def pg_db(pg_server: str) -> Iterator[Any]:
    from tests.conftest import new_pg_database

    with new_pg_database(pg_server) as url:
        _write(url)
        with Store(url) as st:
            yield st.db


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def _terms(db: Any, q: str) -> str:
    expr = fts.tsquery(q) if db.__class__.__name__ == "PgConnection" else fts.match_query(q)
    assert expr is not None
    return expr


def _plain(db: Any, expr: str, where: str, args: list[Any], after: Any, n: int) -> list[tuple]:
    w, wargs = sw.plain(db, expr, where, args)
    return [tuple(r) for r in sk.hits(db, FRM, w, wargs, after, n)]


FILTERS = [
    ("", []),
    ("a.lang IN (?)", ["en"]),
    ("a.published >= ? AND a.published <= ?", ["2023", "2024-05-01"]),
]


@pytest.mark.parametrize("branch", ["walk", "sort"])
@pytest.mark.parametrize("where,args", FILTERS)
@pytest.mark.parametrize("n", [1, 4, 100])
def test_both_branches_give_the_plain_rows(
    db: Any, monkeypatch: pytest.MonkeyPatch, branch: str, where: str, args: list, n: int
) -> None:
    monkeypatch.setattr(sw, "planner_estimate", lambda db, expr: 0.0)
    monkeypatch.setattr(sw, "walk_from", lambda db, n: 1 if branch == "walk" else 10**9)
    expr = _terms(db, "sent troops Russia")
    got = [tuple(r) for r in sw.text_hits(db, expr, where, args, None, n)]
    want = _plain(db, expr, where, args, None, n)
    assert got == want
    assert len(want) == min(n, len(_plain(db, expr, where, args, None, 1000)))


@pytest.mark.parametrize("branch", ["walk", "sort"])
def test_pages_after_a_cursor_are_the_plain_pages(
    db: Any, monkeypatch: pytest.MonkeyPatch, branch: str
) -> None:
    """Every cursor position, dated and undated: the rest of the hits, in order."""
    monkeypatch.setattr(sw, "planner_estimate", lambda db, expr: 0.0)
    monkeypatch.setattr(sw, "walk_from", lambda db, n: 1 if branch == "walk" else 10**9)
    expr = _terms(db, "troops")
    every = _plain(db, expr, "", [], None, 1000)
    assert len(every) > 10
    assert any(r[1] is None for r in every)  # undated hits come last, after dated ones
    for i, (_, pub, doc, idx) in enumerate(every):
        after = sk.SearchKey(i + 1, pub, doc, idx)
        got = [tuple(r) for r in sw.text_hits(db, expr, "", [], after, 5)]
        assert got == every[i + 1 : i + 6]


def test_a_search_the_planner_finds_common_keeps_the_plain_query(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sw, "planner_estimate", lambda db, expr: 10.0**9)
    expr = _terms(db, "Russia troops")
    assert [tuple(r) for r in sw.text_hits(db, expr, "", [], None, 3)] == _plain(
        db, expr, "", [], None, 3
    )


def test_the_threshold_grows_with_the_articles(sqlite_db: Any) -> None:
    """The square root of articles x hits wanted: 8 articles, 50 hits wanted -> 20."""
    assert sw.walk_from(sqlite_db, 50) == 20


def test_the_web_search_reads_the_same_hits_either_way(
    pg_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/api/search over PostgreSQL: the same items whichever branch answers."""
    url = pg_db.url
    client = Client(create_app(url))
    try:
        pages = []
        for threshold in (1, 10**9):
            monkeypatch.setattr(sw, "walk_from", lambda db, n, t=threshold: t)
            d = client.get("/api/search?q=sent%20troops&limit=7").json()
            pages.append(([(i["doc"], i["sequence"]) for i in d["items"]], d["total"]))
        assert pages[0] == pages[1]
        assert len(pages[0][0]) == 7
    finally:
        client.close()
        client.app.app.state.db.pool.close()
