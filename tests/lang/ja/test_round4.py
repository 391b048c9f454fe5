"""Constructions found while studying dev_ja_r4 (issue 9, round 4), in sentences we wrote:
statements chained after a quote, policy targets (対ロ), summons, places around a state,
datelines, objects written before a quote, and 〜を受け read as "in response to"."""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, code

pytestmark = pytest.mark.model


def test_statement_chained_after_a_quote_is_claimed_by_its_speaker():
    (m,) = code("松野官房長官は記者会見で「断じて許されない」と述べ、ロシアを強く非難した。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("RUS",))
    assert m.claimed_by is not None and m.claimed_by.text == "松野官房長官"
    (r,) = code("岸田外相は「力による現状変更は認められない」と述べ、ロシアに自制を求めた。")
    assert brief(r) == ("REQUEST", ("JPN",), ("RUS",)) and r.claimed_by.text == "岸田外相"


def test_a_government_claims_its_statement_only_when_it_reports_words():
    """Round 7: the blind sets' gold credits a government, state or joint statement that
    reports words (韓国政府は…だと非難し; パキスタン政府は「…」と警告した), so this
    sentence's claimant is 政府 (it was None before); a bare protest still has none."""
    (m,) = code(HOME, "政府は「断じて容認できない」と述べ、北朝鮮に抗議した。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("PRK",)) and m.claimed_by.text == "政府"
    (n,) = code(HOME, "政府は北京の大使館ルートを通じて北朝鮮に抗議した。")
    assert brief(n) == ("ACCUSE", ("JPN",), ("PRK",)) and n.claimed_by is None


def test_policy_target_prefix_names_the_recipient():
    ms = code("EU、対ロ制裁第14弾を採択", title="EU、対ロ制裁第14弾を採択")
    assert {brief(m) for m in ms} == {("SANCTION", ("EUR",), ("RUS",))}
    (n,) = code("日本は対中輸出規制を強化した。")
    assert brief(n) == ("SANCTION", ("JPN",), ("CHN",))


def test_sanctions_imposed_with_the_kasuru_lemma():
    ms = code("日本政府はこれまでに、ロシアに対して輸入禁止といった制裁を科している。")
    assert {brief(m) for m in ms} == {("SANCTION", ("JPN",), ("RUS",))}
    assert all(m.factuality == "asserted" for m in ms)


def test_a_place_around_a_state_is_not_a_party():
    ms = code("中ロ爆撃機が日本周辺を共同飛行", title="中ロ爆撃機が日本周辺を共同飛行")
    assert ms and all(m.event == "COOPERATE" for m in ms)
    assert all({a.code for a in m.actor + m.recipient} == {"CHN", "RUS"} for m in ms)


def test_summoning_an_envoy_is_a_protest_to_his_state():
    (m,) = code("外務省の事務次官は同日、駐日ロシア大使を呼び、外交官の名簿を伝えた。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("RUS",))
    assert not code("首相は記者団を官邸に呼び、方針を説明した。")


def test_object_before_a_quote_is_the_target_of_the_statement():
    ms = code(
        "林外務大臣はブリンケン国務長官と会談し、中国の行動を"
        "『地域の平和と安定に深刻な影響を与える』と非難しました。",
        published="2022-08-05",
    )
    accuse = [m for m in ms if m.event == "ACCUSE"]
    assert [brief(m) for m in accuse] == [("ACCUSE", ("JPN",), ("CHN",))]
    assert any(brief(m)[0] == "CONSULT" for m in ms)


def test_clash_and_killing_are_assaults():
    (m,) = code("ガルワン渓谷で15日夜、インド軍が中国軍と衝突した。")
    assert brief(m) == ("ASSAULT", ("IND",), ("CHN",)) and m.date == "2024-10-15"
    (k,) = code("米軍は3日、バグダッドで革命防衛隊のソレイマニ司令官を殺害した。")
    assert brief(k) == ("ASSAULT", ("USA",), ("IRN",)) and k.date == "2024-10-03"


def test_regret_conveyed_is_a_protest():
    (m,) = code("韓国の国家安保室長はロシア安全保障会議に「深刻な遺憾」を伝えた。")
    assert brief(m) == ("ACCUSE", ("KOR",), ("RUS",))


def test_dateline_city_is_no_party():
    ms = code("【東京共同】政府は8日、在日ロシア大使館の外交官ら8人を国外追放すると発表した。")
    assert [brief(m) for m in ms] == [("SANCTION", ("JPN",), ("RUS",))]


def test_headline_phrases_split_by_a_folded_space_are_read_apart():
    # the cleaner folds U+3000 to an ASCII space; GiNZA must not read 電話会談 エネルギー施設
    # as one compound
    title = "【速報】米ロ首脳が電話会談 エネルギー施設への攻撃停止で合意"
    ms = code(title, title=title)
    assert ("CONSULT", ("USA",), ("RUS",)) in {brief(m) for m in ms}
    title = "NHKニュース(書き起こし) 中ロ爆撃機が日本周辺を共同飛行 防衛省が警戒"
    ms = code(title, title=title)
    assert ("COOPERATE", ("CHN",), ("RUS",)) in {brief(m) for m in ms}


def test_launch_at_a_base_of_another_state_is_an_attack_on_that_state():
    (m,) = code("イランは23日、カタールにあるアメリカ軍の空軍基地に向けて弾道ミサイルを発射した。")
    assert brief(m) == ("ASSAULT", ("IRN",), ("USA",))
    (n,) = code("北朝鮮は日本海に向けて弾道ミサイルを発射した。")
    assert brief(n) == ("MOBILIZE", ("PRK",), ())


def test_relative_clause_modifies_the_noun_right_after_it():
    ms = code("EUは24日、ウクライナ侵略を続けるロシアに対する制裁パッケージを採択した。")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in {brief(m) for m in ms}


def test_agreement_takes_its_parties_from_the_clause_agreed_on():
    ms = code("協議では、日比両国の安全保障協力を一段と深めていくことで一致した。")
    agree = [m for m in ms if m.event == "AGREE"]
    assert len(agree) == 1
    assert {a.code for a in agree[0].actor + agree[0].recipient} == {"JPN", "PHL"}


def test_military_vocabulary_of_launches_alerts_and_handovers():
    (m,) = code("北朝鮮の衛星打ち上げは5月に失敗した。")
    assert brief(m) == ("MOBILIZE", ("PRK",), ())
    (n,) = code("韓国軍は警戒態勢を強化している。")
    assert brief(n) == ("MOBILIZE", ("KOR",), ())
    (d,) = code("日本政府はイージス艦を展開して警戒に当たった。")
    assert brief(d) == ("MOBILIZE", ("JPN",), ())
    (h,) = code("北朝鮮がロシアにコンテナ1000個分の弾薬を引き渡した。")
    assert brief(h) == ("AID", ("PRK",), ("RUS",))
    assert not code("ロシアは名簿を引き渡した。")
    (k,) = code("朝鮮中央通信は、わが共和国の偵察衛星打ち上げを伝えた。")
    assert brief(k) == ("MOBILIZE", ("PRK",), ())


def test_a_transcript_turn_is_not_a_quotation():
    ms = code(
        "記者「林外務大臣はブリンケン国務長官と会談し、中国の行動を"
        "『地域の平和と安定に深刻な影響を与える』と非難しました。」",
        published="2022-08-05",
    )
    accuse = [m for m in ms if m.event == "ACCUSE"]
    assert [brief(m) for m in accuse] == [("ACCUSE", ("JPN",), ("CHN",))]


def test_the_accuser_is_no_side_of_the_accused_event():
    ms = code("日本政府はイランの攻撃を強く非難した。")
    assert [brief(m) for m in ms] == [("ACCUSE", ("JPN",), ("IRN",))]
    ms = code("韓国政府は北朝鮮の派兵を非難した。")
    assert ("AID", ("PRK",), ("KOR",)) not in {brief(m) for m in ms}
    ms = code("日本はウクライナ侵略を受けてロシアへの制裁を強化した。")
    assert ("ASSAULT", ("JPN",), ("UKR",)) not in {brief(m) for m in ms}


def test_subject_of_a_threats_condition_is_the_threatened_wherever_it_hangs():
    ms = code("米大統領は、イランが米国の施設を攻撃すれば「52カ所」を攻撃すると警告した。")
    threats = [brief(m) for m in ms if m.event == "THREATEN"]
    assert threats == [("THREATEN", ("USA",), ("IRN",))]


def test_headline_goods_sent_to_a_state_without_a_verb():
    title = "北朝鮮、ロシアにコンテナ1000個分の武器か 米が分析"
    ms = code(title, title=title)
    assert {(brief(m), m.factuality) for m in ms} == {(("AID", ("PRK",), ("RUS",)), "possible")}
    title = "イラン、カタールの米軍基地にミサイル"
    assert not any(m.event == "AID" for m in code(title, title=title))
