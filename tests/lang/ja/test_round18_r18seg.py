"""Round 18 (r18seg): headline segments and lists of states (blind17 COORD, LOC and MOD
classes): a headline's later segment holds no side of an earlier one's event, a gap before a
Latin name is still a gap, an event noun a headline protests is not the protester's, lists of
one-character abbreviations and A・B keep every member, a が-subject inside a relative clause
and a clause with its own subject stay out of the main predicate's frame."""

from __future__ import annotations

from .test_coder import HOME, brief, briefs, code


def _titled(title: str, *body: str) -> list[tuple]:
    return [brief(m) for m in code(*(body or ("。",)), title=title)]


def test_a_later_headline_segment_fills_no_side_of_an_earlier_event():
    found = _titled("北朝鮮、6者協議からの離脱を宣言　米中の出方焦点")
    assert ("SANCTION", ("PRK",), ()) in found
    assert not any(b[0] == "SANCTION" and b[2] for b in found)
    found = _titled("イラン、核合意から離脱を表明　英独の対応に注目")
    assert ("SANCTION", ("IRN",), ()) in found
    # a segment with its own subject: the subjects before it did their own act
    found = _titled("スーダンとバーレーンもイランと断交　UAEは大使召還")
    assert ("SANCTION", ("ARE",), ("IRN",)) in found
    assert not any(b[0] == "SANCTION" and b[1] == ("ARE",) and "SDN" in b[2] for b in found)
    # a segment that answers the act before it: that act's doer is its side
    found = _titled("エクアドル警察がメキシコ大使館に突入　メキシコは国交停止を表明")
    assert ("SANCTION", ("MEX",), ("ECU",)) in found
    # and a later segment that is a speaker's reply or the topic's own words stays open
    found = _titled(
        "ロシア、ビザなし交流の合意から一方的に離脱　政府「断じて受け入れられない」", HOME
    )
    assert ("SANCTION", ("RUS",), ("JPN",)) in found
    found = _titled("プーチン大統領、INF条約への参加停止を表明　「米国への鏡のような対応」")
    assert ("SANCTION", ("RUS",), ("USA",)) in found
    # a side written in the segment itself is still the event's
    found = _titled("米、イランとの核合意から離脱　欧州の対応焦点")
    assert ("SANCTION", ("USA",), ("IRN",)) in found


def test_a_gap_before_a_latin_name_parts_headline_segments():
    # the cleaner folds the ideographic space to an ASCII one; before UAE it is a gap too
    found = briefs("スーダンとバーレーンもイランと断交 UAEは大使召還")
    assert ("SANCTION", ("SDN", "BHR"), ("IRN",)) in found
    found = briefs("ロシアとベラルーシが合同演習 NATOは警戒強める")
    assert any(b[0] == "COOPERATE" and set(b[1] + b[2]) == {"RUS", "BLR"} for b in found)


def test_an_event_noun_a_headline_protests_is_not_the_protesters():
    found = _titled("セルビア、駐米大使を召還　コソボ独立承認に抗議")
    assert ("SANCTION", ("SRB",), ("USA",)) in found
    assert not any(b[0] == "SUPPORT" and "SRB" in b[1] for b in found)
    found = _titled("中国、米国の台湾への武器売却に抗議")
    assert not any(b[0] == "AID" and "CHN" in b[1] for b in found)
    # a deed of the subject's own stays its own (署名: the declaration is signed by them)
    found = _titled("南北首脳、共同宣言に署名")
    assert any(b[0] == "SUPPORT" and set(b[1] + b[2]) == {"KOR", "PRK"} for b in found)
    # and what a headline threatens is its own act
    found = _titled("北朝鮮、日本の制裁に反発　報復を示唆")
    assert ("THREATEN", ("PRK",), ("JPN",)) in found


def test_a_run_of_abbreviations_keeps_every_state():
    found = briefs("米日中は南北の合意を歓迎した。")
    assert any(b[0] == "SUPPORT" and {"USA", "JPN", "CHN"} <= set(b[1] + b[2]) for b in found)
    found = briefs("米日中の3カ国は北京で局長級の協議を行った。")
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"JPN", "CHN", "USA"} for b in found)
    # 中米 alone is still Central America, not China and the US
    assert not any("CHN" in b[1] + b[2] for b in briefs("中米諸国の首脳が協議した。"))


def test_a_dot_list_left_unsaid_is_every_member():
    found = briefs(
        "ロシア外務省は、米・ポーランドの合意は「明らかにロシアを標的にしたものだ」と反発した。"
    )
    assert ("ACCUSE", ("RUS",), ("USA", "POL")) in found
    found = briefs(
        "中国外務省は、米・フィリピンの合意は「明らかに中国を標的にしたものだ」と反発している。"
    )
    assert ("ACCUSE", ("CHN",), ("USA", "PHL")) in found


def test_a_subject_inside_a_relative_clause_is_not_the_predicates():
    found = briefs(
        "トランプ米大統領は8日、演説し、イランと英仏独中ロの6カ国が2015年に結んだ"
        "核合意から離脱すると表明した。"
    )
    assert any(b[0] == "SANCTION" and b[1] == ("USA",) for b in found)
    assert not any(b[0] == "SANCTION" and "IRN" in b[1] for b in found)
    found = briefs("バイデン大統領は、ロシアが一方的に併合した地域から撤退するよう求めた。")
    assert not any(b[0] == "REQUEST" and b[1] == ("RUS",) for b in found)
    # the object of the predicate itself: the parser's one subject stays (no topic before)
    found = briefs("北朝鮮が砲弾を積んだ貨物船をロシアに送った。")
    assert ("AID", ("PRK",), ("RUS",)) in found


def test_a_clause_with_its_own_subject_is_no_side_of_leaving_a_pact():
    found = briefs(
        "国連安全保障理事会が13日に議長声明を採択すると、北朝鮮は翌14日、"
        "6者協議からの離脱を宣言した。"
    )
    assert ("SANCTION", ("PRK",), ()) in found
    assert not any(b[0] == "SANCTION" and "UNO" in b[2] for b in found)
    # a reason clause names the one the pact is left over
    found = briefs(
        "トランプ大統領は昨年10月、ロシアが条約に違反してミサイルを配備したとして、"
        "条約から離脱する方針を表明した。"
    )
    assert ("SANCTION", ("USA",), ("RUS",)) in found
    # a reaction's target is still the doer of the clause before it
    found = briefs("北朝鮮が弾道ミサイルを発射すると、日本政府は直ちに北朝鮮に抗議した。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in found


def test_the_doer_of_an_act_a_statement_is_about_is_its_target():
    found = briefs(
        "ロシアのラブロフ外相も、米英仏によるコソボ独立の承認は国際法に反すると批判した。"
    )
    assert ("ACCUSE", ("RUS",), ("USA", "GBR", "FRA")) in found
    assert not any(b[0] == "ACCUSE" and "XKX" in b[2] for b in found)
    found = briefs("中国外務省は、インドによるチベット亡命政府の支援は内政干渉だと非難した。")
    assert ("ACCUSE", ("CHN",), ("IND",)) in found


def test_a_subject_is_never_hung_on_a_clause_below_it():
    # the relative clause (破壊された) hangs on the が-phrase's own list: no cycle in the tree
    found = briefs(
        "ロシア安全保障会議のショイグ書記は17日、平壌で金正恩総書記と会談し、北朝鮮が地雷除去の"
        "ための工兵1千人と、破壊されたインフラを再建する要員5千人をロシア西部クルスク州に"
        "派遣することで合意したと明らかにした。"
    )
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"RUS", "PRK"} for b in found)
