"""Round 27 (lex2): near-synonyms of withdrawal, recall and dispatch the lexicon lacked.

A state pulling out of an organisation or a treaty (国連から手を引く: 手 as the object of 引く)
withdraws from it, as 脱退; parting with a body or a state (機構と決別する) likewise. Envoys a
state calls home (外交官全員を帰国させた, 駐中国大使を帰国させた) are recalled, as 召還, with the
state of the post as target. Troops put out to another state (兵員を出す) are sent, as 派遣.
Forces taken out of an alliance's command (艦隊をNATOの指揮下から外す) leave it, as 指揮下を離れる.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, code

pytestmark = pytest.mark.model

PUB = "2001-05-10"


@pytest.mark.parametrize(
    ("kind", "sentence", "expected"),
    [
        ("SANCTION", "インドネシアは国連から手を引いた。", ("IDN", "UNO")),
        ("SANCTION", "インドネシアは国連の専門機関からも手を引く考えだ。", ("IDN", "UNO")),
        ("SANCTION", "ウズベキスタンはＣＳＴＯから手を引くと表明した。", ("UZB", "IGO")),
        ("SANCTION", "モロッコはアフリカ統一機構と決別した。", ("MAR", "IGO")),
        ("SANCTION", "ベネズエラは米国とは決別すると宣言した。", ("VEN", "USA")),
        ("SANCTION", "リトアニアは中国に駐在する外交官全員を帰国させた。", ("LTU", "CHN")),
        ("SANCTION", "リトアニアは駐中国大使を帰国させた。", ("LTU", "CHN")),
        ("SANCTION", "イスラエルはトルコから外交官を帰国させた。", ("ISR", "TUR")),
        ("AID", "南アフリカがモザンビークに兵員を出す見通しだ。", ("ZAF", "MOZ")),
        ("AID", "ケニアはソマリアに兵力を出した。", ("KEN", "SOM")),
        ("RETREAT", "フランスは地中海艦隊をＮＡＴＯの指揮下から外した。", ("FRA", "NATO")),
    ],
)
def test_coded(kind: str, sentence: str, expected: tuple[str, str]) -> None:
    actor, recipient = expected
    assert (kind, (actor,), (recipient,)) in briefs_of(kind, sentence, PUB)


@pytest.mark.parametrize(
    "sentence",
    [
        "その企業は中国事業から手を引いた。",  # a business given up
        "日本企業は中国から手を引いた。",  # no body or treaty left
        "彼は過去と決別した。",
        "首相は訪米を終えて帰国した。",  # a leader's trip home
        "日本は中国から邦人を帰国させた。",  # nationals brought home: no recall
        "駐日米大使が一時的に帰国した。",  # an envoy's own trip home
    ],
)
def test_silent(sentence: str) -> None:
    assert not [m for m in code(sentence, published=PUB) if m.event in ("SANCTION", "RETREAT")]


def test_ships_put_out_stay_a_move() -> None:
    assert briefs_of("MOBILIZE", "中国は尖閣周辺に艦艇を出した。", PUB) == [
        ("MOBILIZE", ("CHN",), ())
    ]
