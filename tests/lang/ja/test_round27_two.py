"""Round 27 (two): acts a pair does each on its own side. A withdrawal by two states written
as one subject (AとBが撤収, 両国の兵士が引き揚げ) is each one's from the other; a build-up by
both (両国は国境に部隊を集結させた) is MOBILIZE of each, not a joint drill; a state that signs
an accord with a non-state faction signs it alone (SUPPORT state -> [])."""

from __future__ import annotations

from .test_coder import briefs


def test_pair_withdraws_each_from_the_other_headline():
    got = briefs("インドとパキスタンが部隊を撤収")
    assert ("RETREAT", ("IND",), ("PAK",)) in got
    assert ("RETREAT", ("PAK",), ("IND",)) in got


def test_pair_withdraws_causative_with_each():
    got = briefs(
        "対立していたアルメニアとアゼルバイジャンは、国境に展開させていた部隊をそれぞれ撤収させた。"
    )
    assert ("RETREAT", ("ARM",), ("AZE",)) in got
    assert ("RETREAT", ("AZE",), ("ARM",)) in got


def test_both_countries_troops_pull_out_as_subject():
    got = briefs(
        "タイとカンボジアの緊張は和らいだ。",
        "両国の兵士は31日までに係争地から引き揚げた。",
    )
    assert ("RETREAT", ("THA",), ("KHM",)) in got
    assert ("RETREAT", ("KHM",), ("THA",)) in got


def test_withdrawal_from_a_third_state_stays_one_mention():
    got = briefs("ロシアと米国は部隊をシリアから撤収させた。")
    assert not any(b[0] == "RETREAT" and b[2] in (("RUS",), ("USA",)) for b in got), got


def test_one_state_withdrawal_unchanged():
    got = briefs("米軍はイラクから撤収した。")
    assert ("RETREAT", ("USA",), ("IRQ",)) in got


def test_pair_masses_troops_is_mobilize_not_cooperate():
    for text in (
        "インドとパキスタンは国境に部隊を集結させた。",
        "エチオピアとエリトリアは国境地帯に兵力を集結させた。",
    ):
        got = briefs(text)
        assert any(b[0] == "MOBILIZE" and len(b[1]) == 2 for b in got), got
        assert not any(b[0] == "COOPERATE" for b in got), got


def test_both_countries_mass_troops_after_pair_named():
    got = briefs(
        "ペルーとエクアドルの国境紛争が再燃した。",
        "同月には、両国は国境に部隊を集結させた。",
    )
    assert any(b[0] == "MOBILIZE" and set(b[1]) == {"PER", "ECU"} for b in got), got


def test_joint_exercise_stays_cooperate():
    got = briefs("日本と米国は共同で演習を行った。")
    assert any(b[0] == "COOPERATE" for b in got), got


def test_state_signs_accord_with_faction_alone():
    for text, code in (
        ("パプアニューギニア政府と分離独立派の代表は、恒久停戦の合意文書に署名した。", "PNG"),
        ("コロンビア政府と反政府ゲリラは停戦合意に調印した。", "COL"),
        ("フィリピン政府は反政府勢力との和平合意に署名した。", "PHL"),
    ):
        assert ("SUPPORT", (code,), ()) in briefs(text)


def test_accord_signed_alone_without_faction_stays_silent():
    assert briefs("パプアニューギニア政府は合意文書に署名した。") == []


def test_withdrawal_agreed_is_no_split():
    # the accord is told, not the withdrawal: no mention per side
    for text in (
        "ロシアとウクライナは前線から部隊を撤収させることで合意した。",
        "新たな合意は、双方が前線から重火器を撤収し、捕虜を交換することを盛り込んだ。",
    ):
        got = briefs(text)
        assert not any(b[0] == "RETREAT" and len(b[1]) == 1 and len(b[2]) == 1 for b in got), got


def test_equipment_used_in_joint_drill_stays_joint():
    got = briefs("米国と韓国は戦略爆撃機を動員した合同空中訓練を行った。")
    assert not any(b[0] == "MOBILIZE" for b in got), got
