"""Round 23 (r23act): a leader's government named by surname, and the names of older news.

Papers name a government by its leader's surname with 政権, 内閣 or 陣営 (ジョンソン政権, 李政権,
岸内閣): the surname is the one of that name who led a state on the article's date, as a surname
with a title is (round 22), a head of state before a head of government of another state. A
name may stand for another state in stories of an earlier date (チェコ for Czechoslovakia before
1993). State media have their own names for states (Xinhua's ソ修, KCNA's 傀儡一味 and かいらい軍,
Seoul's 北韓), and a few bodies and people of states were missing from the tables.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people

pytestmark = pytest.mark.model


def codes(text: str, on: str) -> list[tuple[str, ...]]:
    return [c for _, c, _ in people(text, on)]


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("ジョンソン政権は", "1967-05-01", "USA"),  # Lyndon Johnson, not Boris Johnson
        ("ジョンソン政権は", "2021-05-01", "GBR"),
        ("李政権は", "2009-05-01", "KOR"),  # Lee Myung-bak
        ("李政権は", "2025-09-01", "KOR"),  # Lee Jae-myung, not premier Li Qiang
        ("習政権は", "2019-05-01", "CHN"),
        ("岸内閣は", "1959-05-01", "JPN"),
        ("シン政権は", "2010-05-01", "IND"),
        ("ハワード政権は", "2002-05-01", "AUS"),
        ("フセイン政権は", "2003-03-01", "IRQ"),  # King Hussein of Jordan died in 1999
    ],
)
def test_a_surname_with_a_word_for_government_is_the_leader_then_in_office(text, on, code):
    assert codes(text, on) == [(code,)]


def test_a_surname_with_government_names_no_one_when_no_leader_bore_it_then():
    # 1985: no leader named 習 was in office (the surname names Xi Jinping from 2012)
    assert codes("習政権は", "1985-05-01") == []
    # 1995: Saddam Hussein and King Hussein of Jordan both led a state: no one state
    assert codes("フセイン政権は", "1995-05-01") == []


def test_a_head_of_state_leads_before_a_prime_minister_of_another_state():
    # 2011: Kim Jong Il led North Korea; Kim Hwang-sik was South Korea's prime minister
    assert codes("金政権は", "2011-06-01") == [("PRK",)]


def test_the_government_of_a_surname_acts_for_its_state():
    text = "ジョンソン政権は23日、ソ連政府を通じて北朝鮮に乗員の即時返還を求めた。"
    assert ("REQUEST", ("USA",), ("PRK",)) in briefs_of("REQUEST", text, "1968-01-24")


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("チェコ侵入", "1968-08-23", "CSK"),
        ("チェコ政府", "1968-08-23", "CSK"),
        ("チェコ政府", "2024-08-23", "CZE"),
        ("プラハで", "1968-08-23", "CSK"),
    ],
)
def test_a_present_name_stands_for_its_predecessor_before_the_split(text, on, code):
    assert codes(text, on) == [(code,)]


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("ソ修の叛徒集団が", "1969-03-04", "SUN"),
        ("北韓共産集団による", "1983-10-10", "PRK"),
        ("ワルシャワ条約機構の統一軍", "1962-10-24", "IGO"),
        ("アラブ石油輸出国機構（OAPEC）は", "1973-11-24", "IGO"),
        ("和平実施部隊（IFOR）が", "1995-12-15", "NATO"),
        ("ドプチェク氏は", "1968-08-23", "CSK"),
        ("ツァフクナ外相は", "2025-09-20", "EST"),
        ("ルーラ大統領は", "2025-03-26", "BRA"),
    ],
)
def test_names_of_state_media_and_older_news(text, on, code):
    assert codes(text, on)[:1] == [(code,)]


def test_the_puppet_clique_is_south_korea_in_a_korean_story():
    text = "朝鮮中央通信によると、北朝鮮の声明は、傀儡一味が合意の効力を停止したと非難した。"
    assert ("ACCUSE", ("PRK",), ("KOR",)) in briefs_of("ACCUSE", text, "2023-11-24")


def test_pakistan_closes_a_list_of_states_by_its_katakana_abbreviation():
    assert codes("米・中・パの連携", "1971-08-10") == [("USA",), ("CHN",), ("PAK",)]
    assert codes("パリとロンドン", "1971-08-10") == [("FRA",), ("GBR",)]
