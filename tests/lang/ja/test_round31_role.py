"""Round 31 (role): parties lent from a neighbouring phrase, a modifier or a topic noun,
and conjoined parties split (blind36/37 ROLE rows)."""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, of_kind

pytestmark = pytest.mark.model

FILLER = "関係国は声明を出した。"


def _title(title: str, kind: str) -> list[tuple]:
    return of_kind(kind, FILLER, published="2015-12-17", title=title)


# 1. a headline segment with its own subject answers the doer before it, not that doer's
#    other side written in an oblique case (data pattern headline_oblique)


def test_headline_reaction_is_aimed_at_the_seller_not_the_buyer():
    got = _title("米、台湾に武器売却 中国は軍事交流停止で対抗", "SANCTION")
    assert got == [("SANCTION", ("CHN",), ("USA",))]


def test_headline_quoted_reaction_with_heno():
    got = _title("米、台湾へ戦闘機を売却 中国「強烈な憤慨」", "ACCUSE")
    assert got == [("ACCUSE", ("CHN",), ("USA",))]


def test_headline_reaction_with_heno_genitive():
    got = _title("米、台湾への武器売却を承認 中国が反発", "ACCUSE")
    assert got == [("ACCUSE", ("CHN",), ("USA",))]


def test_headline_reaction_to_an_attack_is_aimed_at_the_attacker():
    got = _title("ロシア、ウクライナに大規模攻撃 英国が非難", "ACCUSE")
    assert got == [("ACCUSE", ("GBR",), ("RUS",))]


def test_headline_first_segment_keeps_its_own_sides():
    """negative: the act of the first segment keeps its recipient."""
    got = _title("ロシア、ウクライナに大規模攻撃 英国が非難", "ASSAULT")
    assert got == [("ASSAULT", ("RUS",), ("UKR",))]
    got = _title("中国、フィリピン船に放水 米国務省が非難", "ASSAULT")
    assert got == [("ASSAULT", ("CHN",), ("PHL",))]


# 2. place and topic nouns read as parties


def test_strait_named_for_a_state_is_a_place():
    assert of_kind("AGREE", "岸田首相は、台湾海峡の平和と安定の重要性を確認した。") == []
    got = of_kind("AID", "中国は台湾海峡に空母を派遣し、米国をけん制した。")
    assert got == []


def test_state_named_in_a_strait_sentence_still_written_elsewhere():
    """negative: the state itself, written as the target, stays."""
    got = of_kind("THREATEN", "中国軍が台湾海峡で演習を行い、台湾を威嚇した。")
    assert got == [("THREATEN", ("CHN",), ("TWN",))]


def test_policy_named_for_a_state_is_its_owners():
    got = of_kind("ACCUSE", "ソ連側は米国のベトナム政策に強い懸念を伝えた。")
    assert got == [("ACCUSE", ("SUN",), ("USA",))]
    got = of_kind("ACCUSE", "中国は米国の台湾政策を批判した。")
    assert got == [("ACCUSE", ("CHN",), ("USA",))]


def test_object_of_a_relative_clause_fills_no_side():
    got = briefs(
        "フィンランドとスウェーデンを結ぶ送電ケーブルが損傷した問題で、フィンランド当局は貨物船を拿捕した。"
    )
    assert not any("SWE" in a + r for _, a, r in got)
    got = of_kind(
        "THREATEN",
        "エリツィン大統領は会見で、NATOの東方拡大を進める米国を非難し、新たな対立を招くと警告した。",
    )
    assert got == [("THREATEN", ("RUS",), ("USA",))]
    got = of_kind(
        "THREATEN",
        "プーチン大統領は演説で、北大西洋条約機構(NATO)の東方拡大を急ぐ米国を批判し、"
        "欧州が新たな冷戦に陥る恐れがあると警告した。",
    )
    assert got == [("THREATEN", ("RUS",), ("USA",))]


def test_doer_of_a_relative_clause_is_still_answered():
    """negative: the doer of the described act (北朝鮮が発射した) is whom the protest answers."""
    got = of_kind(
        "ACCUSE",
        "北朝鮮が発射した弾道ミサイルが日本の排他的経済水域に落下し、日本政府は強く抗議した。",
    )
    assert got == [("ACCUSE", ("JPN",), ("PRK",))]
    got = of_kind("ACCUSE", "北朝鮮が発射した弾道ミサイルについて、日本政府は強く抗議した。")
    assert got == [("ACCUSE", ("JPN",), ("PRK",))]


def test_what_a_request_is_about_is_no_addressee():
    got = of_kind(
        "REQUEST", "林大臣から、北朝鮮の核・ミサイル開発について説明し、理解と協力を求めた。"
    )
    assert got == []
    got = of_kind("REQUEST", "日本政府は、ロシアの軍事侵攻について中国に協力を求めた。")
    assert got == [("REQUEST", ("JPN",), ("CHN",))]


def test_request_addressee_written_stays():
    """negative: a state asked with に stays, with or without a topic phrase."""
    got = of_kind("REQUEST", "日本政府は、拉致問題について北朝鮮に誠意ある対応を求めた。")
    assert got == [("REQUEST", ("JPN",), ("PRK",))]


# 3. conjoined parties


def test_listed_owner_of_a_talk_partner_is_whole():
    got = of_kind("CONSULT", "ケリー米国務長官はアゼルバイジャンとアルメニアの外相に電話した。")
    assert got == [("CONSULT", ("USA",), ("AZE", "ARM"))]
    got = of_kind("CONSULT", "ラブロフ外相はインドやパキスタンの外相に電話した。")
    assert got == [("CONSULT", ("RUS",), ("IND", "PAK"))]


def test_talked_about_state_below_the_object_stays_out():
    """negative: a state nested below the object's modifiers is still only talked about."""
    assert of_kind("CONSULT", "3カ国は北朝鮮の核開発への対応を協議した。") == []


def test_minutes_receiver_of_support_is_the_turn_before():
    ms = code(
        "上川大臣から、日本の立場を説明し、英国外相及びフランス外相から、支持を得た。",
        published="2023-11-08",
    )
    got = [brief(m) for m in ms if m.event == "SUPPORT"]
    assert len(got) == 1
    assert {*got[0][1], *got[0][2]} == {"JPN", "GBR", "FRA"}


def test_headline_owner_of_an_oblique_phrase_stays():
    """negative: only the oblique name is closed, not its owner (ガボンの参加資格を)."""
    got = _title("AU、マリの参加資格を停止 クーデター受け 仏は軍事協力を中断", "SANCTION")
    assert ("SANCTION", ("FRA",), ("IGO", "MLI")) in got


def test_headline_quote_in_an_earlier_segment_keeps_its_speaker():
    got = _title("北朝鮮「日本列島を核で沈める」と威嚇 政府「極めて挑発的」と非難", "ACCUSE")
    assert got == [("ACCUSE", ("JPN",), ("PRK",))]


def test_quoted_words_are_no_described_clause():
    """negative: a quote the parser reads as a relative clause closes nothing."""
    got = of_kind(
        "ACCUSE",
        "官房長官は会見で、北朝鮮の声明を「緊張を著しく高める挑発的な内容だ」と強く非難した。",
    )
    assert got == [("ACCUSE", ("JPN",), ("PRK",))]
