"""A language registered from the test folder (tests/lang/toy) gets mentions through the
shared coder and the whole pipeline, with no change to shared code."""

from __future__ import annotations

import json

import pytest

from alliancewatch import api, lang
from alliancewatch.coding.coder import Coder
from alliancewatch.config import Settings
from alliancewatch.lang.split import split_article
from alliancewatch.types import Article, Paragraph
from tests.lang.toy import LANGUAGE as TOY


@pytest.fixture
def toy():
    lang.register(TOY)
    yield TOY
    lang.unregister(TOY.code)


def test_registered_toy_language_is_listed(toy):
    assert lang.get_language("xx") is toy and "xx" in lang.codes()
    (info,) = [x for x in api.languages() if x["code"] == "xx"]
    assert info["event_coder"] and info["data_files"][0]["rows"] == 3


def test_shared_coder_codes_toy_frames(toy):
    text = "SEND(Russia,Syria); MEET(Japan,France); BLAME(Nowhere,Japan);"
    art = Article("t", "t", text, (Paragraph(0, 0, len(text)),), None, "2024-05-02", "xx",
                  None, "utf-8", "r", "c")  # fmt: skip
    sentences = split_article(art, toy, Settings())
    assert [s.text for s in sentences] == [
        "SEND(Russia,Syria);",
        "MEET(Japan,France);",
        "BLAME(Nowhere,Japan);",
    ]
    mentions = Coder(toy, Settings()).code(art, sentences)
    got = [(m.event, [a.code for a in m.actor], [r.code for r in m.recipient]) for m in mentions]
    # BLAME has no actor among the known states: nothing is coded for it
    assert got == [("AID", ["RUS"], ["SYR"]), ("CONSULT", ["JPN"], ["FRA"])]
    assert {m.language for m in mentions} == {"xx"} and mentions[0].date == "2024-05"


def test_pipeline_ingests_and_codes_a_toy_article(toy, tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {"id": "x-1", "lang": "toy", "published": "2024-05-02",
              "text": "SEND(Russia,Syria); MEET(Japan,France);"}  # fmt: skip
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    s = Settings(db_path=str(tmp_path / "t.db"), progress=False)
    report = api.ingest([feed], s)
    assert report.languages == {"xx": 1} and not report.uncoded
    assert report.mentions == {"AID": 1, "CONSULT": 1}
