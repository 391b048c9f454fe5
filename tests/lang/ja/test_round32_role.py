"""Round 32 (role): parties taken from a venue, a condemned attack's victim, a request's
object, an answered act's target and a multilateral treaty's article pair."""

from .test_coder import of_kind


def test_world_body_venue_of_another_clause_is_no_side():
    # 国連で (where the signing opened) is no side of the refusal told after it
    got = of_kind("REJECT", "核拡散防止条約は国連で署名が始まったが、パキスタンは拒否した。")
    assert got == [("REJECT", ("PAK",), ())]


def test_world_body_as_the_other_side_stays():
    # the UN written as the addressee is a party
    got = of_kind("REQUEST", "パキスタンは国連に停戦監視団の派遣を求めた。")
    assert got == [("REQUEST", ("PAK",), ("UNO",))]


def test_multilateral_treaty_signing_takes_no_article_pair():
    got = of_kind(
        "SUPPORT",
        "化学兵器禁止条約の署名式が国連本部で始まり、ドイツ外相が最初に署名した。",
    )
    assert got == [("SUPPORT", ("DEU",), ())]


def test_bilateral_treaty_signing_keeps_its_partner():
    got = of_kind("SUPPORT", "ドイツとポーランドは国境条約に署名した。")
    assert got and all(set(a + r) == {"DEU", "POL"} for _, a, r in got)


def test_condemned_attack_victim_is_not_accused():
    # ラオスへの砲撃: Laos is the victim; with no attacker written no one is accused
    assert of_kind("ACCUSE", "タイ政府はラオスへの砲撃を強く非難した。") == []


def test_condemned_attack_with_its_doer_accuses_the_doer():
    got = of_kind("ACCUSE", "タイ政府はカンボジア軍によるラオスへの砲撃を強く非難した。")
    assert got == [("ACCUSE", ("THA",), ("KHM",))]


def test_answered_attack_keeps_its_written_target():
    # …への侵攻を受けて: the responder (ケニア) is no side of the invasion
    got = of_kind("ASSAULT", "ケニア政府は、エチオピア軍のソマリアへの侵攻を受けて声明を出した。")
    assert got == [("ASSAULT", ("ETH",), ("SOM",))]


def test_suffered_attack_keeps_the_subject_as_target():
    got = of_kind("ASSAULT", "ソマリアはエチオピア軍の砲撃を受けた。")
    assert got == [("ASSAULT", ("ETH",), ("SOM",))]


def test_request_addressee_hung_on_the_object():
    got = of_kind(
        "REQUEST",
        "北朝鮮について、岸田総理から、関連する安保理決議の履行が必要である旨述べ、"
        "フィジーに対し瀬取り対策を含む協力を求めました。",
    )
    assert got == [("REQUEST", ("JPN",), ("FJI",))]


def test_request_with_addressee_on_the_verb_unchanged():
    got = of_kind("REQUEST", "岸田総理は、フィジーに協力を求めた。")
    assert got == [("REQUEST", ("JPN",), ("FJI",))]
