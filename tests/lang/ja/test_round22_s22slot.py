"""Round 22 studied (s22slot): parties in the wrong slot of the foreign ministry's minutes.

An event noun with its own genitive doer (ロシアのウクライナ侵攻) inside the words a minutes'
turn reports keeps that doer, not the turn's speaker (X総理から、); and a が-phrase inside a
relative clause, told by its form (a verb right before a noun) however the parser hangs it,
is no subject of the reported predicate after it."""

from __future__ import annotations

from .test_coder import briefs, code

MEETING = "林外務大臣は、フィンランドのハービスト外相と会談した。"


def test_minutes_speaker_is_not_the_doer_of_a_genitive_event_noun() -> None:
    got = briefs(
        MEETING,
        "林外務大臣から、ロシアのジョージア侵攻は国際秩序を揺るがす暴挙である旨述べました。",
    )
    assert ("ASSAULT", ("RUS",), ("GEO",)) in got
    assert not any(b[0] == "ASSAULT" and "JPN" in b[1] for b in got)


def test_relative_clause_subject_is_not_the_reported_subject() -> None:
    got = briefs(
        MEETING,
        "林外務大臣から、フィンランドが議長国を務める国際会議の成功に向け、日本として最大限協力していく旨述べました。",
    )
    assert not any("FIN" in b[1] and b[0] == "COOPERATE" for b in got)


def test_understanding_won_from_the_other_side_is_its_support() -> None:
    got = briefs(
        MEETING,
        "林外務大臣から、拉致問題への日本の立場を説明し、ハービスト外相から理解を得ました。",
    )
    assert any(b[0] == "SUPPORT" and set(b[1] + b[2]) == {"JPN", "FIN"} for b in got)


def test_plan_in_the_words_of_a_minutes_turn_is_claimed_by_its_speaker() -> None:
    got = [
        m
        for m in code(MEETING, "林外務大臣から、ジョージアへの支援を継続していく旨述べました。")
        if m.event == "AID"
    ]
    assert got and got[0].claimed_by is not None and got[0].claimed_by.code == "JPN"


def test_passive_clause_of_a_minutes_turn_leaves_its_speaker_the_subject() -> None:
    got = briefs(
        MEETING,
        "ハービスト外相からは、温かい歓迎に対する謝意が示され、北極圏における日本の役割を高く評価する旨の発言がありました。",
    )
    assert ("SUPPORT", ("FIN",), ("JPN",)) in got
