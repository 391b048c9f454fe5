"""Round 7 (issue 9), helper JA1: quoted warnings and accusations, threats with a
condition, and reason phrases, in sentences we wrote. Each construction has a positive
and a negative case, worded in more than one way."""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def events(ms: list) -> set[tuple]:
    return {brief(m) for m in ms}


# -- quoted warnings and accusations ----------------------------------------------------


def test_a_subject_inside_the_quote_is_the_target_not_the_speaker():
    ms = code("北朝鮮の国防相は談話を発表し、「韓国は挑発の代価を払うことになる」と警告した。")
    assert events(ms) == {("THREATEN", ("PRK",), ("KOR",))}
    (m,) = ms
    assert m.claimed_by is not None and "国防相" in m.claimed_by.text


def test_a_ga_phrase_right_before_the_quote_after_the_speakers_topic_is_the_target():
    ms = code(
        "中国外務省の報道官は記者会見を開き、フィリピンが「緊張を意図的に高めている」と批判した。"
    )
    assert events(ms) == {("ACCUSE", ("CHN",), ("PHL",))}


def test_a_ga_phrase_with_no_topic_before_it_is_the_speaker():
    ms = code("韓国外務省が北朝鮮の発射を「極めて遺憾だ」と非難した。")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in events(ms)
    assert all(brief(m)[0] != "ACCUSE" or brief(m)[1] == ("KOR",) for m in ms)


def test_an_accusation_about_an_action_is_no_statement_by_the_accused():
    ms = code("中国外務省の報道官は、日本が軍備を急速に拡張していると批判した。")
    assert events(ms) == {("ACCUSE", ("CHN",), ("JPN",))}


def test_a_quoted_retort_names_its_target_and_its_speaker_claims_it():
    ms = code("中国国防省の報道官は「台湾当局の挑発は必ず懲罰を受ける」と反発した。")
    assert ("ACCUSE", ("CHN",), ("TWN",)) in events(ms)
    assert ("THREATEN", ("CHN",), ("TWN",)) in events(ms)
    assert all(brief(m)[1] != ("TWN",) for m in ms)  # the target never acts
    assert all(m.claimed_by and "報道官" in m.claimed_by.text for m in ms)


def test_a_quoted_clause_keeps_its_own_subject_against_the_speakers():
    ms = code(
        "ロシア外務省の報道官は21日、「日本政府の非友好的な措置は必ず報復を受ける」と反発し、"
        "対抗措置を取る考えを示した。"
    )
    assert ("THREATEN", ("RUS",), ("JPN",)) in events(ms)
    assert ("THREATEN", ("JPN",), ("RUS",)) not in events(ms)


def test_a_quote_with_no_subject_of_its_own_is_the_speakers():
    ms = code("台湾の国防部は「中国軍の挑発行為を強く非難する」とのコメントを出した。")
    assert ("ACCUSE", ("TWN",), ("CHN",)) in events(ms)


# -- threats with a condition -----------------------------------------------------------


def test_the_subject_of_the_condition_is_threatened():
    (m,) = code("イラン外務省は、イスラエルが再び攻撃すれば断固とした対応を取ると警告した。")
    assert brief(m) == ("THREATEN", ("IRN",), ("ISR",)) and m.factuality == "asserted"


def test_a_condition_shares_no_subject_with_the_warning():
    (m,) = code(
        "欧州連合(EU)は12日の外相声明で、ロシアが併合に踏み切れば「さらなる制裁を科す」と警告した。"
    )
    assert brief(m) == ("THREATEN", ("EUR",), ("RUS",))


def test_with_no_speaker_the_quoted_consequence_names_the_threatener():
    ms = code(
        "「米国が挑発をやめなければ、北朝鮮軍は強力に対応し、その結果は米国が負うことになる」と警告した。"
    )
    assert events(ms) == {("THREATEN", ("PRK",), ("USA",))}


def test_a_coordinated_condition_still_names_the_threatened():
    ms = code(
        "「日本側が誤りを認めず、挑発を続けるならば、中国側は断固として対応する」と警告した。"
    )
    assert ("THREATEN", ("CHN",), ("JPN",)) in events(ms)


def test_states_named_inside_the_condition_do_not_threaten():
    ms = code("北朝鮮は、韓国軍が日米韓の共同訓練を強行すれば「相応の代価を払う」と警告した。")
    threats = [brief(m) for m in ms if m.event == "THREATEN"]
    assert threats == [("THREATEN", ("PRK",), ("KOR",))]
    (drill,) = [m for m in ms if m.event == "COOPERATE"]
    assert drill.factuality == "hypothetical"


def test_the_threat_a_warning_tells_is_the_warning_itself():
    ms = code("ロシア外務省は、日本が制裁を拡大すれば報復措置を取ると警告した。")
    assert [brief(m) for m in ms] == [("THREATEN", ("RUS",), ("JPN",))]


# -- reason phrases -------------------------------------------------------------------


