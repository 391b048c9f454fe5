"""Round 22 (r22charge): a charge named as a noun at the end of a quote (patterns.tsv quoted_blame).

「…一方的な現状変更の試みだ」と述べた, 「…への裏切りだ」, 「…侵略だ」, 「…戦争犯罪だ」,
「…海賊行為だ」: the speaker charges the state the quote names as the doer, an ACCUSE.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "台湾の国防部は「中国軍の演習は力による一方的な現状変更の試みだ」と強調した。",
            ("ACCUSE", ("TWN",), ("CHN",)),
        ),
        (
            "イラクの外相は「エジプトの調印はアラブの大義への裏切りだ」と述べた。",
            ("ACCUSE", ("IRQ",), ("EGY",)),
        ),
        (
            "シリア政府は「イスラエル軍の空爆はわが国への侵略行為だ」と述べた。",
            ("ACCUSE", ("SYR",), ("ISR",)),
        ),
        (
            "ウクライナの大統領は「ロシア軍による病院への砲撃は戦争犯罪だ」と述べた。",
            ("ACCUSE", ("UKR",), ("RUS",)),
        ),
        (
            "イラン外務省は「英国による石油タンカーの拿捕は海賊行為だ」と強調した。",
            ("ACCUSE", ("IRN",), ("GBR",)),
        ),
    ],
)
def test_charge_noun_in_quote(sentence, expected):
    """現状変更の試み, 裏切り, 侵略行為, 戦争犯罪, 海賊行為 closing a quote: an ACCUSE."""
    assert expected in briefs(sentence)
