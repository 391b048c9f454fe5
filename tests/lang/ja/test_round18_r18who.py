"""Round 18 (r18who): people by name, title and date. The office table (data/offices.tsv) holds
the heads of state and government, foreign and defence ministers of 1990-2025; the Japanese
name file (lang/ja/data/holders.tsv) gives their full names, which name them on any date, and
their surnames, which name a person only with a title and only on a day that person held an
office so titled (金大統領 in 2000 is Kim Dae-jung; in 2024 nobody). The article's published
date reaches the resolver through the coder.

Sentences of our own, with near-misses that must not resolve.
"""

from __future__ import annotations

from pathlib import Path

from alliancewatch.datafiles import read_rows

from .test_coder import briefs_of, people

DATA = Path(__file__).resolve().parents[3] / "alliancewatch"


# --- a surname with a title, on the article's date ----------------------------------------


def test_korean_president_by_surname_on_his_date():
    assert briefs_of("ACCUSE", "金大統領は14日、北朝鮮の挑発を強く非難した。", "2000-06-15") == [
        ("ACCUSE", ("KOR",), ("PRK",))
    ]
    assert people("金大統領が訪朝した", "1999-03-01")[0][1:] == (("KOR",), "Kim Dae-jung")
    assert people("金大統領が訪朝した", "1995-03-01")[0][1:] == (("KOR",), "Kim Young-sam")


def test_no_holder_of_that_surname_on_the_date_names_nobody():
    assert people("金大統領は会見した", "2024-05-01") == []
    assert not [
        b for b in briefs_of("ACCUSE", "金大統領は14日、北朝鮮を非難した。", "2024-05-15") if b[1]
    ]
    assert people("ブラウン首相は演説した", "2015-03-01") == []  # between the two Browns


def test_british_prime_minister_by_surname_in_2008():
    assert briefs_of("ACCUSE", "ブラウン首相は10日、イランを厳しく非難した。", "2008-03-11") == [
        ("ACCUSE", ("GBR",), ("IRN",))
    ]
    assert people("ブラウン国防相は", "2007-05-01")[0][1:] == (("GBR",), "Des Browne")


def test_chinese_leader_and_short_title():
    assert briefs_of("ACCUSE", "江主席は9日、米国を強く非難した。", "1999-05-10") == [
        ("ACCUSE", ("CHN",), ("USA",))
    ]
    assert people("温首相は来日した", "2007-04-11")[0][1:] == (("CHN",), "Wen Jiabao")


def test_a_title_written_short_is_the_end_of_the_office():
    assert people("カーター長官は語った", "2016-01-10") == [
        ("カーター長官", ("USA",), "Ashton Carter")
    ]
    assert people("町村外相は抗議した", "2005-04-10")[0][1:] == (("JPN",), "Machimura Nobutaka")
    assert people("細田官房長官は", "2005-04-10")[0][1:] == (("JPN",), "Hosoda Hiroyuki")


def test_one_surname_two_states_the_date_decides():
    assert people("李外相は", "2005-01-20")[0][1:] == (("CHN",), "Li Zhaoxing")
    assert people("李外相は", "2000-06-20")[0][1:] == (("KOR",), "Lee Joung-binn")
    # in mid-2023 China's and South Korea's defence ministers were both a Li/Lee: no one
    assert people("李国防相は", "2023-06-01") == []


def test_the_state_written_before_the_surname_owns_it():
    # 2005: South Korea's prime minister was Lee Hae-chan; a Chinese 李首相 is another Li
    assert [m[1] for m in people("中国の李首相は", "2005-06-01")] == [("CHN",)]
    assert people("韓国の李首相は", "2005-06-01")[1][1:] == (("KOR",), "Lee Hae-chan")
    # 2010: Saudi Arabia's and Jordan's kings were both Abdullah; the state before decides
    assert people("アブドラ国王は", "2010-01-01") == []
    assert people("ヨルダンのアブドラ国王は", "2010-01-01")[1][1:] == (("JOR",), "Abdullah II")
    assert people("サウジのアブドラ国王は", "2010-01-01")[1][1] == ("SAU",)


# --- full names: any date ------------------------------------------------------------------


def test_full_names_of_earlier_leaders():
    assert briefs_of("REQUEST", "唐家璇外交部長は、米国に謝罪を求めた。", "2001-04-05") == [
        ("REQUEST", ("CHN",), ("USA",))
    ]
    assert briefs_of("ACCUSE", "サアカシュビリ大統領は8日、ロシアを非難した。", "2008-08-09") == [
        ("ACCUSE", ("GEO",), ("RUS",))
    ]
    assert briefs_of("ACCUSE", "ウリベ大統領は、エクアドルを非難した。", "2008-03-05") == [
        ("ACCUSE", ("COL",), ("ECU",))
    ]
    assert people("江沢民氏は", "2024-01-01")[0][1] == ("CHN",)
    assert people("クシュネル外相が", "2008-08-12")[0][1:] == (("FRA",), "Bernard Kouchner")


def test_surnames_that_are_words_stay_words():
    assert people("コール首相は", "1995-01-01")[0][1:] == (("DEU",), "Helmut Kohl")
    assert people("コール首相", "2015-01-01") == []  # Kohl's office ended in 1998
    assert people("市町村の首長が集まった", "2005-04-10") == []
    assert people("ブラウンのコートを買った", "2008-03-11") == []
    assert people("資金大統領", "2000-06-13") == []
    assert people("金大統領", None) == []  # no date, no guess


# --- the tables ----------------------------------------------------------------------------


def test_every_name_is_a_holder_of_the_office_table():
    holders = {r["holder"] for r in read_rows(DATA / "data/offices.tsv")}
    names = read_rows(DATA / "lang/ja/data/holders.tsv")
    assert len(names) > 300
    assert not [r.where for r in names if r["holder"] not in holders]
