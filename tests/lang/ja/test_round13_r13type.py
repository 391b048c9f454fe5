"""Round 13 (r13type): the type of a found trigger, as the adjudicated gold has it.

A supplier that says it gives no more (これ以上行わない, もはや送っていない) stops its aid, a
SANCTION; a rebuttal that rejects a named charge is a REJECT; principles affirmed together are
an AGREE; a decree or a domestic law signed, commodities exported and a hard choice one is
faced with are no SUPPORT, AID or REQUEST.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def test_a_supplier_giving_no_more_sanctions_the_recipient():
    (m,) = code("ハンガリーはウクライナへの弾薬の供与をこれ以上行わない考えを示した。")
    assert brief(m) == ("SANCTION", ("HUN",), ("UKR",)) and m.factuality == "planned"
    (m,) = code("スロバキアの首相は「わが国はもはやウクライナに兵器を送っていない」と語った。")
    assert brief(m) == ("SANCTION", ("SVK",), ("UKR",)) and m.factuality == "asserted"
    ms = code("チェコはウクライナへの戦車の供与を今後は行わないと表明した。")
    assert [brief(m) for m in ms] == [("SANCTION", ("CZE",), ("UKR",))]


def test_aid_denied_or_never_given_stays_a_negated_aid():
    (m,) = code("日本はウクライナに殺傷兵器を供与しない方針を変えていない。")
    assert brief(m) == ("AID", ("JPN",), ("UKR",)) and m.factuality == "negated"
    ms = code("イランはロシアに無人機を送った事実はないと否定した。")
    assert ms and all(m.event == "AID" and m.factuality == "negated" for m in ms)
    # an aid given and no adverb of stopping: still aid
    assert ("AID", ("DEU",), ("UKR",)) in briefs("ドイツはウクライナに防空システムを供与した。")


def test_a_rebuttal_of_a_named_charge_is_a_reject():
    assert briefs("中国は「フィリピン側の主張は事実と異なる」と反論した。") == [
        ("REJECT", ("CHN",), ("PHL",))
    ]
    assert briefs("ロシアはバルト3国の非難に反論した。")[0][0] == "REJECT"
    assert briefs("中国はカナダ側の批判に反論した。") == [("REJECT", ("CHN",), ("CAN",))]


def test_a_rebuttal_that_blames_or_only_denies_is_no_reject():
    # a counter-charge stays an accusation, and rejects the charge answered (round 20
    # s20min: the gold since blind16 codes both)
    assert briefs("インドは「停戦を破ったのはパキスタンの方だ」と反論した。") == [
        ("ACCUSE", ("IND",), ("PAK",)),
        ("REJECT", ("IND",), ("PAK",)),
    ]
    # a bare denial names no side whose claim it rejects: nothing of the rebuttal
    ms = briefs("北朝鮮は、ロシアとの協力は国際法に反しないと反論した。")
    assert all(b[0] not in ("REJECT", "ACCUSE") for b in ms)


def test_principles_affirmed_together_are_an_agreement():
    ms = briefs("エジプトとトルコは主権の尊重と内政不干渉の原則を確認した。")
    assert ms and ms[0][0] == "AGREE" and set(ms[0][1] + ms[0][2]) == {"EGY", "TUR"}
    # a fact checked is no agreement
    assert briefs("韓国軍は北朝鮮の無人機の残骸を確認した。") == []


def test_a_decree_or_domestic_law_signed_is_no_treaty():
    ms = briefs("ロシアのプーチン大統領は、米国との条約の廃棄に関する連邦法に署名した。")
    assert all(b[0] != "SUPPORT" for b in ms)
    ms = briefs("ロシアは日本との交流事業を停止した。政令にはミシュスチン首相が署名した。")
    assert ms == [("SANCTION", ("RUS",), ("JPN",))]
    # a treaty signed still is
    ms = briefs("ロシアとベラルーシは安全保障条約に署名した。")
    assert ms and ms[0][0] == "SUPPORT" and set(ms[0][1] + ms[0][2]) == {"RUS", "BLR"}


def test_commodities_exported_are_no_aid():
    assert all(b[0] != "AID" for b in briefs("ウクライナからの穀物の輸出が止まった。"))
    assert briefs("ブラジルは大豆を中国に輸出している。") == []
    # arms exported are
    assert ("AID", ("KOR",), ("POL",)) in briefs("韓国はポーランドに戦車を輸出した。")


def test_a_hard_choice_one_faces_is_no_request():
    ms = briefs("中国の圧力が強まる中、オーストラリア政府は中国への難しい対応を迫られている。")
    assert all(b[0] != "REQUEST" for b in ms)
    ms = briefs("米国の関税を受け、カナダ政府は米国との交渉で難しい判断を迫られた。")
    assert all(b[0] != "REQUEST" for b in ms)
    # a state pressing another for a step is a request
    assert ("REQUEST", ("CHN",), ("JPN",)) in briefs("中国は日本に処理水の放出中止を迫った。")


def test_warships_sent_with_no_destination_are_a_mobilisation():
    ms = briefs("フランスの駆逐艦派遣に、中国が反発した。")
    assert ("MOBILIZE", ("FRA",), ()) in ms
    assert briefs("ドイツは先月、フリゲート艦2隻を派遣した。") == [("MOBILIZE", ("DEU",), ())]
    # troops sent to a state are its aid; ships sent to a state stay the aid gold accepts
    assert briefs("北朝鮮はロシアに兵士を派遣した。") == [("AID", ("PRK",), ("RUS",))]
    assert briefs("英国は哨戒艦をガイアナに派遣した。") == [("AID", ("GBR",), ("GUY",))]


def test_an_airlift_to_a_place_is_the_forces_own_move():
    assert briefs("米軍は新型ミサイルをルソン島北部に空輸した。") == [("MOBILIZE", ("USA",), ())]
    # to a state or its capital it is aid
    ms = briefs("トルコは首都モガディシオに武器や弾薬を空輸した。")
    assert ms == [("AID", ("TUR",), ("SOM",))]


def test_an_arrival_laden_with_arms_is_a_delivery():
    ms = briefs("トルコ軍の輸送機が弾薬を積んでモガディシオに到着した。")
    assert ms == [("AID", ("TUR",), ("SOM",))]
    # a delegation arriving is a visit
    ms = briefs("ロシアの国防相は代表団を率いて平壌に到着した。")
    assert ms and ms[0][0] == "CONSULT"


def test_a_check_told_as_a_warning_is_a_threat():
    ms = briefs("中国外務省は「台湾への武器売却は容認できない」と警告し、米国をけん制した。")
    assert ("THREATEN", ("CHN",), ("USA",)) in ms
    assert ("ACCUSE", ("CHN",), ("USA",)) not in ms
    # a check after plain words stays a criticism
    assert ("ACCUSE", ("CHN",), ("AUS",)) in briefs(
        "中国は「懸念している」と述べ、豪州をけん制した。"
    )


def test_a_law_denouncing_a_treaty_is_its_signers_sanction():
    ms = briefs("ロシア大統領は、欧州通常戦力条約の廃棄に関する連邦法に署名した。")
    assert ms == [("SANCTION", ("RUS",), ())]
    assert briefs("ロシアは米国との協定を廃棄した。") == [("SANCTION", ("RUS",), ("USA",))]
    # disposing of a thing is none
    assert briefs("北朝鮮は核実験場の廃棄を表明した。") == []


def test_respect_for_sovereignty_affirmed_is_the_agreement_alone():
    ms = briefs("エチオピアとケニアは、互いの主権と領土の一体性を尊重することを確認した。")
    assert [b[0] for b in ms] == ["AGREE"]
    ms = briefs("イランとサウジアラビアは国家主権の尊重と内政不干渉の原則を確認した。")
    assert [b[0] for b in ms] == ["AGREE"]


def test_a_view_or_concern_shared_is_no_cooperation():
    ms = briefs("両首脳は、ロシアによる核兵器の威嚇は断じて受け入れられないとの認識を共有した。")
    assert all(b[0] != "COOPERATE" for b in ms)
    ms = briefs("日本とフィリピンは、中国の行動への深刻な懸念を共有した。")
    assert all(b[0] != "COOPERATE" for b in ms)
    # intelligence shared is cooperation
    ms = briefs("韓国は北朝鮮軍の動向に関する情報を日本と共有した。")
    assert any(b[0] == "COOPERATE" and "KOR" in b[1] for b in ms)


def test_procurement_at_home_is_no_aid():
    ms = briefs(
        "米軍はミサイルをルソン島に配備した。",
        "フィリピン陸軍の司令官は、同種のシステムを自国で調達する計画を明らかにした。",
    )
    assert all(b[0] != "AID" for b in ms)
    # bought from a state, the seller gives
    assert ("AID", ("PRK",), ("RUS",)) in briefs("ロシアは北朝鮮から弾道ミサイルを調達している。")
