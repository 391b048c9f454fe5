"""English date words and patterns for the shared date engine (resolve/dates.py).

Besides the common forms (Oct. 25, 2024; in June; last week; on Tuesday; two days ago):
- 'August last year', 'since March of this year': the month in the year named (read apart,
  'August' would go to the nearer year);
- a bare capitalised month ('North Korea's October ICBM test'), read like 'in October'
  (May is left out: it is also the modal);
- anaphoric days (spec section 6): 'the next day', 'the following day', 'a day later',
  'the same day', 'that day', 'the day before', 'the previous day', counted from the last
  day-precise date before them in the text, else without a value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from alliancewatch.lang.en.grammar import DATELINE
from alliancewatch.resolve import dates as engine
from alliancewatch.resolve.dates import Ctx, DateMatch, Rule, Value, table

MONTHS = list(
    table(
        "january=1 february=2 march=3 april=4 may=5 june=6 july=7 august=8 "
        "september=9 october=10 november=11 december=12"
    )
)
WEEKDAYS = list(table("monday=0 tuesday=1 wednesday=2 thursday=3 friday=4 saturday=5 sunday=6"))
NUMBERS = table(
    "a=1 an=1 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 "
    "eleven=11 twelve=12"
)
DAY_REL = table(
    "today=0 yesterday=-1 tomorrow=1 tonight=0 this_morning=0 this_afternoon=0 this_evening=0 "
    "earlier_today=0 later_today=0 last_night=-1 yesterday_morning=-1 tomorrow_morning=1"
)
WEEK_REL = table("last_week=-1 this_week=0 next_week=1")
FUTURE = re.compile(
    r"\bwill\b|\bscheduled\b|\bplans? to\b|\bis to\b|\bare to\b"
    r"|\b(?:is|are) (?:due|set|slated|poised|expected|going) to\b"
)
# A clause told in the past (signed, was, had, held): a month or a day of a month without its
# year is the last one on or before publication, not one up to two months ahead. Words in -ed
# that are adjectives or names (United, armed, alleged, advanced) are no past tense.
PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|sent|took|began|fought|struck|made|gave|led"
    r"|went|came|left|won|lost|shot|sold|bought|brought|spoke|flew|drew|withdrew|broke|froze"
    r"|sought|paid|laid|found|became|sank|stood|saw|ran|rose|hit back|set off)\b"
    r"|\b(?!(?:armed|alleged|advanced|unmanned|detailed|based|related|limited|unprecedented"
    r"|sophisticated|need|speed|proceed|exceed|succeed|feed|seed|bed|red|embed|shed|hundred"
    r"|expected|scheduled|planned|proposed|intended)\b)[a-z][a-z-]+ed\b"
)

_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=,?\s+\d))"  # Jan 17, no period
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CUE = (  # capitalised too: a sentence opens with it (In 2019, ...; Since March, ...)
    r"(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|of|[Ee]arly|[Ll]ate"
    r"|[Mm]id-|[Ee]nd of|[Bb]eginning of)"
)
_NUMS = r"\d{1,3}|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
PATTERNS = {
    "mdy": r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
    "dmy": r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})\b",
    "my": r"\b" + _MON + r",?\s+(?P<y>\d{4})\b",
    "md": r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)",
    "dm": r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"(?!,?\s*\d)",
    "m": r"\b(?:(?P<cue>last|next|this)|" + _CUE + r")\s+" + _MON + r"(?!\s*\d)",
    "day": r"\b(?:[Oo]n\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary))",
    "year": r"\b" + _CUE + r"\s+(?:(?:early|late|mid-)\s*)?(?P<y>1[89]\d\d|2[01]\d\d)\b(?![-–]\d)",
    "dayword": r"\b(?P<w>(?:[Yy]esterday|[Tt]omorrow) morning|(?:[Ee]arlier|[Ll]ater) today"
    r"|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night|[Yy]esterday|[Tt]oday|[Tt]omorrow"
    r"|[Tt]onight)\b",
    "week": r"\b(?P<w>(?:[Ll]ast|[Tt]his|[Nn]ext) week)\b",
    "rel": r"\b(?P<cue>(?:earlier|later)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>month|year)\b",
    "ago": r"\b(?P<n>" + _NUMS + r")\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>ago|from now)\b",
    # two days later (anaphoric); two days after Pyongyang launched (the event before)
    "after": r"\b(?P<n>(?i:" + _NUMS + r"))\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>later|after(?=\s+[\w'\"“]))",
    "weekday": r"\b(?:(?P<cue>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?" + _WD + r"\b",
    "vague": r"\b(?:[Rr]ecently|[Cc]urrently|at the time|in recent years|soon"
    r"|in the coming (?:days|weeks|months))\b",
}


def _month(s: str) -> int:
    s = s.lower().rstrip(".")
    return next(k + 1 for k, name in enumerate(MONTHS) if name.startswith(s[:3]))


def _month_day(m: re.Match[str], c: Ctx) -> Value:
    mon, d = _month(m["mon"]), int(m["d"]) if m.groupdict().get("d") else None
    if m.groupdict().get("y"):
        return engine.fmt(int(m["y"]), mon, d), "absolute"
    if c.ref is None:
        return None, "relative"
    cue = (m.groupdict().get("cue") or "").lower()
    y = {
        "last": c.ref.year - (mon >= c.ref.month),
        "next": c.ref.year + (mon <= c.ref.month),
        "this": c.ref.year,
    }.get(cue, _year_of(m, c, mon))
    return engine.fmt(y, mon, d), "relative"


def _relative(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    cue, unit = m["cue"].lower(), m["unit"].lower()
    k = {"last": -1, "this": 0, "next": 1}.get(cue.split()[-1], 0)
    if unit == "year":
        return engine.fmt(c.ref.year + k), "relative"
    return engine.fmt(*engine.shift_month(c.ref.year, c.ref.month, k)), "relative"


def _weekday(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    wd = WEEKDAYS.index(m["wd"].lower())
    cue = (m["cue"] or "").strip().lower()
    back = (c.ref.weekday() - wd) % 7
    clause = re.split(r"[.;!?]", m.string[max(0, m.start() - 80) : m.start()])[-1]
    if cue in ("on", "") and back and FUTURE.search(clause):
        cue = "next"  # is due to meet on Wednesday: the coming one (spec section 6)
    if cue == "next":
        ahead = (wd - c.ref.weekday()) % 7 or 7
        return engine.day_value(c.ref + timedelta(days=ahead)), "relative"
    if cue == "last" and back == 0:
        back = 7
    return engine.day_value(c.ref - timedelta(days=back)), "relative"


def _after(m: re.Match[str], c: Ctx) -> Value:
    """'two days later': counted on from the last day written (spec section 6), else from
    publication. 'two days after Pyongyang launched', 'a week after the strike': the event
    after 'after' lies that long before the time of the clause it hangs on, which is the
    last day written (this morning, on Monday, or the story's day in the sentence before)
    or else publication."""
    if c.ref is None:
        return None, "relative"
    anchor = date(*c.last) if c.last and len(c.last) == 3 else c.ref
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    later = m["dir"].lower() == "later"
    sign, kind = (1, "relative") if later else (-1, "interval")
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return engine.day_value(anchor + timedelta(days=sign * n)), kind
    if unit == "week":
        dt = anchor + timedelta(days=sign * 7 * n)
        return engine.fmt(dt.year, dt.month), kind
    if unit == "year":
        return engine.fmt(anchor.year + sign * n), kind
    return engine.fmt(*engine.shift_month(anchor.year, anchor.month, sign * n)), kind


RULES: list[Rule] = [
    engine.NUMERIC,
    *[(re.compile(PATTERNS[k]), _month_day) for k in ("mdy", "dmy", "my", "md", "dm", "m")],
    (re.compile(PATTERNS["day"]), engine.bare_day),
    (re.compile(PATTERNS["year"]), engine.year_only),
    (re.compile(PATTERNS["dayword"]), engine.day_rel(DAY_REL, "", set())),
    (re.compile(PATTERNS["week"]), engine.week(WEEK_REL)),
    (re.compile(PATTERNS["rel"]), _relative),
    (
        re.compile(PATTERNS["ago"]),
        engine.ago(NUMBERS, {"from now"}, {"day": "day", "week": "week", "year": "year"}),
    ),
    (re.compile(PATTERNS["after"]), _after),
    (re.compile(PATTERNS["weekday"]), _weekday),
    (re.compile(PATTERNS["vague"]), engine.vague),
]


_MONTH_NAME = "(?P<mon>" + "|".join(m.capitalize() for m in MONTHS if m != "may") + ")"
_ANAPHORIC = {
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "a day later": 1,
    "a day after": 1,
    "the day after": 1,
    "the same day": 0,
    "that day": 0,
    "that same day": 0,
    "the previous day": -1,
    "the day before": -1,
    "a day earlier": -1,
    "a day before": -1,
}


def _month_of_year(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    k = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return engine.fmt(c.ref.year + k, _month(m["mon"])), "relative"


def _bare_month(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    mon = _month(m["mon"])
    return engine.fmt(_year_of(m, c, mon), mon), "relative"


def _year_of(m: re.Match[str], c: Ctx, mon: int) -> int:
    """The year of a month named without one: in a sentence told in the past and announcing
    nothing ahead, the last such month on or before publication; else the nearest (up to two
    months ahead: talks due in December)."""
    assert c.ref is not None
    if c.future or FUTURE.search(m.string) or not PAST.search(m.string):
        return engine.near_year(c.ref, mon)
    return c.ref.year - (mon > c.ref.month)


def _that_year(m: re.Match[str], c: Ctx) -> Value:
    """'in February that year', 'later that year', 'that month': the year (month) of the last
    date written before them (spec section 6), else no value."""
    if not c.last:
        return None, "relative"
    if m["mon"]:
        return engine.fmt(c.last[0], _month(m["mon"])), "relative"
    if m["unit"].lower() == "month":
        return (engine.fmt(*c.last[:2]) if len(c.last) >= 2 else None), "relative"
    return engine.fmt(c.last[0]), "relative"


def _anaphoric_day(m: re.Match[str], c: Ctx) -> Value:
    if not c.last or len(c.last) != 3:
        return None, "relative"
    day = date(*c.last) + timedelta(days=_ANAPHORIC[" ".join(m["w"].lower().split())])
    return engine.day_value(day), "relative"


RULES += [
    (
        re.compile(
            r"\b(?:"
            + _CUE
            + r"\s+)?"
            + _MONTH_NAME
            + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
            re.I,
        ),
        _month_of_year,
    ),
    (
        re.compile(
            r"\b(?:(?:"
            + _CUE
            + r"|earlier|later)\s+)?(?:"
            + _MONTH_NAME.replace("<mon>", "<mon>")
            + r"\s+(?:of\s+)?)?(?:that|the same)\s+(?P<unit>year|month)\b"
        ),
        _that_year,
    ),
    (re.compile(r"\b(?P<w>" + engine.alt(list(_ANAPHORIC)) + r")\b", re.I), _anaphoric_day),
    (re.compile(r"(?<![\w.])" + _MONTH_NAME + r"(?!\s*\d)(?![\w-])"), _bare_month),
]


# the end of a span of time (drills that run until May 9, from Thursday to Friday)
RANGE_END = re.compile(r"\b(?:until|till|through|to)\s+$", re.I)


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    """Date expressions of a sentence, without a wire dateline's (SEOUL, Oct. 18 (Yonhap) --):
    that is the day of the report, not of what it tells. The end of a span (until May 9) is
    an `interval`: it dates only the clause it is written in."""
    found = [
        replace(d, kind="interval") if RANGE_END.search(text[max(0, d.start - 12) : d.start]) else d
        for d in engine.find_dates(text, published, RULES, FUTURE)
    ]
    line = DATELINE.match(text)
    return [d for d in found if d.start >= line.end()] if line else found
