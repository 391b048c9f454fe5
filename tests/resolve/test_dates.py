"""Date expressions resolved against the publication date (our own news-style sentences)."""

from __future__ import annotations

import re

import pytest

from alliancewatch.lang import get_language
from alliancewatch.resolve.dates import DateMatch

PUB = "2024-10-21"  # a Monday


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    """The date words of the text's language (each language's find_dates, shared engine)."""
    code = "ko" if re.search("[가-힣]", text) else "ja" if re.search("[ぁ-ヿ一-鿿]", text) else "en"
    find = get_language(code).find_dates
    assert find is not None
    return find(text, published)


def dates(text: str, published: str | None = PUB) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.kind) for d in find_dates(text, published)]


def value(text: str, published: str | None = PUB) -> str | None:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0].value


# --- Japanese absolute ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年6月19日、両首脳は条約に署名した", "2024-06-19"),
        ("2024年 6月 19日に", "2024-06-19"),
        ("2024年6月に締結された", "2024-06"),
        ("2024年6月下旬", "2024-06"),
        ("1961年に条約が結ばれた", "1961"),  # in a relative clause: bound (test_round8_dates)
        ("1996年に破棄された", "1996"),
        ("2021年第8回党大会", "2021"),
        ("2022～2024年にかけて", "2022"),
        ("2024年度に", "2024"),
        ("2023年末に", "2023-12"),
        ("令和6年", "2024"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),
        ("昭和40年", "1965"),
        ("24年6月に", "2024-06"),
        ("2024-06-19付", "2024-06-19"),
        ("2024.6.19 平壌", "2024-06-19"),
    ],
)
def test_japanese_absolute(text: str, expected: str) -> None:
    found = find_dates(text, PUB)
    assert found[0].value == expected
    assert found[0].kind == "absolute"


def test_absolute_dates_need_no_publication_date() -> None:
    assert value("2024年6月19日", None) == "2024-06-19"
    assert dates("19日、先月、6月", None) == [
        ("19日", None, "relative"),
        ("先月", None, "relative"),
        ("6月", None, "relative"),
    ]


# --- Japanese relative ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年6月、大統領が平壌を訪れた", "2024-06"),
        ("今年6月19日の会談", "2024-06-19"),
        ("昨年6月", "2023-06"),
        ("去年", "2023"),
        ("昨年", "2023"),
        ("一昨年", "2022"),
        ("来年", "2025"),
        ("今年", "2024"),
        ("昨年末", "2023-12"),
        ("翌月5日の選挙", "2024-11-05"),
        ("先月", "2024-09"),
        ("今月", "2024-10"),
        ("今月初め", "2024-10"),
        ("先月下旬", "2024-09"),
        ("来月10日", "2024-11-10"),
        ("昨日", "2024-10-20"),
        ("きのう", "2024-10-20"),
        ("本日", "2024-10-21"),
        ("今日", "2024-10-21"),
        ("明日", "2024-10-22"),
        ("3日前", "2024-10-18"),
        ("2週間前", "2024-10"),
        ("3カ月前", "2024-07"),
        ("5年前", "2019"),
        ("10年後", "2034"),
        ("年内に", "2024"),
        ("月内に", "2024-10"),
        ("年末までに", "2024-12"),
        ("先週", "2024-10"),
        ("来週", "2024-10"),
    ],
)
def test_japanese_relative(text: str, expected: str) -> None:
    found = find_dates(text, PUB)
    assert found[0].value == expected
    assert found[0].kind == "relative"


def test_bare_day_is_this_month_unless_well_after_publication() -> None:
    assert value("19日、首脳会談が開かれた") == "2024-10-19"
    assert value("24日に発表した") == "2024-10-24"  # up to 3 days after: same month
    assert value("25日に発表した") == "2024-09-25"  # more than 3 days after: previous month
    assert value("１９日、平壌で") == "2024-10-19"  # full-width digits
    assert value("20日に公開された", "2024-06-21") == "2024-06-20"
    assert value("31日", "2024-10-02") is None  # September has no 31st: no guess


def test_bare_day_in_a_future_sentence() -> None:
    assert value("25日に訪問する予定だ") == "2024-10-25"
    assert value("2日に開催する方針だ") == "2024-11-02"


