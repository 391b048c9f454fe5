"""Round 32 (dates): a report's undated lines keep the day its header named after a year in
passing (ruling 41); a bare month or day in a sentence announcing what is to come is the
coming one; a meeting's date dates what is done at it (spec §6)."""

from alliancewatch.lang.ja.dates import find_dates

from .test_coder import code


def _dated(kind: str, *paragraphs: str, published: str) -> list[str | None]:
    return [m.date for m in code(*paragraphs, published=published) if m.event == kind]


def _values(text: str, published: str) -> list[str | None]:
    return [d.value for d in find_dates(text, published)]


def test_undated_line_after_a_year_in_passing_keeps_the_header_day() -> None:
    dates = _dated(
        "REQUEST",
        "3月4日、岸田総理はフィジーのランブカ首相と首脳会談を行いました。",
        "本年は国交樹立50周年の節目の年であると述べました。",
        "岸田総理から、フィジーに対し海洋安全保障での協力を求めました。",
        published="2025-03-04",
    )
    assert dates == ["2025-03-04"]


def test_undated_line_without_an_earlier_day_keeps_the_month() -> None:
    # negative: no day written before, so the publication month
    dates = _dated(
        "REQUEST",
        "本年は国交樹立50周年の節目の年です。",
        "岸田総理から、フィジーに対し海洋安全保障での協力を求めました。",
        published="2025-03-04",
    )
    assert dates == ["2025-03"]


def test_bare_month_of_a_planned_visit_is_the_coming_one() -> None:
    assert _values("大統領は8月に中国を訪問する予定だ。", "2024-03-20") == ["2024-08"]


def test_bare_month_of_a_past_visit_stays_in_the_past() -> None:
    # negative: the month's own clause is told in the past
    assert _values("大統領は8月に中国を訪問し、協力を約束する方針を示した。", "2024-03-20") == [
        "2023-08"
    ]


def test_nominalised_act_to_come_keeps_the_coming_month() -> None:
    assert _values("12月中に東京で外相会談を開くことも確認した。", "2024-11-02") == ["2024-12"]


def test_nominalised_past_act_reads_back() -> None:
    # negative: 開いたことを確認した is told in the past
    assert _values("12月中に東京で外相会談を開いたことを確認した。", "2024-11-02") == ["2023-12"]


def test_bare_day_of_an_act_one_is_set_to_do_is_ahead() -> None:
    assert _values("両国が20日から合同演習を始めようとしていると非難した。", "2024-05-08") == [
        "2024-05-20"
    ]


def test_bare_day_of_a_done_act_is_behind() -> None:
    # negative: nothing to come, the 20th before publication
    assert _values("両国が20日から合同演習を始めたと非難した。", "2024-05-08") == ["2024-04-20"]
