"""A spaCy pipeline loaded once per process, on first use, from its installed package.

Shared by the languages that parse with spaCy (GiNZA for ja, en_core_web_sm for en): the
lock keeps two threads from loading the same model twice, and nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from alliancewatch.types import Sentence, Token


class SpacyModel:
    """One named pipeline, with the components it leaves out (NER: actors come from our tables)."""

    def __init__(self, name: str, exclude: tuple[str, ...] = ()) -> None:
        self.name = name
        self.exclude = exclude
        self._lock = threading.Lock()
        self._nlp: Any = None

    def load(self) -> Any:
        with self._lock:
            if self._nlp is None:
                import spacy

                self._nlp = spacy.load(self.name, exclude=list(self.exclude))
        return self._nlp

    def parse_texts(self, texts: Iterable[str], batch_size: int) -> list[tuple[Token, ...]]:
        """Parse each text as one unit; the parser may still see several roots in it."""
        return [tokens(doc) for doc in self.load().pipe(texts, batch_size=batch_size)]


def tokens(doc: Any) -> tuple[Token, ...]:
    """A spaCy Doc as the project's tokens (offsets into the parsed text)."""
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


def with_tokens(sentences: list[Sentence], parsed: list[tuple[Token, ...]]) -> list[Sentence]:
    """Each sentence with its parsed tokens filled in."""
    return [replace(s, tokens=toks) for s, toks in zip(sentences, parsed, strict=True)]
