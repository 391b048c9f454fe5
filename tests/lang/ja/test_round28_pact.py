"""Round 28 (pact): treaty and relations acts said in other words, and an accord's content.

Ties ended (関係終了, 関係を終了) are a SANCTION as 断交; a ratification revoked (批准を撤回)
is a SANCTION of the doer alone when no other state is written; a legislature voting a treaty
down (批准案を否決) is a REJECT of its state alone; recognition switched to a state (…側へ
乗り換えた) is ties established (COOPERATE); a name written into a document is a signing
(SUPPORT); a mission's work halted (代表部の活動を停止) is a SANCTION on the side it serves.
Not told: what two sides agree to go on doing (支援を継続していくことで一致: the AGREE is the
event), a condition a treaty needs (発効には…批准が必要), an event a first is counted from
(断交後初).
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


def test_ties_ended_are_a_sanction() -> None:
    assert ("SANCTION", ("TWN",), ("PRY",)) in briefs(
        "台湾外交部はパラグアイとの関係終了を発表した。"
    )
    assert ("SANCTION", ("KOR",), ("IRN",)) in briefs("韓国はイランとの外交関係を終了した。")


def test_an_exercise_or_a_visit_ended_is_no_sanction() -> None:
    assert not [b for b in briefs("米国と韓国は合同演習を終了した。") if b[0] == "SANCTION"]
    assert not [b for b in briefs("首相はインドへの訪問を終了した。") if b[0] == "SANCTION"]


def test_ratification_revoked_is_the_doers_sanction_alone() -> None:
    assert briefs("ロシアは化学兵器禁止条約の批准を撤回した。") == [("SANCTION", ("RUS",), ())]


def test_a_policy_or_a_statement_withdrawn_is_none() -> None:
    assert briefs("ロシア政府は増税の方針を撤回した。") == []
    assert briefs("中国は日本に発言の撤回を求めた。") == [("REQUEST", ("CHN",), ("JPN",))]


def test_a_treaty_voted_down_is_a_reject_of_its_state() -> None:
    assert briefs("米国の上院は武器貿易条約の批准案を否決した。") == [("REJECT", ("USA",), ())]
    # the other party written stays its side
    assert ("REJECT", ("PHL",), ("USA",)) in briefs(
        "フィリピン上院は米国との地位協定の批准案を否決した。"
    )


def test_a_budget_voted_down_is_none() -> None:
    assert briefs("韓国の国会は政府の予算案を否決した。") == []


def test_recognition_switched_is_ties_established() -> None:
    assert ("COOPERATE", ("DOM",), ("CHN",)) in briefs("ドミニカ共和国は中国側へ乗り換えた。")


def test_switching_a_supplier_is_no_tie() -> None:
    assert not [
        b
        for b in briefs("インドは戦闘機の調達先をロシアから米国に乗り換えた。")
        if b[0] == "COOPERATE"
    ]


def test_a_name_written_into_a_treaty_is_a_signing() -> None:
    assert [b[0] for b in briefs("フランスとドイツの首脳が条約に名前を書き入れた。")] == ["SUPPORT"]


def test_a_name_written_on_a_list_by_one_state_is_no_signing() -> None:
    assert briefs("記者は手帳に首相の発言を書き入れた。") == []


def test_a_missions_work_halted_is_a_sanction_on_its_side() -> None:
    assert ("SANCTION", ("RUS",), ("EU",)) in briefs(
        "ロシアはEU代表部の活動を来月から停止すると発表した。"
    ) or ("SANCTION", ("RUS",), ("EUR",)) in briefs(
        "ロシアはEU代表部の活動を来月から停止すると発表した。"
    )


def test_a_forces_own_activity_halted_is_none() -> None:
    assert not [
        b for b in briefs("ロシア軍は国境付近での偵察活動を停止した。") if b[0] == "SANCTION"
    ]


def test_what_two_sides_agree_to_go_on_doing_is_the_agree_alone() -> None:
    assert briefs("日本とポーランドの首脳は、ウクライナへの支援を継続していくことで一致した。") == [
        ("AGREE", ("JPN",), ("POL",))
    ]
    assert briefs("日本とチリの首脳は、今後も意思疎通を続けていくことで一致した。") == [
        ("AGREE", ("JPN",), ("CHL",))
    ]


def test_an_ongoing_request_or_a_group_of_three_is_still_coded() -> None:
    # a request the sides will go on making stays its own mention
    got = briefs("日本と韓国の首脳は、北朝鮮に核放棄を求めていくことで一致した。")
    assert any(b[0] == "REQUEST" for b in got)
    # three states acting together: the joint act is coded
    got = briefs("両首脳は、日米韓で緊密に連携していくことを確認した。")
    assert any(b[0] == "COOPERATE" for b in got)
    # aid done, not agreed to be continued, is told
    assert ("AID", ("JPN", "USA"), ("UKR",)) in briefs("日本と米国はウクライナへの支援を継続した。")


def test_a_treatys_condition_is_not_told() -> None:
    got = briefs("日本とインドが協定に署名した。", "協定の発効には両国議会の承認が必要だ。")
    assert [b[0] for b in got] == ["SUPPORT"]


def test_a_ratification_done_is_still_told() -> None:
    assert [b[0] for b in briefs("フランスとドイツは条約を批准した。")] == ["SUPPORT"]


def test_an_event_a_first_is_counted_from_is_background() -> None:
    got = briefs("米国は台湾と断交後初めて閣僚を派遣した。")
    assert not [b for b in got if b[0] == "SANCTION"]
    assert ("SANCTION", ("USA",), ("TWN",)) in briefs("米国は台湾と断交した。")
