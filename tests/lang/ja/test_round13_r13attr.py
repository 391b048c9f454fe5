"""Round 13 (r13attr): dates and factuality of events, and a planned event said as a noun.

Sentences of our own, each family with variants and what must not change.
"""

from __future__ import annotations

from .test_coder import brief, code


def _one(mentions, event):
    found = [m for m in mentions if m.event == event]
    assert len(found) == 1, [brief(m) for m in mentions]
    return found[0]


# --- the first since an event of that time (…就任後初めて) dates no event ---------------


def test_first_since_an_inauguration_is_not_the_date():
    (m,) = code("岸田首相の韓国訪問は昨年10月の首相就任後初めて。", published="2024-03-05")
    assert m.event == "CONSULT" and m.date == "2024-03"
    (n,) = code("林外相は2月の就任後、初めて中国を訪問した。", published="2024-05-20")
    assert n.event == "CONSULT" and n.date == "2024-05"


def test_a_month_of_the_event_itself_still_dates_it():
    (m,) = code("岸田首相は昨年10月、韓国を訪問した。", published="2024-03-05")
    assert m.date == "2023-10"


# --- a deadline inside what is agreed or asked is not the date of agreeing or asking ----------


def test_deadline_inside_an_agreement_is_not_its_date():
    (m,) = code(
        "インドとモルディブは、5月10日までに兵士を民間人に置き換えることで合意した。",
        published="2024-03-06",
    )
    assert m.event == "AGREE" and m.date == "2024-03"
    n = _one(
        code(
            "米国とニジェールは、9月15日までに米軍を撤収させることで合意した。",
            published="2024-05-20",
        ),
        "AGREE",
    )
    assert n.date == "2024-05"


def test_deadline_inside_a_request_is_not_its_date():
    m = _one(
        code(
            "モルディブ政府は、インドに対して3月15日までに部隊を撤収させるよう求めた。",
            published="2024-02-20",
        ),
        "REQUEST",
    )
    assert m.date == "2024-02"


def test_an_events_own_deadline_still_dates_it():
    (m,) = code("インド軍の兵士全員が10日までにモルディブから撤収した。", published="2024-05-11")
    assert m.event == "RETREAT" and m.date == "2024-05-10"


# --- an agreement told as the content of agreeing is the agreeing, done ----------------------


def test_upgrade_agreed_is_asserted():
    (m,) = code(
        "日本とベトナムは、両国関係を「包括的戦略的パートナーシップ」に格上げすることで一致した。",
        published="2023-11-27",
    )
    assert m.event == "AGREE" and m.factuality == "asserted" and m.date == "2023-11"
    (n,) = code(
        "米国とベトナムは10日、両国関係を格上げすることで合意した。", published="2023-09-11"
    )
    assert n.factuality == "asserted" and n.date == "2023-09-10"


def test_other_content_of_an_agreement_stays_planned():
    m = _one(
        code("北朝鮮は、ロシアに工兵1000人を派遣することで合意した。", published="2025-06-18"),
        "AID",
    )
    assert m.factuality == "planned"


# --- a chained clause before a later clause with a time ahead of its own is done ------------


def test_talks_held_before_a_scheduled_reopening_are_asserted():
    m = _one(
        code(
            "サウジアラビアとイランの代表団が中国・北京で協議し、2カ月以内に大使館を再開する。",
            published="2023-03-11",
        ),
        "CONSULT",
    )
    assert m.factuality == "asserted" and m.date == "2023-03"


def test_agreement_before_a_meeting_decided_is_asserted():
    ms = code(
        "アフガニスタンとパキスタンは即時停戦で一致し、数日以内に改めて会合を開くことになった。",
        published="2025-10-20",
    )
    assert _one(ms, "AGREE").factuality == "asserted"


def test_a_trip_and_talks_both_ahead_stay_planned():
    m = _one(
        code("岸田首相は来月訪米し、バイデン大統領と会談する。", published="2024-03-20"), "CONSULT"
    )
    assert m.factuality == "planned"


