"""Round 22 (r22lead): the office table from 1945 on, and the short names papers write.

Blind sets keep reaching further back (1960-2005), so the dated office table now lists heads
of state and government, foreign and defence ministers of the states most present in security
news, and the heads of the UN, NATO and the EU, from 1945: a surname with a title names whoever
held that title on the article's date, and two people of one surname are told apart by it.
Short and former state names (ウズベク, トルクメン, セイロン) and the Soviet Union's compounds
(英ソ) are aliases.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "on", "code", "holder"),
    [
        ("トラオレ大統領", "1985-05-01", "MLI", "Moussa Traore"),
        ("ジョンソン大統領", "1966-03-01", "USA", "Lyndon B. Johnson"),
        ("アナン首相", "1991-06-01", "THA", "Anand Panyarachun"),
        ("ゲンシャー外相", "1985-01-15", "DEU", "Hans-Dietrich Genscher"),
        ("シュミット首相", "1978-07-16", "DEU", "Helmut Schmidt"),
        ("佐藤首相", "1969-11-21", "JPN", "Sato Eisaku"),
        ("フセイン国王", "1990-08-05", "JOR", "Hussein bin Talal"),
        ("トゥスク議長", "2016-03-01", "EUR", "Donald Tusk"),
    ],
)
def test_a_surname_with_a_title_is_the_holder_of_that_date(text, on, code, holder):
    assert people(text, on) == [(text, (code,), holder)]


@pytest.mark.parametrize(
    ("then", "now"),
    [
        (("ジョンソン大統領", "1966-03-01", "USA"), ("ジョンソン首相", "2020-03-01", "GBR")),
        (("アナン首相", "1991-06-01", "THA"), ("アナン事務総長", "2000-01-10", "UNO")),
        (("トゥスク議長", "2016-03-01", "EUR"), ("トゥスク首相", "2024-06-01", "POL")),
        (("トラオレ大統領", "1985-05-01", "MLI"), ("トラオレ大統領", "2024-01-01", "BFA")),
    ],
)
def test_two_people_of_one_surname_are_told_apart_by_date(then, now):
    assert [[c for _, c, _ in people(t, on)] for t, on, _ in (then, now)] == [
        [(then[2],)],
        [(now[2],)],
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [("ナセル大統領", "EGY"), ("フルシチョフ首相", "SUN"), ("ケネディ大統領", "USA")],
)
def test_leaders_of_the_sixties(text, code):
    assert [c for _, c, _ in people(text, "1962-10-20")] == [(code,)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("ウズベク政府", ("UZB",)),
        ("トルクメン側", ("TKM",)),
        ("セイロン政府", ("LKA",)),
        ("英ソ両国", ("GBR", "SUN")),
        ("PLO", ("PSE",)),
    ],
)
def test_short_and_former_state_names(text, codes):
    assert [c for _, c, _ in people(text, "1970-01-01")] == [codes]


def test_a_foreign_minister_of_the_eighties_meets_his_counterpart():
    text = "ゲンシャー外相は15日、モスクワでシェワルナゼ外相と会談した。"
    assert briefs_of("CONSULT", text, "1986-07-16") == [("CONSULT", ("DEU",), ("SUN",))]


def test_a_short_state_form_protests():
    text = "ウズベク政府はタジク側に抗議した。"
    assert briefs_of("ACCUSE", text, "2000-05-01") == [("ACCUSE", ("UZB",), ("TJK",))]
