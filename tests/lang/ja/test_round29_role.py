"""Round 29 (role): a withdrawal told to a pact's parties takes no other side from the
reason beside it (ROLE FPs of blind33: 離脱 USA->RUS).

他の締約国に離脱を通告した: the notice goes to all the parties of a multilateral pact, so the
state a reason clause names as the violator (ロシアが条約に違反しているとして) is no target of
the withdrawal, which stays its doer's alone (ruling 10 →[]). A withdrawal with its other
state written in its own phrase keeps it.
"""

from __future__ import annotations

import pytest

from .test_coder import of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "米政府は、イランが合意を守っていないとして、他の締約国に離脱を通告した。",
            [("SANCTION", ("USA",), ())],
        ),
        # negative: the other party written in the pact's own phrase stays the target
        (
            "米政府は、ロシアとの中距離核戦力全廃条約からの離脱を通告した。",
            [("SANCTION", ("USA",), ("RUS",))],
        ),
    ],
)
def test_withdrawal_told_to_the_parties(text: str, expected: list[tuple]) -> None:
    assert of_kind("SANCTION", text) == expected
