"""Round 17 (r17lex): words and set phrases blind16 still left out, checked as families.

Sentences of our own: a named strike dealt to a force (火力打撃: ASSAULT), a violation denied
(REJECT), a defence treaty applied to a place (SUPPORT), a no-fly zone set up over a state and a
joint zone shut or its workers pulled out (SANCTION), refraining from one's own act (negated),
leaders gathered in one place and work towards a pact (CONSULT), work begun on a weapon
(MOBILIZE); near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import briefs, code


def _events(*paragraphs: str) -> list[str]:
    return [m.event for m in code(*paragraphs)]


def test_a_named_strike_dealt_to_a_force_is_an_attack():
    (m,) = code("朝鮮人民軍は韓国軍の挑発に報復打撃を加えた。")
    assert (m.event, m.trigger) == ("ASSAULT", "報復打撃")
    assert ("ASSAULT", ("PRK",), ("KOR",)) in briefs(
        "北朝鮮軍は韓国軍の砲撃に無慈悲な火力打撃で応じた。"
    )
    # a blow to an economy and a carrier strike group are none
    assert _events("ロシア経済は欧米の制裁で大きな打撃を受けた。") == []
    assert "ASSAULT" not in _events("米海軍は空母打撃群を日本海に派遣した。")


def test_a_violation_denied_is_a_rejection():
    assert briefs("米国はイランが合意に違反したと主張したが、イランは違反を否定した。") == [
        ("ACCUSE", ("USA",), ("IRN",)),
        ("REJECT", ("IRN",), ("USA",)),
    ]
    # one's own involvement in an attack denied stays the row's reading, no new type
    assert "REJECT" not in _events("イラン政府は会合への出席を否定した。")


def test_a_defence_treaty_applied_to_a_place_is_support():
    assert ("SUPPORT", ("JPN",), ("USA",)) in briefs(
        "米国防長官は、尖閣諸島には日米安全保障条約第5条が適用されると述べた。"
    )
    # a law or a sanction applied is none
    assert _events("米国はトルコに対する法律の適用を免除した。") == []


def test_a_no_fly_zone_set_up_over_a_state_is_a_sanction():
    assert briefs("国連安保理はシリアに飛行禁止区域を設けた。") == [
        ("SANCTION", ("UNO",), ("SYR",))
    ]
    assert _events("韓国政府は新たな規則を設けた。") == []


def test_a_joint_zone_shut_and_its_workers_pulled_out_are_sanctions():
    assert briefs("北朝鮮は韓国との共同の工業団地を閉鎖した。") == [
        ("SANCTION", ("PRK",), ("KOR",))
    ]
    assert briefs("北朝鮮は韓国との工業団地から労働者を引き揚げた。") == [
        ("SANCTION", ("PRK",), ("KOR",))
    ]
    # troops pulled out stay a retreat
    assert briefs("国連はマリから部隊を引き揚げた。") == [("RETREAT", ("UNO",), ("MLI",))]


def test_refraining_from_ones_own_act_is_that_act_not_done():
    (m,) = code("ロシアは新型ミサイルの配備は控えると表明した。")
    assert (m.event, m.factuality) == ("MOBILIZE", "negated")
    # a date still ahead, and restraint asked of another, are no refraining of one's own
    assert [
        (m.event, m.factuality) for m in code("選挙を5日後に控えた北朝鮮が弾道ミサイルを発射した。")
    ] == [("MOBILIZE", "asserted")]
    assert _events("米国は北朝鮮に挑発的な行動を控えるよう求めた。") == ["REQUEST"]


def test_leaders_gathered_in_one_place_are_in_talks():
    (m,) = code("米国と日本の両首脳が一堂に会した。")
    assert m.event == "CONSULT" and {a.code for a in m.actor + m.recipient} == {"USA", "JPN"}
    assert _events("両国の首脳は東京で会した。") == []


def test_work_towards_a_pact_is_talks():
    (m,) = code("日本と韓国は防衛協定の締結に向けた調整を進めていた。")
    assert m.event == "CONSULT" and {a.code for a in m.actor + m.recipient} == {"JPN", "KOR"}
    assert _events("日本政府は首脳の日程の調整を進めている。") == []


def test_work_begun_on_a_weapon_is_a_build_up():
    (m,) = code("中国は新型ミサイルの開発に来年着手する。")
    assert (m.event, m.factuality, tuple(a.code for a in m.actor)) == (
        "MOBILIZE",
        "planned",
        ("CHN",),
    )
    assert _events("日本政府は制度の見直しに着手した。") == []
