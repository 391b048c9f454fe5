"""Round 16 (r16lex): missing words and set phrases as families (blind15 LEX and TYPE).

Sentences of our own: an order said as a よう-clause (出国するよう命じた), stance verbs whose
content names a charge (関与を指摘した), a rebuttal that only denies (中傷だと反論: REJECT),
solemn representations (厳正な申し入れ: ACCUSE), warships setting out, a declared break and
a postponed visit; near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _events(*paragraphs: str) -> list[str]:
    return [m.event for m in code(*paragraphs)]


def test_ordering_diplomats_out_with_a_yo_clause_is_a_sanction():
    assert briefs("ベネズエラは3日、コロンビアの外交官に72時間以内に出国するよう命じた。") == [
        ("SANCTION", ("VEN",), ("COL",))
    ]
    assert ("SANCTION", ("USA",), ("RUS",)) in briefs(
        "米国は10日、ロシアの総領事館に対し、48時間以内に閉鎖するよう命じた。"
    )
    # ordering one's own troops forward, or officials to look into something, is no sanction
    assert "SANCTION" not in _events("ロシアは8日、部隊に前進するよう命じた。")
    assert _events("首相は関係省庁に被害状況を調べるよう指示した。") == []


def test_ordering_forces_onto_a_war_footing_is_a_mobilisation():
    (m,) = code("シリアは5日、国境の部隊に「戦時状態」に入るよう命令した。")
    assert brief(m) == ("MOBILIZE", ("SYR",), ())


def test_a_charge_pointed_out_is_an_accusation():
    assert briefs("オーストラリア首相は、一連の事件へのロシア政府の関与を指摘した。") == [
        ("ACCUSE", ("AUS",), ("RUS",))
    ]
    assert briefs("英国はイランに攻撃の責任があると結論づけた。") == [
        ("ACCUSE", ("GBR",), ("IRN",))
    ]
    assert briefs("韓国軍は、爆発はロシア軍が仕掛けた機雷によるものだと断定した。") == [
        ("ACCUSE", ("KOR",), ("RUS",))
    ]
    # a neutral remark is no accusation
    assert _events("日本政府は、中国との対話の継続が重要だと指摘した。") == []
    assert _events("韓国政府はロシアとの対話が必要だと主張した。") == []


def test_a_rebuttal_that_calls_the_claim_a_slander_rejects_it():
    assert briefs("ロシア外務省は、英国の主張は「悪意に満ちた中傷だ」と反論した。") == [
        ("REJECT", ("RUS",), ("GBR",))
    ]
    assert briefs("インド大使館は「パキスタン側の臆測には根拠がない」と反論した。") == [
        ("REJECT", ("IND",), ("PAK",))
    ]
    # a rebuttal that blames the other side stays an accusation, and rejects the charge
    # answered (round 20 s20min: the gold since blind16 codes both)
    assert briefs("インドは、違反しているのはむしろパキスタン軍だと反論した。") == [
        ("ACCUSE", ("IND",), ("PAK",)),
        ("REJECT", ("IND",), ("PAK",)),
    ]


def test_solemn_representations_are_a_protest():
    assert briefs("ロシア外務省は英国に対し、厳正な申し入れを行った。") == [
        ("ACCUSE", ("RUS",), ("GBR",))
    ]
    # asking for something through the same channel stays a request
    assert briefs("日本は韓国に再発防止を厳重に申し入れた。") == [("REQUEST", ("JPN",), ("KOR",))]


def test_moves_and_set_phrases():
    assert briefs("ロシア海軍の艦隊が3日、ウラジオストクを出航した。") == [
        ("MOBILIZE", ("RUS",), ())
    ]
    assert _events("フェリーが2日、港を出航した。") == []
    # a submarine fleet sent out of its bases by a causative is the same move
    assert ("MOBILIZE", ("PRK",), ()) in briefs("北朝鮮は潜水艦の7割を基地から出航させた。")
    assert ("SANCTION", ("PHL",), ("CHN",)) in briefs(
        "フィリピン大統領は「中国と決別する」と宣言した。"
    )


def test_a_postponed_visit_is_a_visit_not_made():
    (m,) = code("ロシア外相はトルコ訪問を延期すると発表した。")
    assert brief(m) == ("CONSULT", ("RUS",), ("TUR",)) and m.factuality == "negated"
