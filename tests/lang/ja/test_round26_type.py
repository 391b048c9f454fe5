"""Round 26 (type): strikes on non-state groups, missions sent to, treaties left, resolutions
accepted, borders reopened, applications to join.

Spec §6 and the adjudicated gold: a strike on a non-state armed group fought with the host's
consent is the striker's MOBILIZE, not an ASSAULT on the host; officers sent to a monitoring
mission are AID to the IGO; leaving a treaty is a SANCTION; accepting a resolution an AGREE with
the body that adopted it; a border reopened a RETREAT; an application to join a REQUEST.
"""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_strike_on_a_named_group_is_the_strikers_own_operation() -> None:
    got = briefs("米軍はイラク北部でアルカイダの訓練施設に対して空爆を実施した。")
    assert ("MOBILIZE", ("USA",), ()) in got
    assert not [b for b in got if b[0] == "ASSAULT"]


def test_strike_at_the_hosts_request_is_no_attack_on_it() -> None:
    got = briefs("フランス軍はマリ政府の要請を受け、武装勢力の拠点を空爆した。")
    assert ("MOBILIZE", ("FRA",), ()) in got
    assert not [b for b in got if b[0] == "ASSAULT"]


def test_group_struck_in_another_states_land_stays_an_attack_on_it() -> None:
    got = of_kind("ASSAULT", "トルコ軍は隣国イラク北部にある武装組織の拠点を空爆した。")
    assert ("ASSAULT", ("TUR",), ("IRQ",)) in got
    got = of_kind("ASSAULT", "イスラエル軍はシリアの首都ダマスカスで、民兵組織の施設を攻撃した。")
    assert ("ASSAULT", ("ISR",), ("SYR",)) in got


def test_officers_sent_to_a_monitoring_mission_aid_it() -> None:
    got = of_kind("AID", "カナダ政府は停戦監視団に将校１０人を送ることを決めた。")
    assert got == [("AID", ("CAN",), ("IGO",))]
    assert not of_kind("RETREAT", "カナダ政府は停戦監視団に将校１０人を送ることを決めた。")
    got = of_kind(
        "AID",
        "ノルウェーは多国籍軍・監視団（ＭＦＯ）に幕僚を派遣している。",
        published="2020-01-10",
    )
    assert got == [("AID", ("NOR",), ("IGO",))]


def test_treaty_left_by_its_acronym_or_proclaimed() -> None:
    got = of_kind("SANCTION", "米国はＡＢＭ条約からの脱退を宣布した。", published="2001-12-14")
    assert got == [("SANCTION", ("USA",), ())]
    got = of_kind("SANCTION", "北朝鮮はＮＰＴからの脱退を通告した。", published="2003-01-11")
    assert got == [("SANCTION", ("PRK",), ())]


def test_resolution_accepted_is_agreed_with_the_body() -> None:
    got = of_kind(
        "AGREE", "イラクは国連安保理の決議687を受け入れると通告した。", published="1991-04-07"
    )
    assert got == [("AGREE", ("IRQ",), ("UNO",))]
    got = briefs("イラクは安保理の停戦決議を受諾した。")
    assert not [b for b in got if b[0] == "RETREAT"]


def test_border_reopened_lifts_the_closure() -> None:
    got = of_kind("RETREAT", "トルコはアルメニアとの国境を再開すると発表した。")
    assert got == [("RETREAT", ("TUR",), ("ARM",))]


def test_application_to_join_is_a_request_to_the_body() -> None:
    got = briefs("ジョージアは欧州連合（EU）への加盟を正式に申請した。")
    assert ("REQUEST", ("GEO",), ("EUR",)) in got
    assert not [b for b in got if b[0] == "SUPPORT"]
