"""Korean date expressions resolved against the publication date (spec §6)."""

from __future__ import annotations

import pytest

from alliancewatch.lang.ko.dates import find_dates

PUB = "2024-10-21"


def values(text: str, published: str = PUB) -> list[str | None]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("북한은 9일 미사일을 발사했다.", ["2024-10-09"]),
        ("북한은 지난 9일 미사일을 발사했다.", ["2024-10-09"]),
        ("북한은 지난 25일 미사일을 발사했다.", ["2024-09-25"]),
        ("현지시간 9일 회담이 열렸다.", ["2024-10-09"]),
        ("양국은 9일(현지시간) 회담했다.", ["2024-10-09"]),
        ("북한은 지난달 병력을 보냈다.", ["2024-09"]),
        ("올해 6월 조약에 서명했다.", ["2024-06"]),
        ("지난해 8월 이후 포탄을 넘겼다.", ["2023-08"]),
        ("내년에 훈련을 재개한다.", ["2025"]),
        ("다음 달 15일 방문할 예정이다.", ["2024-11-15"]),
        ("오는 15일 방문할 예정이다.", ["2024-11-15"]),
        ("오는 25일 회담할 예정이다.", ["2024-10-25"]),
        ("지난 3월 27일 합의했다.", ["2024-03-27"]),
        ("지난 12월 합의했다.", ["2023-12"]),
        ("2024년 6월 19일 평양에서 서명했다.", ["2024-06-19"]),
    ],
)
def test_resolution(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_past_marker_beats_a_plan_in_the_same_sentence() -> None:
    # 지난 25일 is past even though the sentence announces a plan (예정)
    assert values("지난 25일 합의한 대로 다음 달 회담할 예정이다.")[0] == "2024-09-25"


def test_same_day_takes_the_date_before_it() -> None:
    found = find_dates("북한은 19일 미사일을 쐈고 같은 날 러시아는 성명을 냈다.", PUB)
    assert [d.text for d in found] == ["19일", "같은 날"]
    assert found[1].value == "2024-10-19"


def test_this_day_without_a_date_is_the_publication_day() -> None:
    assert values("대통령실은 이날 회의를 열었다.") == ["2024-10-21"]


def test_day_before_and_after() -> None:
    assert values("북한은 19일 발사했고 전날 예고했다.") == ["2024-10-19", "2024-10-18"]
    assert values("이튿날 회담했다.") == ["2024-10-22"]


def test_offsets_point_into_the_text() -> None:
    text = "푸틴 대통령은 지난 9일 평양을 방문했다."
    for d in find_dates(text, PUB):
        assert text[d.start : d.end] == d.text


def test_no_publication_date() -> None:
    assert values("지난달 파병했다.", None) == [None]
