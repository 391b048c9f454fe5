"""Sentence splitting mechanics shared by the languages: quote-aware rules and the article loop.

A terminator inside 「」『』（）() does not end a sentence, so a quoted statement stays
with its speech verb (「…。」と述べた。). Each paragraph is split on its own by its
language's splitter (Language.split); offsets point into the article text. Whether a period
ends a sentence and which abbreviations do not are the language's choice (lang/<code>/).
No sentence is longer than Settings.max_parse_chars: a longer one (a paragraph without
terminators) is cut at a clause mark, else at a space, else anywhere, so that no parser
meets an input it cannot take (SudachiPy refuses 49,149 bytes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alliancewatch.types import Article, Sentence

if TYPE_CHECKING:
    from alliancewatch.config import Settings
    from alliancewatch.lang import Language

OPEN = "「『（(【〈《“"
CLOSE = "」』）)】〉》”"
CJK_END = "。！？!?"
# Where an over-long sentence may be cut, best first: after a clause mark or a closing
# bracket, then at a space. A hard cut is the last resort.
SOFT_BREAKS = "、，,;；:：」』）)】〉》”"


def _cuts(
    text: str, period: bool, abbrev: re.Pattern[str] | None, use_quotes: bool
) -> tuple[list[int], int]:
    cuts: list[int] = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if use_quotes and ch in OPEN:
            depth += 1
        elif use_quotes and ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in CJK_END or (ch == "." and period)):
            j = i + 1
            while j < n and text[j] in CJK_END + ".":
                j += 1
            # closing quotes/brackets right after the terminator belong to this sentence
            while j < n and text[j] in CLOSE:
                j += 1
            if ch == "." and j < n and not text[j].isspace():
                i = j
                continue  # 5.7, U.S.A, example.org
            if ch == "." and abbrev and abbrev.search(text[max(0, i - 6) : i + 1]):
                i = j
                continue
            cuts.append(j)
            i = j
            continue
        i += 1
    return cuts, depth


def rule_spans(
    text: str, period: bool = True, abbrev: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph by the rules above.

    `period`: a '.' followed by a space ends a sentence (not in Japanese, where it is rare
    and often part of a name); `abbrev` matches the text ending in a period that does not
    (Mr., U.S.).
    """
    cuts, depth = _cuts(text, period, abbrev, use_quotes=True)
    if depth != 0:  # unbalanced quotes (scraping damage): quotes cannot be trusted
        cuts, _ = _cuts(text, period, abbrev, use_quotes=False)
    bounds = [0, *cuts, len(text)]
    return list(zip(bounds, bounds[1:], strict=False))


def safe_cut(text: str, start: int, limit: int) -> int:
    """The best place to end a piece of text[start:limit]: after the last clause mark in
    its second half, else at its last space, else at `limit`."""
    low = start + (limit - start) // 2
    best = max(text.rfind(c, low, limit) for c in SOFT_BREAKS)
    if best >= 0:
        return best + 1
    for i in range(limit - 1, low, -1):
        if text[i].isspace():
            return i
    return limit


def trim(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_paragraph(
    text: str, language: Language | None, settings: Settings
) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph by its language's splitter, whitespace trimmed.

    A language nobody registered is split by the rules with periods (it is still stored
    and searched)."""
    spans = language.split(text, settings) if language else rule_spans(text)
    return trim(text, bound_spans(text, spans, settings.max_parse_chars))


def bound_spans(text: str, spans: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    """The spans with every one longer than `max_chars` cut at safe points."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > max_chars:
            cut = safe_cut(text, s, s + max_chars)
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def split_article(
    article: Article, language: Language | None, settings: Settings
) -> list[Sentence]:
    """The title (when found) is sentence 0 with is_title; it has no offsets in the text
    (and is cut to Settings.max_parse_chars like any sentence)."""
    sentences: list[Sentence] = []
    if article.title:
        title = article.title[: settings.max_parse_chars]
        sentences.append(Sentence(0, -1, 0, 0, title, is_title=True))
    for p in article.paragraphs:
        body = article.text[p.start : p.end]
        for s, e in split_paragraph(body, language, settings):
            sentences.append(Sentence(len(sentences), p.index, p.start + s, p.start + e, body[s:e]))
    return sentences
