"""Round 32 (lexmisc): aid given with 与える and 持たせる, anti-dumping and countervailing
duties, a mission's activity ended, instruments exchanged, trade and sales banned, and a
benefit wished for as a request. Sentences written for these tests."""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_arms_given_with_ataeru_is_aid():
    assert ("AID", ("USA",), ("UKR",)) in briefs("米国はウクライナに大量の武器を与えた。")


def test_aid_given_with_ataeru_is_aid():
    assert ("AID", ("JPN",), ("PHL",)) in briefs("日本はフィリピンに緊急の援助を与えた。")


def test_influence_given_is_no_aid():
    assert not of_kind("AID", "中国の輸出規制は日本経済に大きな影響を与えた。")


def test_arming_told_causatively_is_aid():
    assert ("AID", ("RUS",), ("SYR",)) in briefs("ロシアはシリアの部隊に武器を持たせた。")


def test_a_state_let_hold_nuclear_arms_is_no_aid():
    assert not of_kind("AID", "米国は北朝鮮に核兵器を持たせない方針だ。")


def test_anti_dumping_duty_levied_is_a_sanction():
    assert ("SANCTION", ("CHN",), ("AUS",)) in briefs(
        "中国はオーストラリアのワインに反ダンピング税を徴収した。"
    )


def test_tax_collected_at_home_is_none():
    assert not of_kind("SANCTION", "日本政府は国民から消費税を徴収した。")


def test_anti_dumping_measures_are_a_sanction():
    assert ("SANCTION", ("USA",), ("CHN",)) in briefs(
        "米商務省は中国製鉄鋼への反ダンピング措置を決めた。"
    )


def test_mission_ended_as_a_compound_is_a_retreat():
    assert ("RETREAT", ("NZL",), ("AFG",)) in briefs(
        "ニュージーランド軍は25日、アフガニスタンでの任務終了を発表した。"
    )


def test_a_panel_ending_its_work_is_no_retreat():
    assert not of_kind("RETREAT", "国連の専門家パネルは昨年4月に活動を終えた。")


def test_diplomatic_documents_exchanged_is_support():
    assert of_kind("SUPPORT", "日本とインドは、協定の発効に必要な外交文書の交換を完了した。")


def test_documents_exchanged_by_journalists_are_none():
    assert not of_kind("SUPPORT", "記者たちは会場で名刺を交換した。")


def test_trade_banned_is_a_sanction():
    assert ("SANCTION", ("USA",), ("IRN",)) in briefs("米国はイランとの貿易を禁じた。")


def test_unauthorised_reprint_banned_is_none():
    assert not of_kind("SANCTION", "記事の無断転載を禁じます。")


def test_cooperation_wished_for_is_a_request():
    out = briefs("岸田総理は、地域の安定に向けてインドの協力を得たい旨述べた。")
    assert ("REQUEST", ("JPN",), ("IND",)) in out
    assert not [b for b in out if b[0] == "AGREE"]


def test_cooperation_won_is_no_request():
    assert not of_kind("REQUEST", "イスラエルは米国の協力を得て迎撃した。")
