"""Round 13 (r13party): who the parties are.

- A headline segment that writes its own subject (…指示　ガイアナ軍は厳戒態勢; 中国が仲介、米は
  「…歓迎」) takes no subject lent by the headline's topic; a clause with particles
  (防空・黒海で協力、) is no bare topic.
- A state's forces before a dispatch noun (英軍派遣) are the sender, not the destination.
- A group word that a third party's act is done to (双方に自制を求めた) stands for the two
  sides of the last hostile act, never for the doers who address it.
- An act listed before another (Xの加盟と、Yの加盟申請) is no partner of it.
- An event noun that a relative clause says goes on (衝突が続いていたAとB) is between the
  states of the list it modifies: the first on the others.
- A group of three or more (この3か国) with no such set just before it stands for the states
  of the latest of the last sentences that named that many (past a question naming one).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def _by_trigger(title: str, body: str) -> dict[str, tuple]:
    return {m.trigger: brief(m) for m in code(body, title=title)}


def test_a_segment_with_its_own_subject_takes_no_lent_topic():
    got = _by_trigger(
        "インド、国境の村に部隊増派　パキスタン軍は厳戒態勢、米が自制要求",
        "インド政府は3日、部隊の増派を決めた。",
    )
    assert got.get("厳戒態勢") == ("MOBILIZE", ("PAK",), ())
    got = _by_trigger(
        "日本と韓国、関係改善で一致　中国が仲介、米は「緊張緩和を歓迎」",
        "日本と韓国は10日、関係を改善することで一致した。",
    )
    assert got.get("歓迎") != ("SUPPORT", ("JPN",), ("KOR",))
    assert not any(b[1] == ("JPN",) and b[0] == "SUPPORT" for b in got.values())


def test_a_headline_topic_still_lends_to_its_own_segment():
    got = _by_trigger("北朝鮮、日本海に弾道ミサイル発射", "北朝鮮は5日、弾道ミサイルを発射した。")
    assert got.get("発射") == ("MOBILIZE", ("PRK",), ())
    got = _by_trigger(
        "ロシア、ベラルーシに戦術核配備へ　欧州は警戒",
        "ロシアはベラルーシに戦術核を配備する方針だ。",
    )
    assert got.get("配備") == ("AID", ("RUS",), ("BLR",))


def test_forces_before_a_dispatch_noun_are_the_sender():
    got = _by_trigger(
        "英国とエストニア、防衛協定に署名　演習で協力、英軍派遣にも含み",
        "英国とエストニアは防衛協定に署名した。",
    )
    assert got.get("派遣") == ("AID", ("GBR",), ("EST",))
    got = _by_trigger(
        "米国とポーランドが新協定　訓練で連携、米軍派遣も視野",
        "米国とポーランドは新たな協定に署名した。",
    )
    assert got.get("派遣") == ("AID", ("USA",), ("POL",))


def test_a_bare_state_before_a_dispatch_noun_is_where_troops_go():
    (m,) = [m for m in code("北朝鮮軍のロシア派兵が明らかになった。") if m.trigger == "派兵"]
    assert brief(m) == ("AID", ("PRK",), ("RUS",))


def test_both_sides_addressed_by_a_third_party_are_the_fighting_pair():
    got = briefs(
        "タイ軍とカンボジア軍が国境で交戦した。",
        "米国はタイに武器を供与している。",
        "マレーシアは双方に自制を求めた。",
    )
    assert ("REQUEST", ("MYS",), ("THA", "KHM")) in got
    assert ("REQUEST", ("MYS",), ("USA", "THA")) not in got
    got = briefs(
        "インド軍がパキスタンの拠点を砲撃した。",
        "ロシアはインドに戦闘機を売却している。",
        "国連のグテレス事務総長は、両国に最大限の自制を促した。",
    )
    assert any(b[0] == "REQUEST" and set(b[2]) == {"IND", "PAK"} for b in got)


def test_mediators_listed_before_both_are_not_the_sides():
    got = briefs(
        "タイ軍とカンボジア軍が国境で交戦した。",
        "マレーシアとインドネシアは双方に自制を求め、対話を呼びかけた。",
    )
    assert ("REQUEST", ("MYS", "IDN"), ("THA", "KHM")) in got
    got = briefs(
        "アルメニア軍とアゼルバイジャン軍の衝突で死者が出た。",
        "フランスとドイツは双方に停戦を求めた。",
    )
    assert any(b[0] == "REQUEST" and set(b[1]) == {"FRA", "DEU"} for b in got)
    assert not any(b[0] == "REQUEST" and set(b[1]) & set(b[2]) for b in got)


def test_listed_pair_before_a_group_word_as_doers_is_kept():
    got = briefs("インドとパキスタンの両国は停戦で合意した。")
    assert any(b[0] == "AGREE" and set(b[1] + b[2]) == {"IND", "PAK"} for b in got)


def test_an_act_listed_before_another_is_no_partner():
    got = briefs("フィンランドの加盟と、スウェーデンの加盟申請により、条約は意味を失った。")
    assert not any(set(b[1] + b[2]) == {"FIN", "SWE"} for b in got)
    got = briefs("ノルウェーの参加と、デンマークの参加表明で、演習の規模は拡大した。")
    assert not any(set(b[1] + b[2]) == {"NOR", "DNK"} for b in got)
    # a partner written with と is still one
    got = briefs("フィンランドはスウェーデンと協議した。")
    assert ("CONSULT", ("FIN",), ("SWE",)) in got


def test_three_countries_named_a_few_sentences_back():
    got = briefs(
        "ルーマニアは国内の農家を守るため、ブルガリア、ハンガリーとともに、"
        "ウクライナ産小麦の輸入停止を続けると決めた。",
        "ウクライナ側はどう反応しているのか。",
        "ウクライナは18日、この3か国をWTOに提訴した。",
    )
    assert ("ACCUSE", ("UKR",), ("ROU", "BGR", "HUN")) in got
    # a group of three with three named in the sentence before keeps those
    got = briefs("日本、米国、韓国の首脳が会談した。", "北朝鮮は3カ国を非難した。")
    assert ("ACCUSE", ("PRK",), ("JPN", "USA", "KOR")) in got


def test_an_ongoing_clash_in_a_relative_clause_on_a_pair_is_between_them():
    got = briefs("激しい衝突が続いていたアルメニアとアゼルバイジャンは、モスクワで協議した。")
    assert ("ASSAULT", ("ARM",), ("AZE",)) in got
    got = briefs("散発的な衝突が続いていたインドとパキスタンは、停戦で合意した。")
    assert ("ASSAULT", ("IND",), ("PAK",)) in got
    # no list of states: no sides
    got = briefs("戦闘が続いていた地域に、ロシアは部隊を派遣した。")
    assert not any(b[0] == "ASSAULT" for b in got)
