"""Round 15 (r15grp): a counted group written apart from its list (4カ国は, 3カ国の決定)
stands for the last list of that many states; a relative clause the parser hung on a list's
first name modifies the whole counted list (…したA、B、Cの3カ国が)."""

from __future__ import annotations

from .test_coder import briefs


def test_counted_group_in_a_later_sentence_takes_the_written_list():
    # the list is cut by a bracketed short name; 3カ国 in the next sentence is that list
    got = briefs(
        "ロシア、ベラルーシ(白ロシア)、カザフスタンの3カ国は10日、ウクライナとの国交を断絶すると発表した。"
        "ウクライナ外務省は声明で、3カ国の決定は「不当だ」と反論した。"
    )
    assert ("ACCUSE", ("UKR",), ("RUS", "BLR", "KAZ")) in got
    # the group written right after its list is read once, from the names
    assert got.count(("SANCTION", ("RUS", "BLR", "KAZ"), ("UKR",))) == 1


def test_counted_group_owning_what_is_rejected():
    got = briefs(
        "フランス、ドイツ、イタリアの3カ国は、シリアを非難した。"
        "イラン外務省は声明で、3カ国の主張は「根拠がない」と反論した。"
    )
    assert ("REJECT", ("IRN",), ("FRA", "DEU", "ITA")) in got


def test_counted_group_of_another_size_is_not_the_list():
    # a list of three is no "four countries": nothing is made up for 4カ国
    got = briefs(
        "フランス、ドイツ、イタリアの3カ国は、シリアを非難した。"
        "イラン外務省は声明で、4カ国の主張は「根拠がない」と反論した。"
    )
    assert not any(b[1] == ("IRN",) and set(b[2]) >= {"FRA", "DEU", "ITA"} for b in got)
    # and a later list of three is what 3カ国 stands for
    got = briefs(
        "フランス、ドイツ、イタリアの3カ国は、シリアを非難した。"
        "その後、英国、カナダ、豪州の外相が会談した。"
        "イラン外務省は声明で、3カ国の主張は「根拠がない」と反論した。"
    )
    assert ("REJECT", ("IRN",), ("GBR", "CAN", "AUS")) in got


def test_relative_clause_on_a_counted_list_has_every_member_as_doer():
    got = briefs("イランと断交したフランス、ドイツ、イタリアの3カ国が、イランに要求を突き付けた。")
    assert ("SANCTION", ("FRA", "DEU", "ITA"), ("IRN",)) in got
    assert ("SANCTION", ("FRA",), ("IRN",)) not in got


def test_both_sides_are_not_the_host_of_a_talk_told_with_the_charge():
    # the accusation told while meeting a third state's leader: 両国 are the two sides of the
    # shooting, not the accuser and his host
    got = briefs(
        "アゼルバイジャン軍は3日、国境付近でアルメニア軍の陣地を砲撃した。"
        "アルメニアの首相は同日、エレバンでイランの外相と会談した際、砲撃を「挑発だ」と非難した。"
        "EUの報道官は、両国に対し、対話を通じて緊張を和らげるよう求めた。"
    )
    assert ("REQUEST", ("EUR",), ("AZE", "ARM")) in got
    assert not any(b[0] == "REQUEST" and "IRN" in b[2] for b in got)
    # a charge against the other side (not the host) still makes the two sides
    got = briefs(
        "インド軍は3日、パキスタン軍の拠点を砲撃した。"
        "パキスタンの首相は同日、サウジアラビアの外相と会談し、インドを非難した。"
        "国連の事務総長は、双方に自制を求めた。"
    )
    assert ("REQUEST", ("UNO",), ("PAK", "IND")) in got
