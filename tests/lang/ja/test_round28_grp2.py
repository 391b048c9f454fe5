"""Round 28 (grp2): a reaction (抗議, 批判, 反発, 警告) with no other side, object or quote of
its own, or only a bare act (決定, 措置), answers the sentence right before it: its other side
is the one state other than its own that sentence named, in the same paragraph."""

from __future__ import annotations

from .test_coder import briefs


def test_protest_at_what_the_sentence_before_told():
    got = briefs(
        "北朝鮮が昨年から国境付近で新たな監視施設の建設を進めていることが分かった。"
        "韓国政府は外交ルートを通じて強く抗議した。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in got, got


def test_no_reach_for_a_quoted_reaction():
    # the quote names or implies its own target: the sentence before is only background
    got = briefs(
        "日本は原油輸入の多くをサウジアラビアに頼っている。"
        "官房長官は会見で「攻撃は断じて許されない」と述べて強く非難した。"
    )
    assert not any(b[0] == "ACCUSE" and b[2] == ("SAU",) for b in got), got


def test_bare_decision_as_object():
    got = briefs(
        "イランは濃縮ウランの生産を拡大すると発表した。フランス外務省は決定を強く批判した。"
    )
    assert ("ACCUSE", ("FRA",), ("IRN",)) in got, got


def test_no_reach_for_a_fronted_object():
    got = briefs(
        "ウクライナ各地への攻撃が続いている。ロシア外務省は、欧州の兵器供与は強く批判した。"
    )
    assert not any(b[0] == "ACCUSE" and b[2] == ("UKR",) for b in got), got


def test_no_reach_into_another_paragraph():
    got = briefs(
        "北朝鮮が昨年から国境付近で新たな監視施設の建設を進めていることが分かった。",
        "韓国政府は外交ルートを通じて強く抗議した。",
    )
    assert not any(b[0] == "ACCUSE" and b[1] == ("KOR",) for b in got), got


def test_no_choice_between_two_states_before():
    got = briefs(
        "中国とロシアは日本海で新たな監視施設の建設を進めていることが分かった。"
        "韓国政府は外交ルートを通じて強く抗議した。"
    )
    assert not any(b[0] == "ACCUSE" and b[1] == ("KOR",) for b in got), got


def test_no_reach_for_a_reaction_with_its_own_object():
    got = briefs(
        "イランは濃縮ウランの生産を拡大すると発表した。フランス政府は国内企業の姿勢を批判した。"
    )
    assert not any(b[0] == "ACCUSE" and b[2] == ("IRN",) for b in got), got
