"""Round 29 (pact): pledges said in other words, and tariffs paused.

A state's word in the minutes that it will strive for what its partner asks (最大限努力する旨
述べた) or keep a force or a moratorium in place (…を維持する旨述べた) is a one-sided pledge,
an AGREE (lead ruling 2); an effort or a state told as a fact (努力している, 維持している) and a
wish about ties (流れを維持していきたい旨) are none. A punitive tariff or sanction paused
(関税の発動を1カ月停止, 関税の一時停止を決めた) is a sanction eased, a RETREAT, with no
tariff of its own told; one never imposed (関税の発動を見送った) stays the sanction negated.
An invitation accepted in the Sino-Japanese word (招請を受諾する旨述べた) is the AGREE, as
受け入れる; a grace or a consent obtained (猶予を取り付けた) is a deal, an AGREE; the signed
document a relative clause names (…と交わした「基本文書」) makes the exchange a signing.
"""

from __future__ import annotations

import pytest

from .test_coder import code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "turn",
    [
        "ブラジル大統領から、基地周辺住民の負担軽減に最大限努力する旨述べました。",
        "ブラジル大統領から、南大西洋に艦艇3隻の展開を維持する旨述べました。",
        "ブラジル大統領から、ミサイル試験のモラトリアムを維持する旨述べました。",
    ],
)
def test_pledge_to_strive_or_keep_is_agreed(turn):
    paragraphs = ("日本とブラジルの首脳が会談した。", turn)
    assert of_kind("AGREE", *paragraphs) == [("AGREE", ("BRA",), ("JPN",))]
    (m,) = [m for m in code(*paragraphs) if m.event == "AGREE"]
    assert m.factuality == "asserted"


@pytest.mark.parametrize(
    "turn",
    [
        "ブラジルはミサイル試験のモラトリアムを維持している。",
        "ブラジルは粘り強い外交努力を続けている。",
        "ブラジル大統領から、両国関係の改善の流れを今後も維持していきたい旨述べました。",
    ],
)
def test_effort_or_state_told_is_no_pledge(turn):
    assert of_kind("AGREE", "日本とブラジルの首脳が会談した。", turn) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "米国はブラジルへの追加関税の一時停止を決めた。",
        "米国はブラジルに対する制裁の発動を停止すると発表した。",
    ],
)
def test_tariff_paused_is_eased(sentence):
    ms = code(sentence)
    assert [(m.event, m.factuality) for m in ms if m.event in ("RETREAT", "SANCTION")][0][0] == (
        "RETREAT"
    )
    assert not [m for m in ms if m.event == "SANCTION"]
    assert of_kind("RETREAT", sentence) == [("RETREAT", ("USA",), ("BRA",))]


def test_tariff_never_imposed_stays_negated():
    (m,) = code("米国はブラジルへの追加関税の発動を見送った。")
    assert (m.event, m.factuality) == ("SANCTION", "negated")


def test_aid_halted_stays_a_sanction():
    assert of_kind("SANCTION", "米国はブラジルへの援助を停止した。") == [
        ("SANCTION", ("USA",), ("BRA",))
    ]


def test_invitation_accepted_in_the_minutes_is_agreed():
    paragraphs = (
        "日本とブラジルの首脳が会談した。",
        "ブラジル大統領から、総理大臣のブラジル訪問を招請し、総理大臣から、招請を受諾する旨述べました。",
    )
    assert of_kind("AGREE", *paragraphs) == [("AGREE", ("JPN",), ("BRA",))]


def test_grace_obtained_is_a_deal():
    sentence = "メキシコ大統領は米大統領と電話で協議し、60日間の猶予を取り付けた。"
    assert of_kind("AGREE", sentence) == [("AGREE", ("MEX",), ("USA",))]
    assert of_kind("AGREE", "メキシコは港に新しいクレーンを取り付けた。") == []


def test_document_exchanged_in_a_relative_clause_is_signed():
    sentence = (
        "ブラジルが2001年にアルゼンチンと交わした「基本文書」は、核兵器を持たないと定めている。"
    )
    assert of_kind("SUPPORT", sentence) == [("SUPPORT", ("BRA",), ("ARG",))]
    assert of_kind("CONSULT", "ブラジルの首相がアルゼンチンの首相と交わした言葉は短かった。") != []
