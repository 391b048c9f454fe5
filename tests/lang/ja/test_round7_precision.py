"""Round 7 (issue 9), precision and dates: classes of false positives and wrong dates found
over the studied ja sets, each shown in sentences we wrote (positive and negative cases).

Dates (spec §6): 同日 takes the last day written before it, not a month or a year range
written after that day; けさ is the publication day; a date followed by 以来 is the last time
before (発射は3月10日以来), not the date of the event told; the date of a clause that ends
in 〜て以降 dates that clause, not the ongoing event of the main clause; a time restated in
Japan's clock in parentheses is no second date.
"""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, code

pytestmark = pytest.mark.model


def _by_type(ms: list, event: str) -> list:
    return [m for m in ms if m.event == event]


# -- 同日 and the day it refers to ---------------------------------------------------------


def test_same_day_skips_a_year_range_written_after_the_day():
    ms = code(
        "韓国国防部は1日、ポーランドと戦車の供給契約を結んだと発表した。",
        "戦車は2027年から2030年にかけて引き渡される予定だ。",
        "国防部長官は同日、ポーランドの国防相と会談した。",
    )
    (m,) = _by_type(ms, "CONSULT")
    assert m.date == "2024-10-01"


def test_same_day_skips_a_month_written_after_the_day():
    ms = code(
        "北朝鮮の朝鮮中央通信は28日、部隊がクルスク州の戦闘に参加したと報じた。",
        "派兵は昨年12月に発効した条約に基づくものだという。",
        "ロシアのプーチン大統領は同日、北朝鮮を支持する声明を発表した。",
        published="2025-04-29",
    )
    (m,) = [m for m in ms if m.trigger == "支持"]
    assert m.event == "SUPPORT" and m.date == "2025-04-28"


def test_same_day_right_after_a_day():
    ms = code(
        "ロシア軍は5日、ウクライナ東部を砲撃した。", "ウクライナ軍は同日、ロシア領内を攻撃した。"
    )
    assert {(brief(m), m.date) for m in ms} == {
        (("ASSAULT", ("RUS",), ("UKR",)), "2024-10-05"),
        (("ASSAULT", ("UKR",), ("RUS",)), "2024-10-05"),
    }


# -- deictic words of a broadcast ----------------------------------------------------------


def test_this_morning_is_the_publication_day():
    (m,) = code("北朝鮮がけさ、日本海に向けて弾道ミサイルを発射しました。")
    assert m.event == "MOBILIZE" and m.date == "2024-10-21"
    (n,) = code(HOME, "政府はけさ、北京の大使館ルートを通じて北朝鮮に抗議しました。")
    assert brief(n) == ("ACCUSE", ("JPN",), ("PRK",)) and n.date == "2024-10-21"


# -- 以来, 〜て以降 ------------------------------------------------------------------------


def test_since_names_the_last_time_before_not_this_one():
    (m,) = code("北朝鮮が核実験を強行したのは2017年9月以来となる。")
    assert m.event == "MOBILIZE" and m.date == "2024-10"
    (v,) = code("プーチン大統領の訪朝は2000年7月以来、24年ぶりとなる。", published="2024-06-20")
    assert v.event == "CONSULT" and v.date == "2024-06"


def test_a_date_without_since_dates_its_event():
    (m,) = code("北朝鮮は2017年9月に核実験を強行した。")
    assert m.event == "MOBILIZE" and m.date == "2017-09"
    (n,) = code("北朝鮮は昨年8月以降、ロシアに砲弾を送り続けている。")
    assert brief(n) == ("AID", ("PRK",), ("RUS",)) and n.date == "2023-08"


def test_a_since_clause_dates_itself_not_the_ongoing_main_clause():
    ms = code("日本とフィリピンは2024年7月に円滑化協定に署名して以降、共同訓練を拡大している。")
    (signed,) = _by_type(ms, "SUPPORT")
    (drills,) = _by_type(ms, "COOPERATE")
    assert signed.date == "2024-07"
    assert drills.date == "2024-10"


# -- a time restated in Japan's clock --------------------------------------------------------


def test_japan_time_in_parentheses_is_no_second_date():
    (m,) = code("国連安保理は2日午前(日本時間3日未明)、北朝鮮に対する制裁決議を採択した。")
    assert brief(m) == ("SANCTION", ("UNO",), ("PRK",)) and m.date == "2024-10-02"
    (n,) = code("国連安保理は2日午前、北朝鮮に対する制裁決議を採択した。")
    assert n.date == "2024-10-02"


# -- place names are no parties (data/not_actor.tsv) ----------------------------------------


def test_a_state_where_a_target_lies_is_not_the_target():
    (m,) = code("イランは、イラクにある米軍基地に向けてミサイル攻撃を行った。")
    assert brief(m) == ("ASSAULT", ("IRN",), ("USA",))
    (n,) = code("イスラエル軍はシリアの軍事施設を空爆した。")
    assert brief(n) == ("ASSAULT", ("ISR",), ("SYR",))


def test_the_host_of_a_meeting_is_not_addressed_by_what_is_said_there():
    ms = code("ゼレンスキー大統領は、ドイツで開かれた国際会議で演説し、米国に兵器の供与を求めた。")
    assert {brief(m) for m in ms} == {("REQUEST", ("UKR",), ("USA",))}
    (n,) = code("ドイツは会議で米国に兵器の供与を求めた。")
    assert brief(n) == ("REQUEST", ("DEU",), ("USA",))


def test_a_time_zone_is_no_state():
    ms = code("トランプ大統領は日本時間のけさ、イランの核施設への攻撃を完了したと投稿した。")
    assert {brief(m) for m in ms} == {("ASSAULT", ("USA",), ("IRN",))}


