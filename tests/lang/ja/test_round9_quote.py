"""Round 9 (ja9quote): what a quote does by being said (demands.py, frames.py).

A deontic modal ending a quote (べきだ, なければならない, てほしい) is the speaker's demand
on the quoted clause's subject: REQUEST speaker -> subject, claimed by the speaker; not
when the subject is the speaker's own side (わが国は) or names no state. A quote calling its
subject the speaker's partner is SUPPORT. A criticism whose quote ends in an adjective
(「…つもりがない」と批判した) is aimed at the quote's subject, not at a partner of an
earlier clause. In a headline, the name right before a quote that stands alone
(X「深刻な懸念」) or that a statement noun reports (X「…」と非難) says it: the actor of a
statement said there, and the claimant of every event inside it. Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected, speaker",
    [
        (
            "韓国の国防相は20日、「北朝鮮は直ちに挑発をやめるべきだ」と強調した。",
            ("REQUEST", ("KOR",), ("PRK",)),
            "韓国の国防相",
        ),
        (
            "ウクライナの外相は「欧州連合（EU）と日本は追加の制裁を急がなければならない」と訴えた。",
            ("REQUEST", ("UKR",), ("EUR", "JPN")),
            "ウクライナの外相",
        ),
        (
            "中国外務省の報道官は、「フィリピンは域外の国と組んで挑発すべきではない」と反発した。",
            ("REQUEST", ("CHN",), ("PHL",)),
            "中国外務省の報道官",
        ),
        (
            "インドの首相は「日本は最も信頼できるパートナーだ」と述べた。",
            ("SUPPORT", ("IND",), ("JPN",)),
            "インドの首相",
        ),
        (  # whose partner it is: the speaker's state, unnamed by the speaker's title here
            "首相は会見で「ベトナムはオーストラリアにとって重要な友好国だ」と述べた。",
            ("SUPPORT", ("AUS",), ("VNM",)),
            "首相",
        ),
    ],
)
def test_a_quote_said_is_an_act_of_its_speaker(text, expected, speaker):
    ms = [m for m in code(text) if m.event == expected[0]]
    assert [brief(m) for m in ms] == [expected]
    (m,) = ms
    assert m.factuality == "asserted"
    assert m.claimed_by is not None and m.claimed_by.text == speaker


def test_a_demand_is_dated_by_its_speech():
    ms = [
        m
        for m in code("ロシアの外相は18日、「米国は軍の配備をやめるべきだ」と述べた。")
        if m.event == "REQUEST"
    ]
    assert [(brief(m), m.date) for m in ms] == [(("REQUEST", ("RUS",), ("USA",)), "2024-10-18")]


@pytest.mark.parametrize(
    "text",
    [
        "日本の首相は「わが国は防衛力を抜本的に強化しなければならない」と述べた。",  # own duty
        "中国外務省の報道官は「関係国は自制を保つべきだ」と述べた。",  # no state named
        "大学の教授は「日本は米国との協議を急ぐべきだ」と話した。",  # no state speaks
        "英国の外相は「ロシアは撤退すべきだ」とは述べなかった。",  # not said
        "習主席は「両国は協力のパートナーだ」と述べた。",  # the speaker's side among them
        "ドイツの首相は「何も排除されるべきではない」とイランについて述べた。",  # indefinite
    ],
)
def test_no_act_without_a_state_speaking_to_another(text):
    assert [m for m in code(text) if m.event in ("REQUEST", "SUPPORT")] == []


def test_a_request_word_after_the_quote_is_coded_once():
    ms = code("米国の大統領は「中国はロシアへの支援をやめるべきだ」と述べ、中国に自制を求めた。")
    assert [brief(m) for m in ms if m.event == "REQUEST"] == [("REQUEST", ("USA",), ("CHN",))]


def test_criticism_ending_in_an_adjective_targets_the_quote_subject():
    ms = code(
        "フランスの大統領は16日、ドイツの首相と会談し、「ロシアは和平に応じる意思がない」と批判した。"
    )
    assert [brief(m) for m in ms if m.event == "ACCUSE"] == [("ACCUSE", ("FRA",), ("RUS",))]


@pytest.mark.parametrize(
    "headline, expected, speaker",
    [
        (  # a quote standing alone after a name: the name says it
            "北朝鮮が弾道ミサイル発射、韓国外務省「深刻な懸念」",
            ("ACCUSE", ("KOR",), ("PRK",)),
            "韓国外務省",
        ),
        (  # the name before a quote that a statement noun reports claims it
            "中国海警局が補給船に放水　フィリピン側「危険な行為」と非難",
            ("ACCUSE", ("PHL",), ("CHN",)),
            "フィリピン側",
        ),
    ],
)
def test_a_headline_speaker_before_its_quote(headline, expected, speaker):
    ms = [m for m in code(headline, "詳細は明らかになっていない。") if m.event == expected[0]]
    assert [brief(m) for m in ms] == [expected]
    assert ms[0].claimed_by is not None and ms[0].claimed_by.text == speaker
