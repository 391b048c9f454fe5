"""Round 23 (r23pres): event words that name no act of a state in their sentence.

A vote counted or cast against a resolution (反対12, 中国は反対, 採決では…反対し) is a
tally, no accusation; a press conference (同日の会見で) is where a speaker faces reporters,
no meeting with another state, while 会見 with a partner (Xと会見した) stays talks; and a
crowd, protesters, students or an opposition party (群衆, イラン群衆, 学生ら, 野党) protesting
or storming act for no state (spec §1), though their state stays named for the other acts.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "採決では、ベネズエラとキューバが反対し、ブラジルは棄権した。",
        "国連総会、イランの制裁決議を採択　英国は賛成、ロシアは反対",
    ],
)
def test_a_vote_against_is_no_accusation(sentence: str) -> None:
    """A vote counted or cast against a resolution is a tally, not an ACCUSE of anyone;
    反対 taking a stance on an act, with no vote in its sentence, stays an ACCUSE."""
    assert of_kind("ACCUSE", sentence) == []
    found = of_kind("ACCUSE", "中国外務省の報道官は、米国の台湾への武器売却に反対すると述べた。")
    assert ("ACCUSE", ("CHN",), ("USA",)) in found


def test_a_press_conference_is_no_meeting() -> None:
    """会見 with no partner written is a press conference: no CONSULT with the states named;
    Xと会見した, with the person met written as its partner, stays a CONSULT."""
    sentence = (
        "同国の軍司令官は今日の会見で、"
        "「豪州やニュージーランドがどんな制裁を科そうと、われわれは屈しない」と述べた。"
    )
    assert of_kind("CONSULT", sentence) == []
    found = of_kind("CONSULT", "金正恩総書記は、ロシアのショイグ安全保障会議書記と平壌で会見した。")
    assert found and {"PRK", "RUS"} <= {c for b in found for side in b[1:] for c in side}


@pytest.mark.parametrize(
    "sentence",
    [
        "英国の処置に抗議するイラン群衆が、テヘランの英国大使館を取り囲んだ。",
        "ブラジルの野党は、政府がアルゼンチンとの協定を急いだと批判した。",
        "英国の処置に反発したイランの群衆が、テヘランの英国大使館に押しかけて抗議した。",
        "モスクワのエストニア大使館前では、ロシアのデモ隊がエストニアへの抗議を続けている。",
    ],
)
def test_a_crowd_protesting_is_no_state(sentence: str) -> None:
    """A crowd, protesters or an opposition party protesting act for no state (spec §1)."""
    assert of_kind("ACCUSE", sentence) == []


def test_students_storming_an_embassy_are_no_state() -> None:
    """学生らが大使館を占拠: students seizing an embassy are no state's force; the state of
    the story is not filled in as the attacker."""
    found = briefs(
        "英大使館占拠3日目、人質解放のめど立たず",
        "【バグダッド5日共同】イラクの首都バグダッドで学生らが英国大使館を占拠し、"
        "英国人職員ら約20人を人質に取っている事件で、イラク政府は5日、英国の特使とは会わないと表明した。",
    )
    assert not [b for b in found if b[0] == "ASSAULT"]
