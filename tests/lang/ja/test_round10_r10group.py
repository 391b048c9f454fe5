"""Round 10 (r10group): round 9's ja9group (8ee68fa, reverted for changing ko and en) again,
behind Language.scoped_groups, which only Japanese sets. Group anaphors (両国, 双方, 両首脳)
stand for the states listed together just before them, else the last clause before them in
the sentence with that many states, else the last event of that many states in the
sentences before (an organisation is no state), never two states of an event noun that only
modifies (ロシアのウクライナ侵攻を機に…, 米国などによる制裁); を機に/をきっかけに makes its event
noun background. New in round 10: counted groups (3か国, 三か国, 4閣僚); groups of officials
(両首脳, 両外相, 4閣僚) stand first for the parties of the last talk; never a state the frame
names elsewhere (4閣僚は北朝鮮とロシアの軍事協力に懸念); what a talk is about
(北朝鮮情勢について協議) is no party to it. Sentences are our own.
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


def test_the_two_of_a_clause_before_it_not_the_frames_own_actor():
    found = _found(
        "ロシアがイランに無人機を供与する可能性に懸念を示し、米国は両国に取引の中止を求めた。"
    )
    assert ("REQUEST", ("USA",), ("RUS", "IRN")) in found


def test_the_genitive_of_a_procurement_is_the_buyer():
    found = _found("ポーランドは韓国と契約を結んだ。ポーランドの戦車調達は続く見通しだ。")
    assert ("AID", ("KOR",), ("POL",)) in found
    assert ("AID", ("POL",), ("KOR",)) not in found


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


def test_four_ministers_of_a_two_plus_two_are_its_two_states():
    found = _found(
        "日米の外務・防衛担当閣僚は東京で会談した。"
        "4閣僚は、北朝鮮による弾道ミサイルの発射を強く非難した。"
    )
    assert ("ACCUSE", ("JPN", "USA"), ("PRK",)) in found


def test_officials_concerned_about_two_others_are_not_those_two():
    found = _found(
        "日本と米国の閣僚は東京で会談した。"
        "・4閣僚は、中国とロシアの軍事協力の拡大に深刻な懸念を表明した。"
    )
    assert ("ACCUSE", ("JPN", "USA"), ("CHN", "RUS")) in found
    assert not [b for b in found if b[0] == "ACCUSE" and set(b[1]) & {"CHN", "RUS"}]


def test_a_counted_group_in_kanji_numerals_is_the_three_named():
    found = _found("日米韓の外相は電話で協議した。三か国は北朝鮮の核実験を非難した。")
    assert [set(b[1]) for b in found if b[0] == "ACCUSE"] == [{"JPN", "KOR", "USA"}]


def test_the_two_leaders_are_those_who_met_not_a_pact_told_as_background():
    text = (
        "ロシアのプーチン大統領とイランのペゼシュキアン大統領は17日、モスクワで会談した。"
        "昨年6月に北朝鮮とロシアが結んだ条約とは内容が異なる。"
        "両首脳は、エネルギー分野での協力を拡大することで一致した。"
    )
    assert _parties(text, event="AGREE") == [{"RUS", "IRN"}]


def test_what_a_talk_is_about_is_no_party_to_it():
    found = _found("日米両国の外相は、北朝鮮情勢について電話で協議した。")
    assert ("CONSULT", ("JPN",), ("USA",)) in found
    assert not [b for b in found if b[0] == "CONSULT" and "PRK" in b[1] + b[2]]
