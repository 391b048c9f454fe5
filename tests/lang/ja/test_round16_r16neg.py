"""Round 16 (r16neg): refusals said as a negated acceptance, and headlines with a site tail.

Sentences of our own: a verb of accepting (受け入れる, 認める) negated, with another side's
demand, claim or ruling as its object, is a REJECT of that side; accepted, or with an act
or a permission as its object, it is none. Denying one's own involvement (関与を否定) is a
REJECT; another's involvement denied is not. A page title's section and site name do not
stop a long headline from being read as one.
"""

from __future__ import annotations

from .test_coder import briefs


def _rejects(text: str) -> list[tuple]:
    return [b for b in briefs(text) if b[0] == "REJECT"]


# --- a negated acceptance -------------------------------------------------------------------


def test_demand_not_accepted_is_a_rejection():
    assert _rejects("中国政府は日本の要求を受け入れなかった。") == [("REJECT", ("CHN",), ("JPN",))]


def test_finding_not_accepted_with_mo_is_a_rejection():
    text = "北朝鮮は、マレーシアの司法解剖の結果も受け入れないと表明した。"
    assert _rejects(text) == [("REJECT", ("PRK",), ("MYS",))], briefs(text)


def test_offered_truce_not_accepted_is_a_rejection():
    text = "ロシアは米国が提案した停戦を受け入れておらず、攻撃を続けている。"
    assert ("REJECT", ("RUS",), ("USA",)) in briefs(text)


def test_claim_not_recognised_is_a_rejection_but_one_recognised_is_none():
    text = "インドネシアは中国の主張を決して認めないと表明した。"
    assert _rejects(text) == [("REJECT", ("IDN",), ("CHN",))]
    assert _rejects("日本は中国の主張を認めた。") == []
    assert _rejects("日本政府はロシアの入国を認めない方針だ。") == []
    assert briefs("イランは米国の停戦案を受け入れた。") == [("AGREE", ("IRN",), ("USA",))]


# --- one's own involvement denied -------------------------------------------------------------


def test_own_involvement_denied_is_a_rejection_another_s_is_none():
    text = "韓国軍は北朝鮮の仕業と断定したが、北朝鮮側は地雷の埋設への関与を否定した。"
    assert _rejects(text) == [("REJECT", ("PRK",), ("KOR",))], briefs(text)
    assert _rejects("インド政府は一貫して第三国の関与を否定している。") == []
    assert _rejects("イランの司令官はイランの関与を否定した。") == []


# --- a headline with its site tail -----------------------------------------------------------


def test_long_headline_with_site_tail_keeps_its_topic():
    text = (
        "アルジェリア、モロッコと断交　「敵対行為やめず」と非難　モロッコは「全く不当」と"
        "反発 - 中東・アフリカ | ワールドウオッチ"
    )
    assert ("SANCTION", ("DZA",), ("MAR",)) in briefs(text), briefs(text)
