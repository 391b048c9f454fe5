"""Round 10 (r10attr): who claims an event and how certain it is, where no quotative と
says it.

- A clause on a content noun that a say verb takes as its object is said by the verb's
  subject: 〜する考えを示した, 〜する方針を明らかにした, 〜したことを明らかにした,
  〜を歓迎する声明を出した; so is an event noun that a say verb takes (供与を否定した)
  (data/said_content.tsv). 考え, like 方針, makes the event planned; a threat said so is
  made by saying it, never planned.
- A condition (〜した場合には, 〜しない限り) hung on the event or on the verb that says it
  makes the event hypothetical, above 可能性 (spec §3 order).
- A wire dateline (【平壌…発朝鮮中央通信】) and a headline's trailing source (…派遣　韓国
  国情院) credit what the line tells (sources.py).
- A time word taken for a topic (きのうは…と明らかにした) is no speaker.

Sentences are our own.
"""

from __future__ import annotations

from .test_coder import brief, code


def test_intention_shown_is_planned_and_claimed():
    got = code("中国外務省は、ロシアへの軍事支援を強化する考えを示した。")
    (m,) = [x for x in got if x.event == "AID"]
    assert brief(m) == ("AID", ("CHN",), ("RUS",))
    # round 24 (r24pledge): the intention shown is also the state's pledge, an AGREE
    assert [brief(x) for x in got if x.event == "AGREE"] == [("AGREE", ("CHN",), ("RUS",))]
    assert m.factuality == "planned"
    assert m.claimed_by is not None and m.claimed_by.text == "中国外務省"


def test_policy_made_clear_is_claimed():
    (m,) = code("木原防衛相は10日、フィリピンとの共同訓練を拡大する方針を明らかにした。")
    assert m.event == "COOPERATE" and m.factuality == "planned"
    assert m.claimed_by is not None and m.claimed_by.text == "木原防衛相"


def test_fact_made_clear_is_claimed():
    (m,) = code("松野官房長官は18日の記者会見で、北朝鮮に厳重に抗議したことを明らかにした。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("PRK",))
    assert m.factuality == "asserted" and m.date == "2024-10-18"
    assert m.claimed_by is not None and m.claimed_by.text == "松野官房長官"


def test_event_noun_denied_is_claimed_by_the_denier():
    (m,) = code("イランは、ロシアへの無人機の供与を一貫して否定している。")
    assert brief(m) == ("AID", ("IRN",), ("RUS",)) and m.factuality == "negated"
    assert m.claimed_by is not None and m.claimed_by.text == "イラン"


def test_threat_said_as_an_intention_is_not_planned():
    (m,) = code("ロシア外務省も、EUへの報復措置を取る考えを示した。")
    assert m.event == "THREATEN" and m.factuality == "asserted"
    assert m.claimed_by is not None and m.claimed_by.text == "ロシア外務省"


def test_condition_noun_beats_possibility():
    (m,) = code("インドは、交渉が決裂した場合にはパキスタンを攻撃する可能性を排除していない。")
    assert brief(m) == ("ASSAULT", ("IND",), ("PAK",))
    assert m.factuality == "hypothetical"


def test_condition_on_the_saying_verb_conditions_the_content():
    (m,) = code("韓国外務省は、捕虜が希望した場合には、ウクライナ側と協議する考えを示した。")
    assert m.event == "CONSULT" and m.factuality == "hypothetical"
    assert m.claimed_by is not None and m.claimed_by.text == "韓国外務省"


def test_wire_dateline_credits_the_agency():
    (m,) = code("【平壌10月19日発朝鮮中央通信】朝鮮人民軍は18日、新型ミサイルの試射を行った。")
    assert m.event == "MOBILIZE" and m.date == "2024-10-18"
    assert m.claimed_by is not None and m.claimed_by.text == "朝鮮中央通信"


def test_kyodo_dateline_credits_no_one_but_a_trailing_source_does():
    (m,) = code("【ソウル共同】北朝鮮、ロシアに特殊部隊派遣　韓国国情院")
    assert brief(m) == ("AID", ("PRK",), ("RUS",))
    assert m.claimed_by is not None and m.claimed_by.text == "韓国国情院"


def test_headline_source_at_the_end():
    ms = code("ロシア軍は日本海で演習を始めた。", title="ロシア軍、日本海で大規模演習　タス通信")
    head = [m for m in ms if m.sequence == 0]
    assert head and head[0].claimed_by is not None and head[0].claimed_by.text == "タス通信"


def test_time_word_is_no_speaker():
    ms = code(
        "米国防総省は、カリブ海に駆逐艦3隻を派遣した。",
        "さらに、きのうはプエルトリコに最新鋭のF35戦闘機10機を配備すると明らかにしました。",
    )
    got = [m for m in ms if m.sequence == 1]
    assert got and all(m.claimed_by is None or "きのう" not in m.claimed_by.text for m in got)


def test_feared_event_is_possible_and_claimed():
    (m,) = code("韓国政府は、ロシアが北朝鮮に軍事技術を移転する可能性があると警戒している。")
    assert brief(m) == ("AID", ("RUS",), ("PRK",)) and m.factuality == "possible"
    assert m.claimed_by is not None and m.claimed_by.text == "韓国政府"


def test_view_held_with_bare_suru_is_claimed():
    (m,) = code("報告書は、ロシアが北朝鮮製のミサイルでウクライナの都市を攻撃したとしている。")
    assert brief(m) == ("ASSAULT", ("RUS",), ("UKR",))
    assert m.claimed_by is not None and m.claimed_by.text == "報告書"
