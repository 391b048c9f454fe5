"""Round 23 (r23lex): words and set phrases the lexicon lacked, as classes over the blind sets.

Ties cut with 断つ / 断ち切る are a SANCTION; countermeasures weighed
(対抗措置を検討) are the measure in view; another state's act approved (容認) is a SUPPORT; an
act said to have to come first (…の撤退が先だ, …することが先決だ) or made a precondition
(…を前提条件とする) is demanded of its doer (REQUEST).
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("ソロモン諸島政府は台湾との外交関係を断ち、中国と国交を結んだ。", ("TWN",)),
        ("北朝鮮は韓国とのあらゆる交流を断ち切ると宣言した。", ("KOR",)),
    ],
)
def test_ties_cut_are_a_sanction(sentence, target):
    assert [b for b in briefs(sentence) if b[0] == "SANCTION" and b[2] == target]
    # a supply line cut in a war is no sanction
    assert not [b for b in briefs("米軍はイラク軍の補給を断った。") if b[0] == "SANCTION"]


def test_countermeasures_weighed_are_the_measure_in_view():
    found = code("英政府は、イランへの対抗措置を検討している。")
    (m,) = [m for m in found if m.event == "SANCTION"]
    assert (m.actor[0].code, m.recipient[0].code) == ("GBR", "IRN")
    assert m.factuality in ("planned", "possible")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("米政府は、日本の原潜建造を容認した。", ("SUPPORT", ("USA",), ("JPN",))),
        ("豪州の空母保有、米国が容認", ("SUPPORT", ("USA",), ("AUS",))),
    ],
)
def test_an_act_approved_is_support(sentence, expected):
    assert expected in briefs(sentence)
    # an act not tolerated is no support
    refused = briefs("イスラエルは、シリアにトルコの基地ができることは容認しないと述べた。")
    assert not [b for b in refused if b[0] == "SUPPORT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("英国は、アルゼンチン軍の撤退が先だと主張した。", ("REQUEST", ("GBR",), ("ARG",))),
        (
            "米国は、北朝鮮が核計画を放棄することが先決だとの立場を崩していない。",
            ("REQUEST", ("USA",), ("PRK",)),
        ),
        (
            "中国は、インド軍の撤退を国境協議の前提条件とする姿勢だ。",
            ("REQUEST", ("CHN",), ("IND",)),
        ),
    ],
)
def test_an_act_that_must_come_first_is_demanded(sentence, expected):
    assert expected in briefs(sentence)
