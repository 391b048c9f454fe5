"""Constructions of real news that issue 9 found the coder missing (sentences we wrote in the
styles of wire copy, TV transcripts and KCNA releases): claimant vs participant, claims far
from their reporting verb, nominal events, continuative clauses, dates, treaty acts."""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, code

pytestmark = pytest.mark.model


def test_claimant_of_a_chained_clause_is_the_topic():
    ms = code(
        "尹錫悦大統領は同日、緊急の安全保障関係会議を開き、"
        "「ロシアと北朝鮮の軍事協力が実際の軍派遣にまで至った」と述べた。"
    )
    assert ms and all(m.claimed_by and m.claimed_by.text == "尹錫悦大統領" for m in ms)


def test_reported_subject_not_the_reporter():
    ms = code(
        "ただ国情院は、北朝鮮が前線から部隊を一時的に後退させた後、"
        "ロシアに追加の兵力を派遣する可能性もあると指摘した。"
    )
    aid = [m for m in ms if m.event == "AID"]
    assert [brief(m) for m in aid] == [("AID", ("PRK",), ("RUS",))]
    assert aid[0].factuality == "possible" and aid[0].claimed_by.text == "国情院"
    assert not any("KOR" in [a.code for a in m.actor] for m in ms)


def test_subject_inside_a_passive_relative_clause_belongs_to_the_main_clause():
    ms = code(
        "アメリカ政府は、ロシアが北朝鮮から提供された弾道ミサイルを使って"
        "ウクライナを攻撃したと発表した。"
    )
    got = {brief(m): m for m in ms}
    assert set(got) == {("AID", ("PRK",), ("RUS",)), ("ASSAULT", ("RUS",), ("UKR",))}
    assert all(m.claimed_by.text == "アメリカ政府" for m in ms)  # even in the relative clause


def test_joint_statement_accuses_the_doer_of_the_condemned_event():
    ms = code(
        "日本や米国、韓国など10カ国と欧州連合(EU)の外相らは31日、北朝鮮によるロシアへの"
        "派兵を「最も強い言葉で非難する」との共同声明を発表した。"
    )
    accuse = [m for m in ms if m.event == "ACCUSE"]
    assert len(accuse) == 1
    assert {a.code for a in accuse[0].actor} == {"JPN", "USA", "KOR", "EUR"}
    assert [r.code for r in accuse[0].recipient] == ["PRK"]
    assert ("AID", ("PRK",), ("RUS",)) in [brief(m) for m in ms]


def test_genitive_doer_of_a_condemned_event():
    ms = code("韓国政府は北朝鮮の派兵を強く非難した。")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in [brief(m) for m in ms]


def test_continuative_clause_is_not_a_plan():
    (m,) = code("北朝鮮は弾道ミサイルを発射し、日本海に落下させたと発表した。")
    assert brief(m) == ("MOBILIZE", ("PRK",), ())
    assert m.factuality == "asserted" and m.claimed_by.text == "北朝鮮"


def test_conditional_under_a_warning_is_hypothetical():
    ms = code(
        "防衛省は、ロシアがミサイル技術を北朝鮮に提供した場合、地域の安定が損なわれると警告した。"
    )
    aid = [m for m in ms if m.event == "AID"]
    assert [brief(m) for m in aid] == [("AID", ("RUS",), ("PRK",))]
    assert aid[0].factuality == "hypothetical"


def test_same_day_counts_from_the_last_date_written_before():
    ms = code(
        "北朝鮮は10月31日、弾道ミサイルを発射した。", "日米韓の外相は同日、電話会談を行った。"
    )
    consult = [m for m in ms if m.event == "CONSULT"]
    assert consult and consult[0].date == "2024-10-31"


def test_time_adverbial_of_the_sentence_dates_an_unbound_event():
    ms = code("中国外務省によると、中国の外務次官は13日、日本の大使を呼び出し、抗議した。")
    assert ms and all(m.date == "2024-10-13" for m in ms)


def test_treaty_ratified_by_one_party_is_the_pair_of_the_article():
    ms = code(
        "北朝鮮とロシアは6月、包括的戦略パートナーシップ条約に署名した。",
        "ロシアのプーチン大統領は11月、北朝鮮との条約を批准する法律に署名した。",
    )
    second = [m for m in ms if m.sequence == 1 and m.event == "SUPPORT"]
    assert second and {a.code for a in second[0].actor + second[0].recipient} == {"PRK", "RUS"}


def test_denied_report_is_negated_and_claimed():
    ms = code(
        "ロシア大統領府のペスコフ報道官は、北朝鮮兵の派遣に関する報道を「偽情報だ」と否定した。"
    )
    aid = [m for m in ms if m.event == "AID"]
    assert aid and aid[0].factuality == "negated"
    assert aid[0].claimed_by.text == "ロシア大統領府のペスコフ報道官"


def test_rejected_claim_is_negated():
    ms = code(
        "ペスコフ報道官も、中国がロシアに兵器を提供しているとの指摘を「事実ではない」と退けた。"
    )
    aid = [m for m in ms if m.event == "AID"]
    assert [brief(m) for m in aid] == [("AID", ("CHN",), ("RUS",))]
    assert aid[0].factuality == "negated"


def test_taking_part_in_the_fighting_is_assault_on_the_enemy():
    ms = code("ウクライナ軍との戦闘に北朝鮮軍部隊が参加した。")
    assert ("ASSAULT", ("PRK",), ("UKR",)) in [brief(m) for m in ms]


def test_vocabulary_from_the_annotated_data():
    assert [brief(m) for m in code("北朝鮮は砲弾をロシアに輸送した。")] == [
        ("AID", ("PRK",), ("RUS",))
    ]
    assert ("ACCUSE", ("JPN",), ("CHN",)) in [
        brief(m) for m in code("日本政府は中国側に懸念を伝えた。")
    ]
    assert [brief(m) for m in code("ロシア海軍の輸送艦が入港した。")] == []


def test_nominal_transfer_with_its_source_and_destination():
    ms = code(HOME, "政府は、北朝鮮からロシアへの武器の移転を強く懸念している。")
    got = [brief(m) for m in ms]
    assert ("AID", ("PRK",), ("RUS",)) in got and ("ACCUSE", ("JPN",), ("PRK",)) in got


def test_procurement_by_a_state_reverses_the_direction():
    assert [brief(m) for m in code("ロシアによる北朝鮮からの砲弾調達が続いている。")] == [
        ("AID", ("PRK",), ("RUS",))
    ]
