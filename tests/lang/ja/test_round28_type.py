"""Round 28 (type): the right event under a sibling type, and event words the sentence
presupposes (blind30/31 TYPE and PRES).

A notice or a message whose content is a よう-clause (撤収するよう通告した, 中止するよう伝えた)
is a REQUEST, and the act asked for is not told; nor is a withdrawal a headline demands
(「即時撤退」を要求, 撤収求める with its particle dropped). An event noun years are counted
from (撤退から30年) is an anniversary's reference. A partner named by cooperation
(協力パートナーだ) tells no cooperation; a fight fuelled (戦闘をあおっている) is not the
fueller's attack. A dispatch at a state's request with no destination written (…の要請を受け、
…派遣を決めた) goes to the requester.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("キルギスはロシア軍に対し、3カ月以内に基地から撤収するよう通告した。", ("KGZ", "RUS")),
        ("タジキスタン政府は米国に演習を中止するよう伝えた。", ("TJK", "USA")),
    ],
)
def test_notice_with_a_yo_clause_is_a_request(text: str, pair: tuple[str, str]) -> None:
    got = briefs(text)
    assert ("REQUEST", (pair[0],), (pair[1],)) in got
    assert not [b for b in got if b[0] in ("RETREAT", "MOBILIZE")]


def test_notice_of_ones_own_step_is_no_request() -> None:
    got = briefs("ベトナムは中国に対して制裁を科すと通告した。")
    assert ("SANCTION", ("VNM",), ("CHN",)) in got
    assert not [b for b in got if b[0] == "REQUEST"]


def test_message_without_a_yo_clause_is_no_request() -> None:
    assert not of_kind("REQUEST", "ロシア外務省は日本の大使に遺憾の意を伝えた。")


@pytest.mark.parametrize("title", ["マリ、仏軍の「即時撤退」を要求", "ニジェール 仏軍に撤収求める"])
def test_headline_demanded_withdrawal_is_not_told(title: str) -> None:
    got = briefs(title)
    assert [b for b in got if b[0] == "REQUEST"]
    assert not [b for b in got if b[0] == "RETREAT"]


def test_headline_noun_predicate_keeps_other_acts() -> None:
    assert of_kind("MOBILIZE", "北朝鮮、日本海に弾道ミサイル発射") == [("MOBILIZE", ("PRK",), ())]


def test_event_years_are_counted_from_is_background() -> None:
    assert not of_kind("RETREAT", "インドとパキスタンが条約 印軍撤退から30年")


def test_days_counted_from_an_attack_keep_it() -> None:
    got = of_kind("ASSAULT", "アルメニア軍によるアゼルバイジャン攻撃から5日がたった。")
    assert got == [("ASSAULT", ("ARM",), ("AZE",))]


def test_cooperation_partner_is_no_cooperation() -> None:
    assert not of_kind("COOPERATE", "報道官は「日豪は信頼できる協力パートナーだ」と述べた。")


def test_cooperation_strengthened_stays() -> None:
    assert of_kind("COOPERATE", "日本と豪州は防衛協力を強化した。")


def test_fighting_fuelled_is_no_attack() -> None:
    assert not of_kind("ASSAULT", "安保理は、ロシアが戦闘をあおっていると認定した。")


def test_fighting_continued_stays_an_attack() -> None:
    got = of_kind("ASSAULT", "ロシア軍はウクライナ軍と激しい戦闘を続けている。")
    assert got == [("ASSAULT", ("RUS",), ("UKR",))]


def test_dispatch_at_a_request_goes_to_the_requester() -> None:
    got = of_kind("AID", "ヨルダンの要請を受け、英国が先月に派遣を決めた。")
    assert got == [("AID", ("GBR",), ("JOR",))]


def test_dispatch_with_a_destination_keeps_it() -> None:
    got = of_kind("AID", "レバノンの要請に応じ、フランスはキプロスに部隊を派遣した。")
    assert got == [("AID", ("FRA",), ("CYP",))]
