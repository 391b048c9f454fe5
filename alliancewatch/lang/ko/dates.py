"""Korean date expressions, resolved against the publication date (spec §6).

The shared engine (resolve/dates.py) with the rules below reads 9일, 지난달, 올해, 지난해,
내년, 다음 달, 6월 19일, 3일 전 and 연내. This module adds what Korean news writes around it:
- 지난 9일 / 지난 3월: the past, whatever else the sentence announces (a plan in the same
  sentence must not push the day into next month); 오는 15일 / 오는 3월: the future.
- 현지시간 9일 / 9일(현지시간): the local day, read as written.
- 이날, 같은 날, 당일, 그날 (the same day), 전날 (the day before), 이튿날 / 다음 날 (the day
  after): anaphoric, resolved against the last day-precise date written before them in the
  sentence, else against the publication date (in wire copy 이날 is the story's day, which is
  the day it is filed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from alliancewatch.resolve import dates as engine
from alliancewatch.resolve.dates import NB, Y4, DateMatch, Rule, alt, table
from alliancewatch.text import words

YEAR_REL = table("올해=0 금년=0 지난해=-1 작년=-1 전년=-1 재작년=-2 내년=1 이듬해=1 다음_해=1")
MONTH_REL = table("이달=0 이번_달=0 금월=0 지난달=-1 지난_달=-1 전월=-1 다음_달=1 다음달=1 내달=1")
WEEK_REL = table("이번_주=0 금주=0 지난주=-1 지난_주=-1 다음_주=1 다음주=1 내주=1")
DAY_REL = table("오늘=0 금일=0 어제=-1 그제=-2 그저께=-2 내일=1 모레=2")
VAGUE = words("최근 당시 향후 앞으로 조만간 현재 과거")
PARTS = {"말": 12, "초": 1}
WITHIN = {"연말": "december", "연초": "january"}
FUTURE = re.compile(r"예정|계획")

# a day, or the first day of a range (19~20일); not a duration (3일간, 5일째)
_DAY = r"(?P<d>\d{1,2})(?:\s*일?\s*[～〜~\-–、,・]\s*\d{1,2})?\s*일(?!간|째|동안)"
_PART = r"(?:\s?(?P<part>초|중순|하순|상순|말))?"
_YPART = r"(?:\s?(?P<ypart>말|초|상반기|하반기))?"
_YM = NB + Y4 + r"\s*년\s*(?P<m>\d{1,2})\s*월"
_YEAR_RANGE = r"(?:\s*년?\s*[～〜~\-–]\s*\d{4})?\s*년(?!대|간)"
_REL_Y = (
    r"(?P<rel>" + alt(YEAR_REL) + r")\s*"
    r"(?:(?P<m>\d{1,2})\s*월\s*(?:" + _DAY + ")?" + _PART + "|" + _YPART + ")"
)
_REL_M = r"(?P<rel>" + alt(MONTH_REL) + r")\s*(?:" + _DAY + ")?" + _PART
_AGO = NB + r"(?P<n>\d{1,3})\s*(?P<unit>일|주|개월|달|년)\s*(?P<dir>전|후)"

_ymd = engine.ymd(PARTS)
RULES: list[Rule] = [
    (re.compile(_YM + r"\s*" + _DAY), _ymd),
    (re.compile(_YM + _PART), _ymd),
    (re.compile(NB + Y4 + _YEAR_RANGE + _YPART), _ymd),
    engine.NUMERIC,
    (re.compile(NB + r"\d{3}0\s*년대"), engine.vague),
    (re.compile(_REL_Y), engine.year_rel(YEAR_REL, "", PARTS)),
    (re.compile(_REL_M), engine.month_rel(MONTH_REL, "", set())),
    (re.compile(NB + r"(?P<m>\d{1,2})\s*월\s*" + _DAY), engine.month_day),
    (re.compile(NB + r"(?P<m>\d{1,2})\s*월(?!\s*\d)" + _PART), engine.month_day),
    (re.compile(NB + _DAY), engine.bare_day),
    (re.compile(r"(?P<w>" + alt(DAY_REL) + ")"), engine.day_rel(DAY_REL, "", set())),
    (re.compile(r"(?P<w>" + alt(WEEK_REL) + ")"), engine.week(WEEK_REL)),
    (re.compile(_AGO), engine.ago({}, {"후"}, {"일": "day", "주": "week", "년": "year"})),
    (re.compile(r"(?P<w>연내|연말|연초|올해 안)"), engine.within(WITHIN)),
    (re.compile(alt(VAGUE)), engine.vague),
]


def _engine_dates(text: str, published: str | None) -> list[DateMatch]:
    return engine.find_dates(text, published, RULES, FUTURE)


PAST = re.compile(r"지난\s*$")
AHEAD = re.compile(r"(오는|다가오는)\s*$")
SAME_DAY = re.compile(r"(이날|같은 날|당일|그날)")
SHIFT_DAY = {"전날": -1, "하루 전": -1, "이튿날": 1, "다음 날": 1, "다음날": 1, "이튿 날": 1}
ANAPHOR = re.compile("(" + "|".join(map(re.escape, SHIFT_DAY)) + r")|" + SAME_DAY.pattern)
_DAY_ONLY = re.compile(r"^(?P<d>\d{1,2})\s*일")
_MONTH_DAY = re.compile(r"^(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?")


def _iso(d: date) -> str:
    return d.isoformat()


def _parse(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _valid(y: int, m: int, d: int | None) -> str | None:
    try:
        return _iso(date(y, m, d)) if d else f"{y:04d}-{m:02d}"
    except ValueError:
        return None


def _directed(match: DateMatch, ref: date, sign: int) -> DateMatch:
    """지난 9일 (sign -1): the latest such day on or before publication; 오는 15일 (+1): the
    first one on or after it. Month names likewise (지난 3월, 오는 3월)."""
    text = match.text
    m = _DAY_ONLY.match(text)
    if m:
        d = int(m["d"])
        y, mo = ref.year, ref.month
        if sign < 0 and d > ref.day:
            y, mo = _shift_month(y, mo, -1)
        if sign > 0 and d < ref.day:
            y, mo = _shift_month(y, mo, 1)
        value = _valid(y, mo, d)
        return DateMatch(text, match.start, match.end, value, "relative") if value else match
    m = _MONTH_DAY.match(text)
    if m:
        mo, d = int(m["m"]), int(m["d"]) if m["d"] else None
        y = ref.year
        if sign < 0 and (mo, d or 1) > (ref.month, ref.day):
            y -= 1
        if sign > 0 and (mo, d or 31) < (ref.month, ref.day):
            y += 1
        value = _valid(y, mo, d)
        return DateMatch(text, match.start, match.end, value, "relative") if value else match
    return match


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    """Date expressions of one Korean sentence, left to right (the Language.find_dates hook)."""
    ref = _parse(published)
    out: list[DateMatch] = []
    for dm in _engine_dates(text, published):
        before = text[max(0, dm.start - 6) : dm.start]
        if ref is not None and PAST.search(before):
            dm = _directed(dm, ref, -1)
        elif ref is not None and AHEAD.search(before):
            dm = _directed(dm, ref, +1)
        out.append(dm)
    taken = [(d.start, d.end) for d in out]
    for m in ANAPHOR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        prior = [d for d in out if d.end <= m.start() and d.value and len(d.value) == 10]
        base = date.fromisoformat(prior[-1].value) if prior and prior[-1].value else ref
        shift = SHIFT_DAY.get(m.group(0), 0)
        value = _iso(base + timedelta(days=shift)) if base else None
        out.append(DateMatch(m.group(0), m.start(), m.end(), value, "relative"))
    return sorted(out, key=lambda d: d.start)
