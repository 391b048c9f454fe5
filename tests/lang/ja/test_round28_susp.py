"""Round 28 (susp): suspensions, revocations and recalls told as SANCTION, or as THREATEN.

Export licences and approvals withheld (武器輸出の承認を停止, 輸出許可を凍結) are measures on
the state the goods go to. Revoking a state's part in an exercise or a sale (演習への参加を取り
消した, 戦闘機の売却を取り消した) is one too. One's part in a pact suspended (条約の履行停止,
条約への参加を停止) is coded with its doer alone when no other party is written, as leaving it
(脱退) is (ruling 10). A measure the speaker says it will take if another state acts
(…場合には協力を停止する旨述べた) is a warning, THREATEN (ruling 9), not a hypothetical
SANCTION. An envoy posted to the Soviet Union (駐ソ大使) recalled targets it.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, code

pytestmark = pytest.mark.model

PUB = "2019-03-12"


@pytest.mark.parametrize(
    ("kind", "sentence", "expected"),
    [
        (
            "SANCTION",
            "フランスはエジプト向けの武器輸出について新規の承認を停止した。",
            ("FRA", "EGY"),
        ),
        ("SANCTION", "カナダ、トルコへの武器輸出許可を停止", ("CAN", "TUR")),
        ("SANCTION", "オランダはトルコ向けの輸出許可12件を停止したと発表した。", ("NLD", "TUR")),
        ("SANCTION", "日本政府はイランへの輸出許可を凍結した。", ("JPN", "IRN")),
        ("SANCTION", "カナダはトルコへの輸出許可を一時中断した。", ("CAN", "TUR")),
        ("SANCTION", "米国はトルコ軍の演習への参加を取り消した。", ("USA", "TUR")),
        ("SANCTION", "米国はトルコへの戦闘機の売却を取り消した。", ("USA", "TUR")),
        ("SANCTION", "ロシアは中距離核戦力全廃条約の履行停止を表明した。", ("RUS", None)),
        ("SANCTION", "ロシアは欧州通常戦力条約への参加を停止すると発表した。", ("RUS", None)),
        ("SANCTION", "ロシアは米国との条約への参加を停止すると発表した。", ("RUS", "USA")),
        ("SANCTION", "米国は2002年に弾道弾迎撃ミサイル制限条約からも脱退している。", ("USA", None)),
        (
            "THREATEN",
            "イランが核開発を再開した場合には日本は援助を停止する旨述べた。",
            ("JPN", "IRN"),
        ),
        ("THREATEN", "パキスタンが核実験を行えば、米国は援助を打ち切ると述べた。", ("USA", "PAK")),
    ],
)
def test_coded(kind: str, sentence: str, expected: tuple[str, str | None]) -> None:
    actor, recipient = expected
    want = (kind, (actor,), (recipient,) if recipient else ())
    assert want in briefs_of(kind, sentence, PUB)


def test_recall_from_the_soviet_post() -> None:
    assert ("SANCTION", ("USA",), ("SUN",)) in briefs_of(
        "SANCTION", "米政府は駐ソ大使を協議のため呼び戻した。", "1980-01-05"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "日本政府は企業の営業許可を停止した。",  # a licence at home: no state targeted
        "ロシアは会議への参加を停止した。",  # a meeting, no pact
        "政府は建設計画の承認を取り消した。",  # a domestic approval
        "同法は、イランが核を保有すれば援助を打ち切るよう定めている。",  # a provision, no speaker
    ],
)
def test_silent(sentence: str) -> None:
    assert not [m for m in code(sentence, published=PUB) if m.event in ("SANCTION", "THREATEN")]


def test_conditional_measure_is_no_sanction() -> None:
    sentence = "イランが核開発を再開した場合には日本は援助を停止する旨述べた。"
    assert not briefs_of("SANCTION", sentence, PUB)


def test_measure_told_plainly_stays_a_sanction() -> None:
    assert briefs_of("SANCTION", "日本はイランへの援助を停止すると述べた。", PUB) == [
        ("SANCTION", ("JPN",), ("IRN",))
    ]
