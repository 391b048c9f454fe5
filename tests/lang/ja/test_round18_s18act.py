"""Round 18 (s18act): states of their time and the people of the 1990s (blind18 ACT). A dissolved
state takes the code of its time, as the USSR is SUN: Yugoslavia YUG, Czechoslovakia CSK, East
Germany DDR; the heads of Yugoslavia's successor states and Taiwan's premiers come from the dated
office table, envoys and spokespeople who held no listed office from the alias table. Sentences of
our own, in news style."""

from __future__ import annotations

from .test_coder import brief, code, ja_codes


def briefs_on(published: str, text: str) -> list[tuple]:
    return [brief(m) for m in code(text, published=published)]


def test_yugoslavia_and_its_short_forms_are_yug():
    assert briefs_on("1999-03-25", "NATOはユーゴスラビア連邦への空爆に踏み切った。") == [
        ("ASSAULT", ("NATO",), ("YUG",))
    ]
    assert ("ASSAULT", ("NATO",), ("YUG",)) in briefs_on(
        "1999-03-25", "北大西洋条約機構はユーゴスラビア連邦共和国に対する軍事行動を開始した。"
    )
    assert ("SANCTION", ("YUG",), ("USA", "GBR", "DEU", "FRA")) in briefs_on(
        "1999-03-26", "ユーゴ政府は米英独仏の4カ国との外交関係を断絶した。"
    )
    assert ("ACCUSE", ("YUG",), ("BIH",)) in briefs_on(
        "1993-05-10", "ユーゴスラビアは隣国のボスニアを非難した。"
    )
    # the organs take the suffixes: ユーゴ軍 is Yugoslavia's army, not Serbia
    assert ("ASSAULT", ("YUG",), ("XKX",)) in briefs_on(
        "1998-08-01", "ユーゴ軍はコソボの村を砲撃した。"
    )


def test_former_yugoslavia_is_a_region_not_a_state():
    assert ("YUG",) not in ja_codes("旧ユーゴ諸国の和平を巡り協議が続いている。")
    assert ("YUG",) not in ja_codes("旧ユーゴスラビア国際戦犯法廷は起訴状を公表した。")
    assert ("YUG",) in ja_codes("ユーゴ連邦は声明を出した。")


def test_czechoslovakia_and_east_germany_of_their_time():
    assert briefs_on("1968-08-21", "ソ連軍はチェコスロバキアに侵攻した。") == [
        ("ASSAULT", ("SUN",), ("CSK",))
    ]
    assert ("SANCTION", ("DDR",), ("CSK",)) in briefs_on(
        "1989-11-03", "東ドイツはチェコスロバキアとの国境を閉鎖した。"
    )
    assert ("AID", ("SUN",), ("DDR",)) in briefs_on(
        "1985-05-01", "ソ連は東独に軍を駐留させている。"
    )
    # West Germany is the same state as today's Germany
    assert ja_codes("西ドイツの首相が来日した。") == [("DEU",)]
    assert ja_codes("西独と東独") == [("DEU",), ("DDR",)]


def test_afghan_short_form():
    assert briefs_on("1998-08-21", "米、スーダンとアフガンを巡航ミサイル攻撃") == [
        ("ASSAULT", ("USA",), ("SDN", "AFG"))
    ]
    assert ("ASSAULT", ("USA", "GBR"), ("AFG",)) in briefs_on(
        "2001-10-08", "米英軍はアフガンへの空爆を開始した。"
    )


def test_heads_of_yugoslavia_and_its_successor_states():
    assert ("ACCUSE", ("YUG",), ("NATO",)) in briefs_on(
        "1999-03-26", "ミロシェビッチ大統領はNATOの空爆を強く非難した。"
    )
    assert ("CONSULT", ("USA",), ("YUG",)) in briefs_on(
        "1998-10-13", "ホルブルック特使はミロシェビッチ氏と会談した。"
    )
    assert ("CONSULT", ("SVN",), ("HRV",)) in briefs_on(
        "1995-06-01", "クチャン大統領はクロアチアのトゥジマン大統領と会談した。"
    )
    assert ("ACCUSE", ("MKD",), ("ALB",)) in briefs_on(
        "1997-03-01", "グリゴロフ大統領はアルバニアを非難した。"
    )
    # Kostunica held offices of two states: by title and date only
    assert ("ACCUSE", ("YUG",), ("NATO",)) in briefs_on(
        "2001-03-01", "コシュトゥニツァ大統領はNATOを非難した。"
    )
    assert ("ACCUSE", ("SRB",), ("XKX",)) in briefs_on(
        "2008-02-18", "コシュトニツァ首相はコソボを非難した。"
    )


def test_taiwan_premier_by_title_and_date():
    assert ("ACCUSE", ("TWN",), ("CHN",)) in briefs_on(
        "1996-03-09", "連戦行政院長は中国のミサイル演習を強く非難した。"
    )
    assert ("ACCUSE", ("TWN",), ("CHN",)) in briefs_on(
        "1998-07-01", "蕭万長行政院長は中国を非難した。"
    )
    # 連戦 is also a word: no one without the title
    assert ja_codes("代表チームは連戦連勝を誇った。") == []
    assert briefs_on("1996-03-09", "連戦の疲れが出て、選手団は中国に敗れた。") == []


def test_envoys_and_spokespeople_with_no_listed_office():
    assert ("ACCUSE", ("CHN",), ("USA",)) in briefs_on(
        "1996-03-12", "沈国放報道官は米国の空母派遣を非難した。"
    )
    assert ("ACCUSE", ("CHN",), ("JPN",)) in briefs_on(
        "2005-04-12", "劉建超報道官は日本を非難した。"
    )
    assert ("CONSULT", ("USA",), ("PRK",)) in briefs_on(
        "1994-08-10", "ガルーチ国務次官補は北朝鮮の代表と会談した。"
    )


def test_descent_is_no_state_and_allied_forces_europe_is_nato():
    # アルバニア系武装組織 are Kosovo's Albanian fighters, not Albania
    for text in (
        "ユーゴ軍とセルビア警察がアルバニア系武装組織の掃討に乗り出した。",
        "米国はアルバニア系武装組織を支援した。",
    ):
        assert not any("ALB" in b[1] + b[2] for b in briefs_on("1999-03-19", text))
    assert ("ACCUSE", ("ALB",), ("SRB",)) in briefs_on(
        "1999-03-19", "アルバニア政府はセルビアを非難した。"
    )
    # 欧州連合軍 is NATO's Allied Forces Europe, not the EU
    found = briefs_on(
        "1999-03-25", "ソラナ氏は同日夜、欧州連合軍のクラーク最高司令官に空爆開始を指示した。"
    )
    assert not any("EUR" in b[2] for b in found)
    assert ja_codes("欧州連合軍のクラーク最高司令官") == [("NATO",)]
    assert ja_codes("欧州連合の外相理事会") == [("EUR",)]
