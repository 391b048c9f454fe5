"""Character tables shared by the stages that must agree on them (cleaning, actor aliases,
date words), kept in one place so that they cannot drift apart."""

from __future__ import annotations

# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset.
FULLWIDTH_ASCII: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# The same plus the ideographic space: a same-length folding, so offsets stay valid.
_WIDTH = {**FULLWIDTH_ASCII, 0x3000: 0x20}


def fold_width(text: str, extra: dict[int, int] | None = None) -> str:
    """Full-width ASCII and the ideographic space as ASCII, length kept (ＮＡＴＯ -> NATO);
    `extra` adds one-to-one mappings of the caller's own."""
    return text.translate({**_WIDTH, **extra} if extra else _WIDTH)


def words(spec: str) -> list[str]:
    """A word list written as one space-separated string in code: '当時 最近 近年'."""
    return spec.split()
