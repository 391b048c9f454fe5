"""Round 29 (grp): who the actors are.

A person named alone serves the state or body the office table dates him to on the article's
day: the title on the day decides (Stoltenberg is Norway's prime minister in 2010, NATO's
secretary general in 2020). The Cold War powers written run together (米英仏ソ) and 中共 for
the People's Republic alone (中共は…非難), never the 中 + 共同 of a pair (日中共同声明). What
a statement says (…を歓迎する談話を出した) is told, not a description of the statement: its
states are what a later 両国 stands for, not an older pair of the article.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("ストルテンベルグ首相が来日した", "2010-04-27", [("NOR",)]),
        ("ストルテンベルグ氏は述べた", "2009-06-01", [("NOR",)]),
        ("ストルテンベルグ事務総長は述べた", "2020-03-01", [("NATO",)]),
        ("ストルテンベルグ氏は述べた", "2018-03-01", [("NATO",)]),
    ],
)
def test_the_title_on_the_day_decides(text: str, on: str, expected: list) -> None:
    assert [codes for _, codes, _ in people(text, on)] == expected


def test_name_with_state_and_title_is_one_state() -> None:
    got = people("ハンセン・デンマーク外相とストルテンベルグ・ノルウェー首相", "2010-04-27")
    assert {codes for _, codes, _ in got} <= {("NOR",), ("DNK",)}, got


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("米英仏ソの首脳会談が開かれる", "1955-05-27", [("USA", "GBR", "FRA", "SUN")]),
        ("英仏ソの3カ国", "1946-05-01", [("GBR", "FRA", "SUN")]),
        ("中共は強く非難した", "1954-12-05", [("CHN",)]),
        ("中共政府は声明を出した", "1958-08-25", [("CHN",)]),
        ("日中共同声明に署名した", "1972-09-29", [("JPN", "CHN")]),
        ("米中共同声明", "1972-02-28", [("USA", "CHN")]),
        ("会期中共同で作業した", "1972-02-28", []),
    ],
)
def test_lists_and_old_names(text: str, on: str, expected: list) -> None:
    assert [codes for _, codes, _ in people(text, on)] == expected


def test_both_after_a_statement_welcoming() -> None:
    got = briefs_of(
        "SUPPORT",
        "エクアドルがロシアと外交関係を断った。"
        "ウクライナ外務省は、エクアドルの決定を歓迎する声明を出した。"
        "両国の外相はきのう、共同文書に署名した。",
        "2023-05-10",
    )
    signed = [b for b in got if set(b[1] + b[2]) == {"UKR", "ECU"}]
    assert len(signed) >= 2, got  # the welcome and the signing
    assert not any("RUS" in b[1] + b[2] for b in got), got


def test_named_group_after_its_country_is_not_the_state() -> None:
    got = briefs_of("THREATEN", "米国はレバノンのヒズボラに参戦しないよう警告した。", "2023-10-15")
    assert not any("LBN" in b[2] for b in got), got
    # the state itself is still the one warned
    got = briefs_of("THREATEN", "米国はレバノン政府に参戦しないよう警告した。", "2023-10-15")
    assert any("LBN" in b[2] for b in got), got
