"""Round 24 (r24sanc): SANCTION and MOBILIZE wording recurring over the blind sets' misses.

A host closing a state's mission names the mission as the の-phrase of 閉鎖 (総領事館の閉鎖を
決定: class <missions>); boats (掃海艇) and a list of ships summed up by their count (…の計6隻)
are a navy's own forces sent; forces ordered to take or tighten an alert posture (警戒態勢を
取るよう命じた) are mobilised by the state that orders it, as those ordered onto a war footing.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ロシア外務省は、サンクトペテルブルクの米総領事館の閉鎖を決定した。", ("RUS", "USA")),
        ("ベネズエラ政府は、コロンビア大使館の閉鎖も指示した。", ("VEN", "COL")),
    ],
)
def test_a_mission_closed_named_by_its_no_phrase_is_a_sanction(sentence, expected):
    (m,) = [m for m in code(sentence) if m.event == "SANCTION"]
    assert (m.actor[0].code, m.recipient[0].code) == expected
    assert m.factuality == "asserted"


def test_a_plant_closed_is_no_sanction():
    found = briefs("フランス政府は、国内の工場の閉鎖を決めた。")
    assert not [b for b in found if b[0] == "SANCTION"]


@pytest.mark.parametrize(
    "sentence",
    [
        "日本政府は、掃海艇3隻を派遣した。",
        "日本政府は、海上自衛隊の掃海艇2隻と補給艦の計3隻を派遣することを決めた。",
    ],
)
def test_boats_and_a_sum_of_ships_sent_are_a_navy_moving(sentence):
    assert ("MOBILIZE", ("JPN",), ()) in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("イスラエル首相は、国軍に厳戒態勢を取るよう命じた。", ("ISR",)),
        ("北朝鮮の金正恩氏は、全部隊に戦闘態勢を取るよう命じた。", ("PRK",)),
    ],
)
def test_an_alert_posture_ordered_is_mobilised(sentence, actor):
    (m,) = [m for m in code(sentence) if m.event == "MOBILIZE"]
    assert tuple(a.code for a in m.actor) == actor and m.factuality == "asserted"


def test_other_orders_are_no_mobilisation():
    found = briefs("韓国政府は、関係省庁に被害を調べるよう命じた。")
    assert not [b for b in found if b[0] in ("MOBILIZE", "SANCTION")]
