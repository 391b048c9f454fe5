"""English date expressions against a publication date (spec section 6)."""

from __future__ import annotations

import pytest

from alliancewatch.lang.en.dates import find_dates

PUB = "2024-10-18"  # a Friday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch came on Tuesday.", [("on Tuesday", "2024-10-15")]),
        ("Talks were held last week.", [("last week", "2024-10")]),
        ("It happened earlier this month.", [("earlier this month", "2024-10")]),
        ("The summit was in June.", [("in June", "2024-06")]),
        ("The treaty was signed Oct. 25, 2024.", [("Oct. 25, 2024", "2024-10-25")]),
        ("Shells have gone since August last year.", [("since August last year", "2023-08")]),
        ("It was agreed in March of this year.", [("in March of this year", "2024-03")]),
        ("North Korea's October ICBM test", [("October", "2024-10")]),
    ],
)
def test_expressions(text: str, expected: list) -> None:
    assert _values(text) == expected


def test_the_next_day_counts_from_the_date_before_it() -> None:
    got = _values("He arrived on Oct. 5 and met Kim the next day.")
    assert got == [("Oct. 5", "2024-10-05"), ("the next day", "2024-10-06")]


def test_anaphoric_day_without_an_antecedent_has_no_value() -> None:
    assert _values("They met again the same day.") == [("the same day", None)]


def test_may_is_not_a_month() -> None:
    assert _values("North Korea May test a missile, and Seoul may respond.") == []


def test_parts_of_today_and_last_night() -> None:
    from alliancewatch.lang.en.dates import find_dates

    got = {
        d.text: d.value for d in find_dates("It fired this morning and last night.", "2025-03-11")
    }
    assert got == {"this morning": "2025-03-11", "last night": "2025-03-10"}


def test_a_wire_dateline_dates_nothing() -> None:
    from alliancewatch.lang.en.dates import find_dates

    text = "NEW DELHI, May 8 (Reuters) - India launched strikes early on Wednesday."
    assert [(d.text, d.value) for d in find_dates(text, "2025-05-08")] == [
        ("on Wednesday", "2025-05-07")
    ]
