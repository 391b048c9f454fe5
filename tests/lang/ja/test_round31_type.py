"""Round 31 (type): a bid agreed on, machinations charged, joint production for a state."""

from __future__ import annotations

from .test_coder import brief, code, of_kind


def test_a_bid_agreed_on_is_no_joining():
    # the bid is the content of the agreement (blind36 026), not a joining told
    assert of_kind("SUPPORT", "EU首脳会議、トルコとセルビアの「将来の加盟」で合意") == []
    assert of_kind("SUPPORT", "ASEAN、東ティモールの早期加盟で一致した。") == []
    assert of_kind("SUPPORT", "首脳らはスウェーデンの加盟について合意した。") == []


def test_a_joining_told_stays_support():
    assert of_kind("SUPPORT", "フィンランドは昨年4月、NATOに加盟した。") == [
        ("SUPPORT", ("FIN",), ("NATO",))
    ]
    assert ("SUPPORT", ("MNE",), ("NATO",)) in [
        brief(m) for m in code("モンテネグロはNATOに加盟し、合意を歓迎した。")
    ]


def test_machinations_charged_are_no_aggression():
    said = "議長は演説で、条約は米国とその手先である韓国の侵略策動を粉砕するものだと述べた。"
    assert of_kind("ASSAULT", said) == []
    assert of_kind("ASSAULT", "平壌放送は、米国と日本の戦争策動を許さないと述べた。") == []


def test_machinations_under_a_charge_verb_and_aggression_kept():
    assert of_kind("ACCUSE", "朝鮮中央通信は、米国と韓国の戦争策動を糾弾した。") == [
        ("ACCUSE", ("PRK",), ("USA", "KOR"))
    ]
    assert of_kind("ASSAULT", "ロシア軍は2月、ウクライナに侵攻した。") == [
        ("ASSAULT", ("RUS",), ("UKR",))
    ]


def test_joint_production_for_a_state_is_aid():
    assert of_kind("AID", "米国は台湾向け戦闘機の共同生産を決めた。") == [
        ("AID", ("USA",), ("TWN",))
    ]
    assert of_kind("AID", "米国はエジプト向け戦車の共同生産を始めた。") == [
        ("AID", ("USA",), ("EGY",))
    ]


def test_joint_production_between_partners_stays_cooperation():
    assert of_kind("COOPERATE", "米国と日本はミサイルの共同生産を始めた。") == [
        ("COOPERATE", ("USA",), ("JPN",))
    ]
    assert of_kind("AID", "日本と英国は次期戦闘機の共同生産を始めた。") == []


def test_a_kind_of_state_told_to_act_is_no_request():
    # 「域外国は…べきではない」: no one in particular is told (blind37 011, ruling 19)
    said = "中国外務省の報道官は「域外国は南シナ海問題に干渉すべきではない」と米国を批判した。"
    assert of_kind("REQUEST", said) == []
    assert of_kind("ACCUSE", said) == [("ACCUSE", ("CHN",), ("USA",))]
    assert (
        of_kind(
            "REQUEST", "報道官は「地域の国々は冷戦思考を捨てるべきだ」と述べ、日本をけん制した。"
        )
        == []
    )


def test_a_state_told_to_act_stays_a_request():
    said = "中国外務省の報道官は「米国は南シナ海問題に干渉すべきではない」と批判した。"
    assert of_kind("REQUEST", said) == [("REQUEST", ("CHN",), ("USA",))]
    assert of_kind(
        "REQUEST", "中国外務省の報道官は「日米は南シナ海の問題に口出しすべきではない」と反発した。"
    ) == [("REQUEST", ("CHN",), ("JPN", "USA"))]


def test_a_ga_subject_before_a_genitive_subject_clause_is_the_verb_above():
    # 前例のない: the relative clause has its subject in の, so 北朝鮮が is 繰り返す's
    text = (
        "日米韓の3大臣は会談した。3大臣は、今年に入り、極超音速ミサイルを含め、"
        "北朝鮮が前例のない頻度でミサイルの発射を繰り返していることを非難した。"
    )
    assert of_kind("MOBILIZE", text) == [("MOBILIZE", ("PRK",), ())]
    assert of_kind("COOPERATE", text) == []
    text = (
        "日米の外相は会談した。両外相は、巡航ミサイルを含め、"
        "ロシアが類のない規模でミサイルの発射を続けていることを非難した。"
    )
    assert of_kind("MOBILIZE", text) == [("MOBILIZE", ("RUS",), ())]


def test_a_ga_subject_of_its_own_clause_stays():
    assert of_kind(
        "ASSAULT", "日本政府は、ロシアが前例のない規模でウクライナに侵攻したことを非難した。"
    ) == [("ASSAULT", ("RUS",), ("UKR",))]
    assert of_kind("MOBILIZE", "北朝鮮は弾道ミサイルを発射した。") == [("MOBILIZE", ("PRK",), ())]


def test_a_pair_of_states_read_as_an_adjective_names_the_meeting():
    assert of_kind("CONSULT", "米ロ首脳会談が開かれた。", published="2021-06-17") == [
        ("CONSULT", ("USA",), ("RUS",))
    ]
    assert of_kind("CONSULT", "米ロ外相会談、核軍縮で一致", published="2021-06-17") == [
        ("CONSULT", ("USA",), ("RUS",))
    ]
    assert of_kind("CONSULT", "日米首脳会談が開かれた。", published="2021-06-17") == [
        ("CONSULT", ("JPN",), ("USA",))
    ]
