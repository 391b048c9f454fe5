"""Round 14 (r14slex): object classes of listed measure verbs that blind14 showed too narrow.

Sentences of our own: a ban on leaving (出国を禁止), kinds of contact and entry suspended
(高官接触を停止, ビザなし入国を停止), participation broken off (参加を打ち切る) and the people a
state releases (パイロット, 乗員, 漁民, 飛行士); each with what must not be coded.
"""

from __future__ import annotations

from .test_coder import briefs

# --- a ban on a state's nationals leaving is a measure against that state (SANCTION) ---------


def test_exit_ban_on_foreign_nationals_is_a_sanction():
    assert ("SANCTION", ("PRK",), ("MYS",)) in briefs(
        "北朝鮮は平壌に滞在するマレーシア国民の出国を禁止した。"
    )
    assert ("SANCTION", ("RUS",), ("GBR",)) in briefs("ロシア当局は英国人記者の出国を禁じた。")


def test_exit_ban_without_a_foreign_state_or_by_a_firm_is_none():
    assert briefs("政府は国民の出国を禁止した。") == []
    assert briefs("ソニーは中国での製品の販売を禁止した。") == []


# --- kinds of contact and entry suspended, frozen or broken off (SANCTION) -------------------


def test_contact_suspended_is_a_sanction():
    assert ("SANCTION", ("NZL",), ("MMR",)) in briefs(
        "ニュージーランド政府はミャンマー軍政との高官接触をすべて停止すると発表した。"
    )
    assert ("SANCTION", ("CHN",), ("CAN",)) in briefs("中国はカナダとの閣僚級の接触を中断した。")
    assert ("SANCTION", ("GBR",), ("RUS",)) in briefs(
        "英国はロシアとの高官の接触を凍結する方針を示した。"
    )


def test_visa_free_entry_suspended_is_a_sanction():
    assert ("SANCTION", ("IND",), ("CHN",)) in briefs("インドは中国人のビザなし入国を停止した。")


def test_participation_broken_off_is_a_sanction():
    assert ("SANCTION", ("SAU",), ("QAT",)) in briefs(
        "サウジアラビアはカタール軍の参加を打ち切ると発表した。"
    )
    assert ("SANCTION", ("USA",), ("TUR",)) in briefs("米国はトルコのF35計画への参加を打ち切った。")


def test_works_halted_or_an_event_left_is_none():
    assert briefs("トヨタは新工場の工事を停止した。") == []
    assert briefs("東京都は大規模イベントへの参加を打ち切った。") == []


# --- people a state holds and lets go: crews, pilots, fishermen (RETREAT) --------------------


def test_release_of_held_crews_and_pilots_is_a_retreat():
    assert ("RETREAT", ("PAK",), ("IND",)) in briefs(
        "パキスタンは拘束したインド空軍のパイロットを解放した。"
    )
    assert ("RETREAT", ("PRK",), ("KOR",)) in briefs("北朝鮮は拘束していた韓国の漁民を解放した。")
    assert ("RETREAT", ("RUS",), ("USA",)) in briefs(
        "ロシアは米国の宇宙飛行士を解放したと発表した。"
    )


def test_a_firm_letting_its_own_staff_go_is_none():
    assert briefs("日産は拘束されていた自社の社員を解放した。") == []
