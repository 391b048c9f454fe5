"""Round 28 (speed): what the coder keeps once worked out must give the answers it gave
when it worked them out every time.

A token's trigger with its reading checked is the trigger found without it, kept where a
verb's reading is met; the graph keeps each token's noun chain, predicate tail, connector,
noun phrase and subtree; the lexicon keeps find_trigger's answer per word (in bounds); a
sentence's relative-clause places and 駐留 words are found once for all its frames; and
the actor search tries at each position only the aliases whose first two characters are
there.
"""

from __future__ import annotations

import copy

import pytest

from alliancewatch.lang.ja import _builder
from alliancewatch.lang.ja import lexicon as ja_lexicon
from alliancewatch.lang.ja.graph import Graph, phrase_span
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.hosts import stationed_hosts, stay_places
from alliancewatch.lang.ja.parse import parse_texts
from alliancewatch.lang.ja.venues import clause_places, happening_places
from alliancewatch.types import Sentence

from .test_coder import ja_actors

pytestmark = pytest.mark.model


def _graph(text: str) -> Graph:
    (tokens,) = parse_texts([text])
    return Graph(tokens, text)


def _at(g: Graph, word: str) -> int:
    return next(t.i for t in g.tokens if t.text == word or t.lemma == word)


def test_a_verbs_reading_is_checked_on_the_trigger_found_without_it():
    """主張 has an event only with an object (責任を主張した), not with a quoted clause
    (合法だと主張した): the trigger is there without the reading, and the reading keeps it
    or drops it, whichever is asked first."""
    builder = _builder()
    met = _graph("武装組織は攻撃の責任を主張した。")
    unmet = _graph("政府は措置が合法だと主張した。")
    i, k = _at(met, "主張"), _at(unmet, "主張")
    assert builder._trigger(met, i) is not None
    assert builder._trigger(met, i, reading=False) == builder._trigger(met, i)
    assert builder._trigger(unmet, k, reading=False) is not None
    assert builder._trigger(unmet, k) is None  # asked second: still checked
    fresh = _graph("政府は措置が合法だと主張した。")
    assert builder._trigger(fresh, k) is None  # asked first


def test_kept_walks_equal_fresh_ones_and_stay_unchanged():
    text = "米国は日本や韓国など同盟国への防衛装備品の供与を拡大しないと発表した。"
    g, fresh = _graph(text), _graph(text)
    for i in range(len(g.tokens)):
        for _ in range(2):  # the second answer is the kept one
            assert g.chain(i) == fresh._chain(i)
            assert g.tail(i) == fresh._tail(i)
            assert g.connector(i) == fresh._connector(i)
            assert g.is_chain_head(i) == fresh._is_chain_head(i)
            assert g.np_tokens(i) == fresh._np_tokens(i)
            assert g.subtree(i) == frozenset(fresh.descendants(i))
            assert phrase_span(g, i) == phrase_span(fresh, i)
            assert g.head(i) == (None if g.tokens[i].head == i else g.tokens[i].head)


def test_find_trigger_keeps_its_answers_in_bounds():
    lex = ja_lexicon.load()
    for word in ("相互援助条約", "軍事協力深化", "ロシア派兵", "天気予報"):
        fresh = ja_lexicon.Lexicon.find_trigger(lex, word)  # the method without the kept answers
        assert lex.find_trigger(word) == fresh
        assert lex.find_trigger(word) is lex.find_trigger(word)  # the kept answer
    assert lex.find_trigger("相互援助条約").event == "NONE"  # the key at the end decides
    assert lex.find_trigger.cache_info().maxsize == ja_lexicon.FOUND_KEPT


def test_headline_answer_is_per_text_and_title():
    short = "北朝鮮、弾道ミサイル発射"
    assert headline(Sentence(0, 0, 0, len(short), short))
    long = "北朝鮮は18日朝、日本海に向けて弾道ミサイル1発を発射したと防衛省が発表した。"
    assert not headline(Sentence(0, 0, 0, len(long), long))
    assert headline(Sentence(0, 0, 0, len(long), long, is_title=True))


def test_places_found_once_serve_every_frame_of_their_sentence_only():
    """The で-phrase of a clause of happening and a place with で in another clause are no
    side of the frame outside them; a sentence without them gets none from the one before."""
    g = _graph("パリで始まる国際会議にあわせて、日本はフランスと会談し、協力を確認した。")
    p = _at(g, "確認")
    first = happening_places(g, p, p), clause_places(g, p, p)
    assert first[0] and first == (happening_places(g, p, p), clause_places(g, p, p))
    inside = _at(g, "始まる")  # a frame of the clause itself keeps its place
    assert not happening_places(g, inside, inside)
    other = _graph("日本はフランスと会談し、協力を確認した。")
    q = _at(other, "確認")
    assert happening_places(other, q, q) == [] and clause_places(other, q, q) == []


def test_stationed_words_found_once_per_sentence():
    g = _graph("イラク駐留米軍の基地が攻撃を受けた。")
    i = _at(g, "攻撃")
    assert stationed_hosts(g, i, "ASSAULT") == stationed_hosts(g, i, "ASSAULT") != []
    assert stationed_hosts(g, i, "MOBILIZE") == []  # a force's own move keeps its host
    other = _graph("米軍の基地が攻撃を受けた。")
    assert stationed_hosts(other, _at(other, "攻撃"), "ASSAULT") == []
    stay = _graph("イラクに滞在する米国民に出国を呼びかけた。")
    k = _at(stay, "呼びかけ")
    assert stay_places(stay, k, k, "REQUEST") == stay_places(stay, k, k, "REQUEST") != []


@pytest.mark.parametrize(
    "text",
    [
        "米国と中国、ロシア、北朝鮮の外相が会談した。",
        "訪米中の岸田首相は米韓両国と協議した。",
        "NATOとEU、UNの代表がKoreaとUSAについて話した。",
        "米",  # an alias at the very end of a text
        "Ｕｎｉｔｅｄ Ｓｔａｔｅｓ and Japan's Self-Defense Forces; 한미 정상회담",
    ],
)
def test_actor_lists_narrowed_by_two_characters_find_what_the_full_lists_find(text: str):
    narrowed = ja_actors()
    full = copy.copy(narrowed)
    full._by_two, full._one_char = {}, narrowed._actors  # every position tries every key
    assert narrowed.find_all(text, "2025-06-01") == full.find_all(text, "2025-06-01")
