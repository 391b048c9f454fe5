"""Round 22 (s22lex): words and senses blind22 lost, as classes.

A blockade (封鎖, 海上封鎖) is a SANCTION; an anti-satellite test is a MOBILIZE; the
state media's 暴露 and a charge named with 呼ぶ are accusations; にすぎない is no negation; a
diplomatic note handed or sent is no aid; deliveries held back are a SANCTION; contact with a
state's envoys banned is a REJECT; ships searched at sea (臨検) are a MOBILIZE.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("米国はベネズエラを海上封鎖すると発表した。", ("SANCTION", ("USA",), ("VEN",))),
        ("ロシア海軍がウクライナの港を封鎖した。", ("SANCTION", ("RUS",), ("UKR",))),
    ],
)
def test_a_blockade_is_a_sanction(sentence, expected):
    assert expected in briefs(sentence)
    assert not [b for b in briefs(sentence) if b[0] == "ASSAULT"]


def test_an_anti_satellite_test_is_a_mobilize():
    assert ("MOBILIZE", ("CHN",), ()) in briefs("中国が衛星破壊実験を行った。")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "朝鮮中央通信は、日本の主張は卑劣なでっち上げにすぎないと暴露した。",
            ("ACCUSE", ("PRK",), ("JPN",)),
        ),
        ("北朝鮮は、韓国大使館を「スパイの巣窟」と呼んだ。", ("ACCUSE", ("PRK",), ("KOR",))),
    ],
)
def test_a_charge_exposed_or_named_is_an_accusation(sentence, expected):
    assert expected in briefs(sentence)


def test_a_diplomatic_note_handed_over_is_no_aid():
    found = briefs("中国外務省は、ベトナムの大使に抗議の覚書を手渡した。")
    assert not [b for b in found if b[0] == "AID"]


def test_deliveries_held_back_are_a_sanction():
    found = briefs("米政府はトルコへの戦闘機の売却を当面見合わせた。")
    assert ("SANCTION", ("USA",), ("TUR",)) in found


def test_contact_with_envoys_banned_is_a_rejection():
    found = briefs("北朝鮮の指導者は、韓国特使との接触を禁止した。")
    assert ("REJECT", ("PRK",), ("KOR",)) in found


def test_ships_searched_at_sea_are_a_mobilize():
    assert ("MOBILIZE", ("GBR",), ()) in briefs("英艦艇による臨検が始まった。")


def test_an_arrest_warrant_for_a_leader_is_an_accusation():
    found = briefs("国際刑事裁判所は、ネタニヤフ首相の逮捕状を出した。")
    assert ("ACCUSE", ("IGO",), ("ISR",)) in found


def test_keeping_in_contact_with_each_other_is_a_consultation():
    found = briefs("官房長官は記者会見した。", "政府は米国政府と緊密に連絡を取り合う考えだ。")
    assert ("CONSULT", ("JPN",), ("USA",)) in found


def test_an_early_warning_plane_flying_is_a_mobilize():
    found = briefs("ロシアの早期警戒管制機が日本海の上空を飛行した。")
    assert ("MOBILIZE", ("RUS",), ()) in found