def test_the_host_of_an_embassy_is_no_party():
    ms = code("在フィリピン米大使は、中国の行動を非難する声明を出した。")
    assert {brief(m) for m in ms} == {("ACCUSE", ("USA",), ("CHN",))}
    (n,) = code("日本政府は在日ロシア大使館の外交官8人を国外追放した。")
    assert brief(n) == ("SANCTION", ("JPN",), ("RUS",))


# -- who talks about an event noun fills no side of it ------------------------------------


def test_the_accusers_state_named_again_fills_no_side_of_the_event_noun():
    ms = code("日本政府はイランの攻撃を強く非難し、岸田首相も深い懸念を表明した。")
    assert ("ACCUSE", ("JPN",), ("IRN",)) in {brief(m) for m in ms}
    assert not [m for m in ms if m.event == "ASSAULT" and "JPN" in brief(m)[1] + brief(m)[2]]


def test_another_state_in_the_sentence_still_fills_the_event_noun():
    ms = code("韓国政府は北朝鮮の派兵を強く非難し、尹錫悦大統領はロシアに兵士の撤収を求めた。")
    # the condemned deployment names no target in its phrase: gold codes such a noun
    # optional at most (dev_ja a_005), and since r19pres it gives no mention; any AID
    # told still takes its target from the sentence, never the condemner
    assert all(brief(m) == ("AID", ("PRK",), ("RUS",)) for m in ms if m.event == "AID")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in {brief(m) for m in ms}


# -- cooperation agreed on or talked about is the content of the AGREE or CONSULT ---------


def test_cooperation_agreed_on_is_the_agreement_only():
    ms = code("日韓両首脳は、安全保障分野での協力を拡大することで一致した。")
    assert {brief(m)[0] for m in ms} == {"AGREE"}


def test_cooperation_talked_about_is_the_consultation_only():
    ms = code("日本とフィリピンの外相は、防衛協力の強化について協議した。")
    assert {brief(m)[0] for m in ms} == {"CONSULT"}


def test_cooperation_told_as_done_or_confirmed_stays_an_event():
    (m,) = code("日本とフィリピンは防衛協力を強化している。")
    assert brief(m) == ("COOPERATE", ("JPN",), ("PHL",))
    ms = code("日比の首脳は、日米比3か国の安全保障協力を一層推進していくことを確認した。")
    assert "COOPERATE" in {m.event for m in ms}
    (f,) = code("中国とロシアの爆撃機が日本周辺を共同飛行した。")
    assert f.event == "COOPERATE"


# -- a year in the genitive names a thing, not the time of the sentence -------------------


def test_a_year_in_the_genitive_dates_the_thing_named():
    (m,) = code("国連のグテレス事務総長は、イスラエルに1974年の停戦協定を守るよう求めた。")
    assert brief(m) == ("REQUEST", ("UNO",), ("ISR",)) and m.date == "2024-10"


def test_a_day_in_the_genitive_is_still_the_time_of_the_statement():
    (m,) = code("中国外務省の報道官は18日の記者会見で、日本を強く非難した。")
    assert brief(m) == ("ACCUSE", ("CHN",), ("JPN",)) and m.date == "2024-10-18"


# -- the links to related articles under a story ----------------------------------------


def test_a_related_article_link_reports_nothing():
    ms = code(
        "日米首脳は19日、ワシントンで会談した。",
        "・英国防相が来日、防衛相と会談",
        "・北朝鮮、弾道ミサイル発射か",
    )
    assert {brief(m)[0] for m in ms} == {"CONSULT"}
    assert {a.code for m in ms for a in m.actor + m.recipient} == {"JPN", "USA"}


def test_a_bulleted_sentence_of_the_story_is_still_read():
    ms = code("防衛省によると、", "・航空自衛隊の戦闘機が緊急発進し、ロシア機に警告を行った。")
    assert "MOBILIZE" in {m.event for m in ms}


# -- an act whose only other side written is the actor's own state stays at home ---------


def test_a_call_on_ones_own_citizens_has_no_foreign_addressee():
    ms = code("中国政府は、中国の国民に対し、当面、日本への渡航を控えるよう呼びかけた。")
    assert not [m for m in ms if m.event == "REQUEST"]


def test_a_call_on_another_state_keeps_its_addressee():
    ms = code("中国政府は、日本政府に対し、処理水の放出をやめるよう求めた。")
    assert ("REQUEST", ("CHN",), ("JPN",)) in {brief(m) for m in ms}


# -- a visit told as where a talker is staying -------------------------------------------


def test_where_a_talker_is_staying_is_the_setting_not_a_consultation():
    ms = code("カンボジアを訪れている林外務大臣は、アメリカのブリンケン国務長官と会談した。")
    assert {brief(m) for m in ms} == {("CONSULT", ("JPN",), ("USA",))}


def test_a_visit_told_as_done_is_still_a_consultation():
    ms = code("北朝鮮に続いてベトナムを訪れたロシアのプーチン大統領は、ハノイで記者会見した。")
    assert ("CONSULT", ("RUS",), ("VNM",)) in {brief(m) for m in ms}


# -- the recent past ---------------------------------------------------------------------


def test_recently_is_the_publication_month():
    (m,) = code("北朝鮮が最近、ロシアに弾道ミサイルを供与した。")
    assert brief(m) == ("AID", ("PRK",), ("RUS",)) and m.date == "2024-10"
    (n,) = code("米韓はこのほど、合同空中訓練を行った。")
    assert n.event == "COOPERATE" and n.date == "2024-10"


def test_once_long_ago_is_no_date():
    (m,) = code("ソ連はかつて北朝鮮に戦闘機を供与した。")
    assert m.event == "AID" and m.date is None
