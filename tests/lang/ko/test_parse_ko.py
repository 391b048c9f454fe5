"""Korean splitting and morphemes: offsets, quotes, and bounded work on long input."""

from __future__ import annotations

from alliancewatch.lang.ko.parse import parse, starts_word, tokens
from alliancewatch.lang.ko.split import sentence_spans
from alliancewatch.types import Sentence


def test_split_keeps_a_quote_with_its_speech_verb() -> None:
    text = '관계자는 "대응할 것이다. 모든 수단을 쓰겠다"라고 말했다. 북한은 침묵했다.'
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        '관계자는 "대응할 것이다. 모든 수단을 쓰겠다"라고 말했다.',
        "북한은 침묵했다.",
    ]


def test_tokens_are_morphemes_with_offsets() -> None:
    text = "북한이 러시아에 병력을 보냈다."
    toks = tokens(text)
    assert [(t.text, t.tag) for t in toks[:2]] == [("북한", "NNP"), ("이", "JKS")]
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
    assert starts_word(text, toks, 2)  # 러시아 opens an eojeol
    assert not starts_word(text, toks, 1)  # 이 is bound to 북한


def test_actor_compounds_stay_whole() -> None:
    toks = tokens("한미일이 훈련했다.")
    assert toks[0].text == "한미일"


def test_long_sentence_is_analysed_in_windows() -> None:
    text = "북한이 러시아에 병력을 보냈고 " * 400  # about 6,400 characters, no terminator
    toks = tokens(text)
    assert len(toks) > 400 * 5
    assert all(text[t.start : t.end] == t.text for t in toks if t.tag in ("NNP", "NNG"))


def test_parse_fills_a_batch() -> None:
    s = Sentence(0, 0, 0, 6, "북한이 쐈다")
    (out,) = parse([s])
    assert out.tokens and out.text == s.text
