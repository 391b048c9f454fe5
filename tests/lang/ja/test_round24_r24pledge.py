"""Round 24 (r24pledge): a state's one-sided pledge to cooperate, aid or meet is an AGREE
(spec §2; the lead ruling of round 23), with sentences we wrote."""

from __future__ import annotations

from .test_coder import brief, briefs, code, of_kind


def test_cooperation_pledged_in_a_summary_is_an_agree() -> None:
    # 〜していく旨述べた: the speaker's state pledges; the planned act stays beside it
    got = code("ロシアの大統領は、今後もベトナムとの協力を拡大していく旨述べた。")
    agree = [m for m in got if m.event == "AGREE"]
    assert [brief(m) for m in agree] == [("AGREE", ("RUS",), ("VNM",))]
    assert agree[0].factuality == "asserted"
    assert ("COOPERATE", ("RUS",), ("VNM",)) in [brief(m) for m in got]


def test_readiness_told_to_a_state_agrees_with_it() -> None:
    # 〜する用意があるとX側に伝えた: the addressee of the telling is the other side
    assert of_kind(
        "AGREE", "インドネシア政府は、災害の復旧に協力する用意があるとフィリピン側に伝えた。"
    ) == [("AGREE", ("IDN",), ("PHL",))]


def test_intent_to_meet_is_an_agree() -> None:
    (m,) = [
        m
        for m in code("韓国の外相は、近くオーストラリアの外相と会談する意向を示した。")
        if m.event == "AGREE"
    ]
    assert brief(m) == ("AGREE", ("KOR",), ("AUS",)) and m.factuality == "asserted"


def test_wish_to_deepen_ties_is_the_speakers_pledge() -> None:
    # 〜たい旨表明した; パートナーシップ raised like 関係 (引き上げる)
    assert ("AGREE", ("BRA",), ("ARG",)) in briefs(
        "ブラジルの大統領は、アルゼンチンとの関係を一層深化させたい旨表明した。"
    )
    assert ("AGREE", ("CHN",), ("PAK",)) in briefs(
        "中国の外相は、パキスタンとの戦略的パートナーシップを新たな段階に引き上げたいと述べた。"
    )


def test_aid_announced_or_continued_is_pledged() -> None:
    assert ("AGREE", ("DEU",), ("POL",)) in briefs(
        "ドイツの首相は、ポーランドに対し、3億ユーロの支援を表明した。"
    )
    assert ("AGREE", ("CAN",), ("UKR",)) in briefs("カナダは、ウクライナへの支援を継続していく。")


def test_what_is_no_pledge() -> None:
    # another speaker's view of a third state, a negation, a decided plan, a forecast, a need,
    # a hope about others, a condition: no AGREE
    for text in (
        "官房長官は、米国がイスラエルへの支援を継続していくとの見方を示した。",
        "フランスの大統領は、イタリアと協力していくことはないと述べた。",
        "日本政府は、フィリピンに巡視船を供与する方針を固めた。",
        "ロシアとベトナムは協力を拡大していく見通しだ。",
        "日本は韓国と協力していく必要がある。",
        "トルコの大統領は、シリアとの協力が進んでいくことを期待した。",
        "メキシコの大統領は、米国が関税を撤回すれば協力していく考えを示した。",
    ):
        assert of_kind("AGREE", text) == [], text


def test_non_past_act_told_as_a_pledge() -> None:
    # 〜する旨伝えた, 〜すると表明した: its own doer tells what it will do
    assert ("AGREE", ("JPN",), ("EGY",)) in briefs(
        "岸田総理大臣から、エジプトに新たな円借款を供与する旨表明しました。"
    )
    assert ("AGREE", ("GBR",), ("UKR",)) in briefs(
        "英国の首相は、ウクライナへの支援を続ける方針をあらためて表明した。"
    )
