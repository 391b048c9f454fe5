"""Round 13 (r13quo): quotes without a verb in headlines, the minutes' 旨-words, and who
claims what a document, a dateline or a headline's topic announces. Sentences our own."""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def titled(title: str, *body: str) -> list:
    return code(*(body or ("本文。",)), title=title)


def of_type(ms: list, event: str) -> list:
    return [m for m in ms if m.event == event]


# --- a headline's quote with no verb after it: the name before it says it ---------------


def test_headline_quote_judging_an_act_blames_its_doer():
    ms = titled("北朝鮮がミサイル発射　韓国「明白な挑発行為」")
    (m,) = of_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("KOR",), ("PRK",))
    assert m.claimed_by is not None and m.claimed_by.text == "韓国"


def test_headline_quote_blames_the_other_state_not_the_speakers_own():
    ms = titled("豪艦艇の乗員、中国艦の行動で危険に　豪国防相「危険で非専門的」")
    (m,) = of_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("AUS",), ("CHN",))
    assert m.claimed_by is not None and m.claimed_by.text == "豪国防相"


def test_headline_quote_of_a_crime_blames_the_attacker():
    ms = titled("ロシア軍がウクライナ東部を攻撃　ゼレンスキー氏「侵略者の蛮行」")
    assert ("ACCUSE", ("UKR",), ("RUS",)) in [brief(m) for m in ms]


def test_headline_quote_refusing_to_tolerate_blames():
    ms = titled("北朝鮮が日本海へ弾道ミサイル　日本政府「断じて容認できない」")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in [brief(m) for m in ms]


def test_headline_command_to_an_addressee_is_a_request_of_the_earlier_speaker():
    ms = titled("中国外務省、日本の抗議に「根拠がない」　日本に「内政に干渉するな」")
    (m,) = of_type(ms, "REQUEST")
    assert brief(m) == ("REQUEST", ("CHN",), ("JPN",))
    assert m.claimed_by is not None and m.claimed_by.text == "中国外務省"


def test_headline_name_without_a_title_gives_way_to_the_phrase_topic():
    ms = titled("中国外務省、日本の抗議に「根拠がない」　日本に「内政に干渉するな」")
    assert all(m.claimed_by.text != "日本の抗議に" for m in ms if m.claimed_by)


def test_headline_quote_without_blame_or_command_codes_nothing():
    ms = titled("日米首脳会談　首相「同盟を一層強化」")
    assert not of_type(ms, "ACCUSE") and not of_type(ms, "REQUEST")
    ms = titled("中国軍、台湾周辺で演習「連合利剣」")
    assert not of_type(ms, "ACCUSE")


def test_headline_quote_closed_by_a_verb_is_left_to_that_verb():
    ms = titled("北朝鮮がミサイル発射　韓国「挑発行為」と非難")
    assert len(of_type(ms, "ACCUSE")) == 1


# --- the minutes: what Xから、…旨述べました says ------------------------------------------


def test_minutes_words_that_judge_an_act_blame_its_doer():
    ms = code(
        "上川外務大臣から、北朝鮮の核・ミサイル開発は地域の平和と安定を脅かすものである旨"
        "述べました。"
    )
    (m,) = of_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("JPN",), ("PRK",))
    assert m.claimed_by is not None and m.claimed_by.text == "上川外務大臣"


def test_minutes_words_shaking_the_order_blame_the_invader():
    ms = code(
        "冒頭、上川外務大臣から、ロシアによるウクライナ侵略は国際秩序の根幹を揺るがす"
        "ものであり、日本はウクライナと共にある旨述べました。"
    )
    assert ("ACCUSE", ("JPN",), ("RUS",)) in [brief(m) for m in ms]


