"""Round 15 (r15fix): two regressions of the round's venue and maker rules, found on blind7.

A place closed as a setting must not count as a written patient (it stopped a two-sided
fight splitting its doers), and a produce's origin (X産) bought is trade, not a giver, while
a maker (X製) of what is received still is. Sentences of our own.
"""

from __future__ import annotations

from .test_coder import briefs


def test_setting_does_not_stop_a_two_sided_fight():
    found = briefs(
        "イランとイスラエルは昨年6月、イラン側の首都テヘランで4月に起きた爆弾テロをきっかけに、"
        "ミサイルや無人機で攻撃し合う軍事衝突に発展した。"
    )
    assert ("ASSAULT", ("IRN",), ("ISR",)) in found


def test_setting_is_still_no_side():
    found = briefs("ジュネーブで始まる国連の会議にあわせて、イランはフランスに協力を求めた。")
    assert ("REQUEST", ("IRN",), ("FRA",)) in found
    assert all("CHE" not in (*a, *r) for _, a, r in found)


def test_produce_bought_is_trade_not_a_gift():
    assert briefs("トルコの製油会社がイラン産原油の調達を増やす可能性がある。") == []
    assert briefs("インドの首相は、ロシア産原油の調達を続ける考えを示した。") == []


def test_maker_of_what_is_received_still_gives():
    found = briefs("セルビアは、中国製の地対空ミサイルの受領を始めた。")
    assert ("AID", ("CHN",), ("SRB",)) in found


def test_ban_on_a_produce_written_as_a_noun_targets_its_state():
    # 〜産…の輸入停止: the noun form of 〜の輸入を停止, whose state is the target too
    assert ("SANCTION", ("CHN",), ("JPN",)) in briefs("中国は日本産水産物の輸入停止を発表した。")
    found = briefs(
        "韓国政府内では、北朝鮮が韓国産農産物の輸入停止など、"
        "さらなる対抗措置に踏み切る可能性があるとの見方も出ている。"
    )
    assert ("SANCTION", ("PRK",), ("KOR",)) in found
    assert briefs("韓国産の車を買った。") == []
