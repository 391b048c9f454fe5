"""Round 30 (r30type): the type follows what moves, not the verb of motion.

A warship's or a fleet's 来日 or 到着 is a port call (MOBILIZE), not a visit; a combat unit
arriving is the sender's own move; marines landing with a multinational force come to help;
firing at a state's side is an attack; a claim given up asks nothing (blind34 008, blind35
009, 011, 012, 017, 025, 029; rulings 6 and 11).
"""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_warship_coming_to_japan_is_a_port_call():
    assert briefs("英海軍の哨戒艦が来日した。") == [("MOBILIZE", ("GBR",), ("JPN",))]
    assert of_kind("CONSULT", "仏艦艇、約10年ぶり来日") == []


def test_warship_coming_told_as_a_noun_is_a_port_call():
    assert of_kind("CONSULT", "イタリアの空母が横浜に寄港した。伊艦の来日は5年ぶりだ。") == []


def test_minister_coming_to_japan_stays_a_visit():
    assert briefs("フランスのバロ外相が来日した。") == [("CONSULT", ("FRA",), ("JPN",))]


def test_fleet_arriving_is_not_troops_sent_to_help():
    assert briefs("中国海軍の艦隊が17日、パキスタンに到着した。") == [("MOBILIZE", ("CHN",), ())]


def test_paratroopers_arriving_move_on_their_own_errand():
    got = briefs("ロシアの空挺部隊の先遣隊約300人が12日、セルビアの首都ベオグラードに到着した。")
    assert got == [("MOBILIZE", ("RUS",), ())]


def test_police_unit_arriving_still_helps_the_host():
    got = briefs("ケニア警察の部隊がハイチの首都に到着した。")
    assert got == [("AID", ("KEN",), ("HTI",))]


def test_marines_landing_with_a_multinational_force_help():
    text = "多国籍軍の先遣部隊として、米海兵隊約1000人がハイチの海岸に上陸した。"
    assert of_kind("ASSAULT", text) == []
    assert of_kind("AID", text) == [("AID", ("USA",), ("HTI",))]


def test_landing_without_a_mission_stays_an_attack():
    assert briefs("ロシア軍がウクライナ南部の海岸に上陸した。") == [("ASSAULT", ("RUS",), ("UKR",))]


def test_firing_at_a_states_side_is_an_attack():
    assert briefs("北朝鮮軍が韓国側に射撃を加えた。") == [("ASSAULT", ("PRK",), ("KOR",))]


def test_firing_toward_the_sea_stays_a_show_of_force():
    assert briefs("北朝鮮軍は黄海に向けて射撃を行った。") == [("MOBILIZE", ("PRK",), ())]


def test_claim_given_up_asks_nothing():
    assert of_kind("REQUEST", "インドは、パキスタンに対する賠償請求権を放棄した。") == []
    assert of_kind("REQUEST", "韓国は日本に対する戦争賠償の請求を放棄した。") == []


def test_claim_made_is_still_a_request():
    assert briefs("北朝鮮は日本に賠償を請求した。") == [("REQUEST", ("PRK",), ("JPN",))]


def test_special_forces_sent_to_a_partner_stay_aid():
    got = briefs("北朝鮮の特殊部隊の兵士1000人がロシア西部に到着した。")
    assert got == [("AID", ("PRK",), ("RUS",))]
