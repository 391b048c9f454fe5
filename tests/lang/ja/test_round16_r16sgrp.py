"""Round 16 (r16sgrp): the wrong or missing party of an event that is found.

- an envoy written by name and post only (山田太郎駐中国大使, 李明華駐日大使) is the other
  state of the story's main pair, and so is the surname with a title anywhere in the story
  (山田大使), its headline included (coding/envoys.py, data envoy_hosts.tsv, named_envoy);
- a state written before 駐留 and another state's forces (イラク駐留米軍) is where the
  force is stationed, no party (data/not_actor.tsv).

Sentences of our own, with near-misses that must not change.
"""

from __future__ import annotations

from .test_coder import briefs


def _of(kind: str, *paragraphs: str) -> list[tuple]:
    return [b for b in briefs(*paragraphs) if b[0] == kind]


# --- envoys by name and post ---------------------------------------------------------------


def test_summoned_envoy_by_post_is_the_other_state():
    assert _of(
        "ACCUSE",
        "日本政府は漁船の問題で説明を続けている。",
        "中国外務省の次官は5日、山田太郎駐中国大使を呼び、強く抗議した。",
    ) == [("ACCUSE", ("CHN",), ("JPN",))]
    # a post in a third state says nothing of whose envoy it is
    assert (
        _of(
            "ACCUSE",
            "日本政府は中国に説明を求めてきた。",
            "中国外務省は5日、山田太郎駐英大使を呼び、抗議した。",
        )
        == []
    )
    # the state written with the post (駐韓米大使) is the envoy's own
    assert _of(
        "CONSULT",
        "日本と韓国の関係は改善している。",
        "日本の外相は4日、ハリス駐韓米大使と会談した。",
    ) == [("CONSULT", ("JPN",), ("USA",))]


def test_surname_with_title_stands_for_the_envoy_after_and_before():
    got = briefs(
        "中国外務省は5日、山田太郎駐中国大使を呼んで抗議した。",
        "山田大使は日本政府の立場を説明し、中国側に冷静な対応を求めた。",
    )
    assert ("REQUEST", ("JPN",), ("CHN",)) in got
    assert ("REQUEST", ("CHN",), ("JPN",)) not in got


def test_envoy_of_one_character_host():
    assert _of(
        "ACCUSE",
        "日本と中国の関係は冷え込んでいる。",
        "日本の外務次官は3日、李明華駐日大使に電話で抗議した。",
    ) == [("ACCUSE", ("JPN",), ("CHN",))]


# --- forces stationed in another state --------------------------------------------------


def test_state_before_stationed_forces_is_a_place():
    assert _of("ASSAULT", "イランはイラク駐留米軍の基地をミサイルで攻撃した。") == [
        ("ASSAULT", ("IRN",), ("USA",))
    ]
    # the stationed force with no state of its own after 駐留 stays as before
    assert _of("RETREAT", "米国はイラク駐留軍を削減した。") == [("RETREAT", ("USA",), ("IRQ",))]
