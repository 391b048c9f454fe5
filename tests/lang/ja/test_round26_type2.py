"""Round 26 (r26type2): acts read in the wrong type by their object or subject.

Warplanes or warships arriving abroad are the sender's show of force (MOBILIZE), not a
visit (到着 CONSULT); an upgrade of relations told as a fact is
COOPERATE (agreed upgrades keep the AGREE of 一致 / 合意); a note received or handed over is
no aid; a membership action plan joined is cooperation, not the joining.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # bombers arriving in another state
            "ロシア空軍の爆撃機2機が、キューバの首都ハバナに到着した。",
            ("MOBILIZE", ("RUS",), ()),
        ),
        (  # warships arriving at a port abroad
            "中国海軍の駆逐艦3隻がパキスタンのカラチ港に到着した。",
            ("MOBILIZE", ("CHN",), ()),
        ),
        (  # an upgrade of relations told as a fact
            "インドとオーストラリアは2020年、両国関係を包括的戦略パートナーシップに格上げしている。",
            ("COOPERATE", ("IND",), ("AUS",)),
        ),
        (  # a membership action plan joined
            "北マケドニアはNATOの加盟行動計画に参加した。",
            ("COOPERATE", ("MKD",), ("NATO",)),
        ),
    ],
)
def test_type_by_object(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (  # bombers arriving are no visit
            "ロシア空軍の爆撃機2機が、キューバの首都ハバナに到着した。",
            "CONSULT",
        ),
        (  # a note received is no aid
            "アルメニア外務省は、ロシアからの撤退を求める外交文書を受け取ったと発表した。",
            "AID",
        ),
        (  # a note handed over, told in the passive, is no aid
            "ベラルーシ外相が署名した通知書は、翌日に在ミンスク中国大使館に手渡された。",
            "AID",
        ),
        (  # an upgrade told as a fact is no agreement
            "インドとオーストラリアは2020年、両国関係を包括的戦略パートナーシップに格上げしている。",
            "AGREE",
        ),
        (  # the plan joined is not the joining
            "北マケドニアはNATOの加盟行動計画に参加した。",
            "SUPPORT",
        ),
    ],
)
def test_not_this_type(sentence: str, wrong: str) -> None:
    assert wrong not in [b[0] for b in briefs(sentence)]


def test_agreed_upgrade_stays_agree() -> None:
    assert ("AGREE", ("JPN",), ("IND",)) in briefs(
        "日本とインドの首脳は、両国関係を特別戦略的パートナーシップに格上げすることで合意した。"
    )
