"""Round 20 (r20claim): who claims an event and how certain it is told.

Sentences we wrote in news style: a stance (support, welcome) told as an intention is held
by telling it (patterns held_stance, stated_intent, shown_intent); a clause before 旨 that
the parser hung on an earlier noun still reaches the speech verb after 旨
(modality._stray_content); an act noun announced with 発表 is claimed by its announcer
(attribution._announced).
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def _only(kind: str, text: str, published: str):
    (m,) = [m for m in code(text, published=published) if m.event == kind]
    return m


def test_support_shown_as_an_intention_is_held_and_claims_nothing():
    m = _only("SUPPORT", "ロシアは、中国の和平案を支持する考えを示した。", "2023-03-01")
    assert brief(m)[1:] == (("RUS",), ("CHN",))
    assert m.factuality == "asserted" and m.date == "2023-03"
    assert m.claimed_by is None


def test_welcome_shown_as_an_intention_is_held():
    m = _only("SUPPORT", "インド政府は、日本の艦艇派遣を歓迎する意向を示している。", "2019-05-10")
    assert m.factuality == "asserted" and m.claimed_by is None


def test_welcome_wished_in_a_quote_is_held_and_claimed_by_the_speaker():
    m = _only(
        "SUPPORT",
        "松野官房長官は記者会見で「韓国政府の決定を歓迎したい」と述べた。",
        "2023-03-07",
    )
    assert m.factuality == "asserted"
    assert m.claimed_by is not None and m.claimed_by.text == "松野官房長官"


def test_an_action_shown_as_an_intention_stays_planned():
    m = _only("AID", "ドイツ政府は、ウクライナに戦車を供与する考えを示した。", "2023-01-20")
    assert m.factuality == "planned"


def test_welcome_before_mune_in_the_minutes_is_claimed_by_the_speaker():
    m = _only(
        "SUPPORT",
        "アルバニージー首相から、岸田総理大臣の訪問を心から歓迎する旨述べました。",
        "2022-10-22",
    )
    assert brief(m) == ("SUPPORT", ("AUS",), ("JPN",))
    assert m.claimed_by is not None and m.claimed_by.text == "アルバニージー首相"


def test_sanctions_announced_are_claimed_by_the_announcer():
    m = _only(
        "SANCTION",
        "松野官房長官は記者会見で、ロシアに対する追加の制裁措置を発表した。",
        "2022-05-10",
    )
    assert brief(m) == ("SANCTION", ("JPN",), ("RUS",))
    assert m.claimed_by is not None and m.claimed_by.text == "松野官房長官"


def test_a_break_of_ties_announced_is_claimed_by_the_announcer():
    m = _only("SANCTION", "ニカラグア政府は、台湾との断交を発表した。", "2021-12-10")
    assert m.claimed_by is not None and m.claimed_by.text == "ニカラグア政府"


def test_an_announcement_presupposed_claims_nothing():
    text = "ニカラグア政府が台湾との断交を発表したことを受け、台湾は大使を召還した。"
    (m,) = [m for m in code(text, published="2021-12-10") if m.trigger == "断交"]
    assert m.claimed_by is None


def test_the_day_after_the_speakers_topic_dates_the_statement_not_the_plan():
    m = _only(
        "CONSULT",
        "バイデン大統領は12日、記者団に対し、日本と緊密に協議していく考えを示した。",
        "2024-03-13",
    )
    assert m.factuality == "planned" and m.date is None


def test_a_plans_own_day_still_dates_it():
    m = _only(
        "CONSULT",
        "バイデン大統領は12日、記者団に対し、岸田首相と15日に会談する考えを示した。",
        "2024-03-13",
    )
    assert m.factuality == "planned" and m.date == "2024-03-15"


def test_acts_told_before_a_quote_are_not_its_words():
    text = (
        "フィリピン政府は前日、中国の行動に抗議して駐中国大使を召還していて、"
        "今回の措置について「国民の安全を守るための対応だ」と説明しています。"
    )
    (m,) = [m for m in code(text, published="2024-05-10") if m.trigger == "召還"]
    assert m.claimed_by is None


def _headline(kind: str, title: str, published: str):
    (m,) = [
        m
        for m in code("これは本文です。", published=published, title=title)
        if m.event == kind and m.start < len(title)
    ]
    return m


def test_a_headline_topic_before_a_quote_and_its_statement_claims_it():
    m = _headline("ACCUSE", "北朝鮮がミサイル発射　韓国は「挑発」と非難", "2024-05-10")
    assert brief(m) == ("ACCUSE", ("KOR",), ("PRK",))
    assert m.claimed_by is not None and m.claimed_by.text == "韓国"


def test_a_headline_topic_whose_quote_holds_the_statement_claims_it():
    m = _headline("ACCUSE", "EU、ロシアのウクライナ侵攻を「強く非難」", "2022-02-25")
    assert m.claimed_by is not None and m.claimed_by.text == "EU"


def test_a_threat_quoted_after_a_headline_topic_claims_nothing():
    found = code(
        "これは本文です。",
        published="2023-04-05",
        title="ロシア大統領府、フィンランドのNATO加盟に「対抗措置」",
    )
    assert all(m.claimed_by is None for m in found)
