"""Round 26 (lex2): missing words and set phrases (blind27/blind28 class LEX).

Spec §6: sanctions told by what is suspended or frozen (関税優遇を停止, 引き渡しを凍結) are
SANCTION; a pardon of another state's nationals releases them (RETREAT); a proposal put to a
state, or a hope or expectation that it act, asks it (REQUEST); warplanes arriving or landing
are a force moved (MOBILIZE), a transport plane bringing troops an AID; troops going home or
leaving an alliance's command withdraw (RETREAT); a state that becomes a member joins (SUPPORT).
"""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_tariff_preferences_suspended_are_a_sanction() -> None:
    text = "中国商務省は、台湾からの輸入品に対する関税優遇措置を来月から停止すると発表した。"
    got = of_kind("SANCTION", text)
    assert got == [("SANCTION", ("CHN",), ("TWN",))]


def test_deliveries_frozen_are_a_sanction() -> None:
    got = of_kind("SANCTION", "米政府は、パキスタンへの攻撃ヘリの引き渡しを凍結した。")
    assert got == [("SANCTION", ("USA",), ("PAK",))]


def test_pardon_releases_the_prisoners() -> None:
    got = of_kind("RETREAT", "イラン政府は、拘束していた英国人船員3人に特赦を与えた。")
    assert got == [("RETREAT", ("IRN",), ("GBR",))]


def test_proposal_to_a_state_is_a_request() -> None:
    got = of_kind("REQUEST", "日本政府はロシアに外相会談の開催を提案した。")
    assert got == [("REQUEST", ("JPN",), ("RUS",))]


def test_hope_and_expectation_that_another_side_act_are_requests() -> None:
    got = of_kind("REQUEST", "韓国政府は、日本が合意を誠実に履行するよう希望した。")
    assert got == [("REQUEST", ("KOR",), ("JPN",))]
    got = of_kind("REQUEST", "米大統領は、イランが査察を受け入れることを期待すると述べた。")
    assert got == [("REQUEST", ("USA",), ("IRN",))]


def test_warplanes_arriving_or_landing_are_a_force_moved() -> None:
    got = of_kind("MOBILIZE", "フランス空軍の戦闘機3機が、沖縄の嘉手納基地に着陸した。")
    assert got == [("MOBILIZE", ("FRA",), ())]
    got = of_kind("MOBILIZE", "中国の爆撃機2機がパキスタンに到着した。")
    assert got == [("MOBILIZE", ("CHN",), ())]


def test_transport_plane_landing_brings_aid() -> None:
    got = of_kind("AID", "中国空軍の輸送機2機がセルビアの空港に着陸し、兵士らが降り立った。")
    assert got == [("AID", ("CHN",), ("SRB",))]


def test_state_receives_no_state_visit_of_a_private_plane() -> None:
    assert briefs("大統領の専用機が北京に到着した。") == []


def test_troops_returning_home_and_leaving_a_command_withdraw() -> None:
    got = of_kind("RETREAT", "米軍の部隊がイラクからクウェート領内に戻った。")
    assert got == [("RETREAT", ("USA",), ("IRQ",))]
    got = of_kind("RETREAT", "スペイン軍は来月、NATOの指揮下を離れる。")
    assert got == [("RETREAT", ("ESP",), ("NATO",))]


def test_boycott_and_membership() -> None:
    text = "南アフリカは、アフリカ連合の首脳会議への参加をボイコットすると表明した。"
    got = of_kind("SANCTION", text)
    assert [a for _, a, _ in got] == [("ZAF",)]
    got = of_kind("SUPPORT", "北マケドニアは27日、NATOの30番目の加盟国となった。")
    assert got == [("SUPPORT", ("MKD",), ("NATO",))]