def test_day_ranges_take_the_first_day() -> None:
    assert dates("27、28日ごろ訪朝した") == [("27、28日ごろ", "2024-09-27", "relative")]
    assert dates("17～18日に") == [("17～18日", "2024-10-17", "relative")]
    assert dates("6月19日～20日") == [("6月19日～20日", "2024-06-19", "relative")]


def test_bare_month_is_the_latest_not_far_in_the_future() -> None:
    assert value("6月に署名した") == "2024-06"
    assert value("12月に予定") == "2024-12"  # two months ahead: still this year
    assert value("1月に") == "2024-01"  # three months ahead: last January
    assert value("1月に", "2024-12-20") == "2025-01"
    assert value("11月5日", "2024-10-21") == "2024-11-05"


def test_day_words_in_kana_and_kanji() -> None:
    assert value("関係は今日この席で始まった", "2024-06-21") == "2024-06-21"
    assert value("政府はきょう、声明を出した") == "2024-10-21"
    assert value("首脳会談はあすから") == "2024-10-22"
    assert value("ことしの夏") == "2024"
    assert find_dates("三人のきょうだい", PUB) == []
    assert find_dates("こんにちは", PUB) == []


def test_anaphoric_same_year_and_same_day() -> None:
    assert dates("1961年に署名し、同年9月に発効した") == [
        ("1961年", "1961", "absolute"),
        ("同年9月", "1961-09", "relative"),
    ]
    assert dates("2024年6月19日に会談し、同日夜に") == [
        ("2024年6月19日", "2024-06-19", "absolute"),
        ("同日", "2024-06-19", "relative"),
    ]
    assert dates("6月19日に到着し、翌日に帰国した")[1][1] == "2024-06-20"
    assert value("同日") is None  # nothing earlier in the text
    assert value("翌日") == "2024-10-22"  # no earlier day: counted from publication


def test_week_has_the_month_of_its_thursday() -> None:
    # week of Mon 2024-09-30: Thursday 10-03, so October
    assert value("先週", "2024-10-07") == "2024-10"
    # week of Mon 2024-10-28: Thursday 10-31, so October
    assert value("今週", "2024-10-28") == "2024-10"
    # week of Mon 2024-11-25 .. Sun 12-01: Thursday 11-28
    assert value("来週", "2024-11-20") == "2024-11"


def test_a_year_in_the_genitive_names_the_noun_after_it() -> None:
    # 2024年度の予算, 年内の発射: the year is the budget's or the launch's, not a time
    # adverbial of the sentence (kind 'bound'); 2024年度に, 年内に are adverbials
    assert dates("2024年度の予算") == [("2024年度", "2024", "bound")]
    assert dates("年内の発射") == [("年内", "2024", "bound")]
    assert dates("9月の会談で") == [("9月", "2024-09", "relative")]  # a month still dates


def test_the_recent_past_is_the_publication_month() -> None:
    # spec §3: an event told as lately happened (最近, このほど) has the publication month
    for word in ("最近", "このほど", "先ごろ"):
        assert dates(f"{word}、北朝鮮は") == [(word, "2024-10", "relative")], word


def test_vague_expressions() -> None:
    for word in ("当時", "近年", "かつて"):
        assert dates(f"{word}、北朝鮮は") == [(word, None, "vague")], word
    # now or ahead: no time for what has happened (an asserted event keeps its telling's)
    for word in ("今後", "現在"):
        assert dates(f"{word}、北朝鮮は") == [(word, None, "open")], word
    assert dates("北朝鮮は近く発射する") == [("近く", None, "vague")]
    assert dates("基地の近くで") == []
    assert dates("100人近くが") == []
    assert dates("2020年代に") == [("2020年代", None, "vague")]


def test_things_that_are_not_dates() -> None:
    for text in (
        "人員派遣を外貨稼ぎに十分活用する",
        "韓国海軍の約5.7倍に達する",
        "第8回党大会",
        "潜水艦70隻余り",
        "韓国国防部の「国防白書2022」を見ると",
        "1日も早く",
        "30日間にわたって",
        "3日目に",
        "3泊4日の日程",
        "1日当たり",
        "3年ぶり",
        "1000年に一度",
    ):
        assert find_dates(text, PUB) == [], text


