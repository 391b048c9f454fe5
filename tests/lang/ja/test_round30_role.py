"""Round 30 (role): mediators are no parties, partners hung on an adverb, clause nouns,
the receiver of a pledged flow, ・-listed headline topics and 豪 before と."""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, ja_codes, of_kind

pytestmark = pytest.mark.model


def test_mediator_with_niyori_is_no_party():
    """Xの仲介により、AとBが署名: the mediator brokers the accord, it does not sign it."""
    got = briefs("スイスの外相の仲介により、エチオピアとエリトリアの代表が和平協定に署名した。")
    assert got == [("SUPPORT", ("ETH",), ("ERI",))]


def test_mediator_with_niyotte_is_no_party():
    got = briefs("ロシアとウクライナは、トルコの仲介によって捕虜交換で合意した。")
    assert ("AGREE", ("RUS",), ("UKR",)) in got
    assert not any("TUR" in a + r for _, a, r in got)


def test_mediator_in_relative_clause_is_no_party():
    """…が、AUの仲介によって調印した文書: the organisation only mediated."""
    got = briefs(
        "今回の休戦は、エチオピア、エリトリア両国の代表がアフリカ連合(AU)の仲介によって"
        "調印した文書に基づいている。"
    )
    assert got == [("SUPPORT", ("ETH",), ("ERI",))]


def test_agent_phrase_of_no_mediation_stays():
    """Only good offices are closed: ロシア軍の攻撃により keeps the attacker."""
    got = briefs("ロシア軍の攻撃により、ウクライナ東部の発電所が破壊された。")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in got


def test_partner_hung_on_soutsuide_is_kept():
    """…外相は、Xらと相次いで会談し: the parser hangs the partner on 相次い(で)."""
    got = of_kind(
        "CONSULT",
        "イランを訪れた英国、フランス、ドイツの各外相は21日、ハタミ大統領らと相次いで会談した。",
        published="2003-10-21",
    )
    assert ("CONSULT", ("GBR",), ("FRA", "DEU", "IRN")) in got


def test_clause_noun_is_no_doer():
    """…と会談した後、記者会見した: 後 heads an adverbial clause; the topic talks."""
    got = of_kind(
        "CONSULT",
        "ハラジ外相は21日、英国の外相と会談した後、記者会見した。",
        published="2003-10-21",
    )
    assert got == [("CONSULT", ("IRN",), ("GBR",))]


def test_pledged_flow_keeps_its_receiver():
    """XやYも、Zへの戦闘機の供与を表明: Z, hung on the goods, receives; X and Y are one side."""
    got = briefs("ノルウェーやベルギーもウクライナへの戦闘機の供与を表明した。")
    assert ("AID", ("NOR", "BEL"), ("UKR",)) in got
    assert ("AGREE", ("NOR",), ("BEL",)) not in got


def test_middle_dot_list_as_headline_topic():
    """サウジ・UAE・バーレーン、カタールから大使召還: a ・-list longer than a short topic."""
    ms = code(
        "関係国は声明を出した。",
        published="2017-06-05",
        title="エジプト・ヨルダン・バーレーン、イランから大使召還",
    )
    assert ("SANCTION", ("EGY", "JOR", "BHR"), ("IRN",)) in [brief(m) for m in ms]


def test_abbreviation_before_to():
    """豪との after a comma names Australia; 強豪と, 富豪と, 米と小麦 do not."""
    assert ja_codes("インドネシア、豪との軍事協力を停止") == [("IDN",), ("AUS",)]
    assert ja_codes("日本は強豪と対戦し、富豪と会った") == [("JPN",)]
    assert ja_codes("米と小麦の価格") == []
