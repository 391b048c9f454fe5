"""Round 11 (r11coord): lists, clause chains and event anaphors as grammar.

A list of states written with と/や/及び is one party set: its first member is neither a
partner nor a target (シオニスト政権と米国による侵略: both attack; 英国とドイツは: both act;
米国及び韓国と: both are partners). A clause chained by 〜し、 shares the topic written before
it, not the own subject of the later clause (Xは…攻撃を受け、22日にはYが…空爆した). An event
noun under a light verb whose own object is a stance (…による協力に懸念を示した) is what the
stance is about: the stance's subject is no party to it. A statement about an event pointed
back to (こうした攻撃を非難した) has that event's doers for its other side.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def test_doers_listed_before_by_are_all_doers():
    got = briefs("昨年のシオニスト政権と米国による不当な侵略を受けて、イラン議会は新法を可決した。")
    assert ("ASSAULT", ("ISR", "USA"), ("IRN",)) in got
    assert not any(b[0] == "ASSAULT" and "ISR" in b[2] for b in got)


def test_listed_topic_gives_the_aid_it_has_a_role_in():
    got = briefs("フランスとドイツは、ウクライナへの軍事支援で主導的な役割を果たしている。")
    assert ("AID", ("FRA", "DEU"), ("UKR",)) in got
    # an attack that a topic suffered names its doer: the topic stays its victim
    got = briefs("ウクライナは、ロシアの攻撃で大きな被害を受けた。")
    assert not any(b[0] == "ASSAULT" and "UKR" in b[1] for b in got)


def test_by_phrase_shared_over_a_list_of_event_nouns():
    got = briefs("韓国は、北朝鮮によるロシアへの兵士の派遣やロシアとの軍事協力に懸念を示した。")
    assert any(b[0] == "COOPERATE" and set(b[1] + b[2]) == {"PRK", "RUS"} for b in got)


def test_partners_listed_with_oyobi_are_all_partners():
    (m,) = code("日本は英国及び韓国と共同訓練を実施した。")
    assert brief(m)[0] == "COOPERATE"
    assert set(brief(m)[1] + brief(m)[2]) == {"JPN", "GBR", "KOR"}


def test_later_clause_subject_is_not_shared_back():
    got = briefs(
        "シリアは今月3日からトルコの激しい攻撃を受け、5日にはロシア軍が北部の拠点を空爆した。"
    )
    assert ("ASSAULT", ("TUR",), ("SYR",)) in got
    assert not any(b[0] == "ASSAULT" and "RUS" in b[2] for b in got)
    # a subject written before both clauses still runs on
    got = briefs("米国は北朝鮮の発射を非難し、中国に自制を求めた。")
    assert ("REQUEST", ("USA",), ("CHN",)) in got


def test_concern_holder_is_no_party_to_the_cooperation():
    got = briefs("ロシアと北朝鮮による軍事協力に韓国は懸念を示した。")
    assert ("ACCUSE", ("KOR",), ("RUS", "PRK")) in got
    assert not any(b[0] == "COOPERATE" and "KOR" in b[1] + b[2] for b in got)
    # the subject of an eagerness for cooperation is still its party
    got = briefs("日本は英国との協力に意欲を示した。")
    assert any(b[0] == "COOPERATE" and set(b[1] + b[2]) == {"JPN", "GBR"} for b in got)


def test_statement_about_an_event_told_before():
    told = "米国とイスラエルは先週、イランの核施設を空爆した。"
    got = briefs(told, "イランはこうした攻撃を強く非難した。")
    assert ("ACCUSE", ("IRN",), ("USA", "ISR")) in got
    # a condemnation of no event told before gets no side from one
    got = briefs(told, "イランはこうした発言を強く非難した。")
    assert not any(b[0] == "ACCUSE" and "ISR" in b[2] for b in got)
