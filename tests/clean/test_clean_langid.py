"""Language identification: scripts first, lingua only for ideograph-only text."""

from __future__ import annotations

import pytest

from alliancewatch.clean import langid
from alliancewatch.clean.langid import identify, script_counts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("防衛省は北朝鮮が弾道ミサイルを発射したと発表した。", "ja"),
        ("NATO首脳会議がワシントンで開幕し、ICBM対策を協議した。", "ja"),
        ("국방부는 한미 연합 해상훈련을 실시한다고 밝혔다.", "ko"),
        ("韓美 연합훈련이 시작됐다.", "ko"),
        ("국방부는 「ミサイル」이라는 표현을 썼다.", "ko"),
        ("北朝鮮は「미사일」と書いた。", "ja"),
        ("NATO defence ministers met in Brussels on Thursday.", "en"),
        ("The Japanese word 派兵 means sending troops abroad.", "en"),
        ("Seoul's défense ministry said the drills would go ahead.", "en"),
        ("ﾐｻｲﾙ", "ja"),
    ],
)
def test_scripts_decide(text: str, lang: str) -> None:
    assert identify(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "…。、!?", "a", "——"])
def test_too_few_letters_gives_none(text: str) -> None:
    assert identify(text) is None


def test_script_counts() -> None:
    counts = script_counts("北朝鮮がICBMを発射、국방부")
    assert counts == {"kana": 2, "hangul": 3, "han": 5, "latin": 4}


def test_ideographs_only_ask_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake(text: str) -> str | None:
        asked.append(text)
        return "ko"

    monkeypatch.setattr(langid, "_lingua", fake)
    assert identify("韓米連合司令部") == "ko"
    assert identify("防衛省はミサイルを") == "ja"  # kana: lingua not asked
    assert asked == ["韓米連合司令部"]


def test_lingua_detector_is_built_once_and_limited_to_three_languages() -> None:
    first = langid._get_detector()
    assert langid._get_detector() is first
    assert identify("日米首脳会談") in ("ja", "ko")
    assert identify("北朝鮮軍派兵") == "ja"


def test_mixed_and_odd_text_does_not_crash() -> None:
    for text in ("x", "ICBM", "北", "🚀🚀", "\x00\n\t", "ㄱㄴㄷ", "NATO 北 한"):
        assert identify(text) in (None, "ja", "ko", "en")
