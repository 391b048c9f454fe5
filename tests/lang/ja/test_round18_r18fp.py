"""Round 18 (r18fp): hypothetical and presupposed mentions and wrong senses (blind17 PRES, TYPE),
and parties written only as modifiers (blind17 MOD). Sentences of our own, in news style."""

from __future__ import annotations

from .test_coder import briefs, code


def test_pressed_with_no_presser_is_a_predicament():
    # 〜を迫られる with no one written who presses: a predicament, no one's demand
    assert not any(b[0] == "REQUEST" for b in briefs("日本も対中外交の立て直しを迫られている。"))
    assert not any(b[0] == "REQUEST" for b in briefs("韓国は北朝鮮政策の再考を迫られそうだ。"))
    # イランから撤退: the から-phrase belongs to the withdrawal, it presses no one
    found = briefs("制裁が発動されれば、欧州企業はイランから撤退を迫られる。")
    assert not any(b[0] == "REQUEST" for b in found)
    # pressed by a state written with に or から: still its demand
    assert ("REQUEST", ("USA",), ("KOR",)) in briefs(
        "韓国は米国から防衛費の大幅な増額を迫られている。"
    )
    assert ("REQUEST", ("CHN",), ("PHL",)) in briefs("フィリピンは中国に艦船の撤収を迫られた。")
    assert briefs("米国は日本に市場の開放を迫った。") == [("REQUEST", ("USA",), ("JPN",))]


def test_frozen_or_stalled_talks_are_no_talks():
    assert not any(
        b[0] == "CONSULT" for b in briefs("EUとロシアの首脳会議を当面凍結する案が浮上している。")
    )
    assert not any(b[0] == "CONSULT" for b in briefs("日中の協議の停滞が続いている。"))
    assert not any(b[0] == "CONSULT" for b in briefs("米朝の非核化交渉が行き詰まっている。"))
    # talks held stay talks
    assert ("CONSULT", ("JPN",), ("CHN",)) in briefs("日本と中国は15日、北京で協議した。")


def test_act_refrained_from_is_negated():
    found = [m for m in code("日韓両国は、互いに非難することを控えることで一致した。")]
    accusations = [m for m in found if m.event == "ACCUSE"]
    assert accusations and all(m.factuality == "negated" for m in accusations)
    assert any(m.event == "AGREE" and m.factuality == "asserted" for m in found)
    (m,) = code("中国は北朝鮮を強く非難した。")
    assert m.factuality == "asserted"


def test_condemning_statement_issuer_is_no_launcher():
    found = briefs("安保理が10日に発射を非難する議長声明を採択すると、北朝鮮は反発した。")
    assert ("MOBILIZE", ("UNO",), ()) not in found
    assert ("ACCUSE", ("UNO",), ("PRK",)) in found
    # the launcher written with the launch is still coded
    found = briefs("安保理は10日、北朝鮮のミサイル発射を非難する議長声明を採択した。")
    assert ("MOBILIZE", ("PRK",), ()) in found


def test_firing_at_a_force_is_an_attack():
    assert briefs("北朝鮮軍は韓国軍の陣地に砲弾を発射した。") == [("ASSAULT", ("PRK",), ("KOR",))]
    assert ("ASSAULT", ("IRN",), ("ISR",)) in briefs(
        "イラン革命防衛隊がゴラン高原のイスラエル軍陣地にロケット弾約20発を発射した。"
    )
    # at a sea area, or with no aim written, a launch stays a launch
    assert briefs("北朝鮮は日本海に向けて弾道ミサイルを発射した。") == [("MOBILIZE", ("PRK",), ())]
    assert briefs("北朝鮮は15日、短距離弾道ミサイル2発を発射した。") == [("MOBILIZE", ("PRK",), ())]


def test_shooting_down_a_states_missile_attacks_that_state():
    assert ("ASSAULT", ("SYR",), ("ISR",)) in briefs(
        "シリア軍はイスラエルのミサイル2発を撃墜した。"
    )
    assert ("ASSAULT", ("KOR",), ("PRK",)) in briefs("韓国軍は北朝鮮の無人機を撃墜した。")
    # a missile named inside data shared is no party to the sharing
    found = briefs("3カ国は北朝鮮のミサイル警戒データを年内に共有する方針を確認した。")
    assert not any("PRK" in b[1] + b[2] for b in found)


def test_body_a_state_founds_stands_for_it():
    assert ("AID", ("JPN",), ("KOR",)) in briefs(
        "日本政府は、韓国政府が設立する被害者支援のための財団に10億円を拠出する。"
    )
    assert ("AID", ("JPN",), ("KOR",)) in briefs("日本は韓国が設立した財団に10億円を拠出した。")
    # a body run by no state names no recipient
    assert not any(
        b[0] == "AID" for b in briefs("日本は民間団体が運営する基金に10億円を拠出した。")
    )


def test_hedged_doer_of_an_attack():
    assert ("ASSAULT", ("ISR",), ("SYR",)) in briefs(
        "シリア南部で、イスラエル軍によるとみられるミサイル攻撃があった。"
    )
    # a source of a report is no doer
    found = briefs("イスラエル軍によると、シリア軍が国境付近を砲撃した。")
    assert not any(b[0] == "ASSAULT" and b[1] == ("ISR",) for b in found)


def test_event_an_act_is_timed_by_names_no_side():
    found = briefs(
        "米国の合意離脱表明から数時間後、シリアの首都ダマスカス南方で、"
        "イスラエル軍によるとみられるミサイル攻撃があった。"
    )
    assert ("ASSAULT", ("ISR",), ("SYR",)) in found
    assert ("ASSAULT", ("ISR",), ("USA",)) not in found
