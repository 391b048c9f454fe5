"""Round 21 (s21voice): organisations as actors and the voice of state media (blind21).

A regional organisation acts as IGO, the European Community of before 1993 as EUR; an
organisation suspending a member's membership (加盟資格停止) sanctions it; a state written
as what leads an organisation, or a former union before its former states, is no party to the
organisation's act. State media charge fabrication (自作自演, でっち上げ, わめき立てる,
言いふらす), reserve a right to respond (権利を留保する: a warning), rise up to a
counter-attack and say a warning went unheeded (顧みず: a refusal). A foreign agency's tag in
a title's parentheses, or its name before a verb of report, credits the title.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "アフリカ連合は8日、臨時首脳会議を開き、ギニアの加盟資格停止を決めた。",
            ("SANCTION", ("IGO",), ("GIN",)),
        ),
        ("東南アジア諸国連合、ミャンマーの参加資格停止を決定", ("SANCTION", ("IGO",), ("MMR",))),
        (
            "欧州共同体(EC)は20日、イランからの輸入を全面的に禁止することで合意した。",
            ("SANCTION", ("EUR",), ("IRN",)),
        ),
    ],
)
def test_an_organisation_suspends_a_member_or_bans_imports(sentence, expected):
    """加盟資格を停止, 参加資格停止: a suspended membership is a sanction; EC is EUR."""
    assert expected in [brief(m) for m in code(sentence)]


def test_a_state_leading_an_organisation_is_no_party_to_its_dispatch():
    """ロシア主導の旧ソ連6カ国でつくる…機構: the organisation sends the troops."""
    got = of_kind(
        "AID",
        "ロシア主導の旧ソ連5カ国でつくる集団安全保障条約機構は3日、アルメニアに部隊を派遣すると発表した。",
    )
    assert got == [("AID", ("IGO",), ("ARM",))]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("首都の空港で爆発事件が起きた。", "韓国当局は事件を「北朝鮮の仕業」だとわめき立てた。"),
        ("韓国政府は、今回の爆発事件は北朝鮮による自作自演の芝居だと騒ぎ立てた。",),
        ("全斗煥政権は、爆発事件は北朝鮮の仕業だと言いふらした。",),
    ],
)
def test_state_media_idiom_of_accusation(paragraphs):
    """わめき立てる/騒ぎ立てる/言いふらす a charge: an accusation."""
    assert ("ACCUSE", ("KOR",), ("PRK",)) in of_kind("ACCUSE", *paragraphs)


def test_a_fabrication_judged_in_a_quote_accuses():
    """「…はXのでっち上げだ」と述べた: the speaker accuses X."""
    got = of_kind("ACCUSE", "北朝鮮外務省の報道官は「米国の主張は完全なでっち上げだ」と述べた。")
    assert got == [("ACCUSE", ("PRK",), ("USA",))]


def test_a_right_to_respond_reserved_warns():
    """対応する権利を留保する: a warning to the side that acted."""
    got = of_kind(
        "THREATEN",
        "インド軍がパキスタンの基地を攻撃した。",
        "パキスタン外務省は「主権の侵害だ」とインドを非難し、「対応する権利を留保する」と述べた。",
    )
    assert got == [("THREATEN", ("PAK",), ("IND",))]


def test_rising_up_to_a_counter_attack_is_the_attack():
    """反撃に立ち上がる: the subject counter-attacks."""
    got = of_kind(
        "ASSAULT",
        "ラオス軍が国境を越えてタイの村を砲撃した。",
        "タイ軍は5日、やむなくラオス軍に対する自衛反撃に立ち上がった。",
    )
    assert ("ASSAULT", ("THA",), ("LAO",)) in got


def test_a_warning_not_heeded_is_refused():
    """Xの警告を顧みず: X's warning refused; 歴史を顧みる refuses nothing."""
    got = of_kind("REJECT", "タイ当局はカンボジアの警告を顧みず、国境での工事を続けた。")
    assert got == [("REJECT", ("THA",), ("KHM",))]
    assert of_kind("REJECT", "首相は日本の歴史を顧みる必要があると述べた。") == []


def test_an_agency_tag_credits_the_title_speech_act():
    """…非難（タス）: the agency claims the condemnation, not the attack named inside it."""
    got = {
        m.event: (m.claimed_by.text if m.claimed_by else None)
        for m in code("本文。", title="ロシア政府声明　英国のイエメン空爆を非難（タス）")
    }
    assert got.get("ACCUSE") == "タス"
    assert got.get("ASSAULT") is None
