"""Round 30 (lex): families of halts, expulsions, refusals, exchanges and restored ties
said in other words (blind34/35 LEX): each family as a linguist would list it, with what
must stay uncoded beside it."""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "フィリピン政府は中国との合同演習を当面見合わせると発表した。",
        "フィリピン軍は中国軍との共同訓練を見合わせた。",
    ],
)
def test_joint_drills_held_back_are_a_sanction(text):
    assert ("SANCTION", ("PHL",), ("CHN",)) in briefs(text)


def test_trains_held_back_are_no_sanction():
    assert of_kind("SANCTION", "大雪のため、鉄道会社は列車の運転を見合わせた。") == []


def test_deliveries_stopped_are_a_sanction():
    assert ("SANCTION", ("DEU",), ("ISR",)) in briefs(
        "ドイツはイスラエルへの戦車の引き渡しを止めている。"
    )


def test_envoys_called_home_with_a_plural_suffix():
    assert of_kind("SANCTION", "韓国政府、駐日大使らを一時帰国へ") == [
        ("SANCTION", ("KOR",), ("JPN",))
    ]


@pytest.mark.parametrize(
    "text",
    ["中国軍は国境でインド軍に対し停火すると宣言した。", "中国軍はインド軍に対し停火した。"],
)
def test_the_chinese_word_for_ceasefire(text):
    assert ("RETREAT", ("CHN",), ("IND",)) in briefs(text)


def test_a_protest_not_answered_is_refused():
    assert ("REJECT", ("RUS",), ("FIN",)) in briefs(
        "ロシアはフィンランド側の抗議には応じない考えを示した。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "バングラデシュ政府はミャンマーの大使に国外退去を求めた。",
        "バングラデシュ政府はミャンマーの外交官を国外に退去させると発表した。",
        "バングラデシュはミャンマーの大使館員らを退去させた。",
    ],
)
def test_diplomats_made_to_leave_are_expelled(text):
    assert of_kind("SANCTION", text) == [("SANCTION", ("BGD",), ("MMR",))]


def test_an_army_leaving_is_no_expulsion():
    assert of_kind("SANCTION", "ロシア軍は国境の村から退去した。") == []


@pytest.mark.parametrize(
    "text",
    ["キューバと米国は領事関係を再開した。", "カナダはイランとの外交関係を再開した。"],
)
def test_relations_resumed_are_cooperation(text):
    assert [b[0] for b in briefs(text)] == ["COOPERATE"]


def test_imports_resumed_are_no_restored_ties():
    assert of_kind("COOPERATE", "中国は日本からの水産物の輸入を再開した。") == []


@pytest.mark.parametrize(
    "text",
    [
        "韓国は中国との国防当局間のホットラインを開設した。",
        "インドとパキスタンは直通電話を開設した。",
    ],
)
def test_a_hotline_opened_is_cooperation(text):
    assert [b[0] for b in briefs(text)] == ["COOPERATE"]


def test_a_bank_account_opened_is_nothing():
    assert briefs("韓国政府は銀行に口座を開設した。") == []


def test_displeasure_shown_openly_is_an_accusation():
    assert ("ACCUSE", ("CHN",), ("PHL",)) in briefs(
        "中国外務省はフィリピンの措置に不快感をあらわにした。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "イスラエルとイランはミサイル攻撃の応酬を繰り広げた。",
        "イスラエルとイランは空爆の応酬を続けている。",
    ],
)
def test_an_exchange_of_strikes_goes_both_ways(text):
    got = of_kind("ASSAULT", text)
    assert ("ASSAULT", ("ISR",), ("IRN",)) in got and ("ASSAULT", ("IRN",), ("ISR",)) in got
