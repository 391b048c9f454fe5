"""Date expressions in news text, resolved against the publication date: the shared engine.

Why our own: ja-timex finds 今年 and 6月 but does not combine them against a reference date,
finds nothing for 年内 or 当時, and reads 十分 as ten minutes. The rules are deliberately
few and documented, since every one of them is a guess about what the writer meant. This
module holds the mechanics (matching, overlaps, resolution) and rule makers that take a
language's words; each language's words and patterns are in alliancewatch/lang/<code>/dates.py
and reach the pipeline as Language.find_dates.

Values are ISO 8601 at the precision the text supports: '2024', '2024-06', '2024-06-19'.
Kinds: `absolute` (the text alone fixes the date: 2024年6月19日, 令和6年, June 2024),
`relative` (it needs the publication date or an earlier date: 19日, 今年6月, 先週, 同日),
`vague` (no date can be given: 当時, 最近, 今後; value None), `interval` (a span before
another time: 'two days after Pyongyang launched' dates only the event it introduces, never
another clause of the sentence).

Resolution rules (publication date P, with day D and month M):
- A bare day (19日, the 19th) is in P's month when it is at most 3 days after D, else in the
  month before (news reports the past). If the rest of the sentence announces a future event
  (予定, 見通し, will ...), the day is in P's month when it is at least D-3, else the next month.
- A bare month (6月, in June) or month-day is in the latest year that puts it no more than two
  months after P's month.
- 翌月/翌年/前月/前年/翌日/前日 count from P (the brief's convention: 翌月5日 in an article of
  2024-10-21 is 2024-11-05), except 前日/翌日 count from the previous day-precise date and
  翌月/前月 from the previous month-precise date in the same text when there is one
  (10月末にモスクワ入りし、翌月1日に協議した). 同年/同月/同日 take the previous date in the
  same text, else None.
- A week (先週, last week) has month precision: the month holding that week's Thursday, i.e.
  the month with most of its days (ISO week convention).
- N週間前 has month precision, N日前 day precision, Nカ月前 month, N年前 year.
- 年内/연내 is P's year, 月内 P's month; 年末 is December, 年初/年明け January; 上旬/中旬/下旬 keep
  month precision. 2020年代 (a decade) is vague.
- Kanji numerals are not read (十分 is not "ten minutes", 三日前 is missed).
- A 4-digit year counts only with 年/년 (not 国防白書2022), or in English after in/since/by...
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from alliancewatch.text import fold_width


@dataclass(frozen=True)
class DateMatch:
    text: str
    start: int
    end: int
    value: str | None
    # absolute | relative | vague | interval; a language may also mark a match `since` (a
    # starting point: 3月10日以来, it dates no event of its sentence) or `bound` (it dates
    # its own clause only, never the sentence as a time adverbial) or `open` (a vague time
    # that is now or ahead, 今後 or currently: it names no time for what has happened, so an
    # asserted event keeps the date of its telling) or `episode` (a time that opens a
    # background episode: 今年1月には…; the undated past sentences after it stay in it)
    kind: str
    # where the clause the date belongs to ends, when a language can tell (a date inside
    # the content of an agreement or a request: …5月10日までに置き換えることで合意した):
    # an event whose trigger starts at or after it is not dated by it
    scope: int | None = None


@dataclass
class Ctx:
    ref: date | None  # publication date
    last: tuple[int, ...] | None  # the previous resolved date in this text: (y,), (y, m), (y, m, d)
    future: bool  # the rest of the sentence announces a future event
    day: tuple[int, ...] | None = None  # the previous day-precise date: what 'the same day' takes


Value = tuple[str | None, str]
Handler = Callable[[re.Match[str], Ctx], Value]
Rule = tuple[re.Pattern[str], Handler]

# --- formatting ---------------------------------------------------------------------------


def fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1 <= y <= 9999 or m is not None and not 1 <= m <= 12:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def day_value(dt: date) -> str:
    return dt.isoformat()


# --- resolution helpers -------------------------------------------------------------------


def near_year(ref: date, m: int) -> int:
    """The latest year putting month m no more than two months after the reference month."""
    for y in (ref.year + 1, ref.year, ref.year - 1):
        if y * 12 + m <= ref.year * 12 + ref.month + 2:
            return y
    return ref.year - 1


def _bare_day(ref: date, d: int, future: bool) -> str | None:
    y, m = ref.year, ref.month
    if future and d < ref.day - 3:
        y, m = shift_month(y, m, 1)
    elif not future and d > ref.day + 3:
        y, m = shift_month(y, m, -1)
    return fmt(y, m, d)


def week_month(ref: date, weeks: int) -> str | None:
    thursday = ref - timedelta(days=ref.weekday()) + timedelta(days=3 + 7 * weeks)
    return fmt(thursday.year, thursday.month)


# --- words ----------------------------------------------------------------------------------


def table(spec: str) -> dict[str, int]:
    """'今年=0 昨年=-1' -> {'今年': 0, '昨年': -1}; '_' stands for a space (이번_달)."""
    pairs = (item.rsplit("=", 1) for item in spec.split())
    return {word.replace("_", " "): int(n) for word, n in pairs}


def alt(items: dict[str, int] | list[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted(map(re.escape, items), key=len, reverse=True))


NB = r"(?<![\d.])"  # not inside a longer number or a decimal (5.7倍)
Y4 = r"(?P<y>1[89]\d\d|2[01]\d\d)"

# --- handlers and handler makers (a language passes its words) --------------------------------


def ymd(parts: dict[str, int]) -> Handler:
    """Year (4 or 2 digits), month, day; `parts` gives the month of a part of the year
    (末 -> 12, 初め -> 1); other parts keep year precision."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        y = int(m["y"])
        if len(m["y"]) == 2:  # 24年6月: the century that puts it no later than next year
            base = (c.ref.year if c.ref else 2000) // 100 * 100
            y = base + y if not c.ref or base + y <= c.ref.year + 1 else base - 100 + y
        g = m.groupdict()
        mon = int(g["m"]) if g.get("m") else parts.get(g.get("ypart") or "")
        d = int(g["d"]) if g.get("d") else None
        return fmt(y, mon, d if mon else None), "absolute"

    return handle


