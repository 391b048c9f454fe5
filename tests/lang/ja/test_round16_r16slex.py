"""Round 16 (r16slex): words and set phrases blind16 left out, checked as families.

Sentences of our own: a ship seized at sea (拿捕: ASSAULT), an air defence identification
zone set up (MOBILIZE), trade, works, investment and grants cut off (SANCTION), compliance
called into question (ACCUSE), understanding shown for a stance and a stance upheld
(SUPPORT); near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _events(*paragraphs: str) -> list[str]:
    return [m.event for m in code(*paragraphs)]


def test_seizing_a_ship_is_an_attack_on_its_flag_state():
    assert briefs("ロシアは5日、日本の漁船を拿捕した。") == [("ASSAULT", ("RUS",), ("JPN",))]
    (m,) = code("イランの革命防衛隊は20日、英国のタンカーを拿捕した。")
    assert brief(m) == ("ASSAULT", ("IRN",), ("GBR",)) and m.trigger == "拿捕"


def test_setting_up_an_air_defence_zone_is_a_mobilisation():
    assert briefs("中国国防省は23日、東シナ海に防空識別圏を設定したと発表した。") == [
        ("MOBILIZE", ("CHN",), ())
    ]
    # a date or a rule set is nothing
    assert _events("中国政府は会議の日程を設定した。") == []


def test_trade_works_investment_and_grants_cut_off_are_sanctions():
    assert briefs("韓国政府は北朝鮮との交易を中断すると発表した。") == [
        ("SANCTION", ("KOR",), ("PRK",))
    ]
    assert ("SANCTION", ("KOR",), ("PRK",)) in briefs(
        "韓国政府は北朝鮮との開城工業団地の操業を全面的に中断した。"
    )
    assert briefs("サウジアラビアはカナダとの新たな貿易や投資を凍結した。") == [
        ("SANCTION", ("SAU",), ("CAN",))
    ]
    assert briefs("サウジアラビアはカナダへの奨学金の支給を打ち切った。") == [
        ("SANCTION", ("SAU",), ("CAN",))
    ]


def test_questioning_compliance_is_an_accusation():
    assert briefs("中国外務省は、オーストラリアが核不拡散の義務を守っているのか疑問を呈した。") == [
        ("ACCUSE", ("CHN",), ("AUS",))
    ]


def test_understanding_shown_for_a_stance_is_support():
    assert briefs("日本政府は米国の立場に理解を示した。") == [("SUPPORT", ("JPN",), ("USA",))]
    # asking for understanding is a request, and mutual understanding deepened is no support
    assert "SUPPORT" not in _events("日本政府は米国に理解を求めた。")
    assert "SUPPORT" not in _events("両国は相互理解を深めることで一致した。")


def test_a_stance_upheld_is_support_not_aid():
    assert briefs("英国はフランスの立場を支える考えを示した。") == [("SUPPORT", ("GBR",), ("FRA",))]
    assert briefs("米国は日本の立場を支える姿勢を示した。") == [("SUPPORT", ("USA",), ("JPN",))]


def test_a_patrol_of_a_states_forces_is_a_mobilisation():
    assert briefs("中国空軍は東シナ海の識別区を常態的に巡回する。") == [("MOBILIZE", ("CHN",), ())]
    # a touring exhibition is no patrol
    assert _events("東京の美術館は巡回展を開いた。") == []
