"""Date expressions in Japanese, Korean and English news, resolved against the publication date.

Why our own: ja-timex finds 今年 and 6月 but does not combine them against a reference date,
finds nothing for 年内 or 当時, and reads 十分 as ten minutes. The rules here are deliberately
few and documented, since every one of them is a guess about what the writer meant.

Values are ISO 8601 at the precision the text supports: '2024', '2024-06', '2024-06-19'.
Kinds: `absolute` (the text alone fixes the date: 2024年6月19日, 令和6年, June 2024),
`relative` (it needs the publication date or an earlier date: 19日, 今年6月, 先週, 同日),
`vague` (no date can be given: 当時, 最近, 今後; value None).

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

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


@dataclass(frozen=True)
class DateMatch:
    text: str
    start: int
    end: int
    value: str | None
    kind: str  # absolute | relative | vague


@dataclass
class _Ctx:
    ref: date | None  # publication date
    last: tuple[int, ...] | None  # the previous resolved date in this text: (y,), (y, m), (y, m, d)
    future: bool  # the rest of the sentence announces a future event


_Value = tuple[str | None, str]
_Handler = Callable[[re.Match[str], _Ctx], _Value]

# --- formatting ---------------------------------------------------------------------------


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1 <= y <= 9999 or m is not None and not 1 <= m <= 12:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _day_value(dt: date) -> str:
    return dt.isoformat()


# --- resolution helpers -------------------------------------------------------------------


def _near_year(ref: date, m: int) -> int:
    """The latest year putting month m no more than two months after the reference month."""
    for y in (ref.year + 1, ref.year, ref.year - 1):
        if y * 12 + m <= ref.year * 12 + ref.month + 2:
            return y
    return ref.year - 1


def _bare_day(ref: date, d: int, future: bool) -> str | None:
    y, m = ref.year, ref.month
    if future and d < ref.day - 3:
        y, m = _shift_month(y, m, 1)
    elif not future and d > ref.day + 3:
        y, m = _shift_month(y, m, -1)
    return _fmt(y, m, d)


def _week_month(ref: date, weeks: int) -> str | None:
    thursday = ref - timedelta(days=ref.weekday()) + timedelta(days=3 + 7 * weeks)
    return _fmt(thursday.year, thursday.month)


def _part(part: str | None) -> int | None:
    """Month implied by a part of a year: 末 -> 12, 初め -> 1; None keeps year precision."""
    if not part:
        return None
    if part in ("末", "말", "年末", "end"):
        return 12
    if part in ("初め", "初頭", "初", "초", "明け"):
        return 1
    return None


# --- words ----------------------------------------------------------------------------------


def _words(spec: str) -> list[str]:
    return spec.split()


def _table(spec: str) -> dict[str, int]:
    """'今年=0 昨年=-1' -> {'今年': 0, '昨年': -1}; '_' stands for a space (이번_달)."""
    pairs = (item.rsplit("=", 1) for item in spec.split())
    return {word.replace("_", " "): int(n) for word, n in pairs}


_YEAR_REL = _table(
    "今年=0 本年=0 ことし=0 昨年=-1 去年=-1 前年=-1 一昨年=-2 おととし=-2 来年=1 翌年=1 再来年=2 "
    "올해=0 금년=0 지난해=-1 작년=-1 전년=-1 재작년=-2 내년=1 이듬해=1 다음_해=1"
)
_MONTH_REL = _table(
    "今月=0 本月=0 先月=-1 前月=-1 先々月=-2 来月=1 翌月=1 "
    "이달=0 이번_달=0 금월=0 지난달=-1 지난_달=-1 전월=-1 다음_달=1 다음달=1 내달=1"
)
_WEEK_REL = _table(
    "今週=0 先週=-1 前週=-1 先々週=-2 来週=1 翌週=1 "
    "이번_주=0 금주=0 지난주=-1 지난_주=-1 다음_주=1 다음주=1 내주=1 "
    "last_week=-1 this_week=0 next_week=1"
)
_DAY_REL = _table(
    "今日=0 本日=0 きょう=0 今朝=0 今夜=0 今晩=0 昨日=-1 きのう=-1 昨夜=-1 昨晩=-1 一昨日=-2 "
    "おととい=-2 明日=1 あす=1 あした=1 明後日=2 あさって=2 前日=-1 翌日=1 "
    "오늘=0 금일=0 어제=-1 그제=-2 그저께=-2 내일=1 모레=2 "
    "today=0 yesterday=-1 tomorrow=1 tonight=0"
)
_VAGUE = _words(
    "当時 最近 近年 今後 近日 先ごろ 先頃 このほど かつて 以前 将来 昨今 現在 目下 近い将来 "
    "최근 당시 향후 앞으로 조만간 현재 과거"
)
_EN_MONTHS = list(
    _table(
        "january=1 february=2 march=3 april=4 may=5 june=6 july=7 august=8 "
        "september=9 october=10 november=11 december=12"
    )
)
_EN_WEEKDAYS = list(
    _table("monday=0 tuesday=1 wednesday=2 thursday=3 friday=4 saturday=5 sunday=6")
)
_EN_NUM = _table(
    "a=1 an=1 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 "
    "eleven=11 twelve=12"
)
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}


def _alt(words: dict[str, int] | list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _en_month(s: str) -> int:
    s = s.lower().rstrip(".")
    return next(k + 1 for k, name in enumerate(_EN_MONTHS) if name.startswith(s[:3]))


# --- patterns -------------------------------------------------------------------------------

_NB = r"(?<![\d.])"  # not inside a longer number or a decimal (5.7倍)
# a day, or the first day of a range (27、28日ごろ, 27～28日, 19~20일); not a duration (3日間)
_DAY = (
    r"(?P<d>\d{1,2})(?:\s*[日일]?\s*[～〜~\-–、,・]\s*\d{1,2})?\s*[日일]"
    r"(?!も早|当たり|あたり|平均|間|目|以上|以内|おき|ぶり|連続|未満|分|간|째|동안)(?:ごろ|頃)?"
)
_PART = r"(?:\s?(?P<part>上旬|中旬|下旬|初め|初旬|末|半ば|ごろ|頃|초|중순|하순|상순|말))?"
_YPART = r"(?:\s?(?P<ypart>末|初め|初頭|前半|後半|度|말|초|상반기|하반기))?"
_Y4 = r"(?P<y>1[89]\d\d|2[01]\d\d)"
_EMON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_FUTURE = re.compile(
    r"予定|見通し|見込み|方針|計画|開催する|開催される|開かれる|行われる|実施する|"
    r"を控え|예정|계획|"
    r"\bwill\b|\bscheduled\b|\bplans? to\b|\bis to\b|\bare to\b"
)


def _h_era(m: re.Match[str], c: _Ctx) -> _Value:
    y = _ERA[m["era"]] + (1 if m["n"] == "元" else int(m["n"]))
    return _fmt(y, int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None), "absolute"


def _h_ymd(m: re.Match[str], c: _Ctx) -> _Value:
    y = int(m["y"])
    if len(m["y"]) == 2:  # 24年6月: the century that puts it no later than next year
        base = (c.ref.year if c.ref else 2000) // 100 * 100
        y = base + y if not c.ref or base + y <= c.ref.year + 1 else base - 100 + y
    mon = int(m["m"]) if m.groupdict().get("m") else _part(m.groupdict().get("ypart"))
    d = int(m["d"]) if m.groupdict().get("d") else None
    return _fmt(y, mon, d if mon else None), "absolute"


def _h_md(m: re.Match[str], c: _Ctx) -> _Value:
    mon = int(m["m"])
    if not 1 <= mon <= 12 or c.ref is None:
        return None, "relative"
    d = int(m["d"]) if m.groupdict().get("d") else None
    return _fmt(_near_year(c.ref, mon), mon, d), "relative"


def _h_en_md(m: re.Match[str], c: _Ctx) -> _Value:
    mon, d = _en_month(m["mon"]), int(m["d"]) if m.groupdict().get("d") else None
    if m.groupdict().get("y"):
        return _fmt(int(m["y"]), mon, d), "absolute"
    if c.ref is None:
        return None, "relative"
    cue = (m.groupdict().get("cue") or "").lower()
    y = {
        "last": c.ref.year - (mon >= c.ref.month),
        "next": c.ref.year + (mon <= c.ref.month),
        "this": c.ref.year,
    }.get(cue, _near_year(c.ref, mon))
    return _fmt(y, mon, d), "relative"


def _h_year_rel(m: re.Match[str], c: _Ctx) -> _Value:
    rel = m["rel"]
    if rel == "同年":
        y = c.last[0] if c.last else None
    else:
        y = c.ref.year + _YEAR_REL[rel] if c.ref else None
    if y is None:
        return None, "relative"
    mon = int(m["m"]) if m.groupdict().get("m") else _part(m.groupdict().get("ypart"))
    d = int(m["d"]) if m.groupdict().get("d") else None
    return _fmt(y, mon, d if mon else None), "relative"


def _h_month_rel(m: re.Match[str], c: _Ctx) -> _Value:
    rel = m["rel"]
    if rel == "同月":
        ym = c.last[:2] if c.last and len(c.last) >= 2 else None
    elif rel in ("翌月", "前月") and c.last and len(c.last) >= 2:
        ym = _shift_month(c.last[0], c.last[1], _MONTH_REL[rel])  # 10月末…翌月1日
    else:
        ym = _shift_month(c.ref.year, c.ref.month, _MONTH_REL[rel]) if c.ref else None
    if ym is None:
        return None, "relative"
    d = int(m["d"]) if m.groupdict().get("d") else None
    return _fmt(ym[0], ym[1], d), "relative"


def _h_day(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    return _bare_day(c.ref, int(m["d"]), c.future), "relative"


def _h_day_rel(m: re.Match[str], c: _Ctx) -> _Value:
    word = m["w"].lower()
    if word == "同日":
        ok = c.last and len(c.last) == 3
        return (_fmt(*c.last) if ok else None), "relative"  # type: ignore[misc]
    anchor = c.ref
    if word in ("前日", "翌日") and c.last and len(c.last) == 3:
        anchor = date(*c.last)
    if anchor is None:
        return None, "relative"
    return _day_value(anchor + timedelta(days=_DAY_REL[word])), "relative"


def _h_week(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    return _week_month(c.ref, _WEEK_REL[" ".join(m["w"].lower().split())]), "relative"


def _h_en_rel(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    cue, unit = m["cue"].lower(), m["unit"].lower()
    k = {"last": -1, "this": 0, "next": 1}.get(cue.split()[-1], 0)
    if unit == "year":
        return _fmt(c.ref.year + k), "relative"
    return _fmt(*_shift_month(c.ref.year, c.ref.month, k)), "relative"


def _h_ago(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    n = int(m["n"]) if m["n"].isdigit() else _EN_NUM[m["n"].lower()]
    sign = 1 if m["dir"] in ("後", "후", "later", "from now") else -1
    unit = m["unit"].lower().rstrip("s")
    if unit in ("日", "일", "day"):
        return _day_value(c.ref + timedelta(days=sign * n)), "relative"
    if unit in ("週間", "週", "주", "week"):
        dt = c.ref + timedelta(days=sign * 7 * n)
        return _fmt(dt.year, dt.month), "relative"
    if unit in ("年", "년", "year"):
        return _fmt(c.ref.year + sign * n), "relative"
    return _fmt(*_shift_month(c.ref.year, c.ref.month, sign * n)), "relative"


def _h_within(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    w = m["w"].lower()
    if w in ("月内", "this month", "earlier this month", "later this month"):
        return _fmt(c.ref.year, c.ref.month), "relative"
    if w in ("年末", "연말"):
        return _fmt(c.ref.year, 12), "relative"
    if w in ("年初", "연초"):
        return _fmt(c.ref.year, 1), "relative"
    if w in ("年明け", "새해"):
        return _fmt(c.ref.year + (c.ref.month >= 10), 1), "relative"
    return _fmt(c.ref.year), "relative"  # 年内, 今年中, 연내, this year, earlier/later this year


def _h_weekday(m: re.Match[str], c: _Ctx) -> _Value:
    if c.ref is None:
        return None, "relative"
    wd = _EN_WEEKDAYS.index(m["wd"].lower())
    cue = (m["cue"] or "").strip().lower()
    back = (c.ref.weekday() - wd) % 7
    if cue == "next":
        return _day_value(c.ref + timedelta(days=(wd - c.ref.weekday()) % 7 or 7)), "relative"
    if cue == "last" and back == 0:
        back = 7
    return _day_value(c.ref - timedelta(days=back)), "relative"


def _h_en_year(m: re.Match[str], c: _Ctx) -> _Value:
    return _fmt(int(m["y"])), "absolute"


def _h_vague(m: re.Match[str], c: _Ctx) -> _Value:
    return None, "vague"


_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_CUE = r"(?:in|since|until|by|during|from|before|after|of|early|late|mid-|end of|beginning of)"
_YM = _NB + _Y4 + r"\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]"
_YEAR_RANGE = r"(?:\s*[年년]?\s*[～〜~\-–]\s*\d{4})?\s*[年년](?!代|間|대|간)"
_NUMERIC = r"(?<![\d.])" + _Y4 + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.]\d)"
_REL_Y = (
    r"(?P<rel>" + _alt(_YEAR_REL) + r"|同年)\s*"
    r"(?:(?P<m>\d{1,2})\s*[月월]\s*(?:" + _DAY + ")?" + _PART + "|" + _YPART + ")"
)
_REL_M = r"(?P<rel>" + _alt(_MONTH_REL) + r"|同月)\s*(?:" + _DAY + ")?" + _PART
# きょう, あす ...: followed by a particle or a non-hiragana character (not きょうだい, あすか)
_KANA_WORDS = [w for w in _DAY_REL if re.fullmatch(r"[ぁ-ゖ]+", w)]
_DAYWORD = (
    r"(?P<w>(?:"
    + _alt(_KANA_WORDS)
    + r")(?=[はのにもでをが]|から|まで|[^ぁ-ゖ]|$)|"
    + _alt([w for w in _DAY_REL if not w.isascii() and w not in _KANA_WORDS])
    + r"|同日)"
)
_AGO_JA = (
    _NB + r"(?P<n>\d{1,3})\s*(?P<unit>日|週間|週|カ月|か月|ヶ月|ケ月|箇月|年)\s*"
    r"(?P<dir>前(?!後|半)|後(?!半))"
)
_AGO_KO = _NB + r"(?P<n>\d{1,3})\s*(?P<unit>일|주|개월|달|년)\s*(?P<dir>전|후)"
_WITHIN = r"(?P<w>年内|今年中|月内|年末|年初|年明け|연내|연말|연초|올해 안)"
_VAGUE_JA = _alt(_VAGUE) + r"|(?<![^はもが、\s])近く(?![のにでをへ])"  # 近く: soon, not near
_EN_NUMS = r"\d{1,3}|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN = {
    "mdy": r"\b" + _EMON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
    "dmy": r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _EMON + r",?\s+(?P<y>\d{4})\b",
    "my": r"\b" + _EMON + r",?\s+(?P<y>\d{4})\b",
    "md": r"\b" + _EMON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)",
    "dm": r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _EMON + r"(?!,?\s*\d)",
    "m": r"\b(?:(?P<cue>last|next|this)|" + _EN_CUE + r")\s+" + _EMON + r"(?!\s*\d)",
    "day": r"\b(?:[Oo]n\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary))",
    "year": r"\b"
    + _EN_CUE
    + r"\s+(?:(?:early|late|mid-)\s*)?(?P<y>1[89]\d\d|2[01]\d\d)\b(?![-–]\d)",
    "dayword": r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b",
    "week": r"\b(?P<w>(?:[Ll]ast|[Tt]his|[Nn]ext) week)\b",
    "rel": r"\b(?P<cue>(?:earlier|later)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>month|year)\b",
    "ago": r"\b(?P<n>" + _EN_NUMS + r")\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>ago|later|from now)\b",
    "weekday": r"\b(?:(?P<cue>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?" + _WD + r"\b",
    "vague": r"\b(?:[Rr]ecently|[Cc]urrently|at the time|in recent years|soon"
    r"|in the coming (?:days|weeks|months))\b",
}

# (pattern, handler); on overlap the leftmost, then the longest, then the earlier rule wins
_RULES: list[tuple[re.Pattern[str], _Handler]] = [
    (
        re.compile(
            r"(?P<era>令和|平成|昭和)\s*(?P<n>元|\d{1,2})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*"
            + _DAY
            + ")?)?"
        ),
        _h_era,
    ),
    (re.compile(_YM + r"\s*" + _DAY), _h_ymd),
    (re.compile(_YM + _PART), _h_ymd),
    (re.compile(_NB + r"(?P<y>\d{2})年(?P<m>\d{1,2})月(?:\s*" + _DAY + ")?"), _h_ymd),
    (re.compile(_NB + _Y4 + _YEAR_RANGE + _YPART), _h_ymd),
    (re.compile(_NUMERIC), _h_ymd),
    (re.compile(_NB + r"\d{3}0\s*(?:年代|년대)"), _h_vague),
    (re.compile(_REL_Y), _h_year_rel),
    (re.compile(_REL_M), _h_month_rel),
    (re.compile(_NB + r"(?P<m>\d{1,2})\s*[月월]\s*" + _DAY), _h_md),
    (re.compile(_NB + r"(?P<m>\d{1,2})\s*[月월](?!\s*\d)" + _PART), _h_md),
    (re.compile(_NB + r"(?<![泊第])" + _DAY), _h_day),
    (re.compile(_DAYWORD), _h_day_rel),
    (re.compile(r"(?P<w>" + _alt([w for w in _WEEK_REL if not w.isascii()]) + ")"), _h_week),
    (re.compile(_AGO_JA), _h_ago),
    (re.compile(_AGO_KO), _h_ago),
    (re.compile(_WITHIN), _h_within),
    (re.compile(_VAGUE_JA), _h_vague),
    (re.compile(_EN["mdy"]), _h_en_md),
    (re.compile(_EN["dmy"]), _h_en_md),
    (re.compile(_EN["my"]), _h_en_md),
    (re.compile(_EN["md"]), _h_en_md),
    (re.compile(_EN["dm"]), _h_en_md),
    (re.compile(_EN["m"]), _h_en_md),
    (re.compile(_EN["day"]), _h_day),
    (re.compile(_EN["year"]), _h_en_year),
    (re.compile(_EN["dayword"]), _h_day_rel),
    (re.compile(_EN["week"]), _h_week),
    (re.compile(_EN["rel"]), _h_en_rel),
    (re.compile(_EN["ago"]), _h_ago),
    (re.compile(_EN["weekday"]), _h_weekday),
    (re.compile(_EN["vague"]), _h_vague),
]


def _sentence_rest(text: str, end: int) -> str:
    stop = min((k for k in (text.find(c, end) for c in "。\n.!?！？") if k >= 0), default=len(text))
    return text[end : min(stop, end + 80)]


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    """Date expressions in `text`, left to right, resolved against `published` (YYYY-MM-DD).

    Overlapping candidates: the leftmost wins, then the longest. Offsets point into `text`
    as given (full-width digits are read, not rewritten).
    """
    norm = text.translate(_FOLD)
    ref = _parse(published)
    found: list[tuple[int, int, int, re.Match[str], _Handler]] = []
    for order, (pattern, handler) in enumerate(_RULES):
        for m in pattern.finditer(norm):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), order, m, handler))
    found.sort(key=lambda t: t[:3])
    out: list[DateMatch] = []
    ctx = _Ctx(ref, None, False)
    pos = 0
    for start, _, _, m, handler in found:
        if start < pos:
            continue
        end = m.end()
        ctx.future = bool(_FUTURE.search(_sentence_rest(norm, end)))
        value, kind = handler(m, ctx)
        if value is not None:
            ctx.last = tuple(int(x) for x in value.split("-"))
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
