"""Round 20 (r20slot): parties put in the slot the grammar gives them (blind19 ROLE, COORD).

The subject of a requested or said clause is what the request or statement is about, not
who makes it, when the sentence's topic or a headline's bare topic names the speaker; a
headline phrase's own bare topic (…　政府、…) is the subject of its phrase; a judge's topic
the parser ran into the judged act's genitive (NATO、シリアの…撃墜) is no doer of that act.
"""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, code

pytestmark = pytest.mark.model


def _of(kind: str, *paragraphs: str, title: str | None = None) -> list[tuple]:
    return [brief(m) for m in code(*paragraphs, title=title) if m.event == kind]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "日本の外相は会談の成果を評価する一方、中国が東シナ海での活動を自制するよう求めた。",
            ("REQUEST", ("JPN",), ("CHN",)),
        ),
        (
            "米国務長官は合意を歓迎する一方、イランが査察に全面的に協力するよう求めた。",
            ("REQUEST", ("USA",), ("IRN",)),
        ),
        ("米国は声明を出し、北朝鮮が挑発をやめるよう求めた。", ("REQUEST", ("USA",), ("PRK",))),
    ],
)
def test_topic_of_a_first_clause_asks_the_subject_of_the_asked_clause(sentence, expected):
    """Xは…する一方、Yが…よう求めた: the topic scopes over both clauses and asks; Y is asked."""
    assert _of("REQUEST", sentence) == [expected]


def test_a_topic_that_asks_with_the_asked_subject_plain():
    assert _of("REQUEST", "韓国政府は、北朝鮮が対話に早期に応じるよう求めた。") == [
        ("REQUEST", ("KOR",), ("PRK",))
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("比大統領、中国がミスチーフ礁に構造物と非難", ("ACCUSE", ("PHL",), ("CHN",))),
        ("豪首相、中国が南シナ海で威嚇と批判", ("ACCUSE", ("AUS",), ("CHN",))),
    ],
)
def test_headline_topic_accuses_the_subject_of_the_said_clause(title, expected):
    """X、Yが…と非難: the bare topic speaks, the が-subject of what is said is accused."""
    assert _of(expected[0], "本文。", title=title) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("中国海警船、尖閣の領海に侵入　政府、中国大使館に抗議", ("ACCUSE", ("JPN",), ("CHN",))),
        ("ロシア軍機、領空を侵犯　フィンランド、ロシア大使を召致", ("ACCUSE", ("FIN",), ("RUS",))),
    ],
)
def test_a_later_headline_phrase_has_its_own_bare_topic(title, expected):
    """…に侵入　政府、…に抗議: the second phrase's topic protests, not the first's."""
    assert _of("ACCUSE", HOME, title=title) == [expected]


def test_the_first_topic_still_carries_over_to_a_later_phrase_without_one():
    title = "北朝鮮、弾道ミサイル発射　日本海に着弾"
    assert _of("MOBILIZE", "本文。", title=title)[:1] == [("MOBILIZE", ("PRK",), ())]


def test_a_later_phrase_that_is_a_clause_is_no_topic():
    """揺さぶり続く南北関係、: a phrase with a verb is no bare topic of the next."""
    title = "北朝鮮、「軍事行動」保留　揺さぶり続く南北関係、対米交渉にらむ見方も"
    assert ("CONSULT", ("KOR",), ("PRK",)) not in _of("CONSULT", "本文。", title=title)


@pytest.mark.parametrize(
    ("title", "judge", "expected"),
    [
        ("NATO、シリアのトルコ軍機撃墜を非難", "NATO", ("ASSAULT", ("SYR",), ("TUR",))),
        ("EU、ロシアのウクライナ侵攻を非難", "EUR", ("ASSAULT", ("RUS",), ("UKR",))),
    ],
)
def test_the_judges_topic_is_no_doer_of_the_judged_act(title, judge, expected):
    """X、Yの…撃墜を非難: Y shot the plane down; X condemns it."""
    assert _of("ASSAULT", "本文。", title=title) == [expected]
    assert [b[1] for b in _of("ACCUSE", "本文。", title=title)] == [(judge,)]


def test_a_place_genitive_leaves_the_topic_its_event():
    """中国軍、台湾周辺の演習終了と発表: the topic holds the exercise, 台湾周辺 is where."""
    title = "中国軍、台湾周辺の演習終了と発表"
    assert _of("MOBILIZE", "本文。", title=title) == [("MOBILIZE", ("CHN",), ())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("韓国の哨戒艦が北朝鮮の魚雷攻撃で沈没した。", ("ASSAULT", ("PRK",), ("KOR",))),
        ("日本の漁船がロシア警備艇の銃撃で乗組員を失った。", ("ASSAULT", ("RUS",), ("JPN",))),
        ("シリア軍の砲撃でトルコの兵士3人が死亡した。", ("ASSAULT", ("SYR",), ("TUR",))),
    ],
)
def test_the_subject_hit_by_an_attack_with_its_own_doer_is_its_target(sentence, expected):
    """Xが Yの攻撃で沈没した: the attack, the means of the sinking, is Y's, done to X."""
    assert _of("ASSAULT", sentence) == [expected]
