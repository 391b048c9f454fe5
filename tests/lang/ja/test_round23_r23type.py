"""Round 23 (r23type): the type an act's object or errand gives it.

A state blowing up what links it to the other side (a road across their line, a joint liaison
office) cuts its ties, a SANCTION; a base handed to the host's forces is the garrison leaving, a
RETREAT; forces sent to watch, patrol, search or inspect go on the sender's own errand, a
MOBILIZE, not aid to the state they go to.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        (
            "北朝鮮軍は15日、韓国と結ぶ鉄道の線路の一部を爆破した。",
            ("SANCTION", ("PRK",), ("KOR",)),
            ("ASSAULT", ("PRK",), ("KOR",)),
        ),
        (
            "北朝鮮は開城にある南北共同連絡事務所を爆破した。",
            ("SANCTION", ("PRK",), ("KOR",)),
            ("ASSAULT", ("PRK",), ("KOR",)),
        ),
    ],
)
def test_link_blown_up_is_a_sanction(sentence, expected, not_expected):
    """爆破 of a road, a railway or a joint office between the two sides: ties cut."""
    got = briefs(sentence)
    assert expected in got and not_expected not in got


def test_bridge_blown_up_stays_an_assault():
    """爆破 of a target of war (a bridge) keeps the row's ASSAULT."""
    assert ("ASSAULT", ("RUS",), ("UKR",)) in briefs("ロシア軍はウクライナ東部の橋を爆破した。")


def test_base_handed_over_is_a_withdrawal():
    """A base handed to the host's forces: the garrison leaves (RETREAT), no arms given."""
    sentence = "仏軍は10日、最後の拠点「キャンプ・ボワ」などをコートジボワール側に引き渡した。"
    got = briefs(sentence)
    assert ("RETREAT", ("FRA",), ("CIV",)) in got
    assert not any(b[0] == "AID" for b in got)


def test_arms_handed_over_stay_aid():
    """Arms handed over stay the row's AID."""
    got = briefs("ロシアは昨年、ミサイルをベラルーシ軍に引き渡した。")
    assert ("AID", ("RUS",), ("BLR",)) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "韓国国防省は、北朝鮮の行動を「重大な挑発」と非難し、空軍の部隊を派遣して監視に当たらせていると明らかにした。",
        "ベトナム海軍の艦艇が乗組員を派遣して中国の漁船を調べました。",
    ],
)
def test_forces_sent_on_an_errand_mobilize(sentence):
    """派遣して監視, 派遣し、パトロール: the sender's own errand, a MOBILIZE, not aid."""
    got = briefs(sentence)
    assert any(b[0] == "MOBILIZE" for b in got)
    assert not any(b[0] == "AID" for b in got)


def test_troops_sent_to_a_state_stay_aid():
    """Troops sent to a state with no errand told after the key stay AID."""
    assert ("AID", ("RUS",), ("SYR",)) in briefs("ロシアはシリアに部隊を派遣した。")


def test_troops_staying_to_watch_stay_aid():
    """A stay with a watch after it (駐留し、…の監視を担う) is help to the host, no errand."""
    sentence = "ジブチには、米軍約4000人が駐留し、周辺国の武装勢力の監視を担ってきた。"
    assert ("AID", ("USA",), ("DJI",)) in briefs(sentence)


def test_delegation_sent_to_inspect_is_no_mobilize():
    """A delegation sent to inspect (調査団を派遣して調べる) moves no force of the sender."""
    got = briefs("イラン政府は調査団を派遣して現地で調べたいと提案した。")
    assert not any(b[0] == "MOBILIZE" for b in got)
