"""Issue 15: names beside codes, names accepted for actors, the glossary, stemmed and concept
search, empty searches that say so (in process, over the synthetic database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from web_fixtures import Client

from alliancewatch import concepts


@pytest.mark.parametrize("name", ["North Korea", "北朝鮮", "북한", "prk", "DPRK"])
def test_actor_parameters_accept_names_in_any_language(client: Client, name: str) -> None:
    by_code = client.get("/api/timeline?a=PRK&b=RUS").json()
    by_name = client.get("/api/timeline?a=" + quote(name) + "&b=" + quote("ロシア")).json()
    assert by_name["a"] == "PRK" and by_name["b"] == "RUS"
    assert by_name["total"] == by_code["total"] > 0
    search = client.get("/api/search?q=" + quote("派兵") + "&actor=" + quote(name)).json()
    assert search["filters"]["actor"] == "PRK" and search["total"] == 3


def test_unknown_actor_name_is_a_clear_error(client: Client) -> None:
    r = client.get("/api/timeline?a=" + quote("Atlantis"))
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["parameter"] == "a" and "neither an actor code nor a known name" in err["message"]


def test_actors_search_names_in_three_languages(client: Client) -> None:
    for q, code in (("North", "PRK"), ("北朝", "PRK"), ("북한", "PRK"), ("Russ", "RUS")):
        items = client.get("/api/actors?q=" + quote(q)).json()["items"]
        assert code in [x["code"] for x in items], q
    prk = next(x for x in client.get("/api/actors?q=North").json()["items"] if x["code"] == "PRK")
    assert prk["names"] == {"en": "North Korea", "ja": "北朝鮮", "ko": "북한"}
    assert prk["mentions"] > 0
    # actors of this database come before actors it never mentions
    items = client.get("/api/actors?q=Korea").json()["items"]
    counts = [x["mentions"] for x in items]
    assert counts == sorted(counts, reverse=True)
    assert client.get("/api/actors?q=zzzz").json()["items"] == []
    every = client.get("/api/actors").json()["items"]
    assert every and all("names" in x for x in every)


def test_names_shown_beside_and_over_codes(client: Client) -> None:
    html = client.get("/timeline?a=PRK&b=RUS").text
    assert "North Korea / 北朝鮮 / 북한" in html and "Russia / ロシア / 러시아" in html
    assert '<abbr class="code" title="North Korea / 北朝鮮 / 북한">PRK</abbr>' in html
    net = client.get("/api/network").json()
    prk = next(n for n in net["nodes"] if n["code"] == "PRK")
    assert prk["names"]["ko"] == "북한"
    assert 'title="North Korea / 北朝鮮 / 북한">PRK</abbr>' in client.get("/network").text


def test_glossary_page_and_json(client: Client) -> None:
    g = client.get("/api/glossary").json()
    assert client.get("/glossary.json").json() == g
    types = {t["type"]: t for t in g["types"]}
    assert len(types) == 16 and types["AID"]["quad"] == "material_cooperation"
    assert types["AID"]["explanation"] and "派兵" in types["AID"]["examples"]["ja"]
    assert {q["quad"] for q in g["quads"]} == {
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    }
    assert [f["label"] for f in g["factuality"]][0] == "asserted"
    prk = next(a for a in g["actors"] if a["code"] == "PRK")
    assert (prk["en"], prk["ja"], prk["ko"]) == ("North Korea", "北朝鮮", "북한")
    html = client.get("/glossary").text
    assert 'id="type-AID"' in html and 'id="actor-PRK"' in html and "北朝鮮" in html
    assert 'href="/glossary"' in client.get("/").text  # in the navigation


def test_english_stemming(client: Client) -> None:
    # the sentence says "sanctions"; singular, plural and verb forms find it
    for q in ("sanction", "sanctions", "sanctioned", "drill"):
        d = client.get("/api/search?q=" + q).json()
        assert d["total"] >= 1, q
    d = client.get("/api/search?q=sanction").json()
    assert "sanctions" in d["items"][0]["sentence"]
    html = client.get("/search?q=sanction").text
    assert "<mark>sanction</mark>s" in html


@pytest.fixture
def korean_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The registered languages plus a Korean trigger lexicon we write here (main has none
    yet): concept search must take its words from whatever lexicons exist."""
    ko = tmp_path / "ko"
    ko.mkdir()
    (ko / "triggers.tsv").write_text(
        "key\tevent\tcontext\tmode\tnote\n파병\tAID\tmilitary\t\tsending troops\n"
        "제재\tSANCTION\t\t\t\n",
        encoding="utf-8",
    )
    real = [x for x in concepts.languages() if x.code != "ko"]
    monkeypatch.setattr(
        concepts, "languages", lambda: [*real, SimpleNamespace(code="ko", data_dir=ko)]
    )
    concepts.lexicon_keys.cache_clear()
    yield
    concepts.lexicon_keys.cache_clear()