def test_minutes_refusal_to_tolerate_blames():
    ms = code("上川外務大臣から、北朝鮮による弾道ミサイルの発射は断じて容認できない旨述べました。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in [brief(m) for m in ms]


def test_minutes_words_that_praise_blame_no_one():
    ms = code("上川外務大臣から、ロシアとの協力は地域の安定に資するものである旨述べました。")
    assert not of_type(ms, "ACCUSE")


# --- who claims it ----------------------------------------------------------------------


def test_dateline_of_a_news_agency_named_sha_credits_it():
    ms = code("【北京3月2日発新華社】中国とキリバスは2日、北京で外交関係を回復した。")
    assert ms and all(m.claimed_by is not None and m.claimed_by.text == "新華社" for m in ms)


def test_headline_topic_announcing_the_start_of_an_exercise_claims_it():
    ms = titled("中国国防省、合同演習の実施を発表")
    (m,) = of_type(ms, "MOBILIZE")
    assert m.claimed_by is not None and m.claimed_by.text == "中国国防省"


def test_statement_chained_in_a_spokesman_statement_is_claimed_by_its_issuer():
    (m,) = code("中国外務省は3日、キリバスの決定を「称賛し、支持する」とする報道官談話を出した。")
    assert brief(m) == ("SUPPORT", ("CHN",), ("KIR",))
    assert m.claimed_by is not None and m.claimed_by.text == "中国外務省"


def test_decree_announced_claims_and_enacts():
    (m,) = code("ロシア政府は5日、日本との漁業協定の効力を停止する政令を公表した。")
    assert brief(m) == ("SANCTION", ("RUS",), ("JPN",))
    assert m.factuality == "asserted"
    assert m.claimed_by is not None and m.claimed_by.text == "ロシア政府"


def test_position_shown_with_a_quote_is_claimed():
    (m,) = code("仏外務省も「モルドバの領土保全を支持する」との立場を示した。")
    assert brief(m) == ("SUPPORT", ("FRA",), ("MDA",))
    assert m.claimed_by is not None and m.claimed_by.text == "仏外務省"


def test_censure_with_the_speaker_hung_inside_the_quoted_clause_is_claimed():
    ms = code(
        "ルカシェンコ氏はポーランド軍の展開を「ベラルーシへの脅威であり、挑発だ」と非難した。"
    )
    (m,) = of_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("BLR",), ("POL",))
    assert m.claimed_by is not None and m.claimed_by.text == "ルカシェンコ氏"


# --- offering a benefit is no request ---------------------------------------------------


def test_offering_aid_is_no_request():
    ms = code("台湾外交部は、中国が資金援助を持ちかけてソロモン諸島を引き抜いたと批判した。")
    assert not of_type(ms, "REQUEST")
    assert ("ACCUSE", ("TWN",), ("CHN",)) in [brief(m) for m in ms]


def test_proposing_cooperation_stays_a_request():
    ms = code("中国は台湾に経済協議を持ちかけた。")
    assert ("REQUEST", ("CHN",), ("TWN",)) in [brief(m) for m in ms]


# --- the minutes' bullets: thanks given, an agreement after a chained clause -------------


def test_thanks_said_in_the_passive_of_the_minutes_are_claimed_by_the_thanker():
    ms = code("これに対し、マルコス大統領から、日本のこれまでの支援に対する謝意が述べられました。")
    (m,) = of_type(ms, "SUPPORT")
    assert brief(m) == ("SUPPORT", ("PHL",), ("JPN",))
    assert m.claimed_by is not None and m.claimed_by.text == "マルコス大統領"


def test_thanks_expressed_are_claimed_by_the_thanker():
    ms = code("スターマー首相は15日、ウクライナの兵士たちに謝意を表しました。")
    (m,) = of_type(ms, "SUPPORT")
    assert brief(m) == ("SUPPORT", ("GBR",), ("UKR",))
    assert m.claimed_by is not None and m.claimed_by.text == "スターマー首相"


def test_owner_before_a_time_word_stays_in_the_phrase():
    ms = code("スターマー首相は、日本のこれまでの協力に謝意を表明しました。")
    assert ("SUPPORT", ("GBR",), ("JPN",)) in [brief(m) for m in ms]


def test_agreement_after_a_chained_exchange_takes_its_subject():
    ms = code(
        "石破総理大臣は、マルコス大統領と首脳会談を行いました。",
        "両首脳は、地域情勢について意見交換を行い、引き続き緊密に連携していくことで一致しました。",
    )
    agreed = of_type(ms, "AGREE")
    assert agreed and {a.code for a in agreed[0].actor + agreed[0].recipient} == {"JPN", "PHL"}


def test_headline_quote_labelling_a_state_criminal_blames_it():
    ms = titled("北朝鮮、ロシアに派兵　韓国「ならず者国家」")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in [brief(m) for m in ms]
    assert ("ACCUSE", ("KOR",), ("RUS",)) not in [brief(m) for m in ms]


def test_claim_that_a_state_took_a_hostile_stance_blames_it():
    ms = code("ベラルーシ外務省は、リトアニアが非友好的な立場をとったと主張した。")
    assert ("ACCUSE", ("BLR",), ("LTU",)) in [brief(m) for m in ms]


def test_second_topic_right_before_the_quote_is_what_is_censured():
    ms = code("韓国外交省は、北朝鮮の行動は「明白な挑発だ」と非難した。")
    (m,) = of_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("KOR",), ("PRK",))
    assert m.claimed_by is not None and m.claimed_by.text == "韓国外交省"


def test_topic_of_a_new_clause_before_the_quote_is_its_speaker_not_its_target():
    ms = code(
        "イスラエル軍は7月、シリアの国防省庁舎を空爆し、シリア政府は「主権の侵害だ」と非難した。"
    )
    assert ("ACCUSE", ("ISR",), ("SYR",)) not in [brief(m) for m in ms]
