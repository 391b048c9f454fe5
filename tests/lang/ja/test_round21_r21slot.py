"""Round 21 (r21slot): parties put in the slot the grammar gives them (blind20 COORD, MOD, ROLE).

A stance toward another's act written with に (日本の支援に謝意, ロシアの侵攻に抗議) is aimed
at the act's doer, its genitive owner, not at the states inside the act; a phrase that says
what an owned object is about (北朝鮮問題に関する日本の立場) is no side; a clause of a
minutes' turn is its speaker's, not the subject of a topic written after it; the subject of
a condition (…ようなことがあれば, …することになれば) is its own, and the event conditional; a
bare title stands for the one its sentence's topic named, not another holder named beside it.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code, of_kind, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("米国務長官は日本のウクライナ支援に謝意を表明した。", ("SUPPORT", ("USA",), ("JPN",))),
        ("米国は日本の対ロシア制裁に謝意を示した。", ("SUPPORT", ("USA",), ("JPN",))),
        ("日本政府はロシアのウクライナ侵攻に抗議した。", ("ACCUSE", ("JPN",), ("RUS",))),
        ("ドイツは米国のイラク攻撃に反対した。", ("ACCUSE", ("DEU",), ("USA",))),
    ],
)
def test_a_stance_on_an_act_written_with_ni_is_aimed_at_its_doer(sentence, expected):
    """Xの(Yへの)支援に謝意: X is thanked; Y only receives the act thanked for."""
    assert of_kind(expected[0], sentence) == [expected]


def test_a_talk_under_a_stance_keeps_both_its_parties():
    """A guard: the doers of a talk are all its parties, each of them the target."""
    sentence = "中国は台湾の蔡英文総統と米下院議長の会談に反発した。"
    assert of_kind("ACCUSE", sentence) == [("ACCUSE", ("CHN",), ("TWN", "USA"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("フランスは北朝鮮問題に関する日本の立場を支持した。", ("SUPPORT", ("FRA",), ("JPN",))),
    ],
)
def test_what_an_owned_object_is_about_is_no_side(sentence, expected):
    assert of_kind("SUPPORT", sentence) == [expected]


def test_a_minutes_speaker_by_title_alone_after_an_item_number():
    paragraphs = (
        "首相は国連のグテレス事務総長と会談した。",
        "（2）事務総長より、日本の難民支援に謝意が表明された。",
    )
    assert of_kind("SUPPORT", *paragraphs) == [("SUPPORT", ("UNO",), ("JPN",))]


def test_a_clause_of_a_turn_is_its_speakers_not_the_next_topics():
    sentence = "岸田総理より、インド首相の訪日を招請し、インド首相はこれを受け入れた。"
    assert of_kind("REQUEST", sentence) == [("REQUEST", ("JPN",), ("IND",))]


def test_a_passive_complement_clause_keeps_its_own_subject():
    """…サミットが…開催されることを歓迎し、…に謝意が述べられた: the turn's speaker thanks."""
    sentence = (
        "インドのモディ首相から、G20サミットがデリーで開催されることを歓迎し、"
        "岸田総理のインド訪問に謝意が述べられました。"
    )
    assert ("SUPPORT", ("IND",), ("JPN",)) in of_kind("SUPPORT", sentence)


def test_the_subject_of_a_condition_is_not_the_threatener():
    sentence = "中国は、米国が台湾に武器を売却することになれば、対抗措置を取ると表明した。"
    found = {brief(m): m.factuality for m in code(sentence)}
    assert ("THREATEN", ("CHN",), ("USA",)) in found
    assert found[("AID", ("USA",), ("TWN",))] == "hypothetical"


def test_an_act_that_may_happen_is_a_condition():
    sentence = (
        "大統領は、イスラエルがシリアを攻撃するようなことがあれば、強力に対応すると警告した。"
    )
    (m,) = [m for m in code(sentence) if m.event == "ASSAULT"]
    assert m.factuality == "hypothetical"


def test_a_bare_title_stands_for_the_topic_not_the_partner_named_beside_it():
    paragraphs = (
        "フランスのマクロン大統領は5日、ロシアのプーチン大統領と電話で会談した。",
        "大統領は、ウクライナへの支援を続けると表明した。",
    )
    assert of_kind("AID", *paragraphs) == [("AID", ("FRA",), ("UKR",))]


def test_zarif_with_the_long_vowel():
    assert people("ザリーフ外相は述べた", "2015-10-14") == [
        ("ザリーフ外相", ("IRN",), "Mohammad Javad Zarif")
    ]
