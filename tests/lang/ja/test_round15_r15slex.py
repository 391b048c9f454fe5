"""Round 15 (r15slex): object classes of listed triggers widened as families.

Sentences of our own: 引き揚げる with diplomats, 解除 of a readiness state, 打ち切る with
exercises; near-misses must not fire.
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
