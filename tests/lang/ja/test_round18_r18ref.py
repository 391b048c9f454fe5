"""Round 18 (r18ref): parties named earlier (blind17 GRP class). A title written again for
the one last named with it (同大統領, 大統領は, 同氏), a statement as subject for its issuer
(談話は), KCNA's 南側/北側 in a story about the Koreas, group words for the pair just told
(両国は…戦い), a に-phrase the parser hung on the object (双方に…を求めた) or inside the
request (両国の指導者に対し、…よう呼びかけた), and a pronoun for the claim or act just told
(これを否定した, これに抗議した)."""

from __future__ import annotations

from .test_coder import briefs


def test_the_said_president_is_the_president_named_before():
    found = briefs(
        "停戦案をまとめたのは、フランスのサルコジ大統領だ。",
        "同大統領は12日、モスクワでメドベージェフ大統領と会談した。",
    )
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"FRA", "RUS"} for b in found)
    # a minister and a name with the honorific: 同外相, 同氏
    found = briefs(
        "会見にはインドネシアのルトノ外相も出席した。",
        "同外相は、中国に対して南シナ海での埋め立てを中止するよう求めた。",
    )
    assert ("REQUEST", ("IDN",), ("CHN",)) in found
    found = briefs(
        "イランのアラグチ外相は21日、テヘランで記者会見した。",
        "同氏は、米国の制裁を強く非難した。",
    )
    assert ("ACCUSE", ("IRN",), ("USA",)) in found


def test_the_said_president_is_not_the_last_state_named():
    # the last state named before 同大統領 is Russia; the president named is France's
    found = briefs(
        "フランスのマクロン大統領は、ロシアとの対話を続ける考えを示した。",
        "同大統領はまた、ウクライナへの武器供与を拡大すると表明した。",
    )
    assert ("AID", ("FRA",), ("UKR",)) in found
    assert not any(b[0] == "AID" and b[1] == ("RUS",) for b in found)


def test_no_president_named_before_leaves_the_said_president_nobodys():
    found = briefs(
        "ロシア外務省は声明を発表した。",
        "同大統領は、ウクライナの指導部を厳しく非難した。",
    )
    assert not any(b[0] == "ACCUSE" and b[1] for b in found)
    # a prime minister named is no president
    found = briefs(
        "インドのモディ首相は9日、モスクワに到着した。",
        "同大統領は、ウクライナの指導部を厳しく非難した。",
    )
    assert not any(b[0] == "ACCUSE" and b[1] == ("IND",) for b in found)
    # and with him named, the said president is his state
    found = briefs(
        "ロシアのプーチン大統領は9日、モスクワで演説した。",
        "同大統領は、ウクライナの指導部を厳しく非難した。",
    )
    assert ("ACCUSE", ("RUS",), ("UKR",)) in found


def test_a_bare_title_opening_a_sentence_is_the_one_named_with_it():
    found = briefs(
        "ロシアのメドベージェフ大統領は26日、国民向けの声明を読み上げた。",
        "大統領はさらに、米国がグルジアの再武装を支援していると非難した。",
    )
    assert ("ACCUSE", ("RUS",), ("USA",)) in found
    assert not any(b[0] == "ACCUSE" and b[1] == ("GEO",) for b in found)
    found = briefs(
        "米国のトランプ大統領は、会見を開いた。",
        "一方、ロシアの報道官は、大統領が中国を批判したと伝えた。",
    )
    assert ("ACCUSE", ("USA",), ("CHN",)) not in found  # not opening its clause


def test_a_statement_as_subject_speaks_for_its_issuer():
    # the issuer stays past a sentence whose topic names no state (わが方の哨兵は)
    found = briefs(
        "北朝鮮の祖国平和統一委員会のスポークスマンは12日、談話を発表した。",
        "わが方の哨兵は数回にわたって停止を求め、空砲を撃って警告したが、観光客が逃走したため、"
        "やむなく射撃したと明らかにした。",
        "談話は、韓国が合同軍事演習を続けていると糾弾した。",
    )
    assert ("ACCUSE", ("PRK",), ("KOR",)) in found
    # and through a chain of 談話は longer than the window a body is kept for
    found = briefs(
        "北朝鮮の祖国平和統一委員会のスポークスマンは12日、談話を発表した。",
        "わが方の哨兵は数回にわたって停止を求め、空砲を撃って警告したが、観光客が逃走したため、"
        "やむなく射撃したと明らかにした。",
        "談話は、事件の経緯を説明した。",
        "談話は、観光客が区域を離れたと指摘した。",
        "談話は、調査団の立ち入りは許さないと強調した。",
        "談話は、韓国が合同軍事演習を続けていると糾弾した。",
    )
    assert ("ACCUSE", ("PRK",), ("KOR",)) in found
    # a commentary too
    found = briefs(
        "北朝鮮の朝鮮中央通信は3日、論評を発表した。",
        "わが方の哨兵は数回にわたって停止を求め、空砲を撃って警告したが、観光客が逃走したため、"
        "やむなく射撃したと明らかにした。",
        "論評は、日本が軍備を拡張していると非難した。",
    )
    assert ("ACCUSE", ("PRK",), ("JPN",)) in found


