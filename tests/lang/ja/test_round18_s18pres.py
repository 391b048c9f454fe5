"""Round 18 (s18pres): an act named before a quote of judging (米国の攻撃を「…」と批判した)
is what the statement is about; its judge talks about it, and a state of another clause
is no unsaid side of it (blind18 018 PRES)."""

from __future__ import annotations

from .test_coder import briefs


def test_judged_act_takes_no_target_from_the_next_clause():
    out = briefs(
        "フランス外務省は米軍の空爆を「国際法に反する行為だ」と非難したが、英国は理解を示した。"
    )
    assert ("ACCUSE", ("FRA",), ("USA",)) in out
    assert not any(e == "ASSAULT" for e, _, _ in out)


def test_judged_shelling_takes_no_target_from_a_talk():
    out = briefs("ロシア外務省は北朝鮮の砲撃を「容認できない」と非難し、韓国と協議した。")
    assert ("ACCUSE", ("RUS",), ("PRK",)) in out
    assert ("CONSULT", ("RUS",), ("KOR",)) in out
    assert not any(e == "ASSAULT" for e, _, _ in out)


def test_judged_attack_with_a_later_supporter():
    out = briefs(
        "ロシアのプーチン大統領は米国の攻撃を「許し難い行為だ」と批判したが、"
        "英国のジョンソン首相は米国の行動を支持した。"
    )
    assert ("SUPPORT", ("GBR",), ("USA",)) in out
    assert not any(e == "ASSAULT" for e, _, _ in out)


def test_judged_attack_with_its_target_written_is_kept():
    out = briefs("ロシア外務省は北朝鮮による韓国への砲撃を「容認できない」と非難した。")
    assert ("ASSAULT", ("PRK",), ("KOR",)) in out
    assert ("ACCUSE", ("RUS",), ("PRK",)) in out


def test_attack_told_as_its_own_clause_is_kept():
    out = briefs("米軍はイラクを空爆し、ロシア外務省はこれを「許し難い」と非難した。")
    assert ("ASSAULT", ("USA",), ("IRQ",)) in out
