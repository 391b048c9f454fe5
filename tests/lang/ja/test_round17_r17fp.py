"""Round 17 (r17fp): states named only as a host, a past union or an authoriser; captions, notices
and the things a demand asks to release; forces that arrive (blind16 LOC, PRES, TYPE)."""

from __future__ import annotations

from .test_coder import brief, briefs, code


def briefs_titled(title: str, *paragraphs: str) -> list[tuple]:
    return [brief(m) for m in code(*paragraphs, title=title)]


def test_people_staying_in_a_state_are_not_that_state():
    found = briefs("米国務省は、シリアに滞在する米国民に直ちに出国するよう呼びかけた。")
    assert not any("SYR" in b[2] for b in found)
    # the addressee itself written as a state is still asked
    assert briefs("米国務省は、シリアに直ちに停戦するよう呼びかけた。") == [
        ("REQUEST", ("USA",), ("SYR",))
    ]


def test_meeting_attended_is_the_occasion():
    found = briefs(
        "20日には、国連総会に出席するためニューヨークを訪れていた李強首相が、"
        "在米華人との会合で日本に処理水の放出停止を要求した。"
    )
    assert not any("UNO" in b[2] for b in found)
    assert ("REQUEST", ("CHN",), ("JPN",)) in found


def test_host_of_a_stationed_force_is_no_target():
    found = briefs_titled(
        "【テヘラン共同】イラン、シリアの米軍駐留基地をミサイル攻撃　司令官殺害に報復",
        "イランは8日、報復を宣言した。",
    )
    assert ("ASSAULT", ("IRN",), ("USA",)) in found
    assert not any("SYR" in b[2] for b in found)


def test_former_union_before_its_member():
    found = briefs(
        "旧ソ連のアルメニアとアゼルバイジャンが係争地をめぐって続けた戦闘は、5日に停戦に至った。"
    )
    assert not any("SUN" in b[1] + b[2] for b in found)
    assert ("ASSAULT", ("ARM",), ("AZE",)) in found
    # the union as a doer of its own stays (旧ソ連が…締結した)
    assert briefs("旧ソ連は1966年にモンゴルと条約を締結した。") == [("SUPPORT", ("SUN",), ("MNG",))]


def test_photo_credit_is_no_aid():
    found = briefs_titled(
        "リトアニア、ベラルーシ国境に兵士を派遣",
        "【写真】ベラルーシ側の国境付近で野営する移民ら=12日、リトアニア国防省提供",
    )
    assert not any(b[0] == "AID" and b[1] == ("BLR",) for b in found)
    # the same word telling a provision stays
    assert ("AID", ("LTU",), ("UKR",)) in briefs("リトアニアはウクライナに弾薬を提供した。")


def test_notice_sent_is_no_aid():
    found = briefs("北朝鮮軍は24日朝、韓国軍当局に通知文を送り、砲撃を予告した。")
    assert not any(b[0] == "AID" for b in found)
    assert ("AID", ("PRK",), ("RUS",)) in briefs("北朝鮮はロシアに砲弾を送った。")


def test_force_arriving_is_help_sent():
    assert ("AID", ("NGA",), ("LBR",)) in briefs("ナイジェリア警察の部隊がリベリアに到着した。")
    assert ("AID", ("TUR",), ("SOM",)) in briefs("トルコの軍事教官らがソマリアに到着した。")
    # a minister arriving is a visit
    assert briefs("ロシアの外相が平壌に到着した。") == [("CONSULT", ("RUS",), ("PRK",))]


def test_authoriser_of_a_mission_is_no_side():
    found = briefs_titled(
        "ニュース　ケニア警察の部隊がハイチに到着　国連承認の多国籍治安支援",
        "ケニア警察の部隊は25日に到着した。",
    )
    assert not any("UNO" in b[1] + b[2] for b in found)
    assert ("AID", ("KEN",), ("HTI",)) in found


def test_thing_a_demand_asks_to_release_is_presupposed():
    assert briefs("日本は中国に対し、拿捕した漁船と船員を速やかに返還するよう求めた。") == [
        ("REQUEST", ("JPN",), ("CHN",))
    ]
    assert briefs(
        "英国はイランに対し、拿捕したタンカーを直ちに解放し、航行の自由を尊重するよう求めた。"
    ) == [("REQUEST", ("GBR",), ("IRN",))]
    # with its own subject written, the seizure is told
    found = briefs("英国は、イランが拿捕したタンカーを解放するよう要求した。")
    assert ("ASSAULT", ("IRN",), ("GBR",)) in found
