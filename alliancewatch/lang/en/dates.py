"""English date expressions: the shared engine (resolve/dates.py) plus what English news
writes that the engine does not read.

- 'August last year', 'March of this year', 'June next year': the month in the year named
  (the engine reads 'August' and 'last year' apart, and puts August in the nearer year);
- a bare capitalised month ('North Korea's October ICBM test'): as the engine reads
  'in October' (May is left out: it is also the modal);
- anaphoric days (spec section 6): 'the next day', 'the following day', 'a day later/after',
  'the same day', 'that day', 'the day before', 'the previous day', resolved against the last
  day-precise date written before them in the text given, else left without a value.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from alliancewatch.resolve.dates import DateMatch
from alliancewatch.resolve.dates import find_dates as _engine

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
_MON = "(?P<mon>" + "|".join(m for m in MONTHS if m != "May") + ")"
MONTH_YEAR = re.compile(_MON + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)
BARE_MONTH = re.compile(r"(?<![\w.])" + _MON + r"(?!\s*\d)(?![\w-])")
ANAPHORIC = re.compile(
    r"\b(?P<w>the (?:next|following|same|previous) day|that (?:same )?day|the day (?:before|after)"
    r"|a day (?:later|earlier|after|before)|the next morning)\b",
    re.I,
)
_SHIFT = {"next": 1, "following": 1, "later": 1, "after": 1, "morning": 1, "previous": -1}
_SHIFT.update({"before": -1, "earlier": -1, "same": 0, "that": 0})


def _ref(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10]) if published else None
    except ValueError:
        return None


def _near_year(ref: date, month: int) -> int:
    """The engine's rule: the latest year that puts the month at most two months ahead."""
    for y in (ref.year + 1, ref.year, ref.year - 1):
        if y * 12 + month <= ref.year * 12 + ref.month + 2:
            return y
    return ref.year - 1


def _shift(word: str) -> int:
    w = word.lower().split()
    if w[:2] == ["the", "day"]:
        return _SHIFT[w[2]]
    return _SHIFT.get(w[1] if w[0] in ("the", "that") else w[-1], 0)


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    """Date expressions of one sentence, left to right, resolved against `published`."""
    ref = _ref(published)
    extra: list[DateMatch] = []
    for m in MONTH_YEAR.finditer(text):
        k = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        month = MONTHS.index(m["mon"].capitalize()) + 1
        value = f"{ref.year + k:04d}-{month:02d}" if ref else None
        extra.append(DateMatch(m.group(0), m.start(), m.end(), value, "relative"))
    found = [d for d in _engine(text, published) if not any(_overlap(d, x) for x in extra)]
    for m in BARE_MONTH.finditer(text):
        if any(m.start() < d.end and m.end() > d.start for d in found + extra):
            continue
        month = MONTHS.index(m["mon"].capitalize()) + 1
        value = f"{_near_year(ref, month):04d}-{month:02d}" if ref else None
        extra.append(DateMatch(m.group(0), m.start(), m.end(), value, "relative"))
    out = sorted(found + extra, key=lambda d: d.start)
    for m in ANAPHORIC.finditer(text):
        if any(m.start() < d.end and m.end() > d.start for d in out):
            continue
        before = [d for d in out if d.end <= m.start() and d.value and len(d.value) == 10]
        value = None
        if before:
            day = date.fromisoformat(before[-1].value or "") + timedelta(days=_shift(m["w"]))
            value = day.isoformat()
        out.append(DateMatch(m.group(0), m.start(), m.end(), value, "relative"))
        out.sort(key=lambda d: d.start)
    return out


def _overlap(a: DateMatch, b: DateMatch) -> bool:
    return a.start < b.end and a.end > b.start
