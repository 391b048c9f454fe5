"""Round 11 (r11party): who the parties are.

Leaders and ministers written by name and title without their state (ピストリウス国防相), a
capital visited or attacked (プノンペンを訪れ), a state's companies as the target of a measure
(米防衛企業に制裁), the causee of a verb of handing over (基地をフランスから返還させた), the
main clause's subject kept out of a background clause (ロシアの侵攻が続く中で), and a quoted
complement's subject kept from being the speaker (デンマークが…と批判した).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


def test_minister_named_without_a_state_stands_for_it():
    assert ("AID", ("DEU",), ("UKR",)) in briefs(
        "ピストリウス国防相は、ウクライナへの追加の軍事支援を発表した。"
    )
    assert ("ACCUSE", ("GBR",), ("RUS",)) in briefs("ラミー外相は3日、ロシアを強く非難した。")
    # a name that holds a state's name is still its own state's (韓国瑜 is Taiwan's speaker)
    ms = briefs("台湾の韓国瑜立法院長は日本の議員団と会談した。")
    assert ms and not any("KOR" in b[1] + b[2] for b in ms)


def test_capital_visited_is_the_host_state():
    ms = briefs("イスラエルのネタニヤフ首相は3日、ブダペストを訪れ、首相と会談した。")
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"ISR", "HUN"} for b in ms)
    ms = briefs("米国の国防長官は昨年、プノンペンを訪れた。")
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"USA", "KHM"} for b in ms)
    # a treaty named for a capital is no state
    ms = briefs("ウクライナは、ブダペスト覚書に基づく安全の保証をロシアに求めた。")
    assert not any("HUN" in b[1] + b[2] for b in ms)
    # the capital of the country a visitor is in is a place, as the country is
    ms = briefs(
        "フランス大統領は5日、訪問先のハンガリーの首都ブダペストで演説し、"
        "イランに対する制裁を強化すると表明した。"
    )
    assert ("SANCTION", ("FRA",), ("IRN",)) in ms
    assert not any("HUN" in b[1] + b[2] for b in ms)


def test_companies_of_a_state_are_its_side_as_a_target():
    assert ("SANCTION", ("CHN",), ("USA",)) in briefs(
        "中国は、米防衛企業10社に制裁を科すと発表した。"
    )
    assert ("SANCTION", ("USA",), ("RUS",)) in briefs("米政府は露企業など30社に制裁を科した。")


def test_causee_of_handing_over_is_who_hands_it_over():
    assert ("RETREAT", ("FRA",), ("CIV",)) in briefs(
        "コートジボワールは昨年、南部の基地をフランスから返還させた。"
    )


def test_background_clause_takes_no_side_from_the_main_clause():
    ms = briefs(
        "英国とドイツは、ウクライナへの軍事支援を続けており、"
        "ロシアの侵攻が長引く中で防衛協力を深めている。"
    )
    assert ("ASSAULT", ("RUS",), ("UKR",)) in ms
    assert not any(b[0] == "ASSAULT" and "DEU" in b[2] for b in ms)


def test_quoted_complement_subject_is_not_the_speaker():
    ms = briefs(
        "5月には米国の副大統領がグリーンランドのピツフィク宇宙軍基地を視察し、"
        "デンマークが島の防衛を「怠ってきた」と批判した。"
    )
    assert ("ACCUSE", ("USA",), ("DNK",)) in ms
    assert ("ACCUSE", ("DNK",), ("USA",)) not in ms


def test_un_sanctions_are_imposed_by_the_states_that_push_them():
    ms = briefs("英仏独の3カ国は、国連の制裁を復活させる手続きを始めた。")
    assert not any("UNO" in b[1] for b in ms)
