"""Round 24 (r24coord): acts a coordinated clause leaves half unsaid.

Parallel には…を phrases before one verb are one act per addressee, each with its own object
(gapping); a later clause or headline segment whose doer is marked も and whose other side is
unsaid repeats the act of the same type told before it, with the new doer.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code, of_kind

pytestmark = pytest.mark.model


def test_gapped_addressees_each_get_their_own_request():
    text = "中国はイランには核開発の停止を、イスラエルと米国には空爆の中止を求めた。"
    found = of_kind("REQUEST", text)
    assert ("REQUEST", ("CHN",), ("IRN",)) in found
    assert ("REQUEST", ("CHN",), ("ISR", "USA")) in found
    # not one request to the three as a group the sentence never names
    assert ("REQUEST", ("CHN",), ("IRN", "ISR", "USA")) not in found


def test_each_after_gapped_addressees_spreads_over_the_phrases_not_their_members():
    text = "中国はイランには核開発の停止を、イスラエルと米国には空爆の中止を、それぞれ求めた。"
    found = of_kind("REQUEST", text)
    assert ("REQUEST", ("CHN",), ("IRN",)) in found
    assert ("REQUEST", ("CHN",), ("ISR", "USA")) in found
    assert ("REQUEST", ("CHN",), ("ISR",)) not in found


def test_gapped_offers_are_one_sale_to_each_buyer():
    text = "フランスはインドに戦闘機の売却を、ブラジルには潜水艦の売却を提案した。"
    found = of_kind("AID", text)
    assert ("AID", ("FRA",), ("IND",)) in found
    assert ("AID", ("FRA",), ("BRA",)) in found


def test_one_addressee_with_two_objects_is_not_split():
    text = "米国は北朝鮮に核開発の放棄と対話への復帰を求めた。"
    assert of_kind("REQUEST", text) == [("REQUEST", ("USA",), ("PRK",))]


def test_a_headline_segment_with_also_repeats_the_concern():
    title = "豪州、中国の軍事演習に懸念　日本も懸念"
    found = [brief(m) for m in code("豪州政府は声明を出した。", title=title) if m.event == "ACCUSE"]
    assert ("ACCUSE", ("AUS",), ("CHN",)) in found
    assert ("ACCUSE", ("JPN",), ("CHN",)) in found


def test_a_clause_with_also_shares_the_accused():
    text = "インド外務省はパキスタンの越境攻撃を非難し、フランスも懸念を表明した。"
    found = of_kind("ACCUSE", text)
    assert ("ACCUSE", ("IND",), ("PAK",)) in found
    (fra,) = [b for b in found if b[1] == ("FRA",)]
    assert fra == ("ACCUSE", ("FRA",), ("PAK",))
    (m,) = [m for m in code(text) if m.event == "ACCUSE" and m.actor[0].code == "FRA"]
    assert m.factuality == "asserted"


def test_a_clause_with_also_and_its_own_other_side_keeps_it():
    text = "米国は中国を批判し、英国もロシアを非難した。"
    found = of_kind("ACCUSE", text)
    assert ("ACCUSE", ("GBR",), ("RUS",)) in found
    assert ("ACCUSE", ("GBR",), ("CHN",)) not in found


def test_also_takes_nothing_from_an_act_of_another_type():
    # the support is another act than the launch: Russia launched nothing at anyone
    text = "北朝鮮はミサイルを発射し、ロシアも北朝鮮への支持を表明した。"
    found = [b for b in (brief(m) for m in code(text)) if b[1] == ("RUS",)]
    assert ("SUPPORT", ("RUS",), ("PRK",)) in found
    assert all(b[0] != "MOBILIZE" for b in found)
