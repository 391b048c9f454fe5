"""Round 21 (s21min): the foreign ministry's minutes (概要) read as turns.

A turn written Xからは、 is a turn as Xから、 is; the words a turn reports up to 旨 are a
quote to the acts after them, whose doer is the speaker (not a topic inside the words); a
speaker's name ends at its から however the parser hangs the words after it; what an accord
is about (Xについて、両首脳は…一致しました) is no party to it; a state's development or
reform backed (…の発展を後押しする) is aid to it.
"""

from __future__ import annotations

import pytest

from .test_coder import of_kind

pytestmark = pytest.mark.model

OPENING = "5月10日、石破総理大臣は、訪日中のマクロン・フランス大統領と首脳会談を行いました。"


def test_a_turn_written_with_kara_wa_is_the_speakers():
    """石破総理大臣からは、…懸念を表明しました: the speaker's own concern, not both leaders'."""
    found = of_kind(
        "ACCUSE",
        OPENING,
        "両首脳は、核軍縮の分野で協力していくことで一致しました。",
        "石破総理大臣からは、ロシアによる度重なるミサイル攻撃について深い懸念を表明しました。",
    )
    assert found == [("ACCUSE", ("JPN",), ("RUS",))]


def test_a_topic_inside_the_turns_words_is_not_the_doer_after_them():
    """X大統領から、日本は…である旨述べ、…謝意を表明しました: the thanks are X's."""
    found = of_kind(
        "SUPPORT",
        OPENING,
        "これに対し、マクロン大統領から、日本はフランスにとって重要な友人である旨述べ、"
        "石破総理大臣の歓迎に謝意を表明しました。",
    )
    assert ("SUPPORT", ("FRA",), ("JPN",)) in found
    assert ("SUPPORT", ("JPN",), ("JPN",)) not in found


def test_what_an_accord_is_about_is_no_party():
    found = of_kind(
        "AGREE",
        OPENING,
        "シリア情勢について、両首脳は、国際社会と緊密に連携していくことで一致しました。",
    )
    assert found == [("AGREE", ("FRA",), ("JPN",))] or found == [("AGREE", ("JPN",), ("FRA",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "石破総理大臣から、円借款を通じて、ケニアのインフラ整備を引き続き後押ししていく旨述べました。",
        "石破総理大臣から、ケニアの経済改革を後押しするため、円借款を供与する旨述べました。",
    ],
)
def test_development_backed_is_aid(sentence):
    opening = "5月10日、石破総理大臣は、訪日中のルト・ケニア大統領と首脳会談を行いました。"
    assert ("AID", ("JPN",), ("KEN",)) in of_kind("AID", opening, sentence)
    assert of_kind("SUPPORT", opening, sentence) == []
