"""When two mentions denote one happening, and what the happening's record says.

Two mentions are linked when they have
- the same type and the same actors: the union of actors and recipients for symmetric
  types (a summit), the ordered (actors, recipients) pair otherwise (a dispatch);
- the same object class (troops / shells / technology; signature / ratification / entry
  into force), read from each language's data file (merge/classes.py); "none written" is
  a class of its own, except that within one story it joins any class (the copy that
  says "sent" and the one that says "sent troops");
- dates at their precision (a month is the whole month) that overlap, or, for two days,
  lie within LINK_WINDOW days; an undated mention stands for the LOOKBACK days before
  its publication; a year alone is too vague; within one story (near-duplicate articles)
  the window is STORY_WINDOW days and a year is enough.
Events are formed from these links by merge/grouping.py (a vague report joins only the one
happening it fits), a function of the set of mentions, so the events do not depend on the
order the articles arrive in; the event id is taken from the earliest
report (publication, doc, sentence), so an event keeps its id as later reports join it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from alliancewatch.plover import FACTUALITY, SYMMETRIC

LINK_WINDOW = 1  # days between two dated reports of one happening (time zones, "yesterday")
LOOKBACK = 14  # days: an undated report is about the two weeks before its publication
STORY_WINDOW = 3  # days: copies of one report may shift a date (a teaser's "Thursday")
MAX_SPAN = 31  # days: a mention dated only by its year links within its story only
_RANK = {f: i for i, f in enumerate(FACTUALITY)}  # asserted (last) = most certain


@dataclass(frozen=True)
class LinkItem:
    """What linking needs of a mention (stored on the mention row by the store)."""

    mid: str
    link_key: str  # type|actors[>recipients]
    object_class: str
    day_lo: int | None  # proleptic ordinals (date.toordinal) of the span it can denote
    day_hi: int | None
    story: str
    order: tuple[str, str, int, str]  # (published, doc, sequence, id): earliest report first
    party: str = ""  # acting party of a step each party takes alone (merge/grouping.py)


def actor_key(event: str, actors: list[str], recipients: list[str]) -> str:
    if event in SYMMETRIC:
        return " ".join(sorted(set(actors) | set(recipients)))
    a, r = " ".join(sorted(set(actors))), " ".join(sorted(set(recipients)))
    return f"{a}>{r}" if r else a


def link_key(event: str, actors: list[str], recipients: list[str]) -> str:
    return f"{event}|{actor_key(event, actors, recipients)}"


def _parse(d: str) -> tuple[date, date] | None:
    try:
        if len(d) == 10:
            x = date.fromisoformat(d)
            return x, x
        if len(d) == 7:
            first = date(int(d[:4]), int(d[5:7]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if len(d) == 4:
            return date(int(d), 1, 1), date(int(d), 12, 31)
    except ValueError:
        return None
    return None


def day_span(mention_date: str | None, published: str | None) -> tuple[int | None, int | None]:
    """The days a mention's date can denote; undated: the LOOKBACK days up to publication."""
    span = _parse(mention_date) if mention_date else None
    if span:
        return span[0].toordinal(), span[1].toordinal()
    pub = _parse(published) if published else None
    if pub:
        return pub[0].toordinal() - LOOKBACK, pub[1].toordinal()
    return None, None


def _months(lo: int, hi: int) -> list[str]:
    start, end = date.fromordinal(lo), date.fromordinal(hi)
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def buckets(lo: int | None, hi: int | None) -> list[str]:
    """Month buckets (YYYY-MM) a mention is indexed under: its span widened by the story
    window, so that every mention it can link to has its own span in one of them."""
    if lo is None or hi is None:
        return ["-"]
    return _months(lo - STORY_WINDOW, hi + STORY_WINDOW)


def lookup_buckets(lo: int | None, hi: int | None) -> list[str]:
    """Buckets to look in for a mention's partners: the months of its own span."""
    if lo is None or hi is None:
        return ["-"]
    return _months(lo, hi)


def linked(a: LinkItem, b: LinkItem, any_class: bool = False) -> bool:
    """Pairwise link; `any_class`: a class-less mention may link any class in any story
    (merge/grouping.py uses it only where exactly one group fits)."""
    if a.link_key != b.link_key:
        return False
    same_story = bool(a.story) and a.story == b.story
    if a.object_class != b.object_class and not (
        (same_story or any_class) and not (a.object_class and b.object_class)
    ):
        return False
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return a.day_lo is None and b.day_lo is None and same_story
    if same_story:
        w = STORY_WINDOW
    elif max(a.day_hi - a.day_lo, b.day_hi - b.day_lo) > MAX_SPAN:
        return False  # a year is too vague to tie two reports of different stories
    else:
        # the window is for two days a day or two apart; coarser spans must overlap
        w = LINK_WINDOW if a.day_lo == a.day_hi and b.day_lo == b.day_hi else 0
    return a.day_lo <= b.day_hi + w and b.day_lo <= a.day_hi + w


def event_id(first: LinkItem) -> str:
    return hashlib.sha1(f"event|{first.mid}".encode()).hexdigest()[:16]


def best_date(dates: Counter[str]) -> str | None:
    """The date most reports agree with: a report of a month supports every day in it.

    `dates` counts stories per stated date. Ties go to the more precise, then the earlier.
    """
    if not dates:
        return None

    def support(d: str) -> int:
        return sum(n for other, n in dates.items() if d.startswith(other) or other.startswith(d))

    return min(dates, key=lambda d: (-support(d), -len(d), d))


def most_certain(factualities: list[str]) -> str:
    return max(factualities, key=lambda f: (_RANK.get(f, -1), f))
