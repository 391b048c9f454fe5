"""Round 30 (r30pres): a bare meeting noun that only sets the scene of the act a clause tells
(両首脳は会談で…一致, 外相らは会談後、…署名した) restates talks already told (spec §6): no
second consultation. A meeting with its own partner or date written stays."""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_bare_meeting_setting_is_not_a_second_consultation():
    got = of_kind(
        "CONSULT",
        "ブラジルのルラ大統領は15日、南アフリカのラマポーザ大統領とブラジリアで会談した。"
        "両首脳は会談で、鉱物資源の開発で協力を深めることで一致した。",
    )
    assert len(got) == 1


def test_setting_first_in_sentence_too():
    got = of_kind(
        "CONSULT",
        "ケニアのルト大統領は3日、タンザニアのハッサン大統領と会談した。"
        "会談で両首脳は、国境の貿易を拡大することで合意した。",
    )
    assert len(got) == 1


def test_meeting_with_its_partner_written_stays():
    got = briefs(
        "インドネシアのプラボウォ大統領は、オーストラリアのアルバニージー首相との会談で、"
        "海洋安全保障の協力を強化することで一致した。"
    )
    assert ("CONSULT", ("IDN",), ("AUS",)) in got or ("CONSULT", ("AUS",), ("IDN",)) in got
