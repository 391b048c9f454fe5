"""Round 17 (r17slex): words and set phrases blind17 left out, checked as families.

Sentences of our own: a joint tourism project suspended (SANCTION), troops brought or called home
(RETREAT), a state of war declared at home (MOBILIZE), diplomats told in a clause to leave the
country (SANCTION), multilateral talks left (SANCTION with no target); near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import briefs


def test_a_joint_tourism_project_suspended_is_a_measure():
    assert ("SANCTION", ("CHN",), ("PRK",)) in briefs("中国政府は北朝鮮との観光事業を中断した。")
    # tourism in a place, with no partner, is no measure on a state
    assert briefs("中国政府は北朝鮮での観光を中断した。") == []


def test_troops_brought_home_are_a_retreat():
    assert ("RETREAT", ("EST",), ("MLI",)) in briefs(
        "エストニアがマリから帰還させた部隊は約300人だ。"
    )
    assert ("RETREAT", ("EST",), ("MLI",)) in briefs(
        "エストニア大統領は、マリに派遣している約300人の部隊を本国に呼び戻す方針を明らかにした。"
    )
    # hostages brought home are no act on a state; an ambassador called home stays a recall
    assert briefs("ネタニヤフ首相は「すべての人質を帰還させる」と述べた。") == []
    assert ("SANCTION", ("HUN",), ("ROU",)) in briefs("ハンガリーは駐ルーマニア大使を呼び戻した。")


def test_a_state_of_war_declared_is_a_mobilization():
    assert ("MOBILIZE", ("ARM",), ()) in briefs(
        "アルメニアのパシニャン首相は国内に戦時状態を宣言した。"
    )


def test_diplomats_told_to_leave_the_country_are_expelled():
    assert ("SANCTION", ("QAT",), ("BHR",)) in briefs(
        "カタールは、カタールに駐在するバーレーンの外交官に対し、48時間以内に国外へ退去するよう求めた。"
    )
    # leaving asked in a noun, of people who are no diplomats, is no expulsion
    assert not any(b[0] == "SANCTION" for b in briefs("イランは監視要員に国外退去を求めた。"))


def test_multilateral_talks_left_are_a_measure_with_no_target():
    assert briefs("イランは外務省声明を出して核協議からの離脱を宣言した。") == [
        ("SANCTION", ("IRN",), ())
    ]
    assert briefs("イランは日本との協議から離脱した。") == [("SANCTION", ("IRN",), ("JPN",))]
