"""Character normalization applied before any offset is computed.

News text mixes full-width and half-width forms of the same characters (ＮＡＴＯ and NATO,
（2） and (2), ｶﾀｶﾅ and カタカナ), zero-width characters left by editors, and every kind of
newline. Later stages (sentence splitting, lexicon lookup, actor aliases, dedup keys) must
see one form, and the offsets they store must point into the text as stored, so this runs
once, first, on the whole decoded text.

We deliberately do NOT apply NFKC to everything: it would turn the CJK punctuation that
sentence splitting relies on (「」、。・…) and circled numbers into other characters.
"""

from __future__ import annotations

import re
import unicodedata

from alliancewatch.text import FULLWIDTH_ASCII as _FULLWIDTH_ASCII

# Characters that carry no text: zero-width space/joiners, direction marks, word joiner,
# invisible operators, BOM in the middle of text, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"

# Horizontal spaces that are not ASCII space: no-break, ideographic, en/em and thin spaces.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000\t"

# Line and paragraph separators of every origin.
_NEWLINES = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

# Half-width katakana and half-width CJK punctuation (U+FF61..U+FF9F); NFKC composes a
# following voiced sound mark (ｶﾞ -> ガ).
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")

# Remaining C0/C1 control characters (newline already unified, tab already a space).
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

_MULTISPACE = re.compile(r" {2,}")

_TABLE: dict[int, int | str | None] = {}
_TABLE.update(_FULLWIDTH_ASCII)
_TABLE.update({ord(c): None for c in _INVISIBLE})
_TABLE.update({ord(c): " " for c in _SPACES})


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def normalize_text(text: str) -> str:
    """Return `text` with widths, spaces, invisible characters and newlines unified.

    Idempotent: normalizing twice gives the same string, so callers may normalize lines
    that came out of an already cleaned article (e.g. when comparing with common lines).
    """
    text = _NEWLINES.sub("\n", text)
    text = text.translate(_TABLE)
    text = _HALFWIDTH_KANA.sub(_nfkc, text)
    text = _CONTROLS.sub("", text)
    return _MULTISPACE.sub(" ", text)


def normalize_line(line: str) -> str:
    """A single stripped line (titles, common lines): newlines become spaces."""
    return " ".join(normalize_text(line).split("\n")).strip()


# Everything but letters and digits of any script: punctuation, symbols, spaces, "_".
_NOT_ALNUM = re.compile(r"[\W_]+")


def match_key(text: str) -> str:
    """Key under which two paragraphs count as the same text.

    Ignores width (NFKC), case, whitespace and all punctuation and symbols, so a repeat
    that differs only by a full-width bracket, an extra space or a changed quote mark is
    still found.
    """
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())
