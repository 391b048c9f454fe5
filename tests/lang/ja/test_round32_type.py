"""Round 32 (type): incidents typed wrongly and uncoded (blind38, blind39 TYPE and OTHER):
collisions of ships and aircraft, incursions, notes handed as protests, attacks only
prepared, refusals to sign, warnings of consequences. Sentences of our own, in news style."""

from __future__ import annotations

from .test_coder import briefs, code


def _types(text: str) -> set[str]:
    return {b[0] for b in briefs(text)}


def test_vehicles_in_contact_collide():
    # 接触 said of aircraft or ships is a collision (ruling 48), the striker acting
    assert ("ASSAULT", ("CHN",), ("JPN",)) in briefs("中国海警局の船が日本の巡視船に接触した。")
    assert ("ASSAULT", ("CHN",), ("JPN",)) in briefs(
        "日本の哨戒機が中国軍の戦闘機に接触されて損傷した。"
    )
    assert "CONSULT" not in _types("中国海警局の船が日本の巡視船に接触した。")
    # officials in contact stay a contact
    assert _types("日本の外相が韓国の外相と接触した。") == {"CONSULT"}


def test_a_states_drone_is_its_force():
    assert ("ASSAULT", ("RUS",), ("USA",)) in briefs("ロシア軍機が米無人機に体当たりした。")
    assert briefs("ロシア軍機が無人機に衝突した。") == []


def test_a_states_plane_flies():
    assert briefs("中国機が日本の防空識別圏を飛行した。") == [("MOBILIZE", ("CHN",), ())]
    assert briefs("民間機が日本の上空を飛行した。") == []


def test_an_incursion_is_no_joint_act():
    found = _types("中国とロシアの爆撃機が日本の領空を侵犯した。")
    assert "COOPERATE" not in found and "MOBILIZE" in found


def test_a_note_handed_to_a_government_is_a_protest():
    assert briefs("中国政府、英国政府に覚書　「内政干渉だ」") == [("ACCUSE", ("CHN",), ("GBR",))]
    # a memorandum with a partner is signed
    assert briefs("日本、インドと覚書") == [("SUPPORT", ("JPN",), ("IND",))]


def test_an_attack_prepared_is_no_attack():
    assert briefs("ロシアがウクライナへの攻撃準備を進めている。") == [("MOBILIZE", ("RUS",), ())]
    assert briefs("ロシアがウクライナへの攻撃を開始した。") == [("ASSAULT", ("RUS",), ("UKR",))]
    # the attack named with の before 準備 is planned, not told as done
    found = [(m.event, m.factuality) for m in code("米国がイラクへの軍事侵攻の準備を急いでいる。")]
    assert ("ASSAULT", "asserted") not in found
    assert [m.factuality for m in code("米国はイラクに軍事侵攻した。")] == ["asserted"]


def test_refusing_to_sign_is_a_rejection():
    assert briefs("パキスタンは条約に署名しない立場を表明した。") == [("REJECT", ("PAK",), ())]
    assert briefs("ブラジルは議定書を批准しないと宣言した。") == [("REJECT", ("BRA",), ())]
    # a signing that did not happen stays the signing negated
    found = [(m.event, m.factuality) for m in code("韓国は条約に署名しなかった。")]
    assert found == [("SUPPORT", "negated")]


def test_blame_for_consequences_is_a_warning():
    text = "中国外務省の報道官は「すべての結果の責任は米国が負わなければならない」と述べた。"
    assert briefs(text) == [("THREATEN", ("CHN",), ("USA",))]
    text = "中国外務省の報道官は「米国は直ちに撤回しなければならない」と述べた。"
    assert briefs(text) == [("REQUEST", ("CHN",), ("USA",))]


def test_a_check_with_a_response_foretold_is_a_warning():
    text = "ロシアの大統領は「わが国への挑発には報復する」と述べ、英国をけん制した。"
    assert ("THREATEN", ("RUS",), ("GBR",)) in briefs(text)
    text = "ロシアの大統領は「英国の行動は容認できない」と述べ、英国をけん制した。"
    assert ("THREATEN", ("RUS",), ("GBR",)) not in briefs(text)