def month_day(m: re.Match[str], c: Ctx) -> Value:
    mon = int(m["m"])
    if not 1 <= mon <= 12 or c.ref is None:
        return None, "relative"
    d = int(m["d"]) if m.groupdict().get("d") else None
    return fmt(near_year(c.ref, mon), mon, d), "relative"


def year_rel(years: dict[str, int], same: str, parts: dict[str, int]) -> Handler:
    """今年6月, 昨年末, 同年 (`same`: the year of the previous date in the text)."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        rel = m["rel"]
        if rel == same:
            y = c.last[0] if c.last else None
        else:
            y = c.ref.year + years[rel] if c.ref else None
        if y is None:
            return None, "relative"
        g = m.groupdict()
        mon = int(g["m"]) if g.get("m") else parts.get(g.get("ypart") or "")
        d = int(g["d"]) if g.get("d") else None
        return fmt(y, mon, d if mon else None), "relative"

    return handle


def month_rel(months: dict[str, int], same: str, from_last: set[str]) -> Handler:
    """先月, 来月5日, 同月; words in `from_last` count from the previous month-precise date."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        rel = m["rel"]
        if rel == same:
            ym = c.last[:2] if c.last and len(c.last) >= 2 else None
        elif rel in from_last and c.last and len(c.last) >= 2:
            ym = shift_month(c.last[0], c.last[1], months[rel])  # 10月末…翌月1日
        else:
            ym = shift_month(c.ref.year, c.ref.month, months[rel]) if c.ref else None
        if ym is None:
            return None, "relative"
        d = int(m["d"]) if m.groupdict().get("d") else None
        return fmt(ym[0], ym[1], d), "relative"

    return handle


