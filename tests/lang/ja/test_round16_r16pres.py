"""Round 16 (r16pres): events a sentence names but does not tell, and who claims a statement
made in a document or a demand's quoted words (blind15 PRES and ATTR)."""

from __future__ import annotations

from .test_coder import brief, briefs, code


def test_first_act_of_a_chained_demand_is_demanded_too():
    # the addressee before both clauses: the release is asked for, not done
    assert briefs(
        "フランスは声明で、ロシアに対し、拘束した記者を直ちに解放し、占領地から撤退するよう求めた。"
    ) == [("REQUEST", ("FRA",), ("RUS",))]
    assert briefs(
        "英国は声明で、イランに対し、拘束したタンカーを速やかに解放し、海峡の封鎖を解除するよう求めた。"
    ) == [("REQUEST", ("GBR",), ("IRN",))]
    # no addressee before it: the release is the demander's own act
    found = briefs("中国は拘束した漁民を解放し、日本に冷静な対応をとるよう求めた。")
    assert ("RETREAT", ("CHN",), ("JPN",)) in found and ("REQUEST", ("CHN",), ("JPN",)) in found


def test_goal_worked_toward_is_no_event():
    assert briefs("フランスとインドは防衛協定の締結に向けた交渉を続けている。") == [
        ("CONSULT", ("FRA",), ("IND",))
    ]


def test_harmed_tie_is_background():
    found = briefs(
        "韓国外務省は、日本が中国に接近すれば、日米韓の連携が損なわれかねないと懸念を示した。"
    )
    assert not any(b[0] == "COOPERATE" and "USA" in b[2] for b in found)
    assert ("ACCUSE", ("KOR",), ("JPN", "USA")) in found


def test_act_of_a_movements_people_is_theirs():
    found = briefs("中国は、米国が台湾の独立を求める活動家を支援していると批判した。")
    assert not any(b[0] == "REQUEST" for b in found)
    assert ("ACCUSE", ("CHN",), ("USA",)) in found


def test_quoted_words_of_a_demand_are_claimed():
    (m,) = code("中国政府は、カナダに対し、両国の外交官の数を「同数にする」よう要求した。")
    assert brief(m) == ("REQUEST", ("CHN",), ("CAN",))
    assert m.claimed_by is not None and m.claimed_by.text == "中国政府"
    (n,) = code("中国政府は、カナダに対し、両国の外交官の数を減らすよう要求した。")
    assert n.claimed_by is None


def test_stated_plan_is_not_dated_by_the_statement():
    (m,) = code("英国の首相は21日、ウクライナに戦車を送る方針を明らかにした。")
    assert brief(m) == ("AID", ("GBR",), ("UKR",))
    assert m.factuality == "planned" and m.date is None
    # a plan with a date in its own clause keeps it
    (n,) = code("米国は来月、日本に迎撃ミサイルを供与する方針だ。")
    assert n.factuality == "planned" and n.date == "2024-11"
