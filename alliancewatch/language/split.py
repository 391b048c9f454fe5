"""Quote-aware sentence splitting for Japanese, Korean and English.

A terminator inside 「」『』（）() does not end a sentence, so a quoted statement stays
with its speech verb (「…。」と述べた。). Each paragraph is split on its own; offsets point
into the article text. No sentence is longer than Settings.max_parse_chars: a longer one
(a paragraph without terminators) is cut at a clause mark, else at a space, else anywhere,
so that no parser meets an input it cannot take (SudachiPy refuses 49,149 bytes).
"""

from __future__ import annotations

import re

from alliancewatch.config import Settings
from alliancewatch.types import Article, Sentence

OPEN = "「『（(【〈《“"
CLOSE = "」』）)】〉》”"
CJK_END = "。！？!?"
# Where an over-long sentence may be cut, best first: after a clause mark or a closing
# bracket, then at a space. A hard cut is the last resort.
SOFT_BREAKS = "、，,;；:：」』）)】〉》”"
# English abbreviations after which a period does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Rep|Sen|St|Jr|No|vs|etc|U\.S|U\.N|e\.g|i\.e)|\b[A-Z])\.$"
)


def _cuts(text: str, lang: str, use_quotes: bool) -> tuple[list[int], int]:
    cuts: list[int] = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if use_quotes and ch in OPEN:
            depth += 1
        elif use_quotes and ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in CJK_END or (ch == "." and lang in ("en", "ko"))):
            j = i + 1
            while j < n and text[j] in CJK_END + ".":
                j += 1
            # closing quotes/brackets right after the terminator belong to this sentence
            while j < n and text[j] in CLOSE:
                j += 1
            if ch == "." and j < n and not text[j].isspace():
                i = j
                continue  # 5.7, U.S.A, example.org
            if ch == "." and lang == "en" and _ABBREV.search(text[max(0, i - 6) : i + 1]):
                i = j
                continue
            cuts.append(j)
            i = j
            continue
        i += 1
    return cuts, depth


def split_paragraph(
    text: str, lang: str, settings: Settings | None = None
) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, whitespace trimmed, each at
    most Settings.max_parse_chars long.

    Korean goes to kiwipiepy's splitter; Japanese and English use the rules below.
    """
    settings = settings or Settings()
    if lang == "ko":
        from alliancewatch.language import ko

        spans = ko.sentence_spans(text, settings.ko_split_chars)
    else:
        cuts, depth = _cuts(text, lang, use_quotes=True)
        if depth != 0:  # unbalanced quotes (scraping damage): quotes cannot be trusted
            cuts, _ = _cuts(text, lang, use_quotes=False)
        bounds = [0, *cuts, len(text)]
        spans = list(zip(bounds, bounds[1:], strict=False))
    return _trim(text, bound_spans(text, spans, settings.max_parse_chars))


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


def _trim(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_article(article: Article, settings: Settings | None = None) -> list[Sentence]:
    """The title (when found) is sentence 0 with is_title; it has no offsets in the text
    (and is cut to Settings.max_parse_chars like any sentence)."""
    settings = settings or Settings()
    sentences: list[Sentence] = []
    if article.title:
        title = article.title[: settings.max_parse_chars]
        sentences.append(Sentence(0, -1, 0, 0, title, is_title=True))
    for p in article.paragraphs:
        body = article.text[p.start : p.end]
        for s, e in split_paragraph(body, article.lang, settings):
            sentences.append(Sentence(len(sentences), p.index, p.start + s, p.start + e, body[s:e]))
    return sentences
