"""Round 23 (s23state): a state agency of a state that is gone speaks for that state.

タス通信 was the USSR's agency until the Union ended (1991-12-26): a TASS statement of the
1970s is the Soviet Union's voice (spec §6, the outlet's state), Russia's only after.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people

pytestmark = pytest.mark.model


def codes(text: str, on: str) -> list[tuple[str, ...]]:
    return [c for _, c, _ in people(text, on)]


@pytest.mark.parametrize(
    ("on", "code"),
    [("1983-09-02", "SUN"), ("1991-12-25", "SUN"), ("1991-12-27", "RUS"), ("2014-03-02", "RUS")],
)
def test_tass_is_the_state_it_served_on_the_date(on, code):
    assert codes("タス通信は", on) == [(code,)]


def test_a_soviet_era_tass_statement_demands_for_the_ussr():
    text = (
        "タス通信は3日、声明を発表した。"
        "声明はまた、英国政府に対し、拘束した漁船員を直ちに釈放するよう要求した。"
    )
    got = briefs_of("REQUEST", text, "1979-05-04")
    assert got and all(b[1] == ("SUN",) for b in got), got
