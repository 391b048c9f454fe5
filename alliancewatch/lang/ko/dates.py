"""Korean date words and patterns for the shared date engine (resolve/dates.py)."""

from __future__ import annotations

import re

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


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    return engine.find_dates(text, published, RULES, FUTURE)
