"""Round 26 (grp2): parties told only earlier or by a short form.

A bare 書記長 written as a clause's topic is the one the story last named with that title
(name_tails.tsv, `alone`). An open pact (a treaty, a protocol, an instrument of ratification)
signed, ratified or deposited by a subject with no other party written is the signer's act
alone (ruling 10: X->[]); a partner written (と) or an unwritten signer gives none. A noun event
in the clause of a later topic (…は続いていて、Yは…の供与を続ける方針だ) is that topic's, not
the first clause's. ナジブラ政権 is Afghanistan's government of 1986-1992.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, code, of_kind

pytestmark = pytest.mark.model


def test_bare_general_secretary_is_the_one_named_before():
    found = of_kind(
        "ACCUSE",
        "ソ連共産党のゴルバチョフ書記長は帰国後、党の会議に出席した。",
        "書記長はその席で、米国の軍拡路線を強く非難した。",
        published="1987-03-02",
    )
    assert found == [("ACCUSE", ("SUN",), ("USA",))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("インドは3日、包括的核実験禁止条約に署名した。", ("SUPPORT", ("IND",), ())),
        ("ブラジルが核拡散防止条約の批准書を寄託した。", ("SUPPORT", ("BRA",), ())),
        ("ロシアは非核地帯条約の議定書に署名　英国は慎重", ("SUPPORT", ("RUS",), ())),
    ],
)
def test_open_pact_signed_alone(sentence, expected):
    assert expected in briefs(sentence)


def test_pact_with_a_partner_stays_two_sided():
    found = of_kind("SUPPORT", "インドはロシアと友好条約に署名した。", published="1993-01-29")
    assert found == [("SUPPORT", ("IND",), ("RUS",))]


def test_open_pact_without_a_signer_gives_nothing():
    assert of_kind("SUPPORT", "条約の議定書に署名したことも明らかになった。") == []


def test_noun_event_takes_the_topic_of_its_own_clause():
    found = of_kind(
        "AID",
        "イエメン政府と反政府勢力の衝突は続いていて、サウジアラビアはイエメン政府への武器の"
        "供与を続ける方針だ。",
        published="2013-05-01",
    )
    assert found == [("AID", ("SAU",), ("YEM",))]


def test_najibullah_government_is_afghanistan():
    (m,) = [
        m
        for m in code(
            "ソ連はナジブラ政権に対し、経済援助を続ける方針を伝えた。", published="1990-04-01"
        )
        if m.event == "AID"
    ]
    assert [a.code for a in m.recipient] == ["AFG"]
