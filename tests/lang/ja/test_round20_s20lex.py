"""Round 20 studied (s20lex): words and set phrases blind20 left out.

Forces setting out for another state are sent there (出発 with a state ahead); a
maritime security operation ordered is a deployment (海上警備行動を発令); arms deliveries
halted are a sanction (引き渡しを停止); a vessel judged a spy ship is a charge (工作船と断定).
"""

from __future__ import annotations

from .test_coder import HOME, briefs, briefs_of


def test_forces_setting_out_for_a_state_are_sent_there():
    got = briefs("航空自衛隊の部隊は10日、小牧基地からクウェートに向けて出発した。")
    assert ("AID", ("JPN",), ("KWT",)) in got
    got = briefs("陸上自衛隊の部隊は17日、呉港からカンボジアに向けて出発した。")
    assert ("AID", ("JPN",), ("KHM",)) in got


def test_a_headline_unit_setting_out_for_a_state():
    assert ("AID", ("JPN",), ("KHM",)) in briefs("PKO派遣の自衛隊、カンボジアへ出発")


def test_a_leader_setting_out_is_no_sending():
    got = briefs("首相は17日午前、政府専用機で羽田空港を出発した。")
    assert not [b for b in got if b[0] in ("AID", "MOBILIZE")]
    got = briefs("金正恩総書記は5日、専用列車で北京を出発し、帰国の途についた。")
    assert not [b for b in got if b[0] in ("AID", "MOBILIZE")]


def test_a_starting_point_is_no_departure():
    got = briefs("外相は、国交樹立を両国関係の新たな出発点としたいと述べた。")
    assert not [b for b in got if b[0] in ("AID", "MOBILIZE")]


def test_ships_setting_out_for_a_place_are_deployed():
    got = briefs("中国海軍の艦隊が青島を出港した。")
    assert ("MOBILIZE", ("CHN",), ()) in got


def test_a_launch_at_a_state_stays_an_attack():
    assert ("ASSAULT", ("PRK",), ("JPN",)) in briefs("北朝鮮は日本に向けてミサイルを発射した。")


def test_maritime_security_operation_ordered():
    got = briefs_of(
        "MOBILIZE", HOME + "政府は24日、首相の承認を得て海上警備行動を発令しました。", "1999-03-24"
    )
    assert got == [("MOBILIZE", ("JPN",), ())]


def test_arms_deliveries_halted_are_a_sanction():
    got = briefs("ソ連政府はイラクへの武器の引き渡しを停止したと発表した。")
    assert ("SANCTION", ("SUN",), ("IRQ",)) in got


def test_a_vessel_judged_a_spy_ship_is_a_charge():
    got = briefs(HOME, "政府は2隻を北朝鮮の工作船と断定し、追跡を続けた。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in got
