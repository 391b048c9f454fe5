"""Round 10 (r10type2): the foreign ministry's minutes style and courtesies.

- 〜する旨述べました: 旨 (and 趣旨) hold a said content (内容節); the noun is never the
  subject of the clause on it, so the clause's subject is the speaker's (data/content_nouns.tsv).
- Xから、…旨述べました: the opening から-phrase is who speaks; an event noun that writes its
  own doer with による keeps that doer, and the speaker is no party of it (topic.with_zero).
- 会談を歓迎する旨: welcoming a meeting or a visit is a courtesy, no SUPPORT (triggers.tsv).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def test_minutes_speaker_is_no_party_of_a_noun_with_its_own_doer():
    ms = code(
        "上川大臣から、中国による台湾周辺での大規模な軍事演習を深く懸念している旨述べました。"
    )
    assert [brief(m) for m in ms if m.event == "MOBILIZE"] == [("MOBILIZE", ("CHN",), ())]


def test_welcoming_a_meeting_is_no_support():
    ms = code("石破総理から、就任後初めてとなる王毅外相との会談を歓迎する旨述べました。")
    assert [brief(m) for m in ms if m.event == "SUPPORT"] == []
    (m,) = [m for m in code("日本政府は、米国の制裁解除の決定を歓迎した。") if m.event == "SUPPORT"]
    assert brief(m) == ("SUPPORT", ("JPN",), ("USA",))


def test_the_content_of_mune_is_the_speakers():
    ms = code(
        "上川大臣から、ロシアによるモルドバへのサイバー攻撃などのハイブリッドな脅威を"
        "深く懸念している旨述べました。"
    )
    assert sorted(brief(m) for m in ms) == [
        ("ACCUSE", ("JPN",), ("RUS",)),
        ("ASSAULT", ("RUS",), ("MDA",)),
    ]


def test_an_invasion_by_a_state_is_not_the_speakers():
    ms = code("上川大臣から、ロシアによるウクライナ侵略を改めて強く非難する旨述べました。")
    assert [brief(m) for m in ms if m.event == "ASSAULT"] == [("ASSAULT", ("RUS",), ("UKR",))]
