"""Round 29 (grp2): "the two" after two states written as the subjects of parallel clauses
(AはXし、Bも続いた。…両国に), and a group of officials (両外相) as the article's own pair
when no talk was told but an act of cooperation between them was (AとBの外相が署名した).
"""

from __future__ import annotations

from .test_coder import of_kind


def _parties(got: list[tuple]) -> list[set[str]]:
    return [set(b[1] + b[2]) for b in got]


def test_parallel_subjects_are_the_pair() -> None:
    got = of_kind(
        "REQUEST",
        "ロシアは米国を強く非難した。",
        "イランは先月ミサイル実験を行い、サウジアラビアも翌週これに続いた。",
        "日本は両国に自制を求めた。",
        published="2021-05-10",
    )
    assert any(set(b[2]) == {"IRN", "SAU"} for b in got), got


def test_parallel_needs_the_also_particle() -> None:
    # no も: the second state is no parallel subject; "the two" stays the hostile pair
    got = of_kind(
        "REQUEST",
        "ロシアは米国を強く非難した。",
        "イランは先月ミサイル実験を行い、サウジアラビアの港を封鎖した。",
        "日本は両国に自制を求めた。",
        published="2021-05-10",
    )
    assert all(set(b[2]) != {"IRN", "SAU"} for b in got), got


def test_same_state_twice_is_no_pair() -> None:
    got = of_kind(
        "REQUEST",
        "ロシアは米国を強く非難した。",
        "イランは先月ミサイル実験を行い、イランも翌週これに続いた。",
        "日本は両国に自制を求めた。",
        published="2021-05-10",
    )
    assert all("IRN" not in b[2] for b in got), got


def test_two_ministers_who_signed_are_the_article_pair() -> None:
    got = of_kind(
        "AGREE",
        "ベトナムとチリが経済協定に署名",
        "ベトナムの外相とチリの外相は10日、ハノイで経済協定に署名した。",
        "チリ政府はアルゼンチンとの関係を強化すると約束した。",
        "両外相は、投資の分野で協力を深める用意があると表明した。",
        published="2019-04-11",
    )
    assert any(p == {"VNM", "CHL"} for p in _parties(got)), got


def test_two_ministers_without_cooperation_keep_the_last_pair() -> None:
    # the article's pair only fought: no act of cooperation between them makes them the two
    got = of_kind(
        "AGREE",
        "ベトナムとチリが対立",
        "ベトナムはチリを強く非難した。",
        "チリ政府はアルゼンチンとの関係を強化すると約束した。",
        "両外相は、投資の分野で協力を深める用意があると表明した。",
        published="2019-04-11",
    )
    assert all(p != {"VNM", "CHL"} for p in _parties(got)), got
