"""Round 15 (r15spres): an act named as what is halted is background, not a new event.

Sentences of our own: the halted act (砲撃を中断, 演習を停止させ) yields no event of its
own; the act itself, told without a halt, still does.
"""

from __future__ import annotations

from .test_coder import briefs, code


def _events(text: str) -> list[str]:
    return [m.event for m in code(text)]


def test_halted_attack_is_no_assault():
    assert "ASSAULT" not in _events("イスラエル軍は12日、レバノン南部への砲撃を一時中断した。")
    assert "ASSAULT" not in _events("両軍は13日、国境での戦闘を停止することで合意した。")
    text = "シリアは声明で、トルコに対し、侵攻を直ちに停止するよう求めた。"
    assert "ASSAULT" not in _events(text), briefs(text)


def test_attack_told_without_halt_stays():
    assert "ASSAULT" in _events("イスラエル軍は12日、レバノン南部を砲撃した。")
    assert "ASSAULT" in _events("ロシア軍は13日、ウクライナ東部で戦闘を続けた。")
