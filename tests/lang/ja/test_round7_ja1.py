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
