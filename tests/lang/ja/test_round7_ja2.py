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
    (m,) = of_type(
        code("林外相は15日、ブリンケン米国務長官、韓国の趙兌烈外相とそれぞれ会談した。"),
        "CONSULT",
    )
    assert parties(m) == {"JPN", "USA", "KOR"}
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
    ms = code("両首脳は、日韓、日米韓で緊密に連携していくことで一致した。")
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
