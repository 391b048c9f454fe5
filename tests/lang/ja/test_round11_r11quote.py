"""Round 11 (r11quote): quote frames of blame, and the foreign ministry's minutes style.

- Blame said as a judgement (blame.py): besides a bracketed quote, an unquoted と-clause
  before a speech verb (…こそが緊張を高めていると指摘した); a failed duty (義務を果たしていない),
  an evaluative word (偽善的だ), an act named with a pejorative qualifier owned by a state
  (米国の挑発的な行動); a judgement with no state named, chained to a statement addressed
  to one (「容認できない」と述べ、イランに対して…求めた); a censure performed in the non-past
  inside a quote (「…強く非難する」と述べた) is the speaker's, against the quote's topic;
  「Xを念頭にけん制した」 aims at X. A quoted 「容認しない」 closed by 警告 is one threat.
- Minutes (saying.py): 「X大臣から、…旨述べました」, 「…旨の発言がありました」: X speaks.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def test_minutes_speaker_in_kara_claims_and_does_the_content():
    ms = code("上川大臣から、ウクライナの復興に向けた支援を継続する旨述べました。")
    (m,) = [m for m in ms if m.event == "AID"]
    assert brief(m) == ("AID", ("JPN",), ("UKR",))
    assert m.claimed_by is not None and m.claimed_by.text == "上川大臣"


def test_minutes_speaker_is_no_side_of_an_attack_named_in_the_content():
    ms = code("上川大臣から、ロシアによるウクライナへの攻撃を深く懸念している旨述べました。")
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert brief(m) == ("ACCUSE", ("JPN",), ("RUS",)) and m.claimed_by.text == "上川大臣"
    assert all("JPN" not in brief(m)[2] for m in ms if m.event == "ASSAULT")
    # a place or a time written with から is no speaker
    assert briefs("ロシア軍はマリから、部隊を撤収した。") == [("RETREAT", ("RUS",), ("MLI",))]
    (m,) = code("2019年から、中国は毎年、ロシアと共同演習を行っていると発表した。")
    assert m.claimed_by is not None and m.claimed_by.text == "中国"


def test_indirect_blame_with_a_judging_verb():
    ms = briefs(
        "ロシア外務省の報道官は、米国による中距離ミサイルの配備こそが地域の緊張を高めていると指摘した。"
    )
    assert ("ACCUSE", ("RUS",), ("USA",)) in ms


def test_failed_duty_and_evaluative_words_blame_the_quoted_subject():
    ms = briefs(
        "アルメニアのパシニャン首相は「ロシアは同盟国としての義務を果たしていない」と指摘した。"
    )
    assert ("ACCUSE", ("ARM",), ("RUS",)) in ms
    ms = briefs("中国外務省の報道官は「オーストラリアの対応は偽善的だ」と一蹴した。")
    assert ("ACCUSE", ("CHN",), ("AUS",)) in ms


def test_pejorative_act_owned_by_a_state():
    ms = briefs("北朝鮮の国防相は「今回の発射は米国の挑発的な行動への対応だ」と述べた。")
    assert ("ACCUSE", ("PRK",), ("USA",)) in ms


def test_judgement_chained_to_a_statement_addressed_to_a_state():
    ms = briefs(
        "英国の外相は「断じて容認できない」と述べ、イランに対して拘束した船員を解放するよう求めた。"
    )
    assert ("ACCUSE", ("GBR",), ("IRN",)) in ms


def test_censure_performed_inside_a_quote_is_the_speakers():
    ms = briefs("韓国の大統領は「北朝鮮の発射は国連決議に違反するもので、強く非難する」と述べた。")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in ms
    assert not any(b[0] == "ACCUSE" and b[1] == ("PRK",) for b in ms)


def test_check_with_a_state_in_mind_aims_at_it():
    ms = briefs(
        "ドイツの首相は「自由を脅かす者に英仏は屈しない」と述べ、ロシアを念頭にけん制した。"
    )
    assert ("ACCUSE", ("DEU",), ("RUS",)) in ms
    # cooperation with a state in mind has no side there
    ms = briefs("中国を念頭に、日本とフィリピンは防衛協力を一段と深める方針だ。")
    assert all("CHN" not in b[1] + b[2] for b in ms)


def test_refusal_quoted_in_a_warning_is_not_a_second_act():
    ms = briefs("イスラエルの首相は「レバノンにイランの拠点ができることは容認しない」と警告した。")
    assert not any(b[0] == "ACCUSE" for b in ms)


def test_an_event_only_made_possible_has_no_doer():
    ms = briefs("イランの外相は、米国の行動が攻撃の道を開いたと断じた。")
    assert not any(b[0] == "ASSAULT" for b in ms)
