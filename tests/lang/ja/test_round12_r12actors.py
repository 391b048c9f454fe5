"""Round 12 (r12actors): actor coverage audited as a whole, not from misses.

Every UN member and observer, official and variant names (メキシコ合衆国, トルキエ), pairs of
one-character abbreviations (印パ, 米ウ), capitals of the remaining states, office holders of
2022-2026 written without their state (ソガバレ首相, グエン・フー・チョン書記長), UN agencies; and a
bare 政府 after a word that makes it no single state's (各国政府, 州政府) or after a name the
tables do not know (ソマリランド政府) is no longer the outlet's Japan.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import HOME, briefs, ja_codes

pytestmark = pytest.mark.model


def test_generic_or_unknown_prefix_keeps_a_bare_government_from_japan():
    ms = briefs("ブラジルやコロンビアなど中南米の各国政府は、エクアドルを強く非難した。")
    assert ms and all("JPN" not in b[1] for b in ms) and "BRA" in ms[0][1]
    assert ja_codes("関係国の政府") == [] and ja_codes("州政府") == []
    assert ja_codes("連邦政府") == []
    assert ja_codes("グリーンランド自治政府") == [] and ja_codes("ソマリランド政府") == []
    # negatives: a bare 政府 is still Japan's, a state's own government still its own
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs(HOME, "政府は北朝鮮に厳重に抗議した。")
    assert ja_codes("フランスの新政府") == [("FRA",), ("FRA",)]
    assert ja_codes("元外務省幹部") == [("JPN",)] and ja_codes("NZ政府") == [("NZL",)]


def test_office_holders_written_without_their_state():
    assert ("CONSULT", ("SLB",), ("CHN",)) in briefs(
        "ソガバレ首相は10日、北京で習近平国家主席と会談した。"
    )
    ms = briefs("グエン・フー・チョン書記長は、ハノイでバイデン大統領と会談した。")
    assert ms and set(ms[0][1] + ms[0][2]) == {"VNM", "USA"}
    ms = briefs("ミルジヨエフ大統領とジャパロフ大統領は国境画定の協定に署名した。")
    assert ms and set(ms[0][1] + ms[0][2]) == {"UZB", "KGZ"}
    assert ja_codes("トラオレ暫定大統領") == [("BFA",)] and ja_codes("サルマン国王") == [("SAU",)]
    # a common surname stands for its state only with its title
    assert ja_codes("ブラウン首相") == [("COK",)] and ja_codes("ブラウン氏の著書") == []
    assert ja_codes("ピーターズ外相") == [("NZL",)] and ja_codes("ピーターズ氏") == []


def test_official_and_variant_state_names():
    assert ja_codes("メキシコ合衆国") == [("MEX",)]
    assert ja_codes("グレートブリテン及び北アイルランド連合王国") == [("GBR",)]
    assert ja_codes("トルキエ") == [("TUR",)] and ja_codes("ティモール・レステ") == [("TLS",)]
    assert ("SUPPORT", ("RUS",), ("AFG",)) in briefs("ロシアはタリバン政権を正式に承認した。")
    assert ja_codes("パキスタン・タリバン運動") == []


def test_pairs_of_abbreviations_with_katakana_parts():
    assert ("AGREE", ("IND",), ("PAK",)) in briefs("印パ両国は10日、停戦で合意した。")
    ms = briefs("米ウ首脳会談が28日、ホワイトハウスで開かれた。")
    assert ms and set(ms[0][1] + ms[0][2]) == {"USA", "UKR"}
    assert ja_codes("日墨首脳会談") == [("JPN", "MEX")]
    # negatives: パ and ウ inside a longer katakana word are not the states
    assert ja_codes("中パン") == [] and ja_codes("ロシア産ウォッカ") == [("RUS",)]
    assert ("USA", "UKR") not in ja_codes("米ウォール街")


def test_capitals_of_the_remaining_states_and_un_agencies():
    assert ja_codes("ナイロビ") == [("KEN",)] and ja_codes("モガディシオ") == [("SOM",)]
    assert ja_codes("アルジェリア") == [("DZA",)] and ja_codes("スバル") == []
    assert ja_codes("リスボン条約") == [] and ja_codes("ホニアラ") == [("SLB",)]
    assert ja_codes("国連パレスチナ難民救済事業機関") == [("UNO",)]


def test_a_capital_after_its_country_is_no_party_of_its_own():
    # the country is the place (で) or the party (attacked); the capital adds no party
    for capital in ("ポーランドの首都ワルシャワ", "ケニアの首都ナイロビ"):
        ms = briefs(f"中国の外相は4日、{capital}で演説し、米国の関税を批判した。")
        assert ms == [("ACCUSE", ("CHN",), ("USA",))]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in briefs(
        "ロシア軍は、ウクライナの首都キーウにミサイル攻撃を行った。"
    )
    assert ("ASSAULT", ("RUS",), ("UKR",)) in briefs("ロシア軍は首都キーウを無人機で攻撃した。")


def test_a_group_of_fixed_membership_is_its_members_an_open_group_nobody():
    five = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert ("AID", ("CHN",), five) in briefs(
        "中国は今年中に中央アジア諸国に15億元の無償援助を提供すると表明した。"
    )
    assert ja_codes("バルト三国") == [("EST", "LVA", "LTU")]
    # a member named after its group is that member alone
    assert ja_codes("バルト3国のリトアニア") == [("LTU",)]
    assert ja_codes("中央アジアのカザフスタン") == [("KAZ",)]
    # open groups name no state (and never one member)
    for group in ("欧州諸国", "太平洋島しょ国", "アフリカ諸国", "西側諸国", "中央政府"):
        assert all(c != ("KAZ",) for c in ja_codes(group))
    assert ja_codes("欧州諸国") == [] and ja_codes("太平洋島しょ国") == []
