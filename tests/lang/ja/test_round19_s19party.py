"""Round 19 (s19party): the parties of an event whose type is right (blind19 PARTY misses).

An envoy or diplomat sent to a state consults it (the sender and the host), a による-phrase on
the judged object is that object's doer and not the judge, and a third party's appeal to "both"
is about the article's own pair when a hostile act was told between them. Sentences our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def test_envoy_sent_to_a_capital_is_a_consultation_with_the_host():
    (m,) = code("中国は特使を平壌に派遣した。", published="2003-08-30")
    assert brief(m) == ("CONSULT", ("CHN",), ("PRK",))


def test_deputy_secretary_sent_in_haste_is_a_consultation():
    (m,) = code("米国は国務副長官をイスラエルに急派した。", published="1991-01-20")
    assert brief(m) == ("CONSULT", ("USA",), ("ISR",))


def test_troops_sent_in_haste_stay_a_force_moved():
    (m,) = code("米国は数千人の部隊を中東に急派した。", published="1991-01-20")
    assert m.event == "MOBILIZE" and brief(m)[1] == ("USA",)


def test_military_advisers_sent_stay_aid():
    (m,) = code("ロシアは軍事顧問をマリに派遣した。", published="2024-05-10")
    assert brief(m) == ("AID", ("RUS",), ("MLI",))


def test_doer_of_a_judged_noun_is_not_the_accuser():
    (m,) = code("フランスも声明でイランによる強制着陸を非難した。", published="2024-05-10")
    assert brief(m) == ("ACCUSE", ("FRA",), ("IRN",))


def test_appeal_to_both_is_about_the_pair_at_odds_not_the_last_critic():
    ms = code(
        "インド軍は7日、パキスタン領内の拠点をミサイルで攻撃した。",
        "パキスタン外務省はインドの攻撃を強く非難した。",
        "米国務省の報道官はインドの行動を批判した。",
        "中国外務省の報道官は両国に自制を呼び掛けた。",
        published="2024-05-10",
    )
    (m,) = [m for m in ms if m.event == "REQUEST"]
    assert m.actor[0].code == "CHN"
    assert {r.code for r in m.recipient} == {"IND", "PAK"}


def test_appeal_to_both_after_one_clash_names_its_two_sides():
    ms = code(
        "タイ軍は10日、国境付近でカンボジア軍を砲撃した。",
        "マレーシアは双方に自制を求めた。",
        published="2024-05-10",
    )
    (m,) = [m for m in ms if m.event == "REQUEST"]
    assert {r.code for r in m.recipient} == {"THA", "KHM"}
