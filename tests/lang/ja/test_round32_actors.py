"""Round 32 (r32act): actor breadth. Office holders of 1945-1960 and of 2019-2026 the tables
lacked, named by full name or by surname and title on the story's date; organs, forces and
bodies of older news; stop forms for the bodies of no recognised state (rulings 4, 39)."""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, people

NAMED = [
    # (text, date, state, person)
    ("ベセント財務長官は関税交渉で合意したと発表した。", "2025-06-01", "USA", "Scott Bessent"),
    ("グリア通商代表は協議を打ち切った。", "2025-06-01", "USA", "Jamieson Greer"),
    ("ダレス国務長官は条約の意義を強調した。", "1954-12-02", "USA", "John Foster Dulles"),
    ("ダレス長官は会見で警告した。", "1955-03-01", "USA", "John Foster Dulles"),
    ("アチソンは演説で防衛線を示した。", "1950-01-12", "USA", "Dean Acheson"),
    ("トルーマン大統領は派兵を決めた。", "1950-06-27", "USA", "Harry S. Truman"),
    ("ウィルソン国防長官は日本を訪れた。", "1955-05-01", "USA", "Charles E. Wilson"),
    ("スターリンは毛沢東と会談した。", "1950-02-14", "SUN", "Joseph Stalin"),
    ("モロトフ外相は提案を拒否した。", "1955-07-20", "SUN", "Vyacheslav Molotov"),
    ("ブルガーニン首相は書簡を送った。", "1956-11-05", "SUN", "Nikolai Bulganin"),
    ("吉田首相は講和条約に署名した。", "1951-09-08", "JPN", "Yoshida Shigeru"),
    ("重光外相はダレス長官と会談した。", "1955-08-30", "JPN", "Shigemitsu Mamoru"),
    ("藤山外相は新条約に署名した。", "1960-01-19", "JPN", "Fujiyama Aiichiro"),
    ("椎名悦三郎外相は基本条約に署名した。", "1965-06-22", "JPN", "Shiina Etsusaburo"),
    ("イーデン首相は派兵を決断した。", "1956-10-31", "GBR", "Anthony Eden"),
    ("ベビン外相は提案を歓迎した。", "1947-06-20", "GBR", "Ernest Bevin"),
    ("モレ首相は作戦を承認した。", "1956-10-31", "FRA", "Guy Mollet"),
    ("ベングリオン首相は撤退を拒んだ。", "1956-11-08", "ISR", "David Ben-Gurion"),
    ("モサデク首相は石油国有化を宣言した。", "1951-05-01", "IRN", "Mohammad Mosaddegh"),
    ("ナジ首相はワルシャワ条約からの脱退を表明した。", "1956-11-01", "HUN", "Imre Nagy"),
    ("ブケレ大統領は会談した。", "2025-04-14", "SLV", "Nayib Bukele"),
    ("林佳龍外交部長は訪日した。", "2025-03-01", "TWN", "Lin Chia-lung"),
    ("ヴァンス副大統領は演説した。", "2025-02-14", "USA", "JD Vance"),
    ("アジズ外相は交渉を拒んだ。", "1990-12-01", "IRQ", "Tariq Aziz"),
    ("ノリエガ将軍は拘束された。", "1990-01-03", "PAN", "Manuel Noriega"),
]


@pytest.mark.parametrize(("text", "on", "state", "person"), NAMED)
def test_a_holder_is_named_for_his_state(text: str, on: str, state: str, person: str) -> None:
    first = people(text, on)[0]
    assert first[1] == (state,) and first[2] == person


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("KGBは外交官を拘束した。", "1985-05-01", "SUN"),
        ("ベラルーシ国家保安委員会は男を拘束した。", "2022-05-01", "BLR"),
        ("モサドは作戦を実行した。", "2024-09-20", "ISR"),
        ("米通商代表部は調査を始めた。", "2025-06-01", "USA"),
        ("関東軍は国境で交戦した。", "1939-06-01", "JPN"),
    ],
)
def test_organs_of_older_and_newer_news(text: str, on: str, code: str) -> None:
    assert people(text, on)[0][1] == (code,)


@pytest.mark.parametrize(
    ("text", "on"),
    [
        # a surname that names a person only with a title: alone, or out of office, nobody
        ("吉田氏は会見した。", "2024-05-01"),
        ("ダレス空港に到着した。", "2024-05-01"),
        ("米国とマーシャル諸島が協定に署名した。", "2023-05-23"),  # the US only, no Marshall
        ("ウィルソン国防長官は声明を出した。", "2024-05-01"),  # no such secretary in 2024
        ("タイ通商代表団が来日した。", "2023-05-01"),  # Thailand's, not Katherine Tai
        ("ポル・ポト派は武装解除を拒んだ。", "1992-06-10"),  # a faction, no state
        ("南ベトナム解放民族戦線は攻勢を始めた。", "1968-01-31"),  # the Viet Cong, no state
    ],
)
def test_no_person_or_state_where_the_name_is_another(text: str, on: str) -> None:
    found = people(text, on)
    assert all(p is None for _, _, p in found)
    assert not any(c in {("VNM",), ("KHM",)} for _, c, _ in found)  # stop forms name none


def test_marshall_islands_stay_a_state() -> None:
    assert ("MHL",) in [
        c for _, c, _ in people("米国とマーシャル諸島が協定に署名した。", "2023-05-23")
    ]


def test_tai_is_thailand_without_her_full_name() -> None:
    assert people("タイ通商代表団が来日した。", "2023-05-01")[0][1] == ("THA",)


def test_a_new_holder_acts_in_a_sentence() -> None:
    got = briefs_of(
        "AGREE", "ベセント財務長官は9日、アルゼンチン側と合意したと発表した。", "2025-10-10"
    )
    assert got and got[0][1][0] == "USA"


def test_a_postwar_premier_acts_in_a_sentence() -> None:
    got = briefs_of("ACCUSE", "ブルガーニン首相は英仏の軍事行動を非難した。", "1956-11-05")
    assert got and got[0][1] == ("SUN",)


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("カルキ暫定首相は選挙の日程を示した。", "2025-10-01", "NPL"),
        ("ムニール元帥は米国を訪れた。", "2025-06-18", "PAK"),
        ("シーハサック外相は停戦を求めた。", "2025-11-01", "THA"),
        ("張又侠副主席は演習を視察した。", "2025-06-01", "CHN"),
        ("サイード大統領は声明を出した。", "2025-06-01", "TUN"),
    ],
)
def test_holders_of_2023_2026(text: str, on: str, code: str) -> None:
    assert people(text, on)[0][1] == (code,)


@pytest.mark.parametrize(
    "text", ["水道水のカルキ臭が強い。", "サイード氏の著作を読んだ。", "アシフ氏は会見した。"]
)
def test_a_name_that_is_a_word_needs_its_title(text: str) -> None:
    assert people(text, "2025-06-01") == []
