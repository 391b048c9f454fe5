"""Round 14 (r14mod): parties written only inside a modifier, and parties that leak across
a clause chain or a list.

Sentences of our own, each family with variants and what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _of(mentions, event):
    return [brief(m) for m in mentions if m.event == event]


# --- a state's missile flying over another: the missile's genitive is the actor ---------------


def test_a_states_missile_passing_over_is_its_mobilize():
    assert _of(code("北朝鮮の弾道ミサイルが日本の上空を通過した。"), "MOBILIZE") == [
        ("MOBILIZE", ("PRK",), ())
    ]
    assert _of(code("中国軍のミサイルが台湾の上空を通過したとみられる。"), "MOBILIZE") == [
        ("MOBILIZE", ("CHN",), ())
    ]
    # a bill or a typhoon passing is no move of forces
    assert briefs("防衛費を増やす法案が米議会を通過した。") == []
    assert _of(code("台風が日本の上空を通過した。"), "MOBILIZE") == []


# --- an object written before a quoted noun complement (「…だ」と歓迎): its owner is the side ---


def test_object_before_a_quoted_noun_is_what_is_welcomed():
    assert ("SUPPORT", ("AUS",), ("CHN",)) in briefs(
        "豪州のウォン外相は、中国の決定を「前向きな結果だ」と歓迎した。"
    )
    assert ("SUPPORT", ("JPN",), ("KOR",)) in briefs(
        "林官房長官は韓国政府の判断を「大きな一歩だ」と歓迎した。"
    )
    # a venue before the quote names no side
    assert briefs("日本政府は北京での協議を「重要な機会だ」と歓迎した。") == []


# --- the subject of a complement clause (Yが…ことを支持) the parser hung on the verb -------------


def test_subject_of_a_complement_clause_is_what_is_supported():
    assert ("SUPPORT", ("CHN",), ("PSE",)) in briefs(
        "中国はパレスチナが国連の正式な加盟国となることを支持すると表明した。"
    )
    assert ("SUPPORT", ("CHN",), ("PSE",)) in briefs(
        "中国の外相は、パレスチナが国連の正式な加盟国になることを支持すると述べた。"
    )
    # a plain subject still does the supporting; the complement's subject is its target
    assert ("SUPPORT", ("USA",), ("JPN",)) in briefs("米国は日本の防衛費増額を支持した。")
    assert _of(code("中国がロシアの立場を支持することを米国は批判した。"), "ACCUSE") == [
        ("ACCUSE", ("USA",), ("CHN",))
    ]


# --- a hostile act chained to a clause of support: the state backed is not its target ---------


def test_concern_chained_to_support_names_no_target():
    assert (
        _of(code("オーストラリアや日本も懸念を表明し、フィリピンへの支持を示した。"), "ACCUSE")
        == []
    )
    assert (
        _of(code("日本政府は強い懸念を示し、韓国と緊密に連携していく考えを示した。"), "ACCUSE")
        == []
    )
    # chained to a hostile clause, or after it, the foe stays
    assert ("ACCUSE", ("EUR",), ("RUS",)) in briefs(
        "EUのカラス上級代表は「極めて危険な挑発だ」と非難し、ロシアに対する追加の制裁を急ぐ考えを示した。"
    )
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs(
        "北朝鮮が弾道ミサイルを発射し、日本政府は直ちに抗議した。"
    )


# --- a visit after earlier stops (Xに続いてYを訪れた): a visit to each stop --------------------


def test_stops_before_a_visit_are_visits_too():
    got = _of(
        code("岸田首相は今回の欧州歴訪で、フランス、イタリアに続いて英国を訪れた。"), "CONSULT"
    )
    assert {r for e, a, r in got if a == ("JPN",)} >= {("GBR",), ("FRA",), ("ITA",)}
    got = _of(code("林外相はインドネシアに続き、フィリピンを訪問した。"), "CONSULT")
    assert sorted(got) == [("CONSULT", ("JPN",), ("IDN",)), ("CONSULT", ("JPN",), ("PHL",))]
    # a date, an earlier time or a talk before the visit is no stop
    got = _of(code("ショイグ氏は今月4日に続いて平壌を訪れた。"), "CONSULT")
    assert got == [("CONSULT", ("RUS",), ("PRK",))]
    assert _of(code("上川外相は前回に続いて韓国を訪問した。"), "CONSULT") == [
        ("CONSULT", ("JPN",), ("KOR",))
    ]
    got = _of(code("岸田首相は中国との会談に続いてベトナムを訪れた。"), "CONSULT")
    assert sorted(got) == [("CONSULT", ("JPN",), ("CHN",)), ("CONSULT", ("JPN",), ("VNM",))]
