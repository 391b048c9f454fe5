"""JSON API, in process: every route, pagination, filters, bad parameters, 404s."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from web_fixtures import SLASH_DOC, XSS_DOC, Client

from alliancewatch.plover import EVENT_TYPES

API_ROUTES = [
    "/api/overview",
    "/api/actors",
    "/api/timeline?a=PRK&b=RUS",
    "/api/network",
    "/api/search?q=派兵",
    "/api/articles",
    "/api/openapi.json",
]


def mention_id(db: Path, doc: str, seq: int) -> str:
    with sqlite3.connect(db) as c:
        return str(
            c.execute(
                "SELECT id FROM mentions WHERE doc = ? AND sequence = ?", (doc, seq)
            ).fetchone()[0]
        )


def assert_error(r, status: int, code: str, parameter: str | None = None) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert set(err) <= {"status", "code", "message", "parameter"}
    assert err["status"] == status and err["code"] == code and err["message"]
    if parameter:
        assert err["parameter"] == parameter


@pytest.mark.parametrize("url", API_ROUTES)
def test_routes_answer_json(client: Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_overview(client: Client) -> None:
    d = client.get("/api/overview").json()
    assert d["totals"] == {
        "articles": 6,
        "sentences": 19,
        "mentions": 17,
        "events": 10,
        "rejections": 2,
    }
    assert d["articles_by_lang"] == {"en": 2, "ja": 2, "ko": 2}
    assert d["mentions_by_lang_type"]["ja"]["AID"] == 7
    assert d["mentions_by_type"]["AID"] == 8
    # pairs count events (11 mentions of PRK-RUS are 5 happenings); see test_web_counts.py
    assert d["top_pairs"][0] == {
        "a": "PRK",
        "b": "RUS",
        "events": 5,
        "mentions": 11,
        "cooperation": 5,
        "conflict": 0,
    }
    kor_prk = [p for p in d["top_pairs"] if (p["a"], p["b"]) == ("KOR", "PRK")]
    assert kor_prk and kor_prk[0]["mentions"] == 2
    assert kor_prk[0]["conflict"] == kor_prk[0]["events"] >= 1
    assert d["latest"][0]["date"] == "2024-11" and len(d["latest"]) <= 10
    assert len({x["event_id"] for x in d["latest"]}) == len(d["latest"])
    assert {r["doc"] for r in d["rejections"]} == {"broken.html", "<img src=x onerror=alert(1)>"}
    assert client.get("/index.json").json() == d


def test_actors(client: Client) -> None:
    items = client.get("/api/actors").json()["items"]
    assert items[0]["code"] == "PRK"
    kinds = {x["code"]: x["kind"] for x in items}
    assert kinds["NATO"] == "organisation" and kinds["RUS"] == "state"


def test_timeline_pair(client: Client) -> None:
    d = client.get("/api/timeline?a=PRK&b=RUS&count=mentions").json()
    assert d["total"] == 11 and len(d["items"]) == 11
    assert d["counts"]["by_type"] == {"AID": 8, "CONSULT": 3}
    assert d["counts"]["by_factuality"]["negated"] == 1
    assert all({"PRK", "RUS"} <= set(i["actor"] + i["recipient"]) for i in d["items"])
    keys = [i["date"] or i["published"] for i in d["items"]]
    assert keys == sorted(keys, reverse=True)  # newest first, by the date string
    # the pair in either order, lower case accepted
    assert client.get("/api/timeline?a=rus&b=prk&count=mentions").json()["total"] == 11
    assert client.get("/timeline.json?a=PRK&b=RUS&count=mentions").json()["total"] == 11


def test_timeline_single_actor_includes_solo_and_dedups(client: Client) -> None:
    d = client.get("/api/timeline?a=PRK&limit=1000").json()
    ids = [i["id"] for i in d["items"]]
    assert len(ids) == len(set(ids)) == d["total"]
    assert "MOBILIZE" in d["counts"]["by_type"]  # a launch with no recipient
    accuse = [i for i in d["items"] if i["event"] == "ACCUSE" and i["actor"] == ["PRK"]]
    assert len(accuse) == 1  # one mention with two recipients (KOR, USA) counted once


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("event=CONSULT", 3),
        ("event=CONSULT,AID", 11),
        ("event=CONSULT&event=AID", 11),
        ("factuality=negated", 1),
        ("factuality=asserted,probable", 7),
        ("lang=ko", 2),
        ("lang=ja,ko", 11),
        ("from=2024-10", 8),  # the year-only '2024' overlaps October
        ("from=2024-10-01&to=2024-10-31", 7),
        ("to=2024-06", 2),  # 2024-06-19 and the year-only 2024
        ("from=2024-11-02", 2),  # 2024-11 and 2024 overlap; undated ones are excluded
        ("from=2025", 0),
        ("event=CONSULT&factuality=planned&lang=ja", 1),
    ],
)
def test_timeline_filters(client: Client, query: str, total: int) -> None:
    d = client.get(f"/api/timeline?a=PRK&b=RUS&count=mentions&{query}").json()
    assert d["total"] == total, d["counts"]


def test_timeline_pagination(client: Client) -> None:
    seen: list[str] = []
    url: str | None = "/api/timeline?a=PRK&b=RUS&count=mentions&limit=4&order=asc"
    pages = 0
    while url:
        d = client.get(url).json()
        assert d["limit"] == 4 and d["total"] == 11
        seen += [i["id"] for i in d["items"]]
        url = d["next"]
        pages += 1
    assert pages == 3 and len(seen) == len(set(seen)) == 11
    last = client.get("/api/timeline?a=PRK&b=RUS&count=mentions&limit=4&offset=8").json()
    assert last["next"] is None and last["prev"] == (
        "/api/timeline?a=PRK&b=RUS&count=mentions&limit=4&offset=4"
    )
    assert client.get("/api/timeline?a=PRK&b=RUS&count=mentions&offset=500").json()["items"] == []


def test_network(client: Client) -> None:
    d = client.get("/api/network?count=mentions").json()
    pairs = {(e["a"], e["b"]): e for e in d["edges"]}
    assert pairs[("PRK", "RUS")]["mentions"] == 11
    assert pairs[("KOR", "PRK")]["conflict"] == 2
    assert pairs[("KOR", "USA")]["cooperation_share"] == 1.0
    assert all(e["b"] for e in d["edges"])  # no solo rows
    codes = {n["code"] for n in d["nodes"]}
    assert codes == {c for e in d["edges"] for c in (e["a"], e["b"])}
    assert d["total"] == len(d["edges"]) == 5
    assert client.get("/api/network?from=2024-09&to=2024-12").json()["total"] == 1
    assert client.get("/api/network?event=ACCUSE").json()["total"] == 3
    assert client.get("/api/network?min=3&count=mentions").json()["total"] == 1
    assert client.get("/api/network?factuality=possible").json()["total"] == 2
    page = client.get("/api/network?limit=2&offset=2").json()
    assert len(page["edges"]) == 2 and page["prev"] and page["next"]
    assert client.get("/network.json?limit=2").json()["limit"] == 2


def test_search_two_character_japanese_and_korean(client: Client) -> None:
    d = client.get("/api/search?q=" + quote("派兵")).json()
    assert d["match"] == "fts" and d["total"] == 3
    assert all("派兵" in i["sentence"] for i in d["items"])
    assert all(i["mentions"] for i in d["items"])
    ko = client.get("/api/search?q=" + quote("파병")).json()
    assert ko["total"] == 2 and ko["items"][0]["lang"] == "ko"
    assert client.get("/api/search?q=Joint%20EXERCISE").json()["total"] == 1
    single = client.get("/api/search?q=" + quote("兵")).json()
    assert single["match"] == "substring" and single["total"] == 4


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("lang=ja", 3),
        ("lang=ko", 0),
        ("event=AID&factuality=hypothetical", 1),
        ("factuality=negated", 0),
        ("from=2024-10-21&to=2024-10-21", 3),
        ("from=2024-11", 0),
        ("actor=PRK&with_mentions=true", 3),
        ("actor=USA", 0),
    ],
)
def test_search_filters(client: Client, query: str, total: int) -> None:
    d = client.get("/api/search?q=" + quote("派兵") + "&" + query).json()
    assert d["total"] == total


def test_search_pagination_and_oddities(client: Client) -> None:
    d = client.get("/api/search?q=North&limit=1").json()
    assert d["total"] == 2 and len(d["items"]) == 1 and d["next"]
    assert client.get(d["next"]).json()["items"][0] != d["items"][0]
    past = client.get("/api/search?q=" + quote("派兵") + "&offset=100").json()
    assert past["total"] == 3 and past["items"] == [] and past["next"] is None
    for q in ['"', "'; DROP TABLE mentions; --", "a AND OR NOT", "100%_", "NEAR(x y)", "*"]:
        r = client.get("/api/search?q=" + quote(q))
        assert r.status_code == 200, (q, r.text)


def test_articles_list(client: Client) -> None:
    d = client.get("/api/articles").json()
    assert d["total"] == 6
    assert d["items"][0]["doc"] == "ko_prk_rus_001.txt"  # newest first
    assert client.get("/api/articles?lang=ko").json()["total"] == 2
    assert client.get("/api/articles?q=" + quote("派兵")).json()["total"] == 1
    assert client.get("/api/articles?limit=2&offset=4").json()["next"] is None


def test_mention(client: Client, synthetic_db: Path) -> None:
    mid = mention_id(synthetic_db, "ja_prk_rus_001.txt", 1)
    d = client.get(f"/api/mentions/{mid}").json()
    assert d["event"] == "AID" and d["date"] == "2024-10" and d["date_text"] == "今年10月"
    assert d["claimed_by"] == {"text": "韓国情報当局", "cue": "によると", "code": None}
    assert d["article"]["title"] == "北朝鮮、ロシアに特殊部隊を派兵"
    kinds = {s["kind"]: s["text"] for s in d["highlight"] if s["kind"]}
    assert kinds == {
        "trigger": "派兵",
        "actor": "北朝鮮",
        "recipient": "ロシア",
        "date": "今年10月",
        "claim": "韓国情報当局",
        "claim_cue": "によると",
    }
    assert "".join(s["text"] for s in d["highlight"]) == d["text_info"]["sentence"]
    # the title mention is merged with this one (same type, pair and month)
    assert d["merged_event"]["mentions"] >= 2
    assert mention_id(synthetic_db, "ja_prk_rus_001.txt", 0) in {x["id"] for x in d["same_event"]}
    assert client.get(f"/mentions/{mid}.json").json()["id"] == mid


def test_mention_cue_highlight(client: Client, synthetic_db: Path) -> None:
    d = client.get(f"/api/mentions/{mention_id(synthetic_db, 'ja_prk_rus_001.txt', 6)}").json()
    assert {"kind": "cue", "text": "とみられる"} in d["highlight"]
    neg = client.get(f"/api/mentions/{mention_id(synthetic_db, 'ja_prk_rus_001.txt', 4)}").json()
    assert neg["factuality"] == "negated" and {"kind": "cue", "text": "否定"} in neg["highlight"]


def test_article(client: Client) -> None:
    d = client.get("/api/articles/ja_prk_rus_001.txt").json()
    assert d["lang"] == "ja" and len(d["mentions"]) == 8 and len(d["sentences"]) == 8
    assert [r["kind"] for r in d["removed"]] == ["repeated_block", "boilerplate"]
    assert d["text"][slice(*d["paragraph_spans"][1])].startswith("韓国情報当局")


@pytest.mark.parametrize("doc", [XSS_DOC, SLASH_DOC])
def test_article_odd_doc_names_are_sql_parameters(client: Client, doc: str) -> None:
    r = client.get("/api/articles/" + quote(doc, safe=""))
    assert r.status_code == 200 and r.json()["doc"] == doc


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/" + quote("/etc/passwd", safe=""),
        "/api/articles/nope.txt",
        "/api/mentions/0000000000000000",
        "/api/nope",
        "/mentions/0000000000000000.json",
    ],
)
def test_not_found(client: Client, url: str) -> None:
    assert_error(client.get(url), 404, "not_found")


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/timeline", "a"),
        ("/api/timeline?a=", "a"),
        ("/api/timeline?a=PRK%27%20OR%201%3D1--", "a"),
        ("/api/timeline?a=P", "a"),
        ("/api/timeline?a=PRK&b=PRK", "b"),
        ("/api/timeline?a=PRK&a=RUS", "a"),
        ("/api/timeline?a=PRK&event=BOMB", "event"),
        ("/api/timeline?a=PRK&factuality=sure", "factuality"),
        ("/api/timeline?a=PRK&lang=fr", "lang"),
        ("/api/timeline?a=PRK&from=2024-13", "from"),
        ("/api/timeline?a=PRK&from=2024-02-30", "from"),
        ("/api/timeline?a=PRK&to=yesterday", "to"),
        ("/api/timeline?a=PRK&from=2024-06&to=2024-01", "from"),
        ("/api/timeline?a=PRK&limit=0", "limit"),
        ("/api/timeline?a=PRK&limit=100000", "limit"),
        ("/api/timeline?a=PRK&limit=ten", "limit"),
        ("/api/timeline?a=PRK&offset=-1", "offset"),
        ("/api/timeline?a=PRK&order=sideways", "order"),
        ("/api/timeline?a=PRK&actor=RUS", "actor"),
        ("/api/network?min=0", "min"),
        ("/api/network?limit=99999999999999999999", "limit"),
        ("/api/network?from=1e9", "from"),
        ("/api/search", "q"),
        ("/api/search?q=" + "x" * 201, "q"),
        ("/api/search?q=a&with_mentions=maybe", "with_mentions"),
        ("/api/search?q=a&actor=%3Cscript%3E", "actor"),
        ("/api/articles?lang=de", "lang"),
        ("/api/overview?x=1", "x"),
        ("/api/openapi.json?x=1", "x"),
        ("/api/mentions/" + quote("<script>", safe=""), "id"),
        ("/api/mentions/" + "a" * 65, "id"),
        ("/api/articles/" + "d" * 1001, "doc"),
    ],
)
def test_bad_parameters(client: Client, url: str, parameter: str) -> None:
    assert_error(client.get(url), 400, "bad_parameter", parameter)


def test_method_not_allowed(client: Client) -> None:
    assert_error(client.request("POST", "/api/overview"), 405, "method_not_allowed")
    assert client.request("HEAD", "/api/overview").status_code == 200


def test_crash_gives_the_error_shape(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from alliancewatch.web import queries_web

    def boom(*args: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(queries_web, "overview", boom)
    r = client.get("/api/overview")
    assert_error(r, 500, "internal_error")
    assert "secret" not in r.text


def test_timeout_gives_503(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alliancewatch.web import app as app_module

    monkeypatch.setattr(app_module, "QUERY_SECONDS", -1.0)
    monkeypatch.setattr(app_module, "PROGRESS_STEPS", 10)
    c = Client(app_module.create_app(synthetic_db))
    try:
        assert_error(c.get("/api/search?q=" + quote("兵")), 503, "timeout")
        assert c.get("/search?q=" + quote("兵")).status_code == 503
    finally:
        c.close()


def test_openapi_documents_every_route_and_parameter(client: Client) -> None:
    from alliancewatch.web.api import ROUTES

    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["components"]["schemas"]) >= {"Error", "Page", "Mention"}
    for route in ROUTES:
        op = spec["paths"][route.path.replace("{doc:path}", "{doc}")]["get"]
        names = {p["name"] for p in op["parameters"]}
        assert names == {p.name for p in route.params} | (
            {route.path_param.name} if route.path_param else set()
        )
        assert "400" in op["responses"]
    ev = next(
        p for p in spec["paths"]["/api/timeline"]["get"]["parameters"] if p["name"] == "event"
    )
    assert ev["schema"]["items"]["enum"] == list(EVENT_TYPES)


def test_server_never_writes(client: Client) -> None:
    assert client.db_path is not None
    before = hashlib.sha256(client.db_path.read_bytes()).hexdigest()
    for url in API_ROUTES + ["/", "/timeline?a=PRK", "/network", "/search?q=x", "/articles"]:
        client.get(url)
    assert hashlib.sha256(client.db_path.read_bytes()).hexdigest() == before
    db = client.app.app.state.db.get()
    with pytest.raises(sqlite3.OperationalError):
        db.execute("CREATE TABLE x (y)")
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM articles")


def test_missing_database_fails_at_startup(tmp_path: Path) -> None:
    from alliancewatch.errors import StoreError
    from alliancewatch.web import create_app

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_vendor_and_static_assets(client: Client) -> None:
    r = client.get("/vendor/plotly.min.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert len(r.content) > 1_000_000
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/timeline.js").status_code == 200
    assert client.get("/static/..%2F..%2Fapp.py").status_code == 404
    assert client.get("/vendor/plotly.js").status_code == 404
