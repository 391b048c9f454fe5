"""Width, space, newline and invisible-character normalization."""

from __future__ import annotations

import pytest

from alliancewatch.clean.normalize import match_key, normalize_line, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＮＡＴＯ首脳会議（２）", "NATO首脳会議(2)"),
        ("Ｆ３５Ａ戦闘機１２機", "F35A戦闘機12機"),
        ("ＩＣＢＭ？！", "ICBM?!"),
        ("ﾐｻｲﾙ発射", "ミサイル発射"),
        ("ｶﾞｻﾞ地区", "ガザ地区"),
        ("｢ﾊﾟﾄﾘｵｯﾄ｣配備､完了｡", "「パトリオット」配備、完了。"),
        ("日米\u3000首脳会談", "日米 首脳会談"),
        ("北朝\u200b鮮\u200d軍\ufeff", "北朝鮮軍"),
        ("soft\u00adhyphen", "softhyphen"),
        ("a\u00a0b\u2009c", "a b c"),
        ("two  spaces\tand tab", "two spaces and tab"),
        ("bell\x07char", "bellchar"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_cjk_punctuation_and_full_width_kana_are_kept() -> None:
    text = "「同盟」の誕生…北朝鮮・ロシア、条約に署名。〈解説〉【速報】"
    assert normalize_text(text) == text


def test_newlines_are_unified() -> None:
    raw = "一行目\r\n二行目\r三行目\u2028四行目\u2029五行目\x0c六行目"
    assert normalize_text(raw).split("\n") == [
        "一行目",
        "二行目",
        "三行目",
        "四行目",
        "五行目",
        "六行目",
    ]


def test_normalize_is_idempotent() -> None:
    raw = "ＡＢＣ\u3000ﾃｽﾄ\r\n（３）\u200b  x"
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_normalize_line_joins_and_strips() -> None:
    assert normalize_line("  韓米\n連合訓練（２） ") == "韓米 連合訓練(2)"


def test_match_key_ignores_width_case_space_and_punctuation() -> None:
    a = "北朝鮮、ロシアに派兵（２）…「同盟」"
    b = "北朝鮮 ロシアに派兵(2) 『同盟』"
    assert match_key(a) == match_key(b)
    assert match_key("NATO Summit, Vilnius.") == match_key("nato summit vilnius")
    assert match_key("…・――") == ""


def test_match_key_keeps_words_apart_from_punctuation() -> None:
    assert match_key("派兵した") != match_key("派兵しない")
