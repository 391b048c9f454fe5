"""Round 28 wave 2 (role): parties swapped or taken from the wrong phrase (ROLE misses of
blind30/31).

An aid noun whose giver is a から-phrase and whose user is the clause's subject (政権が中国
からの融資で建設した) was coded with the borrower as the giver; it is read as received, as with
受ける, unless a destination is written too. A state compounded on a reaction noun in a
headline (ソマリア猛反発) reacts; 対 + a state still names the target. The leaders of a
named organisation in a relative clause (ロシアと中国が主導する上海協力機構) describe it and
fill no side of its acts. An issue that is the subject of a verb whose scene is a meeting
(会談でカンボジア問題が議題となった) is what was discussed, no party to the meeting. A related
article's link opened by ▶ or 関連記事 reports nothing, as one opened by ・.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("パキスタン政府は中国からの融資で港を建設した。", [("AID", ("CHN",), ("PAK",))]),
        ("ミャンマーは日本からの援助で橋を整備した。", [("AID", ("JPN",), ("MMR",))]),
        # negative: a destination written keeps the から-phrase the giver of an active transfer
        ("イランからロシアへの無人機供与が続いている。", [("AID", ("IRN",), ("RUS",))]),
        # negative: a から-phrase on another noun gives nothing
        ("日本政府は米国からの要請でウクライナへの支援を決めた。", [("AID", ("JPN",), ("UKR",))]),
    ],
)
def test_aid_from_a_giver_is_received_by_the_subject(text: str, expected: list[tuple]) -> None:
    assert of_kind("AID", text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("エジプト、イスラエルと国境で合意　シリア猛反発", [("ACCUSE", ("SYR",), ("EGY",))]),
        (
            "アゼルバイジャンなど連合軍が国境地帯を攻撃、アルメニア反発",
            [("ACCUSE", ("ARM",), ("AZE",))],
        ),
        # negative: an intensifier compounded names no one; the topic reacts
        ("中国、新法を採択　台湾は猛反発", [("ACCUSE", ("TWN",), ("CHN",))]),
        # negative: 対 + a state is the target
        ("中国、対日反発を強める", [("ACCUSE", ("CHN",), ("JPN",))]),
    ],
)
def test_reacting_state_compounded_in_a_headline(title: str, expected: list[tuple]) -> None:
    assert of_kind("ACCUSE", title) == expected


def test_leaders_of_a_named_organisation_are_no_side() -> None:
    text = "ロシアとイランが主導する経済協力機構の会議は、加盟国に関税の撤廃を求める声明を出した。"
    assert [
        b for b in briefs(text) if b[0] == "REQUEST" and b[2] in (("RUS", "IRN"), ("IRN", "RUS"))
    ] == []


def test_leader_of_a_common_noun_may_still_be_the_doer() -> None:
    # negative: 有志連合 is no name; its leader is left to fill the doer
    assert of_kind("ASSAULT", "米国が主導する有志連合がシリアを空爆した。") == [
        ("ASSAULT", ("USA",), ("SYR",))
    ]


def test_leaders_of_the_actor_itself() -> None:
    # negative: the organisation's own act keeps its written target
    assert of_kind("ACCUSE", "ロシアと中国が主導する上海協力機構は、米国を非難した。") == [
        ("ACCUSE", ("IGO",), ("USA",))
    ]


def test_issue_subject_is_no_party_to_the_meeting() -> None:
    text = "今年3月の米中首脳会談でも台湾問題が主要な議題となった。"
    assert of_kind("CONSULT", text) == [("CONSULT", ("USA",), ("CHN",))]


def test_parties_subject_of_the_meeting_scene_kept() -> None:
    # negative: the parties as the subject of the scene's verb are still its parties
    text = "日中両政府は首脳会談で協力の拡大を確認した。"
    assert [sorted(b[1] + b[2]) for b in briefs(text) if b[0] == "CONSULT"] == [["CHN", "JPN"]]


@pytest.mark.parametrize("mark", ["▶関連記事 ", "関連記事　", "▶"])
def test_related_links_report_nothing(mark: str) -> None:
    link = "ベトナム、米軍撤退完了　20年の駐留に幕"
    assert briefs(mark + link) == []


def test_the_same_headline_unmarked_is_coded() -> None:
    # negative: without the link's mark the headline reports its withdrawal
    assert [b[0] for b in briefs("ベトナム、米軍撤退完了　20年の駐留に幕")] == ["RETREAT"]
