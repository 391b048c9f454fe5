"""Round 21 (s21act): people of older news resolved by the article's date, short state forms.

Half of blind21 is news of 1975-1990: a surname with a title names whoever held that title on
the article's date (ヘイグ長官 in 1982 is Alexander Haig, USA; ヘイグ外相 in 2012 William Hague,
GBR), so the office table now lists the heads of state and government, foreign and defence
ministers of 1969-1990 with the forms the papers write. Papers also write short state forms
(タジク側, カザフ政府), and KCNA calls the South Korean authorities かいらいども.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "on", "code", "holder"),
    [
        ("ヘイグ長官", "1981-11-02", "USA", "Alexander Haig"),
        ("ヘイグ外相", "2011-05-20", "GBR", "William Hague"),
        ("シェワルナゼ外相", "1987-09-15", "SUN", "Eduard Shevardnadze"),
        ("シェワルナゼ大統領", "2000-03-01", "GEO", "Eduard Shevardnadze"),
        ("トラオレ暫定大統領", "2012-12-20", "MLI", "Dioncounda Traore"),
        ("トラオレ大統領", "2024-02-01", "BFA", "Ibrahim Traore"),
        ("中曽根首相", "1984-06-01", "JPN", "Nakasone Yasuhiro"),
        ("ブッシュ副大統領", "1983-02-01", "USA", "George H. W. Bush"),
        ("カーター大統領", "1979-06-18", "USA", "Jimmy Carter"),
        ("ガンジー首相", "1986-02-01", "IND", "Rajiv Gandhi"),
        ("ガンジー首相", "1982-02-01", "IND", "Indira Gandhi"),
    ],
)
def test_a_surname_with_a_title_is_the_holder_on_the_articles_date(text, on, code, holder):
    assert people(text, on) == [(text, (code,), holder)]


@pytest.mark.parametrize(
    ("text", "code"),
    [("ゴルバチョフ", "SUN"), ("サッチャー", "GBR"), ("ガルティエリ", "ARG"), ("全斗煥", "KOR")],
)
def test_a_leader_of_the_cold_war_years_is_his_state_by_name(text, code):
    assert [(t, c) for t, c, _ in people(text + "氏", "1982-05-01")] == [(text, (code,))]


def test_a_surname_with_a_title_no_one_held_then_names_nobody():
    assert people("ヘイグ長官", "2012-04-01") == []
    assert people("フォード社", "1976-03-01") == []


def test_an_interim_president_of_a_past_year_asks_for_help():
    text = "マリのトラオレ暫定大統領は、フランスに軍事支援を要請した。"
    assert briefs_of("REQUEST", text, "2013-01-12") == [("REQUEST", ("MLI",), ("FRA",))]


def test_a_secretary_of_state_of_the_eighties_meets_a_prime_minister():
    text = "ヘイグ長官は8日、ロンドンでサッチャー首相と会談した。"
    assert briefs_of("CONSULT", text, "1982-04-09") == [("CONSULT", ("USA",), ("GBR",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("タジク軍はキルギスの村を砲撃した。", ("ASSAULT", ("TJK",), ("KGZ",))),
        ("米国務長官はカザフの外相と電話で協議した。", ("CONSULT", ("USA",), ("KAZ",))),
    ],
)
def test_short_state_forms(text, expected):
    assert briefs_of(expected[0], text, "2022-10-01") == [expected]


def test_kcna_puppets_are_the_south_korean_authorities():
    assert [c for _, c, _ in people("かいらいどもは", "1983-10-12")] == [("KOR",)]
