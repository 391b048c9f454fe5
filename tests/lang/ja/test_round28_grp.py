"""Round 28 (grp): Cold War names read on the article's date, an event noun written as the
subject of the verb that carries it out, and 両首脳 as the leaders who met.

モスクワ and クレムリン speak for the USSR before its end (1991-12-26) and for Russia after;
国民政府 and 国府 are the Republic of China, Taiwan after 1949-12-07 and China before; the
islands it holds off Fujian (金門島, 馬祖島) are Taiwan; US-2 (a flying boat) is no state.
Nも決めた (ロシア総領事館の閉鎖も決めた): も stands for を, the noun is the act and the
sentence's subject is unsaid, the topic before it. 両首脳 after a speaker's report of one
state acting on another (日本がウクライナを支援してきた旨述べ、両首脳は) are the leaders who
met, not the giver and the receiver.
"""

from __future__ import annotations

import pytest

from .test_coder import code, of_kind, people


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("モスクワを訪れた", "1985-05-01", ("SUN",)),
        ("クレムリンは反発した", "1979-12-30", ("SUN",)),
        ("モスクワを訪れた", "2005-05-01", ("RUS",)),
        ("クレムリンは反発した", "2022-03-01", ("RUS",)),
        ("国民政府は声明を出した", "1955-01-01", ("TWN",)),
        ("国民政府は声明を出した", "1937-08-01", ("CHN",)),
        ("国府軍が反撃した", "1962-06-01", ("TWN",)),
        ("金門島が砲撃された", "1958-09-01", ("TWN",)),
    ],
)
def test_cold_war_names_by_date(text: str, on: str, expected: tuple[str, ...]) -> None:
    assert [codes for _, codes, _ in people(text, on)] == [expected]


def test_flying_boat_is_no_state() -> None:
    assert people("US-2救難飛行艇の輸出を検討した", "2016-11-11") == []
    assert people("ＵＳ－２の調達", "2016-11-11") == []


def test_visit_to_moscow_in_soviet_times() -> None:
    got = of_kind(
        "AGREE",
        "米国のカーター大統領とソ連のブレジネフ書記長はウィーンで会談した。",
        "両首脳は、カーター大統領が来年モスクワを訪れることで合意した。",
        published="1979-06-18",
    )
    assert got and all("RUS" not in b[1] + b[2] for b in got), got
    assert any(set(b[1] + b[2]) == {"USA", "SUN"} for b in got), got


def test_offshore_island_shelled() -> None:
    got = of_kind("ASSAULT", "中共軍は金門島に激しい砲撃を加えた。", published="1958-09-05")
    assert ("ASSAULT", ("CHN",), ("TWN",)) in got


def test_act_noun_with_mo_takes_the_topic_before() -> None:
    got = of_kind(
        "SANCTION",
        "エストニア政府は5日、ロシアの大使に国外退去を命じた。ロシア総領事館の閉鎖も決めた。",
        published="2022-04-06",
    )
    assert got.count(("SANCTION", ("EST",), ("RUS",))) == 2, got


def test_subject_with_mo_still_a_subject() -> None:
    # a state written with も is still the doer (フランスも…決めた)
    got = of_kind(
        "SANCTION",
        "ドイツはロシアの外交官を追放した。フランスもロシア大使館員の追放を決めた。",
        published="2022-04-06",
    )
    assert ("SANCTION", ("FRA",), ("RUS",)) in got, got


def test_two_leaders_are_those_who_met() -> None:
    got = of_kind(
        "AGREE",
        "訪問中の石破総理は、オーストラリアのアルバニージー首相と首脳会談を行った。",
        "石破総理から、日本がフィリピンに対し巡視船の供与を進めてきている旨述べ、"
        "両首脳は、地域の海洋安全保障協力を推進していくことで一致した。",
        published="2025-05-01",
    )
    assert any(set(b[1] + b[2]) == {"JPN", "AUS"} for b in got), got
    assert not any(set(b[1] + b[2]) == {"JPN", "PHL"} for b in got), got


def test_two_leaders_after_their_talk_in_the_sentence() -> None:
    got = of_kind(
        "AGREE",
        "石破首相はインドのモディ首相と会談し、両首脳は防衛協力を進めることで一致した。",
        published="2025-05-01",
    )
    assert any(set(b[1] + b[2]) == {"JPN", "IND"} for b in got), got


def test_older_spelling_of_talks() -> None:
    ms = code(
        "海部首相はゴルバチョフ大統領と会談した。",
        "両首脳は、平和条約について詳細な話合いを行った。",
        published="1991-04-18",
    )
    assert any(m.event == "CONSULT" and m.trigger == "話合い" for m in ms)
