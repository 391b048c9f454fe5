"""Paragraphs of a normalized text, and the lines that are not article text.

Scraped news carries three kinds of damage that would otherwise become duplicate or
false events downstream:

* boilerplate: reader widgets, share buttons, copyright lines, wire credits
  (`data/boilerplate.tsv`, per language) and lines a source repeats in most of its
  articles (`common_lines`, found by `find_common_lines`);
* page headlines: a paginated article repeats its headline at the top of every page,
  often with a page marker ("…(2)"); the headline becomes the title and leaves the body;
* link lists: a heading such as 関連記事 / Related articles (`data/link_lists.tsv`) and the
  run of short headline-shaped lines after it, links to other stories that read like
  events of this one;
* repeated blocks: page 2 of a scrape often repeats page 1's paragraphs, so a paragraph,
  or a run of them, that repeats earlier text of the same article is dropped (first
  occurrence kept).

Matching computes decisions on `_Line` records; `clean_body` then writes the result, so
each rule can be tested on its own. Every removal is recorded with a readable reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alliancewatch.clean.normalize import match_key, normalize_line, normalize_text
from alliancewatch.datafiles import Schema, read_rows
from alliancewatch.lang import codes
from alliancewatch.types import Removed

MAX_HEADLINE_CHARS = 120  # a page headline is a short line
MAX_BOILERPLATE_CHARS = 200  # longer lines are body text; patterns never remove them
MAX_LINK_HEADING_CHARS = 40  # a link-list heading is a label, not a sentence
MAX_COMMON_LINE_CHARS = 80
MIN_HEADLINE_KEY = 4  # letters/digits a headline needs ("(2)" alone is not one)
MIN_CONTAINED_KEY = 20  # a paragraph this long found inside an earlier one is a repeat
MAX_CONTAINMENT_PARAGRAPHS = 500  # beyond this, only exact repeats are looked for

# A page marker closing a line: (2) [2] <2> 〈2〉 【2】 (2/3) or a bare 2/3.
_MARKER = re.compile(
    r"\s*(?:[(\[<〈【]\s*(?P<n>\d{1,2})\s*(?:/\s*\d{1,2}\s*)?[)\]>〉】]"
    r"|(?<![\d/.:-])(?P<bare>\d{1,2})\s*/\s*(?P<of>\d{1,2}))$"
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—]\s+|\s*[｜|]\s*")


@dataclass(frozen=True)
class BoilerplatePattern:
    lang: str  # ja | ko | en | *
    regex: re.Pattern[str]
    note: str


@dataclass(frozen=True)
class CleanedBody:
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    headline: str | None  # found by the page-headline rules, marker stripped


@dataclass
class _Line:
    text: str
    key: str
    kind: str | None = None  # set when the line is removed
    reason: str = ""
    source: int | None = None  # index of the line this one repeats
    partial: bool = False  # repeats only part of its source

    @property
    def kept(self) -> bool:
        return self.kind is None


@lru_cache(maxsize=8)
def load_boilerplate(path: Path) -> tuple[BoilerplatePattern, ...]:
    """Patterns from a TSV file (lang, regex, note); lang is a registered language or *."""
    schema = Schema(
        columns=("lang", "regex", "note"),
        labels={"lang": frozenset(codes()) | {"*"}},
        regex=("regex",),
        fixed=True,
    )
    return tuple(
        BoilerplatePattern(r["lang"], re.compile(r["regex"]), r["note"].strip())
        for r in read_rows(path, schema, strip=False)
    )


def patterns_for(
    patterns: tuple[BoilerplatePattern, ...], lang: str | None
) -> tuple[BoilerplatePattern, ...]:
    """Patterns for one language plus the '*' ones; all of them when the language is unknown."""
    return tuple(p for p in patterns if lang is None or p.lang in ("*", lang))


def page_marker(line: str) -> tuple[str, str, int] | None:
    """(text before the marker, the marker, page number) for a line closing with one."""
    m = _MARKER.search(line)
    if not m:
        return None
    if m.group("bare"):
        page, of = int(m.group("bare")), int(m.group("of"))
        if not page <= of <= 20:  # 10/21 is a date, not page 10 of 21
            return None
    else:
        page = int(m.group("n"))
    return line[: m.start()].rstrip(), m.group(0).strip(), page


def is_headline_like(text: str) -> bool:
    """Short, one phrase, not a sentence: what a headline looks like."""
    return (
        len(text) <= MAX_HEADLINE_CHARS
        and "。" not in text
        and not text.endswith(".")
        and len(match_key(text)) >= MIN_HEADLINE_KEY
    )


def _title_keys(title: str | None) -> set[str]:
    """Keys of a title and of its parts ('Headline | Site' gives both parts)."""
    if not title:
        return set()
    parts = [title, *_TITLE_SEPARATORS.split(title)]
    return {k for k in (match_key(p) for p in parts) if len(k) >= MIN_HEADLINE_KEY}


def _mark_boilerplate(
    lines: list[_Line], patterns: tuple[BoilerplatePattern, ...], common: frozenset[str]
) -> None:
    for ln in lines:
        if not ln.key:
            ln.kind, ln.reason = "boilerplate", "has no letters or digits"
        elif ln.text in common:
            ln.kind = "source_boilerplate"
            ln.reason = "occurs in most articles of this source"
        elif len(ln.text) <= MAX_BOILERPLATE_CHARS:
            for p in patterns:
                if p.regex.search(ln.text):
                    ln.kind = "boilerplate"
                    ln.reason = f"matches boilerplate pattern '{p.regex.pattern}' ({p.note})"
                    break


def _mark_link_lists(lines: list[_Line], headings: tuple[BoilerplatePattern, ...]) -> None:
    """A related-links heading and the headline-shaped lines under it: the links name other
    stories, so a line of them is no report of this article's events. The run ends at the
    first line that is a sentence again (body text resumes)."""
    if not headings:
        return
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if len(ln.text) > MAX_LINK_HEADING_CHARS:
            continue
        note = next((p.note for p in headings if p.regex.search(ln.text)), None)
        if note is None:
            continue
        if ln.kept:
            ln.kind, ln.reason = "link_list", f"related-links heading ({note})"
        while i < len(lines) and (not lines[i].kept or is_headline_like(lines[i].text)):
            if lines[i].kept:
                lines[i].kind = "link_list"
                lines[i].reason = f"link under the heading '{ln.text}'"
            i += 1


def _mark_page_headlines(lines: list[_Line], title: str | None) -> str | None:
    """Remove marked page headlines and every copy of them or of the title; return the first
    headline (marker stripped)."""
    headline: str | None = None
    keys: set[str] = set()
    for ln in lines:
        found = page_marker(ln.text) if ln.kept else None
        if found and found[2] >= 2 and is_headline_like(found[0]):
            ln.kind, ln.reason = "page_headline", f"page headline with marker '{found[1]}'"
            keys.add(match_key(found[0]))
            headline = headline or found[0]
    title_keys = _title_keys(title)
    for ln in lines:
        if not ln.kept or len(ln.text) > MAX_HEADLINE_CHARS:
            continue
        found = page_marker(ln.text)
        key = match_key(found[0]) if found else ln.key
        if key in keys:
            ln.kind, ln.reason = "page_headline", "repeats the page headline"
        elif key in title_keys:
            ln.kind, ln.reason = "page_headline", "repeats the title"
    return headline


def _find_repeats(lines: list[_Line]) -> list[int]:
    """Set `source` on every kept line that repeats an earlier one; return kept indices."""
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    first: dict[str, int] = {}
    originals: list[int] = []
    for i in kept:
        ln = lines[i]
        if ln.key in first:
            ln.source = first[ln.key]
            continue
        if len(ln.key) >= MIN_CONTAINED_KEY and len(originals) <= MAX_CONTAINMENT_PARAGRAPHS:
            hit = next((j for j in originals if ln.key in lines[j].key), None)
            if hit is not None:
                ln.source, ln.partial = hit, True
                continue
        first[ln.key] = i
        originals.append(i)
    return kept


def _aligned(lines: list[_Line], kept: list[int], pos: dict[int, int], i: int) -> bool:
    """True when a neighbour of repeat `i` repeats the matching neighbour of its source:
    the line is part of a repeated run, not a stray copy."""
    p, s = pos[i], pos[lines[i].source]  # type: ignore[index]
    return any(
        0 <= p + step < len(kept)
        and 0 <= s + step < len(kept)
        and lines[kept[p + step]].source == kept[s + step]
        for step in (-1, 1)
    )


def _mark_repeats(lines: list[_Line]) -> str | None:
    """Remove repeated paragraphs; a short line repeated only as stray copies is a page
    headline instead (all copies removed). Return that headline, if any."""
    kept = _find_repeats(lines)
    pos = {i: p for p, i in enumerate(kept)}
    copies: dict[int, list[int]] = {}
    for i in kept:
        if lines[i].source is not None:
            copies.setdefault(lines[i].source, []).append(i)  # type: ignore[arg-type]
    headline: str | None = None
    for src, reps in copies.items():
        stray = not any(_aligned(lines, kept, pos, r) for r in reps)
        if stray and all(is_headline_like(lines[j].text) for j in (src, *reps)):
            for j in (src, *reps):
                lines[j].kind = "page_headline"
                lines[j].reason = f"short line repeated {len(reps) + 1} times in the body"
                lines[j].source = None
            headline = headline or lines[src].text
    for i in kept:
        ln = lines[i]
        if ln.kept and ln.source is not None:
            ln.kind = "repeated_block"
    return headline


def _finish(lines: list[_Line], headline: str | None) -> CleanedBody:
    number = {}
    paragraphs: list[str] = []
    for i, ln in enumerate(lines):
        if ln.kept:
            paragraphs.append(ln.text)
            number[i] = len(paragraphs)
    removed: list[Removed] = []
    for ln in lines:
        if ln.kept:
            continue
        reason = ln.reason
        if ln.kind == "repeated_block":
            what = "part of paragraph" if ln.partial else "paragraph"
            n = number.get(ln.source)  # type: ignore[arg-type]
            reason = f"repeats {what} {n}" if n else "repeats earlier text"
        removed.append(Removed(ln.kind or "", ln.text, reason))
    return CleanedBody(tuple(paragraphs), tuple(removed), headline)


def clean_body(
    text: str,
    patterns: tuple[BoilerplatePattern, ...] = (),
    common_lines: frozenset[str] = frozenset(),
    title: str | None = None,
    link_headings: tuple[BoilerplatePattern, ...] = (),
) -> CleanedBody:
    """Split normalized `text` into paragraphs (non-empty stripped lines) and remove, in
    order: boilerplate, link lists under a heading of `link_headings`, page headlines (and
    copies of `title`), repeated blocks.

    Paragraph numbers in reasons count the kept paragraphs from 1.
    """
    lines = [_Line(s, match_key(s)) for raw in text.split("\n") if (s := raw.strip())]
    common = frozenset(normalize_line(c) for c in common_lines)
    _mark_boilerplate(lines, patterns, common)
    _mark_link_lists(lines, link_headings)
    headline = _mark_page_headlines(lines, title)
    repeated_headline = _mark_repeats(lines)
    return _finish(lines, headline or repeated_headline)


def find_common_lines(
    texts: list[str], min_docs: int = 3, min_share: float = 0.5
) -> frozenset[str]:
    """Short lines (<= 80 chars, normalized, stripped) found in at least `min_docs` of the
    texts and in at least `min_share` of them: a source's own boilerplate."""
    counts: Counter[str] = Counter()
    for text in texts:
        lines = {s for raw in normalize_text(text).split("\n") if (s := raw.strip())}
        counts.update(s for s in lines if len(s) <= MAX_COMMON_LINE_CHARS)
    need = max(float(min_docs), min_share * len(texts))
    return frozenset(s for s, c in counts.items() if c >= need)
