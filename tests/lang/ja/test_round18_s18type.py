"""Round 18 (s18type): word senses of sending and of an envoy sent home.

Forces sent to fetch the sender's own people, warplanes or transports sent with no host
written, and ground forces committed with no destination are the sender's own move
(MOBILIZE), not aid to the state they land in; an envoy told to go home is sent away
(SANCTION), not asked a favour (REQUEST). Sentences are our own.
"""

from .test_coder import HOME, briefs


def test_evacuation_purpose_makes_a_dispatch_the_senders_own_move() -> None:
    for s in (
        "政府は、在留邦人の退避に備え、自衛隊の輸送機をジブチに派遣した。",
        "韓国国防省は、自国民の救出に向けて空軍機をヨルダンに派遣した。",
        "自衛隊機、邦人退避へジブチに派遣",
    ):
        assert [b[0] for b in briefs(HOME, s)] == ["MOBILIZE"], s
        assert briefs(HOME, s)[0][1] in (("JPN",), ("KOR",)), s
    # no evacuation purpose: troops or a team sent to a state stay its aid
    assert briefs("米国はウクライナに軍事顧問を派遣した。") == [("AID", ("USA",), ("UKR",))]
    assert briefs(HOME, "政府は救援物資を運ぶため、医療チームをトルコに派遣した。") == [
        ("AID", ("JPN",), ("TUR",))
    ]
    assert briefs("北朝鮮はロシアに兵士を送り込んだ。") == [("AID", ("PRK",), ("RUS",))]


def test_transport_aircraft_sent_with_no_host_are_own_forces() -> None:
    assert briefs("防衛省は自衛隊の輸送機2機を派遣した。") == [("MOBILIZE", ("JPN",), ())]
    assert briefs("英国も軍用機を送り込んだ。") == [("MOBILIZE", ("GBR",), ())]


def test_ground_forces_committed_with_no_destination() -> None:
    assert briefs("米大統領は、地上部隊を投入する考えはないと述べた。") == [
        ("MOBILIZE", ("USA",), ())
    ]
    assert briefs("ロシアはシリアに地上部隊を投入した。") == [("AID", ("RUS",), ("SYR",))]


def test_envoy_told_to_go_home_is_a_sanction() -> None:
    assert briefs("中国外務省は、日本の駐中国大使に本国に帰るよう求めた。") == [
        ("SANCTION", ("CHN",), ("JPN",))
    ]
    assert briefs("イランは在テヘランの英国総領事に一時帰国を求めた。") == [
        ("SANCTION", ("IRN",), ("GBR",))
    ]
    assert briefs("トルコ、イスラエル大使に一時帰国要求") == [("SANCTION", ("TUR",), ("ISR",))]
    # a return asked for people who are no envoy stays the request
    assert briefs(HOME, "政府は北朝鮮に拉致被害者を帰国させるよう求めた。") == [
        ("REQUEST", ("JPN",), ("PRK",))
    ]
    assert briefs("米国は中国に対し、留学生の一時帰国を認めるよう求めた。") == [
        ("REQUEST", ("USA",), ("CHN",))
    ]