def test_concept_search_spans_languages(client: Client, korean_lexicon: None) -> None:
    d = client.get("/api/search?concept=" + quote("派兵")).json()
    assert d["concept"]["event"] == "AID" and d["concept"]["context"] == "military"
    words = {(w["lang"], w["word"]) for w in d["concept"]["words"]}
    assert {("ja", "派兵"), ("ko", "파병")} <= words
    langs = {i["lang"] for i in d["items"]}
    assert {"ja", "ko"} <= langs  # 派兵 and 파병 sentences together
    assert client.get("/api/search?concept=" + quote("파병")).json()["total"] == d["total"]
    by_type = client.get("/api/search?concept=AID").json()
    assert by_type["total"] >= d["total"]
    assert client.get("/api/search?concept=AID:military&lang=ko").json()["total"] >= 1
    bad = client.get("/api/search?concept=NOTATYPE")
    assert bad.status_code == 400 and bad.json()["error"]["parameter"] == "concept"
    missing = client.get("/api/search")
    assert missing.status_code == 400 and missing.json()["error"]["parameter"] == "q"
    html = client.get("/search?concept=AID").text
    assert 'id="concept-words"' in html and "<mark>派兵</mark>" in html


def test_empty_search_says_so(client: Client) -> None:
    d = client.get("/api/search?q=zebra").json()
    assert d["total"] == 0 and d["message"] == "No sentence contains the words “zebra”."
    assert client.get("/api/search?q=" + quote("派兵")).json()["message"] is None
    f = client.get("/api/search?q=" + quote("派兵") + "&lang=en").json()
    assert f["message"].endswith("with these filters.")
    html = client.get("/search?q=zebra").text
    assert 'id="no-hits"' in html and "No sentence contains the words “zebra”." in html


def test_migration_reindexes_old_fts_rows(synthetic_db: Path, tmp_path: Path) -> None:
    """A database indexed before stemming (plain lower-case words) is re-indexed by the
    FTS migration the next time a write command opens it."""
    import shutil
    import sqlite3

    from alliancewatch.store import schema
    from alliancewatch.store.db import connect

    path = tmp_path / "old.db"
    shutil.copy(synthetic_db, path)
    db = sqlite3.connect(path, isolation_level=None)
    for sid, text in db.execute("SELECT id, text FROM sentences").fetchall():
        old = " ".join(w.lower() for w in text.replace(".", " ").split() if w.isascii())
        db.execute("UPDATE sentences_fts SET terms = ? WHERE rowid = ?", (old, sid))
    step = schema.MIGRATIONS.index(schema._fts_stems) + 1
    db.execute("DELETE FROM schema_version WHERE version >= ?", (step,))
    hits = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'sanction'"
    assert db.execute(hits).fetchone()[0] == 0  # the old rows hold 'sanctions' only
    db.close()
    db = connect(path)  # a write connection migrates
    assert db.execute(hits).fetchone()[0] == 1
    assert db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == schema.LATEST
    db.close()
