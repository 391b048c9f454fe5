"""Round 24 (s24agree): two more ways a state's pledge to aid is told (spec §2 AGREE).

A non-past act told to its partner with と伝えた (食料を提供すると伝えた) pledges it as 〜と
表明した does; an aid noun whose carrying out is announced (技術協力の実施を表明した) is the
aid pledged, as its 供与を表明した is. Another state's act told by a speaker stays no pledge.
"""

from __future__ import annotations

from .test_coder import brief, code, of_kind


def test_act_told_to_the_partner_is_a_pledge() -> None:
    got = code("韓国政府は北朝鮮に対し、コメ10万トンを支援すると伝えた。")
    agree = [m for m in got if m.event == "AGREE"]
    assert [brief(m) for m in agree] == [("AGREE", ("KOR",), ("PRK",))]
    assert agree[0].factuality == "asserted"
    assert ("AID", ("KOR",), ("PRK",)) in [brief(m) for m in got]


def test_carrying_out_of_aid_announced_is_a_pledge() -> None:
    # a summary's 〜から: the announcing side's aid, pledged to the state it goes to
    got = code("岸田総理大臣から、ベトナムの保健分野に対する技術協力の実施を表明しました。")
    assert ("AID", ("JPN",), ("VNM",)) in [brief(m) for m in got]
    assert [brief(m) for m in got if m.event == "AGREE"] == [("AGREE", ("JPN",), ("VNM",))]


def test_another_states_aid_told_is_no_pledge() -> None:
    # the speaker tells what a third state will do: its view, not its pledge
    assert of_kind("AGREE", "官房長官は、米国がウクライナに武器を供与すると伝えた。") == []
    assert (
        of_kind("AGREE", "中国外務省は、ロシアが北朝鮮に支援すると伝えたとの見方を示した。") == []
    )
