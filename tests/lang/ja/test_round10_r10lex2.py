"""Round 10 (r10lex2): cutting cooperation, participation or an agreement with a state or an
organisation, commissioning a warship and finishing a pull-out.

Halting, freezing, suspending or breaking off cooperation (協力), participation (参加),
engagement (関与) or an agreement (協定) is a sanction of its partner (spec §2: cutting ties,
abrogating a treaty), whether said with a verb (協力を停止する, 参加を凍結した, 協定を打ち切る)
or as one noun (協力停止, 参加凍結). A warship entering service (就役) is a build-up.
撤収を終えた, 返還を終えた are the subject's own act, like 撤収を完了した.
(駐留 was tried and left out: it is mostly a relative clause describing forces,
「…に駐留する米軍」, not an event.)
Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ベネズエラは10日、IAEAとの協力を停止すると発表した。", ("SANCTION", ("VEN",), ("IGO",))),
        ("ベラルーシはCSTOへの参加を凍結したと明らかにした。", ("SANCTION", ("BLR",), ("IGO",))),
        ("ニジェール、IAEAへの協力停止を決定", ("SANCTION", ("NER",), ("IGO",))),
        ("マリ政府はフランスとの協定を打ち切ると表明した。", ("SANCTION", ("MLI",), ("FRA",))),
    ],
)
def test_cutting_cooperation_or_an_agreement_is_a_sanction(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


def test_a_warship_entering_service_is_a_build_up() -> None:
    (m,) = code("インド海軍の新型駆逐艦が15日、正式に就役した。")
    assert brief(m) == ("MOBILIZE", ("IND",), ())


def test_finishing_a_handover_is_the_subject_s_own_act() -> None:
    (m,) = code("イタリア軍は今年2月、ニジェールの基地の返還を終えた。")
    assert brief(m) == ("RETREAT", ("ITA",), ("NER",))