def test_the_subject_of_a_response_is_no_doer_of_its_reason():
    ms = code("中国は、台湾への武器売却を理由に米国の軍需企業に制裁を科した。")
    assert ("SANCTION", ("CHN",), ("USA",)) in events(ms)
    assert all(brief(m)[:2] != ("AID", ("CHN",)) for m in ms)
    ms = code("中国、米軍需企業に制裁　台湾への武器売却に対抗", title="中国、米軍需企業に制裁")
    assert all(brief(m)[:2] != ("AID", ("CHN",)) for m in ms)


def test_a_response_is_aimed_at_the_reasons_doer_not_at_whom_it_was_done_to():
    ms = code("ロシアは日本の制裁に対抗して、日本産の水産物の輸入を停止した。")
    assert ("SANCTION", ("JPN",), ("RUS",)) in events(ms)
    assert ("SANCTION", ("RUS",), ("JPN",)) in events(ms)
    ms = code("中国は昨年12月にも、台湾への武器売却を理由に米企業7社に制裁を科した。")
    assert all(brief(m) != ("SANCTION", ("CHN",), ("TWN",)) for m in ms)


def test_in_response_to_an_accession_receives_nothing():
    ms = code("ロシアの大統領報道官は、フィンランドの加盟を受けて対抗措置を取ると表明した。")
    assert all(brief(m)[0] != "SUPPORT" or "RUS" not in brief(m)[1] + brief(m)[2] for m in ms)


def test_a_launch_told_as_the_reason_keeps_its_own_doer():
    ms = code("北朝鮮のミサイル発射を受けて、日米韓は共同訓練を実施した。")
    assert ("MOBILIZE", ("PRK",), ()) in events(ms)
    assert any(m.event == "COOPERATE" for m in ms)


def test_what_one_can_receive_is_still_received():
    (m,) = code("イスラエル軍は、米英などの支援を受けて、ドローンを迎撃した。")
    assert brief(m) == ("AID", ("USA", "GBR"), ("ISR",))
    ms = code("米国の要請を受けて、日本はウクライナに防弾チョッキを送った。")
    assert ("REQUEST", ("USA",), ("JPN",)) in events(ms)
    assert ("AID", ("JPN",), ("UKR",)) in events(ms)


def test_a_headlines_speaker_stands_before_the_quote_it_reports():
    ms = code("韓国、拡声器放送を再開　金与正氏「新たな対応」と警告")
    assert events(ms) >= {("THREATEN", ("PRK",), ("KOR",))}
    assert all(brief(m)[:2] != ("THREATEN", ("KOR",)) for m in ms)
    ms = code("中国外務省「日本の挑発」と非難　台湾問題で")
    assert events(ms) == {("ACCUSE", ("CHN",), ("JPN",))}


def test_a_headlines_addressee_before_the_quote_is_no_speaker():
    ms = code("北朝鮮、日本に「強く抗議」と非難")
    assert events(ms) == {("ACCUSE", ("PRK",), ("JPN",))}


# -- conditions -------------------------------------------------------------------------


def test_a_condition_is_hypothetical_and_claimed_by_the_speaker_above_it():
    (m,) = code(
        "防衛省は、ロシアがミサイル技術を北朝鮮に提供した場合、地域の脅威が高まると指摘した。"
    )
    assert brief(m) == ("AID", ("RUS",), ("PRK",))
    assert m.factuality == "hypothetical" and m.date is None
    assert m.claimed_by is not None and m.claimed_by.text == "防衛省"
    (n,) = code(
        "韓国政府高官は、日本が韓国への輸出規制を撤回すれば協定の破棄を再検討すると述べた。"
    )
    assert n.factuality == "hypothetical" and n.claimed_by.text == "韓国政府高官"


def test_the_warner_is_no_side_of_the_condition_it_sets():
    ms = code("米ホワイトハウスは、武器取引を進めれば「代償を払うことになる」と北朝鮮に警告した。")
    assert ("THREATEN", ("USA",), ("PRK",)) in events(ms)
    assert all(m.event != "AID" or "USA" not in brief(m)[1] for m in ms)


def test_a_plan_with_a_bare_condition_keeps_its_subject():
    (m,) = code("ロシアは、必要であれば北朝鮮に兵器を送ると述べた。")
    assert brief(m) == ("AID", ("RUS",), ("PRK",))


def test_the_speaker_is_no_side_of_the_event_it_talks_about():
    ms = code("日本政府はロシアの攻撃について「断じて容認できない」と述べた。")
    assert all("JPN" not in brief(m)[1] + brief(m)[2] for m in ms if m.event == "ASSAULT")
    ms = code("韓国政府は北朝鮮の発射について「挑発だ」と述べた。")
    # the judgement itself blames the launcher (round 10, blame.py): KOR -> PRK
    assert events(ms) - {("ACCUSE", ("KOR",), ("PRK",))} == {("MOBILIZE", ("PRK",), ())}


def test_about_a_joint_act_keeps_its_written_parties():
    ms = code("日米両政府は共同訓練の拡大について協議した。")
    assert any(m.event in ("CONSULT", "COOPERATE") for m in ms)
