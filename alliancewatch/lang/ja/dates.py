"""Japanese date words and patterns for the shared date engine (resolve/dates.py).

The resolution rules (bare days, bare months, 翌月 from the month just named ...) are
documented in the engine; this file only says which Japanese words mean what.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from alliancewatch.datafiles import Schema, read_tsv
from alliancewatch.lang.ja.lexicon import DATA_DIR
from alliancewatch.resolve import dates as engine
from alliancewatch.resolve.dates import NB, Y4, Ctx, DateMatch, Rule, Value, alt, table
from alliancewatch.text import words

YEAR_REL = table(
    "今年=0 本年=0 ことし=0 昨年=-1 去年=-1 前年=-1 一昨年=-2 おととし=-2 来年=1 翌年=1 再来年=2 "
    # seasons name their year (今春 -> this year, 昨秋 -> last year)
    "今春=0 今夏=0 今秋=0 今冬=0 昨春=-1 昨夏=-1 昨秋=-1 昨冬=-1 来春=1 来夏=1 来秋=1 来冬=1"
)
MONTH_REL = table("今月=0 本月=0 先月=-1 前月=-1 先々月=-2 来月=1 翌月=1")
WEEK_REL = table("今週=0 先週=-1 前週=-1 先々週=-2 来週=1 翌週=1 週明け=1")
DAY_REL = table(
    "今日=0 本日=0 きょう=0 今朝=0 けさ=0 今夕=0 昨夕=-1 今夜=0 今晩=0 昨日=-1 きのう=-1 "
    "昨夜=-1 昨晩=-1 一昨日=-2 おととい=-2 明日=1 あす=1 あした=1 明後日=2 あさって=2 "
    "前日=-1 翌日=1"
)
VAGUE = words("当時 近年 今後 近日 かつて 以前 将来 昨今 現在 目下 近い将来")
# vague times that are now or ahead: 北朝鮮は今後も支持すると述べた, 双方は今後…交渉を継続する
# ことで一致した tell a statement or agreement made now, dated by its telling (spec §3)
OPEN = frozenset(words("今後 近日 将来 近い将来 現在 目下 昨今"))
ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}
# the month a part of the year stands for: 2023年末 -> 2023-12
PARTS = {"末": 12, "年末": 12, "暮れ": 12, "初め": 1, "初頭": 1, "初": 1, "明け": 1}
WITHIN = {"月内": "month", "年末": "december", "年初": "january", "年明け": "new_year"}
# the recent past (最近, このほど): told as lately, an event has the publication month (spec §3)
RECENT = {"最近": "month", "このほど": "month", "先ごろ": "month", "先頃": "month"}
FUTURE = re.compile(
    r"予定|見通し|見込み|方針|計画|開催する|開催される|開かれる|行われる|実施する|を控え"
    # 11日から演習を強行しようとしている: what one is set to do
    r"|[おこごそとのほもよろ]うと(?:して|する)"
)

# a day, or the first day of a range (27、28日ごろ, 27～28日); not a duration (3日間)
_DAY = (
    r"(?P<d>\d{1,2})(?:\s*日?\s*[～〜~\-–、,・]\s*\d{1,2})?\s*日"
    r"(?!も早|当たり|あたり|平均|間|目|以上|以内|おき|ぶり|連続|未満|分)(?:ごろ|頃)?"
)
_PART = r"(?:\s?(?P<part>上旬|中旬|下旬|初め|初旬|末|半ば|ごろ|頃))?"
_YPART = r"(?:\s?(?P<ypart>末|暮れ|初め|初頭|前半|後半|度))?"
_YM = NB + Y4 + r"\s*年\s*(?P<m>\d{1,2})\s*月"
_YEAR_RANGE = r"(?:\s*年?\s*[～〜~\-–]\s*\d{4})?\s*年(?!代|間)"
_REL_Y = (
    r"(?P<rel>" + alt(YEAR_REL) + r"|同年)\s*"
    r"(?:(?P<m>\d{1,2})\s*月\s*(?:" + _DAY + ")?" + _PART + "|" + _YPART + ")"
)
_REL_M = r"(?P<rel>" + alt(MONTH_REL) + r"|同月)\s*(?:" + _DAY + ")?" + _PART
# きょう, あす ...: followed by a particle or a non-hiragana character (not きょうだい, あすか)
_KANA_WORDS = [w for w in DAY_REL if re.fullmatch(r"[ぁ-ゖ]+", w)]
_DAYWORD = (
    r"(?P<w>(?:"
    + alt(_KANA_WORDS)
    + r")(?=[はのにもでをが]|から|まで|[^ぁ-ゖ]|$)|"
    + alt([w for w in DAY_REL if w not in _KANA_WORDS])
    + r"|同日)"
)
_AGO = (
    NB + r"(?P<n>\d{1,3})\s*(?P<unit>日|週間|週|カ月|か月|ヶ月|ケ月|箇月|年)\s*"
    r"(?P<dir>前(?!後|半)|後(?!半))"
)
# かつてない, かつてなく: unprecedented, no time; 近く: soon, not near
_VAGUE = (
    "(?:" + alt(VAGUE) + r")(?<!かつて)|かつて(?!な[いくか])|(?<![^はもが、\s])近く(?![のにでをへ])"
)


# a sentence told in the past (結んだ, 支えている, 続けてきた) and words that tell what is still
# to come in it (選挙を11月に控え, 課すと表明した, 訪問する予定): a bare month read back only so
_PAST_END = re.compile(r"(?:た|[んい]だ|[てで](?:いる|いた|きた|います|いました|おり))[」』]?$")
_AHEAD = re.compile(
    r"控え|構え|目指|予定|見通し|見込み|方針|計画|つもり|意向"
    r"|(?<![てで][いお])(?:[うくすつぬむぶぐ]|る)(?:と|との|という)"
    # 11月中に会談を開くことも明記した: an act nominalised in its dictionary form is to come
    r"|(?<![てで][いお])(?:[うくすつぬむぶぐ]|る)こと(?:を|も|で|に|が)"
    # 5月10日までに置き換えることで合意した: the deadline of what is agreed or asked
    r"|^まで(?:に)?[^、。「」]{0,30}?(?:こと(?:で|に|を)|[うくすつぬむぶぐる]よう)"
)


def _told_month(m: re.Match[str], c: Ctx) -> Value:
    """2月に協定を結び…支えている in an article of December: a bare month up to two months
    ahead of publication is the coming one only when the sentence tells a future event; in a
    sentence told in the past, with nothing to come in it, it is the one before publication."""
    value, kind = engine.month_day(m, c)
    if value is None or c.ref is None:
        return value, kind
    if c.future:
        return _coming(value, m, c), kind
    y, mon = int(value[:4]), int(value[5:7])
    if y * 12 + mon <= c.ref.year * 12 + c.ref.month:
        return value, kind
    rest = m.string[m.end() :].split("。")[0].strip()
    if not _PAST_END.search(rest) or _AHEAD.search(rest):
        return value, kind
    return f"{y - 1:04d}" + value[4:], kind


def _coming(value: str, m: re.Match[str], c: Ctx) -> str:
    """6月にソ連を訪問する予定 in an article of March: a bare month in a sentence that
    announces what is to come, its own clause not told in the past, is the next such month
    (not last year's, as the two-months-ahead rule of a report would have it)."""
    y, mon = int(value[:4]), int(value[5:7])
    now = c.ref.year * 12 + c.ref.month if c.ref else 0
    clause = re.split(r"[、。]", m.string[m.end() :], maxsplit=1)[0]
    if y * 12 + mon >= now or _PAST_END.search(clause) or not _AHEAD.search(clause):
        return value
    return f"{y + 1:04d}" + value[4:]


# 運び込まれてから10カ月がたつ, 侵攻開始から3年が過ぎた: the time elapsed since the clause
# before it, counted back from publication, dates that clause
_ELAPSED = (
    r"(?<=から)\s*(?P<n>\d{1,3})\s*(?P<unit>日|週間|カ月|か月|ヶ月|ケ月|年)\s*(?:余り|あまり|近く)?"
    r"\s*(?:(?:が|を)\s*(?:たつ|たっ|経つ|経っ|過ぎ|経過|迎え)|に(?:なる|なっ|なり))"
)


def _elapsed(m: re.Match[str], c: Ctx) -> Value:
    if c.ref is None:
        return None, "relative"
    n, unit = int(m["n"]), m["unit"]
    if unit == "日":
        return engine.day_value(c.ref - timedelta(days=n)), "relative"
    if unit == "週間":
        dt = c.ref - timedelta(days=7 * n)
        return engine.fmt(dt.year, dt.month), "relative"
    if unit == "年":
        return engine.fmt(c.ref.year - n), "relative"
    return engine.fmt(*engine.shift_month(c.ref.year, c.ref.month, -n)), "relative"


def _era(m: re.Match[str], c: Ctx) -> Value:
    y = ERA[m["era"]] + (1 if m["n"] == "元" else int(m["n"]))
    return (
        engine.fmt(y, int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None),
        "absolute",
    )


_ymd = engine.ymd(PARTS)
RULES: list[Rule] = [
    (
        re.compile(
            r"(?P<era>令和|平成|昭和)\s*(?P<n>元|\d{1,2})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*"
            + _DAY
            + ")?)?"
        ),
        _era,
    ),
    (re.compile(_YM + r"\s*" + _DAY), _ymd),
    (re.compile(_YM + _PART), _ymd),
    (re.compile(NB + r"(?P<y>\d{2})年(?P<m>\d{1,2})月(?:\s*" + _DAY + ")?"), _ymd),
    (re.compile(NB + Y4 + _YEAR_RANGE + _YPART), _ymd),
    engine.NUMERIC,
    (re.compile(NB + r"\d{3}0\s*年代"), engine.vague),
    (re.compile(_REL_Y), engine.year_rel(YEAR_REL, "同年", PARTS)),
    (re.compile(_REL_M), engine.month_rel(MONTH_REL, "同月", {"翌月", "前月"})),
    (re.compile(NB + r"(?P<m>\d{1,2})\s*月\s*" + _DAY), _told_month),
    (re.compile(NB + r"(?P<m>\d{1,2})\s*月(?!\s*\d)" + _PART), _told_month),
    (re.compile(NB + r"(?<![泊第])" + _DAY), engine.bare_day),
    (re.compile(_DAYWORD), engine.day_rel(DAY_REL, "同日", {"前日", "翌日"})),
    (re.compile(r"(?P<w>" + alt(WEEK_REL) + ")"), engine.week(WEEK_REL)),
    (
        re.compile(_AGO),
        engine.ago({}, {"後"}, {"日": "day", "週間": "week", "週": "week", "年": "year"}),
    ),
    (re.compile(_ELAPSED), _elapsed),
    # 数年内, 3カ月内: within a span counted from now, a horizon, not this year or month
    (
        re.compile(
            r"(?<![数\d０-９一二三四五六七八九十カかヶケ箇個])(?P<w>年内|今年中|月内|年末|年初|年明け)"
        ),
        engine.within(WITHIN),
    ),
    (re.compile(r"(?P<w>" + alt(RECENT) + ")"), engine.within(RECENT)),
    (re.compile(_VAGUE), engine.vague),
]


# 発射は3月10日以来, 訪朝は2000年7月以来: the last time before, not the date of the event
# told (以降 is left alone: 昨年8月以降、砲弾を送っている is dated by when it began)
# 2019年6月の習氏の訪朝以来: the previous visit, a noun phrase of の-linked nouns (no
# particle of a clause: 3日の発射は昨年以来 is not), is the starting point
_SINCE = re.compile(
    r"\s*(?:(?:の|に)?\s*以来|の[^、。「」()（）\dはがをにでとも]{1,20}?以来"
    # 2019年以降で9回目, 2017年以降初めて, 統計を取り始めた1990年以降で最多: a count or a
    # record since then (以降 with an ordinal or a superlative), the event is the latest one
    r"|(?:に)?\s*以降\s*(?:で|では)?\s*、?\s*(?:[\d０-９一二三四五六七八九十]+\s*(?:回|度|番)目|初めて|初|最(?:多|大|長|高|少|悪))"
    # 昨年7月の首相就任後初めて, 2月の発足後初の: the first since an event of that time
    # (the 後 of an ordinal count, as 以来), the event told is the latest, not of that time
    r"|の[^、。「」()（）\dはがをにでとも]{1,20}?後\s*(?:で|では)?\s*、?\s*(?:初めて|初|[\d０-９]+\s*(?:回|度)目))"
)
# the date of a clause that ends so (2023年8月に協定を発効させて以降、訓練を拡大している)
# dates that clause alone: no time adverbial of the sentence (clauses.py binds it there)
_SINCE_CLAUSE = re.compile(r"[^、。「」]{0,50}?[てで](?:以来|以降)")
# 2018年の南北軍事合意, 1974年の協定: a year in the genitive names the thing after it, not
# the time of the sentence (…の効力停止を決めた); a day or month there (25日の記者会見で,
# 9月の首脳会談で) is when the sentence's event happened and stays a time adverbial
_OF_NOUN = re.compile(r"の(?!(?:間|うち|時点|段階|前半|後半|初め|末))")
# 15日午後(日本時間16日午前): the same moment restated in Japan's clock, not a second date
_RESTATED = re.compile(r"[(（]\s*(?:日本|現地|米東部|米西部|米国東部|韓国)時間\s*$")


# 9月に発表された認識, 20日に就任した頼総統, 5日に開催する会議への協力を求めた: a date in a
# relative clause (past or present tense) dates what the clause tells of the noun after it,
# not the sentence; not a noun of plan or stance (15日にも発射する構え: the act is the one
# planned); unless that noun is the occasion or a time (20日に開かれた会談で, 会談した際に,
# 7月に開かれる会議に合わせ/に出席し), the predicate itself (…開かれた首脳会談だった) or a
# document that speaks (10日に採択した宣言は…求めた: it speaks on the day it was adopted)
_NP = r"(?:[^ぁ-ゖ、。]|[のと])"
_PLAN = "予定|見通し|見込み|方針|計画|構え|考え|意向|つもり|可能性|公算|恐れ|おそれ"
_DOCUMENT = "宣言|声明|談話|報告書|決議|文書|共同文書|論評"
_RELATIVE = re.compile(
    r"\s*(?:に|から)?[^、。「」『』()（）]{0,20}?(?:[ぁ-ゖ]た|[すれ]る(?!"
    + _PLAN
    + "))(?=[一-龥ァ-ヴ「『])"
    r"(?!" + _NP + r"{0,20}?(?:で|において|に際|の際|だ|に合わせ|に出席)"
    r"|" + _NP + r"{0,20}?(?:" + _DOCUMENT + r")(?:は|が)"
    r"|(?:際|後|直後|時|とき|ころ|頃|前|中|間|ところ))"
)
# 警戒データを年内に共有することで合意した: a date in a clause nominalised by こと is the
# content's (the plan agreed, the act reported), not the time of the verb governing it
_CONTENT = re.compile(r"[^、。「」『』]{0,30}?こと(?:で|に|を)")
# 3月15日までに部隊を撤収させるよう求めた: so too the content of a request or an order (the
# deadline of what is asked, not the time of asking); not 〜するようになった (a change)
_ASKED = re.compile(r"[^、。「」『』]{0,30}?[うくすつぬむぶぐる]よう(?:に)?(?!な|だ|で|です)")
# 昨年3月に外交を再開し、連携を深めてきた。: the date of a clause before a main clause in the
# progressive or perfect dates that clause alone (what has gone on since is told as of the story)
_BEFORE_ONGOING = re.compile(
    r"[^、。「」]{0,40}?(?:[しりいきちみびえけせてでっ]|が)、[^、。「」]{0,50}?"
    r"(?:[てで](?:いる|きた|います|きました)|続け(?:ている|てきた|る))(?:。|$)"
)
# 昨年7月の共同宣言に基づく協力, 合意に沿って, 声明を踏まえ: a dated document the act rests
# on is earlier than the act; its date is the document's
_GROUNDS = re.compile(r"の(?:[^、。ぁ-ゖ]|の|による|「[^」]*」){1,40}?(?:に基づ|に沿|を踏まえ)")
# 8日から13日にかけて: the ends of a span, neither of which is the day the story tells
_RANGE = re.compile(
    r"\s*(?:から|～|〜)\s*[^、。]{0,12}?日\s*(?:にかけて|まで)|\s*(?:にかけて|まで)"
)


# 今年1月には中国を訪れ、10日に会談した: a month that is the time adverbial of a clause
# (に, には, 、), then a bare day later in the sentence: the day is of that month
_MONTH_ADVERBIAL = re.compile(r"(?:に|には|にも|、)")
_BARE_DAY = re.compile(r"\d{1,2}日")


def _day_of_month_named(found: list[DateMatch], text: str, published: str | None) -> None:
    """A bare day after a month-precise time adverbial in the same sentence (今年1月には…、
    10日に会談した) is a day of that month, when that month is no later than publication."""
    month = None
    for k, d in enumerate(found):
        v = d.value or ""
        if (
            len(v) == 7
            and d.kind in ("relative", "episode")
            and _MONTH_ADVERBIAL.match(text, d.end)
        ):
            month = v if not published or v <= published[:7] else None
        elif month and _BARE_DAY.fullmatch(d.text) and d.kind == "relative":
            value = engine.fmt(int(month[:4]), int(month[5:]), int(d.text[:-1]))
            if value is not None:
                found[k] = replace(d, value=value)


# a time that opens a background episode, told before the story's present: a month as a
# contrastive time topic (今年1月には中国を訪れ; a day so, 22日には, is a step of the story's
# own chronology), or the focus of a cleft (空輸したのは昨年4月11日。):
# the undated past sentences after it stay in it (coding/discourse.py, told_month)
_EPISODE_AFTER = re.compile(r"\s*(?:には|では)、?")
_CLEFT = re.compile(r"[たの]のは\s*$")


_STATED_ROWS = read_tsv(
    DATA_DIR / "stated_content.tsv",
    Schema(columns=("word", "kind"), labels={"kind": frozenset({"verb", "end"})}),
)
_SAY = alt([r["word"] for r in _STATED_ROWS if r["kind"] == "verb"])
# a clause that runs on (no comma outside a quote) to a predicate closed as stated content
# (…発動したと指摘した; not 25日の会見で「…」と述べた, where the quote is the content)
_STATED = re.compile(
    r"(?:[^、。「」『』]|「[^」]*」|『[^』]*』){0,60}?(?<=[たるいだうくすつぬむぶぐ])(?:"
    + alt([r["word"] for r in _STATED_ROWS if r["kind"] == "end"])
    + r"(?=[^。]{0,40}?(?:"
    + _SAY
    + r"))|と(?=、?[^、。「」]{0,8}?(?:"
    + _SAY
    + r")))"
)
# inside the content: after its own subject or an earlier clause of it (インド政府が侵犯し、
# 10月20日には…), not after the speaker's topic (北朝鮮は10日、…と発表した), where it is the
# time of the saying; a date in the genitive (2015年12月の合意) is no time adverbial at all
_IN_CONTENT = re.compile(r"(?:が|[しりいきちみびえけせてでっ]、)\s*$")


def _stated(text: str, d: DateMatch) -> int | None:
    """The end of the stated content a date sits in, when it sits in one."""
    m = _STATED.match(text, d.end)
    if m is None:
        return None
    genitive = _OF_NOUN.match(text, d.end)
    return m.end() if genitive or _IN_CONTENT.search(text[: d.start]) else None


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    out = []
    for d in engine.find_dates(text, published, RULES, FUTURE):
        if _RESTATED.search(text[max(0, d.start - 12) : d.start]):
            continue
        content = _CONTENT.match(text, d.end) or _ASKED.match(text, d.end)
        if d.value and content:
            # the clause it dates ends there: what governs it is not dated by it
            d = replace(d, scope=content.end())
        elif d.value and (said := _stated(text, d)) is not None:
            d = replace(d, scope=said)  # the content of a statement: its own date
        if d.value and _SINCE.match(text, d.end):
            d = replace(d, kind="since")
        elif d.value and (
            _SINCE_CLAUSE.match(text, d.end)
            or len(d.value) == 4
            and _OF_NOUN.match(text, d.end)
            or _RELATIVE.match(text, d.end)
            or _GROUNDS.match(text, d.end)
            or _CONTENT.match(text, d.end)
            or _BEFORE_ONGOING.match(text, d.end)
        ):
            d = replace(d, kind="bound")
        elif len(d.value or "") == 10 and _RANGE.match(text, d.end):
            d = replace(d, kind="range")
        elif d.kind == "vague" and d.text in OPEN:
            d = replace(d, kind="open")
        elif (
            d.kind == "relative"
            and d.value
            and (
                len(d.value) == 7
                and _EPISODE_AFTER.match(text, d.end)
                or _CLEFT.search(text[: d.start])
            )
        ):
            d = replace(d, kind="episode")
        out.append(d)
    _day_of_month_named(out, text, published)
    return out
