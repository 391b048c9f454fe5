"""Round 10 (r10head): a headline is a row of phrases, each with its own predicate.

A headline line (no 。) separates its phrases with ideographic spaces. GiNZA reads the line
as one sentence and hangs one phrase on the next; the phrases are made separate trees, a
phrase whose predicate has no subject continues the subject of the phrase before it (or a
bare name standing as a phrase of its own), a party of one phrase is no party of another's
event, and a ceasefire or a prisoner exchange said of "X and Y" runs from the first named
to the other (spec §6). A headline counting missiles (弾道ミサイル数発) tells their launch.
Sentences are our own.
"""

from __future__ import annotations

from .test_coder import brief, code


def test_later_phrase_continues_the_subject():
    ms = code("日米首脳が電話会談　防衛協力の強化で一致")
    agree = [m for m in ms if m.event == "AGREE"]
    assert agree and {c for m in agree for c in brief(m)[1] + brief(m)[2]} == {"JPN", "USA"}


def test_bare_name_phrase_is_the_topic_of_the_next():
    ms = code("インドとパキスタン　停戦合意か")
    assert [(m.event, m.factuality) for m in ms] == [("AGREE", "possible")]
    assert set(brief(ms[0])[1] + brief(ms[0])[2]) == {"IND", "PAK"}


def test_a_quoted_phrase_takes_no_party_from_the_phrases_around_it():
    ms = code(
        "【解説】エジプトとトルコが防衛協定　「一方への攻撃は双方への攻撃」　イスラエルは警戒"
    )
    assert not [m for m in ms if m.event == "ASSAULT" and {"EGY", "TUR"} & set(brief(m)[1])]


def test_each_phrase_keeps_its_own_predicate():
    ms = code(
        "【解説】首相発言で日中関係が冷え込み　「台湾有事」答弁、中国は撤回要求　長期化の懸念も"
    )
    assert [brief(m) for m in ms] == [("REQUEST", ("CHN",), ("JPN",))]


def test_ceasefire_of_two_named_sides_runs_from_the_first():
    ms = code("ロシアとウクライナ　停戦発効か")
    assert [brief(m) for m in ms] == [("RETREAT", ("RUS",), ("UKR",))]
    assert ms[0].factuality == "possible"


def test_a_headline_counting_missiles_tells_a_launch():
    ms = code("北朝鮮、東の海上へ弾道ミサイル数発　新型の試験か")
    assert [(brief(m), m.factuality) for m in ms][:1] == [(("MOBILIZE", ("PRK",), ()), "asserted")]
    (m,) = code("北朝鮮、弾道ミサイル2発")
    assert brief(m) == ("MOBILIZE", ("PRK",), ())