def test_the_south_and_the_north_in_a_story_about_the_koreas():
    found = briefs(
        "【平壌7月12日発朝鮮中央通信】朝鮮アジア太平洋平和委員会のスポークスマンは12日、談話を発表した。",
        "談話は、南側当局が合同軍事演習を強行したことを糾弾した。",
    )
    assert ("ACCUSE", ("PRK",), ("KOR",)) in found
    found = briefs("北朝鮮の代表団は、南側が提案した会談に応じないと表明し、南側を非難した。")
    assert ("ACCUSE", ("PRK",), ("KOR",)) in found
    # in a story that names no Korea, the south side is a direction
    found = briefs("イスラエル軍は、南側の検問所を閉鎖し、ハマスを非難した。")
    assert not any("KOR" in b[1] + b[2] for b in found)
    # the south side of a line is a place, not South Korea
    found = briefs("北朝鮮軍は、軍事境界線の南側に向けて砲撃した。")
    assert not any(b[0] == "ASSAULT" and "KOR" in b[2] for b in found)


def test_the_two_countries_fought_is_the_pair_just_named():
    found = briefs(
        "エチオピアのアビー首相は8日、エリトリアを訪れ、イサイアス大統領と会談した。",
        "両国は1998年から2000年まで国境をめぐって戦い、約8万人が死亡したとされる。",
    )
    assert any(b[0] == "ASSAULT" and {*b[1], *b[2]} == {"ETH", "ERI"} for b in found)
    # the が-subject after the fighting is its own clause's, not the fighters
    found = briefs(
        "タイのアヌティン首相は、カンボジアのフン・マネット首相と会談した。",
        "両国は7月に国境で戦い、双方の兵士数十人が死亡したとされる。",
    )
    assert any(b[0] == "ASSAULT" and {*b[1], *b[2]} == {"THA", "KHM"} for b in found)


def test_both_sides_asked_of_by_a_third_party():
    found = briefs(
        "サウジアラビアは3日、イランとの国交を断絶した。",
        "中国外務省の報道官も、双方に冷静さと自制を求めた。",
    )
    assert ("REQUEST", ("CHN",), ("SAU", "IRN")) in found
    found = briefs(
        "タイ軍は、カンボジア軍の陣地を砲撃した。",
        "米国務省は、両国の指導者に対し、緊張を和らげる措置をとるよう呼びかけた。",
    )
    asked = [set(b[2]) for b in found if b[0] == "REQUEST" and b[1] == ("USA",)]
    assert {"THA", "KHM"} in asked


def test_the_two_countries_when_three_were_named():
    # three states told together: 両国 is no pair of them
    found = briefs(
        "米国と日本、韓国は18日、ワシントンで首脳会談を開いた。",
        "両国は、北朝鮮に対する制裁を強化することで一致した。",
    )
    assert not any(b[0] == "AGREE" and set(b[1] + b[2]) == {"JPN", "KOR"} for b in found)


def test_denying_this_rejects_whoever_made_the_charge():
    found = briefs(
        "ロシア外務省は、米国がグルジアに武器を運び込んでいると主張しているが、"
        "米政府はこれを否定している。"
    )
    assert ("REJECT", ("USA",), ("RUS",)) in found
    found = briefs(
        "北朝鮮は、韓国軍が軍事境界線を越えたと非難した。",
        "韓国国防省はこれを否定した。",
    )
    assert ("REJECT", ("KOR",), ("PRK",)) in found
    found = briefs(
        "中国国防省は、日本の艦艇が領海に侵入したと主張した。",
        "日本の防衛省はこれを退けた。",
    )
    assert ("REJECT", ("JPN",), ("CHN",)) in found


def test_protesting_this_is_against_who_did_the_act():
    found = briefs(
        "北朝鮮は20日、弾道ミサイルを発射した。",
        "日本政府はこれに強く反発した。",
    )
    assert ("ACCUSE", ("JPN",), ("PRK",)) in found
    # a pronoun long after the act points to nothing coded
    found = briefs(
        "北朝鮮は20日、弾道ミサイルを発射した。",
        "専門家は発射の意図を分析している。",
        "発射は国連決議に違反する。",
        "日本政府はこれを否定した。",
    )
    assert not any(b[0] == "REJECT" and "PRK" in b[2] for b in found)
