"""Round 30 (lex2): wave 1's lex rows narrowed, and intents, envoys exchanged, ties resumed."""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


def test_a_diplomat_told_to_leave_is_expelled():
    assert of_kind("SANCTION", "ラオス政府はタイの大使に国外退去を求めた。") == [
        ("SANCTION", ("LAO",), ("THA",))
    ]


def test_monitors_told_to_leave_are_asked_not_expelled():
    got = briefs("イランは国際原子力機関の査察官に国外退去を求めた。")
    assert ("REQUEST", ("IRN",), ("IGO",)) in got
    assert not [b for b in got if b[0] == "SANCTION"]


def test_relations_to_be_resumed_are_agreed_not_eased():
    got = briefs("チャドはイスラエルとの外交関係を早期に再開すると述べた。")
    assert ("AGREE", ("TCD",), ("ISR",)) in got
    assert not [b for b in got if b[0] == "RETREAT"]


def test_relations_resumed_are_ties_restored():
    assert ("COOPERATE", ("TCD",), ("ISR",)) in briefs("チャドはイスラエルとの外交関係を再開した。")


@pytest.mark.parametrize(
    "text",
    ["ペルーとチリは大使を交換した。", "ペルーとチリは近く大使を交換する。"],
)
def test_envoys_exchanged_are_ties(text):
    assert of_kind("COOPERATE", text) == [("COOPERATE", ("PER",), ("CHL",))]


def test_prisoners_exchanged_are_no_ties():
    assert of_kind("COOPERATE", "ペルーとチリは捕虜を交換した。") == []


def test_bangla_is_bangladesh():
    assert ("SANCTION", ("BGD",), ("MMR",)) in briefs(
        "バングラ政府はミャンマーとの国境を閉鎖した。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ブラジル大統領はポルトガルを訪れることにも意欲を示している。",
        "ブラジル大統領はポルトガルを訪れる意欲を示した。",
    ],
)
def test_a_will_shown_to_visit_is_an_intent(text):
    assert ("AGREE", ("BRA",), ("PRT",)) in briefs(text)


def test_a_will_shown_for_cooperation_is_an_intent():
    assert ("AGREE", ("BRA",), ("PRT",)) in briefs(
        "ブラジル政府はポルトガルとの経済協力に強い意欲を示した。"
    )


def test_a_will_to_sanction_is_no_agreement():
    got = briefs("ブラジル政府はポルトガルへの制裁に意欲を示した。")
    assert not [b for b in got if b[0] == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "ブラジル政府はポルトガルとの関係の改善に努める考えを示した。",
        "ブラジル政府はポルトガルとの協力に引き続き取り組む旨述べた。",
    ],
)
def test_a_pledge_to_strive_for_a_tie_is_an_intent(text):
    assert ("AGREE", ("BRA",), ("PRT",)) in briefs(text)


@pytest.mark.parametrize(
    "text",
    [
        "ブラジル政府はポルトガルとの関係の改善に努めている。",
        "ブラジルはポルトガルの侵攻の阻止に努める考えだ。",
    ],
)
def test_an_effort_told_or_against_a_state_is_no_pledge(text):
    assert of_kind("AGREE", text) == []


def test_an_aid_being_arranged_is_a_planned_aid():
    assert ("AID", ("BRA",), ("PRT",)) in briefs(
        "ブラジルはポルトガルへの哨戒機の貸与に向けた調整を進めている。"
    )


def test_a_signing_being_arranged_is_no_aid():
    assert of_kind("SUPPORT", "ブラジルはポルトガルとの協定の締結に向けた調整を進めている。") == []
