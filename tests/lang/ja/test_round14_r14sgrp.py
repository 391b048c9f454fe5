"""Round 14 (r14sgrp): a group of officials (両首脳, 両外相) stands for the two sides of the
talk the report narrates, not of a talk a speaker reports in passing (首相から、前日の…訪問に
ついて説明し、…と会談したと述べた).

Sentences of our own, with variants and what must not change.
"""

from __future__ import annotations

from .test_coder import briefs


def _agree(*paragraphs: str) -> tuple:
    found = [b for b in briefs(*paragraphs) if b[0] == "AGREE"]
    assert len(found) == 1, briefs(*paragraphs)
    return found[0]


# --- a talk told inside someone's statement is not the one 両首脳 belongs to ---------------


def test_leaders_after_a_reported_visit_are_the_meeting_narrated():
    assert _agree(
        "石破首相は、ベトナムのチン首相と首脳会談を行った。",
        "石破首相から、先週のフィリピン訪問について説明し、マルコス大統領と会談したと述べた。",
        "両首脳は、経済安全保障分野で協力を強化することで一致した。",
    ) == ("AGREE", ("JPN",), ("VNM",))


def test_minutes_style_polite_report_of_an_earlier_talk():
    assert _agree(
        "岸田総理は、ドイツのショルツ首相と首脳会談を行いました。",
        "岸田総理から、前日の韓国訪問について説明し、尹大統領と協議したと述べました。",
        "両首脳は、エネルギー分野での協力を進めることで一致しました。",
    ) == ("AGREE", ("JPN",), ("DEU",))


def test_foreign_ministers_after_a_talk_they_recount():
    assert _agree(
        "林外相は、インドのジャイシャンカル外相と会談した。",
        "林外相は、前日にオーストラリアのウォン外相と会談したと述べた。",
        "両外相は、海洋安全保障で協力を拡大することで一致した。",
    ) == ("AGREE", ("JPN",), ("IND",))


def test_leaders_after_a_talk_recounted_to_reporters():
    assert _agree(
        "バイデン大統領は、韓国の尹大統領と会談した。",
        "バイデン氏は、先月に中国の習近平国家主席と会談したと語った。",
        "両首脳は、北朝鮮の非核化に向けて連携することで一致した。",
    ) == ("AGREE", ("USA",), ("KOR",))


# --- negatives: a second talk narrated is still the last; a reported talk alone still counts


def test_a_second_narrated_talk_is_still_the_last():
    assert _agree(
        "岸田首相は、ドイツのショルツ首相と会談した。",
        "岸田首相は続いてフランスのマクロン大統領と会談した。",
        "両首脳は、ウクライナ支援を続けることで一致した。",
    ) == ("AGREE", ("JPN",), ("FRA",))


def test_a_reported_talk_alone_is_still_the_pair():
    assert _agree(
        "岸田首相は記者団に、前日に韓国の尹大統領と会談したと述べた。",
        "両首脳は、北朝鮮問題で連携することで一致したという。",
    ) == ("AGREE", ("JPN",), ("KOR",))
