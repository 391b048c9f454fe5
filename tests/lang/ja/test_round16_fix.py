"""Round 16 (review): a stance verb's charge must be in what it says, not in a clause told
before the quote it answers with (the blind4/blind11 regression of r16lex's 主張 reading)."""

from __future__ import annotations

from .test_coder import briefs


def test_a_charge_told_before_the_quote_is_not_what_the_claim_says():
    found = briefs(
        "中国海警局の船は9日、尖閣諸島周辺の日本の領海に侵入し、中国側は「正当な巡視活動だ」と主張した。"
    )
    assert ("ACCUSE", ("CHN",), ("JPN",)) not in found
    # the charge inside the quote still makes the claim an accusation
    assert ("ACCUSE", ("CHN",), ("USA",)) in briefs(
        "中国外務省は「緊張を高めた責任は米国にある」と主張した。"
    )
