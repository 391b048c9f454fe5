"""Round 18 (r18who2): the office table's gaps filled (data/offices.tsv and the Japanese name
file lang/ja/data/holders.tsv): French prime ministers, German presidents and defence ministers,
the heads of Lebanon, Mexico, Argentina, the Nordic and Benelux states and others of 1990-2025.
A full name names the person on any date; a surname with a title only on a day that person held
an office so titled.

Sentences of our own, with near-misses that must not resolve.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from alliancewatch.datafiles import read_rows

from .test_coder import brief, code, ja_actors

DATA = Path(__file__).resolve().parents[3] / "alliancewatch"


def _of(kind: str, text: str, published: str) -> list[tuple]:
    return [brief(m) for m in code(text, published=published) if m.event == kind]


def _found(text: str, on: str | None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(m.text, m.codes, m.holder) for m in ja_actors().find_all(text, on)]


def test_full_names_of_newly_listed_leaders():
    assert _of("ACCUSE", "アラファト議長は10日、イスラエルを強く非難した。", "2001-12-11") == [
        ("ACCUSE", ("PSE",), ("ISR",))
    ]
    assert _of("ACCUSE", "ミカティ首相は、イスラエルの攻撃を非難した。", "2024-10-02") == [
        ("ACCUSE", ("LBN",), ("ISR",))
    ]
    assert _found("ジョスパン首相は", "1999-03-01")[0][1:] == (("FRA",), "Lionel Jospin")
    assert _found("バルケネンデ首相が来日した", "2005-06-01")[0][1:] == (
        ("NLD",),
        "Jan Peter Balkenende",
    )


def test_surname_and_title_on_the_holders_date():
    assert _of("ACCUSE", "キルチネル大統領は、英国を非難した。", "2012-04-02") == [
        ("ACCUSE", ("ARG",), ("GBR",))
    ]
    assert _found("キルチネル大統領は", "2005-01-01")[0][2] == "Nestor Kirchner"
    assert _found("キルチネル大統領は", "2010-01-01")[0][2] == "Cristina Fernandez de Kirchner"
    assert _found("フォックス大統領は", "2004-01-01")[0][1:] == (("MEX",), "Vicente Fox")
    assert _found("フォックス国防相は", "2011-01-01")[0][1:] == (("GBR",), "Liam Fox")
    assert _found("ハリリ首相は", "2018-01-10")[0][1:] == (("LBN",), "Saad Hariri")


def test_surnames_off_their_dates_or_inside_words_name_nobody():
    assert _found("フォックス大統領は", "2015-01-01") == []  # Fox left office in 2006
    assert _found("ハリリ首相は", "2012-06-01") == []  # Mikati was prime minister then
    # リー首相 (Singapore's Lee) inside ハンガリー首相: the office's holder, not Lee
    assert _found("ハンガリー首相は", "2010-06-01")[0][1:] == (("HUN",), "Viktor Orban")
    assert _found("ヨルダン大統領", "2025-06-01")[0][1] == ("JOR",)  # not Romania's Dan
    assert _found("ダン大統領は", "2025-06-01")[0][1:] == (("ROU",), "Nicusor Dan")


def test_office_table_dates_are_real_days_and_holders_are_named():
    rows = read_rows(DATA / "data/offices.tsv")
    for r in rows:
        for d in (r["start"], r["end"]):
            assert not d or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) and date.fromisoformat(d), r.where
        assert re.fullmatch(r"[A-Z]{3,4}", r["code"]), r.where
        assert r["holder"].strip() == r["holder"] and r["holder"], r.where
    spans = defaultdict(list)
    for r in rows:
        spans[r["holder"]].append(r["code"])
    assert {"LBN", "MEX", "ARG", "NOR", "SWE", "VNM", "THA", "MYS", "SGP"} <= {
        c for cs in spans.values() for c in cs
    }
