"""Round 25 (r25pres): event nouns that are only the content of another act.

A bid for membership or a seat that a state backs, approves or opposes (…の国際機関加盟を支持,
常任理事国入りへの支持) is the content of that stance: no joining or visit is told, and the
stance's recipient is the bidder, not the organisation. An activity a party takes over
(後方支援の一部を引き継ぎ) or is shut out of (合同演習から締め出し) is named, not told; a
goal of an effort (条約締結に全力) is not yet an event. Disappointment voiced at a state's act
(…ことに「深い失望」を表明) is an accusation.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the organisation written in full with its abbreviation
            "日本の外相は、ベトナムのアジア太平洋経済協力会議(APEC)加盟を支持する考えを伝えた。",
            [("SUPPORT", ("JPN",), ("VNM",))],
        ),
        (  # a seat on the council: no visit to the UN, no UN recipient
            "インドの首相は、日本の国連安全保障理事会常任理事国入りを支持すると述べた。",
            [("SUPPORT", ("IND",), ("JPN",))],
        ),
        (  # a candidacy in the council's election
            "日本の外相は、ケニアの国連安保理非常任理事国選挙への立候補を支持する旨述べました。",
            [("SUPPORT", ("JPN",), ("KEN",))],
        ),
    ],
)
def test_a_backed_bid_is_the_stance_with_the_bidder_as_recipient(sentence, expected):
    assert briefs(sentence) == expected


def test_a_seat_opposed_is_no_visit_and_no_agreement():
    assert briefs("中国外務省は、日本の国連安保理常任理事国入りに反対する考えを示した。") == [
        ("ACCUSE", ("CHN",), ("JPN",))
    ]


def test_an_activity_taken_over_is_no_aid_by_the_one_handing_it_over():
    assert briefs("陸自部隊はオランダ軍から治安維持支援の一部を引き継ぐ予定だ。") == []


def test_a_drill_someone_is_shut_out_of_is_no_drill_of_theirs():
    found = briefs(
        "カナダはこれに強く反発し、同年中にデンマーク軍を合同演習から締め出し、情報の提供も制限した。"
    )
    assert not [b for b in found if b[0] == "MOBILIZE"]


def test_a_goal_of_an_effort_is_no_treaty_concluded():
    found = briefs("日中首脳、「年内の協定締結に全力」で一致")
    assert [b for b in found if b[0] == "SUPPORT"] == []


def test_disappointment_voiced_at_a_states_act_accuses_it():
    assert ("ACCUSE", ("GBR",), ("IRN",)) in briefs(
        "英外務省は、イランが核合意の履行を停止したことに「深い失望」を表明した。"
    )


def test_a_halted_flow_aims_at_whom_it_goes_to_not_at_the_reason():
    found = briefs(
        "職員の一部がイスラエルへの攻撃に関与した疑いが浮上したことを受け、"
        "カナダはUNHCRへの拠出を3月から止めていた。"
    )
    assert [b for b in found if b[0] == "SANCTION"] == [("SANCTION", ("CAN",), ("UNO",))]


def test_what_an_effort_works_toward_is_no_treaty_concluded():
    found = briefs(
        "インドの首相と日本の首相が行った首脳会談は、「2030年までに平和条約を締結するよう"
        "全力を尽くす」という目標を打ち出して幕を閉じた。"
    )
    assert [b for b in found if b[0] == "SUPPORT"] == []


def test_a_target_of_attack_named_in_a_warning_is_no_attack():
    found = briefs(
        "イラン・イラク戦争でイラクがイラン上空を飛ぶすべての航空機を攻撃対象にすると警告した"
        "問題で、トルコ政府は19日、特別機を派遣した。"
    )
    assert [b for b in found if b[0] == "ASSAULT" and b[1] == ("IRQ",)] == []
