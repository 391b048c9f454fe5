"""Round 23 (r23quo): quote frames whose speaker or judgement the clause structure hid.

A topic that opens a new clause after a chained one (Xは…を行い、Yは「…」と批判した) is the
new clause's speaker; the earlier topic is the doer of the act criticised, not the critic.
A framing verb's object with its doer written by による (Xによる攻撃を「侵略だ」とみなす) names
the state the judgement blames, and みなし (みなす) carries no negation.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected", "speaker"),
    [
        (  # a joint drill criticised by a third state in the next clause
            "日米両国は沖縄で共同訓練を行い、中国外務省は「地域の平和を脅かす」と批判した。",
            ("ACCUSE", ("CHN",), ("JPN", "USA")),
            "中国外務省",
        ),
        (  # the same with a quote that names no state of its own
            "インド軍と米軍は国境近くで合同演習を行い、中国外務省は「両国の合意の精神に反する」"
            "と批判していた。",
            ("ACCUSE", ("CHN",), ("IND", "USA")),
            "中国外務省",
        ),
    ],
)
def test_new_topic_after_a_chained_clause_speaks(sentence, expected, speaker):
    (m,) = [m for m in code(sentence) if m.event == "ACCUSE"]
    assert brief(m) == expected
    assert m.claimed_by is not None and m.claimed_by.text == speaker


def test_topic_of_the_ended_clause_does_not_speak():
    # the parser hangs both topics on 反発; 中国は is the subject of 制限し only
    (m,) = [
        m
        for m in code(
            "中国は豪州産ワインの輸入を制限し、豪州側は中国による「経済的威圧」だと反発した。"
        )
        if m.event == "ACCUSE"
    ]
    assert brief(m) == ("ACCUSE", ("AUS",), ("CHN",))
    assert m.claimed_by is not None and m.claimed_by.text == "豪州側"


def test_framed_object_with_a_doer_is_blamed():
    # Xによる越境攻撃を「主権の侵害だ」とみなす: the doer of the act framed is charged
    assert ("ACCUSE", ("SYR",), ("TUR",)) in briefs(
        "シリア政府はトルコによる越境攻撃を「主権の侵害だ」とみなしている。"
    )


def test_minasu_is_no_negation():
    # みなし is the stem of みなす, not …ない: the framing verb's blame is asserted
    (m,) = of_kind("ACCUSE", "シリア政府はトルコ軍の行動を「主権の侵害だ」とみなしている。")
    assert m == ("ACCUSE", ("SYR",), ("TUR",))
    assert of_kind("ACCUSE", "政府はトルコの越境攻撃を脅威とはみなしていないと説明した。") == []
