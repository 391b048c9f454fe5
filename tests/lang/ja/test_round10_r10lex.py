"""Round 10 (r10lex): blame said as a judgement inside a quote, and word families the
blind9 set showed missing, each checked against all ja sets pooled.

A quote that judges a state's act as harm or wrong (「…を侵害するものだ」, 「…は誤りだ」,
「…脅威」と位置づけた, 「断じて容認できない」) is a censure of that state by the speaker,
whose target is the quoted clause's subject, the framing verb's object, a について-phrase
or the subject of a こと-clause before the quote; under a condition it is a warning, and a
negated judgement (脅威ではない) blames no one. Flares fired, operations launched, a unit
stationed in another state, closing ranks, words exchanged and an act ordered are events.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the state named in a について-phrase
            "ロシア外務省の報道官は、スウェーデンの加盟について「わが国の国益を侵害するものだ」と述べた。",
            ("ACCUSE", ("RUS",), ("SWE",)),
        ),
        (  # the quoted clause's own subject
            "中国外務省の報道官は「日本の決定は明白な誤りだ」と述べた。",
            ("ACCUSE", ("CHN",), ("JPN",)),
        ),
        (  # the object of a framing verb
            "英国政府は、イランを中東の安定に対する「重大な脅威」と位置づけた。",
            ("ACCUSE", ("GBR",), ("IRN",)),
        ),
        (  # the subject of a こと-clause before the quote
            "韓国国防省は、中国が黄海に艦艇を集結させていることは「地域の安定を損なう」と指摘した。",
            ("ACCUSE", ("KOR",), ("CHN",)),
        ),
        (  # an intolerable act, its doer named inside the quote
            "日本の防衛相は「中国の意図にかかわらず、領海侵入は断じて容認できない」と述べた。",
            ("ACCUSE", ("JPN",), ("CHN",)),
        ),
        (  # an obstruction told as the quoted clause's own act
            "中国国防省は「日本の哨戒機が訓練空域に接近し、正常な訓練を妨害した」と主張した。",
            ("ACCUSE", ("CHN",), ("JPN",)),
        ),
        (  # an unlawful entry claimed of the subject before the quote
            "中国海警局は、フィリピンの補給船が「警告を無視して違法に侵入した」と主張した。",
            ("ACCUSE", ("CHN",), ("PHL",)),
        ),
        (  # a judgement reported with とする
            "韓国政府は「日本側の措置は極めて遺憾だ」としている。",
            ("ACCUSE", ("KOR",), ("JPN",)),
        ),
    ],
)
def test_a_quoted_judgement_blames_the_doer(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


@pytest.mark.parametrize(
    "blamed, unblamed",
    [
        (  # under a condition it is a warning, not a censure
            "ロシアの大統領は、日本の決定は「大きな誤りだ」と述べた。",
            "ロシアの大統領は、日本がウクライナに兵器を供与するなら「大きな誤りになる」と述べた。",
        ),
        (  # negated: no one is blamed
            "中国の主席は「米国は中国の脅威だ」と述べた。",
            "中国の主席は「米国は中国の脅威ではない」と述べた。",
        ),
    ],
)
def test_no_blame_under_a_condition_or_a_negation(blamed: str, unblamed: str) -> None:
    assert "ACCUSE" in [m.event for m in code(blamed)]
    assert [m for m in code(unblamed) if m.event == "ACCUSE"] == []


def test_a_censure_word_is_coded_once_with_its_quote():
    said = code("中国外務省の報道官は「日本の決定は地域の安定を損なう」と述べた。")
    assert [brief(m) for m in said if m.event == "ACCUSE"] == [("ACCUSE", ("CHN",), ("JPN",))]
    ms = code("中国外務省の報道官は「日本の決定は地域の安定を損なう」と非難した。")
    assert [brief(m) for m in ms if m.event == "ACCUSE"] == [("ACCUSE", ("CHN",), ("JPN",))]


def test_a_second_topic_after_a_speaker_with_mo_is_the_target():
    ms = code("中国外務省の報道官も同日、日本政府は「歴史を忘れた」と非難した。")
    assert [brief(m) for m in ms if m.event == "ACCUSE"] == [("ACCUSE", ("CHN",), ("JPN",))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("航空自衛隊の戦闘機は警告のためフレアを使用した。", ("MOBILIZE", ("JPN",), ())),
        ("欧州連合は紅海で商船を護衛する作戦を立ち上げた。", ("MOBILIZE", ("EUR",), ())),
        ("北大西洋条約機構は新たな監視作戦を始めた。", ("MOBILIZE", ("NATO",), ())),
        ("ドイツ軍の旅団がリトアニアに常駐を始めた。", ("AID", ("DEU",), ("LTU",))),
        ("中国海警局の船3隻が尖閣諸島周辺の領海に侵入した。", ("MOBILIZE", ("CHN",), ())),
        ("ロシア海軍の駆逐艦が宗谷海峡を航行した。", ("MOBILIZE", ("RUS",), ())),
        ("マリとニジェールは結束を強めている。", ("COOPERATE", ("MLI",), ("NER",))),
        ("ロシアの大統領は予備役の動員を指示した。", ("MOBILIZE", ("RUS",), ())),
        (
            "中国国防省は、ロシア軍と合同空中戦略巡航を行ったと発表した。",
            ("COOPERATE", ("CHN",), ("RUS",)),
        ),
    ],
)
def test_new_words_code_their_event(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


def test_an_operation_is_a_deployment_only_when_launched():
    launched = code("ロシア軍は国境地帯で新たな作戦を開始した。")
    assert ("MOBILIZE", ("RUS",), ()) in [brief(m) for m in launched]
    supported = code("北朝鮮はロシアがウクライナで行っている特別軍事作戦への支持を表明した。")
    assert "MOBILIZE" not in [m.event for m in supported]
    countered = code("イランはイスラエルへの反撃作戦を開始した。")
    assert ("ASSAULT", ("IRN",), ("ISR",)) in [brief(m) for m in countered]
