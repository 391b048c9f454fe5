"""Round 11 (r11lex): missing words and set phrases taken as lexical families, each checked
against all ja sets pooled.

Stationing and basing troops in another state is aid to the host (部隊を駐留させる, 基地を置く,
基地を確保する), a base vacated for the host is a withdrawal (明け渡す); a port call is a military
contact (寄港させる) and warships at anchor a deployment (停泊). Aircraft launched, a national
alert issued and a watch stepped up are a state's mobilisation (発進, Jアラート, 監視を強める);
training given to another state's forces is aid (訓練を施す); communicating through channels is
consultation (意思疎通); a joint body or venture set up is cooperation (合同委員会を設ける,
共同事業体を設立); an air drill of several states is joint. A measure lifted or halted in part
is still that measure (制裁の多くを解除), and breaking off said as a noun is a sanction
(協定の打ち切りを宣言). Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # troops stationed by a causative
            "ロシアはタジキスタンに約7千人の部隊を駐留させている。",
            ("AID", ("RUS",), ("TJK",)),
        ),
        (  # a base kept in another state
            "フランスはジブチに基地を置き、アフリカ東部での作戦を支えてきた。",
            ("AID", ("FRA",), ("DJI",)),
        ),
        (  # a base secured abroad
            "中国は海外の軍事拠点をスリランカに確保しようとしている。",
            ("AID", ("CHN",), ("LKA",)),
        ),
        (  # a base vacated for the host
            "米軍はシリア東部の基地をシリア側に明け渡した。",
            ("RETREAT", ("USA",), ("SYR",)),
        ),
        (  # training given to another state's forces
            "英国はウクライナ軍の兵士に訓練を施している。",
            ("AID", ("GBR",), ("UKR",)),
        ),
        (  # part of the sanctions lifted
            "欧州連合はベネズエラへの制裁の一部を解除した。",
            ("RETREAT", ("EUR",), ("VEN",)),
        ),
        (  # breaking off an agreement said as a noun, declared
            "ニジェールは米国との軍事協定の打ち切りを宣言した。",
            ("SANCTION", ("NER",), ("USA",)),
        ),
        (  # a law halting cooperation put into force
            "イラン、IAEAとの協力停止法を施行",
            ("SANCTION", ("IRN",), ("IGO",)),
        ),
    ],
)
def test_a_directed_family_word_is_coded(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


@pytest.mark.parametrize(
    "text, event, parties",
    [
        ("韓国軍は戦闘機を発進させて北朝鮮の動きに備えた。", "MOBILIZE", {"KOR"}),
        ("台湾の国防部は中国軍の動向について監視を強めている。", "MOBILIZE", {"TWN"}),
        ("日本政府は沖縄県にJアラートを出した。", "MOBILIZE", {"JPN"}),
        ("ロシア海軍の艦艇2隻がシリアのタルトゥス港に停泊している。", "MOBILIZE", {"RUS"}),
        ("日本政府は海上自衛隊の護衛艦をベトナムの港に寄港させる。", "COOPERATE", {"JPN", "VNM"}),
        ("日本と韓国は外交ルートを通じて緊密に意思疎通してきた。", "CONSULT", {"JPN", "KOR"}),
        ("米国とフィリピンは共同開発を担う合同委員会を設けた。", "COOPERATE", {"USA", "PHL"}),
        ("日英伊は3カ国の企業による共同事業体を設立した。", "COOPERATE", {"JPN", "GBR", "ITA"}),
        ("米国と日本が東シナ海の上空で空中訓練を実施した。", "COOPERATE", {"USA", "JPN"}),
    ],
)
def test_an_undirected_family_word_is_coded(text: str, event: str, parties: set) -> None:
    found = [(m.event, {a.code for a in m.actor + m.recipient}) for m in code(text)]
    assert (event, parties) in found


@pytest.mark.parametrize(
    "text, absent",
    [
        # a unit described as stationed tells no act of stationing
        ("ニジェールに駐留する米軍部隊の規模は約1000人だった。", "AID"),
        # territory held is no base vacated
        ("フィリピン大統領は「領土は決して明け渡さない」と述べた。", "RETREAT"),
        # 警戒態勢に置く stays the alert posture, no base kept
        ("北朝鮮は軍を警戒態勢に置いた。", "AID"),
        # a body's watch named, not stepped up
        ("エジプトなど各国も停戦監視の枠組みに加わる。", "MOBILIZE"),
        # a plan frozen is no sanction, even in part
        ("政府は計画の一部を停止した。", "SANCTION"),
        # a base kept at a place names no host: no deployment told either
        ("ロシアはタルトゥスに海軍基地を置いている。", "MOBILIZE"),
        # strategic communication is the partners' cooperation, no consultation
        ("中国とロシアは戦略的意思疎通を強化した。", "CONSULT"),
        # a craft that took off from a ship is no launch of aircraft by a state
        ("中国海警局の船から発進したヘリコプターが領空を侵犯した。", "MOBILIZE"),
    ],
)
def test_a_family_word_outside_its_reading_is_not_coded(text: str, absent: str) -> None:
    assert absent not in [m.event for m in code(text)]


def test_a_joint_mechanism_set_up_is_cooperation() -> None:
    found = [
        (m.event, {a.code for a in m.actor + m.recipient})
        for m in code("インドとバングラデシュは国境の合同調整メカニズムを設置した。")
    ]
    assert ("COOPERATE", {"IND", "BGD"}) in found
