"""Round 9 (ja9group): group anaphors (両国, 双方, 両首脳) stand for the states listed
together just before them, else the last clause before them in the sentence with that many
states (not the frame's own other side), else the last event of that many states in the
sentences before (an organisation is no state), never two states of an event noun that only
modifies (ロシアのウクライナ侵攻を機に…, 米国などによる制裁); を機に/をきっかけに makes its event
noun background. Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def _found(*paragraphs: str) -> set[tuple]:
    return {brief(m) for m in code(*paragraphs)}


def _parties(*paragraphs: str, event: str) -> list[set[str | None]]:
    return [
        {a.code for a in m.actor} | {r.code for r in m.recipient}
        for m in code(*paragraphs)
        if m.event == event
    ]


def test_the_two_after_an_attack_are_its_sides_not_an_organisation():
    found = _found(
        "インド軍とパキスタン軍が国境で交戦した。パキスタンの首相は国連に調査を要請した。"
        "中国外務省は両国に自制を求めた。"
    )
    assert ("REQUEST", ("CHN",), ("IND", "PAK")) in found
    assert ("REQUEST", ("PAK",), ("UNO",)) in found


def test_states_of_a_modifying_event_noun_are_not_the_two():
    text = (
        "フランスの企業はドイツ政府と契約を結び、戦車を輸出した。"
        "ロシアのウクライナ侵攻を機に始まった両国の防衛協力は拡大している。"
    )
    assert _parties(text, event="COOPERATE") == [{"FRA", "DEU"}]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in _found(text)


def test_an_agent_phrase_in_the_sentence_is_not_one_of_the_two():
    text = (
        "イランの大統領はロシアの大統領と会談した。大統領は、米国などによる制裁に共同で"
        "対抗する考えを示し、両国の協力を強化すると述べた。"
    )
    assert _parties(text, event="COOPERATE") == [{"IRN", "RUS"}]


def test_both_sides_after_talks_agree():
    text = "ロシアとウクライナの代表団が協議した。双方は捕虜を交換することで合意した。"
    assert _parties(text, event="AGREE") == [{"RUS", "UKR"}]


def test_the_two_of_a_clause_before_it_not_the_frames_own_actor():
    found = _found(
        "ロシアがイランに無人機を供与する可能性に懸念を示し、米国は両国に取引の中止を求めた。"
    )
    assert ("REQUEST", ("USA",), ("RUS", "IRN")) in found


def test_both_sides_are_the_partners_of_the_talks_in_the_sentence():
    found = _found(
        "マレーシアの首相は、タイの首相、カンボジアの首相とそれぞれ電話で協議し、双方に停戦を呼びかけた。"
    )
    assert ("REQUEST", ("MYS",), ("THA", "KHM")) in found


def test_the_two_leaders_are_the_pair_listed_in_a_compound():
    text = (
        "日韓首脳会談が開かれた。北朝鮮とロシアの関係についても話し合った。"
        "両首脳は安保理決議の完全な履行を求めていくことで一致した。"
    )
    assert _parties(text, event="AGREE") == [{"JPN", "KOR"}]


# -- roles: receiving, procurement, each other, a subject over coordinated predicates --------


def test_obtaining_arms_from_a_state_is_aid_from_it():
    found = _found("イランはロシアから戦闘機や資金を得ている。")
    assert ("AID", ("RUS",), ("IRN",)) in found


def test_obtaining_approval_or_cooperation_is_no_aid():
    found = _found(
        "協定は議会の承認を得て発効する。イスラエルは米英の協力を得てミサイルを迎撃した。"
    )
    assert not [b for b in found if b[0] == "AID" and b[2] == ("ISR",) and "USA" not in b[1]]
    assert not [b for b in found if b[0] == "AID" and not b[1]]


def test_the_genitive_of_a_procurement_is_the_buyer():
    found = _found("ポーランドは韓国と契約を結んだ。ポーランドの戦車調達は続く見通しだ。")
    assert ("AID", ("KOR",), ("POL",)) in found
    assert ("AID", ("POL",), ("KOR",)) not in found


def test_a_procurement_by_a_doer_keeps_the_genitive_as_the_source():
    found = _found("ロシアによる北朝鮮の砲弾調達が続いている。")
    assert found == {("AID", ("PRK",), ("RUS",))}


def test_the_two_accusing_the_other_side_goes_both_ways():
    found = _found(
        "タイとカンボジアは国境で交戦した。両国はそれぞれ、相手側が先に発砲したと非難した。"
    )
    assert ("ACCUSE", ("THA",), ("KHM",)) in found
    assert ("ACCUSE", ("KHM",), ("THA",)) in found


def test_each_other_after_a_coordinated_subject():
    found = _found("インドとパキスタンは互いを非難した。")
    assert found == {("ACCUSE", ("IND",), ("PAK",)), ("ACCUSE", ("PAK",), ("IND",))}


def test_a_subject_carries_over_to_the_coordinate_predicate_not_the_topic_above():
    found = _found(
        "米国などは、北朝鮮がロシアに砲弾を供与し、見返りにロシアから軍事技術を得ることを"
        "警戒している。"
    )
    assert ("AID", ("PRK",), ("RUS",)) in found
    assert ("AID", ("RUS",), ("PRK",)) in found
    assert not [b for b in found if b[0] == "AID" and "USA" in b[2]]


def test_the_pair_that_met_signs_the_statement_after_a_passive_relative_place():
    found = _found(
        "ブラジルの大統領とアルゼンチンの大統領は8日、首脳会議が開かれているリマで会談し、"
        "「貿易に関する指針」を承認する共同声明に署名した。"
    )
    assert ("CONSULT", ("BRA",), ("ARG",)) in found
    assert ("SUPPORT", ("BRA",), ("ARG",)) in found


def test_a_passive_relative_with_its_source_keeps_the_outer_subject():
    found = _found("イランが北朝鮮から提供されたミサイルを使ってイスラエルを攻撃した。")
    assert found == {("AID", ("PRK",), ("IRN",)), ("ASSAULT", ("IRN",), ("ISR",))}


def test_one_talk_told_by_two_words_keeps_all_its_parties():
    ms = code("ウクライナの大統領は、英仏独の首脳とともに米大統領と電話で協議した。")
    talks = [m for m in ms if m.event == "CONSULT"]
    assert len(talks) == 1
    parties = {a.code for a in talks[0].actor} | {r.code for r in talks[0].recipient}
    assert parties == {"UKR", "USA", "GBR", "FRA", "DEU"}
