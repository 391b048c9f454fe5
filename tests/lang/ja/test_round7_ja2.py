"""Round 7 (issue 9), helper JA2: events said as nouns and headlines, subjects carried over,
and coordinations that lost a party, in sentences we wrote. Each reading has a sentence
where it applies and one where it must not."""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def parties(m) -> set[str]:
    return {a.code for a in m.actor + m.recipient}


def of_type(ms, event: str) -> list:
    return [m for m in ms if m.event == event]


# -- coordination ------------------------------------------------------------------------


def test_a_listing_particle_keeps_the_subject_a_subject():
    ms = code("日米などがフィリピンへの支持を相次いで表明した。")
    assert [parties(m) for m in of_type(ms, "SUPPORT")] == [{"JPN", "USA", "PHL"}]
    ms = code("英仏などは北朝鮮に対する制裁を強化した。")
    assert ("SANCTION", ("GBR", "FRA"), ("PRK",)) in {brief(m) for m in ms}


def test_a_listing_particle_leaves_a_source_a_source():
    ms = code("ロシアは北朝鮮などから砲弾を調達した。")
    assert ("AID", ("PRK",), ("RUS",)) in {brief(m) for m in ms}


def test_every_partner_of_a_list_joined_by_commas_meets():
    # with それぞれ, one talk with each (blind11 gold, round 12 apart.py)
    talks = of_type(
        code("林外相は15日、ブリンケン米国務長官、韓国の趙兌烈外相とそれぞれ会談した。"),
        "CONSULT",
    )
    assert sorted(sorted(parties(m)) for m in talks) == [["JPN", "KOR"], ["JPN", "USA"]]
    (m,) = of_type(
        code("首相は英国のスターマー首相、イタリアのメローニ首相と電話で協議した。"), "CONSULT"
    )
    assert {"GBR", "ITA"} <= parties(m)


def test_a_clause_before_the_partner_is_no_part_of_the_list():
    (m,) = of_type(
        code("岸田首相は北朝鮮の発射を受け、米国のバイデン大統領と電話で会談した。"), "CONSULT"
    )
    assert parties(m) == {"JPN", "USA"}


def test_a_group_in_de_is_the_parties_of_a_joint_act():
    ms = code("日米韓3カ国でミサイル警戒情報を即時に共有することを確認した。")
    assert [parties(m) for m in of_type(ms, "COOPERATE")] == [{"JPN", "USA", "KOR"}]
    ms = code("両首脳は、日韓、日米韓で緊密に連携していくことを確認した。")
    assert any(parties(m) >= {"JPN", "USA", "KOR"} for m in of_type(ms, "COOPERATE"))


def test_a_place_in_de_is_no_party():
    ms = code("日米両政府は横須賀で合同訓練を行った。")
    assert [parties(m) for m in of_type(ms, "COOPERATE")] == [{"JPN", "USA"}]


def test_an_abbreviation_before_a_middle_dot_is_a_state():
    (m,) = code("日・フィリピン首脳会談がマニラで開かれた。")
    assert m.event == "CONSULT" and parties(m) == {"JPN", "PHL"}
    (m,) = of_type(code("米・フィリピン両軍は南シナ海で共同訓練を始めた。"), "COOPERATE")
    assert parties(m) == {"USA", "PHL"}


def test_a_day_before_a_middle_dot_is_no_state():
    ms = code("北朝鮮は19日・20日の両日、弾道ミサイルを発射した。")
    assert all("JPN" not in parties(m) for m in ms)


def test_a_state_that_is_talked_about_is_no_party_to_the_talks():
    (m,) = of_type(code("日米韓の外相は北朝鮮の核開発への対応を協議した。"), "CONSULT")
    assert parties(m) == {"JPN", "USA", "KOR"}
    (m,) = of_type(code("日本と韓国は北朝鮮のミサイルの発射データを共有した。"), "COOPERATE")
    assert parties(m) == {"JPN", "KOR"}
    (m,) = of_type(code("日米両政府は中国の海洋進出への対処を協議した。"), "CONSULT")
    assert parties(m) == {"JPN", "USA"}


def test_the_state_visited_or_met_stays_a_party():
    (m,) = of_type(code("プーチン大統領は北朝鮮を訪問した。"), "CONSULT")
    assert parties(m) == {"RUS", "PRK"}
    (m,) = of_type(code("ブリンケン国務長官はロシアの首都モスクワを訪問した。"), "CONSULT")
    assert "RUS" in parties(m)


# -- events said as nouns and headlines ---------------------------------------------------


def test_a_genitive_before_a_short_relative_clause_owns_the_event_noun():
    ms = code("日本政府は北朝鮮の度重なる弾道ミサイル発射に抗議した。")
    assert ("MOBILIZE", ("PRK",), ()) in {brief(m) for m in ms}
    ms = code("韓国軍はロシアの行った攻撃について説明した。")
    assert all(m.event != "ASSAULT" or m.actor[0].code == "RUS" for m in ms)


