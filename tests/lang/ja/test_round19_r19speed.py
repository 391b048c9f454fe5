"""Round 19 (r19speed): the caches the pipeline's speed rests on must never go stale.

One graph per sentence is shared by every step that reads the sentence (graph.graph_of),
and GiNZA parses sentences in batches of 64 (parse.SENTENCES_PER_ARTICLE): a graph kept for
the wrong sentence would give one sentence's frames to another, and a batch that changed a
parse would change the output.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from alliancewatch.lang.ja.graph import graph_of
from alliancewatch.lang.ja.parse import parse_texts
from alliancewatch.types import Sentence

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def _sentence(text: str) -> Sentence:
    (toks,) = parse_texts([text])
    return Sentence(0, 0, 0, len(text), text, tokens=toks)


def test_one_graph_per_sentence_and_a_new_one_for_another():
    a = _sentence("中国は台湾周辺で大規模な軍事演習を行った。")
    b = _sentence("韓国政府は北朝鮮の弾道ミサイル発射を強く非難した。")
    g = graph_of(a)
    assert graph_of(a) is g  # asked again by the next step: kept
    assert graph_of(b) is not g and graph_of(b).text == b.text
    assert graph_of(a) is not g and graph_of(a).tokens is a.tokens  # built again, not mixed


def test_same_text_other_parse_is_another_graph():
    """Keyed by the parse, not by the text: a sentence re-parsed (its tokens changed, as the
    parse's repairs do) gets a graph of its own, whose markers are read from its tokens."""
    text = "米国は日本に防衛装備品を供与した。"
    s = _sentence(text)
    g = graph_of(s)
    k = next(t.i for t in s.tokens if t.text == "日本")
    assert g.marker(k) == "に"
    cut = tuple(t if t.text != "に" else replace(t, head=t.i, dep="ROOT") for t in s.tokens)
    other = replace(s, tokens=cut)
    assert graph_of(other) is not g
    assert graph_of(other).marker(k) == ""


def test_articles_coded_in_turn_keep_their_own_events():
    first = "北朝鮮は日本海に向けて弾道ミサイル2発を発射した。"
    second = "岸田首相は韓国の尹錫悦大統領と東京で会談した。"
    alone_first, alone_second = briefs(first), briefs(second)
    assert alone_first and alone_second and alone_first != alone_second
    assert briefs(second) == alone_second and briefs(first) == alone_first


def test_a_sentence_written_twice_is_coded_the_same_each_time():
    """Two sentences of one text with the same words are two parses: each its own graph,
    and each coded as it would be alone (the same event, counted once)."""
    text = "ロシアは北朝鮮から砲弾の供与を受けた。"
    (alone,) = code(text)
    twice = code(text, text)
    assert {brief(m) for m in twice} == {brief(alone)} == {("AID", ("PRK",), ("RUS",))}


def test_a_parse_does_not_depend_on_its_batch():
    """The batch size is only speed: each sentence parses the same alone and in a batch
    with others, short and long, ahead of it or after it."""
    texts = [
        "防衛省によると、中国海警局の船4隻が尖閣諸島周辺の領海に侵入した。",
        "外相会談で両国は経済協力の拡大で一致した。",
        "米国務省は声明で、イランへの追加制裁を発表した。",
        "豪州と日本は円滑化協定に署名した。",
        "北朝鮮の朝鮮中央通信は、新型ミサイルの試験発射に成功したと報じた。",
    ]
    alone = [parse_texts([t])[0] for t in texts]
    assert parse_texts(texts, batch_size=64) == alone
    assert parse_texts(texts[::-1], batch_size=2)[::-1] == alone
