"""Round 13 (r13prec): false positives and reversed givers, each family with negatives.

Sentences written for these tests: a giver in a から-phrase inside the object of 受ける, a
capability, an agreement's terms, an event noun that only modifies another noun or is
what a later predicate is about, the partner of a relation that is cut, where one is
invited to, the place of an act and the route it passes through.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def test_giver_hung_inside_the_received_object():
    # 見返りとして: the が-subject is 受ける's, the から-phrase (hung on 関連) the giver
    got = briefs(
        "日米両政府は、北朝鮮が見返りとしてロシアから核・ミサイル関連の技術移転を受ける"
        "恐れがあるとして、懸念を共有した。"
    )
    assert ("AID", ("RUS",), ("PRK",)) in got
    assert not any(b[0] == "AID" and "PRK" in b[1] for b in got)
    (m,) = [m for m in code("ベラルーシは対価として中国から無人機関連の技術移転を受けた。")]
    assert brief(m) == ("AID", ("CHN",), ("BLR",))


def test_receiver_is_not_the_topic_of_the_saying_clause():
    # 両外相 (the talkers) is the topic of 懸念を示した, not who receives the aid
    got = briefs(
        "日本の上川外相は2日、英国のキャメロン外相と会談した。両外相は、イランが見返りとして"
        "ロシアから核・ミサイル関連の技術支援を受ける可能性があるとして、懸念を示した。"
    )
    assert ("AID", ("RUS",), ("IRN",)) in got
    assert not any(b[0] == "AID" and "JPN" in b[2] for b in got)
    # with no が-subject of its own, 受ける's receiver is the sentence's topic
    assert briefs("イランは見返りとしてロシアから戦闘機の供与を受けた。") == [
        ("AID", ("RUS",), ("IRN",))
    ]


def test_capability_is_no_event():
    got = code(
        "米軍は新型爆撃機をグアムに配備した。"
        "この爆撃機は巡航ミサイルを撃つことができ、射程は2000キロを超える。"
    )
    assert [m.trigger for m in got] == ["配備"]
    assert briefs("北朝鮮は先月、巡航ミサイルを撃った。") == [("MOBILIZE", ("PRK",), ())]


def test_what_is_agreed_not_to_be_done_is_no_event():
    got = briefs(
        "インドとパキスタンの首脳は10日、会談した。"
        "両首脳は、相手国を脅したり武力を行使したりしないことで一致した。"
    )
    assert {b[0] for b in got} == {"CONSULT", "AGREE"}
    # threatening told as done stays
    assert ("THREATEN", ("IND",), ("PAK",)) in briefs("インドはパキスタンを脅した。")


def test_an_inner_event_noun_has_no_subject_from_the_clause():
    got = briefs("韓国海軍の駆逐艦が、国連の対北朝鮮制裁の監視任務中に不審船を発見した。")
    assert not any(b[0] == "SANCTION" and "KOR" in b[1] for b in got)


def test_partner_of_a_cut_relation_is_the_target():
    got = briefs(
        "ボリビア政府は、パレスチナ自治区ガザへの攻撃を続けるイスラエルとの国交を断絶すると発表した。"
    )
    assert ("SANCTION", ("BOL",), ("ISR",)) in got
    assert not any(b[0] == "SANCTION" and "PSE" in b[2] for b in got)


def test_invited_to_a_meeting_the_invitee_is_the_recipient():
    got = briefs("米国は、来月のNATO首脳会議に日本の首相を招待した。")
    assert got == [("REQUEST", ("USA",), ("JPN",))]


def test_place_and_route_of_an_act_are_no_party():
    assert not any(
        "UNO" in b[2]
        for b in briefs(
            "ゼレンスキー大統領は国連総会の演説で、一部の国が「政治的な芝居」を演じていると批判した。"
        )
    )
    assert not any(
        "COL" in b[2] for b in briefs("ベネズエラ軍がコロンビア領を通過して国境の町に進攻した。")
    )
    assert briefs("記者がトルコのサウジ総領事館で殺害された。") == []
    # a state written as the target stays
    got = briefs("ロシア軍がベラルーシ領を経由してウクライナ北部に侵攻した。")
    assert got == [("ASSAULT", ("RUS",), ("UKR",))]
