"""Round 19 (r19act): the people news names beyond heads of state, by office and date
(data/offices.tsv, lang/ja/data/holders.tsv): spokespeople of the US State Department, the
White House, the Russian and Iranian foreign ministries; heads of the IAEA, the UN, NATO and
the EU's foreign policy chief; US envoys and assistant secretaries, six-party envoys, the
chairmen of the Joint Chiefs, Japan's chief cabinet secretaries before 1998. And the states of
their time (白ロシア, ザイール), a people of a state's descent (アルバニア系住民) that is no
state, and the Kosovo Liberation Army, no state either.

Sentences of our own, with people on dates inside and outside their tenure.
"""

from __future__ import annotations

from .test_coder import briefs_of, people


def test_spokespeople_by_surname_and_title_on_their_dates():
    assert people("ミラー報道官は", "2024-03-01")[0][1:] == (("USA",), "Matthew Miller")
    assert people("プライス報道官は", "2022-02-01")[0][1:] == (("USA",), "Ned Price")
    assert people("サキ報道官は", "2014-05-08")[0][1:] == (("USA",), "Jen Psaki")  # State
    assert people("サキ報道官は", "2021-06-01")[0][1:] == (("USA",), "Jen Psaki")  # White House
    assert people("マクレラン報道官は", "2005-03-14")[0][1:] == (("USA",), "Scott McClellan")
    assert people("ムサビ報道官は", "2020-01-05")[0][1:] == (("IRN",), "Abbas Mousavi")
    assert people("ジャベリ報道官は", "2016-01-04")[0][1:] == (("IRN",), "Hossein Jaberi Ansari")


def test_spokespeople_off_their_dates_name_nobody():
    assert people("ミラー報道官は", "2015-03-01") == []  # Miller spoke for State 2023-2025
    assert people("サキ報道官は", "2018-06-01") == []  # between her two posts
    assert people("ムサビ報道官は", "2023-01-01") == []  # Kanaani's time


def test_full_names_of_spokespeople_on_any_date():
    assert people("バウチャー報道官", "2003-01-10")[0][1] == ("USA",)
    assert people("カナアニ報道官", "2024-01-05")[0][1] == ("IRN",)
    assert people("ペスコフ大統領報道官", "2023-01-10")[0][1] == ("RUS",)
    assert briefs_of(
        "ACCUSE", "マコーマック報道官は、北朝鮮の核実験を強く非難した。", "2006-10-10"
    ) == [("ACCUSE", ("USA",), ("PRK",))]


def test_heads_of_organisations_code_the_organisation():
    assert people("エルバラダイ事務局長は", "2009-04-15")[0][1:] == (("IGO",), "Mohamed ElBaradei")
    assert people("ブリクス委員長は", "2003-01-10")[0][1] == ("IGO",)
    assert people("デクエヤル事務総長は", "1990-08-10")[0][1] == ("UNO",)
    assert people("グテーレス事務総長は", "2023-07-18")[0][1] == ("UNO",)
    assert people("ウェルナー事務総長は", "1993-04-01")[0][1:] == (("NATO",), "Manfred Woerner")
    assert people("ウェルナー事務総長は", "1998-04-01") == []  # Solana's time
    # Solana headed NATO, then spoke for the EU: the title and the date tell which
    assert people("ソラナ事務総長は", "1999-03-24")[0][1] == ("NATO",)
    assert people("ソラナ上級代表は", "2003-05-01")[0][1] == ("EUR",)
    assert people("ソラナ上級代表は", "1997-05-01") == []


def test_envoys_and_assistant_secretaries_by_title():
    assert people("ヒル次官補は", "2007-02-10")[0][1:] == (("USA",), "Christopher Hill")
    assert people("ヒル次官補は", "2012-02-10") == []  # Campbell's time
    assert people("ケリー次官補は", "2002-10-10")[0][2] == "James Kelly"
    assert people("ケリー国務長官は", "2015-10-10")[0][2] == "John Kerry"
    assert people("ビーガン特別代表は", "2019-07-01")[0][1] == ("USA",)
    assert people("武大偉外務次官は", "2005-07-27")[0][1] == ("CHN",)
    assert people("宋日昊大使は", "2008-06-11")[0][1] == ("PRK",)
    assert briefs_of("ACCUSE", "姜錫柱第1外務次官は、米国の敵視政策を非難した。", "2002-10-17") == [
        ("ACCUSE", ("PRK",), ("USA",))
    ]


def test_joint_chiefs_and_chief_cabinet_secretaries_of_their_time():
    assert people("マレン統合参謀本部議長は", "2010-06-01")[0][1:] == (("USA",), "Mike Mullen")
    # 統合参謀本部 alone names no state, and not the 合参 (South Korea's) inside it
    assert people("統合参謀本部議長は", "2010-06-01") == []
    assert people("梶山官房長官は", "1996-08-01")[0][1:] == (("JPN",), "Kajiyama Seiroku")
    assert people("加藤官房長官は", "1992-01-15")[0][2] == "Kato Koichi"
    assert people("加藤官房長官は", "2021-01-15")[0][2] == "Kato Katsunobu"


def test_states_of_their_time_and_peoples_of_a_descent():
    assert people("白ロシア政府は", "1991-12-10")[0][1] == ("BLR",)
    assert people("ザイール政府は", "1996-11-01")[0][1] == ("COD",)
    assert people("アルバニア系住民の代表団", "1999-02-10") == []
    assert people("ロシア系住民が多い東部", "2014-04-10") == []
    assert people("ロシア語を話す", "2014-04-10") == []
    assert people("アルバニア政府は", "1999-02-10")[0][1] == ("ALB",)  # the state itself
    assert people("コソボ解放軍の掃討", "1998-10-01") == []  # an armed group, not the PLA


def test_a_dated_name_lets_the_story_use_the_surname_alone_after_it():
    # ミラー報道官 names Miller through the office table; the story's ミラー氏 is then his too
    assert briefs_of(
        "ACCUSE",
        "米国務省のミラー報道官は同日、声明を出した。ミラー氏は、中国が演習を続けていることを批判した。",
        "2024-10-14",
    ) == [("ACCUSE", ("USA",), ("CHN",))]
