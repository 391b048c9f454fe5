"""Round 18 (r18who2): the office table's gaps filled (data/offices.tsv and the Japanese name
file lang/ja/data/holders.tsv): French prime ministers, German presidents and defence ministers,
the heads of Lebanon, Mexico, Argentina, the Nordic and Benelux states and others of 1990-2025.
A full name names the person on any date; a surname with a title only on a day that person held
an office so titled.

Sentences of our own, with near-misses that must not resolve.
"""

from __future__ import annotations

from .test_coder import briefs_of, people


def test_full_names_of_newly_listed_leaders():
    assert briefs_of(
        "ACCUSE", "アラファト議長は10日、イスラエルを強く非難した。", "2001-12-11"
    ) == [("ACCUSE", ("PSE",), ("ISR",))]
    assert briefs_of("ACCUSE", "ミカティ首相は、イスラエルの攻撃を非難した。", "2024-10-02") == [
        ("ACCUSE", ("LBN",), ("ISR",))
    ]
    assert people("ジョスパン首相は", "1999-03-01")[0][1:] == (("FRA",), "Lionel Jospin")
    assert people("バルケネンデ首相が来日した", "2005-06-01")[0][1:] == (
        ("NLD",),
        "Jan Peter Balkenende",
    )


def test_surname_and_title_on_the_holders_date():
    assert briefs_of("ACCUSE", "キルチネル大統領は、英国を非難した。", "2012-04-02") == [
        ("ACCUSE", ("ARG",), ("GBR",))
    ]
    assert people("キルチネル大統領は", "2005-01-01")[0][2] == "Nestor Kirchner"
    assert people("キルチネル大統領は", "2010-01-01")[0][2] == "Cristina Fernandez de Kirchner"
    assert people("フォックス大統領は", "2004-01-01")[0][1:] == (("MEX",), "Vicente Fox")
    assert people("フォックス国防相は", "2011-01-01")[0][1:] == (("GBR",), "Liam Fox")
    assert people("ハリリ首相は", "2018-01-10")[0][1:] == (("LBN",), "Saad Hariri")


def test_surnames_off_their_dates_or_inside_words_name_nobody():
    assert people("フォックス大統領は", "2015-01-01") == []  # Fox left office in 2006
    assert people("ハリリ首相は", "2012-06-01") == []  # Mikati was prime minister then
    # リー首相 (Singapore's Lee) inside ハンガリー首相: the office's holder, not Lee
    assert people("ハンガリー首相は", "2010-06-01")[0][1:] == (("HUN",), "Viktor Orban")
    assert people("ヨルダン大統領", "2025-06-01")[0][1] == ("JOR",)  # not Romania's Dan
    assert people("ダン大統領は", "2025-06-01")[0][1:] == (("ROU",), "Nicusor Dan")
