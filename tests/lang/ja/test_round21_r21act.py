"""Round 21 (r21act): actors blind20 left unresolved, and the host of a sending.

A state written as the modifier of a place (豪北部ダーウィン, リトアニアの…基地) is the host a
force is sent to, in the passive too; a border is no host. A state's own voice in its
agency's release (わが国, わが方) is the agency's state. State companies act for their state;
foreign ministers and secretaries-general by name; 中・東欧 is a region, never China.
"""

from __future__ import annotations

import pytest

from .test_coder import ja_codes, of_kind, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("米国は来年から豪北部の基地に海兵隊を交代で駐留させる。", ("AID", ("USA",), ("AUS",))),
        ("ロシアは比南部の空港に輸送機を派遣した。", ("AID", ("RUS",), ("PHL",))),
    ],
)
def test_an_abbreviation_before_a_part_of_the_state_names_the_host(sentence, expected):
    """豪北部, 比南部: the state as オーストラリア北部 is (blind20 010)."""
    assert of_kind(expected[0], sentence) == [expected]


def test_a_passive_deployment_to_a_place_of_a_written_state_is_aid_to_it():
    """エストニアのエマリ空軍基地に…配備された: the host is written as the place's modifier."""
    text = "エストニアのエマリ空軍基地にデンマーク空軍の戦闘機4機が配備された。"
    assert of_kind("AID", text) == [("AID", ("DNK",), ("EST",))]


def test_a_passive_deployment_to_a_bare_place_or_a_border_stays_a_deployment():
    """国境に配備された: the sender's side of a border, a build-up (blind16)."""
    assert of_kind("MOBILIZE", "ロシア軍の戦車部隊がフィンランド国境に配備された。") == [
        ("MOBILIZE", ("RUS",), ())
    ]
    assert of_kind("AID", "ロシアはフィンランド国境に戦車部隊を配備した。") == []


WIRE = "【平壌3月5日発朝鮮中央通信】朝鮮外務省の報道官は5日、談話を発表した。"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("わが国が人工衛星を打ち上げると、米国は制裁を強化した。", ("MOBILIZE", ("PRK",), ())),
        ("わが方は米国の敵視政策を断固として糾弾する。", ("ACCUSE", ("PRK",), ("USA",))),
        ("わが共和国は米国の軍事演習を強く非難した。", ("ACCUSE", ("PRK",), ("USA",))),
    ],
)
def test_our_country_in_a_state_agency_release_is_the_agencys_state(sentence, expected):
    """わが国/わが方 in the agency's own voice (blind20 p1 conv 8): who speaks is PRK."""
    assert expected in of_kind(expected[0], WIRE, sentence, published="2016-03-05")


def test_our_countrys_things_in_a_release_are_no_party():
    """わが方の領海に撃ち込む射撃演習の中止を求めた: the demand stays on the other side."""
    text = (
        "朝鮮人民軍は韓国軍当局に通知文を送り、"
        "わが方の領海に砲弾を撃ち込む演習を中止するよう求めた。"
    )
    assert ("REQUEST", ("PRK",), ("KOR",)) in of_kind("REQUEST", WIRE, text, published="2016-03-05")


def test_a_passive_deployment_to_a_unit_of_the_state_is_no_aid():
    text = "ミサイルはフィリピン陸軍の沿岸防衛部隊に配備される予定だ。"
    assert of_kind("AID", "インドは巡航ミサイルを輸出する。", text) == [("AID", ("IND",), ("PHL",))]


def test_our_country_in_the_narration_of_a_japanese_release_stays_japan():
    assert of_kind("ACCUSE", "わが国は北朝鮮の弾道ミサイル発射を強く非難する。") == [
        ("ACCUSE", ("JPN",), ("PRK",))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ガスプロムはモルドバへの天然ガスの供給を停止した。", ("SANCTION", ("RUS",), ("MDA",))),
        ("ロスアトムはトルコに原子炉を供与した。", ("AID", ("RUS",), ("TUR",))),
    ],
)
def test_a_state_company_acts_for_its_state(sentence, expected):
    """ロシアの政府系企業ガスプロム = RUS (blind20 p2 conv 1), and its peers."""
    assert of_kind(expected[0], sentence) == [expected]


@pytest.mark.parametrize(
    "text",
    ["中・東欧の国々がNATOに加盟した。", "中・南米の首脳が集まった。", "中東欧諸国の外相"],
)
def test_central_europe_is_no_china(text):
    assert ("CHN",) not in ja_codes(text)


def test_named_ministers_and_secretaries_general():
    assert people("デ・ホープ・スヘッフェル事務総長が来日した。", "2007-01-12") == [
        ("デ・ホープ・スヘッフェル", ("NATO",), "Jaap de Hoop Scheffer")
    ]
    found = people("シャルガム外相が訴えた。", "2004-01-20")
    assert [(c, h) for _, c, h in found] == [(("LBY",), "Abdel Rahman Shalgham")]
    assert ("GBR",) in ja_codes("英秘密情報部(MI6)の担当者")


def test_older_names_and_bodies():
    found = people("李相玉外務部長官が署名した。", "1992-08-24")
    assert [(c, h) for _, c, h in found] == [(("KOR",), "Lee Sang-ock")]
