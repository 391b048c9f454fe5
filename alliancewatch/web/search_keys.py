"""Search hits in page order, from the first or after a cursor (keyset pagination).

A search page lists sentences newest article first: ORDER BY a.published DESC NULLS LAST,
a.doc, s.idx. An offset page reads every hit before it, so offsets stop at MAX_OFFSET (as
search engines cap how deep a result list goes); deeper pages continue from a cursor, the
sort key of the last hit shown (`SearchKey`), which the next query seeks to through the
articles' index on (published DESC NULLS LAST, doc): a page at hit 10,000 reads what the
first page reads. The cursor also carries the page's position, for "showing 10,001-10,050".
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

# deepest first hit an offset page may start at; the `next` links go on with cursors
MAX_OFFSET = 1000

ORDER = "ORDER BY {p} DESC NULLS LAST, {d}, {i}"
HIT = "s.id AS sid, a.published AS pub, a.doc AS doc, s.idx AS idx"


@dataclass(frozen=True)
class SearchKey:
    """The sort key of a hit and how many hits come before the one after it."""

    position: int  # hits before the page that starts after this key
    published: str | None
    doc: str
    idx: int

    def token(self) -> str:
        """The `after` parameter naming this key: URL-safe base64 of a JSON list."""
        raw = json.dumps([self.position, self.published, self.doc, self.idx], ensure_ascii=False)
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def from_token(cls, token: str) -> SearchKey | None:
        """The key a token names, or None if it is not one `token` made."""
        try:
            raw = base64.b64decode(token + "=" * (-len(token) % 4), b"-_", validate=True)
            pos, pub, doc, idx = json.loads(raw.decode())
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
            return None
        ok = (
            isinstance(pos, int)
            and pos >= 0
            and (pub is None or isinstance(pub, str))
            and isinstance(doc, str)
            and isinstance(idx, int)
            and not isinstance(idx, bool)
            and not isinstance(pos, bool)
        )
        return cls(pos, pub, doc, idx) if ok else None


def segments(after: SearchKey | None) -> list[tuple[str, list[Any]]]:
    """Conditions for the hits after a key, in page order, one query each. Dated articles
    come first (a seek: `a.published <= ?` is a range of the index), then the undated
    ones, so no condition joins the two with OR (which no ordered index scan serves)."""
    if after is None:
        return [("", [])]
    later = "(a.doc > ? OR (a.doc = ? AND s.idx > ?))"
    key = [after.doc, after.doc, after.idx]
    if after.published is None:
        return [(f" AND a.published IS NULL AND {later}", key)]
    p = after.published
    return [
        (f" AND a.published <= ? AND (a.published < ? OR {later})", [p, p, *key]),
        (" AND a.published IS NULL", []),
    ]


def hits(
    db: sqlite3.Connection, frm: str, where: str, args: list[Any], after: SearchKey | None, n: int
) -> list[Any]:
    """Up to n hits (sid, pub, doc, idx) in page order, after `after` when given."""
    order = ORDER.format(p="a.published", d="a.doc", i="s.idx")
    rows: list[Any] = []
    for cond, cargs in segments(after):
        if len(rows) >= n:
            break
        rows += db.execute(
            f"SELECT {HIT} {frm} WHERE {where}{cond} {order} LIMIT ?",
            [*args, *cargs, n - len(rows)],
        ).fetchall()
    return rows


def key_of(row: Any, position: int) -> SearchKey:
    """The cursor for the page after `row`, the hit at `position` - 1."""
    return SearchKey(position, row["pub"], row["doc"], int(row["idx"]))
