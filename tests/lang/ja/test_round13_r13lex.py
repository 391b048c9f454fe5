"""Round 13 (r13lex): the cooperative and diplomatic lexicon as families — diplomatic ties
established, restored or planned, missions opened, states drawing closer."""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def _sides(m) -> set[str]:
    return {a.code for a in m.actor + m.recipient}


# ties established or restored are COOPERATE; a plan to establish or restore them is an AGREE
@pytest.mark.parametrize(
    "text, sides",
    [
        ("ベトナムは1992年に韓国と国交を結んだ。", {"VNM", "KOR"}),
        ("ブータンはインドと外交関係を樹立した。", {"BTN", "IND"}),
        ("ホンジュラスは先月、中国と国交を樹立した。", {"HND", "CHN"}),
    ],
)
def test_ties_established_are_cooperation(text, sides):
    (m,) = [m for m in code(text) if m.event != "SANCTION"]
    assert m.event == "COOPERATE" and _sides(m) == sides and m.factuality == "asserted"


@pytest.mark.parametrize(
    "text, sides",
    [
        ("ソロモン諸島、中国と国交樹立へ", {"SLB", "CHN"}),
        ("エジプトとトルコ、国交回復へ", {"EGY", "TUR"}),
        ("パラグアイ政府は中国と外交関係を樹立する方針を明らかにした。", {"PRY", "CHN"}),
        ("韓国はロシアとの関係を正常化する方針を示した。", {"KOR", "RUS"}),
    ],
)
def test_ties_planned_are_an_agreement(text, sides):
    (m,) = code(text)
    assert m.event == "AGREE" and _sides(m) == sides and m.factuality == "planned"


def test_a_treaty_concluded_and_a_partnership_established_stay_support():
    assert briefs("日本はフィリピンと防衛協定を結んだ。") == [("SUPPORT", ("JPN",), ("PHL",))]
    (m,) = code("中国はソロモン諸島と包括的戦略パートナーシップを樹立した。")
    assert m.event == "SUPPORT"


def test_ties_restored_but_not_order_or_trust():
    (m,) = code("カタールは昨年、アラブ首長国連邦との外交関係を回復した。")
    assert m.event == "COOPERATE" and _sides(m) == {"QAT", "ARE"}
    assert code("ミャンマー軍は首都の秩序を回復した。") == []


# a mission opened or reopened is ties resumed; a base opened is a force's own move
@pytest.mark.parametrize(
    "text, sides",
    [
        ("サウジアラビアは6日、テヘランの大使館を再開した。", {"SAU", "IRN"}),
        ("中国はソロモン諸島に大使館を開設した。", {"CHN", "SLB"}),
        ("ニュージーランドはトンガに代表部を開設した。", {"NZL", "TON"}),
    ],
)
def test_missions_opened_are_cooperation(text, sides):
    (m,) = code(text)
    assert m.event == "COOPERATE" and _sides(m) == sides


def test_trade_reopened_stays_easing_and_a_base_opened_is_mobilisation():
    assert briefs("日本はウクライナからの穀物の輸入を再開した。") == [
        ("RETREAT", ("JPN",), ("UKR",))
    ]
    (m,) = code("インド海軍は6日、ラクシャディープ諸島の島に新たな基地を開設した。")
    assert brief(m) == ("MOBILIZE", ("IND",), ())
    assert code("日本は都内に新たな研究所を開設した。") == []


# states drawing closer are COOPERATE; a ship or aircraft closing in is no event of that kind
@pytest.mark.parametrize(
    "text, sides",
    [
        ("ニカラグアは近年、ロシアへの接近を強めている。", {"NIC", "RUS"}),
        ("米国とベトナムの接近に中国が神経をとがらせている。", {"USA", "VNM"}),
    ],
)
def test_states_drawing_closer_cooperate(text, sides):
    found = [m for m in code(text) if m.event == "COOPERATE"]
    assert [_sides(m) for m in found] == [sides]


@pytest.mark.parametrize(
    "text",
    [
        "中国海軍の駆逐艦が接近し、ソナーを作動させたという。",
        "中国軍の戦闘機が自衛隊機に異常に接近した。",
        "中国海警局の船がフィリピンの補給船に接近し、放水した。",
        "大型の台風の接近でフィリピン行きの航空便が欠航した。",
    ],
)
def test_vessels_closing_in_are_no_rapprochement(text):
    assert not [m for m in code(text) if m.event == "COOPERATE"]


# peace made is a pact concluded (SUPPORT), as a treaty is
def test_peace_made_is_a_pact():
    (m,) = code("エリトリアは2018年にエチオピアと和平を結んだ。")
    assert m.event == "SUPPORT" and _sides(m) == {"ERI", "ETH"}


