"""Round 27 (lex): words and senses missing from the Japanese lexicon.

Military aircraft taking off (離陸) are a force moved, as landing is; warplanes told as
deployed (戦闘機が日本に展開するのは初めて) are, as troops are; a state's planes named by it
(独機, ロシア機) are military aircraft. A legislature voting down a treaty or its
ratification (否決) refuses it; a state giving up a base (基地を手放す) withdraws from it;
payments of aid held back (支援の支払いを停止) are a sanction. An event noun as the の-phrase
of 検討, 計画, 準備 (制裁の検討に入った) is weighed or planned, not done. A headline's bare
noun phrase with の inside (ドイツ空軍の戦闘機　日本に飛来) is the next phrase's subject.
"""

from __future__ import annotations

import pytest

from .test_coder import code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("米国の戦闘機６機が嘉手納基地を離陸した。", ("USA",)),
        ("航空自衛隊のＦ２戦闘機４機が次々と離陸し、グアムへ向かった。", ("JPN",)),
        ("ロシアの戦略爆撃機２機が空軍基地を離陸し、日本海上空を飛行した。", ("RUS",)),
    ],
)
def test_warplanes_taking_off(text: str, actor: tuple[str, ...] | None) -> None:
    got = of_kind("MOBILIZE", text)
    assert got
    if actor:
        assert got[0][1] == actor


def test_airliner_taking_off_is_silent() -> None:
    assert not of_kind("MOBILIZE", "首相を乗せた政府専用機は羽田空港を離陸した。")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("イタリア空軍の戦闘機が日本に展開するのは初めてだ。", ("ITA",)),
        ("英空軍の戦闘機が日本国内に展開したのは初めて。", ("GBR",)),
        ("ロシアの爆撃機２機がベネズエラに展開している。", ("RUS",)),
    ],
)
def test_warplanes_deployed(text: str, actor: tuple[str, ...]) -> None:
    assert [a for _, a, _ in of_kind("MOBILIZE", text)] == [actor]


def test_argument_unfolding_is_silent() -> None:
    assert not code("議論は新たな局面に展開した。")
    assert not code("首相の書簡が大使館に到着した。")


def test_planes_named_by_their_state() -> None:
    text = "ドイツ空軍の戦闘機３機が来日した。独機は前日に百里基地へ到着したばかりだ。"
    got = [m for m in code(text) if m.event == "MOBILIZE"]
    assert [(m.trigger, tuple(a.code for a in m.actor)) for m in got] == [("到着", ("DEU",))]
    got = of_kind("MOBILIZE", "ロシア機がベネズエラの空港に着陸した。")
    assert [a for _, a, _ in got] == [("RUS",)]
    assert not code("日航機が羽田空港に着陸した。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "フィリピン上院は米国との基地協定の批准案を否決した。",
            ("REJECT", ("PHL",), ("USA",)),
        ),
        (
            "フィリピン上院は米国との友好条約の批准案を賛成少数で否決した。",
            ("REJECT", ("PHL",), ("USA",)),
        ),
        (
            "韓国国会は日本との協定の批准同意案を否決した。",
            ("REJECT", ("KOR",), ("JPN",)),
        ),
    ],
)
def test_treaty_voted_down(text: str, expected: tuple) -> None:
    assert of_kind("REJECT", text) == [expected]


def test_budget_voted_down_is_silent() -> None:
    assert not code("議会は来年度の予算案を否決した。")


def test_base_given_up() -> None:
    got = of_kind("RETREAT", "米国はフィリピンのクラーク空軍基地を手放すことを決めた。")
    assert got == [("RETREAT", ("USA",), ("PHL",))]
    got = of_kind("RETREAT", "ロシアはベトナムのカムラン湾の軍港を手放した。")
    assert got == [("RETREAT", ("RUS",), ("VNM",))]
    assert not code("その企業は米国の子会社を手放した。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("米国はエジプトへの軍事援助の支払いを停止した。", ("SANCTION", ("USA",), ("EGY",))),
        (
            "世界銀行はミャンマーへの融資の支払いを停止すると発表した。",
            ("SANCTION", ("IGO",), ("MMR",)),
        ),
    ],
)
def test_payments_held_back(text: str, expected: tuple) -> None:
    assert expected in of_kind("SANCTION", text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ＥＵは対イラン制裁の検討に入った。", "planned"),
        ("米政府は対ロシア制裁の検討を始めた。", "planned"),
        ("ＥＵは対イラン制裁の準備を進めている。", "planned"),
        ("ＥＵは対イラン制裁を発動した。", "asserted"),
    ],
)
def test_event_weighed_as_a_genitive(text: str, label: str) -> None:
    (m,) = [m for m in code(text) if m.event == "SANCTION"]
    assert m.factuality == label


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ドイツ空軍の戦闘機　初めて日本に飛来　空自と共同訓練へ", ("MOBILIZE", ("DEU",), ())),
        ("ロシア軍の爆撃機　ベネズエラに飛来", ("MOBILIZE", ("RUS",), ())),
        ("英空軍の戦闘機　三沢基地に到着", ("MOBILIZE", ("GBR",), ())),
    ],
)
def test_headline_noun_phrase_subject(title: str, expected: tuple) -> None:
    got = of_kind(expected[0], "天気は晴れだった。", title=title)
    assert expected in got
