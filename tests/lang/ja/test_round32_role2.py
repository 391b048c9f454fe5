"""Round 32 (role2): parties of signings with several partners, of a kind of state a
relative clause describes, of a refusal of a multilateral treaty, and of leaving an alliance."""

from .test_coder import briefs


def test_accord_with_listed_partners_is_one_signing_each():
    got = briefs("日本政府は8日、フィジー、トンガとの漁業協定に署名した。")
    assert ("SUPPORT", ("JPN",), ("FJI",)) in got
    assert ("SUPPORT", ("JPN",), ("TON",)) in got


def test_accord_with_both_states_written_in_the_pact_phrase():
    got = briefs("豪州はインド、インドネシア両国と防衛協定を結んだ。")
    assert ("SUPPORT", ("AUS",), ("IND",)) in got
    assert ("SUPPORT", ("AUS",), ("IDN",)) in got


def test_one_partner_and_talks_are_not_split():
    assert briefs("韓国はカナダとの協定に署名した。") == [("SUPPORT", ("KOR",), ("CAN",))]
    assert ("CONSULT", ("KOR",), ("CAN", "MEX")) in briefs("韓国はカナダ、メキシコと会談した。")


def test_kind_of_state_described_by_a_clause_names_no_state():
    got = briefs("中国はロシアに協力する国に制裁を科すと警告した。")
    assert not [b for b in got if b[0] == "THREATEN"]


def test_a_named_state_with_a_clause_stays_the_target():
    got = briefs("中国はロシアに協力する日本に制裁を科すと警告した。")
    assert ("THREATEN", ("CHN",), ("JPN",)) in got


def test_refusing_a_multilateral_treaty_takes_no_other_signer():
    got = briefs(
        "包括的核実験禁止条約の署名式が始まり、米国が最初に署名したが、パキスタンは拒否した。"
    )
    assert ("REJECT", ("PAK",), ()) in got


def test_refusing_a_proposal_keeps_the_proposer():
    got = briefs("米国が提案したが、パキスタンは拒否した。")
    assert ("REJECT", ("PAK",), ("USA",)) in got


def test_leaving_an_alliance_organ_is_aimed_at_the_alliance():
    got = briefs(
        "フランス大統領は米国の政策に抗議し、フランス軍のNATO統合軍事機構からの脱退を発表した。"
    )
    assert ("SANCTION", ("FRA",), ("NATO",)) in got


def test_leaving_a_treaty_is_unchanged():
    got = briefs("英国はEUからの離脱を決めた。")
    assert ("SANCTION", ("GBR",), ("EUR",)) in got


def test_leaving_with_no_doer_written_takes_none_from_a_condition():
    got = briefs("トルコ首相は、キプロスの扱いが続くならNATOから脱退することもあり得ると語った。")
    assert not [b for b in got if b[0] == "SANCTION" and b[1] == ("CYP",)]


def test_listed_examples_and_listed_signers_are_not_split():
    got = briefs("豪州は、フィジーやトンガとも協定を結んだ。")
    assert ("SUPPORT", ("AUS",), ("FJI",)) not in got
    got = briefs("ケニア、ウガンダの2カ国と、タンザニアの外相は協定に署名した。")
    assert ("SUPPORT", ("TZA",), ("KEN",)) not in got