def bare_day(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    return _bare_day(c.ref, int(m["d"]), c.future), "relative"


def day_rel(days: dict[str, int], same: str, from_last: set[str]) -> Handler:
    """昨日, 翌日, 同日, yesterday; words in `from_last` count from the previous full date."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        word = m["w"].lower()
        if word == same:
            return (fmt(*c.day) if c.day else None), "relative"
        anchor = c.ref
        if word in from_last and c.day:
            anchor = date(*c.day)
        if anchor is None:
            return None, "relative"
        return day_value(anchor + timedelta(days=days[word])), "relative"

    return handle


def week(weeks: dict[str, int]) -> Handler:
    def handle(m: re.Match[str], c: Ctx) -> Value:
        if c.ref is None:
            return None, "relative"
        return week_month(c.ref, weeks[" ".join(m["w"].lower().split())]), "relative"

    return handle


def ago(numbers: dict[str, int], later: set[str], units: dict[str, str]) -> Handler:
    """N days/weeks/months/years ago or later; `units` maps a unit word to day, week, month
    or year; `numbers` reads number words (two, a)."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        if c.ref is None:
            return None, "relative"
        n = int(m["n"]) if m["n"].isdigit() else numbers[m["n"].lower()]
        sign = 1 if m["dir"] in later else -1
        unit = units.get(m["unit"].lower().rstrip("s"), "month")
        if unit == "day":
            return day_value(c.ref + timedelta(days=sign * n)), "relative"
        if unit == "week":
            dt = c.ref + timedelta(days=sign * 7 * n)
            return fmt(dt.year, dt.month), "relative"
        if unit == "year":
            return fmt(c.ref.year + sign * n), "relative"
        return fmt(*shift_month(c.ref.year, c.ref.month, sign * n)), "relative"

    return handle


def within(kinds: dict[str, str]) -> Handler:
    """年内, 月内, 年末, this year ...: `kinds` maps a word to month (P's month), december,
    january, new_year (the coming January); any other word is P's year."""

    def handle(m: re.Match[str], c: Ctx) -> Value:
        if c.ref is None:
            return None, "relative"
        kind = kinds.get(m["w"].lower(), "year")
        if kind == "month":
            return fmt(c.ref.year, c.ref.month), "relative"
        if kind == "december":
            return fmt(c.ref.year, 12), "relative"
        if kind == "january":
            return fmt(c.ref.year, 1), "relative"
        if kind == "new_year":
            return fmt(c.ref.year + (c.ref.month >= 10), 1), "relative"
        return fmt(c.ref.year), "relative"

    return handle


def year_only(m: re.Match[str], c: Ctx) -> Value:
    return fmt(int(m["y"])), "absolute"


def vague(m: re.Match[str], c: Ctx) -> Value:
    return None, "vague"


# ISO-like numeric dates (2024-06-19, 2024/6/19, 2024.06.19): no language's words.
NUMERIC: Rule = (
    re.compile(NB + Y4 + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.]\d)"),
    ymd({}),
)

# the context a caller writes before a text (coding/coder.py): the last date written before
# it at any precision, between STX and ETX (\x022024-07\x03), for 'the same year/month'
CONTEXT: Rule = (re.compile(r"\x02" + Y4 + r"(?:-(?P<m>\d{2}))?\x03"), ymd({}))


def anaphora_context(day: str | None, last: str | None) -> str:
    """What a caller writes before a sentence for its anaphoric dates: 'the same day' takes
    the last day-precise date, in ISO form (not a month or a year written after it: 2026年
    から2030年にかけて); 'the same year/month' the last date at any precision, a later month
    or year as a CONTEXT mark (2014年4月…。同年7月には…: the year of April, not of the day)."""
    prefix = day + " " if day and len(day) == 10 else ""
    if last and last != day and len(last) in (4, 7):
        prefix += "\x02" + last + "\x03 "
    return prefix


# --- the engine -------------------------------------------------------------------------------


def _sentence_rest(text: str, end: int) -> str:
    stop = min((k for k in (text.find(c, end) for c in "。\n.!?！？") if k >= 0), default=len(text))
    return text[end : min(stop, end + 80)]


def find_dates(
    text: str, published: str | None, rules: list[Rule], future: re.Pattern[str]
) -> list[DateMatch]:
    """Date expressions in `text` by `rules`, left to right, resolved against `published`.

    Overlapping candidates: the leftmost wins, then the longest, then the earlier rule.
    `future` matches words announcing a future event in the rest of the sentence. Offsets
    point into `text` as given (full-width digits are read, not rewritten).
    """
    norm = fold_width(text)
    ref = _parse(published)
    found: list[tuple[int, int, int, re.Match[str], Handler]] = []
    for order, (pattern, handler) in enumerate([CONTEXT, *rules]):
        for m in pattern.finditer(norm):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), order, m, handler))
    found.sort(key=lambda t: t[:3])
    out: list[DateMatch] = []
    ctx = Ctx(ref, None, False)
    pos = 0
    for start, _, _, m, handler in found:
        if start < pos:
            continue
        end = m.end()
        ctx.future = bool(future.search(_sentence_rest(norm, end)))
        value, kind = handler(m, ctx)
        if value is not None:
            ctx.last = tuple(int(x) for x in value.split("-"))
            if len(ctx.last) == 3:
                ctx.day = ctx.last
        out.append(DateMatch(text[start:end], start, end, value, kind))
        pos = end
    return out


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
