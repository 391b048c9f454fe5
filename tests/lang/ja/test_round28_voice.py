"""Round 28 (voice): grammar behind the leftover misses of blind30/31.

A measure verb in the passive whose subject is a flow of aid or trade (援助が停止された) is
told as the active: the flow's giver halts it, aimed at whom it went to; the aid itself is
no negated AID. An act one is unwilling to take (ことには否定的, 制裁に慎重な姿勢) is told
as not done (negated); being cautious about doing it (することに慎重) tells nothing. A claim
told as a と-clause and not accepted or believed (撤退したとは認めない, したとは考えていない)
is a REJECT of the clause's doer. A measure made public (輸出規制を公表) is taken by its
announcer, and one taken with a state in mind (中国を念頭に) is aimed at it.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("米国によるエジプトへの経済援助が停止された。", [("SANCTION", ("USA",), ("EGY",))]),
        ("ヨルダンへの英国の軍事援助が先月から停止された。", [("SANCTION", ("GBR",), ("JOR",))]),
        ("ケニアへの武器供与がフランスによって凍結された。", [("SANCTION", ("FRA",), ("KEN",))]),
        # an owned thing keeps the passive's reading: its owner is acted on
        ("シリアの在外資産が英国によって凍結された。", [("SANCTION", ("GBR",), ("SYR",))]),
        # the active as before
        ("英国はヨルダンへの援助を停止した。", [("SANCTION", ("GBR",), ("JOR",))]),
    ],
)
def test_passive_halt_of_a_flow(text: str, expected: list[tuple]) -> None:
    assert briefs(text) == expected


def test_passive_halt_is_no_negated_aid() -> None:
    assert [b for b in briefs("ヨルダンへの英国の軍事援助が停止された。") if b[0] == "AID"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "フランス政府はエジプトへの戦闘機売却を取り消すことには否定的だ。",
            [(("SANCTION", ("FRA",), ("EGY",)), "negated")],
        ),
        (
            "ドイツ政府はイランへの制裁に慎重な姿勢を示している。",
            [(("SANCTION", ("DEU",), ("IRN",)), "negated")],
        ),
        (
            "スペインはモロッコへの支援に消極的だ。",
            [(("AID", ("ESP",), ("MAR",)), "negated")],
        ),
    ],
)
def test_unwilling_is_negated(text: str, expected: list[tuple]) -> None:
    assert [(brief(m), m.factuality) for m in code(text)] == expected


def test_cautious_about_doing_tells_nothing() -> None:
    assert not briefs("カナダは、エジプトを強く批判することには慎重な姿勢を見せている。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ラオス政府はタイ軍が撤退したとは認めない。", [("REJECT", ("LAO",), ("THA",))]),
        ("ペルー政府はチリ軍が撤収したとは考えていない。", [("REJECT", ("PER",), ("CHL",))]),
    ],
)
def test_claim_not_accepted(text: str, expected: list[tuple]) -> None:
    assert briefs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ペルー政府はチリ軍が撤収するとは考えていない。",  # a forecast not shared
        "ペルー政府はチリ軍の関与がなかったとは考えられないと述べた。",  # unthinkable
        "力による一方的な現状変更は認められないと述べた。",  # no claim told before
    ],
)
def test_no_claim_refused(text: str) -> None:
    assert not [b for b in briefs(text) if b[0] == "REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("米国はロシアに対する輸出規制を公表した。", [("SANCTION", ("USA",), ("RUS",))]),
        ("日本政府はロシアを念頭に新たな輸出規制を公表した。", [("SANCTION", ("JPN",), ("RUS",))]),
    ],
)
def test_announced_measure(text: str, expected: list[tuple]) -> None:
    assert briefs(text) == expected


def test_in_mind_still_no_partner_of_cooperation() -> None:
    assert not [b for b in briefs("日本は中国を念頭に防衛協力を強化した。") if "CHN" in b[1] + b[2]]
