"""Round 30 (role2): a finite passive attack keeps its victim, relief brought after a
sending or an arrival is aid to the state it names, and a promise's recipient state is no
document whose content names a third state."""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


def test_finite_received_attack_goes_to_the_subject():
    """シリアはトルコ軍による砲撃を受けた: the subject suffered the shelling."""
    assert ("ASSAULT", ("TUR",), ("SYR",)) in briefs("シリアはトルコ軍による砲撃を受けた。")


def test_aspectual_received_attack_goes_to_the_subject():
    """…による越境爆撃を繰り返し受けてきた: repeated, still suffered (not in response)."""
    got = briefs("レバノンは、自国がイスラエル軍機による越境爆撃を繰り返し受けてきたと非難した。")
    assert ("ASSAULT", ("ISR",), ("LBN",)) in got
    assert not any(b[0] == "ASSAULT" and "LBN" in b[1] for b in got)


def test_continuative_received_attack_is_only_the_reason():
    """…による侵攻を受けて、X は…: in response; X is no side of the invasion."""
    got = briefs("スウェーデンは、ロシアによる侵攻を受けて、ウクライナへの支援を表明した。")
    assert not any(b[0] == "ASSAULT" and "SWE" in b[1] + b[2] for b in got)


def test_repeated_act_as_a_clause_keeps_its_own_object():
    """挑発を繰り返し、…: a clause of its own (with a comma), not an adverb."""
    got = briefs("北朝鮮はミサイル発射を繰り返し、日本は抗議した。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in got


def test_relief_carried_after_sending_is_aid_to_that_state():
    """輸送機を派遣し、フィジーに医薬品を運ぶ: aid to Fiji, not the sender's own move."""
    got = briefs("豪州政府は、空軍の輸送機を派遣し、フィジーに医薬品を運ぶ。")
    assert ("AID", ("AUS",), ("FJI",)) in got
    assert not any(b[0] == "MOBILIZE" for b in got)


def test_relief_work_after_arrival_is_aid_to_the_host():
    """艦艇がバヌアツに到着し、給水支援に当たる: the ships help Vanuatu."""
    got = briefs("フランス海軍の艦艇がバヌアツに到着し、給水支援に当たる。")
    assert ("AID", ("FRA",), ("VUT",)) in got


def test_watch_after_sending_stays_own_move():
    """駆逐艦を派遣し、周辺海域で監視に当たる: the sender's own errand, no aid."""
    got = briefs("英国は駆逐艦を派遣し、周辺海域で監視に当たる。")
    assert not any(b[0] == "AID" for b in got)


def test_exercise_after_arrival_stays_a_move():
    got = briefs("ロシア海軍の艦隊がキューバに到着し、合同演習を行う。")
    assert not any(b[0] == "AID" for b in got)


def test_promised_aid_recipient_relative_clause_names_no_party():
    """攻撃を受けるレバノンに、…が供与を約束していた: ISR only describes the recipient."""
    got = briefs(
        "イスラエルの攻撃を受けるレバノンに、フランスやドイツなどが供与を約束していた医薬品が届いた。"
    )
    (agree,) = [b for b in got if b[0] == "AGREE"]
    assert set(agree[1] + agree[2]) == {"FRA", "DEU", "LBN"}
