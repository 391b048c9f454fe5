"""Round 15 (r15slex): object classes of listed triggers widened as families.

Sentences of our own: 引き揚げる with diplomats, 解除 of a readiness state, 打ち切る with
exercises, 命じる with a よう-clause of leaving or closing; near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import brief, code


def _events(*paragraphs: str) -> list[str]:
    return [m.event for m in code(*paragraphs)]


def test_withdrawing_diplomats_is_a_retreat():
    ms = code("オーストラリアは3日、ロシアに駐在する外交官12人を引き揚げた。")
    assert [brief(m)[0] for m in ms] == ["RETREAT"], [brief(m) for m in ms]


def test_lifting_a_readiness_state_is_a_retreat():
    text = "シリアは5日、トルコとの国境の部隊に出していた「戦時状態」を解除した。"
    assert "RETREAT" in _events(text)
    # lifting something that is no state of readiness stays silent
    assert "RETREAT" not in _events("シリアは5日、国内の夜間外出の禁止令を見直した。")


def test_breaking_off_joint_exercises_is_a_sanction():
    assert "SANCTION" in _events("タイは6日、米軍との合同軍事演習を打ち切ると表明した。")
    # 打ち切る of a domestic matter is no event
    assert "SANCTION" not in _events("タイは6日、国内の調査を打ち切ると表明した。")


def test_ordering_a_mission_closed_with_yo_is_a_sanction():
    assert "SANCTION" in _events("英国は8日、ロシアに総領事館を48時間以内に閉鎖するよう命じた。")
    # ordering one's own troops to advance is no sanction
    assert "SANCTION" not in _events("ロシアは8日、部隊に前進するよう命じた。")
