"""Round 22 (r22lex): the lexicon grown by PLOVER field, as a lexicographer lists each field.

Forces marching, crossing a border, relocated or rushing to a scene are deployments
(進軍, 越境, 移駐, 急行, 駆けつける); annexation is an attack (併合); an option not ruled
out and a right to strike back reserved are threats (選択肢を排除しない, 権利を保留); a
demand not heeded or not listened to is a refusal (聞き入れない, 耳を貸さない, 無視);
leaders chatting meet (歓談), debts written off are aid (債務帳消し).
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ロシア軍部隊がウクライナ国境に近い地域へ進軍した。", ("MOBILIZE", ("RUS",), ())),
        ("北朝鮮軍の部隊が軍事境界線を越境した。", ("MOBILIZE", ("PRK",), ())),
        ("米軍は海兵隊をグアムへ移駐した。", ("MOBILIZE", ("USA",), ())),
        ("韓国海軍の艦艇が現場海域に急行した。", ("MOBILIZE", ("KOR",), ())),
        ("米海軍の駆逐艦が現場に駆けつけた。", ("MOBILIZE", ("USA",), ())),
    ],
)
def test_forces_moving(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ロシアはウクライナ東部4州を併合した。", ("ASSAULT", ("RUS",), ("UKR",))),
        ("ロシアはウクライナ南部の2州を一方的に併合した。", ("ASSAULT", ("RUS",), ("UKR",))),
    ],
)
def test_annexation(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "米国防長官は北朝鮮に対し「軍事的選択肢を排除しない」と述べた。",
            ("THREATEN", ("USA",), ("PRK",)),
        ),
        (
            "インド外相はパキスタンに対する軍事行動を排除しないと述べた。",
            ("THREATEN", ("IND",), ("PAK",)),
        ),
        ("中国は米国に反撃する権利を保留すると表明した。", ("THREATEN", ("CHN",), ("USA",))),
    ],
)
def test_veiled_threats(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("イランは米国の要求を聞き入れなかった。", ("REJECT", ("IRN",), ("USA",))),
        ("ロシアはウクライナの呼びかけに耳を貸さなかった。", ("REJECT", ("RUS",), ("UKR",))),
        ("北朝鮮は中国の警告を無視した。", ("REJECT", ("PRK",), ("CHN",))),
    ],
)
def test_demands_not_heeded(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("日本の首相は韓国の大統領と約30分間歓談した。", ("CONSULT", ("JPN",), ("KOR",))),
        ("中国はパキスタンに対する債務帳消しを発表した。", ("AID", ("CHN",), ("PAK",))),
    ],
)
def test_meetings_and_aid(sentence: str, expected: tuple) -> None:
    found = briefs(sentence)
    assert expected in found or (expected[0], expected[2], expected[1]) in found
