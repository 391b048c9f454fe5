"""Round 14 (r14grp): an organ or a meeting written alone stands for the body the story
wrote with its state or organisation before it (data/body_words.tsv, coding/bodies.py).

Sentences of our own in the styles of wire copy, TV, analyses and MOFA summaries; each
family with what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _of(mentions, event):
    return [brief(m) for m in mentions if m.event == event]


# --- a bare junta or interim government: the state written with it before ---------------


def test_bare_junta_is_the_state_named_with_it_before():
    got = briefs(
        "ミャンマーの軍事政権は3日、少数民族武装勢力との停戦に合意した。",
        "軍事政権は同日、中国に武器の供与を求めた。",
    )
    assert ("REQUEST", ("MMR",), ("CHN",)) in got


def test_bare_interim_government_in_the_next_sentence():
    ms = code(
        "ブルキナファソの暫定政府は、フランス軍に1カ月以内の撤収を求めた。"
        "暫定政府はその後、ロシアと軍事協力で合意した。"
    )
    assert ("AGREE", ("BFA",), ("RUS",)) in [brief(m) for m in ms]


def test_bare_junta_with_nothing_before_it_is_nobody():
    assert briefs("軍事政権は同日、中国に武器の供与を求めた。") == []
    got = briefs(  # the juntas of a group are not the one named before
        "ニジェールの軍事政権は領空を閉鎖した。",
        "ロシアはマリやブルキナファソに武器を送り、3カ国の軍事政権との関係を深めている。",
    )
    assert not any("NER" in g[1] + g[2] for g in got)
    got = briefs(  # named too long ago
        "ミャンマーの軍事政権は3日、少数民族武装勢力との停戦に合意した。",
        "国連は懸念を示した。米国は声明を出した。英国も声明を出した。欧州連合も声明を出した。",
        "軍事政権は同日、中国に武器の供与を求めた。",
    )
    assert ("REQUEST", ("MMR",), ("CHN",)) not in got
    got = briefs(  # a junta of another state in between
        "ミャンマーの軍事政権は3日、少数民族武装勢力との停戦に合意した。",
        "タイの軍事政権は懸念を示した。軍事政権は同日、中国に武器の供与を求めた。",
    )
    assert ("REQUEST", ("THA",), ("CHN",)) in got


# --- a meeting held by a state or organisation: the bare meeting later is theirs ---------


def test_summit_held_by_the_topic():
    got = briefs(
        "ECOWASは先月、首脳会議を開いた。首脳会議は、マリの軍事政権を強く非難する声明を採択した。"
    )
    assert ("ACCUSE", ("IGO",), ("MLI",)) in got


def test_foreign_ministers_meeting_named_with_its_group():
    got = briefs(
        "ASEAN外相会合は、ミャンマーの軍事政権に暴力の停止を求めた。",
        "外相会合は同時に、中国を非難した。",
    )
    assert ("ACCUSE", ("IGO",), ("CHN",)) in got


def test_meeting_as_a_venue_is_no_party():
    ms = code(
        "ECOWASは先月、首脳会議を開いた。ナイジェリアの大統領は首脳会議で、ニジェールを非難した。"
        "首脳会議はその後、マリに選挙の実施を求めた。"
    )
    assert _of(ms, "ACCUSE") == [("ACCUSE", ("NGA",), ("NER",))]
    assert ("REQUEST", ("IGO",), ("MLI",)) in [brief(m) for m in ms]


# --- a bare ministry: the latest ministry of that kind written before it ------------------


def test_bare_defence_ministry_after_its_source_line():
    got = briefs(
        "韓国国防部によると、北朝鮮は13日、短距離弾道ミサイル2発を発射した。"
        "国防部は「明白な挑発だ」と北朝鮮を非難した。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in got


def test_another_states_ministry_written_in_between_wins():
    got = briefs(
        "台湾国防部は同日、演習を監視していると明らかにした。",
        "中国国防部の報道官は10日、会見を開いた。国防部は台湾を強く非難した。",
    )
    assert ("ACCUSE", ("CHN",), ("TWN",)) in got
    assert not any(g[0] == "ACCUSE" and g[1] == ("TWN",) for g in got)


def test_ministry_as_the_place_one_is_summoned_to_is_no_party():
    ms = code(
        "韓国外交部は21日、ロシアの大使を外交部に呼び出し、抗議した。",
        "外交部は同日、ロシアに北朝鮮との軍事協力の中止を求めた。",
    )
    assert _of(ms, "ACCUSE") == [("ACCUSE", ("KOR",), ("RUS",))]
    assert ("REQUEST", ("KOR",), ("RUS",)) in [brief(m) for m in ms]


# --- a doer written that names no state: no state of the sentence is filled in ------------


def test_opposition_as_doer_takes_no_state_from_the_sentence():
    got = briefs("韓国政府は北朝鮮を非難したが、野党側は政府の対応を批判した。")
    assert got == [("ACCUSE", ("KOR",), ("PRK",))]
    got = briefs("ルラ政権がロシアに接近していることについて、野党は政府を強く批判した。")
    assert not any(g[0] == "ACCUSE" for g in got)


def test_state_named_only_in_the_topic_of_a_problem_is_no_doer():
    got = briefs("ロシアが北朝鮮から砲弾の提供を受けたとされる問題で、野党は韓国政府を批判した。")
    assert ("ACCUSE", ("RUS",), ("KOR",)) not in got
    assert ("AID", ("PRK",), ("RUS",)) in got  # the state's own act is still coded


# --- a も-phrase after the clause's は-topic is acted on, no second subject to share ------


def test_mo_phrase_after_the_topic_is_not_shared_as_a_doer():
    got = briefs("マリの軍事政権は国連部隊も撤退させ、ロシアとの軍事協力を強めている。")
    assert ("COOPERATE", ("MLI",), ("RUS",)) in got
    got = briefs(
        "ニジェールの軍事政権は領空を閉鎖した。",
        "軍事政権はフランスの部隊も撤退させ、ロシアとの軍事協力を強めている。",
    )
    assert ("COOPERATE", ("NER",), ("RUS",)) in got
    assert not any(g[0] == "COOPERATE" and "FRA" in g[1] + g[2] for g in got)
