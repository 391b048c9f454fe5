"""Round 14 (r14lex): vocabulary families blind13 showed missing, grown as families.

Sentences of our own: border and designation measures, force moves and port calls, each with
what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code

# --- a border, crossing or airspace closed to a state is a measure (SANCTION) -----------------


def test_border_crossings_closed_are_a_sanction():
    assert ("SANCTION", ("FIN",), ("RUS",)) in briefs(
        "フィンランド政府は、ロシアとの国境にある検問所をすべて閉鎖すると発表した。"
    )
    assert ("SANCTION", ("POL",), ("BLR",)) in briefs("ポーランドはベラルーシとの国境を封鎖した。")


def test_border_closure_in_a_headline_is_planned():
    (m,) = code(title="ノルウェー、ロシア国境の検問所を閉鎖へ")
    assert brief(m) == ("SANCTION", ("NOR",), ("RUS",)) and m.factuality == "planned"
    # none: what is closed, taken off or moved is no state's measure or force
    assert briefs("東京都内の店舗を閉鎖した。") == []
    assert briefs("警察は現場周辺の道路を封鎖しました。") == []
    assert briefs("大阪の工場を来月閉鎖する方針です。") == []


# --- designations: put back on the list is a SANCTION, taken off a RETREAT ------------------


def test_designated_again_is_a_sanction_not_aid():
    assert briefs("米政府は、北朝鮮を「テロ支援国家」に再指定した。") == [
        ("SANCTION", ("USA",), ("PRK",))
    ]
    (m,) = code(title="米政権、キューバをテロ支援国家に再指定")
    assert brief(m) == ("SANCTION", ("USA",), ("CUB",))


def test_a_lifting_withdrawn_is_the_measure_again():
    assert briefs("米大統領は、前政権が決めたキューバのテロ支援国家指定の解除を撤回した。") == [
        ("SANCTION", ("USA",), ("CUB",))
    ]


def test_taken_off_the_list_is_a_retreat():
    (m,) = code("米国務省は、キューバをテロ支援国家の指定から外す方針を議会に通知した。")
    assert brief(m) == ("RETREAT", ("USA",), ("CUB",)) and m.factuality == "planned"
    # none: what is closed, taken off or moved is no state's measure or force
    assert briefs("監督は田中選手を代表メンバーから外した。") == []
    assert briefs("キューバ外務省は「キューバはテロ支援国家ではない」と強調した。") == []


# --- a force moved, a posture reinforced, a warship in a foreign port (MOBILIZE) -------------


def test_units_moved_are_a_force_move():
    (m,) = code("イスラエル軍は第36師団を南部から北部国境に移したとみられる。")
    assert brief(m) == ("MOBILIZE", ("ISR",), ()) and m.factuality == "probable"
    (n,) = code("イスラエル国防軍は、戦力の重心を北部に移すと表明しました。")
    assert brief(n) == ("MOBILIZE", ("ISR",), ()) and n.factuality == "planned"
    assert ("MOBILIZE", ("RUS",), ()) in briefs("ロシア軍は部隊をベラルーシ国境へ移動させた。")
    # none: what is closed, taken off or moved is no state's measure or force
    assert briefs("トヨタは本社機能を名古屋に移した。") == []
    assert briefs("中国は対北朝鮮政策の重心を移した可能性もある。") == []
    assert briefs("日本政府は観光客を安全な場所へ移動させた。") == []


def test_military_posture_reinforced():
    (m,) = code("ロシアは国境付近の軍事態勢を強化する方針を示している。")
    assert brief(m) == ("MOBILIZE", ("RUS",), ()) and m.factuality == "planned"


def test_warship_entering_a_port():
    assert ("MOBILIZE", ("CHN",), ()) in briefs(
        "中国海軍の駆逐艦が、スリランカのコロンボ港に入港した。"
    )
    assert briefs("中国の貨物船が横浜港に入港した。") == []


def test_survey_ship_calling_at_a_port_is_its_own_move():
    assert briefs("中国の海洋調査船がモルディブの首都マレに寄港した。") == [
        ("MOBILIZE", ("CHN",), ())
    ]
    # a call a state hosts stays the two states' contact; a cruise ship is none
    assert briefs("フィジーは米海軍艦艇の寄港を受け入れた。") == [("COOPERATE", ("FJI",), ("USA",))]
    assert briefs("大型クルーズ船が那覇港に寄港した。") == []


# --- troops told as stationed in a host (AID), not a unit or base described so ----------------


def test_troops_stationed_in_a_host_written_with_niwa():
    assert briefs("シリア東部には、過激派対策のため米兵約900人が駐留している。") == [
        ("AID", ("USA",), ("SYR",))
    ]
    assert ("AID", ("USA",), ("KOR",)) in briefs(
        "韓国には在韓米軍約2万8500人が駐留し、北朝鮮の脅威に備えている。"
    )
    # none: a base described by who is stationed there, stationing as a thing rejected
    assert ("AID", ("USA",), ("IRQ",)) not in briefs(
        "イランは、イラク西部の米軍が駐留する基地に弾道ミサイルを発射した。"
    )
    assert not [
        b
        for b in briefs(
            "ロシア外務省は「NATO軍がウクライナに駐留することは容認できない」と述べた。"
        )
        if b[0] == "AID"
    ]


# --- keeping in contact is a talk; a site built in a host is aid; an exit taking effect ------


def test_keeping_in_contact_with_a_state_is_a_consult():
    assert briefs("日本政府は中国政府と緊密に連絡を取っている。") == [
        ("CONSULT", ("JPN",), ("CHN",))
    ]
    (m,) = code("韓国外務省は、北朝鮮と連絡をとる方針だ。")
    assert brief(m) == ("CONSULT", ("KOR",), ("PRK",)) and m.factuality == "planned"
    assert briefs("田中さんは家族と連絡を取った。") == []


def test_site_completed_in_a_host_is_aid():
    (m,) = code("ロシアは、ベラルーシ領内に核弾頭の保管施設を年内に完成させると表明した。")
    assert brief(m) == ("AID", ("RUS",), ("BLR",)) and m.factuality == "planned"
    assert briefs("トヨタは愛知県に新工場を完成させた。") == []


def test_exit_taking_effect_is_the_exit():
    assert briefs("ラトビアは、対人地雷禁止条約からの脱退が今月発効した。") == [
        ("SANCTION", ("LVA",), ())
    ]
    # a treaty taking effect stays its parties' SUPPORT
    assert briefs("日本とフィリピンの円滑化協定が発効した。") == [("SUPPORT", ("JPN",), ("PHL",))]