# a state designated an ally is COOPERATE; the group in 非NATO is no party
def test_a_state_designated_an_ally():
    (m,) = code("バイデン大統領は、カタールを「主要な非NATO同盟国」に指定すると表明した。")
    assert m.event == "COOPERATE" and _sides(m) == {"USA", "QAT"}


@pytest.mark.parametrize(
    "text",
    [
        "米国は同盟国の日本と緊密に連絡を取っている。",
        "米国は同盟国に最新鋭の戦闘機を供与した。",
    ],
)
def test_an_ally_named_is_no_designation(text):
    assert not [m for m in code(text) if m.event == "COOPERATE" and m.trigger == "同盟国"]


# troops back home from another state are withdrawn; a leader's trip home is not
def test_troops_back_home_are_withdrawn():
    assert briefs("インド軍の兵士全員がモルディブから帰国した。") == [
        ("RETREAT", ("IND",), ("MDV",))
    ]
    assert code("中国の習近平国家主席は5日、ロシアから帰国した。") == []


# an alliance founded by states is their SUPPORT; the body founded is no party of it
def test_an_alliance_founded_by_its_members():
    (m,) = code("マリ・ブルキナファソ・ニジェール、相互防衛の「サヘル諸国同盟」を創設")
    assert m.event == "SUPPORT" and _sides(m) == {"MLI", "BFA", "NER"}
    assert code("日本は今年度、同志国への安全保障能力強化支援（OSA）を創設した。") == []


# a joint statement issued is its signers' SUPPORT; one that says something is coded by what it
# says, and one issued with an agreement told in its clause is that AGREE alone
@pytest.mark.parametrize(
    "text, sides",
    [
        ("日本とフィリピンは共同声明を出した。", {"JPN", "PHL"}),
        ("インド、ブラジル、南アフリカは12日、3カ国共同声明を発表した。", {"IND", "BRA", "ZAF"}),
        ("トルコ・アゼルバイジャン・パキスタン3カ国共同声明を発表", {"TUR", "AZE", "PAK"}),
    ],
)
def test_a_joint_statement_issued_is_support(text, sides):
    (m,) = code(text)
    assert m.event == "SUPPORT" and _sides(m) == sides


def test_a_joint_statement_that_condemns_is_the_accusation():
    found = briefs("日本と韓国の外相は5日、北朝鮮の核実験を非難する共同声明を発表した。")
    assert ("ACCUSE", ("JPN", "KOR"), ("PRK",)) in found
    assert not [b for b in found if b[0] == "SUPPORT"]
    said = code("「航行の自由を守る」との共同声明を日米が出した。")
    assert not [m for m in said if m.event == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "日米首脳は、同盟を一層強化することで一致し、共同声明を発表した。",
        "英国とフランスは共同声明を発表し、防衛協力を拡大することで合意したと明らかにした。",
    ],
)
def test_a_joint_statement_recording_an_agreement_is_the_agreement(text):
    assert [m.event for m in code(text) if m.event in ("SUPPORT", "AGREE")] == ["AGREE"]


def test_a_joint_statement_that_speaks_or_is_cited_is_no_issue():
    speaks = code("日米の共同声明は、中国の行動に強い懸念を示した。")
    cited = code("両国の共同声明によると、撤収は既に始まっている。")
    assert not [m for m in speaks + cited if m.event == "SUPPORT"]


# sites designated or added for another state's forces: the force that may use them is the partner
@pytest.mark.parametrize(
    "text",
    [
        "ポーランド政府は5日、米軍が使用できる国内の基地を新たに2カ所指定したと発表した。",
        "ポーランド、米軍が使える拠点を3カ所追加",
    ],
)
def test_sites_designated_for_an_allys_forces(text):
    (m,) = code(text)
    assert m.event == "COOPERATE" and _sides(m) == {"POL", "USA"}


def test_sites_attacked_or_targets_listed_are_no_designation():
    assert briefs("イランは米軍が使用する拠点を攻撃した。") == [("ASSAULT", ("IRN",), ("USA",))]
    assert [m.event for m in code("米国は北朝鮮の関連団体を制裁対象に指定した。")] == ["SANCTION"]


# a declaration issued under its own name is its signers' SUPPORT, even beside their agreement
def test_a_named_declaration_issued_is_support():
    (m,) = code("日本とフィリピンは「マニラ宣言」を採択した。")
    assert m.event == "SUPPORT" and _sides(m) == {"JPN", "PHL"}
    found = briefs("ペルーとチリの両首脳は、国境を画定することで一致し、「リマ宣言」を発表した。")
    assert {b[0] for b in found} == {"AGREE", "SUPPORT"}


def test_a_declaration_of_an_act_or_a_speaking_declaration_is_no_issue():
    assert not [m for m in code("ロシアは一方的に停戦を宣言した。") if m.event == "SUPPORT"]
    assert not [m for m in code("G7首脳宣言は、ロシアを強く非難した。") if m.event == "SUPPORT"]