def test_a_relative_clause_with_its_own_subject_gives_no_owner():
    ms = code("北朝鮮が相次いで行ったミサイル発射を韓国が非難した。")
    assert ("MOBILIZE", ("KOR",), ()) not in {brief(m) for m in ms}


def test_a_summit_named_as_the_scene_has_the_subject_for_parties():
    ms = code("日中両政府は昨年11月の首脳会談で戦略的互恵関係の推進を確認した。")
    (m,) = of_type(ms, "CONSULT")
    assert parties(m) == {"JPN", "CHN"} and m.date == "2023-11"
    ms = code("米韓の国防相は定例の会談で抑止力の強化を確認した。")
    assert any(parties(m) == {"USA", "KOR"} for m in of_type(ms, "CONSULT"))


def test_a_summit_with_its_own_parties_keeps_them():
    ms = code("岸田首相は日米首脳会談で中国を批判した。")
    assert [parties(m) for m in of_type(ms, "CONSULT")] == [{"JPN", "USA"}]
    ms = code("首相は会談で何も語らなかった。")
    assert not of_type(ms, "CONSULT")


def test_a_common_noun_before_an_attack_names_no_victim():
    (m,) = of_type(code("イラン、イスラエルに報復攻撃"), "ASSAULT")
    assert brief(m) == ("ASSAULT", ("IRN",), ("ISR",))


def test_a_state_before_an_invasion_is_still_its_victim():
    ms = code("ウクライナ侵攻を続けるロシアに対し、日本は制裁を科した。")
    assert ("SANCTION", ("JPN",), ("RUS",)) in {brief(m) for m in ms}
    assert all(brief(m)[:2] != ("ASSAULT", ("JPN",)) for m in ms)


def test_a_place_before_a_state_named_target_is_not_its_owner():
    (m,) = of_type(code("イランはカタールの米軍基地を弾道ミサイルで攻撃した。"), "ASSAULT")
    assert brief(m) == ("ASSAULT", ("IRN",), ("USA",))


def test_a_target_owned_by_the_state_before_it_stays_that_states():
    (m,) = of_type(code("北朝鮮は韓国の延坪島を砲撃した。"), "ASSAULT")
    assert brief(m) == ("ASSAULT", ("PRK",), ("KOR",))


def test_an_attack_received_from_a_named_state_is_that_states():
    ms = code("イスラエルは1日、イランから弾道ミサイル攻撃を受けた。")
    assert ("ASSAULT", ("IRN",), ("ISR",)) in {brief(m) for m in ms}
    ms = code("米国は、フィリピン軍が武力攻撃を受けた場合は防衛義務が生じると述べた。")
    assert not of_type(ms, "ASSAULT")


# -- subjects carried over ----------------------------------------------------------------


def test_a_partner_of_a_chained_meeting_is_a_party_of_the_agreement():
    ms = code("韓国の尹大統領は岸田首相と会談し、安全保障協力の強化で合意した。")
    assert [parties(m) for m in of_type(ms, "AGREE")] == [{"KOR", "JPN"}]


def test_a_contrast_ends_the_shared_partner():
    ms = code("林外相は王毅外相と会談したが、関係改善では合意できなかった。")
    assert all(parties(m) != {"JPN", "CHN"} for m in of_type(ms, "AGREE"))


def test_a_spokesperson_is_the_state_of_the_organ_named_before():
    ms = code("米国務省のミラー報道官は声明を出した。 同報道官は、中国の軍事演習を厳しく批判した。")
    assert ("ACCUSE", ("USA",), ("CHN",)) in {brief(m) for m in ms}
    ms = code("韓国国防省は北朝鮮を非難した。 報道官は、北朝鮮に挑発の中止を求めた。")
    assert ("REQUEST", ("KOR",), ("PRK",)) in {brief(m) for m in ms}


def test_a_surname_or_a_statement_is_not_guessed_from_the_last_organ():
    ms = code("APECの首脳会議が開かれた。 習氏は日本を非難した。")
    assert all(brief(m)[1] != ("IGO",) for m in ms)


def test_an_ambassador_to_a_state_is_not_that_states():
    ms = code("林官房長官は遺憾の意を表明した。 金杉駐中国大使は、中国当局に透明性を求めた。")
    assert ("REQUEST", ("JPN",), ("CHN",)) in {brief(m) for m in ms}
    assert all(brief(m)[1] != ("CHN",) for m in of_type(ms, "REQUEST"))


def test_an_official_with_no_organ_named_before_stays_unresolved():
    ms = code("北朝鮮はミサイルを発射した。 報道官は、日本を非難した。")
    assert all(m.event != "ACCUSE" for m in ms)


def test_a_headline_ending_in_he_or_ka_after_a_light_verb_is_planned_or_possible():
    (m,) = code("EU、対ロ制裁を延長へ")
    assert brief(m) == ("SANCTION", ("EUR",), ("RUS",)) and m.factuality == "planned"
    (m,) = code("日韓、防衛相会談を開催へ")
    assert m.event == "CONSULT" and m.factuality == "planned"


def test_a_headline_told_as_done_stays_asserted():
    (m,) = code("北朝鮮、弾道ミサイルを発射")
    assert m.event == "MOBILIZE" and m.factuality == "asserted"


