"""Round 24 (r24blame): accusations phrased as evaluations.

A speaker state judges another's act without a censure word: it calls it the root of trouble
(元凶), a planned crime (犯行) or a robber's act (強盗的な行為), says it threw cold water on talks
(冷水を浴びせ), gives its unilateral attitude as the cause (一方的な態度を取ったため), calls its
involvement evident (関与していることは明白), or says it should have done otherwise
(…すべきだったとの考えを伝えた, to the state addressed). A view stated on a quote
(「…犯行」だとの見方を示した) is the speaker's words; a discontent voiced (不満をにじませた,
不満を示した) censures. Self-criticism, a refusal heard from others inside the quote and a
discontent felt at home are no ACCUSE.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the root of the trouble
            "イラン外務省は、米国こそが中東の混乱の元凶であると指摘した。",
            ("ACCUSE", ("IRN",), ("USA",)),
        ),
        (  # cold water thrown on talks, judged by a speaker
            "北朝鮮外務省は、米国の追加制裁は交渉の機運に冷水を浴びせていると指摘した。",
            ("ACCUSE", ("PRK",), ("USA",)),
        ),
        (  # a unilateral attitude given as the cause
            "北朝鮮の国営通信は、金委員長が「米国が一方的で誠意のない態度を取ったため、"
            "交渉は行き詰まった」と指摘したと伝えた。",
            ("ACCUSE", ("PRK",), ("USA",)),
        ),
        (  # involvement called evident
            "ロシア外務省は、英国の情報機関が今回の騒動に深く関与していることは明白だと述べた。",
            ("ACCUSE", ("RUS",), ("GBR",)),
        ),
        (  # involvement backed by evidence
            "米国務省は、シリアが爆破事件に関与した確かな証拠があると述べた。",
            ("ACCUSE", ("USA",), ("SYR",)),
        ),
        (  # a robber's act, in quotes
            "中国外務省は「フィリピンの拿捕は強盗のような行為だ」と断じた。",
            ("ACCUSE", ("CHN",), ("PHL",)),
        ),
    ],
)
def test_an_act_judged_without_a_censure_word_is_an_accusation(sentence, expected):
    assert expected in briefs(sentence)


def test_a_view_stated_on_a_quote_judges_the_doer():
    # 「…による計画的な犯行」だとの見方を示した: the view is the speaker's words
    (m,) = [
        m
        for m in code("インド政府は、爆破は「パキスタンによる計画的な犯行」だとの見方を示した。")
        if m.event == "ACCUSE"
    ]
    assert brief(m) == ("ACCUSE", ("IND",), ("PAK",))
    assert m.factuality == "asserted"
    assert m.claimed_by is not None and m.claimed_by.text == "インド政府"


def test_a_reproach_said_to_a_state_blames_it():
    # …すべきだったとの考えを伝えた, addressed to a state: the state told is blamed
    assert ("ACCUSE", ("FRA",), ("MLI",)) in briefs(
        "フランスの外相はマリ政府に対し、事前に仏側に通告すべきだったとの考えを伝えた。"
    )


def test_a_refusal_in_a_quote_with_another_sides_protest_still_blames():
    # 国際社会の抗議 inside the quote is another's protest, not the speaker's censure
    assert ("ACCUSE", ("KOR",), ("PRK",)) in briefs(
        "韓国大統領は「北朝鮮は国際社会の強い抗議を顧みず実験を強行したもので、"
        "決して容認できない」と述べた。"
    )


def test_a_discontent_voiced_at_a_state_is_an_accusation():
    assert ("ACCUSE", ("ARM",), ("RUS",)) in briefs(
        "アルメニアは、ロシアが同盟国としてアルメニアを守らなかったと不満を示してきた。"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # self-criticism: the one that should have acted is the speaker itself
        "日本政府は、日本はもっと早く対応すべきだったとの考えを示した。",
        # a discontent felt at home is voiced at no state
        "国内では政府の物価対策に不満が高まっている。",
        # cold water as a weather report, no speaker judges
        "寒波で北海道は冷え込み、各地で水道管が凍った。",
    ],
)
def test_no_accusation(sentence):
    assert of_kind("ACCUSE", sentence) == []


def test_a_negated_judgement_blames_no_one():
    # 元凶ではない: the judgement is denied
    found = [
        brief(m)
        for m in code("中国外務省は、米国が地域の緊張の元凶ではないと述べた。")
        if m.event == "ACCUSE"
    ]
    assert ("ACCUSE", ("CHN",), ("USA",)) not in found
