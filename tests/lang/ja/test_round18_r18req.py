"""Round 18 (r18req): a trigger's `requires` read once, with classes of what it acts on.

Sentences of our own. A trigger row's `requires` names a class (<forces>, <services>:
patterns.tsv class_NAME) met by the head of the phrase acted on: a unit or a counter after
a numeral (10個大隊, 2個師団, 3隻), a joint project or exchange (金剛山観光, 協力事業). An
undoing noun's の-phrase of such a class is its object (金剛山観光の一時中断). Near-misses:
a theory or an argument deployed (理論を展開), a meeting of no state halted.
"""

from __future__ import annotations

from alliancewatch.lang.ja.lexicon import object_class, readings

from .test_coder import briefs


def test_units_and_counters_deployed_are_a_mobilisation():
    assert briefs("ベネズエラは国境に10個大隊を展開した。") == [("MOBILIZE", ("VEN",), ())]
    assert briefs("ロシアはウクライナとの国境付近に2個師団を展開した。") == [
        ("MOBILIZE", ("RUS",), ())
    ]
    assert briefs("中国は台湾海峡に2個旅団を展開した。") == [("MOBILIZE", ("CHN",), ())]
    # what is deployed in an argument is no force
    assert briefs("経済学者は新たな理論を展開した。") == []
    assert briefs("中国は独自の主張を展開した。") == []
    assert briefs("ロシアは国連で激しい論陣を展開した。") == []


def test_a_deployment_ordered_with_its_units_counts():
    out = briefs(
        "ベネズエラの大統領は2日、国境に戦車部隊を含む10個大隊を展開するよう国防相に命じた。"
    )
    assert ("MOBILIZE", ("VEN",), ()) in out


def test_a_joint_project_suspended_by_its_head_noun():
    assert ("SANCTION", ("KOR",), ("PRK",)) in briefs(
        "韓国政府は同日、北朝鮮の金剛山観光の一時中断を決めた。"
    )
    assert briefs("韓国政府は北朝鮮との共同事業を中断した。") == [("SANCTION", ("KOR",), ("PRK",))]
    assert briefs("韓国政府は北朝鮮との開城観光を中止した。") == [("SANCTION", ("KOR",), ("PRK",))]
    # a meeting of no state halted, or a meeting halting, is no sanction
    assert briefs("会議は中断した。") == []
    assert briefs("国連の会合が一時中断された。") == []
    assert briefs("大雨で試合は一時中断した。") == []


def test_a_genitive_counts_only_for_a_class_its_reading_names():
    # 削減 lists its forces itself (no <forces>): the の-phrase of a reduction mentioned is
    # no object that makes it an event (blind_ja 007 在韓米軍の削減に言及)
    assert briefs("トランプ氏は在韓米軍の削減に言及した。") == []


def test_units_called_home_are_a_withdrawal():
    assert briefs("ジョージアはイラクから2個旅団を呼び戻した。") == [
        ("RETREAT", ("GEO",), ("IRQ",))
    ]
    # an ambassador called home stays a recall
    assert briefs("日本は韓国から大使を呼び戻した。") == [("SANCTION", ("JPN",), ("KOR",))]


def test_the_head_noun_decides_the_class():
    assert object_class("戦車部隊を含む10個大隊") == "forces"
    assert object_class("金剛山観光") == "services"
    assert object_class("観光客") is None  # tourists are no project
    assert object_class("大隊長") is None  # a commander is no unit


def test_one_reader_of_requires():
    # alternatives of readings that must all hold, classes written out
    alts = readings("object:. or subject:(軍|部隊)$ and after:し(てい|、)")
    assert [[r.kind for r in alt] for alt in alts] == [["object"], ["subject", "after"]]
    assert "大隊" in readings("object:(艦|<forces>)")[0][0].pattern
    assert readings("object:(艦|<forces>)")[0][0].classes == ("forces",)
    assert readings("object:<state>")[0][0].pattern == "<state>"
    assert "<charge>" not in readings("before:<charge>")[0][0].pattern
    assert readings("receptive") == ()