def test_a_bare_ministry_as_a_place_gives_no_side():
    ms = code("韓国外交部の次官は21日、ロシアの駐韓大使を外交部に呼び出し、派兵に抗議した。")
    assert all(brief(m)[1] != ("RUS",) for m in ms)


def test_a_joint_act_with_its_partner_alone_is_the_act_of_the_subject_above():
    ms = code("ロシアのペスコフ大統領報道官は、北朝鮮との軍事協力は合法だと主張した。")
    assert [parties(m) for m in of_type(ms, "COOPERATE")] == [{"RUS", "PRK"}]
    ms = code("中国外務省の報道官は、ロシアとの合同演習は定例のものだと説明した。")
    assert [parties(m) for m in of_type(ms, "COOPERATE")] == [{"CHN", "RUS"}]


def test_a_joint_act_inside_a_demand_is_not_the_demanders():
    ms = code("韓国外務省はロシアの大使を呼び、北朝鮮との軍事協力をやめるよう求めた。")
    assert all(parties(m) != {"KOR", "PRK"} for m in of_type(ms, "COOPERATE"))


def test_we_in_a_named_speakers_words_is_the_speakers_state():
    ms = code("林官房長官は「わが国はロシアに追加の制裁を科す」と述べた。")
    assert ("SANCTION", ("JPN",), ("RUS",)) in {brief(m) for m in ms}
    ms = code("韓国国防相は「われわれは北朝鮮の挑発に断固対応する」と述べた。")
    assert all(brief(m)[1] != ("PRK",) for m in ms)


def test_we_with_no_speaker_named_is_no_state():
    ms = code("「わが国はロシアに追加の制裁を科す」")
    assert not of_type(ms, "SANCTION")


def test_a_charter_named_for_its_organisation_is_no_party():
    ms = code("イラン外務省は、米国の攻撃を国連憲章への重大な違反だと非難した。")
    assert all("UNO" not in parties(m) for m in ms)
    assert ("ACCUSE", ("IRN",), ("USA",)) in {brief(m) for m in ms}
    ms = code("国連は北朝鮮に制裁を科した。")
    assert ("SANCTION", ("UNO",), ("PRK",)) in {brief(m) for m in ms}


def test_a_joint_act_under_a_concern_is_not_the_concerned_parties():
    ms = code("両首脳は、北朝鮮とロシアの軍事協力の進展に深刻な懸念を表明した。")
    assert all(parties(m) != {"JPN", "KOR"} for m in of_type(ms, "COOPERATE"))
    ms = code("日韓両首脳は、北朝鮮のロシアとの軍事協力の進展に深刻な懸念を表明した。")
    assert all(not parties(m) & {"JPN", "KOR"} for m in of_type(ms, "COOPERATE"))


def test_three_countries_are_the_compound_of_three_named_before():
    ms = code(
        "日韓両政府は日米韓首脳会談に向け、北朝鮮のミサイル警戒データを3カ国で共有する仕組みを整える。"
    )
    assert [parties(m) for m in of_type(ms, "COOPERATE")] == [{"JPN", "USA", "KOR"}]


def test_three_countries_with_no_compound_are_the_last_three_named():
    ms = code("日本、米国、韓国の外相は会談し、3カ国で協力することを確認した。")
    assert all(parties(m) <= {"JPN", "USA", "KOR"} for m in ms)


def test_a_headline_topic_is_the_subject_of_a_light_verb():
    ms = code("韓国、日韓GSOMIAの破棄を決定")
    assert ("SANCTION", ("KOR",), ("JPN",)) in {brief(m) for m in ms}


def test_a_headline_topic_does_not_do_the_event_noun_it_condemns():
    ms = code("日米韓首脳、北朝鮮のロシア派兵を非難")
    assert ("AID", ("PRK",), ("RUS",)) in {brief(m) for m in ms}
    assert all(m.event != "AID" or m.actor[0].code == "PRK" for m in ms)


def test_a_person_belongs_to_the_nearest_state_of_a_genitive_chain():
    ms = code("欧州連合(EU)の議長国ハンガリーのオルバン首相はロシアを訪問した。")
    assert [parties(m) for m in of_type(ms, "CONSULT")] == [{"HUN", "RUS"}]
    ms = code("東南アジア諸国連合(ASEAN)の議長国ラオスの首相は、タイの首相と電話で協議した。")
    assert [parties(m) for m in of_type(ms, "CONSULT")] == [{"LAO", "THA"}]


def test_states_joined_by_to_before_a_genitive_are_all_parties():
    ms = code("日本とフィリピンの首脳は東京で会談した。")
    assert [parties(m) for m in of_type(ms, "CONSULT")] == [{"JPN", "PHL"}]


def test_the_state_an_ambassador_is_posted_to_is_not_whose_he_is():
    ms = code("米国のカールソン駐フィリピン大使は、中国の行動を非難した。")
    assert ("ACCUSE", ("USA",), ("CHN",)) in {brief(m) for m in ms}