# --- 限り of an extent (as far as) is no condition -------------------------------------------


def test_support_as_far_as_possible_is_a_readiness_not_a_condition():
    ms = code(
        "王毅外相は、ナウルの経済発展を力の及ぶ限り支援する用意があると述べた。",
        published="2024-01-24",
    )
    (m,) = [x for x in ms if x.event != "AGREE"]  # round 24: the readiness is an AGREE too
    assert m.event == "AID" and m.factuality == "planned"
    assert [brief(x) for x in ms if x.event == "AGREE"] == [("AGREE", ("CHN",), ("NRU",))]


def test_aid_continued_as_long_as_needed_is_planned():
    ms = code(
        "英国はウクライナに対し、軍事支援を「必要な限り」続ける方針を表明した。",
        published="2025-01-17",
    )
    (m,) = [x for x in ms if x.event != "AGREE"]  # round 24: the course stated is an AGREE too
    assert m.event == "AID" and m.factuality == "planned" and m.date is None


def test_as_long_as_a_condition_holds_stays_hypothetical():
    ms = code("ロシアが侵攻を続ける限り、日本はロシアへの制裁を続ける。", published="2024-01-24")
    assert _one(ms, "SANCTION").factuality == "hypothetical"


# --- an assessment of a later clause with its own subject does not reach a clause before it ---


def test_a_judgement_of_another_subject_does_not_hedge_the_example_before_it():
    m = _one(
        code(
            "太平洋では中国が2022年にソロモン諸島と安全保障協定を結ぶなど影響力を広げており、"
            "豪州は中国の進出を防ぐ狙いがあるとみられる。",
            published="2024-08-28",
        ),
        "SUPPORT",
    )
    assert m.factuality == "asserted" and m.date == "2022"


def test_a_judgement_of_the_same_subject_still_hedges():
    (m,) = code("中国はソロモン諸島と安全保障協定を結んだとみられる。", published="2024-08-28")
    assert m.factuality == "probable"


# --- a planned event said as a noun: its planner is its doer ---------------------------------


def test_drill_planned_by_a_relative_clause_subject():
    (m,) = code("日米が今年予定する共同訓練は過去最大の規模となる。", published="2025-02-05")
    assert brief(m) == ("COOPERATE", ("JPN",), ("USA",))
    assert m.factuality == "planned" and m.date == "2025"
    (n,) = code("日本と米国は来月、共同訓練を計画している。", published="2025-02-05")
    assert n.event == "COOPERATE" and n.factuality == "planned" and n.date == "2025-03"


def test_a_plan_with_no_doer_written_gives_no_parties():
    assert code("今年予定されていた行事は中止された。", published="2025-02-05") == []


# --- time elapsed since a clause dates that clause -------------------------------------------


def test_months_elapsed_since_a_deployment_date_it():
    (m,) = code(
        "米軍のミサイルシステムがフィリピン北部に運び込まれてから10カ月がたつ。",
        published="2025-02-05",
    )
    assert m.date == "2024-04"
    (n,) = code("ロシアがウクライナに侵攻してから3年が過ぎた。", published="2025-03-01")
    assert n.event == "ASSAULT" and n.date == "2022"


def test_a_duration_alone_is_no_date():
    (m,) = code("ロシアは10カ月間、ウクライナへの攻撃を続けている。", published="2025-02-05")
    assert m.date == "2025-02"


# --- a bare day after a month named as the sentence's time ------------------------------------


def test_day_after_a_month_adverbial_is_of_that_month():
    ms = code(
        "モルディブは今年1月には中国と協議を重ね、10日に軍事協定に署名した。",
        published="2024-03-06",
    )
    assert _one(ms, "SUPPORT").date == "2024-01-10"
    assert _one(ms, "CONSULT").date == "2024-01"


