"""Done-when of issue 13 on the two real seed articles (read at run time, skipped if absent):
`relations PRK RUS --json` shows the 2024 treaty with its Article 4 defence obligation linked
to the seed sentences that describe it, and the 1961 treaty terminated in 1996; KOR-USA shows
the 1953 treaty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliancewatch import cli, pipeline
from alliancewatch.config import Settings
from tests.conftest import SEED_GOLD

pytestmark = pytest.mark.model

GOLD = SEED_GOLD


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    published = {}
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            published[g["doc"]] = g["published"]
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    pipeline.ingest([seeds_dir], Settings(db_path=str(db), progress=False), published_for=published)
    return db


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert cli.main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_prk_rus(seeds_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_json(capsys, "relations", "PRK", "RUS", "--json", "--db", str(seeds_db))
    treaties = {t["id"]: t for t in r["treaties"]}
    new = treaties["prk-rus-2024"]
    assert new["status"] == "in_force" and new["signed"] == "2024-06-19"
    assert {"category": "defence", "articles": ["4"]} in new["obligations"]
    art4 = [x for x in new["references"] if x["article_no"] == "4"]
    assert art4 and art4[0]["obligation"] == "defence"
    assert "第4条" in art4[0]["sentence"] and "遅滞なく" in art4[0]["sentence"]
    signed = [x for x in new["references"] if x["step"] == "signed"]
    assert signed and "包括的戦略パートナーシップ条約" in signed[0]["sentence"]
    assert signed[0]["mentions"], "the SUPPORT mention of the signing is linked"
    old = treaties["prk-sun-1961"]
    assert old["status"] == "terminated" and old["terminated"].startswith("1996")
    ended = [x for x in old["references"] if x["step"] == "terminated"]
    assert ended and "1996" in ended[0]["sentence"]
    assert r["in_force"] == ["prk-rus-2024"]
    assert r["totals"]["cooperation"] > 0 and r["months"]


def test_kor_usa_and_names(seeds_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = run_json(capsys, "relations", "韓国", "United States", "--json", "--db", str(seeds_db))
    assert (r["a"], r["b"]) == ("KOR", "USA")
    assert [t["id"] for t in r["treaties"]] == ["kor-usa-1953"]
    assert r["treaties"][0]["status"] == "in_force"


def test_treaties_command(seeds_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["treaties", "--json", "--db", str(seeds_db)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    linked = {t["id"]: len(t["references"]) for t in rows}
    assert linked["prk-rus-2024"] >= 3 and linked["prk-sun-1961"] >= 2
    assert linked["kor-usa-1953"] == 0
