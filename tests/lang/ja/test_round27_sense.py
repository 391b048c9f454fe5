"""Round 27 (sense): verbs whose sense turns on their object or their form.

応じる not negated, with an offer, talks or a settlement as its に-phrase (提案に応じた,
協議に応じる考え, 補償にも応じる), agrees to it (AGREE), the offer's maker the other side;
a request met (要請に応じ), a reply (…と応じた) or a condition (応じなければ) is no agreement,
and negated it stays the refusal. 認める negated with another state's port call as its
object (寄港を認めない, 入港を認めなかった) refuses the ships (REJECT); granted, it is none.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北朝鮮は韓国の提案に応じた。", ("PRK", "KOR")),
        ("米国がパラオの提案に応じる可能性は十分にある。", ("USA", "PLW")),
        ("イスラエルはトルコの遺族への補償にも応じる。", ("ISR", "TUR")),
        ("ベトナム政府は中国の会談の申し入れに応じた。", ("VNM", "CHN")),
    ],
)
def test_offer_complied_with_is_agreed(text: str, pair: tuple[str, str]) -> None:
    got = [b for b in briefs(text) if b[0] == "AGREE"]
    assert got
    assert set(pair) <= set(got[0][1] + got[0][2])


@pytest.mark.parametrize(
    "text",
    [
        "政府は国連の要請に応じ、医療チームを送った。",
        "北朝鮮は「必ず報復する」と応じた。",
        "イランが交渉に応じなければ攻撃すると警告した。",
        "米国は北朝鮮に対話に応じるよう求めた。",
    ],
)
def test_request_reply_or_condition_is_no_agreement(text: str) -> None:
    assert not [b for b in briefs(text) if b[0] == "AGREE"]


def test_offer_refused_stays_rejected() -> None:
    assert ("REJECT", ("CHN",), ("JPN",)) in briefs(
        "中国政府は日本の会談の申し入れに応じなかった。"
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国は米軍艦の香港への寄港を認めない方針を決めた。", ("CHN", "USA")),
        ("インドネシアは中国海軍艦艇の入港を認めなかった。", ("IDN", "CHN")),
        ("ニュージーランドは米駆逐艦の寄港を認めていない。", ("NZL", "USA")),
    ],
)
def test_port_call_refused(text: str, pair: tuple[str, str]) -> None:
    assert ("REJECT", (pair[0],), (pair[1],)) in briefs(text)


def test_port_call_granted_is_no_refusal() -> None:
    assert not [m for m in code("政府は米艦船の寄港を認めた。") if m.event == "REJECT"]