def test_offsets_point_into_the_original_text() -> None:
    # 翌月 follows the month just written (June), not the publication month
    text = "北朝鮮は２０２４年６月１９日、ロシアと条約を結び、翌月５日に"
    found = find_dates(text, PUB)
    assert [d.value for d in found] == ["2024-06-19", "2024-07-05"]
    for d in found:
        assert text[d.start : d.end] == d.text


# --- Korean -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("2024년 6월 19일 평양에서", "2024-06-19", "absolute"),
        ("2024년 6월", "2024-06", "absolute"),
        ("1961년 체결된", "1961", "absolute"),
        ("19일 정상회담", "2024-10-19", "relative"),
        ("6월 북러 정상회담", "2024-06", "relative"),
        ("6월 19일", "2024-06-19", "relative"),
        ("올해 6월", "2024-06", "relative"),
        ("지난해 11월", "2023-11", "relative"),
        ("작년", "2023", "relative"),
        ("지난해 말", "2023-12", "relative"),
        ("지난달", "2024-09", "relative"),
        ("지난달 말", "2024-09", "relative"),
        ("다음 달 5일", "2024-11-05", "relative"),
        ("연내", "2024", "relative"),
        ("어제", "2024-10-20", "relative"),
        ("지난주", "2024-10", "relative"),
        ("3일 전", "2024-10-18", "relative"),
        ("19~20일", "2024-10-19", "relative"),
        ("최근", None, "vague"),
        ("당시", None, "vague"),
    ],
)
def test_korean(text: str, expected: str | None, kind: str) -> None:
    found = find_dates(text, PUB)
    assert (found[0].value, found[0].kind) == (expected, kind)


def test_korean_durations_are_not_dates() -> None:
    assert find_dates("3일간 훈련", PUB) == []
    assert find_dates("사흘째 5일째", PUB) == []


# --- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("The pact was signed on June 19, 2024.", "2024-06-19", "absolute"),
        ("on 19 June 2024", "2024-06-19", "absolute"),
        ("in June 2024", "2024-06", "absolute"),
        ("Putin visited Pyongyang in June", "2024-06", "relative"),
        ("talks on June 19", "2024-06-19", "relative"),
        ("on Jan. 5", "2024-01-05", "relative"),
        ("last May", "2024-05", "relative"),
        ("last week", "2024-10", "relative"),
        ("last month", "2024-09", "relative"),
        ("next year", "2025", "relative"),
        ("earlier this year", "2024", "relative"),
        ("yesterday", "2024-10-20", "relative"),
        ("in 2024", "2024", "absolute"),
        ("since 1961", "1961", "absolute"),
        ("in early 2023", "2023", "absolute"),
        ("three days ago", "2024-10-18", "relative"),
        ("on the 19th", "2024-10-19", "relative"),
        ("recently", None, "vague"),
        ("at the time", None, "vague"),
    ],
)
def test_english(text: str, expected: str | None, kind: str) -> None:
    found = find_dates(text, PUB)
    assert (found[0].value, found[0].kind) == (expected, kind)


def test_english_weekdays() -> None:
    # PUB is Monday 2024-10-21
    assert value("Seoul said on Monday") == "2024-10-21"
    assert value("the ministry said Friday") == "2024-10-18"
    assert value("last Monday") == "2024-10-14"
    assert value("next Tuesday") == "2024-10-22"


def test_english_non_dates() -> None:
    for text in ("It may be late", "the 19th century", "2022 white paper", "5.7 times"):
        assert find_dates(text, PUB) == [], text


def test_bad_publication_date_is_ignored() -> None:
    assert value("19日", "not a date") is None
    assert value("19日", "2024-10-21T09:00:00+09:00") == "2024-10-19"


def test_next_month_counts_from_the_month_just_mentioned():
    (first, second) = find_dates("10月末にモスクワ入りし、翌月1日に協議した。", "2024-12-10")
    assert first.value == "2024-10" and second.value == "2024-11-01"
    (only,) = find_dates("翌月5日に行われる選挙", "2024-10-21")
    assert only.value == "2024-11-05"