def test_day_after_a_month_in_a_noun_phrase_is_of_now():
    (m,) = code(
        "ムイズ大統領は1月の首脳会談で合意した内容を踏まえ、5日に中国を訪問した。",
        published="2024-03-06",
    )
    assert m.event == "CONSULT" and m.date == "2024-03-05"


# --- a story told in the past stays in the month it last named --------------------------------


def test_undated_past_sentences_keep_the_background_month():
    ms = code(
        "モルディブのムイズ大統領は今年1月には中国を国賓として訪れた。",
        "両国は関係を「全面的戦略協力パートナーシップ」に格上げし、約20の文書に署名した。",
        "インド外務省はモルディブの駐インド大使を呼び出して抗議した。",
        published="2024-03-06",
    )
    assert {m.date for m in ms} == {"2024-01"}, [(brief(m), m.date) for m in ms]


def test_a_present_state_after_a_background_month_is_of_now():
    ms = code(
        "モルディブのムイズ大統領は今年1月には中国を国賓として訪れた。",
        "インドはモルディブへの軍事支援を続けている。",
        published="2024-03-06",
    )
    assert _one(ms, "AID").date == "2024-03"


def test_a_recent_day_still_gives_its_day():
    ms = code(
        "北朝鮮は5日、弾道ミサイルを日本海に向けて発射した。",
        "日本政府は北朝鮮に抗議した。",
        published="2024-03-06",
    )
    assert _one(ms, "ACCUSE").date == "2024-03-05"


# --- 近く (soon) on the event's own verb makes it planned ---------------------------------------


def test_talks_soon_are_planned_whatever_the_chain():
    m = _one(
        code(
            "トルコのエルドアン大統領は、プーチン大統領と近く電話で会談し、"
            "合意の継続を働きかける考えを示した。",
            published="2023-07-17",
        ),
        "CONSULT",
    )
    assert m.factuality == "planned" and m.date is None


def test_near_a_place_or_a_number_is_not_soon():
    (m,) = code("北朝鮮軍は国境近くで演習を行った。", published="2023-07-17")
    assert m.factuality == "asserted"
    (n,) = code("北朝鮮は兵士1万人近くをロシアに派遣した。", published="2023-07-17")
    assert n.event == "AID" and n.factuality == "asserted"


def test_a_plain_past_month_does_not_carry_into_a_reaction():
    ms = code(
        "北朝鮮は先月、弾道ミサイルを日本海に向けて発射した。",
        "韓国政府は北朝鮮に抗議した。",
        published="2024-03-20",
    )
    assert _one(ms, "ACCUSE").date == "2024-03"


# --- 否定できない (cannot rule out) is no denial ---------------------------------------------


def test_cannot_rule_out_is_a_hedge_not_a_denial():
    (m,) = code("ロシアが北朝鮮に兵器を供与した可能性も否定できない。", published="2024-10-12")
    assert m.event == "AID" and m.factuality == "possible"
    (n,) = code(
        "エジプト軍がソマリアに展開すれば、エチオピア軍との間で衝突が起きる可能性も否定できない。",
        published="2024-10-12",
    )
    assert n.factuality == "hypothetical"


def test_a_denial_stays_negated():
    (m,) = code("ロシアは北朝鮮への兵器供与を否定した。", published="2024-10-12")
    assert m.event == "AID" and m.factuality == "negated"


def test_a_withdrawal_arranged_ahead_stays_planned():
    m = _one(
        code(
            "合意では、イスラエル軍が60日以内にレバノン南部から段階的に撤退し、"
            "代わってレバノン軍が南部に展開することになっている。",
            published="2024-11-27",
        ),
        "RETREAT",
    )
    assert m.factuality == "planned"


def test_a_plan_noun_predicate_is_no_light_verb():
    ms = code(
        "米韓両軍は22日から合同演習を始めた。",
        "演習は24日まで続く予定だ。",
        published="2024-07-20",
    )
    assert [brief(m) for m in ms] == [("COOPERATE", ("USA",), ("KOR",))]
