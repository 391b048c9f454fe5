"""Round 25 (r25agree): agreements said with a こと-clause, quoted intents, accepted invitations.

Spec §2: an agreement to act is an AGREE between the parties; a promise or plan to meet,
cooperate or aid is one too. The partner of 「AはBと会談し、…することで合意した」 is the
meeting's (the parser hangs the meeting inside the clause agreed on); a quoted wish or a
near-future act of the speaker (「…協議を続けたい」と述べた) is the speaker's pledge; an
accepted invitation agrees with the inviter. A dispatch of one's own troops told as a course
(…派遣する方針を示した) stays a plan, no pledge.
"""

from __future__ import annotations

from .test_coder import brief, code, of_kind


def test_partner_of_meeting_chained_inside_the_agreed_clause() -> None:
    got = of_kind(
        "AGREE",
        "ドゥテルテ大統領は20日、習近平国家主席と会談し、協力を強化することで合意した。",
    )
    assert got == [("AGREE", ("PHL",), ("CHN",))]
    got = of_kind(
        "AGREE",
        "麻生外務大臣はライス国務長官と電話で会談し、安保理で緊密に連携していくことを確認しました。",
        published="2006-10-10",
    )
    assert ("AGREE", ("JPN",), ("USA",)) in got


def test_partner_named_in_the_agreed_clause() -> None:
    got = of_kind("AGREE", "モロッコは昨年12月、イスラエルと国交を正常化することで合意している。")
    assert got == [("AGREE", ("MAR",), ("ISR",))]
    got = of_kind("AGREE", "ロシア側は、キルギスに対して軍事面での協力を行うことで合意した。")
    assert got == [("AGREE", ("RUS",), ("KGZ",))]


def test_joint_subject_takes_no_recipient_of_the_content_as_partner() -> None:
    got = of_kind("AGREE", "日本と米国は、ウクライナに支援を行うことで一致した。")
    assert all("UKR" not in a + r for _, a, r in got)


def test_quoted_wish_to_keep_talking_is_a_pledge() -> None:
    got = code("米国務省は、「キルギス政府との協議を続けたい」と述べた。")
    agree = [m for m in got if m.event == "AGREE"]
    assert [brief(m) for m in agree] == [("AGREE", ("USA",), ("KGZ",))]
    assert agree[0].factuality == "asserted"
    consult = [m for m in got if m.event == "CONSULT"]
    assert [m.factuality for m in consult] == ["planned"]


def test_quoted_visit_in_the_near_future_is_a_pledge() -> None:
    got = of_kind("AGREE", "金正恩委員長は「近い将来にソウルを訪問する」と述べた。")
    assert got == [("AGREE", ("PRK",), ("KOR",))]


def test_quoted_condemnation_stays_performed() -> None:
    got = code("官房長官は「北朝鮮の発射を強く非難する」と述べた。")
    assert [m.event for m in got if m.event == "AGREE"] == []


def test_accepted_invitation_agrees_with_the_inviter() -> None:
    assert of_kind("AGREE", "北朝鮮は韓国の招請を受け入れた。") == [("AGREE", ("PRK",), ("KOR",))]


def test_dispatch_course_is_no_pledge() -> None:
    text = "ニュージーランドの首相は、部隊を東ティモールに派遣する方針を示した。"
    assert of_kind("AGREE", text) == []
    assert of_kind("AID", text) == [("AID", ("NZL",), ("TLS",))]
    # aid continued as a course is still pledged
    got = of_kind("AGREE", "英国はウクライナに対し、軍事支援を続ける方針を表明した。")
    assert len(got) == 1 and set(got[0][1] + got[0][2]) == {"GBR", "UKR"}
