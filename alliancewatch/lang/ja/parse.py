"""GiNZA wrapper: Japanese sentences -> tokens with lemma, POS, dependencies.

The model is loaded once per process. Named-entity recognition is disabled: GiNZA's NER
splits 朝ロ and 金正恩, and actors come from our own alias table (resolve/actors.py);
dropping it saves about 40% of parse time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.model import SpacyModel, with_tokens
from alliancewatch.types import Sentence, Token

MODEL = "ja_ginza"
DISABLED = ("ner",)
_MODEL = SpacyModel(MODEL, DISABLED)


def load() -> Any:
    """The spaCy pipeline, loaded from the installed ja-ginza package (never downloads)."""
    return _MODEL.load()


def _encodable(text: str) -> str:
    """A lone surrogate (U+D800-DFFF) makes SudachiPy raise; one U+FFFD per code point
    keeps every offset where it was."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


# An ASCII space between two non-ASCII characters: the cleaner folds the ideographic space
# (U+3000) that separates a headline's phrases to it, and GiNZA then reads across it as
# one compound (米ロ首脳が電話会談 エネルギー施設… -> 電話会談エネルギー施設).
_PHRASE_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _for_parser(text: str) -> str:
    """The text GiNZA reads: encodable, with each phrase gap given back its ideographic
    space (same length, so every offset stays where it was)."""
    return _PHRASE_GAP.sub("\u3000", _encodable(text))


_OPEN, _CLOSE = "「『（(【［[", "」』）)】］]"


def phrases(text: str) -> list[tuple[int, int]]:
    """A headline line (no 。) as its phrases, the spans between its ideographic spaces
    outside brackets (北朝鮮、日本海へミサイル数発　ロシアへの輸出向けか): each phrase is a
    headline of its own, with its own topic and predicate. Any other text is one span."""
    if "。" in text or "\u3000" not in text:
        return [(0, len(text))]
    spans, start, depth = [], 0, 0
    for k, c in enumerate(text):
        depth += (c in _OPEN) - (c in _CLOSE)
        if c == "\u3000" and depth <= 0:
            if k > start:
                spans.append((start, k))
            start = k + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _joined(
    text: str, spans: list[tuple[int, int]], parts: list[tuple[Token, ...]]
) -> tuple[Token, ...]:
    """The phrases' parses as one sentence's tokens: offsets and heads shifted, each gap a
    space token hung on the root of the phrase before it, as GiNZA tags one."""
    out: list[Token] = []
    root = None
    for (s, _e), toks in zip(spans, parts, strict=True):
        if out and s > out[-1].end:
            gap = text[out[-1].end : s]
            i = len(out)
            out.append(
                Token(
                    i,
                    gap,
                    gap,
                    "SYM",
                    "空白",
                    "punct",
                    root if root is not None else i,
                    out[-1].end,
                    s,
                )
            )
        base = len(out)
        for t in toks:
            out.append(
                replace(t, i=t.i + base, head=t.head + base, start=t.start + s, end=t.end + s)
            )
            if t.dep == "ROOT":
                root = t.i + base
    return tuple(out)


def parse_texts(texts: Iterable[str], batch_size: int = 16) -> list[tuple[Token, ...]]:
    """Parse each text as one unit (a sentence); GiNZA may see several roots in it. The
    phrases of a headline are parsed apart: read as one, GiNZA hangs one phrase on the
    next (相互防衛協定　「…攻撃」: the treaty becomes a modifier of the quoted attack)."""
    prepared = [_for_parser(t) for t in texts]
    spans = [phrases(t) for t in prepared]
    flat = [t[s:e] for t, sp in zip(prepared, spans, strict=True) for s, e in sp]
    parsed = iter(_MODEL.parse_texts(flat, batch_size))
    return [
        _joined(t, sp, [next(parsed) for _ in sp]) if len(sp) > 1 else next(parsed)
        for t, sp in zip(prepared, spans, strict=True)
    ]


_MISTAGGED = pattern("noun_mistagged")
_CASE = pattern("case_after_noun")


def _nouns_restored(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A noun the tagger calls a verb or an adjective, right before a case particle (米ロが,
    トランプ政権に): a noun again, its particle a case marker, so the frame builder takes it
    as an argument. Only nouns the dictionary lists as plain or proper nouns: a サ変 noun
    (合意し) and a na-adjective (積極的に) are what the tagger says."""
    out = list(tokens)
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if t.pos in ("VERB", "ADJ") and _MISTAGGED.match(t.tag) and _CASE.match(nxt.text):
            out[k] = replace(t, pos="NOUN")
            out[k + 1] = replace(nxt, pos="ADP", dep="case")
    return tuple(out)


def parse_sentences(sentences: list[Sentence], batch_size: int = 16) -> list[Sentence]:
    parsed = parse_texts((s.text for s in sentences), batch_size=batch_size)
    return with_tokens(sentences, [_nouns_restored(t) for t in parsed])
