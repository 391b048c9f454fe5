"""/relations, /treaties, their JSON twins and the network's alliance marks, in process, over
a database of the hand-made articles plus treaty sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_fixtures import ARTICLES, Client, build

from alliancewatch.relations import treaties
from alliancewatch.store.db import Store

XSS = "<script>alert(2)</script>"

TREATY_ARTICLES = [
    build(
        "ja_treaty_001.txt",
        "ja",
        "2024-12-05",
        [
            [
                "ロシア外務省は4日、北朝鮮との包括的戦略パートナーシップ条約が同日発効したと発表した。",
                "条約の第4条は、一方が武力攻撃を受ければ他方が遅滞なく軍事援助を行うと定めている。",
            ]
        ],
        [
            {
                "seq": 0,
                "event": "SUPPORT",
                "actor": [("ロシア外務省", "RUS")],
                "recipient": [("北朝鮮", "PRK")],
                "trigger": "発効",
                "date": "2024-12-04",
            }
        ],
    ),
    build(
        "en_treaty_002.txt",
        "en",
        "2024-09-02",
        [
            [
                "Seoul and Washington reaffirmed the ROK-US Mutual Defense Treaty on Monday.",
                f"Officials said the {XSS} ANZUS Treaty was invoked in talks with Canberra.",
                "France and Germany signed a new defence pact in March 2025.",
            ]
        ],
        [
            {
                "seq": 0,
                "event": "SUPPORT",
                "actor": [("Seoul", "KOR"), ("Washington", "USA")],
                "trigger": "reaffirmed",
                "date": "2024-09-02",
            },
            {
                "seq": 1,
                "event": "SUPPORT",
                "actor": [("Canberra", "AUS")],
                "recipient": [("Washington", "USA")],
                "trigger": "invoked",
                "date": "2024-09",
            },
            {
                "seq": 2,
                "event": "AGREE",
                "actor": [("France", "FRA"), ("Germany", "DEU")],
                "trigger": "signed",
                "date": "2025-03",
            },
        ],
    ),
]


@pytest.fixture(scope="module")
def rel_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rel") / "relations.db"
    with Store(path) as store:
        for art, sents, mentions in [*ARTICLES, *TREATY_ARTICLES]:
            store.save(art, sents, mentions, coder="test")
    return path


@pytest.fixture(scope="module")
def rc(rel_db: Path) -> Iterator[Client]:
    from alliancewatch.web import create_app

    c = Client(create_app(rel_db))
    yield c
    c.close()


def error(r, parameter: str) -> None:
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "bad_parameter"
    assert r.json()["error"]["parameter"] == parameter


def test_pair_json_has_treaties_steps_and_the_article_4_obligation(rc: Client) -> None:
    r = rc.get("/api/relations?a=RUS&b=PRK&on=2025-01-01")
    assert r.status_code == 200
    d = r.json()
    assert (d["a"], d["b"], d["on"]) == ("RUS", "PRK", "2025-01-01")
    assert d["in_force"] == ["prk-rus-2024"]
    new = next(t for t in d["treaties"] if t["id"] == "prk-rus-2024")
    steps = {(x["step"], x["article_no"], x["obligation"]) for x in new["references"]}
    assert ("in_force", None, None) in steps and ("", "4", "defence") in steps
    assert new["steps"] == ["in_force"]
    months = [m["month"] for m in d["months"]]
    assert months == sorted(months) and "2024-10" in months
    assert d["total"] >= len(d["recent"]) > 0
    assert d["compare"] is None and d["prev"] is None


def test_status_depends_on_the_date(rc: Client) -> None:
    d = rc.get("/api/relations?a=PRK&b=RUS&on=2024-07-01").json()
    status = {t["id"]: t["status"] for t in d["treaties"]}
    assert status == {
        "prk-rus-2024": "signed",
        "prk-rus-2000": "in_force",
        "prk-sun-1961": "terminated",
    }


def test_comparison_of_two_pairs(rc: Client) -> None:
    d = rc.get("/relations.json?a=PRK&b=RUS&c=KOR&d=USA").json()
    assert (d["compare"]["a"], d["compare"]["b"]) == ("KOR", "USA")
    kor = d["compare"]["treaties"]
    assert [t["id"] for t in kor] == ["kor-usa-1953"]
    assert kor[0]["references"][0]["doc"] == "en_treaty_002.txt"
    html = rc.get("/relations?a=PRK&b=RUS&c=KOR&d=USA").text
    assert html.count('class="pair-panel"') == 2
    assert 'data-treaty="prk-rus-2024"' in html and 'data-treaty="kor-usa-1953"' in html


def test_paging_of_recent_events(rc: Client) -> None:
    d = rc.get("/api/relations?a=PRK&b=RUS&limit=2").json()
    assert len(d["recent"]) == 2 and d["next"].endswith("offset=2")
    d2 = rc.get(d["next"]).json()
    assert d2["offset"] == 2 and {x["id"] for x in d2["recent"]}.isdisjoint(
        x["id"] for x in d["recent"]
    )


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("a=PRK", "b"),
        ("a=PRK&b=PRK", "b"),
        ("a=PRK&b=RUS&c=KOR", "d"),
        ("a=PRK&b=RUS&on=2024-13", "on"),
        ("a=PRK&b=RUS&x=1", "x"),
        ("a=PRK&b=RUS&from=2025&to=2024", "from"),
        ("a=p!&b=RUS", "a"),
    ],
)
def test_bad_parameters(rc: Client, query: str, parameter: str) -> None:
    error(rc.get("/api/relations?" + query), parameter)


def test_page_escapes_sentences_and_shows_a_form_without_a_pair(rc: Client) -> None:
    html = rc.get("/relations?a=AUS&b=USA").text
    assert XSS not in html and "&lt;script&gt;alert(2)" in html
    assert 'data-treaty="anzus-1951"' in html
    blank = rc.get("/relations")
    assert blank.status_code == 200 and 'id="relations-form"' in blank.text
    assert rc.get("/relations?a=PRK").status_code == 400


def test_treaties_json_filters_pages_and_unknown(rc: Client) -> None:
    d = rc.get("/api/treaties").json()
    assert d["total"] == len(treaties.load())
    ids = {t["id"] for t in d["items"]}
    assert {"nato-1949", "kor-usa-1953", "prk-sun-1961"} <= ids
    unknown = [u["sentence"] for u in d["unknown"]]
    assert any("France and Germany" in s for s in unknown)
    f = rc.get("/api/treaties?a=PRK&status=in_force&on=2025-01-01").json()
    assert {t["id"] for t in f["items"]} == {"prk-rus-2024", "prk-chn-1961"}
    p = rc.get("/api/treaties?limit=5").json()
    assert len(p["items"]) == 5 and p["next"] and p["total"] == d["total"]
    error(rc.get("/api/treaties?status=alive"), "status")
    html = rc.get("/treaties?kind=alliance").text
    assert 'id="treaty-table"' in html and 'data-treaty="nato-1949"' in html


def test_network_marks_alliances_at_its_end_date(rc: Client) -> None:
    def edge(query: str) -> dict:
        d = rc.get("/api/network?" + query).json()
        return next(e for e in d["edges"] if (e["a"], e["b"]) == ("PRK", "RUS"))

    assert edge("to=2025-01")["alliances"] == ["prk-rus-2024"]
    assert edge("to=2024-06")["alliances"] == ["prk-rus-2000"]
    assert "index" not in edge("")  # opt-in: it costs a second query
    e = edge("index=true")
    assert e["index"] > 0 and 0 <= e["index_share"] <= 1
    kor_prk = next(
        x
        for x in rc.get("/api/network?index=1").json()["edges"]
        if (x["a"], x["b"]) == ("KOR", "PRK")
    )
    assert kor_prk["index"] < 0 and kor_prk["alliances"] == []
    assert "alliance in force" in rc.get("/network").text
    assert '<th class="num">index</th>' in rc.get("/network?index=true").text


def test_openapi_documents_the_new_routes(rc: Client) -> None:
    spec = rc.get("/api/openapi.json").json()
    assert {"/api/relations", "/api/treaties"} <= set(spec["paths"])
    assert {"Relations", "Treaties", "Treaty"} <= set(spec["components"]["schemas"])
    names = [p["name"] for p in spec["paths"]["/api/relations"]["get"]["parameters"]]
    assert names[:4] == ["a", "b", "c", "d"]


def test_cli_text_and_errors(rel_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alliancewatch import cli

    assert (
        cli.main(["relations", "North Korea", "ロシア", "--db", str(rel_db), "--on", "2025"]) == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("PRK–RUS (treaty status on 2025-01-01)")
    assert "in_force    prk-rus-2024" in out and "Art. 4 (defence)" in out
    assert "terminated  prk-sun-1961" in out and "month    verb.coop" in out
    assert cli.main(["relations", "PRK", "北朝鮮", "--db", str(rel_db)]) == 2
    assert "same" in capsys.readouterr().err
    assert cli.main(["relations", "PRK", "Atlantis", "--db", str(rel_db)]) == 2
    assert "'Atlantis'" in capsys.readouterr().err
    assert cli.main(["treaties", "--unknown", "--db", str(rel_db)]) == 0
    assert "France and Germany" in capsys.readouterr().out
    assert cli.main(["treaties", "--db", str(rel_db.parent / "absent.db")]) == 0
    listing = capsys.readouterr()
    assert "nato-1949" in listing.out and f"({len(treaties.load())} treaties)" in listing.err


def test_python_api(rel_db: Path) -> None:
    import alliancewatch as aw

    s = aw.Settings(db_path=str(rel_db))
    r = aw.pair_relations("KOR", "USA", s, on="2024-12-31")
    assert r["in_force"] == ["kor-usa-1953"] and r["recent"]
    assert aw.actor_code("韓国") == "KOR" and aw.actor_code("NATO") == "NATO"
    rows = {t["id"]: t for t in aw.treaties(s, on="1990-01-01")}
    assert rows["prk-sun-1961"]["status"] == "in_force"
    assert rows["prk-rus-2024"]["status"] == "not_signed"
    assert any("France" in u["sentence"] for u in aw.unknown_treaties(s))
