"""Round 13 (r13loc): a place, a venue or a document named after a place is no party.

Sentences of our own (data: lang/ja/data/not_actor.tsv, rows marked r13loc), each family
with variants and the readings that must stay: a state that is a party keeps its role.
"""

from __future__ import annotations

from .test_coder import briefs


def _sides(text: str) -> set[str]:
    """Every actor and recipient code of every mention coded from text."""
    return {c for _, actors, recipients in briefs(text) for c in (*actors, *recipients)}


# --- a document named after the city it was signed in (北京宣言, ミンスク合意) -------------


def test_declaration_named_after_a_city_is_no_party():
    assert "CHN" not in _sides("ハマスとファタハは22日、北京宣言に署名した。")
    assert "CHN" not in _sides("パレスチナ諸派、「北京宣言」を順守へ")
    assert "BLR" not in _sides("ロシアとウクライナは2015年、ミンスク合意に署名した。")


def test_agreement_named_by_its_two_states_keeps_them():
    assert ("SANCTION", ("PRK",), ("USA",)) in briefs("北朝鮮は米朝合意を破棄した。")
    assert "KOR" in _sides("日本は日韓合意の履行を韓国に求めた。")


def test_city_as_the_party_of_an_act_stays():
    assert "CHN" in _sides("米国は北京に強く抗議した。")


# --- the host state of another state's mission (シリアのイラン大使館) ------------------


def test_host_state_of_an_embassy_is_no_attacker():
    assert "IRQ" not in _sides("イラクの米国大使館にロケット弾攻撃")
    assert "IRQ" not in _sides("イラクの首都バグダッドで、米国大使館の敷地が砲撃を受けた。")


def test_capital_of_the_state_attacked_stays_its_target():
    assert ("ASSAULT", ("ISR",), ("QAT",)) in briefs(
        "イスラエル軍はカタールの首都ドーハでハマス幹部を空爆した。"
    )


def test_embassy_route_is_a_channel_not_the_addressee():
    assert "RUS" not in _sides("政府はモスクワの大使館ルートで抗議した。")
    assert "CHN" not in _sides("日本政府は北京の大使館ルートを通じて北朝鮮に抗議した。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs(
        "日本政府は北京の大使館ルートを通じて北朝鮮に抗議した。"
    )


def test_a_states_own_embassy_stays_its_state():
    assert ("ACCUSE", ("RUS",), ("USA",)) in briefs("ロシアの大使館は米国を非難した。")


# --- a neighbour named in a description (ロシアと国境を接するX) -------------------------


def test_neighbour_in_a_description_is_no_party():
    out = briefs("ロシアと国境を接するフィンランドとノルウェーが、条約から脱退する方針を示した。")
    assert out and "RUS" not in {c for _, a, r in out for c in (*a, *r)}, out
    assert "BLR" not in _sides("ベラルーシと隣接するリトアニアが軍の演習を始めた。")


def test_a_state_that_borders_and_acts_stays():
    assert "RUS" in _sides("ロシアは国境を接するフィンランドを非難した。")


# --- what an act is aimed at or prepares against (中国念頭に, ロシアの脅威に備え) ---------


def test_state_in_mind_is_no_partner_of_cooperation():
    assert "CHN" not in _sides("日豪、中国念頭に防衛協力を強化")
    assert "CHN" not in _sides("日本とフィリピンは中国を念頭に安全保障協力を深めることで一致した。")


def test_source_of_a_threat_prepared_against_is_no_party():
    assert "RUS" not in _sides("バルト3国、対人地雷禁止条約から脱退へ　ロシアの脅威に備え")


def test_a_threat_that_is_made_keeps_its_maker():
    assert "RUS" in _sides("ロシアはフィンランドを脅迫した。")


# --- a country people leave (レバノンからの出国) -----------------------------------------


def test_country_left_is_no_addressee_of_the_call():
    assert "ISR" not in _sides("韓国政府は自国民にイスラエルからの退避を呼びかけた。")
    assert "SDN" not in _sides("外務省は在留邦人に対しスーダンから出国するよう求めた。")


def test_a_state_asked_to_withdraw_stays_the_addressee():
    assert "RUS" in _sides("国連総会はロシアにウクライナからの撤退を求めた。")


# --- the organisation joined, when the joining is approved (スウェーデンのNATO加盟を承認) ---


def test_joiner_not_organisation_is_the_one_supported():
    assert ("SUPPORT", ("TUR",), ("FIN",)) in briefs("トルコ議会、フィンランドのNATO加盟を承認")
    assert "NATO" not in _sides("ハンガリーはスウェーデンのNATO加盟を批准した。")


def test_application_to_join_keeps_the_organisation():
    assert "NATO" in _sides("フィンランドがNATO加盟を申請した。")


# --- what must stay: a border closed against a state, a warning said with a state in mind ---


def test_border_adjoining_a_state_keeps_it_as_the_target():
    assert ("SANCTION", ("PRK",), ("KOR",)) in briefs(
        "北朝鮮は韓国と接する南部国境を完全に遮断した。"
    )


def test_warning_or_blame_with_a_state_in_mind_is_addressed_to_it():
    assert ("THREATEN", ("RUS",), ("USA", "GBR")) in briefs("ロシアは米英を念頭に警告した。")
    assert ("ACCUSE", ("CHN",), ("IND",)) in briefs("中国外務省はインドを念頭に批判した。")


def test_inter_korean_agreement_keeps_both_koreas():
    out = briefs("韓国政府は、2018年の南北軍事合意の一部条項の効力を停止した。")
    assert out and {"KOR", "PRK"} <= {c for _, a, r in out for c in (*a, *r)}, out
