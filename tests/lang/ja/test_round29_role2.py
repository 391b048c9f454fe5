"""Round 29 wave 2 (role2): parties taken across a clause boundary, contents coded as events
(ROLE/PRES misses of blind32/33).

A は-phrase the parser hung inside a よう-clause asked for is the asker, not the one asked
(アメリカは、…させるよう提案した). A chained clause shares its と-phrase with a joint act after
it only when it is itself a joint act or no event: the side a break is made with (台湾と
関係を断ち) and the content of a pledge (…と往来しないと約束) are no partners; a verb's
continuative the parser read as a noun (断ち) still ends its clause. A も-subject of a later
clause does likewise and is no addressee of a statement. Pressure to do something (署名を
迫った) and a right to do it (配置する権利) tell no act; nor does what goes on after an event
(釈放後も).
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "国連は来週にも会合を開く予定で、英国は、周辺国による部隊を作って停戦の監視に"
            "あたらせるよう提案する方針だ。",
            [("REQUEST", ("GBR",), ("UNO",))],
        ),
        # negative: a が-subject inside the asked clause is still the one asked
        ("米国は、北朝鮮が対話に応じるよう求めた。", [("REQUEST", ("USA",), ("PRK",))]),
    ],
)
def test_topic_hung_in_the_asked_clause_asks(text: str, expected: list[tuple]) -> None:
    assert of_kind("REQUEST", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ホンジュラスが、台湾と外交関係を断ち、中国と国交を結んだ。",
            [("COOPERATE", ("HND",), ("CHN",))],
        ),
        (
            "ホンジュラスは台湾との関係を断絶し、中国と国交を樹立した。",
            [("COOPERATE", ("HND",), ("CHN",))],
        ),
    ],
)
def test_a_break_lends_no_partner_to_ties_made(text: str, expected: list[tuple]) -> None:
    assert of_kind("COOPERATE", text) == expected


def test_a_meeting_still_lends_its_partner() -> None:
    assert of_kind("AGREE", "日本はインドと会談し、協力を強化することで合意した。") == [
        ("AGREE", ("JPN",), ("IND",))
    ]


def test_a_likewise_subject_is_no_addressee() -> None:
    text = (
        "フランス外務省は「地域の安定への脅威だ」と非難する声明を出し、"
        "ドイツ政府も遺憾の意を表明した。"
    )
    assert ("ACCUSE", ("FRA",), ("DEU",)) not in of_kind("ACCUSE", text)


def test_a_later_subject_without_also_still_fills() -> None:
    assert ("ACCUSE", ("USA",), ("CHN",)) in of_kind("ACCUSE", "米国は非難を強め、中国は反発した。")


@pytest.mark.parametrize(
    "text",
    [
        "米国はインドに条約への加盟を迫ってきた。",
        "日本はフィリピンに部隊を配置する権利を得る。",
        "ロシア、ジョージアとの国境を閉鎖　拘束に対抗、釈放後も圧力続ける",
    ],
)
def test_pressed_granted_or_after_tell_no_act(text: str) -> None:
    assert [
        b for b in briefs(text) if b[0] in ("SUPPORT", "COOPERATE", "MOBILIZE", "RETREAT")
    ] == []
