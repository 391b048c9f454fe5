"""Round 19 (r19sense): senses of sending by their stated purpose, an envoy told to go home,
and a side that will not give way.

A dispatch's purpose (sending_purposes.tsv) tells whether forces go on the sender's own errand
(fetching its nationals: MOBILIZE) or to help the state they go to (relief, a host's request:
AID); an envoy asked to go home is sent away (SANCTION); not giving way (譲らず) refuses
(REJECT).
Sentences are our own.
"""

from .test_coder import HOME, briefs

QUAKE = "トルコ南部で大地震が発生し、多数の死傷者が出ている。"


def test_a_relief_purpose_keeps_transports_sent_an_aid() -> None:
    # no host written: the relief purpose makes the transports aid to the state in the story
    assert briefs(
        QUAKE, "日本政府は、救援物資を輸送するため、航空自衛隊の輸送機2機を派遣した。"
    ) == [("AID", ("JPN",), ("TUR",))]
    assert briefs(QUAKE, "防衛省は、被災地の復旧を支援するため、自衛隊の輸送機を派遣した。") == [
        ("AID", ("JPN",), ("TUR",))
    ]
    # near-miss: the same transports with no purpose stated are the navy's or air force's own move
    assert briefs(QUAKE, "防衛省は、航空自衛隊の輸送機2機を派遣した。") == [
        ("MOBILIZE", ("JPN",), ())
    ]


def test_an_evacuation_purpose_makes_a_dispatch_the_senders_own_move() -> None:
    assert briefs("日本政府は、邦人退避のため、航空自衛隊の輸送機をジブチに派遣した。") == [
        ("MOBILIZE", ("JPN",), ())
    ]
    assert briefs("米国は、自国民を救出するため、海兵隊をレバノンに派遣した。") == [
        ("MOBILIZE", ("USA",), ())
    ]
    # near-miss: relief flown to a state is aid to it
    assert briefs("日本政府は、救援物資を輸送するため、航空自衛隊の輸送機をトルコに派遣した。") == [
        ("AID", ("JPN",), ("TUR",))
    ]


def test_forces_committed_to_a_front_or_against_an_enemy() -> None:
    assert briefs("ロシア軍は新たな部隊を東部の前線に投入した。") == [("MOBILIZE", ("RUS",), ())]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in briefs(
        "ロシアは、ウクライナ軍との戦闘に北朝鮮兵を投入した。"
    )


def test_an_envoy_asked_to_return_is_sent_away() -> None:
    assert briefs("中国外務省は、日本の駐中国大使に帰国を求めた。") == [
        ("SANCTION", ("CHN",), ("JPN",))
    ]
    assert briefs("トルコ外務省は、イスラエルの駐トルコ大使に直ちに帰国するよう求めた。") == [
        ("SANCTION", ("TUR",), ("ISR",))
    ]
    # near-misses: an explanation asked of an envoy, a return asked for named people
    assert briefs("中国外務省は、日本の駐中国大使に説明を求めた。") == [
        ("REQUEST", ("CHN",), ("JPN",))
    ]
    assert briefs(HOME, "政府は北朝鮮に対し、拉致被害者の即時帰国を改めて求めた。") == [
        ("REQUEST", ("JPN",), ("PRK",))
    ]


def test_not_giving_way_is_a_refusal() -> None:
    assert briefs("中国は日本との協議で、尖閣諸島の主権を巡る立場を一歩も譲らなかった。") == [
        ("REJECT", ("CHN",), ("JPN",))
    ]
    # near-miss: goods handed over stay an aid
    assert briefs("ロシアは北朝鮮に旧式の戦車を譲った。") == [("AID", ("RUS",), ("PRK",))]
