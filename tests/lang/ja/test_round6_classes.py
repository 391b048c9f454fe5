"""Error classes found on blind6_ja (issue 9 / 11, round 6), in sentences we wrote: a
council's resolution named in a charge is no party to it, and three readings a linguist
lists with their construction (taking prisoners, filing a case, returning fire)."""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def test_a_councils_resolution_is_no_party_to_the_charge():
    ms = code("韓国政府は、北朝鮮による発射は国連安全保障理事会決議への明白な違反だと非難した。")
    assert ("ACCUSE", ("KOR",), ("PRK",)) in {brief(m) for m in ms}
    assert all("UNO" not in brief(m)[2] for m in ms)


def test_a_sanctions_resolution_is_still_a_sanction():
    ms = code("国連安保理は北朝鮮への制裁決議を採択した。")
    assert {brief(m) for m in ms} == {("SANCTION", ("UNO",), ("PRK",))}


def test_taking_soldiers_prisoner_is_an_assault():
    (m,) = code("ウクライナ軍が北朝鮮兵2人を捕虜にした。")
    assert brief(m) == ("ASSAULT", ("UKR",), ("PRK",))


def test_a_prisoner_exchange_is_no_assault():
    ms = code("両国は捕虜交換を行った。")
    assert all(brief(m)[0] != "ASSAULT" for m in ms)


def test_filing_a_case_against_a_state_is_an_accusation():
    (m,) = code("韓国は日本の輸出規制をWTOに提訴した。")
    assert brief(m) == ("ACCUSE", ("KOR",), ("JPN",))


def test_returning_fire_is_an_assault_on_the_side_that_fired():
    ms = code("北朝鮮軍が砲撃し、韓国軍が応射した。")
    assert ("ASSAULT", ("KOR",), ("PRK",)) in {brief(m) for m in ms}


def test_a_prisoner_as_a_person_is_no_assault():
    ms = code("北朝鮮兵捕虜、ウクライナで会見", title="北朝鮮兵捕虜、ウクライナで会見")
    assert all(brief(m)[0] != "ASSAULT" for m in ms)
    ms = code("ロシア軍の捕虜が記者会見した。")
    assert all(brief(m)[0] != "ASSAULT" for m in ms)


def test_a_committee_named_for_sanctions_is_no_sanction():
    ms = code("国連安全保障理事会の北朝鮮制裁委員会の専門家パネルは活動を終えた。")
    assert all(brief(m)[0] != "SANCTION" for m in ms)
    (m,) = code("国連安保理は北朝鮮への制裁を強化した。")
    assert brief(m) == ("SANCTION", ("UNO",), ("PRK",))


def test_withdrawing_a_case_against_a_state_is_a_retreat():
    ms = code("韓国は日本への提訴を取り下げた。")
    assert ("RETREAT", ("KOR",), ("JPN",)) in {brief(m) for m in ms}
    ms = code("日本は韓国への輸出規制を取り下げた。")
    assert all(brief(m)[0] != "RETREAT" for m in ms)
